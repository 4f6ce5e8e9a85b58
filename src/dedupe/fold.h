/*
 * fold.h - key normalisation for dedupe: case, whitespace, typographic
 * punctuation and common Unicode variants, without ICU.
 *
 * The Unicode folding is NFC-like, not NFC: a base letter followed by a
 * combining mark is composed when the pair is in a table of the Latin,
 * Greek and Cyrillic precomposed letters (fold_tables.c), canonical
 * singletons (KELVIN SIGN, OHM SIGN...) are replaced, and a few
 * compatibility characters are folded (ligatures, fullwidth ASCII, no-break
 * and other Unicode spaces, soft hyphen and zero-width characters).
 */
#ifndef DEDUPE_FOLD_H
#define DEDUPE_FOLD_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

enum {
	FOLD_CASE	= 1 << 0,	/* lower case (simple mapping) */
	FOLD_SPACE	= 1 << 1,	/* runs of white space -> one space, trimmed */
	FOLD_PUNCT	= 1 << 2,	/* curly quotes, dashes, ellipsis -> ASCII */
	FOLD_UNICODE	= 1 << 3,	/* NFC-like composition, compatibility chars */
	FOLD_ALL	= (1 << 4) - 1
};

/* Parses a comma-separated list of case, space, punct, unicode, all.
 * Returns the flags, or -1 at an unknown word. */
int fold_parse(const char *list);

/* Appends the n bytes at s to out, folded as flags say. */
void fold_append(struct buf *out, const char *s, size_t n, int flags);

/* Simple lower-case mapping of one code point (ASCII, Latin, Greek,
 * Cyrillic). */
uint32_t fold_lower(uint32_t cp);

/* Whether cp is white space (ASCII or one of the Unicode spaces). */
int fold_is_space(uint32_t cp);

/* The tables of fold_tables.c, sorted for binary search. */
struct fold_compose {
	uint32_t	base, mark, composed;
};
struct fold_map {
	uint32_t	from, to;
};
extern const struct fold_compose fold_compose_table[];
extern const size_t fold_ncompose;
extern const struct fold_map fold_singleton_table[];
extern const size_t fold_nsingleton;
extern const struct fold_map fold_lower_table[];
extern const size_t fold_nlower;

#endif
