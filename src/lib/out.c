#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "out.h"
#include "util.h"

#define OUT_BUFSIZE ((size_t)64 * 1024)

static char outbuf[OUT_BUFSIZE];
static size_t outlen;

static void
write_all(const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(STDOUT_FILENO, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EPIPE)
				_exit(0);
			die(EXIT_DATA, "write error: %s", strerror(errno));
		}
		p += w;
		n -= (size_t)w;
	}
}

void
out_flush(void)
{
	/* SIGPIPE would kill us too, quietly; ignoring it makes EPIPE the
	 * single path, whatever signal disposition our parent left. */
	static int sigpipe_ignored;

	if (!sigpipe_ignored) {
		signal(SIGPIPE, SIG_IGN);
		sigpipe_ignored = 1;
	}
	write_all(outbuf, outlen);
	outlen = 0;
}

void
out_bytes(const void *p, size_t n)
{
	if (n == 0)	/* p may be NULL then; memcpy must not see it */
		return;
	if (n > OUT_BUFSIZE - outlen) {
		out_flush();
		if (n >= OUT_BUFSIZE) {
			write_all(p, n);
			return;
		}
	}
	memcpy(outbuf + outlen, p, n);
	outlen += n;
}

void
out_str(const char *s)
{
	out_bytes(s, strlen(s));
}

void
out_char(int c)
{
	if (outlen == OUT_BUFSIZE)
		out_flush();
	outbuf[outlen++] = (char)c;
}

/* 10^1 .. 10^19: v has n digits when v < 10^n. */
static const unsigned long long pow10[] = {
	10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
	100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL,
	1000000000000ULL, 10000000000000ULL, 100000000000000ULL,
	1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL,
	1000000000000000000ULL, 10000000000000000000ULL
};

/* "00" to "99": two digits a division. */
static const char digit_pairs[] =
    "0001020304050607080910111213141516171819"
    "2021222324252627282930313233343536373839"
    "4041424344454647484950515253545556575859"
    "6061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* The digits go straight into the buffer, last first, once their count
 * is known: tag writes three numbers a token. */
void
out_ulong(unsigned long long v)
{
	size_t n = 1;
	char *p;

	while (n <= sizeof pow10 / sizeof pow10[0] && v >= pow10[n - 1])
		n++;
	if (n > OUT_BUFSIZE - outlen)
		out_flush();
	outlen += n;
	p = outbuf + outlen;
	for (; v >= 100; v /= 100) {
		p -= 2;
		memcpy(p, digit_pairs + v % 100 * 2, 2);
	}
	if (v >= 10)
		memcpy(p - 2, digit_pairs + v * 2, 2);
	else
		p[-1] = (char)('0' + v);
}

/* What each byte is escaped to in a field (\\ \t \n \r), or 0. */
static const char field_escape[256] = {
	['\\'] = '\\', ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r'
};

/* A field too long to escape in the buffer at once: its runs between
 * escapes are copied as they are. */
static void
out_long_field(const char *s, size_t n)
{
	size_t i, run = 0;
	char esc;

	for (i = 0; i < n; i++) {
		if ((esc = field_escape[(unsigned char)s[i]]) == 0)
			continue;
		out_bytes(s + run, i - run);
		out_char('\\');
		out_char(esc);
		run = i + 1;
	}
	out_bytes(s + run, n - run);
}

/* Escaped as it is copied, straight into the buffer, when its room for
 * the longest result (every byte escaped) is there: most fields are a
 * few bytes, and one pass beats a scan and then a call to copy them. */
void
out_field(const char *s, size_t n)
{
	const char *end = s + n;
	char esc, *d;

	if (n > OUT_BUFSIZE / 2) {
		out_long_field(s, n);
		return;
	}
	if (2 * n > OUT_BUFSIZE - outlen)
		out_flush();
	for (d = outbuf + outlen; s < end; s++) {
		if ((esc = field_escape[(unsigned char)*s]) == 0) {
			*d++ = *s;
		} else {
			*d++ = '\\';
			*d++ = esc;
		}
	}
	outlen = (size_t)(d - outbuf);
}

void
out_tab(void)
{
	out_char('\t');
}

void
out_endrec(void)
{
	out_char('\n');
}

void
out_header(const char *const *names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i)
			out_tab();
		out_field(names[i], strlen(names[i]));
	}
	out_endrec();
}

void
out_close(void)
{
	out_flush();
	if (close(STDOUT_FILENO) < 0 && errno != EBADF && errno != EINTR)
		die(EXIT_DATA, "write error: %s", strerror(errno));
}
