#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <csv.h>

#include "csvw.h"
#include "out.h"
#include "util.h"

void
csvw_init(struct csvw *w, unsigned char delim, int guard, int crlf)
{
	memset(w, 0, sizeof *w);
	w->delim = delim;
	w->guard = guard;
	w->eol = crlf ? "\r\n" : "\n";
}

void
csvw_free(struct csvw *w)
{
	buf_free(&w->quoted);
	buf_free(&w->guarded);
}

static int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

int
plain_number(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, digits = 0;

	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	for (; i < n && is_digit(s[i]); i++)
		digits++;
	if (i < n && s[i] == '.')
		for (i++; i < n && is_digit(s[i]); i++)
			digits++;
	if (digits == 0)
		return 0;
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i == n || !is_digit(s[i]))
			return 0;
		while (i < n && is_digit(s[i]))
			i++;
	}
	return i == n;
}

int
formula_like(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	/* Spreadsheets skip leading blanks before they look for a formula. */
	for (;;) {
		if (i < n && s[i] == ' ')
			i++;
		else if (i + 1 < n && s[i] == 0xC2 && s[i + 1] == 0xA0)
			i += 2;
		else
			break;
	}
	if (i == n)
		return 0;
	switch (s[i]) {
	case '+': case '-':
		return !plain_number(str + i, n - i);
	case '=': case '@': case '\t': case '\r': case '\n':
		return 1;
	}
	/* Full-width forms, which some spreadsheets normalise to ASCII:
	 * U+FF0B + (EF BC 8B), U+FF0D - (EF BC 8D), U+FF1D = (EF BC 9D),
	 * U+FF20 @ (EF BC A0). */
	if (i + 2 < n && s[i] == 0xEF && s[i + 1] == 0xBC)
		switch (s[i + 2]) {
		case 0x8B: case 0x8D: case 0x9D: case 0xA0:
			return 1;
		}
	return 0;
}

int
csv_needs_quotes(const char *s, size_t n, unsigned char delim)
{
	size_t i;
	unsigned char c;

	if (n == 0)
		return 0;
	if (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t')
		return 1;
	i = 0;
#ifdef __SSE2__
	{	/* 16 bytes a step: most cells need no quotes, and this scan
		 * of every byte was a fifth of a run */
		const __m128i dl = _mm_set1_epi8((char)delim);
		const __m128i qu = _mm_set1_epi8('"');
		const __m128i cr = _mm_set1_epi8('\r');
		const __m128i lf = _mm_set1_epi8('\n');
		__m128i v;

		for (; i + 16 <= n; i += 16) {
			v = _mm_loadu_si128((const __m128i *)(s + i));
			if (_mm_movemask_epi8(_mm_or_si128(
			    _mm_or_si128(_mm_cmpeq_epi8(v, dl),
			    _mm_cmpeq_epi8(v, qu)),
			    _mm_or_si128(_mm_cmpeq_epi8(v, cr),
			    _mm_cmpeq_epi8(v, lf)))) != 0)
				return 1;
		}
	}
#endif
	for (; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == delim || c == '"' || c == '\r' || c == '\n')
			return 1;
	}
	return 0;
}

/* Quotes (s, n) with libcsv into w->quoted and writes it. */
static void
write_quoted(struct csvw *w, const char *s, size_t n)
{
	size_t need;

	/* At worst every byte is a quote that doubles, plus the two
	 * enclosing quotes; csv_write2 reports the size it needs. */
	if (n > ((size_t)-1 - 2) / 2)
		die(EXIT_DATA, "field too large to quote");
	buf_reset(&w->quoted);
	buf_reserve(&w->quoted, 2 * n + 2);
	need = csv_write2(w->quoted.data, 2 * n + 2, s, n, '"');
	if (need == (size_t)-1 || need > 2 * n + 2)
		die(EXIT_DATA, "libcsv could not quote a field of %zu bytes", n);
	out_bytes(w->quoted.data, need);
	w->lastlen = need;
}

void
csvw_cell(struct csvw *w, const char *s, size_t n)
{
	if (w->ncells++ > 0)
		out_char(w->delim);
	if (w->guard && formula_like(s, n)) {
		/* The mark goes in front of everything, leading blanks
		 * included: a cell that starts with ' is text to a
		 * spreadsheet, never a formula. */
		buf_reset(&w->guarded);
		buf_addc(&w->guarded, '\'');
		buf_add(&w->guarded, s, n);
		s = w->guarded.data;
		n = w->guarded.len;
	}
	if (csv_needs_quotes(s, n, w->delim)) {
		write_quoted(w, s, n);
		return;
	}
	out_bytes(s, n);
	w->lastlen = n;
}

void
csvw_endrow(struct csvw *w)
{
	if (w->ncells == 1 && w->lastlen == 0)
		out_str("\"\"");
	out_str(w->eol);
	w->ncells = 0;
	w->lastlen = 0;
}
