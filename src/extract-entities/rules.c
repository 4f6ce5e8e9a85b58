#define PCRE2_CODE_UNIT_WIDTH 8

#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "buf.h"
#include "rules.h"
#include "util.h"

/* Enough for every sane pattern on a sentence; a runaway one stops here. */
#define MATCH_LIMIT	1000000
#define DEPTH_LIMIT	10000
#define JIT_STACK_MAX	((size_t)512 * 1024)

/*
 * The words of an @needs line, lower case, split once.  The @needs lines
 * before one rule all hold ("@needs digit", then "@needs jan|feb|..."
 * for a date with a month's name and a number): their lists are chained.
 */
struct needs {
	char		 *words;	/* the line, each '|' made a NUL */
	const char	**w;
	size_t		 *len;
	unsigned char	 *start;	/* "\b" before it: it begins a word */
	size_t		  n;
	size_t		  id;		/* its bit in rules.found */
	int		  always;	/* an empty word: every sentence has it */
	/* @needs-exact: the words as written, which the sentence must hold
	 * byte for byte (the automaton finds them in any case first) */
	char		 *exact;	/* the line, each '|' made a NUL; or NULL */
	size_t		  xlen;		/* the line's length */
	uint8_t		  xfirst[32];	/* the first bytes of its words */
	const char	**xw;
	size_t		  xid;		/* its answer in rules.xstate */
	struct needs	 *and;		/* the rule's next list, or NULL */
};

struct rule {
	pcre2_code	*re;
	/* the bytes a match can start with (from PCRE2's start-up
	 * optimisation); all ones when PCRE2 does not know */
	uint8_t		 first[32];
	/* a byte every match holds (PCRE2's last required code unit), in
	 * either case when a letter; last_n = 0 when there is none */
	unsigned char	 last[2];
	int		 last_n;
	enum etype	 type;
	enum normaliser	 how;
	char		*norm;		/* N_FIXED */
	int		 priority;
	struct needs	*needs;		/* a sentence without a word of each
					 * list is skipped */
	int		 needs_digit;
	int		 jit;		/* JIT-compiled: matched by pcre2_jit_match */
	int		 jit_tried;	/* JIT compilation was tried (see jit_rule) */
	char		*file;		/* for the one report of a failure */
	unsigned long	 line;
	int		 reported;
	size_t		 pre;		/* 1 + its @needs-match in rules.pre,
					 * or 0 */
};

/*
 * An @needs-match regex: a sentence in which it matches nowhere is
 * skipped by the rules that need it.  Rules with the same regex share
 * one, and one answer a sentence, as the exact lists do: the month
 * rules' MONTH turns away the sentences whose "Mar" or "Dec" begins
 * "Mark" or "Decided", a third of those their exact list lets through.
 */
struct needs_match {
	struct rule	 u;		/* its pattern; no type or norm */
	char		*regex;		/* as expanded, to find it again */
};

struct define {
	char	*name;
	char	*regex;
};

/*
 * Which @needs lists a sentence satisfies is found in one pass over it,
 * by an Aho-Corasick automaton of the words of every list: looking for
 * each word in turn (a letter-pair filter, then a scan of the sentence in
 * lower case for the words it let through) was a tenth of a run's
 * instructions.  The automaton reads bytes in classes: one for each byte
 * that is in some word (an ASCII capital in the class of its small
 * letter: the words are lower case, the test ignores ASCII case) and
 * class 0 for the rest, which no word holds.  It is made when the first
 * sentence comes, after the rules are loaded, and again if more are.
 */
struct needs_ac {
	size_t		 nlists;	/* the @needs lists, by id */
	uint16_t	 cls[256];	/* 0..256 */
	size_t		 ncls;
	uint32_t	*next;		/* state * ncls + class -> state */
	size_t		 nstates;
	uint64_t	*out;		/* state * outw: the lists it ends a
					 * word of */
	unsigned char	*has_out;	/* that set is not empty */
	size_t		 outw;		/* 64-bit words of a set of lists */
	/* for each rule, the lists it needs a word of (outw words a rule),
	 * and whether one of them is exact: a sentence's lists are tested
	 * against the set, not by walking the rule's chain */
	uint64_t	*needed;
	unsigned char	*exact;
	/*
	 * The words that must begin a word of the sentence ("\b" before
	 * them): a state where one ends has it in its list of starts (its
	 * own, then its suffix's), scount[state] of them from
	 * spool[sfirst[state]], and the sentence holds it when the byte
	 * before it is no word byte, nor is there one (PCRE2's \b without
	 * UCP: a letter, digit or _ of ASCII).  Kept out of the sets of out:
	 * "one" in "money".
	 */
	struct ac_start {
		uint32_t len, id;
	}		*spool;
	uint32_t	*sfirst, *scount;
};

/*
 * A rule's prefilters but its @needs lists are each a set of bytes that
 * a sentence must hold one of: the bytes a match can start with, the one
 * every match holds (in either case), the digits.  They are kept as sets
 * of rules, a bit a rule in rule order: for each byte, the rules that it
 * lets through each filter, and the rules that have no such filter.  A
 * sentence then finds the few rules that it runs by ORing the sets of
 * the bytes it holds, instead of testing every rule (those tests were
 * 3 % of a run's instructions with the 127 built-in rules).  Made with
 * the automaton.
 */
enum { F_START, F_HELD, F_DIGIT, NFILTERS };

struct rule_sets {
	size_t		 w;		/* 64-bit words of a set of rules */
	/* for each byte, then for the rules without the filter: NFILTERS
	 * sets, one after the other (sw words) */
	uint64_t	*by_byte;
	uint64_t	*unfiltered;
	uint64_t	 useful[4];	/* the bytes whose sets are not empty */
	uint64_t	*pass;		/* a sentence's NFILTERS sets */
	uint64_t	*run;		/* the rules that it passes through all */
};

struct rules {
	struct rule		*v;
	size_t			 n, cap;
	struct needs		*needs;		/* @needs for the next rule */
	int			 needs_digit;
	int			 prepared;	/* ac and sets are made */
	struct needs_ac		 ac;
	uint64_t		*found;		/* the sentence's lists (outw) */
	/* the @needs-exact lists, one a distinct text (rules with the same
	 * list share it), and whether the sentence holds a word of each: 0
	 * not known yet, 1 yes, 2 no */
	const struct needs	**xlist;
	unsigned char		*xstate;
	size_t			 nx;
	/* the @needs-match regexes, and whether each matches the sentence,
	 * as xstate; pending: 1 + the one for the next rule, or 0 */
	struct needs_match	*pre;
	unsigned char		*pstate;
	size_t			 npre, pending;
	struct rule_sets	 sets;
	struct define		*defs;
	size_t			 ndefs;
	pcre2_match_data	*md;
	pcre2_match_context	*mctx;
	pcre2_jit_stack		*jit;
};

/* Is c a byte of a word for PCRE2's \b (no UCP): an ASCII letter, digit
 * or _? */
static int
word_byte(char c)
{
	return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' &&
	    c <= '9') || c == '_';
}

/* The @needs words of list ("a|b|c"), in lower case; with exact, as
 * written too.  A word after "\b" must begin a word (without exact). */
static struct needs *
needs_parse(const char *list, int exact)
{
	struct needs *nd = ecalloc(1, sizeof *nd);
	char *p, *bar;
	size_t k = 1;

	if (exact) {
		nd->exact = estrdup(list);
		nd->xlen = strlen(list);
		for (p = nd->exact; *p; p++)
			k += *p == '|';
		nd->xw = ecalloc(k, sizeof *nd->xw);
		for (k = 0, p = nd->exact; ; p = bar + 1) {
			if ((bar = strchr(p, '|')) != NULL)
				*bar = '\0';
			nd->xw[k++] = p;
			nd->xfirst[(unsigned char)*p >> 3] |= (uint8_t)(1 <<
			    ((unsigned char)*p & 7));
			if (bar == NULL)
				break;
		}
		k = 1;
	}
	nd->words = estrdup(list);
	for (p = nd->words; *p; p++) {
		if (*p >= 'A' && *p <= 'Z')
			*p |= 0x20;
		k += *p == '|';
	}
	nd->w = ecalloc(k, sizeof *nd->w);
	nd->len = ecalloc(k, sizeof *nd->len);
	nd->start = ecalloc(k, 1);
	for (p = nd->words; ; p = bar + 1) {
		bar = strchr(p, '|');
		if (bar != NULL)
			*bar = '\0';
		if (!exact && p[0] == '\\' && p[1] == 'b') {
			nd->start[nd->n] = 1;
			p += 2;
		}
		nd->w[nd->n] = p;
		nd->len[nd->n] = strlen(p);
		nd->always |= nd->len[nd->n] == 0;
		nd->n++;
		if (bar == NULL)
			return nd;
	}
}

/* Frees the chain of lists nd. */
static void
needs_free(struct needs *nd)
{
	struct needs *and;

	for (; nd != NULL; nd = and) {
		and = nd->and;
		free(nd->words);
		free(nd->w);
		free(nd->len);
		free(nd->start);
		free(nd->exact);
		free(nd->xw);
		free(nd);
	}
}

/* Frees the automaton of the @needs words, if made. */
static void
ac_clear(struct needs_ac *ac)
{
	free(ac->next);
	free(ac->out);
	free(ac->has_out);
	free(ac->needed);
	free(ac->exact);
	free(ac->spool);
	free(ac->sfirst);
	free(ac->scount);
	ac->spool = NULL;
	ac->sfirst = ac->scount = NULL;
	ac->next = NULL;
	ac->out = NULL;
	ac->has_out = NULL;
	ac->needed = NULL;
	ac->exact = NULL;
	ac->nstates = ac->nlists = ac->ncls = ac->outw = 0;
	memset(ac->cls, 0, sizeof ac->cls);
}

/* The index of nd's exact list among r->xlist, added when no list of
 * the same line is there yet. */
static size_t
exact_id(struct rules *r, const struct needs *nd)
{
	size_t k;

	for (k = 0; k < r->nx; k++)
		if (r->xlist[k]->xlen == nd->xlen &&
		    memcmp(r->xlist[k]->exact, nd->exact, nd->xlen) == 0)
			return k;
	/* (the type named: clang-tidy takes sizeof *r->xlist, a pointer to
	 * a struct, for a mistake) */
	r->xlist = ereallocarray(r->xlist, r->nx + 1,
	    sizeof(const struct needs *));
	r->xstate = erealloc(r->xstate, r->nx + 1);
	r->xlist[r->nx] = nd;
	return r->nx++;
}

/* A word that must begin a word, and the state where it ends. */
struct ac_own {
	uint32_t	state;
	struct ac_start	e;
};

/* Adds the words of the list nd to the trie of the automaton ac; those
 * that must begin a word to own (*nown of them). */
static void
ac_insert(struct needs_ac *ac, const struct needs *nd, struct ac_own *own,
    size_t *nown)
{
	size_t k, j, c, st;

	for (k = 0; k < nd->n; k++) {
		if (nd->len[k] == 0)
			continue;	/* see needs.always */
		for (st = 0, j = 0; j < nd->len[k]; j++) {
			c = ac->cls[(unsigned char)nd->w[k][j]];
			if (ac->next[st * ac->ncls + c] == 0)
				ac->next[st * ac->ncls + c] =
				    (uint32_t)ac->nstates++;
			st = ac->next[st * ac->ncls + c];
		}
		if (nd->start[k]) {
			own[*nown].state = (uint32_t)st;
			own[*nown].e.len = (uint32_t)nd->len[k];
			own[*nown].e.id = (uint32_t)nd->id;
			(*nown)++;
		} else
			ac->out[st * ac->outw + nd->id / 64] |=
			    UINT64_C(1) << (nd->id % 64);
		ac->has_out[st] = 1;
	}
}

/*
 * Makes the automaton of every rule's @needs words (see struct needs_ac):
 * the trie of the words, then, breadth first, each state's transitions
 * for the bytes no word goes on with are those of its longest proper
 * suffix that is a state, and its set of lists takes in that suffix's.
 */
static void
ac_build(struct rules *r)
{
	struct needs_ac *ac = &r->ac;
	struct needs *nd;
	struct ac_own *own;
	size_t i, k, j, c, maxstates = 1, head, tail, st, nx, f, nwords = 0;
	size_t nown = 0;
	uint32_t *fail, *queue, at;

	ac_clear(ac);
	r->nx = 0;
	for (i = 0; i < r->n; i++) {
		for (nd = r->v[i].needs; nd != NULL; nd = nd->and) {
			nd->id = ac->nlists++;
			if (nd->exact)
				nd->xid = exact_id(r, nd);
			nwords += nd->n;
			for (k = 0; k < nd->n; k++)
				for (j = 0; j < nd->len[k]; j++) {
					c = (unsigned char)nd->w[k][j];
					if (ac->cls[c] == 0)
						ac->cls[c] =
						    (uint16_t)++ac->ncls;
					maxstates++;
				}
		}
	}
	ac->ncls++;			/* class 0 */
	for (c = 'A'; c <= 'Z'; c++)
		ac->cls[c] = ac->cls[c | 0x20];
	ac->outw = (ac->nlists + 63) / 64;
	ac->next = ecalloc(maxstates * ac->ncls, sizeof *ac->next);
	ac->out = ecalloc(maxstates * (ac->outw ? ac->outw : 1),
	    sizeof *ac->out);
	ac->has_out = ecalloc(maxstates, 1);
	ac->needed = ecalloc(r->n * ac->outw + 1, sizeof *ac->needed);
	ac->exact = ecalloc(r->n + 1, 1);
	for (i = 0; i < r->n; i++)
		for (nd = r->v[i].needs; nd != NULL; nd = nd->and) {
			if (nd->always)
				continue;	/* every sentence has it */
			ac->needed[i * ac->outw + nd->id / 64] |=
			    UINT64_C(1) << (nd->id % 64);
			ac->exact[i] |= nd->exact != NULL;
		}
	r->found = ereallocarray(r->found, ac->outw ? ac->outw : 1,
	    sizeof *r->found);

	/* the trie; state 0 is the root, so 0 is "no child" here */
	ac->nstates = 1;
	own = ecalloc(nwords + 1, sizeof *own);
	for (i = 0; i < r->n; i++)
		for (nd = r->v[i].needs; nd != NULL; nd = nd->and)
			ac_insert(ac, nd, own, &nown);

	/* the suffix links, breadth first (the root's children link to the
	 * root; a child of s on c to where s's link goes on c) */
	fail = ecalloc(ac->nstates, sizeof *fail);
	queue = ecalloc(ac->nstates, sizeof *queue);
	head = tail = 0;
	for (c = 0; c < ac->ncls; c++)
		if ((nx = ac->next[c]) != 0)
			queue[tail++] = (uint32_t)nx;	/* fail[nx] = 0 */
	while (head < tail) {
		st = queue[head++];
		f = fail[st];
		for (k = 0; k < ac->outw; k++)
			ac->out[st * ac->outw + k] |= ac->out[f * ac->outw + k];
		ac->has_out[st] |= ac->has_out[f];
		for (c = 0; c < ac->ncls; c++) {
			nx = ac->next[st * ac->ncls + c];
			if (nx != 0) {
				fail[nx] = ac->next[f * ac->ncls + c];
				queue[tail++] = (uint32_t)nx;
			} else
				ac->next[st * ac->ncls + c] =
				    ac->next[f * ac->ncls + c];
		}
	}

	/* each state's words that must begin a word: its own, then its
	 * suffix's, whose list is complete first (breadth first) */
	ac->sfirst = ecalloc(ac->nstates, sizeof *ac->sfirst);
	ac->scount = ecalloc(ac->nstates, sizeof *ac->scount);
	for (at = 0, head = 0; head < tail && nown > 0; head++) {
		st = queue[head];
		for (k = 0; k < nown; k++)
			ac->scount[st] += own[k].state == st;
		ac->scount[st] += ac->scount[fail[st]];
		at += ac->scount[st];
	}
	ac->spool = ecalloc((size_t)at + 1, sizeof *ac->spool);
	for (at = 0, head = 0; head < tail && nown > 0; head++) {
		st = queue[head];
		f = fail[st];
		ac->sfirst[st] = at;
		for (k = 0; k < nown; k++)
			if (own[k].state == st)
				ac->spool[at++] = own[k].e;
		for (k = 0; k < ac->scount[f]; k++)
			ac->spool[at++] = ac->spool[ac->sfirst[f] + k];
	}
	free(own);
	free(fail);
	free(queue);
}

static void
sets_clear(struct rule_sets *rs)
{
	free(rs->by_byte);
	free(rs->unfiltered);
	free(rs->pass);
	free(rs->run);
	memset(rs, 0, sizeof *rs);
}

/* Puts rule i in filter f's set of the NFILTERS at s. */
static void
set_add(const struct rule_sets *rs, uint64_t *s, int f, size_t i)
{
	s[(size_t)f * rs->w + i / 64] |= UINT64_C(1) << (i % 64);
}

/* Makes the sets of rules of the byte filters (see struct rule_sets). */
static void
sets_build(struct rules *r)
{
	struct rule_sets *rs = &r->sets;
	const struct rule *u;
	size_t i, sw;
	unsigned c;

	sets_clear(rs);
	rs->w = (r->n + 63) / 64;
	sw = NFILTERS * rs->w;
	/* (+ 1: no allocation of nothing when there are no rules) */
	rs->by_byte = ecalloc(256 * sw + 1, sizeof *rs->by_byte);
	rs->unfiltered = ecalloc(sw + 1, sizeof *rs->unfiltered);
	rs->pass = ecalloc(sw + 1, sizeof *rs->pass);
	rs->run = ecalloc(rs->w + 1, sizeof *rs->run);
	for (i = 0; i < r->n; i++) {
		u = &r->v[i];
		for (c = 0; c < 256; c++)
			if (u->first[c >> 3] >> (c & 7) & 1)
				set_add(rs, rs->by_byte + c * sw, F_START, i);
		if (u->last_n == 0)
			set_add(rs, rs->unfiltered, F_HELD, i);
		if (u->last_n > 0)
			set_add(rs, rs->by_byte + u->last[0] * sw, F_HELD, i);
		if (u->last_n > 1)
			set_add(rs, rs->by_byte + u->last[1] * sw, F_HELD, i);
		if (!u->needs_digit)
			set_add(rs, rs->unfiltered, F_DIGIT, i);
		else
			for (c = '0'; c <= '9'; c++)
				set_add(rs, rs->by_byte + c * sw, F_DIGIT, i);
	}
	for (c = 0; c < 256; c++)
		for (i = 0; i < sw; i++)
			if (rs->by_byte[c * sw + i] != 0)
				rs->useful[c / 64] |= UINT64_C(1) << (c % 64);
}

struct rules *
rules_new(void)
{
	struct rules *r = ecalloc(1, sizeof *r);

	/* One match data, reused by every match: only the whole match's
	 * offsets are read. */
	if ((r->md = pcre2_match_data_create(1, NULL)) == NULL ||
	    (r->mctx = pcre2_match_context_create(NULL)) == NULL)
		die(EXIT_DATA, "out of memory");
	if (pcre2_set_match_limit(r->mctx, MATCH_LIMIT) != 0 ||
	    pcre2_set_depth_limit(r->mctx, DEPTH_LIMIT) != 0)
		die(EXIT_DATA, "pcre2: cannot set the match limits");
	/* The JIT stack is made lazily, when a pattern was JIT-compiled. */
	return r;
}

void
rules_free(struct rules *r)
{
	size_t i;

	if (r == NULL)
		return;
	needs_free(r->needs);
	ac_clear(&r->ac);
	sets_clear(&r->sets);
	free(r->found);
	free(r->xlist);
	free(r->xstate);
	for (i = 0; i < r->npre; i++) {
		pcre2_code_free(r->pre[i].u.re);
		free(r->pre[i].u.file);
		free(r->pre[i].regex);
	}
	free(r->pre);
	free(r->pstate);
	for (i = 0; i < r->n; i++) {
		pcre2_code_free(r->v[i].re);
		needs_free(r->v[i].needs);
		free(r->v[i].norm);
		free(r->v[i].file);
	}
	for (i = 0; i < r->ndefs; i++) {
		free(r->defs[i].name);
		free(r->defs[i].regex);
	}
	free(r->defs);
	free(r->v);
	pcre2_match_data_free(r->md);
	pcre2_match_context_free(r->mctx);
	pcre2_jit_stack_free(r->jit);
	free(r);
}

size_t
rules_count(const struct rules *r)
{
	return r->n;
}

static void
bad_line(const char *name, unsigned long line, const char *what,
    const char *detail)
{
	fprintf(stderr, "%s: %s:%lu: %s%s%s\n", progname, name, line, what,
	    detail ? ": " : "", detail ? detail : "");
}

static const struct define *
find_define(const struct rules *r, const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < r->ndefs; i++)
		if (strlen(r->defs[i].name) == len &&
		    memcmp(r->defs[i].name, name, len) == 0)
			return &r->defs[i];
	return NULL;
}

/* Copies a regex into out, replacing each {NAME} that is defined. */
static void
expand(const struct rules *r, const char *s, size_t n, struct buf *out)
{
	const struct define *d;
	size_t i, j;

	for (i = 0; i < n; i++) {
		if (s[i] == '{' && i + 1 < n && (s[i + 1] == '_' ||
		    (s[i + 1] >= 'A' && s[i + 1] <= 'Z'))) {
			for (j = i + 1; j < n && (s[j] == '_' ||
			    (s[j] >= 'A' && s[j] <= 'Z') ||
			    (s[j] >= '0' && s[j] <= '9')); j++)
				;
			if (j < n && s[j] == '}' &&
			    (d = find_define(r, s + i + 1, j - i - 1))) {
				buf_adds(out, "(?:");
				buf_adds(out, d->regex);
				buf_adds(out, ")");
				i = j;
				continue;
			}
		}
		buf_addc(out, s[i]);
	}
}

/* A phrase as a regex: every ASCII punctuation escaped, word bounds. */
static void
phrase_regex(const char *s, size_t n, struct buf *out)
{
	static const char bound[] = "[\\w\\x{80}-\\x{10ffff}]";
	size_t i;

	buf_adds(out, "(?<!");
	buf_adds(out, bound);
	buf_adds(out, ")");
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80 && !((c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == ' '))
			buf_addc(out, '\\');
		buf_addc(out, (char)c);
	}
	buf_adds(out, "(?!");
	buf_adds(out, bound);
	buf_adds(out, ")");
}

static int
parse_normaliser(const char *s, enum normaliser *how)
{
	static const struct {
		const char *name;
		enum normaliser how;
	} names[] = {
		{ "@text", N_TEXT }, { "@date", N_DATE }, { "@time", N_TIME },
		{ "@money", N_MONEY }, { "@number", N_NUMBER },
		{ "@ordinal", N_ORDINAL }, { "@person", N_PERSON },
	};
	size_t i;

	if (*s == '\0') {
		*how = N_TEXT;
		return 0;
	}
	if (*s != '@') {
		*how = N_FIXED;
		return 0;
	}
	for (i = 0; i < sizeof names / sizeof *names; i++)
		if (strcmp(s, names[i].name) == 0) {
			*how = names[i].how;
			return 0;
		}
	return -1;
}

/*
 * What bytes can start a match: a sentence without any of them is not
 * worth a pcre2_match call (most sentences have no digit, and most rules
 * need one).  A superset is always safe; all ones when unknown.  And a
 * byte that every match holds, when PCRE2 knows one (the ':' of a time):
 * a sentence without it is not worth a call either (1 % of a run's
 * instructions).  A letter is taken in either case; PCRE2 records no such
 * unit for a caseless letter with more than one other case (k, K and
 * the Kelvin sign), so the two cases are all there are.
 */
static void
first_bytes(struct rule *u)
{
	const uint8_t *map = NULL;
	uint32_t type = 2, unit;
	int c;

	memset(u->first, 0xff, sizeof u->first);
	if (pcre2_pattern_info(u->re, PCRE2_INFO_FIRSTCODETYPE, &type) != 0)
		return;
	if (type == 1) {
		if (pcre2_pattern_info(u->re, PCRE2_INFO_FIRSTCODEUNIT,
		    &unit) != 0 || unit > 0xff)
			return;
		memset(u->first, 0, sizeof u->first);
		u->first[unit >> 3] |= (uint8_t)(1u << (unit & 7));
		c = (int)unit;		/* either case, to be safe */
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			c ^= 0x20;
		u->first[c >> 3] |= (uint8_t)(1u << (c & 7));
	} else if (type == 0 && pcre2_pattern_info(u->re,
	    PCRE2_INFO_FIRSTBITMAP, &map) == 0 && map != NULL)
		memcpy(u->first, map, sizeof u->first);
	u->last_n = 0;
	if (pcre2_pattern_info(u->re, PCRE2_INFO_LASTCODETYPE, &type) == 0 &&
	    type == 1 && pcre2_pattern_info(u->re, PCRE2_INFO_LASTCODEUNIT,
	    &unit) == 0 && unit <= 0xff) {
		u->last[u->last_n++] = (unsigned char)unit;
		c = (int)unit;		/* either case, to be safe */
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			u->last[u->last_n++] = (unsigned char)(c ^ 0x20);
	}
}

static int
compile_rule(const char *name, unsigned long line, const char *regex,
    uint32_t options, struct rule *out)
{
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE erroff;
	int err;

	out->re = pcre2_compile((PCRE2_SPTR)regex, PCRE2_ZERO_TERMINATED,
	    options | PCRE2_UTF, &err, &erroff, NULL);
	if (out->re == NULL) {
		char detail[400];

		if (pcre2_get_error_message(err, msg, sizeof msg) < 0)
			snprintf((char *)msg, sizeof msg, "error %d", err);
		snprintf(detail, sizeof detail, "%s at offset %zu of /%s/",
		    (char *)msg, (size_t)erroff, regex);
		bad_line(name, line, "bad regular expression", detail);
		return -1;
	}
	first_bytes(out);
	/* JIT-compiled when a sentence first needs it (jit_rule) */
	return 0;
}

/*
 * JIT-compiles the rule u the first time a sentence passes its
 * prefilters: JIT-compiling all the built-in rules at start was two
 * thirds of the rules' start-up, and a run on a few sentences needs few
 * of them.
 */
static void
jit_rule(struct rules *r, struct rule *u)
{
	int rc;

	u->jit_tried = 1;
	rc = pcre2_jit_compile(u->re, PCRE2_JIT_COMPLETE);
	u->jit = rc == 0;
	if (rc == 0 && r->jit == NULL) {
		if ((r->jit = pcre2_jit_stack_create((size_t)32 * 1024,
		    JIT_STACK_MAX, NULL)) == NULL)
			die(EXIT_DATA, "out of memory");
		pcre2_jit_stack_assign(r->mctx, NULL, r->jit);
	}
	/* rc < 0: no JIT here (PCRE2_ERROR_JIT_BADOPTION) or the pattern is
	 * too complex for it; pcre2_match interprets it instead. */
}

/* "@needs-match REGEX" (s is what follows the word): the regex, its
 * {NAME}s expanded, for the next rule; one a rule. */
static int
needs_match_line(struct rules *r, const char *name, unsigned long line,
    const char *s)
{
	struct buf regex = BUF_INIT;
	struct needs_match nm;
	size_t k;

	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '\0') {
		bad_line(name, line, "@needs-match wants a regex", NULL);
		return -1;
	}
	if (r->pending) {
		bad_line(name, line, "one @needs-match a rule", NULL);
		r->pending = 0;		/* (the tests load on after it) */
		return -1;
	}
	expand(r, s, strlen(s), &regex);
	if (regex.data == NULL)		/* ({EMPTY}: a name of nothing) */
		buf_adds(&regex, "");
	for (k = 0; k < r->npre; k++)
		if (strcmp(r->pre[k].regex, regex.data) == 0)
			break;
	if (k == r->npre) {
		memset(&nm, 0, sizeof nm);
		if (compile_rule(name, line, regex.data, 0, &nm.u) < 0) {
			buf_free(&regex);
			return -1;
		}
		nm.u.file = estrdup(name);
		nm.u.line = line;
		nm.regex = estrdup(regex.data);
		r->pre = ereallocarray(r->pre, r->npre + 1, sizeof *r->pre);
		r->pstate = erealloc(r->pstate, r->npre + 1);
		r->pre[r->npre++] = nm;
	}
	buf_free(&regex);
	r->pending = k + 1;
	return 0;
}

static int
load_line(struct rules *r, const char *name, unsigned long line, char *s,
    int default_priority)
{
	char *field[5], *p, *end;
	const char *norm;
	struct buf regex = BUF_INIT;
	struct rule rule;
	uint32_t options = 0;
	size_t nf = 0, len, k;
	long prio;

	if (strncmp(s, "@define", 7) == 0 && (s[7] == ' ' || s[7] == '\t')) {
		struct define d;

		for (p = s + 7; *p == ' ' || *p == '\t'; p++)
			;
		for (end = p; *end && *end != ' ' && *end != '\t'; end++)
			;
		if (end == p || *end == '\0') {
			bad_line(name, line, "@define needs a NAME and a regex",
			    NULL);
			return -1;
		}
		d.name = emalloc((size_t)(end - p) + 1);
		memcpy(d.name, p, (size_t)(end - p));
		d.name[end - p] = '\0';
		while (*end == ' ' || *end == '\t')
			end++;
		expand(r, end, strlen(end), &regex);
		d.regex = regex.data ? regex.data : estrdup("");
		r->defs = ereallocarray(r->defs, r->ndefs + 1, sizeof *r->defs);
		r->defs[r->ndefs++] = d;
		return 0;
	}

	if (strncmp(s, "@needs-match", 12) == 0 && (s[12] == ' ' ||
	    s[12] == '\t'))
		return needs_match_line(r, name, line, s + 12);
	if (strncmp(s, "@needs-exact", 12) == 0 && (s[12] == ' ' ||
	    s[12] == '\t')) {
		struct needs *nd;

		for (p = s + 12; *p == ' ' || *p == '\t'; p++)
			;
		if (*p == '\0') {
			bad_line(name, line, "@needs-exact wants a word", NULL);
			return -1;
		}
		nd = needs_parse(p, 1);
		nd->and = r->needs;
		r->needs = nd;
		return 0;
	}
	if (strncmp(s, "@needs", 6) == 0 && (s[6] == ' ' || s[6] == '\t')) {
		struct needs *nd;

		for (p = s + 6; *p == ' ' || *p == '\t'; p++)
			;
		if (*p == '\0') {
			bad_line(name, line, "@needs wants a word or \"digit\"",
			    NULL);
			return -1;
		}
		if (strcmp(p, "digit") == 0)
			r->needs_digit = 1;
		else {
			nd = needs_parse(p, 0);
			for (k = 0; k < nd->n; k++)
				if (nd->start[k] && !word_byte(nd->w[k][0])) {
					bad_line(name, line, "a word after \\b "
					    "in @needs begins with a letter, "
					    "digit or _", NULL);
					needs_free(nd);
					return -1;
				}
			nd->and = r->needs;
			r->needs = nd;
		}
		return 0;
	}
	for (p = s; nf < 5; nf++) {
		field[nf] = p;
		if ((p = strchr(p, '\t')) == NULL) {
			nf++;
			break;
		}
		*p++ = '\0';
	}
	if (nf < 2 || nf > 4 || p != NULL) {
		bad_line(name, line, "a rule has 2 to 4 TAB-separated fields: "
		    "pattern, TYPE, norm, priority", NULL);
		return -1;
	}
	memset(&rule, 0, sizeof rule);
	rule.priority = default_priority;
	if ((rule.type = etype_parse(field[1])) == E_NONE) {
		bad_line(name, line, "unknown entity type", field[1]);
		return -1;
	}
	norm = nf > 2 ? field[2] : "";
	if (parse_normaliser(norm, &rule.how) < 0) {
		bad_line(name, line, "unknown normaliser", norm);
		return -1;
	}
	if (nf > 3 && field[3][0] != '\0') {
		prio = strtol(field[3], &end, 10);
		if (*end != '\0' || prio < -1000 || prio > 1000) {
			bad_line(name, line, "priority must be an integer "
			    "from -1000 to 1000", field[3]);
			return -1;
		}
		rule.priority = (int)prio;
	}
	len = strlen(field[0]);
	if (len == 0) {
		bad_line(name, line, "empty pattern", NULL);
		return -1;
	}
	if (field[0][0] == '/' && (end = strrchr(field[0], '/')) > field[0]) {
		for (p = end + 1; *p; p++) {
			if (*p != 'i') {
				bad_line(name, line, "unknown regex flag "
				    "(only i is known)", NULL);
				return -1;
			}
			options |= PCRE2_CASELESS;
		}
		expand(r, field[0] + 1, (size_t)(end - field[0] - 1), &regex);
	} else
		phrase_regex(field[0], len, &regex);
	if (regex.data == NULL)
		buf_adds(&regex, "");
	if (compile_rule(name, line, regex.data, options, &rule) < 0) {
		buf_free(&regex);
		return -1;
	}
	buf_free(&regex);
	if (rule.how == N_FIXED)
		rule.norm = estrdup(norm);
	rule.needs = r->needs;		/* @needs hold for one rule */
	rule.needs_digit = r->needs_digit;
	rule.pre = r->pending;
	r->needs = NULL;
	r->needs_digit = 0;
	r->pending = 0;
	rule.file = estrdup(name);
	rule.line = line;
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 32;
		r->v = ereallocarray(r->v, r->cap, sizeof *r->v);
	}
	r->v[r->n++] = rule;
	r->prepared = 0;	/* made again, with this rule */
	return 0;
}

int
rules_load(struct rules *r, const char *name, const char *text, size_t len,
    int default_priority)
{
	const char *p = text, *end = text + len, *nl;
	unsigned long line = 0;
	char *s;
	size_t n;
	int rc = 0;

	while (p < end && rc == 0) {
		line++;
		nl = memchr(p, '\n', (size_t)(end - p));
		n = (size_t)((nl ? nl : end) - p);
		if (n > 0 && p[n - 1] == '\r')
			n--;
		if (n > 0 && p[0] != '#') {
			s = emalloc(n + 1);
			memcpy(s, p, n);
			s[n] = '\0';
			rc = load_line(r, name, line, s, default_priority);
			free(s);
		}
		p = nl ? nl + 1 : end;
	}
	return rc;
}

static void
report_failure(struct rule *u, int rc)
{
	PCRE2_UCHAR msg[256];

	if (u->reported)
		return;
	u->reported = 1;
	if (pcre2_get_error_message(rc, msg, sizeof msg) < 0)
		snprintf((char *)msg, sizeof msg, "error %d", rc);
	warnmsg("%s:%lu: %s; this rule gives up on such sentences "
	    "(reported once)", u->file, u->line, (char *)msg);
}

/*
 * The bits of the bytes marked (0x80) in seen[256], in present[4]: the
 * marks' high bits, sixteen at a time where SSE2 is.
 */
static void
marked_bytes(const unsigned char *seen, uint64_t present[4])
{
	size_t i;

	memset(present, 0, 4 * sizeof *present);
#ifdef __SSE2__
	for (i = 0; i < 16; i++)
		present[i / 4] |= (uint64_t)(unsigned)_mm_movemask_epi8(
		    _mm_load_si128((const __m128i *)(const void *)(seen +
		    16 * i))) << (16 * (i % 4));
#else
	for (i = 0; i < 256; i++)
		present[i / 64] |= (uint64_t)(seen[i] >> 7) << (i % 64);
#endif
}

/*
 * The prefilters of rules_match, in one pass over the sentence: the
 * @needs lists one of whose words it holds, in any ASCII case
 * (r->found), and the bytes present in it, which give the rules that the
 * sentence lets through the byte filters (r->sets.run).  A byte is marked
 * in a table as it comes, one store, and the table read as bits once,
 * after the pass: setting a bit of a 256-bit set took five instructions
 * a byte.  Only the bytes that some filter lets through are looked up
 * (rs->useful).
 */
static void
prepare_text(struct rules *r, const char *text, size_t len)
{
	const struct needs_ac *ac = &r->ac;
	struct rule_sets *rs = &r->sets;
	_Alignas(16) unsigned char seen[256];
	uint64_t present[4], bits;
	const uint64_t *from;
	const struct ac_start *sp;
	size_t i, k, sw = NFILTERS * rs->w;
	uint32_t st = 0;
	unsigned c;

	memset(r->found, 0, (ac->outw ? ac->outw : 1) * sizeof *r->found);
	if (r->nx)
		memset(r->xstate, 0, r->nx);
	if (r->npre)
		memset(r->pstate, 0, r->npre);
	memset(seen, 0, sizeof seen);
	for (i = 0; i < len; i++) {
		c = (unsigned char)text[i];
		seen[c] = 0x80;
		st = ac->next[st * ac->ncls + ac->cls[c]];
		if (ac->has_out[st]) {
			for (k = 0; k < ac->outw; k++)
				r->found[k] |= ac->out[st * ac->outw + k];
			for (k = 0; k < ac->scount[st]; k++) {
				sp = &ac->spool[ac->sfirst[st] + k];
				if (sp->len > i || !word_byte(text[i - sp->len]))
					r->found[sp->id / 64] |=
					    UINT64_C(1) << (sp->id % 64);
			}
		}
	}
	marked_bytes(seen, present);
	memcpy(rs->pass, rs->unfiltered, sw * sizeof *rs->pass);
	for (i = 0; i < 4; i++)
		for (bits = present[i] & rs->useful[i]; bits != 0;
		    bits &= bits - 1) {
			c = (unsigned)(i * 64) + (unsigned)__builtin_ctzll(bits);
			from = rs->by_byte + c * sw;
			for (k = 0; k < sw; k++)
				rs->pass[k] |= from[k];
		}
	_Static_assert(NFILTERS == 3, "a rule runs when it passes all three");
	for (k = 0; k < rs->w; k++)
		rs->run[k] = rs->pass[k] & rs->pass[rs->w + k] &
		    rs->pass[2 * rs->w + k];
}

/* Does text (len bytes) hold a word of the exact list nd as written?
 * (Only where a word of it can start: the months' capitals are few.) */
static int
exact_in(const struct needs *nd, const char *text, size_t len)
{
	size_t i, k;
	unsigned char c;

	for (i = 0; i < len; i++) {
		c = (unsigned char)text[i];
		if (!(nd->xfirst[c >> 3] >> (c & 7) & 1))
			continue;
		for (k = 0; k < nd->n; k++)
			if (nd->xw[k][0] == (char)c && nd->len[k] <= len - i &&
			    memcmp(text + i, nd->xw[k], nd->len[k]) == 0)
				return 1;
	}
	return 0;
}

/*
 * The first match of rule u in text (len bytes) from byte at, into r->md:
 * pcre2_match's return.  pcre2_match would check its arguments and
 * options on every call before running the same JIT code: 2 % of a run's
 * instructions.
 */
static int
rule_match_at(struct rules *r, struct rule *u, const char *text, size_t len,
    PCRE2_SIZE at)
{
	if (!u->jit_tried)
		jit_rule(r, u);
	return u->jit ? pcre2_jit_match(u->re, (PCRE2_SPTR)text, len, at, 0,
	    r->md, r->mctx) : pcre2_match(u->re, (PCRE2_SPTR)text, len, at,
	    PCRE2_NO_UTF_CHECK, r->md, r->mctx);
}

/* Does @needs-match k match the sentence (text, len bytes) somewhere?
 * Asked once a sentence.  A failure of PCRE2 (a limit) says yes: the rule
 * then runs, and reports what fails. */
static int
pre_met(struct rules *r, size_t k, const char *text, size_t len)
{
	if (r->pstate[k] == 0)
		r->pstate[k] = rule_match_at(r, &r->pre[k].u, text, len, 0) ==
		    PCRE2_ERROR_NOMATCH ? 2 : 1;
	return r->pstate[k] == 1;
}

/* Has the sentence prepare_text read (text, len bytes) a word of every
 * list rule i needs, and a match of its @needs-match?  An exact list is
 * looked at only when the automaton found one of its words in some case,
 * once a sentence. */
static int
needs_met(struct rules *r, size_t i, const char *text, size_t len)
{
	const struct needs_ac *ac = &r->ac;
	const uint64_t *need = ac->needed + i * ac->outw;
	const struct needs *nd;
	size_t k;

	for (k = 0; k < ac->outw; k++)
		if ((r->found[k] & need[k]) != need[k])
			return 0;
	for (nd = ac->exact[i] ? r->v[i].needs : NULL; nd != NULL;
	    nd = nd->and) {
		if (nd->always || nd->exact == NULL)
			continue;
		if (r->xstate[nd->xid] == 0)
			r->xstate[nd->xid] = exact_in(nd, text, len) ? 1 : 2;
		if (r->xstate[nd->xid] == 2)
			return 0;
	}
	return r->v[i].pre == 0 || pre_met(r, r->v[i].pre - 1, text, len);
}

/* Adds a candidate to out for every match of rule u in text. */
static void
match_rule(struct rules *r, struct rule *u, const char *text, size_t len,
    struct mentions *out)
{
	struct mention m;
	PCRE2_SIZE *ov, at;
	int rc;

	for (at = 0; at <= len;) {
		rc = rule_match_at(r, u, text, len, at);
		if (rc == PCRE2_ERROR_NOMATCH)
			break;
		if (rc < 0) {	/* a limit, or worse: stop this rule */
			report_failure(u, rc);
			break;
		}
		ov = pcre2_get_ovector_pointer(r->md);
		if (ov[1] > ov[0]) {
			memset(&m, 0, sizeof m);
			m.s = ov[0];
			m.e = ov[1];
			m.type = u->type;
			m.how = u->how;
			m.priority = u->priority;
			m.norm = u->norm;
			mentions_add(out, &m);
		}
		if (ov[1] > at)
			at = ov[1];
		else {	/* empty match: step over one character */
			at++;
			while (at < len && ((unsigned char)text[at] & 0xc0) ==
			    0x80)
				at++;
		}
	}
}

void
rules_match(struct rules *r, const char *text, size_t len,
    struct mentions *out)
{
	uint64_t bits;
	size_t k, i;

	if (!r->prepared) {
		ac_build(r);
		sets_build(r);
		r->prepared = 1;
	}
	prepare_text(r, text, len);
	/* in the order of the rules, as the candidates always came */
	for (k = 0; k < r->sets.w; k++)
		for (bits = r->sets.run[k]; bits != 0; bits &= bits - 1) {
			i = k * 64 + (size_t)__builtin_ctzll(bits);
			if (needs_met(r, i, text, len))
				match_rule(r, &r->v[i], text, len, out);
		}
}
