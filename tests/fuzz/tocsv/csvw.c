/*
 * Fuzzes tocsv's CSV writer and formula guard.  The first byte chooses
 * the guard and CRLF, the second the delimiter (any that tocsv -d
 * accepts); the rest is one row of cells separated by 0x1F.  The row
 * written must read back, with a strict RFC 4180 reader (libcsv, no
 * trimming of spaces), as exactly those cells, each formula-like cell
 * behind a ' when guarded, and no guarded cell may look like a formula.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "buf.h"
#include "csvw.h"
#include "shim.h"

#define SEP 0x1F

struct parsed {
	struct buf	 cells;		/* each cell followed by a NUL */
	size_t		*len;
	size_t		 n, cap, rows;
};

static void
on_field(void *s, size_t len, void *arg)
{
	struct parsed *p = arg;

	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 16;
		p->len = realloc(p->len, p->cap * sizeof *p->len);
		if (p->len == NULL)
			abort();
	}
	p->len[p->n++] = len;
	buf_add(&p->cells, s, len);
	buf_addc(&p->cells, '\0');
}

static void
on_row(int c, void *arg)
{
	(void)c;
	((struct parsed *)arg)->rows++;
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csvw w;
	struct csv_parser cp;
	struct parsed p = { BUF_INIT, NULL, 0, 0, 0 };
	struct buf want = BUF_INIT;
	const char *s, *end, *cell, *out, *got;
	size_t n, outlen, ncells = 0, i, *wantlen;
	unsigned char delim;
	int guard;

	if (size < 2)
		return 0;
	fuzz_capture_stdout();
	guard = data[0] & 1;
	delim = data[1];
	if (delim == 0 || delim >= 0x80 || delim == '"' || delim == '\r' ||
	    delim == '\n')
		delim = ',';
	csvw_init(&w, delim, guard, data[0] & 2);
	wantlen = malloc(size * sizeof *wantlen);	/* cells <= size - 1 */
	if (wantlen == NULL)
		abort();
	buf_reserve(&want, 1);
	s = (const char *)data + 2;
	end = (const char *)data + size;
	for (;;) {
		cell = s;
		s = memchr(cell, SEP, (size_t)(end - cell));
		n = (size_t)((s ? s : end) - cell);
		csvw_cell(&w, cell, n);
		if (guard && formula_like(cell, n))
			buf_addc(&want, '\'');
		buf_add(&want, cell, n);
		wantlen[ncells++] = n + (guard && formula_like(cell, n));
		if (s == NULL)
			break;
		s++;
	}
	csvw_endrow(&w);
	csvw_free(&w);
	out = fuzz_take_stdout(&outlen);

	if (csv_init(&cp, CSV_STRICT | CSV_STRICT_FINI) != 0)
		abort();
	csv_set_delim(&cp, delim);
	csv_set_space_func(&cp, no_space);
	if (csv_parse(&cp, out, outlen, on_field, on_row, &p) != outlen ||
	    csv_fini(&cp, on_field, on_row, &p) != 0)
		abort();	/* not well-formed CSV */
	csv_free(&cp);
	if (p.rows != 1 || p.n != ncells)
		abort();
	got = p.cells.data;
	cell = want.data;
	for (i = 0; i < ncells; i++) {
		if (p.len[i] != wantlen[i] || memcmp(got, cell, wantlen[i]))
			abort();
		if (guard && formula_like(got, p.len[i]))
			abort();
		got += p.len[i] + 1;
		cell += wantlen[i];
	}
	buf_free(&want);
	free(wantlen);
	buf_free(&p.cells);
	free(p.len);
	return 0;
}
