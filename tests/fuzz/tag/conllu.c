/*
 * Fuzzes tag's CoNLL-U reader (conllu.h), the format of --conllu input
 * and of training data: any bytes on standard input.  A malformed file
 * must end in a data error (exit 1, caught by the shim); every field of
 * an accepted word line must lie inside the sentence's text, in order,
 * and the spacing of each word (conllu_space_after, into an array of
 * exactly one byte a word) is 0 or 1.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "conllu.h"
#include "shim.h"
#include "stdin.h"

static void
read_all_sentences(void)
{
	struct conllu c;
	size_t l, len, prev;
	const char *f;
	unsigned char *after;
	int i;

	if (conllu_open(&c, "-") < 0)
		abort();
	while (conllu_next(&c)) {
		for (l = 0; l < c.nlines; l++) {
			if (c.line[l].off + c.line[l].len > c.text.len)
				abort();
			if (!c.line[l].is_word)
				continue;
			prev = c.line[l].off;
			for (i = 0; i < CU_NFIELDS; i++) {
				f = conllu_field(&c, l, i, &len);
				if (f < c.text.data + prev ||
				    f + len > c.text.data + c.line[l].off +
				    c.line[l].len)
					abort();
				if (memchr(f, '\t', len) != NULL)
					abort();
				prev = (size_t)(f - c.text.data) + len;
			}
		}
		if ((after = malloc(c.nwords > 0 ? c.nwords : 1)) == NULL)
			abort();
		conllu_space_after(&c, after);
		for (l = 0; l < c.nwords; l++)
			if (after[l] > 1)
				abort();
		free(after);
	}
	conllu_close(&c);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_set_stdin(data, size);
	if (FUZZ_TRY(read_all_sentences()) < 0 && fuzz_exit_status != 1)
		abort();
	return 0;
}
