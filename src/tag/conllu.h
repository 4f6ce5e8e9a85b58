/*
 * conllu.h - reading CoNLL-U (https://universaldependencies.org/format.html)
 * a sentence at a time: the trainer's input and tag --conllu's.
 *
 * Ownership: the reader owns the sentence it returns; its lines and fields
 * live until the next conllu_next() or conllu_close().
 */
#ifndef QUARRY_CONLLU_H
#define QUARRY_CONLLU_H

#include <stddef.h>

#include "buf.h"
#include "input.h"

enum { CU_ID, CU_FORM, CU_LEMMA, CU_UPOS, CU_XPOS, CU_FEATS, CU_HEAD,
    CU_DEPREL, CU_DEPS, CU_MISC, CU_NFIELDS };

struct conllu_line {
	size_t	off, len;		/* in the sentence's text buffer */
	int	is_word;		/* a syntactic word: integer ID */
	size_t	field[CU_NFIELDS];	/* offsets of the fields (words only) */
	size_t	flen[CU_NFIELDS];
};

struct conllu {
	struct lines		 lines;
	int			 fd;
	struct buf		 text;	/* the sentence's lines, NUL-separated */
	struct conllu_line	*line;
	size_t			 nlines, cap;
	size_t			 nwords;
};

/* Opens path ("-" = stdin); -1 with errno set when it cannot be opened. */
int conllu_open(struct conllu *c, const char *path);
void conllu_close(struct conllu *c);
/*
 * Reads the next sentence (its comment and token lines): 1, or 0 at the
 * end.  A word line without ten TAB-separated fields or with invalid UTF-8
 * is a data error ("tag: FILE:LINE: ...", exit 1).
 */
int conllu_next(struct conllu *c);
/* Field f of line l (not NUL-terminated: TAB or NUL follows) and its
 * length. */
const char *conllu_field(const struct conllu *c, size_t l, int f,
    size_t *len);

/*
 * Whether a space follows each word of the sentence (after[0 .. nwords)),
 * from MISC's SpaceAfter=No: a word inside a multiword token ("do" of
 * "don't", lines 3-4) has none after it, and the last one that token's.
 */
void conllu_space_after(const struct conllu *c, unsigned char *after);

#endif
