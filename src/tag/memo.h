/*
 * memo.h - a fixed-size cache of short values by short keys, for the
 * work tag repeats on the few words that make most of running text: a
 * word's features, its lemma, its output row.  A key is 1 to
 * MEMO_KEY_MAX bytes and a number (a tag, say); a value 0 to the vmax
 * bytes given to memo_init, at most MEMO_VAL_MAX.  A value is as it was
 * stored: what a cache holds must be what the caller would compute.
 *
 * Each set holds two entries and forgets the one less recently used: a
 * frequent word whose set another word takes in between is kept, as a
 * direct-mapped cache would not keep it.
 *
 * A key is held as three words that tell it exactly given its length:
 * its first eight bytes (or all of a shorter one), its last eight, and
 * bytes 8 to 16 of a key longer than 16, so that comparing a key is
 * three word compares rather than a call to memcmp.  memo_get is
 * inlined, always: it is called for nearly every word of the text, and
 * a call costs a third of it.
 */
#ifndef QUARRY_MEMO_H
#define QUARRY_MEMO_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "mem.h"

#define MEMO_KEY_MAX	24
#define MEMO_VAL_MAX	255
#define MEMO_NONE	((size_t)-1)	/* the set of a key not held */

struct memo_key {
	uint64_t	 w[3];
	uint64_t	 tag;	/* id << 32 | klen << 8 | the value's length */
};

struct memo {
	struct memo_key	*slots;		/* sets * 2 entries of esize bytes,
					 * a key and its value each */
	unsigned char	*mru;		/* per set: the way last used */
	size_t		 mask;		/* sets - 1 */
	size_t		 esize;		/* a multiple of 8 */
	size_t		 vmax;
};

/* An empty memo of sets (a power of two) sets of two entries. */
void memo_init(struct memo *m, size_t sets, size_t vmax);
void memo_free(struct memo *m);
/* Stores val (vlen bytes) for key (klen bytes) and id, which memo_get
 * did not find, in place of the entry of its set less recently used;
 * keys of 0 or more than MEMO_KEY_MAX bytes and values of more than
 * vmax are not stored. */
void memo_put(struct memo *m, const void *key, size_t klen, uint32_t id,
    const void *val, size_t vlen);

/* The key's words (1 <= klen <= MEMO_KEY_MAX) and the set it goes in. */
static inline __attribute__((always_inline)) size_t
memo_key(const struct memo *m, const void *key, size_t klen, uint32_t id,
    struct memo_key *k)
{
	const unsigned char *s = key;
	uint64_t h;

	k->w[1] = k->w[2] = 0;
	if (klen >= 8) {
		memcpy(&k->w[0], s, 8);
		memcpy(&k->w[1], s + klen - 8, 8);
		if (klen > 16)
			memcpy(&k->w[2], s + 8, 8);
	} else {
		k->w[0] = mem_load_tail(s, klen);
	}
	k->tag = (uint64_t)id << 32 | klen << 8;
	/* Any hash will do, since the key is compared in full. */
	h = (k->w[0] * 0x9E3779B97F4A7C15ULL ^ k->w[1]) +
	    (k->w[2] ^ k->tag) * 0xC2B2AE3D27D4EB4FULL;
	h ^= h >> 29;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 32;
	return (size_t)h & m->mask;
}

/* Whether entry e holds key k. */
static inline __attribute__((always_inline)) int
memo_holds(const struct memo_key *e, const struct memo_key *k)
{
	return ((e->w[0] ^ k->w[0]) | (e->w[1] ^ k->w[1]) |
	    (e->w[2] ^ k->w[2]) | ((e->tag ^ k->tag) & ~(uint64_t)0xFF)) == 0;
}

/*
 * The value stored for key k in its set (as memo_key found them), its
 * length in *vlen, or NULL when there is none: see memo_get.
 */
static inline __attribute__((always_inline)) const void *
memo_get_key(struct memo *m, const struct memo_key *k, size_t set,
    size_t *vlen)
{
	const struct memo_key *e;
	const char *set0;
	size_t way;

	if (set == MEMO_NONE)
		return NULL;
	set0 = (const char *)m->slots + set * 2 * m->esize;
	way = m->mru[set];
	e = (const struct memo_key *)(const void *)(set0 + way * m->esize);
	if (!memo_holds(e, k)) {
		way ^= 1;
		e = (const struct memo_key *)(const void *)(set0 + way *
		    m->esize);
		if (!memo_holds(e, k))
			return NULL;
		m->mru[set] = (unsigned char)way;
	}
	*vlen = e->tag & 0xFF;
	return e + 1;
}

/*
 * The value stored for key (klen bytes) and id, its length in *vlen, or
 * NULL when there is none.  The value lives in the memo until the next
 * memo_put; it is 8-byte aligned, so it may hold a struct.  The way last
 * used is tried first: it holds most of the keys found.
 */
static inline __attribute__((always_inline)) const void *
memo_get(struct memo *m, const void *key, size_t klen, uint32_t id,
    size_t *vlen)
{
	struct memo_key k;
	size_t set;

	if (klen == 0 || klen > MEMO_KEY_MAX)
		return NULL;
	set = memo_key(m, key, klen, id, &k);
	return memo_get_key(m, &k, set, vlen);
}

/*
 * A memo of megabytes is seldom in the processor's caches, and the
 * lookups of a sentence's words waited for its memory longer than they
 * took otherwise.  A caller that knows the keys it will look up next
 * finds them first with memo_ahead, which has their sets fetched
 * meanwhile, and looks each up later by memo_get_key.  Returns the set
 * (MEMO_NONE for a key the memo cannot hold) and the key in *k.
 */
static inline __attribute__((always_inline)) size_t
memo_ahead(const struct memo *m, const void *key, size_t klen, uint32_t id,
    struct memo_key *k)
{
	const char *p;
	size_t set;

	if (klen == 0 || klen > MEMO_KEY_MAX)
		return MEMO_NONE;
	set = memo_key(m, key, klen, id, k);
	/* the two keys, the second value's end and the way last used (a
	 * first value longer than a cache line is rarely read whole) */
	p = (const char *)m->slots + set * 2 * m->esize;
	__builtin_prefetch(p);
	__builtin_prefetch(p + m->esize);
	__builtin_prefetch(p + 2 * m->esize - 1);
	__builtin_prefetch(m->mru + set);
	return set;
}

#endif
