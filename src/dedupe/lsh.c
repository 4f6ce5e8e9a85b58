#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "lsh.h"
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

static struct lsh_slot *
probe(struct lsh_slot *slot, size_t cap, uint32_t key)
{
	/* The keys are hash bits already; spread them over a large table. */
	size_t i = (size_t)mix64(key) & (cap - 1);

	while (slot[i].head != 0 && slot[i].key != key)
		i = (i + 1) & (cap - 1);
	return &slot[i];
}

static void
grow_slots(struct lsh_index *x)
{
	size_t i, cap = x->cap ? x->cap * 2 : 4096;
	struct lsh_slot *slot = ecalloc(cap, sizeof *slot);

	for (i = 0; i < x->cap; i++)
		if (x->slot[i].head != 0)
			*probe(slot, cap, x->slot[i].key) = x->slot[i];
	free(x->slot);
	x->slot = slot;
	x->cap = cap;
}

/* Room for one more unit: its LSH_BANDS keys keep the slot table at most
 * half full (linear probing stays short for the mostly unsuccessful
 * searches), and its node and value arrays have space. */
static void
reserve(struct lsh_index *x)
{
	while ((x->nkeys + LSH_BANDS) * 2 > x->cap)
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
	if (x->nnodes + LSH_BANDS > x->capnodes) {
		x->capnodes = x->capnodes ? x->capnodes * 2 : 4096;
		x->node = ereallocarray(x->node, x->capnodes, sizeof *x->node);
	}
}

/* Adds sig as a new unit; slot[b] is where band b's key was probed
 * (NULL: not probed yet). */
static size_t
insert(struct lsh_index *x, const struct lsh_sig *sig, uint64_t id,
    struct lsh_slot **slot)
{
	struct lsh_slot *s;
	size_t u = x->nunits++;
	unsigned b;

	memcpy(x->vals + u * MH_PERMS, sig->val, sizeof sig->val);
	x->ids[u] = id;
	x->stamp[u] = 0;
	for (b = 0; b < LSH_BANDS; b++) {
		s = slot ? slot[b] : NULL;
		/* An empty slot found by the probe may have been taken by an
		 * earlier band of this very unit: probe again. */
		if (s == NULL || (s->head != 0 && s->key != sig->key[b]))
			s = probe(x->slot, x->cap, sig->key[b]);
		if (s->head == 0) {
			s->key = sig->key[b];
			x->nkeys++;
		}
		x->node[x->nnodes].unit = (uint32_t)u;
		x->node[x->nnodes].next = s->head;
		s->head = (uint32_t)++x->nnodes;
	}
	return u;
}

static long
search(struct lsh_index *x, const struct lsh_sig *sig, unsigned minmatch,
    unsigned *matches, struct lsh_slot **slot)
{
	struct lsh_slot *s;
	uint32_t n, u;
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
		__builtin_prefetch(&x->slot[mix64(sig->key[b]) & (x->cap - 1)]);
#endif
	for (b = 0; b < LSH_BANDS; b++) {
		s = probe(x->slot, x->cap, sig->key[b]);
		if (slot)
			slot[b] = s;
		for (n = s->head; n != 0; n = x->node[n - 1].next) {
			u = x->node[n - 1].unit;
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
	struct lsh_slot *slot[LSH_BANDS];
	long best;

	reserve(x);
	best = search(x, sig, minmatch, matches, slot);
	if (best < 0)
		insert(x, sig, id, slot);
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
	free(x->node);
	memset(x, 0, sizeof *x);
}
