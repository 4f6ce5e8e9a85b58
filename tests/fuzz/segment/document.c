/*
 * Fuzzes segment's core: any bytes as one document through paragraphs,
 * roles and sentences (segment_document).  The rows written must be a
 * well-formed record stream whose sentences lie inside the document, in
 * order, without overlap, and together cover every byte that is not
 * white space: segment must never drop text.  Half the inputs (first
 * byte odd) are segmented knowing their odd lines as the site's
 * (segment --furniture), which must keep all of that too; and half
 * (the first byte's second bit) write lean rows (segment --lean).
 * Words broken at a line end are joined by a small dictionary of short
 * words, so that every kind of join is within a fuzzer's reach.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "out.h"
#include "segment.h"
#include "shim.h"
#include "utf8.h"

/* Field number col (0-based) of the TSV line at s as a number. */
static size_t
field_num(const char *s, const char *end, size_t col)
{
	size_t v = 0;

	while (col > 0 && s < end)
		if (*s++ == '\t')
			col--;
	if (s == end || *s < '0' || *s > '9')
		abort();
	while (s < end && *s >= '0' && *s <= '9')
		v = v * 10 + (size_t)(*s++ - '0');
	return v;
}

static const char fuzz_words[] = "a\nb\nab\nabc\ncd\nabcd\nxy\n";
/* made on first use, kept across runs, as in segment */
static struct dictionary words = DICTIONARY_INIT(fuzz_words,
    sizeof fuzz_words - 1);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static unsigned char *covered;
	struct segmenter sg;
	struct furniture site = FURNITURE_INIT;
	const char *d = (const char *)data, *out, *line, *nl, *end;
	size_t outlen, i, k, start, stop, last = 0, ncols = 0, scol = 0, ecol = 0;
	int first = 1, lean;

	fuzz_capture_stdout();
	segmenter_init(&sg, (1u << NROLES) - 1);
	sg.words = &words;
	if (size > 0 && (data[0] & 1)) {
		for (line = d, k = 0; line < d + size; line = nl + 1, k++) {
			if ((nl = memchr(line, '\n', (size_t)(d + size - line))) == NULL)
				nl = d + size;
			if (k & 1)
				furniture_add(&site, line, (size_t)(nl - line));
		}
		sg.furniture = &site;
	}
	lean = size > 0 && (data[0] & 2);
	sg.lean = lean;
	segment_header(lean);
	segment_document(&sg, "fuzz", 1, "doc", 3, d, size, NULL, 0, NULL, 0);
	segment_flush(&sg);	/* the rows it kept back */
	segmenter_free(&sg);
	furniture_free(&site);
	out = fuzz_take_stdout(&outlen);

	if (utf8_check(out, outlen) != outlen)
		abort();	/* the stream must be UTF-8 */
	covered = realloc(covered, size + 1);
	memset(covered, 0, size + 1);
	end = out + outlen;
	for (line = out; line < end; line = nl + 1) {
		size_t n = 1;
		const char *p;

		if ((nl = memchr(line, '\n', (size_t)(end - line))) == NULL)
			abort();	/* every row ends with LF */
		if (memchr(line, '\r', (size_t)(nl - line)))
			abort();	/* CR must be escaped */
		for (p = line; p < nl; p++)
			n += *p == '\t';
		if (first) {
			/* header: doc para sent role start end text ...,
			 * lean: doc para sent start end text */
			static const char full_header[] =
			    "doc\tpara\tsent\trole\tstart\tend\t";
			static const char lean_header[] =
			    "doc\tpara\tsent\tstart\tend\ttext\n";
			const char *want = lean ? lean_header : full_header;
			size_t wlen = lean ? sizeof lean_header - 1 :
			    sizeof full_header - 1;

			ncols = n;
			scol = lean ? 3 : 4;
			ecol = scol + 1;
			if ((size_t)(nl + 1 - line) < wlen ||
			    memcmp(line, want, wlen))
				abort();
			first = 0;
			continue;
		}
		if (n != ncols)
			abort();	/* ragged row */
		start = field_num(line, nl, scol);
		stop = field_num(line, nl, ecol);
		if (start >= stop || stop > size || start < last)
			abort();
		last = stop;
		memset(covered + start, 1, stop - start);
	}
	for (i = 0; i < size; i++)
		if (!covered[i] && data[i] > ' ' && data[i] < 0x80)
			abort();	/* a visible ASCII byte in no sentence */
	return 0;
}
