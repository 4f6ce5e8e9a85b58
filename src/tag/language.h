/*
 * language.h - which language a document is written in, from how many
 * of its first words are the commonest words of each language (the, of,
 * and...; der, die, und...), for tag --language (see tag(1)).
 *
 * A document is fed to a sample a piece at a time (its records' texts);
 * the sample takes its first LANGUAGE_SAMPLE words and then says it is
 * full, so that a caller can decide before the document ends.
 */
#ifndef QUARRY_TAG_LANGUAGE_H
#define QUARRY_TAG_LANGUAGE_H

#include <stddef.h>
#include <stdint.h>

#define LANGUAGE_SAMPLE	1000	/* words looked at, at most */
#define LANGUAGE_MIN	20	/* words below which no language is told */
#define LANGUAGE_N	10	/* languages told apart */
#define LANGUAGE_WORDS	320	/* room for the common words, all lists */

struct language_sample {
	unsigned long	words;		/* the document's words (counted
					   until the sample is full) */
	unsigned long	sampled;	/* of them, looked at */
	unsigned	hits[LANGUAGE_N];	/* common words of each */
	unsigned	kinds[LANGUAGE_N];	/* of them, different words */
	uint64_t	seen[(LANGUAGE_WORDS + 63) / 64];
	int		full;
};

void language_reset(struct language_sample *s);
/* Adds text (len bytes, words parted by spaces, TABs and line ends).
 * Returns 1 when the sample is full: more text changes no verdict. */
int language_add(struct language_sample *s, const char *text, size_t len);
/* The ISO 639-1 code of the language the sample shows, "other" when it
 * shows none of them clearly, "" below LANGUAGE_MIN words. */
const char *language_verdict(const struct language_sample *s);

#endif
