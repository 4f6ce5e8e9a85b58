#include <string.h>

#include "mem.h"

int
mem_contains(const char *s, size_t n, const char *w, size_t wn)
{
	const char *p = s, *end = s + n;

	while (wn > 0 && (size_t)(end - p) >= wn &&
	    (p = memchr(p, w[0], (size_t)(end - p) - wn + 1)) != NULL) {
		if (memcmp(p, w, wn) == 0)
			return 1;
		p++;
	}
	return wn == 0;
}
