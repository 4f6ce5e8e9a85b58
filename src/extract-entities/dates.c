#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "letters.h"

/*
 * An expression is first cut into tokens (numbers, lower-cased words,
 * separators); the readers below then walk the tokens.  Anything the
 * tokens cannot say (a "31" that is not a day) is DATE_INVALID.
 */
enum { T_NUM, T_WORD, T_SEP };

struct tok {
	int	 kind;
	long	 val;		/* T_NUM; T_SEP: the separator byte */
	int	 ndig;		/* T_NUM: digits written */
	int	 ordinal;	/* T_NUM with st/nd/rd/th */
	char	 w[16];		/* T_WORD, lower case, cut at 15 bytes */
};

#define MAXTOK 24

struct toks {
	struct tok	v[MAXTOK];
	int		n;
};

static const char *const month_names[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};
/* French names, for pages of a bilingual site ("Publié le 8 juillet
 * 2019"), in UTF-8 as tokenise keeps them */
static const char *const month_names_fr[] = {
	"janvier", "f\303\251vrier", "mars", "avril", "mai", "juin", "juillet",
	"ao\303\273t", "septembre", "octobre", "novembre", "d\303\251cembre"
};
static const char *const weekday_names[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday"
};

/* H. Hinnant's days_from_civil. */
long
date_to_days(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
date_from_days(long z, struct ymd *out)
{
	long era, doe, yoe, doy, mp, y;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	out->d = (int)(doy - (153 * mp + 2) / 5 + 1);
	out->m = (int)(mp < 10 ? mp + 3 : mp - 9);
	out->y = (int)(y + (out->m <= 2));
}

int
date_weekday(int y, int m, int d)
{
	long z = date_to_days(y, m, d);

	/* 1970-01-01 was a Thursday (3) */
	return (int)(((z % 7) + 7 + 3) % 7);
}

int
date_parse_iso(const char *s, struct ymd *out)
{
	int i;

	for (i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-')
				return -1;
		} else if (s[i] < '0' || s[i] > '9')
			return -1;
	}
	if (s[10] != '\0')
		return -1;
	out->y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	out->m = (s[5] - '0') * 10 + (s[6] - '0');
	out->d = (s[8] - '0') * 10 + (s[9] - '0');
	return date_valid(out->y, out->m, out->d) ? 0 : -1;
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* Returns -1 when the expression has more tokens than any date needs. */
static int
tokenise(const char *s, size_t n, struct toks *t)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	struct tok *k;
	int len;

	t->n = 0;
	while (p < end) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			p++;
			continue;
		}
		if (t->n == MAXTOK)
			return -1;
		k = &t->v[t->n++];
		memset(k, 0, sizeof *k);
		if (is_digit(*p)) {
			k->kind = T_NUM;
			for (; p < end && is_digit(*p); p++, k->ndig++)
				if (k->val < 100000)
					k->val = k->val * 10 + (*p - '0');
			if (end - p >= 2 && ascii_is_letter(p[0]) && ascii_is_letter(p[1]) &&
			    (end - p == 2 || !ascii_is_letter(p[2]))) {
				char a = (char)(p[0] | 0x20), b = (char)(p[1] | 0x20);
				if ((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
				    (a == 'r' && b == 'd') || (a == 't' && b == 'h') ||
				    (a == 'e' && b == 'r' && k->val == 1)) {	/* 1er */
					k->ordinal = 1;
					p += 2;
				}
			}
		} else if (ascii_is_letter(*p)) {
			k->kind = T_WORD;
			/* (a Latin-1 letter in UTF-8, 0xc3 and one more
			 * byte, kept as it is: "février") */
			for (len = 0; p < end; p++) {
				if (*p == 0xc3 && end - p >= 2 && p[1] >= 0x80 &&
				    p[1] < 0xc0) {
					if (len < 14) {
						k->w[len++] = (char)p[0];
						k->w[len++] = (char)p[1];
					}
					p++;
				} else if (!ascii_is_letter(*p))
					break;
				else if (len < 15)
					k->w[len++] = (char)(*p | 0x20);
			}
			if (p < end && *p == '.')	/* "Jan.", "Sept." */
				p++;
		} else if (end - p >= 3 && p[0] == 0xe2 && p[1] == 0x80 &&
		    (p[2] == 0x93 || p[2] == 0x94)) {
			k->kind = T_SEP;	/* en or em dash */
			k->val = '-';
			p += 3;
		} else {
			k->kind = T_SEP;
			k->val = *p++;
			/* commas and full stops in a row are one comma:
			 * OCR's "June 3,, 1916", "June 11, .1916" */
			if ((k->val == ',' || k->val == '.') && t->n >= 2 &&
			    t->v[t->n - 2].kind == T_SEP &&
			    (t->v[t->n - 2].val == ',' || t->v[t->n - 2].val == '.')) {
				t->n--;
				t->v[t->n - 1].val = ',';
			}
		}
	}
	return 0;
}

static int
is_word(const struct toks *t, int i, const char *w)
{
	return i < t->n && t->v[i].kind == T_WORD && strcmp(t->v[i].w, w) == 0;
}

static int
is_sep(const struct toks *t, int i, int c)
{
	return i < t->n && t->v[i].kind == T_SEP && t->v[i].val == c;
}

/* 1..12 for a month name or its abbreviation ("sept", "jun"), or a
 * French month name, else 0. */
static int
month_of(const struct toks *t, int i)
{
	const char *w;
	size_t len;
	int m;

	if (i >= t->n || t->v[i].kind != T_WORD)
		return 0;
	w = t->v[i].w;
	len = strlen(w);
	if (len < 3)
		return 0;
	for (m = 0; m < 12; m++) {
		if (strcmp(w, month_names[m]) == 0 ||
		    strcmp(w, month_names_fr[m]) == 0)
			return m + 1;
		if (len == 3 && strncmp(w, month_names[m], 3) == 0 && m != 4)
			return m + 1;
	}
	return strcmp(w, "sept") == 0 ? 9 : 0;
}

/* 0..6 for a weekday name or abbreviation, else -1. */
static int
weekday_of(const struct toks *t, int i)
{
	static const char *const abbr[] = { "mon", "tue", "wed", "thu", "fri",
	    "sat", "sun", "tues", "thur", "thurs", "weds" };
	static const int abbr_day[] = { 0, 1, 2, 3, 4, 5, 6, 1, 3, 3, 2 };
	size_t k;
	int d;

	if (i >= t->n || t->v[i].kind != T_WORD)
		return -1;
	for (d = 0; d < 7; d++)
		if (strcmp(t->v[i].w, weekday_names[d]) == 0)
			return d;
	for (k = 0; k < sizeof abbr / sizeof *abbr; k++)
		if (strcmp(t->v[i].w, abbr[k]) == 0)
			return abbr_day[k];
	return -1;
}

static int
is_year(const struct toks *t, int i)
{
	return i < t->n && t->v[i].kind == T_NUM && t->v[i].ndig == 4 &&
	    !t->v[i].ordinal;
}

static int
is_day(const struct toks *t, int i)
{
	return i < t->n && t->v[i].kind == T_NUM && t->v[i].ndig <= 2 &&
	    t->v[i].val >= 1 && t->v[i].val <= 31;
}

static int
is_num(const struct toks *t, int i, int maxdig)
{
	return i < t->n && t->v[i].kind == T_NUM && t->v[i].ndig <= maxdig &&
	    !t->v[i].ordinal;
}

/*
 * Reads one absolute date at *i: numeric forms, "March 31, 2023",
 * "31 March 2023", "the 4th of July", "June 2023", "2019", or a bare day
 * (only meaningful as the first half of a range).  Returns 0 and advances
 * *i, or -1.
 */
static int
read_absolute(const struct toks *t, int *i, struct ymd *r)
{
	int k = *i, m;

	r->y = r->m = r->d = 0;
	if (weekday_of(t, k) >= 0) {
		k++;
		if (is_sep(t, k, ','))
			k++;
	}
	if (is_word(t, k, "the"))
		k++;
	/* 2023-03-31 */
	if (is_year(t, k) && is_sep(t, k + 1, '-') && is_num(t, k + 2, 2) &&
	    is_sep(t, k + 3, '-') && is_num(t, k + 4, 2)) {
		r->y = (int)t->v[k].val;
		r->m = (int)t->v[k + 2].val;
		r->d = (int)t->v[k + 4].val;
		*i = k + 5;
		return 0;
	}
	/* 2023-06 (ISO year and month; "2019-2021" is a range instead) */
	if (is_year(t, k) && is_sep(t, k + 1, '-') && is_num(t, k + 2, 2) &&
	    t->v[k + 2].ndig == 2 && !is_sep(t, k + 3, '-')) {
		r->y = (int)t->v[k].val;
		r->m = (int)t->v[k + 2].val;
		*i = k + 3;
		return 0;
	}
	/* 2019/2/11, 2019.03.15: the year first, then month and day */
	if (is_year(t, k) && (is_sep(t, k + 1, '/') || is_sep(t, k + 1, '.')) &&
	    is_num(t, k + 2, 2) && is_sep(t, k + 3, t->v[k + 1].val) &&
	    is_num(t, k + 4, 2)) {
		r->y = (int)t->v[k].val;
		r->m = (int)t->v[k + 2].val;
		r->d = (int)t->v[k + 4].val;
		*i = k + 5;
		return 0;
	}
	/* 31.03.2023, 31/03/2023, 03/31/2023, 3.17.2019, 01/04/19, 22-08-2019 */
	if (is_num(t, k, 2) && (is_sep(t, k + 1, '.') || is_sep(t, k + 1, '/') ||
	    is_sep(t, k + 1, '-'))
	    && is_num(t, k + 2, 2) && is_sep(t, k + 3, t->v[k + 1].val) &&
	    (is_year(t, k + 4) || ((t->v[k + 1].val == '/' ||
	    t->v[k + 1].val == '.') && is_num(t, k + 4, 2) &&
	    t->v[k + 4].ndig == 2))) {
		long a = t->v[k].val, b = t->v[k + 2].val;

		r->y = (int)t->v[k + 4].val;
		if (t->v[k + 4].ndig == 2)	/* 69-99: 1969-1999, as strptime */
			r->y += r->y >= 69 ? 1900 : 2000;
		/* dots are day-first, a slash month-first, unless it
		 * cannot be */
		if ((t->v[k + 1].val == '/' && a <= 12) || (a <= 12 && b > 12)) {
			r->m = (int)a;
			r->d = (int)b;
		} else {
			r->d = (int)a;
			r->m = (int)b;
		}
		*i = k + 5;
		return 0;
	}
	/* March [31[st]] [,] [2023], Jan.23.2019, Jan - 27 - 2019,
	 * January, 12/2019 */
	if ((m = month_of(t, k)) > 0) {
		r->m = m;
		k++;
		/* (the word took the first full stop, "Jan.") */
		if (is_day(t, k) && is_sep(t, k + 1, '.') && is_year(t, k + 2)) {
			r->d = (int)t->v[k].val;
			r->y = (int)t->v[k + 2].val;
			*i = k + 3;
			return 0;
		}
		/* "Jan - 27 - 2019", "January, 12/2019" */
		if (((is_sep(t, k, '-') && is_sep(t, k + 2, '-')) ||
		    (is_sep(t, k, ',') && is_sep(t, k + 2, '/'))) &&
		    is_day(t, k + 1) && is_year(t, k + 3)) {
			r->d = (int)t->v[k + 1].val;
			r->y = (int)t->v[k + 3].val;
			*i = k + 4;
			return 0;
		}
		if (is_day(t, k) && !is_year(t, k)) {
			r->d = (int)t->v[k].val;
			k++;
		}
		if (is_sep(t, k, ',') && is_year(t, k + 1))
			k++;
		if (is_year(t, k))
			r->y = (int)t->v[k++].val;
		*i = k;
		return 0;
	}
	/* 31[st] [of] March [,] [2023], or a bare day */
	if (is_day(t, k)) {
		r->d = (int)t->v[k].val;
		k++;
		/* "the 4th of July", "11. Feb 2019", "07-Jan-2019",
		 * "05/Jan/2019" */
		if ((is_word(t, k, "of") || is_sep(t, k, '.') ||
		    is_sep(t, k, '-') || is_sep(t, k, '/')) &&
		    month_of(t, k + 1))
			k++;
		if ((m = month_of(t, k)) > 0) {
			r->m = m;
			k++;
			if ((is_sep(t, k, ',') || is_sep(t, k, '-') ||
			    is_sep(t, k, '/')) && is_year(t, k + 1))
				k++;
			if (is_year(t, k))
				r->y = (int)t->v[k++].val;
			else if (is_sep(t, k, '\'') && is_num(t, k + 1, 2) &&
			    t->v[k + 1].ndig == 2) {
				/* "18 May.'19": 2019 */
				r->y = 2000 + (int)t->v[k + 1].val;
				k += 2;
			}
		} else if (is_sep(t, k, ',') && is_year(t, k + 1)) {
			r->y = (int)t->v[k + 1].val;	/* "March 27-31, 2023" */
			k += 2;
		}
		*i = k;
		return 0;
	}
	if (is_year(t, k)) {
		r->y = (int)t->v[k].val;
		*i = k + 1;
		/* "2019-Jan-04" */
		if (is_sep(t, k + 1, '-') && (m = month_of(t, k + 2)) > 0 &&
		    is_sep(t, k + 3, '-') && is_day(t, k + 4)) {
			r->m = m;
			r->d = (int)t->v[k + 4].val;
			*i = k + 5;
		}
		return 0;
	}
	return -1;
}

static int
days_in_month(int y, int m)
{
	int d = 31;

	while (d > 28 && !date_valid(y ? y : 2000, m, d))
		d--;
	return d;
}

/* Checks what r says; 0 when it could be a real date. */
static int
check(const struct ymd *r)
{
	if (r->y && (r->y < 1000 || r->y > 2999))
		return -1;
	if (r->m && (r->m < 1 || r->m > 12))
		return -1;
	if (r->d && (!r->m || r->d > days_in_month(r->y, r->m)))
		return -1;
	return 0;
}

static void
put(char *out, size_t outsz, const struct ymd *r)
{
	if (r->y == 0 && r->d)
		snprintf(out, outsz, "XXXX-%02d-%02d", r->m, r->d);
	else if (r->y == 0)
		snprintf(out, outsz, "XXXX-%02d", r->m);
	else if (r->d)
		snprintf(out, outsz, "%04d-%02d-%02d", r->y, r->m, r->d);
	else if (r->m)
		snprintf(out, outsz, "%04d-%02d", r->y, r->m);
	else
		snprintf(out, outsz, "%04d", r->y);
}

static void
put_days(char *out, size_t outsz, long days)
{
	struct ymd r;

	date_from_days(days, &r);
	put(out, outsz, &r);
}

static void
put_range(char *out, size_t outsz, long from, long to)
{
	size_t len;

	put_days(out, outsz, from);
	len = strlen(out);
	if (len + 1 < outsz) {
		out[len] = '/';
		put_days(out + len + 1, outsz - len - 1, to);
	}
}

static long
small_number(const struct toks *t, int i)
{
	static const char *const words[] = { "zero", "one", "two", "three",
	    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	    "twelve" };
	size_t k;

	if (is_num(t, i, 4))
		return t->v[i].val;
	if (is_word(t, i, "a") || is_word(t, i, "an"))
		return 1;
	for (k = 0; k < sizeof words / sizeof *words; k++)
		if (is_word(t, i, words[k]))
			return (long)k;
	return -1;
}

static void
add_months(int *y, int *m, int delta)
{
	int z = *y * 12 + (*m - 1) + delta;

	*y = z / 12;
	*m = z % 12 + 1;
}

/*
 * Relative expressions.  Returns DATE_NORMALISED or DATE_UNRESOLVED when
 * t is one, -2 when it is not.
 */
static int
relative(const struct toks *t, const struct ymd *a, char *out, size_t outsz)
{
	static const char *const parts[] = { "morning", "afternoon", "evening",
	    "night" };
	int k = 0, n = t->n, wd, wa = 0, y, m;
	long ad = 0, num;
	enum { REL_NONE, REL_LAST, REL_NEXT, REL_THIS } rel = REL_NONE;
	size_t p;

	/* trailing "morning", "night" and a full stop do not change the day */
	while (n > 0 && t->v[n - 1].kind == T_SEP && t->v[n - 1].val == '.')
		n--;
	for (p = 0; p < sizeof parts / sizeof *parts; p++)
		if (n > 1 && is_word(t, n - 1, parts[p]))
			n--;
	if (a) {
		ad = date_to_days(a->y, a->m, a->d);
		wa = date_weekday(a->y, a->m, a->d);
	}
	if (n == 1 && (is_word(t, 0, "today") || is_word(t, 0, "tonight") ||
	    is_word(t, 0, "yesterday") || is_word(t, 0, "tomorrow"))) {
		if (!a)
			return DATE_UNRESOLVED;
		if (is_word(t, 0, "yesterday"))
			ad--;
		else if (is_word(t, 0, "tomorrow"))
			ad++;
		put_days(out, outsz, ad);
		return DATE_NORMALISED;
	}
	/* "N days ago" */
	if (n == 3 && is_word(t, 2, "ago") && (num = small_number(t, 0)) >= 0) {
		const char *u = t->v[1].w;

		if (t->v[1].kind != T_WORD)
			return -2;
		if (!a)
			return DATE_UNRESOLVED;
		y = a->y;
		m = a->m;
		if (strncmp(u, "day", 3) == 0)
			put_days(out, outsz, ad - num);
		else if (strncmp(u, "week", 4) == 0)
			put_days(out, outsz, ad - 7 * num);
		else if (strncmp(u, "month", 5) == 0) {
			add_months(&y, &m, -(int)num);
			snprintf(out, outsz, "%04d-%02d", y, m);
		} else if (strncmp(u, "year", 4) == 0)
			snprintf(out, outsz, "%04d", y - (int)num);
		else
			return -2;
		return DATE_NORMALISED;
	}
	while (is_word(t, k, "early") || is_word(t, k, "mid") ||
	    is_word(t, k, "late") || is_sep(t, k, '-'))
		k++;
	if (is_word(t, k, "on") || is_word(t, k, "the"))
		k++;
	else if (is_word(t, k, "last") || is_word(t, k, "past") ||
	    is_word(t, k, "previous") || (is_word(t, k, "this") &&
	    is_word(t, k + 1, "past"))) {
		k += is_word(t, k, "this");
		rel = REL_LAST;
		k++;
	} else if (is_word(t, k, "next") || is_word(t, k, "coming")) {
		rel = REL_NEXT;
		k++;
	} else if (is_word(t, k, "this") || ((is_word(t, k, "earlier") ||
	    is_word(t, k, "later")) && is_word(t, k + 1, "this"))) {
		rel = REL_THIS;
		k += is_word(t, k, "this") ? 1 : 2;
	}
	if (rel == REL_LAST && is_word(t, k, "past"))
		k++;			/* "this past weekend" */
	if (k + 1 != n)
		return -2;
	if (rel != REL_NONE && (m = month_of(t, k)) > 0) {
		/* "last October": the latest October before this month;
		 * "next March" the first after; "this June" this year's */
		if (!a)
			return DATE_UNRESOLVED;
		y = a->y;
		if (rel == REL_LAST && m >= a->m)
			y--;
		else if (rel == REL_NEXT && m <= a->m)
			y++;
		snprintf(out, outsz, "%04d-%02d", y, m);
		return DATE_NORMALISED;
	}
	if (is_word(t, k, "weekend")) {
		long sat = ad - wa + 5;		/* Saturday of this week */

		if (!a)
			return DATE_UNRESOLVED;
		if (rel == REL_LAST || (rel == REL_NONE && wa < 5))
			sat -= 7;	/* "the weekend" before a weekday */
		else if (rel == REL_NEXT)
			sat += 7;
		put_range(out, outsz, sat, sat + 1);
		return DATE_NORMALISED;
	}
	if ((wd = weekday_of(t, k)) >= 0) {
		long back = (wa - wd + 7) % 7, fwd = (wd - wa + 7) % 7;

		if (!a)
			return DATE_UNRESOLVED;
		if (rel == REL_LAST)
			put_days(out, outsz, ad - (back ? back : 7));
		else if (rel == REL_NEXT)
			put_days(out, outsz, ad + (fwd ? fwd : 7));
		else if (rel == REL_THIS)
			put_days(out, outsz, ad + fwd);
		else	/* news tell what happened: the latest such day */
			put_days(out, outsz, ad - back);
		return DATE_NORMALISED;
	}
	if (rel == REL_NONE)
		return -2;
	if (is_word(t, k, "week")) {
		long monday = ad - wa;

		if (!a)
			return DATE_UNRESOLVED;
		if (rel == REL_LAST)
			put_range(out, outsz, monday - 7, monday - 1);
		else if (rel == REL_NEXT)
			put_range(out, outsz, monday + 7, monday + 13);
		else
			put_range(out, outsz, monday, monday + 6);
		return DATE_NORMALISED;
	}
	if (is_word(t, k, "month") || is_word(t, k, "year")) {
		int delta = rel == REL_LAST ? -1 : rel == REL_NEXT ? 1 : 0;

		if (!a)
			return DATE_UNRESOLVED;
		y = a->y;
		m = a->m;
		if (is_word(t, k, "month")) {
			add_months(&y, &m, delta);
			snprintf(out, outsz, "%04d-%02d", y, m);
		} else
			snprintf(out, outsz, "%04d", y + delta);
		return DATE_NORMALISED;
	}
	return -2;
}

/*
 * The year that puts a day or month without one nearest the article's
 * date: "December 22" in an article of January 7, 2019 is 2018-12-22.
 */
static int
nearest_year(const struct ymd *r, const struct ymd *anc)
{
	long ad = date_to_days(anc->y, anc->m, anc->d), best = 0, dist;
	int y, besty = anc->y, d;

	for (y = anc->y - 1; y <= anc->y + 1; y++) {
		d = r->d ? r->d : 15;
		if (!date_valid(y, r->m, d))
			d = 28;
		dist = labs(date_to_days(y, r->m, d) - ad);
		if (y == anc->y - 1 || dist < best) {
			best = dist;
			besty = y;
		}
	}
	return besty;
}

/*
 * "the 1980s", "early '70s" (taken as the 1900s): 1980/1989; "the 13th
 * century", "twenty-first century": 1200/1299, 2000/2099.  Returns -2
 * when t is neither.
 */
static int
decade_or_century(const struct toks *t, char *out, size_t outsz)
{
	static const char *const nth[] = { "first", "second", "third",
	    "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
	    "sixteenth", "seventeenth", "eighteenth", "nineteenth",
	    "twentieth" };
	int k = 0, c = 0, i;
	long y;

	while (is_word(t, k, "early") || is_word(t, k, "mid") ||
	    is_word(t, k, "late") || is_word(t, k, "the") || is_sep(t, k, '-'))
		k++;
	if (is_sep(t, k, '\'') && is_num(t, k + 1, 2) &&
	    t->v[k + 1].val % 10 == 0 && is_word(t, k + 2, "s") &&
	    k + 3 == t->n) {
		y = 1900 + t->v[k + 1].val;
		snprintf(out, outsz, "%04ld/%04ld", y, y + 9);
		return DATE_NORMALISED;
	}
	if (is_year(t, k) && t->v[k].val % 10 == 0 && is_word(t, k + 1, "s") &&
	    k + 2 == t->n) {
		y = t->v[k].val;
		snprintf(out, outsz, "%04ld/%04ld", y, y + 9);
		return DATE_NORMALISED;
	}
	if (k < t->n && t->v[k].kind == T_NUM && t->v[k].ordinal)
		c = (int)t->v[k].val;
	else if (is_word(t, k, "twenty") && is_sep(t, k + 1, '-') &&
	    is_word(t, k + 2, "first")) {
		c = 21;
		k += 2;
	} else
		for (i = 0; i < 20; i++)
			if (is_word(t, k, nth[i]))
				c = i + 1;
	if (c == 0)
		return -2;
	k++;
	if (is_sep(t, k, '-'))
		k++;
	if (!is_word(t, k, "century") || k + 1 != t->n)
		return -2;
	if (c > 30)
		return DATE_INVALID;
	snprintf(out, outsz, "%04d/%04d", (c - 1) * 100, (c - 1) * 100 + 99);
	return DATE_NORMALISED;
}

/* The quarter of "third quarter", "first-quarter" opening t, or 0. */
static int
ordinal_quarter(const struct toks *t)
{
	static const char *const nth[] = { "first", "second", "third",
	    "fourth" };
	int q;

	for (q = 0; q < 4; q++)
		if (is_word(t, 0, nth[q]))
			break;
	if (q == 4 || !is_word(t, 1 + is_sep(t, 1, '-'), "quarter"))
		return 0;
	return q + 1;
}

/*
 * A quarter of a year: "Q4 2018", "Q1/2019", "Q2 of 2019", "2018 Q4",
 * "the third quarter of 2023", "first-quarter 2024" are
 * its months as a range, 2018-10/2018-12; "Q4" alone takes the year that
 * puts it nearest the article's date (anc), as a month does, or none
 * (XXXX-10/XXXX-12).  Returns -2 when t is no quarter.
 */
static int
quarter(const struct toks *t, const struct ymd *anc, char *out, size_t outsz)
{
	struct ymd a = { 0, 0, 0 }, b;
	int k, q;
	size_t len;

	if ((q = ordinal_quarter(t)) > 0) {
		k = 2 + is_sep(t, 1, '-');
		if (is_word(t, k, "of") || is_sep(t, k, ','))
			k++;
		if (!is_year(t, k))
			return -2;
		a.y = (int)t->v[k++].val;
	} else if (is_word(t, 0, "q") && is_num(t, 1, 1)) {
		q = (int)t->v[1].val;
		k = 2;
		if (is_sep(t, k, ',') || is_sep(t, k, '/') || is_sep(t, k, '-') ||
		    is_word(t, k, "of"))
			k++;
		if (is_year(t, k))
			a.y = (int)t->v[k++].val;
		else if (k != 2)
			return -2;
	} else if (is_year(t, 0) && is_word(t, 1, "q") && is_num(t, 2, 1)) {
		a.y = (int)t->v[0].val;
		q = (int)t->v[2].val;
		k = 3;
	} else
		return -2;
	if (k != t->n || q < 1 || q > 4)
		return -2;
	a.m = 3 * q - 1;	/* the middle month, for the nearest year */
	if (a.y == 0 && anc)
		a.y = nearest_year(&a, anc);
	a.m = 3 * q - 2;
	b = a;
	b.m = 3 * q;
	put(out, outsz, &a);
	len = strlen(out);
	out[len++] = '/';
	put(out + len, outsz - len, &b);
	return DATE_NORMALISED;
}

static int
is_range_word(const struct toks *t, int i)
{
	return is_sep(t, i, '-') || is_word(t, i, "to") ||
	    is_word(t, i, "until") || is_word(t, i, "till") ||
	    is_word(t, i, "through") || is_word(t, i, "and");
}

int
date_normalise(const char *s, size_t n, const struct ymd *anchor,
    char *out, size_t outsz)
{
	struct toks t;
	struct ymd a, b, month;
	const struct ymd *anc = NULL, *year_only = NULL;
	int i = 0, rc, ranged = 0;
	size_t len;

	if (anchor && date_valid(anchor->y, anchor->m, anchor->d))
		anc = anchor;
	else if (anchor && anchor->d == 0 && date_valid(anchor->y, anchor->m,
	    15)) {
		month.y = anchor->y;	/* "JUNE 2023": years, not days */
		month.m = anchor->m;
		month.d = 15;
		year_only = &month;
	}
	if (outsz < 48 || tokenise(s, n, &t) < 0 || t.n == 0)
		return DATE_INVALID;
	if ((rc = relative(&t, anc, out, outsz)) != -2)
		return rc;

	if ((rc = decade_or_century(&t, out, outsz)) != -2)
		return rc;
	if ((rc = quarter(&t, anc ? anc : year_only, out, outsz)) != -2)
		return rc;
	while (is_word(&t, i, "on") || is_word(&t, i, "in") ||
	    is_word(&t, i, "from") || is_word(&t, i, "between") ||
	    is_word(&t, i, "since") || is_word(&t, i, "early") ||
	    is_word(&t, i, "mid") || is_word(&t, i, "late") ||
	    is_sep(&t, i, '-'))
		i++;
	if (read_absolute(&t, &i, &a) < 0)
		return DATE_INVALID;
	if (is_range_word(&t, i)) {
		i++;
		if (read_absolute(&t, &i, &b) < 0)
			return DATE_INVALID;
		ranged = 1;
	}
	while (i < t.n && t.v[i].kind == T_SEP &&
	    (t.v[i].val == ',' || t.v[i].val == '.'))
		i++;
	if (i != t.n)
		return DATE_INVALID;

	if (ranged) {
		/* "27-31 March 2023", "March 27 - April 2, 2023",
		 * "2019-21" is not read: b would be a day */
		int inherited_year = 0;

		if (a.m == 0 && a.d && b.m)
			a.m = b.m;
		if (b.m == 0 && b.d && a.m)
			b.m = a.m;
		if (a.y == 0 && b.y && a.m) {
			a.y = b.y;
			inherited_year = 1;
		}
		if (b.y == 0 && a.y && b.m)
			b.y = a.y;
		if ((a.d == 0) != (b.d == 0) || (a.m == 0) != (b.m == 0))
			return DATE_INVALID;
		if (inherited_year && a.d && date_valid(a.y, a.m, a.d) &&
		    date_valid(b.y, b.m, b.d) &&
		    date_to_days(a.y, a.m, a.d) > date_to_days(b.y, b.m, b.d))
			a.y--;	/* "December 30 - January 2, 2023" */
	}
	if (a.m == 0 && a.d)
		return DATE_INVALID;	/* a bare number */
	if (a.y == 0 && (anc || year_only)) {
		a.y = nearest_year(&a, anc ? anc : year_only);
		if (ranged && b.y == 0)
			b.y = a.y + (b.m < a.m);
	}
	if (check(&a) < 0 || (ranged && check(&b) < 0))
		return DATE_INVALID;
	put(out, outsz, &a);
	if (ranged) {
		len = strlen(out);
		out[len++] = '/';
		put(out + len, outsz - len, &b);
	}
	return DATE_NORMALISED;
}

/*
 * "2024-05-12t15:30", lowered, with what may follow (seconds, a zone:
 * "2024-05-12T15:30:00Z"): ISO 8601's date and time, written as the
 * other times by their day are, to the minute (the zone, as theirs, left
 * out).
 */
static int
iso_date_time(const char *c, char *out, size_t outsz)
{
	char day[11];
	struct ymd d;
	int h, mi;

	memcpy(day, c, 10);
	day[10] = '\0';
	if (date_parse_iso(day, &d) < 0 || c[10] != 't' || !is_digit(c[11]) ||
	    !is_digit(c[12]) || c[13] != ':' || !is_digit(c[14]) ||
	    !is_digit(c[15]) || outsz < 17)
		return -1;
	h = (c[11] - '0') * 10 + (c[12] - '0');
	mi = (c[14] - '0') * 10 + (c[15] - '0');
	if (h > 23 || mi > 59)
		return -1;
	snprintf(out, outsz, "%.10sT%02d:%02d", day, h, mi);
	return 0;
}

int
time_normalise(const char *s, size_t n, char *out, size_t outsz)
{
	char c[32];
	size_t i, k = 0;
	int h = 0, m = 0, hd = 0, md = 0;

	for (i = 0; i < n && k < sizeof c - 1; i++) {
		unsigned char ch = (unsigned char)s[i];

		if (ch == ' ' || ch == '.')
			continue;
		c[k++] = (char)(ascii_is_letter(ch) ? ch | 0x20 : ch);
	}
	c[k] = '\0';
	if (outsz < 6)
		return -1;
	if (strcmp(c, "noon") == 0 || strcmp(c, "midday") == 0) {
		snprintf(out, outsz, "12:00");
		return 0;
	}
	if (strcmp(c, "midnight") == 0) {
		snprintf(out, outsz, "00:00");
		return 0;
	}
	if (k >= 16 && c[10] == 't')
		return iso_date_time(c, out, outsz);
	for (i = 0; is_digit(c[i]) && hd < 3; i++, hd++)
		h = h * 10 + (c[i] - '0');
	if (hd == 0 || hd > 2)
		return -1;
	if (c[i] == ':' || (c[i] == 'h' && is_digit(c[i + 1]))) {
		for (i++; is_digit(c[i]) && md < 3; i++, md++)
			m = m * 10 + (c[i] - '0');
		if (md != 2)
			return -1;
	}
	if (strncmp(c + i, "am", 2) == 0 || strncmp(c + i, "pm", 2) == 0) {
		if (h < 1 || h > 12)
			return -1;
		if (c[i] == 'a')
			h = h == 12 ? 0 : h;
		else
			h = h == 12 ? 12 : h + 12;
	} else if (md == 0)
		return -1;	/* a bare number is no time */
	if (h > 23 || m > 59)
		return -1;
	snprintf(out, outsz, "%02d:%02d", h, m);
	return 0;
}
