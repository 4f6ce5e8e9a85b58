/*
 * namedate.c - the date in a document's name, the article's date when
 * its text gives none.  Archives file pages under their day
 * ("chronam-1916/pages/19160603/sn83045487-ed-1_seq-2.txt": the inner
 * pages of a newspaper print no date) and news sites put it in their
 * addresses ("https://example.com/2019/01/04/storm-hits/").  A run of
 * eight digits (YYYYMMDD), or a year, month and day between one kind of
 * separator (2019-01-04, 2019_01_04, 2019/01/04, 2019.1.4), with no
 * digit on either side, is a date when the day is one of that month in a
 * year from 1600 to 2199; of several, the last (the nearest the file
 * itself) wins.
 */
#include <stddef.h>
#include <stdio.h>

#include "calendar.h"
#include "segment.h"

/* The value of the digits s[i, i + len). */
static int
digits_value(const char *s, size_t i, size_t len)
{
	int v = 0;

	while (len-- > 0)
		v = v * 10 + (s[i++] - '0');
	return v;
}

/* A real day of a year that a name may date (not a serial number). */
static int
dated(int y, int m, int d)
{
	return y >= 1600 && y <= 2199 && date_valid(y, m, d);
}

/*
 * The date starting at s[i] (a digit after a non-digit), into *y, *m, *d;
 * returns the bytes it takes, or 0.
 */
static size_t
date_at(const char *s, size_t n, size_t i, int *y, int *m, int *d)
{
	size_t run = digit_run(s, n, i), ml, dl, j;
	char sep;

	if (run == 8) {
		*y = digits_value(s, i, 4);
		*m = digits_value(s, i + 4, 2);
		*d = digits_value(s, i + 6, 2);
		return dated(*y, *m, *d) ? 8 : 0;
	}
	if (run != 4 || i + 4 >= n)
		return 0;
	sep = s[i + 4];
	if (sep != '-' && sep != '_' && sep != '/' && sep != '.')
		return 0;
	j = i + 5;
	if ((ml = digit_run(s, n, j)) < 1 || ml > 2 || j + ml >= n ||
	    s[j + ml] != sep)
		return 0;
	*m = digits_value(s, j, ml);
	j += ml + 1;
	if ((dl = digit_run(s, n, j)) < 1 || dl > 2)
		return 0;
	*d = digits_value(s, j, dl);
	*y = digits_value(s, i, 4);
	return dated(*y, *m, *d) ? j + dl - i : 0;
}

int
name_date(const char *s, size_t n, struct buf *out)
{
	size_t i, len;
	int y, m, d, found = 0, fy = 0, fm = 0, fd = 0;
	char iso[36];	/* (room for any ints: date_valid checked them) */

	for (i = 0; i < n; i++) {
		if (!is_digit(s[i]) || (i > 0 && is_digit(s[i - 1])))
			continue;
		if ((len = date_at(s, n, i, &y, &m, &d)) > 0) {
			found = 1;
			fy = y;
			fm = m;
			fd = d;
			i += len - 1;
		}
	}
	if (!found)
		return 0;
	(void)snprintf(iso, sizeof iso, "%04d-%02d-%02d", fy, fm, fd);
	buf_add(out, iso, 10);
	return 1;
}
