/*
 * mem_contains: a byte string found anywhere, at either end, not past
 * the end, and the empty string held by anything.
 */
#include <string.h>

#include "mem.h"
#include "tap.h"

static int
holds(const char *s, const char *w)
{
	return mem_contains(s, strlen(s), w, strlen(w));
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
	return tap_done();
}
