/*
 * Unit tests of the memo (src/tag/memo.c), the cache of word forms'
 * information, lemmas and output rows: what it gives back must be what
 * was stored for exactly that key, since tag's output is the same with
 * it or without it.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "memo.h"
#include "tap.h"

/* Whether m gives back val for key (klen bytes) and id. */
static int
holds(struct memo *m, const char *key, size_t klen, uint32_t id,
    const char *val)
{
	const char *v;
	size_t vlen;

	v = memo_get(m, key, klen, id, &vlen);
	return v != NULL && vlen == strlen(val) && memcmp(v, val, vlen) == 0;
}

static void
test_values_come_back(void)
{
	static const char text[] = "abcdefghijklmnopqrstuvwxyz0123456789";
	struct memo m;
	char val[8];
	size_t n, bad = 0, aligned = 0;
	const void *v;

	memo_init(&m, 64, 7);
	for (n = 1; n <= MEMO_KEY_MAX; n++) {
		snprintf(val, sizeof val, "v%zu", n);
		memo_put(&m, text, n, 3, val, strlen(val));
	}
	for (n = 1; n <= MEMO_KEY_MAX; n++) {
		snprintf(val, sizeof val, "v%zu", n);
		bad += !holds(&m, text, n, 3, val);
		v = memo_get(&m, text, n, 3, &(size_t){ 0 });
		aligned += v != NULL && (uintptr_t)v % 8 == 0;
	}
	ok(bad == 0, "the value stored for a key of each length 1 to "
	    "MEMO_KEY_MAX comes back (%zu wrong)", bad);
	ok(aligned == MEMO_KEY_MAX, "values are 8-byte aligned");
	memo_free(&m);
}

static void
test_keys_told_apart(void)
{
	/* One set: every key competes for its two entries. */
	struct memo m;
	char a[MEMO_KEY_MAX], b[MEMO_KEY_MAX];
	size_t n, i, bad = 0;

	memo_init(&m, 1, 8);
	for (n = 1; n <= MEMO_KEY_MAX; n++) {
		for (i = 0; i < n; i++) {
			memset(a, 'x', sizeof a);
			memcpy(b, a, sizeof b);
			b[i] = 'y';
			memo_put(&m, a, n, 0, "a", 1);
			bad += memo_get(&m, b, n, 0, &(size_t){ 0 }) != NULL;
			bad += !holds(&m, a, n, 0, "a");
		}
	}
	ok(bad == 0, "keys that differ in any one byte are told apart "
	    "(%zu wrong)", bad);
	memo_put(&m, "ab", 2, 0, "2", 1);
	ok(memo_get(&m, "ab\0", 3, 0, &(size_t){ 0 }) == NULL &&
	    memo_get(&m, "a", 1, 0, &(size_t){ 0 }) == NULL,
	    "keys that differ in length only are told apart");
	ok(memo_get(&m, "ab", 2, 1, &(size_t){ 0 }) == NULL &&
	    holds(&m, "ab", 2, 0, "2"), "the same bytes with another id are "
	    "another key");
	memo_free(&m);
}

static void
test_less_recently_used_goes(void)
{
	struct memo m;

	memo_init(&m, 1, 8);
	memo_put(&m, "one", 3, 0, "1", 1);
	memo_put(&m, "two", 3, 0, "2", 1);
	(void)holds(&m, "one", 3, 0, "1");
	memo_put(&m, "three", 5, 0, "3", 1);
	ok(holds(&m, "one", 3, 0, "1") && holds(&m, "three", 5, 0, "3") &&
	    memo_get(&m, "two", 3, 0, &(size_t){ 0 }) == NULL,
	    "a full set forgets the entry less recently used");
	memo_free(&m);
}

static void
test_too_long_not_stored(void)
{
	static const char key[MEMO_KEY_MAX + 1] = "0123456789abcdefghijklmn";
	struct memo m;

	memo_init(&m, 16, 4);
	memo_put(&m, key, MEMO_KEY_MAX + 1, 0, "k", 1);
	memo_put(&m, "v", 1, 0, "12345", 5);
	memo_put(&m, "", 0, 0, "e", 1);
	ok(memo_get(&m, key, MEMO_KEY_MAX + 1, 0, &(size_t){ 0 }) == NULL &&
	    memo_get(&m, "v", 1, 0, &(size_t){ 0 }) == NULL &&
	    memo_get(&m, "", 0, 0, &(size_t){ 0 }) == NULL,
	    "a key too long or empty, or a value too long, is not stored");
	memo_put(&m, "v", 1, 0, "", 0);
	ok(holds(&m, "v", 1, 0, ""), "an empty value is stored");
	memo_free(&m);
}

static void
test_ahead_finds_as_get(void)
{
	static const char *const keys[] = { "a", "the", "Reichstag",
	    "counter-revolutionaries", "0123456789abcdefghijklmnopqrstuvwxyz" };
	struct memo m;
	struct memo_key k[5];
	size_t set[5], i, n, vlen = 0, bad = 0;
	const void *v;

	memo_init(&m, 64, 8);
	for (i = 0; i < 4; i++)
		memo_put(&m, keys[i], strlen(keys[i]), 7, keys[i], 1);
	for (i = 0; i < 5; i++)
		set[i] = memo_ahead(&m, keys[i], strlen(keys[i]), 7, &k[i]);
	for (i = 0; i < 5; i++) {
		n = strlen(keys[i]);
		v = memo_get_key(&m, &k[i], set[i], &vlen);
		bad += v != memo_get(&m, keys[i], n, 7, &(size_t){ 0 });
		bad += i < 4 && (v == NULL || vlen != 1 ||
		    *(const char *)v != keys[i][0]);
	}
	ok(bad == 0 && set[4] == MEMO_NONE, "a key found ahead (memo_ahead) "
	    "is looked up as memo_get looks it up; one too long has no set");
	memo_free(&m);
}

int
main(void)
{
	test_values_come_back();
	test_keys_told_apart();
	test_less_recently_used_goes();
	test_too_long_not_stored();
	test_ahead_finds_as_get();
	return tap_done();
}
