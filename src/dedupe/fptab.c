#include <stdlib.h>

#include "fptab.h"
#include "secret.h"
#include "util.h"

/* The all-zero fingerprint marks a free slot; a real one (chance 2^-128)
 * is moved aside. */
static struct fp
nonzero(struct fp fp)
{
	if (fp.lo == 0 && fp.hi == 0)
		fp.lo = 1;
	return fp;
}

static struct fpent *
probe(struct fpent *slot, size_t cap, uint64_t seed, struct fp fp)
{
	size_t i = (size_t)mix64(fp.lo ^ seed) & (cap - 1);

	while (slot[i].lo != 0 || slot[i].hi != 0) {
		if (slot[i].lo == fp.lo && slot[i].hi == fp.hi)
			return &slot[i];
		i = (i + 1) & (cap - 1);
	}
	return &slot[i];
}

static void
grow(struct fptab *t)
{
	size_t i, cap = t->cap ? t->cap * 2 : 1024;
	struct fpent *slot = ecalloc(cap, sizeof *slot), *e;
	struct fp fp;

	for (i = 0; i < t->cap; i++) {
		if (t->slot[i].lo == 0 && t->slot[i].hi == 0)
			continue;
		fp.lo = t->slot[i].lo;
		fp.hi = t->slot[i].hi;
		e = probe(slot, cap, t->seed, fp);
		*e = t->slot[i];
	}
	free(t->slot);
	t->slot = slot;
	t->cap = cap;
}

struct fpent *
fptab_put(struct fptab *t, struct fp fp, int *isnew)
{
	struct fpent *e;

	fp = nonzero(fp);
	if (t->cap == 0)
		t->seed = secret_get()->table;
	if ((t->n + 1) * 4 > t->cap * 3)
		grow(t);
	e = probe(t->slot, t->cap, t->seed, fp);
	*isnew = e->lo == 0 && e->hi == 0;
	if (*isnew) {
		e->lo = fp.lo;
		e->hi = fp.hi;
		e->val = 0;
		t->n++;
	}
	return e;
}

struct fpent *
fptab_get(const struct fptab *t, struct fp fp)
{
	struct fpent *e;

	if (t->cap == 0)
		return NULL;
	fp = nonzero(fp);
	e = probe(t->slot, t->cap, t->seed, fp);
	return e->lo == 0 && e->hi == 0 ? NULL : e;
}

void
fptab_prefetch(const struct fptab *t, struct fp fp)
{
	if (t->cap != 0)
		__builtin_prefetch(&t->slot[(size_t)mix64(nonzero(fp).lo ^
		    t->seed) & (t->cap - 1)]);
}

void
fptab_free(struct fptab *t)
{
	free(t->slot);
	t->slot = NULL;
	t->cap = t->n = 0;
	t->seed = 0;
}
