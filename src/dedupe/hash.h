/*
 * hash.h - the fixed-seed hashes dedupe uses.  Seeds never vary, so the
 * same input gives the same fingerprints, clusters and bytes on every run
 * and every machine.
 */
#ifndef DEDUPE_HASH_H
#define DEDUPE_HASH_H

#include <stddef.h>
#include <stdint.h>

/* A 128-bit fingerprint: a key's identity in exact mode. */
struct fp {
	uint64_t	lo, hi;
};

/* MurmurHash3 x64 128 (Austin Appleby's public-domain design) of n bytes. */
struct fp hash128(const void *p, size_t n);

/* A 64-bit hash of n bytes (the low half of hash128). */
uint64_t hash64(const void *p, size_t n);

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
