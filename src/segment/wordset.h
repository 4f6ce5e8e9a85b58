/*
 * wordset.h - constant word lists looked up in O(1): the abbreviation,
 * cue and stop-word tables of segment.  A set is built from its NULL-
 * terminated list on first use and lives until exit (a few KB).
 */
#ifndef QUARRY_WORDSET_H
#define QUARRY_WORDSET_H

#include <stddef.h>

struct wordset {
	const char *const	*list;	/* NULL-terminated */
	const char		**slot;	/* built on first use */
	size_t			 mask;
	size_t			 minlen, maxlen;	/* of the words */
	/* bit n of sig[c & 63]: a word of length n starts with byte c;
	 * most lookups end here, before any hashing */
	unsigned long long	 sig[64];
};

#define WORDSET(list) { (list), NULL, 0, 0, 0, { 0 } }

int wordset_lookup(struct wordset *ws, const char *w, size_t n);

/* Is w (n bytes, not necessarily NUL-terminated) in the set?  The
 * signature test is inline: most words are rejected without a call. */
static inline int
wordset_has(struct wordset *ws, const char *w, size_t n)
{
	if (ws->slot != NULL && (n == 0 || n > ws->maxlen ||
	    !(ws->sig[(unsigned char)w[0] & 63] & (1ULL << (n < 63 ? n : 63)))))
		return 0;
	return wordset_lookup(ws, w, n);
}

#endif
