#include <string.h>

#include "buf.h"
#include "folds.h"
#include "stream.h"
#include "util.h"

struct cols {
	long	doc, sent, start, end, para, role, folds, date, text, form;
};

static void
find_cols(const struct rec *r, struct cols *c)
{
	c->doc = rec_col(r, "doc");
	c->sent = rec_col(r, "sent");
	c->start = rec_col(r, "start");
	c->end = rec_col(r, "end");
	c->para = rec_col(r, "para");
	c->role = rec_col(r, "role");
	c->folds = rec_col(r, "folds");
	c->date = rec_col(r, "date");
	c->text = rec_col(r, "text");
	c->form = rec_col(r, "form");
}

int
stream_has_para(const struct rec *r)
{
	return rec_col(r, "para") >= 0;
}

static const char *
field(const struct rec *r, long col)
{
	return col >= 0 ? rec_field(r, (size_t)col, NULL) : NULL;
}

static size_t
offset(const struct rec *r, long col)
{
	const char *s = rec_field(r, (size_t)col, NULL), *p;
	size_t v = 0;

	for (p = s; *p >= '0' && *p <= '9'; p++) {
		if (v > ((size_t)-1 - 9) / 10)
			rec_fail(r, "'%s' is too large an offset", s);
		v = v * 10 + (size_t)(*p - '0');
	}
	if (p == s || *p != '\0')
		rec_fail(r, "column '%s' must be a byte offset, not '%s'",
		    rec_colname(r, (size_t)col), s);
	return v;
}

static void
sentences(struct rec *r, const struct cols *c, struct extractor *e)
{
	struct sentence s;

	while (rec_next(r)) {
		memset(&s, 0, sizeof s);
		s.doc = c->doc >= 0 ? field(r, c->doc) : rec_name(r);
		s.sent = field(r, c->sent);
		s.para = field(r, c->para);
		s.role = field(r, c->role);
		s.date = field(r, c->date);
		s.folds = field(r, c->folds);
		s.text = rec_field(r, (size_t)c->text, &s.textlen);
		if ((s.has_start = c->start >= 0))
			s.start = offset(r, c->start);
		if (extractor_add(e, &s) < 0)
			rec_fail(r, "malformed folds field");
	}
}

/* A sentence being rebuilt from its tokens. */
struct joined {
	struct buf	 key;		/* doc NUL sent */
	struct buf	 doc, sent, para, role, text, foldstr;
	struct folds	 folds;
	size_t		 start, end;
	int		 any, has_para, has_role, has_start;
};

static void
set(struct buf *b, const char *s)
{
	buf_reset(b);
	buf_adds(b, s ? s : "");
}

static void
put_sentence(struct joined *j, struct extractor *e, const struct rec *r)
{
	struct sentence s;

	if (!j->any)
		return;
	memset(&s, 0, sizeof s);
	s.doc = j->doc.data;
	s.sent = j->sent.data;
	s.para = j->has_para ? j->para.data : NULL;
	s.role = j->has_role ? j->role.data : NULL;
	buf_reset(&j->foldstr);
	folds_format(&j->folds, &j->foldstr);
	buf_addc(&j->foldstr, '\0');
	s.folds = j->foldstr.data;
	s.text = j->text.data;
	s.textlen = j->text.len;
	s.start = j->start;
	s.has_start = j->has_start;
	if (extractor_add(e, &s) < 0)
		rec_fail(r, "internal error: bad folds from tokens");
	j->any = 0;
}

static void
tokens(struct rec *r, const struct cols *c, struct extractor *e)
{
	struct joined j;
	const char *doc, *sent, *form;
	size_t formlen, start = 0, end = 0, gap;

	memset(&j, 0, sizeof j);
	j.has_para = c->para >= 0;
	j.has_role = c->role >= 0;
	j.has_start = c->start >= 0 && c->end >= 0;
	while (rec_next(r)) {
		doc = c->doc >= 0 ? field(r, c->doc) : rec_name(r);
		sent = c->sent >= 0 ? field(r, c->sent) : "1";
		form = rec_field(r, (size_t)c->form, &formlen);
		if (j.has_start) {
			start = offset(r, c->start);
			end = offset(r, c->end);
			if (end < start)
				rec_fail(r, "end %zu is before start %zu", end,
				    start);
		}
		if (!j.any || strcmp(j.doc.data, doc) != 0 ||
		    strcmp(j.sent.data, sent) != 0) {
			put_sentence(&j, e, r);
			set(&j.doc, doc);
			set(&j.sent, sent);
			set(&j.para, field(r, c->para));
			set(&j.role, field(r, c->role));
			buf_reset(&j.text);
			folds_reset(&j.folds);
			j.start = start;
			j.any = 1;
		} else {
			if (j.has_start && start < j.end)
				rec_fail(r, "tokens overlap or go back: start "
				    "%zu < %zu", start, j.end);
			/* one space stands for a gap of any width; tokens
			 * that touch in the source touch in the text */
			gap = j.has_start ? start - j.end : 1;
			if (gap > 0)
				buf_addc(&j.text, ' ');
			if (gap > 1)
				folds_add(&j.folds, j.text.len - 1,
				    (long)gap - 1);
		}
		buf_add(&j.text, form, formlen);
		if (j.has_start && end - start != formlen && formlen > 0)
			folds_add(&j.folds, j.text.len - 1,
			    (long)(end - start) - (long)formlen);
		j.end = end;
	}
	put_sentence(&j, e, r);
	buf_free(&j.key);
	buf_free(&j.doc);
	buf_free(&j.sent);
	buf_free(&j.para);
	buf_free(&j.role);
	buf_free(&j.text);
	buf_free(&j.foldstr);
	folds_free(&j.folds);
}

void
stream_read(struct rec *r, struct extractor *e)
{
	struct cols c;

	find_cols(r, &c);
	if (c.form >= 0 && c.text < 0)
		tokens(r, &c, e);
	else {
		if (c.text < 0)
			(void)rec_need(r, "text");	/* reports it */
		sentences(r, &c, e);
	}
	extractor_flush(e);
}
