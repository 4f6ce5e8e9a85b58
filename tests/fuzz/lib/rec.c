/*
 * Fuzzes the record-stream reader (rec.h): any bytes as a stream on
 * standard input.  A malformed stream must end in a data error (exit 1,
 * caught by the shim), never a crash; an accepted one must give fields
 * that are valid UTF-8 and escape back to exactly what was read.  The
 * input is standard input (stdin.h): rec_open("-") leaves it open, so an
 * abandoned reader leaks no descriptor.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "rec.h"
#include "shim.h"
#include "stdin.h"
#include "utf8.h"

/* The field form of (s, n), as out_field writes it. */
static void
escape(struct buf *b, const char *s, size_t n)
{
	size_t i;

	buf_reset(b);
	for (i = 0; i < n; i++)
		switch (s[i]) {
		case '\\': buf_adds(b, "\\\\"); break;
		case '\t': buf_adds(b, "\\t"); break;
		case '\n': buf_adds(b, "\\n"); break;
		case '\r': buf_adds(b, "\\r"); break;
		default: buf_addc(b, s[i]);
		}
}

static void
check_record(struct rec *r, struct buf *b)
{
	size_t i, len, rawlen;
	const char *f, *raw;

	for (i = 0; i < rec_ncols(r); i++) {
		f = rec_field(r, i, &len);
		raw = rec_raw(r, i, &rawlen);
		if (f[len] != '\0' || utf8_check(f, len) != len)
			abort();
		escape(b, f, len);
		/* every field has exactly one escaped form */
		if (b->len != rawlen || memcmp(b->data, raw, rawlen) != 0)
			abort();
	}
}

static void
read_stream(void)
{
	struct rec *volatile r = NULL;
	struct buf b = BUF_INIT;
	size_t i;

	buf_reserve(&b, 1);
	r = rec_open("-");
	if (r == NULL)
		abort();
	for (i = 0; i < rec_ncols(r); i++)
		if (rec_col(r, rec_colname(r, i)) != (long)i)
			abort();
	while (rec_next(r))
		check_record(r, &b);
	buf_free(&b);
	rec_close(r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_set_stdin(data, size);
	if (FUZZ_TRY(read_stream()) < 0 && fuzz_exit_status != 1)
		abort();	/* a data error must exit 1 */
	return 0;
}
