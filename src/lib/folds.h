/*
 * folds.h - mapping offsets in a sentence's text back to its document.
 *
 * segment writes sentence text with each whitespace run folded to one
 * space (invalid bytes replaced by U+FFFD, words a line end broke joined
 * again: "assur-\ned" as "assured"), so the text is not always
 * a byte-for-byte copy of the source span [start, end).  The `folds`
 * column records every place where it differs, so that any offset inside
 * the text can be traced back to the source exactly:
 *
 *	folds = "" | entry ("," entry)*	entry = T ":" D
 *
 * T is a byte offset in the text and D (may be negative) how many more
 * source bytes than text bytes the text byte(s) at T stand for; entries are
 * in increasing T.  A text offset t maps to the source offset
 *
 *	start + t + sum(D of the entries with T < t)
 *
 * An empty or absent `folds` means the text is the source span verbatim.
 */
#ifndef QUARRY_FOLDS_H
#define QUARRY_FOLDS_H

#include <stddef.h>

#include "buf.h"

struct folds {
	size_t	 n, cap;
	size_t	*at;		/* T, increasing */
	long	*shift;		/* running sum of D up to and including this entry */
};

#define FOLDS_INIT { 0, 0, NULL, NULL }

void folds_reset(struct folds *f);
void folds_free(struct folds *f);
/* Appends an entry; at must be greater than the last one's. */
void folds_add(struct folds *f, size_t at, long delta);
/* Parses a `folds` field; returns 0, or -1 when it is malformed. */
int folds_parse(struct folds *f, const char *s, size_t len);
/* Appends the field form of f to out. */
void folds_format(const struct folds *f, struct buf *out);
/* The source offset of text offset t, relative to the sentence start:
 * folds_map_entries when there are folds; inlined, since most sentences
 * have none and tag maps two offsets a token. */
size_t folds_map_entries(const struct folds *f, size_t t);

static inline size_t
folds_map(const struct folds *f, size_t t)
{
	return f->n == 0 ? t : folds_map_entries(f, t);
}

#endif
