/*
 * shim.c - see shim.h: exit() that returns to the harness, allocations
 * that can be released after it did, and a capturable standard output.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "out.h"
#include "shim.h"

/* shim.h renamed these; here we want libc's. */
#undef exit
#undef malloc
#undef calloc
#undef realloc
#undef strdup
#undef free
/* shim.h came first, so stdlib.h and string.h declared fuzz_* in their
 * place; declare libc's. */
__attribute__((noreturn)) void exit(int status);
void *malloc(size_t n);
void *calloc(size_t nmemb, size_t size);
void *realloc(void *p, size_t n);
char *strdup(const char *s);
void free(void *p);
/* <sys/mman.h> declares it only under _GNU_SOURCE, which comes too late
 * here (shim.h is read before anything else) */
int memfd_create(const char *name, unsigned int flags);

jmp_buf *fuzz_exit_to;
int fuzz_exit_status;

/* Live allocations made inside FUZZ_TRY, disguised (XOR) so that the
 * table does not keep them reachable in LeakSanitizer's eyes. */
#define DISGUISE(p) ((uintptr_t)(p) ^ (uintptr_t)0xA5A5A5A5A5A5A5A5ULL)
static uintptr_t *live;
static size_t nlive, caplive;
static int tracking;

static void
track(void *p)
{
	if (!tracking || p == NULL)
		return;
	if (nlive == caplive) {
		caplive = caplive ? 2 * caplive : 1024;
		live = realloc(live, caplive * sizeof *live);
		if (live == NULL)
			abort();
	}
	live[nlive++] = DISGUISE(p);
}

static void
untrack(void *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = nlive; i-- > 0;)
		if (live[i] == DISGUISE(p)) {
			live[i] = live[--nlive];
			return;
		}
}

void *
fuzz_malloc(size_t n)
{
	void *p = malloc(n);

	track(p);
	return p;
}

void *
fuzz_calloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb, size);

	track(p);
	return p;
}

void *
fuzz_realloc(void *p, size_t n)
{
	void *q = realloc(p, n);

	if (q != NULL) {
		untrack(p);
		track(q);
	}
	return q;
}

char *
fuzz_strdup(const char *s)
{
	char *p = strdup(s);

	track(p);
	return p;
}

void
fuzz_free(void *p)
{
	untrack(p);
	free(p);
}

void
fuzz_exit(int status)
{
	if (fuzz_exit_to == NULL)
		exit(status);
	fuzz_exit_status = status;
	longjmp(*fuzz_exit_to, 1);
}

int
fuzz_try_begin(void)
{
	nlive = 0;
	tracking = 1;
	fuzz_exit_status = 0;
	return 0;
}

void
fuzz_try_end(int exited)
{
	/* After an exit: everything the abandoned call allocated and had not
	 * freed.  Otherwise what is left is a cache or a leak, not ours. */
	while (exited && nlive > 0)
		free((void *)DISGUISE(live[--nlive]));
	nlive = 0;
	tracking = 0;
}

static int captured = -1;
static char *taken;
static size_t takencap;

void
fuzz_capture_stdout(void)
{
	int fd;

	if (captured >= 0)
		return;
	if ((fd = memfd_create("fuzz-stdout", 0)) < 0 ||
	    dup2(fd, STDOUT_FILENO) < 0)
		abort();
	close(fd);
	captured = STDOUT_FILENO;
}

const char *
fuzz_take_stdout(size_t *len)
{
	off_t end;
	ssize_t got;

	out_flush();
	end = lseek(STDOUT_FILENO, 0, SEEK_CUR);
	if (end < 0)
		abort();
	if ((size_t)end + 1 > takencap) {
		takencap = (size_t)end + 1;
		taken = realloc(taken, takencap);
		if (taken == NULL)
			abort();
	}
	got = pread(STDOUT_FILENO, taken, (size_t)end, 0);
	if (got != end || ftruncate(STDOUT_FILENO, 0) < 0 ||
	    lseek(STDOUT_FILENO, 0, SEEK_SET) < 0)
		abort();
	taken[end] = '\0';
	*len = (size_t)end;
	return taken;
}
