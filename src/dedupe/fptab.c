#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

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

/*
 * A table of HUGE_SLOTS slots (3 MiB) or more is mapped on its own, 2 MiB
 * aligned, and asks for transparent huge pages (Linux's madvise; else
 * plain pages): its look-ups land anywhere in it, so with 4 KiB pages
 * nearly each one also missed the TLB, and first touching its pages cost
 * a page fault each (12 MB in the 1916 pages' marks: 7,600 faults, then
 * 2,500, and a fifth less CPU for dedupe --min-docs -m and -m -f all).
 */
#define HUGE_SLOTS ((size_t)1 << 17)
#define HUGE_ALIGN ((size_t)2 << 20)

static struct fpent *
slots_alloc(size_t cap)
{
#ifdef MADV_HUGEPAGE
	size_t len = cap * sizeof(struct fpent);
	char *p, *q;

	if (cap >= HUGE_SLOTS) {
		if (cap > (SIZE_MAX - HUGE_ALIGN) / sizeof(struct fpent))
			die(EXIT_DATA, "out of memory");
		p = mmap(NULL, len + HUGE_ALIGN, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			die(EXIT_DATA, "out of memory");
		/* zeroed, as calloc's; the ends beyond the aligned table
		 * are given back */
		q = (char *)(((uintptr_t)p + HUGE_ALIGN - 1) &
		    ~(uintptr_t)(HUGE_ALIGN - 1));
		if (q > p)
			munmap(p, (size_t)(q - p));
		munmap(q + len, (size_t)(p + HUGE_ALIGN - q));
		(void)madvise(q, len, MADV_HUGEPAGE);
		return (struct fpent *)(void *)q;
	}
#endif
	return ecalloc(cap, sizeof(struct fpent));
}

static void
slots_free(struct fpent *slot, size_t cap)
{
#ifdef MADV_HUGEPAGE
	if (cap >= HUGE_SLOTS) {
		munmap(slot, cap * sizeof(struct fpent));
		return;
	}
#endif
	free(slot);
}

static void
grow(struct fptab *t)
{
	size_t i, cap = t->cap ? t->cap * 2 : 1024;
	struct fpent *slot = slots_alloc(cap), *e;
	struct fp fp;

	for (i = 0; i < t->cap; i++) {
		if (t->slot[i].lo == 0 && t->slot[i].hi == 0)
			continue;
		fp.lo = t->slot[i].lo;
		fp.hi = t->slot[i].hi;
		e = probe(slot, cap, t->seed, fp);
		*e = t->slot[i];
	}
	slots_free(t->slot, t->cap);
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
	slots_free(t->slot, t->cap);
	t->slot = NULL;
	t->cap = t->n = 0;
	t->seed = 0;
}
