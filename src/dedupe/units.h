/*
 * units.h - reading the inputs of dedupe as a sequence of units: single
 * records, or (--by doc) all the contiguous records of one document.
 *
 * Each unit brings its records as they stood in the input (raw, still
 * escaped, one LF-ended line each) and its key: the key columns, folded.
 * An exact record key is each key field's folded bytes behind a 4-byte
 * length, so no two different field lists give the same bytes; an exact
 * document key is its folded text (see add_doc_text); a near key is the
 * fields joined by LF for MinHash to cut into words.
 *
 * The inputs are read one after the other.  All must have the header of
 * the first that could be opened; one that cannot be opened is reported
 * and skipped (units.status becomes 1).
 */
#ifndef DEDUPE_UNITS_H
#define DEDUPE_UNITS_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "fptab.h"

struct rec;

/* KEY_NONE: no key (a second pass that knows it already). */
enum key_style { KEY_EXACT, KEY_NEAR, KEY_NONE };

struct units {
	/* Set by the caller before units_start. */
	char		**files;	/* "-" is standard input */
	int		 nfiles;
	const char	*keyspec;	/* comma-separated key columns */
	int		 fold;		/* FOLD_* flags (exact keys) */
	enum key_style	 style;
	int		 by_doc;
	int		 want_doc;	/* rows: track docchange (doc column,
					 * else each file is a document) */
	int		 no_raw;	/* rows: raw stays empty (the key is
					 * all the caller wants) */
	/* Read-only for the caller. */
	int		 status;	/* 1 once an input failed to open */
	char		**colnames;	/* the header (of the first input) */
	size_t		 ncols;
	uint64_t	 nrecs;		/* records read so far, all inputs */
	uint64_t	 nunits;	/* units returned so far */
	/* The current unit. */
	struct buf	 raw;		/* its records, each ending in LF */
	size_t		 nrows;
	uint64_t	 first_rec;	/* record number (1-based) of its first */
	struct buf	 key;
	int		 empty;		/* every key field folded to nothing */
	struct buf	 doc;		/* the document id (--by doc) */
	int		 docchange;	/* rows: the first record of a document */
	/* Private. */
	int		 fi;
	struct rec	*r;
	size_t		*keycols, nkeys;
	long		 doccol;
	int		 pending;	/* r holds the next doc's first record */
	uint64_t	 nrows_file;
	struct buf	 lastdoc;
	struct fptab	 docs_seen;
	int		 quiet;		/* second pass: failures said */
};

/*
 * Opens inputs until one opens and reads its header (exits 1 when it
 * lacks a key column).  Returns 0 when no input could be opened.
 */
int units_start(struct units *u);
/* The index of column name in the header; exits 1, naming the input
 * and its header, when there is none.  After units_start. */
size_t units_column(struct units *u, const char *name);
/* The next unit: 1, or 0 after the last input. */
int units_next(struct units *u);
/* For a second pass: the caller rewinds what needs it (see dedupe.c). */
void units_restart(struct units *u);
void units_free(struct units *u);

/* The record lines of raw, one at a time: *line (no LF) and *len.
 * *pos starts at 0; returns 0 at the end. */
int units_line(const struct buf *raw, size_t *pos, const char **line,
    size_t *len);

#endif
