#include <string.h>

#include "fold.h"
#include "hash.h"
#include "minhash.h"
#include "utf8.h"

/* The hash functions' multipliers (odd) and addends, from splitmix64 with
 * a fixed seed the first time they are needed. */
static uint64_t mul[MH_PERMS], add[MH_PERMS];
static int seeded;

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HAVE_VECTOR_PATHS 1
#include <immintrin.h>
/*
 * The same numbers laid out for the split versions below: the halves of
 * the multipliers, and the addends of each group of 8 hash functions, even
 * ones first, then odd ones, as the widening multiplies produce them.
 */
static uint32_t mul_lo[MH_PERMS], mul_hi[MH_PERMS];
static uint64_t add_eo8[MH_PERMS];
#endif

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
#ifdef HAVE_VECTOR_PATHS
	for (i = 0; i < MH_PERMS; i++) {
		mul_lo[i] = (uint32_t)mul[i];
		mul_hi[i] = (uint32_t)(mul[i] >> 32);
		add_eo8[i % 8 / 2 + i / 8 * 8 + i % 2 * 4] = add[i];
	}
#endif
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

#ifdef HAVE_VECTOR_PATHS
/*
 * The same, 8 hash functions at once: MH_PERMS products a shingle are
 * most of the time of dedupe --near.  Only the high 32 bits of the low 64
 * of m * x + a are kept, so the product splits: with m = mh:ml and
 * x = xh:xl,
 *	hi32(m * x + a) = hi32(ml * xl + a) + lo32(ml * xh + mh * xl)
 * (mod 2^32; the cross terms only reach bit 32 and up).  That is one
 * widening multiply per hash function and two 32-bit ones per 8 of them,
 * where AVX2's 64-bit product costs three widening multiplies and the
 * shuffles that narrow it; the minimum is one instruction.  It beat
 * AVX-512's 64-bit multiplies too (an AMD EPYC, 4 M shingles: 0.063 s,
 * 0.076 s with vpmullq, 0.071 s for this split on 16 lanes), so it is
 * the only vector version.  The signatures are the same (a unit test
 * compares them).
 */
__attribute__((target("avx2"))) static void
add_avx2_split(uint32_t sig[MH_PERMS], uint64_t x)
{
	const __m256i xl = _mm256_set1_epi64x((long long)(uint32_t)x);
	const __m256i xl32 = _mm256_set1_epi32((int)(uint32_t)x);
	const __m256i xh32 = _mm256_set1_epi32((int)(uint32_t)(x >> 32));
	__m256i ml, mh, pe, po, h, s;
	int i;

	for (i = 0; i < MH_PERMS; i += 8) {
		ml = _mm256_loadu_si256((const __m256i *)(mul_lo + i));
		mh = _mm256_loadu_si256((const __m256i *)(mul_hi + i));
		/* even lanes' products, then odd lanes' (shifted down) */
		pe = _mm256_add_epi64(_mm256_mul_epu32(ml, xl),
		    _mm256_loadu_si256((const __m256i *)(add_eo8 + i)));
		po = _mm256_add_epi64(_mm256_mul_epu32(
		    _mm256_srli_epi64(ml, 32), xl),
		    _mm256_loadu_si256((const __m256i *)(add_eo8 + i + 4)));
		h = _mm256_blend_epi32(_mm256_srli_epi64(pe, 32), po, 0xAA);
		h = _mm256_add_epi32(h, _mm256_add_epi32(
		    _mm256_mullo_epi32(ml, xh32), _mm256_mullo_epi32(mh, xl32)));
		s = _mm256_loadu_si256((const __m256i *)(sig + i));
		_mm256_storeu_si256((__m256i *)(sig + i), _mm256_min_epu32(s, h));
	}
}
#endif

size_t
minhash_add_versions(minhash_add_fn *v[MH_VERSIONS])
{
	size_t n = 0;

	if (!seeded)
		seed();
#ifdef HAVE_VECTOR_PATHS
	if (__builtin_cpu_supports("avx2"))
		v[n++] = add_avx2_split;
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
