/*
 * Character classes on UTF-8 text, just the ones segmentation needs.
 * Invalid bytes are never whitespace and decode as themselves (length 1),
 * so every scan moves forward and a bad byte is simply part of a word.
 */
#include <string.h>

#include "segment.h"
#include "utf8.h"

size_t
ws_len(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;

	if (n == 0)
		return 0;
	switch (s[0]) {
	case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
		return 1;
	case 0xC2:	/* U+0085 NEL, U+00A0 NO-BREAK SPACE */
		return n >= 2 && (s[1] == 0x85 || s[1] == 0xA0) ? 2 : 0;
	case 0xE1:	/* U+1680 OGHAM SPACE MARK */
		return n >= 3 && s[1] == 0x9A && s[2] == 0x80 ? 3 : 0;
	case 0xE2:
		if (n < 3)
			return 0;
		if (s[1] == 0x80 && (s[2] <= 0x8B || s[2] == 0xA8 ||
		    s[2] == 0xA9 || s[2] == 0xAF) && s[2] >= 0x80)
			return 3;	/* U+2000..200B, 2028, 2029, 202F */
		if (s[1] == 0x81 && s[2] == 0x9F)
			return 3;	/* U+205F */
		return 0;
	case 0xE3:	/* U+3000 IDEOGRAPHIC SPACE */
		return n >= 3 && s[1] == 0x80 && s[2] == 0x80 ? 3 : 0;
	case 0xEF:	/* U+FEFF BYTE ORDER MARK */
		return n >= 3 && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0;
	default:
		return 0;
	}
}

size_t
ws_len_before(const char *d, size_t lo, size_t pos)
{
	unsigned char c;
	size_t k;

	if (pos <= lo)
		return 0;
	c = (unsigned char)d[pos - 1];
	if (c < 0x80)
		return ws_len(d + pos - 1, 1);
	for (k = 2; k <= 3; k++)
		if (pos - lo >= k && ws_len(d + pos - k, k) == k)
			return k;
	return 0;
}

uint32_t
cp_decode_at(const char *d, size_t pos, size_t end, size_t *len)
{
	unsigned char c = (unsigned char)d[pos];
	uint32_t cp;

	*len = utf8_decode((const unsigned char *)d + pos, end - pos, &cp);
	if (*len == 0) {
		*len = 1;
		return c;
	}
	return cp;
}

uint32_t
cp_decode_before(const char *d, size_t lo, size_t pos, size_t *len)
{
	size_t k, l;
	uint32_t cp;

	for (k = 2; k <= 4 && pos - lo >= k; k++) {
		if (((unsigned char)d[pos - k] & 0xC0) == 0x80)
			continue;
		l = utf8_decode((const unsigned char *)d + pos - k, k, &cp);
		if (l == k) {
			*len = k;
			return cp;
		}
		break;
	}
	*len = 1;
	return (unsigned char)d[pos - 1];
}

int
cp_high_is_letter(uint32_t c)
{
	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	if (cp_high_is_upper(c) || cp_high_is_lower(c))
		return 1;
	/* the rest of the alphabets, broadly: not punctuation or symbols */
	return c >= 0x180 && !(c >= 0x2000 && c <= 0x2BFF) &&
	    !(c >= 0x3000 && c <= 0x303F) && !(c >= 0xFE30 && c <= 0xFE4F) &&
	    !(c >= 0xFF00 && c <= 0xFF20) && c != 0xFEFF && c != 0xFFFD;
}

int
cp_high_is_opener(uint32_t c)
{
	switch (c) {
	case 0x201C: case 0x2018: case 0x00AB: case 0x201E: case 0x201A:
	case 0x2039: case 0x00BF: case 0x00A1:
		return 1;
	}
	return 0;
}

int
cp_high_is_closer(uint32_t c)
{
	switch (c) {
	case 0x201D: case 0x2019: case 0x00BB: case 0x203A:
		return 1;
	}
	return 0;
}

int
cp_high_is_terminal(uint32_t c)
{
	return c == 0x2026 || c == 0x203D || c == 0x3002 || c == 0xFF01 ||
	    c == 0xFF1F;
}
