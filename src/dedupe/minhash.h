/*
 * minhash.h - MinHash signatures of word shingles.
 *
 * Text is folded (case, Unicode variants, typographic punctuation) and cut
 * into words: runs of letters and digits; everything else separates words,
 * so line breaks, re-wrapping and quote styles do not matter.  A shingle is
 * MH_SHINGLE consecutive words (a text with fewer words is one shingle).
 * Each shingle is hashed to 64 bits and the signature keeps, for each of
 * MH_PERMS fixed-seed hash functions (a*x+b, high 32 bits), the minimum over
 * the shingles.  The share of equal positions of two signatures estimates
 * the Jaccard similarity of their shingle sets (standard error
 * sqrt(J(1-J)/MH_PERMS), 0.044 at J = 0.5).
 */
#ifndef DEDUPE_MINHASH_H
#define DEDUPE_MINHASH_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

enum {
	MH_SHINGLE	= 5,	/* words per shingle */
	MH_PERMS	= 128	/* hash functions, signature length */
};

/* Initial value of a signature, and its value for a text with no words. */
void minhash_clear(uint32_t sig[MH_PERMS]);

/* Folds one more shingle hash into sig. */
void minhash_add(uint32_t sig[MH_PERMS], uint64_t shingle);
/* Folds the n shingle hashes at x into sig. */
void minhash_add_many(uint32_t sig[MH_PERMS], const uint64_t *x, size_t n);
/*
 * minhash_add_many one hash function at a time, and the versions of it
 * this processor can run, fastest first (minhash_add_many uses the
 * first), into v; returns how many.  All give the same signatures.
 */
typedef void minhash_add_fn(uint32_t sig[MH_PERMS], const uint64_t *x,
    size_t n);
#define MH_VERSIONS 2
minhash_add_fn minhash_add_portable;
size_t minhash_add_versions(minhash_add_fn *v[MH_VERSIONS]);

/*
 * The signature of the n bytes at s in sig.  scratch is working space the
 * caller keeps between calls.  Returns the number of words (0: the text has
 * none and sig is the clear one).
 */
size_t minhash_text(const char *s, size_t n, uint32_t sig[MH_PERMS],
    struct buf *scratch);

/* The number of positions where a and b agree (0 to MH_PERMS). */
unsigned minhash_matches(const uint32_t *a, const uint32_t *b);

#endif
