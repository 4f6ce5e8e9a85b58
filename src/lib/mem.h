/*
 * mem.h - byte-string helpers C11 and POSIX leave out.
 */
#ifndef QUARRY_MEM_H
#define QUARRY_MEM_H

#include <stddef.h>

/* Whether s (n bytes) holds w (wn bytes) anywhere; memmem is not in C11
 * or POSIX.  An empty w is held by any s. */
int mem_contains(const char *s, size_t n, const char *w, size_t wn);

#endif
