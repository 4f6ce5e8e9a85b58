#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "tagger.h"
#include "tokenize.h"
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

/* The end of hash_bytes: the last n < 8 bytes of the key at s into h. */
static inline uint64_t
hash_last(uint64_t h, const unsigned char *s, size_t n)
{
	h = (h ^ fmix64(mem_load_tail(s, n) ^ 0x5bd1e995)) * 0x9E3779B97F4A7C15ULL;
	return fmix64(h);
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
	return hash_last(h, s, n);
}

/* hash_bytes of a key shorter than 8 bytes, inlined: a word's affixes,
 * whose lengths the compiler then knows. */
static inline uint64_t
hash_short(const char *s, size_t n, uint64_t seed)
{
	return hash_last(seed ^ (n * 0x9E3779B97F4A7C15ULL),
	    (const unsigned char *)s, n);
}

/* hash_bytes, inlined for the keys shorter than 8 bytes that most words
 * are: a call was a fifth of such a hash, and two of the same bytes (a
 * word's lower case, its dict key) then share their first mixing. */
static inline uint64_t
hash_key(const void *p, size_t n, uint64_t seed)
{
	return n < 8 ? hash_short(p, n, seed) : hash_bytes(p, n, seed);
}

uint64_t
hash_mix(uint64_t a, uint64_t b)
{
	return fmix64(a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL);
}

/* The lemma keys of one XPOS tag start from a seed hashed from the tag
 * (tag_model_open computes each tag's once). */
static uint64_t
lemma_seed(const char *xpos, uint64_t which)
{
	return hash_bytes(xpos, strlen(xpos), which);
}

/* The home slot of key: its low 32 bits scaled to the table. */
uint32_t
u32map_slot(uint32_t nslots, uint64_t key)
{
	return (uint32_t)(((key & 0xFFFFFFFFu) * nslots) >> 32);
}

/*
 * map_get from key's home slot i, already known, in a map that is not
 * empty.  It walks a pointer to the end of the table, whose bound is
 * loaded once: with the index and the table's size reloaded at each
 * step, the probes that most look-ups take cost a fifth more.
 */
static inline int
map_get_from(const struct u32map *map, uint32_t i, uint64_t key,
    uint32_t *val)
{
	const uint32_t *s = map->slots + (size_t)2 * i;
	const uint32_t *end = map->slots + (size_t)2 * map->nslots;
	uint32_t fp = (uint32_t)(key >> 32);

	if (fp == 0)
		fp = 1;
	for (;;) {
		if (s[0] == fp) {
			*val = s[1];
			return 1;
		}
		if (s[0] == 0)
			return 0;
		s += 2;
		if (s == end)
			s = map->slots;
	}
}

/* u32map_get, inlined into the tagger's inner loops. */
static inline int
map_get(const struct u32map *map, uint64_t key, uint32_t *val)
{
	if (map->nslots == 0)
		return 0;
	return map_get_from(map, u32map_slot(map->nslots, key), key, val);
}

int
u32map_get(const struct u32map *map, uint64_t key, uint32_t *val)
{
	return map_get(map, key, val);
}

/* ---- the model image ---- */

enum { H_NTAGS, H_NAMES, H_FEATS, H_ENTRIES, H_FEATS2, H_ENTRIES2, H_DICT,
    H_EXC, H_SUF, H_STRINGS, H_SOLE, H_FEATS3, H_ENTRIES3, H_N };
/* Where each perceptron's sizes are in the header. */
static const int h_feats[NPERC] = { H_FEATS, H_FEATS2, H_FEATS3 };
static const int h_entries[NPERC] = { H_ENTRIES, H_ENTRIES2, H_ENTRIES3 };

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

/* tag_model_open, checking every reference in the image when check is
 * set. */
static int
model_open(struct tag_model *m, const void *data, size_t len,
    const char **why, int check)
{
	const unsigned char *d = data;
	uint32_t h[H_N], i32;
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
	for (k = 0; k < NPERC; k++) {
		uint32_t nent = h[h_entries[k]];

		if (take_map(&m->feats[k], d, len, &off, h[h_feats[k]]) < 0)
			return -1;
		if ((len - off) / 4 < nent)
			return -1;
		m->entries[k] = (const uint32_t *)(const void *)(d + off);
		off += pad8((size_t)nent * 4);
		if (off > len)
			return -1;
		/* Check every reference once: tagging needs no bounds checks. */
		for (i = 0; check && i < m->feats[k].nslots; i++) {
			uint32_t v = m->feats[k].slots[2 * i + 1];

			if (m->feats[k].slots[2 * i] != 0 &&
			    ((v >> 8) > nent || (v & 0xFF) > nent - (v >> 8)))
				return -1;
		}
		for (i = 0; check && i < nent; i++)
			if ((m->entries[k][i] & 0xFF) >= m->ntags)
				return -1;
	}
	if (h[H_FEATS] == 0)
		return -1;
	m->nmodels = h[H_FEATS2] ? 2 : 1;
	m->cheap = h[H_FEATS3] != 0;
	if (take_map(&m->dict, d, len, &off, h[H_DICT]) < 0 ||
	    take_map(&m->lemma_exc, d, len, &off, h[H_EXC]) < 0 ||
	    take_map(&m->lemma_suf, d, len, &off, h[H_SUF]) < 0 ||
	    len - off < h[H_STRINGS] || h[H_STRINGS] == 0)
		return -1;
	m->dict_all = map_get(&m->dict, DICT_ALL_KEY, &i32) &&
	    i32 == AC_UNKNOWN;
	m->strings = (const char *)d + off;
	m->strings_len = h[H_STRINGS];
	if (m->strings[m->strings_len - 1] != '\0' || end[-1] != '\0')
		return -1;
	off += pad8(h[H_STRINGS]);
	if (off > len || take_map(&m->sole, d, len, &off, h[H_SOLE]) < 0)
		return -1;
	for (i = 0; check && i < m->sole.nslots; i++)
		if (m->sole.slots[2 * i] != 0 &&
		    m->sole.slots[2 * i + 1] >= m->ntags)
			return -1;
	for (i = 0; check && i < m->lemma_exc.nslots; i++)
		if (m->lemma_exc.slots[2 * i] != 0 &&
		    m->lemma_exc.slots[2 * i + 1] >= m->strings_len)
			return -1;
	for (i = 0; check && i < m->lemma_suf.nslots; i++)
		if (m->lemma_suf.slots[2 * i] != 0 &&
		    (m->lemma_suf.slots[2 * i + 1] >> 8) >= m->strings_len)
			return -1;
	m->upos = ecalloc(m->ntags, sizeof *m->upos);
	m->xpos = ecalloc(m->ntags, sizeof *m->xpos);
	m->xpos_class = ecalloc(m->ntags, sizeof *m->xpos_class);
	m->lemma_seed = ecalloc((size_t)2 * m->ntags, sizeof *m->lemma_seed);
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
		m->lemma_seed[2 * i] = lemma_seed(m->xpos[i], 5);
		m->lemma_seed[2 * i + 1] = lemma_seed(m->xpos[i], 6);
	}
	m->quote_open = m->quote_close = m->hyphen = -1;
	for (i = 0; i < m->ntags; i++) {
		if (strcmp(m->upos[i], "PUNCT") != 0)
			continue;
		if (strcmp(m->xpos[i], "``") == 0)
			m->quote_open = (int)i;
		else if (strcmp(m->xpos[i], "''") == 0)
			m->quote_close = (int)i;
		else if (strcmp(m->xpos[i], "HYPH") == 0)
			m->hyphen = (int)i;
	}
	return 0;
bad:
	tag_model_close(m);
	*why = "truncated or corrupt tag model";
	return -1;
}

int
tag_model_open(struct tag_model *m, const void *data, size_t len,
    const char **why)
{
	return model_open(m, data, len, why, 1);
}

int
tag_model_open_trusted(struct tag_model *m, const void *data, size_t len,
    const char **why)
{
	return model_open(m, data, len, why, 0);
}

void
tag_model_close(struct tag_model *m)
{
	free(m->upos);
	free(m->xpos);
	free(m->xpos_class);
	free(m->lemma_seed);
	m->upos = m->xpos = NULL;
	m->xpos_class = NULL;
	m->lemma_seed = NULL;
}

/* ---- word information ---- */

/* Written straight into out, whose room is reserved first: the result
 * is never longer than the form (a three-byte mark becomes one to three
 * ASCII bytes), and a byte at a time through buf_addc took a call each. */
void
word_normalize(const char *s, size_t n, int lower, struct buf *out)
{
	size_t i;
	const unsigned char *u = (const unsigned char *)s;
	char *d;

	buf_reserve(out, n);
	d = out->data + out->len;
	for (i = 0; i < n; i++) {
		if (u[i] == 0xE2 && i + 2 < n && u[i + 1] == 0x80) {
			switch (u[i + 2]) {
			case 0x98: case 0x99: case 0x9A: case 0x9B:
				*d++ = '\'';
				i += 2;
				continue;
			case 0x9C: case 0x9D: case 0x9E: case 0x9F:
				*d++ = '"';
				i += 2;
				continue;
			case 0x93: case 0x94: case 0x95:
				*d++ = '-';
				*d++ = '-';
				i += 2;
				continue;
			case 0xA6:
				*d++ = '.';
				*d++ = '.';
				*d++ = '.';
				i += 2;
				continue;
			}
		}
		if (u[i] == 0xC2 && i + 1 < n && (u[i + 1] == 0xAB ||
		    u[i + 1] == 0xBB)) {
			*d++ = '"';
			i++;
			continue;
		}
		if (lower && s[i] >= 'A' && s[i] <= 'Z')
			*d++ = (char)(s[i] + ('a' - 'A'));
		else
			*d++ = s[i];
	}
	out->len = (size_t)(d - out->data);
	out->data[out->len] = '\0';
}

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
	char shape[32] = { 0 };	/* for the compiler, which cannot see
				 * that hash_bytes reads only ns bytes */
	size_t i, k, ns = 0, nlen;
	char *w;
	uint32_t ac, flags = 0;
	int last = 0, c, letters = 0, uppers = 0;
	unsigned high = 0;

	/*
	 * The shape and flags come from the form as it is and the other
	 * hashes from its normal form (word_normalize) in lower case, which
	 * for a form all ASCII, as most are, is its lower case: made in the
	 * same pass, into scratch.  A form with other bytes is normalized
	 * apart.  (Two passes more and a call for every word were a fifth
	 * of this.)
	 */
	buf_reset(scratch);
	buf_reserve(scratch, len);
	w = scratch->data;
	for (i = 0; i < len; i++) {
		unsigned char u = (unsigned char)form[i];

		high |= u;
		w[i] = (char)(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u);
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
	if (high < 0x80) {
		scratch->len = len;
		w[len] = '\0';
		wi->form = hash_key(form, len, 1);
	} else {
		buf_reset(scratch);
		word_normalize(form, len, 0, scratch);
		wi->form = hash_key(scratch->data, scratch->len, 1);
		/* Folded to lower case in place: what word_normalize(..., 1,
		 * ...) gives, since the marks it replaces become no
		 * capitals. */
		w = scratch->data;
		for (i = 0; i < scratch->len; i++)
			if (w[i] >= 'A' && w[i] <= 'Z')
				w[i] += 'a' - 'A';
	}
	nlen = scratch->len;
	wi->lower = hash_key(w, nlen, 2);
	/* Unrolled, so that each affix's length is a constant to
	 * hash_short. */
#pragma GCC unroll 5
	for (k = 0; k < 5; k++)
		wi->suf[k] = nlen > k ? hash_short(w + nlen - k - 1, k + 1,
		    10 + k) : 0x5f5f;
#pragma GCC unroll 3
	for (k = 0; k < 3; k++)
		wi->pre[k] = nlen > k + 1 ? hash_short(w, k + 1, 20 + k) :
		    0x5e5e;
	if (letters > 1 && letters == uppers)
		flags |= F_ALLUPPER;
	if (len > 0 && form[0] >= 'A' && form[0] <= 'Z')
		flags |= F_INITUPPER;
	wi->seen = 0;
	wi->shape = hash_key(shape, ns, 3);
	wi->flags = flags | (uint32_t)(len > 12 ? 12 : len) << 8;
	wi->type = hash_mix(hash_mix(wi->form, wi->shape), wi->flags);
	wi->novel = (unsigned char)!map_get(dict, hash_key(w, nlen, 4), &ac);
	wi->ac = wi->novel ? AC_UNKNOWN : ac;
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
		w[i].scase = (unsigned char)scase;
}

void
word_info_guard(struct word_info *wi, int after)
{
	uint64_t g = after ? 0xE05E05 : 0xB05B05;
	size_t k;

	wi->form = wi->lower = wi->shape = g;
	wi->ac = (uint32_t)g;
	for (k = 0; k < 5; k++)
		wi->suf[k] = g;
	for (k = 0; k < 3; k++)
		wi->pre[k] = g;
	wi->flags = after ? 0xFFFE : 0xFFFF;
	wi->type = hash_mix(hash_mix(g, g), wi->flags);
	wi->scase = 0;
	wi->seen = 0;
	wi->novel = 0;	/* the training sentences had their ends too */
}

#define FK(t, v) hash_mix((uint64_t)(t), (v))

/*
 * The values of eight kinds of hashes of a word that the tagger numbers
 * (see few_num): its ambiguity class (302 in the model, and the unknown
 * words' and the guards'), its shape, its last and its first letter (a
 * byte, and none, and the guards'), its last and its first two and
 * three.  A value past their room has no number (NUM_NONE) and is hashed
 * and probed as any other: on the 1916 pages' first 3 MB, 285 classes,
 * 343 shapes, 86 last and 53 first letters, 931 first pairs, and the
 * room for last pairs and for threes full (4,096 of each took 0.35 %
 * fewer instructions for 1 MB more).
 */
enum { NUM_AC, NUM_SHAPE, NUM_SUF0, NUM_PRE0, NUM_SUF1, NUM_PRE1, NUM_SUF2,
    NUM_PRE2, NNUM };
#define NUM_ROOM	1024		/* of each kind */
#define NUM_NONE	UINT16_MAX

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

/* The templates of the features of the word before and after, one
 * word's features each side its own (word_keys, few_vals), and the
 * slot of the features of few values in fvals. */
static const struct side_tmpl {
	uint64_t	 lower, flags, ac, shape, suf0, suf1, suf2;
	size_t		 slot;
} side_tmpl[2] = {
	{ T_LM1, T_FLAGSM1, T_ACM1, T_SHAPEM1, T_SUFM1 + 100,
	    T_SUFM1 + 101, T_SUFM1, 1 },
	{ T_LP1, T_FLAGSP1, T_ACP1, T_SHAPEP1, T_SUFP1 + 100,
	    T_SUFP1 + 101, T_SUFP1, 2 },
};

/*
 * The static features again, split by the one word each depends on, so
 * their sums can be cached per word type (see word_rows): the features
 * of the word itself (given the sentence casing), of it as the first or
 * second word to the left or to the right of the word tagged, and the
 * features that pair two words.  Together they are exactly the keys of
 * features_static (a unit test checks it).  Without form, leaves out the
 * features of the word's form (or lower-case form): those of a word
 * training never saw are not in the model.  Without few, leaves out the
 * features of few values that few_vals gives instead.  Inlined, as are
 * pair_keys and features_tag_words: with no call, and the caller's
 * choice of keys known to the compiler, tag runs 1.2 % fewer
 * instructions.
 */
static inline __attribute__((always_inline)) size_t
word_keys(const struct word_info *c, int role, uint32_t scase, int form,
    int few, uint64_t *k)
{
	/* (The numbers are read only without few: the trainer's words
	 * have none.) */
	int ac = few || c->num[NUM_AC] == NUM_NONE;
	int shape = few || c->num[NUM_SHAPE] == NUM_NONE;
	int suf0 = few || c->num[NUM_SUF0] == NUM_NONE;
	int pre0 = few || c->num[NUM_PRE0] == NUM_NONE;
	int suf1 = few || c->num[NUM_SUF1] == NUM_NONE;
	int pre1 = few || c->num[NUM_PRE1] == NUM_NONE;
	int suf2 = few || c->num[NUM_SUF2] == NUM_NONE;
	int pre2 = few || c->num[NUM_PRE2] == NUM_NONE;
	const struct side_tmpl *sd;
	size_t j, n = 0;

	switch (role) {
	case ROLE_SELF:
		if (form) {
			k[n++] = FK(T_FORM, c->form);
			k[n++] = FK(T_LOWER, c->lower);
		}
		if (few)
			k[n++] = FK(T_BIAS, 0);
		if (suf0)
			k[n++] = FK(T_SUF, c->suf[0]);
		if (suf1)
			k[n++] = FK(T_SUF + 1, c->suf[1]);
		if (suf2)
			k[n++] = FK(T_SUF + 2, c->suf[2]);
		for (j = 3; j < 5; j++)
			k[n++] = FK(T_SUF + j, c->suf[j]);
		if (pre0)
			k[n++] = FK(T_PRE, c->pre[0]);
		if (pre1)
			k[n++] = FK(T_PRE + 1, c->pre[1]);
		if (pre2)
			k[n++] = FK(T_PRE + 2, c->pre[2]);
		if (shape)
			k[n++] = FK(T_SHAPE, c->shape);
		if (few) {
			k[n++] = FK(T_FLAGS, c->flags & 0xFF);
			k[n++] = FK(T_LENGTH, c->flags >> 8);
		}
		if (ac)
			k[n++] = FK(T_AC, c->ac);
		if (shape)
			k[n++] = FK(T_SCASE, hash_mix(scase, c->shape));
		if (ac)
			k[n++] = FK(T_SCASE + 2, hash_mix(scase, c->ac));
		break;
	case ROLE_LEFT1:
	case ROLE_RIGHT1:
		sd = &side_tmpl[role == ROLE_RIGHT1];
		if (form)
			k[n++] = FK(sd->lower, c->lower);
		if (suf2)
			k[n++] = FK(sd->suf2, c->suf[2]);
		if (shape)
			k[n++] = FK(sd->shape, c->shape);
		if (few)
			k[n++] = FK(sd->flags, c->flags & 0xFF);
		if (ac)
			k[n++] = FK(sd->ac, c->ac);
		if (suf0)
			k[n++] = FK(sd->suf0, c->suf[0]);
		if (suf1)
			k[n++] = FK(sd->suf1, c->suf[1]);
		break;
	case ROLE_LEFT2:
		if (form)
			k[n++] = FK(T_LM2, c->lower);
		break;
	case ROLE_RIGHT2:
		if (form)
			k[n++] = FK(T_LP2, c->lower);
		if (ac)
			k[n++] = FK(T_ACP2, c->ac);
		break;
	}
	return n;
}

size_t
features_of_word(const struct word_info *c, int role, uint32_t scase,
    uint64_t *k)
{
	return word_keys(c, role, scase, 1, 1, k);
}

/* Can the features of word c's form be in the model?  Always when all
 * are wanted (the trainer's and the tests' keys). */
#define FORM_KEYED(c, all)	((all) || !(c).novel)

/* The casing of word c's sentence and whether c is its first word:
 * with c's flags, a pair feature of few values (see few_vals). */
#define SCASE_FIRST(c)	((c)->scase * 4 + ((c)[-1].flags == 0xFFFF))

/* The pair features of word w[i] (all of them, or those that can be in
 * the model, see word_keys; without few, not the one of few values)
 * into k; returns how many. */
static inline __attribute__((always_inline)) size_t
pair_keys(const struct word_info *w, size_t i, int all, int few,
    uint64_t *k)
{
	const struct word_info *c = w + i;
	size_t n = 0;

	if (FORM_KEYED(c[-1], all) && FORM_KEYED(c[0], all))
		k[n++] = FK(T_LM1L, hash_mix(c[-1].lower, c->lower));
	if (FORM_KEYED(c[0], all) && FORM_KEYED(c[1], all))
		k[n++] = FK(T_LLP1, hash_mix(c->lower, c[1].lower));
	if (FORM_KEYED(c[1], all) && FORM_KEYED(c[2], all))
		k[n++] = FK(T_LP1LP2, hash_mix(c[1].lower, c[2].lower));
	k[n++] = FK(T_ACACP1, hash_mix(c->ac, c[1].ac));
	k[n++] = FK(T_ACM1ACP1, hash_mix(c[-1].ac, c[1].ac));
	k[n++] = FK(T_SHAPE + 100, hash_mix(c[-1].shape, c->shape));
	k[n++] = FK(T_SHAPE + 101, hash_mix(c->shape, c[1].shape));
	if (FORM_KEYED(c[0], all))
		k[n++] = FK(T_ACP1 + 100, hash_mix(c->lower, c[1].ac));
	if (few)
		k[n++] = FK(T_SCASE + 1, hash_mix(SCASE_FIRST(c), c->flags &
		    0xFF));
	return n;
}

void
features_pairs(const struct word_info *w, size_t i, uint64_t *k)
{
	pair_keys(w, i, 1, 1, k);
}

/* The first NTAGPAIR keys of features_tags, those of the two previous
 * tags alone, which the tagger looks up once per pair of tags. */
static void
features_tag_pair(int p1, int p2, uint64_t *k)
{
	uint64_t t1 = (uint64_t)p1 + 2, t2 = (uint64_t)p2 + 2;

	k[0] = FK(T_P1, t1);
	k[1] = FK(T_P2, t2);
	k[2] = FK(T_P1P2, t1 * 1000 + t2);
}

size_t
features_cheap(const struct word_info *w, size_t i, int p1, int p2,
    uint64_t *k)
{
	const struct word_info *c = w + i;
	uint32_t scase = c->scase;
	size_t n = 0;

	n += features_of_word(c, ROLE_SELF, scase, k + n);
	n += features_of_word(c - 1, ROLE_LEFT1, scase, k + n);
	n += features_of_word(c - 2, ROLE_LEFT2, scase, k + n);
	n += features_of_word(c + 1, ROLE_RIGHT1, scase, k + n);
	n += features_of_word(c + 2, ROLE_RIGHT2, scase, k + n);
	features_tag_pair(p1, p2, k + n);
	return n + NTAGPAIR;
}

/* The rest, which pair the tags with words (all of them, or those that
 * can be in the model, see word_keys; without few, not those that
 * acc_tags finds in the memo of features of few values); returns how
 * many. */
static inline __attribute__((always_inline)) size_t
features_tag_words(const struct word_info *w, size_t i, int p1, int p2,
    int all, int few, uint64_t *k)
{
	const struct word_info *c = w + i;
	uint64_t t1 = (uint64_t)p1 + 2, t2 = (uint64_t)p2 + 2;
	size_t n = 0;

	if (FORM_KEYED(c[0], all))
		k[n++] = FK(T_P1L, hash_mix(t1, c->lower));
	if (few || c->num[NUM_AC] == NUM_NONE) {
		k[n++] = FK(T_P1AC, hash_mix(t1, c->ac));
		k[n++] = FK(T_P2P1AC, hash_mix(t2 * 1000 + t1, c->ac));
	}
	if (few || c->num[NUM_SUF2] == NUM_NONE)
		k[n++] = FK(T_P1SUF3, hash_mix(t1, c->suf[2]));
	if (few || c[1].num[NUM_AC] == NUM_NONE)
		k[n++] = FK(T_ACM1 + 100, hash_mix(t1, c[1].ac));
	if (FORM_KEYED(c[1], all))
		k[n++] = FK(T_P1LP1, hash_mix(t1, c[1].lower));
	return n;
}

void
features_tags(const struct word_info *w, size_t i, int p1, int p2,
    uint64_t *k)
{
	features_tag_pair(p1, p2, k);
	features_tag_words(w, i, p1, p2, 1, 1, k + NTAGPAIR);
}

/* ---- tagging ---- */

/* Score rows are padded to a multiple of 16 tags, for rows_sum. */
#define ROW(m) (((size_t)(m)->ntags + 15) & ~(size_t)15)
/* Positions whose rows stay valid: a word's rows inform the words up to
 * two away on either side, see static_scores. */
#define WINDOW	(NROLES - 1)
#define RING	8	/* uncached words, a power of two > WINDOW */

/* What perceptron k's features of a word found (0 for those it lacks),
 * role by role: role r's are vals[from[r] .. from[r+1]). */
#define WORD_KEYS 64	/* room for every role's */
#define NFEW 32		/* and for their few_vals (26) */

struct word_vals {
	uint32_t	 vals[WORD_KEYS];
	unsigned char	 from[NROLES + 1];
	/* and the features of few values (few_vals), role r's
	 * few[fewfrom[r] .. fewfrom[r+1]) */
	uintptr_t	 few[NFEW];
	unsigned char	 fewfrom[NROLES + 1];
};

/*
 * The weight of the model's entry e at the scale of the scores (see
 * SCORE_SHIFT), rounded to the nearest, halves up: the weights of the
 * model reach 56 at most, 3,587 once scaled.  (e's tag, in the low 8
 * bits, is less than a unit of weight and changes no result.)
 */
#define ENTRY_WEIGHT(e)	((int32_t)((e) + (1u << (7 + SCORE_SHIFT))) >> \
    (8 + SCORE_SHIFT))

/*
 * Score rows, 64-byte aligned (rows_sum_portable assumes 16), not zeroed:
 * every row is written whole (a fresh sum, or a dense row cleared when
 * filled) before it is read, and the word cache alone is 18 MB, which
 * zeroing would make resident at start even to tag one sentence.
 */
static int16_t *
rows_alloc(size_t nrows, size_t nt)
{
	void *p;

	if (nrows > SIZE_MAX / sizeof(int16_t) / nt ||
	    posix_memalign(&p, 64, nrows * nt * sizeof(int16_t)) != 0)
		die(EXIT_DATA, "out of memory");
	return p;
}

/*
 * The features and rows that make up one score row, gathered to be
 * added at once (acc_flush): dense rows through rows_sum, sparse features
 * (a few weights each) one weight at a time into the 32-bit row t->part,
 * which rows_sum adds in the same pass: a 16-bit score saturated at each
 * of these weights took twice the instructions of a plain addition, and
 * ACC_MAX weights of a tag (each under 2^19 once scaled) cannot overflow
 * 32 bits.
 */
#define ACC_MAX 32

struct row_acc {
	int16_t		*dst;
	int		 fresh;		/* dst holds nothing yet */
	size_t		 nrows, nsparse;
	const uint32_t	*entries;	/* the perceptron's weights */
	const int16_t	*rows[ACC_MAX];
	uint32_t	 sparse[ACC_MAX];	/* their table values */
};

static void
acc_begin(struct row_acc *a, int16_t *dst, int fresh, const uint32_t *entries)
{
	a->dst = dst;
	a->fresh = fresh;
	a->nrows = a->nsparse = 0;
	a->entries = entries;
}

static void
acc_flush(const struct tagger *t, struct row_acc *a)
{
	int32_t *part = t->part;
	const uint32_t *e, *end;
	size_t f;

	for (f = 0; f < a->nsparse; f++) {
		e = a->entries + (a->sparse[f] >> 8);
		for (end = e + (a->sparse[f] & 0xFF); e < end; e++)
			part[*e & 0xFF] += ENTRY_WEIGHT(*e);
	}
	if (a->nrows > 0 || a->fresh || a->nsparse > 0)
		t->rows_sum(a->dst, a->fresh, a->rows, a->nrows,
		    a->nsparse > 0 ? part : NULL, ROW(t->model));
	a->fresh = 0;
	a->nrows = a->nsparse = 0;
}

static void
acc_row(const struct tagger *t, struct row_acc *a, const int16_t *row)
{
	if (a->nrows == ACC_MAX)
		acc_flush(t, a);
	a->rows[a->nrows++] = row;
}

/* Adds the feature of table value v weight by weight. */
static inline void
acc_sparse(const struct tagger *t, struct row_acc *a, uint32_t v)
{
	if (a->nsparse == ACC_MAX)
		acc_flush(t, a);
	a->sparse[a->nsparse++] = v;
}

/* The home slot of a feature's table value v in the dense rows' table:
 * the high bits of a multiplicative hash, as v's low bits are its count
 * of weights. */
#define DENSE_BITS	14
_Static_assert(DENSE_SLOTS == 1 << DENSE_BITS &&
    DENSE_SLOTS >= 2 * DENSE_ROWS, "the dense table is at most half full");
#define DENSE_HOME(v)	((uint32_t)((v) * 0x9E3779B1u) >> (32 - DENSE_BITS))

/*
 * Gives the feature v of perceptron k, first met, a dense row of its
 * nonzero weights, in the empty slot of the dense table where its probe
 * ended; 0 when all rows are taken (a model with more such features than
 * DENSE_ROWS), and the feature is added sparsely.
 */
static int
dense_fill(struct tagger *t, int k, size_t slot, uint32_t v)
{
	const uint32_t *entries = t->model->entries[k];
	size_t nt = ROW(t->model), off;
	int16_t *dense;
	uint32_t j, c, e;

	if (t->ndense[k] == DENSE_ROWS)
		return 0;
	off = ((size_t)k * DENSE_ROWS + t->ndense[k]++) * nt;
	dense = t->dense + off;
	t->dense_slots[slot].val = v;
	t->dense_slots[slot].off = (uint32_t)off;
	memset(dense, 0, nt * sizeof *dense);
	for (j = v >> 8, c = v & 0xFF; c > 0; j++, c--) {
		e = entries[j];
		dense[e & 0xFF] = score_clamp(ENTRY_WEIGHT(e));
	}
	return 1;
}

/* The dense row of perceptron k's feature v, of DENSE_MIN weights or
 * more (see acc_feature), expanded the first time; NULL when every row
 * is taken. */
static inline const int16_t *
dense_row(struct tagger *t, int k, uint32_t v)
{
	const struct dense_slot *ds = t->dense_slots + (size_t)k * DENSE_SLOTS;
	size_t slot;

	for (slot = DENSE_HOME(v); ds[slot].val != v;
	    slot = (slot + 1) & (DENSE_SLOTS - 1))
		if (ds[slot].val == 0) {
			if (!dense_fill(t, k, (size_t)k * DENSE_SLOTS + slot,
			    v))
				return NULL;
			break;
		}
	return t->dense + ds[slot].off;
}

/*
 * Adds the weights of one feature (its table value v) of perceptron k.
 * A feature with many weights (the bias, flags, shapes, ambiguity
 * classes, previous tags: few values, seen over and over) is expanded
 * once into a dense row and added from there as a row.  The model has a
 * few thousand such features (8,202, 8,047 and 2,493 of 8 weights or
 * more; 2,660, 2,591 and 891 of 16 or more), so each keeps its row once
 * filled: a direct-mapped cache of 4,096 rows by the feature's key
 * filled 136 k rows on /tmp/s24/s12k.tsv, refilling what collisions
 * evicted, where 4.2 k are needed.  From 8 weights, not 16, a row is
 * cheaper to add than the weights one by one, mostly in the rows of
 * words not cached: 2 % fewer instructions on the 1916 pages (827.7 ->
 * 810.7 M on their first 3 MB; from 5 weights in 16,384 rows, 807.4 M).
 * Inlined, as it runs for every feature found; only expanding a row
 * (dense_fill) and flushing a full accumulator take a call.
 */
static inline void
acc_feature(struct tagger *t, int k, struct row_acc *a, uint32_t v)
{
	const int16_t *row;

	if ((v & 0xFF) >= DENSE_MIN && (row = dense_row(t, k, v)) != NULL)
		acc_row(t, a, row);
	else
		acc_sparse(t, a, v);
}

/*
 * Looks up the nk (at most 64) feature keys of perceptron k into vals
 * (0 for a feature the model lacks).  The lookups are independent of one
 * another, so all their table slots are prefetched first, then all their
 * weights: the misses overlap instead of following one another.
 */
static void
lookup_features(const struct tag_model *m, int k, const uint64_t *keys,
    size_t nk, uint32_t *vals)
{
	/* A copy: the stores to vals could otherwise change the table for
	 * all the compiler knows, which would reload it at every key. */
	const struct u32map feats = m->feats[k];
	const uint32_t *entries = m->entries[k];
	uint32_t v;
	size_t f;

	/* (A perceptron in use has features: see tag_model_open.)  vals[f]
	 * holds key f's home slot until it holds what it found: an array
	 * of the homes of its own cost a stack guard a call. */
	for (f = 0; f < nk; f++) {
		vals[f] = u32map_slot(feats.nslots, keys[f]);
		__builtin_prefetch(feats.slots + (size_t)2 * vals[f]);
	}
	for (f = 0; f < nk; f++) {
		vals[f] = map_get_from(&feats, vals[f], keys[f], &v) ? v : 0;
		if (vals[f])
			__builtin_prefetch(entries + (v >> 8));
	}
}

/*
 * The features of few values: the bias, a word's flags and length, its
 * ambiguity class, its shape (each also with the sentence's casing),
 * its last and its first one or two letters, and of the pair features,
 * its flags with the casing (SCASE_FIRST).  They are half of the keys
 * of a word's roles, and the same few values over and over, so what
 * each is in perceptron k is kept in t->fvals (see FV_BIAS) from the
 * first time it is wanted: a word takes them from there instead of
 * hashing their keys, probing the model's table and then the dense
 * rows' table for each.  What a feature is: FEW_ABSENT when the model
 * lacks it, else its dense row (see acc_feature), else its table value
 * v as v << 1 | 1 (FEW_SPARSE); 0 until it is found, so that the pages
 * of fvals no value uses are never touched.  The hashes of classes,
 * shapes and letters are kept by their numbers (word_info.num, see
 * few_num).
 */
/* Where in fvals (per perceptron) the features of each value are kept:
 * those of one value together, the word's and its neighbours', in a
 * cache line or less. */
enum {
	FV_BIAS,
	FV_FLAGS,				/* 256 x flags, left, right,
						 * and length (by length) */
	FV_AC = FV_FLAGS + 4 * 256,		/* NUM_ROOM x self, left,
						 * right, right2, 4 casings */
	FV_SHAPE = FV_AC + 8 * NUM_ROOM,	/* NUM_ROOM x self, left,
						 * right, 4 casings, - */
	FV_AFFIX0 = FV_SHAPE + 8 * NUM_ROOM,	/* NUM_ROOM x last letter's
						 * self, left, right, first
						 * letter (by its number) */
	FV_AFFIX1 = FV_AFFIX0 + 4 * NUM_ROOM,	/* the same of two letters */
	FV_AFFIX2 = FV_AFFIX1 + 4 * NUM_ROOM,	/* and of three */
	FV_SCASEFLAGS = FV_AFFIX2 + 4 * NUM_ROOM,	/* 16 x 256 */
	FV_N = FV_SCASEFLAGS + 16 * 256
};
#define FEW_ABSENT	((uintptr_t)2)	/* (rows are 64-byte aligned) */
#define FEW_SPARSE(e)	((e) & 1)
#define NUM_SLOTS	((size_t)2 * NUM_ROOM)	/* few_num's tables, half
						 * full */

/* What perceptron k's feature of table value v (0: none) is, as fvals
 * keeps it. */
static uintptr_t
few_entry(struct tagger *t, int k, uint32_t v)
{
	const int16_t *row;

	if (v == 0)
		return FEW_ABSENT;
	if ((v & 0xFF) >= DENSE_MIN && (row = dense_row(t, k, v)) != NULL)
		return (uintptr_t)row;
	return (uintptr_t)v << 1 | 1;
}

/* What perceptron k's feature of template tmpl and value x (mixed: of
 * the hash of x and y) is (see few_vals), kept at fvals[at]; out of
 * line, as each feature's is found once. */
static __attribute__((noinline)) uintptr_t
few_fill(struct tagger *t, int k, size_t at, uint64_t tmpl, uint64_t x,
    int mixed, uint64_t y)
{
	uint32_t v;

	if (!map_get(&t->model->feats[k], FK(tmpl, mixed ? hash_mix(x, y) :
	    x), &v))
		v = 0;
	return t->fvals[(size_t)k * FV_N + at] = few_entry(t, k, v);
}

/* What the feature kept at fvals[at] of perceptron k is, found by
 * few_fill's arguments when not yet. */
static inline uintptr_t
few_get(struct tagger *t, int k, size_t at, uint64_t tmpl, uint64_t x,
    int mixed, uint64_t y)
{
	uintptr_t e = t->fvals[(size_t)k * FV_N + at];

	return e != 0 ? e : few_fill(t, k, at, tmpl, x, mixed, y);
}

/* Adds the feature of few values that e says (see few_vals) to a. */
static inline void
acc_few(const struct tagger *t, struct row_acc *a, uintptr_t e)
{
	if (e == FEW_ABSENT)
		return;
	if (FEW_SPARSE(e))
		acc_sparse(t, a, (uint32_t)(e >> 1));
	else
		acc_row(t, a, (const int16_t *)e);
}

/*
 * What perceptron k's features of few values of word c in role role are
 * (those word_keys leaves out without few) into few; returns how many.
 * A word's length is 12 at most, a guard's 255, its flags a byte, and
 * the casing 0 to 3 (see word_info_sentence).
 */
static inline size_t
few_vals(struct tagger *t, int k, const struct word_info *c, int role,
    uint32_t scase, uintptr_t *few)
{
	uint32_t f = c->flags & 0xFF, len = c->flags >> 8 & 0xFF;
	uint32_t ac = c->num[NUM_AC], shape = c->num[NUM_SHAPE];
	uint32_t suf0 = c->num[NUM_SUF0], pre0 = c->num[NUM_PRE0];
	uint32_t suf1 = c->num[NUM_SUF1], pre1 = c->num[NUM_PRE1];
	uint32_t suf2 = c->num[NUM_SUF2], pre2 = c->num[NUM_PRE2];
	const struct side_tmpl *sd;
	size_t n = 0;

	switch (role) {
	case ROLE_SELF:
		few[n++] = few_get(t, k, FV_BIAS, T_BIAS, 0, 0, 0);
		few[n++] = few_get(t, k, FV_FLAGS + 4 * f, T_FLAGS, f, 0, 0);
		few[n++] = few_get(t, k, FV_FLAGS + 4 * len + 3, T_LENGTH,
		    len, 0, 0);
		if (ac != NUM_NONE) {
			few[n++] = few_get(t, k, FV_AC + 8 * ac, T_AC, c->ac,
			    0, 0);
			few[n++] = few_get(t, k, FV_AC + 8 * ac + 4 + scase,
			    T_SCASE + 2, scase, 1, c->ac);
		}
		if (shape != NUM_NONE) {
			few[n++] = few_get(t, k, FV_SHAPE + 8 * shape, T_SHAPE,
			    c->shape, 0, 0);
			few[n++] = few_get(t, k, FV_SHAPE + 8 * shape + 3 +
			    scase, T_SCASE, scase, 1, c->shape);
		}
		if (suf0 != NUM_NONE)
			few[n++] = few_get(t, k, FV_AFFIX0 + 4 * suf0, T_SUF,
			    c->suf[0], 0, 0);
		if (pre0 != NUM_NONE)
			few[n++] = few_get(t, k, FV_AFFIX0 + 4 * pre0 + 3,
			    T_PRE, c->pre[0], 0, 0);
		if (suf1 != NUM_NONE)
			few[n++] = few_get(t, k, FV_AFFIX1 + 4 * suf1,
			    T_SUF + 1, c->suf[1], 0, 0);
		if (pre1 != NUM_NONE)
			few[n++] = few_get(t, k, FV_AFFIX1 + 4 * pre1 + 3,
			    T_PRE + 1, c->pre[1], 0, 0);
		if (suf2 != NUM_NONE)
			few[n++] = few_get(t, k, FV_AFFIX2 + 4 * suf2,
			    T_SUF + 2, c->suf[2], 0, 0);
		if (pre2 != NUM_NONE)
			few[n++] = few_get(t, k, FV_AFFIX2 + 4 * pre2 + 3,
			    T_PRE + 2, c->pre[2], 0, 0);
		break;
	case ROLE_LEFT1:
	case ROLE_RIGHT1:
		/* the same features of the word before (slot 1) and after
		 * (slot 2), each side's templates its own */
		sd = &side_tmpl[role == ROLE_RIGHT1];
		few[n++] = few_get(t, k, FV_FLAGS + 4 * f + sd->slot,
		    sd->flags, f, 0, 0);
		if (ac != NUM_NONE)
			few[n++] = few_get(t, k, FV_AC + 8 * ac + sd->slot,
			    sd->ac, c->ac, 0, 0);
		if (shape != NUM_NONE)
			few[n++] = few_get(t, k,
			    FV_SHAPE + 8 * shape + sd->slot, sd->shape,
			    c->shape, 0, 0);
		if (suf0 != NUM_NONE)
			few[n++] = few_get(t, k,
			    FV_AFFIX0 + 4 * suf0 + sd->slot, sd->suf0,
			    c->suf[0], 0, 0);
		if (suf1 != NUM_NONE)
			few[n++] = few_get(t, k,
			    FV_AFFIX1 + 4 * suf1 + sd->slot, sd->suf1,
			    c->suf[1], 0, 0);
		if (suf2 != NUM_NONE)
			few[n++] = few_get(t, k,
			    FV_AFFIX2 + 4 * suf2 + sd->slot, sd->suf2,
			    c->suf[2], 0, 0);
		break;
	case ROLE_RIGHT2:
		if (ac != NUM_NONE)
			few[n++] = few_get(t, k, FV_AC + 8 * ac + 3, T_ACP2,
			    c->ac, 0, 0);
		break;
	}
	return n;
}

/* The number of the hash h of kind kind (NUM_), given the first time it
 * comes, or NUM_NONE once NUM_ROOM are given. */
static inline uint16_t
few_num(struct tagger *t, int kind, uint64_t h)
{
	uint64_t *keys = t->num_keys + (size_t)kind * NUM_SLOTS;
	uint16_t *nums = t->num_nums + (size_t)kind * NUM_SLOTS;
	/* (h is a hash already, but for the guards' and the markers of no
	 * affix: their bits folded are enough for those few.) */
	size_t i = (size_t)((h ^ h >> 29) & (NUM_SLOTS - 1));

	for (; nums[i] != 0; i = (i + 1) & (NUM_SLOTS - 1))
		if (keys[i] == h)
			return (uint16_t)(nums[i] - 1);
	if (t->nnum[kind] == NUM_ROOM)
		return NUM_NONE;
	keys[i] = h;
	nums[i] = (uint16_t)++t->nnum[kind];
	return (uint16_t)(t->nnum[kind] - 1);
}

/* Numbers the values of the word wi (see few_num). */
static void
few_nums(struct tagger *t, struct word_info *wi)
{
	wi->num[NUM_AC] = few_num(t, NUM_AC, wi->ac);
	wi->num[NUM_SHAPE] = few_num(t, NUM_SHAPE, wi->shape);
	wi->num[NUM_SUF0] = few_num(t, NUM_SUF0, wi->suf[0]);
	wi->num[NUM_PRE0] = few_num(t, NUM_PRE0, wi->pre[0]);
	wi->num[NUM_SUF1] = few_num(t, NUM_SUF1, wi->suf[1]);
	wi->num[NUM_PRE1] = few_num(t, NUM_PRE1, wi->pre[1]);
	wi->num[NUM_SUF2] = few_num(t, NUM_SUF2, wi->suf[2]);
	wi->num[NUM_PRE2] = few_num(t, NUM_PRE2, wi->pre[2]);
}

void
tagger_init(struct tagger *t, const struct tag_model *m)
{
	size_t i;

	memset(t, 0, sizeof *t);
	t->model = m;
	t->rows_sum = rows_sum_pick();
	t->row_best = row_best_pick();
	t->info = ecalloc(TAG_CHUNK + 4, sizeof *t->info);
	t->rinfo = ecalloc(TAG_CHUNK + 4, sizeof *t->rinfo);
	t->hist = ecalloc(TAG_CHUNK, sizeof *t->hist);
	t->margins = ecalloc(TAG_CHUNK, sizeof *t->margins);
	t->cmargins = ecalloc(TAG_CHUNK, sizeof *t->cmargins);
	t->pair_vals = ecalloc((size_t)2 * (m->ntags + 1) * (m->ntags + 1),
	    sizeof *t->pair_vals);
	t->fixed = ecalloc(TAG_CHUNK, sizeof *t->fixed);
	t->rfixed = ecalloc(TAG_CHUNK, sizeof *t->rfixed);
	t->pair_from = ecalloc(TAG_CHUNK, sizeof *t->pair_from);
	t->pair_to = ecalloc(TAG_CHUNK, sizeof *t->pair_to);
	t->rowset = ecalloc(TAG_CHUNK + 4, sizeof *t->rowset);
	memo_init(&t->forms, FORM_SETS, sizeof(struct form_val));
	t->form_keys = ecalloc(TAG_CHUNK, sizeof *t->form_keys);
	t->form_sets = ecalloc(TAG_CHUNK, sizeof *t->form_sets);
	memo_init(&t->lemmas, LEMMA_SETS, LEMMA_MAX);
	t->keys = ecalloc((size_t)TAG_CHUNK * NPAIRS, sizeof *t->keys);
	t->vals = ecalloc((size_t)TAG_CHUNK * NPAIRS, sizeof *t->vals);
	t->cache_key = ecalloc(ALL_SETS * WORD_WAYS, sizeof *t->cache_key);
	t->cache_used = ecalloc(ALL_SETS * WORD_WAYS, sizeof *t->cache_used);
	t->cache_mru = ecalloc(ALL_SETS, sizeof *t->cache_mru);
	t->cache_roles = ecalloc(ALL_SETS * WORD_WAYS, sizeof *t->cache_roles);
	t->part = ecalloc(ROW(m), sizeof *t->part);
	t->dense_slots = ecalloc((size_t)NPERC * DENSE_SLOTS,
	    sizeof *t->dense_slots);
	t->dense = rows_alloc((size_t)NPERC * DENSE_ROWS, ROW(m));
	t->cache = rows_alloc(ALL_SETS * WORD_WAYS * NROLES, ROW(m));
	t->ring = ecalloc(RING, sizeof *t->ring);
	t->rows_best = rows_best_pick();
	if (m->cheap) {
		t->pair_rows = rows_alloc((size_t)(m->ntags + 1) *
		    (m->ntags + 1), ROW(m));
		t->pair_filled = ecalloc((size_t)(m->ntags + 1) *
		    (m->ntags + 1), sizeof *t->pair_filled);
	}
	t->scores = rows_alloc(1, ROW(m));
	t->rscores = rows_alloc(TAG_CHUNK, ROW(m));
	t->pos = WINDOW + 1;	/* no cache entry is in use yet */
	t->fvals = ecalloc((size_t)NPERC * FV_N, sizeof *t->fvals);
	t->fewpairs = ecalloc((size_t)2 * FEWPAIR_SETS, sizeof *t->fewpairs);
	t->num_keys = ecalloc((size_t)NNUM * NUM_SLOTS, sizeof *t->num_keys);
	t->num_nums = ecalloc((size_t)NNUM * NUM_SLOTS, sizeof *t->num_nums);
	for (i = 0; i < 2; i++) {
		word_info_guard(&t->guard[i], (int)i);
		few_nums(t, &t->guard[i]);
	}
}

void
tagger_free(struct tagger *t)
{
	free(t->info);
	free(t->rinfo);
	free(t->hist);
	free(t->margins);
	free(t->cmargins);
	free(t->pair_vals);
	free(t->fixed);
	free(t->rfixed);
	free(t->pair_from);
	free(t->pair_to);
	free(t->rowset);
	memo_free(&t->forms);
	free(t->form_keys);
	free(t->form_sets);
	memo_free(&t->lemmas);
	free(t->keys);
	free(t->vals);
	free(t->tags);
	free(t->given);
	free(t->scores);
	free(t->rscores);
	free(t->cache_key);
	free(t->cache_used);
	free(t->cache_mru);
	free(t->cache_roles);
	free(t->part);
	free(t->dense_slots);
	free(t->dense);
	free(t->cache);
	free(t->ring);
	free(t->pair_rows);
	free(t->pair_filled);
	free(t->fvals);
	free(t->fewpairs);
	free(t->num_keys);
	free(t->num_nums);
	buf_free(&t->norm);
	memset(t, 0, sizeof *t);
}

/* Looks up perceptron k's features of the word wi into wv, for the roles
 * in the bit mask need (none for the others). */
static void
word_lookup_vals(struct tagger *t, int k, const struct word_info *wi,
    uint32_t scase, unsigned need, struct word_vals *wv)
{
	uint64_t keys[WORD_KEYS];
	size_t n = 0, nf = 0;
	int role;

	/* All the word's keys at once, so their misses overlap. */
	for (role = 0; role < NROLES; role++) {
		wv->from[role] = (unsigned char)n;
		wv->fewfrom[role] = (unsigned char)nf;
		if (need & 1u << role) {
			n += word_keys(wi, role, scase, !wi->novel, 0,
			    keys + n);
			nf += few_vals(t, k, wi, role, scase, wv->few + nf);
		}
	}
	wv->from[NROLES] = (unsigned char)n;
	wv->fewfrom[NROLES] = (unsigned char)nf;
	lookup_features(t->model, k, keys, n, wv->vals);
}

/* Adds the features of role role in wv to a. */
static inline void
acc_vals(struct tagger *t, int k, struct row_acc *a,
    const struct word_vals *wv, int role)
{
	size_t f;

	for (f = wv->from[role]; f < wv->from[role + 1]; f++)
		if (wv->vals[f] != 0)
			acc_feature(t, k, a, wv->vals[f]);
	for (f = wv->fewfrom[role]; f < wv->fewfrom[role + 1]; f++)
		acc_few(t, a, wv->few[f]);
}

/* Sums what perceptron k's features of a word found (wv) into its rows
 * in the roles of the bit mask need (rows: NROLES rows of ntags, one per
 * role of features_of_word), each from scratch. */
static void
vals_rows(struct tagger *t, int k, const struct word_vals *wv,
    int16_t *rows, unsigned need)
{
	const struct tag_model *m = t->model;
	struct row_acc acc;
	int role;

	for (role = 0; role < NROLES; role++) {
		if (!(need & 1u << role))
			continue;
		acc_begin(&acc, rows + (size_t)role * ROW(m), 1, m->entries[k]);
		acc_vals(t, k, &acc, wv, role);
		acc_flush(t, &acc);
	}
}

/* Computes perceptron k's rows of the word wi in the roles of need into
 * rows (see vals_rows). */
static void
word_features(struct tagger *t, int k, const struct word_info *wi,
    uint32_t scase, int16_t *rows, unsigned need)
{
	struct word_vals wv;

	word_lookup_vals(t, k, wi, scase, need, &wv);
	vals_rows(t, k, &wv, rows, need);
}

static __attribute__((noinline)) const int16_t *
word_rows_fill(struct tagger *t, int k, const struct word_info *wi,
    uint32_t scase, unsigned need, uint64_t key, size_t set);

/*
 * The rows of the word wi at reading position t->pos for perceptron k
 * (NROLES rows of ntags, one per role, see word_features), of which the
 * roles in need are wanted.  Most running words are a few frequent ones,
 * so most words find their rows in the word cache, and the 34 lookups
 * behind them become 5 rows to add.  Each perceptron has its own cache,
 * two-way set-associative (a new word replaces the way used less
 * recently): on OCR'd newspapers one direct-mapped cache of half the
 * size for both missed a third of the time, these a fifth.  An entry's
 * rows are computed role by role, as words first need them
 * (cache_roles): in the left-to-right pass, which scores a fifth of the
 * words, most words are wanted in a role or two.
 *
 * The rows returned must stay valid while the words up to WINDOW
 * positions later are looked up, so an entry used that recently is
 * never replaced.  A word that does not get an entry so, or that the
 * dictionary does not know (a name, a misprint: it seldom comes again
 * soon and would only displace a word that does) and that the form cache
 * had not seen before (word_lookup), gets no rows: NULL, and what its
 * features found in the roles in need goes to the ring, at t->pos, where
 * it stays as long.  Each role of it reaches one word
 * only, which adds them itself (acc_vals): summing them into rows first
 * would only add a row more to write and read.
 */
static inline const int16_t *
word_rows(struct tagger *t, int k, const struct word_info *wi, uint32_t scase,
    unsigned need)
{
	/* No more mixing than the sentence's casing: each perceptron has
	 * sets of its own, and the rest is hashed once a word type
	 * (word_info_fill), not at every call: 1.5 % of the run. */
	uint64_t key = (wi->type + scase * 0x9E3779B97F4A7C15ULL) | 1;
	size_t set = k == PERC_CHEAP ? (size_t)2 * WORD_SETS + (key >> 1 &
	    (CHEAP_SETS - 1)) : (size_t)k * WORD_SETS + (key >> 1 &
	    (WORD_SETS - 1));
	size_t slot = set * WORD_WAYS;
	unsigned way;

	/* Inline, the word found with its roles filled, as most are; the
	 * rest in word_rows_fill. */
	for (way = 0; way < WORD_WAYS; way++)
		if (t->cache_key[slot + way] == key &&
		    !(need & ~t->cache_roles[slot + way]) &&
		    (wi->ac != AC_UNKNOWN || wi->seen)) {
			slot += way;
			t->cache_mru[set] = (unsigned char)way;
			t->cache_used[slot] = t->pos;
			return t->cache + slot * NROLES * ROW(t->model);
		}
	return word_rows_fill(t, k, wi, scase, need, key, set);
}

/* word_rows of a word not found with its roles filled. */
static const int16_t *
word_rows_fill(struct tagger *t, int k, const struct word_info *wi,
    uint32_t scase, unsigned need, uint64_t key, size_t set)
{
	size_t slot = set * WORD_WAYS, nt = ROW(t->model);
	struct word_vals *ring = t->ring + (t->pos & (RING - 1));
	int16_t *rows;
	unsigned way;

	if (wi->ac != AC_UNKNOWN || wi->seen) {
		for (way = 0; way < WORD_WAYS; way++)
			if (t->cache_key[slot + way] == key) {
				slot += way;
				t->cache_mru[set] = (unsigned char)way;
				t->cache_used[slot] = t->pos;
				rows = t->cache + slot * NROLES * nt;
				if (need & ~t->cache_roles[slot]) {
					word_features(t, k, wi, scase, rows,
					    need & ~t->cache_roles[slot]);
					t->cache_roles[slot] |= need;
				}
				return rows;
			}
		way = t->cache_mru[set] ^ 1;
		if (t->cache_used[slot + way] + WINDOW >= t->pos)
			way ^= 1;
		if (t->cache_used[slot + way] + WINDOW < t->pos) {
			slot += way;
			t->cache_mru[set] = (unsigned char)way;
			t->cache_key[slot] = key;
			t->cache_used[slot] = t->pos;
			t->cache_roles[slot] = (unsigned char)need;
			rows = t->cache + slot * NROLES * nt;
			word_features(t, k, wi, scase, rows, need);
			return rows;
		}
	}
	word_lookup_vals(t, k, wi, scase, need, ring);
	return NULL;
}

/*
 * A feature of two or three values of few (a tag or two and an
 * ambiguity class: P1AC, P2P1AC, ACM1 + 100; a tag and a suffix:
 * P1SUF3) has too many values for
 * fvals' tables, but the same ones come again and again: what each is
 * in a full perceptron is kept in a direct-mapped memo (t->fewpairs,
 * FEWPAIR_SETS a perceptron) by its template and values, tag.  Returns
 * 1 and what perceptron k's feature tag is in *e when the memo holds
 * it; else 0, having put its key, FK(tmpl, hash_mix(x, y)), into *key
 * and where the memo will keep it into *pend, for few_pair_put once the
 * key is looked up (the tag too: until then the entry is not what it
 * says).  Three quarters of them are found there on the 1916 pages.
 * (The pair features of two classes or two shapes, kept so as well,
 * took no fewer instructions: their look-ups are prefetched in a sweep
 * already.)
 */
struct few_pend {
	struct few_pair	*p;
	uint64_t	 tag;
};

static inline int
few_pair(struct tagger *t, int k, uint64_t tag, uint64_t tmpl, uint64_t x,
    uint64_t y, uintptr_t *e, uint64_t *key, struct few_pend *pend)
{
	struct few_pair *p = t->fewpairs + (size_t)k * FEWPAIR_SETS +
	    (size_t)(tag * 0x9E3779B97F4A7C15ULL >> (64 - FEWPAIR_BITS));

	if (p->tag == tag) {
		*e = p->e;
		return 1;
	}
	*key = FK(tmpl, hash_mix(x, y));
	pend->p = p;
	pend->tag = tag;
	return 0;
}

/* Keeps what perceptron k's feature of table value v (0: none) is where
 * few_pair said; returns it. */
static inline uintptr_t
few_pair_put(struct tagger *t, int k, const struct few_pend *pend,
    uint32_t v)
{
	pend->p->tag = pend->tag;
	return pend->p->e = few_entry(t, k, v);
}

/* The memo's tags of the features few_pair keeps: their templates and
 * values, or numbers (of at most NUM_ROOM, 16 bits; a tag's value is
 * at most 105,105, 17 bits). */
#define FEWTAG2(tmpl, a, b)	((uint64_t)(tmpl) << 40 | (uint64_t)(a) << \
    16 | (b))

/*
 * Adds perceptron k's features of the tags before word i of w, p1 and p2
 * (-1 for none), to a.  Those of the two tags alone are looked up once
 * per pair of tags and kept (a few hundred pairs occur).
 */
static void
acc_tags(struct tagger *t, int k, struct row_acc *a, const struct word_info *w,
    size_t i, int p1, int p2)
{
	const struct tag_model *m = t->model;
	uint64_t keys[NTAGFEATS];
	uint32_t vals[NTAGFEATS];
	struct tag_pair_vals *pv = t->pair_vals + ((size_t)k * (m->ntags + 1) +
	    (size_t)(p1 + 1)) * (m->ntags + 1) + (size_t)(p2 + 1);
	const struct word_info *c = w + i;
	uint64_t t1 = (uint64_t)p1 + 2, t2 = (uint64_t)p2 + 2;
	struct few_pend pend[NTAGFEATS];
	uintptr_t e;
	size_t f, nk, nfew;

	if (!pv->known) {
		features_tag_pair(p1, p2, keys);
		lookup_features(m, k, keys, NTAGPAIR, pv->vals);
		pv->known = 1;
	}
	for (f = 0; f < NTAGPAIR; f++)
		if (pv->vals[f] != 0)
			acc_feature(t, k, a, pv->vals[f]);
	nk = features_tag_words(w, i, p1, p2, 0, 0, keys);
	nfew = nk;
	if (c->num[NUM_AC] != NUM_NONE) {
		if (few_pair(t, k, FEWTAG2(T_P1AC, t1, c->num[NUM_AC]),
		    T_P1AC, t1, c->ac, &e, keys + nk, pend + nk))
			acc_few(t, a, e);
		else
			nk++;
		if (few_pair(t, k, FEWTAG2(T_P2P1AC, t2 * 1000 + t1,
		    c->num[NUM_AC]), T_P2P1AC, t2 * 1000 + t1, c->ac, &e,
		    keys + nk, pend + nk))
			acc_few(t, a, e);
		else
			nk++;
	}
	if (c->num[NUM_SUF2] != NUM_NONE) {
		if (few_pair(t, k, FEWTAG2(T_P1SUF3, t1, c->num[NUM_SUF2]),
		    T_P1SUF3, t1, c->suf[2], &e, keys + nk, pend + nk))
			acc_few(t, a, e);
		else
			nk++;
	}
	if (c[1].num[NUM_AC] != NUM_NONE) {
		if (few_pair(t, k, FEWTAG2(T_ACM1 + 100, t1,
		    c[1].num[NUM_AC]), T_ACM1 + 100, t1, c[1].ac, &e,
		    keys + nk, pend + nk))
			acc_few(t, a, e);
		else
			nk++;
	}
	lookup_features(m, k, keys, nk, vals);
	for (f = 0; f < nfew; f++)
		if (vals[f] != 0)
			acc_feature(t, k, a, vals[f]);
	for (; f < nk; f++)
		acc_few(t, a, few_pair_put(t, k, &pend[f], vals[f]));
}

/* The row of each role of a word lands on the word role_to[] later in
 * reading order. */
static const int role_to[NROLES] = { 0, 1, 2, -1, -2 };

/* The roles of word x wanted when bit j of near tells whether word
 * x-2+j is scored: in the order of role_to, j 2, 3, 4, 1, 0. */
static inline unsigned
roles_needed(unsigned near)
{
	return near >> 2 | (near & 2) << 2 | (near & 1) << 4;
}

/*
 * Tags the n words of w with perceptron k into tags[], in reading order:
 * a word whose tag is fixed[i] >= 0 takes it unscored.  The row of each
 * other word d is put together at once from its static features, its
 * previous tags' features and, when other is not NULL, the other pass's
 * row of the word (other + (n-1-d) * ROW: that pass read the words in
 * reverse), then decided; it is left in rows + d * step (step 0: one row
 * reused) and its margin in margins[d] (when not NULL).  Summing a row
 * once, rather than its static part and then the rest, saves reading
 * and writing it again.
 *
 * The static features of word d are the rows its neighbours d-2 .. d+2
 * have in the roles that reach it (word_rows) and its own pair features,
 * whose lookups for the whole chunk are done first in one sweep with the
 * memory they need prefetched a few keys ahead: the tables are larger
 * than the caches, and waiting for each miss in turn would dominate.
 */
static void
tag_pass(struct tagger *t, int k, const struct word_info *w, size_t n,
    const int *fixed, int16_t *rows, size_t step, const int16_t *other,
    int *tags, int32_t *margins)
{
	const struct tag_model *m = t->model;
	const struct u32map feats = m->feats[k];	/* a copy, see
							 * lookup_features */
	const uint32_t *entries = m->entries[k];
	size_t nt = ROW(m), total = 0, j;
	long x, d, x_role, ln = (long)n;
	uint64_t *keys = t->keys;
	uint32_t *vals = t->vals, v, scase = n > 0 ? w[0].scase : 0;
	const int16_t **rowset = t->rowset + 2;	/* rowset[-2 .. n+2) */
	/* open[d + 4]: is word d scored (in the chunk, its tag not fixed)?
	 * Its neighbours' roles reach d = -4 .. n+3. */
	unsigned char open[TAG_CHUNK + 8];
	long scored[TAG_CHUNK];		/* the words scored, nscored */
	uintptr_t scflags[TAG_CHUNK];	/* their feature of few values */
	size_t i, nscored = 0;
	struct row_acc acc;
	int32_t margin;
	int16_t *row;
	unsigned need, near;
	int role;
	/* Position x of the chunk is reading position base + x (t->pos,
	 * see word_rows). */
	uint64_t base = t->pos + 3;
	enum { AHEAD = 8 };

	memset(open, 0, sizeof open);
	memcpy(tags, fixed, n * sizeof *tags);
	for (d = 0; d < ln; d++) {
		open[d + 4] = fixed[d] < 0;
		if (open[d + 4]) {
			scored[nscored++] = d;
			t->pair_from[d] = (int)total;
			total += pair_keys(w, (size_t)d, 0, 0, keys + total);
			scflags[d] = few_get(t, k, FV_SCASEFLAGS +
			    SCASE_FIRST(&w[d]) * 256 + (w[d].flags & 0xFF),
			    T_SCASE + 1, SCASE_FIRST(&w[d]), 1,
			    w[d].flags & 0xFF);
			t->pair_to[d] = (int)total;
		}
	}
	/* vals[j] holds key j's home slot until it holds what it found. */
	for (j = 0; j < total; j++)
		vals[j] = u32map_slot(feats.nslots, keys[j]);
	for (j = 0; j < total; j++) {
		if (j + AHEAD < total)
			__builtin_prefetch(feats.slots + (size_t)2 *
			    vals[j + AHEAD]);
		vals[j] = map_get_from(&feats, vals[j], keys[j], &v) ? v : 0;
		if (vals[j])
			__builtin_prefetch(entries + (v >> 8));
	}
	/*
	 * Only the words near one scored need rows, a minority in these
	 * passes (a fifth to a half of the positions), so the loop goes from
	 * one scored word to the next: x is the next position whose rows are
	 * wanted, near its bits as in cheap_pass.  The positions it skips
	 * keep their numbers, so the cache and the ring see the same ones.
	 */
	for (near = 0, x = -2, i = 0; i < nscored; i++) {
		/* (The first nscored are set; cppcheck takes the loop that
		 * sets them as possibly not run, this one as run.) */
		/* cppcheck-suppress uninitvar */
		d = scored[i];
		if (x < d - 2) {
			x = d - 2;
			near = ((unsigned)open[x + 2] | (unsigned)open[x + 3] <<
			    1 | (unsigned)open[x + 4] << 2 |
			    (unsigned)open[x + 5] << 3) << 1;
		}
		for (; x <= d + 2; x++) {
			near = near >> 1 | (unsigned)open[x + 2 + 4] << 4;
			need = roles_needed(near);
			t->pos = base + (uint64_t)x;
			rowset[x] = word_rows(t, k, &w[x], scase, need);
		}
		/* Word d = x - 3 now has the rows of all its neighbours. */
		row = rows + (size_t)d * step;
		acc_begin(&acc, row, 1, m->entries[k]);
		/* Unrolled, so that role_to[] is constants (see cheap_pass). */
#pragma GCC unroll 5
		for (role = 0; role < NROLES; role++) {
			x_role = d - role_to[role];
			if (rowset[x_role] != NULL)
				acc_row(t, &acc, rowset[x_role] +
				    (size_t)role * nt);
			else	/* in the ring, at its position */
				acc_vals(t, k, &acc, t->ring + ((base +
				    (uint64_t)x_role) & (RING - 1)), role);
		}
		for (j = (size_t)t->pair_from[d]; j < (size_t)t->pair_to[d]; j++)
			if (vals[j] != 0)
				acc_feature(t, k, &acc, vals[j]);
		acc_few(t, &acc, scflags[d]);
		if (other != NULL)
			acc_row(t, &acc, other + (size_t)(ln - 1 - d) * nt);
		acc_tags(t, k, &acc, w, (size_t)d, d > 0 ? tags[d - 1] : -1,
		    d > 1 ? tags[d - 2] : -1);
		acc_flush(t, &acc);
		tags[d] = t->row_best(row, m->ntags, &margin);
		if (margins != NULL)
			margins[d] = margin;
	}
	t->pos = base + (uint64_t)ln + 1;
}

/*
 * The cheap perceptron's row of the two tags before a word, p1 and p2
 * (-1 for none): its features of them (features_tag_pair) summed once
 * per pair, the first time the pair comes (a few hundred pairs occur),
 * so that scoring a word adds one row for them, not three.
 */
static const int16_t *
cheap_pair_row(struct tagger *t, int p1, int p2)
{
	const struct tag_model *m = t->model;
	size_t i = (size_t)(p1 + 1) * (m->ntags + 1) + (size_t)(p2 + 1), f;
	int16_t *row = t->pair_rows + i * ROW(m);
	uint64_t keys[NTAGPAIR];
	uint32_t vals[NTAGPAIR];
	struct row_acc acc;

	if (!t->pair_filled[i]) {
		features_tag_pair(p1, p2, keys);
		lookup_features(m, PERC_CHEAP, keys, NTAGPAIR, vals);
		acc_begin(&acc, row, 1, m->entries[PERC_CHEAP]);
		for (f = 0; f < NTAGPAIR; f++)
			if (vals[f] != 0)
				acc_feature(t, PERC_CHEAP, &acc, vals[f]);
		acc_flush(t, &acc);
		t->pair_filled[i] = 1;
	}
	return row;
}

/*
 * Adds the cheap perceptron's features of role role of a word the word
 * cache does not hold (what they found, wv, see word_rows) to the sum
 * of the word that role reaches: their dense rows to src[ns ..), the
 * rest weight by weight to t->part, *sparse set when any is.  Returns
 * the new count of src.  These words (an eighth of the 1916 pages': OCR
 * words the dictionary lacks) had their rows summed into a ring, a row
 * a role, then added as rows: 100 k sums written and read again on the
 * 1916 pages' first 3 MB, 2 % of the run.
 */
static inline size_t
cheap_ring_role(struct tagger *t, const struct word_vals *wv, int role,
    const int16_t **src, size_t ns, int *sparse)
{
	const uint32_t *entries = t->model->entries[PERC_CHEAP], *e, *end;
	int32_t *part = t->part;
	const int16_t *row;
	uintptr_t fe;
	uint32_t v;
	size_t f;

	for (f = wv->fewfrom[role]; f < wv->fewfrom[role + 1]; f++) {
		if ((fe = wv->few[f]) == FEW_ABSENT)
			continue;
		if (!FEW_SPARSE(fe)) {
			src[ns++] = (const int16_t *)fe;
			continue;
		}
		v = (uint32_t)(fe >> 1);
		for (e = entries + (v >> 8), end = e + (v & 0xFF); e < end; e++)
			part[*e & 0xFF] += ENTRY_WEIGHT(*e);
		*sparse = 1;
	}
	for (f = wv->from[role]; f < wv->from[role + 1]; f++) {
		if ((v = wv->vals[f]) == 0)
			continue;
		if ((v & 0xFF) >= DENSE_MIN &&
		    (row = dense_row(t, PERC_CHEAP, v)) != NULL) {
			src[ns++] = row;
			continue;
		}
		for (e = entries + (v >> 8), end = e + (v & 0xFF); e < end; e++)
			part[*e & 0xFF] += ENTRY_WEIGHT(*e);
		*sparse = 1;
	}
	return ns;
}

/*
 * Tags the n words of w with the cheap perceptron (PERC_CHEAP) into
 * tags[], left to right, and the margin of each word scored into
 * margins[] (a word whose tag is fixed[i] >= 0 takes it unscored).  Its
 * features are those of the words up to two away, each from one word
 * (features_of_word), and of the two previous tags alone (see
 * features_cheap), so a word's score is the sum of six rows: its
 * neighbours' in the roles that reach it (word_rows) and its tag pair's
 * (cheap_pair_row), summed and decided in one step (rows_best); a
 * neighbour the word cache does not hold gives its features' rows and
 * weights instead of a row (cheap_ring_role).  tag_pass would add the
 * same integers, but through its accumulator, the look-ups of the tag
 * features, and a row written and read again: about four times the
 * instructions.
 *
 * The cheap pass sees every word near one not fixed, where a full pass
 * sees those near the few it scores, so its cache has more sets
 * (CHEAP_SETS): on the 1916 pages' first 3 MB, 4,096 sets ran 834.0 M
 * instructions, 8,192 817.4 M, 16,384 810.7 M; but past 8,192 the run
 * was no faster for 28 MB more memory.
 */
static void
cheap_pass(struct tagger *t, const struct word_info *w, size_t n,
    const int *fixed, int *tags, int32_t *margins)
{
	const struct tag_model *m = t->model;
	const int16_t **rowset = t->rowset + 2;	/* rowset[-2 .. n+2) */
	/* One role from each of five words has no more features than all
	 * the roles of one word (at most WORD_KEYS). */
	const int16_t *src[NROLES + 1 + WORD_KEYS], *pair;
	size_t nt = ROW(m), ns;
	uint32_t scase = n > 0 ? w[0].scase : 0;
	long x, x_role, d, ln = (long)n;
	/* Position x of the chunk is reading position base + x. */
	uint64_t base = t->pos + 3;
	unsigned near, need;
	int role, sparse;

	for (near = 0, x = -2; x < ln + 2; x++) {
		t->pos++;
		/* Bit j of near: is word x-2+j scored?  (See tag_pass.) */
		near = near >> 1 | (unsigned)(x + 2 < ln && fixed[x + 2] < 0)
		    << 4;
		need = roles_needed(near);
		rowset[x] = need ? word_rows(t, PERC_CHEAP, &w[x], scase,
		    need) : NULL;
		d = x - 2;
		if (d < 0)
			continue;
		if (fixed[d] >= 0) {
			tags[d] = fixed[d];
			continue;
		}
		/* Unrolled, so that role_to[] is constants: read from memory in
		 * a loop, they took 55 instructions a word (-6.7 M on the 1916
		 * pages' first 3 MB). */
		ns = 0;
		sparse = 0;
		/* (First: summing a pair's row the first time uses t->part.) */
		pair = cheap_pair_row(t, d > 0 ? tags[d - 1] : -1, d > 1 ?
		    tags[d - 2] : -1);
#pragma GCC unroll 5
		for (role = 0; role < NROLES; role++) {
			x_role = d - role_to[role];
			if (rowset[x_role] != NULL)
				src[ns++] = rowset[x_role] + (size_t)role * nt;
			else
				ns = cheap_ring_role(t, t->ring + ((base +
				    (uint64_t)x_role) & (RING - 1)), role, src,
				    ns, &sparse);
		}
		src[ns++] = pair;
		tags[d] = t->rows_best(src, ns, sparse ? t->part : NULL,
		    m->ntags, &margins[d]);
	}
}

/*
 * The word information and fixed tag (or -1) of the word form (len
 * bytes) into *wi and *fixed.  They depend on the form alone and take a
 * dozen hashes and two table look-ups to make, while most running
 * words are a few frequent ones: short forms' are remembered (t->forms),
 * key the form's key in the memo and set its set (see fill_info).
 */
static void
word_lookup(struct tagger *t, const char *form, size_t len,
    const struct memo_key *key, size_t set, struct word_info *wi, int *fixed)
{
	const struct tag_model *m = t->model;
	const struct form_val *c;
	struct form_val v;
	size_t vlen;
	uint32_t sole;

	if ((c = memo_get_key(&t->forms, key, set, &vlen)) != NULL) {
		*wi = c->info;
		wi->seen = 1;
		*fixed = c->fixed;
		return;
	}
	word_info_fill(wi, form, len, &m->dict, &t->norm);
	few_nums(t, wi);
	wi->novel &= (unsigned char)m->dict_all;
	/* (The sole map's words are frequent: never novel.) */
	*fixed = !wi->novel && map_get(&m->sole, wi->form, &sole) ? (int)sole :
	    -1;
	v.info = *wi;
	v.fixed = *fixed;
	memo_put(&t->forms, form, len, 0, &v, sizeof v);
}

/* Fills the word information and fixed tags of the n words (w[-2 ..
 * n+2), guards included): the given tag, else the sole map's. */
static void
fill_info(struct tagger *t, struct word_info *w, const char *const *forms,
    const size_t *lens, const int *given, size_t n, int *fixed)
{
	size_t i;

	w[-2] = w[-1] = t->guard[0];
	/* The forms' keys first, their memory fetched while the words
	 * before them are looked up (see memo_ahead). */
	for (i = 0; i < n; i++)
		t->form_sets[i] = memo_ahead(&t->forms, forms[i], lens[i], 0,
		    &t->form_keys[i]);
	for (i = 0; i < n; i++) {
		word_lookup(t, forms[i], lens[i], &t->form_keys[i],
		    t->form_sets[i], &w[i], &fixed[i]);
		if (given[i] >= 0)
			fixed[i] = given[i];
	}
	word_info_sentence(w, n);
	w[n] = w[n + 1] = t->guard[1];
}

/* The same words in reverse, for the right-to-left pass. */
static void
reverse_info(const struct tagger *t, struct word_info *rw,
    const struct word_info *w, size_t n)
{
	size_t i;

	rw[-2] = rw[-1] = t->guard[0];
	for (i = 0; i < n; i++)
		rw[i] = w[n - 1 - i];
	rw[n] = rw[n + 1] = t->guard[1];
}

/*
 * Tags n <= TAG_CHUNK words into tags[].  A word the training data saw
 * often and always (99 %) with one tag takes that tag unscored (the
 * model's sole map, see build_sole in train.c): over a third of running
 * words, for 0.03 points of accuracy at most on EWT.  Its tag still
 * informs its neighbours' choices as any predicted tag does.
 *
 * Then a cheap perceptron (PERC_CHEAP, when the model has one) reads the
 * words left to right, with only the features of the words up to two
 * away that the word cache holds as rows per word type, and of the two
 * previous tags alone (features_cheap): no word pairs, no tags paired
 * with words.  A word it is sure of, CHEAP_MARGIN or more, takes its tag
 * as if fixed (tag_accept), and the two full passes score only the
 * others: a quarter of the words they scored before on the 1916
 * newspaper pages, an eighth on EWT.  Its previous tags are its own
 * guesses, as in training.
 *
 * Likewise a word the right-to-left pass is sure of, its best score
 * CONFIDENT_MARGIN or more above the next, keeps that pass's tag: the
 * second pass would seldom overturn it (EWT dev gains 0.01 points, test
 * loses 0.01), and skipping it there saves about 30 % of the time.  So
 * does a word it gives the tag the cheap pass guessed, however unsure
 * both were (tag_confirm): the second pass then scores half as many
 * words (12.4 k instead of 24.9 k on the 1916 pages' first 3 MB), for
 * no accuracy on EWT (dev UPOS +0.01, test XPOS -0.02) and a
 * wash on news text (of 25 Wikinews tags it changed, 8 read better, 10
 * worse).
 */
#define CONFIDENT_MARGIN ((int32_t)(20 * SCORE_SCALE))
/* Cheap margins 12, 13, 15, 18, 20, agreement on: EWT dev UPOS 95.06,
 * 95.10, 95.12, 95.15, 95.16, XPOS 94.44, 94.47, 94.47, 94.51, 94.50;
 * test UPOS 95.63, 95.64, 95.67, 95.67, 95.69, XPOS 95.11, 95.11,
 * 95.15, 95.18, 95.19 (without the cheap pass: dev 95.19 / 94.54, test
 * 95.68 / 95.20); on the 1916 pages' first 3 MB, 15 runs 827.7 M
 * instructions, 18 852.7 M, 20 868.7 M (no cheap pass: 1,039 M). */
#define CHEAP_MARGIN ((int32_t)(15 * SCORE_SCALE))

void
tag_accept(int *fixed, const int *tags, const int32_t *margins, size_t n,
    int32_t min)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (fixed[i] < 0 && margins[i] >= min)
			fixed[i] = tags[i];
}

void
tag_confirm(int *fixed, const int *rtags, const int32_t *rmargins,
    const int *guess, size_t n, int32_t min)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		j = n - 1 - i;
		if (fixed[j] < 0 && (rmargins[i] >= min || (guess != NULL &&
		    guess[j] == rtags[i])))
			fixed[j] = rtags[i];
	}
}

static void
tag_chunk(struct tagger *t, const char *const *forms, const size_t *lens,
    const int *given, size_t n, int *tags)
{
	const struct tag_model *m = t->model;
	struct word_info *w = t->info + 2, *rw = t->rinfo + 2;
	size_t i, nt = ROW(m);
	int *hist = t->hist, *fixed = t->fixed, *rfixed = t->rfixed;

	fill_info(t, w, forms, lens, given, n, fixed);
	if (m->cheap) {
		cheap_pass(t, w, n, fixed, tags, t->cmargins);
		tag_accept(fixed, tags, t->cmargins, n, CHEAP_MARGIN);
	}
	if (m->nmodels == 2) {
		/* Right to left: reading position i is word n-1-i. */
		reverse_info(t, rw, w, n);
		for (i = 0; i < n; i++)
			rfixed[i] = fixed[n - 1 - i];
		tag_pass(t, 1, rw, n, rfixed, t->rscores, nt, NULL, hist,
		    t->margins);
		tag_confirm(fixed, hist, t->margins, m->cheap ? tags : NULL,
		    n, CONFIDENT_MARGIN);
	}
	tag_pass(t, 0, w, n, fixed, t->scores, 0, m->nmodels == 2 ?
	    t->rscores : NULL, tags, NULL);
}

/* Is the word (len bytes) a double quotation mark (dbl 1), or a single
 * one (dbl 0)? */
static int
is_quote(const char *s, size_t len, int dbl)
{
	const unsigned char *u = (const unsigned char *)s;

	if (len == 1)
		return u[0] == (dbl ? '"' : '\'');
	if (len == 2 && u[0] == 0xC2)		/* « » */
		return dbl && (u[1] == 0xAB || u[1] == 0xBB);
	if (len != 3 || u[0] != 0xE2 || u[1] != 0x80)
		return 0;
	return dbl ? u[2] >= 0x9C && u[2] <= 0x9F :	/* “ ” „ ‟ */
	    u[2] >= 0x98 && u[2] <= 0x9B;		/* ‘ ’ ‚ ‛ */
}

static int
is_alnum(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/*
 * The tag that the spacing of word i gives it, or -1.  A quotation mark
 * with space before it and a word right after opens (``); a double one
 * with none before and space or punctuation after closes ('').  A single
 * one that closes this way may as well be a possessive ("the Smiths'
 * house"), so the model decides it, as it does every mark the spacing
 * leaves open.  Quotation marks tagged wrong on EWT dev and test: 11 and
 * 13 of about 180 each by the model alone, 4 and 5 with this rule.
 *
 * A hyphen with a letter or digit right before and right after it
 * ("France-Presse", "AR-15", "5-year-old") joins them (HYPH), unless
 * both are digits: "10-15" is a range (SYM in EWT), which the model
 * tells.  So tagged on EWT train it is right 94 % of the time; on dev
 * the model alone was right for 74 of such 91 hyphens, the rule for 86.
 */
static int
spacing_tag(const struct tag_model *m, const char *const *forms,
    const size_t *lens, const unsigned char *spacing, size_t i, size_t n)
{
	int before = (spacing[i] & SPACE_BEFORE) != 0;
	int after = (spacing[i] & SPACE_AFTER) != 0;
	int dbl, punct_after, left, right;

	if (lens[i] == 1 && forms[i][0] == '-') {
		if (before || after || i == 0 || i + 1 == n ||
		    lens[i - 1] == 0 || lens[i + 1] == 0)
			return -1;
		left = (unsigned char)forms[i - 1][lens[i - 1] - 1];
		right = (unsigned char)forms[i + 1][0];
		return is_alnum(left) && is_alnum(right) && !(is_digit(left) &&
		    is_digit(right)) ? m->hyphen : -1;
	}
	dbl = is_quote(forms[i], lens[i], 1);
	if (!dbl && !is_quote(forms[i], lens[i], 0))
		return -1;
	punct_after = i + 1 < n && lens[i + 1] > 0 &&
	    forms[i + 1][0] != '\0' &&
	    strchr(".,;:!?)]}", forms[i + 1][0]) != NULL;
	if (before && !after && !punct_after)
		return m->quote_open;
	if (dbl && !before && (after || punct_after))
		return m->quote_close;
	return -1;
}

void
tokens_spacing(const struct tokens *toks, unsigned char *spacing)
{
	const struct token_span *v = toks->v;
	size_t k, n = toks->n;

	for (k = 0; k < n; k++)
		spacing[k] = (k == 0 || v[k - 1].end < v[k].start ?
		    SPACE_BEFORE : 0) | (k + 1 == n || v[k].end <
		    v[k + 1].start ? SPACE_AFTER : 0);
}

const int *
tagger_tag(struct tagger *t, const char *const *forms, const size_t *lens,
    const unsigned char *spacing, size_t n)
{
	size_t start, len, i;

	if (n > t->cap) {
		t->cap = n + n / 2;
		t->tags = ereallocarray(t->tags, t->cap, sizeof *t->tags);
		t->given = ereallocarray(t->given, t->cap, sizeof *t->given);
	}
	for (i = 0; i < n; i++)
		t->given[i] = spacing != NULL ? spacing_tag(t->model, forms,
		    lens, spacing, i, n) : -1;
	for (start = 0; start < n; start += len) {
		len = n - start < TAG_CHUNK ? n - start : TAG_CHUNK;
		tag_chunk(t, forms + start, lens + start, t->given + start,
		    len, t->tags + start);
	}
	return t->tags;
}

/* ---- lemmas ---- */

static uint64_t
exc_key(const char *form, size_t len, uint64_t seed)
{
	return hash_key(form, len, seed);
}

/* (A suffix rule's suffix is at most LEMMA_SUFFIX_MAX bytes.) */
_Static_assert(LEMMA_SUFFIX_MAX < 8, "suf_key hashes suffixes by hash_short");

static uint64_t
suf_key(const char *suf, size_t len, uint64_t seed)
{
	return hash_short(suf, len, seed + len);
}

uint64_t
lemma_exc_key(const char *form, size_t len, const char *xpos)
{
	return exc_key(form, len, lemma_seed(xpos, 5));
}

uint64_t
lemma_suf_key(const char *xpos, const char *suf, size_t len)
{
	return suf_key(suf, len, lemma_seed(xpos, 6));
}

void
lemma_base(const char *form, size_t len, const char *xpos, struct buf *out)
{
	size_t i, lower = 0;
	int proper = xpos[0] == 'N' && xpos[1] == 'N' && xpos[2] == 'P';
	int keep = proper || (len == 1 && *form == 'I');
	char *d;

	/* The base is as long as the form: written straight into out, in
	 * the pass that counts its small letters. */
	buf_reserve(out, len);
	d = out->data + out->len;
	out->len += len;
	out->data[out->len] = '\0';
	for (i = 0; i < len; i++) {
		lower += form[i] >= 'a' && form[i] <= 'z';
		d[i] = !keep && form[i] >= 'A' && form[i] <= 'Z' ?
		    (char)(form[i] + ('a' - 'A')) : form[i];
	}
	/* EWT capitalizes the lemma of a proper noun written in lower case
	 * (mexico -> Mexico). */
	if (proper && lower == len && len > 0)
		d[0] = (char)(form[0] - ('a' - 'A'));
}

/* lemma_by_rules with the tag's suffix seed. */
static void
lemma_by_seeded_rules(const struct u32map *suf, const char *strings,
    uint64_t seed, struct buf *out, size_t start)
{
	size_t blen = out->len - start, strip;
	uint32_t v;
	int k;

	/* Unrolled, so that each suffix's length is a constant to
	 * hash_short, and the table probed inline. */
#pragma GCC unroll 7
	for (k = LEMMA_SUFFIX_MAX; k >= 0; k--) {
		if ((size_t)k > blen || !map_get(suf, suf_key(out->data +
		    start + blen - k, (size_t)k, seed), &v))
			continue;
		strip = v & 0xFF;
		if (strip <= (size_t)k) {
			out->len = start + blen - strip;
			out->data[out->len] = '\0';
			buf_adds(out, strings + (v >> 8));
		}
		return;
	}
}

void
lemma_by_rules(const struct u32map *suf, const char *strings,
    const char *xpos, struct buf *out, size_t start)
{
	lemma_by_seeded_rules(suf, strings, lemma_seed(xpos, 6), out, start);
}

void
tag_lemma(const struct tag_model *m, const char *form, size_t len, int tag,
    struct buf *out)
{
	uint64_t exc = m->lemma_seed[(size_t)2 * tag];
	uint64_t suf = m->lemma_seed[(size_t)2 * tag + 1];
	size_t start = out->len;
	uint32_t v;

	if (map_get(&m->lemma_exc, exc_key(form, len, exc), &v)) {
		buf_adds(out, m->strings + v);
		return;
	}
	lemma_base(form, len, m->xpos[tag], out);
	if (memcmp(out->data + start, form, len) != 0 &&
	    map_get(&m->lemma_exc, exc_key(out->data + start, len, exc),
	    &v)) {
		out->len = start;
		buf_adds(out, m->strings + v);
		return;
	}
	lemma_by_seeded_rules(&m->lemma_suf, m->strings, suf, out, start);
}

/*
 * Most running words are a few frequent ones, and a lemma takes up to
 * eight hashed lookups: short forms' lemmas are remembered, by form and
 * tag (t->lemmas).
 */
void
tagger_lemma(struct tagger *t, const char *form, size_t len, int tag,
    struct buf *out)
{
	const char *c;
	size_t start = out->len, n;

	if ((c = memo_get(&t->lemmas, form, len, (uint32_t)tag, &n)) != NULL) {
		buf_add(out, c, n);
		return;
	}
	tag_lemma(t->model, form, len, tag, out);
	memo_put(&t->lemmas, form, len, (uint32_t)tag, out->data + start,
	    out->len - start);
}
