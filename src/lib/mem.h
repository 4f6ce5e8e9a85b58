/*
 * mem.h - byte-string helpers C11 and POSIX leave out.
 */
#ifndef QUARRY_MEM_H
#define QUARRY_MEM_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Whether s (n bytes) holds w (wn bytes) anywhere; memmem is not in C11
 * or POSIX.  An empty w is held by any s. */
int mem_contains(const char *s, size_t n, const char *w, size_t wn);
/* Whether the n bytes at s are one of the count strings of list, as
 * written: the word lists of the tools' rules. */
int mem_among(const char *s, size_t n, const char *const *list,
    size_t count);

/*
 * Whether a (an bytes) is b (bn bytes) with one byte left out, added or
 * changed, or two side by side swapped ("Kvans" of "Evans", "Evan",
 * "Evnas"): the misreadings of print.  The bytes that differ are then
 * a[*pre, an - *post) and b[*pre, bn - *post).
 */
int mem_one_edit(const char *a, size_t an, const char *b, size_t bn,
    size_t *pre, size_t *post);

/*
 * The 32-bit FNV-1a hash of the n bytes at s: the one hash of the
 * tools' word tables (short keys, where it is as good as any and the
 * cheapest); unrolled, as the loop's own count and branch were a third
 * of a byte's instructions in extract-entities' lexicon.
 */
static inline uint32_t
mem_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

#pragma GCC unroll 4
	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

/*
 * Whether the n bytes at a and b, 1 to 16 of them, are the same: two
 * loads a side, which overlap unless n is 4, 8 or 16.  Inline, for the
 * keys of hash tables, mostly short words, where a call of memcmp was a
 * sixth of a look-up's instructions.
 */
static inline int
mem_same_short(const char *a, const char *b, size_t n)
{
	uint64_t a8, b8, a8e, b8e;
	uint32_t a4, b4, a4e, b4e;

	if (n < 4)
		return a[0] == b[0] && a[n / 2] == b[n / 2] &&
		    a[n - 1] == b[n - 1];
	if (n <= 8) {
		memcpy(&a4, a, 4);
		memcpy(&b4, b, 4);
		memcpy(&a4e, a + n - 4, 4);
		memcpy(&b4e, b + n - 4, 4);
		return a4 == b4 && a4e == b4e;
	}
	memcpy(&a8, a, 8);
	memcpy(&b8, b, 8);
	memcpy(&a8e, a + n - 8, 8);
	memcpy(&b8e, b + n - 8, 8);
	return a8 == b8 && a8e == b8e;
}

/*
 * The n < 8 bytes at s as memcpy into a zeroed uint64_t reads them, but
 * without a call to memcpy for a length known only at run time (most
 * keys hashed are that short): two loads that overlap, or three bytes,
 * put together in little-endian order.
 */
static inline uint64_t
mem_load_tail(const unsigned char *s, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint32_t lo, hi;

	if (n >= 4) {
		memcpy(&lo, s, 4);
		memcpy(&hi, s + n - 4, 4);
		return lo | (uint64_t)hi << 8 * (n - 4);
	}
	if (n == 0)
		return 0;
	return s[0] | (uint64_t)s[n / 2] << 8 * (n / 2) |
	    (uint64_t)s[n - 1] << 8 * (n - 1);
#else
	uint64_t k = 0;

	memcpy(&k, s, n);
	return k;
#endif
}

#endif
