/*
 * letters.h - upper and lower case beyond ASCII, for the scripts of
 * European news: Latin-1, Latin Extended-A, Greek and Cyrillic.  Other
 * scripts have no case here (Arabic, Chinese), and a letter of another
 * Latin block (Latin Extended-B, Vietnamese) counts as neither.  One
 * table for every tool, so that segment, extract-entities and tag agree
 * on what a capital is ("Łódź", "Ženia", "Ÿ").
 */
#ifndef QUARRY_LETTERS_H
#define QUARRY_LETTERS_H

#include <stddef.h>
#include <stdint.h>

/* Whether code point c, 0x80 or above, is a capital or a small letter of
 * those scripts ("ĸ", "ŉ" and "ſ" are small, and have no capital). */
int cp_high_is_upper(uint32_t c);
int cp_high_is_lower(uint32_t c);

/*
 * The small letter of capital c, or c itself: "Ł" is "ł", "Ÿ" is "ÿ",
 * and "İ" is ASCII "i" (one byte fewer in UTF-8: a word lowered may be
 * shorter).
 */
uint32_t cp_to_lower(uint32_t c);

/*
 * The ASCII letter a Latin letter with a diacritic is written on ("ğ" is
 * "g", "Ł" is "L", "ș" is "s"), or 0 for any other code point (ASCII,
 * "ß", "æ", other scripts).
 */
uint32_t cp_base_letter(uint32_t c);

/*
 * s (n bytes, UTF-8) with every such letter written as its ASCII base
 * ("Erdoğan" is "Erdogan"), into out (room for max bytes): its length,
 * or 0 when it needs more room or s is not valid UTF-8.  No byte is
 * added: the result is never longer than s.
 */
size_t letters_unaccent(const char *s, size_t n, char *out, size_t max);

/* Whether byte c is a letter of ASCII. */
static inline int
ascii_is_letter(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Are the n bytes of s all ASCII capitals ("NATO", "AT" of "AT&T")? */
static inline int
ascii_all_capitals(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return 0;
	return 1;
}

/* The n bytes of s into low, their ASCII capitals lowered ("Tho" ->
 * "tho"): a word to look up as the lists write it. */
static inline void
ascii_lowered(char *low, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
}

/* The same for any code point, inline: the tools ask it of every letter,
 * and most are ASCII. */
static inline int
cp_is_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	return cp_high_is_upper(c);
}

static inline int
cp_is_lower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	return cp_high_is_lower(c);
}

#endif
