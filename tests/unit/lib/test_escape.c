/* The four escapes: out_field writes them, field_unescape reads them. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "rec.h"
#include "tap.h"

struct field {
	const char	*s;
	size_t		 n;
};

static void
write_field(void *arg)
{
	struct field *f = arg;

	out_field(f->s, f->n);
}

/* out_field(s) then field_unescape: 1 when s comes back unchanged and
 * the escaped form holds no TAB, LF or CR. */
static int
round_trip(const char *s, size_t n, struct buf *esc)
{
	struct field f = { s, n };
	char *back;
	size_t len, bad = 0;
	int same;

	capture_out(write_field, &f, esc);
	if (memchr(esc->data, '\t', esc->len) || memchr(esc->data, '\n',
	    esc->len) || memchr(esc->data, '\r', esc->len))
		return 0;
	back = malloc(esc->len + 1);
	len = field_unescape(esc->data, esc->len, back, &bad);
	same = len == n && memcmp(back, s, n) == 0 && back[len] == '\0';
	free(back);
	return same;
}

static void
test_exact_escapes(void)
{
	struct buf esc = BUF_INIT;
	struct field f = { "a\tb\\c\nd\re", 9 };
	static const char want[] = "a\\tb\\\\c\\nd\\re";

	capture_out(write_field, &f, &esc);
	ok(esc.len == sizeof want - 1 && memcmp(esc.data, want, esc.len) == 0,
	    "out_field writes \\\\ \\t \\n \\r and nothing else");
	f.s = "plain \"text\" 'x' \xC3\xA9 \\x";
	f.n = strlen(f.s);
	capture_out(write_field, &f, &esc);
	ok(esc.len == f.n + 1, "other bytes are not escaped, only the "
	    "backslash is doubled");
	buf_free(&esc);
}

static void
test_round_trips(void)
{
	static const char *cases[] = {
		"", "plain", "\\", "\\\\", "\\n", "\\t", "\\r", "\\x",
		"\t", "\n", "\r", "\r\n", "trailing\\", "\\leading",
		"a\\nb (a literal backslash-n)", "\t\t\t", "mixed\t\\t\n\\n",
		"Citt\xC3\xA0 \xE2\x80\x94 \xE6\x9D\xB1"
	};
	struct buf esc = BUF_INIT;
	char all[256];
	size_t i, bad = 0;

	for (i = 0; i < sizeof cases / sizeof *cases; i++)
		ok(round_trip(cases[i], strlen(cases[i]), &esc),
		    "round trip of case %zu", i);
	for (i = 0; i < 256; i++)
		all[i] = (char)i;
	ok(round_trip(all, sizeof all, &esc),
	    "round trip of all 256 byte values, NUL included");

	/* Random strings over the bytes that matter. */
	srand(42);
	for (i = 0; i < 5000; i++) {
		static const char alpha[] = "\\\t\n\rntrx \xC3\xA9";
		char s[24];
		size_t j, n = (size_t)rand() % sizeof s;

		for (j = 0; j < n; j++)
			s[j] = alpha[rand() % (int)(sizeof alpha - 1)];
		if (!round_trip(s, n, &esc))
			bad++;
	}
	ok(bad == 0, "5000 random fields round-trip (%zu failed)", bad);
	buf_free(&esc);
}

/* Fields written one after another past the 64 KiB buffer, escaped in
 * the buffer or (over half its size) piece by piece: the same bytes as
 * buf_add_field gives. */
struct many {
	const char	*s;
	size_t		 n, count;
};

static void
write_many(void *arg)
{
	const struct many *m = arg;
	size_t i;

	for (i = 0; i < m->count; i++)
		out_field(m->s, m->n);
}

static void
test_buffer_edges(void)
{
	static const char alpha[] = "\\\t\n\rab";
	static char s[70000];
	struct buf got = BUF_INIT, want = BUF_INIT;
	struct many m = { s, 0, 0 };
	size_t i, k;
	static const size_t sizes[][2] = { { 7, 20000 }, { 333, 700 },
	    { 32768, 3 }, { 32769, 3 }, { 70000, 2 } };

	for (i = 0; i < sizeof s; i++)
		s[i] = alpha[i % (sizeof alpha - 1)];
	for (k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		m.n = sizes[k][0];
		m.count = sizes[k][1];
		buf_reset(&want);
		for (i = 0; i < m.count; i++)
			buf_add_field(&want, s, m.n);
		capture_out(write_many, &m, &got);
		ok(got.len == want.len && memcmp(got.data, want.data,
		    got.len) == 0, "%zu fields of %zu bytes, most bytes "
		    "escaped, as buf_add_field writes them", m.count, m.n);
	}
	buf_free(&got);
	buf_free(&want);
}

static void
write_header(void *arg)
{
	static const char *const names[] = { "doc", "odd\tname", "back\\slash" };

	(void)arg;
	out_header(names, 3);
}

static void
test_header(void)
{
	struct buf got = BUF_INIT;
	static const char want[] = "doc\todd\\tname\tback\\\\slash\n";

	capture_out(write_header, NULL, &got);
	ok(got.len == sizeof want - 1 && memcmp(got.data, want, got.len) == 0,
	    "out_header escapes column names like fields");
	buf_free(&got);
}

static void
test_bad_escapes(void)
{
	char dst[16];
	size_t bad;

	bad = 99;
	ok(field_unescape("\\x", 2, dst, &bad) == (size_t)-1 && bad == 0,
	    "\\x is a bad escape at offset 0");
	bad = 99;
	ok(field_unescape("ab\\", 3, dst, &bad) == (size_t)-1 && bad == 2,
	    "a trailing lone backslash is a bad escape at its offset");
	bad = 99;
	ok(field_unescape("\\\\\\N", 4, dst, &bad) == (size_t)-1 && bad == 2,
	    "\\N (upper case) is a bad escape, found after a good one");
	ok(field_unescape("\\0", 2, dst, &bad) == (size_t)-1,
	    "\\0 is a bad escape");
	ok(field_unescape("\\\"", 2, dst, &bad) == (size_t)-1,
	    "\\\" is a bad escape");
	ok(field_unescape("", 0, dst, &bad) == 0 && dst[0] == '\0',
	    "an empty field unescapes to an empty string");
}

int
main(void)
{
	test_exact_escapes();
	test_round_trips();
	test_buffer_edges();
	test_header();
	test_bad_escapes();
	return tap_done();
}
