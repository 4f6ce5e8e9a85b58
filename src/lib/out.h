/*
 * out.h - the one buffered writer to standard output every tool uses.
 *
 * Every write is checked.  A reader that went away (EPIPE, as with
 * "| head") ends the program quietly with status 0: the consumer has all it
 * wanted.  Any other write error (disk full, /dev/full) is fatal, exit 1.
 * Call out_close() before exit so the last buffer is flushed and checked.
 */
#ifndef QUARRY_OUT_H
#define QUARRY_OUT_H

#include <stddef.h>

void out_bytes(const void *p, size_t n);
void out_str(const char *s);
void out_char(int c);
void out_ulong(unsigned long long v);
/* A record-stream field: \ TAB LF CR written as \\ \t \n \r. */
void out_field(const char *s, size_t n);
void out_tab(void);
void out_endrec(void);		/* LF */
/* A header line from a list of column names (escaped like fields). */
void out_header(const char *const *names, size_t n);
/*
 * For a writer that puts a record together in place: out_room returns
 * where n bytes (n <= OUT_ROOM_MAX) can be written at the end of the
 * output, flushing first if need be, and out_wrote(end) then takes the
 * bytes written there up to end.
 */
#define OUT_ROOM_MAX	((size_t)32 * 1024)
char *out_room(size_t n);
void out_wrote(const char *end);
void out_flush(void);
/* Flush and close stdout; write errors are fatal. */
void out_close(void);

#endif
