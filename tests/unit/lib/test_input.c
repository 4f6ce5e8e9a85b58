/* input: lines of any length, CR kept, a last line without LF. */
#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "harness.h"
#include "input.h"
#include "tap.h"

static int
line_is(const char *line, size_t len, const char *want)
{
	return len == strlen(want) && memcmp(line, want, len) == 0;
}

static void
test_lines(void)
{
	static const char text[] = "one\r\n\ntwo\nlast";
	const char *path = tmpfile_with(text, sizeof text - 1);
	struct lines l;
	const char *line;
	size_t len;
	int fd = input_open(path);

	lines_init(&l, fd, path);
	ok(lines_next(&l, &line, &len) && line_is(line, len, "one\r"),
	    "a CR before the LF is kept for the caller");
	ok(lines_next(&l, &line, &len) && len == 0 && l.lineno == 2,
	    "an empty line, line 2");
	ok(lines_next(&l, &line, &len) && line_is(line, len, "two"),
	    "third line");
	ok(lines_next(&l, &line, &len) && line_is(line, len, "last"),
	    "a last line without LF is a line");
	ok(!lines_next(&l, &line, &len) && l.lineno == 4,
	    "then the end, after 4 lines");
	lines_free(&l);
	input_close(fd);
	unlink(path);
}

static void
test_empty(void)
{
	const char *path = tmpfile_with("", 0);
	struct lines l;
	const char *line;
	size_t len;
	int fd = input_open(path);

	lines_init(&l, fd, path);
	ok(!lines_next(&l, &line, &len) && l.lineno == 0,
	    "an empty file has no lines");
	lines_free(&l);
	input_close(fd);
	unlink(path);
}

/* Lines around and far beyond the 64 KiB read size come back whole. */
static void
test_long_lines(void)
{
	static const size_t sizes[] = { 1, 65535, 65536, 65537, 300000, 3,
	    1000000, 0, 131072 };
	const size_t nsizes = sizeof sizes / sizeof *sizes;
	struct buf in = BUF_INIT;
	struct lines l;
	const char *line, *path;
	size_t i, j, len, bad = 0;
	int fd;

	for (i = 0; i < nsizes; i++) {
		for (j = 0; j < sizes[i]; j++)
			buf_addc(&in, 'a' + (int)((i + j) % 26));
		buf_addc(&in, '\n');
	}
	path = tmpfile_with(in.data, in.len);
	fd = input_open(path);
	lines_init(&l, fd, path);
	for (i = 0; i < nsizes; i++) {
		if (!lines_next(&l, &line, &len) || len != sizes[i]) {
			bad++;
			continue;
		}
		for (j = 0; j < len; j++)
			if (line[j] != 'a' + (int)((i + j) % 26)) {
				bad++;
				break;
			}
	}
	ok(bad == 0, "lines of 0 B to 1 MB come back whole (%zu bad)", bad);
	ok(!lines_next(&l, &line, &len), "and no extra line");
	lines_free(&l);
	input_close(fd);
	unlink(path);
	buf_free(&in);
}

static void
test_read_all(void)
{
	struct buf b = BUF_INIT;
	const char *path = tmpfile_with("abc\0def", 7);
	int fd = input_open(path);

	buf_adds(&b, ">");
	ok(read_all(fd, &b, SIZE_MAX) == 0 && b.len == 8 &&
	    memcmp(b.data, ">abc\0def", 8) == 0 && b.data[8] == '\0',
	    "read_all appends every byte, NUL included, and terminates");
	input_close(fd);
	unlink(path);
	buf_free(&b);
	ok(input_open("/nonexistent/quarry") < 0 && errno == ENOENT,
	    "input_open of a missing file: -1, ENOENT");
	ok(input_open("-") == STDIN_FILENO, "\"-\" is standard input");
}

/* --max-doc in segment rests on this: over max bytes is EFBIG, with the
 * first max bytes kept; exactly max is no error. */
static void
test_read_all_max(void)
{
	struct buf b = BUF_INIT;
	const char *path = tmpfile_with("0123456789", 10);
	int fd = input_open(path);

	errno = 0;
	ok(read_all(fd, &b, 4) < 0 && errno == EFBIG && b.len == 4 &&
	    memcmp(b.data, "0123", 4) == 0 && b.data[4] == '\0',
	    "read_all over max: -1, EFBIG, the first max bytes kept");
	input_close(fd);
	buf_reset(&b);
	fd = input_open(path);
	ok(read_all(fd, &b, 10) == 0 && b.len == 10,
	    "read_all of exactly max bytes is no error");
	input_close(fd);
	unlink(path);
	buf_free(&b);
}

int
main(void)
{
	test_lines();
	test_empty();
	test_long_lines();
	test_read_all();
	test_read_all_max();
	return tap_done();
}
