#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "lsh.h"
#include "secret.h"
#include "util.h"

void
lsh_sign(const uint32_t *minhash, struct lsh_sig *s)
{
	uint64_t h;
	unsigned b, j;

	for (b = 0; b < LSH_BANDS; b++) {
		h = mix64(0x6c73680000000000ULL + b);
		for (j = 0; j < LSH_ROWS; j++)
			h = mix64(h ^ minhash[b * LSH_ROWS + j]);
		s->key[b] = (uint32_t)(h >> 32);
	}
	for (j = 0; j < MH_PERMS; j++)
		s->val[j] = (uint16_t)minhash[j];
}

unsigned
lsh_matches(const uint16_t *a, const uint16_t *b)
{
	unsigned m = 0;
	int i;

	for (i = 0; i < MH_PERMS; i++)
		m += a[i] == b[i];
	return m;
}

static size_t
home(uint32_t key, uint64_t seed, size_t cap)
{
	/* Mixed, not masked: the keys are only 32 bits, the table larger. */
	return (size_t)mix64(key ^ seed) & (cap - 1);
}

/* The first free slot at or after i. */
static size_t
free_slot(const struct lsh_slot *slot, size_t cap, size_t i)
{
	while (slot[i].unit != 0)
		i = (i + 1) & (cap - 1);
	return i;
}

static void
grow_slots(struct lsh_index *x)
{
	size_t i, j, cap = x->cap ? x->cap * 2 : 4096;
	struct lsh_slot *slot = ecalloc(cap, sizeof *slot);

	if (x->cap == 0)
		x->seed = secret_get()->lsh;

	for (i = 0; i < x->cap; i++) {
		if (x->slot[i].unit == 0)
			continue;
		j = free_slot(slot, cap, home(x->slot[i].key, x->seed, cap));
		slot[j] = x->slot[i];
	}
	free(x->slot);
	x->slot = slot;
	x->cap = cap;
}

/* Room for one more unit: its LSH_BANDS slots keep the table at most half
 * full (linear probing stays short for the mostly unsuccessful searches),
 * and the per-unit arrays have space. */
static void
reserve(struct lsh_index *x)
{
	while ((x->nslots + LSH_BANDS) * 2 > x->cap)
		grow_slots(x);
	if (x->nunits == UINT32_MAX - 1)
		die(EXIT_DATA, "more than %u units for near-duplicate search",
		    UINT32_MAX - 2);
	if (x->nunits == x->capunits) {
		x->capunits = x->capunits ? x->capunits * 2 : 1024;
		x->vals = ereallocarray(x->vals, x->capunits,
		    MH_PERMS * sizeof *x->vals);
		x->ids = ereallocarray(x->ids, x->capunits, sizeof *x->ids);
		x->stamp = ereallocarray(x->stamp, x->capunits,
		    sizeof *x->stamp);
	}
}

/* Adds sig as a new unit.  end[b], when given, is the free slot where the
 * search for band b stopped: the place to start looking for room. */
static size_t
insert(struct lsh_index *x, const struct lsh_sig *sig, uint64_t id,
    const size_t *end)
{
	size_t u = x->nunits++, i;
	unsigned b;

	memcpy(x->vals + u * MH_PERMS, sig->val, sizeof sig->val);
	x->ids[u] = id;
	x->stamp[u] = 0;
	for (b = 0; b < LSH_BANDS; b++) {
		/* An earlier band of this unit may have taken that slot;
		 * free_slot then moves on. */
		i = free_slot(x->slot, x->cap, end ? end[b] :
		    home(sig->key[b], x->seed, x->cap));
		x->slot[i].key = sig->key[b];
		x->slot[i].unit = (uint32_t)u + 1;
		x->nslots++;
	}
	return u;
}

static long
search(struct lsh_index *x, const struct lsh_sig *sig, unsigned minmatch,
    unsigned *matches, size_t *end)
{
	const struct lsh_slot *s;
	size_t i;
	uint32_t u;
	unsigned b, m, bestm = 0;
	long best = -1;

	if (++x->query == 0) {	/* wrapped: forget the old stamps */
		memset(x->stamp, 0, x->nunits * sizeof *x->stamp);
		x->query = 1;
	}
#ifdef __GNUC__
	/* The slots are scattered over a table far larger than the caches;
	 * asking for all of them first lets the misses overlap. */
	for (b = 0; b < LSH_BANDS; b++)
		__builtin_prefetch(&x->slot[home(sig->key[b], x->seed,
		    x->cap)]);
#endif
	for (b = 0; b < LSH_BANDS; b++) {
		for (i = home(sig->key[b], x->seed, x->cap);
		    x->slot[i].unit != 0; i = (i + 1) & (x->cap - 1)) {
			s = &x->slot[i];
			if (s->key != sig->key[b])
				continue;
			u = s->unit - 1;
			if (x->stamp[u] == x->query)
				continue;
			x->stamp[u] = x->query;
			m = lsh_matches(sig->val, x->vals + (size_t)u * MH_PERMS);
			if (m >= minmatch && (m > bestm ||
			    (m == bestm && (long)u < best))) {
				bestm = m;
				best = u;
			}
		}
		if (end)
			end[b] = i;
	}
	*matches = bestm;
	return best;
}

long
lsh_query(struct lsh_index *x, const struct lsh_sig *sig, unsigned minmatch,
    unsigned *matches)
{
	*matches = 0;
	if (x->nunits == 0)
		return -1;
	return search(x, sig, minmatch, matches, NULL);
}

long
lsh_query_add(struct lsh_index *x, const struct lsh_sig *sig,
    unsigned minmatch, unsigned *matches, uint64_t id)
{
	size_t end[LSH_BANDS];
	long best;

	reserve(x);
	best = search(x, sig, minmatch, matches, end);
	if (best < 0)
		insert(x, sig, id, end);
	return best;
}

size_t
lsh_add(struct lsh_index *x, const struct lsh_sig *sig, uint64_t id)
{
	reserve(x);
	return insert(x, sig, id, NULL);
}

void
lsh_free(struct lsh_index *x)
{
	free(x->vals);
	free(x->ids);
	free(x->stamp);
	free(x->slot);
	memset(x, 0, sizeof *x);
}
