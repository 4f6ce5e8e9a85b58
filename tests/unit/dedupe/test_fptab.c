/* The fingerprint table: every key found after growth (past the size
 * that is mapped for huge pages), absent keys not, the all-zero
 * fingerprint usable, fingerprints stable within a run; prefetching a
 * key's slot changes nothing. */
#include <string.h>

#include "fptab.h"
#include "hash.h"
#include "tap.h"

int
main(void)
{
	struct fptab t = FPTAB_INIT;
	struct fpent *e;
	struct fp fp, zero = { 0, 0 };
	uint64_t i, bad = 0;
	int isnew;

	fptab_prefetch(&t, zero);	/* (an empty table: no slot to ask for) */
	for (i = 0; i < 100000; i++) {
		fp = fingerprint(&i, sizeof i);
		fptab_prefetch(&t, fp);
		e = fptab_put(&t, fp, &isnew);
		if (!isnew)
			bad++;
		e->val = i;
	}
	ok(bad == 0 && t.n == 100000, "100000 distinct keys inserted");
	ok(t.n * 4 <= t.cap * 3, "load stays at most 3/4 (%zu in %zu)",
	    t.n, t.cap);
	ok(t.cap >= ((size_t)1 << 17),
	    "the table grew past a huge-page table's size (%zu slots)", t.cap);
	for (i = 0; i < 100000; i++) {
		fp = fingerprint(&i, sizeof i);
		e = fptab_get(&t, fp);
		if (e == NULL || e->val != i)
			bad++;
	}
	ok(bad == 0, "each is found with its value");
	for (i = 100000; i < 200000; i++)
		if (fptab_get(&t, fingerprint(&i, sizeof i)) != NULL)
			bad++;
	ok(bad == 0, "absent keys are not found");
	e = fptab_put(&t, zero, &isnew);
	ok(isnew && fptab_get(&t, zero) == e, "the all-zero fingerprint works");
	fptab_put(&t, fingerprint("x", 1), &isnew);
	fptab_put(&t, fingerprint("x", 1), &isnew);
	ok(!isnew, "a key put twice is not new the second time");
	fp = fingerprint("", 0);
	ok(fp.lo == fingerprint("", 0).lo && fp.hi == fingerprint("", 0).hi,
	    "a fingerprint is the same on every call of a run");
	fp = fingerprint("quarry dedupe", 13);
	ok(fp.lo != fingerprint("quarry dedupf", 13).lo,
	    "one changed byte changes the hash");
	fptab_free(&t);
	return tap_done();
}
