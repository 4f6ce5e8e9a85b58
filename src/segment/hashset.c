/*
 * A set of 64-bit hashes, for what segment must recognise without
 * keeping it: a site's lines (furniture.c), the ids of a CSV file's
 * records (csvin.c).  A false match needs a collision of 64-bit hashes.
 */
#include <stdint.h>
#include <stdlib.h>

#include "segment.h"
#include "util.h"

uint64_t
hashset_fnv(uint64_t h, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * HASHSET_FNV_PRIME;
	return h;
}

int
hashset_add(struct hashset *s, uint64_t h)
{
	size_t i, oldcap = s->slot == NULL ? 0 : s->mask + 1;
	uint64_t *old = s->slot;

	h = h ? h : 1;	/* 0 marks an empty slot */
	/* at most half full, so that a probe ends soon */
	if (old == NULL || 2 * (s->n + 1) > oldcap) {
		s->mask = (old == NULL ? 1024 : 2 * oldcap) - 1;
		s->slot = ecalloc(s->mask + 1, sizeof *s->slot);
		s->n = 0;
		for (i = 0; i < oldcap; i++)
			if (old[i] != 0)
				(void)hashset_add(s, old[i]);
		free(old);
	}
	for (i = h & s->mask; s->slot[i] != 0; i = (i + 1) & s->mask)
		if (s->slot[i] == h)
			return 0;
	s->slot[i] = h;
	s->n++;
	return 1;
}

int
hashset_has(const struct hashset *s, uint64_t h)
{
	size_t i;

	if (s == NULL || s->n == 0)
		return 0;
	h = h ? h : 1;
	for (i = h & s->mask; s->slot[i] != 0; i = (i + 1) & s->mask)
		if (s->slot[i] == h)
			return 1;
	return 0;
}

void
hashset_free(struct hashset *s)
{
	free(s->slot);
	s->slot = NULL;
	s->mask = s->n = 0;
}
