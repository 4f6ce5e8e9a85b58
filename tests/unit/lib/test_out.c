/*
 * out: buffered, checked writes.  A reader that went away ends the
 * program quietly with 0; any other write error is fatal, exit 1.
 */
#include <fcntl.h>
#include <string.h>

#include "harness.h"
#include "out.h"
#include "tap.h"
#include "util.h"

static void
write_numbers(void *arg)
{
	(void)arg;
	out_ulong(0);
	out_char(' ');
	out_ulong(18446744073709551615ULL);
	out_tab();
	out_str("x");
	out_endrec();
}

/* More than the 64 KiB buffer, in pieces big and small. */
static void
write_lots(void *arg)
{
	static char big[200000];
	size_t i;

	(void)arg;
	memset(big, 'b', sizeof big);
	for (i = 0; i < 100000; i++)
		out_char('c');
	out_bytes(big, sizeof big);
	out_str("end");
}

static void
test_writes(void)
{
	struct buf got = BUF_INIT;
	size_t i, bad = 0;

	capture_out(write_numbers, NULL, &got);
	ok(got.len == 25 && memcmp(got.data, "0 18446744073709551615\tx\n",
	    25) == 0, "out_ulong, out_char, out_tab, out_str, out_endrec");
	capture_out(write_lots, NULL, &got);
	for (i = 0; i < 300003 && i < got.len; i++)
		if (got.data[i] != (i < 100000 ? 'c' : i < 300000 ? 'b' :
		    "end"[i - 300000]))
			bad++;
	ok(got.len == 300003 && bad == 0,
	    "writes beyond the buffer size arrive in order");
	buf_free(&got);
}

/* Records put together in place, 300 of up to OUT_ROOM_MAX bytes each,
 * with out_char and out_bytes between them: past the buffer's end many
 * times over. */
static void
write_in_place(void *arg)
{
	size_t i, j, n;
	char *d;

	(void)arg;
	for (i = 0; i < 300; i++) {
		n = i % 3 == 0 ? OUT_ROOM_MAX : i * 37 % 5000;
		d = out_room(n);
		for (j = 0; j < n; j++)
			*d++ = (char)('a' + (i + j) % 26);
		out_wrote(d);
		out_char('\n');
		out_bytes("end", 3);
	}
}

static void
test_in_place(void)
{
	struct buf got = BUF_INIT, want = BUF_INIT;
	size_t i, j, n;

	for (i = 0; i < 300; i++) {
		n = i % 3 == 0 ? OUT_ROOM_MAX : i * 37 % 5000;
		for (j = 0; j < n; j++)
			buf_addc(&want, 'a' + (int)((i + j) % 26));
		buf_adds(&want, "\nend");
	}
	capture_out(write_in_place, NULL, &got);
	ok(got.len == want.len && memcmp(got.data, want.data, got.len) == 0,
	    "out_room and out_wrote: records written in place arrive whole "
	    "and in order");
	buf_free(&got);
	buf_free(&want);
}

/* Writes to a pipe whose reader has gone, then says it survived. */
static void
write_to_closed_pipe(void *arg)
{
	int fds[2];
	size_t i;

	(void)arg;
	if (pipe(fds) < 0)
		_exit(98);
	close(fds[0]);
	dup2(fds[1], STDOUT_FILENO);
	close(fds[1]);
	for (i = 0; i < 100000; i++)
		out_str("line\n");
	out_close();
	fputs("still running\n", stderr);
	exit(7);
}

static void
write_to_full(void *arg)
{
	int fd = open("/dev/full", O_WRONLY);
	size_t i;

	(void)arg;
	if (fd < 0)
		_exit(98);
	dup2(fd, STDOUT_FILENO);
	close(fd);
	for (i = 0; i < 10; i++)
		out_str("line\n");
	out_close();	/* the first real write is here */
	exit(0);
}

static void
test_errors(void)
{
	char err[256];
	int status;

	status = run_child(write_to_closed_pipe, NULL, err, sizeof err);
	ok(status == 0 && err[0] == '\0',
	    "EPIPE ends the program quietly with status 0 (got %d)", status);
	if (access("/dev/full", W_OK) != 0) {
		ok(1, "a full disk is fatal # skip /dev/full is absent");
		return;
	}
	status = run_child(write_to_full, NULL, err, sizeof err);
	ok(status == 1 && strcmp(err, "unit: write error: No space left on "
	    "device\n") == 0, "a full disk is fatal: exit 1 with a message");
}

int
main(void)
{
	setprogname("unit");
	test_writes();
	test_in_place();
	test_errors();
	return tap_done();
}
