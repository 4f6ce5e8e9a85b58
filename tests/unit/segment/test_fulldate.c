/*
 * The first whole date of a line (fulldate.c), the article's date when no
 * rule knew its date line: each written form found with its exact bytes,
 * a published day over an update's, dates of something else passed over,
 * and parts that only look like a date refused.
 */
#include <stdio.h>
#include <string.h>

#include "segment.h"
#include "tap.h"

/* The date full_date_find gives for s (its whole length, no lead
 * needed), or "" when none; *kind the return value. */
static const char *
found(const char *s, size_t limit, int led, int *kind)
{
	static char date[128];
	size_t from, to;

	*kind = full_date_find(s, strlen(s), limit, led, &from, &to);
	if (*kind == 0 || to - from >= sizeof date)
		return "";
	memcpy(date, s + from, to - from);
	date[to - from] = '\0';
	return date;
}

static void
finds(const char *s, const char *want, const char *why)
{
	int kind;
	const char *got = found(s, strlen(s), 0, &kind);

	ok(kind == 1 && strcmp(got, want) == 0, "%s: \"%s\" in \"%s\" (got \"%s\")",
	    why, want, s, got);
}

static void
refuses(const char *s, const char *why)
{
	int kind;
	const char *got = found(s, strlen(s), 0, &kind);

	ok(kind == 0, "%s: no date in \"%s\" (got \"%s\")", why, s, got);
}

int
main(void)
{
	int kind;
	const char *got;

	/* the forms, wherever the line puts them */
	finds("Published 1:47 p.m. ChT Jan. 16, 2019 | Updated 2:15 p.m.",
	    "Jan. 16, 2019", "month, day, year after an unknown zone");
	finds("Mei Ling Sato July 1, 2019", "July 1, 2019",
	    "after an author's name");
	finds("By Priscilla Onwudiwe published 15 July 2019", "15 July 2019",
	    "day, month, year");
	finds("Thursday 4th of January 2019", "4th of January 2019",
	    "an ordinal day and \"of\"");
	finds("January 4th, 2019", "January 4th, 2019", "an ordinal day");
	finds("20:05, 28-Jun-2019", "28-Jun-2019",
	    "dashes around the month's abbreviation");
	finds("04.Jan.2019", "04.Jan.2019", "full stops around it");
	finds("2019-01-04T18:12:00Z", "2019-01-04", "ISO, a time glued on");
	finds("2019/1/4 06:12", "2019/1/4", "the year first, slashes");
	finds("24.07.2019, 12.41 Uhr", "24.07.2019", "numbers, day first");
	finds("Posted 01/04/2019 6:12 PM", "01/04/2019",
	    "numbers, slashes (the order is extract-entities' to read)");
	finds("NEW YORK, Jan. 04, 2019 (GLOBE NEWSWIRE) -- The",
	    "Jan. 04, 2019", "a wire lead");
	finds("Publi\303\251 le 8 juillet 2019", "8 juillet 2019",
	    "a French month");
	finds("le 1er f\303\251vrier 2019", "1er f\303\251vrier 2019",
	    "French \"1er\" and an accented month");
	finds("03.28.19 in Personal Computing", "03.28.19",
	    "two-digit year, opening the line");
	finds("JUNE 6TH 1916", "JUNE 6TH 1916", "capitals");
	finds("Feb 11, 2019Updated 8 hrs ago", "Feb 11, 2019",
	    "a year run into the next element's word");

	/* which date */
	finds("Updated January 24, 2019 | Published January 22, 2019",
	    "January 22, 2019", "the published day over an earlier update's");
	got = found("Updated January 24, 2019 5:39 PM", 100, 0, &kind);
	ok(kind == 2 && strcmp(got, "January 24, 2019") == 0,
	    "an update's date alone is given, marked as one (got %d \"%s\")",
	    kind, got);
	got = found("Correction 12 February 2019", 100, 0, &kind);
	ok(kind == 2, "a correction's date counts as an update's (got %d)",
	    kind);
	finds("Entered as second-class matter May 12, 1910, at the post office"
	    " June 3, 1916", "June 3, 1916", "an entry's date passed over");
	refuses("under the Act of March 3, 1879", "an act's date");
	refuses("Schedule In Effect September 19, 1915.", "a timetable's date");
	refuses("was born on May 26, 1953 in Shelby", "a birth date");
	got = found("Protesters on Jan. 3, 2019 in Paris.", 100, 1, &kind);
	ok(kind == 0, "led: a date no \"Published\" leads is not taken (got "
	    "\"%s\")", got);
	got = found("Officials said. By X published 15 July 2019", 100, 1, &kind);
	ok(kind == 1 && strcmp(got, "15 July 2019") == 0,
	    "led: a published date is (got \"%s\")", got);
	got = found("They met in Paris last week. Jan. 3, 2019", 20, 0, &kind);
	ok(kind == 0, "a date starting past the limit is not taken");

	/* a caption, line by line */
	{
		const char *cap = "A trader works on the floor on Sept. 20, "
		    "2019. Photo by Chris\nSep 25, 2019 \342\200\242 5 years "
		    "ago \342\200\242 3 minute read";
		const char *by = "Ice shelf seen from above. Credit: Mara "
		    "Quill\n  By Keziah Obuya, E&E News on October 12, 2019";
		const char *photo = "Protesters on the quay on Jan. 12, "
		    "2019.\n(Photo: Mara Ellison)";
		size_t from = 0, to = 0;

		kind = paragraph_full_date(cap, strlen(cap), strlen(cap), 1,
		    &from, &to);
		ok(kind == 1 && strncmp(cap + from, "Sep 25, 2019", to - from)
		    == 0, "caption: a date opening its line, not the photo's");
		kind = paragraph_full_date(by, strlen(by), strlen(by), 1,
		    &from, &to);
		ok(kind == 1 && strncmp(by + from, "October 12, 2019", to -
		    from) == 0, "caption: a byline run into it");
		kind = paragraph_full_date(photo, strlen(photo), strlen(photo),
		    1, &from, &to);
		ok(kind == 0, "caption: a photo's day alone is none");
		kind = paragraph_full_date(photo, strlen(photo), strlen(photo),
		    0, &from, &to);
		ok(kind == 1, "not a caption: the same day is taken");
	}

	/* only dates */
	refuses("Jan 2019", "a month and a year have no day");
	refuses("Jan04 2019", "a month glued to a number");
	refuses("The 10am train, 2019", "a time is no day");
	refuses("macOS 10.14.16 and 1.2.19", "version numbers");
	refuses("It costs 4.50 2019", "a price");
	refuses("13/14/2019", "no month in either number");
	refuses("may 2019 be good", "\"may\" without a day");
	return tap_done();
}
