/*
 * stdin.h - for harnesses whose code under test reads a file: the input
 * becomes standard input (a memory file), so the reader opens "-" and an
 * abandoned reader leaks no descriptor.
 */
#ifndef QUARRY_FUZZ_STDIN_H
#define QUARRY_FUZZ_STDIN_H

#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

int memfd_create(const char *name, unsigned int flags);	/* see shim.c */

static void
fuzz_set_stdin(const uint8_t *data, size_t size)
{
	static int fd = -1;

	if (fd < 0 && (fd = memfd_create("fuzz-stdin", 0)) < 0)
		abort();
	if (ftruncate(fd, 0) < 0 ||
	    pwrite(fd, data, size, 0) != (ssize_t)size ||
	    dup2(fd, STDIN_FILENO) < 0 || lseek(fd, 0, SEEK_SET) < 0)
		abort();
}

#endif
