/*
 * Paragraphs from blank lines and layout.
 *
 * Scraped web text has one paragraph per line, so a line break ends a
 * paragraph; but a sentence broken by a stray newline ("It was a cold\n
 * night") is joined again.  Hard-wrapped text (OCR'd newspaper columns,
 * e-mail) is recognised by its narrow, even line widths: there a line
 * that reaches the wrap width continues into the next one, and a short
 * or indented line ends the paragraph.
 */
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "segment.h"
#include "util.h"

const char *const role_names[NROLES] = {
	"body", "title", "dateline", "byline", "heading", "caption",
	"boilerplate", "comment", "garbled"
};

int
role_from_name(const char *s, size_t n)
{
	int r;

	for (r = 0; r < NROLES; r++)
		if (strlen(role_names[r]) == n && memcmp(role_names[r], s, n) == 0)
			return r;
	return -1;
}

#define WIDTH_MAX 1024

static void
add_line(struct paras *ps, const struct line *l)
{
	if (ps->nlines == ps->caplines) {
		ps->caplines = ps->caplines ? 2 * ps->caplines : 256;
		ps->lines = ereallocarray(ps->lines, ps->caplines,
		    sizeof *ps->lines);
	}
	ps->lines[ps->nlines++] = *l;
}

static void
add_para(struct paras *ps, size_t start, size_t end)
{
	if (ps->n == ps->cap) {
		ps->cap = ps->cap ? 2 * ps->cap : 64;
		ps->v = ereallocarray(ps->v, ps->cap, sizeof *ps->v);
	}
	ps->v[ps->n].start = start;
	ps->v[ps->n].end = end;
	ps->v[ps->n].role = ROLE_BODY;
	ps->v[ps->n].menu = 0;
	ps->v[ps->n].furniture = 0;
	ps->n++;
}

/* Does the line end a sentence or a clause: final punctuation, maybe
 * followed by closing quotes or brackets? */
static int
line_closed(const char *d, const struct line *l)
{
	size_t pos = l->end, len;
	uint32_t c;

	while (pos > l->start) {
		c = cp_before(d, l->start, pos, &len);
		if (cp_is_closer(c)) {
			pos -= len;
			continue;
		}
		return cp_is_terminal(c) || c == ':' || c == ';';
	}
	return 0;
}

/* The first character after opening quotes and brackets. */
static uint32_t
line_first(const char *d, const struct line *l)
{
	size_t pos = l->start, len;
	uint32_t c = 0;

	while (pos < l->end) {
		c = cp_at(d, pos, l->end, &len);
		if (!cp_is_opener(c))
			return c;
		pos += len;
	}
	return c;
}

#ifdef __SSE2__
/* Bits set in x < 2^16, without the library call __builtin_popcount
 * becomes when the CPU is not known to count them. */
static int
popcount16(unsigned x)
{
	x = x - ((x >> 1) & 0x5555);
	x = (x & 0x3333) + ((x >> 2) & 0x3333);
	x = (x + (x >> 4)) & 0x0F0F;
	return (int)((x + (x >> 8)) & 0x1F);
}
#endif

/* At least n whitespace-separated words? */
static int
line_has_words(const char *d, const struct line *l, int n)
{
	size_t pos = l->start, w;
	int words = 0, in = 0;
#ifdef __SSE2__
	__m128i x, ctl, ws;
	unsigned spaces, starts;

	/*
	 * 16 bytes at a time while they are ASCII (SSE2): a word starts at
	 * each byte that is not white space after one that is.  A byte at a
	 * time, every word boundary was a mispredicted branch.
	 */
	while (l->end - pos >= 16) {
		x = _mm_loadu_si128((const __m128i *)(const void *)(d + pos));
		if (_mm_movemask_epi8(x) != 0)
			break;	/* not ASCII: white space may be longer */
		/* TAB..CR become 0..4 */
		ctl = _mm_sub_epi8(x, _mm_set1_epi8('\t'));
		ws = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')),
		    _mm_cmpeq_epi8(_mm_min_epu8(ctl, _mm_set1_epi8(4)), ctl));
		spaces = (unsigned)_mm_movemask_epi8(ws);
		starts = ~spaces & ((spaces << 1) | !in) & 0xFFFF;
		words += popcount16(starts);
		if (words >= n)
			return 1;
		in = !(spaces & 0x8000);
		pos += 16;
	}
#endif
	while (pos < l->end) {
		w = ws_at(d + pos, l->end - pos);
		if (w) {
			in = 0;
			pos += w;
		} else {
			if (!in && ++words >= n)
				return 1;
			in = 1;
			pos++;
		}
	}
	return 0;
}

static int
line_all_caps(const char *d, const struct line *l)
{
	size_t i;
	int upper = 0;

	for (i = l->start; i < l->end; i++) {
		if (d[i] >= 'a' && d[i] <= 'z')
			return 0;
		upper += d[i] >= 'A' && d[i] <= 'Z';
	}
	return upper >= 2;
}

/*
 * Whether lines that reach the width (p75) go on in mid-sentence, as
 * wrapped prose does: the next line starts in lower case after at least
 * one wrap in five.  A stack of headlines or menu lines of about one
 * length never does, and joined they make one paragraph of nonsense.
 */
static int
wraps_mid_sentence(const char *d, const struct paras *ps, size_t p75)
{
	size_t i, wraps = 0, lower = 0;

	for (i = 0; i + 1 < ps->nlines; i++) {
		const struct line *a = &ps->lines[i], *b = &ps->lines[i + 1];

		if (b->blank_before || (a->end - a->start) * 10 < p75 * 7)
			continue;
		wraps++;
		lower += cp_is_lower(line_first(d, b));
	}
	return lower * 5 >= wraps;
}

/*
 * The wrap width of hard-wrapped text, or 0 when the text is not
 * wrapped: most lines then have nearly the same length (the 90th
 * percentile close to the 75th), and that length is that of a column or
 * a terminal, not of a whole paragraph.
 */
static size_t
wrap_width(const char *d, const struct paras *ps)
{
	static unsigned hist[WIDTH_MAX + 1];
	size_t i, len, p75 = 0, p90 = 0, seen = 0, longer;

	if (ps->nlines < 10)
		return 0;
	memset(hist, 0, sizeof hist);
	for (i = 0; i < ps->nlines; i++) {
		len = ps->lines[i].end - ps->lines[i].start;
		hist[len > WIDTH_MAX ? WIDTH_MAX : len]++;
	}
	for (len = 0; len <= WIDTH_MAX; len++) {
		seen += hist[len];
		if (!p75 && seen * 4 >= ps->nlines * 3)
			p75 = len;
		if (seen * 10 >= ps->nlines * 9) {
			p90 = len;
			break;
		}
	}
	if (p75 < 20 || p75 > 100 || p90 > 2 * p75)
		return 0;
	/* A short text must show it: most of its lines near the width, or
	 * next to none much longer.  A scraped page of short menu lines and
	 * a few one-line paragraphs has a p75 too, but no wrapped column
	 * (its paragraphs are lines far longer), and with long menus and a
	 * comment thread it runs to 150 lines; lynx wraps the same page's
	 * paragraphs, and no line passes the width (long OCR pages mix
	 * column widths, and their number of lines tells enough). */
	if (ps->nlines < 200) {
		for (len = p75 * 7 / 10, seen = 0; len <= p75 * 23 / 20; len++)
			seen += hist[len];
		for (len = p75 * 13 / 10 + 1, longer = 0; len <= WIDTH_MAX;
		    len++)
			longer += hist[len];
		if (seen * 2 < ps->nlines && longer * 50 > ps->nlines)
			return 0;
		if (!wraps_mid_sentence(d, ps, p75))
			return 0;
	}
	return p75;
}

/* A short line "by Jane Smith · March 4, 2019", "by: CNN Newsource" or
 * (in a text not wrapped, width 0) "by" alone, the name a link on the
 * next line: a byline under a headline, not the rest of its sentence.
 * (In a wrapped column a "by" alone is one.) */
static int
line_is_byline(const char *d, const struct line *l, size_t width)
{
	size_t n = l->end - l->start, k;
	const char *s = d + l->start;

	if (n >= 100 || n < 2 || s[0] != 'b' || s[1] != 'y')
		return 0;
	k = n > 2 && s[2] == ':' ? 3 : 2;
	if (k == n)
		return width == 0;
	return s[k] == ' ' && k + 1 < n && s[k + 1] >= 'A' && s[k + 1] <= 'Z';
}

/* A line that starts with a site's address, "reuters.com - Kwame Asante
 * • 1h" under a headline in a news reader: the story's source, not the
 * rest of the headline's sentence. */
static int
line_is_source(const char *d, const struct line *l)
{
	size_t i, dot = 0, n = l->end - l->start;
	const char *s = d + l->start;

	for (i = 0; i < n && s[i] != ' '; i++) {
		if (s[i] == '.')
			dot = i;
		else if (!(s[i] >= 'a' && s[i] <= 'z') &&
		    !(s[i] >= '0' && s[i] <= '9') && s[i] != '-')
			return 0;
	}
	/* a dot, then two to six letters: a top-level domain; then
	 * nothing, or a separator */
	if (dot == 0 || i - dot - 1 < 2 || i - dot - 1 > 6 ||
	    (s[i - 1] >= '0' && s[i - 1] <= '9'))
		return 0;
	return i == n || (n - i >= 3 && (memcmp(s + i, " - ", 3) == 0 ||
	    memcmp(s + i, " | ", 3) == 0)) || (n - i >= 5 &&
	    memcmp(s + i, " \xe2\x80\xa2 ", 5) == 0);
}

/* A line that says how long ago the story was posted: "submitted 13
 * hours ago by mrspeakerman" under a headline on a forum, not the rest
 * of the headline's sentence. */
static int
line_is_posted_ago(const char *d, const struct line *l)
{
	static const char *const units[] = { "minutes", "minute", "hours",
	    "hour", "days", "day", "weeks", "week", "months", "month",
	    "years", "year", "mins", "min", "hrs", NULL };
	size_t n = l->end - l->start, at, u;
	const char *s = d + l->start;

	if (n > 80)
		return 0;
	for (at = 0; at + 4 <= n && (memcmp(s + at, " ago", 4) != 0 ||
	    (at + 4 < n && s[at + 4] != ' ')); at++)
		;
	if (at + 4 > n)
		return 0;
	for (u = 0; units[u] != NULL; u++) {
		size_t k = strlen(units[u]);

		if (at > k && memcmp(s + at - k, units[u], k) == 0 &&
		    s[at - k - 1] == ' ')
			return 1;
	}
	return 0;
}

/* "By : [16]Yudha Baskoro | on 09:33 PM ...", "BY JANE SMITH": a line
 * that starts with a byline. */
static int
line_starts_byline(const char *d, const struct line *l)
{
	size_t n = l->end - l->start, k = 3;
	const char *s = d + l->start;

	if (n < 5 || (s[0] != 'B' || (s[1] != 'y' && s[1] != 'Y')) ||
	    s[2] != ' ')
		return 0;
	if (s[k] == ':' && k + 1 < n && s[k + 1] == ' ')
		k += 2;
	k += link_number(s + k, n - k);
	if (k >= n || s[k] < 'A' || s[k] > 'Z')
		return 0;
	/* short, or a byline's items ("Name | date"): not a sentence
	 * that begins "By Wednesday, the city ..." */
	if (n <= 60)
		return 1;
	for (; k + 2 < n; k++)
		if (s[k] == ' ' && s[k + 1] == '|' && s[k + 2] == ' ')
			return 1;
	return 0;
}

/* Does line b continue the paragraph of line a? */
static int
continues(const char *d, const struct line *a, const struct line *b,
    size_t width)
{
	uint32_t first = line_first(d, b);
	int lower = cp_is_lower(first);

	if (b->blank_before)
		return 0;
	/* a word broken at a soft hyphen (U+00AD) goes on, in any case */
	if (ends_in_soft_hyphen(d, a->start, a->end))
		return 1;
	if (lower && !line_closed(d, a) && line_has_words(d, a, 3) &&
	    !line_is_byline(d, b, width) && !(width == 0 &&
	    (line_is_source(d, b) || line_is_posted_ago(d, b))))
		return 1;
	if (width == 0)
		return 0;
	if (lower && d[a->end - 1] == '-')
		return 1;
	/* a byline under a caption or a standfirst, in a page's text
	 * wrapped by a browser, or a wire's "By United Press." in an
	 * OCR'd column: a line of its own, the story after it */
	if (((line_closed(d, a) || d[a->end - 1] == ')') &&
	    line_starts_byline(d, b)) || line_starts_byline(d, a))
		return 0;
	if (b->indented && !a->indented)
		return 0;
	return (a->end - a->start) * 10 >= width * 7 && !line_all_caps(d, a);
}

void
paragraphs_find(const char *d, size_t n, struct paras *ps)
{
	const char *nl;
	size_t pos = 0, le, s, e, w, i, width;
	struct line l;
	int blank = 0;

	ps->n = 0;
	ps->nlines = 0;
	while (pos < n) {
		nl = memchr(d + pos, '\n', n - pos);
		le = nl ? (size_t)(nl - d) : n;
		s = pos;
		while (s < le && (w = ws_at(d + s, le - s)) > 0)
			s += w;
		e = le;
		while (e > s && (w = ws_len_before(d, s, e)) > 0)
			e -= w;
		if (s == e) {
			blank = 1;
		} else {
			l.start = s;
			l.end = e;
			l.blank_before = (unsigned char)blank;
			l.indented = s > pos;
			add_line(ps, &l);
			blank = 0;
		}
		pos = le + 1;
	}
	width = wrap_width(d, ps);
	ps->wrapped = width != 0;
	for (i = 0; i < ps->nlines; i++) {
		if (i > 0 && continues(d, &ps->lines[i - 1], &ps->lines[i], width))
			ps->v[ps->n - 1].end = ps->lines[i].end;
		else
			add_para(ps, ps->lines[i].start, ps->lines[i].end);
	}
}

void
paras_free(struct paras *ps)
{
	free(ps->v);
	free(ps->lines);
	memset(ps, 0, sizeof *ps);
}
