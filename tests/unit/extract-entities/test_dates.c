/* The date parser and normaliser: absolute, odd, relative, ranges, and
 * impossible dates rejected. */
#include <string.h>

#include "dates.h"
#include "tap.h"

static struct ymd anchor = { 2019, 1, 4 };	/* a Friday */

static void
is(const char *in, const struct ymd *a, const char *want)
{
	char out[64];
	int rc = date_normalise(in, strlen(in), a, out, sizeof out);

	ok(rc == DATE_NORMALISED && strcmp(out, want) == 0,
	    "\"%s\" -> %s (got %s)", in, want,
	    rc == DATE_NORMALISED ? out : rc == DATE_UNRESOLVED ?
	    "unresolved" : "invalid");
}

static void
invalid(const char *in)
{
	char out[64];

	ok(date_normalise(in, strlen(in), &anchor, out, sizeof out) ==
	    DATE_INVALID, "\"%s\" is rejected", in);
}

static void
unresolved(const char *in)
{
	char out[64];

	ok(date_normalise(in, strlen(in), NULL, out, sizeof out) ==
	    DATE_UNRESOLVED, "\"%s\" without an article date is unresolved",
	    in);
}

int
main(void)
{
	struct ymd d, leap = { 2024, 3, 1 };
	char out[64];

	/* absolute */
	is("March 31, 2023", NULL, "2023-03-31");
	is("31 March 2023", NULL, "2023-03-31");
	is("31st of March, 2023", NULL, "2023-03-31");
	is("June 2023", NULL, "2023-06");
	is("JUNE 2023", NULL, "2023-06");
	is("31.03.2023", NULL, "2023-03-31");
	is("2023-03-31", NULL, "2023-03-31");
	is("2019", NULL, "2019");
	is("Friday, January 4, 2019", NULL, "2019-01-04");
	is("Sept. 5, 2001", NULL, "2001-09-05");
	is("june 3,, 1916", NULL, "1916-06-03");	/* OCR's doubled comma */
	is("June 11, .1916", NULL, "1916-06-11");	/* and a speck */
	is("03/31/2023", NULL, "2023-03-31");
	is("31/03/2023", NULL, "2023-03-31");
	/* dots day-first and a slash month-first, unless it cannot be;
	 * a two-digit year after slashes as strptime reads it */
	is("3.17.2019", NULL, "2019-03-17");
	is("02/23/19", NULL, "2019-02-23");
	is("23/02/19", NULL, "2019-02-23");
	/* the year first, as East Asian sites write it */
	is("2019/2/11", NULL, "2019-02-11");
	is("2019.03.15", NULL, "2019-03-15");
	is("11. Feb 2019", NULL, "2019-02-11");
	is("Jan.23.2019", NULL, "2019-01-23");
	is("12/31/99", NULL, "1999-12-31");
	/* a day and month take the article's year */
	is("March 31st", &anchor, "2019-03-31");
	is("March 31st", NULL, "XXXX-03-31");
	is("December 22", &anchor, "2018-12-22");	/* the nearest one */
	is("late December", &anchor, "2018-12");
	is("December 30 - January 2", &anchor, "2018-12-30/2019-01-02");
	is("early March", &anchor, "2019-03");
	is("mid-March", &anchor, "2019-03");
	/* leap years */
	is("February 29, 2024", NULL, "2024-02-29");
	is("29.02.2000", NULL, "2000-02-29");
	invalid("February 29, 2023");
	invalid("29.02.1900");
	invalid("31.02.2023");
	invalid("April 31, 2023");
	invalid("2023-13-01");
	invalid("32 March 2023");
	invalid("31");
	/* relative to Friday, January 4, 2019 */
	is("yesterday", &anchor, "2019-01-03");
	is("today", &anchor, "2019-01-04");
	is("tomorrow", &anchor, "2019-01-05");
	is("Monday", &anchor, "2018-12-31");
	is("on Monday", &anchor, "2018-12-31");
	is("Friday", &anchor, "2019-01-04");
	is("last Friday", &anchor, "2018-12-28");
	is("next Monday", &anchor, "2019-01-07");
	is("Tuesday night", &anchor, "2019-01-01");
	is("last week", &anchor, "2018-12-24/2018-12-30");
	is("this week", &anchor, "2018-12-31/2019-01-06");
	is("next week", &anchor, "2019-01-07/2019-01-13");
	is("last month", &anchor, "2018-12");
	is("next month", &anchor, "2019-02");
	is("last year", &anchor, "2018");
	is("earlier this year", &anchor, "2019");
	is("three days ago", &anchor, "2019-01-01");
	is("2 weeks ago", &anchor, "2018-12-21");
	is("yesterday", &leap, "2024-02-29");
	is("last October", &anchor, "2018-10");
	is("this past December", &anchor, "2018-12");
	is("next March", &anchor, "2019-03");
	is("last January", &anchor, "2018-01");
	is("this weekend", &anchor, "2019-01-05/2019-01-06");
	is("the weekend", &anchor, "2018-12-29/2018-12-30");
	is("next weekend", &anchor, "2019-01-12/2019-01-13");
	is("this past weekend", &anchor, "2018-12-29/2018-12-30");
	is("the 1980s", NULL, "1980/1989");
	is("early '70s", NULL, "1970/1979");
	is("the 13th century", NULL, "1200/1299");
	is("twenty-first century", NULL, "2000/2099");
	/* a quarter is its three months; alone, the nearest such quarter */
	is("Q4 2018", NULL, "2018-10/2018-12");
	is("third quarter of 2023", NULL, "2023-07/2023-09");
	is("First-Quarter, 2024", NULL, "2024-01/2024-03");
	invalid("fifth quarter of 2023");
	is("Q1/2019", NULL, "2019-01/2019-03");
	is("Q2 of 2019", NULL, "2019-04/2019-06");
	is("2018 Q3", NULL, "2018-07/2018-09");
	is("Q4", &anchor, "2018-10/2018-12");
	is("Q1", &anchor, "2019-01/2019-03");
	is("Q4", NULL, "XXXX-10/XXXX-12");
	invalid("Q5 2018");
	{
		struct ymd june = { 2023, 6, 0 };
		char o[64];

		is("early March", &june, "2023-03");
		is("December 30", &june, "2022-12-30");
		ok(date_normalise("Friday", 6, &june, o, sizeof o) ==
		    DATE_UNRESOLVED, "a month dates no weekday");
	}
	unresolved("yesterday");
	unresolved("on Friday");
	unresolved("last week");
	/* ranges */
	is("2019-2021", NULL, "2019/2021");
	is("2019\xe2\x80\x93" "2021", NULL, "2019/2021");
	is("between 2019 and 2021", NULL, "2019/2021");
	is("March 27 - April 2, 2023", NULL, "2023-03-27/2023-04-02");
	is("March 27-31, 2023", NULL, "2023-03-27/2023-03-31");
	is("27-31 March 2023", NULL, "2023-03-27/2023-03-31");
	is("December 30 - January 2, 2023", NULL, "2022-12-30/2023-01-02");
	invalid("March 27 - April 31, 2023");

	/* the calendar helpers */
	ok(date_weekday(2019, 1, 4) == 4, "2019-01-04 was a Friday");
	ok(date_weekday(2000, 2, 29) == 1, "2000-02-29 was a Tuesday");
	date_from_days(date_to_days(2023, 3, 31) + 1, &d);
	ok(d.y == 2023 && d.m == 4 && d.d == 1, "the day after 2023-03-31");
	ok(date_parse_iso("2023-03-31", &d) == 0 && d.d == 31,
	    "--date 2023-03-31 parses");
	ok(date_parse_iso("2023-02-30", &d) < 0, "--date 2023-02-30 fails");
	ok(date_parse_iso("2023-3-31", &d) < 0, "--date 2023-3-31 fails");

	/* clock times */
	ok(time_normalise("3 p.m.", 6, out, sizeof out) == 0 &&
	    strcmp(out, "15:00") == 0, "3 p.m. -> 15:00");
	ok(time_normalise("12am", 4, out, sizeof out) == 0 &&
	    strcmp(out, "00:00") == 0, "12am -> 00:00");
	ok(time_normalise("15:30 GMT", 9, out, sizeof out) == 0 &&
	    strcmp(out, "15:30") == 0, "15:30 GMT -> 15:30");
	ok(time_normalise("noon", 4, out, sizeof out) == 0 &&
	    strcmp(out, "12:00") == 0, "noon -> 12:00");
	ok(time_normalise("25:00", 5, out, sizeof out) < 0,
	    "25:00 is no time");
	ok(time_normalise("13 pm", 5, out, sizeof out) < 0,
	    "13 pm is no time");
	ok(time_normalise("2024-05-12T15:30:45.123+02:00", 29, out,
	    sizeof out) == 0 && strcmp(out, "2024-05-12T15:30") == 0,
	    "ISO 2024-05-12T15:30:45.123+02:00 -> 2024-05-12T15:30");
	ok(time_normalise("2023-02-29T10:00Z", 17, out, sizeof out) < 0,
	    "ISO 2023-02-29T10:00Z is no day");
	ok(time_normalise("2024-05-12T15:3", 15, out, sizeof out) < 0,
	    "ISO 2024-05-12T15:3 is cut short");
	return tap_done();
}
