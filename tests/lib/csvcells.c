/*
 * csvcells: a test helper that reads a CSV file back, independently of
 * tocsv's writer (the parser is libcsv's, in strict mode), and prints it
 * as a quarry stream, so that a test can compare what tocsv wrote with
 * the stream it was made from, or with the cells it expects.
 *
 *   csvcells [-d DELIM] FILE
 *
 * One line per row, its cells separated by TAB, with backslash, TAB, LF
 * and CR in a cell written \\ \t \n \r; a blank line of the CSV (not the
 * LF of a CRLF) is an empty line.  A UTF-8 BOM at the start is skipped.
 * Malformed CSV (a quote in an unquoted cell, anything but a delimiter or
 * a line end after a closing quote, a quote left open) fails with exit 1;
 * so does a read or write error.
 */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct state {
	size_t cells;		/* cells of the row so far */
	int last_end;		/* the byte that ended the last row */
};

static void
cell(void *s, size_t len, void *data)
{
	struct state *st = data;
	const unsigned char *p = s;
	size_t i;

	if (st->cells++ > 0)
		putchar('\t');
	for (i = 0; p != NULL && i < len; i++)
		switch (p[i]) {
		case '\\': fputs("\\\\", stdout); break;
		case '\t': fputs("\\t", stdout); break;
		case '\n': fputs("\\n", stdout); break;
		case '\r': fputs("\\r", stdout); break;
		default: putchar(p[i]);
		}
}

static void
row(int c, void *data)
{
	struct state *st = data;

	/* With CSV_REPALL_NL a line end outside a row is reported too: the
	 * LF of a CRLF is none of the CSV's rows, a blank line is one. */
	if (st->cells == 0 && c == '\n' && st->last_end == '\r') {
		st->last_end = c;
		return;
	}
	putchar('\n');
	st->cells = 0;
	st->last_end = c;
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;	/* keep a cell's edge spaces and TABs */
}

int
main(int argc, char **argv)
{
	struct csv_parser p;
	struct state st = { 0, 0 };
	unsigned char delim = ',';
	char buf[65536];
	size_t n, off;
	int first = 1, rc = 0;
	FILE *f;

	if (argc == 4 && strcmp(argv[1], "-d") == 0 && strlen(argv[2]) == 1) {
		delim = (unsigned char)argv[2][0];
		argv += 2;
		argc -= 2;
	}
	if (argc != 2) {
		fputs("usage: csvcells [-d DELIM] FILE\n", stderr);
		return 2;
	}
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0)
		return 1;
	if ((f = fopen(argv[1], "rb")) == NULL) {
		perror(argv[1]);
		csv_free(&p);
		return 1;
	}
	csv_set_delim(&p, delim);
	csv_set_space_func(&p, no_space);
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
		off = 0;
		if (first && n >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
			off = 3;
		first = 0;
		if (csv_parse(&p, buf + off, n - off, cell, row, &st) != n - off) {
			fprintf(stderr, "csvcells: %s: %s\n", argv[1],
			    csv_strerror(csv_error(&p)));
			rc = 1;
			break;
		}
	}
	if (ferror(f)) {
		perror(argv[1]);
		rc = 1;
	}
	if (rc == 0 && csv_fini(&p, cell, row, &st) != 0) {
		fprintf(stderr, "csvcells: %s: %s\n", argv[1],
		    csv_strerror(csv_error(&p)));
		rc = 1;
	}
	csv_free(&p);
	fclose(f);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("csvcells: stdout");
		rc = 1;
	}
	return rc;
}
