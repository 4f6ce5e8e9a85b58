/*
 * lsh.h - locality-sensitive hashing of MinHash signatures by banding,
 * and the index near-duplicate search keeps.
 *
 * A signature of MH_PERMS values is cut into LSH_BANDS bands of LSH_ROWS
 * values; two units become candidates when some band of theirs is equal,
 * which happens with probability 1 - (1 - J^LSH_ROWS)^LSH_BANDS for
 * Jaccard similarity J.  Candidates are then checked on the whole
 * signature.
 *
 * Band keys are computed on the full 32-bit MinHash values; what is kept
 * and compared afterwards is the low 16 bits of each (b-bit MinHash: two
 * different minima agree by chance once in 65536, which moves an estimate
 * by less than 0.0001).  The index keeps, for each unit added, these 256
 * bytes, a 64-bit id for the caller and one slot per band; never its
 * text.
 */
#ifndef DEDUPE_LSH_H
#define DEDUPE_LSH_H

#include <stddef.h>
#include <stdint.h>

#include "minhash.h"

enum {
	LSH_ROWS	= 2,
	LSH_BANDS	= MH_PERMS / LSH_ROWS
};

/* A unit's signature as LSH uses it: its band keys (band number mixed
 * in, so buckets of different bands rarely meet) and short values. */
struct lsh_sig {
	uint32_t	key[LSH_BANDS];
	uint16_t	val[MH_PERMS];
};

/* Cuts a MinHash signature into s. */
void lsh_sign(const uint32_t *minhash, struct lsh_sig *s);
/* The number of positions where two short signatures agree. */
unsigned lsh_matches(const uint16_t *a, const uint16_t *b);

/* The buckets are one open-addressing table holding a (band key, unit)
 * slot per band of every unit: a bucket is all the slots of its key,
 * found by probing from the key's home to the next free slot.  The home
 * is mixed with a per-run secret (secret.h): band keys are public, so a
 * fixed placement would let crafted texts fill one run of slots with
 * different keys.  (Units that share a band key share its bucket on any
 * placement; see dedupe(1), BUGS.) */
struct lsh_slot {
	uint32_t	key;
	uint32_t	unit;		/* unit + 1; 0 marks a free slot */
};

struct lsh_index {
	uint16_t	*vals;		/* MH_PERMS per unit */
	uint64_t	*ids;
	uint32_t	*stamp;		/* per unit: last query that saw it */
	size_t		 nunits, capunits;
	uint32_t	 query;
	struct lsh_slot	*slot;
	size_t		 cap, nslots;	/* at most half full */
	uint64_t	 seed;		/* placement; set at the first add */
};

#define LSH_INDEX_INIT { 0 }

/*
 * The unit most similar to sig among those that share a band with it and
 * agree on at least minmatch positions; ties go to the one added first.
 * Returns its number (0-based, in the order added) and its agreement in
 * *matches, or -1 when there is none.
 */
long lsh_query(struct lsh_index *x, const struct lsh_sig *sig,
    unsigned minmatch, unsigned *matches);
/* lsh_query, and when it finds nothing, lsh_add in the same probes. */
long lsh_query_add(struct lsh_index *x, const struct lsh_sig *sig,
    unsigned minmatch, unsigned *matches, uint64_t id);
/* Adds a unit; returns its number. */
size_t lsh_add(struct lsh_index *x, const struct lsh_sig *sig, uint64_t id);
void lsh_free(struct lsh_index *x);

#endif
