/*
 * cellsmatch: a test helper that checks a CSV table against the xlsx a
 * spreadsheet engine made of it (its parts unpacked by unzip -p).
 *
 *   cellsmatch CSV SHEET.xml [SHAREDSTRINGS.xml]
 *
 * Every non-empty cell of CSV (read with libcsv, a BOM skipped) must be
 * in the sheet at its place: a text cell equal to it (the formula guard's
 * leading ' before = + - @ is gone in a spreadsheet), or a number that
 * was a number in the CSV (the same value; commas as thousands
 * separators allowed) or a date or time (digits, spaces and , . / : $ -
 * around at most one month name, then am/pm).  No cell of the sheet may
 * hold a formula or a formula's result.  Prints "cells N typed M";
 * exits 1 at the first difference.
 */
#include <csv.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "util.h"

struct cell {
	long row, col;
	char *text;
	int number;	/* the sheet's cells: a number, not text */
};

static struct cell *csv, *sheet;
static size_t ncsv, nsheet;
static char **shared;
static size_t nshared;
static long row, col;

static void
add(struct cell **v, size_t *n, long r, long c, char *text, int number)
{
	*v = erealloc(*v, (*n + 1) * sizeof **v);
	(*v)[*n].row = r;
	(*v)[*n].col = c;
	(*v)[*n].text = text;
	(*v)[(*n)++].number = number;
}

static void
csv_cell(void *s, size_t n, void *data)
{
	char *t = erealloc(NULL, n + 1);

	(void)data;
	memcpy(t, s ? s : "", n);
	t[n] = '\0';
	add(&csv, &ncsv, row, col++, t, 0);
}

static void
csv_row(int c, void *data)
{
	(void)c;
	(void)data;
	row++;
	col = 0;
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* The character data of s[0..n), entities decoded, line ends as LF. */
static char *
xml_text(const char *s, size_t n)
{
	char *out = erealloc(NULL, n + 1), *o = out, *end;
	size_t i = 0;
	unsigned long cp;

	while (i < n) {
		if (s[i] == '\r') {
			*o++ = '\n';
			i += i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
		} else if (s[i] != '&') {
			*o++ = s[i++];
		} else if (strncmp(s + i, "&lt;", 4) == 0) {
			*o++ = '<'; i += 4;
		} else if (strncmp(s + i, "&gt;", 4) == 0) {
			*o++ = '>'; i += 4;
		} else if (strncmp(s + i, "&amp;", 5) == 0) {
			*o++ = '&'; i += 5;
		} else if (strncmp(s + i, "&quot;", 6) == 0) {
			*o++ = '"'; i += 6;
		} else if (strncmp(s + i, "&apos;", 6) == 0) {
			*o++ = '\''; i += 6;
		} else if (s[i + 1] == '#') {
			cp = s[i + 2] == 'x' ? strtoul(s + i + 3, &end, 16) :
			    strtoul(s + i + 2, &end, 10);
			if (*end != ';' || cp > 0x10FFFF)
				die(EXIT_DATA, "bad character reference");
			i = (size_t)(end - s) + 1;
			if (cp < 0x80) {
				*o++ = (char)cp;
			} else if (cp < 0x800) {
				*o++ = (char)(0xC0 | cp >> 6);
				*o++ = (char)(0x80 | (cp & 0x3F));
			} else if (cp < 0x10000) {
				*o++ = (char)(0xE0 | cp >> 12);
				*o++ = (char)(0x80 | (cp >> 6 & 0x3F));
				*o++ = (char)(0x80 | (cp & 0x3F));
			} else {
				*o++ = (char)(0xF0 | cp >> 18);
				*o++ = (char)(0x80 | (cp >> 12 & 0x3F));
				*o++ = (char)(0x80 | (cp >> 6 & 0x3F));
				*o++ = (char)(0x80 | (cp & 0x3F));
			}
		} else {
			die(EXIT_DATA, "unknown entity");
		}
	}
	*o = '\0';
	return out;
}

/* Where in s[0..n) the element NAME starts ("<NAME>", "<NAME " or
 * "<NAME/>"), or NULL. */
static const char *
element(const char *s, const char *end, const char *name)
{
	size_t k = strlen(name);

	for (; (s = memchr(s, '<', (size_t)(end - s))) != NULL; s++)
		if (end - s > (long)k + 1 && strncmp(s + 1, name, k) == 0 &&
		    strchr(" >/", s[k + 1]) != NULL)
			return s;
	return NULL;
}

/* The text of every <t> element in s..end, joined. */
static char *
all_t(const char *s, const char *end)
{
	char *out = erealloc(NULL, 1), *t;
	const char *b, *e;
	size_t n = 0, k;

	*out = '\0';
	while ((s = element(s, end, "t")) != NULL) {
		if ((b = strchr(s, '>')) == NULL || b >= end)
			die(EXIT_DATA, "bad <t>");
		if (b[-1] == '/') {	/* <t/> */
			s = b;
			continue;
		}
		if ((e = strstr(++b, "</t>")) == NULL || e > end)
			die(EXIT_DATA, "unclosed <t>");
		t = xml_text(b, (size_t)(e - b));
		k = strlen(t);
		out = erealloc(out, n + k + 1);
		memcpy(out + n, t, k + 1);
		n += k;
		free(t);
		s = e;
	}
	return out;
}

/* The value of attribute NAME in the start tag s..end, or NULL. */
static char *
attr(const char *s, const char *end, const char *name)
{
	char key[16];
	const char *v, *q;

	snprintf(key, sizeof key, " %s=\"", name);
	if ((v = strstr(s, key)) == NULL || v > end)
		return NULL;
	v += strlen(key);
	if ((q = strchr(v, '"')) == NULL || q > end)
		die(EXIT_DATA, "bad attribute");
	return xml_text(v, (size_t)(q - v));
}

static void
read_sheet(const char *path)
{
	size_t n;
	char *x = read_file(path, &n), *end = x + n, *ref, *type, *p;
	const char *s = x, *tag, *close, *v;
	long r, c;

	while ((s = element(s, end, "c")) != NULL) {
		if ((tag = strchr(s, '>')) == NULL)
			die(EXIT_DATA, "%s: bad <c>", path);
		close = tag[-1] == '/' ? tag : strstr(tag, "</c>");
		if (close == NULL)
			die(EXIT_DATA, "%s: unclosed <c>", path);
		if ((ref = attr(s, tag, "r")) == NULL)
			die(EXIT_DATA, "%s: a cell without r", path);
		for (c = 0, p = ref; *p >= 'A' && *p <= 'Z'; p++)
			c = c * 26 + (*p - 'A' + 1);
		r = strtol(p, NULL, 10) - 1;
		if (element(tag, close, "f") != NULL)
			die(EXIT_DATA, "formula in %s", ref);
		type = attr(s, tag, "t");
		v = element(tag, close, "v");
		if (type != NULL && strcmp(type, "inlineStr") == 0) {
			add(&sheet, &nsheet, r, c - 1, all_t(tag, close), 0);
		} else if (type != NULL && strcmp(type, "str") == 0) {
			die(EXIT_DATA, "formula result in %s", ref);
		} else if (v == NULL || (v = strchr(v, '>')) == NULL || v[-1] == '/') {
			die(EXIT_DATA, "%s: no value in %s", path, ref);
		} else if (type != NULL && strcmp(type, "s") == 0) {
			n = strtoul(v + 1, NULL, 10);
			if (n >= nshared)
				die(EXIT_DATA, "%s: no shared string %zu", path, n);
			add(&sheet, &nsheet, r, c - 1, strdup(shared[n]), 0);
		} else {
			add(&sheet, &nsheet, r, c - 1,
			    xml_text(v + 1, strcspn(v + 1, "<")), 1);
		}
		free(ref);
		free(type);
		s = close;
	}
	free(x);
}

static int
byplace(const void *a, const void *b)
{
	const struct cell *x = a, *y = b;

	if (x->row != y->row)
		return x->row < y->row ? -1 : 1;
	return x->col < y->col ? -1 : x->col > y->col;
}

static const struct cell *
find(long r, long c)
{
	struct cell key = { r, c, NULL, 0 };

	return bsearch(&key, sheet, nsheet, sizeof *sheet, byplace);
}

int
main(int argc, char **argv)
{
	struct csv_parser p;
	regex_t plain, datelike;
	const struct cell *got;
	size_t n, i, cells = 0, typed = 0, off;
	char *b, *shown, *nocomma, *q;
	const char *s, *end, *e;

	setprogname(argv[0]);
	if (argc != 3 && argc != 4) {
		fputs("usage: cellsmatch CSV SHEET.xml [SHAREDSTRINGS.xml]\n", stderr);
		return 2;
	}
	b = read_file(argv[1], &n);
	off = n >= 3 && memcmp(b, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		die(EXIT_DATA, "out of memory");
	csv_set_space_func(&p, no_space);
	if (csv_parse(&p, b + off, n - off, csv_cell, csv_row, NULL) != n - off ||
	    csv_fini(&p, csv_cell, csv_row, NULL) != 0)
		die(EXIT_DATA, "%s: %s", argv[1], csv_strerror(csv_error(&p)));
	csv_free(&p);
	free(b);
	if (argc == 4) {
		b = read_file(argv[3], &n);
		for (s = b, end = b + n; (s = element(s, end, "si")) != NULL; s = e) {
			if ((e = strstr(s, "</si>")) == NULL)
				die(EXIT_DATA, "%s: unclosed <si>", argv[3]);
			shared = erealloc(shared, (nshared + 1) * sizeof *shared);
			shared[nshared++] = all_t(s, e);
		}
		free(b);
	}
	read_sheet(argv[2]);
	qsort(sheet, nsheet, sizeof *sheet, byplace);
	if (regcomp(&plain, "^-?[0-9]+(\\.[0-9]+)?$", REG_EXTENDED | REG_NOSUB) != 0 ||
	    regcomp(&datelike, "^[0-9[:space:],./:$-]*((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)?"
	    "[0-9[:space:],./:$-]*(am|pm|a\\.m\\.|p\\.m\\.)?$", REG_EXTENDED | REG_ICASE | REG_NOSUB) != 0)
		die(EXIT_DATA, "regcomp");
	for (i = 0; i < ncsv; i++) {
		const char *cell = csv[i].text;
		long r = csv[i].row + 1, k = csv[i].col + 1;

		if (*cell == '\0')
			continue;
		cells++;
		if ((got = find(csv[i].row, csv[i].col)) == NULL)
			die(EXIT_DATA, "row %ld col %ld: '%s' is missing", r, k, cell);
		shown = (char *)cell;
		if (cell[0] == '\'' && cell[1] != '\0' && strchr("=+-@", cell[1]))
			shown++;
		if (!got->number) {
			if (strcmp(got->text, shown) != 0)
				die(EXIT_DATA, "row %ld col %ld: '%s' became '%s'", r, k, cell, got->text);
			continue;
		}
		typed++;
		if ((nocomma = strdup(cell)) == NULL)
			die(EXIT_DATA, "out of memory");
		for (q = nocomma, s = cell; *s; s++)
			if (*s != ',')
				*q++ = *s;
		*q = '\0';
		if (regexec(&plain, nocomma, 0, NULL, 0) == 0) {
			if (strtod(got->text, NULL) != strtod(nocomma, NULL))
				die(EXIT_DATA, "row %ld col %ld: '%s' became '%s'", r, k, cell, got->text);
		} else if (regexec(&datelike, cell, 0, NULL, 0) != 0) {
			die(EXIT_DATA, "row %ld col %ld: text '%s' became the number '%s'", r, k, cell, got->text);
		}
		free(nocomma);
	}
	printf("cells %zu typed %zu\n", cells, typed);
	regfree(&plain);
	regfree(&datelike);
	for (i = 0; i < ncsv; i++)
		free(csv[i].text);
	for (i = 0; i < nsheet; i++)
		free(sheet[i].text);
	for (i = 0; i < nshared; i++)
		free(shared[i]);
	free(csv);
	free(sheet);
	free(shared);
	return 0;
}
