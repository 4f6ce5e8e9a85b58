/*
 * letters: every capital of Latin-1, Latin Extended-A, Greek and
 * Cyrillic has its small letter, and the one map of case the tools share
 * agrees with it; the odd pairs of Latin Extended-A ("Ł" at an odd code
 * point, "ĸ" with no capital, "Ÿ" whose small letter is Latin-1's) are
 * right.
 */
#include <stdint.h>

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

int
main(void)
{
	each_capital();
	pairs();
	return tap_done();
}
