#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input.h"
#include "util.h"

#define READ_CHUNK ((size_t)64 * 1024)
/* The first line buffer of a reader: small, since most streams in tests
 * and fuzzing are small, and a buffer above ASan's largest size class
 * costs an mmap and munmap per reader.  It doubles up to 2 * READ_CHUNK
 * as the input turns out larger. */
#define FIRST_BUF ((size_t)4 * 1024)

int
input_open(const char *path)
{
	if (strcmp(path, "-") == 0)
		return STDIN_FILENO;
	return open(path, O_RDONLY | O_CLOEXEC);
}

void
input_close(int fd)
{
	if (fd != STDIN_FILENO && fd >= 0)
		close(fd);
}

void
lines_init(struct lines *l, int fd, const char *name)
{
	memset(l, 0, sizeof *l);
	l->fd = fd;
	l->name = name;
}

/*
 * Makes room for more bytes after l->end: at least READ_CHUNK, or half
 * the buffer while it is smaller than 2 * READ_CHUNK.  A buffer smaller
 * than that doubles whenever the last read filled it: the input is
 * larger (else every read would be of 4 KiB or less, a system call each,
 * over the whole stream).
 */
static void
lines_make_room(struct lines *l)
{
	size_t want;

	if (l->start > 0 && l->start == l->end) {
		l->start = l->end = 0;
	} else if (l->start > l->cap / 2) {
		memmove(l->buf, l->buf + l->start, l->end - l->start);
		l->end -= l->start;
		l->start = 0;
	}
	want = l->cap / 2 < READ_CHUNK ? l->cap / 2 : READ_CHUNK;
	if (l->cap == 0 || l->cap - l->end < want ||
	    (l->filled && l->cap < 2 * READ_CHUNK)) {
		l->cap = l->cap ? l->cap * 2 : FIRST_BUF;
		l->buf = erealloc(l->buf, l->cap);
	}
}

static noreturn void
line_too_long(const struct lines *l)
{
	die(EXIT_DATA, "%s:%lu: line longer than %zu bytes (the limit, see "
	    "quarry(7))", l->name, l->lineno + 1, LINE_MAX_BYTES);
}

int
lines_next(struct lines *l, const char **line, size_t *len)
{
	char *nl;
	size_t scanned = 0;
	ssize_t n;

	for (;;) {
		/* memchr on the NULL buffer of a fresh reader is undefined,
		 * even for 0 bytes; look only when there is something. */
		nl = l->end - l->start > scanned ?
		    memchr(l->buf + l->start + scanned, '\n',
		    l->end - l->start - scanned) : NULL;
		if (nl != NULL) {
			*line = l->buf + l->start;
			*len = (size_t)(nl - *line);
			if (*len > LINE_MAX_BYTES)
				line_too_long(l);
			l->start += *len + 1;
			l->lineno++;
			return 1;
		}
		if (l->eof) {
			if (l->start == l->end)
				return 0;
			*line = l->buf + l->start;
			*len = l->end - l->start;
			l->start = l->end;
			l->lineno++;
			return 1;
		}
		scanned = l->end - l->start;
		if (scanned > LINE_MAX_BYTES)
			line_too_long(l);
		lines_make_room(l);
		do
			n = read(l->fd, l->buf + l->end, l->cap - l->end);
		while (n < 0 && errno == EINTR);
		if (n < 0)
			die(EXIT_DATA, "%s: %s", l->name, strerror(errno));
		if (n == 0)
			l->eof = 1;
		l->filled = (size_t)n == l->cap - l->end;
		l->end += (size_t)n;
	}
}

void
lines_free(struct lines *l)
{
	free(l->buf);
	l->buf = NULL;
	l->cap = l->start = l->end = 0;
}

int
read_all(int fd, struct buf *b, size_t max)
{
	size_t start = b->len;
	ssize_t n;

	for (;;) {
		if (b->len - start > max) {
			b->len = start + max;	/* keep the first max bytes */
			b->data[b->len] = '\0';
			errno = EFBIG;
			return -1;
		}
		buf_reserve(b, READ_CHUNK);
		n = read(fd, b->data + b->len, READ_CHUNK);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0)
			break;
		b->len += (size_t)n;
	}
	b->data[b->len] = '\0';
	return 0;
}

char *
read_file(const char *path, size_t *len)
{
	struct buf b = BUF_INIT;
	int fd;

	if ((fd = input_open(path)) < 0 || read_all(fd, &b, SIZE_MAX) < 0)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	input_close(fd);
	*len = b.len;
	return b.data;
}
