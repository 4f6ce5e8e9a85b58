#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fmt.h"
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

char *
out_room(size_t n)
{
	if (n > OUT_BUFSIZE - outlen)
		out_flush();
	return outbuf + outlen;
}

void
out_wrote(const char *end)
{
	outlen = (size_t)(end - outbuf);
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

void
out_ulong(unsigned long long v)
{
	if (FMT_ULONG_MAX > OUT_BUFSIZE - outlen)
		out_flush();
	outlen = (size_t)(fmt_ulong(outbuf + outlen, v) - outbuf);
}

/* A field too long to escape in the buffer at once: its runs between
 * escapes are copied as they are. */
static void
out_long_field(const char *s, size_t n)
{
	size_t i, run = 0;
	char esc;

	for (i = 0; i < n; i++) {
		if ((esc = fmt_field_escape[(unsigned char)s[i]]) == 0)
			continue;
		out_bytes(s + run, i - run);
		out_char('\\');
		out_char(esc);
		run = i + 1;
	}
	out_bytes(s + run, n - run);
}

/* Escaped straight into the buffer when there is room for the longest
 * result (every byte escaped), as for almost every field. */
void
out_field(const char *s, size_t n)
{
	if (n > OUT_BUFSIZE / 2) {
		out_long_field(s, n);
		return;
	}
	if (2 * n > OUT_BUFSIZE - outlen)
		out_flush();
	outlen = (size_t)(fmt_field(outbuf + outlen, s, n) - outbuf);
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
