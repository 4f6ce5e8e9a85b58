/*
 * Misread print: a paragraph of an old page's text that optical character
 * recognition could not read ("i r I ut rd tlJ Kll lrf hn", "Senator
 * Avilllam'-j. fitnnA nf Xft- 1 sourt aryed.").  Its words are not words:
 * a letter alone, letters and digits
 * mixed ("4nd", "Wh5"), a capital inside small letters ("rPrt"), a mark
 * inside ("0I)H-", "f:a"), marks twice ("i.tliatilh'"), no vowel ("lrf",
 * but "Mr." and "lb." are abbreviations).
 * A real paragraph has a few such words ("YouTube", "SpaceX", "25A");
 * one of five words or more with two in five is misread.  (On the 1,098
 * pages of 1916 that is 3,927 paragraphs, 412 KB of 23.5 MB, all but a
 * few unreadable, a box score's line among those few; on the Wikinews
 * articles and the seeds, none: their most is one in three.)
 */
#include <string.h>

#include "segment.h"

/* A byte of a word: an ASCII letter or digit, or any byte of UTF-8 beyond
 * ASCII (a letter of another script, most often). */
static int
word_byte(unsigned char c)
{
	return c >= 0x80 || is_digit(c) || is_ascii_letter(c);
}

static int
is_letter(unsigned char c)
{
	return c >= 0x80 || is_ascii_letter(c);
}

/* a, e, i, o, u and y, by their distance from a: a bit each */
#define VOWELS	(1u << 0 | 1u << 4 | 1u << 8 | 1u << 14 | 1u << 20 | 1u << 24)

/* A vowel of ASCII, either case, or a byte beyond ASCII (an accented
 * vowel, as likely as not). */
static int
is_vowel(unsigned char c)
{
	unsigned k = (unsigned)(c | 0x20) - 'a';

	return c >= 0x80 || (k < 26 && (VOWELS >> k & 1));
}

/* "1st", "22d", "10c", "5p": a number and the letters of an ordinal or a
 * unit. */
static int
number_and_unit(const unsigned char *w, size_t n)
{
	static const char *const units[] = { "st", "nd", "rd", "th", "d",
	    "s", "c", "m", "p", "a", NULL };
	size_t i, k;

	for (i = 0; i < n && is_digit(w[i]); i++)
		;
	if (i == 0)
		return 0;
	for (k = 0; units[k] != NULL; k++)
		if (strlen(units[k]) == n - i && memcmp(units[k], w + i,
		    n - i) == 0)
			return 1;
	return 0;
}

/* "U.S.", "e.g": letters each with a full stop (the last may lack it). */
static int
initials(const unsigned char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i += 2)
		if (!is_letter(w[i]) || (i + 1 < n && w[i + 1] != '.'))
			return 0;
	return 1;
}

/* "McAdoo", "DeWitt", "LaFollette", "O'Brien": a capital inside a name. */
static int
inner_capital_ok(const unsigned char *w, size_t n)
{
	static const char *const prefixes[] = { "Mc", "Mac", "De", "La", "Le",
	    "Van", "O", NULL };
	size_t k, len;

	for (k = 0; prefixes[k] != NULL; k++) {
		len = strlen(prefixes[k]);
		if (n > len && memcmp(prefixes[k], w, len) == 0 &&
		    ((w[len] >= 'A' && w[len] <= 'Z') || w[len] == '\''))
			return 1;
	}
	return 0;
}

/*
 * Is the word w (n bytes, its marks before and after taken off; dot: a
 * full stop came after it) misread?  A number is not.
 */
static int
misread_word(const unsigned char *w, size_t n, int dot)
{
	size_t i, marks = 0, hyphens = 0;
	int lower = 0, vowel = 0;

	for (i = 0; i < n && (is_digit(w[i]) || (i > 0 && (w[i] == ',' ||
	    w[i] == '.' || w[i] == ':' || w[i] == '/' || w[i] == '-'))); i++)
		;
	if (i == n)
		return 0;		/* 1,500  8:00  6/14 */
	if (n == 1)	/* "a", "I"; an initial or abbreviation, "E.", "p." */
		return !(w[0] == 'a' || w[0] == 'A' || w[0] == 'I' || dot);
	for (i = 0; i < n; i++) {
		if (i > 0 && ((is_letter(w[i - 1]) && w[i - 1] < 0x80 &&
		    is_digit(w[i])) || (is_digit(w[i - 1]) && w[i] < 0x80 &&
		    is_letter(w[i]))) && !number_and_unit(w, n))
			return 1;
		if (i > 0 && is_ascii_lower(w[i - 1]) && w[i] >= 'A' && w[i] <= 'Z' &&
		    !inner_capital_ok(w, n))
			return 1;
		if (w[i] == '.' || w[i] == '\'' || w[i] == '-') {
			marks++;
			hyphens += w[i] == '-';
		} else if (!word_byte(w[i]))
			return 1;
		lower |= is_ascii_lower(w[i]);
		vowel |= is_vowel(w[i]);
	}
	if (marks >= 2 && !initials(w, n) && hyphens != marks)
		return 1;		/* (not "eleven-month-old") */
	return lower && !vowel && !dot;	/* (not "Mr.", "Mrs.", "lb.") */
}

int
text_garbled(const char *s, size_t len)
{
	const unsigned char *t = (const unsigned char *)s;
	size_t i = 0, a, b, words = 0, misread = 0;

	while (i < len) {
		while (i < len && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' ||
		    t[i] == '\r'))
			i++;
		for (a = i; i < len && !(t[i] == ' ' || t[i] == '\t' ||
		    t[i] == '\n' || t[i] == '\r'); i++)
			;
		b = i;
		while (a < b && !word_byte(t[a]))
			a++;
		while (b > a && !word_byte(t[b - 1]))
			b--;
		if (a == b)
			continue;	/* marks alone: no word */
		words++;
		misread += misread_word(t + a, b - a, b < i && t[b] == '.');
	}
	return words >= 5 && misread >= 3 && misread * 5 >= words * 2;
}
