/*
 * scores.c - the tagger's arithmetic on rows of scores: adding rows
 * (rows_sum), finding a row's best tag (row_best) and both at once
 * (rows_best), each in the compiler's generic vectors and, where the
 * processor has it, in AVX2, picked once at start (tagger.h): the inner
 * loops of tagging, apart from the rest of the tagger (tagger.c), which
 * calls them through the picks.
 */
#include <stdint.h>
#include <stdlib.h>

#include "tagger.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HAVE_AVX2_PATH 1
#include <immintrin.h>
#endif

/*
 * Most of tagging is adding rows of ntags scores: the cached rows of the
 * words around a word, the dense rows of frequent features, the other
 * pass's scores.  rows_sum does dst = (fresh ? 0 : dst) + src[0] + ... +
 * src[n-1] + part with each block of eight vectors of the sum held in
 * registers while all n rows are added to it, so that dst is read and
 * written once instead of once per row.  The rows are nt (ROW) scores
 * long.
 * rows_sum_pick chooses the AVX2 version where the processor has it;
 * the sums are the same integers either way, saturated alike (a unit
 * test checks it).
 */
typedef int16_t v8hi __attribute__((vector_size(16)));
typedef uint16_t v8hu __attribute__((vector_size(16)));

/* a + b saturated (score_clamp) in eight lanes at once: where both
 * addends have one sign and their wrapped sum the other, the sum went
 * past the limit of their sign. */
static inline v8hi
v8hi_adds(v8hi a, v8hi b)
{
	v8hi s = (v8hi)((v8hu)a + (v8hu)b);
	v8hi over = ((a ^ s) & (b ^ s)) >> 15;
	v8hi limit = (a >> 15) ^ INT16_MAX;

	return (s & ~over) | (limit & over);
}

/* The nv vectors of the sum from dst + j, nv a constant once inlined. */
static inline __attribute__((always_inline)) void
sum_block_v8(int16_t *restrict dst, int fresh, const int16_t *const *src,
    size_t n, size_t j, size_t nv)
{
	v8hi a[8], zero = { 0 };
	size_t s, v;

#pragma GCC unroll 8
	for (v = 0; v < nv; v++)
		a[v] = fresh ? zero :
		    *(const v8hi *)(void *)(dst + j + 8 * v);
	for (s = 0; s < n; s++)
#pragma GCC unroll 8
		for (v = 0; v < nv; v++)
			a[v] = v8hi_adds(a[v], *(const v8hi *)(const void *)
			    (src[s] + j + 8 * v));
#pragma GCC unroll 8
	for (v = 0; v < nv; v++)
		*(v8hi *)(void *)(dst + j + 8 * v) = a[v];
}

void
rows_sum_portable(int16_t *restrict dst, int fresh, const int16_t *const *src,
    size_t n, int32_t *restrict part, size_t nt)
{
	size_t j;

	for (j = 0; j + 64 <= nt; j += 64)
		sum_block_v8(dst, fresh, src, n, j, 8);
	for (; j + 32 <= nt; j += 32)
		sum_block_v8(dst, fresh, src, n, j, 4);
	for (; j < nt; j += 8)
		sum_block_v8(dst, fresh, src, n, j, 1);
	for (j = 0; part != NULL && j < nt; j++) {
		dst[j] = score_clamp(dst[j] + score_clamp(part[j]));
		part[j] = 0;
	}
}

#ifdef HAVE_AVX2_PATH
/* Sixteen 32-bit scores of a part at p saturated to 16 bits, and zeroed.
 * (Packed, they come in the order 0-3, 8-11, 4-7, 12-15: the permutation
 * puts the middle quarters back.) */
static inline __attribute__((always_inline, target("avx2"))) __m256i
part_take_v16(int32_t *p)
{
	__m256i lo, hi;

	lo = _mm256_loadu_si256((const __m256i *)(void *)p);
	hi = _mm256_loadu_si256((const __m256i *)(void *)(p + 8));
	_mm256_storeu_si256((__m256i *)(void *)p, _mm256_setzero_si256());
	_mm256_storeu_si256((__m256i *)(void *)(p + 8),
	    _mm256_setzero_si256());
	return _mm256_permute4x64_epi64(_mm256_packs_epi32(lo, hi), 0xD8);
}

static inline __attribute__((always_inline, target("avx2"))) void
sum_block_v16(int16_t *restrict dst, int fresh, const int16_t *const *src,
    size_t n, int32_t *restrict part, size_t j, size_t nv)
{
	__m256i a[8];
	size_t s, v;

#pragma GCC unroll 8
	for (v = 0; v < nv; v++)
		a[v] = fresh ? _mm256_setzero_si256() :
		    _mm256_loadu_si256((const __m256i *)(void *)
		    (dst + j + 16 * v));
	for (s = 0; s < n; s++)
#pragma GCC unroll 8
		for (v = 0; v < nv; v++)
			a[v] = _mm256_adds_epi16(a[v], _mm256_loadu_si256(
			    (const __m256i *)(const void *)
			    (src[s] + j + 16 * v)));
#pragma GCC unroll 8
	for (v = 0; part != NULL && v < nv; v++)
		a[v] = _mm256_adds_epi16(a[v], part_take_v16(part + j +
		    16 * v));
#pragma GCC unroll 8
	for (v = 0; v < nv; v++)
		_mm256_storeu_si256((__m256i *)(void *)(dst + j + 16 * v),
		    a[v]);
}

/* Blocks of eight vectors, then the rest (fewer) in one more pass over
 * the rows rather than a pass for each power of two in it: each pass
 * reads every row's pointer and the sum's part again. */
__attribute__((target("avx2"))) static void
rows_sum_v16(int16_t *restrict dst, int fresh, const int16_t *const *src,
    size_t n, int32_t *restrict part, size_t nt)
{
	size_t j;

	for (j = 0; j + 128 <= nt; j += 128)
		sum_block_v16(dst, fresh, src, n, part, j, 8);
	switch ((nt - j) / 16) {
	case 7: sum_block_v16(dst, fresh, src, n, part, j, 7); break;
	case 6: sum_block_v16(dst, fresh, src, n, part, j, 6); break;
	case 5: sum_block_v16(dst, fresh, src, n, part, j, 5); break;
	case 4: sum_block_v16(dst, fresh, src, n, part, j, 4); break;
	case 3: sum_block_v16(dst, fresh, src, n, part, j, 3); break;
	case 2: sum_block_v16(dst, fresh, src, n, part, j, 2); break;
	case 1: sum_block_v16(dst, fresh, src, n, part, j, 1); break;
	}
}
#endif

rows_sum_fn *
rows_sum_pick(void)
{
#ifdef HAVE_AVX2_PATH
	if (__builtin_cpu_supports("avx2"))
		return rows_sum_v16;
#endif
	return rows_sum_portable;
}

/*
 * The best tag of a row of scores, the first of equals, and by how much
 * its score beats the next best (0 on a tie) in *margin: the two highest
 * scores of each of eight lanes, eight scores at a time, then the first
 * score equal to the highest.
 */
static inline void
top_two(int32_t v, int32_t *best, int32_t *second)
{
	if (v > *best) {
		*second = *best;
		*best = v;
	} else if (v > *second)
		*second = v;
}

int
row_best(const int16_t *scores, uint32_t ntags, int32_t *margin)
{
	uint32_t j, nv = ntags & ~7u;
	int32_t best = INT32_MIN, second = INT32_MIN;
	v8hi m1, m2, x, lo, gt, low = { INT16_MIN, INT16_MIN, INT16_MIN,
	    INT16_MIN, INT16_MIN, INT16_MIN, INT16_MIN, INT16_MIN };

	if (nv > 0) {
		m1 = *(const v8hi *)(const void *)scores;
		m2 = low;
		for (j = 8; j < nv; j += 8) {
			x = *(const v8hi *)(const void *)(scores + j);
			gt = x > m1;
			lo = (m1 & gt) | (x & ~gt);
			m1 = (x & gt) | (m1 & ~gt);
			gt = lo > m2;
			m2 = (lo & gt) | (m2 & ~gt);
		}
		for (j = 0; j < 8; j++) {
			top_two(m1[j], &best, &second);
			top_two(m2[j], &best, &second);
		}
	}
	for (j = nv; j < ntags; j++)
		top_two(scores[j], &best, &second);
	*margin = ntags > 1 ? best - second : INT32_MAX;
	for (j = 0; scores[j] != best; j++)
		continue;
	return (int)j;
}

#ifdef HAVE_AVX2_PATH
/* Merges the highest two scores of each lane (m1, m2) with those of the
 * lane that a permutation puts in its place (p1, p2, the same permutation
 * of m1 and m2): the two sets are disjoint, so the highest two of both
 * are among these four. */
static inline __attribute__((always_inline, target("avx2"))) void
top_two_merge(__m256i *m1, __m256i *m2, __m256i p1, __m256i p2)
{
	*m2 = _mm256_max_epi16(_mm256_max_epi16(*m2, p2),
	    _mm256_min_epi16(*m1, p1));
	*m1 = _mm256_max_epi16(*m1, p1);
}

/* The two highest of all sixteen lanes' top two, into lane 0 of m1 and
 * m2: halves, then quarters, ... folded onto each other. */
static inline __attribute__((always_inline, target("avx2"))) void
top_two_lanes(__m256i *m1, __m256i *m2)
{
	top_two_merge(m1, m2, _mm256_permute2x128_si256(*m1, *m1, 1),
	    _mm256_permute2x128_si256(*m2, *m2, 1));
	top_two_merge(m1, m2, _mm256_shuffle_epi32(*m1, 0x4E),
	    _mm256_shuffle_epi32(*m2, 0x4E));
	top_two_merge(m1, m2, _mm256_shuffle_epi32(*m1, 0xB1),
	    _mm256_shuffle_epi32(*m2, 0xB1));
	top_two_merge(m1, m2, _mm256_shufflelo_epi16(*m1, 0xB1),
	    _mm256_shufflelo_epi16(*m2, 0xB1));
}

/* Lanes 0 .. n-1 of sixteen on: all their bits set. */
static inline __attribute__((always_inline, target("avx2"))) __m256i
lanes_below(unsigned n)
{
	return _mm256_cmpgt_epi16(_mm256_set1_epi16((short)n),
	    _mm256_setr_epi16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
	    14, 15));
}

/*
 * row_best in sixteen lanes with the processor's max and min: the
 * highest two scores of each lane, the scores past ntags in the last
 * vector (read, as the row is padded, but not counted) taken as
 * INT16_MIN, then the lanes merged in registers, four steps of halves,
 * pairs, neighbours and the two halves of the first 32 bits (the last
 * step only for lane 0, the one read); the first score equal to the
 * best found sixteen at a time by a compare.
 */
__attribute__((target("avx2"))) static int
row_best_v16(const int16_t *scores, uint32_t ntags, int32_t *margin)
{
	uint32_t j, nv = ntags & ~15u, rest = ntags - nv;
	int32_t best, second;
	__m256i m1, m2, x, want, low;
	unsigned equal;

	m1 = m2 = low = _mm256_set1_epi16(INT16_MIN);
	for (j = 0; j < nv; j += 16) {
		x = _mm256_loadu_si256((const __m256i *)(const void *)
		    (scores + j));
		m2 = _mm256_max_epi16(m2, _mm256_min_epi16(m1, x));
		m1 = _mm256_max_epi16(m1, x);
	}
	if (rest > 0) {
		__m256i on = lanes_below(rest);

		x = _mm256_blendv_epi8(low, _mm256_loadu_si256(
		    (const __m256i *)(const void *)(scores + nv)), on);
		m2 = _mm256_max_epi16(m2, _mm256_min_epi16(m1, x));
		m1 = _mm256_max_epi16(m1, x);
	}
	top_two_lanes(&m1, &m2);
	best = (int16_t)_mm256_cvtsi256_si32(m1);
	second = (int16_t)_mm256_cvtsi256_si32(m2);
	*margin = ntags > 1 ? best - second : INT32_MAX;
	want = _mm256_set1_epi16((short)best);
	for (j = 0; j < nv; j += 16) {
		x = _mm256_loadu_si256((const __m256i *)(const void *)
		    (scores + j));
		equal = (unsigned)_mm256_movemask_epi8(
		    _mm256_cmpeq_epi16(x, want));
		if (equal != 0)
			return (int)(j + (uint32_t)__builtin_ctz(equal) / 2);
	}
	for (j = nv; scores[j] != best; j++)
		continue;
	return (int)j;
}
#endif

row_best_fn *
row_best_pick(void)
{
#ifdef HAVE_AVX2_PATH
	if (__builtin_cpu_supports("avx2"))
		return row_best_v16;
#endif
	return row_best;
}

int
rows_best_portable(const int16_t *const *src, size_t n,
    int32_t *restrict part, uint32_t ntags, int32_t *margin)
{
	/* (Zeroed for the static analyzer, which cannot see that ntags >= 1
	 * makes rows_sum write the scores row_best reads.) */
	int16_t sum[256] __attribute__((aligned(64))) = { 0 };

	rows_sum_portable(sum, 1, src, n, part, ((size_t)ntags + 15) & ~15u);
	return row_best(sum, ntags, margin);
}

#ifdef HAVE_AVX2_PATH
/*
 * rows_best of rows of nv vectors of sixteen scores (nv a constant once
 * inlined, at most 8): the sum's vectors stay in registers, added as
 * rows_sum adds them, then the scores past ntags in the last one are
 * taken as INT16_MIN, the highest two of each lane found and the lanes
 * merged as row_best_v16 does, and the first score equal to the best
 * looked for among the same registers.
 */
static inline __attribute__((always_inline, target("avx2"))) int
sum_best_v16(const int16_t *const *src, size_t n, int32_t *restrict part,
    uint32_t ntags, int32_t *margin, size_t nv)
{
	__m256i a[8], m1, m2, low = _mm256_set1_epi16(INT16_MIN), want;
	uint32_t rest = ntags - 16 * ((uint32_t)nv - 1);
	int32_t best, second;
	unsigned equal;
	size_t s, v;

#pragma GCC unroll 8
	for (v = 0; v < nv; v++)
		a[v] = _mm256_loadu_si256((const __m256i *)(const void *)
		    (src[0] + 16 * v));
	for (s = 1; s < n; s++)
#pragma GCC unroll 8
		for (v = 0; v < nv; v++)
			a[v] = _mm256_adds_epi16(a[v], _mm256_loadu_si256(
			    (const __m256i *)(const void *)(src[s] + 16 * v)));
#pragma GCC unroll 8
	for (v = 0; part != NULL && v < nv; v++)
		a[v] = _mm256_adds_epi16(a[v], part_take_v16(part + 16 * v));
	if (rest < 16)
		a[nv - 1] = _mm256_blendv_epi8(low, a[nv - 1],
		    lanes_below(rest));
	m1 = a[0];
	m2 = low;
#pragma GCC unroll 8
	for (v = 1; v < nv; v++) {
		m2 = _mm256_max_epi16(m2, _mm256_min_epi16(m1, a[v]));
		m1 = _mm256_max_epi16(m1, a[v]);
	}
	top_two_lanes(&m1, &m2);
	best = (int16_t)_mm256_cvtsi256_si32(m1);
	second = (int16_t)_mm256_cvtsi256_si32(m2);
	*margin = ntags > 1 ? best - second : INT32_MAX;
	want = _mm256_set1_epi16((short)best);
#pragma GCC unroll 8
	for (v = 0; v < nv; v++) {
		equal = (unsigned)_mm256_movemask_epi8(
		    _mm256_cmpeq_epi16(a[v], want));
		if (equal != 0)
			return (int)(16 * v + (size_t)__builtin_ctz(equal) / 2);
	}
	return 0;	/* (not reached: the best is one of them) */
}

__attribute__((target("avx2"))) static int
rows_best_v16(const int16_t *const *src, size_t n, int32_t *restrict part,
    uint32_t ntags, int32_t *margin)
{
	switch ((ntags + 15) / 16) {
	case 1: return sum_best_v16(src, n, part, ntags, margin, 1);
	case 2: return sum_best_v16(src, n, part, ntags, margin, 2);
	case 3: return sum_best_v16(src, n, part, ntags, margin, 3);
	case 4: return sum_best_v16(src, n, part, ntags, margin, 4);
	case 5: return sum_best_v16(src, n, part, ntags, margin, 5);
	case 6: return sum_best_v16(src, n, part, ntags, margin, 6);
	case 7: return sum_best_v16(src, n, part, ntags, margin, 7);
	case 8: return sum_best_v16(src, n, part, ntags, margin, 8);
	}
	/* More than 128 tags: more vectors than registers. */
	return rows_best_portable(src, n, part, ntags, margin);
}
#endif

rows_best_fn *
rows_best_pick(void)
{
#ifdef HAVE_AVX2_PATH
	if (__builtin_cpu_supports("avx2"))
		return rows_best_v16;
#endif
	return rows_best_portable;
}
