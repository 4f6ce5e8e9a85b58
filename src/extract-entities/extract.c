#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aliases.h"
#include "buf.h"
#include "extract.h"
#include "extractor.h"
#include "fmt.h"
#include "folds.h"
#include "letters.h"
#include "names.h"
#include "numbers.h"
#include "orgs.h"
#include "out.h"
#include "utf8.h"
#include "util.h"

struct extractor *
extractor_new(struct rules *r, struct lexicon *x, const struct ymd *date,
    int with_para)
{
	struct extractor *e = ecalloc(1, sizeof *e);

	e->rules = r;
	e->lex = x;
	if (date)
		e->default_date = *date;
	e->with_para = with_para;
	e->people = people_new();
	e->aliases = aliases_new();
	return e;
}

void
extractor_set_ner(struct extractor *e, const struct ner_model *m,
    enum names_source how)
{
	e->names = how;
	e->model = how != NAMES_RULES ? m : NULL;
	if (e->model && e->work == NULL)
		e->work = ner_work_new();
}

void
extractor_free(struct extractor *e)
{
	if (e == NULL)
		return;
	people_free(e->people);
	aliases_free(e->aliases);
	ner_work_free(e->work);
	mentions_free(&e->ner);
	mentions_free(&e->m);
	folds_free(&e->folds);
	buf_free(&e->doc);
	buf_free(&e->arena);
	free(e->held);
	free(e->found);
	free(e->new_places);
	free(e);
}

void
extractor_header(const struct extractor *e)
{
	static const char *const cols[] = { "doc", "sent", "start", "end",
	    "text", "type", "norm", "code", "role", "para" };

	out_header(cols, e->with_para ? 10 : 9);
}

/* Copies s (n bytes, and a NUL) into the arena; returns its offset.
 * (One reservation and a copy: buf_add and buf_addc were two calls and
 * two reservations a field, five fields a sentence.) */
static size_t
hold(struct extractor *e, const char *s, size_t n)
{
	size_t at = e->arena.len;
	char *to;

	buf_reserve(&e->arena, n + 1);
	to = e->arena.data + at;
	memcpy(to, s, n);
	to[n] = '\0';
	to[n + 1] = '\0';	/* as a buf always ends */
	e->arena.len = at + n + 1;
	return at;
}

/*
 * The first full date the rules find in text ("Fri, 04 Jan 2019
 * 10:00:00 GMT", "10:00 AM, January 4, 2019": a time or zone around it is
 * not part of it) into *day; returns 1, or 0 when there is none.  With
 * month, the first month of one ("JUNE 2023") is kept there while
 * month->y is 0.  Uses e->m, which holds nothing between documents.
 */
static int
first_full_date(struct extractor *e, const char *text, size_t len,
    struct ymd *day, struct ymd *month)
{
	char iso[64];
	size_t k;

	e->m.n = 0;
	rules_match(e->rules, text, len, &e->m);
	mentions_resolve(&e->m);
	for (k = 0; k < e->m.n; k++) {
		const struct mention *m = &e->m.v[k];

		if (m->type != E_DATE || m->how != N_DATE)
			continue;
		if (date_normalise(text + m->s, m->e - m->s, NULL, iso,
		    sizeof iso) != DATE_NORMALISED)
			continue;
		if (strlen(iso) == 10 && date_parse_iso(iso, day) == 0)
			return 1;
		if (month && month->y == 0 && strlen(iso) == 7 &&
		    iso[4] == '-') {
			month->y = (int)strtol(iso, NULL, 10);
			month->m = (int)strtol(iso + 5, NULL, 10);
		}
	}
	return 0;
}

int
extractor_add(struct extractor *e, const struct sentence *s)
{
	struct held h;

	if (s->folds && folds_parse(&e->folds, s->folds, strlen(s->folds)) < 0)
		return -1;
	if (e->have_doc && strcmp(e->doc.data, s->doc) != 0)
		extractor_flush(e);
	if (!e->have_doc) {
		buf_reset(&e->doc);
		buf_adds(&e->doc, s->doc);
		e->have_doc = 1;
		e->doc_plain = strcspn(e->doc.data, "\\\t\n\r") == e->doc.len;
		memset(&e->doc_date, 0, sizeof e->doc_date);
		if (s->date && *s->date) {
			/* "2019-01-04", "Friday, January 4, 2019"; a month
			 * ("JUNE 2023") is no day to count from */
			char iso[64];

			snprintf(iso, 11, "%s", s->date);  /* 2019-01-04T10:00 */
			if (date_parse_iso(iso, &e->doc_date) < 0 &&
			    (date_normalise(s->date, strlen(s->date), NULL, iso,
			    sizeof iso) != DATE_NORMALISED ||
			    date_parse_iso(iso, &e->doc_date) < 0) &&
			    !first_full_date(e, s->date, strlen(s->date),
			    &e->doc_date, NULL))
				memset(&e->doc_date, 0, sizeof e->doc_date);
		}
	}
	memset(&h, 0, sizeof h);
	if ((h.has_sent = s->sent != NULL))
		h.sent = hold(e, s->sent, h.sentlen = strlen(s->sent));
	if ((h.has_para = s->para != NULL))
		h.para = hold(e, s->para, h.paralen = strlen(s->para));
	if ((h.has_role = s->role != NULL)) {
		h.role = hold(e, s->role, h.rolelen = strlen(s->role));
		h.kind = strcmp(s->role, "title") == 0 ? R_TITLE :
		    strcmp(s->role, "byline") == 0 ? R_BYLINE :
		    strcmp(s->role, "dateline") == 0 ? R_DATELINE : R_OTHER;
	}
	h.foldslen = s->folds ? strlen(s->folds) : 0;
	h.folds = hold(e, s->folds ? s->folds : "", h.foldslen);
	h.text = hold(e, s->text, s->textlen);
	h.textlen = s->textlen;
	h.start = s->start;
	h.has_start = s->has_start;
	h.ordinal = e->nheld + 1;
	if (e->nheld == e->capheld) {
		e->capheld = e->capheld ? e->capheld * 2 : 64;
		e->held = ereallocarray(e->held, e->capheld, sizeof *e->held);
	}
	e->held[e->nheld++] = h;
	return 0;
}

const char *
at(const struct extractor *e, size_t off)
{
	return e->arena.data + off;
}

/*
 * The article's date: a `date` column, else the first full date of a
 * dateline (a role=dateline sentence, or one of the first three), else
 * --date, else the first month of such a dateline ("JUNE 2023", with
 * d = 0: it dates years, not days).
 */
static int
article_date(struct extractor *e, struct ymd *out)
{
	struct ymd d, month = { 0, 0, 0 };
	size_t i, limit = e->nheld < 3 ? e->nheld : 3;
	int pass;

	if (e->doc_date.y) {
		*out = e->doc_date;
		return 1;
	}
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < (pass ? limit : e->nheld); i++) {
			const struct held *h = &e->held[i];

			if (pass == 0 && h->kind != R_DATELINE)
				continue;
			if (first_full_date(e, at(e, h->text), h->textlen,
			    &d, &month)) {
				*out = d;
				return 1;
			}
		}
	}
	if (e->default_date.y) {
		*out = e->default_date;
		return 1;
	}
	if (month.y) {
		*out = month;
		return 1;
	}
	return 0;
}

/* Computes m's norm; returns -1 when the mention is not one after all
 * (an impossible date, a time like 25:00). */
static int
normalise(struct extractor *e, struct mention *m, const char *text,
    const struct ymd *anchor)
{
	const char *s = text + m->s, *full;
	size_t n = m->e - m->s;
	int rc = 0;

	switch (m->how) {
	case N_TEXT:
	case N_FIXED:
		return 0;
	case N_DATE:
		rc = date_normalise(s, n, anchor, m->val, sizeof m->val);
		if (rc == DATE_INVALID)
			return -1;
		if (rc == DATE_NORMALISED)
			m->norm_in_val = 1;
		return 0;
	case N_TIME:
		if (time_normalise(s, n, m->val, sizeof m->val) < 0)
			return -1;
		break;
	case N_MONEY:
		rc = money_normalise(s, n, m->val, sizeof m->val);
		break;
	case N_NUMBER:
		rc = number_value(s, n, m->val, sizeof m->val);
		break;
	case N_ORDINAL:
		rc = ordinal_normalise(s, n, m->val, sizeof m->val);
		break;
	case N_PERSON:
		/* the document's fullest name; a lone surname the gazetteer
		 * knows ("Putin") takes the gazetteer's name instead */
		if ((full = people_fullest(e->people, s, n)) != NULL &&
		    (strchr(full, ' ') || m->norm == NULL))
			m->norm = full;
		return 0;
	}
	if (rc == 0)
		m->norm_in_val = 1;
	return 0;
}

/*
 * "at 3 p.m. on Friday", "March 31, 2023 at 15:30": a time next to a
 * day gets that day, as YYYY-MM-DDTHH:MM.
 */
/* Only "on", "at", spaces and commas between a time and its day. */
static int
joins(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == ' ' || s[i] == ',')
			continue;
		if (i + 1 < n && ((s[i] == 'o' && s[i + 1] == 'n') ||
		    (s[i] == 'a' && s[i + 1] == 't')) &&
		    (i + 2 == n || s[i + 2] == ' ')) {
			i++;
			continue;
		}
		return 0;
	}
	return 1;
}

static void
date_times(struct mentions *ms, const char *text)
{
	struct mention *t, *d;
	const char *dn;
	char both[64];
	size_t i, k;

	for (i = 0; i < ms->n; i++) {
		t = &ms->v[i];
		/* (not one that has its day: "2024-05-12T15:30") */
		if (t->type != E_TIME || !t->norm_in_val || strlen(t->val) > 5)
			continue;
		for (k = 0; k < ms->n; k++) {
			d = &ms->v[k];
			dn = mention_norm(d);
			if (d->type != E_DATE || dn == NULL || strlen(dn) != 10 ||
			    dn[0] == 'X')
				continue;
			if (!(d->s >= t->e && joins(text + t->e, d->s - t->e)) &&
			    !(t->s >= d->e && joins(text + d->e, t->s - d->e)))
				continue;
			snprintf(both, sizeof both, "%.10sT%.5s", dn,
			    t->val);
			memcpy(t->val, both, sizeof t->val);
			break;
		}
	}
}

/*
 * Where write_mention puts a record: in place at d, in room the writer
 * made for the whole of it (every field escaped at worst), or, for a
 * record longer than that room can be (a field of kilobytes), a field at
 * a time through out_field.  In place, a record is one reservation and
 * no call a field: the calls, ten a mention, were a third of the
 * output's instructions.
 */
struct sink {
	char	*d;		/* NULL: a field at a time */
};

static void
sink_field(struct sink *k, const char *s, size_t n)
{
	if (k->d)
		k->d = fmt_field(k->d, s, n);
	else
		out_field(s, n);
}

/* n bytes that need no escaping */
static void
sink_bytes(struct sink *k, const char *s, size_t n)
{
	if (k->d) {
		memcpy(k->d, s, n);
		k->d += n;
	} else
		out_bytes(s, n);
}

static void
sink_ulong(struct sink *k, unsigned long long v)
{
	if (k->d)
		k->d = fmt_ulong(k->d, v);
	else
		out_ulong(v);
}

static void
sink_char(struct sink *k, char c)
{
	if (k->d)
		*k->d++ = c;
	else
		out_char(c);
}

/* Keeps the mention m of the sentence e->held[i], whose folds are in
 * e->folds, for write_mention. */
static void locate(struct extractor *, const struct held *, struct found *);

static void
keep_mention(struct extractor *e, size_t i, const struct mention *m)
{
	const struct held *h = &e->held[i];
	struct found *f;

	if (e->nfound == e->capfound) {
		e->capfound = e->capfound ? e->capfound * 2 : 64;
		e->found = ereallocarray(e->found, e->capfound,
		    sizeof *e->found);
	}
	f = &e->found[e->nfound++];
	f->held = i;
	f->m = *m;
	locate(e, h, f);
}

/* f's offsets in the document, from its bytes in the sentence h and the
 * sentence's folds, which e->folds holds. */
static void
locate(struct extractor *e, const struct held *h, struct found *f)
{
	f->start = f->m.s;
	f->end = f->m.e;
	if (h->has_start) {
		f->start = h->start + folds_map(&e->folds, f->m.s);
		f->end = h->start + folds_map(&e->folds, f->m.e);
	}
}

void
found_locate(struct extractor *e, struct found *f)
{
	const struct held *h = &e->held[f->held];

	if (h->has_start && folds_parse(&e->folds, at(e, h->folds),
	    h->foldslen) < 0)
		folds_reset(&e->folds);	/* (as in extractor_flush) */
	locate(e, h, f);
}

/* The norm f is written with, its text when it has none; its length in
 * *len. */
const char *
found_norm(const struct extractor *e, const struct found *f, size_t *len)
{
	const struct mention *m = &f->m;
	const char *norm = mention_norm(m);

	if (norm == NULL) {
		*len = m->e - m->s;
		return at(e, e->held[f->held].text) + m->s;
	}
	*len = strlen(norm);
	return norm;
}

static void
write_mention(struct extractor *e, const struct found *f)
{
	const struct held *h = &e->held[f->held];
	const struct mention *m = &f->m;
	const char *text = at(e, h->text), *norm;
	const char *type = etype_name(m->type);
	size_t start = f->start, end = f->end, normlen;
	size_t typelen = strlen(type), codelen = m->code ? strlen(m->code) : 0;
	size_t room;
	struct sink k;

	norm = found_norm(e, f, &normlen);
	/* (each term well under SIZE_MAX / 16: they are lengths of
	 * strings in memory) */
	room = 2 * (e->doc.len + (h->has_sent ? h->sentlen : 0) + m->e - m->s +
	    normlen + codelen + (h->has_role ? h->rolelen : 0) +
	    (e->with_para && h->has_para ? h->paralen : 0)) + typelen +
	    3 * FMT_ULONG_MAX + 10;
	k.d = room <= OUT_ROOM_MAX ? out_room(room) : NULL;
	if (e->doc_plain)
		sink_bytes(&k, e->doc.data, e->doc.len);
	else
		sink_field(&k, e->doc.data, e->doc.len);
	sink_char(&k, '\t');
	if (h->has_sent)
		sink_field(&k, at(e, h->sent), h->sentlen);
	else
		sink_ulong(&k, h->ordinal);
	sink_char(&k, '\t');
	sink_ulong(&k, start);
	sink_char(&k, '\t');
	sink_ulong(&k, end);
	sink_char(&k, '\t');
	sink_field(&k, text + m->s, m->e - m->s);
	sink_char(&k, '\t');
	sink_bytes(&k, type, typelen);
	sink_char(&k, '\t');
	sink_field(&k, norm, normlen);
	sink_char(&k, '\t');
	if (m->code)
		sink_field(&k, m->code, codelen);
	sink_char(&k, '\t');
	if (h->has_role)
		sink_field(&k, at(e, h->role), h->rolelen);
	if (e->with_para) {
		sink_char(&k, '\t');
		if (h->has_para)
			sink_field(&k, at(e, h->para), h->paralen);
	}
	sink_char(&k, '\n');
	if (k.d)
		out_wrote(k.d);
}

/*
 * A headline ("Putin Approves Decree on ..."): a title sentence, or one
 * whose words of four letters or more are all capitalised.  The model
 * learnt capitals from running text, so it leaves these to the rules.
 */
static int
headline(const struct extractor *e, const struct held *h)
{
	const char *t = at(e, h->text);
	size_t i = 0, n = h->textlen, len, words = 0;

	if (h->kind == R_TITLE)
		return 1;
	while (i < n) {
		while (i < n && !((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z'))
			i++;
		for (len = 0; i + len < n && (t[i + len] | 32) >= 'a' &&
		    (t[i + len] | 32) <= 'z'; len++)
			;
		if (len >= 4) {
			if (t[i] >= 'a')
				return 0;
			words++;
		}
		i += len;
	}
	return words >= 3;
}

/* The lexicon flags of the word after e in text (len bytes), or 0. */
static unsigned
next_word_flags(const struct lexicon *x, const char *text, size_t len,
    size_t e)
{
	size_t s = e + 1;

	if (s >= len || text[e] != ' ')
		return 0;
	for (e = s; e < len && text[e] != ' ' && text[e] != ','; e++)
		continue;
	return lexicon_flags(x, text + s, e - s);
}

/* Is s (n bytes) a word of ASCII lower-case letters and no capital? */
static int
all_lower(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || !(s[0] >= 'a' && s[0] <= 'z'))
		return 0;
	for (i = 1; i < n; i++)
		if (s[i] >= 'A' && s[i] <= 'Z')
			return 0;
	return 1;
}

/* The gazetteer's entity named by m's text, or NULL (word classes such
 * as "Minister" are entries of type E_NONE: no entity). */
static const struct lexent *
gazetteer_entity(const struct lexicon *x, const char *text,
    const struct mention *m)
{
	const struct lexent *le = lexicon_get(x, text + m->s, m->e - m->s);

	return le && le->type != E_NONE ? le : NULL;
}

void
first_lowered(char *low, const char *t, size_t n)
{
	memcpy(low, t, n);
	if (n > 0)
		low[0] = (char)(low[0] | (low[0] >= 'A' && low[0] <= 'Z' ?
		    0x20 : 0));
}

/* Is c a byte of a word: a letter or digit of ASCII, or of UTF-8? */
static int
word_byte(char c)
{
	unsigned char u = (unsigned char)c;

	return u >= 0x80 || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' &&
	    (u | 0x20) <= 'z');
}

/*
 * "While Hughes", "Later Roosevelt": a sentence opens with a capital, and
 * the model takes a word that opens a clause (an opener of names.tsv)
 * into the name after it; so too a preposition of place that opens the
 * sentence ("Into Lake Toxaway", "Near Fort Vaux").  m loses that word;
 * 0 when nothing is left.
 */
static int
unopened(const struct lexicon *x, const char *text, struct mention *m)
{
	char low[16];
	size_t e, i;
	unsigned not_a_name = W_OPENER;

	/* (quotes, a dash before it: still the sentence's first word) */
	for (i = 0; i < m->s && !word_byte(text[i]); i++)
		;
	if (i == m->s)
		not_a_name |= W_LOCPREP;
	for (e = m->s; e < m->e && text[e] != ' '; e++)
		;
	if (e == m->s || e - m->s >= sizeof low)
		return 1;
	first_lowered(low, text + m->s, e - m->s);
	if (!(lexicon_flags(x, low, e - m->s) & not_a_name))
		return 1;
	while (e < m->e && text[e] == ' ')
		e++;
	m->s = e;
	return m->s < m->e;
}

/*
 * "PM Imran Khan", "VP Kamala Harris", "Det. John Smith": titles written
 * short that the lexicon's titles lack.  Known only after the model: the
 * lexicon's classes are the model's features.
 */
static int
abbreviated_title(const char *w, size_t n)
{
	static const char *const title[] = { "PM", "FM", "VP", "Det.",
	    "Supt.", "Insp.", "Cllr", "Cllr." };

	return n >= 2 && n <= 5 && strchr("PFVDSIC", w[0]) != NULL &&
	    mem_among(w, n, title, sizeof title / sizeof *title);
}

/* Is w (n bytes) a title: of the lexicon, written short
 * (abbreviated_title), or joined to a second word ("Secretary-General",
 * "Vice-President")? */
static int
title_word(const struct lexicon *x, const char *w, size_t n)
{
	const char *h;

	if ((lexicon_flags(x, w, n) & (W_TITLE | W_TITLEPRE)) ||
	    abbreviated_title(w, n))
		return 1;
	h = memchr(w, '-', n);
	return h != NULL && h > w && h + 1 < w + n && h[1] >= 'A' &&
	    h[1] <= 'Z' && (lexicon_flags(x, w, (size_t)(h - w)) &
	    (W_TITLE | W_TITLEPRE));
}

size_t
titles_before_name(const struct lexicon *x, const char *s, size_t n)
{
	const char *sp, *sp2;
	size_t at = 0, w;

	while ((sp = memchr(s + at, ' ', n - at)) != NULL) {
		if (title_word(x, s + at, (size_t)(sp - s) - at)) {
			at = (size_t)(sp - s) + 1;
			continue;
		}
		/* "UN Secretary-General António Guterres", "NYC Mayor": two
		 * to five capitals before a title */
		w = (size_t)(sp - s) - at;
		sp2 = memchr(sp + 1, ' ', n - (size_t)(sp + 1 - s));
		if (sp2 != NULL && w >= 2 && w <= 5 &&
		    ascii_all_capitals(s + at, w) &&
		    title_word(x, sp + 1, (size_t)(sp2 - sp - 1))) {
			at = (size_t)(sp2 - s) + 1;
			continue;
		}
		break;
	}
	return at;
}

/*
 * "President Vladimir Putin" -> "Vladimir Putin": titles are not names;
 * nor is the office's name after a title and "of" ("Secretary of War
 * Baker" -> "Baker").
 */
static void
untitle(const struct lexicon *x, const char *text, struct mention *m)
{
	const char *sp;
	size_t w;

	m->s += titles_before_name(x, text + m->s, m->e - m->s);
	if (m->s < 5 || memcmp(text + m->s - 4, " of ", 4) != 0 ||
	    (sp = memchr(text + m->s, ' ', m->e - m->s)) == NULL)
		return;
	for (w = m->s - 4; w > 0 && text[w - 1] != ' '; w--)
		;
	if (lexicon_flags(x, text + w, m->s - 4 - w) & W_TITLE)
		m->s = (size_t)(sp - text) + 1;
}

/* Does m begin with a title of courtesy and another word ("Mr. James")? */
static int
courtesy_first(const struct lexicon *x, const char *text,
    const struct mention *m)
{
	const char *sp = memchr(text + m->s, ' ', m->e - m->s);

	return sp != NULL && (lexicon_flags(x, text + m->s,
	    (size_t)(sp - text) - m->s) & W_COURTESY);
}

/*
 * Is the word before s a preposition of place ("in", "at", "from",
 * "near"...), or is the word at s..e followed by a comma and a place the
 * gazetteer knows ("Yartsevo, Russia")?  That is what a lone place name
 * the gazetteer does not know needs to be kept as one.  Not the locprep
 * class of names.tsv: that has "via" ("via Twitter" is what this drops)
 * and lacks "of" and "to", and it is a feature of the name model, so
 * changing it would change what make ner-model trains.
 */
static int
place_context(const struct lexicon *x, const char *t, size_t n, size_t s,
    size_t e)
{
	static const char *const preps[] = { "in", "at", "from", "near",
	    "outside", "into", "across", "of", "to", "In", "At", "From",
	    "Near", "Outside" };
	const struct lexent *le;
	size_t b = s, a;

	/* "Yartsevo, Russia", not "Nadine, Ashley" */
	if (e + 2 < n && t[e] == ',' && t[e + 1] == ' ' && t[e + 2] >= 'A' &&
	    t[e + 2] <= 'Z') {
		for (a = e + 2; a < n && ((t[a] | 32) >= 'a' && (t[a] | 32) <=
		    'z'); a++)
			;
		le = lexicon_get(x, t + e + 2, a - e - 2);
		if (le && (le->type == E_GPE || le->type == E_LOC))
			return 1;
	}
	while (b > 0 && t[b - 1] == ' ')
		b--;
	for (a = b; a > 0 && t[a - 1] != ' '; a--)
		;
	return mem_among(t + a, b - a, preps, sizeof preps / sizeof *preps);
}

/*
 * The model's names in sentence h, typed with the gazetteer: a place the
 * gazetteer knows as a GPE is one (with its norm and code), other places
 * are LOC; MISC is kept only when the gazetteer calls it NORP or EVENT
 * ("Russian", "Olympics"); people are recorded for the fullest name.
 */
static int several_words_person(const struct lexicon *, const char *,
    const struct mention *, int);

/* Is each word of the model's person m but its last no common word, a
 * particle aside ("Leon van Biljon")?  Asked of a headline's, whose
 * "Sheldon Supports Harding", "Suit Roosevelt" name no one (elsewhere a
 * common word is as often a given name: "Peter", "Ginger"). */
static int
model_given_names(const struct lexicon *x, const char *text,
    const struct mention *m)
{
	char low[64];
	size_t i, j;

	for (i = m->s; i < m->e; i = j + 1) {
		for (j = i; j < m->e && text[j] != ' '; j++)
			;
		if (j == m->e || j == i || j - i >= sizeof low)
			continue;
		first_lowered(low, text + i, j - i);
		if (lexicon_is_common(x, low, j - i) &&
		    !(lexicon_flags(x, text + i, j - i) & W_CONNECTOR))
			return 0;
	}
	return 1;
}

/* Is w (n bytes) a kind of body, as written ("Club", "University"), that
 * is no name alone?  ("Congress", "the Senate", "the Army" are: one
 * body in a country, the news' own.) */
static int
generic_body(const char *w, size_t n)
{
	static const char *const kind[] = { "Association", "Board", "Church",
	    "Club", "College", "Committee", "Company", "Corporation",
	    "Hospital", "Institute", "League", "School", "Society",
	    "University" };

	return mem_among(w, n, kind, sizeof kind / sizeof *kind);
}

static void
model_names(struct extractor *e, struct held *h, const struct mentions *hints)
{
	const char *text = at(e, h->text);
	const struct ner_span *sp;
	const struct scanned_word *known;
	const struct lexent *le;
	struct mention m;
	size_t i, n, lw, nknown;
	unsigned flags;
	int one;
	enum ner_class cls;
	char low[16];

	h->ner = e->ner.n;
	nknown = names_words(e->people, text, h->textlen, &known);
	n = ner_find(e->model, e->lex, e->work, text, h->textlen, hints, known,
	    nknown, &sp);
	for (i = 0; i < n; i++) {
		memset(&m, 0, sizeof m);
		m.s = sp[i].s;
		m.e = sp[i].e;
		m.how = N_TEXT;
		if (sp[i].cls == NER_PER)
			untitle(e->lex, text, &m);
		/* "By Jordan Smith", "(By Associated Press)": a byline's "By" */
		if (m.e - m.s > 3 && (text[m.s] == 'B' &&
		    (text[m.s + 1] | 0x20) == 'y') && text[m.s + 2] == ' ')
			m.s += 3;
		/* "The Washington Post": the article is not the name */
		if (m.e - m.s > 4 && (memcmp(text + m.s, "The ", 4) == 0 ||
		    memcmp(text + m.s, "the ", 4) == 0))
			m.s += 4;
		if (!unopened(e->lex, text, &m))
			continue;
		/* "University of", "Lam later": a name of several words does
		 * not end with one all in lower case ("al-Assad" is none) */
		while ((lw = mention_last_word(text, &m)) > m.s &&
		    all_lower(text + lw, m.e - lw))
			for (m.e = lw - 1; m.e > m.s && text[m.e - 1] == ' ';)
				m.e--;
		le = gazetteer_entity(e->lex, text, &m);
		one = memchr(text + m.s, ' ', m.e - m.s) == NULL;
		/* "ran Into a crowd", as misread print has it: a lone
		 * preposition of place is no name */
		if (one && m.e - m.s < sizeof low) {
			first_lowered(low, text + m.s, m.e - m.s);
			if (lexicon_flags(e->lex, low, m.e - m.s) & W_LOCPREP)
				continue;
		}
		/* "The Club elected its officers", "the University":
		 * a kind of body alone names none the reader could look
		 * up (its name was earlier, or never given) */
		if (one && sp[i].cls != NER_LOC && generic_body(text + m.s,
		    m.e - m.s))
			continue;
		/* "the Star-Bulletin": a lone organisation cue is no person */
		if (sp[i].cls == NER_PER && one && (lexicon_flags(e->lex,
		    text + m.s, m.e - m.s) & W_ORGCUE))
			cls = NER_ORG;
		/* "Mr. James" is a person, whatever "James" may be */
		else if (courtesy_first(e->lex, text, &m)) {
			cls = NER_PER;
			untitle(e->lex, text, &m);
			le = gazetteer_entity(e->lex, text, &m);
			one = memchr(text + m.s, ' ', m.e - m.s) == NULL;
		}
		else
			cls = sp[i].cls;
		/* "via Twitter", "the Olympiad": a lone word the model calls a
		 * place, unknown to the gazetteer, is one only where a place
		 * would stand */
		if (cls == NER_LOC && one && le == NULL &&
		    !place_context(e->lex, text, h->textlen, m.s, m.e))
			continue;
		switch (cls) {
		case NER_PER:
			m.type = E_PERSON;
			m.how = N_PERSON;
			if (one && (lexicon_flags(e->lex, text + m.s, m.e -
			    m.s) & (W_TITLE | W_TITLEPRE)))
				continue;	/* "Vice" */
			/* a lone "Tony" is left to be "Tony Mendez"; a
			 * name that cannot be a person's ("All Kauai")
			 * names no one a later "Kauai" could be */
			if (!one && several_words_person(e->lex, text, &m, 0) &&
			    (!headline(e, h) ||
			    model_given_names(e->lex, text, &m)))
				people_add_found(e->people, text, m.s,
				    m.s + without_postnominals(text + m.s,
				    m.e - m.s));
			/* (a lone word keeps its text: the gazetteer's one
			 * person by that word is a guess) */
			if (le && le->type == E_PERSON && !one)
				m.norm = lexicon_norm(e->lex, le);
			le = NULL;
			break;
		case NER_ORG:
			/* "Emergencies Minister" is an office, no body */
			lw = mention_last_word(text, &m);
			flags = lexicon_flags(e->lex, text + lw, m.e - lw);
			if (flags & W_TITLE)
				continue;
			/* "Senate Minority" before "Leader": the body is
			 * "Senate", the rest begins the title */
			if (lw > m.s && (flags & W_TITLEPRE) &&
			    (next_word_flags(e->lex, text, h->textlen, m.e) &
			    W_TITLE)) {
				m.e = lw - 1;
				le = gazetteer_entity(e->lex, text, &m);
			}
			m.type = E_ORG;
			if (le && le->type != E_ORG && le->type != E_GPE)
				le = NULL;
			break;
		case NER_LOC:
			m.type = E_LOC;
			if (le && le->type != E_GPE && le->type != E_LOC)
				le = NULL;
			break;
		default:
			if (le == NULL || (le->type != E_NORP &&
			    le->type != E_EVENT))
				continue;
			break;
		}
		if (le) {
			m.type = le->type;
			m.how = N_FIXED;
			m.norm = lexicon_norm(e->lex, le);
			m.code = *lexicon_code(e->lex, le) ?
			    lexicon_code(e->lex, le) : NULL;
		}
		mentions_add(&e->ner, &m);
	}
	h->nner = e->ner.n - h->ner;
}

/* May the name m of several words be a person's: no cue word in it and
 * no function word (a month: "York June", "All Kauai"); and, as
 * people_first asks of a name the finders gave another type, with
 * common_last, no common word last ("Kauai Chamber"; a person's name of
 * the model may end so: "Robert Hunter"). */
static int
several_words_person(const struct lexicon *x, const char *text,
    const struct mention *m, int common_last)
{
	char low[64];
	size_t i, j;

	for (i = m->s; i < m->e; i = j + 1) {
		for (j = i; j < m->e && text[j] != ' '; j++)
			;
		if (j == i || j - i >= sizeof low)
			continue;
		first_lowered(low, text + i, j - i);
		/* (a law's cue ends its name: "Bill" first, before a name in
		 * lower case's small word, is a given name: "Bill de
		 * Blasio") */
		if (i == m->s && j - i == 4 && memcmp(text + i, "Bill", 4) == 0 &&
		    j + 1 < m->e && text[j + 1] >= 'a' && text[j + 1] <= 'z')
			continue;
		if ((lexicon_flags(x, text + i, j - i) & NOT_PERSON_AS_WRITTEN) ||
		    (lexicon_flags(x, low, j - i) & W_FUNCTION))
			return 0;
		if (common_last && j == m->e && j - i > 1 &&
		    lexicon_is_common(x, low, j - i))
			return 0;
	}
	return 1;
}

/*
 * "Don" after "Don Imus", "Hunter" after "Robert Hunter": a lone word the
 * finders call a place or an organisation (the river Don, a firm) is the
 * person the document has named in full by it.  Not a place the
 * gazetteer knows ("Washington" beside Denzel Washington), nor an acronym.
 * So too a name of several words that the document calls a person
 * elsewhere ("Stefan W", a person twice, a place the third time, in a
 * story that may not print his surname): the model decides each mention
 * from its own sentence, and one document means one person by it.  Not a
 * place or body the gazetteer knows by all those words, nor a name that
 * ends with a common English word ("Farrell Electric", a firm named for
 * its founder, a person once in its review; an initial is no such word)
 * or has a word that marks a body, place or date ("John W. Graham Co.",
 * "York June").
 */
static void
people_first(struct extractor *e, const char *text)
{
	struct mention *m;
	const char *full;
	size_t k, i;
	int several;

	for (k = 0; k < e->m.n; k++) {
		m = &e->m.v[k];
		several = memchr(text + m->s, ' ', m->e - m->s) != NULL;
		if ((m->type != E_LOC && m->type != E_ORG && m->type != E_GPE) ||
		    (m->how == N_FIXED && (several || m->type == E_GPE)))
			continue;
		/* "NATO", "McDonald's": a capital inside a word */
		for (i = m->s + 1; i < m->e && !(text[i] >= 'A' &&
		    text[i] <= 'Z' && text[i - 1] != ' '); i++)
			;
		if (i < m->e)
			continue;
		if (several && !several_words_person(e->lex, text, m, 1))
			continue;
		full = people_fullest(e->people, text + m->s, m->e - m->s);
		if (full == NULL || strchr(full, ' ') == NULL)
			continue;
		mention_retype(m, E_PERSON, N_PERSON, full, NULL);
	}
}

/* Letters after a name that are no part of it: an honour, a degree, a
 * silk ("Kama Melly QC", "Jane Doe OBE"). */
static const char *const postnominals[] = { "QC", "KC", "OBE", "MBE", "CBE",
    "KBE", "DBE", "PhD", "Ph.D.", "Esq.", "Esq" };

size_t
without_postnominals(const char *s, size_t n)
{
	size_t w;

	/* (most names end in a small letter, and none of these but "Esq") */
	if (n == 0 || (s[n - 1] >= 'a' && s[n - 1] <= 'z' && s[n - 1] != 'q'))
		return n;
	for (;;) {
		for (w = n; w > 0 && s[w - 1] != ' '; w--)
			;
		if (w == 0 || !mem_among(s + w, n - w, postnominals,
		    sizeof postnominals / sizeof *postnominals))
			return n;
		for (n = w; n > 0 && (s[n - 1] == ',' || s[n - 1] == ' '); n--)
			;
	}
}

/* Is w (n bytes) a small word of a surname, in lower case ("van",
 * "de")? */
static int
is_particle(const char *w, size_t n)
{
	static const char *const particles[] = { "van", "von", "de", "der",
	    "den", "da", "di", "du", "del", "della", "des", "le", "la", "ten",
	    "ter", "bin", "ibn", "dos", "das", "do" };

	return mem_among(w, n, particles, sizeof particles / sizeof *particles);
}

static int is_name(enum etype);

/*
 * "Luiz Inacio Lula" | "da Silva", "Mohammed" | "bin Salman": a person's
 * name the finders ended before the small words of its surname (the
 * model stops at the small word, the rules at a name of four words)
 * goes on with them and the capitalised name after them, a mention of
 * one word the finders made of it (a place, "Silva") included: 47
 * mentions of the 1916 pages, most of them the bandit Luis de la Rosa.
 */
static void
particles_after(struct extractor *e, const char *text, size_t len, size_t k)
{
	/* the small words that may not open the surname here: "la",
	 * "le", "ter", "do" (misread print's "is", a verb: "Vive la
	 * Republique"), and those that follow another ("van der") */
	static const char *const not_first[] = { "der", "den", "des", "le",
	    "la", "ten", "ter", "do" };
	struct mention *m = &e->m.v[k], *next;
	char low[64];
	size_t s = m->e, ws, we, words;

	/* (the first letters of the words first: asked of every person) */
	if (m->type != E_PERSON || s + 1 >= len || text[s] != ' ' ||
	    strchr("vdbi", text[s + 1]) == NULL)
		return;
	for (words = 0; words < 2 && s + 1 < len && text[s] == ' ' &&
	    text[s + 1] >= 'a' && text[s + 1] <= 'z'; words++) {
		for (we = s + 1; we < len && text[we] != ' '; we++)
			;
		if (!is_particle(text + s + 1, we - s - 1) || (words == 0 &&
		    mem_among(text + s + 1, we - s - 1, not_first,
		    sizeof not_first / sizeof *not_first)))
			break;
		s = we;
	}
	if (words == 0 || s + 1 >= len || text[s] != ' ')
		return;
	for (ws = s + 1, we = ws; we < len && (ascii_is_letter(text[we]) ||
	    (unsigned char)text[we] >= 0x80 || text[we] == '-'); we++)
		;
	/* (a common word may be the surname: "Silva", "Costa", "Cruz") */
	if (we - ws < 2 || we - ws >= sizeof low ||
	    !(text[ws] >= 'A' && text[ws] <= 'Z') ||
	    !(text[ws + 1] >= 'a' && text[ws + 1] <= 'z') ||
	    (lexicon_flags(e->lex, text + ws, we - ws) &
	    NOT_PERSON_AS_WRITTEN))
		return;
	first_lowered(low, text + ws, we - ws);
	if (lexicon_flags(e->lex, low, we - ws) & W_FUNCTION)
		return;
	next = k + 1 < e->m.n ? &e->m.v[k + 1] : NULL;
	if (next != NULL && next->s < we) {
		/* (not a place the gazetteer knows: "Smith de Paris") */
		if (next->s != ws || next->e != we || !is_name(next->type) ||
		    (next->type != E_PERSON && next->how == N_FIXED))
			return;
		memmove(next, next + 1, (e->m.n - k - 2) * sizeof *next);
		e->m.n--;
	}
	m->e = we;
	mention_retype(m, E_PERSON, N_TEXT, NULL, NULL);
	people_add_found(e->people, text, m->s, m->e);
}

/*
 * "Leon van Biljon ... van Biljon said", "de Gaulle": the small words of a
 * surname in lower case ("van", "de", "der") that the finders left out
 * are the person's, when the document's fullest name for the person ends
 * with them and the name; and a word the finders took for a place or a
 * body just before them is the person's too, when the fullest name is
 * all of it ("Leon", a town to the gazetteer).  Such a word capitalised
 * as a sentence opens ("De Blasio") is the same person.
 */
static void
name_particles(struct extractor *e, const char *text, size_t len)
{
	struct mention *m, *prev;
	const char *full, *sp;
	char low[64];
	size_t k, s, a, b, fn, n, words, was;

	for (k = 0; k < e->m.n; k++) {
		m = &e->m.v[k];
		if (m->type != E_PERSON)
			continue;
		/* "De Blasio" opening a sentence is "Bill de Blasio" */
		sp = memchr(text + m->s, ' ', m->e - m->s);
		if (sp != NULL && m->e - m->s < sizeof low &&
		    text[m->s] >= 'A' && text[m->s] <= 'Z') {
			first_lowered(low, text + m->s, m->e - m->s);
			if (is_particle(low, (size_t)(sp - (text + m->s))) &&
			    (full = people_fullest(e->people, low, m->e -
			    m->s)) != NULL && strlen(full) > m->e - m->s) {
				mention_retype(m, E_PERSON, N_PERSON, full, NULL);
				continue;
			}
		}
		prev = k > 0 ? &e->m.v[k - 1] : NULL;
		was = m->s;
		/* (a small letter just before the space first: the cheap
		 * test) */
		for (s = m->s, words = 0; words < 3 && s >= 3 &&
		    text[s - 1] == ' ' && text[s - 2] >= 'a' &&
		    text[s - 2] <= 'z' && word_before(text, s, &a, &b) &&
		    s - b == 1 && is_particle(text + a, b - a) &&
		    (prev == NULL || prev->e <= a); words++)
			s = a;
		/* (the fullest name only asked of a name with such words
		 * before it or in front: most have none) */
		if (s == m->s && !(sp != NULL && prev != NULL &&
		    prev->type != E_PERSON && prev->e + 1 == m->s &&
		    is_particle(text + m->s, (size_t)(sp - (text + m->s)))))
			continue;
		if ((full = people_fullest(e->people, text + m->s,
		    m->e - m->s)) == NULL)
			continue;
		fn = strlen(full);
		n = m->e - s;
		if (s < m->s && fn >= n && (fn == n || full[fn - n - 1] ==
		    ' ') && memcmp(full + fn - n, text + s, n) == 0)
			m->s = s;
		/* "Leon" | "van Biljon" */
		sp = memchr(text + m->s, ' ', m->e - m->s);
		if (prev != NULL && prev->type != E_PERSON && sp != NULL &&
		    is_particle(text + m->s, (size_t)(sp - (text + m->s))) &&
		    prev->e + 1 == m->s && text[prev->e] == ' ' &&
		    m->e - prev->s == fn && memcmp(full, text + prev->s,
		    fn) == 0) {
			m->s = prev->s;
			memmove(prev, m, (e->m.n - k) * sizeof *m);
			e->m.n--;
			m = &e->m.v[--k];
		}
		if (m->s != was)
			mention_retype(m, E_PERSON, N_PERSON, full, NULL);
	}
	for (k = 0; k < e->m.n; k++)
		particles_after(e, text, len, k);
}

/*
 * "King Charles III", "Pope Benedict XVI", "Malcolm X": the finders end a
 * person's name before the number of a ruler of that name, which is the
 * name's, and its norm.  Not "I", the pronoun ("said Charles I think").
 */
int
regnal_numeral(const char *w, size_t n)
{
	static const char *const numeral[] = { "II", "III", "IV", "V", "VI",
	    "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
	    "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII" };

	return n >= 1 && n <= 5 && strchr("IVX", w[0]) != NULL &&
	    mem_among(w, n, numeral, sizeof numeral / sizeof *numeral);
}

static void
regnal_numbers(struct extractor *e, const char *text, size_t len)
{
	struct mention *m;
	size_t k, we;

	for (k = 0; k < e->m.n; k++) {
		m = &e->m.v[k];
		if (m->type != E_PERSON || m->e + 2 > len || text[m->e] != ' ' ||
		    !(text[m->e + 1] == 'I' || text[m->e + 1] == 'V' ||
		    text[m->e + 1] == 'X') ||
		    (k + 1 < e->m.n && e->m.v[k + 1].s <= m->e + 1))
			continue;
		for (we = m->e + 1; we < len && ascii_is_letter(text[we]); we++)
			;
		/* (not an initial, "Sam V. Dix"; not after a name in
		 * capitals, "WILSON III" of misread print's "ill") */
		if (regnal_numeral(text + m->e + 1, we - m->e - 1) &&
		    !(we - m->e - 1 == 1 && we < len && text[we] == '.') &&
		    text[m->e - 1] >= 'a' && text[m->e - 1] <= 'z') {
			m->e = we;
			mention_retype(m, E_PERSON, N_TEXT, NULL, NULL);
		}
	}
}

/*
 * "Mr. Wilson", "President Lincoln": a lone word the finders call a place
 * (not a country: "President Obama of the United States" has none before
 * it) right after a title is a person.  After the model, so that what the
 * model is given, and so trained on, stays as it was.
 */
static void
titled_places(struct extractor *e, const char *text)
{
	struct mention *m;
	const char *full;
	size_t k, b, a;

	for (k = 0; k < e->m.n; k++) {
		m = &e->m.v[k];
		if ((m->type != E_LOC && m->type != E_GPE) || (m->code && *m->code) ||
		    memchr(text + m->s, ' ', m->e - m->s) != NULL)
			continue;
		for (b = m->s; b > 0 && text[b - 1] == ' '; b--)
			;
		for (a = b; a > 0 && text[a - 1] != ' '; a--)
			;
		if (b == a || b == m->s || !(text[a] >= 'A' && text[a] <= 'Z') ||
		    !(lexicon_flags(e->lex, text + a, b - a) & W_TITLE))
			continue;
		full = people_fullest(e->people, text + m->s, m->e - m->s);
		mention_retype(m, E_PERSON, N_PERSON, full, m->code);
	}
}

/*
 * Is t[a..b) what parts two names of a list: ", ", ", and ", ", or ",
 * " and ", " or "?
 */
static int
list_gap(const char *t, size_t a, size_t b)
{
	static const char *const gaps[] = { ", ", ", and ", ", or ", " and ",
	    " or " };

	return mem_among(t + a, b - a, gaps, sizeof gaps / sizeof *gaps);
}

/* Is a plural of a kind of place ("towns", "villages") among the
 * nwords words before s in t? */
static int
places_named_before(const char *t, size_t s, size_t nwords)
{
	static const char *const kinds[] = { "towns", "cities", "villages",
	    "provinces", "districts", "regions", "municipalities",
	    "communities", "counties", "islands", "suburbs", "localities",
	    "neighbourhoods", "neighborhoods", "settlements" };
	size_t a, b = s, words;

	for (words = 0; words < nwords && b > 0; words++) {
		while (b > 0 && !word_byte(t[b - 1]))
			b--;
		for (a = b; a > 0 && word_byte(t[a - 1]); a--)
			;
		if (mem_among(t + a, b - a, kinds, sizeof kinds / sizeof *kinds))
			return 1;
		b = a;
	}
	return 0;
}

/* Does the word t[s..e) go on a name or a date: a capitalised word or an
 * initial right before it ("Ed. Kelley", "L. W. Wilkinson"), a number
 * right after ("Jane 6", misread)? */
static int
name_goes_on(const char *t, size_t len, size_t s, size_t e)
{
	size_t a;

	if (s >= 2 && t[s - 1] == ' ' && (word_byte(t[s - 2]) ||
	    t[s - 2] == '.')) {
		for (a = s - 1; a > 0 && t[a - 1] != ' '; a--)
			;
		if (t[a] >= 'A' && t[a] <= 'Z')
			return 1;
	}
	return e + 1 < len && t[e] == ' ' && t[e + 1] >= '0' && t[e + 1] <= '9';
}

/* May the word w (n bytes) be a place's name: a capital, then a small
 * letter ("SUNDAY" heads a dateline), and no common word ("June",
 * "Route")? */
static int
place_like(const struct lexicon *x, const char *w, size_t n)
{
	char low[64];

	if (n < 2 || n >= sizeof low || !(w[0] >= 'A' && w[0] <= 'Z') ||
	    !((w[1] >= 'a' && w[1] <= 'z') || (unsigned char)w[1] >= 0x80))
		return 0;
	first_lowered(low, w, n);
	return !lexicon_is_common(x, low, n);
}

/*
 * The one-word people of a list of places are places: in "the towns
 * damaged were Carrascal, Cantilan, Madrid, Carmen, Lanuza, and Cortes"
 * or "the towns of Beni, Butembo, Mangina, and Katwa" the model takes
 * the names it does not know for people's.  A list is two names or more,
 * each parted from the next by a comma, "and" or "or"; it is one of
 * places after a plural of a kind of place, within twelve words when one
 * of its names is a place, within three when none is.  Not when one of
 * its people is named in two words or more, here or in full elsewhere,
 * goes on a name or a date (name_goes_on), or is no place's kind of word
 * (place_like): "medallions of Washington, Jackson, Jefferson and
 * Cleveland", no towns named, stays as found.  A capitalised word that
 * ends such a list, and that no finder took, is a place too ("and
 * Katwa").
 */
static void
list_places(struct extractor *e, const char *text, size_t len)
{
	struct mention *v = e->m.v, add;
	size_t i, j, k, places, people, end, w;
	const char *norm;
	int named;

	for (i = 0; i < e->m.n; i = j) {
		/* the names from i on, each parted from the next by a gap */
		for (j = i + 1; is_name(v[j - 1].type) && j < e->m.n &&
		    is_name(v[j].type) && list_gap(text, v[j - 1].e, v[j].s);
		    j++)
			;
		places = people = 0;
		named = 0;
		for (k = i; k < j; k++) {
			if (v[k].type == E_GPE || v[k].type == E_LOC)
				places++;
			else if (v[k].type == E_PERSON) {
				norm = mention_norm(&v[k]);
				if (memchr(text + v[k].s, ' ', v[k].e - v[k].s) ||
				    (norm && strchr(norm, ' ')) ||
				    !place_like(e->lex, text + v[k].s,
				    v[k].e - v[k].s) ||
				    name_goes_on(text, len, v[k].s, v[k].e))
					named = 1;
				people++;
			}
		}
		if (named || people == 0 || j - i < 2 ||
		    !((places >= 1 && places_named_before(text, v[i].s, 12)) ||
		    places_named_before(text, v[i].s, 3)))
			continue;
		for (k = i; k < j; k++)
			if (v[k].type == E_PERSON)
				mention_retype(&v[k], E_GPE, N_TEXT, NULL, NULL);
		/* the word that ends the list, if no finder took it */
		for (end = v[j - 1].e, w = end; w < len && w - end < 6 &&
		    !(text[w] >= 'A' && text[w] <= 'Z'); w++)
			;
		if (w == len || !(text[w] >= 'A' && text[w] <= 'Z') ||
		    !list_gap(text, end, w))
			continue;
		for (k = w + 1; k < len && word_byte(text[k]); k++)
			;
		if ((j < e->m.n && v[j].s < k) ||	/* a finder took it */
		    (k < len && (text[k] == '-' || (text[k] == ' ' &&
		    k + 1 < len && text[k + 1] >= 'A' &&
		    text[k + 1] <= 'Z'))) ||	/* a name of more words */
		    !place_like(e->lex, text + w, k - w))
			continue;
		memset(&add, 0, sizeof add);
		add.s = w;
		add.e = k;
		add.type = E_GPE;
		add.how = N_TEXT;
		mentions_add(&e->m, &add);
		mentions_resolve(&e->m);
		v = e->m.v;
		j++;
	}
}

/*
 * Is t[s..e) a writer's name in a byline: two to four words, each with a
 * capital first and no digit, none a function word, title or
 * organisation cue ("By The Associated Press", "Staff Writer" after a
 * comma), the whole no place or body the gazetteer knows ("Associated
 * Press") and no word of it an organisation ("Reuters Staff")?  A part
 * after a comma that no " and " follows (job says whether it is one) is
 * no name when all its words are common English: a job ("Staff
 * Reporters"); the others may be ("Jane Doe", "John Roe").
 */
static int
byline_name(const struct lexicon *x, const char *t, size_t s, size_t e,
    int job)
{
	const struct lexent *le;
	char low[64];
	size_t i, j, words = 0, common = 0;

	le = lexicon_get(x, t + s, e - s);
	if (le != NULL && le->type != E_NONE && le->type != E_PERSON)
		return 0;
	for (i = s; i < e; i = j + 1) {
		for (j = i; j < e && t[j] != ' '; j++)
			if (t[j] >= '0' && t[j] <= '9')
				return 0;
		if (j == i || j - i >= sizeof low || !((t[i] >= 'A' &&
		    t[i] <= 'Z') || (unsigned char)t[i] >= 0xc0))
			return 0;
		le = lexicon_get(x, t + i, j - i);
		if (le != NULL && (le->type == E_ORG || (le->flags &
		    (W_TITLE | W_TITLEPRE | W_ORGCUE))))
			return 0;
		first_lowered(low, t + i, j - i);
		if (lexicon_flags(x, low, j - i) & W_FUNCTION)
			return 0;
		common += lexicon_is_common(x, low, j - i);
		words++;
	}
	return words >= 2 && words <= 4 && !(job && common == words);
}

/*
 * "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, John Roe":
 * the writers a byline names, whatever their names mean in English
 * ("Doe" is a deer, "Roe" fish eggs), up to the first part that is no
 * name ("By Jane Doe, Associated Press").  Puts their bounds in s[] and
 * e[], at most max; returns how many.
 */
static size_t
byline_names(const struct lexicon *x, const char *t, size_t n, size_t *s,
    size_t *e, size_t max)
{
	size_t i = 3, a, b, k = 0;
	int comma = 0;

	if (n < 4 || (t[0] | 0x20) != 'b' || (t[1] | 0x20) != 'y' ||
	    t[2] != ' ')
		return 0;
	while (k < max) {
		while (i < n && t[i] == ' ')
			i++;
		for (b = a = i; b < n && t[b] != ',' && !(t[b] == ' ' &&
		    ((b + 4 < n && memcmp(t + b, " and ", 5) == 0) ||
		    (b + 2 < n && memcmp(t + b, " & ", 3) == 0))); b++)
			;
		i = b;
		while (b > a && (t[b - 1] == ' ' || t[b - 1] == '.'))
			b--;
		if (b < a + 1 || !byline_name(x, t, a, b, comma &&
		    (i >= n || t[i] == ',')))
			break;
		/* "J." keeps its full stop */
		if (b < n && t[b] == '.' && b >= a + 2 && t[b - 2] == ' ')
			b++;
		s[k] = a;
		e[k++] = b;
		if (i >= n)
			break;
		comma = t[i] == ',';
		i += comma ? 1 : t[i + 1] == '&' ? 3 : 5;
	}
	return k;
}

#define BYLINE_MAX	8

/* Is h a byline (role byline)? */
static int
is_byline(const struct held *h)
{
	return h->kind == R_BYLINE;
}

/* The writers of a byline are people, whatever the finders made of
 * their names ("Jane" of "Jane Doe", "Doe" a common word). */
static void
byline_people(struct extractor *e, const char *text, size_t len)
{
	size_t s[BYLINE_MAX], en[BYLINE_MAX], n, i, k, kept;
	struct mention m;

	n = byline_names(e->lex, text, len, s, en, BYLINE_MAX);
	if (n == 0)
		return;
	for (i = 0; i < n; i++) {
		for (k = kept = 0; k < e->m.n; k++)
			if (!(e->m.v[k].s < en[i] && s[i] < e->m.v[k].e))
				e->m.v[kept++] = e->m.v[k];
		e->m.n = kept;
		memset(&m, 0, sizeof m);
		m.s = s[i];
		m.e = en[i];
		m.type = E_PERSON;
		m.how = N_PERSON;
		m.norm = people_fullest(e->people, text + s[i], en[i] - s[i]);
		mentions_add(&e->m, &m);
	}
	mentions_resolve(&e->m);
}

/* Is the word after e in text (len bytes) a model number: three digits or
 * more, after one capital or none ("737", "A300s"), and no year? */
static int
model_number(const char *t, size_t len, size_t e)
{
	size_t i = e + 1, d = 0, from;

	if (e >= len || t[e] != ' ')
		return 0;
	if (i < len && t[i] >= 'A' && t[i] <= 'Z')
		i++;
	for (from = i; i < len && t[i] >= '0' && t[i] <= '9'; i++)
		d++;
	if (d == 4 && from == e + 1 && (!memcmp(t + from, "19", 2) ||
	    !memcmp(t + from, "20", 2)))
		return 0;
	return d >= 3;
}

/*
 * "Boeing 737", "Airbus A300s": a maker's one-word name before a model
 * number, or a name ending in one, names a product, which is no
 * organisation (OntoNotes has a PRODUCT type for it; extract-entities has
 * none).
 */
static void
drop_products(struct mentions *ms, const char *text, size_t len)
{
	size_t k, kept, lw;

	for (k = kept = 0; k < ms->n; k++) {
		const struct mention *m = &ms->v[k];

		if (m->type == E_ORG) {
			/* the name's last word, or the word after a one-word
			 * name; not a lodge's number ("Lodge No. 304") */
			lw = mention_last_word(text, m);
			if (model_number(text, len, lw > m->s ? lw - 1 : m->e) &&
			    !(lw >= m->s + 4 && (!memcmp(text + lw - 4, "No. ", 4) ||
			    !memcmp(text + lw - 4, " No ", 4))))
				continue;
		}
		ms->v[kept++] = *m;
	}
	ms->n = kept;
}

void
shown_add(struct shown *sh, const char *s, size_t n)
{
	if (sh->n < SHOWN_MAX) {
		sh->v[sh->n].s = s;
		sh->v[sh->n++].n = n;
	}
}

int
shown_has(const struct shown *sh, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < sh->n; i++)
		if (sh->v[i].n == n && memcmp(sh->v[i].s, s, n) == 0)
			return 1;
	return 0;
}

/* Is one of the words of list (NULL-terminated) at t + e, whole? */
int
word_of_at(const char *t, size_t len, size_t e, const char *const *list)
{
	size_t n;

	for (; *list != NULL; list++) {
		n = strlen(*list);
		if (len - e >= n && memcmp(t + e, *list, n) == 0 &&
		    (e + n == len || (t[e + n] | 0x20) < 'a' ||
		    (t[e + n] | 0x20) > 'z'))
			return 1;
	}
	return 0;
}

/*
 * Does the text after e (len bytes in all) say that the name before it
 * names a thing: "'s disease" ("Parkinson's disease"), "'s syndrome",
 * "'s law" ("Moore's law"), "'s palsy", "'s lymphoma", or " virus",
 * " disease", " fever", " syndrome" ("Ebola virus", "Lyme disease")?
 * The apostrophe straight or curly, split off or not (a token stream's
 * text reads "Parkinson 's disease").
 */
static int
eponym_after(const char *t, size_t len, size_t e)
{
	static const char *const owned[] = { "disease", "diseases",
	    "syndrome", "law", "palsy", "lymphoma", NULL };
	static const char *const named[] = { "virus", "disease", "fever",
	    "syndrome", NULL };
	size_t a = e < len && t[e] == ' ' ? e + 1 : e;

	if (len - a >= 3 && t[a] == '\'' && t[a + 1] == 's' && t[a + 2] == ' ')
		return word_of_at(t, len, a + 3, owned);
	if (len - a >= 5 && memcmp(t + a, "\xE2\x80\x99s ", 5) == 0)
		return word_of_at(t, len, a + 5, owned);
	return a > e && word_of_at(t, len, a, named);
}

/* Is the word after e a prize's ("Nobel Prize", "the Lewis medal", "Nobel
 * laureate"), or the mention m's last word one ("Nobel Peace Prize")? */
static int
prize_named(const char *t, size_t len, const struct mention *m)
{
	static const char *const prize[] = { "Prize", "Prizes", "Award",
	    "Awards", "Medal", "medal", "Trophy", "Cup", "laureate",
	    "laureates", NULL };
	size_t lw;

	/* (a letter of theirs first: asked of every person) */
	return (strchr("esdlyp", t[m->e - 1]) != NULL &&
	    (lw = mention_last_word(t, m)) > m->s &&
	    strchr("PAMTC", t[lw]) != NULL &&
	    word_of_at(t, m->e, lw, prize)) ||
	    (m->e + 1 < len && t[m->e] == ' ' &&
	    strchr("PAMTCml", t[m->e + 1]) != NULL &&
	    word_of_at(t, len, m->e + 1, prize));
}

/* Is w (n bytes) "First" (1) or "Second" (2)? */
static int
word_is_ordinal(const char *w, size_t n)
{
	if (n == 5 && memcmp(w, "First", 5) == 0)
		return 1;
	return n == 6 && memcmp(w, "Second", 6) == 0 ? 2 : 0;
}

/*
 * "the Second World War" (an ordinal, then the finders' "World War"),
 * "WWII", "WW2": the war named as "World War II" is, one norm for all its
 * names; not in an article dated before 1918, when no world war had a
 * number yet (the 1916 pages' "WWI" is misread print; "the Great War" is
 * left as it is).
 */
static void
world_wars(struct mentions *ms, const char *text, const struct ymd *dated)
{
	static const char *const ww1[] = { "WWI", "WW1", "WW I" },
	    *const ww2[] = { "WWII", "WW2", "WW II" };
	struct mention *m;
	size_t k, n;
	int which;

	if (dated != NULL && dated->y < 1918)
		return;
	for (k = 0; k < ms->n; k++) {
		m = &ms->v[k];
		n = m->e - m->s;
		which = 0;
		if (k + 1 < ms->n && m->type == E_ORDINAL &&
		    ms->v[k + 1].type == E_EVENT && ms->v[k + 1].s == m->e + 1 &&
		    ms->v[k + 1].e - ms->v[k + 1].s == 9 &&
		    memcmp(text + ms->v[k + 1].s, "World War", 9) == 0 &&
		    (which = word_is_ordinal(text + m->s, n)) > 0) {
			m->e = ms->v[k + 1].e;
			memmove(&ms->v[k + 1], &ms->v[k + 2], (ms->n - k - 2) *
			    sizeof *ms->v);
			ms->n--;
		} else if (mem_among(text + m->s, n, ww1, 3))
			which = 1;
		else if (mem_among(text + m->s, n, ww2, 3))
			which = 2;
		if (which > 0)
			mention_retype(m, E_EVENT, N_FIXED, which == 1 ?
			    "World War I" : "World War II", NULL);
	}
}

/*
 * "Sen. Chuck Schumer, D-N.Y.", "(R-S.D.)": a lawmaker's party and state,
 * which the finders cut at the state's first full stop into a body "D-N",
 * are no name.
 */
static void
drop_party_tags(struct mentions *ms, const char *text, size_t len)
{
	size_t k, kept;

	for (k = kept = 0; k < ms->n; k++) {
		const struct mention *m = &ms->v[k];
		size_t n = m->e - m->s;

		if (is_name(m->type) && (n == 3 || n == 4) && m->e < len &&
		    text[m->e] == '.' && strchr("DRI", text[m->s]) != NULL &&
		    text[m->s + 1] == '-' && text[m->s + 2] >= 'A' &&
		    text[m->s + 2] <= 'Z')
			continue;
		ms->v[kept++] = *m;
	}
	ms->n = kept;
}

/*
 * "Parkinson's disease", "Ebola virus": the person a disease or a law is
 * named after is not in the story, which speaks of the thing, and the
 * word alone is that thing in the rest of the document ("four Ebola
 * drugs"): it is remembered (see struct shown), and write_found leaves
 * out the persons named by it alone.  The person a prize is named after
 * ("Nobel Prize", "Nobel Peace Prize" as the model reads it, "the Lewis
 * medal") is no person of the story either, but the word alone may be
 * one (a page of 1916 tells of the Lewis medal and of Mr. Lewis).
 */
static void
drop_eponyms(struct extractor *e, const char *text, size_t len)
{
	struct mentions *ms = &e->m;
	size_t k, kept;

	for (k = kept = 0; k < ms->n; k++) {
		const struct mention *m = &ms->v[k];

		if (m->type == E_PERSON && eponym_after(text, len, m->e)) {
			shown_add(&e->eponyms, text + m->s, m->e - m->s);
			continue;
		}
		if (m->type == E_PERSON && prize_named(text, len, m))
			continue;
		ms->v[kept++] = *m;
	}
	ms->n = kept;
}

/* The word of ASCII letters before byte s of t, after spaces: its bytes
 * [*a, *b); 0 when there is none. */
int
word_before(const char *t, size_t s, size_t *a, size_t *b)
{
	for (*b = s; *b > 0 && t[*b - 1] == ' '; (*b)--)
		;
	for (*a = *b; *a > 0 && (t[*a - 1] | 0x20) >= 'a' &&
	    (t[*a - 1] | 0x20) <= 'z'; (*a)--)
		;
	return *b < s && *a < *b;
}

/* Is the word before byte s of t one of list (NULL-terminated), whole? */
static int
word_of_before(const char *t, size_t s, const char *const *list)
{
	size_t a, b;

	return word_before(t, s, &a, &b) && word_of_at(t, b, a, list);
}

/* Where a name at s begins with the title before it: a ship named for a
 * person keeps the title the name leaves out ("the cruisers Queen Mary,
 * Indefatigable and Invincible", where "Mary" is the mention).  The
 * start of that word, a capital and a title of the lexicon; else s. */
size_t
title_before(const struct lexicon *x, const char *t, size_t s)
{
	size_t a, b;

	if (word_before(t, s, &a, &b) && t[a] >= 'A' && t[a] <= 'Z' &&
	    (lexicon_flags(x, t + a, b - a) & W_TITLE))
		return a;
	return s;
}

/* May a mention of type t name a ship (a person, body or place)? */
static int
ship_type(enum etype t)
{
	return t <= E_FAC && t != E_NORP;
}

/*
 * The end of the list of names that begins at s, right after a word for a
 * vessel: items of capitalised words, a comma between them and "and"
 * before the last ("Invincible, Indefatigable, Defence, Black Prince and
 * Queen Mary"); else s.  Without the "and" a comma is no list's: "the
 * ship Hampshire, Captain Herbert J. Savill", "steamer Roma, New York".
 */
static size_t
ship_list_end(const char *t, size_t len, size_t s)
{
	size_t i = s, end;
	int last = 0;

	for (;;) {
		/* an item: capitalised words, one space between */
		if (i >= len || !(t[i] >= 'A' && t[i] <= 'Z'))
			return s;
		for (;;) {
			while (i < len && (t[i] | 0x20) >= 'a' &&
			    (t[i] | 0x20) <= 'z')
				i++;
			if (i + 1 < len && t[i] == ' ' && t[i + 1] >= 'A' &&
			    t[i + 1] <= 'Z')
				i++;
			else
				break;
		}
		end = i;
		if (last)
			return end;
		if (i + 5 < len && !memcmp(t + i, " and ", 5)) {
			i += 5;
			last = 1;
		} else if (i + 6 < len && !memcmp(t + i, ", and ", 6)) {
			i += 6;
			last = 1;
		} else if (i + 2 < len && !memcmp(t + i, ", ", 2))
			i += 2;
		else
			return s;
	}
}

/*
 * Where the list of names that holds the name at s begins, right after a
 * word of list, walking back over its items (capitalised words) and the
 * commas and "and" between them, at most LIST_MAX items; else s.
 */
#define LIST_MAX	12

static size_t
list_start(const char *t, size_t s, const char *const *list)
{
	size_t a, b, n, sep, at = s;

	for (n = 0; n < LIST_MAX; n++) {
		/* (the caller asked of the name at s) */
		if (n > 0 && word_of_before(t, at, list))
			return at;
		/* the separator before: ", ", " and " or ", and " */
		if (at == 0 || t[at - 1] != ' ')
			return s;
		sep = at - 1;
		if (sep >= 4 && !memcmp(t + sep - 4, " and", 4))
			sep -= 4;
		if (sep > 0 && t[sep - 1] == ',')
			sep--;
		if (sep == at - 1)
			return s;
		/* the item before it, its capitalised words */
		for (a = sep; a > 0 && (t[a - 1] | 0x20) >= 'a' &&
		    (t[a - 1] | 0x20) <= 'z'; a--)
			;
		if (a == sep || !(t[a] >= 'A' && t[a] <= 'Z'))
			return s;
		at = a;
		while (word_before(t, at, &a, &b) && b + 1 == at &&
		    t[a] >= 'A' && t[a] <= 'Z')
			at = a;
	}
	return s;
}

/*
 * "the cruiser Hampshire", "the steamer Sussex", "the battleship Oregon",
 * "the steamers China, Mongolia", "the cruisers Queen Mary": a name right
 * after a word for a vessel (a kind of vessel in the plural too, not
 * "ships": "these ships Germany's losses"), or after a title after one
 * (see title_before), or in a list after one ("the warships Invincible,
 * Defence, Black Prince and Queen Mary"), is a ship's, which is none of
 * the places, people and bodies extract-entities names (OntoNotes has
 * PRODUCT for it): it is left out, and remembered (see struct shown), so
 * that write_found leaves out "the Hampshire" elsewhere in the document
 * too.  ("Oregon" without "the" is still the state.)  A ship named with
 * its prefix ("MV Namse Bangdzod", "HMS Hampshire") is the aliases' (see
 * aliases.c, is_ship), and gone before this: they drop it by its name
 * everywhere after, since such a name is none but the ship's.
 */
static void
drop_ships(struct extractor *e, const char *text, size_t len)
{
	static const char *const vessel[] = { "cruiser", "battleship",
	    "battlecruiser", "dreadnought", "destroyer", "submarine",
	    "steamer", "steamship", "liner", "schooner", "gunboat",
	    "warship", "collier", "yacht", "tug", "frigate", "freighter",
	    "tanker", "sloop", "ship", "vessel", "cruisers", "battleships",
	    "battlecruisers", "dreadnoughts", "destroyers", "submarines",
	    "steamers", "steamships", "liners", "schooners", "gunboats",
	    "warships", "colliers", "yachts", "tugs", "frigates",
	    "freighters", "tankers", "sloops", NULL };
	struct mentions *ms = &e->m;
	size_t k, kept, a, from;

	for (k = kept = 0; k < ms->n; k++) {
		const struct mention *m = &ms->v[k];

		a = title_before(e->lex, text, m->s);
		if (ship_type(m->type) && (word_of_before(text, a, vessel) ||
		    ((from = list_start(text, a, vessel)) != a &&
		    ship_list_end(text, len, from) >= m->e))) {
			shown_add(&e->ships, text + m->s, m->e - m->s);
			continue;
		}
		ms->v[kept++] = *m;
	}
	ms->n = kept;
}

/* Is f a name the document has shown to be a ship's, after "the" (see
 * drop_ships)? */
static int
ship(const struct extractor *e, const struct found *f)
{
	static const char *const the[] = { "the", "The", NULL };
	const char *text = at(e, e->held[f->held].text);

	return e->ships.n > 0 && ship_type(f->m.type) &&
	    word_of_before(text, title_before(e->lex, text, f->m.s), the) &&
	    shown_has(&e->ships, text + f->m.s, f->m.e - f->m.s);
}

/* Is f a person named by a word the document has shown to name a thing
 * (see drop_eponyms)? */
static int
eponym(const struct extractor *e, const struct found *f)
{
	return f->m.type == E_PERSON && shown_has(&e->eponyms,
	    at(e, e->held[f->held].text) + f->m.s, f->m.e - f->m.s);
}

/* GPE and LOC are one class of names here, as in the NER data. */
static enum etype
class_of(enum etype t)
{
	return t == E_GPE ? E_LOC : t;
}

static int
is_name(enum etype t)
{
	return t == E_PERSON || t == E_ORG || t == E_GPE || t == E_LOC ||
	    t == E_NORP;
}

/* Is s (n bytes) one character, maybe with a full stop ("J", "J.")? */
static int
lone_letter(const char *s, size_t n)
{
	uint32_t cp;
	size_t len;

	if (n > 0 && s[n - 1] == '.')
		n--;
	len = utf8_decode((const unsigned char *)s, n, &cp);
	return len > 0 && len == n;
}

/*
 * "Sunday school", "English department", "SWAT team": WordNet lists some
 * kinds of body among its organisations, and the model learnt them so;
 * an organisation whose last word is in lower case (not a generic word
 * of names.tsv, "Jefferson Davis parish", nor "government",
 * "administration", "cartel") and stays so in its norm is none (170 of
 * the 1916 pages' "Sunday school").
 */
static int
kind_of_body(const struct lexicon *x, const char *text,
    const struct mention *m)
{
	static const char *const bodies[] = { "government", "administration",
	    "cartel", NULL };
	const char *norm;
	size_t ls, i;

	if (m->type != E_ORG || text[m->e - 1] < 'a' || text[m->e - 1] > 'z')
		return 0;
	ls = mention_last_word(text, m);
	if (ls == m->s)
		return 0;
	for (i = ls; i < m->e; i++)
		if (text[i] < 'a' || text[i] > 'z')
			return 0;
	if ((lexicon_flags(x, text + ls, m->e - ls) & (W_GENERIC |
	    W_ORGGENERIC)) || word_of_at(text, m->e, ls, bodies))
		return 0;
	/* (a norm of capitals, "First National Bank", is a name's) */
	norm = mention_norm(m);
	return norm == NULL || (norm = strrchr(norm, ' ')) == NULL ||
	    (norm[1] >= 'a' && norm[1] <= 'z');
}

/* m becomes the people le names (see peoples_named). */
static void
people_retype(const struct lexicon *x, struct mention *m,
    const struct lexent *le)
{
	const struct lexent *land;
	const char *norm = lexicon_norm(x, le), *code;

	land = lexicon_get(x, norm, strlen(norm));
	code = land != NULL ? lexicon_code(x, land) : "";
	mention_retype(m, E_NORP, N_FIXED, norm, *code ? code : NULL);
}

/*
 * "the Turks", "the Kurds": a people named by a plural noun (the class
 * "people" of names.tsv) is one, a NORP whose norm is its country's name
 * where there is one, not the body or person the name model reads (87
 * mentions of the 1916 pages: "Turks", "Teutons"); and so is such a word
 * that no finder took, as the gazetteer's "Turkish" is.
 */
static void
peoples_named(struct extractor *e, const char *text, size_t len)
{
	const struct scanned_word *sw;
	const struct lexent *le;
	struct mention add;
	size_t k, nw;

	for (k = 0; k < e->m.n; k++) {
		struct mention *m = &e->m.v[k];

		if (is_name(m->type) && (le = lexicon_get(e->lex, text + m->s,
		    m->e - m->s)) != NULL && (le->flags & W_PEOPLE))
			people_retype(e->lex, m, le);
	}
	nw = names_words(e->people, text, len, &sw);
	for (k = 0; k < nw; k++) {
		if (sw[k].ent == NULL || !(sw[k].ent->flags & W_PEOPLE) ||
		    (k == 0 && sw[k].common))
			continue;	/* ("Poles were set up", "Swedes") */
		if (mentions_overlap(&e->m, sw[k].s, sw[k].e))
			continue;	/* a finder took it */
		memset(&add, 0, sizeof add);
		add.s = sw[k].s;
		add.e = sw[k].e;
		people_retype(e->lex, &add, sw[k].ent);
		mentions_add(&e->m, &add);
		mentions_resolve(&e->m);
	}
}

/*
 * "DNA", "GDP", "MPs": a word in capitals is read as a body's acronym,
 * by the rules and by the model, but these name things (the class
 * "thing" of names.tsv): a name mention that is one alone is none.
 * Nor is a lone letter: an initial whose name is missing, the pronoun
 * "I", or OCR debris ("J", "I.", "U": 5,767 names in the 1916 pages).
 * A name the gazetteer or a rule gives (N_FIXED) is kept.
 */
static void
drop_things(const struct lexicon *x, struct mentions *ms, const char *text)
{
	size_t k, kept;

	for (k = kept = 0; k < ms->n; k++) {
		const struct mention *m = &ms->v[k];

		if ((is_name(m->type) && m->how != N_FIXED &&
		    (lone_letter(text + m->s, m->e - m->s) ||
		    (lexicon_flags(x, text + m->s, m->e - m->s) & W_THING))) ||
		    kind_of_body(x, text, m))
			continue;
		ms->v[kept++] = *m;
	}
	ms->n = kept;
}

/*
 * Are the n bytes at s three initials or more and nothing else ("W. C.
 * T. U.", "Y.M.C.A.")?
 */
static int
dotted_acronym(const char *s, size_t n)
{
	size_t i = 0, letters = 0;

	while (i < n) {
		if (!(s[i] >= 'A' && s[i] <= 'Z') || i + 1 >= n ||
		    s[i + 1] != '.')
			return 0;
		letters++;
		for (i += 2; i < n && s[i] == ' '; i++)
			;
	}
	return letters >= 3;
}

/*
 * "W. C. T. U.", "I. O. O. F.", "Y. M. C. A.": a name of initials alone,
 * three or more, is a body's, written as the old papers write the
 * Woman's Christian Temperance Union, not a person whose surname is
 * missing (both finders call it a person: initials begin names).  Two
 * may be a person's ("T. R." for Roosevelt).
 */
static void
acronym_bodies(struct mentions *ms, const char *text)
{
	size_t k;

	for (k = 0; k < ms->n; k++) {
		struct mention *m = &ms->v[k];

		if (m->type != E_PERSON || m->how == N_FIXED ||
		    !dotted_acronym(text + m->s, m->e - m->s))
			continue;
		mention_retype(m, E_ORG, N_TEXT, NULL, NULL);
	}
}

enum edit { EDIT_CHANGED, EDIT_LEFT_OUT, EDIT_ADDED };

/* w (n bytes) with one edit at byte at (letter ch changed to or added
 * there, or the byte left out), lowered, into v: its length. */
static size_t
one_edit_lowered(char *v, const char *w, size_t n, enum edit how,
    size_t at, char ch)
{
	size_t i, len = 0;

	for (i = 0; i <= n; i++) {
		if (i == at && how == EDIT_ADDED)
			v[len++] = ch;
		if (i == n)
			break;
		if (i != at || how != EDIT_LEFT_OUT)
			v[len++] = i == at && how == EDIT_CHANGED ? ch : w[i];
	}
	ascii_lowered(v, v, len);
	return len;
}

/* (Tried edit by edit: asked only of the few names that country_in_name
 * and place_for_person see.) */
int
misread_before_country(const struct lexicon *x, const char *w, size_t n,
    const char *c, size_t cn)
{
	char v[32 + 1 + 64];
	enum edit how;
	size_t at, len;
	int ch;

	if (n >= 32 || cn > 64)
		return 0;
	for (how = EDIT_CHANGED; how <= EDIT_ADDED; how++)
		for (at = 0; at < n + (how == EDIT_ADDED); at++)
			for (ch = 'a'; ch <= 'z'; ch++) {
				if (how == EDIT_LEFT_OUT && ch != 'a')
					break;	/* one word a byte */
				len = one_edit_lowered(v, w, n, how, at,
				    (char)ch);
				/* (a byte changed only, in four or more: a
				 * byte less or more is a name's, "Tom" of
				 * "to") */
				if (how == EDIT_CHANGED && n >= 4 &&
				    (lexicon_flags(x, v, len) & (W_FUNCTION |
				    W_LOCPREP)))
					return 1;
				if (len == 0)
					continue;
				if (v[0] >= 'a' && v[0] <= 'z')
					v[0] = (char)(v[0] - 'a' + 'A');
				v[len] = ' ';
				memcpy(v + len + 1, c, cn);
				if (lexicon_get(x, v, len + 1 + cn) != NULL)
					return 1;
			}
	return 0;
}

/*
 * "Michael Jordan", "Georgia Hughes": the model's person whose first or
 * last word is a country of the gazetteer, of letters only, the others
 * given names or surnames (name_word: no common word, title or place, as
 * "Soviet Russia" and "President Chad" have; no misreading,
 * misread_before_country), is the person, not the country and a stray
 * name beside it: 55 names of the 1916 pages, a few wrong ("Georgia
 * Hughes 6" of a table of delegates, "Jbe Bosnia" of "the nominee").
 */
static int
country_in_name(const struct lexicon *x, const char *text,
    const struct mention *n, const struct mention *m)
{
	size_t i, j;

	if (n->type != E_PERSON || m->type != E_GPE || m->code == NULL ||
	    *m->code == '\0' || (m->s != n->s && m->e != n->e) ||
	    m->e - m->s < 4)
		return 0;
	for (i = m->s; i < m->e && ascii_is_letter(text[i]); i++)
		;
	if (i < m->e)
		return 0;	/* "U. S." */
	for (i = n->s; i < n->e; i = j + 1) {
		for (j = i; j < n->e && text[j] != ' '; j++)
			;
		if (j > i && (i < m->s || i >= m->e) &&
		    (!name_word(x, text + i, j - i) ||
		    misread_before_country(x, text + i, j - i, text + m->s,
		    m->e - m->s)))
			return 0;
	}
	return 1;
}

/*
 * Puts the model's mentions of h beside the others in e->m.  A model
 * name that overlaps a date, number, reference... of the rules, or a
 * gazetteer name of another span ("Putin Approves" over "Putin"), is
 * left out; with NAMES_BOTH the rest compete with the name heuristics'
 * (the longer wins), with NAMES_MODEL the heuristics' names are dropped
 * first.
 */
static void
merge_model(struct extractor *e, const struct held *h)
{
	const char *text = at(e, h->text);
	size_t i, k, kept, nrule = e->m.n;

	for (k = 0; k < h->nner; k++) {
		const struct mention *n = &e->ner.v[h->ner + k];

		for (i = 0; i < nrule; i++) {
			const struct mention *m = &e->m.v[i];

			if (m->s < n->e && n->s < m->e && !is_name(m->type))
				break;
			/* "Senate Minority Whip Dick Durbin" (ORG) over
			 * Dick Durbin (PERSON), "Ural region of Russia"
			 * over the country: the rules knew better */
			if (m->s >= n->s && m->e <= n->e && m->e - m->s <
			    n->e - n->s && (class_of(m->type) !=
			    class_of(n->type) || (m->type == E_GPE &&
			    m->how == N_FIXED)) &&
			    !country_in_name(e->lex, text, n, m))
				break;
			/* "Senate Minority Whip Dick" across the rules'
			 * "Dick Durbin": a name that crosses another's
			 * bound has one of its own wrong, the model's */
			if (is_name(m->type) && m->s < n->e && n->s < m->e &&
			    (m->s < n->s) == (m->e < n->e) && m->s != n->s &&
			    m->e != n->e)
				break;
		}
		if (i == nrule)
			mentions_add(&e->m, n);
	}
	if (e->names == NAMES_MODEL) {
		for (i = kept = 0; i < e->m.n; i++)
			if (i >= nrule || !is_name(e->m.v[i].type) ||
			    e->m.v[i].how == N_FIXED)
				e->m.v[kept++] = e->m.v[i];
		e->m.n = kept;
	}
}

/*
 * "Represenative Adam Schiff", "Oovernor Whitman": a person's name does
 * not begin with a title misspelt (names_misspelt_title), which neither
 * the rules nor the model know for one.  Decided after the model, which
 * learns from the rules' names: taught by names found so, it moved
 * thousands of the 1916 pages' mentions for the few dozen these are.
 * title_off_text moves the start of a mention of the sentence text past
 * it, and past the titles the rules took in that the lexicon knows only
 * in part (titles_before_name: "NATO Secretary-General Jens
 * Stoltenberg"; "VP Kamala Harris", an organisation to them);
 * title_off_norm takes them from a norm (the one people gave "Schiff").
 */
static void
title_off_text(struct extractor *e, const char *text)
{
	struct mention *m;
	const char *sp, *full;
	size_t k, t;

	for (k = 0; k < e->m.n; k++) {
		m = &e->m.v[k];
		if ((sp = memchr(text + m->s, ' ', m->e - m->s)) == NULL ||
		    sp + 1 >= text + m->e)
			continue;
		if (m->type == E_PERSON && names_misspelt_title(e->people,
		    e->lex, text + m->s, (size_t)(sp - (text + m->s))))
			m->s = (size_t)(sp + 1 - text);
		/* ("NATO Secretary-General Jens Stoltenberg", the rules') */
		else if (m->type == E_PERSON && (t = titles_before_name(e->lex,
		    text + m->s, m->e - m->s)) > 0) {
			m->s += t;
			full = people_fullest(e->people, text + m->s,
			    m->e - m->s);
			mention_retype(m, E_PERSON, N_PERSON, full, NULL);
		}
		/* ("VP Kamala Harris", a body to the rules) */
		else if ((m->type == E_PERSON || (m->type == E_ORG &&
		    m->how != N_FIXED)) && abbreviated_title(text + m->s,
		    (size_t)(sp - (text + m->s))) && sp[1] >= 'A' &&
		    sp[1] <= 'Z' && sp[2] >= 'a' && sp[2] <= 'z') {
			m->s = (size_t)(sp + 1 - text);
			full = people_fullest(e->people, text + m->s,
			    m->e - m->s);
			mention_retype(m, E_PERSON, N_PERSON, full, NULL);
		}
	}
}

/*
 * Does a dateline's date follow byte e of text (len bytes): a comma, and
 * a month's first three letters ("Now York, June 12", "Now York, Juno 2"
 * as print misread it)?
 */
static int
dateline_after(const char *text, size_t len, size_t e)
{
	static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	char low[3];
	size_t k;

	if (e >= len || text[e] != ',')
		return 0;
	for (e++; e < len && text[e] == ' '; e++)
		;
	if (len - e < 3 || !(text[e] >= 'A' && text[e] <= 'Z'))
		return 0;
	ascii_lowered(low, text + e, 3);
	for (k = 0; k + 3 <= sizeof months - 1; k += 3)
		if (memcmp(months + k, low, 3) == 0)
			return 1;
	return 0;
}

/*
 * Is text[s, end) a word of print's misreading "New" ("Now", "Xew",
 * "Nw", "N'ew": two to four letters or apostrophes, a capital first, one
 * byte off it)?  A common word that opens the sentence is not ("Now
 * England ..." may mean now), unless a dateline's date follows the
 * place (dateline: "Now York, June 12").
 */
static int
misread_new(const struct extractor *e, const char *text, size_t s,
    size_t end, int dateline)
{
	char low[4];
	size_t n = end - s, k, pre, post;

	if (n < 2 || n > 4 || !(text[s] >= 'A' && text[s] <= 'Z') ||
	    (s > 0 && word_byte(text[s - 1])) ||
	    (n == 3 && memcmp(text + s, "New", 3) == 0) ||
	    !mem_one_edit(text + s, n, "New", 3, &pre, &post))
		return 0;
	for (k = 0; k < n; k++) {
		if (!((text[s + k] | 0x20) >= 'a' && (text[s + k] | 0x20) <=
		    'z') && text[s + k] != '\'')
			return 0;
		low[k] = (char)(text[s + k] | 0x20);
	}
	for (k = 0; k < s; k++)
		if (word_byte(text[k]))
			return 1;	/* not the sentence's first word */
	return dateline || !lexicon_is_common(e->lex, low, n);
}

/* Where the spaces and stray marks of print (". , /") just before byte s
 * of text begin, when they are at most four bytes, one a space at least,
 * and a word ends where they begin; else s. */
static size_t
mark_before(const char *text, size_t s)
{
	size_t b = s, spaces = 0;

	while (b > 0 && s - b < 4 && (text[b - 1] == ' ' ||
	    text[b - 1] == '.' || text[b - 1] == ',' || text[b - 1] == '/')) {
		spaces += text[b - 1] == ' ';
		b--;
	}
	return spaces > 0 && (b > 0 && text[b - 1] != ' ') ? b : s;
}

/* The word print misread, and the space after it (not a C string). */
static const char new_word[4] = { 'N', 'e', 'w', ' ' };

/*
 * The place or body "New " and the one or two words at s make (text is
 * len bytes), the longer first: its lexicon entry, its end in *end; or
 * NULL.  The words are capitalised letters.
 */
static const struct lexent *
new_name_at(const struct extractor *e, const char *text, size_t len,
    size_t s, size_t *end)
{
	const struct lexent *le, *found = NULL;
	char name[64];
	size_t k = s, words;

	for (words = 0; words < 2; words++) {
		if (k >= len || !(text[k] >= 'A' && text[k] <= 'Z'))
			break;
		while (k < len && (text[k] | 0x20) >= 'a' && (text[k] | 0x20) <=
		    'z')
			k++;
		if (k - s + 4 > sizeof name)
			break;
		memcpy(name, new_word, sizeof new_word);
		memcpy(name + 4, text + s, k - s);
		le = lexicon_get(e->lex, name, k - s + 4);
		if (le != NULL && (le->type == E_GPE || le->type == E_LOC ||
		    le->type == E_ORG)) {
			found = le;
			*end = k;
		}
		if (k + 1 >= len || text[k] != ' ')
			break;
		k++;
	}
	return found;
}

/*
 * "in Now York on December 20": a misread "New" and the rest of a place
 * that no finder took (the model knows no "Now York") are that place.
 */
static void
misread_new_unfound(struct extractor *e, const char *text, size_t len)
{
	const struct scanned_word *sw;
	const struct lexent *le;
	struct mention add;
	size_t k, nw, i, w, end;

	/* the words names_find cut: cheaper than cutting them again */
	nw = names_words(e->people, text, len, &sw);
	for (k = 0; k + 1 < nw; k++) {
		i = sw[k].s;
		w = sw[k].e;
		/* (the word first, as if a date followed: cheaper than the
		 * look-ups; one byte off "New", it begins with N, or has an e
		 * second or third, or is "Ew") */
		if (w - i < 2 || w - i > 4 || sw[k + 1].s != w + 1 ||
		    text[w] != ' ' || !(text[w + 1] >= 'A' && text[w + 1] <= 'Z') ||
		    !(text[i] == 'N' || text[i + 1] == 'e' || (w - i > 2 &&
		    text[i + 2] == 'e') || (text[i] == 'E' && text[i + 1] == 'w')) ||
		    !misread_new(e, text, i, w, 1) ||
		    (le = new_name_at(e, text, len, w + 1, &end)) == NULL ||
		    !misread_new(e, text, i, w, dateline_after(text, len, end)))
			continue;
		if (mentions_overlap(&e->m, i, end))
			continue;	/* a finder took some of it */
		memset(&add, 0, sizeof add);
		add.s = i;
		add.e = end;
		retype_as(e, &add, le->type, le);
		mentions_add(&e->m, &add);
		mentions_resolve(&e->m);
	}
}

/*
 * "Now York", "Xew Jersey", "Mew York": print misread the "New" of a
 * place's name, and the model took the rest alone for a place, a body or
 * a person ("York": 66 organisations of the 1916 pages), or the whole
 * for a person; or it put marks between them ("New .York", "New, York",
 * "Nev/ York").  A mention that such a word (or "New" before the marks)
 * begins or is just after, whose words after it make with "New " a place
 * or a body of the lexicon ("Now York Times"), is that, the word taken
 * in (unless another mention holds it).  Decided after the name model,
 * as title_off_text is.
 */
static void
misread_new_text(struct extractor *e, const char *text, size_t len)
{
	struct mention *m;
	const struct lexent *le;
	const char *sp;
	char name[64];
	size_t k, w, b, rest;
	int dateline;

	for (k = 0; k < e->m.n; k++) {
		m = &e->m.v[k];
		if (m->type != E_PERSON && m->type != E_ORG &&
		    m->type != E_GPE && m->type != E_LOC)
			continue;
		sp = memchr(text + m->s, ' ', m->e - m->s);
		dateline = dateline_after(text, len, m->e);
		if (sp != NULL && misread_new(e, text, m->s,
		    (size_t)(sp - text), dateline)) {
			w = m->s;
			rest = (size_t)(sp + 1 - text);
		} else if (m->s >= 3 && (b = mark_before(text, m->s)) < m->s) {
			for (w = b; w > 0 && b - w <= 4 &&
			    (word_byte(text[w - 1]) || text[w - 1] == '\''); w--)
				;
			if (!(b - w == 3 && memcmp(text + w, "New", 3) == 0) &&
			    !misread_new(e, text, w, b, dateline))
				continue;
			rest = m->s;
		} else
			continue;
		if (m->e - rest + 4 > sizeof name)
			continue;
		memcpy(name, new_word, sizeof new_word);
		memcpy(name + 4, text + rest, m->e - rest);
		le = lexicon_get(e->lex, name, m->e - rest + 4);
		if (le == NULL || (le->type != E_GPE && le->type != E_LOC &&
		    le->type != E_ORG))
			continue;
		if (mentions_overlap(&e->m, w, m->s))
			continue;
		m->s = w;
		retype_as(e, m, le->type, le);
	}
	misread_new_unfound(e, text, len);
}

void
extractor_flush(struct extractor *e)
{
	struct ymd anchor;
	const struct ymd *a = NULL;
	size_t i, k, kept;

	if (!e->have_doc)
		return;
	if (article_date(e, &anchor))
		a = &anchor;
	people_reset(e->people);
	aliases_reset(e->aliases);
	e->ner.n = 0;
	for (i = 0; i < e->nheld; i++) {
		const struct held *h = &e->held[i];
		size_t s[BYLINE_MAX], en[BYLINE_MAX], nb;

		names_find(e->lex, e->people, at(e, h->text), h->textlen,
		    NAMES_COLLECT, NULL);
		/* "Doe" in the story is "Jane Doe" of the byline */
		if (is_byline(h)) {
			nb = byline_names(e->lex, at(e, h->text), h->textlen,
			    s, en, BYLINE_MAX);
			for (k = 0; k < nb; k++)
				people_add(e->people, at(e, h->text) + s[k],
				    en[k] - s[k]);
		}
	}
	for (i = 0; i < e->nheld; i++) {
		struct held *h = &e->held[i];
		const char *text = at(e, h->text);

		/* Every finder adds candidates; mentions_resolve picks. */
		e->m.n = 0;
		rules_match(e->rules, text, h->textlen, &e->m);
		names_find(e->lex, e->people, text, h->textlen, NAMES_EMIT,
		    &e->m);
		if (e->model && !headline(e, h)) {
			model_names(e, h, &e->m);
			merge_model(e, h);
		}
		names_late(e->lex, e->people, text, h->textlen, &e->m);
		for (k = kept = 0; k < e->m.n; k++)
			if (normalise(e, &e->m.v[k], text, a) == 0)
				e->m.v[kept++] = e->m.v[k];
		e->m.n = kept;
		mentions_resolve(&e->m);
		title_off_text(e, text);
		misread_new_text(e, text, h->textlen);
		people_first(e, text);
		name_particles(e, text, h->textlen);
		regnal_numbers(e, text, h->textlen);
		titled_places(e, text);
		list_places(e, text, h->textlen);
		if (is_byline(h))
			byline_people(e, text, h->textlen);
		drop_products(&e->m, text, h->textlen);
		drop_eponyms(e, text, h->textlen);
		drop_things(e->lex, &e->m, text);
		drop_party_tags(&e->m, text, h->textlen);
		peoples_named(e, text, h->textlen);
		acronym_bodies(&e->m, text);
		org_joins(e->lex, text, &e->m);
		place_joins(e->lex, text, h->textlen, &e->m);
		team_joins(e->lex, text, h->textlen, &e->m);
		web_bodies(e->lex, text, h->textlen, &e->m);
		world_wars(&e->m, text, a);
		ampersand_bodies(e->lex, text, h->textlen, &e->m);
		business_owners(text, h->textlen, &e->m);
		aliases_learn(e->aliases, text, h->textlen, &e->m);
		aliases_apply(e->aliases, text, &e->m);
		drop_ships(e, text, h->textlen);
		date_times(&e->m, text);
		if (h->has_start && folds_parse(&e->folds, at(e, h->folds),
		    h->foldslen) < 0)
			folds_reset(&e->folds);	/* checked in extractor_add */
		for (k = 0; k < e->m.n; k++)
			keep_mention(e, i, &e->m.v[k]);
	}
	found_prepare(e);
	for (k = 0; k < e->nfound; k++) {
		if (eponym(e, &e->found[k]) || ship(e, &e->found[k]) ||
		    found_settle(e, &e->found[k]))
			continue;
		write_mention(e, &e->found[k]);
	}
	e->nfound = 0;
	e->eponyms.n = e->ships.n = e->forts.n = e->rulers.n = 0;
	e->nheld = 0;
	buf_reset(&e->arena);
	e->have_doc = 0;
}
