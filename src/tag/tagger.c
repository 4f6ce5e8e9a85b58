#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tagger.h"
#include "util.h"

/* ---- hashing ---- */

static uint64_t
fmix64(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	k *= 0xc4ceb9fe1a85ec53ULL;
	k ^= k >> 33;
	return k;
}

uint64_t
hash_bytes(const void *p, size_t n, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = seed ^ (n * 0x9E3779B97F4A7C15ULL), k;

	while (n >= 8) {
		memcpy(&k, s, 8);
		h = (h ^ fmix64(k)) * 0x9E3779B97F4A7C15ULL;
		s += 8;
		n -= 8;
	}
	k = 0;
	memcpy(&k, s, n);
	h = (h ^ fmix64(k ^ 0x5bd1e995)) * 0x9E3779B97F4A7C15ULL;
	return fmix64(h);
}

uint64_t
hash_mix(uint64_t a, uint64_t b)
{
	return fmix64(a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL);
}

/* The home slot of key: its low 32 bits scaled to the table. */
uint32_t
u32map_slot(uint32_t nslots, uint64_t key)
{
	return (uint32_t)(((key & 0xFFFFFFFFu) * nslots) >> 32);
}

/* u32map_get, inlined into the tagger's inner loops. */
static inline int
map_get(const struct u32map *map, uint64_t key, uint32_t *val)
{
	uint32_t fp = (uint32_t)(key >> 32), i;

	if (fp == 0)
		fp = 1;
	if (map->nslots == 0)
		return 0;
	i = u32map_slot(map->nslots, key);
	for (;;) {
		uint32_t f = map->slots[(size_t)2 * i];

		if (f == fp) {
			*val = map->slots[(size_t)2 * i + 1];
			return 1;
		}
		if (f == 0)
			return 0;
		if (++i == map->nslots)
			i = 0;
	}
}

int
u32map_get(const struct u32map *map, uint64_t key, uint32_t *val)
{
	return map_get(map, key, val);
}

/* ---- the model image ---- */

enum { H_NTAGS, H_NAMES, H_FEATS, H_ENTRIES, H_FEATS2, H_ENTRIES2, H_DICT,
    H_EXC, H_SUF, H_STRINGS, H_SOLE, H_N };

static size_t
pad8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

/* Takes a table of nslots slots from the image at *off. */
static int
take_map(struct u32map *map, const unsigned char *d, size_t len,
    size_t *off, uint32_t nslots)
{
	size_t bytes = (size_t)nslots * 8;

	if (len - *off < bytes)
		return -1;
	map->slots = (const uint32_t *)(const void *)(d + *off);
	map->nslots = nslots;
	*off += bytes;
	return 0;
}

int
tag_model_open(struct tag_model *m, const void *data, size_t len,
    const char **why)
{
	const unsigned char *d = data;
	uint32_t h[H_N];
	size_t off, i, k;
	const char *p, *end;

	memset(m, 0, sizeof *m);
	*why = "not a tag model (bad magic)";
	if (len < 8 + sizeof h || memcmp(d, MODEL_MAGIC, 8) != 0)
		return -1;
	memcpy(h, d + 8, sizeof h);
	off = pad8(8 + sizeof h);
	*why = "truncated or corrupt tag model";
	if (h[H_NTAGS] == 0 || h[H_NTAGS] > 255 || len - off < h[H_NAMES])
		return -1;
	m->ntags = h[H_NTAGS];
	m->names = (const char *)d + off;
	end = m->names + h[H_NAMES];
	off += pad8(h[H_NAMES]);
	if (off > len)
		return -1;
	for (k = 0; k < 2; k++) {
		uint32_t nent = h[H_ENTRIES + 2 * k];

		if (take_map(&m->feats[k], d, len, &off, h[H_FEATS + 2 * k]) < 0)
			return -1;
		if ((len - off) / 4 < nent)
			return -1;
		m->entries[k] = (const uint32_t *)(const void *)(d + off);
		off += pad8((size_t)nent * 4);
		if (off > len)
			return -1;
		/* Check every reference once: tagging needs no bounds checks. */
		for (i = 0; i < m->feats[k].nslots; i++) {
			uint32_t v = m->feats[k].slots[2 * i + 1];

			if (m->feats[k].slots[2 * i] != 0 &&
			    ((v >> 8) > nent || (v & 0xFF) > nent - (v >> 8)))
				return -1;
		}
		for (i = 0; i < nent; i++)
			if ((m->entries[k][i] & 0xFF) >= m->ntags)
				return -1;
	}
	if (h[H_FEATS] == 0)
		return -1;
	m->nmodels = h[H_FEATS2] ? 2 : 1;
	if (take_map(&m->dict, d, len, &off, h[H_DICT]) < 0 ||
	    take_map(&m->lemma_exc, d, len, &off, h[H_EXC]) < 0 ||
	    take_map(&m->lemma_suf, d, len, &off, h[H_SUF]) < 0 ||
	    len - off < h[H_STRINGS] || h[H_STRINGS] == 0)
		return -1;
	m->strings = (const char *)d + off;
	m->strings_len = h[H_STRINGS];
	if (m->strings[m->strings_len - 1] != '\0' || end[-1] != '\0')
		return -1;
	off += pad8(h[H_STRINGS]);
	if (off > len || take_map(&m->sole, d, len, &off, h[H_SOLE]) < 0)
		return -1;
	for (i = 0; i < m->sole.nslots; i++)
		if (m->sole.slots[2 * i] != 0 &&
		    m->sole.slots[2 * i + 1] >= m->ntags)
			return -1;
	for (i = 0; i < m->lemma_exc.nslots; i++)
		if (m->lemma_exc.slots[2 * i] != 0 &&
		    m->lemma_exc.slots[2 * i + 1] >= m->strings_len)
			return -1;
	for (i = 0; i < m->lemma_suf.nslots; i++)
		if (m->lemma_suf.slots[2 * i] != 0 &&
		    (m->lemma_suf.slots[2 * i + 1] >> 8) >= m->strings_len)
			return -1;
	m->upos = ecalloc(m->ntags, sizeof *m->upos);
	m->xpos = ecalloc(m->ntags, sizeof *m->xpos);
	m->xpos_class = ecalloc(m->ntags, sizeof *m->xpos_class);
	for (p = m->names, i = 0; i < m->ntags; i++) {
		if (p >= end)
			goto bad;
		m->upos[i] = p;
		p += strlen(p) + 1;
		if (p >= end)
			goto bad;
		m->xpos[i] = p;
		p += strlen(p) + 1;
		for (k = 0; k < i; k++)
			if (strcmp(m->xpos[k], m->xpos[i]) == 0)
				break;
		m->xpos_class[i] = k < i ? m->xpos_class[k] : (int)m->nxpos++;
	}
	return 0;
bad:
	tag_model_close(m);
	*why = "truncated or corrupt tag model";
	return -1;
}

void
tag_model_close(struct tag_model *m)
{
	free(m->upos);
	free(m->xpos);
	free(m->xpos_class);
	m->upos = m->xpos = NULL;
	m->xpos_class = NULL;
}

/* ---- word information ---- */

void
word_normalize(const char *s, size_t n, int lower, struct buf *out)
{
	size_t i;
	const unsigned char *u = (const unsigned char *)s;

	for (i = 0; i < n; i++) {
		if (u[i] == 0xE2 && i + 2 < n && u[i + 1] == 0x80) {
			switch (u[i + 2]) {
			case 0x98: case 0x99: case 0x9A: case 0x9B:
				buf_addc(out, '\'');
				i += 2;
				continue;
			case 0x9C: case 0x9D: case 0x9E: case 0x9F:
				buf_addc(out, '"');
				i += 2;
				continue;
			case 0x93: case 0x94: case 0x95:
				buf_adds(out, "--");
				i += 2;
				continue;
			case 0xA6:
				buf_adds(out, "...");
				i += 2;
				continue;
			}
		}
		if (u[i] == 0xC2 && i + 1 < n && (u[i + 1] == 0xAB ||
		    u[i + 1] == 0xBB)) {
			buf_addc(out, '"');
			i++;
			continue;
		}
		if (lower && s[i] >= 'A' && s[i] <= 'Z')
			buf_addc(out, s[i] + ('a' - 'A'));
		else
			buf_addc(out, s[i]);
	}
}

#define AC_UNKNOWN	0xACAC	/* the ambiguity class of unknown words */

enum {
	F_DIGIT = 1, F_UPPER = 2, F_LOWER = 4, F_HYPHEN = 8, F_PERIOD = 16,
	F_NONASCII = 32, F_ALLUPPER = 64, F_INITUPPER = 128
};

/* Template ids: each feature's key mixes its template in. */
enum {
	T_BIAS = 1, T_FORM, T_LOWER, T_SUF, T_PRE = T_SUF + 5, T_SHAPE = T_PRE + 3,
	T_FLAGS, T_LM1, T_LM2, T_LP1, T_LP2, T_SUFM1, T_SUFP1, T_SHAPEM1,
	T_SHAPEP1, T_P1, T_P2, T_P1P2, T_P1L, T_LM1L, T_LLP1, T_AC, T_ACM1,
	T_ACP1, T_ACP2, T_P1AC, T_ACACP1, T_P1SUF3, T_LENGTH, T_FLAGSM1,
	T_FLAGSP1, T_P2P1AC, T_ACM1ACP1, T_LP1LP2, T_P1LP1, T_SCASE
};

void
word_info_fill(struct word_info *wi, const char *form, size_t len,
    const struct u32map *dict, struct buf *scratch)
{
	char shape[32];
	size_t i, k, ns = 0, nlen;
	const char *w;
	uint32_t ac, flags = 0;
	int last = 0, c, letters = 0, uppers = 0;

	buf_reset(scratch);
	word_normalize(form, len, 0, scratch);
	wi->form = hash_bytes(scratch->data, scratch->len, 1);
	buf_reset(scratch);
	word_normalize(form, len, 1, scratch);
	w = scratch->data;
	nlen = scratch->len;
	wi->lower = hash_bytes(w, nlen, 2);
	for (k = 0; k < 5; k++)
		wi->suf[k] = nlen > k ? hash_bytes(w + nlen - k - 1, k + 1,
		    10 + k) : 0x5f5f;
	for (k = 0; k < 3; k++)
		wi->pre[k] = nlen > k + 1 ? hash_bytes(w, k + 1, 20 + k) :
		    0x5e5e;
	for (i = 0; i < len; i++) {
		unsigned char u = (unsigned char)form[i];

		if (u >= 'A' && u <= 'Z') {
			c = 'X';
			flags |= F_UPPER;
			letters++;
			uppers++;
		} else if (u >= 'a' && u <= 'z') {
			c = 'x';
			flags |= F_LOWER;
			letters++;
		} else if (u >= '0' && u <= '9') {
			c = 'd';
			flags |= F_DIGIT;
		} else if (u >= 0x80) {
			if ((u & 0xC0) == 0x80)
				continue;
			c = 'u';
			flags |= F_NONASCII;
		} else {
			c = u;
			if (u == '-')
				flags |= F_HYPHEN;
			if (u == '.')
				flags |= F_PERIOD;
		}
		if (c != last && ns < sizeof shape) {
			shape[ns++] = (char)c;
			last = c;
		}
	}
	if (letters > 1 && letters == uppers)
		flags |= F_ALLUPPER;
	if (len > 0 && form[0] >= 'A' && form[0] <= 'Z')
		flags |= F_INITUPPER;
	wi->shape = hash_bytes(shape, ns, 3);
	wi->flags = flags | (uint32_t)(len > 12 ? 12 : len) << 8;
	if (u32map_get(dict, hash_bytes(w, nlen, 4), &ac))
		wi->ac = ac;
	else
		wi->ac = AC_UNKNOWN;
}

void
word_info_sentence(struct word_info *w, size_t n)
{
	size_t i, alpha = 0, init = 0, all = 0;
	uint32_t scase;

	for (i = 0; i < n; i++) {
		if (!(w[i].flags & (F_UPPER | F_LOWER)))
			continue;
		alpha++;
		init += (w[i].flags & F_INITUPPER) != 0;
		all += (w[i].flags & F_ALLUPPER) != 0 ||
		    !(w[i].flags & F_LOWER);
	}
	if (alpha >= 3 && all == alpha)
		scase = 2;
	else if (alpha >= 3 && init * 10 >= alpha * 6)
		scase = 1;
	else if (alpha >= 3 && init == 0)
		scase = 3;
	else
		scase = 0;
	for (i = 0; i < n; i++)
		w[i].scase = scase;
}

void
word_info_guard(struct word_info *wi, int after)
{
	uint64_t g = after ? 0xE05E05 : 0xB05B05;
	size_t k;

	wi->form = wi->lower = wi->shape = wi->ac = g;
	for (k = 0; k < 5; k++)
		wi->suf[k] = g;
	for (k = 0; k < 3; k++)
		wi->pre[k] = g;
	wi->flags = after ? 0xFFFE : 0xFFFF;
	wi->scase = 0;
}

#define FK(t, v) hash_mix((uint64_t)(t), (v))

void
features_static(const struct word_info *w, size_t i, uint64_t *k)
{
	const struct word_info *c = w + i;
	size_t j, n = 0;

	k[n++] = FK(T_BIAS, 0);
	k[n++] = FK(T_FORM, c->form);
	k[n++] = FK(T_LOWER, c->lower);
	for (j = 0; j < 5; j++)
		k[n++] = FK(T_SUF + j, c->suf[j]);
	for (j = 0; j < 3; j++)
		k[n++] = FK(T_PRE + j, c->pre[j]);
	k[n++] = FK(T_SHAPE, c->shape);
	k[n++] = FK(T_FLAGS, c->flags & 0xFF);
	k[n++] = FK(T_LENGTH, c->flags >> 8);
	k[n++] = FK(T_LM1, c[-1].lower);
	k[n++] = FK(T_LM2, c[-2].lower);
	k[n++] = FK(T_LP1, c[1].lower);
	k[n++] = FK(T_LP2, c[2].lower);
	k[n++] = FK(T_SUFM1, c[-1].suf[2]);
	k[n++] = FK(T_SUFP1, c[1].suf[2]);
	k[n++] = FK(T_SHAPEM1, c[-1].shape);
	k[n++] = FK(T_SHAPEP1, c[1].shape);
	k[n++] = FK(T_FLAGSM1, c[-1].flags & 0xFF);
	k[n++] = FK(T_FLAGSP1, c[1].flags & 0xFF);
	k[n++] = FK(T_LM1L, hash_mix(c[-1].lower, c->lower));
	k[n++] = FK(T_LLP1, hash_mix(c->lower, c[1].lower));
	k[n++] = FK(T_LP1LP2, hash_mix(c[1].lower, c[2].lower));
	k[n++] = FK(T_AC, c->ac);
	k[n++] = FK(T_ACM1, c[-1].ac);
	k[n++] = FK(T_ACP1, c[1].ac);
	k[n++] = FK(T_ACP2, c[2].ac);
	k[n++] = FK(T_ACACP1, hash_mix(c->ac, c[1].ac));
	k[n++] = FK(T_ACM1ACP1, hash_mix(c[-1].ac, c[1].ac));
	k[n++] = FK(T_SUFP1 + 100, c[1].suf[0]);
	k[n++] = FK(T_SUFP1 + 101, c[1].suf[1]);
	k[n++] = FK(T_SUFM1 + 100, c[-1].suf[0]);
	k[n++] = FK(T_SUFM1 + 101, c[-1].suf[1]);
	k[n++] = FK(T_SHAPE + 100, hash_mix(c[-1].shape, c->shape));
	k[n++] = FK(T_SHAPE + 101, hash_mix(c->shape, c[1].shape));
	k[n++] = FK(T_ACP1 + 100, hash_mix(c->lower, c[1].ac));
	k[n++] = FK(T_SCASE, hash_mix(c->scase, c->shape));
	k[n++] = FK(T_SCASE + 1, hash_mix(c->scase * 4 + (c[-1].flags ==
	    0xFFFF), c->flags & 0xFF));
	k[n++] = FK(T_SCASE + 2, hash_mix(c->scase, c->ac));
}

/*
 * The static features again, split by the one word each depends on, so
 * their sums can be cached per word type (see word_rows): the features
 * of the word itself (given the sentence casing), of it as the first or
 * second word to the left or to the right of the word tagged, and the
 * features that pair two words.  Together they are exactly the keys of
 * features_static (a unit test checks it).
 */
size_t
features_of_word(const struct word_info *c, int role, uint32_t scase,
    uint64_t *k)
{
	size_t j, n = 0;

	switch (role) {
	case ROLE_SELF:
		k[n++] = FK(T_BIAS, 0);
		k[n++] = FK(T_FORM, c->form);
		k[n++] = FK(T_LOWER, c->lower);
		for (j = 0; j < 5; j++)
			k[n++] = FK(T_SUF + j, c->suf[j]);
		for (j = 0; j < 3; j++)
			k[n++] = FK(T_PRE + j, c->pre[j]);
		k[n++] = FK(T_SHAPE, c->shape);
		k[n++] = FK(T_FLAGS, c->flags & 0xFF);
		k[n++] = FK(T_LENGTH, c->flags >> 8);
		k[n++] = FK(T_AC, c->ac);
		k[n++] = FK(T_SCASE, hash_mix(scase, c->shape));
		k[n++] = FK(T_SCASE + 2, hash_mix(scase, c->ac));
		break;
	case ROLE_LEFT1:
		k[n++] = FK(T_LM1, c->lower);
		k[n++] = FK(T_SUFM1, c->suf[2]);
		k[n++] = FK(T_SHAPEM1, c->shape);
		k[n++] = FK(T_FLAGSM1, c->flags & 0xFF);
		k[n++] = FK(T_ACM1, c->ac);
		k[n++] = FK(T_SUFM1 + 100, c->suf[0]);
		k[n++] = FK(T_SUFM1 + 101, c->suf[1]);
		break;
	case ROLE_LEFT2:
		k[n++] = FK(T_LM2, c->lower);
		break;
	case ROLE_RIGHT1:
		k[n++] = FK(T_LP1, c->lower);
		k[n++] = FK(T_SUFP1, c->suf[2]);
		k[n++] = FK(T_SHAPEP1, c->shape);
		k[n++] = FK(T_FLAGSP1, c->flags & 0xFF);
		k[n++] = FK(T_ACP1, c->ac);
		k[n++] = FK(T_SUFP1 + 100, c->suf[0]);
		k[n++] = FK(T_SUFP1 + 101, c->suf[1]);
		break;
	case ROLE_RIGHT2:
		k[n++] = FK(T_LP2, c->lower);
		k[n++] = FK(T_ACP2, c->ac);
		break;
	}
	return n;
}

void
features_pairs(const struct word_info *w, size_t i, uint64_t *k)
{
	const struct word_info *c = w + i;
	size_t n = 0;

	k[n++] = FK(T_LM1L, hash_mix(c[-1].lower, c->lower));
	k[n++] = FK(T_LLP1, hash_mix(c->lower, c[1].lower));
	k[n++] = FK(T_LP1LP2, hash_mix(c[1].lower, c[2].lower));
	k[n++] = FK(T_ACACP1, hash_mix(c->ac, c[1].ac));
	k[n++] = FK(T_ACM1ACP1, hash_mix(c[-1].ac, c[1].ac));
	k[n++] = FK(T_SHAPE + 100, hash_mix(c[-1].shape, c->shape));
	k[n++] = FK(T_SHAPE + 101, hash_mix(c->shape, c[1].shape));
	k[n++] = FK(T_ACP1 + 100, hash_mix(c->lower, c[1].ac));
	k[n++] = FK(T_SCASE + 1, hash_mix(c->scase * 4 + (c[-1].flags ==
	    0xFFFF), c->flags & 0xFF));
}

void
features_tags(const struct word_info *w, size_t i, int p1, int p2,
    uint64_t *k)
{
	const struct word_info *c = w + i;
	uint64_t t1 = (uint64_t)p1 + 2, t2 = (uint64_t)p2 + 2;
	size_t n = 0;

	k[n++] = FK(T_P1, t1);
	k[n++] = FK(T_P2, t2);
	k[n++] = FK(T_P1P2, t1 * 1000 + t2);
	k[n++] = FK(T_P1L, hash_mix(t1, c->lower));
	k[n++] = FK(T_P1AC, hash_mix(t1, c->ac));
	k[n++] = FK(T_P2P1AC, hash_mix(t2 * 1000 + t1, c->ac));
	k[n++] = FK(T_P1SUF3, hash_mix(t1, c->suf[2]));
	k[n++] = FK(T_ACM1 + 100, hash_mix(t1, c[1].ac));
	k[n++] = FK(T_P1LP1, hash_mix(t1, c[1].lower));
}

/* ---- tagging ---- */

/* Score rows are padded to a multiple of 8 tags, for add_row. */
#define ROW(m) (((size_t)(m)->ntags + 7) & ~(size_t)7)

void
tagger_init(struct tagger *t, const struct tag_model *m)
{
	memset(t, 0, sizeof *t);
	t->model = m;
	t->info = ecalloc(TAG_CHUNK + 4, sizeof *t->info);
	t->rinfo = ecalloc(TAG_CHUNK + 4, sizeof *t->rinfo);
	t->hist = ecalloc(TAG_CHUNK, sizeof *t->hist);
	t->fixed = ecalloc(TAG_CHUNK, sizeof *t->fixed);
	t->rfixed = ecalloc(TAG_CHUNK, sizeof *t->rfixed);
	t->pairword = ecalloc(TAG_CHUNK, sizeof *t->pairword);
	t->forms = ecalloc(FORM_CACHE, sizeof *t->forms);
	t->keys = ecalloc((size_t)TAG_CHUNK * NPAIRS, sizeof *t->keys);
	t->vals = ecalloc((size_t)TAG_CHUNK * NPAIRS, sizeof *t->vals);
	t->cache_key = ecalloc((size_t)2 * WORD_SETS * WORD_WAYS,
	    sizeof *t->cache_key);
	t->cache_mru = ecalloc((size_t)2 * WORD_SETS, sizeof *t->cache_mru);
	t->dense_key = ecalloc((size_t)2 * DENSE_CACHE, sizeof *t->dense_key);
	t->dense = ecalloc((size_t)2 * DENSE_CACHE * ROW(m), sizeof *t->dense);
	t->cache = ecalloc((size_t)2 * WORD_SETS * WORD_WAYS * NROLES * ROW(m),
	    sizeof *t->cache);
	t->scores = ecalloc((size_t)TAG_CHUNK * ROW(m), sizeof *t->scores);
	t->rscores = ecalloc((size_t)TAG_CHUNK * ROW(m), sizeof *t->rscores);
}

void
tagger_free(struct tagger *t)
{
	free(t->info);
	free(t->rinfo);
	free(t->hist);
	free(t->fixed);
	free(t->rfixed);
	free(t->pairword);
	free(t->forms);
	free(t->keys);
	free(t->vals);
	free(t->tags);
	free(t->scores);
	free(t->rscores);
	free(t->cache_key);
	free(t->cache_mru);
	free(t->dense_key);
	free(t->dense);
	free(t->cache);
	buf_free(&t->norm);
	memset(t, 0, sizeof *t);
}

/* Four scores at a time (GCC/Clang vector extension; unaligned): the
 * width of SSE2, which every x86-64 has, so no flags are needed. */
typedef int32_t int32x4 __attribute__((vector_size(16), aligned(4)));

/* dst += src for a row of nt scores, nt a multiple of 8 (ROW). */
static void
add_row(int32_t *restrict dst, const int32_t *restrict src, size_t nt)
{
	size_t j;

	for (j = 0; j < nt; j += 4)
		*(int32x4 *)(void *)(dst + j) += *(const int32x4 *)(const void *)
		    (src + j);
}

/*
 * Adds the weights of one feature (its table value v) to row.  A feature
 * with many weights (the bias, flags, shapes, ambiguity classes, previous
 * tags: few values, seen over and over) is expanded once into a dense row
 * of the dense cache and added from there eight scores at a time; the
 * sums are the same integers either way.
 */
static void
add_feature(struct tagger *t, int k, int32_t *row, uint64_t key, uint32_t v)
{
	const uint32_t *entries = t->model->entries[k];
	size_t nt = ROW(t->model), slot;
	uint32_t j, c, e;
	int32_t *dense;

	if ((v & 0xFF) < DENSE_MIN) {
		for (j = v >> 8, c = v & 0xFF; c > 0; j++, c--) {
			e = entries[j];
			row[e & 0xFF] += (int32_t)e >> 8;
		}
		return;
	}
	key |= 1;
	slot = (size_t)k * DENSE_CACHE + (key >> 40) % DENSE_CACHE;
	dense = t->dense + slot * nt;
	if (t->dense_key[slot] != key) {
		t->dense_key[slot] = key;
		memset(dense, 0, nt * sizeof *dense);
		for (j = v >> 8, c = v & 0xFF; c > 0; j++, c--) {
			e = entries[j];
			dense[e & 0xFF] = (int32_t)e >> 8;
		}
	}
	add_row(row, dense, nt);
}

/*
 * Adds the weights of the nk (at most 64) features keys of perceptron k
 * to scores.  The lookups are independent of one another, so all their
 * table slots are prefetched first, then all their weights: the misses
 * overlap instead of following one another.
 */
static void
add_scores(struct tagger *t, int k, int32_t *scores, const uint64_t *keys,
    size_t nk)
{
	const struct tag_model *m = t->model;
	const struct u32map *feats = &m->feats[k];
	const uint32_t *entries = m->entries[k];
	uint32_t vals[64], v;
	size_t f;

	for (f = 0; f < nk; f++)
		__builtin_prefetch(feats->slots + (size_t)2 * u32map_slot(feats->nslots,
		    keys[f]));
	for (f = 0; f < nk; f++) {
		vals[f] = map_get(feats, keys[f], &v) ? v : 0;
		if (vals[f])
			__builtin_prefetch(entries + (v >> 8));
	}
	for (f = 0; f < nk; f++)
		if (vals[f] != 0)
			add_feature(t, k, scores, keys[f], vals[f]);
}

/*
 * Adds perceptron k's pair features of the n words of w to scores (one
 * row of ntags per word).  The lookups of a chunk are independent, so
 * they are done in two sweeps with the memory they need prefetched a few
 * keys ahead: the tables are larger than the caches, and waiting for each
 * miss in turn would dominate the time.
 */
static void
pair_scores(struct tagger *t, int k, const struct word_info *w, size_t n,
    const int *fixed, int32_t *scores)
{
	const struct tag_model *m = t->model;
	const struct u32map *feats = &m->feats[k];
	const uint32_t *entries = m->entries[k];
	size_t nt = ROW(m), total, i, j, nw = 0;
	uint64_t *keys = t->keys;
	uint32_t *vals = t->vals, v;
	int *word = t->pairword;
	enum { AHEAD = 8 };

	for (i = 0; i < n; i++)
		if (fixed[i] < 0) {
			features_pairs(w, i, keys + nw * NPAIRS);
			word[nw++] = (int)i;
		}
	total = nw * NPAIRS;
	for (j = 0; j < total; j++) {
		if (j + AHEAD < total)
			__builtin_prefetch(feats->slots + (size_t)2 *
			    u32map_slot(feats->nslots, keys[j + AHEAD]));
		vals[j] = map_get(feats, keys[j], &v) ? v : 0;
	}
	for (j = 0; j < total; j++) {
		if (j + AHEAD < total && vals[j + AHEAD])
			__builtin_prefetch(entries + (vals[j + AHEAD] >> 8));
		if ((v = vals[j]) == 0)
			continue;
		i = (size_t)word[j / NPAIRS];
		add_feature(t, k, scores + i * nt, keys[j], v);
	}
}

/*
 * Adds perceptron k's features of the word wi, in each role it plays
 * (features_of_word), to the row dst[role] of the word it informs there.
 * A role with no row (no word there, or one whose tag is fixed) is
 * skipped.
 */
static void
word_features(struct tagger *t, int k, const struct word_info *wi,
    uint32_t scase, int32_t *const dst[NROLES])
{
	const struct tag_model *m = t->model;
	const uint32_t *entries = m->entries[k];
	uint64_t keys[64];
	uint32_t vals[64], v;
	unsigned char rowof[64];
	size_t f, n = 0, nk;
	int role;

	/* All the word's keys at once, so their misses overlap (add_scores) */
	for (role = 0; role < NROLES; role++) {
		if (dst[role] == NULL)
			continue;
		nk = features_of_word(wi, role, scase, keys + n);
		memset(rowof + n, role, nk);
		n += nk;
	}
	for (f = 0; f < n; f++)
		__builtin_prefetch(m->feats[k].slots + (size_t)2 *
		    u32map_slot(m->feats[k].nslots, keys[f]));
	for (f = 0; f < n; f++) {
		vals[f] = map_get(&m->feats[k], keys[f], &v) ? v : 0;
		if (vals[f])
			__builtin_prefetch(entries + (v >> 8));
	}
	for (f = 0; f < n; f++)
		if (vals[f] != 0)
			add_feature(t, k, dst[rowof[f]], keys[f], vals[f]);
}

/*
 * The cached score rows of the word wi for perceptron k: NROLES rows of
 * ntags, one per role (features_of_word).  Most running words are a few
 * frequent ones, so most words find their rows here, and the 34 lookups
 * behind them become 5 additions of a row.  Each perceptron has its own
 * cache, two-way set-associative (a new word replaces the way used less
 * recently): on OCR'd newspapers one direct-mapped cache of half the
 * size for both missed a third of the time, these a fifth.  The rows
 * returned live until the next call.
 */
static const int32_t *
word_rows(struct tagger *t, int k, const struct word_info *wi, uint32_t scase)
{
	uint64_t key = hash_mix(hash_mix(wi->form, wi->shape), (uint64_t)
	    wi->flags << 8 | scase << 2 | (uint64_t)k) | 1;
	size_t set = (size_t)k * WORD_SETS + (key >> 1 & (WORD_SETS - 1));
	size_t slot = set * WORD_WAYS, nt = ROW(t->model);
	int32_t *rows, *dst[NROLES];
	int role;

	if (t->cache_key[slot] == key) {
		t->cache_mru[set] = 0;
		return t->cache + slot * NROLES * nt;
	}
	if (t->cache_key[slot + 1] == key) {
		t->cache_mru[set] = 1;
		return t->cache + (slot + 1) * NROLES * nt;
	}
	slot += t->cache_mru[set] ^= 1;	/* the other way */
	t->cache_key[slot] = key;
	rows = t->cache + slot * NROLES * nt;
	memset(rows, 0, NROLES * nt * sizeof *rows);
	for (role = 0; role < NROLES; role++)
		dst[role] = rows + role * nt;
	word_features(t, k, wi, scase, dst);
	return rows;
}

/*
 * The scores of perceptron k's static features for the n words of w;
 * the rows of words whose tag is fixed[i] >= 0 are left unscored.  A word
 * the dictionary does not know (a name, a misprint) seldom comes again
 * soon: its features go straight to the rows of the words it informs
 * instead of through the cache, where they would cost a copy and displace
 * a word that does come again.
 */
static void
static_scores(struct tagger *t, int k, const struct word_info *w, size_t n,
    const int *fixed, int32_t *scores)
{
	size_t nt = ROW(t->model);
	long i, ln = (long)n, d;
	const int32_t *rows;
	int32_t *dst[NROLES];
	uint32_t scase = n > 0 ? w[0].scase : 0;
	/* The row of each role lands on the word role_to[] away. */
	static const int role_to[NROLES] = { 0, 1, 2, -1, -2 };
	int role, used;

	memset(scores, 0, n * nt * sizeof *scores);
	pair_scores(t, k, w, n, fixed, scores);
	for (i = -2; i < ln + 2; i++) {
		for (used = 0, role = 0; role < NROLES; role++) {
			d = i + role_to[role];
			if (d >= 0 && d < ln && fixed[d] < 0) {
				dst[role] = scores + d * nt;
				used = 1;
			} else
				dst[role] = NULL;
		}
		if (!used)
			continue;	/* no word it informs is scored */
		if (w[i].ac == AC_UNKNOWN) {
			word_features(t, k, &w[i], scase, dst);
			continue;
		}
		rows = word_rows(t, k, &w[i], scase);
		for (role = 0; role < NROLES; role++)
			if (dst[role] != NULL)
				add_row(dst[role], rows + role * nt, nt);
	}
}

static int
argmax(const int32_t *scores, uint32_t ntags)
{
	uint32_t j, best = 0;

	for (j = 1; j < ntags; j++)
		if (scores[j] > scores[best])
			best = j;
	return (int)best;
}

/*
 * The word information and fixed tag (or -1) of the word form (len
 * bytes) into *wi and *fixed.  They depend on the form alone and take a
 * dozen hashes and two table look-ups to make, while most running
 * words are a few frequent ones: short forms are remembered in a
 * direct-mapped cache, compared byte for byte.
 */
static void
word_lookup(struct tagger *t, const char *form, size_t len,
    struct word_info *wi, int *fixed)
{
	const struct tag_model *m = t->model;
	struct form_entry *e = NULL;
	uint32_t v;

	if (len > 0 && len <= FORM_MAX) {
		e = &t->forms[hash_bytes(form, len, 31) & (FORM_CACHE - 1)];
		if (e->len == len && memcmp(e->form, form, len) == 0) {
			*wi = e->info;
			*fixed = e->fixed;
			return;
		}
	}
	word_info_fill(wi, form, len, &m->dict, &t->norm);
	*fixed = map_get(&m->sole, wi->form, &v) ? (int)v : -1;
	if (e != NULL) {
		e->info = *wi;
		e->fixed = *fixed;
		e->len = (unsigned char)len;
		memcpy(e->form, form, len);
	}
}

/* Fills the word information and fixed tags of the n words (w[-2 ..
 * n+2), guards included). */
static void
fill_info(struct tagger *t, struct word_info *w, const char *const *forms,
    const size_t *lens, size_t n, int *fixed)
{
	size_t i;

	word_info_guard(&w[-2], 0);
	word_info_guard(&w[-1], 0);
	for (i = 0; i < n; i++)
		word_lookup(t, forms[i], lens[i], &w[i], &fixed[i]);
	word_info_sentence(w, n);
	word_info_guard(&w[n], 1);
	word_info_guard(&w[n + 1], 1);
}

/* The same words in reverse, for the right-to-left pass. */
static void
reverse_info(struct word_info *rw, const struct word_info *w, size_t n)
{
	size_t i;

	word_info_guard(&rw[-2], 0);
	word_info_guard(&rw[-1], 0);
	for (i = 0; i < n; i++)
		rw[i] = w[n - 1 - i];
	word_info_guard(&rw[n], 1);
	word_info_guard(&rw[n + 1], 1);
}

/*
 * Tags n <= TAG_CHUNK words into tags[].  A word the training data saw
 * often and always (99 %) with one tag takes that tag unscored (the
 * model's sole map, see build_sole in train.c): over a third of running
 * words, for 0.03 points of accuracy at most on EWT.  Its tag still
 * informs its neighbours' choices as any predicted tag does.
 */
static void
tag_chunk(struct tagger *t, const char *const *forms, const size_t *lens,
    size_t n, int *tags)
{
	const struct tag_model *m = t->model;
	uint64_t keys[NTAGFEATS];
	struct word_info *w = t->info + 2, *rw = t->rinfo + 2;
	size_t i, nt = ROW(m);
	int32_t *row;
	int *hist = t->hist, *fixed = t->fixed, *rfixed = t->rfixed;

	fill_info(t, w, forms, lens, n, fixed);
	if (m->nmodels == 2) {
		/* Right to left: reading position i is word n-1-i. */
		reverse_info(rw, w, n);
		for (i = 0; i < n; i++)
			rfixed[i] = fixed[n - 1 - i];
		static_scores(t, 1, rw, n, rfixed, t->rscores);
		for (i = 0; i < n; i++) {
			if (rfixed[i] >= 0) {
				hist[i] = rfixed[i];
				continue;
			}
			row = t->rscores + i * nt;
			features_tags(rw, i, i > 0 ? hist[i - 1] : -1,
			    i > 1 ? hist[i - 2] : -1, keys);
			add_scores(t, 1, row, keys, NTAGFEATS);
			hist[i] = argmax(row, m->ntags);
		}
	}
	static_scores(t, 0, w, n, fixed, t->scores);
	for (i = 0; i < n; i++) {
		if (fixed[i] >= 0) {
			tags[i] = fixed[i];
			continue;
		}
		row = t->scores + i * nt;
		if (m->nmodels == 2)
			add_row(row, t->rscores + (n - 1 - i) * nt, nt);
		features_tags(w, i, i > 0 ? tags[i - 1] : -1,
		    i > 1 ? tags[i - 2] : -1, keys);
		add_scores(t, 0, row, keys, NTAGFEATS);
		tags[i] = argmax(row, m->ntags);
	}
}

const int *
tagger_tag(struct tagger *t, const char *const *forms, const size_t *lens,
    size_t n)
{
	size_t start, len;

	if (n > t->cap) {
		t->cap = n + n / 2;
		t->tags = ereallocarray(t->tags, t->cap, sizeof *t->tags);
	}
	for (start = 0; start < n; start += len) {
		len = n - start < TAG_CHUNK ? n - start : TAG_CHUNK;
		tag_chunk(t, forms + start, lens + start, len, t->tags + start);
	}
	return t->tags;
}

/* ---- lemmas ---- */

uint64_t
lemma_exc_key(const char *form, size_t len, const char *xpos)
{
	return hash_bytes(form, len, hash_bytes(xpos, strlen(xpos), 5));
}

uint64_t
lemma_suf_key(const char *xpos, const char *suf, size_t len)
{
	return hash_bytes(suf, len, hash_bytes(xpos, strlen(xpos), 6) + len);
}

void
lemma_base(const char *form, size_t len, const char *xpos, struct buf *out)
{
	size_t i, lower = 0;
	int proper = strncmp(xpos, "NNP", 3) == 0;
	int keep = proper || (len == 1 && *form == 'I');

	for (i = 0; i < len; i++)
		lower += form[i] >= 'a' && form[i] <= 'z';
	/* EWT capitalizes the lemma of a proper noun written in lower case
	 * (mexico -> Mexico). */
	if (proper && lower == len && len > 0) {
		buf_addc(out, form[0] - ('a' - 'A'));
		buf_add(out, form + 1, len - 1);
		return;
	}
	for (i = 0; i < len; i++)
		buf_addc(out, !keep && form[i] >= 'A' && form[i] <= 'Z' ?
		    form[i] + ('a' - 'A') : form[i]);
}

void
lemma_by_rules(const struct u32map *suf, const char *strings,
    const char *xpos, struct buf *out, size_t start)
{
	size_t blen = out->len - start, k, strip;
	uint32_t v;

	for (k = blen < LEMMA_SUFFIX_MAX ? blen : LEMMA_SUFFIX_MAX; ; k--) {
		if (u32map_get(suf, lemma_suf_key(xpos,
		    out->data + start + blen - k, k), &v)) {
			strip = v & 0xFF;
			if (strip <= k) {
				out->len = start + blen - strip;
				out->data[out->len] = '\0';
				buf_adds(out, strings + (v >> 8));
			}
			return;
		}
		if (k == 0)
			return;
	}
}

void
tag_lemma(const struct tag_model *m, const char *form, size_t len, int tag,
    struct buf *out)
{
	const char *xpos = m->xpos[tag];
	size_t start = out->len;
	uint32_t v;

	if (u32map_get(&m->lemma_exc, lemma_exc_key(form, len, xpos), &v)) {
		buf_adds(out, m->strings + v);
		return;
	}
	lemma_base(form, len, xpos, out);
	if (memcmp(out->data + start, form, len) != 0 &&
	    u32map_get(&m->lemma_exc,
	    lemma_exc_key(out->data + start, len, xpos), &v)) {
		out->len = start;
		buf_adds(out, m->strings + v);
		return;
	}
	lemma_by_rules(&m->lemma_suf, m->strings, xpos, out, start);
}
