/*
 * mem_contains: a byte string found anywhere, at either end, not past
 * the end, and the empty string held by anything.  mem_same_short: every
 * length from 1 to 16 told apart by a byte anywhere in it, and no byte
 * past the length read into the answer.  mem_one_edit: a byte changed,
 * left out, added, two swapped, and where; nothing more.
 */
#include <string.h>

#include "mem.h"
#include "tap.h"

static int
holds(const char *s, const char *w)
{
	return mem_contains(s, strlen(s), w, strlen(w));
}

/* Each length n from 1 to 16: the same bytes are the same whatever
 * follows them, and a change of any one of them is told. */
static void
same_short(void)
{
	char a[17] = "abcdefghijklmnop", b[17];
	size_t n, k;
	int good = 1;

	for (n = 1; n <= 16; n++) {
		memcpy(b, a, sizeof b);
		b[n] = 'X';	/* past the length: not looked at */
		if (!mem_same_short(a, b, n))
			good = 0;
		for (k = 0; k < n; k++) {
			memcpy(b, a, sizeof b);
			b[k] ^= 0x20;
			if (mem_same_short(a, b, n))
				good = 0;
		}
	}
	ok(good, "mem_same_short: 1 to 16 bytes, a change anywhere told");
	ok(mem_same_short("Smith", "Smith", 5) &&
	    !mem_same_short("Smith", "Smyth", 5), "a word and a namesake");
	ok(mem_same_short("internationally", "internationally", 15) &&
	    !mem_same_short("internationally", "internationalLy", 15),
	    "two loads that overlap");
}

int
main(void)
{
	ok(holds("a bus run by the state", "bus run"), "in the middle");
	ok(holds("bus run", "bus"), "at the start");
	ok(holds("the state", "state"), "at the end");
	ok(!holds("the stat", "state"), "not past the end");
	ok(!holds("", "a"), "not in an empty string");
	ok(holds("abc", ""), "the empty string is held by any");
	ok(mem_contains("a\0bc", 4, "bc", 2), "past a NUL byte");
	ok(holds("aaab", "aab"), "after a false start");
	same_short();
	{
		size_t pre, post;

		ok(mem_one_edit("Evans", 5, "Kvans", 5, &pre, &post) &&
		    pre == 0 && post == 4, "one_edit: a byte changed, at 0");
		ok(mem_one_edit("Evans", 5, "Evan", 4, &pre, &post) &&
		    pre == 4 && post == 0 &&
		    mem_one_edit("Evan", 4, "Evans", 5, &pre, &post),
		    "one_edit: a byte left out or added, at the end");
		ok(mem_one_edit("Evans", 5, "Evnas", 5, &pre, &post) &&
		    pre == 2 && post == 1, "one_edit: two bytes swapped");
		ok(!mem_one_edit("Evans", 5, "Evans", 5, &pre, &post) &&
		    !mem_one_edit("Evans", 5, "Ivanz", 5, &pre, &post) &&
		    !mem_one_edit("Evans", 5, "Eva", 3, &pre, &post) &&
		    !mem_one_edit("Evans", 5, "Evsna", 5, &pre, &post),
		    "one_edit: not the same, two changed, two left out, "
		    "two swapped apart");
		ok(mem_one_edit("", 0, "a", 1, &pre, &post) &&
		    !mem_one_edit("", 0, "", 0, &pre, &post),
		    "one_edit: the empty string");
	}
	{
		static const char *const list[] = { "Mc", "Mac", "De" };

		ok(mem_among("Mac", 3, list, 3) && mem_among("McAdoo", 2,
		    list, 3), "mem_among: a word of the list, as long as it");
		ok(!mem_among("Ma", 2, list, 3) && !mem_among("Mack", 4,
		    list, 3) && !mem_among("de", 2, list, 3),
		    "mem_among: no prefix, no longer word, case as written");
		ok(!mem_among("", 0, list, 3), "mem_among: not the empty word");
	}
	return tap_done();
}
