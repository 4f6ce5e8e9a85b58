/*
 * stream.h - feeding a record stream to the extractor.
 *
 * A sentence stream (segment's: a `text` column, and doc sent start para
 * role folds date when present) gives one sentence per record.  A token
 * stream (tag's: `form` and `upos` columns, with doc sent start end)
 * is joined back into sentences: tokens of one doc and sent, in order,
 * separated by one space where the source had a gap, the gaps recorded
 * as folds so offsets still reach the source bytes.  This is the seam
 * where a statistical labeller over tag's tokens will plug in.
 */
#ifndef QUARRY_STREAM_H
#define QUARRY_STREAM_H

#include "extract.h"
#include "rec.h"

/* Reads all of r into e; malformed records are fatal (rec_fail). */
void stream_read(struct rec *r, struct extractor *e);

/* 1 when r's header has a `para` column. */
int stream_has_para(const struct rec *r);

#endif
