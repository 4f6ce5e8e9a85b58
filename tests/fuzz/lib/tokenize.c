/*
 * Fuzzes the word tokenizer (tokenize.h): any bytes as a sentence.  Its
 * tokens must be non-empty spans inside the text, in order, without
 * overlap; no ASCII white space may be inside one and every other ASCII
 * byte must be inside one (the tokenizer never drops text).  libFuzzer's
 * -timeout catches a superlinear case.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "shim.h"
#include "tokenize.h"

static int
ascii_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static unsigned char *in_token;
	struct tokens t = TOKENS_INIT;
	size_t i, j, last = 0;

	tokenize((const char *)data, size, &t);
	in_token = realloc(in_token, size + 1);
	memset(in_token, 0, size + 1);
	for (i = 0; i < t.n; i++) {
		if (t.v[i].start >= t.v[i].end || t.v[i].end > size ||
		    t.v[i].start < last)
			abort();
		last = t.v[i].end;
		for (j = t.v[i].start; j < t.v[i].end; j++) {
			if (ascii_space(data[j]))
				abort();
			in_token[j] = 1;
		}
	}
	for (i = 0; i < size; i++)
		if (!in_token[i] && data[i] < 0x80 && !ascii_space(data[i]))
			abort();
	tokens_free(&t);
	return 0;
}
