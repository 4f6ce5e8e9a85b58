#include <string.h>

#include "hash.h"

#define SEED 0x71756172ULL	/* "quar"; fixed so output never varies */

static inline uint64_t
rotl64(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

static inline uint64_t
fmix64(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	k *= 0xc4ceb9fe1a85ec53ULL;
	k ^= k >> 33;
	return k;
}

/* Little-endian load, whatever the host. */
static inline uint64_t
load64(const unsigned char *p)
{
	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
	    (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 |
	    (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 |
	    (uint64_t)p[7] << 56;
}

struct fp
hash128(const void *key, size_t n)
{
	const uint64_t c1 = 0x87c37b91114253d5ULL, c2 = 0x4cf5ad432745937fULL;
	const unsigned char *p = key, *tail;
	uint64_t h1 = SEED, h2 = SEED, k1, k2;
	size_t i, nblocks = n / 16;
	struct fp r;

	for (i = 0; i < nblocks; i++) {
		k1 = load64(p + i * 16);
		k2 = load64(p + i * 16 + 8);
		k1 *= c1; k1 = rotl64(k1, 31); k1 *= c2; h1 ^= k1;
		h1 = rotl64(h1, 27); h1 += h2; h1 = h1 * 5 + 0x52dce729;
		k2 *= c2; k2 = rotl64(k2, 33); k2 *= c1; h2 ^= k2;
		h2 = rotl64(h2, 31); h2 += h1; h2 = h2 * 5 + 0x38495ab5;
	}
	tail = p + nblocks * 16;
	k1 = k2 = 0;
	switch (n & 15) {
	case 15: k2 ^= (uint64_t)tail[14] << 48; /* FALLTHROUGH */
	case 14: k2 ^= (uint64_t)tail[13] << 40; /* FALLTHROUGH */
	case 13: k2 ^= (uint64_t)tail[12] << 32; /* FALLTHROUGH */
	case 12: k2 ^= (uint64_t)tail[11] << 24; /* FALLTHROUGH */
	case 11: k2 ^= (uint64_t)tail[10] << 16; /* FALLTHROUGH */
	case 10: k2 ^= (uint64_t)tail[9] << 8; /* FALLTHROUGH */
	case 9:
		k2 ^= (uint64_t)tail[8];
		k2 *= c2; k2 = rotl64(k2, 33); k2 *= c1; h2 ^= k2;
		/* FALLTHROUGH */
	case 8: k1 ^= (uint64_t)tail[7] << 56; /* FALLTHROUGH */
	case 7: k1 ^= (uint64_t)tail[6] << 48; /* FALLTHROUGH */
	case 6: k1 ^= (uint64_t)tail[5] << 40; /* FALLTHROUGH */
	case 5: k1 ^= (uint64_t)tail[4] << 32; /* FALLTHROUGH */
	case 4: k1 ^= (uint64_t)tail[3] << 24; /* FALLTHROUGH */
	case 3: k1 ^= (uint64_t)tail[2] << 16; /* FALLTHROUGH */
	case 2: k1 ^= (uint64_t)tail[1] << 8; /* FALLTHROUGH */
	case 1:
		k1 ^= (uint64_t)tail[0];
		k1 *= c1; k1 = rotl64(k1, 31); k1 *= c2; h1 ^= k1;
	}
	h1 ^= (uint64_t)n;
	h2 ^= (uint64_t)n;
	h1 += h2;
	h2 += h1;
	h1 = fmix64(h1);
	h2 = fmix64(h2);
	h1 += h2;
	h2 += h1;
	r.lo = h1;
	r.hi = h2;
	return r;
}

uint64_t
hash64(const void *p, size_t n)
{
	return hash128(p, n).lo;
}
