/* See spool.h. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "spool.h"
#include "util.h"

void
spool_stdin(void)
{
	const char *dir = getenv("TMPDIR");
	struct buf path = BUF_INIT;
	char chunk[65536];
	ssize_t n, w, off;
	int fd;

	buf_adds(&path, dir && *dir ? dir : "/tmp");
	buf_adds(&path, "/quarry.XXXXXX");
	if ((fd = mkstemp(path.data)) < 0)
		die(EXIT_DATA, "%s: %s", path.data, strerror(errno));
	unlink(path.data);
	for (;;) {
		n = read(STDIN_FILENO, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			die(EXIT_DATA, "-: %s", strerror(errno));
		if (n == 0)
			break;
		for (off = 0; off < n; off += w)
			if ((w = write(fd, chunk + off, (size_t)(n - off))) < 0)
				die(EXIT_DATA, "%s: %s", path.data,
				    strerror(errno));
	}
	if (lseek(fd, 0, SEEK_SET) < 0 || dup2(fd, STDIN_FILENO) < 0)
		die(EXIT_DATA, "%s: %s", path.data, strerror(errno));
	close(fd);
	buf_free(&path);
}

void
rewind_stdin(void)
{
	if (lseek(STDIN_FILENO, 0, SEEK_SET) < 0)
		die(EXIT_DATA, "-: %s", strerror(errno));
}
