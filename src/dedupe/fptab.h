/*
 * fptab.h - a set of 128-bit fingerprints, each with a 64-bit value:
 * open addressing with linear probing, 24 bytes a slot, grown to keep the
 * load at most 3/4.  It never stores the keys' text.
 *
 * A key's home slot is mixed with a per-run secret (secret.h), so no
 * input can be made to pile its keys into one run of slots, whatever
 * the fingerprints (some, in shard.c, are not keyed).  Only placement
 * varies between runs, never what the table holds.
 */
#ifndef DEDUPE_FPTAB_H
#define DEDUPE_FPTAB_H

#include <stddef.h>
#include <stdint.h>

#include "hash.h"

struct fpent {
	uint64_t	lo, hi;		/* the fingerprint; 0,0 marks a free slot */
	uint64_t	val;		/* the caller's */
};

struct fptab {
	struct fpent	*slot;
	size_t		 cap, n;
	uint64_t	 seed;		/* placement; set at the first put */
};

#define FPTAB_INIT { NULL, 0, 0, 0 }

/*
 * The entry of fp, inserted with val 0 when absent (then *isnew is 1).
 * The pointer is valid until the next fptab_put.
 */
struct fpent *fptab_put(struct fptab *t, struct fp fp, int *isnew);
/* The entry of fp, or NULL. */
struct fpent *fptab_get(const struct fptab *t, struct fp fp);
/*
 * Asks the cache for the slot where a put or get of fp starts looking,
 * some keys ahead of it: a large table's slots are each a miss, which
 * overlap when asked for early.  (A table that grows in between only
 * loses the hint.)
 */
void fptab_prefetch(const struct fptab *t, struct fp fp);
void fptab_free(struct fptab *t);

#endif
