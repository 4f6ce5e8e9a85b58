/*
 * harness.h - helpers the library's unit tests share: temporary files,
 * capturing what out.h writes, and running code that is meant to exit
 * (rec_fail, die) in a child process whose status and stderr we check.
 */
#ifndef QUARRY_TEST_HARNESS_H
#define QUARRY_TEST_HARNESS_H

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "input.h"
#include "out.h"

/* Writes n bytes to a new temporary file; returns its path (static,
 * overwritten by the next call).  The caller unlinks it. */
static __attribute__((unused)) const char *
tmpfile_with(const void *data, size_t n)
{
	static char path[64];
	const char *dir = getenv("TMPDIR");
	int fd;

	snprintf(path, sizeof path, "%s/quarry-unit-XXXXXX",
	    dir && strlen(dir) < 32 ? dir : "/tmp");
	if ((fd = mkstemp(path)) < 0) {
		perror("mkstemp");
		exit(99);
	}
	if (n > 0 && write(fd, data, n) != (ssize_t)n) {
		perror("write");
		exit(99);
	}
	close(fd);
	return path;
}

/* Runs fn(arg) with standard output sent to a temporary file and stores
 * what out.h wrote in *got. */
static __attribute__((unused)) void
capture_out(void (*fn)(void *), void *arg, struct buf *got)
{
	FILE *tmp = tmpfile();
	int saved;

	if (tmp == NULL) {
		perror("tmpfile");
		exit(99);
	}
	fflush(stdout);
	saved = dup(STDOUT_FILENO);
	dup2(fileno(tmp), STDOUT_FILENO);
	fn(arg);
	out_flush();
	dup2(saved, STDOUT_FILENO);
	close(saved);
	lseek(fileno(tmp), 0, SEEK_SET);
	buf_reset(got);
	read_all(fileno(tmp), got, SIZE_MAX);
	fclose(tmp);
}

/*
 * Runs fn(arg) in a child process.  Returns its exit status (a child
 * that returns from fn exits 99; one killed by a signal gives 128 + the
 * signal) and stores the first errsize - 1 bytes of its stderr in err.
 */
static __attribute__((unused)) int
run_child(void (*fn)(void *), void *arg, char *err, size_t errsize)
{
	int fds[2], status;
	size_t got = 0;
	ssize_t n;
	pid_t pid;

	fflush(stdout);
	if (pipe(fds) < 0 || (pid = fork()) < 0) {
		perror("fork");
		exit(99);
	}
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], STDERR_FILENO);
		close(fds[1]);
		fn(arg);
		_exit(99);
	}
	close(fds[1]);
	while ((n = read(fds[0], err + got, errsize - 1 - got)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		got += (size_t)n;
		if (got == errsize - 1) {	/* drain the rest */
			char sink[256];

			while (read(fds[0], sink, sizeof sink) > 0)
				;
			break;
		}
	}
	err[got] = '\0';
	close(fds[0]);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			perror("waitpid");
			exit(99);
		}
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return 128 + WTERMSIG(status);
}

#endif
