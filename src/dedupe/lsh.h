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
 * The index keeps, for each unit added, its signature, a 64-bit id for the
 * caller and one node in each band's bucket; never its text.
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

/* The bucket key of band b of sig (band number included, so buckets of
 * different bands never meet). */
uint64_t lsh_band_key(const uint32_t *sig, unsigned b);

struct lsh_slot {
	uint64_t	key;
	uint32_t	head;		/* first node + 1; 0 marks a free slot */
};

struct lsh_node {
	uint32_t	unit, next;	/* next: node + 1, or 0 */
};

struct lsh_index {
	uint32_t	*sigs;		/* MH_PERMS per unit */
	uint64_t	*ids;
	uint32_t	*stamp;		/* per unit: last query that saw it */
	size_t		 nunits, capunits;
	uint32_t	 query;
	struct lsh_slot	*slot;
	size_t		 cap, nkeys;
	struct lsh_node	*node;
	size_t		 nnodes, capnodes;
};

#define LSH_INDEX_INIT { 0 }

/*
 * The unit most similar to sig among those that share a band with it and
 * agree on at least minmatch positions; ties go to the one added first.
 * Returns its number (0-based, in the order added) and its agreement in
 * *matches, or -1 when there is none.
 */
long lsh_query(struct lsh_index *x, const uint32_t *sig, unsigned minmatch,
    unsigned *matches);
/* Adds a unit; returns its number. */
size_t lsh_add(struct lsh_index *x, const uint32_t *sig, uint64_t id);
void lsh_free(struct lsh_index *x);

#endif
