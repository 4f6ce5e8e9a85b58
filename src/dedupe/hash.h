/*
 * hash.h - the hashes dedupe uses.
 *
 * Fingerprints (a key's identity in exact mode, a doc name's) are keyed
 * with the run's secret (secret.h), so whoever writes the input cannot
 * make two texts share one; they never leave the process, so output does
 * not depend on them.  What does leave it, MinHash signatures and band
 * keys (minhash.h, lsh.h), comes from mix64 and fixed seeds only.
 */
#ifndef DEDUPE_HASH_H
#define DEDUPE_HASH_H

#include <stddef.h>
#include <stdint.h>

/* A 128-bit fingerprint. */
struct fp {
	uint64_t	lo, hi;
};

/*
 * SipHash-2-4 with 128-bit output (Aumasson and Bernstein) of n bytes
 * under key k: lo holds output bytes 0-7, hi bytes 8-15, little-endian.
 */
struct fp siphash128(const uint64_t k[2], const void *p, size_t n);

/* The fingerprint of n bytes: siphash128 under the run's secret. */
struct fp fingerprint(const void *p, size_t n);

/* The splitmix64 finaliser: a bijective mix of 64 bits. */
static inline uint64_t
mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

#endif
