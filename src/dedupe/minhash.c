#include <string.h>

#include "fold.h"
#include "hash.h"
#include "minhash.h"
#include "utf8.h"

/* The hash functions' multipliers (odd) and addends, from splitmix64 with
 * a fixed seed the first time they are needed. */
static uint64_t mul[MH_PERMS], add[MH_PERMS];
static int seeded;

static void
seed(void)
{
	uint64_t s = 0x6465647570650001ULL;	/* "dedupe", 1 */
	int i;

	for (i = 0; i < MH_PERMS; i++) {
		s += 0x9e3779b97f4a7c15ULL;
		mul[i] = mix64(s) | 1;
		s += 0x9e3779b97f4a7c15ULL;
		add[i] = mix64(s);
	}
	seeded = 1;
}

void
minhash_clear(uint32_t sig[MH_PERMS])
{
	int i;

	for (i = 0; i < MH_PERMS; i++)
		sig[i] = UINT32_MAX;
}

void
minhash_add_portable(uint32_t sig[MH_PERMS], uint64_t x)
{
	uint32_t v;
	int i;

	if (!seeded)
		seed();
	for (i = 0; i < MH_PERMS; i++) {
		v = (uint32_t)((mul[i] * x + add[i]) >> 32);
		if (v < sig[i])
			sig[i] = v;
	}
}

/*
 * The same, several hash functions at once: MH_PERMS products a shingle
 * are most of the time of dedupe --near (two thirds before these).  With
 * AVX-512 eight 64-bit products are one instruction; AVX2 has no 64-bit
 * multiply, and the compiler makes four at a time of 32-bit ones, still
 * faster than one by one.  The signatures are the same (a unit test
 * compares them).
 */
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HAVE_VECTOR_PATHS 1
typedef uint64_t v4du __attribute__((vector_size(32)));
typedef uint32_t v4su __attribute__((vector_size(16)));
typedef uint64_t v8du __attribute__((vector_size(64)));
typedef uint32_t v8su __attribute__((vector_size(32)));

/* The version NAME for instruction set ISA: W hash functions at a time,
 * the products in vectors of type WIDE, the hashes in NARROW. */
#define ADD_VECTORS(name, isa, WIDE, NARROW, W)				\
__attribute__((target(isa))) static void					\
name(uint32_t sig[MH_PERMS], uint64_t x)					\
{									\
	WIDE m, a;							\
	NARROW v, s, lt;						\
	int i;								\
									\
	for (i = 0; i < MH_PERMS; i += (W)) {				\
		memcpy(&m, mul + i, sizeof m);				\
		memcpy(&a, add + i, sizeof a);				\
		memcpy(&s, sig + i, sizeof s);				\
		v = __builtin_convertvector((m * x + a) >> 32, NARROW);	\
		lt = (NARROW)(v < s);					\
		s = (v & lt) | (s & ~lt);				\
		memcpy(sig + i, &s, sizeof s);				\
	}								\
}
ADD_VECTORS(add_avx2, "avx2", v4du, v4su, 4)
ADD_VECTORS(add_avx512, "avx512f,avx512dq,avx512vl", v8du, v8su, 8)
#endif

size_t
minhash_add_versions(minhash_add_fn *v[MH_VERSIONS])
{
	size_t n = 0;

	if (!seeded)
		seed();
#ifdef HAVE_VECTOR_PATHS
	if (__builtin_cpu_supports("avx512f") &&
	    __builtin_cpu_supports("avx512dq") &&
	    __builtin_cpu_supports("avx512vl"))
		v[n++] = add_avx512;
	if (__builtin_cpu_supports("avx2"))
		v[n++] = add_avx2;
#endif
	v[n++] = minhash_add_portable;
	return n;
}

void
minhash_add(uint32_t sig[MH_PERMS], uint64_t x)
{
	static minhash_add_fn *fastest;
	minhash_add_fn *v[MH_VERSIONS];

	if (fastest == NULL) {
		minhash_add_versions(v);
		fastest = v[0];
	}
	fastest(sig, x);
}

/* Letters, digits and combining marks make words; punctuation, symbols
 * and spaces separate them.  The text is folded already. */
static int
is_word_cp(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') ||
		    (cp >= 'A' && cp <= 'Z');
	if (cp < 0xC0)
		return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
	if (cp == 0xD7 || cp == 0xF7)
		return 0;
	if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
	    (cp >= 0xFE10 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
	    cp == 0xFEFF)
		return 0;
	return 1;
}

/* Each word position in a shingle gets its own odd multiplier, so the
 * shingle hash depends on word order. */
static const uint64_t posmul[MH_SHINGLE] = {
	0x9e3779b97f4a7c15ULL, 0xc2b2ae3d27d4eb4fULL, 0x165667b19e3779f9ULL,
	0xd6e8feb86659fd93ULL, 0xff51afd7ed558ccdULL,
};

static uint64_t
shingle_hash(const uint64_t *ring, size_t nwords, size_t k)
{
	uint64_t h = k;
	size_t j;

	/* ring holds the last k words; the oldest is at nwords % k. */
	for (j = 0; j < k; j++)
		h += ring[(nwords + j) % MH_SHINGLE] * posmul[j];
	return mix64(h);
}

size_t
minhash_text(const char *s, size_t n, uint32_t sig[MH_PERMS],
    struct buf *scratch)
{
	const unsigned char *p, *end;
	uint64_t ring[MH_SHINGLE], w = 0;
	size_t nwords = 0, len;
	uint32_t cp;
	int inword = 0;

	minhash_clear(sig);
	buf_reset(scratch);
	fold_append(scratch, s, n, FOLD_CASE | FOLD_UNICODE | FOLD_PUNCT);
	p = (const unsigned char *)scratch->data;
	end = p + scratch->len;
	/* One extra round at the end (cp = ' ') closes the last word. */
	for (;;) {
		if (p == end) {
			cp = ' ';
			len = 0;
		} else if (*p < 0x80) {
			cp = *p;
			len = 1;
		} else if ((len = utf8_decode(p, (size_t)(end - p), &cp)) == 0) {
			cp = 0xFFFD;
			len = 1;
		}
		if (is_word_cp(cp)) {
			if (!inword)
				w = 0xcbf29ce484222325ULL;
			inword = 1;
			for (size_t i = 0; i < len; i++)
				w = (w ^ p[i]) * 0x100000001b3ULL;
		} else if (inword) {
			inword = 0;
			ring[nwords % MH_SHINGLE] = mix64(w);
			nwords++;
			if (nwords >= MH_SHINGLE)
				minhash_add(sig, shingle_hash(ring, nwords,
				    MH_SHINGLE));
		}
		if (p == end)
			break;
		p += len;
	}
	if (nwords > 0 && nwords < MH_SHINGLE)
		minhash_add(sig, shingle_hash(ring, 0, nwords));
	return nwords;
}

unsigned
minhash_matches(const uint32_t *a, const uint32_t *b)
{
	unsigned m = 0;
	int i;

	for (i = 0; i < MH_PERMS; i++)
		m += a[i] == b[i];
	return m;
}
