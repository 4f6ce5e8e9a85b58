#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#if defined(__linux__) && defined(__has_include)
#if __has_include(<sys/random.h>)
#include <sys/random.h>		/* getrandom: glibc 2.25, musl 1.1.20 */
#define HAVE_GETRANDOM 1
#endif
#endif

#include "hash.h"
#include "secret.h"

static struct secret run;
static int drawn;

static size_t
from_getrandom(unsigned char *p, size_t n)
{
	size_t got = 0;
#ifdef HAVE_GETRANDOM
	ssize_t r;

	/* GRND_NONBLOCK: early in boot, when the pool is not ready yet,
	 * /dev/urandom answers instead of this blocking. */
	while (got < n) {
		r = getrandom(p + got, n - got, GRND_NONBLOCK);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
#else
	(void)p;
	(void)n;
#endif
	return got;
}

static size_t
from_urandom(unsigned char *p, size_t n)
{
	size_t got = 0;
	ssize_t r;
	int fd;

	if ((fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)) < 0)
		return 0;
	while (got < n) {
		r = read(fd, p + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	return got;
}

/* The last resort: what differs between runs without a random source. */
static void
from_clock(unsigned char *p, size_t n)
{
	struct timespec ts = { 0, 0 };
	uint64_t h, c = 0;
	size_t i;
	int local;

	clock_gettime(CLOCK_REALTIME, &ts);
	h = mix64((uint64_t)ts.tv_sec ^ (uint64_t)ts.tv_nsec << 20);
	clock_gettime(CLOCK_MONOTONIC, &ts);
	h = mix64(h ^ (uint64_t)ts.tv_nsec ^ (uint64_t)ts.tv_sec << 32);
	h = mix64(h ^ (uint64_t)getpid());
	h = mix64(h ^ (uint64_t)(uintptr_t)&local);	/* stack, ASLR */
	h = mix64(h ^ (uint64_t)(uintptr_t)&run);	/* data, PIE */
	for (i = 0; i < n; i++) {
		if (i % 8 == 0)
			c = mix64(h + 0x9e3779b97f4a7c15ULL * (i / 8 + 1));
		p[i] ^= (unsigned char)(c >> (i % 8 * 8));
	}
}

int
secret_random(void *buf, size_t n)
{
	unsigned char *p = buf;

	memset(p, 0, n);
	if (from_getrandom(p, n) == n || from_urandom(p, n) == n)
		return 0;
	from_clock(p, n);
	return -1;
}

const struct secret *
secret_get(void)
{
	if (!drawn) {
		secret_random(&run, sizeof run);
		drawn = 1;
	}
	return &run;
}

void
secret_set(const struct secret *s)
{
	run = *s;
	drawn = 1;
}
