#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "input.h"
#include "names.h"
#include "ner.h"
#include "tokenize.h"
#include "util.h"

#define NL	NER_NLABELS
#define MAXF	48		/* static features of one token, at most */
#define MAXGAZ	8		/* words in a gazetteer phrase, at most */

static const char magic[8] = "QNER1\n\0";

struct ner_model {
	const int16_t	*w;	/* NER_BUCKETS rows of NL */
	int16_t		*own;	/* w when converted, else NULL */
};

/*
 * The features that a token's bytes alone make, as their hashes: its
 * own, and those it gives as the word one or two before or after
 * another.  A word's are the same in every sentence, so they are kept
 * in a cache of words (struct ner_work), and most tokens take them from
 * there: making them was a sixth of a run's instructions.
 */
struct wordfeat {
	uint32_t	 word, low, shape, shrt, len;
	uint32_t	 pre[3], suf[3];	/* naffix of each */
	uint32_t	 lowm1, lowm2, lowp1, lowp2, shapem1, shapep1;
	uint32_t	 lowh;		/* hash of the lower case */
	uint32_t	 shrth;		/* hash of the short shape */
	unsigned char	 naffix;	/* letters of the affixes, at most 3 */
	unsigned char	 flags;		/* class_flags */
	unsigned char	 common;	/* T_COMMON's value, when capitalised */
};

/* What one token looks like, worked out when first needed (look). */
struct tokinfo {
	const char	*s;
	size_t		 n;
	struct wordfeat	 f;
	unsigned char	 gaz;		/* 0, or 1 + 2 * type (+1 inside) */
	unsigned char	 plain;		/* no capital: O unless a name goes on */
	unsigned char	 ready;
	/* the lexicon's flags of the token, when prepare looked it up */
	unsigned char	 have_lexflags;
	unsigned	 lexflags;
	/* the word of names_find with the same bytes, or NULL */
	const struct scanned_word *known;
};

/*
 * The cache of words: direct-mapped by the hash of a word's bytes (its
 * T_WORD feature), a word of up to WORD_MAX bytes a slot.  4096 slots
 * (400 KB) keep the features of three looks in five on the 1916 pages;
 * 1024 slots kept half, 16384 three in four.
 */
#define WORD_CACHE	4096
#define WORD_MAX	31

struct cached_word {
	struct wordfeat	 f;
	unsigned char	 n;		/* 0: an empty slot */
	char		 s[WORD_MAX];
};

typedef void scores_fn(const int16_t *, const uint32_t *, size_t,
    const uint32_t *, size_t, int32_t *);
static scores_fn *scores_pick(void);

/* Per-sentence scratch, reused. */
struct ner_work {
	struct tokens	 tok;
	uint32_t	*feat;		/* MAXF per token */
	unsigned char	*nfeat;
	struct tokinfo	*ti;
	unsigned char	*label;
	unsigned char	*hint;		/* rule layer's name at each token */
	struct ner_span	*span;
	size_t		 cap, nspan;
	scores_fn	*scores;	/* the version for this processor */
	struct cached_word *cache;	/* WORD_CACHE words */
	const struct lexicon *cache_of;	/* whose flags the cache holds */
	const int16_t	*rows;		/* the weights ner_find scores with,
					 * for put; NULL in training */
};

/* Feature templates: the first byte of every hashed feature. */
enum {
	T_BIAS = 1, T_WORD, T_LOW, T_SHAPE, T_SHORT, T_PRE1, T_PRE2, T_PRE3,
	T_SUF1, T_SUF2, T_SUF3, T_FIRST, T_LOWM1, T_LOWM2, T_LOWP1, T_LOWP2,
	T_SHAPEM1, T_SHAPEP1, T_GAZ, T_GAZM1, T_GAZP1, T_FLAGS, T_FLAGSM1,
	T_FLAGSP1, T_COMMON, T_P1, T_P2P1, T_P1LOW, T_P1SHAPE, T_LOWM1LOW,
	T_LOWLOWP1, T_SHORTM1SHORTP1, T_LEN, T_FLAGSM2, T_GAZLOW,
	T_HINT, T_HINTM1, T_HINTP1, T_HINTSHAPE, T_HINTGAZ
};

/*
 * w->hint[i]: 0, or 1 + 4 * type + 2 * (from the gazetteer) + (not the
 * first word) of the rule layer's name covering token i.
 */
static void
set_hints(struct ner_work *w, const struct mentions *h)
{
	size_t i, k, lo, hi, mid;

	if (w->tok.n == 0)	/* hint is still NULL then */
		return;
	memset(w->hint, 0, w->tok.n);
	if (h == NULL)
		return;
	for (k = 0; k < h->n; k++) {
		const struct mention *m = &h->v[k];
		int first = 1;

		if (m->type < E_PERSON || m->type > E_EVENT)
			continue;
		/* The tokens are in text order: search for the first that
		 * ends after the mention's start, so that a sentence of many
		 * tokens and many mentions is not quadratic. */
		for (lo = 0, hi = w->tok.n; lo < hi; ) {
			mid = lo + (hi - lo) / 2;
			if (w->tok.v[mid].end <= m->s)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (i = lo; i < w->tok.n && w->tok.v[i].start < m->e; i++) {
			if (w->tok.v[i].end <= m->s)
				continue;
			w->hint[i] = (unsigned char)(1 + 4 * m->type +
			    2 * (m->how == N_FIXED) + !first);
			first = 0;
		}
	}
}

/*
 * Features are hashed with FNV-1a, a byte at a time; the model's rows
 * are where those hashes fall, so they must not change.  The steps of a
 * template byte and of an int are written out: looping over a copy of
 * their bytes took twice the instructions, and hashing is a tenth of a
 * run's.
 */
static uint32_t
fnv_step(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}

static uint32_t
hash_bytes(uint32_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	size_t i;

	/* unrolled: the loop's own count and branch were a third of a
	 * step's instructions */
#pragma GCC unroll 4
	for (i = 0; i < n; i++)
		h = fnv_step(h, s[i]);
	return h;
}

/* v's bytes, least significant first */
static uint32_t
hash_int(uint32_t h, uint32_t v)
{
	h = fnv_step(h, v & 255);
	h = fnv_step(h, (v >> 8) & 255);
	h = fnv_step(h, (v >> 16) & 255);
	return fnv_step(h, v >> 24);
}

static uint32_t
feat(unsigned tmpl, const void *p, size_t n)
{
	return hash_bytes(fnv_step(2166136261u, (unsigned char)tmpl), p, n);
}

/* The features of templates t1, t2 and t3 of the same n bytes, in one
 * pass over them (a word's shape is three features). */
static void
feat3(unsigned t1, unsigned t2, unsigned t3, const void *p, size_t n,
    uint32_t *f1, uint32_t *f2, uint32_t *f3)
{
	const unsigned char *s = p;
	uint32_t h1 = fnv_step(2166136261u, (unsigned char)t1);
	uint32_t h2 = fnv_step(2166136261u, (unsigned char)t2);
	uint32_t h3 = fnv_step(2166136261u, (unsigned char)t3);
	size_t i;

	for (i = 0; i < n; i++) {
		h1 = fnv_step(h1, s[i]);
		h2 = fnv_step(h2, s[i]);
		h3 = fnv_step(h3, s[i]);
	}
	*f1 = h1;
	*f2 = h2;
	*f3 = h3;
}

/* inline: the template is a constant at every call, so its step is
 * folded, and so is an int that is 0 (T_LOW, T_P1...); as a call it was
 * 1.7 % of a run's instructions */
static inline uint32_t
feat2(unsigned tmpl, uint32_t a, uint32_t b)
{
	return hash_int(hash_int(fnv_step(2166136261u, (unsigned char)tmpl),
	    a), b);
}

/* "Putin" -> "Xxxxx" with runs cut at 3 (long) and at 1 (short). */
static void
shapes(const char *s, size_t n, char *lng, size_t *ln, char *sht,
    size_t *sn)
{
	size_t i, run = 0;
	char c, prev = 0;

	*ln = *sn = 0;
	for (i = 0; i < n; i++) {
		unsigned char u = (unsigned char)s[i];

		if (u >= 0x80 && (u & 0xc0) == 0x80)
			continue;	/* continuation byte */
		if (u >= 'A' && u <= 'Z')
			c = 'X';
		else if (u >= 'a' && u <= 'z')
			c = 'x';
		else if (u >= '0' && u <= '9')
			c = 'd';
		else if (u >= 0x80)
			c = 'u';
		else
			c = (char)u;
		run = c == prev ? run + 1 : 1;
		if (run <= 3 && *ln < 15)
			lng[(*ln)++] = c;
		if (run == 1 && *sn < 15)
			sht[(*sn)++] = c;
		prev = c;
	}
}

/* The classes of the model's features of a word of lexicon flags f. */
static unsigned char
class_flags(unsigned f)
{
	unsigned char r = 0;

	if (f & W_TITLE)
		r |= 1;
	if (f & (W_ORGCUE | W_ORGNEXT))
		r |= 2;
	if (f & W_LOCPREP)
		r |= 4;
	if (f & W_SAYS)
		r |= 8;
	if (f & (W_FUNCTION | W_CONNECTOR))
		r |= 16;
	if (f & (W_GPECUE | W_LOCCUE | W_FACCUE))
		r |= 32;
	if (f & (W_EVENTCUE | W_LAWCUE | W_TITLEPRE))
		r |= 64;
	return r;
}

static void
work_grow(struct ner_work *w, size_t n)
{
	if (n <= w->cap)
		return;
	w->cap = n + n / 2 + 16;
	w->feat = ereallocarray(w->feat, w->cap, MAXF * sizeof *w->feat);
	w->nfeat = erealloc(w->nfeat, w->cap);
	w->label = erealloc(w->label, w->cap);
	w->ti = ereallocarray(w->ti, w->cap, sizeof *w->ti);
	w->hint = erealloc(w->hint, w->cap);
	w->span = ereallocarray(w->span, w->cap, sizeof *w->span);
}

struct ner_work *
ner_work_new(void)
{
	struct ner_work *w = ecalloc(1, sizeof(struct ner_work));

	w->scores = scores_pick();
	w->cache = ecalloc(WORD_CACHE, sizeof *w->cache);
	return w;
}

void
ner_work_free(struct ner_work *w)
{
	if (w == NULL)
		return;
	tokens_free(&w->tok);
	free(w->feat);
	free(w->nfeat);
	free(w->label);
	free(w->ti);
	free(w->hint);
	free(w->span);
	free(w->cache);
	free(w);
}

/*
 * The word of known (n of them, in text order, read from *at on) that is
 * bytes start..end, or NULL; *at moves past the words before start, so
 * that the tokens, in text order too, are matched in one pass.
 */
static const struct scanned_word *
known_word(const struct scanned_word *known, size_t n, size_t *at,
    size_t start, size_t end)
{
	if (known == NULL)
		return NULL;
	while (*at < n && known[*at].s < start)
		(*at)++;
	return *at < n && known[*at].s == start && known[*at].e == end ?
	    &known[*at] : NULL;
}

/*
 * The tokens of text (spans in w->tok) into w->ti, and the gazetteer
 * phrases that begin with a capital; the rest is worked out when needed
 * (look), and most words are never looked at.
 */
static void
prepare(const struct lexicon *x, struct ner_work *w, const char *text,
    const struct scanned_word *known, size_t nknown)
{
	size_t n = w->tok.n, i, j, k, kw = 0;
	struct tokinfo *ti = w->ti, *t;

	for (i = 0; i < n; i++) {
		t = &ti[i];
		t->s = text + w->tok.v[i].start;
		t->n = w->tok.v[i].end - w->tok.v[i].start;
		t->plain = 1;
		t->ready = 0;
		t->gaz = 0;
		t->have_lexflags = 0;
		t->known = known_word(known, nknown, &kw, w->tok.v[i].start,
		    w->tok.v[i].end);
		if (t->known)	/* names_find read its bytes */
			t->plain = (unsigned char)t->known->plain;
		else
			for (k = 0; k < t->n; k++)
				if ((t->s[k] >= 'A' && t->s[k] <= 'Z') ||
				    (t->s[k] & 0x80)) {
					t->plain = 0;
					break;
				}
		w->nfeat[i] = 0;
	}
	/* gazetteer phrases, longest first from each word */
	for (i = 0; i < n; i++) {
		const struct lexent *best = NULL;
		size_t bestj = i;

		if (ti[i].gaz || ti[i].plain)
			continue;
		for (j = i; j < n && j < i + MAXGAZ; j++) {
			const char *s = ti[i].s;
			size_t len = (size_t)(ti[j].s + ti[j].n - s);
			const struct lexent *le = j == i && ti[i].known ?
			    ti[i].known->ent : lexicon_get(x, s, len);

			if (j == i) {	/* the token itself: for look */
				ti[i].have_lexflags = 1;
				ti[i].lexflags = le ? le->flags : 0;
			}
			if (le == NULL)
				break;		/* nor can a longer phrase be */
			/* ("Mass." is a place only after a town: names.c) */
			if (le->type != E_NONE && !(le->flags & W_AFTERPLACE)) {
				best = le;
				bestj = j;
			}
			if (!(le->flags & W_PREFIX))
				break;
		}
		if (best)
			for (j = i; j <= bestj; j++)
				ti[j].gaz = (unsigned char)(1 + 2 *
				    best->type + (j > i));
	}
}

/* The features of the bytes of t (word, its T_WORD feature, already
 * made) into t->f. */
static void
word_features(const struct lexicon *x, struct tokinfo *t, uint32_t word)
{
	struct wordfeat *f = &t->f;
	char low[32], shape[16], shrt[16];
	size_t k, lown, shapen, shrtn;
	unsigned char v;

	lown = t->n < sizeof low ? t->n : sizeof low - 1;
	for (k = 0; k < lown; k++) {
		char c = t->s[k];

		low[k] = c >= 'A' && c <= 'Z' ? c + 32 : c;
	}
	f->lowh = feat(0, low, lown);
	shapes(t->s, t->n, shape, &shapen, shrt, &shrtn);
	f->shrth = feat(0, shrt, shrtn);
	f->flags = class_flags(t->have_lexflags ? t->lexflags : t->known ?
	    (t->known->ent ? t->known->ent->flags : 0) :
	    lexicon_flags(x, t->s, t->n));
	f->word = word;
	f->low = feat2(T_LOW, f->lowh, 0);
	feat3(T_SHAPE, T_SHAPEM1, T_SHAPEP1, shape, shapen, &f->shape,
	    &f->shapem1, &f->shapep1);
	f->shrt = feat(T_SHORT, shrt, shrtn);
	f->naffix = (unsigned char)(lown < 3 ? lown : 3);
	for (k = 0; k < f->naffix; k++) {
		f->pre[k] = feat(T_PRE1 + (unsigned)k, low, k + 1);
		f->suf[k] = feat(T_SUF1 + (unsigned)k, low + lown - k - 1,
		    k + 1);
	}
	v = (unsigned char)(t->n > 6 ? 6 : t->n);
	f->len = feat(T_LEN, &v, 1);
	f->lowm1 = feat2(T_LOWM1, f->lowh, 0);
	f->lowm2 = feat2(T_LOWM2, f->lowh, 0);
	f->lowp1 = feat2(T_LOWP1, f->lowh, 0);
	f->lowp2 = feat2(T_LOWP2, f->lowh, 0);
	/* names_find's answer is of the whole word */
	f->common = t->n && t->s[0] >= 'A' && t->s[0] <= 'Z' ?
	    (unsigned char)(t->known && lown == t->n ? t->known->common :
	    lexicon_is_common(x, low, lown)) : 0;
}

static const struct tokinfo *
look(const struct lexicon *x, struct ner_work *w, size_t i)
{
	struct tokinfo *t = &w->ti[i];
	struct cached_word *cw;
	uint32_t word;

	if (t->ready)
		return t;
	t->ready = 1;
	word = feat(T_WORD, t->s, t->n);
	if (t->n == 0 || t->n > WORD_MAX) {
		word_features(x, t, word);
		return t;
	}
	if (w->cache_of != x) {		/* (one lexicon a run, in practice) */
		memset(w->cache, 0, WORD_CACHE * sizeof *w->cache);
		w->cache_of = x;
	}
	cw = &w->cache[word & (WORD_CACHE - 1)];
	if (cw->n == t->n && memcmp(cw->s, t->s, t->n) == 0) {
		t->f = cw->f;
		return t;
	}
	word_features(x, t, word);
	cw->f = t->f;
	cw->n = (unsigned char)t->n;
	memcpy(cw->s, t->s, t->n);
	return t;
}

/* The row of feature hash h in the weights w. */
static const int16_t *
row_of(const int16_t *w, uint32_t h)
{
	return w + (size_t)(h & (NER_BUCKETS - 1)) * NL;
}

/*
 * Puts feature h at f[(*nf)++], and asks for its row of the weights
 * being scored with: they are scattered over megabytes, so every row is
 * asked for before any is added; here, as the feature is made, and not
 * in a loop of its own over the features (three instructions a feature
 * instead of seven, and asked for sooner).
 */
static inline void
put(const struct ner_work *w, uint32_t *f, unsigned *nf, uint32_t h)
{
	f[(*nf)++] = h;
	if (w->rows != NULL)
		__builtin_prefetch(row_of(w->rows, h));
}

/* The static features of token i into w->feat, once. */
static void
token_features(const struct lexicon *x, struct ner_work *w, size_t i)
{
	uint32_t *f = w->feat + i * MAXF;
	size_t n = w->tok.n, k;
	unsigned nf = 0;
	const struct tokinfo *c, *m1, *m2, *p1, *p2;
	unsigned char v;
	int upper;

	if (w->nfeat[i])
		return;
	c = look(x, w, i);
	m1 = i > 0 ? look(x, w, i - 1) : NULL;
	m2 = i > 1 ? look(x, w, i - 2) : NULL;
	p1 = i + 1 < n ? look(x, w, i + 1) : NULL;
	p2 = i + 2 < n ? look(x, w, i + 2) : NULL;
	upper = c->n && c->s[0] >= 'A' && c->s[0] <= 'Z';
	put(w, f, &nf, feat(T_BIAS, "", 0));
	put(w, f, &nf, c->f.word);
	put(w, f, &nf, c->f.low);
	put(w, f, &nf, c->f.shape);
	put(w, f, &nf, c->f.shrt);	/* (label_features reads it here) */
	for (k = 0; k < c->f.naffix; k++)
		put(w, f, &nf, c->f.pre[k]);
	for (k = 0; k < c->f.naffix; k++)
		put(w, f, &nf, c->f.suf[k]);
	v = (unsigned char)((i == 0) * 2 + upper);
	put(w, f, &nf, feat(T_FIRST, &v, 1));
	put(w, f, &nf, c->f.len);
	/* 1 and 2 stand for the sentence's edges */
	put(w, f, &nf, m1 ? m1->f.lowm1 : feat2(T_LOWM1, 1, 0));
	put(w, f, &nf, m2 ? m2->f.lowm2 : feat2(T_LOWM2, 1, 0));
	put(w, f, &nf, p1 ? p1->f.lowp1 : feat2(T_LOWP1, 2, 0));
	put(w, f, &nf, p2 ? p2->f.lowp2 : feat2(T_LOWP2, 2, 0));
	put(w, f, &nf, feat2(T_LOWM1LOW, m1 ? m1->f.lowh : 1, c->f.lowh));
	put(w, f, &nf, feat2(T_LOWLOWP1, c->f.lowh, p1 ? p1->f.lowh : 2));
	if (m1)
		put(w, f, &nf, m1->f.shapem1);
	if (p1)
		put(w, f, &nf, p1->f.shapep1);
	put(w, f, &nf, feat2(T_SHORTM1SHORTP1,
	    m1 ? m1->f.shrth : 0, p1 ? p1->f.shrth : 0));
	put(w, f, &nf, feat(T_GAZ, &c->gaz, 1));
	put(w, f, &nf, feat2(T_GAZLOW, c->gaz, c->f.lowh));
	v = m1 ? m1->gaz : 255;
	put(w, f, &nf, feat(T_GAZM1, &v, 1));
	v = p1 ? p1->gaz : 255;
	put(w, f, &nf, feat(T_GAZP1, &v, 1));
	put(w, f, &nf, feat(T_FLAGS, &c->f.flags, 1));
	v = m1 ? m1->f.flags : 255;
	put(w, f, &nf, feat(T_FLAGSM1, &v, 1));
	v = m2 ? m2->f.flags : 255;
	put(w, f, &nf, feat(T_FLAGSM2, &v, 1));
	v = p1 ? p1->f.flags : 255;
	put(w, f, &nf, feat(T_FLAGSP1, &v, 1));
	put(w, f, &nf, feat(T_HINT, &w->hint[i], 1));
	v = i > 0 ? w->hint[i - 1] : 255;
	put(w, f, &nf, feat(T_HINTM1, &v, 1));
	v = i + 1 < n ? w->hint[i + 1] : 255;
	put(w, f, &nf, feat(T_HINTP1, &v, 1));
	put(w, f, &nf, feat2(T_HINTSHAPE, w->hint[i], c->f.shrth));
	put(w, f, &nf, feat2(T_HINTGAZ, w->hint[i], c->gaz));
	if (upper)
		put(w, f, &nf, feat(T_COMMON, &c->f.common, 1));
	w->nfeat[i] = (unsigned char)nf;
}

/* May label l follow prev? (I-X only after B-X or I-X) */
static int
allowed(int prev, int l)
{
	if (l == 0 || l % 2 == 1)
		return 1;
	return prev == l || prev == l - 1;
}

/*
 * The label of the highest score that may follow prev, the first of
 * equal ones, as a loop over every label asking allowed() picks it: O
 * and every B- may, and of the I- labels only the one that goes on with
 * prev's class (I-X after B-X or I-X), so the I- labels are not looked
 * at one by one.
 */
_Static_assert(NL % 2 == 1, "O, then a B- and an I- label a class");
static int
best_label(int prev, const int32_t score[NL])
{
	int l, best = 0, go_on = prev == 0 ? 0 : prev + prev % 2;

	for (l = 1; l < NL; l += 2) {
		if (score[l] > score[best])
			best = l;
		if (l + 1 == go_on && score[l + 1] > score[best])
			best = l + 1;
	}
	return best;
}

/* The features that depend on the labels before token i. */
static size_t
label_features(const struct ner_work *w, size_t i, uint32_t *f)
{
	int p1 = i > 0 ? w->label[i - 1] : NL, p2 = i > 1 ? w->label[i - 2] :
	    NL;
	size_t nf = 0;

	f[nf++] = feat2(T_P1, (uint32_t)p1, 0);
	f[nf++] = feat2(T_P2P1, (uint32_t)p2, (uint32_t)p1);
	f[nf++] = feat2(T_P1LOW, (uint32_t)p1, w->ti[i].f.lowh);
	f[nf++] = feat2(T_P1SHAPE, (uint32_t)p1, w->feat[i * MAXF + 4]);
	return nf;
}

/*
 * Tokens no name holds: punctuation only ("Medicaid. Federal", "—"; but
 * & as in AT&T stays), and the possessive 's ("Adamowicz's").
 */
static int
not_in_name(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;

	if ((n == 2 && u[0] == '\'' && (u[1] | 32) == 's') ||
	    (n == 4 && memcmp(u, "\xe2\x80\x99", 3) == 0 && (u[3] | 32) == 's'))
		return 1;
	/* one character of General Punctuation, U+2000-U+206F: — ’ " */
	if (n == 3 && u[0] == 0xe2 && (u[1] == 0x80 || u[1] == 0x81))
		return 1;
	for (i = 0; i < n; i++)
		if (u[i] >= 0x80 || ((u[i] | 32) >= 'a' && (u[i] | 32) <=
		    'z') || (u[i] >= '0' && u[i] <= '9') || u[i] == '&')
			return 0;
	return 1;
}

/* Whether token i is a lower-case "and". */
static int
is_and(const struct lexicon *x, struct ner_work *w, size_t i)
{
	const struct tokinfo *t = look(x, w, i);

	return t->n == 3 && memcmp(t->s, "and", 3) == 0;
}

/* Whether no word of tokens a..b is an organisation cue or known to the
 * gazetteer. */
static int
cue_free(const struct lexicon *x, struct ner_work *w, size_t a, size_t b)
{
	const struct tokinfo *t;

	for (; a <= b; a++) {
		t = look(x, w, a);
		if ((t->f.flags & 2) || t->gaz)
			return 0;
	}
	return 1;
}

/*
 * The spans of the labels.  A lower-case "and" inside a name the model
 * labelled joins two names ("the Taliban and Gazprom") rather than being
 * part of one, unless a word of the run of labels around it is an
 * organisation cue ("Food and Drug Administration") or known to the
 * gazetteer ("Bosnia and Herzegovina"); a firm named "X and Y" without a
 * cue is split too: in news, coordination is the commoner case.  The run
 * is looked at once, when its first "and" comes, so that a long run of
 * names and "and"s stays linear.
 */
static void
collect_spans(const struct lexicon *x, struct ner_work *w)
{
	size_t i, n = w->tok.n, first = 0, run_end = 0, resumed = SIZE_MAX;
	int run_known = 0, run_splits = 0;

	w->nspan = 0;
	for (i = 0; i < n; i++) {
		int l = w->label[i];
		struct ner_span *sp;

		if (l == 0 || not_in_name(w->ti[i].s, w->ti[i].n)) {
			w->label[i] = 0;
			continue;
		}
		if (l % 2 == 0 && w->nspan > 0 && i > 0 && w->label[i - 1] &&
		    (w->label[i - 1] - 1) / 2 == (l - 1) / 2) {
			if (is_and(x, w, i)) {
				if (!run_known) {
					for (run_end = i; run_end + 1 < n &&
					    w->label[run_end + 1] == l &&
					    !not_in_name(w->ti[run_end + 1].s,
					    w->ti[run_end + 1].n); run_end++)
						;
					run_splits = cue_free(x, w, first,
					    run_end);
					run_known = 1;
				}
				if (run_splits && i != run_end) {
					w->label[i] = 0;
					/* the next begins a name */
					if (i + 1 < n) {
						w->label[i + 1] =
						    (unsigned char)(l - 1);
						resumed = i + 1;
					}
					continue;
				}
			}
			w->span[w->nspan - 1].e = w->tok.v[i].end;
			continue;
		}
		if (i != resumed) {	/* a new run, not the rest of one */
			first = i;
			run_known = 0;
		}
		/* "Paul Sun" - "Hyung Lee": the tokens part at a hyphen
		 * that a name holds ("Sun-Hyung", "Rhys-Davies") */
		if (w->nspan > 0 && i >= 2 && w->ti[i - 1].n == 1 &&
		    w->ti[i - 1].s[0] == '-' && w->span[w->nspan - 1].e ==
		    w->tok.v[i - 1].start && w->tok.v[i - 1].end ==
		    w->tok.v[i].start && w->span[w->nspan - 1].cls ==
		    (enum ner_class)((l - 1) / 2)) {
			w->span[w->nspan - 1].e = w->tok.v[i].end;
			continue;
		}
		sp = &w->span[w->nspan++];
		sp->s = w->tok.v[i].start;
		sp->e = w->tok.v[i].end;
		sp->cls = (enum ner_class)((l - 1) / 2);
	}
}

/*
 * The weights are stored little-endian.  On a little-endian machine with
 * the data 2-aligned they are used where they lie (the embedded model, or
 * the caller's buffer, which must then outlive the model): no 2.4 MB copy
 * at start-up, and only the rows a run touches are paged in.
 */
struct ner_model *
ner_load(const void *data, size_t len)
{
	const unsigned char *p = data;
	struct ner_model *m;
	size_t i, n = (size_t)NER_BUCKETS * NL;
	int16_t *w;

	if (len != 16 + 2 * n || memcmp(p, magic, 8) != 0 ||
	    (p[8] | p[9] << 8 | p[10] << 16 | (uint32_t)p[11] << 24) !=
	    NER_BUCKETS || p[12] != NL)
		return NULL;
	m = emalloc(sizeof *m);
	m->own = NULL;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if ((uintptr_t)(p + 16) % _Alignof(int16_t) == 0) {
		m->w = (const int16_t *)(const void *)(p + 16);
		return m;
	}
#endif
	m->w = m->own = w = ereallocarray(NULL, n, sizeof *w);
	for (p += 16, i = 0; i < n; i++, p += 2)
		w[i] = (int16_t)(uint16_t)(p[0] | p[1] << 8);
	return m;
}

void
ner_free(struct ner_model *m)
{
	if (m == NULL)
		return;
	free(m->own);
	free(m);
}

/*
 * A row of the model is NL = 9 int16 weights, rows 18 bytes apart
 * (hence the unaligned type).  The first eight are added as four 32-bit
 * lanes of two weights each: shifted left and back right by 16, a lane
 * holds the weight of its low half widened with its sign, shifted right
 * that of its high half; a row is one load, three shifts and two adds,
 * with no lanes to unpack (widening the eight to one vector of 32-bit
 * lanes took 23 instructions a row, 7 % of a run's).  The sums are of
 * 32 bits because a sum of many weights would overflow 16.  The ninth
 * weight is added alone.
 */
_Static_assert(NL == 9, "rows_add adds rows of 8 + 1 weights");
typedef int32_t v4si __attribute__((vector_size(16)));
typedef uint32_t v4su __attribute__((vector_size(16)));
typedef int32_t v4si_row __attribute__((vector_size(16), aligned(2)));

/* Adds the rows of the n feature hashes f in w to the sums of the low
 * and high halves of their lanes and of their ninth weights. */
static void
rows_add(const int16_t *w, const uint32_t *f, size_t n, v4si *low,
    v4si *high, int32_t *last)
{
	const int16_t *row;
	v4si pair;
	size_t k;

	for (k = 0; k < n; k++) {
		row = row_of(w, f[k]);
		pair = *(const v4si_row *)(const void *)row;
		*low += (v4si)((v4su)pair << 16) >> 16;
		*high += pair >> 16;
		*last += row[NL - 1];
	}
}

/* The scores of a token: the sums of the rows of its n features f and of
 * its nl label features lf. */
static void
scores_portable(const int16_t *w, const uint32_t *f, size_t n,
    const uint32_t *lf, size_t nl, int32_t score[NL])
{
	v4si low = { 0 }, high = { 0 };
	int32_t last = 0;
	size_t l;

	rows_add(w, f, n, &low, &high, &last);
	rows_add(w, lf, nl, &low, &high, &last);
	for (l = 0; l < (NL - 1) / 2; l++) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		score[2 * l] = high[l];
		score[2 * l + 1] = low[l];
#else
		score[2 * l] = low[l];
		score[2 * l + 1] = high[l];
#endif
	}
	score[NL - 1] = last;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HAVE_AVX2_PATH 1
#include <immintrin.h>

/* rows_add with AVX2: the eight weights widened by one instruction into
 * the eight lanes of the sum (16 instructions a row -> 10). */
__attribute__((target("avx2"))) static void
rows_add_avx2(const int16_t *w, const uint32_t *f, size_t n, __m256i *sum,
    int32_t *last)
{
	const int16_t *row;
	size_t k;

	for (k = 0; k < n; k++) {
		row = row_of(w, f[k]);
		*sum = _mm256_add_epi32(*sum, _mm256_cvtepi16_epi32(
		    _mm_loadu_si128((const __m128i *)(const void *)row)));
		*last += row[NL - 1];
	}
}

__attribute__((target("avx2"))) static void
scores_avx2(const int16_t *w, const uint32_t *f, size_t n,
    const uint32_t *lf, size_t nl, int32_t score[NL])
{
	__m256i sum = _mm256_setzero_si256();
	int32_t last = 0;

	rows_add_avx2(w, f, n, &sum, &last);
	rows_add_avx2(w, lf, nl, &sum, &last);
	_mm256_storeu_si256((__m256i *)(void *)score, sum);
	score[NL - 1] = last;
}
#endif

/* The version of the scores for this processor, picked once. */
static scores_fn *
scores_pick(void)
{
#ifdef HAVE_AVX2_PATH
	if (__builtin_cpu_supports("avx2"))
		return scores_avx2;
#endif
	return scores_portable;
}

size_t
ner_find(const struct ner_model *m, const struct lexicon *x,
    struct ner_work *w, const char *text, size_t len,
    const struct mentions *hints, const struct scanned_word *known,
    size_t nknown, const struct ner_span **out)
{
	size_t i, k, nf;
	uint32_t lf[8];

	tokenize(text, len, &w->tok);
	work_grow(w, w->tok.n);
	set_hints(w, hints);
	prepare(x, w, text, known, nknown);
	w->rows = m->w;
	for (i = 0; i < w->tok.n; i++) {
		const uint32_t *f = w->feat + i * MAXF;
		int32_t score[NL];
		int prev = i ? w->label[i - 1] : 0;

		/* most words: fast, and the model was trained so */
		if (prev == 0 && w->ti[i].plain && !w->hint[i]) {
			w->label[i] = 0;
			continue;
		}
		token_features(x, w, i);	/* (asks for its rows) */
		nf = label_features(w, i, lf);
		for (k = 0; k < nf; k++)
			__builtin_prefetch(row_of(m->w, lf[k]));
		w->scores(m->w, f, w->nfeat[i], lf, nf, score);
		w->label[i] = (unsigned char)best_label(prev, score);
	}
	collect_spans(x, w);
	*out = w->span;
	return w->nspan;
}

/* ---- training ---- */

struct corpus {
	struct buf	 text;		/* sentences, each NUL-terminated */
	size_t		*sent;		/* offset of each sentence's text */
	struct buf	 gold;		/* labels of all tokens, in order */
	size_t		*goldat;	/* first label of each sentence */
	unsigned char	*newdoc;	/* 1: the sentence begins a document */
	struct buf	 hints;		/* set_hints of every token */
	size_t		*hintat;
	size_t		 n, cap;
	int		 pending_doc;
};

static int
tag_label(const char *tag, size_t n, int prevlabel, int *label)
{
	static const char *const names[] = { "PER", "ORG", "LOC", "MISC" };
	size_t c;

	if (n == 1 && tag[0] == 'O') {
		*label = 0;
		return 0;
	}
	if (n < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-')
		return -1;
	for (c = 0; c < NER_NCLASSES; c++)
		if (n - 2 == strlen(names[c]) &&
		    memcmp(tag + 2, names[c], n - 2) == 0)
			break;
	if (c == NER_NCLASSES) {	/* OTH, B-O: not a name we keep */
		*label = 0;
		return 0;
	}
	/* IOB1: I- begins a name unless the previous token is in one */
	if (tag[0] == 'B' || prevlabel == 0 ||
	    (prevlabel - 1) / 2 != (int)c)
		*label = 1 + 2 * (int)c;
	else
		*label = 2 + 2 * (int)c;
	return 0;
}

static void
end_sentence(struct corpus *c, struct buf *line, struct buf *labels)
{
	if (labels->len == 0)
		return;
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 1024;
		c->sent = ereallocarray(c->sent, c->cap, sizeof *c->sent);
		c->goldat = ereallocarray(c->goldat, c->cap,
		    sizeof *c->goldat);
		c->newdoc = erealloc(c->newdoc, c->cap);
		c->hintat = ereallocarray(c->hintat, c->cap,
		    sizeof *c->hintat);
	}
	c->newdoc[c->n] = (unsigned char)(c->pending_doc || c->n == 0);
	c->pending_doc = 0;
	c->sent[c->n] = c->text.len;
	c->goldat[c->n] = c->gold.len;
	c->n++;
	buf_add(&c->text, line->data, line->len);
	buf_addc(&c->text, '\0');
	buf_add(&c->gold, labels->data, labels->len);
	buf_reset(line);
	buf_reset(labels);
}

static int
read_corpus(struct corpus *c, const char *path)
{
	struct lines l;
	struct buf line = BUF_INIT, labels = BUF_INIT;
	const char *s, *form, *tag, *p;
	size_t n, formn, tagn, lineno = 0;
	int fd, label, prev = 0;

	if ((fd = input_open(path)) < 0) {
		warnmsg("%s: %s", path, strerror(errno));
		return -1;
	}
	lines_init(&l, fd, path);
	while (lines_next(&l, &s, &n)) {
		lineno++;
		while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
			n--;
		if (n == 0 || (n >= 10 && memcmp(s, "-DOCSTART-", 10) == 0)) {
			end_sentence(c, &line, &labels);
			prev = 0;
			if (n)
				c->pending_doc = 1;
			continue;
		}
		if (s[0] == '#') {
			if (n >= 8 && memcmp(s, "# newdoc", 8) == 0)
				c->pending_doc = 1;
			continue;
		}
		/* UNER: id TAB form TAB tag ...; WikiGold: form SPACE tag */
		if ((p = memchr(s, '\t', n)) != NULL) {
			const char *q = memchr(p + 1, '\t', n - (size_t)(p +
			    1 - s));
			form = p + 1;
			formn = q ? (size_t)(q - form) : 0;
			tag = q ? q + 1 : "";
			p = q ? memchr(tag, '\t', n - (size_t)(tag - s)) : NULL;
			tagn = q ? (p ? (size_t)(p - tag) : n -
			    (size_t)(tag - s)) : 0;
		} else {
			p = s + n;
			while (p > s && p[-1] != ' ')
				p--;
			form = s;
			formn = p > s ? (size_t)(p - 1 - s) : 0;
			tag = p;
			tagn = n - (size_t)(p - s);
		}
		if (formn == 0 || tag_label(tag, tagn, prev, &label) < 0) {
			warnmsg("%s:%zu: not a token and its NER tag", path,
			    lineno);
			lines_free(&l);
			input_close(fd);
			buf_free(&line);
			buf_free(&labels);
			return -1;
		}
		if (line.len)
			buf_addc(&line, ' ');
		buf_add(&line, form, formn);
		buf_addc(&labels, (char)label);
		prev = label;
		/* a token the tokenizer splits gets its label on every
		 * piece, I- after the first (fixed up in align below) */
	}
	end_sentence(c, &line, &labels);
	c->pending_doc = 1;	/* a file is a document at least */
	lines_free(&l);
	input_close(fd);
	buf_free(&line);
	buf_free(&labels);
	return 0;
}

struct trainer {
	float		*w;
	double		*total;
	uint32_t	*stamp;
	uint32_t	 clock;
};

static void
update(struct trainer *t, uint32_t f, int l, float d)
{
	size_t at = (size_t)(f & (NER_BUCKETS - 1)) * NL + (size_t)l;

	t->total[at] += (double)(t->clock - t->stamp[at]) * t->w[at];
	t->stamp[at] = t->clock;
	t->w[at] += d;
}

/*
 * The gold labels of the tokenizer's tokens: a gold token (space
 * separated in the text) split into pieces gives its label to the first
 * piece and I- of it to the rest.
 */
static void
align(struct ner_work *w, const char *text, const unsigned char *gold,
    unsigned char *out)
{
	size_t i, g = 0;

	for (i = 0; i < w->tok.n; i++) {
		size_t s = w->tok.v[i].start;
		int first = s == 0 || text[s - 1] == ' ';

		if (first && i > 0)
			g++;
		out[i] = first || gold[g] == 0 ? gold[g] :
		    (unsigned char)(gold[g] + (gold[g] % 2));
	}
}

static int
write_model(const struct trainer *t, const char *path)
{
	size_t i, n = (size_t)NER_BUCKETS * NL;
	double maxabs = 0, avg, scale;
	unsigned char hdr[16] = { 0 }, *q;
	char tmp[4096];
	FILE *fp;
	int ok;

	for (i = 0; i < n; i++) {
		avg = (t->total[i] + (double)(t->clock - t->stamp[i]) *
		    t->w[i]) / (t->clock ? t->clock : 1);
		if (avg > maxabs || -avg > maxabs)
			maxabs = avg > 0 ? avg : -avg;
	}
	scale = maxabs > 0 ? 32000.0 / maxabs : 1;
	q = emalloc(2 * n);
	for (i = 0; i < n; i++) {
		long v;

		avg = (t->total[i] + (double)(t->clock - t->stamp[i]) *
		    t->w[i]) / (t->clock ? t->clock : 1);
		v = (long)(avg * scale + (avg > 0 ? 0.5 : -0.5));
		q[2 * i] = (unsigned char)(v & 255);
		q[2 * i + 1] = (unsigned char)(((unsigned long)v >> 8) & 255);
	}
	memcpy(hdr, magic, 8);
	hdr[8] = NER_BUCKETS & 255;
	hdr[9] = (NER_BUCKETS >> 8) & 255;
	hdr[10] = (NER_BUCKETS >> 16) & 255;
	hdr[11] = (unsigned char)(NER_BUCKETS >> 24);
	hdr[12] = NL;
	snprintf(tmp, sizeof tmp, "%s.tmp", path);
	if ((fp = fopen(tmp, "wb")) == NULL) {
		warnmsg("%s: %s", tmp, strerror(errno));
		free(q);
		return -1;
	}
	ok = fwrite(hdr, 1, 16, fp) == 16 && fwrite(q, 1, 2 * n, fp) == 2 * n;
	ok = (fclose(fp) == 0) && ok;
	free(q);
	if (!ok || rename(tmp, path) < 0) {
		warnmsg("%s: %s", path, strerror(errno));
		remove(tmp);
		return -1;
	}
	return 0;
}

/*
 * The rule layer's names in every sentence, as extract.c sees them: the
 * people of the whole document collected first.
 */
static void
corpus_hints(struct corpus *c, const struct lexicon *x, struct ner_work *w)
{
	struct people *p = people_new();
	struct mentions ms = { NULL, 0, 0 };
	size_t d, e, i;

	for (d = 0; d < c->n; d = e) {
		for (e = d + 1; e < c->n && !c->newdoc[e]; e++)
			;
		people_reset(p);
		for (i = d; i < e; i++) {
			const char *t = c->text.data + c->sent[i];

			names_find(x, p, t, strlen(t), NAMES_COLLECT, NULL);
		}
		for (i = d; i < e; i++) {
			const char *t = c->text.data + c->sent[i];

			ms.n = 0;
			names_find(x, p, t, strlen(t), NAMES_EMIT, &ms);
			tokenize(t, strlen(t), &w->tok);
			work_grow(w, w->tok.n);
			set_hints(w, &ms);
			c->hintat[i] = c->hints.len;
			buf_add(&c->hints, w->hint, w->tok.n);
		}
	}
	mentions_free(&ms);
	people_free(p);
}

int
ner_train(const struct lexicon *x, char *const *files, int nfiles,
    int epochs, const char *path)
{
	struct corpus c;
	struct trainer t;
	struct ner_work *w = ner_work_new();
	size_t *order, i, k, s, nf, ntok, nerr, cap = 0;
	unsigned char *gold = NULL;
	uint32_t lf[8], rnd = 12345;
	int ep, rc = 0;

	memset(&c, 0, sizeof c);
	for (i = 0; i < (size_t)nfiles; i++)
		if (read_corpus(&c, files[i]) < 0) {
			rc = -1;
			goto done;
		}
	corpus_hints(&c, x, w);
	memset(&t, 0, sizeof t);
	t.w = ecalloc((size_t)NER_BUCKETS * NL, sizeof *t.w);
	t.total = ecalloc((size_t)NER_BUCKETS * NL, sizeof *t.total);
	t.stamp = ecalloc((size_t)NER_BUCKETS * NL, sizeof *t.stamp);
	order = ecalloc(c.n ? c.n : 1, sizeof *order);
	for (i = 0; i < c.n; i++)
		order[i] = i;
	for (ep = 0; ep < epochs; ep++) {
		/* the same shuffle every run: a fixed LCG */
		for (i = c.n; i > 1; i--) {
			size_t j, tmp;

			rnd = rnd * 1103515245u + 12345u;
			j = (rnd >> 8) % i;
			tmp = order[i - 1];
			order[i - 1] = order[j];
			order[j] = tmp;
		}
		ntok = nerr = 0;
		for (s = 0; s < c.n; s++) {
			size_t si = order[s];
			const char *text = c.text.data + c.sent[si];

			tokenize(text, strlen(text), &w->tok);
			work_grow(w, w->tok.n);
			if (w->tok.n > cap) {
				cap = w->tok.n;
				gold = erealloc(gold, cap);
			}
			align(w, text, (const unsigned char *)c.gold.data +
			    c.goldat[si], gold);
			memcpy(w->hint, c.hints.data + c.hintat[si], w->tok.n);
			prepare(x, w, text, NULL, 0);
			for (i = 0; i < w->tok.n; i++) {
				float score[NL] = { 0 };
				const uint32_t *f = w->feat + i * MAXF;
				int l, best = 0, prev = i ? w->label[i - 1] : 0;

				if (prev == 0 && w->ti[i].plain &&
				    !w->hint[i]) {
					w->label[i] = 0;
					continue;
				}
				token_features(x, w, i);

				nf = label_features(w, i, lf);
				for (k = 0; k < w->nfeat[i]; k++) {
					const float *row = t.w + (size_t)(f[k] &
					    (NER_BUCKETS - 1)) * NL;
					for (l = 0; l < NL; l++)
						score[l] += row[l];
				}
				for (k = 0; k < nf; k++) {
					const float *row = t.w + (size_t)(lf[k] &
					    (NER_BUCKETS - 1)) * NL;
					for (l = 0; l < NL; l++)
						score[l] += row[l];
				}
				for (l = 1; l < NL; l++)
					if (allowed(prev, l) &&
					    score[l] > score[best])
						best = l;
				t.clock++;
				ntok++;
				if (best != gold[i]) {
					nerr++;
					for (k = 0; k < w->nfeat[i]; k++) {
						update(&t, f[k], gold[i], 1);
						update(&t, f[k], best, -1);
					}
					for (k = 0; k < nf; k++) {
						update(&t, lf[k], gold[i], 1);
						update(&t, lf[k], best, -1);
					}
				}
				w->label[i] = (unsigned char)best;
			}
		}
		fprintf(stderr, "%s: epoch %d: %zu sentences, %zu tokens, "
		    "%.2f%% wrong\n", progname, ep + 1, c.n, ntok,
		    ntok ? 100.0 * (double)nerr / (double)ntok : 0);
	}
	rc = write_model(&t, path);
	free(order);
	free(t.w);
	free(t.total);
	free(t.stamp);
done:
	free(gold);
	free(c.sent);
	free(c.goldat);
	free(c.newdoc);
	free(c.hintat);
	buf_free(&c.hints);
	buf_free(&c.text);
	buf_free(&c.gold);
	ner_work_free(w);
	return rc;
}
