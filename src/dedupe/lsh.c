#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "lsh.h"
#include "util.h"

uint64_t
lsh_band_key(const uint32_t *sig, unsigned b)
{
	uint64_t h = mix64(0x6c73680000000000ULL + b);
	unsigned j;

	for (j = 0; j < LSH_ROWS; j++)
		h = mix64(h ^ sig[b * LSH_ROWS + j]);
	return h;
}

static struct lsh_slot *
probe(struct lsh_slot *slot, size_t cap, uint64_t key)
{
	size_t i = (size_t)key & (cap - 1);

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

long
lsh_query(struct lsh_index *x, const uint32_t *sig, unsigned minmatch,
    unsigned *matches)
{
	struct lsh_slot *s;
	uint32_t n, u;
	unsigned b, m, bestm = 0;
	long best = -1;

	if (x->nunits == 0)
		return -1;
	if (++x->query == 0) {	/* wrapped: forget the old stamps */
		memset(x->stamp, 0, x->nunits * sizeof *x->stamp);
		x->query = 1;
	}
	for (b = 0; b < LSH_BANDS; b++) {
		s = probe(x->slot, x->cap, lsh_band_key(sig, b));
		for (n = s->head; n != 0; n = x->node[n - 1].next) {
			u = x->node[n - 1].unit;
			if (x->stamp[u] == x->query)
				continue;
			x->stamp[u] = x->query;
			m = minhash_matches(sig, x->sigs + (size_t)u * MH_PERMS);
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

size_t
lsh_add(struct lsh_index *x, const uint32_t *sig, uint64_t id)
{
	struct lsh_slot *s;
	size_t u = x->nunits;
	uint64_t key;
	unsigned b;

	if (u == UINT32_MAX)
		die(EXIT_DATA, "more than %u units for near-duplicate search",
		    UINT32_MAX - 1);
	if (u == x->capunits) {
		x->capunits = x->capunits ? x->capunits * 2 : 1024;
		x->sigs = ereallocarray(x->sigs, x->capunits,
		    MH_PERMS * sizeof *x->sigs);
		x->ids = ereallocarray(x->ids, x->capunits, sizeof *x->ids);
		x->stamp = ereallocarray(x->stamp, x->capunits,
		    sizeof *x->stamp);
	}
	memcpy(x->sigs + u * MH_PERMS, sig, MH_PERMS * sizeof *sig);
	x->ids[u] = id;
	x->stamp[u] = 0;
	x->nunits++;
	if (x->nnodes + LSH_BANDS > x->capnodes) {
		x->capnodes = x->capnodes ? x->capnodes * 2 : 4096;
		x->node = ereallocarray(x->node, x->capnodes, sizeof *x->node);
	}
	for (b = 0; b < LSH_BANDS; b++) {
		if ((x->nkeys + 1) * 4 > x->cap * 3)
			grow_slots(x);
		key = lsh_band_key(sig, b);
		s = probe(x->slot, x->cap, key);
		if (s->head == 0) {
			s->key = key;
			x->nkeys++;
		}
		x->node[x->nnodes].unit = (uint32_t)u;
		x->node[x->nnodes].next = s->head;
		s->head = (uint32_t)++x->nnodes;
	}
	return u;
}

void
lsh_free(struct lsh_index *x)
{
	free(x->sigs);
	free(x->ids);
	free(x->stamp);
	free(x->slot);
	free(x->node);
	memset(x, 0, sizeof *x);
}
