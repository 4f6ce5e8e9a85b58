/*
 * Fuzzes extract-entities as a whole, built-in rules, word lists and name
 * model loaded: any bytes as its input stream (a sentence or token
 * stream).  A
 * malformed stream ends in a data error (exit 1, caught by the shim);
 * otherwise what is written must be a well-formed UTF-8 record stream,
 * every row with the header's field count.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "extract.h"
#include "lexicon.h"
#include "ner.h"
#include "rec.h"
#include "rules.h"
#include "shim.h"
#include "stdin.h"
#include "stream.h"
#include "utf8.h"

static struct rules *rules;
static struct lexicon *lex;
static struct ner_model *model;

static void
run_stream(void)
{
	struct rec *r;
	struct extractor *e;

	if ((r = rec_open("-")) == NULL)
		abort();
	e = extractor_new(rules, lex, NULL, stream_has_para(r));
	extractor_set_ner(e, model, NAMES_BOTH);
	extractor_header(e);
	stream_read(r, e);
	extractor_free(e);
	rec_close(r);
}

static void
check_output(void)
{
	const char *out, *p, *nl, *end;
	size_t len, n, ncols = 0;

	out = fuzz_take_stdout(&len);
	if (utf8_check(out, len) != len)
		abort();
	end = out + len;
	for (p = out; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			abort();
		for (n = 1; p < nl; p++)
			n += *p == '\t';
		if (ncols == 0)
			ncols = n;
		else if (n != ncols)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char warmup[] = "doc\tsent\ttext\n"
	    "a\t1\tBarack Obama paid $40 billion to Acme Corp. in Paris "
	    "on March 3, 2019.\n";

	fuzz_capture_stdout();
	if (rules == NULL) {
		/* what extract-entities loads at start; then one sentence, so
		 * that lazily made state (the JIT stack) exists before any
		 * input can abandon a run half-way */
		rules = rules_new();
		lex = lexicon_image(ee_lexicon, (size_t)(ee_lexicon_end -
		    ee_lexicon));
		if (lex == NULL || rules_load(rules, "patterns.rules",
		    ee_patterns_rules, ee_patterns_rules_len, 0) < 0 ||
		    (model = ner_load(ee_ner_model, (size_t)(ee_ner_model_end -
		    ee_ner_model))) == NULL)
			abort();
		fuzz_set_stdin((const uint8_t *)warmup, sizeof warmup - 1);
		run_stream();
		check_output();
	}
	fuzz_set_stdin(data, size);
	if (FUZZ_TRY(run_stream()) < 0) {
		if (fuzz_exit_status != 1)
			abort();
		(void)fuzz_take_stdout(&size);
		return 0;
	}
	check_output();
	return 0;
}
