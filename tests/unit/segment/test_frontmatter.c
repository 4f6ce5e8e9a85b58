/*
 * A Markdown file's YAML front matter (frontmatter.c): its title and date
 * keys, quotes taken off, the best date key chosen, and nothing taken
 * from a text that only looks like it.
 */
#include <stdio.h>
#include <string.h>

#include "segment.h"
#include "tap.h"

static struct front_matter fm;

static void
read_fm(const char *s)
{
	front_matter_read(s, strlen(s), &fm);
}

static int
is(const char *got, size_t len, const char *want)
{
	return got != NULL && len == strlen(want) && memcmp(got, want, len) == 0;
}

int
main(void)
{
	const char *clip = "---\ntitle: \"Ferry timetable changes anger "
	    "commuters\"\nsource: \"https://example.com/a\"\nauthor:\n"
	    "  - \"[[Mara Ellison]]\"\ncreated: 2019-05-02\n"
	    "published: 2019-01-05T10:57:00+09:00\ntags:\n  - \"clippings\"\n"
	    "---\n\nThe council voted on Tuesday night.\n";

	read_fm(clip);
	ok(is(fm.title, fm.tlen, "Ferry timetable changes anger commuters"),
	    "the title key's value, without its quotes");
	ok(is(fm.date, fm.dlen, "2019-01-05T10:57:00+09:00"),
	    "published wins over created, wherever it stands");
	ok(fm.end == (size_t)(strstr(clip, "\n\nThe") - clip) + 1,
	    "the front matter ends after its closing fence");

	read_fm("---\r\ntitle: 'Storm floods the coast road'\r\ndate: 2024-03-04\r\n...\r\nText.\n");
	ok(is(fm.title, fm.tlen, "Storm floods the coast road") &&
	    is(fm.date, fm.dlen, "2024-03-04") && fm.end > 0,
	    "CRLF lines, single quotes, date, and a closing \"...\"");

	read_fm("---\ntitle: Never closed\n\nThe council voted.\n");
	ok(fm.end == 0 && fm.title == NULL,
	    "no closing fence: no front matter");
	read_fm("Some text\n---\ntitle: x\n---\n");
	ok(fm.end == 0 && fm.title == NULL,
	    "a fence that is not the first line is a rule, not front matter");
	read_fm("--- \ntitle: x\n---\n");
	ok(fm.end == 0, "(nor a line of three dashes and a space)");
	read_fm("---\ntitle:\n  - a\n---\n");
	ok(fm.end > 0 && fm.title == NULL, "a title that is a list is none");
	read_fm("---");
	ok(fm.end == 0, "(a fence alone)");
	return tap_done();
}
