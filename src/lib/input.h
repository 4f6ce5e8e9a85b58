/*
 * input.h - opening inputs and reading them by line or whole.
 *
 * "-" names standard input.  Lines may be of any length; the LF is not
 * part of the line, a CR before it is kept (the caller decides what a CR
 * means).  A last line without LF is still a line.  A line longer than
 * LINE_MAX_BYTES is a data error: a stream's record is held whole, and
 * the limit bounds what one hostile line can make a filter allocate.
 */
#ifndef QUARRY_INPUT_H
#define QUARRY_INPUT_H

#include <stddef.h>

#include "buf.h"

#define LINE_MAX_BYTES ((size_t)256 << 20)

struct lines {
	int		 fd;
	const char	*name;		/* as given, for messages */
	unsigned long	 lineno;	/* of the line last returned */
	char		*buf;
	size_t		 cap, start, end;
	int		 eof;
	int		 filled;	/* the last read filled the room it had */
};

/* Opens path ("-" = stdin) for reading; -1 with errno set on failure. */
int input_open(const char *path);
/* Closes an fd from input_open (stdin is left open). */
void input_close(int fd);

void lines_init(struct lines *l, int fd, const char *name);
/*
 * Next line in *line (not NUL-terminated; valid until the next call) and
 * its length.  Returns 1, or 0 at end of input.  A read error or a line
 * over LINE_MAX_BYTES is fatal (exit 1, "name: error" or "name:line: line
 * longer than ...").
 */
int lines_next(struct lines *l, const char **line, size_t *len);
void lines_free(struct lines *l);

/*
 * Reads all of fd into b (appending).  Returns 0, or -1 with errno set:
 * EFBIG when fd holds more than max bytes (b then holds the first max of
 * them, the rest is unread).
 */
int read_all(int fd, struct buf *b, size_t max);

/*
 * All of the file path ("-" = stdin), NUL-terminated, in memory the
 * caller frees; its length in *len.  Failing to read it is fatal:
 * "path: error", exit 1.  For small whole files (test helpers, build
 * tools), not for streams.
 */
char *read_file(const char *path, size_t *len);

#endif
