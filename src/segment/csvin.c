/*
 * Articles out of a CSV file (RFC 4180, as scrapers write it), one record
 * at a time, through libcsv.
 *
 * libcsv's traps, and what is done about them: it trims spaces and tabs
 * around unquoted fields unless told which bytes are spaces (we say none,
 * so every byte of a cell survives and offsets into the text cell are
 * exact); it is lenient about stray quotes unless CSV_STRICT is set (it
 * is: a malformed file is reported, not guessed at); and it does not
 * count lines, so the file is fed to it one line at a time and the line
 * number is known whenever a record ends.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <csv.h>

#include "segment.h"
#include "utf8.h"
#include "util.h"

#define CHUNK ((size_t)64 * 1024)

struct field {
	size_t	off, len;
};

struct reader {
	const char		*name;
	const struct csvcols	*cols;
	csvdoc_fn		*fn;
	void			*arg;
	struct buf		 rec;		/* the current record's fields */
	struct field		*f;
	size_t			 nf, capf;
	size_t			 ncols;		/* in the header; 0 before it */
	long			 col_id, col_text, col_title, col_date;
	unsigned long		 line;		/* being fed to the parser */
	unsigned long		 rec_line;	/* where this record began */
	int			 ended;		/* a record ended in this piece */
	unsigned long		 recno;
	unsigned long long	 off;		/* bytes fed to the parser */
	unsigned long long	 rec_off;	/* where this record began */
	unsigned long long	 lo, hi;	/* the part: records begun there */
	int			 past;		/* a record began at hi or after */
	struct hashset		 ids;		/* of the records so far */
	size_t			 max_doc;	/* 0: no limit */
	size_t			 rec_bytes;	/* fed since the record began */
	int			 status;
	int			 stop;		/* the header is unusable */
};

/*
 * Is the record being read (or the header) one of the part's?  Only then
 * are its problems reported: the part that holds a record reports it, the
 * others only fail (a problem before their part ends the file for them).
 */
static int
ours(const struct reader *r)
{
	return r->rec_off >= r->lo && r->rec_off < r->hi;
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static void
on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;

	if (r->nf == r->capf) {
		r->capf = r->capf ? 2 * r->capf : 16;
		r->f = ereallocarray(r->f, r->capf, sizeof *r->f);
	}
	r->f[r->nf].off = r->rec.len;
	r->f[r->nf].len = len;
	buf_add(&r->rec, s, len);
	buf_addc(&r->rec, '\0');
	r->nf++;
}

static long
find_col(struct reader *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->nf; i++)
		if (strcasecmp(r->rec.data + r->f[i].off, name) == 0)
			return (long)i;
	return -1;
}

/*
 * The default columns, each the first of its names that the header has:
 * the names of the common scrapers' outputs (newspaper3k and trafilatura
 * write text, title, url; news-please maintext, date_publish).
 */
static const char *const text_names[] = { "text", "maintext", "content",
    "body", "article", NULL };
static const char *const title_names[] = { "title", "headline", NULL };
static const char *const date_names[] = { "date", "date_publish",
    "publish_date", "published", "pubdate", NULL };
static const char *const id_names[] = { "url", "id", "link", NULL };

static long
find_first(struct reader *r, const char *const *names)
{
	long c = -1;

	for (; c < 0 && *names != NULL; names++)
		c = find_col(r, *names);
	return c;
}

/* A column the user named must exist; a default one may be absent. */
static long
want_col(struct reader *r, const char *given, const char *const *dflt)
{
	long c;

	if (given == NULL)
		return find_first(r, dflt);
	if ((c = find_col(r, given)) < 0) {
		if (ours(r))
			warnmsg("%s:%lu: no column \"%s\" in the header",
			    r->name, r->rec_line, given);
		r->status = 1;
		r->stop = 1;
	}
	return c;
}

static void
read_header(struct reader *r)
{
	if (r->nf > 0 && utf16_bom(r->rec.data + r->f[0].off, r->f[0].len)) {
		if (ours(r))
			warnmsg("%s:%lu: UTF-16 text, not UTF-8: convert it "
			    "first (iconv -f UTF-16 -t UTF-8)", r->name,
			    r->rec_line);
		r->status = 1;
		r->stop = 1;
		return;
	}
	/* a byte-order mark before the first name is not part of it */
	if (r->nf > 0 && r->f[0].len >= 3 &&
	    memcmp(r->rec.data + r->f[0].off, "\xef\xbb\xbf", 3) == 0) {
		r->f[0].off += 3;
		r->f[0].len -= 3;
	}
	r->ncols = r->nf;
	r->col_text = want_col(r, r->cols->text, text_names);
	if (r->col_text < 0 && !r->stop) {
		if (ours(r))
			warnmsg("%s:%lu: no column \"text\" in the header "
			    "(nor maintext, content, body or article)",
			    r->name, r->rec_line);
		r->status = 1;
		r->stop = 1;
	}
	r->col_title = want_col(r, r->cols->title, title_names);
	r->col_date = want_col(r, r->cols->date, date_names);
	r->col_id = want_col(r, r->cols->id, id_names);
}

static const char *
cell(struct reader *r, long c, size_t *len)
{
	if (c < 0 || (size_t)c >= r->nf) {
		*len = 0;
		return c < 0 ? NULL : "";
	}
	*len = r->f[c].len;
	return r->rec.data + r->f[c].off;
}

static unsigned long
newlines(const char *s, size_t n)
{
	unsigned long k = 0;
	const char *p = s, *end = s + n;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		k++;
		p++;
	}
	return k;
}

static void
on_record(int c, void *data)
{
	struct reader *r = data;
	struct csvdoc doc;
	struct buf id = BUF_INIT, shown = BUF_INIT;
	char num[32];
	long i;

	(void)c;
	if (r->stop)
		goto done;
	if (r->ncols == 0) {
		read_header(r);
		goto done;
	}
	r->recno++;
	if (r->nf != r->ncols && ours(r)) {
		warnmsg("%s:%lu: record has %zu fields, the header %zu",
		    r->name, r->rec_line, r->nf, r->ncols);
		r->status = 1;
	}
	memset(&doc, 0, sizeof doc);
	doc.recno = r->recno;
	doc.text = cell(r, r->col_text, &doc.textlen);
	doc.title = cell(r, r->col_title, &doc.titlelen);
	doc.date = cell(r, r->col_date, &doc.datelen);
	doc.id = cell(r, r->col_id, &doc.idlen);
	if (doc.id == NULL || doc.idlen == 0) {
		/* no id: the file's name and the record's number */
		snprintf(num, sizeof num, "#%lu", r->recno);
		buf_adds(&id, r->name);
		buf_adds(&id, num);
		doc.id = id.data;
		doc.idlen = id.len;
	} else if (!hashset_add(&r->ids, hashset_fnv(HASHSET_FNV_OFFSET,
	    doc.id, doc.idlen))) {
		/* A doc must name one document (the streams downstream
		 * keep a document's records together): a repeated row or
		 * a second scrape of the page becomes ID#N, N its record. */
		snprintf(num, sizeof num, "#%lu", r->recno);
		buf_add(&id, doc.id, doc.idlen);
		buf_adds(&id, num);
		/* (the id as doc writes it, escaped: the report is one line) */
		buf_add_field(&shown, doc.id, doc.idlen);
		buf_addc(&shown, '\0');
		if (ours(r))
			warnmsg("%s:%lu: the id \"%s\" is an earlier "
			    "record's too; this record's doc is \"%s%s\"",
			    r->name, r->rec_line, shown.data, shown.data, num);
		(void)hashset_add(&r->ids, hashset_fnv(HASHSET_FNV_OFFSET,
		    id.data, id.len));
		doc.id = id.data;
		doc.idlen = id.len;
	}
	doc.text_line = r->rec_line;
	for (i = 0; i < r->col_text && (size_t)i < r->nf; i++)
		doc.text_line += newlines(r->rec.data + r->f[i].off,
		    r->f[i].len);
	if (ours(r) && r->fn(r->arg, &doc))
		r->status = 1;
	buf_free(&id);
	buf_free(&shown);
done:
	r->nf = 0;
	r->rec_bytes = 0;
	buf_reset(&r->rec);
	r->ended = 1;
}

/*
 * The length of the piece of s .. end to feed libcsv next: through the
 * next LF, or a CR not followed by one (a record may end there too), or
 * to end.  A record then ends only at the end of a piece, so the line
 * where the next one begins is known.
 */
static size_t
line_piece(const char *s, const char *end)
{
	const char *nl = memchr(s, '\n', (size_t)(end - s));
	const char *stop = nl ? nl : end, *cr = s;

	while ((cr = memchr(cr, '\r', (size_t)(stop - cr))) != NULL) {
		if (cr + 1 == end || cr[1] != '\n')
			return (size_t)(cr - s) + 1;
		cr++;	/* a CR before the LF: the piece ends at the LF */
	}
	return nl ? (size_t)(nl - s) + 1 : (size_t)(end - s);
}

/* Is the piece (s, n bytes) a line with nothing on it?  Between records
 * libcsv skips one, and no record begins there. */
static int
is_blank_line(const char *s, size_t n)
{
	return (n == 1 && (s[0] == '\n' || s[0] == '\r')) ||
	    (n == 2 && s[0] == '\r' && s[1] == '\n');
}

static void
parse_error(struct reader *r, struct csv_parser *p)
{
	if (ours(r))
		warnmsg("%s:%lu: malformed CSV (%s)", r->name, r->line,
		    csv_strerror(csv_error(p)));
	r->status = 1;
	r->stop = 1;
}

int
csv_read_docs(int fd, const char *name, const struct csvcols *cols,
    const struct csvpart *part, size_t max_doc, csvdoc_fn *fn, void *arg)
{
	struct csv_parser p;
	struct reader r;
	char *chunk;
	const char *s, *end;
	ssize_t got;
	size_t piece;
	int blank;

	memset(&r, 0, sizeof r);
	r.name = name;
	r.cols = cols;
	r.fn = fn;
	r.arg = arg;
	r.max_doc = max_doc;
	r.line = r.rec_line = 1;
	r.lo = part != NULL ? part->lo : 0;
	r.hi = part != NULL ? part->hi : ULLONG_MAX;
	r.col_id = r.col_text = r.col_title = r.col_date = -1;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		die(EXIT_DATA, "out of memory");
	csv_set_space_func(&p, no_space);
	chunk = emalloc(CHUNK);
	while (!r.stop && !r.past) {
		got = read(fd, chunk, CHUNK);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			warnmsg("%s: %s", name, strerror(errno));
			r.status = 1;
			break;
		}
		if (got == 0) {
			if (csv_fini(&p, on_field, on_record, &r) != 0) {
				if (ours(&r))
					warnmsg("%s:%lu: unterminated quoted "
					    "field", name, r.rec_line);
				r.status = 1;
			}
			break;
		}
		s = chunk;
		end = chunk + got;
		while (s < end && !r.stop && !r.past) {
			piece = line_piece(s, end);
			blank = r.rec_bytes == 0 && is_blank_line(s, piece);
			r.rec_bytes += piece;	/* on_record zeroes it */
			r.ended = 0;
			if (csv_parse(&p, s, piece, on_field, on_record, &r)
			    != piece) {
				parse_error(&r, &p);
				break;
			}
			s += piece;
			r.off += piece;
			if (s[-1] == '\n')
				r.line++;
			if (r.ended || blank) {
				r.rec_line = r.line;
				r.rec_off = r.off;
				r.rec_bytes = 0;
				/* the next record is past the part (the
				 * header is read whatever the part) */
				if (r.rec_off >= r.hi && r.ncols > 0)
					r.past = 1;
			}
			/* libcsv holds the record's cells until it ends */
			if (r.max_doc > 0 && r.rec_bytes > r.max_doc) {
				if (ours(&r))
					warnmsg("%s:%lu: record larger than "
					    "%zu bytes (--max-doc); the rest of"
					    " the file is not read", name,
					    r.rec_line, r.max_doc);
				r.status = 1;
				r.stop = 1;
			}
		}
	}
	if (r.ncols == 0 && r.status == 0) {
		warnmsg("%s:%lu: empty input: no header line", name, r.line - 1);
		r.status = 1;
	}
	csv_free(&p);
	free(chunk);
	free(r.f);
	buf_free(&r.rec);
	hashset_free(&r.ids);
	return r.status;
}
