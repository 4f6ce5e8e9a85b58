/*
 * secret.h - the run's secret: random words drawn once per process, which
 * key dedupe's fingerprints and offset where its hash tables place a key.
 *
 * Nothing dedupe writes depends on the secret's value: what is a
 * duplicate follows from which keys are equal, never from where they sit
 * or from the fingerprint's bits.  It only keeps someone who writes the
 * input from knowing in advance which texts collide (hash flooding,
 * forged duplicates).  See dedupe(1), SECURITY.
 */
#ifndef DEDUPE_SECRET_H
#define DEDUPE_SECRET_H

#include <stddef.h>
#include <stdint.h>

struct secret {
	uint64_t	fp[2];		/* the SipHash key of fingerprints */
	uint64_t	table;		/* fptab.h's placement offset */
	uint64_t	lsh;		/* lsh.h's placement offset */
};

/* The run's secret, drawn on the first call; it lives until exit. */
const struct secret *secret_get(void);
/* Replaces it (unit tests, to compare two secrets on one input). */
void secret_set(const struct secret *s);
/*
 * Fills buf with n random bytes: getrandom(2) where there is one, else
 * /dev/urandom; returns 0.  When neither answers (a chroot without
 * /dev, an old kernel) the bytes come from the clock, the process id and
 * the address space layout, and it returns -1: weak against someone
 * on the same machine, still unknown to whoever wrote the input.
 */
int secret_random(void *buf, size_t n);

#endif
