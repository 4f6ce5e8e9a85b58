/*
 * csvw.h - writing RFC 4180 CSV cells through out.h, quoted only where
 * needed, with an optional guard against spreadsheet formula injection.
 *
 * A cell is quoted when it holds the delimiter, a double quote, CR or LF,
 * or begins or ends with a space or TAB; quoting itself is libcsv's
 * (csv_write2), which doubles embedded quotes.  A row whose only cell is
 * empty is written "" so that readers do not take it for a blank line.
 */
#ifndef QUARRY_CSVW_H
#define QUARRY_CSVW_H

#include <stddef.h>

#include "buf.h"

struct csvw {
	unsigned char	 delim;
	int		 guard;		/* prefix ' to formula-looking cells */
	const char	*eol;		/* "\n", or "\r\n" for Excel */
	size_t		 ncells;	/* cells written in the current row */
	size_t		 lastlen;	/* bytes the last cell wrote */
	struct buf	 guarded;	/* scratch: ' + a formula-like cell */
	struct buf	 quoted;	/* scratch: a cell quoted by libcsv */
};

void csvw_init(struct csvw *w, unsigned char delim, int guard, int crlf);
/* Writes one cell (s, n bytes; may hold any byte) of the current row. */
void csvw_cell(struct csvw *w, const char *s, size_t n);
/* Ends the current row. */
void csvw_endrow(struct csvw *w);
void csvw_free(struct csvw *w);

/*
 * 1 when a spreadsheet could take the cell for a formula: its first
 * character after leading spaces and NO-BREAK SPACEs is = + - @ TAB CR
 * LF or a full-width = + - @ (U+FF1D U+FF0B U+FF0D U+FF20).  A plain
 * number such as -2, +3.5 or -1e-3 is not formula-like.
 */
int formula_like(const char *s, size_t n);
/* 1 when s is a plain decimal number: [+-]digits[.digits][e[+-]digits]. */
int plain_number(const char *s, size_t n);
/* 1 when the cell must be quoted with this delimiter. */
int csv_needs_quotes(const char *s, size_t n, unsigned char delim);

#endif
