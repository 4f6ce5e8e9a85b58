/*
 * Sentence boundaries beyond the golden rules: the cases news text is
 * full of (titles before names, months, decimals, quotes, URLs), and
 * splitter properties (linear work on long runs, tokens, offsets).
 */
#include <stdlib.h>
#include <string.h>

#include "segment.h"
#include "tap.h"

struct sent_case {
	const char	*name;
	const char	*text;
	const char	*want[6];
};

static const struct sent_case cases[] = {
	{ "titles before names", "Gen. Smith met Sen. Jones and Dr. Who. They talked.",
	  { "Gen. Smith met Sen. Jones and Dr. Who.", "They talked." } },
	{ "month abbreviation before a day", "It opened on Jan. 5, 2019. Sales rose.",
	  { "It opened on Jan. 5, 2019.", "Sales rose." } },
	{ "No. before a number", "The decree (No. 229, March 31, 2023) was signed. It took effect.",
	  { "The decree (No. 229, March 31, 2023) was signed.", "It took effect." } },
	{ "St. before a name", "He lives on St. James Street. She does not.",
	  { "He lives on St. James Street.", "She does not." } },
	{ "e.g. and i.e. never end a sentence", "Fruit, e.g. Apples, is healthy, i.e. Good. Eat it.",
	  { "Fruit, e.g. Apples, is healthy, i.e. Good.", "Eat it." } },
	{ "a.m. at the end of a clause", "The polls closed at 8 p.m. The count began.",
	  { "The polls closed at 8 p.m.", "The count began." } },
	{ "a.m. before a weekday", "It starts at 9 a.m. Monday in Paris.",
	  { "It starts at 9 a.m. Monday in Paris." } },
	{ "decimals and thousands", "Growth was 2.5 percent, or $1,234.56 each. Prices fell.",
	  { "Growth was 2.5 percent, or $1,234.56 each.", "Prices fell." } },
	{ "sentence starting with a number", "Turnout was low. 81 percent stayed home.",
	  { "Turnout was low.", "81 percent stayed home." } },
	{ "sentence starting in lower case", "The app launched. eBay followed a day later.",
	  { "The app launched.", "eBay followed a day later." } },
	{ "closing quote after the stop", "He said: \xe2\x80\x9cWe won.\xe2\x80\x9d The crowd cheered.",
	  { "He said: \xe2\x80\x9cWe won.\xe2\x80\x9d", "The crowd cheered." } },
	{ "closing bracket after the stop", "It failed. (Nobody knew why.) Work went on.",
	  { "It failed.", "(Nobody knew why.)", "Work went on." } },
	{ "quoted question inside a sentence", "\"Why?\" she asked. He shrugged.",
	  { "\"Why?\" she asked.", "He shrugged." } },
	{ "stray closing quote after a thin space", "He said 'go.'\xe2\x80\x89\" Then he left.",
	  { "He said 'go.' \"", "Then he left." } },
	{ "URL with dots and a query", "See https://example.com/a.b?c=1&d=2. Then reload.",
	  { "See https://example.com/a.b?c=1&d=2.", "Then reload." } },
	{ "domain name inside a sentence", "One site, Znak.com, claims otherwise. Others agree.",
	  { "One site, Znak.com, claims otherwise.", "Others agree." } },
	{ "initials of a name", "The plan was J. W. Brown's idea. It failed.",
	  { "The plan was J. W. Brown's idea.", "It failed." } },
	{ "initials before the initials A. and I. (no sentence starter there)",
	  "He spoke to the Y. M. C. A. on Monday. Mrs. J. A. Culler and J. P. I. Smith came. A man left.",
	  { "He spoke to the Y. M. C. A. on Monday.", "Mrs. J. A. Culler and J. P. I. Smith came.", "A man left." } },
	{ "a given name cut short, as older papers print it",
	  "The officers are Chas. Bostick, Wm. Reese and Geo. W. Perkins. They met.",
	  { "The officers are Chas. Bostick, Wm. Reese and Geo. W. Perkins.", "They met." } },
	{ "an initial before a sentence that starts with A", "It was Plan C. A new plan followed.",
	  { "It was Plan C.", "A new plan followed." } },
	{ "Inc. before a capitalised name", "Acme Inc. Chairman Bob Lee resigned. Shares rose.",
	  { "Acme Inc. Chairman Bob Lee resigned.", "Shares rose." } },
	{ "glued ellipsis before a capital", "I don't know... Maybe tomorrow.",
	  { "I don't know...", "Maybe tomorrow." } },
	{ "unicode ellipsis before lower case", "It was\xe2\x80\xa6 fine, really.",
	  { "It was\xe2\x80\xa6 fine, really." } },
	{ "heading without a full stop is one sentence", "Reduction of armaments",
	  { "Reduction of armaments" } },
	{ "dash after a dateline stop", "Madrid, June 14. \xe2\x80\x94Rafael Gasset spoke. He left.",
	  { "Madrid, June 14. \xe2\x80\x94Rafael Gasset spoke.", "He left." } },
	{ "state abbreviation before a starter", "She lives in Frederick, Md. The town is small.",
	  { "She lives in Frederick, Md.", "The town is small." } },
	{ "a letter after a hyphen is an initial", "Strains of ESBL-E. coli spread. Wash your hands.",
	  { "Strains of ESBL-E. coli spread.", "Wash your hands." } },
	{ "question mark before lower case (informal)", "what happened to you? i had a blast.",
	  { "what happened to you?", "i had a blast." } },
	{ "one exclamation mark before lower case goes on", "She works at Yahoo! in Paris.",
	  { "She works at Yahoo! in Paris." } },
	{ "a spaced full stop", "There is no proof . I read it in Time.",
	  { "There is no proof .", "I read it in Time." } },
	{ "an emoticon stays with its sentence", "Best ceviche so far! :) The park is nice.",
	  { "Best ceviche so far! :)", "The park is nice." } },
	{ "stray marks stay with their sentence", "Parrots? ? I was fixing to buy one.",
	  { "Parrots? ?", "I was fixing to buy one." } },
	{ "a capitalised domain is not cut", "Posted via Newsfeeds.Com, the best. Really.",
	  { "Posted via Newsfeeds.Com, the best.", "Really." } },
	{ "two dots before lower case go on", "It hurts.. always has.",
	  { "It hurts.. always has." } },
	{ "pop. before a number", "Falluja (pop. 256,000) fell. Then Ramadi.",
	  { "Falluja (pop. 256,000) fell.", "Then Ramadi." } },
	{ "ordinary word before lower case after a stop", "It ended. and then it began again.",
	  { "It ended.", "and then it began again." } },
};

struct got {
	char		*s[8];
	size_t		 start[8], end[8];
	int		 n;
	const char	*d;
};

static void
collect(void *arg, size_t start, size_t end, const struct tok *t, size_t n)
{
	struct got *g = arg;
	struct buf b = BUF_INIT;
	size_t i;

	for (i = 0; i < n; i++) {	/* the tokens say the same as the range */
		if (i > 0)
			buf_addc(&b, ' ');
		buf_add(&b, g->d + t[i].start, t[i].end - t[i].start);
	}
	if (g->n < 8) {
		g->s[g->n] = b.data ? b.data : calloc(1, 1);
		g->start[g->n] = start;
		g->end[g->n] = end;
		g->n++;
	} else {
		buf_free(&b);
	}
}

static void
split(struct splitter *sp, const char *text, struct got *g)
{
	memset(g, 0, sizeof *g);
	g->d = text;
	sentences_split(sp, text, 0, strlen(text), collect, g);
}

static void
free_got(struct got *g)
{
	int i;

	for (i = 0; i < g->n; i++)
		free(g->s[i]);
}

int
main(void)
{
	struct splitter sp = SPLITTER_INIT;
	struct got g;
	size_t i, k, nwant, n;
	int same;
	char *big;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		split(&sp, cases[i].text, &g);
		for (nwant = 0; nwant < 6 && cases[i].want[nwant]; nwant++)
			;
		same = (size_t)g.n == nwant;
		for (k = 0; same && k < nwant; k++)
			same = strcmp(g.s[k], cases[i].want[k]) == 0;
		if (!same)
			for (k = 0; k < (size_t)g.n; k++)
				printf("#   got [%s]\n", g.s[k]);
		ok(same, "%s", cases[i].name);
		free_got(&g);
	}

	split(&sp, "  Hello World.  My name\n is Jonas.  ", &g);
	ok(g.n == 2 && g.start[0] == 2 && g.end[0] == 14 && g.start[1] == 16 &&
	    g.end[1] == 34, "offsets skip the surrounding whitespace");
	ok(g.n == 2 && strcmp(g.s[1], "My name is Jonas.") == 0,
	    "whitespace inside a sentence folds to one space");
	free_got(&g);

	split(&sp, "", &g);
	ok(g.n == 0, "an empty range has no sentence");
	free_got(&g);

	/* long runs: one sentence each, in one pass */
	n = 1 << 20;
	big = malloc(n + 1);
	memset(big, '.', n);
	big[n] = '\0';
	split(&sp, big, &g);
	ok(g.n == 1 && g.end[0] == n, "a megabyte of dots is one sentence");
	free_got(&g);
	for (k = 0; k < n; k++)
		big[k] = k % 2 ? ' ' : '.';
	split(&sp, big, &g);
	ok(g.n == 1, "half a million spaced dots are one sentence");
	free_got(&g);
	for (k = 0; k < n; k++)
		big[k] = "9.?!"[k % 4];
	split(&sp, big, &g);
	ok(g.n == 1, "a megabyte of digits and marks without spaces is one sentence");
	free_got(&g);
	free(big);

	splitter_free(&sp);
	return tap_done();
}
