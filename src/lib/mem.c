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

int
mem_one_edit(const char *a, size_t an, const char *b, size_t bn,
    size_t *pre, size_t *post)
{
	size_t p = 0, q = 0, da, db;

	while (p < an && p < bn && a[p] == b[p])
		p++;
	while (q < an - p && q < bn - p && a[an - 1 - q] == b[bn - 1 - q])
		q++;
	da = an - p - q;
	db = bn - p - q;
	*pre = p;
	*post = q;
	return (da == 1 && db <= 1) || (da == 0 && db == 1) || (da == 2 &&
	    db == 2 && a[p] == b[p + 1] && a[p + 1] == b[p]);
}
