/*
 * rec.h - reading the quarry record stream (see man/quarry.7).
 *
 * A stream is UTF-8 TSV: a header line of column names, then records
 * with exactly as many fields.  In a field \ TAB LF CR are written
 * \\ \t \n \r; nothing else is escaped.  A CR right before the LF (CRLF
 * line ends) is tolerated and dropped, and so is a UTF-8 byte order mark
 * at the very start of the header.
 *
 * Ownership: the reader owns everything it returns.  Column names live
 * until rec_close(); field pointers live until the next rec_next().
 *
 * Malformed input (no header, ragged row, bad escape, invalid UTF-8) is a
 * data error: the reader reports "progname: FILE:LINE: what" and exits 1.
 */
#ifndef QUARRY_REC_H
#define QUARRY_REC_H

#include <stddef.h>
#include <stdnoreturn.h>

struct rec;

/*
 * Opens path ("-" = stdin) and reads its header.  Returns NULL with errno
 * set when the file cannot be opened; the caller reports it and goes on.
 */
struct rec *rec_open(const char *path);
void rec_close(struct rec *r);

const char *rec_name(const struct rec *r);
unsigned long rec_lineno(const struct rec *r);

size_t rec_ncols(const struct rec *r);
const char *rec_colname(const struct rec *r, size_t i);
/* Index of the named column, or -1. */
long rec_col(const struct rec *r, const char *name);
/* Index of the named column; a stream without it is a data error. */
size_t rec_need(const struct rec *r, const char *name);

/* Reads the next record: 1, or 0 at the end of the stream. */
int rec_next(struct rec *r);
/* Field i of the current record, unescaped and NUL-terminated. */
const char *rec_field(const struct rec *r, size_t i, size_t *len);
/* Field i as it stands in the input, still escaped (for passing through). */
const char *rec_raw(const struct rec *r, size_t i, size_t *len);

/* Reports "progname: FILE:LINE: message" and exits 1. */
noreturn void rec_fail(const struct rec *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Unescapes a field (src, n bytes) into dst (room for n + 1).  Returns
 * the new length, or (size_t)-1 at a bad escape, with *bad at its offset. */
size_t field_unescape(const char *src, size_t n, char *dst, size_t *bad);

#endif
