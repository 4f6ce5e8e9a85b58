/*
 * MinHash and LSH: estimates of known Jaccard similarities, the text
 * signature's indifference to wrapping, case and quotes, and the index
 * finding (or not) a near copy.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "lsh.h"
#include "minhash.h"
#include "tap.h"

/* Two sets of 64-bit shingles with |A & B| = both and |A|, |B| = both +
 * only_a, both + only_b, so J = both / (both + only_a + only_b). */
static double
estimate(unsigned both, unsigned only_a, unsigned only_b, uint64_t salt)
{
	uint32_t a[MH_PERMS], b[MH_PERMS];
	unsigned i;

	minhash_clear(a);
	minhash_clear(b);
	for (i = 0; i < both; i++) {
		minhash_add(a, mix64(salt + i));
		minhash_add(b, mix64(salt + i));
	}
	for (i = 0; i < only_a; i++)
		minhash_add(a, mix64(salt + 1000000 + i));
	for (i = 0; i < only_b; i++)
		minhash_add(b, mix64(salt + 2000000 + i));
	return (double)minhash_matches(a, b) / MH_PERMS;
}

static void
test_known_jaccard(void)
{
	static const struct { unsigned both, a, b; } cases[] = {
		{ 500, 0, 0 }, { 400, 50, 50 }, { 300, 100, 200 },
		{ 250, 125, 125 }, { 100, 150, 150 }, { 60, 200, 140 },
		{ 30, 135, 135 }, { 0, 300, 300 },
	};
	double j, e, sumerr, worst;
	unsigned c, s;

	for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		j = (double)cases[c].both /
		    (cases[c].both + cases[c].a + cases[c].b);
		sumerr = worst = 0;
		/* 100 independent shingle sets per pair. */
		for (s = 0; s < 100; s++) {
			e = estimate(cases[c].both, cases[c].a, cases[c].b,
			    (uint64_t)(c * 100 + s) << 32);
			sumerr += e - j;
			if (fabs(e - j) > worst)
				worst = fabs(e - j);
		}
		/* The standard error at MH_PERMS = 128 is at most 0.044:
		 * each estimate within 3.5 of it, the mean of 100 within
		 * 0.015 (3.4 standard errors of a mean). */
		ok(worst <= 0.15, "J=%.2f: every estimate within 0.15 "
		    "(worst %.3f)", j, worst);
		ok(fabs(sumerr / 100) <= 0.015, "J=%.2f: unbiased, mean error "
		    "%.4f", j, sumerr / 100);
	}
	ok(estimate(0, 300, 300, 7) < 0.03, "disjoint sets: about 0");
	ok(estimate(300, 0, 0, 7) == 1.0, "equal sets: exactly 1");
}

static void
test_text_signature(void)
{
	struct buf scratch = BUF_INIT;
	uint32_t a[MH_PERMS], b[MH_PERMS], c[MH_PERMS];
	const char *one = "The \"new\" concept of foreign policy was "
	    "approved by the president on Friday, officials said.";
	const char *two = "the \xe2\x80\x9cnew\xe2\x80\x9d concept of\nforeign "
	    "policy  was approved by the PRESIDENT on Friday -- officials said";
	const char *three = "A completely different sentence about the "
	    "weather in the mountains this week.";

	ok(minhash_text(one, strlen(one), a, &scratch) == 15, "15 words");
	minhash_text(two, strlen(two), b, &scratch);
	ok(minhash_matches(a, b) == MH_PERMS,
	    "case, quotes, punctuation and line breaks do not matter");
	minhash_text(three, strlen(three), c, &scratch);
	ok(minhash_matches(a, c) < 8, "an unrelated text shares almost nothing");
	ok(minhash_text("  ,;  ", 6, c, &scratch) == 0, "no words: 0");
	ok(minhash_text("two words", 9, c, &scratch) == 2 &&
	    minhash_text("Two, words!", 11, b, &scratch) == 2 &&
	    minhash_matches(b, c) == MH_PERMS,
	    "a text shorter than a shingle is one shingle");
	buf_free(&scratch);
}

/* Builds a long text of n pseudo-random words from a seed. */
static void
make_text(struct buf *t, unsigned n, uint64_t seed)
{
	static const char *words[] = { "alpha", "bravo", "charlie", "delta",
	    "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo",
	    "lima", "mike", "november", "oscar", "papa" };
	unsigned i;

	for (i = 0; i < n; i++) {
		buf_adds(t, words[mix64(seed << 32 | i) % 16]);
		buf_addc(t, ' ');
	}
}

static void
test_lsh(void)
{
	struct lsh_index x = LSH_INDEX_INIT;
	struct buf t = BUF_INIT, scratch = BUF_INIT;
	uint32_t sig[MH_PERMS];
	struct lsh_sig ls, first;
	unsigned m, b, same;
	long u;

	make_text(&t, 400, 1);
	minhash_text(t.data, t.len, sig, &scratch);
	lsh_sign(sig, &first);
	ok(lsh_query(&x, &first, 1, &m) == -1, "an empty index finds nothing");
	ok(lsh_add(&x, &first, 42) == 0, "the first unit is number 0");
	buf_reset(&t);
	make_text(&t, 400, 2);
	minhash_text(t.data, t.len, sig, &scratch);
	lsh_sign(sig, &ls);
	lsh_add(&x, &ls, 43);

	/* A copy of text 1 with its last 60 words cut and 3 words added. */
	buf_reset(&t);
	make_text(&t, 340, 1);
	buf_adds(&t, "share this article");
	minhash_text(t.data, t.len, sig, &scratch);
	lsh_sign(sig, &ls);
	u = lsh_query(&x, &ls, 38, &m);
	ok(u == 0 && x.ids[u] == 42, "the near copy finds its original");
	ok(m >= 90 && m <= 125, "with about J = 0.83 (%u/128)", m);
	same = 0;
	for (b = 0; b < LSH_BANDS; b++)
		same += ls.key[b] == first.key[b];
	ok(same > 0, "and shares %u of %u bands with it", same, LSH_BANDS);

	buf_reset(&t);
	make_text(&t, 400, 3);
	minhash_text(t.data, t.len, sig, &scratch);
	lsh_sign(sig, &ls);
	ok(lsh_query(&x, &ls, 38, &m) == -1, "a different text finds nothing");
	ok(lsh_matches(first.val, first.val) == MH_PERMS &&
	    lsh_matches(first.val, ls.val) < 4,
	    "short values agree with themselves, rarely with others");
	lsh_free(&x);
	buf_free(&t);
	buf_free(&scratch);
}

/* Every version of minhash_add this processor runs keeps the signatures
 * of the one that takes one hash function at a time, minimum for minimum. */
static void
test_add_versions(void)
{
	minhash_add_fn *v[MH_VERSIONS];
	uint32_t a[MH_PERMS], b[MH_PERMS];
	size_t n = minhash_add_versions(v), k;
	unsigned i, bad;
	uint64_t x;

	ok(n >= 1 && v[n - 1] == minhash_add_portable,
	    "%zu versions, the portable one last", n);
	for (k = 0; k + 1 < n; k++) {
		minhash_clear(a);
		minhash_clear(b);
		for (bad = 0, i = 0; i < 20000; i++) {
			/* hashes of every size, some with high bits only */
			x = i % 7 == 0 ? (uint64_t)i << 40 :
			    mix64(i) >> (i % 64);
			minhash_add_portable(a, &x, 1);
			v[k](b, &x, 1);
			bad += memcmp(a, b, sizeof a) != 0;
			if (i % 1000 == 999) {	/* afresh now and then */
				minhash_clear(a);
				minhash_clear(b);
			}
		}
		ok(bad == 0, "vector version %zu of %zu gives the portable "
		    "one's signatures (%u of 20000 differ)", k + 1, n - 1, bad);
	}
}

/* The vector version splits each 64-bit product into 32-bit halves: the
 * hashes where carries between the halves go furthest must agree too. */
static void
test_add_versions_edges(void)
{
	static const uint64_t edge[] = {
		0, 1, UINT32_MAX, (uint64_t)UINT32_MAX + 1, UINT64_MAX,
		UINT64_MAX - UINT32_MAX, UINT64_MAX >> 1, (uint64_t)1 << 63,
		0x8000000080000000ULL, 0x7fffffff7fffffffULL,
	};
	minhash_add_fn *v[MH_VERSIONS];
	uint32_t a[MH_PERMS], b[MH_PERMS];
	size_t n = minhash_add_versions(v), k, i;
	unsigned bad;

	for (k = 0; k + 1 < n; k++) {
		for (bad = 0, i = 0; i < sizeof edge / sizeof edge[0]; i++) {
			/* each alone, so that none hides behind a smaller */
			minhash_clear(a);
			minhash_clear(b);
			minhash_add_portable(a, &edge[i], 1);
			v[k](b, &edge[i], 1);
			bad += memcmp(a, b, sizeof a) != 0;
		}
		ok(bad == 0, "vector version %zu of %zu agrees on edge hashes "
		    "(%u differ)", k + 1, n - 1, bad);
	}
}

/* Every version takes a batch of hashes as it takes them one at a time:
 * batches of every size around the vector version's inner batch (64)
 * and its two shingles a turn. */
static void
test_add_batches(void)
{
	static const size_t sizes[] = { 1, 2, 3, 7, 63, 64, 65, 128, 129, 500 };
	minhash_add_fn *v[MH_VERSIONS];
	uint32_t a[MH_PERMS], b[MH_PERMS];
	uint64_t x[500];
	size_t n = minhash_add_versions(v), k, i, j;
	unsigned bad;

	for (i = 0; i < 500; i++)
		x[i] = i % 5 == 0 ? (uint64_t)i << 33 : mix64(i * 7 + 1);
	for (k = 0; k < n; k++) {
		bad = 0;
		for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
			minhash_clear(a);
			minhash_clear(b);
			for (j = 0; j < sizes[i]; j++)
				minhash_add_portable(a, &x[j], 1);
			v[k](b, x, sizes[i]);
			bad += memcmp(a, b, sizeof a) != 0;
		}
		ok(bad == 0, "version %zu of %zu takes batches of 1 to 500 "
		    "hashes as one at a time (%u sizes differ)", k + 1, n, bad);
	}
}

int
main(void)
{
	test_add_versions();
	test_add_batches();
	test_add_versions_edges();
	test_known_jaccard();
	test_text_signature();
	test_lsh();
	return tap_done();
}
