#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "buf.h"
#include "input.h"
#include "rec.h"
#include "utf8.h"
#include "util.h"

struct rec {
	struct lines	 lines;
	int		 fd;
	size_t		 ncols;
	char		**colnames;
	/* The current record: raw fields point into the line buffer,
	 * unescaped ones into val. */
	const char	**raw;
	size_t		*rawlen;
	size_t		*valoff;
	size_t		*vallen;
	struct buf	 val;
	int		 escaped;	/* the line holds a backslash */
	int		 copied;	/* its values are in val (unescaped) */
};

/*
 * The reader a data error is reported on.  Kept in a global so that the
 * reader stays reachable while exit() runs: LeakSanitizer would otherwise
 * report it as leaked when the caller's last pointer to it is dead
 * (volatile, so that the store is not optimised away).
 */
static const struct rec *volatile failing;

void
rec_fail(const struct rec *r, const char *fmt, ...)
{
	va_list ap;

	failing = r;
	fprintf(stderr, "%s: %s:%lu: ", progname, r->lines.name,
	    r->lines.lineno);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(EXIT_DATA);
}

size_t
field_unescape(const char *src, size_t n, char *dst, size_t *bad)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		if (src[i] != '\\') {
			dst[o++] = src[i];
			continue;
		}
		if (i + 1 == n) {
			*bad = i;
			return (size_t)-1;
		}
		switch (src[++i]) {
		case '\\': dst[o++] = '\\'; break;
		case 't': dst[o++] = '\t'; break;
		case 'n': dst[o++] = '\n'; break;
		case 'r': dst[o++] = '\r'; break;
		default:
			*bad = i - 1;
			return (size_t)-1;
		}
	}
	dst[o] = '\0';
	return o;
}

/*
 * Reads one line, checks its encoding and splits it at TABs into r->raw;
 * r->escaped tells whether it holds a backslash.
 *
 * One pass finds the TABs and notes any backslash, CR or byte above
 * 0x7F: a memchr a field, one for CR and one for backslashes, and a
 * UTF-8 check of every byte were half of reading a record (dedupe
 * --min-docs on sentence streams).  Sixteen bytes at a time with SSE2
 * (every x86-64 has it) when the line has as many; a shorter line, and
 * every line elsewhere, one byte at a time.  Only a line with a byte
 * above 0x7F is checked as UTF-8, from that byte on: all before it is
 * ASCII.
 */
static int
read_split(struct rec *r, size_t *nfields)
{
	const unsigned char *u;
	const char *got, *line, *p, *cr, *t, **raw;
	size_t len, bad, n = 0, i = 0, high = (size_t)-1, room, *rawlen;
	int esc = 0, bare = 0;
	unsigned c;

	/* (line, whose address lines_next does not get, stays in a
	 * register: got would be read from memory at every field) */
	if (!lines_next(&r->lines, &got, &len))
		return 0;
	line = got;
	if (len > 0 && line[len - 1] == '\r')
		len--;
	u = (const unsigned char *)line;
	p = line;
	if ((room = r->ncols) == 0) {
		/* the header: room for each of its fields */
		for (room = 1, t = line; (t = memchr(t, '\t',
		    (size_t)(line + len - t))) != NULL; t++)
			room++;
		r->raw = ereallocarray(r->raw, room, sizeof *r->raw);
		r->rawlen = ereallocarray(r->rawlen, room, sizeof *r->rawlen);
	}
	/* In locals: through r, each store of a length (a size_t) could
	 * change r->ncols for the compiler, which then read it and the
	 * arrays again for every field.  A field past the header's is
	 * counted only (rec_next refuses the record). */
	raw = r->raw;
	rawlen = r->rawlen;
#define FIELD_ENDS(end) do {						\
	t = (end);							\
	if (n < room) {							\
		raw[n] = p;						\
		rawlen[n] = (size_t)(t - p);				\
	}								\
	n++;								\
	p = t + 1;							\
} while (0)
#ifdef __SSE2__
	if (len >= 16) {
		const __m128i tab = _mm_set1_epi8('\t');
		const __m128i bsl = _mm_set1_epi8('\\');
		const __m128i ret = _mm_set1_epi8('\r');
		__m128i v, odd = _mm_setzero_si128(), any = odd;
		unsigned m, shift = 0;

		/* The last chunk is the line's last 16 bytes, overlapping
		 * the one before; the TABs seen already are shifted out. */
		for (;;) {
			v = _mm_loadu_si128((const __m128i *)(u + i));
			any = _mm_or_si128(any, v);
			odd = _mm_or_si128(odd, _mm_or_si128(
			    _mm_cmpeq_epi8(v, bsl), _mm_cmpeq_epi8(v, ret)));
			m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
			    tab)) >> shift << shift;
			for (; m != 0; m &= m - 1)
				FIELD_ENDS(line + i + (size_t)__builtin_ctz(m));
			if (i + 16 == len)
				break;
			i += 16;
			if (len - i < 16) {
				shift = (unsigned)(16 - (len - i));
				i = len - 16;
			}
		}
		i = len;
		/* rare: where the first byte above 0x7F is, which
		 * backslash or CR it was */
		if (_mm_movemask_epi8(any) != 0)
			for (high = 0; u[high] < 0x80; high++)
				;
		if (_mm_movemask_epi8(odd) != 0) {
			esc = memchr(line, '\\', len) != NULL;
			bare = memchr(line, '\r', len) != NULL;
		}
	}
#endif
	for (; i < len; i++) {
		c = u[i];
		if (c > '\\' && c < 0x80)	/* most letters */
			continue;
		if (c == '\t')
			FIELD_ENDS(line + i);
		else if (c == '\\')
			esc = 1;
		else if (c == '\r')
			bare = 1;
		else if (c >= 0x80 && high == (size_t)-1)
			high = i;
	}
	FIELD_ENDS(line + len);
#undef FIELD_ENDS
	if (high != (size_t)-1 &&
	    (bad = high + utf8_check(line + high, len - high)) != len)
		rec_fail(r, "invalid UTF-8 at byte %zu", bad + 1);
	/* A field writes CR as \r, so a bare CR is not part of the stream:
	 * most likely the file has CR-only line ends, and reading it as one
	 * line would silently take every record for part of the header. */
	if (bare) {
		cr = memchr(line, '\r', len);
		rec_fail(r, "bare CR at byte %zu (CR-only line ends?): "
		    "lines end with LF, a CR in a field is written \\r",
		    (size_t)(cr - line) + 1);
	}
	r->escaped = esc;
	*nfields = n;
	return 1;
}

static void
read_header(struct rec *r)
{
	size_t n, i, j, len, bad;
	char *name;

	if (!read_split(r, &n))
		rec_fail(r, "empty input: no header line");
	/* A byte order mark, as Windows editors write it, is not part of
	 * the first column's name. */
	if (r->rawlen[0] >= 3 && memcmp(r->raw[0], "\xEF\xBB\xBF", 3) == 0) {
		r->raw[0] += 3;
		r->rawlen[0] -= 3;
	}
	r->colnames = ecalloc(n, sizeof *r->colnames);
	for (i = 0; i < n; i++) {
		len = r->rawlen[i];
		name = emalloc(len + 1);
		if (field_unescape(r->raw[i], len, name, &bad) == (size_t)-1)
			rec_fail(r, "bad escape in header");
		if (*name == '\0')
			rec_fail(r, "header: column %zu has no name", i + 1);
		for (j = 0; j < i; j++)
			if (strcmp(r->colnames[j], name) == 0)
				rec_fail(r, "header: column '%s' appears twice",
				    name);
		r->colnames[i] = name;
	}
	r->ncols = n;
	r->valoff = ecalloc(n, sizeof *r->valoff);
	r->vallen = ecalloc(n, sizeof *r->vallen);
}

struct rec *
rec_open(const char *path)
{
	struct rec *r;
	int fd;

	if ((fd = input_open(path)) < 0)
		return NULL;
	r = ecalloc(1, sizeof *r);
	r->fd = fd;
	lines_init(&r->lines, fd, path);
	read_header(r);
	return r;
}

void
rec_close(struct rec *r)
{
	size_t i;

	if (r == NULL)
		return;
	input_close(r->fd);
	lines_free(&r->lines);
	for (i = 0; i < r->ncols; i++)
		free(r->colnames[i]);
	free(r->colnames);
	free(r->raw);
	free(r->rawlen);
	free(r->valoff);
	free(r->vallen);
	buf_free(&r->val);
	free(r);
}

const char *
rec_name(const struct rec *r)
{
	return r->lines.name;
}

unsigned long
rec_lineno(const struct rec *r)
{
	return r->lines.lineno;
}

size_t
rec_ncols(const struct rec *r)
{
	return r->ncols;
}

const char *
rec_colname(const struct rec *r, size_t i)
{
	return i < r->ncols ? r->colnames[i] : NULL;
}

long
rec_col(const struct rec *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->ncols; i++)
		if (strcmp(r->colnames[i], name) == 0)
			return (long)i;
	return -1;
}

size_t
rec_need(const struct rec *r, const char *name)
{
	long i = rec_col(r, name);

	if (i < 0) {
		failing = r;	/* see rec_fail */
		die(EXIT_DATA, "%s:1: no '%s' column in the header", rec_name(r),
		    name);
	}
	return (size_t)i;
}

int
rec_next(struct rec *r)
{
	size_t n, i, len, bad;
	char *dst;

	if (!read_split(r, &n))
		return 0;
	if (n != r->ncols)
		rec_fail(r, "%zu fields, the header has %zu", n, r->ncols);
	if (!r->escaped) {
		/* nothing escaped, as in most records: the values are the
		 * line with a NUL for each TAB, made when a field is first
		 * asked for (see rec_field) */
		r->copied = 0;
		return 1;
	}
	buf_reset(&r->val);
	buf_reserve(&r->val, (size_t)(r->raw[n - 1] + r->rawlen[n - 1] -
	    r->raw[0]) + 1);
	dst = r->val.data;
	for (i = 0; i < n; i++) {
		len = field_unescape(r->raw[i], r->rawlen[i], dst, &bad);
		if (len == (size_t)-1)
			rec_fail(r, "bad escape in column '%s': only \\\\ \\t "
			    "\\n \\r are allowed", r->colnames[i]);
		r->valoff[i] = (size_t)(dst - r->val.data);
		r->vallen[i] = len;
		dst += len + 1;
	}
	r->val.len = (size_t)(dst - r->val.data);
	return 1;
}

const char *
rec_field(const struct rec *r, size_t i, size_t *len)
{
	struct rec *m;
	size_t linelen;
	char *v;

	if (r->escaped) {
		if (len)
			*len = r->vallen[i];
		return r->val.data + r->valoff[i];
	}
	/*
	 * The values of an unescaped line: a copy of the line, made at the
	 * first field asked for rather than in rec_next, as a reader that
	 * passes records through (dedupe's second pass) asks for none; each
	 * field's NUL goes in when it is asked for.  The copy changes
	 * nothing the caller can see, hence the const (r itself never is:
	 * rec_open allocates it).  The fields lie in the line one after
	 * another, a TAB between two.
	 */
	m = (struct rec *)r;
	if (!r->copied) {
		linelen = (size_t)(r->raw[r->ncols - 1] +
		    r->rawlen[r->ncols - 1] - r->raw[0]);
		buf_reset(&m->val);
		buf_reserve(&m->val, linelen);
		memcpy(m->val.data, r->raw[0], linelen);
		m->val.data[linelen] = '\0';
		m->val.len = linelen;
		m->copied = 1;
	}
	v = m->val.data + (r->raw[i] - r->raw[0]);
	v[r->rawlen[i]] = '\0';
	if (len)
		*len = r->rawlen[i];
	return v;
}

const char *
rec_raw(const struct rec *r, size_t i, size_t *len)
{
	*len = r->rawlen[i];
	return r->raw[i];
}
