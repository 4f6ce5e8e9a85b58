#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input.h"
#include "util.h"

#define READ_CHUNK ((size_t)64 * 1024)

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

/* Makes room for at least READ_CHUNK more bytes after l->end. */
static void
lines_make_room(struct lines *l)
{
	if (l->start > 0 && l->start == l->end) {
		l->start = l->end = 0;
	} else if (l->start > l->cap / 2) {
		memmove(l->buf, l->buf + l->start, l->end - l->start);
		l->end -= l->start;
		l->start = 0;
	}
	if (l->cap - l->end < READ_CHUNK) {
		l->cap = l->cap ? l->cap * 2 : 2 * READ_CHUNK;
		l->buf = erealloc(l->buf, l->cap);
	}
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
		lines_make_room(l);
		do
			n = read(l->fd, l->buf + l->end, l->cap - l->end);
		while (n < 0 && errno == EINTR);
		if (n < 0)
			die(EXIT_DATA, "%s: %s", l->name, strerror(errno));
		if (n == 0)
			l->eof = 1;
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
read_all(int fd, struct buf *b)
{
	ssize_t n;

	for (;;) {
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
