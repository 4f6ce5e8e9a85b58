/*
 * The date in a document's name (namedate.c), the article's date when its
 * text has none: each form an archive or a site's address uses, the last
 * when there are several, and digits that only look like a date refused.
 */
#include <string.h>

#include "buf.h"
#include "segment.h"
#include "tap.h"

static void
finds(const char *name, const char *want, const char *why)
{
	struct buf b = BUF_INIT;
	int r = name_date(name, strlen(name), &b);

	ok(r == 1 && b.len == strlen(want) && memcmp(b.data, want, b.len) == 0,
	    "%s: %s in \"%s\" (got \"%.*s\")", why, want, name, (int)b.len,
	    b.len ? b.data : "");
	buf_free(&b);
}

static void
refuses(const char *name, const char *why)
{
	struct buf b = BUF_INIT;
	int r = name_date(name, strlen(name), &b);

	ok(r == 0 && b.len == 0, "%s: no date in \"%s\" (got \"%.*s\")", why,
	    name, (int)b.len, b.len ? b.data : "");
	buf_free(&b);
}

int
main(void)
{
	finds("pages/19160603/sn83045487-ed-1_seq-2.txt", "1916-06-03",
	    "an archive's day folder (sn83045487 is no date)");
	finds("https://example.com/2019/01/04/storm-hits/", "2019-01-04",
	    "a site's address");
	finds("news/2019-1-4 storm.txt", "2019-01-04", "dashes, one digit");
	finds("2019_12_31.md", "2019-12-31", "underscores");
	finds("scraped-2026-12-03/2019.01.04/a.txt", "2019-01-04",
	    "of two, the last: the nearest the file");
	finds("1916/02/29/a.txt", "1916-02-29", "a leap day");
	refuses("2019/02/29/a.txt", "February 29th of a common year");
	refuses("1900-02-29.txt", "1900 was no leap year");
	refuses("report-20191304.txt", "month 13");
	refuses("id-120190104.txt", "nine digits");
	refuses("2019-01/04.txt", "two kinds of separator");
	refuses("2019-01-004.txt", "a three-digit day");
	refuses("15990101.txt", "a year before 1600");
	refuses("article.txt", "no digits");
	return tap_done();
}
