/*
 * spool.h - standard input made readable twice.
 *
 * The tools that read their input twice (dedupe --count, extract-entities
 * --spell-names) need a file they can seek; a pipe is first copied.
 */
#ifndef QUARRY_SPOOL_H
#define QUARRY_SPOOL_H

/*
 * Copies standard input to an unlinked temporary file (in TMPDIR, else
 * /tmp), which becomes standard input, at its start.  Failing to read or
 * write is fatal ("progname: path: error", exit 1).
 */
void spool_stdin(void);
/* Seeks the spooled standard input back to its start (fatal on error). */
void rewind_stdin(void);

#endif
