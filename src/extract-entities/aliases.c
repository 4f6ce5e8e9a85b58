#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aliases.h"
#include "mem.h"
#include "util.h"

#define ACR_MAX		8	/* capitals in an acronym, at most */
#define ALIASES_MAX	256	/* aliases a document teaches, at most: a
				 * hostile one must not make each look-up
				 * long */
#define ALIAS_MAX	63	/* bytes of an alias (a ship's name), at most */
#define NORM_MAX	128	/* bytes of a normal form kept */

struct alias {
	char		text[ALIAS_MAX + 1];
	int		is_name;	/* 0: no name (a ship, an acronym of none) */
	int		initials;	/* the initials of a name, not defined
					 * by the text (see learn_initials) */
	enum etype	type;
	enum normaliser	how;
	char		norm[NORM_MAX];	/* N_FIXED */
	char		code[8];
};

/* All ALIASES_MAX entries at once, never moved: a mention's norm points
 * into its alias's until the document's mentions are written, after
 * later sentences have taught more. */
struct aliases {
	struct alias	*v;
	size_t		 n;
};

struct aliases *
aliases_new(void)
{
	struct aliases *a = ecalloc(1, sizeof(struct aliases));

	a->v = ereallocarray(NULL, ALIASES_MAX, sizeof *a->v);
	return a;
}

void
aliases_free(struct aliases *a)
{
	if (a == NULL)
		return;
	free(a->v);
	free(a);
}

void
aliases_reset(struct aliases *a)
{
	a->n = 0;
}

static int
is_name_type(enum etype t)
{
	return t == E_PERSON || t == E_ORG || t == E_GPE || t == E_LOC ||
	    t == E_NORP || t == E_FAC || t == E_EVENT || t == E_LAW;
}

static int
upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static int
letter(int c)
{
	return upper(c) || (c >= 'a' && c <= 'z');
}

/* Words an expansion may hold that the acronym skips. */
static int
skipped(const char *w, size_t n)
{
	static const char *const words[] = { "of", "and", "for", "the", "in",
	    "on", "to", "&", "de", "du", "des", "la", "le", "et" };

	return mem_among(w, n, words, sizeof words / sizeof *words);
}

/*
 * The start of the words ending at e whose initials spell acr[0, k),
 * read backwards, or (size_t)-1.  A hyphen parts words too: "Agence
 * France-Presse (AFP)".  A small word is skipped ("Organisation of the
 * Islamic Cooperation (OIC)"), or, when that fails, spelt, one at most
 * ("Department of Justice (DOJ)": spelt unless spelt is set).  At most
 * words words: "of of of ... (AB)" must not be read back to the
 * sentence's start at every parenthesis, nor tried in every way.
 */
static size_t
expansion_back(const char *t, size_t e, const char *acr, size_t k,
    size_t words, int spelt)
{
	size_t s, at;
	int small;

	if (words == 0)
		return (size_t)-1;
	while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '-'))
		e--;
	for (s = e; s > 0 && t[s - 1] != ' ' && t[s - 1] != '-'; s--)
		;
	if (s == e)
		return (size_t)-1;
	small = skipped(t + s, e - s);
	if (small && ((at = expansion_back(t, s, acr, k, words - 1, spelt)) !=
	    (size_t)-1 || spelt))
		return at;
	if (!letter((unsigned char)t[s]) || (t[s] & ~0x20) != acr[k - 1])
		return (size_t)-1;
	return k == 1 ? s : expansion_back(t, s, acr, k - 1, words - 1,
	    spelt || small);
}

static size_t
expansion_start(const char *t, size_t end, const char *acr, size_t len)
{
	return expansion_back(t, end, acr, len, 2 * len + 4, 0);
}

static struct alias *
find(const struct aliases *a, const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n > ALIAS_MAX)	/* (an empty text: forgotten) */
		return NULL;
	for (i = 0; i < a->n; i++)
		if (strlen(a->v[i].text) == n && memcmp(a->v[i].text, s, n) == 0)
			return &a->v[i];
	return NULL;
}

/* A new, empty entry for s (n bytes, at most ALIAS_MAX); NULL when the
 * document has taught ALIASES_MAX already.  An alias learnt again gets a
 * new entry and the old one is forgotten, not overwritten: the mentions
 * it named before keep its norm. */
static struct alias *
entry(struct aliases *a, const char *s, size_t n)
{
	struct alias *d;

	if (a->n == ALIASES_MAX)
		return NULL;
	if ((d = find(a, s, n)) != NULL)
		d->text[0] = '\0';	/* (n >= 1: matches nothing now) */
	d = &a->v[a->n++];
	memset(d, 0, sizeof *d);
	memcpy(d->text, s, n);
	return d;
}

/*
 * Does the word at byte s of text (before e) open the sentence, and end
 * in "s" as a plural of people does ("Leaders", "Members", "Officials"),
 * capitalised only for opening it?  Not "Parliament of New South Wales
 * (NSW)", whose acronym is the state's.
 */
static int
people_opening(const char *text, size_t s, size_t e)
{
	size_t i;

	for (i = 0; i < s; i++)
		if ((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z')
			return 0;
	for (i = s; i < e && text[i] != ' '; i++)
		;
	return i > s + 3 && text[i - 1] == 's';
}

/*
 * Is the word before byte xs of text (after one space) a function word of
 * the few that join words before a name to it ("Leaders of", "members
 * from")?
 */
static int
joined_before(const char *text, size_t xs)
{
	static const char *const joins[] = { "of", "from", "at", "in" };
	size_t b, w;

	if (xs < 2 || text[xs - 1] != ' ')
		return 0;
	b = xs - 1;
	for (w = b; w > 0 && text[w - 1] >= 'a' && text[w - 1] <= 'z'; w--)
		;
	return (w == 0 || text[w - 1] == ' ') &&
	    mem_among(text + w, b - w, joins, sizeof joins / sizeof *joins);
}

static void
learn_acronym(struct aliases *a, const char *text, size_t xs, size_t xe,
    const char *acr, size_t len, struct mentions *ms)
{
	struct mention *cover = NULL;
	struct alias *d;
	size_t k, lo, hi;
	int touched = 0;

	/* ms is sorted and without overlaps: the first mention ending
	 * after xs, by bisection (a sentence may define many) */
	for (lo = 0, hi = ms->n; lo < hi; ) {
		k = lo + (hi - lo) / 2;
		if (ms->v[k].e <= xs)
			lo = k + 1;
		else
			hi = k;
	}
	for (k = lo; k < ms->n && ms->v[k].s < xe; k++) {
		struct mention *m = &ms->v[k];

		if (!is_name_type(m->type))
			continue;
		touched = 1;
		if (m->s <= xs && m->e >= xe)
			cover = m;
	}
	if ((touched && cover == NULL) || (d = entry(a, acr, len)) == NULL)
		return;
	if (cover == NULL)
		return;
	/* "Leaders of African Union (AU)": the model's, its text its norm */
	if (cover->s < xs && cover->type == E_ORG && cover->how == N_TEXT &&
	    mention_norm(cover) == NULL &&
	    people_opening(text, cover->s, cover->e) && joined_before(text, xs))
		cover->s = xs;
	d->is_name = 1;
	d->type = cover->type;
	d->how = N_FIXED;
	/* the expansion's norm ("Agence France-Presse"), or its text */
	if (cover->norm != NULL && (cover->how == N_FIXED ||
	    cover->how == N_PERSON))
		snprintf(d->norm, sizeof d->norm, "%s", cover->norm);
	else
		snprintf(d->norm, sizeof d->norm, "%.*s",
		    (int)(cover->e - cover->s), text + cover->s);
	if (cover->code != NULL)
		snprintf(d->code, sizeof d->code, "%s", cover->code);
}

/*
 * Is m a ship's name: does it open with a ship's prefix ("MV Namse
 * Bangdzod", "U.S.S. Grayback") or follow one ("MV" "Namse Bangdzod")?
 * The prefix's length is in *plen, 0 when it is outside m.  Ships are
 * products, not people or organisations.
 */
static int
is_ship(const char *text, const struct mention *m, size_t *plen)
{
	/* with their lengths, and each compared only after its first byte:
	 * this is asked of every mention (a strlen and two memcmp calls a
	 * prefix were 1 % of a run's instructions) */
#define PREFIX(s)	{ (s), sizeof (s) - 1 }
	static const struct {
		const char	*s;
		size_t		 len;
	} prefixes[] = { PREFIX("MV "), PREFIX("MS "), PREFIX("MT "),
	    PREFIX("RMS "), PREFIX("HMS "), PREFIX("HMAS "), PREFIX("HMCS "),
	    PREFIX("USS "), PREFIX("U.S.S. "), PREFIX("USNS "),
	    PREFIX("USCGC "), PREFIX("INS "), PREFIX("KRI ") };
#undef PREFIX
	size_t i, len;
	const char *pre;

	for (i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
		pre = prefixes[i].s;
		len = prefixes[i].len;
		*plen = len;
		if (m->e - m->s > len && text[m->s] == pre[0] &&
		    memcmp(text + m->s, pre, len) == 0 &&
		    upper((unsigned char)text[m->s + len]))
			return 1;
		*plen = 0;
		if (m->s >= len && text[m->s - len] == pre[0] &&
		    memcmp(text + m->s - len, pre, len) == 0 &&
		    (m->s == len || text[m->s - len - 1] == ' '))
			return 1;
	}
	return 0;
}

static void
learn_acronyms(struct aliases *a, const char *text, size_t n,
    struct mentions *ms)
{
	const char *p = text, *q;
	size_t i, len, xs;

	while ((p = memchr(p, '(', n - (size_t)(p - text))) != NULL) {
		i = (size_t)(p - text);
		p++;
		/* tokenised text writes "( AIS )" */
		if ((size_t)(p - text) < n && *p == ' ')
			p++;
		for (q = p; (size_t)(q - text) < n && upper((unsigned char)*q);
		    q++)
			;
		len = (size_t)(q - p);
		if ((size_t)(q - text) < n && *q == ' ')
			q++;
		if ((size_t)(q - text) >= n || *q != ')' || len < 2 ||
		    len > ACR_MAX || i < 2 || text[i - 1] != ' ')
			continue;
		xs = expansion_start(text, i - 1, p, len);
		if (xs != (size_t)-1)
			learn_acronym(a, text, xs, i - 1, p, len, ms);
	}
}

/* Is the word w (n bytes) an ASCII capital and lower-case letters,
 * as words of a name are ("BB II", "I'l Hi": misread print is not)? */
static int
capitalised(const char *w, size_t n)
{
	size_t i;

	if (n < 2 || !upper((unsigned char)w[0]))
		return 0;
	for (i = 1; i < n; i++)
		if (w[i] < 'a' || w[i] > 'z')
			return 0;
	return 1;
}

/*
 * The initials of the organisation m's words (function words skipped, a
 * hyphen parting words too) into acr, at most ACR_MAX: their length, or
 * 0 when a word is not capitalised or there are fewer than three.
 */
static size_t
initials_of(const char *t, const struct mention *m, char *acr)
{
	size_t i = m->s, s, len = 0;

	while (i < m->e) {
		for (s = i; i < m->e && t[i] != ' ' && t[i] != '-'; i++)
			;
		/* (and "The" of "The Sunday Times") */
		if (i > s && !skipped(t + s, i - s) &&
		    !(i - s == 3 && memcmp(t + s, "The", 3) == 0)) {
			if (!capitalised(t + s, i - s) || len == ACR_MAX)
				return 0;
			acr[len++] = t[s];
		}
		while (i < m->e && (t[i] == ' ' || t[i] == '-'))
			i++;
	}
	return len >= 3 ? len : 0;
}

/*
 * "Moscow State Medical University" named, then "MSMU" bare: the initials
 * (three or more: two were OCR pairs in the 1916 pages, "ST" the Sunday
 * Times, "WH" the White House) of an organisation the document has named
 * stand for it, unless the document defined them otherwise
 * (learn_acronyms).  Weaker than a definition, so applied only
 * to an organisation the gazetteer does not know (see aliases_apply):
 * "US" stays the country after "United Steelworkers".
 */
static void
learn_initials(struct aliases *a, const char *text, const struct mentions *ms)
{
	char acr[ACR_MAX];
	struct alias *d;
	size_t k, len;

	for (k = 0; k < ms->n; k++) {
		const struct mention *m = &ms->v[k];

		if (m->type != E_ORG || (len = initials_of(text, m, acr)) == 0 ||
		    find(a, acr, len) != NULL || (d = entry(a, acr, len)) == NULL)
			continue;
		d->is_name = 1;
		d->initials = 1;
		d->type = m->type;
		d->how = N_FIXED;
		if (m->norm != NULL && m->how == N_FIXED)
			snprintf(d->norm, sizeof d->norm, "%s", m->norm);
		else
			snprintf(d->norm, sizeof d->norm, "%.*s",
			    (int)(m->e - m->s), text + m->s);
	}
}

void
aliases_learn(struct aliases *a, const char *text, size_t n,
    struct mentions *ms)
{
	size_t k, p;

	for (k = 0; k < ms->n; k++) {
		const struct mention *m = &ms->v[k];

		if (!is_name_type(m->type) || m->e - m->s > ALIAS_MAX ||
		    !is_ship(text, m, &p))
			continue;
		if (entry(a, text + m->s, m->e - m->s) != NULL && p > 0)
			entry(a, text + m->s + p, m->e - m->s - p);
	}
	learn_acronyms(a, text, n, ms);
	learn_initials(a, text, ms);
}

void
aliases_apply(const struct aliases *a, const char *text,
    struct mentions *ms)
{
	const struct alias *d;
	size_t k, kept;

	if (a->n == 0)
		return;
	for (k = kept = 0; k < ms->n; k++) {
		struct mention *m = &ms->v[k];

		if (is_name_type(m->type) &&
		    (d = find(a, text + m->s, m->e - m->s)) != NULL &&
		    (!d->initials || (m->type == E_ORG && m->how != N_FIXED))) {
			if (!d->is_name)
				continue;
			mention_retype(m, d->type, d->how, d->norm,
			    *d->code ? d->code : NULL);
		}
		ms->v[kept++] = *m;
	}
	ms->n = kept;
}
