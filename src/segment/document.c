/*
 * One document through paragraphs, roles and sentences, written as rows
 * of the record stream:
 *
 *   doc para sent role start end text title date folds
 *
 * folds (see folds.h) says where text is not a verbatim copy of the
 * source bytes [start, end): a white-space run that is not one byte, a
 * bad byte written as the three bytes of U+FFFD.  Most sentences have
 * none, and the field is empty.
 *
 * para and sent count from 1 within the document (sent across the whole
 * document, not per paragraph), over all paragraphs and sentences, so
 * the numbers stay the same whatever --only lets through.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "fmt.h"
#include "out.h"
#include "segment.h"
#include "utf8.h"
#include "util.h"

static const size_t role_len[NROLES] = { 4, 5, 8, 6, 7, 7, 11, 7, 7 };

static const char *const columns[] = {
	"doc", "para", "sent", "role", "start", "end", "text", "title", "date",
	"folds"
};

/* --lean: what `sentences --furniture` reads, no role, title, date, folds */
static const char *const lean_columns[] = {
	"doc", "para", "sent", "start", "end", "text"
};

void
segment_header(int lean)
{
	if (lean)
		out_header(lean_columns, sizeof lean_columns /
		    sizeof lean_columns[0]);
	else
		out_header(columns, sizeof columns / sizeof columns[0]);
}

void
segmenter_init(struct segmenter *sg, unsigned role_mask)
{
	memset(sg, 0, sizeof *sg);
	sg->role_mask = role_mask;
}

void
segmenter_free(struct segmenter *sg)
{
	paras_free(&sg->ps);
	splitter_free(&sg->sp);
	buf_free(&sg->text);
	buf_free(&sg->title);
	buf_free(&sg->date);
	buf_free(&sg->scratch);
	buf_free(&sg->id_esc);
	buf_free(&sg->id_valid);
	buf_free(&sg->tail_esc);
	buf_free(&sg->rows);
	folds_free(&sg->folds);
}

void
fold_ws(const char *d, size_t start, size_t end, struct buf *out)
{
	size_t pos = start, w;
	int space = 0;

	while (pos < end) {
		if ((w = ws_at(d + pos, end - pos)) > 0) {
			space = 1;
			pos += w;
			continue;
		}
		if (space && out->len > 0)
			buf_addc(out, ' ');
		space = 0;
		buf_addc(out, d[pos++]);
	}
}

/*
 * Appends s to sg->text with every NUL byte and every byte that is not
 * part of valid UTF-8 replaced by U+FFFD, each replacement noted in
 * sg->folds (its three text bytes stand for one source byte).
 */
static void
append_replacing_bad(struct segmenter *sg, const char *s, size_t n)
{
	struct buf *b = &sg->text;
	size_t pos = 0, ok, run;
	const char *nul;

	while (pos < n) {
		ok = utf8_check(s + pos, n - pos);
		nul = memchr(s + pos, '\0', ok);
		run = nul ? (size_t)(nul - (s + pos)) : ok;
		buf_add(b, s + pos, run);
		pos += run;
		if (pos < n) {	/* a NUL or a bad byte */
			folds_add(&sg->folds, b->len, -2);
			buf_add(b, "\xef\xbf\xbd", 3);
			pos++;
		}
	}
}

/* The same for a whole buffer (title, date), without folds. */
static void
replace_bad(struct segmenter *sg, struct buf *b)
{
	struct buf keep = sg->text;

	sg->text = sg->scratch;
	buf_reset(&sg->text);
	append_replacing_bad(sg, b->data, b->len);
	sg->scratch = sg->text;
	sg->text = keep;
	buf_reset(b);
	buf_add(b, sg->scratch.data, sg->scratch.len);
	folds_reset(&sg->folds);
}

/* Copies s (n bytes) to p escaped as a record-stream field (at most
 * 2n bytes); returns the end. */
static char *
put_escaped(char *p, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '\\': *p++ = '\\'; *p++ = '\\'; break;
		case '\t': *p++ = '\\'; *p++ = 't'; break;
		case '\n': *p++ = '\\'; *p++ = 'n'; break;
		case '\r': *p++ = '\\'; *p++ = 'r'; break;
		default: *p++ = s[i];
		}
	}
	return p;
}

/*
 * How the text goes on from the word d[a_start, a_end) to the word
 * d[b_start, b_end): one space, or a word broken at a line end joined
 * again (rejoin.c).  Not in --lean rows, which have no folds to say so.
 */
static enum rejoin
gap_join(const struct segmenter *sg, size_t a_start, size_t a_end,
    size_t b_start, size_t b_end)
{
	return sg->lean ? REJOIN_NO : rejoin_at(sg->words, sg->d, a_start,
	    a_end, b_start, b_end);
}

/* The same between tokens i - 1 and i. */
static enum rejoin
tok_join(const struct segmenter *sg, const struct tok *t, size_t i)
{
	return gap_join(sg, t[i - 1].start, t[i - 1].end, t[i].start,
	    t[i].end);
}

/*
 * Writes the text of a sentence of a document without bad bytes to p
 * (room for its span, twice that if the document has a backslash): its
 * tokens joined by one space, or by nothing where a word broken at a
 * line end is joined again.  Tokens already one space apart in the
 * source are copied as one run.  Each gap between tokens that is not
 * one byte of source is noted in sg->folds, and so is each joined one
 * (the byte before it stands for itself and the gap).  The text has no
 * TAB, LF or CR left after folding; only a backslash needs escaping.
 */
static char *
put_text(struct segmenter *sg, char *p, const struct tok *t, size_t n)
{
	const char *d = sg->d;
	size_t i, j, gap, len, drop, at = 0;	/* at: offset in the unescaped text */
	enum rejoin how;
	int single = 1;

	/*
	 * Most often every gap between tokens is one byte (a space, or the
	 * newline of a wrapped line) and no word is broken: then the text
	 * is the source span with those bytes made spaces, one copy and no
	 * folds.  Looking for runs instead mispredicts a branch at every
	 * line end.
	 */
	for (i = 1; i < n && single; i++)
		single = t[i].start == t[i - 1].end + 1 &&
		    (d[t[i - 1].end] != '\n' || tok_join(sg, t, i) == REJOIN_NO);
	if (single && !sg->backslash) {
		len = t[n - 1].end - t[0].start;
		memcpy(p, d + t[0].start, len);
		for (i = 1; i < n; i++)
			p[t[i].start - 1 - t[0].start] = ' ';
		return p + len;
	}
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && t[j].start == t[j - 1].end + 1 &&
		    d[t[j - 1].end] == ' '; j++)
			;
		if (i > 0) {
			gap = t[i].start - t[i - 1].end;
			if ((how = tok_join(sg, t, i)) == REJOIN_NO) {
				if (gap != 1)
					folds_add(&sg->folds, at,
					    (long)gap - 1);
				*p++ = ' ';
				at++;
			} else {
				/* the hyphen, if any, stands in the byte
				 * before the join with the gap */
				drop = REJOIN_DROPPED(how);
				p -= drop;
				at -= drop;
				gap += drop;
				folds_add(&sg->folds, at - 1, (long)gap);
			}
		}
		len = t[j - 1].end - t[i].start;
		if (sg->backslash && memchr(d + t[i].start, '\\', len))
			p = put_escaped(p, d + t[i].start, len);
		else {
			memcpy(p, d + t[i].start, len);
			p += len;
		}
		at += len;
	}
	return p;
}

/*
 * The text of a sentence of a document with bad bytes, into sg->text:
 * each token copied with them replaced by U+FFFD; each replacement, each
 * gap between tokens that is not one byte and each joined one noted in
 * sg->folds, in text order.
 */
static void
dirty_text(struct segmenter *sg, const struct tok *t, size_t n)
{
	const char *d = sg->d;
	size_t i, gap, drop;
	enum rejoin how;

	buf_reset(&sg->text);
	for (i = 0; i < n; i++) {
		if (i > 0) {
			gap = t[i].start - t[i - 1].end;
			if ((how = tok_join(sg, t, i)) == REJOIN_NO) {
				if (gap != 1)
					folds_add(&sg->folds, sg->text.len,
					    (long)gap - 1);
				buf_addc(&sg->text, ' ');
			} else {
				/* the hyphen (a buf ends in a NUL) */
				drop = REJOIN_DROPPED(how);
				sg->text.len -= drop;
				sg->text.data[sg->text.len] = '\0';
				gap += drop;
				folds_add(&sg->folds, sg->text.len - 1,
				    (long)gap);
			}
		}
		append_replacing_bad(sg, d + t[i].start, t[i].end - t[i].start);
	}
}

/* Writes TAB and v in decimal to p (room for 21 bytes); returns the
 * end. */
static char *
put_num(char *p, unsigned long long v)
{
	*p++ = '\t';
	return fmt_ulong(p, v);
}

/*
 * Rows are put together in sg->rows and handed to out.h in pieces of at
 * least ROWS_CHUNK bytes: out_bytes() writes a piece that large straight
 * to the file instead of copying it, and one call per piece replaces
 * a dozen per row.  The buffer holds at most one chunk and one row,
 * across documents.
 */
#define ROWS_CHUNK ((size_t)64 * 1024)

void
segment_flush(struct segmenter *sg)
{
	out_bytes(sg->rows.data, sg->rows.len);
	buf_reset(&sg->rows);
	/* a huge sentence (a 30 MB line) does not keep its memory */
	if (sg->rows.cap > 16 * ROWS_CHUNK)
		buf_free(&sg->rows);
}

static void
on_sentence(void *arg, size_t start, size_t end, const struct tok *t,
    size_t n)
{
	struct segmenter *sg = arg;
	struct buf *b = &sg->rows;
	size_t textmax, need;
	char *p;

	sg->sent++;
	if (!(sg->role_mask & (1u << sg->role)))
		return;
	folds_reset(&sg->folds);
	/* the text is at most its source span, or the buffer of a dirty
	 * one; twice that if backslashes are to be escaped */
	if (sg->dirty) {
		dirty_text(sg, t, n);
		textmax = sg->text.len;
	} else {
		textmax = end - start;
	}
	if (sg->backslash || sg->dirty)
		textmax *= 2;
	/* doc para sent role start end text title date TAB folds LF */
	need = sg->id_esc.len + (size_t)5 * 21 + 16 + textmax +
	    sg->tail_esc.len + 2;
	if (b->cap - b->len <= need)	/* the call only when it grows */
		buf_reserve(b, need);
	p = b->data + b->len;
	memcpy(p, sg->id_esc.data, sg->id_esc.len);
	p += sg->id_esc.len;
	p = put_num(p, sg->para);
	p = put_num(p, sg->sent);
	if (!sg->lean) {
		*p++ = '\t';
		memcpy(p, role_names[sg->role], role_len[sg->role]);
		p += role_len[sg->role];
	}
	p = put_num(p, start);
	p = put_num(p, end);
	*p++ = '\t';
	if (sg->dirty)
		p = put_escaped(p, sg->text.data, sg->text.len);
	else
		p = put_text(sg, p, t, n);
	if (!sg->lean) {	/* (lean: doc para sent start end text) */
		memcpy(p, sg->tail_esc.data, sg->tail_esc.len);
		p += sg->tail_esc.len;
		*p++ = '\t';
	}
	if (sg->lean || sg->folds.n == 0) {
		*p++ = '\n';
		*p = '\0';
		b->len = (size_t)(p - b->data);
	} else {
		*p = '\0';
		b->len = (size_t)(p - b->data);
		folds_format(&sg->folds, b);
		buf_addc(b, '\n');
	}
	if (b->len >= ROWS_CHUNK)
		segment_flush(sg);
}

unsigned long
line_of(const char *d, size_t off, unsigned long base)
{
	const char *p = d, *end = d + off;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		base++;
		p++;
	}
	return base;
}

/* Reports NUL bytes and invalid UTF-8 in d; returns whether any.  16
 * bytes at a time (SSE2; else 8, in a word) while they are ASCII and not
 * NUL: one pass, mostly one test per 16 bytes. */
static int
check_bytes(const char *name, unsigned long line_base, const char *d,
    size_t n)
{
	size_t pos = 0, len, first_bad = n, bad = 0, first_nul = n, nuls = 0;
	uint32_t cp;
	int utf16;
#ifdef __SSE2__
	__m128i x, nul;
	unsigned m;
#else
	const uint64_t high = 0x8080808080808080ULL, ones = 0x0101010101010101ULL;
	uint64_t x;
#endif

	while (pos < n) {
#ifdef __SSE2__
		if (n - pos >= 16) {
			/* bit i: byte i is not ASCII, or NUL */
			x = _mm_loadu_si128((const __m128i *)(const void *)
			    (d + pos));
			nul = _mm_cmpeq_epi8(x, _mm_setzero_si128());
			m = (unsigned)(_mm_movemask_epi8(x) |
			    _mm_movemask_epi8(nul));
			if (m == 0) {
				pos += 16;
				continue;
			}
			pos += (size_t)__builtin_ctz(m);
		}
#else
		if (n - pos >= 8) {
			memcpy(&x, d + pos, 8);
			if (((x | ((x - ones) & ~x)) & high) == 0) {
				pos += 8;	/* ASCII, no NUL */
				continue;
			}
		}
#endif
		if (d[pos] == '\0') {
			if (nuls++ == 0)
				first_nul = pos;
			pos++;
		} else if ((unsigned char)d[pos] < 0x80) {
			pos++;
		} else if ((len = utf8_decode((const unsigned char *)d + pos,
		    n - pos, &cp)) > 0) {
			pos += len;
		} else {
			if (bad++ == 0)
				first_bad = pos;
			pos++;
		}
	}
	/* a file of UTF-16 is one mistake, not thousands of bad bytes */
	utf16 = (bad || nuls) && line_base == 1 && utf16_bom(d, n);
	if (utf16)
		warnmsg("%s:1: UTF-16 text, not UTF-8 (written as U+FFFD): "
		    "convert it first (iconv -f UTF-16 -t UTF-8)", name);
	if (bad && !utf16)
		warnmsg("%s:%lu: invalid UTF-8 (%zu byte%s written as U+FFFD)",
		    name, line_of(d, first_bad, line_base), bad,
		    bad == 1 ? "" : "s");
	if (nuls && !utf16)
		warnmsg("%s:%lu: NUL byte (%zu written as U+FFFD)", name,
		    line_of(d, first_nul, line_base), nuls);
	return bad || nuls;
}

/* Paragraph i's text, past a Markdown heading's "#" marks, for the
 * title and date columns: white space folded, and a word broken at a
 * line end joined again as in the sentences' text ("Con-\ndemned"). */
static void
paragraph_text(struct segmenter *sg, size_t i, struct buf *out)
{
	const char *d = sg->d;
	size_t pos = sg->ps.v[i].start, end = sg->ps.v[i].end;
	size_t a_start = 0, a_end = 0, b_start, w;
	enum rejoin how;

	pos += markdown_heading(d + pos, end - pos);
	while (pos < end) {
		while (pos < end && (w = ws_at(d + pos, end - pos)) > 0)
			pos += w;
		if (pos == end)
			break;
		b_start = pos;
		while (pos < end && ws_at(d + pos, end - pos) == 0)
			pos++;
		how = a_end > 0 ? gap_join(sg, a_start, a_end, b_start, pos) :
		    REJOIN_NO;
		if (how != REJOIN_NO)
			out->len -= REJOIN_DROPPED(how);
		else if (out->len > 0)
			buf_addc(out, ' ');
		buf_add(out, d + b_start, pos - b_start);
		a_start = b_start;
		a_end = pos;
	}
}

/* The folded text of the first paragraph with the given role. */
static void
first_with_role(struct segmenter *sg, int role, struct buf *out)
{
	size_t i;

	for (i = 0; i < sg->ps.n; i++)
		if (sg->ps.v[i].role == role) {
			paragraph_text(sg, i, out);
			/* a headline broken in a narrow column (see
			 * title_continued) */
			while (role == ROLE_TITLE && i + 1 < sg->ps.n &&
			    sg->ps.v[i + 1].role == ROLE_TITLE &&
			    title_goes_on(out->data, out->len))
				paragraph_text(sg, ++i, out);
			return;
		}
}

/* Whether a dateline gives the day of an update: "Updated: ...",
 * "Last updated ...", "Modified ...". */
static int
is_update_line(const char *s, size_t n)
{
	static const char *const leads[] = { "updated", "last updated",
	    "modified", "last modified", NULL };
	size_t k;
	int i;

	while (n > 0 && (*s == '|' || *s == ' ' || *s == '-')) {
		s++;	/* "| Updated on ..." */
		n--;
	}
	for (i = 0; leads[i] != NULL; i++) {
		k = strlen(leads[i]);
		if (n > k && strncasecmp(s, leads[i], k) == 0 &&
		    (s[k] == ' ' || s[k] == ':'))
			return 1;
	}
	return 0;
}

/* Whether s (n bytes) holds a year: four digits from 1800 to 2099. */
static int
has_year(const char *s, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i = k + 1) {
		for (k = i; k < n && s[k] >= '0' && s[k] <= '9'; k++)
			;
		if (k - i == 4 && ((s[i] == '1' && s[i + 1] >= '8') ||
		    (s[i] == '2' && s[i + 1] == '0')) &&
		    (i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9')))
			return 1;
	}
	return 0;
}

/* Whether test holds for paragraph i's bytes. */
static int
paragraph_is(struct segmenter *sg, size_t i, int (*test)(const char *, size_t))
{
	return test(sg->d + sg->ps.v[i].start, sg->ps.v[i].end -
	    sg->ps.v[i].start);
}

/* The dateline at i, or the one right after it when i is an update's
 * and that one has a year ("Updated on October 13, 2019" / "Published
 * on October 10, 2019"). */
static size_t
published_dateline(struct segmenter *sg, size_t i)
{
	if (paragraph_is(sg, i, is_update_line) && i + 1 < sg->ps.n &&
	    sg->ps.v[i + 1].role == ROLE_DATELINE &&
	    !paragraph_is(sg, i + 1, is_update_line) &&
	    paragraph_is(sg, i + 1, has_year))
		return i + 1;
	return i;
}

#define HEADER_MAX	8	/* paragraphs under the title */

/*
 * The first whole date under the title at t, in the few lines before its
 * prose or at the start of its first paragraph of prose ("NEW YORK, Jan.
 * 04, 2019 (GLOBE NEWSWIRE) --"), in a caption only after "Published" or
 * the like or in a byline (a photo's day is not the article's), not an
 * update's if another is there; into out, returning 1, or 2 when it is
 * an update's, 0 when there is none.  For a page whose date line no rule
 * knew: "Published 1:47 p.m. ChT Jan. 16, 2019 | Updated ...".
 */
#define PROSE_BYTES	300	/* bytes that are prose whatever their end */
#define LEAD_MAX	80	/* where in it a date may start */

/* Whether bytes [start, end) of d read as prose: a dozen words or more
 * ending as a sentence ends, or any long stretch.  (roles.c's is_prose
 * judges a described paragraph; this needs only the bytes.) */
static int
text_is_prose(const char *d, size_t start, size_t end)
{
	size_t i, words = 0;
	unsigned char c;

	if (end - start >= PROSE_BYTES)
		return 1;
	for (i = start + 1; i < end; i++)
		words += (d[i] == ' ' || d[i] == '\n') &&
		    d[i - 1] != ' ' && d[i - 1] != '\n';
	while (end > start && (d[end - 1] == '"' || d[end - 1] == ')' ||
	    (unsigned char)d[end - 1] >= 0x80))
		end--;	/* a closing quote, curly ones included */
	c = end > start ? (unsigned char)d[end - 1] : 0;
	return words >= 11 && (c == '.' || c == '!' || c == '?');
}

static int
header_full_date(struct segmenter *sg, size_t t, struct buf *out)
{
	const struct para *p;
	size_t i, from, to, len, at = 0, upd_from = 0, upd_to = 0;
	int prose, found;

	for (i = t + 1; i < sg->ps.n && i <= t + HEADER_MAX; i++) {
		p = &sg->ps.v[i];
		len = p->end - p->start;
		prose = text_is_prose(sg->d, p->start, p->end);
		found = paragraph_full_date(sg->d + p->start, len, prose ?
		    LEAD_MAX : len, p->role == ROLE_CAPTION, &from, &to);
		if (found == 1) {
			fold_ws(sg->d, p->start + from, p->start + to, out);
			return 1;
		}
		if (found == 2 && upd_to == 0) {
			at = p->start;
			upd_from = from;
			upd_to = to;
		}
		if (prose)
			break;
	}
	if (upd_to == 0)
		return 0;
	fold_ws(sg->d, at + upd_from, at + upd_to, out);
	return 2;
}

/*
 * The day the page says the article was first published, after an
 * update's date was all its header gave ("Updated January 24, 2019 5:39
 * PM" above the story, "This story was originally published January 22,
 * 2019 8:52 AM." below it): the first whole date soon after "originally
 * published" or "first published" anywhere, into out in place of the
 * update's.
 */
#define PUBLISHED_GAP	24	/* bytes from the words to the date */

static void
originally_published(struct segmenter *sg, struct buf *out)
{
	static const char *const says[] = { "originally published",
	    "first published" };
	const char *s;
	size_t i, k, j, n, len, from, to;

	for (i = 0; i < sg->ps.n; i++) {
		s = sg->d + sg->ps.v[i].start;
		n = sg->ps.v[i].end - sg->ps.v[i].start;
		for (k = 0; k < sizeof says / sizeof *says; k++) {
			len = strlen(says[k]);
			for (j = 0; j + len <= n; j++)
				if (strncasecmp(s + j, says[k], len) == 0)
					break;
			if (j + len > n || full_date_find(s + j + len, n - j -
			    len, PUBLISHED_GAP, 0, &from, &to) != 1)
				continue;
			buf_reset(out);
			fold_ws(s, j + len + from, j + len + to, out);
			return;
		}
	}
}

/*
 * The first whole date of a short line (not a caption) among paragraphs
 * [lo, hi), into out; 0 when there is none.  For a kicker's date right
 * above the title ("Daily news 11 February 2019", "NEWS RELEASE
 * 4-JAN-2019": nearer the headline than a site's date bar or a browser's
 * print header, and nearer than the days of other stories further
 * down), and as the last resort anywhere, for a page that dates its post
 * only under it ("Sat, Apr 20, 2019 (4 years ago)" below a blog post).
 */
#define SHORT_LINE_MAX	80	/* bytes */

static int
short_line_date(struct segmenter *sg, size_t lo, size_t hi, struct buf *out)
{
	const struct para *p;
	size_t i, from, to;

	for (i = lo; i < hi; i++) {
		p = &sg->ps.v[i];
		if (p->role == ROLE_CAPTION || p->end - p->start > SHORT_LINE_MAX)
			continue;
		if (full_date_find(sg->d + p->start, p->end - p->start,
		    p->end - p->start, 0, &from, &to) == 1) {
			fold_ws(sg->d, p->start + from, p->start + to, out);
			return 1;
		}
	}
	return 0;
}

/*
 * The article's dateline: the first one in its header, the few
 * paragraphs under the title before its prose (past an update's to one
 * with a year, if there is one), else a whole date in those paragraphs
 * or under a later title line (header_full_date), else one in a short
 * line right above the title, else the first dateline, else a whole date
 * in a short line anywhere (short_line_date); an update's only when the
 * page does not say when it was first published (originally_published).
 * A date above the headline is often the day the page was read (a
 * site's "Friday, January 4" bar, a browser's print header), not the
 * article's.
 */
static void
article_date(struct segmenter *sg, struct buf *out)
{
	size_t i, t, first = SIZE_MAX;
	int found;

	for (t = 0; t < sg->ps.n && sg->ps.v[t].role != ROLE_TITLE; t++)
		;
	for (i = t + 1; i < sg->ps.n && i <= t + HEADER_MAX &&
	    sg->ps.v[i].role != ROLE_BODY; i++) {
		if (sg->ps.v[i].role != ROLE_DATELINE)
			continue;
		/* "Updated: September 21" above "Published September
		 * 20": the day it was published */
		if (!paragraph_is(sg, i, is_update_line) &&
		    (first == SIZE_MAX || paragraph_is(sg, i, has_year))) {
			paragraph_text(sg, i, out);
			return;
		}
		if (first == SIZE_MAX)
			first = i;
	}
	/* under the headline, or under a title line above it (a page's
	 * <title> printed first) */
	for (i = t; first == SIZE_MAX && i < sg->ps.n; i++)
		if (sg->ps.v[i].role == ROLE_TITLE &&
		    (found = header_full_date(sg, i, out)) != 0) {
			if (found == 2)
				originally_published(sg, out);
			return;
		}
	/* a kicker's, in one of the two lines right above the title */
	if (first == SIZE_MAX && t < sg->ps.n &&
	    short_line_date(sg, t >= 2 ? t - 2 : 0, t, out))
		return;
	if (first == SIZE_MAX)
		for (i = 0; i < sg->ps.n && first == SIZE_MAX; i++)
			if (sg->ps.v[i].role == ROLE_DATELINE)
				first = published_dateline(sg, i);
	if (first != SIZE_MAX) {
		paragraph_text(sg, first, out);
		if (paragraph_is(sg, first, is_update_line))
			originally_published(sg, out);
		return;
	}
	(void)short_line_date(sg, 0, sg->ps.n, out);
}

/*
 * The article's date from its text, else from its name or address
 * (namedate.c).  A date of the text that is not whole ("WEDNESDAY, June
 * 7.": in a newspaper's page most often a story's dateline, not the
 * paper's day; "june 3,, 1916", misread) gives way to the name's.
 */
static void
document_date(struct segmenter *sg, const char *name, size_t len)
{
	size_t from, to;

	article_date(sg, &sg->date);
	if (sg->date.len > 0 && full_date_find(sg->date.data, sg->date.len,
	    sg->date.len, 0, &from, &to) != 0)
		return;
	buf_reset(&sg->scratch);
	if (name_date(name, len, &sg->scratch)) {
		buf_reset(&sg->date);
		buf_add(&sg->date, sg->scratch.data, sg->scratch.len);
	}
}

/* What of a document's doc, title and date, given apart from its text,
 * is not valid UTF-8 (title and date may be NULL), or NULL. */
static const char *
bad_cell(int is_path, const char *id, size_t idlen, const char *title,
    size_t tlen, const char *date, size_t dlen)
{
	if (utf8_check(id, idlen) != idlen)
		return is_path ? "file name" : "id";
	if (title != NULL && utf8_check(title, tlen) != tlen)
		return "title";
	if (date != NULL && utf8_check(date, dlen) != dlen)
		return "date";
	return NULL;
}

int
segment_document(struct segmenter *sg, const char *name,
    unsigned long line_base, const char *id, size_t idlen,
    const char *d, size_t n, const char *title, size_t tlen,
    const char *date, size_t dlen)
{
	struct front_matter fm;
	size_t i;
	const char *bad;
	int is_path = id == name;	/* a text file: its doc is its path */

	sg->d = d;
	sg->n = n;
	sg->id = id;
	sg->idlen = idlen;
	sg->sent = 0;
	sg->dirty = check_bytes(name, line_base, d, n);
	/* The cells of a CSV and a file's name are not in d: checked apart. */
	if ((bad = bad_cell(is_path, id, idlen, title, tlen, date, dlen))) {
		warnmsg("%s:%lu: invalid UTF-8 in the %s (written as U+FFFD)",
		    name, line_base, bad);
		sg->dirty = 1;
	}
	sg->backslash = memchr(d, '\\', n) != NULL;

	/* a Markdown file's front matter gives what a CSV's cells would */
	front_matter_read(d, n, &fm);
	if (title == NULL && fm.title != NULL) {
		title = fm.title;
		tlen = fm.tlen;
	}
	if (date == NULL && fm.date != NULL) {
		date = fm.date;
		dlen = fm.dlen;
	}
	paragraphs_find(d, n, &sg->ps);
	buf_reset(&sg->title);
	buf_reset(&sg->date);
	/*
	 * The roles, title and date, two thirds of the time, change no
	 * paragraph or sentence: --lean, which writes none of them, looks
	 * for none (--only and --furniture, which need them, are refused
	 * with it).
	 */
	if (!sg->lean) {
		for (i = 0; sg->furniture != NULL && i < sg->ps.n; i++)
			sg->ps.v[i].furniture = furniture_has(sg->furniture,
			    d, sg->ps.v[i].start, sg->ps.v[i].end);
		roles_assign(d, &sg->ps, title, tlen);
		for (i = 0; i < sg->ps.n && sg->ps.v[i].start < fm.end; i++)
			sg->ps.v[i].role = ROLE_BOILERPLATE;
		if (title != NULL && tlen > 0)
			fold_ws(title, 0, tlen, &sg->title);
		else
			first_with_role(sg, ROLE_TITLE, &sg->title);
		if (date != NULL && dlen > 0)
			fold_ws(date, 0, dlen, &sg->date);
		else
			document_date(sg, id, idlen);
	}
	if (sg->dirty) {
		replace_bad(sg, &sg->title);
		replace_bad(sg, &sg->date);
		buf_reset(&sg->id_valid);
		buf_add(&sg->id_valid, id, idlen);
		replace_bad(sg, &sg->id_valid);
		id = sg->id_valid.data;
		idlen = sg->id_valid.len;
	}
	buf_reset(&sg->id_esc);
	buf_add_field(&sg->id_esc, id, idlen);
	buf_reset(&sg->tail_esc);
	buf_addc(&sg->tail_esc, '\t');
	buf_add_field(&sg->tail_esc, sg->title.data, sg->title.len);
	buf_addc(&sg->tail_esc, '\t');
	buf_add_field(&sg->tail_esc, sg->date.data, sg->date.len);

	sg->sp.readable = n;	/* the buffer holds d and more */
	for (i = 0; i < sg->ps.n; i++) {
		sg->para = i + 1;
		sg->role = sg->ps.v[i].role;
		sentences_split(&sg->sp, d, sg->ps.v[i].start, sg->ps.v[i].end,
		    on_sentence, sg);
	}
	/*
	 * An article with no text has no row, so that the tables would lose
	 * it (and a CSV article its title) without a word: said once, not
	 * in --lean, the first of make analyze's two segmentations.
	 */
	if (sg->sent == 0 && !sg->lean) {
		if (is_path)
			warnmsg("%s:%lu: no text; the article has no rows",
			    name, line_base);
		else
			warnmsg("%s:%lu: %.*s: no text; the article has no "
			    "rows", name, line_base, (int)sg->id_esc.len,
			    sg->id_esc.data);	/* (as in doc: one line) */
	}
	return sg->dirty;
}
