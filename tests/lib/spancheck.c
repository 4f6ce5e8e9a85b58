/*
 * spancheck: a test helper that checks the provenance contract on a
 * record stream: the bytes start..end of a record's document give its
 * text.  It shares no code with the tools it checks.
 *
 *   spancheck [-x | -f | -c] [-g] STREAM COLUMN [DOC ...]
 *
 * STREAM is a quarry stream (a header line, then TAB-separated cells with
 * \\ \t \n \r escapes, each line ended by LF, none ragged) with the
 * columns doc, start, end and COLUMN.  For every record, the source bytes
 * start..end of document doc must equal COLUMN
 *   (default)  with white-space runs folded to one space on both sides;
 *   -x         byte for byte;
 *   -f         folded in the source, the column as it is;
 *   -c         stripped and folded in the source, the column as it is;
 *              and over each DOC given, the records are in order, do
 *              not overlap, and leave out white space only: every other
 *              byte of the document is in exactly one record.
 *   -g         a ' before a leading = + - @ (the CSV formula guard) is
 *              dropped from the column first.
 * A DOC is a file, or csv:FILE, a CSV of articles each of whose text
 * cell is the document named by its url cell (its id cell when there is
 * no url).  A doc not given is read as the file of that name (with -c,
 * records of a doc not given are not checked).  White space is the
 * contract's: ASCII space, TAB, LF, VT, FF, CR and U+0085, U+00A0,
 * U+1680, U+2000..U+200B, U+2028, U+2029, U+202F, U+205F, U+3000,
 * U+FEFF.  A word broken at a line end may be whole in the column, as
 * segment joins it again ("assur-\ned", "fol\nlowing" as "assured",
 * "following"; "well-\nknown" as "well-known"): the source's hyphen and
 * white space between a letter and a lower-case letter may be missing,
 * or its white space alone after a hyphen; a soft hyphen (U+00AD) and
 * the white space after it may be missing anywhere.
 * A source byte that is not UTF-8 reads as U+FFFD, as the tools
 * write it; with -c, or a span cutting a character, it is an error.
 * Prints the number of records checked; exits 1 at the first failure.
 */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "util.h"

struct doc {
	char *name, *text;
	size_t len, pos;	/* pos: where the last record ended (-c) */
	int given;
};

static struct doc *docs;
static size_t ndocs;
static char mode = 'd';
static int guard;

static char *
xstrndup(const char *s, size_t n)
{
	char *d = erealloc(NULL, n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

static struct doc *
add_doc(char *name, char *text, size_t len, int given)
{
	struct doc *d;

	docs = erealloc(docs, (ndocs + 1) * sizeof *docs);
	d = &docs[ndocs++];
	d->name = name;
	d->text = text;
	d->len = len;
	d->pos = 0;
	d->given = given;
	return d;
}

/* Length of the white-space character at s (0 if none). */
static size_t
ws(const unsigned char *s, size_t n)
{
	if (n >= 1 && (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r')))
		return 1;
	if (n >= 2 && s[0] == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0))
		return 2;
	if (n < 3)
		return 0;
	if ((s[0] == 0xE1 && s[1] == 0x9A && s[2] == 0x80) ||
	    (s[0] == 0xE2 && s[1] == 0x80 && (s[2] <= 0x8B || s[2] == 0xA8 ||
	    s[2] == 0xA9 || s[2] == 0xAF)) ||
	    (s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F) ||
	    (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) ||
	    (s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF))
		return 3;
	return 0;
}

/* Length of the well-formed UTF-8 character at s (0 if none). */
static size_t
utf8(const unsigned char *s, size_t n)
{
	size_t k, i;
	unsigned char lo = 0x80, hi = 0xBF;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		k = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		k = 3;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		k = 4;
	else
		return 0;
	if (s[0] == 0xE0)
		lo = 0xA0;
	else if (s[0] == 0xED)
		hi = 0x9F;
	else if (s[0] == 0xF0)
		lo = 0x90;
	else if (s[0] == 0xF4)
		hi = 0x8F;
	if (n < k || s[1] < lo || s[1] > hi)
		return 0;
	for (i = 2; i < k; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return k;
}

/* s[0..n) with white-space runs as one space (none at the edges when
 * strip), and bytes that are not UTF-8 as U+FFFD (an error when strict). */
static char *
fold(const char *p, size_t n, int strip, int strict, const char *where,
    size_t *len)
{
	const unsigned char *s = (const unsigned char *)p;
	char *out = erealloc(NULL, 3 * n + 1), *o = out;
	size_t i = 0, k;
	int run = 0;

	while (i < n) {
		if ((k = ws(s + i, n - i)) > 0) {
			run = 1;
			i += k;
			continue;
		}
		if (run && !(strip && o == out))
			*o++ = ' ';
		run = 0;
		if ((k = utf8(s + i, n - i)) > 0) {
			memcpy(o, s + i, k);
			o += k;
			i += k;
		} else if (strict) {
			die(EXIT_DATA, "%s: byte %zu is not UTF-8", where, i);
		} else {
			memcpy(o, "\xef\xbf\xbd", 3);
			o += 3;
			i++;
		}
	}
	if (run && !strip)
		*o++ = ' ';
	*len = (size_t)(o - out);
	*o = '\0';
	return out;
}

/* csv:FILE: its articles, by url (or id), with libcsv. */
struct csvload {
	const char *path;
	char **cell;
	size_t *len, ncells, cap;
	long key, id, text;	/* column numbers, -1: none */
	int header;
};

static void
csv_cell(void *s, size_t n, void *data)
{
	struct csvload *c = data;

	if (c->ncells == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 16;
		c->cell = erealloc(c->cell, c->cap * sizeof *c->cell);
		c->len = erealloc(c->len, c->cap * sizeof *c->len);
	}
	c->cell[c->ncells] = xstrndup(s ? s : "", n);
	c->len[c->ncells++] = n;
}

static void
csv_row(int ch, void *data)
{
	struct csvload *c = data;
	size_t i;
	long k;

	(void)ch;
	if (c->header) {
		for (i = 0; i < c->ncells; i++) {
			if (strcmp(c->cell[i], "url") == 0)
				c->key = (long)i;
			else if (strcmp(c->cell[i], "id") == 0)
				c->id = (long)i;
			else if (strcmp(c->cell[i], "text") == 0)
				c->text = (long)i;
		}
		if (c->text < 0 || (c->key < 0 && c->id < 0))
			die(EXIT_DATA, "%s: no text and url or id columns", c->path);
		c->header = 0;
	} else {
		k = c->key >= 0 && (size_t)c->key < c->ncells &&
		    c->len[c->key] > 0 ? c->key : c->id;
		if (k < 0 || (size_t)k >= c->ncells || (size_t)c->text >= c->ncells)
			die(EXIT_DATA, "%s: a short row", c->path);
		add_doc(c->cell[k], c->cell[c->text], c->len[c->text], 1);
		c->cell[k] = c->cell[c->text] = NULL;
	}
	for (i = 0; i < c->ncells; i++)
		free(c->cell[i]);
	c->ncells = 0;
}

static int
no_space(unsigned char ch)
{
	(void)ch;
	return 0;
}

static void
load_csv(const char *path)
{
	struct csvload c = { path, NULL, NULL, 0, 0, -1, -1, -1, 1 };
	struct csv_parser p;
	size_t n;
	char *b = read_file(path, &n);

	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		die(EXIT_DATA, "out of memory");
	csv_set_space_func(&p, no_space);
	if (csv_parse(&p, b, n, csv_cell, csv_row, &c) != n ||
	    csv_fini(&p, csv_cell, csv_row, &c) != 0)
		die(EXIT_DATA, "%s: %s", path, csv_strerror(csv_error(&p)));
	csv_free(&p);
	free(c.cell);
	free(c.len);
	free(b);
}

static struct doc *
find_doc(const char *name)
{
	static struct doc *last;
	size_t i;
	char *text;
	size_t len;

	if (last != NULL && strcmp(last->name, name) == 0)
		return last;
	for (i = 0; i < ndocs; i++)
		if (strcmp(docs[i].name, name) == 0)
			return last = &docs[i];
	if (mode == 'c')
		return NULL;
	text = read_file(name, &len);
	add_doc(xstrndup(name, strlen(name)), text, len, 0);
	return last = &docs[ndocs - 1];
}

/* Whether offset i of d falls inside a UTF-8 character. */
static int
cuts(const struct doc *d, size_t i)
{
	return i < d->len && ((unsigned char)d->text[i] & 0xC0) == 0x80;
}

/* The cells of a stream line, unescaped in place; their count. */
static size_t
split(char *line, char **cell, size_t max, const char *where)
{
	size_t n = 0;
	char *r = line, *w = line;

	cell[n++] = w;
	for (; *r != '\0'; r++) {
		if (*r == '\t') {
			*w++ = '\0';
			if (n == max)
				die(EXIT_DATA, "%s: more cells than the header has", where);
			cell[n++] = w;
		} else if (*r == '\\') {
			switch (*++r) {
			case '\\': *w++ = '\\'; break;
			case 't': *w++ = '\t'; break;
			case 'n': *w++ = '\n'; break;
			case 'r': *w++ = '\r'; break;
			default: die(EXIT_DATA, "%s: bad escape", where);
			}
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
	return n;
}

static size_t
number(const char *s, const char *where)
{
	char *end;
	unsigned long long v;

	if (*s < '0' || *s > '9')
		die(EXIT_DATA, "%s: offset '%s' is not a number", where, s);
	v = strtoull(s, &end, 10);
	if (*end != '\0')
		die(EXIT_DATA, "%s: offset '%s' is not a number", where, s);
	return (size_t)v;
}

/* -c: doc[from, to) must be white space only (and UTF-8). */
static void
only_space(const struct doc *d, size_t from, size_t to, const char *where)
{
	const unsigned char *s = (const unsigned char *)d->text;
	size_t k;

	while (from < to) {
		if ((k = ws(s + from, to - from)) == 0)
			die(EXIT_DATA, "%s: byte %zu of %s is in no record", where, from, d->name);
		from += k;
	}
}

static int
letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * Is got the source's want, but for words broken at a line end and
 * joined again (segment's text): where they differ, want may have a
 * hyphen and white space that got has not, after a letter (or the
 * hyphen, which got keeps) and before a lower-case letter.
 */
static int
same_text(const char *got, size_t glen, const char *want, size_t wlen)
{
	size_t i = 0, j = 0, k;

	while (i < wlen && j < glen) {
		if (want[i] == got[j]) {
			i++;
			j++;
			continue;
		}
		if (i == 0)
			return 0;
		/* a soft hyphen and a line end, before anything */
		if (wlen - i >= 3 && (unsigned char)want[i] == 0xC2 &&
		    (unsigned char)want[i + 1] == 0xAD &&
		    ws((const unsigned char *)want + i + 2, wlen - i - 2) == 1) {
			for (k = i + 2; k < wlen &&
			    ws((const unsigned char *)want + k, wlen - k) == 1; k++)
				;
			i = k;
			continue;
		}
		if (!(letter(want[i - 1]) || want[i - 1] == '-'))
			return 0;
		k = i + (want[i] == '-' && letter(want[i - 1]));
		if (k == wlen || ws((const unsigned char *)want + k, wlen - k) != 1)
			return 0;
		while (k < wlen && ws((const unsigned char *)want + k, wlen - k) == 1)
			k++;
		if (k == wlen || want[k] < 'a' || want[k] > 'z')
			return 0;
		i = k;
	}
	return i == wlen && j == glen;
}

int
main(int argc, char **argv)
{
	FILE *f;
	char *line = NULL, **cell, *want, *got, where[4096];
	const char *stream, *column, *g;
	size_t cap = 0, ncol, i, s, e, count = 0, lineno = 1, wlen, glen;
	ssize_t n;
	long ix[4] = { -1, -1, -1, -1 };	/* doc, start, end, column */
	struct doc *d;

	setprogname(argv[0]);
	for (; argc > 1 && argv[1][0] == '-' && argv[1][1] != '\0'; argc--, argv++) {
		if (strcmp(argv[1], "-g") == 0)
			guard = 1;
		else if (strchr("xfc", argv[1][1]) && argv[1][2] == '\0')
			mode = argv[1][1];
		else
			break;
	}
	if (argc < 3) {
		fputs("usage: spancheck [-x | -f | -c] [-g] STREAM COLUMN [DOC ...]\n", stderr);
		return 2;
	}
	stream = argv[1];
	column = argv[2];
	for (i = 3; i < (size_t)argc; i++) {
		if (strncmp(argv[i], "csv:", 4) == 0) {
			load_csv(argv[i] + 4);
		} else {
			char *text = read_file(argv[i], &s);

			add_doc(xstrndup(argv[i], strlen(argv[i])), text, s, 1);
		}
	}
	if ((f = fopen(stream, "rb")) == NULL)
		die(EXIT_DATA, "%s: cannot open", stream);
	if ((n = getline(&line, &cap, f)) <= 0 || line[n - 1] != '\n')
		die(EXIT_DATA, "%s: no header line", stream);
	line[n - 1] = '\0';
	for (ncol = 1, i = 0; line[i] != '\0'; i++)
		ncol += line[i] == '\t';
	cell = erealloc(NULL, ncol * sizeof *cell);
	snprintf(where, sizeof where, "%s:1", stream);
	ncol = split(line, cell, ncol, where);
	for (i = 0; i < ncol; i++) {
		if (strcmp(cell[i], "doc") == 0) ix[0] = (long)i;
		if (strcmp(cell[i], "start") == 0) ix[1] = (long)i;
		if (strcmp(cell[i], "end") == 0) ix[2] = (long)i;
		if (strcmp(cell[i], column) == 0) ix[3] = (long)i;
	}
	if (ix[0] < 0 || ix[1] < 0 || ix[2] < 0 || ix[3] < 0)
		die(EXIT_DATA, "%s: no doc, start, end and %s columns", stream, column);
	while ((n = getline(&line, &cap, f)) > 0) {
		snprintf(where, sizeof where, "%s:%zu", stream, ++lineno);
		if (line[n - 1] != '\n')
			die(EXIT_DATA, "%s: no final line feed", where);
		line[n - 1] = '\0';
		if (split(line, cell, ncol, where) != ncol)
			die(EXIT_DATA, "%s: fewer cells than the header has", where);
		if ((d = find_doc(cell[ix[0]])) == NULL)
			continue;
		s = number(cell[ix[1]], where);
		e = number(cell[ix[2]], where);
		if (e < s || e > d->len || (mode == 'c' && (s < d->pos || e == s)))
			die(EXIT_DATA, "%s: bad range %zu..%zu of %s (%zu bytes, last record ended at %zu)",
			    where, s, e, d->name, d->len, d->pos);
		if (mode == 'c')
			only_space(d, d->pos, s, where);
		d->pos = e;
		if (cuts(d, s) || cuts(d, e))
			die(EXIT_DATA, "%s: %zu..%zu cuts a character of %s", where, s, e, d->name);
		g = cell[ix[3]];
		glen = strlen(g);
		if (mode == 'x') {
			want = xstrndup(d->text + s, wlen = e - s);
			got = xstrndup(g, glen);
		} else {
			want = fold(d->text + s, e - s, mode == 'c', mode == 'c', where, &wlen);
			if (guard && g[0] == '\'' && want[0] != '\0' && strchr("=+-@", want[0])) {
				g++;
				glen--;
			}
			if (mode == 'd')
				got = fold(g, glen, 0, 0, where, &glen);
			else
				got = xstrndup(g, glen);
		}
		if (!same_text(got, glen, want, wlen))
			die(EXIT_DATA, "%s: %s '%s' but the source bytes %zu..%zu of %s say '%s'",
			    where, column, got, s, e, d->name, want);
		free(want);
		free(got);
		count++;
	}
	if (ferror(f))
		die(EXIT_DATA, "%s: read error", stream);
	fclose(f);
	if (mode == 'c')
		for (i = 0; i < ndocs; i++)
			if (docs[i].given)
				only_space(&docs[i], docs[i].pos, docs[i].len, docs[i].name);
	printf("%zu\n", count);
	for (i = 0; i < ndocs; i++) {
		free(docs[i].name);
		free(docs[i].text);
	}
	free(docs);
	free(cell);
	free(line);
	return 0;
}
