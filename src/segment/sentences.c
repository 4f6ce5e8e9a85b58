/*
 * Sentence boundaries inside one paragraph.
 *
 * The paragraph is cut into tokens at whitespace (and inside a token at
 * "end.Start", where a space is missing).  A boundary can only follow a
 * token that ends in . ! ? or an ellipsis, perhaps followed by closing
 * quotes and brackets; whether it does is decided from that token's word
 * (an abbreviation? an initial? a number?) and the first character and
 * word of the next token (lower case? a word that starts sentences?).
 * Bullets and numbered list items start sentences of their own.
 *
 * Every decision looks at two tokens and a run of spaced dots is consumed
 * at once, so the work is linear in the paragraph; no backtracking.
 */
#include <stdlib.h>
#include <string.h>

#include "segment.h"
#include "util.h"
#include "wordset.h"

enum next_kind { NX_NONE, NX_LOWER, NX_UPPER, NX_DIGIT, NX_OTHER };

/* What kind of abbreviation a word (lower-cased, final dot removed) is. */
enum abbr {
	AB_NONE,
	AB_TITLE,	/* before a name: Mr. Smith; never ends a sentence
			 * before a capital */
	AB_NUMERIC,	/* before a number: No. 5, p. 55, Jan. 4 */
	AB_NEVER,	/* e.g. i.e. vs.: never ends a sentence */
	AB_AMBIG,	/* Inc. Co. Jr. etc.: ends one before a sentence
			 * starter only */
	AB_TIME		/* a.m. p.m. */
};

#define MAXWORD 24

static const char *const abbr_title_words[] = {
	"mr", "mrs", "ms", "mx", "dr", "drs", "prof", "profs", "st", "mt",
	"ft", "gen", "gens", "sen", "sens", "rep", "reps", "gov", "lt", "col",
	"capt", "cpt", "sgt", "cpl", "pvt", "maj", "adm", "cmdr", "cdr",
	"brig", "rev", "revs", "hon", "pres", "supt", "insp", "det", "fr",
	"messrs", "mme", "mlle", "msgr", "atty", "amb", "rt", "sr", "sra",
	"mssrs", "sec", "secy", "treas", "mgr", "gov",
	/* given names cut short, as older papers print them: "Chas.
	 * Bostick", "Wm. Reese", "Geo. W. Perkins" (some 320 on the 1916
	 * pages) */
	"chas", "wm", "geo", "jas", "thos", "jno", "robt", "benj", "saml",
	"edw", NULL
};
static struct wordset abbr_title = WORDSET(abbr_title_words);

static const char *const abbr_numeric_words[] = {
	"no", "nos", "nr", "n\xc2\xb0", "n\xc2\xba", "p", "pp", "pg", "vol",
	"vols", "art", "arts", "fig", "figs", "ch", "chap", "sect", "para",
	"par", "tel", "ph", "op", "ed", "eds", "ex", "exh", "sq", "ref",
	"eq", "tab", "rm", "ste", "apt", "bldg", "hwy", "ext", "pt", "pts",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "cir", "circ", "approx", "ca", "c", "est", "pop", NULL
};
static struct wordset abbr_numeric = WORDSET(abbr_numeric_words);

static const char *const abbr_never_words[] = {
	"e.g", "i.e", "eg", "ie", "cf", "viz", "vs", "v", "incl", "excl",
	"esp", "resp", "w.r.t", "a.k.a", "aka", NULL
};
static struct wordset abbr_never = WORDSET(abbr_never_words);

static const char *const abbr_ambig_words[] = {
	"co", "corp", "inc", "ltd", "llc", "plc", "bros", "jr", "etc", "al",
	"dept", "univ", "assn", "ave", "blvd", "rd", "govt", "intl", "natl",
	"mfg", "dist", "ph.d", "phd", "m.d", "b.a", "m.a", "b.sc", "m.sc",
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga",
	"ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich",
	"minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
	"penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "mins",
	"hrs", "yrs", "mos", "min", "max", "oz", "lb", "lbs", "kg", "km",
	"cm", "mm", "ft", "yd", "mi", "gal", "dep", "div", "assoc", "est",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
	"sun", NULL
};
static struct wordset abbr_ambig = WORDSET(abbr_ambig_words);

/* Words that often begin a sentence: after an ambiguous abbreviation
 * ("in the U.S. How ...") they mark a boundary, other capitalised words
 * ("the U.S. Government") do not. */
static const char *const starters_words[] = {
	"the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you",
	"his", "her", "their", "our", "my", "your", "this", "that", "these",
	"those", "there", "here", "how", "what", "when", "where", "why",
	"who", "whom", "which", "whose", "in", "on", "at", "but", "and", "or",
	"so", "if", "as", "after", "before", "then", "thus", "hence",
	"however", "meanwhile", "moreover", "furthermore", "also", "still",
	"yet", "although", "though", "while", "since", "because", "for",
	"to", "from", "with", "by", "of", "under", "over", "during",
	"despite", "some", "many", "most", "all", "both", "each", "every",
	"several", "few", "one", "two", "three", "no", "not", "nor", "now",
	"today", "yesterday", "tomorrow", "last", "next", "such", "other",
	"another", "did", "do", "does", "is", "are", "was", "were", "will",
	"would", "can", "could", "should", "has", "have", "had", "let",
	"please", "according", "earlier", "later", "instead", "indeed",
	"even", "only", "just", "once", "unlike", "among", "about",
	"nothing", "everyone", "someone", "officials", "police", "mr", "mrs",
	"ms", "dr", NULL
};
static struct wordset starters = WORDSET(starters_words);

/* Top-level domains often written capitalised. */
static const char *const tlds_words[] = {
	"com", "net", "org", "edu", "gov", "info", "biz", "io", "co", "uk",
	"de", "fr", "it", "ru", "cn", "jp", "us", "ca", "au", "in", "nz",
	"eu", "tv", "me", "ly", NULL
};
static struct wordset tlds = WORDSET(tlds_words);

/* Words that follow a time of day in the same sentence. */
static const char *const after_time_words[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
	"eastern", "pacific", "central", "mountain", "local", "gmt", "utc",
	"et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "bst",
	"cet", "cest", "msk", NULL
};
static struct wordset after_time = WORDSET(after_time_words);

/* Copies d[s, e) lower-cased (ASCII) into w; 0 when longer than MAXWORD. */
static size_t
lower_word(const char *d, size_t s, size_t e, char *w)
{
	size_t i;

	if (e == s)
		return 0;
	if (e - s > MAXWORD)	/* longer than any abbreviation: a prefix */
		e = s + MAXWORD;
	for (i = s; i < e; i++)
		w[i - s] = (char)(d[i] >= 'A' && d[i] <= 'Z' ? d[i] + 32 : d[i]);
	w[e - s] = '\0';
	return e - s;
}

/* Single letters separated by dots: U.S, a.m, D.C (the final dot gone). */
static int
is_initialism(const char *w, size_t n)
{
	size_t i;

	if (n < 3)
		return 0;
	for (i = 0; i < n; i++)
		if ((i % 2 == 0) != is_ascii_letter((unsigned char)w[i]) ||
		    (i % 2 == 1 && w[i] != '.'))
			return 0;
	return n % 2 == 1;
}

static enum abbr
abbr_kind(const char *w, size_t n)
{
	if (n == 0)
		return AB_NONE;
	if (wordset_has(&abbr_never, w, n))
		return AB_NEVER;
	if ((n == 3 && (memcmp(w, "a.m", 3) == 0 || memcmp(w, "p.m", 3) == 0))
	    || (n == 2 && (memcmp(w, "am", 2) == 0 || memcmp(w, "pm", 2) == 0)))
		return AB_TIME;
	if (wordset_has(&abbr_title, w, n))
		return AB_TITLE;
	if (wordset_has(&abbr_numeric, w, n))
		return AB_NUMERIC;
	if (wordset_has(&abbr_ambig, w, n))
		return AB_AMBIG;
	return AB_NONE;
}

/* The anatomy of a token that may end a sentence:
 * openers word terminal-run closers. */
struct anat {
	size_t	word, term, closers, end;	/* offsets of the parts */
	int	dots, marks, ellipsis;		/* . ! or ? and … in the run */
	int	bracket;			/* opened with ( or [ */
};

static int
anatomy(const char *d, const struct tok *t, struct anat *a)
{
	size_t pos = t->end, len;
	uint32_t c;

	a->end = t->end;
	while (pos > t->start) {
		c = cp_before(d, t->start, pos, &len);
		if (!cp_is_closer(c))
			break;
		pos -= len;
	}
	a->closers = pos;
	a->dots = a->marks = a->ellipsis = 0;
	while (pos > t->start) {
		c = cp_before(d, t->start, pos, &len);
		if (!cp_is_terminal(c))
			break;
		if (c == '.')
			a->dots++;
		else if (c == 0x2026)
			a->ellipsis++;
		else
			a->marks++;
		pos -= len;
	}
	a->term = pos;
	if (a->term == a->closers)
		return 0;
	a->word = t->start;
	a->bracket = 0;
	while (a->word < a->term) {
		c = cp_at(d, a->word, a->term, &len);
		if (!cp_is_opener(c))
			break;
		if (c == '(' || c == '[')
			a->bracket = 1;
		a->word += len;
	}
	return 1;
}

/* Kind of the first character of token t after openers; the word (its
 * leading letters) in *ws, *we. */
static enum next_kind
next_kind(const char *d, const struct tok *t, size_t *ws, size_t *we)
{
	size_t pos = t->start, len, e;
	uint32_t c = 0;

	while (pos < t->end) {
		c = cp_at(d, pos, t->end, &len);
		if (!cp_is_opener(c))
			break;
		pos += len;
	}
	*ws = pos;
	if (pos == t->end) {
		*we = pos;
		return NX_OTHER;
	}
	for (e = pos; e < t->end && is_ascii_letter((unsigned char)d[e]); e++)
		;
	*we = e;
	if (cp_is_lower(c))
		return NX_LOWER;
	if (cp_is_upper(c))
		return NX_UPPER;
	if (c < 0x80 && is_digit((int)c))
		return NX_DIGIT;
	return NX_OTHER;
}

static int
in_list_word(struct wordset *list, const char *d, size_t s, size_t e)
{
	char w[MAXWORD + 1];
	size_t n = lower_word(d, s, e, w);

	return n > 0 && wordset_has(list, w, n);
}

/* A number: digits with , . and currency or percent signs around. */
static int
is_number(const char *d, size_t s, size_t e)
{
	size_t i;
	int digits = 0;

	for (i = s; i < e; i++) {
		if (is_digit(d[i]))
			digits++;
		else if (d[i] == '\0' ||
		    !strchr(",.$%\xe2\x82\xac\xc2\xa3\xa5", d[i]))
			return 0;
	}
	return digits > 0;
}

static int
is_bullet(uint32_t c)
{
	switch (c) {
	case 0x2022: case 0x2023: case 0x2043: case 0x25AA: case 0x25AB:
	case 0x25CF: case 0x25E6: case 0x25A0: case 0x25A1: case 0x27A2:
	case 0x2713: case 0x2714: case 0x25B8: case 0x25BA:
		return 1;
	}
	return 0;
}

/* Bytes of bullet characters at the start of t. */
static size_t
bullet_prefix(const char *d, const struct tok *t)
{
	size_t pos = t->start, len;

	if ((unsigned char)d[pos] != 0xE2)	/* all bullets are U+2xxx */
		return 0;

	while (pos < t->end && is_bullet(cp_at(d, pos, t->end, &len)))
		pos += len;
	return pos - t->start;
}

/*
 * A list-item marker (after any bullets): "12." "12.)" "12)" "(12)" or
 * the same with one lower-case letter.  Returns its number (letters
 * count a = 1, plus 1000), or 0.
 */
static int
list_marker(const char *d, const struct tok *t)
{
	size_t s, e = t->end;
	int v = 0, paren = 0;

	if (e - t->start > 16)
		return 0;
	s = t->start + bullet_prefix(d, t);

	if (s < e && d[s] == '(') {
		paren = 1;
		s++;
	}
	if (s < e && d[s] >= 'a' && d[s] <= 'z') {
		v = 1000 + d[s] - 'a' + 1;
		s++;
	} else {
		while (s < e && is_digit(d[s]) && v < 100)
			v = v * 10 + d[s++] - '0';
		if (v == 0 || v >= 100)
			return 0;
	}
	if (paren)
		return e - s == 1 && d[s] == ')' ? v : 0;
	if (e - s == 1 && (d[s] == '.' || d[s] == ')'))
		return v;
	if (e - s == 2 && d[s] == '.' && d[s + 1] == ')')
		return v;
	return 0;
}

/* A token that is a single dot, maybe with closing quotes: one dot of a
 * spaced ellipsis ". . .". */
static int
is_lone_dot(const char *d, const struct tok *t)
{
	size_t pos = t->end, len;

	if (d[t->start] != '.')
		return 0;
	while (pos > t->start + 1 &&
	    cp_is_closer(cp_before(d, t->start + 1, pos, &len)))
		pos -= len;
	return pos == t->start + 1 && d[t->start] == '.';
}

/*
 * Is b, after a, a stray closing quote or bracket set off by a (thin)
 * space: "tomorrow.' \"" ?  A straight quote counts only after another
 * closer, as it may as well open the next sentence.
 */
static int
closes_quote(const char *d, const struct tok *a, const struct tok *b)
{
	size_t pos = b->start, len;
	uint32_t c;
	int curly = 0;

	while (pos < b->end) {
		c = cp_at(d, pos, b->end, &len);
		if (!cp_is_closer(c))
			return 0;
		curly |= c != '"' && c != '\'';
		pos += len;
	}
	return curly || cp_is_closer(cp_before(d, a->start, a->end, &len));
}

/* A token that belongs to the end of the sentence before it: an
 * emoticon ":)", ";-)", ":D", or stray marks "?", "!!". */
static int
trails_sentence(const char *d, const struct tok *t)
{
	size_t n = t->end - t->start, i;
	const char *s = d + t->start;

	if (n >= 2 && n <= 3 && (s[0] == ':' || s[0] == ';')) {
		i = s[1] == '-' ? 2 : 1;
		return i == n - 1 && s[i] != 0 && strchr(")(DPp]", s[i]) != NULL;
	}
	for (i = 0; i < n; i++)
		if (s[i] != '?' && s[i] != '!')
			return 0;
	return n > 0;
}

/* Is the next token's word d[ws, we) capitalised and one that starts
 * sentences?  Asked only where it matters: the lookup is not free. */
static int
starter(const char *d, enum next_kind nk, size_t ws, size_t we)
{
	return nk == NX_UPPER && in_list_word(&starters, d, ws, we);
}

/*
 * Does a sentence end after token i?  lead is the number of tokens of
 * the sentence before it.
 */
/*
 * Is token i, whose word is w (wl bytes, its full stop left out), a day
 * after its month and before its year, the comma misread: "JUNE 9.
 * 1916", as the OCR of 1916 has one date in ten?  (The caller saw a
 * digit start token i + 1.)
 */
static int
day_before_year(const char *d, const struct tok *t, size_t i,
    const char *w, size_t wl)
{
	char m[MAXWORD + 1];
	size_t ml, k, y = t[i + 1].start, ye = t[i + 1].end;

	if (i == 0 || wl > 2 || !is_number(w, 0, wl))
		return 0;
	ml = lower_word(d, t[i - 1].start, t[i - 1].end, m);
	if (ml > 0 && m[ml - 1] == '.')		/* "Jan." */
		ml--;
	if (!is_month_name(m, ml))
		return 0;
	for (k = 0; k < 4 && y + k < ye && is_digit(d[y + k]); k++)
		;
	return k == 4 && (d[y] == '1' || d[y] == '2') &&
	    (y + 4 == ye || !is_digit(d[y + 4]));
}

static int
ends_sentence(const char *d, const struct tok *t, size_t i, size_t n,
    size_t lead)
{
	struct anat a;
	enum next_kind nk;
	enum abbr ab;
	size_t ws = 0, we = 0, wl;
	char w[MAXWORD + 1];
	int dots;
	unsigned char c;

	/* the common case first: a token ending in a letter or digit */
	c = (unsigned char)d[t[i].end - 1];
	if (c < 0x80 && c != '.' && c != '!' && c != '?' && c != ')' &&
	    c != '"' && c != '\'' && c != ']' && c != '}')
		return 0;
	/* a word broken at a soft hyphen (U+00AD) goes on: "SENA\u00ad TOR" */
	if (c == 0xAD && ends_in_soft_hyphen(d, t[i].start, t[i].end))
		return 0;
	if (!anatomy(d, &t[i], &a))
		return 0;
	if (i + 1 >= n)
		return 1;
	nk = next_kind(d, &t[i + 1], &ws, &we);
	if (nk == NX_OTHER && t[i + 1].end - t[i + 1].start >= 3 &&
	    (unsigned char)d[t[i + 1].start] == 0xE2 &&
	    (unsigned char)d[t[i + 1].start + 1] == 0x80 &&
	    ((unsigned char)d[t[i + 1].start + 2] == 0x93 ||
	    (unsigned char)d[t[i + 1].start + 2] == 0x94))
		return 0;	/* "Madrid, June 14.—Rafael Gasset ..." */
	/* ! ? and mixes.  Before lower case: "Yahoo! in" goes on, but in
	 * informal text "what happened? i had a blast" does not. */
	if (a.marks)
		return nk != NX_LOWER || (a.closers == a.end &&
		    (a.marks > 1 || d[a.closers - 1] == '?'));
	dots = a.dots + 3 * a.ellipsis;
	if (dots == 2)		/* "photographer.. come": a short ellipsis */
		dots = 3;
	if (a.word == a.term) {	/* a lone "..." or "[...]" */
		if (a.bracket)
			return 0;
		return dots >= 4 && nk != NX_LOWER;
	}
	if (dots >= 3)		/* that.... She / that... She */
		return nk == NX_UPPER || (dots >= 4 && nk == NX_DIGIT);

	wl = lower_word(d, a.word, a.term, w);
	/* "ESBL-E. coli": a single letter after a hyphen is an initial */
	if (wl >= 3 && w[wl - 2] == '-' && is_ascii_letter(w[wl - 1])) {
		w[0] = w[wl - 1];
		wl = 1;
	}
	ab = abbr_kind(w, wl);
	if (nk == NX_LOWER) {
		if (ab != AB_NONE || a.closers != a.end)
			return 0;
		if (wl == 1 || is_initialism(w, wl) || is_number(w, 0, wl))
			return 0;
		if (memchr(w, '.', wl))	/* U.S.A. last year */
			return 0;
		return wl > 2 || !is_ascii_letter((unsigned char)w[0]);
	}
	if (nk == NX_DIGIT)
		return ab == AB_NONE && !(wl == 1 && is_ascii_letter(w[0])) &&
		    !is_initialism(w, wl) && !day_before_year(d, t, i, w, wl);
	/* "the Y. M. C. A.": an initial, then one more ("A." and "I." are
	 * no "A" and "I" that start sentences) */
	if (wl == 1 && is_ascii_letter(w[0]) && nk == NX_UPPER &&
	    we == ws + 1 && we < t[i + 1].end && d[we] == '.')
		return 0;
	switch (ab) {
	case AB_NEVER:
	case AB_TITLE:
		return 0;
	case AB_NUMERIC:
	case AB_AMBIG:
		return starter(d, nk, ws, we);
	case AB_TIME:
		/* "At 5 a.m. Mr. Smith went": a time that opens the
		 * sentence; "left at 6 P.M. Mr. Smith then": one that
		 * closes it. */
		if (in_list_word(&after_time, d, ws, we))
			return 0;
		return lead > 2 || (starter(d, nk, ws, we) &&
		    !in_list_word(&abbr_title, d, ws, we));
	case AB_NONE:
		break;
	}
	if ((wl == 1 && is_ascii_letter(w[0])) || is_initialism(w, wl))
		/* Jonas E. Smith; the U.S. Government */
		return starter(d, nk, ws, we);
	return 1;
}

static inline void
add_tok(struct splitter *sp, size_t s, size_t e, int glued, int marks)
{
	if (sp->n == sp->cap) {
		sp->cap = sp->cap ? 2 * sp->cap : 256;
		sp->t = ereallocarray(sp->t, sp->cap, sizeof *sp->t);
	}
	sp->t[sp->n].start = s;
	sp->t[sp->n].end = e;
	sp->t[sp->n].glued = glued;
	sp->t[sp->n].may_end = marks;
	sp->n++;
}

/* May "word.Next" inside d[s, e) be cut after the dot at j? */
static int
inner_cut(const char *d, size_t s, size_t j, size_t e)
{
	char w[MAXWORD + 1];
	size_t ws = j, wl;

	while (ws > s && d[ws - 1] != '.' && is_ascii_letter(d[ws - 1]))
		ws--;
	wl = lower_word(d, ws, j, w);
	if (wl > 0 && is_ascii_letter(w[0]) &&
	    (wl < 3 || abbr_kind(w, wl) != AB_NONE))
		return 0;
	/* "www.Example.com": a host's name */
	if (wl == 3 && memcmp(w, "www", 3) == 0)
		return 0;
	/* "Newsfeeds.Com", "Animals R Us.Net": a domain, not two sentences */
	for (ws = j + 1, wl = 0; ws < e && is_ascii_letter(d[ws]) && wl < MAXWORD;
	    ws++)
		w[wl++] = (char)(d[ws] | 0x20);
	if (wordset_has(&tlds, w, wl))
		return 0;
	return 1;
}

/* Adds the token d[s, e), cut where a space is missing between two
 * sentences ("world.Today", "1,000.That"), but not in URLs and e-mail
 * addresses. */
static void
add_word(struct splitter *sp, const char *d, size_t s, size_t e)
{
	size_t j, from = s;
	int checked = 0;

	for (j = s + 1; j + 2 < e; j++) {
		if ((d[j] != '.' && d[j] != '?' && d[j] != '!') ||
		    !(d[j + 1] >= 'A' && d[j + 1] <= 'Z') ||
		    !(d[j + 2] >= 'a' && d[j + 2] <= 'z') ||
		    !((d[j - 1] >= 'a' && d[j - 1] <= 'z') || is_digit(d[j - 1])))
			continue;
		if (!checked) {
			if (memchr(d + s, '@', e - s) || memchr(d + s, '/', e - s))
				break;
			checked = 1;
		}
		if (!inner_cut(d, from, j, e))
			continue;
		add_tok(sp, from, j + 1, 1, 1);
		from = j + 1;
	}
	add_tok(sp, from, e, 0, 1);
}

/*
 * The tokenizer looks only at "interesting" bytes: those that may begin
 * whitespace (controls, space, and with UTF-8 every lead byte from 0xC2)
 * and . ? ! (a sentence may end inside a run of non-space, "world.Today").
 * They are found 64 at a time (16 per SSE2 instruction) where there is
 * SSE2: the loop over them ends once per 64 bytes, and that end is a
 * mispredicted branch.  Everything between them is inside a token.
 */
static int
interesting(unsigned char c)
{
	return c <= ' ' || c >= 0xC2 || c == '.' || c == '?' || c == '!';
}

#ifdef __SSE2__
#include <emmintrin.h>

/* Bit i set: p[i] is interesting (16 bytes must be readable). */
static uint64_t
interesting16(const char *p)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i m;

	m = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(' ')), x);
	m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_max_epu8(x,
	    _mm_set1_epi8((char)0xC2)), x));
	m = _mm_or_si128(m, _mm_cmpeq_epi8(x, _mm_set1_epi8('.')));
	m = _mm_or_si128(m, _mm_cmpeq_epi8(x, _mm_set1_epi8('?')));
	m = _mm_or_si128(m, _mm_cmpeq_epi8(x, _mm_set1_epi8('!')));
	return (uint64_t)_mm_movemask_epi8(m);
}

/* The same for 64 bytes. */
static uint64_t
interesting64(const char *p)
{
	return interesting16(p) | interesting16(p + 16) << 16 |
	    interesting16(p + 32) << 32 | interesting16(p + 48) << 48;
}
#endif

/* The same for n <= 64 bytes, one at a time. */
static uint64_t
interesting_tail(const char *p, size_t n)
{
	uint64_t m = 0;
	size_t i;

	for (i = 0; i < n; i++)
		if (interesting((unsigned char)p[i]))
			m |= (uint64_t)1 << i;
	return m;
}

struct tokstate {
	size_t	start;		/* of the open token */
	int	open;		/* a token is open */
	int	marks;		/* it holds . ? or ! */
};

/* Ends the open token at end: the common case inline, a token with a
 * mark inside through add_word (it may hide "end.Start"). */
#define CLOSE_TOKEN(sp, d, ts, end_) do {				\
	size_t e_ = (end_);						\
	unsigned char l_;						\
									\
	if (!(ts).open)							\
		break;							\
	l_ = (unsigned char)(d)[e_ - 1];				\
	if ((ts).marks && e_ - (ts).start >= 4)				\
		add_word((sp), (d), (ts).start, e_);			\
	else								\
		add_tok((sp), (ts).start, e_, 0, (ts).marks ||		\
		    l_ >= 0x80 || l_ == ')' || l_ == '"' || l_ == '\'' ||	\
		    l_ == ']' || l_ == '}');				\
	(ts).open = (ts).marks = 0;					\
} while (0)

static void
tokenize(struct splitter *sp, const char *d, size_t start, size_t end)
{
	struct tokstate ts = { 0, 0, 0 };
	size_t base, q, cursor = start, w, n;
	uint64_t m;
	unsigned char c;

	sp->n = 0;
	for (base = start; base < end; base += 64) {
		n = end - base < 64 ? end - base : 64;
#ifdef __SSE2__
		if (n == 64)
			m = interesting64(d + base);
		else if (base + 64 <= sp->readable)
			m = interesting64(d + base) &
			    (((uint64_t)1 << n) - 1);
		else
			m = interesting_tail(d + base, n);
#else
		m = interesting_tail(d + base, n);
#endif
		for (; m; m &= m - 1) {
			q = base + (size_t)__builtin_ctzll(m);
			if (q < cursor)		/* inside a space just skipped */
				continue;
			if (q > cursor && !ts.open) {
				ts.start = cursor;
				ts.open = 1;
			}
			c = (unsigned char)d[q];
			if ((c <= ' ' || c >= 0xC2) && (w = ws_at(d + q, end - q))) {
				CLOSE_TOKEN(sp, d, ts, q);
				cursor = q + w;
				continue;
			}
			if (!ts.open) {
				ts.start = q;
				ts.open = 1;
			}
			if (c == '.' || c == '?' || c == '!')
				ts.marks = 1;
			cursor = q + 1;
		}
	}
	if (cursor < end && !ts.open) {
		ts.start = cursor;
		ts.open = 1;
	}
	CLOSE_TOKEN(sp, d, ts, end);
}

void
sentences_split(struct splitter *sp, const char *d, size_t start,
    size_t end, sentence_fn *fn, void *arg)
{
	const struct tok *t;
	size_t i = 0, s0 = 0, k, j, n;
	int content = 0, next_item = 0, m, word_dot, upper_next;
	unsigned char lead;
	size_t ws, we;
	struct anat a;

#define EMIT(a_, b_) fn(arg, t[a_].start, t[b_].end, &t[a_], (b_) - (a_) + 1)
	tokenize(sp, d, start, end);
	t = sp->t;
	n = sp->n;
	while (i < n) {
		/* Most tokens need none of what follows: inside a sentence
		 * and not in a numbered list, not a bullet (all begin with
		 * 0xE2), not one that may end the sentence, and not before
		 * a lone dot. */
		if (content && !next_item && !t[i].glued && !t[i].may_end &&
		    (unsigned char)d[t[i].start] != 0xE2 &&
		    (i + 1 == n || d[t[i + 1].start] != '.')) {
			i++;
			continue;
		}
		/* a bullet or the next item of a list starts a sentence */
		lead = (unsigned char)d[t[i].start];
		if (content && ((lead == 0xE2 && bullet_prefix(d, &t[i])) ||
		    (next_item && list_marker(d, &t[i]) == next_item))) {
			EMIT(s0, i - 1);
			s0 = i;
			content = 0;
		}
		if (!content && (m = list_marker(d, &t[i])) != 0) {
			next_item = m + 1;
			content = 1;
			i++;
			continue;
		}
		if (lead == 0xE2 &&
		    bullet_prefix(d, &t[i]) == t[i].end - t[i].start) {
			i++;
			continue;
		}
		content = 1;
		/* a spaced ellipsis ". . ." after this token */
		for (k = 0; i + 1 + k < n && t[i + 1 + k].may_end &&
		    d[t[i + 1 + k].start] == '.' && is_lone_dot(d, &t[i + 1 + k]);
		    k++)
			;
		if (k > 0) {
			j = i + k;
			upper_next = j + 1 < n &&
			    next_kind(d, &t[j + 1], &ws, &we) == NX_UPPER;
			word_dot = !is_lone_dot(d, &t[i]) && anatomy(d, &t[i], &a)
			    && a.word < a.term && a.dots == 1 && !a.marks;
			if (word_dot && upper_next) {
				/* "compounds. . . . The practice" */
				EMIT(s0, i);
				s0 = i + 1;
			} else if (!word_dot && upper_next &&
			    (k + is_lone_dot(d, &t[i]) >= 4 || k <= 2)) {
				/* "with a period . . . . Next", "no proof . I" */
				EMIT(s0, j);
				s0 = j + 1;
				content = 0;
			}
			i = j + 1;
			continue;
		}
		if (t[i].glued ||
		    (t[i].may_end && ends_sentence(d, t, i, n, i - s0))) {
			while (!t[i].glued && i + 1 < n &&
			    (closes_quote(d, &t[i], &t[i + 1]) ||
			    trails_sentence(d, &t[i + 1])))
				i++;
			EMIT(s0, i);
			s0 = i + 1;
			content = 0;
		}
		i++;
	}
	if (s0 < n)
		EMIT(s0, n - 1);
#undef EMIT
}

void
splitter_free(struct splitter *sp)
{
	free(sp->t);
	memset(sp, 0, sizeof *sp);
}
