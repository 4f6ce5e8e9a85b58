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

int
mem_among(const char *s, size_t n, const char *const *list, size_t count)
{
	size_t k;

	for (k = 0; k < count; k++)
		if (strlen(list[k]) == n && memcmp(list[k], s, n) == 0)
			return 1;
	return 0;
}
