/*
 * The set of 64-bit hashes (hashset.c): adding says whether a hash is
 * new, 0 can be added (it is taken for 1, 0 marking an empty slot), and
 * every hash stays as the table grows.
 */
#include <stdint.h>

#include "segment.h"
#include "tap.h"

int
main(void)
{
	struct hashset s = HASHSET_INIT;
	uint64_t i, h;
	int all = 1, none = 0;

	ok(!hashset_has(&s, 42) && !hashset_has(NULL, 42),
	    "an empty set, or none, has nothing");
	ok(hashset_add(&s, 42) == 1 && hashset_add(&s, 42) == 0 &&
	    hashset_has(&s, 42) && s.n == 1, "a hash added twice is new once");
	ok(hashset_add(&s, 0) == 1 && hashset_has(&s, 0) &&
	    hashset_add(&s, 0) == 0, "0 can be added and found");
	for (i = 0; i < 100000; i++)
		(void)hashset_add(&s, i * 0x9E3779B97F4A7C15ULL + 7);
	for (i = 0; i < 100000; i++)
		all &= hashset_has(&s, i * 0x9E3779B97F4A7C15ULL + 7);
	for (i = 0; i < 1000; i++)
		none |= hashset_has(&s, i * 0x9E3779B97F4A7C15ULL + 8);
	ok(all && !none, "100000 hashes stay past many doublings, others absent");
	h = hashset_fnv(HASHSET_FNV_OFFSET, "ab", 2);
	ok(h == hashset_fnv(hashset_fnv(HASHSET_FNV_OFFSET, "a", 1), "b", 1),
	    "FNV-1a continues from where it stopped");
	hashset_free(&s);
	ok(s.n == 0 && !hashset_has(&s, 42), "a freed set is empty");
	return tap_done();
}
