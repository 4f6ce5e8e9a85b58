/* The statistical name finder: training, the model format, decoding. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "input.h"
#include "lexicon.h"
#include "ner.h"
#include "tap.h"
#include "util.h"

/* IOB1 as WikiGold writes it, and IOB2 as UNER does. */
static const char corpus[] =
    "-DOCSTART- O\n\n"
    "Vladimir I-PER\nPutin I-PER\nmet O\nNATO I-ORG\nin O\nMoscow I-LOC\n"
    ". O\n\n"
    "Sergei I-PER\nLavrov I-PER\nvisited O\nBeijing I-LOC\n. O\n\n"
    "The O\nKremlin I-ORG\nsaid O\nit O\nwould O\nreply O\n. O\n\n"
    "1\tXi\tB-PER\t-\t-\n2\tJinping\tI-PER\t-\t-\n3\tspoke\tO\t-\t-\n"
    "4\tin\tO\t-\t-\n5\tChina\tB-LOC\t-\t-\n6\t.\tO\t-\t-\n";

/* "a b" -> the spans found as "text/CLASS" joined by spaces. */
static void
spans_of(const struct ner_model *m, const struct lexicon *x,
    struct ner_work *w, const char *text, char *out, size_t outsz)
{
	static const char *const cls[] = { "PER", "ORG", "LOC", "MISC" };
	const struct ner_span *sp;
	size_t i, n, len = 0;

	out[0] = '\0';
	n = ner_find(m, x, w, text, strlen(text), NULL, NULL, 0, &sp);
	for (i = 0; i < n && len < outsz; i++)
		len += (size_t)snprintf(out + len, outsz - len, "%s%.*s/%s",
		    i ? " " : "", (int)(sp[i].e - sp[i].s), text + sp[i].s,
		    cls[sp[i].cls]);
}

int
main(void)
{
	char dir[] = "/tmp/test_ner.XXXXXX", train[64], model[64], got[256];
	char *files[1];
	struct lexicon *x = lexicon_new();
	struct ner_work *w = ner_work_new();
	struct ner_model *m;
	struct buf b = BUF_INIT;
	FILE *fp;
	int fd;

	setprogname("test_ner");
	if (mkdtemp(dir) == NULL)
		die(1, "mkdtemp failed");
	snprintf(train, sizeof train, "%s/train.conll", dir);
	snprintf(model, sizeof model, "%s/model.bin", dir);
	if ((fp = fopen(train, "w")) == NULL || fputs(corpus, fp) == EOF ||
	    fclose(fp) != 0)
		die(1, "cannot write %s", train);
	files[0] = train;

	ok(ner_load("", 0) == NULL, "no bytes are no model");
	ok(ner_load("QNER1\n\0\0\0\0\0\0\0\0\0\0", 16) == NULL,
	    "a header without weights is no model");

	ok(ner_train(x, files, 1, 10, model) == 0, "trains on IOB1 and IOB2");
	fd = input_open(model);
	ok(fd >= 0 && read_all(fd, &b, SIZE_MAX) == 0, "writes the model file");
	if (fd >= 0)
		input_close(fd);
	ok(b.len == 16 + 2 * (size_t)NER_BUCKETS * NER_NLABELS,
	    "the model has a header and every weight");
	m = ner_load(b.data, b.len);
	ok(m != NULL, "the model it wrote loads");
	if (m) {
		spans_of(m, x, w, "Vladimir Putin met NATO in Moscow .", got,
		    sizeof got);
		ok(strcmp(got, "Vladimir Putin/PER NATO/ORG Moscow/LOC") == 0,
		    "learns its training sentence (IOB1 I- begins a name): %s",
		    got);
		spans_of(m, x, w, "Xi Jinping spoke in China .", got,
		    sizeof got);
		ok(strcmp(got, "Xi Jinping/PER China/LOC") == 0,
		    "learns its IOB2 sentence: %s", got);
		spans_of(m, x, w, "", got, sizeof got);
		ok(strcmp(got, "") == 0, "an empty sentence has no names");
		spans_of(m, x, w, "— . ' ,", got, sizeof got);
		ok(strcmp(got, "") == 0, "punctuation is never a name: %s",
		    got);
	}
	b.data[0] = 'X';
	ok(ner_load(b.data, b.len) == NULL, "a wrong magic is no model");

	ner_free(m);
	buf_free(&b);
	ner_work_free(w);
	lexicon_free(x);
	unlink(model);
	unlink(train);
	rmdir(dir);
	return tap_done();
}
