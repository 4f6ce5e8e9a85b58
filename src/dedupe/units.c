#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "hash.h"
#include "rec.h"
#include "units.h"
#include "util.h"

/* "no 'x' column; the header has: a, b, c" - the one-line error for a
 * missing column. */
static void
missing_column(struct rec *r, const char *name)
{
	struct buf msg = BUF_INIT;
	size_t i;

	for (i = 0; i < rec_ncols(r); i++) {
		if (i)
			buf_adds(&msg, ", ");
		buf_adds(&msg, rec_colname(r, i));
	}
	rec_fail(r, "no '%s' column; the header has: %s", name, msg.data);
}

static size_t
need_column(struct rec *r, const char *name)
{
	long i = rec_col(r, name);

	if (i < 0)
		missing_column(r, name);
	return (size_t)i;
}

size_t
units_column(struct units *u, const char *name)
{
	return need_column(u->r, name);
}

static void
take_header(struct units *u)
{
	struct rec *r = u->r;
	const char *p = u->keyspec, *e;
	char *name;
	size_t i, n;

	u->ncols = rec_ncols(r);
	u->colnames = ecalloc(u->ncols, sizeof *u->colnames);
	for (i = 0; i < u->ncols; i++)
		u->colnames[i] = estrdup(rec_colname(r, i));
	for (;;) {
		e = strchr(p, ',');
		n = e ? (size_t)(e - p) : strlen(p);
		name = emalloc(n + 1);
		memcpy(name, p, n);
		name[n] = '\0';
		u->keycols = ereallocarray(u->keycols, u->nkeys + 1,
		    sizeof *u->keycols);
		u->keycols[u->nkeys++] = need_column(r, name);
		free(name);
		if (e == NULL)
			break;
		p = e + 1;
	}
	if (u->by_doc)
		u->doccol = (long)need_column(r, "doc");
	else
		u->doccol = u->want_doc ? rec_col(r, "doc") : -1;
}

static void
check_header(struct units *u)
{
	size_t i;

	if (rec_ncols(u->r) != u->ncols)
		rec_fail(u->r, "header differs from the first input's");
	for (i = 0; i < u->ncols; i++)
		if (strcmp(rec_colname(u->r, i), u->colnames[i]) != 0)
			rec_fail(u->r, "header differs from the first input's");
}

/* Opens the next input that opens; 0 when there is none left. */
static int
open_next(struct units *u)
{
	const char *path;

	while (u->fi < u->nfiles) {
		path = u->files[u->fi++];
		if ((u->r = rec_open(path)) == NULL) {
			if (!u->quiet)	/* said so in the first pass */
				warnmsg("%s: %s", path, strerror(errno));
			u->status = 1;
			continue;
		}
		if (u->colnames == NULL)
			take_header(u);
		else
			check_header(u);
		u->pending = 0;
		return 1;
	}
	return 0;
}

int
units_start(struct units *u)
{
	return open_next(u);
}

/*
 * An exact document key is its text: the key fields, TAB between fields
 * and LF between records, so a document cut into records differently
 * (lines, paragraphs) has the same key.  Under the space fold every
 * separator is a space and empty fields add nothing: only words count.
 */
static void
add_doc_text(struct units *u, const char *f, size_t len, size_t i)
{
	size_t at = u->key.len;

	if (at > 0)
		buf_addc(&u->key, u->fold & FOLD_SPACE ? ' ' : i ? '\t' : '\n');
	fold_append(&u->key, f, len, u->fold);
	if (u->key.len == at + (at > 0)) {	/* folded to nothing */
		if (u->fold & FOLD_SPACE)
			u->key.len = at;
		return;
	}
	u->empty = 0;
}

static void
add_record(struct units *u)
{
	const char *f, *line;
	size_t i, len, at;
	uint32_t flen;

	/* The raw fields lie one after the other in the reader's line,
	 * a TAB apart: the record as it stood is one run of bytes. */
	if (!u->no_raw) {
		f = rec_raw(u->r, 0, &len);
		line = f;
		f = rec_raw(u->r, u->ncols - 1, &len);
		len = (size_t)(f + len - line);
		buf_reserve(&u->raw, len + 1);
		memcpy(u->raw.data + u->raw.len, line, len);
		u->raw.len += len;
		u->raw.data[u->raw.len++] = '\n';
		u->raw.data[u->raw.len] = '\0';
	}
	u->nrecs++;
	if (u->nrows++ == 0)
		u->first_rec = u->nrecs;
	for (i = 0; i < u->nkeys && u->style != KEY_NONE; i++) {
		f = rec_field(u->r, u->keycols[i], &len);
		if (u->style == KEY_NEAR) {
			if (u->key.len > 0)
				buf_addc(&u->key, '\n');
			buf_add(&u->key, f, len);
			if (len > 0)
				u->empty = 0;
			continue;
		}
		if (u->by_doc) {
			add_doc_text(u, f, len, i);
			continue;
		}
		at = u->key.len;
		buf_add(&u->key, "\0\0\0\0", 4);
		fold_append(&u->key, f, len, u->fold);
		flen = (uint32_t)(u->key.len - at - 4);
		memcpy(u->key.data + at, &flen, 4);
		if (flen > 0)
			u->empty = 0;
	}
}

static void
unit_reset(struct units *u)
{
	buf_reset(&u->raw);
	buf_reset(&u->key);
	u->nrows = 0;
	u->empty = 1;
	u->docchange = 0;
}

/* Rows: the record just read is the unit. */
static void
take_row(struct units *u, int firstinfile)
{
	const char *d;
	size_t len;

	unit_reset(u);
	add_record(u);
	if (!u->want_doc)
		return;
	if (u->doccol < 0) {
		u->docchange = firstinfile;
		return;
	}
	d = rec_field(u->r, (size_t)u->doccol, &len);
	if (firstinfile || len != u->lastdoc.len ||
	    memcmp(d, u->lastdoc.data, len) != 0) {
		u->docchange = 1;
		buf_reset(&u->lastdoc);
		buf_add(&u->lastdoc, d, len);
	}
}

/* --by doc: the record in r begins a document; gathers the rest. */
static void
take_doc(struct units *u)
{
	const char *d;
	size_t len;
	int isnew;

	unit_reset(u);
	d = rec_field(u->r, (size_t)u->doccol, &len);
	buf_reset(&u->doc);
	buf_add(&u->doc, d, len);
	fptab_put(&u->docs_seen, fingerprint(d, len), &isnew);
	if (!isnew)
		rec_fail(u->r, "document '%s' appears again after other "
		    "documents; --by doc needs each document's records "
		    "together (sort the stream by doc first)", u->doc.data);
	add_record(u);
	while (rec_next(u->r)) {
		d = rec_field(u->r, (size_t)u->doccol, &len);
		if (len != u->doc.len || memcmp(d, u->doc.data, len) != 0) {
			u->pending = 1;
			return;
		}
		add_record(u);
	}
}

int
units_next(struct units *u)
{
	int first;

	for (;;) {
		if (u->r == NULL && !open_next(u))
			return 0;
		first = u->nrows_file == 0;
		if (u->pending || rec_next(u->r)) {
			u->pending = 0;
			u->nrows_file++;
			if (u->by_doc)
				take_doc(u);
			else
				take_row(u, first);
			u->nunits++;
			return 1;
		}
		rec_close(u->r);
		u->r = NULL;
		u->nrows_file = 0;
	}
}

void
units_restart(struct units *u)
{
	rec_close(u->r);
	u->r = NULL;
	u->fi = 0;
	u->nrecs = u->nunits = 0;
	u->nrows_file = 0;
	u->pending = 0;
	u->quiet = 1;
	fptab_free(&u->docs_seen);
	buf_reset(&u->lastdoc);
}

void
units_free(struct units *u)
{
	size_t i;

	rec_close(u->r);
	u->r = NULL;
	for (i = 0; i < u->ncols; i++)
		free(u->colnames[i]);
	free(u->colnames);
	free(u->keycols);
	buf_free(&u->raw);
	buf_free(&u->key);
	buf_free(&u->doc);
	buf_free(&u->lastdoc);
	fptab_free(&u->docs_seen);
}

int
units_line(const struct buf *raw, size_t *pos, const char **line,
    size_t *len)
{
	const char *p, *nl;

	if (*pos >= raw->len)
		return 0;
	p = raw->data + *pos;
	nl = memchr(p, '\n', raw->len - *pos);
	*line = p;
	*len = (size_t)(nl - p);
	*pos += *len + 1;
	return 1;
}
