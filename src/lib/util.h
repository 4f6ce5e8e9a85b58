/*
 * util.h - program name, fatal errors and checked allocation shared by
 * every quarry tool.
 *
 * Exit statuses are the same for all tools: 0 success, 1 data error
 * (bad input, unreadable file, write failure), 2 usage error.
 */
#ifndef QUARRY_UTIL_H
#define QUARRY_UTIL_H

#include <stddef.h>
#include <stdnoreturn.h>

enum { EXIT_DATA = 1, EXIT_USAGE = 2 };

extern const char *progname;

void setprogname(const char *argv0);

/* "progname: message\n" on stderr, then exit(status). */
noreturn void die(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* "progname: message\n" on stderr; the caller goes on. */
void warnmsg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Allocation that cannot fail: out of memory is fatal (exit 1). */
void *emalloc(size_t n);
void *ecalloc(size_t nmemb, size_t size);
void *erealloc(void *p, size_t n);
void *ereallocarray(void *p, size_t nmemb, size_t size);
char *estrdup(const char *s);

/* Prints "progname (quarry) VERSION" and exits 0. */
noreturn void print_version(void);

#endif
