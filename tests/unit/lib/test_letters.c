/*
 * letters: every capital of Latin-1, Latin Extended-A, Greek and
 * Cyrillic has its small letter, and the one map of case the tools share
 * agrees with it; the odd pairs of Latin Extended-A ("Ł" at an odd code
 * point, "ĸ" with no capital, "Ÿ" whose small letter is Latin-1's) are
 * right; an accented Latin letter's base letter, and a name without its
 * accents.
 */
#include <stdint.h>
#include <string.h>

#include "letters.h"
#include "tap.h"

/* Every capital's small letter is a small letter, and no small letter
 * or caseless character changes. */
static void
each_capital(void)
{
	uint32_t c, low;
	int good = 1, capitals = 0;

	for (c = 0; c < 0x500; c++) {
		low = cp_to_lower(c);
		if (cp_is_upper(c)) {
			capitals++;
			if (low == c || !cp_is_lower(low) || cp_is_upper(low))
				good = 0;
		} else if (low != c)
			good = 0;
		if (cp_is_upper(c) && cp_is_lower(c))
			good = 0;
	}
	/* 26 ASCII, 30 Latin-1, 63 Latin Extended-A, 25 Greek (one of
	 * them, U+03A2, unassigned), 48 Cyrillic */
	ok(good && capitals == 26 + 30 + 63 + 25 + 48,
	    "each of the %d capitals has a small letter, nothing else changes",
	    capitals);
}

static void
pairs(void)
{
	ok(cp_is_upper(0x141) && cp_to_lower(0x141) == 0x142,
	    "\"Ł\" (U+0141, odd) is a capital, \"ł\" its small letter");
	ok(cp_is_upper(0x17D) && cp_to_lower(0x17D) == 0x17E,
	    "\"Ž\" (U+017D) is a capital, \"ž\" its small letter");
	ok(cp_is_upper(0x13D) && cp_is_upper(0x160) && cp_is_upper(0x106),
	    "\"Ľ\", \"Š\" and \"Ć\" are capitals");
	ok(cp_is_lower(0x138) && !cp_is_upper(0x138) && cp_to_lower(0x138) ==
	    0x138, "\"ĸ\" (U+0138) is small and has no capital");
	ok(cp_is_lower(0x149) && cp_is_lower(0x17F),
	    "\"ŉ\" and \"ſ\" are small letters");
	ok(cp_to_lower(0x178) == 0xFF, "\"Ÿ\" is the capital of \"ÿ\"");
	ok(cp_to_lower(0x130) == 'i', "\"İ\" lowers to ASCII \"i\"");
	ok(cp_to_lower(0x401) == 0x451 && cp_to_lower(0x416) == 0x436,
	    "Cyrillic \"Ё\" is \"ё\", \"Ж\" is \"ж\"");
	ok(cp_to_lower(0x3A3) == 0x3C3, "Greek \"Σ\" is \"σ\"");
	ok(!cp_is_upper(0xD7) && !cp_is_lower(0xF7),
	    "\"×\" and \"÷\" are no letters");
	ok(!cp_is_upper(0x4E2D) && !cp_is_lower(0x4E2D) &&
	    !cp_is_upper(0x627), "a script without case has no capitals");
}

/* The base letters of accented Latin letters, and names written so. */
static void
unaccented(void)
{
	char out[64];
	size_t n;

	ok(cp_base_letter(0x11F) == 'g' && cp_base_letter(0x141) == 'L' &&
	    cp_base_letter(0xE9) == 'e' && cp_base_letter(0x219) == 's' &&
	    cp_base_letter(0x17D) == 'Z', "\"ğ\" is g, \"Ł\" L, \"é\" e, "
	    "\"ș\" s, \"Ž\" Z");
	ok(cp_base_letter('a') == 0 && cp_base_letter(0xDF) == 0 &&
	    cp_base_letter(0xC6) == 0 && cp_base_letter(0xD7) == 0 &&
	    cp_base_letter(0x416) == 0, "ASCII, \"ß\", \"Æ\", \"×\" and "
	    "Cyrillic have none");
	n = letters_unaccent("Recep Tayyip Erdo\xc4\x9f" "an", 20, out,
	    sizeof out);
	ok(n == 19 && memcmp(out, "Recep Tayyip Erdogan", 19) == 0,
	    "\"Erdoğan\" is written \"Erdogan\", a byte shorter");
	n = letters_unaccent("Stra\xc3\x9f" "e \xd0\x96", 10, out,
	    sizeof out);
	ok(n == 10 && memcmp(out, "Stra\xc3\x9f" "e \xd0\x96", 10) == 0,
	    "other letters stay as they are");
	ok(letters_unaccent("Erdo\xc4\x9f" "an", 8, out, 6) == 0 &&
	    letters_unaccent("Erdo\xc4", 5, out, sizeof out) == 0,
	    "no room, or invalid UTF-8: 0");
}

int
main(void)
{
	each_capital();
	pairs();
	unaccented();
	return tap_done();
}
