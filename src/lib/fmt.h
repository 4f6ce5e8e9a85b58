/*
 * fmt.h - numbers and record-stream fields formatted into memory the
 * caller has made room in, for writers that put a record together in
 * place (out.h's writer, tag's token rows).  Each returns the end of
 * what it wrote; nothing is NUL-terminated.
 */
#ifndef QUARRY_FMT_H
#define QUARRY_FMT_H

#include <stddef.h>
#include <string.h>

/* The most digits fmt_ulong writes (those of ULLONG_MAX). */
#define FMT_ULONG_MAX	((size_t)20)

extern const unsigned long long fmt_pow10[20];	/* 10^0 .. 10^19 */
extern const char fmt_digit_pairs[201];		/* "00" to "99" */

/*
 * v in decimal at d (room for FMT_ULONG_MAX bytes).  Inlined: tag writes
 * three numbers a token, and a call was a sixth of each.  The digits are
 * written last first, once their count is known, two a division.
 */
static inline char *
fmt_ulong(char *d, unsigned long long v)
{
	size_t n;
	char *end;

	if (v < 10) {
		*d = (char)('0' + v);
		return d + 1;
	}
	/* v has 2^k <= v < 2^(k+1) and so floor(k log10 2) + 1 digits
	 * (k * 1233 >> 12 is floor(k log10 2) for k < 64), or one more
	 * when it reaches the next power of ten. */
	n = (size_t)(63 - __builtin_clzll(v)) * 1233 >> 12;
	n += 1 + (v >= fmt_pow10[n + 1]);
	end = d += n;
	for (; v >= 100; v /= 100) {
		d -= 2;
		memcpy(d, fmt_digit_pairs + v % 100 * 2, 2);
	}
	if (v >= 10)
		memcpy(d - 2, fmt_digit_pairs + v * 2, 2);
	else
		d[-1] = (char)('0' + v);
	return end;
}
/* s (n bytes) as a field at d (room for 2n bytes): \ TAB LF CR written
 * as \\ \t \n \r (see quarry(7)). */
char *fmt_field(char *d, const char *s, size_t n);
/* What byte c is escaped to in a field ('\\', 't', 'n', 'r'), or 0. */
extern const char fmt_field_escape[256];

#endif
