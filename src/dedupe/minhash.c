#include <string.h>

#include "fold.h"
#include "hash.h"
#include "minhash.h"
#include "utf8.h"

/* The hash functions' multipliers (odd) and addends, from splitmix64 with
 * a fixed seed the first time they are needed. */
static uint64_t mul[MH_PERMS], add[MH_PERMS];
static int seeded;

/* Shingle hashes go into a signature this many at a time. */
#define MH_BATCH 64

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
minhash_add_portable(uint32_t sig[MH_PERMS], const uint64_t *x, size_t n)
{
	uint32_t v;
	size_t k;
	int i;

	if (!seeded)
		seed();
	for (k = 0; k < n; k++)
		for (i = 0; i < MH_PERMS; i++) {
			v = (uint32_t)((mul[i] * x[k] + add[i]) >> 32);
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
 *
 * The shingles come in batches: each group of 8 functions keeps its
 * multipliers, addends and minima in registers over the whole batch, and
 * each shingle's halves are broadcast once, into bx, for all 16 groups
 * (their loads and stores were a third of the instructions).
 */
/* The 8 functions' values of the shingle whose broadcast halves are
 * xl, xh: ml, mh their multipliers' halves (mlodd: ml's odd lanes shifted
 * down), ae, ao their addends, even lanes' and odd lanes'. */
__attribute__((target("avx2"))) static inline __m256i
hash8(__m256i ml, __m256i mlodd, __m256i mh, __m256i ae, __m256i ao,
    __m256i xl, __m256i xh)
{
	__m256i pe, po, h;

	/* even lanes' products, then odd lanes' (the widening multiply
	 * reads the low half of each 64-bit lane, xl in all of them) */
	pe = _mm256_add_epi64(_mm256_mul_epu32(ml, xl), ae);
	po = _mm256_add_epi64(_mm256_mul_epu32(mlodd, xl), ao);
	h = _mm256_blend_epi32(_mm256_srli_epi64(pe, 32), po, 0xAA);
	return _mm256_add_epi32(h, _mm256_add_epi32(
	    _mm256_mullo_epi32(ml, xh), _mm256_mullo_epi32(mh, xl)));
}

__attribute__((target("avx2"))) static void
add_avx2_split(uint32_t sig[MH_PERMS], const uint64_t *x, size_t n)
{
	__m256i bx[MH_BATCH][2];	/* each shingle's xl, xh, broadcast */
	__m256i ml, mlodd, mh, ae, ao, s, t;
	size_t k, m;
	int i;

	for (; n > 0; x += m, n -= m) {
		m = n < MH_BATCH ? n : MH_BATCH;
		for (k = 0; k < m; k++) {
			bx[k][0] = _mm256_set1_epi32((int)(uint32_t)x[k]);
			bx[k][1] = _mm256_set1_epi32((int)(uint32_t)(x[k] >> 32));
		}
		for (i = 0; i < MH_PERMS; i += 8) {
			ml = _mm256_loadu_si256((const __m256i *)(mul_lo + i));
			mlodd = _mm256_srli_epi64(ml, 32);
			mh = _mm256_loadu_si256((const __m256i *)(mul_hi + i));
			ae = _mm256_loadu_si256((const __m256i *)(add_eo8 + i));
			ao = _mm256_loadu_si256((const __m256i *)(add_eo8 + i +
			    4));
			s = _mm256_loadu_si256((const __m256i *)(sig + i));
			t = s;
			/* two shingles a turn, two minima: half the loop's
			 * overhead, and the two chains of minima overlap */
			for (k = 0; k + 1 < m; k += 2) {
				s = _mm256_min_epu32(s, hash8(ml, mlodd, mh, ae,
				    ao, bx[k][0], bx[k][1]));
				t = _mm256_min_epu32(t, hash8(ml, mlodd, mh, ae,
				    ao, bx[k + 1][0], bx[k + 1][1]));
			}
			if (k < m)
				s = _mm256_min_epu32(s, hash8(ml, mlodd, mh, ae,
				    ao, bx[k][0], bx[k][1]));
			_mm256_storeu_si256((__m256i *)(sig + i),
			    _mm256_min_epu32(s, t));
		}
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
minhash_add_many(uint32_t sig[MH_PERMS], const uint64_t *x, size_t n)
{
	static minhash_add_fn *fastest;
	minhash_add_fn *v[MH_VERSIONS];

	if (fastest == NULL) {
		minhash_add_versions(v);
		fastest = v[0];
	}
	fastest(sig, x, n);
}

void
minhash_add(uint32_t sig[MH_PERMS], uint64_t x)
{
	minhash_add_many(sig, &x, 1);
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

#define FNV_OFFSET	0xcbf29ce484222325ULL
#define FNV_PRIME	0x100000001b3ULL

/* What a byte is, for the word loops of minhash_text: an ASCII
 * separator, an ASCII letter or digit (is_word_cp's ASCII words), or a
 * byte of a longer UTF-8 sequence. */
enum { B_SEP, B_WORD, B_UTF8 };
static const unsigned char byteclass[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};

/*
 * The code point at p (before end) in *cp; returns its length.  Bytes
 * that are not UTF-8 (fold_append keeps them as they are) are U+FFFD,
 * one byte each.
 */
static size_t
next_cp(const unsigned char *p, const unsigned char *end, uint32_t *cp)
{
	size_t len;

	if ((len = utf8_decode(p, (size_t)(end - p), cp)) == 0) {
		*cp = 0xFFFD;
		len = 1;
	}
	return len;
}

size_t
minhash_text(const char *s, size_t n, uint32_t sig[MH_PERMS],
    struct buf *scratch)
{
	const unsigned char *p, *end;
	uint64_t win[MH_SHINGLE] = { 0 }, h[MH_BATCH], w;
	size_t nwords = 0, nh = 0, len, i;
	uint32_t cp;
	int j;

	minhash_clear(sig);
	buf_reset(scratch);
	fold_append(scratch, s, n, FOLD_CASE | FOLD_UNICODE | FOLD_PUNCT);
	p = (const unsigned char *)scratch->data;
	end = p + scratch->len;
	/*
	 * A word a turn: ASCII separators and word bytes a byte at a time
	 * in loops of their own, by a table (decoding every byte as a code
	 * point was most of the time), other code points decoded.  The NUL after the
	 * text (buf.h) is no word byte and ends the last word; a NUL in it
	 * is a separator, as it always was.  The last MH_SHINGLE words'
	 * hashes are in win, oldest first; shingle hashes go to h and
	 * into the signature a batch at a time.
	 */
	for (;;) {
		while (byteclass[*p] == B_SEP && p != end)
			p++;
		if (p == end)
			break;
		if (*p >= 0x80) {
			len = next_cp(p, end, &cp);
			if (!is_word_cp(cp)) {
				p += len;
				continue;
			}
		}
		w = FNV_OFFSET;
		for (;;) {
			while (byteclass[*p] == B_WORD)
				w = (w ^ *p++) * FNV_PRIME;
			if (p == end || *p < 0x80)
				break;
			len = next_cp(p, end, &cp);
			if (!is_word_cp(cp))
				break;
			for (i = 0; i < len; i++)
				w = (w ^ *p++) * FNV_PRIME;
		}
		for (j = 0; j + 1 < MH_SHINGLE; j++)
			win[j] = win[j + 1];
		win[MH_SHINGLE - 1] = mix64(w);
		if (++nwords < MH_SHINGLE)
			continue;
		w = MH_SHINGLE;
		for (j = 0; j < MH_SHINGLE; j++)
			w += win[j] * posmul[j];
		h[nh++] = mix64(w);
		if (nh == MH_BATCH) {
			minhash_add_many(sig, h, nh);
			nh = 0;
		}
	}
	if (nwords > 0 && nwords < MH_SHINGLE) {
		/* one shingle of all the words */
		w = nwords;
		for (i = 0; i < nwords; i++)
			w += win[MH_SHINGLE - nwords + i] * posmul[i];
		h[nh++] = mix64(w);
	}
	if (nh > 0)
		minhash_add_many(sig, h, nh);
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
