/*
 * fulldate.c - the first whole date (day, month and year) in a line of
 * text, wherever it stands in the line: the article's date when no line
 * under its headline looks like a dateline (see article_date).  Sites
 * print their dates in ever new company ("Published 1:47 p.m. ChT Jan.
 * 16, 2019 | Updated ...", "Mei Ling Sato July 1, 2019", "NEW YORK, Jan.
 * 04, 2019 (GLOBE NEWSWIRE) --"), so this looks for the date alone and
 * lets the rest of the line be anything.
 */
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "segment.h"
#include "wordset.h"

enum { FD_WORD, FD_NUM };

struct fd_tok {
	size_t	 start, end;	/* bytes of the token, its full stop or */
	int	 kind;		/* ordinal suffix included */
	int	 len;		/* digits of a number */
	long	 val;		/* a number's value; a word's 1 if a month */
	char	 sep;		/* what comes before it: ' ', or one of ,.-/ */
};

#define FD_MAX	64	/* tokens looked at, from the start of the line */

/* French month names, accents in UTF-8 ("8 juillet 2019": a bilingual
 * site's date line). */
static const char *const french_month_words[] = { "janvier",
    "f\303\251vrier", "mars", "avril", "mai", "juin", "juillet",
    "ao\303\273t", "septembre", "octobre", "novembre", "d\303\251cembre",
    NULL };
static struct wordset french_months = WORDSET(french_month_words);

/* Whether s (n bytes) names a month, in English (is_month_name: "june",
 * "jun", "sept") or in French, in any case. */
static int
fd_month(const char *s, size_t n)
{
	char w[12];
	size_t i;

	if (n < 3 || n >= sizeof w)
		return 0;
	for (i = 0; i < n; i++)
		w[i] = is_ascii_letter(s[i]) ? (char)(s[i] | 0x20) : s[i];
	return is_month_name(w, n) || wordset_has(&french_months, w, n);
}

/* Splits s into words and numbers, noting the one separator before
 * each (white space counts for nothing beside another); returns how
 * many, at most FD_MAX. */
static int
fd_tokens(const char *s, size_t n, struct fd_tok *t)
{
	size_t i = 0, j;
	int nt = 0;
	char sep = ' ';

	while (i < n && nt < FD_MAX) {
		if (s[i] == ',' || s[i] == '.' || s[i] == '-' || s[i] == '/') {
			sep = s[i] == '.' && sep != ' ' ? sep : s[i];
			i++;
			continue;
		}
		if (!is_ascii_letter(s[i]) && !is_digit(s[i])) {
			if (s[i] != ' ')
				sep = '?';	/* "|", "(", a letter beyond ASCII */
			i++;
			continue;
		}
		t[nt].start = i;
		t[nt].sep = sep;
		t[nt].val = 0;
		if (is_digit(s[i])) {
			t[nt].kind = FD_NUM;
			for (j = i; j < n && is_digit(s[j]); j++)
				if (j - i < 6)
					t[nt].val = t[nt].val * 10 + (s[j] - '0');
			t[nt].len = (int)(j - i);
			/* "4th", "21st", French "1er": the suffix is the
			 * number's */
			if (j + 2 <= n && is_ascii_letter(s[j]) && is_ascii_letter(s[j + 1]) &&
			    (j + 2 == n || !is_ascii_letter(s[j + 2])) &&
			    (strchr("snrtSNRT", s[j]) != NULL ||
			    (s[j] == 'e' && s[j + 1] == 'r' && t[nt].val == 1)))
				j += 2;
		} else {
			t[nt].kind = FD_WORD;
			for (j = i; j < n; j++)
				if ((unsigned char)s[j] == 0xc3 && j + 1 < n &&
				    (unsigned char)s[j + 1] >= 0x80 &&
				    (unsigned char)s[j + 1] < 0xc0)
					j++;	/* a Latin-1 letter: "é" */
				else if (!is_ascii_letter(s[j]))
					break;
			t[nt].val = fd_month(s + i, j - i);
			t[nt].len = (int)(j - i);
			if (t[nt].val && j < n && s[j] == '.' && !(j + 1 < n &&
			    (is_ascii_letter(s[j + 1]) || is_digit(s[j + 1]))))
				j++;	/* "Jan.", but "04.Jan.2019" */
		}
		/* glued to more: "Jan04", "10am", "5G" are no part of a date;
		 * but a year may run into the next word, as a page's
		 * elements do in its text ("Feb 11, 2019Updated 8 hrs ago"),
		 * and an ISO date into its time */
		if (j < n && (is_ascii_letter(s[j]) || is_digit(s[j])) &&
		    !(s[j] == 'T' && j + 1 < n && is_digit(s[j + 1])) &&
		    !(t[nt].kind == FD_NUM && t[nt].len == 4 &&
		    s[j] >= 'A' && s[j] <= 'Z'))
			t[nt].val = t[nt].kind == FD_WORD ? 0 : -1;
		t[nt].end = j;
		sep = ' ';
		i = j;
		nt++;
	}
	return nt;
}

static int
is_day(const struct fd_tok *k)
{
	return k->kind == FD_NUM && k->len <= 2 && k->val >= 1 && k->val <= 31;
}

static int
is_month_num(const struct fd_tok *k)
{
	return k->kind == FD_NUM && k->len <= 2 && k->val >= 1 && k->val <= 12;
}

static int
is_year(const struct fd_tok *k)
{
	return k->kind == FD_NUM && k->len == 4 && k->val >= 1800 &&
	    k->val <= 2099;
}

static int
is_month(const struct fd_tok *k)
{
	return k->kind == FD_WORD && k->val > 0;
}

/* Whether a separator may stand between the parts of a written date. */
static int
loose_sep(char c)
{
	return c == ' ' || c == ',' || c == '.' || c == '-';
}

/* How many tokens from t[i] on make a whole date, or 0. */
static int
date_at(const char *s, const struct fd_tok *t, int nt, int i)
{
	const struct fd_tok *a = &t[i], *b = i + 1 < nt ? &t[i + 1] : NULL,
	    *c = i + 2 < nt ? &t[i + 2] : NULL;
	int k;

	if (b == NULL || c == NULL)
		return 0;
	/* "Jan. 16, 2019", "January 4th 2019", "Jan-04-2019" */
	if (is_month(a) && is_day(b) && is_year(c) && loose_sep(b->sep) &&
	    loose_sep(c->sep))
		return 3;
	/* "4 January 2019", "04-Jan-2019", "4. Jan 2019", "4th of
	 * January, 2019" */
	k = is_day(a) && b->kind == FD_WORD && b->len == 2 &&
	    strncasecmp(s + b->start, "of", 2) == 0;	/* "4th of July" */
	if (is_day(a) && is_month(&t[i + 1 + k]) && i + 2 + k < nt &&
	    is_year(&t[i + 2 + k]) && loose_sep(t[i + 1 + k].sep) &&
	    loose_sep(t[i + 2 + k].sep))
		return 3 + k;
	/* "2019-01-04", "2019/1/4", "2019.01.04", "2019-Jan-04" */
	if (is_year(a) && (is_month_num(b) || is_month(b)) && is_day(c) &&
	    b->sep != ' ' && b->sep != '?' && c->sep == b->sep)
		return 3;
	/* "04/01/2019", "04.01.2019", "4-1-2019"; opening a line, with two
	 * digits for the year too: "03.28.19 in Personal Computing",
	 * "01/24/19 08:35 AM" */
	if (is_day(a) && is_day(b) && (is_year(c) || (i == 0 && a->len == 2 &&
	    b->len == 2 && c->kind == FD_NUM && c->len == 2 &&
	    (b->sep == '.' || b->sep == '/'))) && b->sep != ' ' &&
	    b->sep != ',' && b->sep != '?' && c->sep == b->sep &&
	    (is_month_num(a) || is_month_num(b)))
		return 3;
	return 0;
}

/*
 * The word that leads the date at t[i], the nearest of a few among the
 * six tokens before it: LEAD_UPDATE for "Updated", "Modified" or
 * "Correction" ("Updated 2:15 p.m. ChT Jan. 16, 2019"), LEAD_PUBLISHED
 * for "Published" or "Posted", LEAD_OTHER for words that date something
 * else than the article ("Entered as second-class matter May 12, 1910",
 * "the Act of March 3, 1879", "Established", "Schedule in effect",
 * "born"), else LEAD_NONE.
 */
enum { LEAD_NONE, LEAD_PUBLISHED, LEAD_UPDATE, LEAD_OTHER };

static int
lead_of(const struct fd_tok *t, const char *s, int i)
{
	static const struct {
		const char	*word;
		int		 lead;
	} leads[] = {
		{ "updated", LEAD_UPDATE }, { "modified", LEAD_UPDATE },
		{ "correction", LEAD_UPDATE }, { "corrected", LEAD_UPDATE },
		{ "published", LEAD_PUBLISHED }, { "posted", LEAD_PUBLISHED },
		{ "entered", LEAD_OTHER }, { "matter", LEAD_OTHER },
		{ "established", LEAD_OTHER }, { "founded", LEAD_OTHER },
		{ "absorbed", LEAD_OTHER }, { "effect", LEAD_OTHER },
		{ "effective", LEAD_OTHER }, { "since", LEAD_OTHER },
		{ "born", LEAD_OTHER }, { "died", LEAD_OTHER }, { "act", LEAD_OTHER },
	};
	size_t j, len;
	int k;

	for (k = i - 1; k >= 0 && k >= i - 6; k--) {
		if (t[k].kind != FD_WORD)
			continue;
		for (j = 0; j < sizeof leads / sizeof *leads; j++) {
			len = strlen(leads[j].word);
			if ((size_t)t[k].len == len &&
			    strncasecmp(s + t[k].start, leads[j].word, len) == 0)
				return leads[j].lead;
		}
	}
	return LEAD_NONE;
}

int
full_date_find(const char *s, size_t n, size_t limit, int led,
    size_t *from, size_t *to)
{
	struct fd_tok t[FD_MAX];
	int nt, i, len, lead, found = 0;

	nt = fd_tokens(s, n, t);
	for (i = 0; i < nt && t[i].start < limit; i++) {
		if ((len = date_at(s, t, nt, i)) == 0)
			continue;
		lead = lead_of(t, s, i);
		if (lead != LEAD_OTHER && (!found || lead != LEAD_UPDATE) &&
		    (!led || lead)) {
			*from = t[i].start;
			*to = t[i + len - 1].end;
			found = 2;
			if (lead != LEAD_UPDATE)
				return 1;
		}
		i += len - 1;
	}
	return found;
}

int
paragraph_full_date(const char *s, size_t n, size_t limit, int caption,
    size_t *from, size_t *to)
{
	const char *nl;
	size_t b, e, k, f, g;
	int found, kind = 0;

	if (!caption)
		return full_date_find(s, n, limit, 0, from, to);
	/* a caption line by line: a photo's day is not the article's */
	for (b = 0; b < n && b < limit; b = e + 1) {
		nl = memchr(s + b, '\n', n - b);
		e = nl != NULL ? (size_t)(nl - s) : n;
		for (k = b; k < e && s[k] == ' '; k++)
			;
		found = full_date_find(s + b, e - b, e - b, 0, &f, &g);
		if (found != 0 && b + f != k && !(e - k > 3 &&
		    strncasecmp(s + k, "by ", 3) == 0))
			found = full_date_find(s + b, e - b, e - b, 1, &f, &g);
		if (found != 0 && (kind == 0 || found == 1)) {
			*from = b + f;
			*to = b + g;
			kind = found;
		}
		if (kind == 1)
			break;
	}
	return kind;
}
