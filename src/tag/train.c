#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conllu.h"
#include "tagger.h"
#include "train.h"
#include "util.h"

/* Words seen this often get an ambiguity class; a tag counts in it when
 * it makes at least 1/AC_SHARE of the word's occurrences. */
#define DICT_MIN	2
#define AC_SHARE	20
/* Words seen this often with one tag in at least SOLE_SHARE/1000 of
 * their occurrences (the exact form) take that tag without scoring. */
#define SOLE_MIN	20
#define SOLE_SHARE	990
#define SHUFFLE_SEED	0x9E3779B97F4A7C15ULL
/* Averaged weights smaller than 0.75 are dropped: a quarter of them, at
 * no cost in accuracy on EWT (measured), for a smaller, faster model. */
#define PRUNE_BELOW	((long)(0.75 * WEIGHT_SCALE))
/* The cheap perceptron's (see tag_chunk in tagger.c) are pruned harder,
 * below 1.5: 98 k weights are left of 233 k, and the model stays under
 * 10 MB (9.85 MB; 0.7 MB of it the cheap perceptron's). */
#define CHEAP_PRUNE_BELOW	((long)(1.5 * WEIGHT_SCALE))

/* ---- a growable map from 64-bit keys to 32-bit values ---- */

struct hmap {
	uint64_t	*key;	/* 0 = empty */
	uint32_t	*val;
	size_t		 mask, n;
};

static void
hmap_init(struct hmap *h, size_t cap)
{
	size_t n = 1024;

	while (n < cap * 2)
		n *= 2;
	h->key = ecalloc(n, sizeof *h->key);
	h->val = ecalloc(n, sizeof *h->val);
	h->mask = n - 1;
	h->n = 0;
}

static void
hmap_free(struct hmap *h)
{
	free(h->key);
	free(h->val);
}

static uint32_t *hmap_put(struct hmap *h, uint64_t key, int *isnew);

static void
hmap_grow(struct hmap *h)
{
	struct hmap old = *h;
	size_t i;
	int isnew;

	hmap_init(h, (old.mask + 1));
	for (i = 0; i <= old.mask; i++)
		if (old.key[i])
			*hmap_put(h, old.key[i], &isnew) = old.val[i];
	hmap_free(&old);
}

/* The value slot of key, inserted as 0 when new (*isnew says which). */
static uint32_t *
hmap_put(struct hmap *h, uint64_t key, int *isnew)
{
	size_t i;

	if (key == 0)
		key = 1;
	if ((h->n + 1) * 2 > h->mask + 1)
		hmap_grow(h);
	for (i = key & h->mask; h->key[i]; i = (i + 1) & h->mask)
		if (h->key[i] == key) {
			*isnew = 0;
			return &h->val[i];
		}
	h->key[i] = key;
	h->val[i] = 0;
	h->n++;
	*isnew = 1;
	return &h->val[i];
}

static uint32_t *
hmap_get(const struct hmap *h, uint64_t key)
{
	size_t i;

	if (key == 0)
		key = 1;
	for (i = key & h->mask; h->key[i]; i = (i + 1) & h->mask)
		if (h->key[i] == key)
			return &h->val[i];
	return NULL;
}

/* ---- the fixed u32map image the tagger reads ---- */

struct mapimg {
	uint32_t	*slots;
	uint32_t	 nslots;
};

/* Room for n keys at a load of 3/4 at most. */
static void
mapimg_init(struct mapimg *m, size_t n)
{
	m->nslots = (uint32_t)(n + n / 3 + 1);
	m->slots = ecalloc((size_t)m->nslots * 2, sizeof *m->slots);
}

/* Adds key -> val; a fingerprint already in the probe chain is dropped
 * (a 1 in 2^32 event that merely loses one feature). */
static void
mapimg_add(struct mapimg *m, uint64_t key, uint32_t val)
{
	uint32_t fp = (uint32_t)(key >> 32), i = u32map_slot(m->nslots, key);

	if (fp == 0)
		fp = 1;
	while (m->slots[(size_t)2 * i] != 0) {
		if (m->slots[(size_t)2 * i] == fp)
			return;
		if (++i == m->nslots)
			i = 0;
	}
	m->slots[(size_t)2 * i] = fp;
	m->slots[2 * i + 1] = val;
}

static struct u32map
mapimg_view(const struct mapimg *m)
{
	struct u32map v = { m->slots, m->nslots };

	return v;
}

/* ---- the corpus ---- */

struct corpus {
	struct buf	 text;		/* forms and lemmas, NUL-terminated */
	size_t		*form, *lemma;	/* offsets in text, per token */
	size_t		*flen;
	int		*tag;
	size_t		*sent;		/* first token of each sentence */
	size_t		 ntok, nsent, cap, scap;
};

struct tagset {
	struct buf	 names;		/* "UPOS\0XPOS\0" per tag */
	size_t		 off[256];
	int		 n;
	struct hmap	 index;		/* hash of the pair -> id + 1 */
};

static int
tagset_id(struct tagset *ts, const char *upos, size_t ul, const char *xpos,
    size_t xl, int add, const char *where, unsigned long line)
{
	uint64_t h = hash_bytes(xpos, xl, hash_bytes(upos, ul, 7));
	uint32_t *v;
	int isnew;

	if (!add) {
		v = hmap_get(&ts->index, h);
		return v ? (int)*v - 1 : -1;
	}
	v = hmap_put(&ts->index, h, &isnew);
	if (isnew) {
		if (ts->n == 255)
			die(EXIT_DATA, "%s:%lu: more than 255 (UPOS, XPOS) "
			    "pairs", where, line);
		ts->off[ts->n] = ts->names.len;
		buf_add(&ts->names, upos, ul);
		buf_addc(&ts->names, '\0');
		buf_add(&ts->names, xpos, xl);
		buf_addc(&ts->names, '\0');
		*v = (uint32_t)++ts->n;
	}
	return (int)*v - 1;
}

static const char *
tag_xpos_name(const struct tagset *ts, int t)
{
	const char *u;

	if (ts->names.data == NULL)	/* no tags yet: cannot be asked */
		return "";
	u = ts->names.data + ts->off[t];
	return u + strlen(u) + 1;
}

/* Reads a CoNLL-U file; with add, unseen tag pairs join the tag set,
 * otherwise they are -1 (scored as errors). */
static void
corpus_read(struct corpus *c, const char *path, struct tagset *ts, int add)
{
	struct conllu cu;
	size_t l, fl, ul, xl, ll;
	const char *f, *u, *x, *le;

	memset(c, 0, sizeof *c);
	if (conllu_open(&cu, path) < 0)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	while (conllu_next(&cu)) {
		if (cu.nwords == 0)
			continue;
		if (c->nsent == c->scap) {
			c->scap = c->scap ? 2 * c->scap : 1024;
			c->sent = ereallocarray(c->sent, c->scap + 1,
			    sizeof *c->sent);
		}
		c->sent[c->nsent++] = c->ntok;
		for (l = 0; l < cu.nlines; l++) {
			if (!cu.line[l].is_word)
				continue;
			if (c->ntok == c->cap) {
				c->cap = c->cap ? 2 * c->cap : 65536;
				c->form = ereallocarray(c->form, c->cap,
				    sizeof *c->form);
				c->flen = ereallocarray(c->flen, c->cap,
				    sizeof *c->flen);
				c->lemma = ereallocarray(c->lemma, c->cap,
				    sizeof *c->lemma);
				c->tag = ereallocarray(c->tag, c->cap,
				    sizeof *c->tag);
			}
			f = conllu_field(&cu, l, CU_FORM, &fl);
			u = conllu_field(&cu, l, CU_UPOS, &ul);
			x = conllu_field(&cu, l, CU_XPOS, &xl);
			le = conllu_field(&cu, l, CU_LEMMA, &ll);
			c->form[c->ntok] = c->text.len;
			c->flen[c->ntok] = fl;
			buf_add(&c->text, f, fl);
			buf_addc(&c->text, '\0');
			c->lemma[c->ntok] = c->text.len;
			buf_add(&c->text, le, ll);
			buf_addc(&c->text, '\0');
			c->tag[c->ntok] = tagset_id(ts, u, ul, x, xl, add, path,
			    cu.lines.lineno);
			c->ntok++;
		}
	}
	if (c->nsent == 0)	/* nothing to learn from, nor to index */
		die(EXIT_DATA, "%s: no sentences", path);
	c->sent[c->nsent] = c->ntok;
	conllu_close(&cu);
}

/* Reverses the words of every sentence, for the right-to-left model. */
static void
corpus_reverse(struct corpus *c)
{
	size_t s, i, j, tz;
	int tt;

	for (s = 0; s < c->nsent; s++)
		for (i = c->sent[s], j = c->sent[s + 1]; j > i + 1; i++, j--) {
			tz = c->form[i]; c->form[i] = c->form[j - 1];
			c->form[j - 1] = tz;
			tz = c->flen[i]; c->flen[i] = c->flen[j - 1];
			c->flen[j - 1] = tz;
			tz = c->lemma[i]; c->lemma[i] = c->lemma[j - 1];
			c->lemma[j - 1] = tz;
			tt = c->tag[i]; c->tag[i] = c->tag[j - 1];
			c->tag[j - 1] = tt;
		}
}

static void
corpus_free(struct corpus *c)
{
	buf_free(&c->text);
	free(c->form);
	free(c->flen);
	free(c->lemma);
	free(c->tag);
	free(c->sent);
}

/* ---- how often each word had each tag ---- */

struct word_counts {
	struct hmap	 index;		/* word key -> row */
	uint64_t	*keys;		/* per row */
	uint32_t	*counts;	/* 256 per row, by tag */
	size_t		 n, cap;
};

/* The key of a word in the tag dictionary: its lower-cased form. */
static uint64_t
dict_key(const char *form, size_t len, struct buf *scratch)
{
	buf_reset(scratch);
	word_normalize(form, len, 1, scratch);
	return hash_bytes(scratch->data, scratch->len, 4);
}

/* Counts the tags of every word of c, the word keyed as the dictionary
 * keys it (lower) or as the sole map does (the exact form). */
static void
word_counts_build(struct word_counts *wc, const struct corpus *c, int lower)
{
	struct buf scratch = BUF_INIT;
	uint32_t *v;
	uint64_t k;
	size_t i;
	int isnew;

	memset(wc, 0, sizeof *wc);
	hmap_init(&wc->index, 65536);
	for (i = 0; i < c->ntok; i++) {
		if (lower)
			k = dict_key(c->text.data + c->form[i], c->flen[i],
			    &scratch);
		else {
			buf_reset(&scratch);
			word_normalize(c->text.data + c->form[i], c->flen[i],
			    0, &scratch);
			k = hash_bytes(scratch.data, scratch.len, 1);
		}
		v = hmap_put(&wc->index, k, &isnew);
		if (isnew) {
			if (wc->n == wc->cap) {
				wc->cap = wc->cap ? 2 * wc->cap : 16384;
				wc->counts = ereallocarray(wc->counts,
				    wc->cap * 256, sizeof *wc->counts);
				wc->keys = ereallocarray(wc->keys, wc->cap,
				    sizeof *wc->keys);
			}
			memset(wc->counts + wc->n * 256, 0,
			    256 * sizeof *wc->counts);
			wc->keys[wc->n] = k;
			*v = (uint32_t)wc->n++;
		}
		wc->counts[(size_t)*v * 256 + (size_t)c->tag[i]]++;
	}
	buf_free(&scratch);
}

static void
word_counts_free(struct word_counts *wc)
{
	hmap_free(&wc->index);
	free(wc->counts);
	free(wc->keys);
}

static size_t
word_total(const struct word_counts *wc, size_t w, int ntags)
{
	size_t total = 0;
	int t;

	for (t = 0; t < ntags; t++)
		total += wc->counts[(size_t)w * 256 + (size_t)t];
	return total;
}

/* ---- the tag dictionary ---- */

/* The ambiguity class of each word (a feature): a hash of the set of its
 * frequent tags.  wc counts lower-cased words.  The words seen too seldom
 * have AC_UNKNOWN, as the words never seen do, but are in the dict all
 * the same, marked complete by DICT_ALL_KEY: the tagger skips the
 * look-ups of the features of a word the dict lacks, which training
 * cannot have made. */
static void
build_dict(const struct word_counts *wc, int ntags, struct mapimg *img)
{
	uint64_t mask[4];
	size_t w, total;
	int t;

	mapimg_init(img, wc->n + 1);
	for (w = 0; w < wc->n; w++) {
		total = word_total(wc, w, ntags);
		if (total < DICT_MIN) {
			mapimg_add(img, wc->keys[w], AC_UNKNOWN);
			continue;
		}
		memset(mask, 0, sizeof mask);
		for (t = 0; t < ntags; t++)
			if ((size_t)wc->counts[(size_t)w * 256 + (size_t)t] *
			    AC_SHARE >= total)
				mask[t / 64] |= 1ULL << (t % 64);
		mapimg_add(img, wc->keys[w],
		    (uint32_t)hash_bytes(mask, sizeof mask, 8) | 0x10000);
	}
	mapimg_add(img, DICT_ALL_KEY, AC_UNKNOWN);
}

/*
 * The words the tagger tags without scoring (tag_chunk in tagger.c):
 * the exact form, as word_info.form hashes it, to its one tag.  wc counts
 * exact forms.
 */
static void
build_sole(const struct word_counts *wc, int ntags, struct mapimg *img)
{
	size_t w, total, best, nsole = 0;
	int t, pass;

	/* First count the sole words, to size the map for them alone. */
	for (pass = 0; pass < 2; pass++) {
		if (pass == 1)
			mapimg_init(img, nsole);
		for (w = 0; w < wc->n; w++) {
			for (total = 0, best = 0, t = 0; t < ntags; t++) {
				total += wc->counts[(size_t)w * 256 + (size_t)t];
				if (wc->counts[(size_t)w * 256 + (size_t)t] >
				    wc->counts[(size_t)w * 256 + best])
					best = (size_t)t;
			}
			if (total < SOLE_MIN ||
			    (size_t)wc->counts[(size_t)w * 256 + best] * 1000 <
			    total * SOLE_SHARE)
				continue;
			if (pass == 0)
				nsole++;
			else
				mapimg_add(img, wc->keys[w], (uint32_t)best);
		}
	}
	fprintf(stderr, "%s: %zu words of one tag\n", progname, nsole);
}

/* ---- the averaged perceptron ---- */

struct weight {
	int64_t		total;	/* sum of w over time, up to ts */
	int32_t		w;
	uint32_t	ts;
	uint32_t	tag;
	uint32_t	next;	/* next weight of the same feature, or 0 */
};

struct perceptron {
	struct hmap	 feat;	/* key -> first weight index (0 = none) */
	struct weight	*w;
	size_t		 nw, cap;
	uint32_t	 now;	/* instances seen */
	int		 ntags;
	uint64_t	*keys;	/* insertion order of features */
	size_t		 nkeys, kcap;
	int		 cheap;	/* the cheap features (features_cheap) */
};

static void
score_train(const struct perceptron *p, const uint64_t *keys, size_t nk,
    double *scores, int averaged)
{
	size_t f;
	uint32_t *v, j;
	const struct weight *w;

	memset(scores, 0, (size_t)p->ntags * sizeof *scores);
	for (f = 0; f < nk; f++) {
		if ((v = hmap_get(&p->feat, keys[f])) == NULL)
			continue;
		for (j = *v; j; j = w->next) {
			w = &p->w[j];
			if (averaged)
				scores[w->tag] += ((double)w->total +
				    (double)(p->now - w->ts) * w->w) / p->now;
			else
				scores[w->tag] += w->w;
		}
	}
}

static int
argmax(const double *s, int n)
{
	int t, best = 0;

	for (t = 1; t < n; t++)
		if (s[t] > s[best])
			best = t;
	return best;
}

static void
update(struct perceptron *p, uint64_t key, int tag, int delta)
{
	uint32_t *v, j;
	struct weight *w;
	int isnew;

	v = hmap_put(&p->feat, key, &isnew);
	if (isnew) {
		if (p->nkeys == p->kcap) {
			p->kcap = p->kcap ? 2 * p->kcap : 65536;
			p->keys = ereallocarray(p->keys, p->kcap,
			    sizeof *p->keys);
		}
		p->keys[p->nkeys++] = key;
	}
	for (j = *v; j; j = p->w[j].next)
		if (p->w[j].tag == (uint32_t)tag)
			break;
	if (j == 0) {
		if (p->nw == p->cap) {
			p->cap = p->cap ? 2 * p->cap : 1 << 20;
			p->w = ereallocarray(p->w, p->cap, sizeof *p->w);
		}
		j = (uint32_t)p->nw++;
		memset(&p->w[j], 0, sizeof p->w[j]);
		p->w[j].tag = (uint32_t)tag;
		p->w[j].ts = p->now;
		p->w[j].next = *v;	/* v stays valid: no insert since */
		*v = j;
	}
	w = &p->w[j];
	w->total += (int64_t)(p->now - w->ts) * w->w;
	w->ts = p->now;
	w->w += delta;
}

/* Word information of a corpus, with two guards before and after each
 * sentence: sentence s's word 0 is at info[c->sent[s] + 4 * s + 2]. */
static struct word_info *
corpus_info(const struct corpus *c, const struct mapimg *dict)
{
	struct word_info *info;
	struct u32map d = mapimg_view(dict);
	struct buf scratch = BUF_INIT;
	size_t s, i, base;

	info = ecalloc(c->ntok + 4 * c->nsent, sizeof *info);
	for (s = 0; s < c->nsent; s++) {
		base = c->sent[s] + 4 * s;
		word_info_guard(&info[base], 0);
		word_info_guard(&info[base + 1], 0);
		for (i = c->sent[s]; i < c->sent[s + 1]; i++)
			word_info_fill(&info[base + 2 + i - c->sent[s]],
			    c->text.data + c->form[i], c->flen[i], &d, &scratch);
		word_info_sentence(&info[base + 2], c->sent[s + 1] - c->sent[s]);
		base += 2 + c->sent[s + 1] - c->sent[s];
		word_info_guard(&info[base], 1);
		word_info_guard(&info[base + 1], 1);
	}
	buf_free(&scratch);
	return info;
}

/* Tags sentence s greedily; with learn, updates on every mistake.
 * Returns the number of correct tags, the UPOS-correct count in *upos_ok
 * and the XPOS-correct count in *xpos_ok. */
static size_t
run_sentence(struct perceptron *p, const struct corpus *c,
    const struct word_info *info, size_t s, int learn, int *pred,
    const struct tagset *ts, size_t *upos_ok, size_t *xpos_ok)
{
	uint64_t keys[NSTATIC + NTAGFEATS > NCHEAP ? NSTATIC + NTAGFEATS :
	    NCHEAP];
	double scores[256];
	const struct word_info *w = info + c->sent[s] + 4 * s + 2;
	size_t n = c->sent[s + 1] - c->sent[s], i, f, nk, ok = 0;
	int gold, guess;

	for (i = 0; i < n; i++) {
		if (p->cheap) {
			nk = features_cheap(w, i, i > 0 ? pred[i - 1] : -1,
			    i > 1 ? pred[i - 2] : -1, keys);
		} else {
			features_static(w, i, keys);
			features_tags(w, i, i > 0 ? pred[i - 1] : -1,
			    i > 1 ? pred[i - 2] : -1, keys + NSTATIC);
			nk = NSTATIC + NTAGFEATS;
		}
		score_train(p, keys, nk, scores, !learn);
		guess = argmax(scores, p->ntags);
		gold = c->tag[c->sent[s] + i];
		if (learn) {
			p->now++;
			if (guess != gold)
				for (f = 0; f < nk; f++) {
					update(p, keys[f], gold, 1);
					update(p, keys[f], guess, -1);
				}
		}
		pred[i] = guess;
		ok += guess == gold;
		if (ts && gold >= 0) {
			const char *gu = ts->names.data + ts->off[gold];
			const char *pu = ts->names.data + ts->off[guess];

			*upos_ok += strcmp(gu, pu) == 0;
			*xpos_ok += strcmp(tag_xpos_name(ts, gold),
			    tag_xpos_name(ts, guess)) == 0;
		}
	}
	return ok;
}

static uint64_t
xorshift(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

/* ---- lemmas ---- */

struct lemma_rules {
	struct mapimg	 exc, suf;
	struct buf	 strings;
	struct hmap	 strindex;	/* string hash -> offset */
};

static uint32_t
intern(struct lemma_rules *lr, const char *s, size_t len)
{
	uint32_t *v;
	int isnew;

	v = hmap_put(&lr->strindex, hash_bytes(s, len, 9), &isnew);
	if (isnew) {
		*v = (uint32_t)lr->strings.len;
		buf_add(&lr->strings, s, len);
		buf_addc(&lr->strings, '\0');
	}
	return *v;
}

/* One candidate answer (an edit or a lemma) for a key, counted. */
struct cand {
	uint64_t	key;
	uint32_t	strip, str, count;
};

static int
cand_cmp(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	if (x->strip != y->strip)
		return x->strip < y->strip ? -1 : 1;
	return x->str < y->str ? -1 : x->str > y->str;
}

struct cands {
	struct cand	*v;
	size_t		 n, cap;
	struct hmap	 index;
};

static void
cands_count(struct cands *cs, uint64_t key, uint32_t strip, uint32_t str)
{
	uint32_t *v;
	int isnew;

	v = hmap_put(&cs->index, hash_mix(key, (uint64_t)strip << 32 | str),
	    &isnew);
	if (isnew) {
		if (cs->n == cs->cap) {
			cs->cap = cs->cap ? 2 * cs->cap : 65536;
			cs->v = ereallocarray(cs->v, cs->cap, sizeof *cs->v);
		}
		cs->v[cs->n].key = key;
		cs->v[cs->n].strip = strip;
		cs->v[cs->n].str = str;
		cs->v[cs->n].count = 0;
		*v = (uint32_t)cs->n++;
	}
	cs->v[*v].count++;
}

/* Sorts the candidates so each key's best comes first; returns how many
 * keys there are. */
static size_t
cands_best(struct cands *cs)
{
	size_t i, o = 0;
	uint32_t total = 0;

	qsort(cs->v, cs->n, sizeof *cs->v, cand_cmp);
	for (i = 0; i < cs->n; i++) {
		if (i > 0 && cs->v[i].key == cs->v[i - 1].key) {
			cs->v[o - 1].count = total += cs->v[i].count;
			continue;
		}
		total = cs->v[i].count;
		cs->v[o++] = cs->v[i];
		/* count is now the key's total, the best edit its first */
	}
	cs->n = o;
	return o;
}

static struct cand *
find_cand(const struct cands *cs, uint64_t key)
{
	size_t lo = 0, hi = cs->n, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (cs->v[mid].key < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < cs->n && cs->v[lo].key == key ? &cs->v[lo] : NULL;
}

static void
learn_lemmas(const struct corpus *c, const struct tagset *ts,
    struct lemma_rules *lr)
{
	struct cands suf = { 0 }, exc = { 0 };
	struct buf base = BUF_INIT;
	size_t i, k, p, blen, llen, n, nexc;
	const char *form, *lemma, *xpos;
	struct u32map view;
	struct hmap seen, types;
	struct cand *excs, *hit;
	uint64_t key;
	int isnew;

	hmap_init(&lr->strindex, 65536);
	hmap_init(&types, 65536);
	hmap_init(&suf.index, 65536);
	hmap_init(&exc.index, 65536);
	buf_addc(&lr->strings, '\0');	/* offset 0: the empty string */
	for (i = 0; i < c->ntok; i++) {
		form = c->text.data + c->form[i];
		lemma = c->text.data + c->lemma[i];
		xpos = tag_xpos_name(ts, c->tag[i]);
		llen = strlen(lemma);
		if (strcmp(lemma, "_") == 0)
			continue;
		buf_reset(&base);
		lemma_base(form, c->flen[i], xpos, &base);
		blen = base.len;
		for (p = 0; p < blen && p < llen && base.data[p] == lemma[p];)
			p++;
		/* Rules are counted by word type, not by token: a frequent
		 * irregular word (Sept -> September) makes no rule. */
		hmap_put(&types, hash_bytes(lemma, llen, lemma_exc_key(form,
		    c->flen[i], xpos)), &isnew);
		if (isnew && blen - p <= LEMMA_SUFFIX_MAX)
			for (k = blen - p; k <= blen && k <= LEMMA_SUFFIX_MAX;
			    k++)
				cands_count(&suf, lemma_suf_key(xpos,
				    base.data + blen - k, k), (uint32_t)(blen -
				    p), intern(lr, lemma + p, llen - p));
		cands_count(&exc, lemma_exc_key(form, c->flen[i], xpos), 0,
		    intern(lr, lemma, llen));
	}
	/* Suffix rules seen twice or more. */
	n = cands_best(&suf);
	for (i = k = 0; i < n; i++)
		k += suf.v[i].count >= 2;
	mapimg_init(&lr->suf, k);
	for (i = 0; i < n; i++)
		if (suf.v[i].count >= 2)
			mapimg_add(&lr->suf, suf.v[i].key, suf.v[i].strip |
			    suf.v[i].str << 8);
	/* Exceptions: the words whose usual lemma the rules get wrong,
	 * in corpus order so the image is the same every time. */
	view = mapimg_view(&lr->suf);
	n = cands_best(&exc);
	nexc = 0;
	excs = ecalloc(n + 1, sizeof *excs);
	hmap_init(&seen, n);
	for (i = 0; i < c->ntok; i++) {
		form = c->text.data + c->form[i];
		xpos = tag_xpos_name(ts, c->tag[i]);
		key = lemma_exc_key(form, c->flen[i], xpos);
		hmap_put(&seen, key, &isnew);
		if (!isnew || (hit = find_cand(&exc, key)) == NULL)
			continue;
		buf_reset(&base);
		lemma_base(form, c->flen[i], xpos, &base);
		lemma_by_rules(&view, lr->strings.data, xpos, &base, 0);
		if (strcmp(base.data, lr->strings.data + hit->str) != 0)
			excs[nexc++] = *hit;
	}
	mapimg_init(&lr->exc, nexc);
	for (i = 0; i < nexc; i++)
		mapimg_add(&lr->exc, excs[i].key, excs[i].str);
	fprintf(stderr, "%s: lemmas: %zu suffix rules, %zu exceptions\n",
	    progname, k, nexc);
	free(excs);
	hmap_free(&seen);
	hmap_free(&types);
	free(suf.v);
	free(exc.v);
	hmap_free(&suf.index);
	hmap_free(&exc.index);
	buf_free(&base);
}

/* ---- writing the model ---- */

static void
put_u32s(struct buf *b, const uint32_t *v, size_t n)
{
	buf_add(b, v, n * sizeof *v);
}

static void
put_pad8(struct buf *b)
{
	while (b->len % 8)
		buf_addc(b, '\0');
}

/* The averaged, quantized weights of p as a feature table and entries. */
static void
perceptron_image(const struct perceptron *p, struct mapimg *feats,
    uint32_t **entries, size_t *nentries)
{
	size_t nent = 0, cap = 0, f, n, nfeat = 0;
	const struct weight *w;
	uint32_t j, *v, off, *runs;
	double avg;
	long q, prune = p->cheap ? CHEAP_PRUNE_BELOW : PRUNE_BELOW;

	*entries = NULL;
	runs = ecalloc(p->nkeys + 1, sizeof *runs);	/* per key, 0 = none */
	for (f = 0; f < p->nkeys; f++) {
		v = hmap_get(&p->feat, p->keys[f]);
		off = (uint32_t)nent;
		for (n = 0, j = *v; j; j = w->next) {
			w = &p->w[j];
			avg = ((double)w->total + (double)(p->now - w->ts) *
			    w->w) / p->now;
			q = (long)(avg * WEIGHT_SCALE + (avg < 0 ? -0.5 : 0.5));
			if (q > -prune && q < prune)
				continue;
			if (q > 0x7FFFFF)
				q = 0x7FFFFF;
			if (q < -0x7FFFFF)
				q = -0x7FFFFF;
			if (nent == cap) {
				cap = cap ? 2 * cap : 1 << 20;
				*entries = ereallocarray(*entries, cap,
				    sizeof **entries);
			}
			(*entries)[nent++] = w->tag | (uint32_t)q << 8;
			n++;
		}
		if (n > 0) {
			runs[f] = off << 8 | (uint32_t)n;
			nfeat++;
		}
	}
	/* The two tagging perceptrons' tables have room for every feature
	 * trained, a lower load (fewer probes) than their kept ones need;
	 * the cheap one's, pruned harder, for those kept only, which keeps
	 * the model under 10 MB. */
	mapimg_init(feats, p->cheap ? nfeat : p->nkeys);
	for (f = 0; f < p->nkeys; f++)
		if (runs[f] != 0)
			mapimg_add(feats, p->keys[f], runs[f]);
	free(runs);
	if (nent >= 1u << 24)
		die(EXIT_DATA, "model too large: %zu weights", nent);
	*nentries = nent;
	fprintf(stderr, "%s: perceptron: %zu features, %zu weights\n",
	    progname, nfeat, nent);
}

static void
write_model(const char *path, const struct tagset *ts,
    const struct perceptron *p, const struct mapimg *dict,
    const struct mapimg *sole, const struct lemma_rules *lr)
{
	struct buf img = BUF_INIT;
	struct mapimg feats[NPERC];
	uint32_t *entries[NPERC], hdr[13];
	size_t nent[NPERC];
	char *tmp;
	FILE *fp;
	int k;

	for (k = 0; k < NPERC; k++)
		perceptron_image(&p[k], &feats[k], &entries[k], &nent[k]);
	hdr[0] = (uint32_t)ts->n;
	hdr[1] = (uint32_t)ts->names.len;
	hdr[2] = feats[0].nslots;
	hdr[3] = (uint32_t)nent[0];
	hdr[4] = feats[1].nslots;
	hdr[5] = (uint32_t)nent[1];
	hdr[6] = dict->nslots;
	hdr[7] = lr->exc.nslots;
	hdr[8] = lr->suf.nslots;
	hdr[9] = (uint32_t)lr->strings.len;
	hdr[10] = sole->nslots;
	hdr[11] = feats[PERC_CHEAP].nslots;
	hdr[12] = (uint32_t)nent[PERC_CHEAP];
	buf_add(&img, MODEL_MAGIC, 8);
	put_u32s(&img, hdr, 13);
	put_pad8(&img);
	buf_add(&img, ts->names.data, ts->names.len);
	put_pad8(&img);
	for (k = 0; k < NPERC; k++) {
		put_u32s(&img, feats[k].slots, (size_t)feats[k].nslots * 2);
		put_u32s(&img, entries[k], nent[k]);
		put_pad8(&img);
	}
	put_u32s(&img, dict->slots, (size_t)dict->nslots * 2);
	put_u32s(&img, lr->exc.slots, (size_t)lr->exc.nslots * 2);
	put_u32s(&img, lr->suf.slots, (size_t)lr->suf.nslots * 2);
	buf_add(&img, lr->strings.data, lr->strings.len);
	put_pad8(&img);
	put_u32s(&img, sole->slots, (size_t)sole->nslots * 2);
	fprintf(stderr, "%s: model: %d tags, %zu bytes\n", progname, ts->n,
	    img.len);

	tmp = emalloc(strlen(path) + 5);
	sprintf(tmp, "%s.tmp", path);
	if ((fp = fopen(tmp, "wb")) == NULL)
		die(EXIT_DATA, "%s: %s", tmp, strerror(errno));
	if (fwrite(img.data, 1, img.len, fp) != img.len || fclose(fp) != 0)
		die(EXIT_DATA, "%s: write error: %s", tmp, strerror(errno));
	if (rename(tmp, path) != 0)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	free(tmp);
	for (k = 0; k < NPERC; k++) {
		free(entries[k]);
		free(feats[k].slots);
	}
	buf_free(&img);
}

/* Accuracy of the averaged weights on a corpus, on stderr. */
static void
evaluate(struct perceptron *p, const struct corpus *c,
    const struct mapimg *dict, const struct tagset *ts, int epoch)
{
	struct word_info *info = corpus_info(c, dict);
	int *pred = ecalloc(c->ntok + 1, sizeof *pred);
	size_t s, upos = 0, xpos = 0, both = 0;

	for (s = 0; s < c->nsent; s++)
		both += run_sentence(p, c, info, s, 0, pred, ts, &upos, &xpos);
	fprintf(stderr, "%s: epoch %d dev: UPOS %.2f%% XPOS %.2f%% both %.2f%%\n",
	    progname, epoch, 100.0 * upos / c->ntok, 100.0 * xpos / c->ntok,
	    100.0 * both / c->ntok);
	free(info);
	free(pred);
}

/* Trains p for o->epochs epochs on train (in the direction its words
 * are stored), reporting accuracy on dev when given. */
static void
train_perceptron(struct perceptron *p, const struct corpus *train,
    const struct corpus *dev, const struct mapimg *dict,
    const struct tagset *ts, int epochs, int cheap, const char *what)
{
	struct word_info *info = corpus_info(train, dict);
	size_t *order, s, k, ok;
	uint64_t seed = SHUFFLE_SEED;
	int *pred, e;

	memset(p, 0, sizeof *p);
	p->ntags = ts->n;
	p->cheap = cheap;
	hmap_init(&p->feat, 1 << 20);
	p->nw = 1;	/* index 0 ends the chains */
	p->cap = 1 << 20;
	p->w = ecalloc(p->cap, sizeof *p->w);
	order = ecalloc(train->nsent, sizeof *order);
	pred = ecalloc(train->ntok + 1, sizeof *pred);
	for (s = 0; s < train->nsent; s++)
		order[s] = s;
	for (e = 1; e <= epochs; e++) {
		for (s = train->nsent; s > 1; s--) {
			size_t j = xorshift(&seed) % s, t = order[s - 1];

			order[s - 1] = order[j];
			order[j] = t;
		}
		for (ok = 0, k = 0; k < train->nsent; k++)
			ok += run_sentence(p, train, info, order[k], 1, pred,
			    NULL, NULL, NULL);
		fprintf(stderr, "%s: %s epoch %d train: %.2f%%\n", progname,
		    what, e, 100.0 * ok / train->ntok);
		if (dev)
			evaluate(p, dev, dict, ts, e);
	}
	free(order);
	free(pred);
	free(info);
}

static void
perceptron_free(struct perceptron *p)
{
	free(p->w);
	free(p->keys);
	hmap_free(&p->feat);
}

void
tag_train(const struct train_opts *o)
{
	struct tagset ts;
	struct corpus train, dev;
	struct perceptron p[NPERC];
	struct mapimg dict, sole;
	struct word_counts lower, exact;
	struct lemma_rules lr;
	int k;

	memset(&ts, 0, sizeof ts);
	memset(&lr, 0, sizeof lr);
	hmap_init(&ts.index, 256);
	corpus_read(&train, o->train, &ts, 1);
	if (train.ntok == 0)
		die(EXIT_DATA, "%s: no words to train on", o->train);
	if (o->dev)
		corpus_read(&dev, o->dev, &ts, 0);
	fprintf(stderr, "%s: %zu sentences, %zu words, %d tags\n", progname,
	    train.nsent, train.ntok, ts.n);
	word_counts_build(&lower, &train, 1);
	word_counts_build(&exact, &train, 0);
	build_dict(&lower, ts.n, &dict);
	build_sole(&exact, ts.n, &sole);
	word_counts_free(&lower);
	word_counts_free(&exact);
	learn_lemmas(&train, &ts, &lr);
	train_perceptron(&p[PERC_LR], &train, o->dev ? &dev : NULL, &dict, &ts,
	    o->epochs, 0, "left-to-right");
	train_perceptron(&p[PERC_CHEAP], &train, o->dev ? &dev : NULL, &dict,
	    &ts, o->epochs, 1, "cheap left-to-right");
	corpus_reverse(&train);
	if (o->dev)
		corpus_reverse(&dev);
	train_perceptron(&p[PERC_RL], &train, o->dev ? &dev : NULL, &dict, &ts,
	    o->epochs, 0, "right-to-left");
	write_model(o->out, &ts, p, &dict, &sole, &lr);

	for (k = 0; k < NPERC; k++)
		perceptron_free(&p[k]);
	free(dict.slots);
	free(sole.slots);
	free(lr.exc.slots);
	free(lr.suf.slots);
	buf_free(&lr.strings);
	hmap_free(&lr.strindex);
	hmap_free(&ts.index);
	buf_free(&ts.names);
	corpus_free(&train);
	if (o->dev)
		corpus_free(&dev);
}
