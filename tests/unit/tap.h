/*
 * tap.h - the smallest TAP producer: ok(cond, name...) prints
 * "ok N - name" or "not ok N - name"; tap_done() prints the plan and
 * returns the exit status.  tests/run counts the lines.
 */
#ifndef QUARRY_TAP_H
#define QUARRY_TAP_H

#include <stdarg.h>
#include <stdio.h>

static int tap_n, tap_failed;

static void __attribute__((format(printf, 2, 3)))
ok(int cond, const char *fmt, ...)
{
	va_list ap;

	tap_n++;
	if (!cond)
		tap_failed++;
	printf("%sok %d - ", cond ? "" : "not ", tap_n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	fflush(stdout);
}

static int
tap_done(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed != 0;
}

#endif
