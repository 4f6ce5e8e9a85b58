/*
 * fmt.h - numbers and record-stream fields formatted into memory the
 * caller has made room in, for writers that put a record together in
 * place (out.h's writer, tag's token rows).  Each returns the end of
 * what it wrote; nothing is NUL-terminated.
 */
#ifndef QUARRY_FMT_H
#define QUARRY_FMT_H

#include <stddef.h>

/* The most digits fmt_ulong writes (those of ULLONG_MAX). */
#define FMT_ULONG_MAX	((size_t)20)

/* v in decimal at d (room for FMT_ULONG_MAX bytes). */
char *fmt_ulong(char *d, unsigned long long v);
/* s (n bytes) as a field at d (room for 2n bytes): \ TAB LF CR written
 * as \\ \t \n \r (see quarry(7)). */
char *fmt_field(char *d, const char *s, size_t n);
/* What byte c is escaped to in a field ('\\', 't', 'n', 'r'), or 0. */
extern const char fmt_field_escape[256];

#endif
