#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conllu.h"
#include "fmt.h"
#include "folds.h"
#include "language.h"
#include "memo.h"
#include "out.h"
#include "run.h"
#include "tokenize.h"
#include "util.h"

/* What an output column holds. */
enum col_kind { K_RAW, K_DOC, K_SENT, K_TOK, K_START, K_END, K_FORM, K_UPOS,
    K_XPOS, K_LEMMA };

static const char *const kind_name[] = { NULL, "doc", "sent", "tok", "start",
    "end", "form", "upos", "xpos", "lemma" };

/* Input columns tag consumes or rewrites rather than passes through. */
static const char *const consumed[] = { "text", "folds", "start", "end",
    "tok", "form", "upos", "xpos", "lemma", NULL };

/* The rows' tails remembered (see write_tsv_token): sets of two, and the
 * longest kept (on the 1916 pages, 99.96 % of them are no longer). */
#define TAIL_SETS	16384
#define TAIL_MAX	40

struct col {
	enum col_kind	kind;
	size_t		idx;	/* input column of K_RAW */
};

/* Everything a run over one input needs, reused sentence to sentence. */
struct state {
	struct rec		*r;
	const struct tag_model	*m;
	struct tagger		 tagger;
	struct tokens		 toks;
	struct folds		 folds;
	const char		**forms;
	size_t			*lens, cap;
	unsigned char		*spacing;	/* SPACE_ bits of each token */
	struct buf		 lemma, lastdoc;
	/* The end of a token's row by form and tag (see write_tsv_token),
	 * and where one is put together. */
	struct memo		 tails;
	struct buf		 tail;
	struct memo_key		*tkeys;		/* each token's tail key */
	size_t			*tsets;		/* and set (memo_ahead) */
	/* What a sentence's token rows share: its columns ahead of the
	 * token's and a TAB, formatted once rather than once a token. */
	struct buf		 prefix;
	struct buf		 row;		/* a token's, see write_tsv_token */
	/* "\tUPOS\tXPOS\t" of each tag: the columns around the lemma. */
	struct buf		*tag_cols;
	struct col		*cols;
	size_t			 ncols;
	long			 text, doc, sent, start, end, folds_col;
	int			 warned;	/* about folded text without folds */
	unsigned long		 sentno;
};

static int
is_consumed(const char *name)
{
	const char *const *p;

	for (p = consumed; *p; p++)
		if (strcmp(*p, name) == 0)
			return 1;
	return 0;
}

static void
add_col(struct state *st, enum col_kind k, size_t idx)
{
	st->cols = ereallocarray(st->cols, st->ncols + 1, sizeof *st->cols);
	st->cols[st->ncols].kind = k;
	st->cols[st->ncols].idx = idx;
	st->ncols++;
}

/*
 * The output columns: the input's, in order, without the sentence-level
 * text and folds (and the columns tag writes itself), then tok start end
 * form upos xpos lemma; doc and sent are added in front when missing.
 */
static void
plan_columns(struct state *st)
{
	size_t i, n = rec_ncols(st->r);
	const char *name;

	if (st->doc < 0)
		add_col(st, K_DOC, 0);
	for (i = 0; i < n; i++) {
		name = rec_colname(st->r, i);
		if ((long)i == st->doc)
			add_col(st, K_DOC, i);
		else if ((long)i == st->sent)
			add_col(st, K_SENT, i);
		else if (!is_consumed(name))
			add_col(st, K_RAW, i);
	}
	if (st->sent < 0)
		add_col(st, K_SENT, 0);
	for (i = K_TOK; i <= K_LEMMA; i++)
		add_col(st, (enum col_kind)i, 0);
}

static void
header_line(struct state *st, struct buf *out)
{
	size_t i;
	const char *name;

	for (i = 0; i < st->ncols; i++) {
		if (i)
			buf_addc(out, '\t');
		name = st->cols[i].kind == K_RAW ? rec_colname(st->r,
		    st->cols[i].idx) : kind_name[st->cols[i].kind];
		buf_add_field(out, name, strlen(name));
	}
}

static size_t
parse_offset(struct state *st, size_t col)
{
	size_t len, i, v = 0;
	const char *s = rec_field(st->r, col, &len);

	if (len == 0 || len > 18)
		rec_fail(st->r, "'%s' is not a byte offset: '%s'",
		    rec_colname(st->r, col), s);
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			rec_fail(st->r, "'%s' is not a byte offset: '%s'",
			    rec_colname(st->r, col), s);
		v = v * 10 + (size_t)(s[i] - '0');
	}
	return v;
}

/* Counts sentences when the stream does not: from 1 in each document. */
static void
count_sentence(struct state *st)
{
	size_t len;
	const char *d;

	if (st->doc >= 0) {
		d = rec_raw(st->r, (size_t)st->doc, &len);
		if (len != st->lastdoc.len || memcmp(d, st->lastdoc.data,
		    len) != 0) {
			buf_reset(&st->lastdoc);
			buf_add(&st->lastdoc, d, len);
			st->sentno = 0;
		}
	}
	st->sentno++;
}

/* The sentence's columns ahead of the token's (plan_columns puts them
 * first) and the TAB after them, into st->prefix: as in the input, but
 * for doc and sent when tag makes them up.  The input's are copied
 * straight into room made for them all, not added a call at a time. */
static void
format_prefix(struct state *st)
{
	const struct col *c, *end = st->cols;
	const char *p;
	char *d;
	size_t len, room = 0;

	for (; end < st->cols + st->ncols && end->kind < K_TOK; end++) {
		if (end->kind == K_DOC && st->doc < 0) {
			len = 2 * strlen(rec_name(st->r));
		} else if (end->kind == K_SENT && st->sent < 0) {
			len = FMT_ULONG_MAX;
		} else {
			(void)rec_raw(st->r, end->idx, &len);
		}
		room += len + 1;
	}
	buf_reset(&st->prefix);
	buf_reserve(&st->prefix, room);
	d = st->prefix.data;
	for (c = st->cols; c < end; c++) {
		if (c->kind == K_DOC && st->doc < 0) {
			d = fmt_field(d, rec_name(st->r),
			    strlen(rec_name(st->r)));
		} else if (c->kind == K_SENT && st->sent < 0) {
			d = fmt_ulong(d, st->sentno);
		} else {
			p = rec_raw(st->r, c->idx, &len);
			memcpy(d, p, len);
			d += len;
		}
		*d++ = '\t';
	}
	st->prefix.len = (size_t)(d - st->prefix.data);
	st->prefix.data[st->prefix.len] = '\0';
}

/* One token's row at d, which has room for it: the sentence's columns,
 * then tok start end and the tail (tlen bytes, see write_tsv_token).
 * Returns its end.  (Inlined: a call's saving and restoring registers
 * was a tenth of a row.) */
static inline __attribute__((always_inline)) char *
put_tsv_token(struct state *st, char *d, size_t k, size_t base,
    const char *tail, size_t tlen)
{
	const struct token_span *t = &st->toks.v[k];

	memcpy(d, st->prefix.data, st->prefix.len);
	d += st->prefix.len;
	d = fmt_ulong(d, k + 1);
	*d++ = '\t';
	d = fmt_ulong(d, base + folds_map(&st->folds, t->start));
	*d++ = '\t';
	d = fmt_ulong(d, base + folds_map(&st->folds, t->end));
	*d++ = '\t';
	memcpy(d, tail, tlen);
	return d + tlen;
}

/* The tail of the row of form (len bytes) tagged tag, form upos xpos
 * lemma and the LF, into st->tail; remembered in st->tails. */
static void
make_tail(struct state *st, const char *form, size_t len, int tag)
{
	char *d;

	buf_reset(&st->lemma);
	tag_lemma(st->m, form, len, tag, &st->lemma);
	buf_reset(&st->tail);
	buf_reserve(&st->tail, 2 * len + st->tag_cols[tag].len +
	    2 * st->lemma.len + 1);
	d = fmt_field(st->tail.data, form, len);
	memcpy(d, st->tag_cols[tag].data, st->tag_cols[tag].len);
	d += st->tag_cols[tag].len;
	d = fmt_field(d, st->lemma.data, st->lemma.len);
	*d++ = '\n';
	st->tail.len = (size_t)(d - st->tail.data);
	memo_put(&st->tails, form, len, (uint32_t)tag, st->tail.data,
	    st->tail.len);
}

/*
 * One token's row, put together straight in the output buffer, or in
 * st->row when it might not fit there (a form or a column of many
 * kilobytes).  The room made is for the longest row: every number of
 * FMT_ULONG_MAX digits.
 *
 * What follows the numbers, the form, its tags and its lemma escaped,
 * depends on the form and the tag alone, and most running words are a
 * few frequent ones: it is remembered by form and tag, and copied.
 */
static void
write_tsv_token(struct state *st, const char *text, size_t k,
    size_t base, int tag)
{
	const struct token_span *t = &st->toks.v[k];
	const char *form = text + t->start, *tail;
	size_t len = t->end - t->start, tlen, room;
	char *end;

	tail = memo_get_key(&st->tails, &st->tkeys[k], st->tsets[k], &tlen);
	if (tail == NULL) {
		make_tail(st, form, len, tag);
		tail = st->tail.data;
		tlen = st->tail.len;
	}
	room = st->prefix.len + 3 * (FMT_ULONG_MAX + 1) + tlen;
	if (room <= OUT_ROOM_MAX) {
		out_wrote(put_tsv_token(st, out_room(room), k, base, tail,
		    tlen));
		return;
	}
	buf_reset(&st->row);
	buf_reserve(&st->row, room);
	end = put_tsv_token(st, st->row.data, k, base, tail, tlen);
	st->row.len = (size_t)(end - st->row.data);
	st->row.data[st->row.len] = '\0';
	out_bytes(st->row.data, st->row.len);
}

/* A comment value on one line: TAB, LF, CR become spaces. */
static void
out_comment_value(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		out_char(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' :
		    s[i]);
}

static void
write_conllu_sentence(struct state *st, const char *text, size_t len,
    const int *tags)
{
	size_t k, dlen;
	const char *d;
	const struct token_span *t;

	out_str("# doc = ");
	if (st->doc >= 0) {
		d = rec_field(st->r, (size_t)st->doc, &dlen);
		out_comment_value(d, dlen);
	} else {
		out_str(rec_name(st->r));
	}
	out_str("\n# sent_id = ");
	if (st->sent >= 0) {
		d = rec_field(st->r, (size_t)st->sent, &dlen);
		out_comment_value(d, dlen);
	} else {
		out_ulong(st->sentno);
	}
	out_str("\n# text = ");
	out_comment_value(text, len);
	out_char('\n');
	for (k = 0; k < st->toks.n; k++) {
		t = &st->toks.v[k];
		out_ulong(k + 1);
		out_tab();
		out_bytes(text + t->start, t->end - t->start);
		out_tab();
		buf_reset(&st->lemma);
		tagger_lemma(&st->tagger, text + t->start, t->end - t->start,
		    tags[k], &st->lemma);
		out_bytes(st->lemma.data, st->lemma.len);
		out_tab();
		out_str(st->m->upos[tags[k]]);
		out_tab();
		out_str(st->m->xpos[tags[k]]);
		out_str("\t_\t_\t_\t_\t");
		out_str(k + 1 < st->toks.n && st->toks.v[k + 1].start == t->end ?
		    "SpaceAfter=No" : "_");
		out_char('\n');
	}
	out_char('\n');
}

static void
tag_record(struct state *st, enum tag_format format)
{
	size_t len, k, base = 0, flen;
	const char *text = rec_field(st->r, (size_t)st->text, &len), *f;
	const int *tags;

	count_sentence(st);
	if (st->start >= 0)
		base = parse_offset(st, (size_t)st->start);
	/* A span longer or shorter than its text was folded; without the
	 * folds column the offsets inside it cannot be exact.  Say so once. */
	if (st->folds_col < 0 && st->start >= 0 && st->end >= 0 &&
	    !st->warned && parse_offset(st, (size_t)st->end) - base != len) {
		warnmsg("%s:%lu: the text is not its source span verbatim and "
		    "there is no 'folds' column: token offsets inside such "
		    "sentences are approximate", rec_name(st->r),
		    rec_lineno(st->r));
		st->warned = 1;
	}
	folds_reset(&st->folds);
	if (st->folds_col >= 0) {
		f = rec_field(st->r, (size_t)st->folds_col, &flen);
		if (folds_parse(&st->folds, f, flen) < 0)
			rec_fail(st->r, "malformed 'folds' field");
	}
	tokenize(text, len, &st->toks);
	if (st->toks.n > st->cap) {
		st->cap = st->toks.n + st->toks.n / 2;
		st->forms = ereallocarray(st->forms, st->cap,
		    sizeof *st->forms);
		st->lens = ereallocarray(st->lens, st->cap, sizeof *st->lens);
		st->spacing = erealloc(st->spacing, st->cap);
		st->tkeys = ereallocarray(st->tkeys, st->cap,
		    sizeof *st->tkeys);
		st->tsets = ereallocarray(st->tsets, st->cap,
		    sizeof *st->tsets);
	}
	for (k = 0; k < st->toks.n; k++) {
		st->forms[k] = text + st->toks.v[k].start;
		st->lens[k] = st->toks.v[k].end - st->toks.v[k].start;
	}
	tokens_spacing(&st->toks, st->spacing);
	tags = tagger_tag(&st->tagger, st->forms, st->lens, st->spacing,
	    st->toks.n);
	if (format == FORMAT_CONLLU) {
		if (st->toks.n > 0)
			write_conllu_sentence(st, text, len, tags);
		return;
	}
	format_prefix(st);
	/* The tails' keys first, their memory fetched while the rows before
	 * them are written (see memo_ahead). */
	for (k = 0; k < st->toks.n; k++)
		st->tsets[k] = memo_ahead(&st->tails, st->forms[k], st->lens[k],
		    (uint32_t)tags[k], &st->tkeys[k]);
	for (k = 0; k < st->toks.n; k++)
		write_tsv_token(st, text, k, base, tags[k]);
}

void
run_stream(struct rec *r, const struct tag_model *m, enum tag_format format,
    struct buf *first_header)
{
	struct buf header = BUF_INIT;
	struct state st;
	uint32_t i;

	memset(&st, 0, sizeof st);
	st.r = r;
	st.m = m;
	st.text = (long)rec_need(r, "text");
	st.doc = rec_col(r, "doc");
	st.sent = rec_col(r, "sent");
	st.start = rec_col(r, "start");
	st.end = rec_col(r, "end");
	st.folds_col = rec_col(r, "folds");
	plan_columns(&st);
	if (format == FORMAT_TSV) {
		header_line(&st, &header);
		if (first_header->len == 0) {
			out_bytes(header.data, header.len);
			out_endrec();
			buf_add(first_header, header.data, header.len);
		} else if (header.len != first_header->len ||
		    memcmp(header.data, first_header->data, header.len) != 0) {
			rec_fail(r, "its columns differ from the first "
			    "input's: tag writes one stream");
		}
	}
	st.tag_cols = ecalloc(m->ntags, sizeof *st.tag_cols);
	for (i = 0; i < m->ntags; i++) {
		buf_addc(&st.tag_cols[i], '\t');
		buf_adds(&st.tag_cols[i], m->upos[i]);
		buf_addc(&st.tag_cols[i], '\t');
		buf_adds(&st.tag_cols[i], m->xpos[i]);
		buf_addc(&st.tag_cols[i], '\t');
	}
	tagger_init(&st.tagger, m);
	memo_init(&st.tails, TAIL_SETS, TAIL_MAX);
	while (rec_next(r))
		tag_record(&st, format);
	tagger_free(&st.tagger);
	memo_free(&st.tails);
	tokens_free(&st.toks);
	folds_free(&st.folds);
	free(st.forms);
	free(st.lens);
	free(st.spacing);
	free(st.tkeys);
	free(st.tsets);
	free(st.cols);
	for (i = 0; i < m->ntags; i++)
		buf_free(&st.tag_cols[i]);
	free(st.tag_cols);
	buf_free(&st.lemma);
	buf_free(&st.lastdoc);
	buf_free(&st.prefix);
	buf_free(&st.row);
	buf_free(&st.tail);
	buf_free(&header);
}

int
run_conllu(const char *path, const struct tag_model *m)
{
	struct conllu c;
	struct tagger t;
	struct buf lemma = BUF_INIT;
	const char **forms = NULL, *f;
	size_t *lens = NULL, cap = 0, l, w, len;
	unsigned char *after = NULL, *spacing = NULL;
	const int *tags;
	int fld;

	if (conllu_open(&c, path) < 0)
		return -1;
	tagger_init(&t, m);
	while (conllu_next(&c)) {
		if (c.nwords > cap || forms == NULL) {
			cap = c.nwords + c.nwords / 2 + 1;
			forms = ereallocarray(forms, cap, sizeof *forms);
			lens = ereallocarray(lens, cap, sizeof *lens);
			after = erealloc(after, cap);
			spacing = erealloc(spacing, cap);
		}
		for (w = 0, l = 0; l < c.nlines; l++)
			if (c.line[l].is_word) {
				forms[w] = conllu_field(&c, l, CU_FORM, &lens[w]);
				w++;
			}
		conllu_space_after(&c, after);
		for (l = 0; l < w; l++)
			spacing[l] = (l == 0 || after[l - 1] ? SPACE_BEFORE :
			    0) | (l + 1 == w || after[l] ? SPACE_AFTER : 0);
		tags = tagger_tag(&t, forms, lens, spacing, w);
		for (w = 0, l = 0; l < c.nlines; l++) {
			if (!c.line[l].is_word) {
				out_bytes(c.text.data + c.line[l].off,
				    c.line[l].len);
				out_char('\n');
				continue;
			}
			for (fld = 0; fld < CU_NFIELDS; fld++) {
				if (fld)
					out_tab();
				switch (fld) {
				case CU_LEMMA:
					buf_reset(&lemma);
					tagger_lemma(&t, forms[w], lens[w],
					    tags[w], &lemma);
					out_bytes(lemma.data, lemma.len);
					break;
				case CU_UPOS:
					out_str(m->upos[tags[w]]);
					break;
				case CU_XPOS:
					out_str(m->xpos[tags[w]]);
					break;
				default:
					f = conllu_field(&c, l, fld, &len);
					out_bytes(f, len);
				}
			}
			out_char('\n');
			w++;
		}
		out_char('\n');
	}
	tagger_free(&t);
	buf_free(&lemma);
	free(forms);
	free(lens);
	free(after);
	free(spacing);
	conllu_close(&c);
	return 0;
}

/* tag --language: the records of one document wait in pending (their
 * raw fields but the old language column, a line each) until its
 * language is known, at most until its sample is full. */
struct language_run {
	struct rec		*r;
	long			 doc, old;	/* columns, or -1 */
	size_t			 text;
	struct buf		 lastdoc, pending;
	struct language_sample	 sample;
	const char		*lang;	/* once the sample is full */
};

/* Writes the records waiting with their document's language: the one
 * the full sample told, or else (the document ends first) what the
 * sample tells now. */
static void
pending_flush(struct language_run *lr)
{
	const char *lang, *p, *nl, *end;

	if (lr->pending.len == 0)	/* (and its data may be NULL) */
		return;
	lang = lr->lang ? lr->lang : language_verdict(&lr->sample);
	end = lr->pending.data + lr->pending.len;
	for (p = lr->pending.data; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		out_bytes(p, (size_t)(nl - p));
		out_tab();
		out_str(lang);
		out_endrec();
	}
	buf_reset(&lr->pending);
}

static void
language_record(struct language_run *lr)
{
	const char *f;
	size_t i, sep, len, n = rec_ncols(lr->r);

	f = lr->doc >= 0 ? rec_raw(lr->r, (size_t)lr->doc, &len) : NULL;
	if (f == NULL || len != lr->lastdoc.len || (len > 0 &&
	    memcmp(f, lr->lastdoc.data, len) != 0)) {
		/* a new document (each record is one without a doc) */
		pending_flush(lr);
		buf_reset(&lr->lastdoc);
		if (f != NULL)
			buf_add(&lr->lastdoc, f, len);
		language_reset(&lr->sample);
		lr->lang = NULL;
	}
	for (i = 0, sep = 0; i < n; i++) {
		if ((long)i == lr->old)
			continue;
		if (sep++)	/* (a field may be empty: not known by the bytes) */
			buf_addc(&lr->pending, '\t');
		f = rec_raw(lr->r, i, &len);
		buf_add(&lr->pending, f, len);
	}
	buf_addc(&lr->pending, '\n');
	if (lr->lang == NULL) {
		f = rec_field(lr->r, lr->text, &len);
		if (language_add(&lr->sample, f, len))
			lr->lang = language_verdict(&lr->sample);
	}
	if (lr->lang != NULL)
		pending_flush(lr);
}

void
run_language(struct rec *r, struct buf *first_header)
{
	struct language_run lr;
	struct buf header = BUF_INIT;
	const char *name;
	size_t i;

	memset(&lr, 0, sizeof lr);
	lr.r = r;
	lr.text = rec_need(r, "text");
	lr.doc = rec_col(r, "doc");
	lr.old = rec_col(r, "language");
	for (i = 0; i < rec_ncols(r); i++)
		if ((long)i != lr.old) {
			name = rec_colname(r, i);
			buf_add_field(&header, name, strlen(name));
			buf_addc(&header, '\t');
		}
	buf_adds(&header, "language");
	if (first_header->len == 0) {
		out_bytes(header.data, header.len);
		out_endrec();
		buf_add(first_header, header.data, header.len);
	} else if (header.len != first_header->len ||
	    memcmp(header.data, first_header->data, header.len) != 0)
		rec_fail(r, "its columns differ from the first input's: tag "
		    "writes one stream");
	language_reset(&lr.sample);
	while (rec_next(r))
		language_record(&lr);
	pending_flush(&lr);
	buf_free(&lr.lastdoc);
	buf_free(&lr.pending);
	buf_free(&header);
}
