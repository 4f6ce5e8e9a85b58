/*
 * Fuzzes the strict UTF-8 decoder against a second, table-driven
 * reading of RFC 3629 (Unicode 15, table 3-7), and checks that
 * utf8_check agrees with utf8_decode and that encode(decode(s)) == s;
 * and letters_unaccent (letters.h) on the same bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "letters.h"
#include "shim.h"
#include "utf8.h"

/* Well-formed byte sequences, table 3-7: the ranges of each byte. */
static size_t
reference_len(const unsigned char *s, size_t n)
{
	static const struct { unsigned char lo[4], hi[4]; size_t len; } t[] = {
		{ { 0x00 }, { 0x7F }, 1 },
		{ { 0xC2, 0x80 }, { 0xDF, 0xBF }, 2 },
		{ { 0xE0, 0xA0, 0x80 }, { 0xE0, 0xBF, 0xBF }, 3 },
		{ { 0xE1, 0x80, 0x80 }, { 0xEC, 0xBF, 0xBF }, 3 },
		{ { 0xED, 0x80, 0x80 }, { 0xED, 0x9F, 0xBF }, 3 },
		{ { 0xEE, 0x80, 0x80 }, { 0xEF, 0xBF, 0xBF }, 3 },
		{ { 0xF0, 0x90, 0x80, 0x80 }, { 0xF0, 0xBF, 0xBF, 0xBF }, 4 },
		{ { 0xF1, 0x80, 0x80, 0x80 }, { 0xF3, 0xBF, 0xBF, 0xBF }, 4 },
		{ { 0xF4, 0x80, 0x80, 0x80 }, { 0xF4, 0x8F, 0xBF, 0xBF }, 4 },
	};
	size_t i, j;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		if (n < t[i].len)
			continue;
		for (j = 0; j < t[i].len; j++)
			if (s[j] < t[i].lo[j] || s[j] > t[i].hi[j])
				break;
		if (j == t[i].len)
			return t[i].len;
	}
	return 0;
}

/* letters_unaccent of valid UTF-8 is valid UTF-8, no longer, written
 * again the same (no base letter has a diacritic), and the same where
 * it is ASCII; of invalid UTF-8 it is 0. */
static void
unaccented(const char *s, size_t n, int valid)
{
	char out[256], again[256];
	size_t k, m;

	if (n > sizeof out)
		return;
	k = letters_unaccent(s, n, out, sizeof out);
	if (!valid) {
		if (k != 0)
			abort();
		return;
	}
	if ((k == 0) != (n == 0) || k > n || utf8_check(out, k) != k)
		abort();
	if ((m = letters_unaccent(out, k, again, sizeof again)) != k ||
	    memcmp(again, out, k) != 0)
		abort();
	for (m = 0; m < n && (unsigned char)s[m] < 0x80; m++)
		;
	if (m == n && memcmp(out, s, n) != 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t i = 0, len, first_bad = size;
	uint32_t cp;
	char enc[4];

	while (i < size) {
		len = utf8_decode(data + i, size - i, &cp);
		if (len != reference_len(data + i, size - i))
			abort();
		if (len == 0) {
			if (first_bad == size)
				first_bad = i;
			i++;
			continue;
		}
		if (utf8_encode(cp, enc) != len || memcmp(enc, data + i, len))
			abort();
		i += len;
	}
	if (utf8_check((const char *)data, size) != first_bad)
		abort();
	unaccented((const char *)data, size, first_bad == size);
	return 0;
}
