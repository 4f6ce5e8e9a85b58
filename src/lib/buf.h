/*
 * buf.h - a growable byte buffer.  The bytes are always followed by a NUL
 * (not counted in len), so buf.data can be handed to C string functions
 * when the content has no NUL of its own.
 */
#ifndef QUARRY_BUF_H
#define QUARRY_BUF_H

#include <stddef.h>

struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

#define BUF_INIT { NULL, 0, 0 }

void buf_reserve(struct buf *b, size_t extra);
void buf_add(struct buf *b, const void *p, size_t n);
void buf_addc(struct buf *b, int c);
void buf_adds(struct buf *b, const char *s);
/* Appends s (n bytes) escaped as a record-stream field: a backslash,
 * TAB, LF and CR as two characters each (see quarry(7)). */
void buf_add_field(struct buf *b, const char *s, size_t n);
void buf_reset(struct buf *b);	/* empties, keeps the memory */
void buf_free(struct buf *b);

#endif
