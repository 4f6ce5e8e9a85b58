/*
 * The set of a site's repeated lines (furniture.c): a paragraph matches a
 * line whatever its white space, nothing else matches, and the set keeps
 * every line as it grows past its first table.
 */
#include <stdio.h>
#include <string.h>

#include "segment.h"
#include "tap.h"

static int
has(const struct furniture *f, const char *s)
{
	return furniture_has(f, s, 0, strlen(s));
}

int
main(void)
{
	struct furniture f = FURNITURE_INIT;
	char line[64];
	int i, all;

	ok(!has(&f, "Subscribe") && !has(NULL, "Subscribe"),
	    "an empty set, or none, holds no line");

	furniture_add(&f, "Get the morning  briefing", 25);
	ok(has(&f, "Get the morning briefing"),
	    "white space in the listed line is folded");
	ok(has(&f, "  Get the\tmorning\n briefing \n"),
	    "white space in the paragraph is folded, and none at either end");
	ok(!has(&f, "Get the morning briefings") &&
	    !has(&f, "Get the morningbriefing") &&
	    !has(&f, "get the morning briefing"),
	    "a longer line, a missing space or another case is another line");
	ok(furniture_has(&f, "xxGet the morning briefingyy", 2, 26),
	    "a paragraph is the byte range it is given");

	/* 1024 slots at first, half of them used at most: 5000 lines make
	 * the table grow three times */
	for (i = 0; i < 5000; i++) {
		snprintf(line, sizeof line, "Other story number %d", i);
		furniture_add(&f, line, strlen(line));
	}
	for (i = 0, all = 1; i < 5000; i++) {
		snprintf(line, sizeof line, "Other story number %d", i);
		all &= has(&f, line);
	}
	ok(all && has(&f, "Get the morning briefing"),
	    "every line is still there after the table grew");
	ok(f.lines.n == 5001, "it counts 5001 lines (%zu)", f.lines.n);
	furniture_add(&f, "Other story number 7", 20);
	ok(f.lines.n == 5001 && !has(&f, "Other story number 5000"),
	    "adding a line again changes nothing; an unlisted one is absent");

	furniture_free(&f);
	ok(f.lines.n == 0 && !has(&f, "Get the morning briefing"),
	    "a freed set is empty and can be used again");
	return tap_done();
}
