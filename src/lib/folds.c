#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "folds.h"
#include "util.h"

void
folds_reset(struct folds *f)
{
	f->n = 0;
}

void
folds_free(struct folds *f)
{
	free(f->at);
	free(f->shift);
	f->at = NULL;
	f->shift = NULL;
	f->n = f->cap = 0;
}

void
folds_add(struct folds *f, size_t at, long delta)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 16;
		f->at = ereallocarray(f->at, f->cap, sizeof *f->at);
		f->shift = ereallocarray(f->shift, f->cap, sizeof *f->shift);
	}
	f->at[f->n] = at;
	f->shift[f->n] = delta + (f->n ? f->shift[f->n - 1] : 0);
	f->n++;
}

static int
parse_num(const char **p, const char *end, long *v)
{
	int neg = 0, digits = 0;
	long n = 0;

	if (*p < end && **p == '-') {
		neg = 1;
		(*p)++;
	}
	while (*p < end && **p >= '0' && **p <= '9') {
		if (n > (long)((unsigned long)-1 >> 2) / 10)
			return -1;
		n = n * 10 + (**p - '0');
		(*p)++;
		digits++;
	}
	if (!digits)
		return -1;
	*v = neg ? -n : n;
	return 0;
}

int
folds_parse(struct folds *f, const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	long at, delta, sum;

	folds_reset(f);
	while (p < end) {
		if (parse_num(&p, end, &at) < 0 || at < 0 || p == end ||
		    *p++ != ':' || parse_num(&p, end, &delta) < 0)
			return -1;
		if (f->n > 0 && (size_t)at <= f->at[f->n - 1])
			return -1;
		/* the running sum must stay a long (a hostile field could
		 * overflow it) */
		sum = f->n > 0 ? f->shift[f->n - 1] : 0;
		if ((delta > 0 && sum > LONG_MAX - delta) ||
		    (delta < 0 && sum < LONG_MIN - delta))
			return -1;
		folds_add(f, (size_t)at, delta);
		if (p < end && *p++ != ',')
			return -1;
	}
	return 0;
}

void
folds_format(const struct folds *f, struct buf *out)
{
	char tmp[48];
	long prev = 0;
	size_t i;
	int n;

	for (i = 0; i < f->n; i++) {
		n = snprintf(tmp, sizeof tmp, "%s%zu:%ld", i ? "," : "",
		    f->at[i], f->shift[i] - prev);
		buf_add(out, tmp, (size_t)n);
		prev = f->shift[i];
	}
}

size_t
folds_map_entries(const struct folds *f, size_t t)
{
	size_t lo = 0, hi = f->n, mid;

	/* the number of entries with at < t */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (f->at[mid] < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* In size_t arithmetic, which wraps where a long would overflow: the
	 * result is right whenever the true offset is representable. */
	return lo ? t + (size_t)f->shift[lo - 1] : t;
}
