/*
 * spell.c - a person's initials spelled out across a corpus (spell.h).
 *
 * Every norm is held once, in a hash table by its bytes.  At resolve
 * time each norm that may be a spelling (three to SPELL_WORDS words, no
 * misread word) is filed under each form it takes with some of its words
 * before the last cut to initials ("Charles Evans Hughes" under "C.
 * Evans Hughes", "Charles E. Hughes" and "C. E. Hughes"), by the hash of
 * that form: the spellings of a norm with initials are then the norms
 * filed under its own bytes, each checked with names_spells_out (a hash
 * says nothing for sure).  A norm is filed under at most 2^(SPELL_WORDS -
 * 1) - 1 forms, so the work is linear in the norms.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "mem.h"
#include "names.h"
#include "out.h"
#include "rec.h"
#include "spell.h"
#include "spool.h"
#include "util.h"

/* Longer names are left alone, as norms to spell and as spellings: a
 * person's name is seldom longer, and a norm's forms double with each
 * word. */
#define SPELL_WORDS	6
/* A spelling must be named in so many documents, and have so many times
 * the mentions of any rival. */
#define SPELL_DOCS	2
#define SPELL_LEAD	4
/* More rival spellings than this: none is sure. */
#define SPELL_RIVALS	16

struct norm {
	size_t		 off, len;	/* the bytes, in the pool */
	uint32_t	 hash;
	uint32_t	 mentions, docs;	/* saturating */
	unsigned long	 last_doc;	/* the document last counted */
	uint32_t	 spelled;	/* index + 1 of its spelling, or 0 */
	size_t		 words, initials;
};

/* A norm filed under one of its forms: the chains of the buckets. */
struct filed {
	uint32_t	 hash;		/* of the form */
	uint32_t	 norm;		/* index */
	uint32_t	 next;		/* index + 1 in the bucket, or 0 */
};

struct spellings {
	struct norm	*v;
	size_t		 n, cap;
	struct buf	 pool;
	uint32_t	*slots;		/* index + 1, or 0: by the bytes */
	size_t		 nslots;	/* a power of two */
	struct filed	*filed;
	size_t		 nfiled, capfiled;
	uint32_t	*buckets;	/* index + 1 of a chain of filed */
	size_t		 nbuckets;
};

struct spellings *
spellings_new(void)
{
	struct spellings *s = ecalloc(1, sizeof *s);

	s->nslots = 1024;
	s->slots = ecalloc(s->nslots, sizeof *s->slots);
	return s;
}

void
spellings_free(struct spellings *s)
{
	if (s == NULL)
		return;
	free(s->v);
	buf_free(&s->pool);
	free(s->slots);
	free(s->filed);
	free(s->buckets);
	free(s);
}

static const char *
bytes_of(const struct spellings *s, const struct norm *x)
{
	return s->pool.data + x->off;
}

/* The slot of name (n bytes, hash h): its norm's, or the empty one where
 * it would go. */
static uint32_t *
slot_of(const struct spellings *s, const char *name, size_t n, uint32_t h)
{
	size_t i = h & (s->nslots - 1);
	const struct norm *x;

	for (;; i = (i + 1) & (s->nslots - 1)) {
		if (s->slots[i] == 0)
			return &s->slots[i];
		x = &s->v[s->slots[i] - 1];
		if (x->hash == h && x->len == n &&
		    memcmp(bytes_of(s, x), name, n) == 0)
			return &s->slots[i];
	}
}

static void
grow_slots(struct spellings *s)
{
	size_t i, k;

	free(s->slots);
	s->nslots *= 2;
	s->slots = ecalloc(s->nslots, sizeof *s->slots);
	for (i = 0; i < s->n; i++) {
		for (k = s->v[i].hash & (s->nslots - 1); s->slots[k];
		    k = (k + 1) & (s->nslots - 1))
			;
		s->slots[k] = (uint32_t)(i + 1);
	}
}

void
spellings_add(struct spellings *s, const char *name, size_t n,
    unsigned long doc)
{
	uint32_t h = mem_hash(name, n), *slot;
	struct norm *x;

	if (n == 0)
		return;
	slot = slot_of(s, name, n, h);
	if (*slot == 0) {
		if (s->n >= UINT32_MAX - 1)
			die(EXIT_DATA, "more than %lu distinct persons",
			    (unsigned long)(UINT32_MAX - 1));
		if (s->n == s->cap) {
			s->cap = s->cap ? s->cap * 2 : 1024;
			s->v = ereallocarray(s->v, s->cap, sizeof *s->v);
		}
		x = &s->v[s->n];
		memset(x, 0, sizeof *x);
		x->off = s->pool.len;
		x->len = n;
		x->hash = h;
		buf_add(&s->pool, name, n);
		names_count(name, n, &x->words, &x->initials);
		*slot = (uint32_t)++s->n;
		if (s->n * 2 > s->nslots)
			grow_slots(s);
	} else
		x = &s->v[*slot - 1];
	if (x->mentions < UINT32_MAX)
		x->mentions++;
	if (x->last_doc != doc && x->docs < UINT32_MAX)
		x->docs++;
	x->last_doc = doc;
}

/* Does the last word of name (n bytes) have a small letter, or a byte
 * beyond ASCII: a surname, not "M." or a misread "II"? */
static int
last_word_named(const char *name, size_t n)
{
	size_t i = n;

	while (i > 0 && name[i - 1] != ' ')
		i--;
	for (; i < n; i++)
		if ((name[i] >= 'a' && name[i] <= 'z') ||
		    (unsigned char)name[i] >= 0x80)
			return 1;
	return 0;
}

/* May x be spelled out, or spell out another, at all? */
static int
may_spell(const struct spellings *s, const struct norm *x)
{
	const char *w = bytes_of(s, x), *end = w + x->len, *sp;

	if (x->words < 3 || x->words > SPELL_WORDS ||
	    !last_word_named(w, x->len))
		return 0;
	for (; (sp = memchr(w, ' ', (size_t)(end - w))) != NULL; w = sp + 1)
		if (names_misread_word(w, (size_t)(sp - w)))
			return 0;
	return !names_misread_word(w, (size_t)(end - w));
}

static void
file_under(struct spellings *s, uint32_t hash, size_t norm)
{
	struct filed *f;

	if (s->nfiled == UINT32_MAX)
		die(EXIT_DATA, "too many persons' names");
	if (s->nfiled == s->capfiled) {
		s->capfiled = s->capfiled ? s->capfiled * 2 : 1024;
		s->filed = ereallocarray(s->filed, s->capfiled,
		    sizeof *s->filed);
	}
	f = &s->filed[s->nfiled++];
	f->hash = hash;
	f->norm = (uint32_t)norm;
	f->next = 0;
}

/*
 * Files x (index i) under each form it takes with some of its words
 * before the last, those of two bytes or more that begin with a capital
 * A to Z, cut to initials.
 */
static void
file_forms(struct spellings *s, size_t i)
{
	const struct norm *x = &s->v[i];
	const char *name = bytes_of(s, x), *w[SPELL_WORDS];
	size_t wl[SPELL_WORDS], k, nw = 0;
	unsigned cuttable = 0, mask;
	char form[256], *o;
	const char *end = name + x->len, *sp;

	if (x->len >= sizeof form)
		return;
	for (sp = name; nw < SPELL_WORDS; sp++) {
		w[nw] = sp;
		if ((sp = memchr(sp, ' ', (size_t)(end - sp))) == NULL)
			sp = end;
		wl[nw] = (size_t)(sp - w[nw]);
		nw++;
		if (sp == end)
			break;
	}
	for (k = 0; k + 1 < nw; k++)
		if (wl[k] >= 2 && w[k][0] >= 'A' && w[k][0] <= 'Z' &&
		    !names_is_initial(w[k], wl[k]))
			cuttable |= 1u << k;
	/* every non-empty subset of the words that may be cut */
	for (mask = cuttable; mask != 0; mask = (mask - 1) & cuttable) {
		o = form;
		for (k = 0; k < nw; k++) {
			if (k)
				*o++ = ' ';
			if (mask & (1u << k)) {
				*o++ = w[k][0];
				*o++ = '.';
			} else {
				memcpy(o, w[k], wl[k]);
				o += wl[k];
			}
		}
		file_under(s, mem_hash(form, (size_t)(o - form)), i);
	}
}

static void
build_buckets(struct spellings *s)
{
	size_t i, b;

	for (s->nbuckets = 1024; s->nbuckets < s->nfiled; s->nbuckets *= 2)
		;
	s->buckets = ecalloc(s->nbuckets, sizeof *s->buckets);
	for (i = 0; i < s->nfiled; i++) {
		b = s->filed[i].hash & (s->nbuckets - 1);
		s->filed[i].next = s->buckets[b];
		s->buckets[b] = (uint32_t)(i + 1);
	}
}

static uint32_t
saturating_add(uint32_t a, uint32_t b)
{
	return a > UINT32_MAX - b ? UINT32_MAX : a + b;
}

/* The spelling of x (index i), from the norms filed under its bytes that
 * spell it out, each counted toward its own spelling (a norm already
 * spelled out, toward that one): 0 when none is sure. */
static uint32_t
spelling_of(const struct spellings *s, size_t i)
{
	const struct norm *x = &s->v[i], *y;
	uint32_t rival[SPELL_RIVALS], mentions[SPELL_RIVALS];
	uint32_t docs[SPELL_RIVALS], k, f, best = 0, second = 0;
	size_t nrivals = 0, r;

	for (k = s->buckets[x->hash & (s->nbuckets - 1)]; k != 0;
	    k = s->filed[k - 1].next) {
		if (s->filed[k - 1].hash != x->hash ||
		    s->filed[k - 1].norm == i)
			continue;
		y = &s->v[s->filed[k - 1].norm];
		if (!names_spells_out(bytes_of(s, y), y->len,
		    bytes_of(s, x), x->len))
			continue;
		f = y->spelled ? y->spelled : s->filed[k - 1].norm + 1;
		for (r = 0; r < nrivals && rival[r] != f; r++)
			;
		if (r == nrivals) {
			if (nrivals == SPELL_RIVALS)
				return 0;
			rival[r] = f;
			mentions[r] = docs[r] = 0;
			nrivals++;
		}
		mentions[r] = saturating_add(mentions[r], y->mentions);
		docs[r] = saturating_add(docs[r], y->docs);
	}
	if (nrivals == 0)
		return 0;
	for (r = 1; r < nrivals; r++)
		if (mentions[r] > mentions[best])
			best = (uint32_t)r;
	for (r = 0; r < nrivals; r++)
		if (r != best && mentions[r] > second)
			second = mentions[r];
	if (docs[best] < SPELL_DOCS ||
	    (uint64_t)mentions[best] < (uint64_t)SPELL_LEAD * second)
		return 0;
	return rival[best];
}

void
spellings_resolve(struct spellings *s)
{
	size_t i, initials;

	for (i = 0; i < s->n; i++)
		if (may_spell(s, &s->v[i]))
			file_forms(s, i);
	build_buckets(s);
	/* fewer initials first: a spelling's own spelling is known */
	for (initials = 1; initials < SPELL_WORDS; initials++)
		for (i = 0; i < s->n; i++)
			if (s->v[i].initials == initials &&
			    may_spell(s, &s->v[i]))
				s->v[i].spelled = spelling_of(s, i);
}

const char *
spellings_of(const struct spellings *s, const char *name, size_t n,
    size_t *len)
{
	uint32_t slot = *slot_of(s, name, n, mem_hash(name, n));
	const struct norm *x;

	if (slot == 0 || s->v[slot - 1].spelled == 0)
		return NULL;
	x = &s->v[s->v[slot - 1].spelled - 1];
	*len = x->len;
	return bytes_of(s, x);
}

/* The columns a mention stream must have, and the header of the first
 * opened, which every other must repeat. */
struct spell_columns {
	size_t		 doc, type, norm;
	struct buf	 header;	/* the names, NUL after each */
	size_t		 ncols;
	const char	*first;		/* the file it came from */
};

/* Opens path, checks its header (see above); NULL when it cannot be
 * opened (reported). */
static struct rec *
open_mentions(const char *path, struct spell_columns *c)
{
	struct rec *r;
	const char *name, *at;
	size_t i;

	if ((r = rec_open(path)) == NULL) {
		warnmsg("%s: %s", path, strerror(errno));
		return NULL;
	}
	if (c->first == NULL) {
		c->first = path;
		c->ncols = rec_ncols(r);
		for (i = 0; i < c->ncols; i++) {
			name = rec_colname(r, i);
			buf_add(&c->header, name, strlen(name) + 1);
		}
		c->doc = rec_need(r, "doc");
		c->type = rec_need(r, "type");
		c->norm = rec_need(r, "norm");
		return r;
	}
	at = c->header.data;
	for (i = 0; i < rec_ncols(r) && i < c->ncols; i++, at += strlen(at) + 1)
		if (strcmp(at, rec_colname(r, i)) != 0)
			break;
	if (i != c->ncols || rec_ncols(r) != c->ncols)
		rec_fail(r, "its columns are not those of %s", c->first);
	return r;
}

/* The first pass: each person's norm counted (documents numbered from
 * doc + 1).  Returns the last document's number. */
static unsigned long
count_people(struct spellings *s, struct rec *r,
    const struct spell_columns *c, unsigned long doc, struct buf *last)
{
	const char *f;
	size_t n;

	while (rec_next(r)) {
		f = rec_field(r, c->doc, &n);
		if (doc == 0 || n != last->len ||
		    (n != 0 && memcmp(f, last->data, n) != 0)) {
			doc++;
			buf_reset(last);
			buf_add(last, f, n);
		}
		f = rec_field(r, c->type, &n);
		if (n == 6 && memcmp(f, "PERSON", 6) == 0) {
			f = rec_field(r, c->norm, &n);
			spellings_add(s, f, n, doc);
		}
	}
	return doc;
}

/* The second pass: the records again, each person's norm spelled out. */
static void
write_spelled(const struct spellings *s, struct rec *r,
    const struct spell_columns *c)
{
	const char *f, *spelled, *line, *end, *norm;
	size_t n, len;

	while (rec_next(r)) {
		/* The raw fields lie one after the other in the reader's
		 * line, a TAB apart: the record as read is one run of bytes,
		 * written whole but for a norm spelled out. */
		line = rec_raw(r, 0, &n);
		f = rec_raw(r, c->ncols - 1, &n);
		end = f + n;
		spelled = NULL;
		f = rec_field(r, c->type, &n);
		if (n == 6 && memcmp(f, "PERSON", 6) == 0) {
			f = rec_field(r, c->norm, &n);
			spelled = spellings_of(s, f, n, &len);
		}
		if (spelled == NULL) {
			out_bytes(line, (size_t)(end - line));
		} else {
			norm = rec_raw(r, c->norm, &n);
			out_bytes(line, (size_t)(norm - line));
			out_field(spelled, len);
			out_bytes(norm + n, (size_t)(end - norm - n));
		}
		out_endrec();
	}
}

int
spell_initials(const char *const *files, int nfiles)
{
	struct spellings *s = spellings_new();
	struct spell_columns c = { 0, 0, 0, BUF_INIT, 0, NULL };
	struct buf last = BUF_INIT;
	const char **names;
	unsigned char *skip = ecalloc((size_t)nfiles, 1);
	unsigned long doc = 0;
	struct rec *r;
	int i, status = 0, spooled = 0;
	size_t k;
	const char *at;

	for (i = 0; i < nfiles; i++) {
		if (strcmp(files[i], "-") == 0) {
			if (spooled)
				rewind_stdin();
			else
				spool_stdin();
			spooled = 1;
		}
		if ((r = open_mentions(files[i], &c)) == NULL) {
			skip[i] = 1;
			status = 1;
			continue;
		}
		doc = count_people(s, r, &c, doc, &last);
		rec_close(r);
	}
	spellings_resolve(s);
	if (c.first != NULL) {
		names = ereallocarray(NULL, c.ncols, sizeof *names);
		for (k = 0, at = c.header.data; k < c.ncols;
		    k++, at += strlen(at) + 1)
			names[k] = at;
		out_header(names, c.ncols);
		free(names);
	}
	for (i = 0; i < nfiles; i++) {
		if (skip[i])
			continue;
		if (strcmp(files[i], "-") == 0)
			rewind_stdin();
		if ((r = open_mentions(files[i], &c)) == NULL) {
			status = 1;
			continue;
		}
		write_spelled(s, r, &c);
		rec_close(r);
	}
	free(skip);
	buf_free(&last);
	buf_free(&c.header);
	spellings_free(s);
	return status;
}
