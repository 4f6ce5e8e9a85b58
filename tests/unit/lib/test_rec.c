/*
 * rec: reading the record stream.  Good streams are read in-process;
 * malformed ones must make the reader print "progname: FILE:LINE: what"
 * and exit 1, so those run in a child (harness.h).
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "rec.h"
#include "tap.h"
#include "util.h"

static int
field_is(struct rec *r, size_t i, const char *want)
{
	size_t len;
	const char *s = rec_field(r, i, &len);

	return len == strlen(want) && memcmp(s, want, len) == 0;
}

static struct rec *
open_text(const char *text)
{
	return rec_open(tmpfile_with(text, strlen(text)));
}

static void
close_unlink(struct rec *r)
{
	char *path = estrdup(rec_name(r));

	rec_close(r);
	unlink(path);
	free(path);
}

static void
test_basic(void)
{
	struct rec *r = open_text("doc\ttext\tstart\n"
	    "a.txt\tHello\\tworld\\n\t0\n"
	    "b.txt\tback\\\\slash\t12\n");
	const char *raw;
	size_t len;

	ok(r != NULL, "rec_open reads a well-formed stream");
	ok(rec_ncols(r) == 3, "three columns from the header");
	ok(rec_col(r, "text") == 1 && rec_col(r, "doc") == 0,
	    "columns are found by name");
	ok(rec_col(r, "nope") == -1, "an absent column is -1");
	ok(strcmp(rec_colname(r, 2), "start") == 0 &&
	    rec_colname(r, 3) == NULL, "rec_colname, NULL past the end");
	ok(rec_lineno(r) == 1, "after the header the line number is 1");
	ok(rec_next(r) == 1, "first record");
	ok(field_is(r, 1, "Hello\tworld\n"), "rec_field unescapes");
	raw = rec_raw(r, 1, &len);
	ok(len == 14 && memcmp(raw, "Hello\\tworld\\n", len) == 0,
	    "rec_raw keeps the escapes for pass-through");
	ok(strcmp(rec_field(r, 2, NULL), "0") == 0,
	    "rec_field NUL-terminates and accepts a NULL length");
	ok(rec_next(r) == 1 && field_is(r, 1, "back\\slash") &&
	    rec_lineno(r) == 3, "second record, line 3");
	ok(rec_next(r) == 0, "end of stream");
	ok(rec_next(r) == 0, "still the end when asked again");
	close_unlink(r);
}

static void
test_crlf(void)
{
	struct rec *r = open_text("a\tb\r\nx\ty\r\n\tz\r\n");

	ok(strcmp(rec_colname(r, 1), "b") == 0,
	    "CRLF: the CR is not part of the last column name");
	ok(rec_next(r) && field_is(r, 0, "x") && field_is(r, 1, "y"),
	    "CRLF: the CR is not part of the last field");
	ok(rec_next(r) && field_is(r, 0, "") && field_is(r, 1, "z"),
	    "CRLF: an empty first field");
	ok(!rec_next(r), "CRLF: two records");
	close_unlink(r);
}

static void
test_no_trailing_newline(void)
{
	struct rec *r = open_text("a\tb\nx\ty\nlast\tline");

	ok(rec_next(r) && rec_next(r) && field_is(r, 1, "line"),
	    "a last record without LF is still read");
	ok(!rec_next(r), "and nothing after it");
	close_unlink(r);

	r = open_text("only\theader");
	ok(r != NULL && rec_ncols(r) == 2 && !rec_next(r),
	    "a header without LF and no records");
	close_unlink(r);
}

static void
test_empty_fields(void)
{
	struct rec *r = open_text("a\tb\tc\n\t\t\n");

	ok(rec_next(r) && field_is(r, 0, "") && field_is(r, 1, "") &&
	    field_is(r, 2, ""), "a record of three empty fields");
	close_unlink(r);

	r = open_text("text\n\nx\n");
	ok(rec_next(r) && field_is(r, 0, ""),
	    "one column: an empty line is an empty field");
	ok(rec_next(r) && field_is(r, 0, "x") && !rec_next(r),
	    "one column: then the next record");
	close_unlink(r);
}

static void
test_bom(void)
{
	struct rec *r = open_text("\xEF\xBB\xBF" "doc\ttext\na\tb\n");

	ok(rec_col(r, "doc") == 0, "a UTF-8 BOM before the header is not "
	    "part of the first column name");
	close_unlink(r);
	r = open_text("doc\n\xEF\xBB\xBFx\n");
	ok(rec_next(r) && field_is(r, 0, "\xEF\xBB\xBFx"),
	    "a BOM-like character in a record is data, kept");
	close_unlink(r);
}

static void
test_header_escapes(void)
{
	struct rec *r = open_text("a\\tb\tc\\\\d\n1\t2\n");

	ok(rec_col(r, "a\tb") == 0 && rec_col(r, "c\\d") == 1,
	    "column names are unescaped");
	close_unlink(r);
}

/* A 10 MB field with escapes every 1000 bytes is read whole. */
static void
test_big_field(void)
{
	const size_t n = 10 * 1024 * 1024;
	struct buf in = BUF_INIT;
	struct rec *r;
	const char *s;
	size_t i, len, nesc = 0, bad = 0;

	buf_adds(&in, "id\ttext\tend\n1\t");
	for (i = 0; i < n; i++) {
		if (i % 1000 == 999) {
			buf_add(&in, "\\n", 2);
			nesc++;
		} else {
			buf_addc(&in, 'a' + (int)(i % 26));
		}
	}
	buf_adds(&in, "\tE\n2\tsmall\tE\n");
	r = rec_open(tmpfile_with(in.data, in.len));
	ok(rec_next(r) == 1, "a record with a 10 MB field");
	s = rec_field(r, 1, &len);
	ok(len == n, "its unescaped length is 10 MB (%zu)", len);
	for (i = 0; i < len && i < n; i++)
		if (s[i] != (i % 1000 == 999 ? '\n' : 'a' + (int)(i % 26)))
			bad++;
	ok(bad == 0, "every byte of it is right (%zu wrong)", bad);
	rec_raw(r, 1, &len);
	ok(len == n + nesc, "rec_raw has the escaped length");
	ok(field_is(r, 2, "E"), "the field after it is intact");
	ok(rec_next(r) == 1 && field_is(r, 1, "small") && !rec_next(r),
	    "the next record is intact too");
	close_unlink(r);
	buf_free(&in);
}

static void
test_missing_file(void)
{
	ok(rec_open("/nonexistent/quarry/file.tsv") == NULL && errno == ENOENT,
	    "a missing file gives NULL and ENOENT, not an exit");
}

/* The malformed streams: each must exit 1 with this exact message. */
struct bad_case {
	const char	*name;
	const char	*text;
	size_t		 len;		/* 0: strlen(text) */
	const char	*msg;		/* after "unit: FILE:" */
};

static const struct bad_case bad_cases[] = {
	{ "empty input", "", 0, "0: empty input: no header line" },
	{ "ragged row, too few fields", "a\tb\tc\n1\t2\t3\n1\t2\n", 0,
	    "3: 2 fields, the header has 3" },
	{ "ragged row, too many fields", "a\tb\n1\t2\t3\n", 0,
	    "2: 3 fields, the header has 2" },
	{ "bad escape", "a\tb\n1\t2\nx\\y\tz\n", 0,
	    "3: bad escape in column 'a': only \\\\ \\t \\n \\r are allowed" },
	{ "lone backslash at the end of a field", "a\tb\nx\ty\\\n", 0,
	    "2: bad escape in column 'b': only \\\\ \\t \\n \\r are allowed" },
	{ "bad escape in the header", "a\\q\tb\n", 0,
	    "1: bad escape in header" },
	{ "invalid UTF-8: overlong", "a\tb\nok\tbad \xC0\xAF\n", 0,
	    "2: invalid UTF-8 at byte 8" },
	{ "invalid UTF-8: surrogate", "a\n\xED\xA0\x80\n", 0,
	    "2: invalid UTF-8 at byte 1" },
	{ "invalid UTF-8: Latin-1 byte", "text\ncaf\xE9\n", 0,
	    "2: invalid UTF-8 at byte 4" },
	{ "invalid UTF-8 in the header", "d\xFF" "oc\n", 0,
	    "1: invalid UTF-8 at byte 2" },
	{ "duplicate header column", "doc\ttext\tdoc\n", 0,
	    "1: header: column 'doc' appears twice" },
	{ "empty column name", "doc\t\ttext\n", 0,
	    "1: header: column 2 has no name" },
	{ "blank header line", "\nx\n", 0, "1: header: column 1 has no name" },
};

static void
read_all_records(void *arg)
{
	const char *path = arg;
	struct rec *r = rec_open(path);

	while (r != NULL && rec_next(r))
		;
	rec_close(r);
	exit(0);
}

static void
need_column(void *arg)
{
	struct rec *r = rec_open(arg);

	rec_need(r, "sent");
	exit(0);
}

static void
test_malformed(void)
{
	char err[512], want[512], *path;
	size_t i;
	int status;
	const struct bad_case *c;

	for (i = 0; i < sizeof bad_cases / sizeof *bad_cases; i++) {
		c = &bad_cases[i];
		path = estrdup(tmpfile_with(c->text,
		    c->len ? c->len : strlen(c->text)));
		status = run_child(read_all_records, path, err, sizeof err);
		snprintf(want, sizeof want, "unit: %s:%s\n", path, c->msg);
		ok(status == 1 && strcmp(err, want) == 0,
		    "%s: exit 1 with FILE:LINE message", c->name);
		if (status != 1 || strcmp(err, want) != 0)
			printf("# status %d\n# got:  %s# want: %s", status,
			    err, want);
		unlink(path);
		free(path);
	}

	path = estrdup(tmpfile_with("doc\ttext\n", 9));
	status = run_child(need_column, path, err, sizeof err);
	snprintf(want, sizeof want, "unit: %s:1: no 'sent' column in the "
	    "header\n", path);
	ok(status == 1 && strcmp(err, want) == 0,
	    "rec_need of an absent column: exit 1 naming file and column");
	if (status != 1 || strcmp(err, want) != 0)
		printf("# status %d\n# got:  %s# want: %s", status, err, want);
	unlink(path);
	free(path);
}

int
main(void)
{
	setprogname("unit");
	test_basic();
	test_crlf();
	test_no_trailing_newline();
	test_empty_fields();
	test_bom();
	test_header_escapes();
	test_big_field();
	test_missing_file();
	test_malformed();
	return tap_done();
}
