#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aliases.h"
#include "buf.h"
#include "extract.h"
#include "fmt.h"
#include "folds.h"
#include "names.h"
#include "numbers.h"
#include "orgs.h"
#include "out.h"
#include "utf8.h"
#include "util.h"

/* The roles a sentence's handling depends on. */
enum role { R_OTHER, R_TITLE, R_BYLINE, R_DATELINE };

/* A buffered sentence: its strings are offsets into the arena, with
 * their lengths (written again for every mention). */
struct held {
	size_t	sent, para, role, folds, text, textlen;
	size_t	sentlen, paralen, rolelen, foldslen;
	size_t	start;
	int	has_sent, has_para, has_role, has_start;
	enum role kind;		/* of role, compared once, when held */
	size_t	ordinal;
	size_t	ner, nner;	/* its model mentions in e->ner */
};

/*
 * Names a document has shown to be a thing's (drop_eponyms, drop_ships),
 * in its arena, at most SHOWN_MAX: the same words elsewhere in it are
 * that thing too.
 */
#define SHOWN_MAX	16
struct shown {
	struct {
		const char	*s;
		size_t		 n;
	}		 v[SHOWN_MAX];
	size_t		 n;
};

/* A mention of the document, written when all its sentences are read
 * (see extractor_flush): its sentence and its offsets in the document. */
struct found {
	size_t		 held;
	size_t		 start, end;
	struct mention	 m;
};

/* A place of the lexicon whose name begins with "New ", for new_places. */
struct new_place {
	const char		*s;
	size_t			 n;
	const struct lexent	*le;
};

struct extractor {
	struct rules		*rules;
	struct lexicon		*lex;
	struct ymd		 default_date;
	int			 with_para;
	struct people		*people;
	struct aliases		*aliases;	/* the document's short names */
	struct mentions		 m;
	struct folds		 folds;
	/* the document being buffered */
	struct buf		 doc;
	int			 have_doc;
	/* no byte of its name needs escaping: the name, written again for
	 * every mention (a path of 75 bytes on the chronam pages), is
	 * copied as it is instead of looked at a byte at a time by
	 * out_field (1.5 % of the instructions of a run) */
	int			 doc_plain;
	struct ymd		 doc_date;	/* from a `date` column */
	struct buf		 arena;
	struct held		*held;
	size_t			 nheld, capheld;
	struct found		*found;
	size_t			 nfound, capfound;
	struct shown		 eponyms;	/* a disease's, a law's */
	struct shown		 ships;
	struct shown		 forts;		/* Vaux of "Fort Vaux" */
	struct shown		 rulers;	/* "Pope Francis": ruler_seen */
	struct new_place	*new_places;	/* made by the first asked */
	size_t			 nnew_places, capnew_places;
	int			 have_new_places;
	/* the document's organisations of two capitals ("ST", "UN"), by
	 * letters, how many times: 0, 1 or 2 for more (see pairs_count) */
	unsigned char		 pairs[26 * 26];
	/* the statistical name finder, and its mentions of the document */
	const struct ner_model	*model;
	struct ner_work		*work;
	struct mentions		 ner;
	enum names_source	 names;
};

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

static const char *
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
		if (t->type != E_TIME || !t->norm_in_val)
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
	f->start = m->s;
	f->end = m->e;
	if (h->has_start) {
		f->start = h->start + folds_map(&e->folds, m->s);
		f->end = h->start + folds_map(&e->folds, m->e);
	}
}

/* The norm f is written with, its text when it has none; its length in
 * *len. */
static const char *
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

/* The word t (n bytes, less than the size of low) into low with its
 * first letter lowered, as the common words are listed ("Staff" ->
 * staff). */
static void
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
 * "President Vladimir Putin" -> "Vladimir Putin": titles are not names;
 * nor is the office's name after a title and "of" ("Secretary of War
 * Baker" -> "Baker").
 */
static void
untitle(const struct lexicon *x, const char *text, struct mention *m)
{
	const char *sp;
	size_t w;

	while ((sp = memchr(text + m->s, ' ', m->e - m->s)) != NULL &&
	    (lexicon_flags(x, text + m->s, (size_t)(sp - text) - m->s) &
	    (W_TITLE | W_TITLEPRE)))
		m->s = (size_t)(sp - text) + 1;
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
				    m.e);
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

/* Words that, as written, make a name a body, place, event or law, or
 * begin a title: no person's name holds one. */
#define NOT_PERSON_AS_WRITTEN	(W_ORGCUE | W_EVENTCUE | W_GPECUE | \
    W_LOCCUE | W_FACCUE | W_LAWCUE | W_TITLE)

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

static int is_name(enum etype);

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
			/* the name's last word, or the word after a one-word name */
			lw = mention_last_word(text, m);
			if (model_number(text, len, lw > m->s ? lw - 1 : m->e))
				continue;
		}
		ms->v[kept++] = *m;
	}
	ms->n = kept;
}

static void
shown_add(struct shown *sh, const char *s, size_t n)
{
	if (sh->n < SHOWN_MAX) {
		sh->v[sh->n].s = s;
		sh->v[sh->n++].n = n;
	}
}

static int
shown_has(const struct shown *sh, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < sh->n; i++)
		if (sh->v[i].n == n && memcmp(sh->v[i].s, s, n) == 0)
			return 1;
	return 0;
}

/* Is one of the words of list (NULL-terminated) at t + e, whole? */
static int
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

/*
 * "Parkinson's disease", "Ebola virus": the person a disease or a law is
 * named after is not in the story, which speaks of the thing, and the
 * word alone is that thing in the rest of the document ("four Ebola
 * drugs"): it is remembered (see struct shown), and write_found leaves
 * out the persons named by it alone.
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
		ms->v[kept++] = *m;
	}
	ms->n = kept;
}

/* The word of ASCII letters before byte s of t, after spaces: its bytes
 * [*a, *b); 0 when there is none. */
static int
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
static size_t
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
 * "the cruiser Hampshire", "the steamer Sussex", "the battleship Oregon",
 * "the steamers China, Mongolia", "the cruisers Queen Mary": a name right
 * after a word for a vessel (a kind of vessel in the plural too, not
 * "ships": "these ships Germany's losses"), or after a title after one
 * (see title_before), is a ship's, which is none of the places, people
 * and bodies extract-entities names (OntoNotes has PRODUCT for it): it
 * is left out, and remembered (see struct shown), so that write_found
 * leaves out "the Hampshire" elsewhere in the document too.  ("Oregon"
 * without "the" is still the state.)  A ship named with its prefix ("MV Namse Bangdzod", "HMS Hampshire") is the aliases'
 * (see aliases.c, is_ship), and gone before this: they drop it by its
 * name everywhere after, since such a name is none but the ship's.
 */
static void
drop_ships(struct extractor *e, const char *text)
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
	size_t k, kept;

	for (k = kept = 0; k < ms->n; k++) {
		const struct mention *m = &ms->v[k];

		if (ship_type(m->type) && word_of_before(text,
		    title_before(e->lex, text, m->s), vessel)) {
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

		if (is_name(m->type) && m->how != N_FIXED &&
		    (lone_letter(text + m->s, m->e - m->s) ||
		    (lexicon_flags(x, text + m->s, m->e - m->s) & W_THING)))
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
			    m->how == N_FIXED)))
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
 * Does word w (n bytes) of a full name read as a name or an initial
 * ("Henry", "M.")?  On misread pages the model calls a headline's words a
 * person ("Sheldon Supports Harding", "Wilson Yesterday", "Kansas Weeks",
 * "COL. ROOSEVELT", "M Hughes"): a function word, a common word, a cue or
 * a title, a state or country, a word in capitals, a digit, or a letter
 * without its full stop is none.
 */
static int
name_word(const struct lexicon *x, const char *w, size_t n)
{
	const struct lexent *le;
	char low[64];
	size_t i, lower = 0;

	if (n == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.')
		return 1;
	if (n < 2 || n >= sizeof low || (w[0] >= 'a' && w[0] <= 'z'))
		return 0;
	for (i = 0; i < n; i++) {
		if (w[i] >= '0' && w[i] <= '9')
			return 0;
		lower += w[i] >= 'a' && w[i] <= 'z';
	}
	if (lower == 0)
		return 0;
	first_lowered(low, w, n);
	if ((lexicon_flags(x, w, n) & NOT_PERSON_AS_WRITTEN) ||
	    (lexicon_flags(x, low, n) & W_FUNCTION) ||
	    lexicon_is_common(x, low, n))
		return 0;
	/* (a state or country: a region, "Doris", is also a given name) */
	le = lexicon_get(x, w, n);
	return le == NULL || le->type != E_GPE;
}

/* Are the words of the full name, but the one (n bytes) it was found by,
 * names or initials (see name_word)? */
static int
given_names(const struct lexicon *x, const char *full, const char *by,
    size_t n)
{
	const char *w, *end;

	for (w = full; *w != '\0'; w = *end ? end + 1 : end) {
		if ((end = strchr(w, ' ')) == NULL)
			end = w + strlen(w);
		if (((size_t)(end - w) != n || memcmp(w, by, n) != 0) &&
		    !name_word(x, w, (size_t)(end - w)))
			return 0;
	}
	return 1;
}

/*
 * The full name of which a one-word mention (n bytes at w) is the last
 * word but one ("Rosselló": Ricardo Rosselló Nevares, whose first
 * surname is the one used alone), when both the mention and the full
 * name's first word read as names, not initials ("W." is no George W.
 * Perkins of the misread pages).
 */
static const char *
spanish_surname(const struct extractor *e, const char *w, size_t n)
{
	const char *full, *sp;

	if (w[n - 1] == '.' || !name_word(e->lex, w, n) ||
	    (full = people_by_last_but_one(e->people, w, n)) == NULL)
		return NULL;
	sp = strchr(full, ' ');
	return sp - full >= 2 && sp[-1] != '.' ? full : NULL;
}

static int
all_capitals(const char *s, size_t n)
{
	while (n > 0 && *s >= 'A' && *s <= 'Z')
		s++, n--;
	return n == 0;
}

/*
 * The person whose initials the capitals at s (n bytes) are, when they
 * are no Roman number ("II") and each word of the name is written
 * plainly, a capital then small letters: the misread pages' "names" are
 * not ("Baghfla'i BOMiaatifla").
 */
static const char *
initials_of(const struct extractor *e, const char *s, size_t n)
{
	const char *full, *p;
	size_t i;

	for (i = 0; i < n && (s[i] == 'I' || s[i] == 'V' || s[i] == 'X'); i++)
		;
	if (i == n || (full = people_by_initials(e->people, s, n)) == NULL)
		return NULL;
	for (p = full; *p != '\0'; p++)
		if (p > full && p[-1] != ' ' && !(*p >= 'a' && *p <= 'z') &&
		    *p != ' ' && !(*p & 0x80))
			return NULL;
	return full;
}

/* Is w (n bytes) a Roman number of a name, I to XXXIX ("Henry VIII")? */
static int
roman(const char *w, size_t n)
{
	size_t i = 0;

	while (i < n && i < 3 && w[i] == 'X')
		i++;
	if (i + 2 <= n && w[i] == 'I' && (w[i + 1] == 'X' || w[i + 1] == 'V'))
		i += 2;
	else {
		i += i < n && w[i] == 'V';
		while (i < n && w[i] == 'I')
			i++;
	}
	return n > 0 && i == n;
}

/*
 * "HUGHES", "CHARLES E. HUGHES": a name in capitals (a headline's, a
 * banner's) written into out (max bytes) as names are written, each word
 * a capital and small letters ("Hughes", "O'Brien", "Jean-Claude"), a
 * Roman number after the first word kept ("Henry VIII"); returns 0, out
 * unwritten, unless s (n bytes) is such a name: ASCII capitals (no case
 * table is kept here) and . ' - and spaces, a word of two capitals or
 * more, four bytes or more ("NG" are initials, see initials_of).
 */
static int
title_cased(const char *s, size_t n, char *out, size_t max)
{
	size_t i, w, run = 0;
	int start = 1, shout = 0;

	if (n < 4 || n >= max)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] >= 'A' && s[i] <= 'Z')
			shout |= ++run >= 2;
		else if (s[i] == ' ' || s[i] == '.' || s[i] == '\'' ||
		    s[i] == '-')
			run = 0;
		else
			return 0;
	}
	if (!shout)
		return 0;
	for (i = 0; i < n; i = w) {
		for (w = i; w < n && s[w] != ' '; w++)
			;
		if (i > 0 && roman(s + i, w - i)) {
			memcpy(out + i, s + i, w - i);
			if (w < n)
				out[w++] = ' ';
			continue;
		}
		for (run = 0, start = 1; i < w; i++) {
			if (s[i] >= 'A' && s[i] <= 'Z') {
				out[i] = start ? s[i] : (char)(s[i] | 0x20);
				start = 0;
				run++;
				continue;
			}
			out[i] = s[i];
			/* O'Brien, but Hughes's; Jean-Claude, J.R. */
			start = s[i] == '\'' ? run == 1 : 1;
			run = 0;
		}
		if (w < n)
			out[w++] = ' ';
	}
	out[n] = '\0';
	return 1;
}

/*
 * A person a sentence names by one word ("Day") whom a later one names in
 * full ("Doris Day"), found only then (the name model reads sentence by
 * sentence, after the first pass over the document), is that person.  So
 * are a first surname alone (see spanish_surname) and a person's
 * initials, which label an interview's answers ("NG: This study
 * started..." after "Natasha Gownaris").
 */
static void
later_full_name(struct extractor *e, struct found *f)
{
	struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text), *norm, *full;
	size_t n = m->e - m->s;

	if (m->how != N_PERSON || n < 2)	/* ("J", "I": misread print) */
		return;
	/* "HUGHES" is the Hughes the document names plainly, if it does */
	if (title_cased(text + m->s, n, m->val, sizeof m->val)) {
		full = people_fullest(e->people, m->val, n);
		if (full != NULL && strchr(full, ' ') != NULL) {
			m->norm = full;
			m->norm_in_val = 0;
		} else
			m->norm_in_val = 1;
		return;
	}
	norm = mention_norm(m);
	if (norm != NULL ? strchr(norm, ' ') != NULL :
	    memchr(text + m->s, ' ', n) != NULL)
		return;
	if ((full = people_fullest(e->people, text + m->s, n)) == NULL ||
	    strchr(full, ' ') == NULL)
		full = n <= 3 && all_capitals(text + m->s, n) ?	/* "NG:" */
		    initials_of(e, text + m->s, n) :
		    spanish_surname(e, text + m->s, n);
	if (full != NULL && strchr(full, ' ') != NULL &&
	    given_names(e->lex, full, text + m->s, n)) {
		m->norm = full;
		m->norm_in_val = 0;
	}
}

/*
 * "Catholic Christianity", "Undiluted Americanism", "Convention": a
 * person's name does not end in a word of a doctrine or a deed ("-ism",
 * "-ianity", "-tion" after a small letter, eight letters or more), as
 * these headline words and the model's guesses do (134 norms of the 1916
 * pages, 203 mentions; a lone "Catholic" of the document took the first
 * for its fuller name on the Wikinews articles).  Returns 1 when f is to
 * be left out.
 */
static int
doctrine_person(const struct extractor *e, const struct found *f)
{
	const char *s, *w;
	size_t n, k;

	if (f->m.type != E_PERSON)
		return 0;
	s = found_norm(e, f, &n);
	for (w = s + n; w > s && w[-1] != ' '; w--)
		;
	k = (size_t)(s + n - w);
	if (k >= 6 && w[k - 4] >= 'a' && w[k - 4] <= 'z' &&
	    (memcmp(w + k - 3, "ism", 3) == 0 || (k >= 7 &&
	    memcmp(w + k - 6, "ianity", 6) == 0)))
		return 1;
	return k >= 8 && w[k - 5] >= 'a' && w[k - 5] <= 'z' &&
	    memcmp(w + k - 4, "tion", 4) == 0;
}

/*
 * "Hie", "Tho", "Tli": a person's name of two or three letters, alone,
 * that the document gives no fuller name for and the gazetteer knows as
 * no person, is misread print ("He", "The") far more often than a name:
 * news names a person in full before it shortens ("Xi" after "Xi
 * Jinping" is kept, with that norm).  A short given name (the class
 * "given" of names.tsv: "Tom", "Ed") is kept.  Run after later_full_name.
 */
static int
stray_short_name(const struct extractor *e, const struct found *f)
{
	const struct mention *m = &f->m;
	const char *s = at(e, e->held[f->held].text) + m->s;
	const char *norm = mention_norm(m);
	const struct lexent *le;
	size_t i, n = m->e - m->s;

	if (m->type != E_PERSON || m->how != N_PERSON || n < 2 || n > 3 ||
	    !(s[0] >= 'A' && s[0] <= 'Z'))
		return 0;
	for (i = 1; i < n; i++)
		if (!(s[i] >= 'a' && s[i] <= 'z'))
			return 0;
	if (norm != NULL && strchr(norm, ' ') != NULL)
		return 0;
	le = lexicon_get(e->lex, s, n);
	return le == NULL || (le->type != E_PERSON && !(le->flags & W_GIVEN));
}

/* The place in extractor.pairs of m, whose text is s: an organisation of
 * two capitals that no list gave a norm; else -1. */
static int
pair_of(const struct mention *m, const char *s)
{
	if (m->type != E_ORG || m->how == N_FIXED || m->e - m->s != 2 ||
	    !(s[0] >= 'A' && s[0] <= 'Z') || !(s[1] >= 'A' && s[1] <= 'Z'))
		return -1;
	return (s[0] - 'A') * 26 + (s[1] - 'A');
}

/*
 * "IH", "VV", "I'M", "I.I", "Au", "OOO", "IIU": a name of two or three
 * letters (dots, apostrophes and hyphens aside) that no list gives it a
 * norm for is misread print when it is of two a letter doubled, a capital
 * I before any capital but S ("IS" is the Islamic State in the news), or
 * a capital before a small letter (and not a person: "Ed"); of three
 * capitals, one letter thrice or two I's: a scanner reads l, 1 and | as
 * I, W as VV and a smudge as O.  The acronyms of news ("UN", "WN" for
 * Wikinews in an interview, "NG" for its interviewee, "ISI" from the
 * gazetteer) are none of these.  Nor is an organisation of two capitals
 * the document names more than once ("WN" again), nor "IS"; one it names
 * once and no list knows ("ST" of "ST. LOUIS", "AH" for "All", "CO", "UI"
 * on the 1916 pages, where they were 1,483 mentions) is misread print.
 */
static int
stray_letters(const struct extractor *e, const struct found *f)
{
	const struct mention *m = &f->m;
	const char *s = at(e, e->held[f->held].text) + m->s;
	const char *norm = mention_norm(m);
	char l[3];
	size_t i, k = 0, n = m->e - m->s, is = 0;
	int pair;

	if (m->type > E_LAW || m->how == N_FIXED ||
	    (norm != NULL && strchr(norm, ' ') != NULL))
		return 0;
	for (i = 0; i < n; i++) {
		if ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')) {
			if (k == 3)
				return 0;
			l[k++] = s[i];
		} else if (s[i] != '.' && s[i] != '\'' && s[i] != '-')
			return 0;
	}
	if (k < 2 || !(l[0] >= 'A' && l[0] <= 'Z'))
		return 0;
	if (k == 3) {
		for (i = 0; i < 3; i++) {
			if (!(l[i] >= 'A' && l[i] <= 'Z'))
				return 0;
			is += l[i] == 'I';
		}
		return (l[0] == l[1] && l[1] == l[2]) || is >= 2;
	}
	if (l[1] >= 'a' && l[1] <= 'z')
		return m->type != E_PERSON;
	if ((pair = pair_of(m, s)) >= 0 && e->pairs[pair] == 1 &&
	    !(l[0] == 'I' && l[1] == 'S'))
		return 1;
	return l[0] == l[1] || (l[0] == 'I' && l[1] != 'S');
}

/* m becomes the lexicon's entry le, of type: its norm, and its code
 * when it has one. */
static void
retype_as(const struct extractor *e, struct mention *m, enum etype type,
    const struct lexent *le)
{
	const char *code = lexicon_code(e->lex, le);

	mention_retype(m, type, N_FIXED, lexicon_norm(e->lex, le),
	    *code ? code : NULL);
}

/*
 * "N. Y.", "A. M.", "D. D.", "J. W.", "Jr.": a person named by initials
 * alone, each a capital (perhaps with one more letter: "Ph.", "Va.",
 * "DR.") and its full stop, a space between, is no name news gives a
 * person.  On the 1,098 pages of 1916 these were 1,357 mentions: states
 * of datelines whose comma the scanner read as a full stop ("RYE. N. Y..
 * June 3"), degrees after a name ("Carey, A. M., D. D."), times cut from
 * their hour, church and railroad initials, and names cut by misread
 * print ("J. W.|Mahood"); of them only "T. R." (98) named a person, and
 * no person of the Wikinews gold is named so.  A state's abbreviation
 * becomes the state (the gazetteer's norm); the rest are left out.
 * Initials that the document's full name gave a norm ("J. W." of "J. W.
 * Mahood") are kept: the norm is asked.  Returns 1 when f is to be left
 * out.
 */
static int
initials_alone(const struct extractor *e, struct found *f)
{
	struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text), *s, *end;
	const struct lexent *le;
	size_t letters, n;

	if (m->type != E_PERSON)
		return 0;
	s = found_norm(e, f, &n);
	end = s + n;
	if (s == end)
		return 0;
	while (s < end) {
		if (!(*s >= 'A' && *s <= 'Z'))
			return 0;
		for (letters = 1; s + letters < end && ((s[letters] >= 'a' &&
		    s[letters] <= 'z') || (s[letters] >= 'A' &&
		    s[letters] <= 'Z')); letters++)
			;
		if (letters > 2 || s + letters == end || s[letters] != '.')
			return 0;
		s += letters + 1;
		if (s < end && *s++ != ' ')
			return 0;
	}
	le = lexicon_get(e->lex, text + m->s, m->e - m->s);
	if (le != NULL && le->type == E_GPE && (le->flags & W_AFTERPLACE)) {
		retype_as(e, m, E_GPE, le);
		return 0;
	}
	return 1;
}

/*
 * "San Ignacio", "Santa Rosa": a name that begins with a saint's, in
 * Spanish or Portuguese, is a town's far more often than a person's
 * (239 persons of the 1916 pages, none a person: the raid on San Ignacio,
 * Santa Ysabel), unless the gazetteer knows a person by it ("Santa Anna");
 * so is one that begins with a port's, a town's, a point's or a cape's
 * word ("Puerto Plata", "Porto Rico", "Ciudad Juarez", "Punta Gorda",
 * "Cabo San Lucas"; "Rio", "Isla", "Monte" and "Sierra" are given names
 * too).  The norm is asked, so that a later "Ignacio" of the same town
 * goes too.  Decided here, after the name model: the rules' names are its
 * features, and a place found by them would change what it learns.
 */
static void
towns_by_first_word(const struct extractor *e, struct found *f)
{
	static const char *const place_word[] = { "San ", "Santa ", "Santo ",
	    "S\xc3\xa3o ", "Puerto ", "Porto ", "Ciudad ", "Punta ",
	    "Cabo " };
	struct mention *m = &f->m;
	const char *name;
	const struct lexent *le;
	size_t k, n, len;

	if (m->type != E_PERSON)
		return;
	name = found_norm(e, f, &len);
	for (k = 0; k < sizeof place_word / sizeof place_word[0]; k++) {
		n = strlen(place_word[k]);
		if (len > n && memcmp(name, place_word[k], n) == 0)
			break;
	}
	if (k == sizeof place_word / sizeof place_word[0])
		return;
	le = lexicon_get(e->lex, name, len);
	if (le != NULL && le->type == E_PERSON)
		return;
	m->type = E_GPE;	/* its norm kept: "Ignacio" after "San Ignacio" */
}

/* Keeps the key (n bytes at s) for new_places if it names a place
 * beginning with "New ". */
static void
add_new_place(void *arg, const char *s, size_t n)
{
	struct extractor *e = arg;
	const struct lexent *le;

	if (n <= 4 || memcmp(s, "New ", 4) != 0 ||
	    (le = lexicon_get(e->lex, s, n)) == NULL ||
	    (le->type != E_GPE && le->type != E_LOC))
		return;
	if (e->nnew_places == e->capnew_places) {
		e->capnew_places = e->capnew_places ? 2 * e->capnew_places : 64;
		e->new_places = ereallocarray(e->new_places, e->capnew_places,
		    sizeof *e->new_places);
	}
	e->new_places[e->nnew_places].s = s;
	e->new_places[e->nnew_places].n = n;
	e->new_places[e->nnew_places++].le = le;
}

/*
 * "New Tork", "New Vork", "New Ulm": no person's name begins with "New";
 * the model takes a place it does not know, misread or not, for one (327
 * mentions of the 1916 pages).  Such a name one byte off a place of the
 * lexicon is that place ("New Tork" is New York, "New Iexico" New
 * Mexico), one that is a place and "er" or "ers" its people ("New
 * Yorkers", NORP), another a place of its own name ("New Ulm"), unless
 * the gazetteer knows a person by it.  Decided after the name model, as
 * towns_by_first_word is.
 */
static void
new_places(struct extractor *e, struct found *f)
{
	static const char *const people[] = { "er", "ers" };
	struct mention *m = &f->m;
	const struct new_place *np;
	const struct lexent *le;
	const char *name;
	size_t k, len, pre, post;

	if (m->type != E_PERSON)
		return;
	name = found_norm(e, f, &len);
	if (len <= 4 || memcmp(name, "New ", 4) != 0)
		return;
	le = lexicon_get(e->lex, name, len);
	if (le != NULL && le->type == E_PERSON)
		return;
	if (!e->have_new_places) {
		lexicon_each(e->lex, 0, add_new_place, e);
		e->have_new_places = 1;
	}
	for (k = 0; k < e->nnew_places; k++) {
		np = &e->new_places[k];
		if (mem_one_edit(name, len, np->s, np->n, &pre, &post) &&
		    pre >= 4) {
			retype_as(e, m, np->le->type, np->le);
			return;
		}
		if (len > np->n && memcmp(name, np->s, np->n) == 0 &&
		    np->le->type == E_GPE &&
		    mem_among(name + np->n, len - np->n, people, 2)) {
			retype_as(e, m, E_NORP, np->le);
			return;
		}
	}
	m->type = E_GPE;	/* its norm kept, as towns_by_first_word keeps it */
}

/*
 * "Chas. E. Hughes" is "Charles E. Hughes": a person's norm that begins
 * with a given name cut short, as older papers print them (a given name
 * of names.tsv with its name spelled out, written with its full stop or
 * without it, as misread print has them: "Chas Moon"), begins with the
 * name, so that the corpus's other spellings of the person meet it (see
 * spell.h).  A norm too long for the mention's own is left as it is.
 */
static void
given_spelled_out(const struct extractor *e, struct found *f)
{
	struct mention *m = &f->m;
	const struct lexent *le;
	const char *s, *sp, *name;
	char val[sizeof m->val], cut[16];
	size_t n, word, stem, namelen;

	if (m->type != E_PERSON)
		return;
	s = found_norm(e, f, &n);
	if ((sp = memchr(s, ' ', n)) == NULL || sp == s)
		return;
	word = (size_t)(sp - s);
	stem = word - (s[word - 1] == '.');
	if (stem + 1 > sizeof cut)
		return;
	memcpy(cut, s, stem);
	cut[stem] = '.';
	if ((le = lexicon_get(e->lex, cut, stem + 1)) == NULL ||
	    !(le->flags & W_GIVEN) || le->type != E_NONE ||
	    *(name = lexicon_norm(e->lex, le)) == '\0')
		return;
	namelen = strlen(name);
	if (namelen + n - word >= sizeof val)
		return;
	/* (by way of val: the norm may be m->val already) */
	memcpy(val, name, namelen);
	memcpy(val + namelen, s + word, n - word);
	val[namelen + n - word] = '\0';
	memcpy(m->val, val, namelen + n - word + 1);
	m->norm_in_val = 1;
}

/*
 * "Represenative Adam Schiff", "Oovernor Whitman": a person's name does
 * not begin with a title misspelt (names_misspelt_title), which neither
 * the rules nor the model know for one.  Decided after the model, which
 * learns from the rules' names: taught by names found so, it moved
 * thousands of the 1916 pages' mentions for the few dozen these are.
 * title_off_text moves the start of a mention of the sentence text past
 * it; title_off_norm takes it from a norm (the one people gave "Schiff").
 */
static void
title_off_text(struct extractor *e, const char *text)
{
	struct mention *m;
	const char *sp;
	size_t k;

	for (k = 0; k < e->m.n; k++) {
		m = &e->m.v[k];
		if (m->type == E_PERSON &&
		    (sp = memchr(text + m->s, ' ', m->e - m->s)) != NULL &&
		    sp + 1 < text + m->e &&
		    names_misspelt_title(e->people, e->lex, text + m->s,
		    (size_t)(sp - (text + m->s))))
			m->s = (size_t)(sp + 1 - text);
	}
}

static void
title_off_norm(const struct extractor *e, struct found *f)
{
	struct mention *m = &f->m;
	const char *s, *sp;
	size_t n, word;

	if (m->type != E_PERSON)
		return;
	s = found_norm(e, f, &n);
	if ((sp = memchr(s, ' ', n)) == NULL ||
	    !names_misspelt_title(e->people, e->lex, s, (size_t)(sp - s)))
		return;
	word = (size_t)(sp + 1 - s);
	if (n == word || n - word >= sizeof m->val)
		return;		/* (a name that long is no person's) */
	/* (memmove: the norm may be m->val already) */
	memmove(m->val, s + word, n - word);
	m->val[n - word] = '\0';
	m->norm_in_val = 1;
}

/*
 * Is text[s, end) a word of print's misreading "New" ("Now", "Xew",
 * "Nw", "N'ew": two to four letters or apostrophes, a capital first, one
 * byte off it)?  A common word that opens the sentence is not: "Now
 * England ..." may mean now.
 */
static int
misread_new(const struct extractor *e, const char *text, size_t s,
    size_t end)
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
	return !lexicon_is_common(e->lex, low, n);
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
misread_new_text(struct extractor *e, const char *text)
{
	struct mention *m;
	const struct lexent *le;
	const char *sp;
	static const char new_word[4] = { 'N', 'e', 'w', ' ' };
	char name[64];
	size_t k, j, w, b, rest;

	for (k = 0; k < e->m.n; k++) {
		m = &e->m.v[k];
		if (m->type != E_PERSON && m->type != E_ORG &&
		    m->type != E_GPE && m->type != E_LOC)
			continue;
		sp = memchr(text + m->s, ' ', m->e - m->s);
		if (sp != NULL && misread_new(e, text, m->s,
		    (size_t)(sp - text))) {
			w = m->s;
			rest = (size_t)(sp + 1 - text);
		} else if (m->s >= 3 && (b = mark_before(text, m->s)) < m->s) {
			for (w = b; w > 0 && b - w <= 4 &&
			    (word_byte(text[w - 1]) || text[w - 1] == '\''); w--)
				;
			if (!(b - w == 3 && memcmp(text + w, "New", 3) == 0) &&
			    !misread_new(e, text, w, b))
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
		for (j = 0; j < e->m.n; j++)
			if (j != k && e->m.v[j].e > w && e->m.v[j].s < m->s)
				break;
		if (j < e->m.n)
			continue;
		m->s = w;
		retype_as(e, m, le->type, le);
	}
}

/*
 * "Pope Francis", "King George", "Queen Mary", "Kaiser Wilhelm": a ruler
 * is known by the title and one name, which alone says little ("Mary":
 * 163 mentions of the 1916 pages, most of them the queen's), so a person
 * of one name just after one of these titles keeps it in the norm, and so
 * does the same name alone elsewhere in the document, unless it comes
 * after two of them there ("King George", "Prince George").  Other titles
 * go before a surname or a full name ("Lord Kitchener", "President
 * Wilson"), and stay out of the norm.
 */
static const char *const ruler_titles[] = { "King", "Queen", "Pope",
    "Kaiser", "Czar", "Tsar", "Emperor", "Empress", "Prince", "Princess",
    "Sultan", "Shah", "Emir", "Sheikh", NULL };

/* The name of one word of person f, and its length; NULL when it is not
 * one word. */
static const char *
one_word_person(const struct extractor *e, const struct found *f,
    size_t *n)
{
	const char *name;

	if (f->m.type != E_PERSON)
		return NULL;
	name = found_norm(e, f, n);
	if (*n == 0 || *n >= sizeof f->m.val / 2 || memchr(name, ' ', *n))
		return NULL;
	return name;
}

/* Records "Title Name" (the sentence's bytes) when f is Name just after
 * a ruler's title, or is the two. */
static void
ruler_seen(struct extractor *e, const struct found *f)
{
	const struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text), *name;
	size_t n, a, b;

	if ((name = one_word_person(e, f, &n)) == NULL)
		return;
	if (m->e - m->s > n && text[m->e - n - 1] == ' ' &&
	    memcmp(text + m->e - n, name, n) == 0 &&
	    word_of_at(text, m->e, m->s, ruler_titles) &&
	    memchr(text + m->s, ' ', m->e - m->s - n - 1) == NULL)
		a = m->s;		/* the model took the title in */
	else if (m->e - m->s == n && memcmp(text + m->s, name, n) == 0 &&
	    word_before(text, m->s, &a, &b) && b + 1 == m->s &&
	    word_of_at(text, b, a, ruler_titles))
		;			/* the title just before */
	else
		return;
	if (!shown_has(&e->rulers, text + a, m->e - a))
		shown_add(&e->rulers, text + a, m->e - a);
}

/* f, a person of one name that a ruler's title came before, is named
 * with the title (see ruler_titles). */
static void
ruler_named(const struct extractor *e, struct found *f)
{
	const char *name, *with = NULL;
	size_t n, k, wn = 0, len;

	if ((name = one_word_person(e, f, &n)) == NULL)
		return;
	for (k = 0; k < e->rulers.n; k++) {
		len = e->rulers.v[k].n;
		if (len <= n + 1 || memcmp(e->rulers.v[k].s + len - n, name,
		    n) != 0 || e->rulers.v[k].s[len - n - 1] != ' ')
			continue;
		if (with != NULL && (wn != len || memcmp(with,
		    e->rulers.v[k].s, len) != 0))
			return;		/* two titles: which? */
		with = e->rulers.v[k].s;
		wn = len;
	}
	if (with == NULL || wn >= sizeof f->m.val)
		return;
	memcpy(f->m.val, with, wn);
	f->m.val[wn] = '\0';
	f->m.norm_in_val = 1;
}

/* The counts of e->pairs, for the document's mentions found so far. */
static void
pairs_count(struct extractor *e)
{
	const struct found *f;
	size_t k;
	int p;

	memset(e->pairs, 0, sizeof e->pairs);
	for (k = 0; k < e->nfound; k++) {
		f = &e->found[k];
		p = pair_of(&f->m, at(e, e->held[f->held].text) + f->m.s);
		if (p >= 0 && e->pairs[p] < 2)
			e->pairs[p]++;
	}
}

/*
 * "Fort Vaux ... the village of Vaux": the gazetteer knows "Vaux" as a
 * person's (Calvert Vaux), but a document that has named a place by a head
 * word and a name (Fort, Lake, Mount...: a placehead of names.tsv) means
 * the place by the name alone after, unless it names a person by it in
 * full (later_full_name gave the norm: run after it).  A word the
 * gazetteer knows as no person's ("George" after "Lake George") is left
 * alone; one it knows is retyped even after initials, which misread print
 * has cut from it ("W. T; Tandy" after "Lake Tandy").  fort_seen records
 * the place of the mention f, at most SHOWN_MAX a document; fort_named
 * retypes f.
 */
static void
fort_seen(struct extractor *e, const struct found *f)
{
	const struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text), *sp;
	size_t lw;

	if (m->type != E_LOC || (sp = memchr(text + m->s, ' ', m->e - m->s)) ==
	    NULL || !(lexicon_flags(e->lex, text + m->s, (size_t)(sp - (text +
	    m->s))) & W_PLACEHEAD))
		return;
	lw = mention_last_word(text, m);
	shown_add(&e->forts, text + lw, m->e - lw);
}

static void
fort_named(struct extractor *e, struct found *f)
{
	struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text), *norm;
	const struct lexent *le;

	if (m->type != E_PERSON || e->forts.n == 0 ||
	    memchr(text + m->s, ' ', m->e - m->s) != NULL)
		return;
	norm = mention_norm(m);
	if ((norm != NULL && strchr(norm, ' ') != NULL) ||
	    !shown_has(&e->forts, text + m->s, m->e - m->s))
		return;
	le = lexicon_get(e->lex, text + m->s, m->e - m->s);
	if (le == NULL || le->type != E_PERSON)
		return;
	mention_retype(m, E_LOC, N_TEXT, NULL, NULL);
}

/*
 * "Czernowitz", "Lutsk", "Kovel": a word the name model read as a
 * person's in one sentence and as a place's in another of the same
 * document is one of them in both (one sense a document), and a place
 * when the document names it so at least as often: the model reads a
 * sentence at a time, and a town of the war's fronts after a verb of
 * taking or holding looks like a person acted on (289 mentions of the
 * 1916 pages; a few wrong, "the Carranza government" being a place to
 * the model).  Asked only of a person of one word, four letters or
 * more (shorter ones are mostly misread print, see stray_short_name),
 * that the document gives no fuller name, with no title before it, that
 * the gazetteer knows as no person and names.tsv as no given name
 * ("Mr. Bryan", "Jackson" named in full and the towns named after them
 * stay).  Likewise a place of one word has one type in the document (see
 * place_sense).  Decided after the model (see towns_by_first_word),
 * before the names are written.
 */
struct word_sense {
	const char	*s;
	size_t		 n, k;
};

static int
same_word(const struct word_sense *x, const struct word_sense *y)
{
	return x->n == y->n && memcmp(x->s, y->s, x->n) == 0;
}

/* By word, then in the document's order. */
static int
word_sense_cmp(const void *a, const void *b)
{
	const struct word_sense *x = a, *y = b;
	int c;

	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	if ((c = memcmp(x->s, y->s, x->n)) != 0)
		return c;
	return (x->k > y->k) - (x->k < y->k);
}

/* Is the word before byte s of t a title or a courtesy title, with its
 * full stop if it has one ("Mr.", "Sen.", "Secretary")? */
static int
titled(const struct lexicon *x, const char *t, size_t s)
{
	size_t a, b;

	for (b = s; b > 0 && t[b - 1] == ' '; b--)
		;
	if (b == s)
		return 0;
	a = b - (b > 0 && t[b - 1] == '.');
	while (a > 0 && (t[a - 1] | 0x20) >= 'a' && (t[a - 1] | 0x20) <= 'z')
		a--;
	return a < b && (lexicon_flags(x, t + a, b - a) &
	    (W_TITLE | W_COURTESY)) != 0;
}

/* Is f one word of the text, a person that may be a place (see above)? */
static int
person_may_be_place(const struct extractor *e, const struct found *f)
{
	const struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text), *norm;
	const struct lexent *le;
	size_t n = m->e - m->s;

	if (m->type != E_PERSON || m->how != N_PERSON || n < 4 ||
	    !(text[m->s] >= 'A' && text[m->s] <= 'Z') ||
	    memchr(text + m->s, ' ', n) != NULL)
		return 0;
	if ((norm = mention_norm(m)) != NULL && strchr(norm, ' ') != NULL)
		return 0;
	if (titled(e->lex, text, m->s))
		return 0;
	norm = people_fullest(e->people, text + m->s, n);
	if (norm != NULL && strchr(norm, ' ') != NULL)
		return 0;
	le = lexicon_get(e->lex, text + m->s, n);
	return le == NULL || (le->type != E_PERSON && !(le->flags & W_GIVEN));
}

/* Is f a place of one word? */
static int
one_word_place(const struct extractor *e, const struct found *f)
{
	return (f->m.type == E_GPE || f->m.type == E_LOC) &&
	    memchr(at(e, e->held[f->held].text) + f->m.s, ' ',
	    f->m.e - f->m.s) == NULL;
}

/*
 * Of the places among e->found[v[0].k ... v[n - 1].k], the one whose
 * type all are to have: "Magnitogorsk" is not a city (GPE) in one
 * sentence and a region (LOC) in the next.  The gazetteer's word
 * first, then the type named more often, a city (GPE) when as often:
 * news names towns more than regions.
 */
static const struct found *
place_sense(const struct extractor *e, const struct word_sense *v,
    size_t n)
{
	const struct found *f, *fixed = NULL;
	size_t k, gpe = 0, loc = 0;

	for (k = 0; k < n; k++) {
		f = &e->found[v[k].k];
		if (f->m.type == E_PERSON)
			continue;
		if (f->m.how == N_FIXED && fixed == NULL)
			fixed = f;
		if (f->m.type == E_GPE)
			gpe++;
		else
			loc++;
	}
	if (fixed != NULL)
		return fixed;
	for (k = 0;; k++) {	/* (there is one: the caller counted it) */
		f = &e->found[v[k].k];
		if (f->m.type == (gpe >= loc ? E_GPE : E_LOC))
			return f;
	}
}

/* The people and places of e->found[v[0].k ... v[n - 1].k], one word
 * in the document's order, become one place, if one sense goes (see
 * above). */
static void
one_sense(struct extractor *e, const struct word_sense *v, size_t n)
{
	const struct found *place, *last = NULL;
	struct found *f;
	size_t people = 0, places = 0, k;

	for (k = 0; k < n; k++, last = f) {
		f = &e->found[v[k].k];
		if (f->m.type == E_PERSON)
			people++;
		else
			places++;
		/* the model told them apart in one sentence ("Mulan
		 * from Mulan"): both stay */
		if (last != NULL && last->held == f->held &&
		    last->m.type != f->m.type)
			return;
	}
	if (places == 0 || places < people)
		return;
	place = place_sense(e, v, n);
	for (k = 0; k < n; k++) {
		f = &e->found[v[k].k];
		if (f->m.type == place->m.type)
			continue;
		if (place->m.how == N_FIXED)
			mention_retype(&f->m, place->m.type, N_FIXED,
			    place->m.norm, place->m.code);
		else
			mention_retype(&f->m, place->m.type, N_TEXT, NULL,
			    NULL);
	}
}

static void
places_one_sense(struct extractor *e)
{
	struct word_sense *v;
	const struct found *f;
	size_t nv = 0, k, i, j;

	v = ecalloc(e->nfound ? e->nfound : 1, sizeof *v);
	for (k = 0; k < e->nfound; k++) {
		f = &e->found[k];
		if (!one_word_place(e, f) && !person_may_be_place(e, f))
			continue;
		v[nv].s = at(e, e->held[f->held].text) + f->m.s;
		v[nv].n = f->m.e - f->m.s;
		v[nv++].k = k;
	}
	qsort(v, nv, sizeof *v, word_sense_cmp);
	for (i = 0; i < nv; i = j) {
		for (j = i + 1; j < nv && same_word(&v[i], &v[j]); j++)
			;
		one_sense(e, v + i, j - i);
	}
	free(v);
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
		misread_new_text(e, text);
		people_first(e, text);
		titled_places(e, text);
		list_places(e, text, h->textlen);
		if (is_byline(h))
			byline_people(e, text, h->textlen);
		drop_products(&e->m, text, h->textlen);
		drop_eponyms(e, text, h->textlen);
		drop_things(e->lex, &e->m, text);
		acronym_bodies(&e->m, text);
		org_joins(e->lex, text, &e->m);
		aliases_learn(e->aliases, text, h->textlen, &e->m);
		aliases_apply(e->aliases, text, &e->m);
		drop_ships(e, text);
		date_times(&e->m, text);
		if (h->has_start && folds_parse(&e->folds, at(e, h->folds),
		    h->foldslen) < 0)
			folds_reset(&e->folds);	/* checked in extractor_add */
		for (k = 0; k < e->m.n; k++)
			keep_mention(e, i, &e->m.v[k]);
	}
	pairs_count(e);
	for (k = 0; k < e->nfound; k++)
		ruler_seen(e, &e->found[k]);
	places_one_sense(e);
	for (k = 0; k < e->nfound; k++) {
		if (eponym(e, &e->found[k]) || ship(e, &e->found[k]))
			continue;
		later_full_name(e, &e->found[k]);
		fort_named(e, &e->found[k]);
		fort_seen(e, &e->found[k]);
		if (stray_short_name(e, &e->found[k]) ||
		    doctrine_person(e, &e->found[k]) ||
		    stray_letters(e, &e->found[k]) ||
		    initials_alone(e, &e->found[k]))
			continue;
		title_off_norm(e, &e->found[k]);
		given_spelled_out(e, &e->found[k]);
		towns_by_first_word(e, &e->found[k]);
		new_places(e, &e->found[k]);
		ruler_named(e, &e->found[k]);
		write_mention(e, &e->found[k]);
	}
	e->nfound = 0;
	e->eponyms.n = e->ships.n = e->forts.n = e->rulers.n = 0;
	e->nheld = 0;
	buf_reset(&e->arena);
	e->have_doc = 0;
}
