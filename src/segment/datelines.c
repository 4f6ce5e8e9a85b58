/*
 * datelines.c - dates as a page prints them around an article: alone
 * ("Friday, January 4, 2019", "MAYSVILLE, KENTUCKY, MONDAY, JUNE 5,
 * 1916."), after a byline or a source's name ("By Helen Tsai Jan 04,
 * 2019", "IANS, Beijing, AUG 08 2019"), as one of a few items
 * ("Politics · June 5, 2023"); and the times that are furniture rather
 * than the article's date ("Updated at 11:02 pm", "5 hours ago").  A date
 * is read off the normalised words: names of months and weekdays,
 * numbers, and the filler words between them.
 */
#include <string.h>

#include "roles.h"

static const char *const months_words[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan",
	"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
	"dec", NULL
};
static struct wordset months = WORDSET(months_words);

int
is_month_name(const char *w, size_t n)
{
	return wordset_has(&months, w, n);
}

static const char *const weekdays_words[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
	"sat", "sun", NULL
};
static struct wordset weekdays = WORDSET(weekdays_words);

static const char *const date_fillers_words[] = {
	"on", "at", "of", "the", "updated", "published", "posted", "last",
	"first", "issued", "latest", "update", "eastern", "pacific", "central",
	"mountain", "daylight", "standard", "time", "sent",
	"modified", "date", "dated", "st", "nd", "rd", "th", "am", "pm", "a",
	"p", "m", "h", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt",
	"et", "pt", "ct", "cet", "cest", "bst", "msk", "ist", "mst", "mdt",
	"akst", "hst", "eet", "eest", "wet", "west", "aest", "aedt", "acst",
	"acdt", "awst", "nzst", "nzdt", "jst", "kst", "hkt", "sgt", "pkt",
	"sast", "eat", "wat", "brt", NULL
};
static struct wordset date_fillers = WORDSET(date_fillers_words);

/* Words a dateline may begin with: "Updated 5:30 PM ET, Mon June 5". */
static const char *const date_leads_words[] = {
	"updated", "published", "posted", "last", "first", "modified", "on",
	"issued", "latest", "update", "date", "dated", "sent", NULL
};
static struct wordset date_leads = WORDSET(date_leads_words);

/* Whether p holds a date in digits between slashes: "02/23/19",
 * "1/4/2019". */
static int
slashed_date(const struct pinfo *p)
{
	const char *s = p->raw;
	size_t n = p->len, i, a, b, c;

	for (i = 0; i < n; i++) {
		if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
			continue;	/* inside a number */
		a = digit_run(s, n, i);
		if (a == 0 || a > 2 || i + a >= n || s[i + a] != '/')
			continue;
		b = digit_run(s, n, i + a + 1);
		if (b == 0 || b > 2 || i + a + 1 + b >= n ||
		    s[i + a + 1 + b] != '/')
			continue;
		c = digit_run(s, n, i + a + b + 2);
		if (c == 2 || c == 4)
			return 1;
	}
	return 0;
}

/* Whether the words of p from i on all begin with a capital (a name). */
static int
capitalised_from(const struct pinfo *p, int i)
{
	for (; i < p->nw; i++)
		if (!p->w[i].cap1)
			return 0;
	return 1;
}

/* Whether p ends in a reading time: "6 min read", "3 minute read". */
static int
reading_time(const struct pinfo *p)
{
	unsigned long v;
	int n = p->nw;

	return n >= 3 && word_is(p, n - 1, "read") &&
	    word_number(p, n - 3, &v) && (word_is(p, n - 2, "min") ||
	    word_is(p, n - 2, "mins") || word_is(p, n - 2, "minute") ||
	    word_is(p, n - 2, "minutes"));
}

/* Whether a date's lead word ("Published") follows word i, past
 * capitalised words only: the name of a source before it. */
static int
lead_follows(const struct pinfo *p, int i)
{
	int k;

	for (k = i + 1; k < p->nw && k <= i + 3; k++) {
		if (word_in(p, k, &date_leads))
			return 1;
		if (!p->w[k].cap1)
			return 0;
	}
	return 0;
}

/* Whether the words of p from the i-th on are a date (see is_dateline). */
static int
dateline_from(const struct pinfo *p, int i)
{
	int month = 0, wday = 0, year = 0, nums = 0, started = 0;
	unsigned long v;

	for (; i < p->nw; i++) {
		if (word_in(p, i, &months)) {
			month++;
		} else if (word_in(p, i, &weekdays)) {
			wday++;
		} else if (word_number(p, i, &v)) {
			if (p->w[i].len == 4 && v >= 1800 && v <= 2099)
				year++;
			else if ((p->w[i].len == 5 || p->w[i].len == 6) && month &&
			    v / (p->w[i].len == 5 ? 10 : 100) >= 1800 &&
			    v / (p->w[i].len == 5 ? 10 : 100) <= 2099)
				year++, nums++;	/* "4 Mar 20194 Mar 2019" */
			else if (p->w[i].len <= 2)
				nums++;
			else if (!(p->w[i].len == 4 && i > 0 &&
			    (word_is(p, i - 1, "gmt") || word_is(p, i - 1,
			    "utc"))) && !(started && month && year))
				return 0;	/* (but "GMT +0300", and a count
						 * after a date: "- 39 - 554") */
		} else if (word_in(p, i, &date_fillers)) {
			/* "Updated", "Published at :" */
			if (!started && !word_in(p, i, &date_leads) &&
			    !(i > 0 && word_in(p, i - 1, &date_leads)) &&
			    !(p->w[i].cap1 && lead_follows(p, i)))
				return 0;
			continue;
		} else if (!started && (p->w[i].caps || (i == 0 &&
		    p->w[i].cap1) || (p->w[i].cap1 && lead_follows(p, i))) &&
		    i < 5) {
			/* a place: WASHINGTON, a section: Economy, a source:
			 * "Source:Xinhua Published: 2019/2/11 05:22:10",
			 * "The Associated Press Published: February 17, 2019" */
			continue;
		} else if (started && word_is(p, i, "by")) {
			break;		/* "Posted on 2019-03-04 by admin" */
		} else if (started && i == p->nw - 1 && p->w[i].caps &&
		    p->w[i].cap1 && p->w[i].len >= 2 && p->w[i].len <= 4 &&
		    (word_number(p, i - 1, &v) || word_is(p, i - 1, "am") ||
		    word_is(p, i - 1, "pm"))) {
			break;		/* a time's zone: "2:31 PM MYT", "18:22 WIB" */
		} else if (started && month && year && (p->nw - i <= 3 ||
		    (p->nw - i <= 8 && first_separator(p->raw, p->len) <
		    p->len)) && capitalised_from(p, i)) {
			/* "February 11 2019, 12:01am, The Times", "April 28,
			 * 2019 - Halifax, Nova Scotia - Health Canada" */
			break;
		} else if (started && year && word_is(p, i, "in") && p->nw - i <= 3 &&
		    capitalised_from(p, i + 1)) {
			break;		/* "By AFP May 6, 2019 in Environment" */
		} else if (started && p->w[i].cap1 && p->w[i].len >= 2 &&
		    p->w[i].len <= 4 && (word_is(p, i - 1, "m") ||
		    word_is(p, i - 1, "am") || word_is(p, i - 1, "pm"))) {
			/* a zone after a time: "7:41 a.m. ChT Jan. 27, 2019" */
		} else if (started && word_is(p, i, "page") && i + 2 >= p->nw) {
			break;		/* a print edition's "Mon, May 06, 2019 - Page 3" */
		} else if (started && p->nw - i <= 4 &&
		    word_in(p, p->nw - 1, &counter_comment)) {
			break;		/* "June 20, 2019 admin 5 Comments" */
		} else if (started && p->nw - i <= 4 && reading_time(p)) {
			/* "January 24, 2019 10:46 PM 3 min read", and with
			 * an icon's name: "Sept. 25, 2019 timer6 min read" */
			break;
		} else {
			return 0;
		}
		started = 1;
	}
	return (month && (nums || year)) || (wday && (month || nums)) ||
	    (year && nums >= 2) || (nums >= 3 && slashed_date(p));
}

/* An author's name, up to three capitalised words, then a day with
 * its year: "Mei Ling Sato July 1, 2019". */
static int
dated_after_name(const struct pinfo *p)
{
	unsigned long v;
	int i;

	for (i = 0; i < p->nw; i++)
		if (word_number(p, i, &v) && p->w[i].len == 4)
			break;
	if (i == p->nw)
		return 0;	/* no year */
	for (i = 0; i < p->nw && i < 3 && p->w[i].cap1 &&
	    !word_in(p, i, &months) && !word_in(p, i, &weekdays); i++)
		;
	return i > 0 && i < p->nw && (word_in(p, i, &months) ||
	    word_number(p, i, &v)) && dateline_from(p, i);
}

/* Whether s (n bytes, from a separator on) goes on as a dateline
 * does: past the separator, a site's name or a time ("| TheTyee.ca",
 * "- Health Canada", "- 18:46"), not words ("- in Mesquite, Texas"). */
static int
site_after(const char *s, size_t n)
{
	size_t i = 0, words = 0;

	while (i < n && (s[i] == ' ' || s[i] == '|' || s[i] == '-' ||
	    (unsigned char)s[i] >= 0x80))
		i++;
	if (i < n && s[i] >= '0' && s[i] <= '9')
		return 1;
	if (i >= n || s[i] < 'A' || s[i] > 'Z')
		return 0;
	for (; i < n; i++)	/* a name of four words at most */
		words += s[i] == ' ' && i + 1 < n && s[i + 1] != ' ';
	return words < 4;
}

/* A date standing alone: "JUNE 2023", "Friday, January 4, 2019",
 * "MAYSVILLE, KENTUCKY, MONDAY, JUNE 5, 1916.", "2019-01-04"; or after a
 * byline, "Posted by admin on 28th March 2019". */
int
is_dateline(const struct pinfo *p)
{
	unsigned long v;
	struct pinfo head;
	size_t cut;
	int i;

	if (p->nw == 0 || p->nw > 24 || p->len > 120)
		return 0;
	if (word_is(p, 0, "by") || (p->nw > 1 && word_is(p, 1, "by") &&
	    (word_is(p, 0, "posted") || word_is(p, 0, "written") ||
	    word_is(p, 0, "translated") || word_is(p, 0, "reporting")))) {
		/* "... by admin on 28th March 2019", "By Helen Tsai Jan 04,
		 * 2019 10:18 PM": the date after the name */
		for (i = 2; i < p->nw && i < 8; i++)
			if (word_is(p, i, "on") || word_in(p, i, &months) ||
			    word_in(p, i, &weekdays))
				return dateline_from(p, i);
		/* "BY NAME - 02/23/19 07:45 AM EST" */
		for (i = 2; i < p->nw && i < 8 && slashed_date(p); i++)
			if (word_number(p, i, &v))
				return dateline_from(p, i);
		return 0;
	}
	if (dateline_from(p, 0))
		return 1;
	/* "Published 6 years ago on 30 Apr 2019": the page's age, then
	 * the day */
	if (p->nw >= 6 && (word_is(p, 0, "published") ||
	    word_is(p, 0, "posted") || word_is(p, 0, "updated")) &&
	    word_number(p, 1, &v) && word_is(p, 3, "ago"))
		return dateline_from(p, 4);
	/* "This content was published on October 16, 2019 - 01:46" */
	if (p->len <= 80 && p->last != '.')
		for (i = 1; i < p->nw && i <= 5 && !word_number(p, i, &v); i++)
			if (word_is(p, i, "published") || word_is(p, i, "updated")
			    || word_is(p, i, "posted"))
				return dateline_from(p, i);
	/* "Mei Ling Sato July 1, 2019" */
	if (p->nw <= 10 && dated_after_name(p))
		return 1;
	/* "Jasper Ng 8 Apr 2019 | TheTyee.ca", "Published : Aug 24, 2019
	 * - 18:46 facebook": a day with its year, then after a separator
	 * the site's name or a time and more */
	if ((cut = first_separator(p->raw, p->len)) < p->len && cut > 0 &&
	    site_after(p->raw + cut, p->len - cut)) {
		describe(p->raw, 0, cut, &head);
		return dateline_from(&head, 0) || dated_after_name(&head);
	}
	return 0;
}

/* Whether p before cut is a source's name (a few capitalised words, one
 * in lower case at most: "Name (Philstar.com)"), and p past the
 * separator (sep bytes at cut) a date. */
static int
source_then_date(const struct pinfo *p, size_t cut, size_t sep)
{
	struct pinfo q;
	int k, lowers;

	describe(p->raw, 0, cut, &q);
	for (k = 0, lowers = 0; k < q.nw; k++)
		lowers += !q.w[k].cap1;
	if (q.nw < 1 || q.nw > 5 || !q.w[0].cap1 || lowers > 1)
		return 0;
	describe(p->raw, cut + sep, p->len, &q);
	return q.nw >= 3 && is_dateline(&q);
}

/*
 * A source's name, then its date: after the first dash ("Name
 * (Philstar.com) - January 16, 2019 - 3:03pm"), the last ("- Associated
 * Press - Saturday, August 24, 2019"), or one or two names and commas
 * ("IANS, Beijing, AUG 08 2019, 11:43 IST").
 */
static int
dateline_after_source(const struct pinfo *p)
{
	size_t at, last = 0, commas = 0;

	for (at = 0; at + 3 <= p->len; at++)
		if (memcmp(p->raw + at, " - ", 3) == 0) {
			if (last == 0 && source_then_date(p, at, 3))
				return 1;
			last = at + 3;
		}
	if (last > 0 && source_then_date(p, last - 3, 3))
		return 1;
	for (at = 0; at + 2 <= p->len && commas < 2; at++) {
		if (p->raw[at] != ',' || p->raw[at + 1] != ' ')
			continue;
		commas++;
		if (source_then_date(p, at, 2))
			return 1;
	}
	return 0;
}

/* "Jan. 4, 2019 10:32 AM | By Jane Smith", "Politics · June 5, 2023":
 * a dateline as one of a few items. */
int
is_dateline_item(const struct pinfo *p)
{
	size_t from[ITEMS_MAX], to[ITEMS_MAX];
	struct pinfo q;
	int n, i;

	if (!p->short_ || p->len > 160 || p->nw < 3)
		return 0;
	if (!p->may_split)
		return dateline_after_source(p);
	n = split_items(p->raw, 0, p->len, from, to);
	if (n < 2 || n > 4)
		return dateline_after_source(p);
	for (i = 0; i < n; i++) {
		describe(p->raw, from[i], to[i], &q);
		if (is_dateline(&q))
			return 1;
	}
	return 0;
}

/*
 * "Updated at 11:02 pm", "Published 18:22 GMT": the time of an update
 * without its day.  Not a dateline (the article's date is not in it), not
 * a headline: page furniture.
 */
int
is_update_time(const struct pinfo *p)
{
	unsigned long v;
	int i, nums = 0;

	if (p->nw < 3 || p->nw > 7 || !word_in(p, 0, &date_leads))
		return 0;
	for (i = 1; i < p->nw; i++) {
		if (word_number(p, i, &v) && p->w[i].len <= 2)
			nums++;
		else if (!word_in(p, i, &date_fillers))
			return 0;
	}
	return nums >= 2;
}

/* "5 hours ago", "6h ago", "Updated 14 minutes ago", "Just now". */
int
is_relative_time(const struct pinfo *p)
{
	unsigned long v;
	int i;

	if (p->nw == 2 && word_is(p, 0, "just") && word_is(p, 1, "now"))
		return 1;
	/* and a reading time, "5 mins to read" */
	if (p->nw < 3 || p->nw > 6 || (!word_is(p, p->nw - 1, "ago") &&
	    (p->nw > 4 || !word_is(p, p->nw - 1, "read"))))
		return 0;
	for (i = 0; i < p->nw - 1; i++)
		if (word_number(p, i, &v) || word_is(p, i, "a") ||
		    word_is(p, i, "an"))
			return 1;	/* "5 hours ago", "An hour ago" */
	return 0;
}
