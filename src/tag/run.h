/*
 * run.h - tag's two ways through an input: the sentence stream of
 * segment(1) to a token stream (or CoNLL-U), and CoNLL-U to CoNLL-U.
 */
#ifndef QUARRY_TAG_RUN_H
#define QUARRY_TAG_RUN_H

#include "buf.h"
#include "rec.h"
#include "tagger.h"

enum tag_format { FORMAT_TSV, FORMAT_CONLLU };

/*
 * Tags every sentence of the stream r and writes its tokens through
 * out.h.  With FORMAT_TSV the header is written once, when first_header
 * is still empty, and kept there; later inputs must give the same output
 * columns.  Data errors are fatal.
 */
void run_stream(struct rec *r, const struct tag_model *m,
    enum tag_format format, struct buf *first_header);

/*
 * tag --language: writes every record of r with a column `language` (in
 * place of one it had, at the end), the ISO 639-1 code of its document's
 * language (see language.h).  A document is the records of one doc in a
 * row (a record, when r has no doc column); memory holds the records of
 * its first LANGUAGE_SAMPLE words at most.  The header is written once,
 * as with run_stream.
 */
void run_language(struct rec *r, struct buf *first_header);

/* Reads CoNLL-U from path and writes it back with UPOS, XPOS and LEMMA
 * filled in.  Returns 0, or -1 with errno set when path cannot be opened. */
int run_conllu(const char *path, const struct tag_model *m);

#endif
