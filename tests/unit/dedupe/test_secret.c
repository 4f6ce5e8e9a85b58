/*
 * The run's secret: SipHash-2-4-128 gives the reference vectors, the
 * secret differs from draw to draw, and tables laid out under two
 * secrets place keys differently but hold and answer the same.
 */
#include <string.h>

#include "fptab.h"
#include "hash.h"
#include "lsh.h"
#include "minhash.h"
#include "secret.h"
#include "tap.h"

/* vectors_sip128 of the reference implementation (key 00..0f, message
 * 00..n-1), read as two little-endian words. */
static uint64_t
le64(const unsigned char *b)
{
	uint64_t v = 0;
	int i;

	for (i = 7; i >= 0; i--)
		v = v << 8 | b[i];
	return v;
}

static void
vectors(void)
{
	static const struct { size_t n; unsigned char out[16]; } v[] = {
		{ 0, { 0xa3, 0x81, 0x7f, 0x04, 0xba, 0x25, 0xa8, 0xe6, 0x6d,
		    0xf6, 0x72, 0x14, 0xc7, 0x55, 0x02, 0x93 } },
		{ 1, { 0xda, 0x87, 0xc1, 0xd8, 0x6b, 0x99, 0xaf, 0x44, 0x34,
		    0x76, 0x59, 0x11, 0x9b, 0x22, 0xfc, 0x45 } },
		{ 15, { 0x54, 0x93, 0xe9, 0x99, 0x33, 0xb0, 0xa8, 0x11, 0x7e,
		    0x08, 0xec, 0x0f, 0x97, 0xcf, 0xc3, 0xd9 } },
		{ 63, { 0x51, 0x50, 0xd1, 0x77, 0x2f, 0x50, 0x83, 0x4a, 0x50,
		    0x3e, 0x06, 0x9a, 0x97, 0x3f, 0xbd, 0x7c } },
	};
	const uint64_t k[2] = { 0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL };
	unsigned char msg[64];
	struct fp fp;
	size_t i;

	for (i = 0; i < sizeof msg; i++)
		msg[i] = (unsigned char)i;
	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		fp = siphash128(k, msg, v[i].n);
		ok(fp.lo == le64(v[i].out) && fp.hi == le64(v[i].out + 8),
		    "SipHash-2-4-128 reference vector, %zu bytes", v[i].n);
	}
}

/* Key i, the same under any secret (as shard.c's are). */
static struct fp
key(uint64_t i)
{
	struct fp fp = { i * 0x9e3779b97f4a7c15ULL, i };

	return fp;
}

/* Where key i sits in t. */
static long
slot_of(const struct fptab *t, uint64_t i)
{
	struct fpent *e = fptab_get(t, key(i));

	return e ? (long)(e - t->slot) : -1;
}

/* A signature of unit i: units i and i ^ 1 agree on its first half. */
static void
sig_of(unsigned i, struct lsh_sig *ls)
{
	uint32_t mh[MH_PERMS];
	unsigned j;

	for (j = 0; j < MH_PERMS; j++)
		mh[j] = j < MH_PERMS / 2 ? (i / 2) * 7919u + j : i * 104729u + j;
	lsh_sign(mh, ls);
}

int
main(void)
{
	struct secret a, b;
	struct fptab ta = FPTAB_INIT, tb = FPTAB_INIT;
	struct lsh_index xa = LSH_INDEX_INIT, xb = LSH_INDEX_INIT;
	struct lsh_sig ls;
	struct fp fa, fb;
	uint64_t i;
	unsigned moved = 0, bad = 0, ma, mb;
	long ra, rb;
	int isnew;

	vectors();

	ok(secret_random(&a, sizeof a) == 0, "the system gave random bytes");
	secret_random(&b, sizeof b);
	ok(memcmp(&a, &b, sizeof a) != 0 && a.table != b.table &&
	    a.fp[0] != b.fp[0], "two draws give two secrets");

	/* One set of keys under each secret. */
	secret_set(&a);
	fa = fingerprint("quarry", 6);
	for (i = 0; i < 50000; i++)
		fptab_put(&ta, key(i), &isnew)->val = i;
	for (i = 0; i < 50000; i++)
		if (slot_of(&ta, i) < 0)
			bad++;
	for (i = 0; i < 1000; i++) {
		sig_of((unsigned)i, &ls);
		lsh_query_add(&xa, &ls, 60, &ma, i);
	}
	secret_set(&b);
	fb = fingerprint("quarry", 6);
	ok(fa.lo != fb.lo, "the fingerprint of a text depends on the secret");
	for (i = 0; i < 50000; i++)
		fptab_put(&tb, key(i), &isnew)->val = i;
	ok(ta.seed == a.table && tb.seed == b.table, "each table took the "
	    "secret of its run");
	for (i = 0; i < 50000; i++) {
		ra = slot_of(&ta, i);
		rb = slot_of(&tb, i);
		moved += ra != rb;
		if (rb < 0 || tb.slot[rb].val != i)
			bad++;
	}
	ok(bad == 0 && ta.n == tb.n, "both tables hold every key with its "
	    "value");
	ok(moved > 40000, "keys sit elsewhere under another secret (%u of "
	    "50000 moved)", moved);

	for (i = 0; i < 1000; i++) {
		sig_of((unsigned)i, &ls);
		lsh_query_add(&xb, &ls, 60, &mb, i);
	}
	ok(xa.nunits == xb.nunits && xa.nunits < 1000 &&
	    memcmp(xa.ids, xb.ids, xa.nunits * sizeof *xa.ids) == 0,
	    "near search keeps the same units under both secrets (%zu)",
	    xa.nunits);
	for (i = 0, bad = 0; i < 2000; i++) {
		sig_of((unsigned)i, &ls);
		ra = lsh_query(&xa, &ls, 60, &ma);
		rb = lsh_query(&xb, &ls, 60, &mb);
		if (ra != rb || ma != mb)
			bad++;
	}
	ok(bad == 0, "and answers every query alike");
	ok(memcmp(xa.slot, xb.slot, xa.cap * sizeof *xa.slot) != 0,
	    "while its band table is laid out differently");

	fptab_free(&ta);
	fptab_free(&tb);
	lsh_free(&xa);
	lsh_free(&xb);
	return tap_done();
}
