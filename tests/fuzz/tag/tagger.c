/*
 * Fuzzes tag's tagger and lemmatizer (tagger.h) with the model compiled
 * into tag: any bytes as one sentence, tokenized as tag does, tagged,
 * then every word lemmatized.  Every tag must be one of the model's;
 * tagging the same sentence again must give the same tags (the tagger
 * keeps caches from one sentence to the next); the lemma of a word that
 * is valid UTF-8 must be valid UTF-8, or the next tool's reader refuses
 * tag's output.  A "sentence" longer than TAG_CHUNK words is tagged in
 * pieces, so inputs up to a few KiB are worth trying.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "model_blob.h"
#include "shim.h"
#include "tagger.h"
#include "tokenize.h"
#include "utf8.h"

static struct tag_model model;
static struct tagger tagger;

/* Opens the built-in model and makes the tagger once, as tag does for a
 * whole run. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *why = "";

	(void)argc;
	(void)argv;
	if (tag_model_open(&model, tag_model_data,
	    (size_t)(tag_model_end - tag_model_data), &why) < 0) {
		(void)write(2, why, strlen(why));
		abort();	/* no model to fuzz with */
	}
	tagger_init(&tagger, &model);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct tokens toks = TOKENS_INIT;
	static const char **forms;
	static size_t *lens;
	static int *first;
	static unsigned char *spacing;
	static struct buf lemma = BUF_INIT;
	const char *text = (const char *)data;
	const int *tags;
	size_t i, n;

	tokenize(text, size, &toks);
	n = toks.n;
	/* a token has at least one byte: n <= size */
	forms = realloc(forms, (size + 1) * sizeof *forms);
	lens = realloc(lens, (size + 1) * sizeof *lens);
	first = realloc(first, (size + 1) * sizeof *first);
	spacing = realloc(spacing, size + 1);
	if (forms == NULL || lens == NULL || first == NULL || spacing ==
	    NULL || n > size)
		abort();
	for (i = 0; i < n; i++) {
		forms[i] = text + toks.v[i].start;
		lens[i] = toks.v[i].end - toks.v[i].start;
	}
	tokens_spacing(&toks, spacing);

	tags = tagger_tag(&tagger, forms, lens, spacing, n);
	for (i = 0; i < n; i++) {
		if (tags[i] < 0 || (uint32_t)tags[i] >= model.ntags)
			abort();
		first[i] = tags[i];
	}
	tags = tagger_tag(&tagger, forms, lens, spacing, n);
	if (n > 0 && memcmp(tags, first, n * sizeof *tags) != 0)
		abort();	/* the caches changed the result */

	for (i = 0; i < n; i++) {
		buf_reset(&lemma);
		tag_lemma(&model, forms[i], lens[i], tags[i], &lemma);
		if (utf8_check(forms[i], lens[i]) == lens[i] && lemma.len > 0 &&
		    utf8_check(lemma.data, lemma.len) != lemma.len)
			abort();
	}
	return 0;
}
