/*
 * spell.c - a person's name spelled out across a corpus (spell.h).
 *
 * Every norm is held once, in a hash table by its bytes.  At resolve
 * time, two indexes of forms are built, each filing a norm under the
 * hashes of forms it takes; what a norm may stand for is then found
 * among the norms filed under its own forms, each checked in full (a
 * hash says nothing for sure):
 *
 *   - misreadings: a norm that may be misread (two to SPELL_WORDS words,
 *     MISREAD_LEAD mentions or more) is filed under its bytes and under
 *     each form with one byte of a long word left out ("Evans" under
 *     "vans", "Eans", ...); a norm one byte off, left out, added,
 *     changed or swapped ("Kvans", "Evan"), shares one of those forms
 *     with it, or is one;
 *   - initials: a norm that may be a spelling (three to SPELL_WORDS
 *     words, no misread word) is filed under each form it takes with
 *     some of its words before the last cut to initials ("Charles Evans
 *     Hughes" under "C. Evans Hughes", "Charles E. Hughes" and "C. E.
 *     Hughes"); the spellings of a norm with initials are filed under its
 *     own bytes;
 *   - tails: a norm that may be a spelling is filed under each run of its
 *     last words of two words or more, shorter than it ("Charles Evans
 *     Hughes" under "Evans Hughes"); the fuller names of a norm are
 *     filed under its own bytes;
 *   - accents: a norm with a Latin letter that has a diacritic is filed
 *     under its form without ("Erdoğan" under "Erdogan"); the norms a
 *     norm of ASCII may be written without are filed under its own bytes;
 *   - middles: a norm that may be a spelling is filed under its first and
 *     last words ("Elijah Eugene Cummings" under "Elijah Cummings"); the
 *     fuller names of a norm of two words are filed under its own bytes;
 *   - surnames: a norm of two to SPELL_WORDS words is filed under its
 *     last word, and under its first in a second index; the names a
 *     surname alone may stand for, and those that begin with it (which
 *     make it a given name: "John"), are filed under its own bytes.
 *
 * A norm is filed under at most its length in bytes plus one forms,
 * 2^(SPELL_WORDS - 1) - 1, SPELL_WORDS - 2, one, one and two, so the
 * work is linear in the norms.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "letters.h"
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
/* A misread norm has at most a MISREAD_LEAD-th of the mentions of the
 * norm it misreads, and the word misread is MISREAD_LONG bytes long or
 * more in one of the two, MISREAD_SHORT in the other: a name of three
 * letters is one letter off many others ("Tom", "Tim"), a misreading of
 * a long name is seldom another name. */
#define MISREAD_LEAD	10
#define MISREAD_LONG	4
#define MISREAD_SHORT	3
/* Longer norms are not spelled out (the forms are built in a buffer of
 * this size). */
#define FORM_MAX	256
/* A surname alone stands for the one fuller name that ends with it named
 * in SURNAME_LEAD times the documents of any other, and in SURNAME_DOCS
 * documents or more, unless the names that begin with it are in half the
 * documents of those that end with it or more: a corpus names many
 * people by one surname ("Johnson"), and a lone word that begins names
 * is a given name ("Mary", "John"), though headlines begin some with a
 * surname ("Roosevelt Declines"). */
#define SURNAME_LEAD	10
#define SURNAME_DOCS	3
#define SURNAME_GIVEN	2
/* Norms of this many bytes or more are neither misread nor misreadings:
 * a person's name seldom is so long, and each of a norm's forms with a
 * byte left out costs its length, so that a corpus of long names costs
 * the square of their length each. */
#define MISREAD_MAX	64

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

/* Norms filed by the hashes of their forms, a chain a bucket. */
struct forms {
	struct filed	*filed;
	size_t		 nfiled, capfiled;
	uint32_t	*buckets;	/* index + 1 of a chain of filed */
	size_t		 nbuckets;
};

struct spellings {
	struct norm	*v;
	size_t		 n, cap;
	struct buf	 pool;
	uint32_t	*slots;		/* index + 1, or 0: by the bytes */
	size_t		 nslots;	/* a power of two */
	struct forms	 misread;	/* by one byte of a long word left out */
	struct forms	 initialled;	/* by words cut to initials */
	struct forms	 tails;		/* by its last words, two or more */
	struct forms	 accents;	/* by its form without diacritics */
	struct forms	 middles;	/* by its first and last word */
	struct forms	 lasts;		/* by its last word */
	struct forms	 firsts;	/* by its first word */
	/* the documents of each name a surname may stand for, and the
	 * names counted (indexes), for surname_of */
	uint32_t	*docs_toward;
	uint32_t	*counted;
};

static void
forms_free(struct forms *f)
{
	free(f->filed);
	free(f->buckets);
}

static void
file_under(struct forms *f, uint32_t hash, size_t norm)
{
	struct filed *x;

	if (f->nfiled == UINT32_MAX)
		die(EXIT_DATA, "too many persons' names");
	if (f->nfiled == f->capfiled) {
		f->capfiled = f->capfiled ? f->capfiled * 2 : 1024;
		f->filed = ereallocarray(f->filed, f->capfiled,
		    sizeof *f->filed);
	}
	x = &f->filed[f->nfiled++];
	x->hash = hash;
	x->norm = (uint32_t)norm;
	x->next = 0;
}

/* Chains the filed norms by their hashes, once all are filed. */
static void
build_buckets(struct forms *f)
{
	size_t i, b;

	for (f->nbuckets = 1024; f->nbuckets < f->nfiled; f->nbuckets *= 2)
		;
	f->buckets = ecalloc(f->nbuckets, sizeof *f->buckets);
	for (i = 0; i < f->nfiled; i++) {
		b = f->filed[i].hash & (f->nbuckets - 1);
		f->filed[i].next = f->buckets[b];
		f->buckets[b] = (uint32_t)(i + 1);
	}
}

/* The first of the chain where norms filed under hash are (index + 1 in
 * filed, or 0); the chain holds others, of other hashes. */
static uint32_t
chain_of(const struct forms *f, uint32_t hash)
{
	return f->buckets[hash & (f->nbuckets - 1)];
}

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
	forms_free(&s->misread);
	forms_free(&s->initialled);
	forms_free(&s->tails);
	forms_free(&s->accents);
	forms_free(&s->middles);
	forms_free(&s->lasts);
	forms_free(&s->firsts);
	free(s->docs_toward);
	free(s->counted);
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

/* Is the word w (n bytes) misread print: names_misread_word's, or a full
 * stop before a small letter inside it ("Kvtin.s", "Kvan.s")? */
static int
misread_print(const char *w, size_t n)
{
	size_t i;

	for (i = 1; i + 1 < n; i++)
		if (w[i] == '.' && w[i + 1] >= 'a' && w[i + 1] <= 'z')
			return 1;
	return names_misread_word(w, n);
}

/* Does the name (n bytes) hold a word of misread print? */
static int
has_misread_word(const char *name, size_t n)
{
	const char *w = name, *end = name + n, *sp;

	for (; (sp = memchr(w, ' ', (size_t)(end - w))) != NULL; w = sp + 1)
		if (misread_print(w, (size_t)(sp - w)))
			return 1;
	return misread_print(w, (size_t)(end - w));
}

/* Does x end in a word with a small letter and hold no word of misread
 * print, as every norm the rules below read must? */
static int
plainly_named(const struct spellings *s, const struct norm *x)
{
	return last_word_named(bytes_of(s, x), x->len) &&
	    !has_misread_word(bytes_of(s, x), x->len);
}

/* May x be spelled out, or spell out another, at all? */
static int
may_spell(const struct spellings *s, const struct norm *x)
{
	return x->words >= 3 && x->words <= SPELL_WORDS &&
	    plainly_named(s, x);
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
	char form[FORM_MAX], *o;
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
		file_under(&s->initialled, mem_hash(form, (size_t)(o - form)),
		    i);
	}
}

static uint32_t
saturating_add(uint32_t a, uint32_t b)
{
	return a > UINT32_MAX - b ? UINT32_MAX : a + b;
}

/* The index of the most mentioned of n rivals (n > 0), when it has
 * SPELL_LEAD times the mentions of any other; n when none has. */
static size_t
leader(const uint32_t *mentions, size_t n)
{
	size_t r, best = 0;
	uint32_t second = 0;

	for (r = 1; r < n; r++)
		if (mentions[r] > mentions[best])
			best = r;
	for (r = 0; r < n; r++)
		if (r != best && mentions[r] > second)
			second = mentions[r];
	return (uint64_t)mentions[best] < (uint64_t)SPELL_LEAD * second ?
	    n : best;
}

/* The names a norm may stand for, each counted toward its own spelling
 * (a norm already spelled out, toward that one). */
struct rivals {
	uint32_t	 norm[SPELL_RIVALS];	/* index + 1 */
	uint32_t	 mentions[SPELL_RIVALS], docs[SPELL_RIVALS];
	size_t		 n;
	int		 too_many;	/* more than SPELL_RIVALS: none is sure */
};

/* Counts the norm of index y toward its spelling's rival. */
static void
rivals_count(struct rivals *rv, const struct spellings *s, uint32_t y)
{
	const struct norm *x = &s->v[y];
	uint32_t f = x->spelled ? x->spelled : y + 1;
	size_t r;

	for (r = 0; r < rv->n && rv->norm[r] != f; r++)
		;
	if (r == rv->n) {
		if (rv->n == SPELL_RIVALS) {
			rv->too_many = 1;
			return;
		}
		rv->norm[r] = f;
		rv->mentions[r] = rv->docs[r] = 0;
		rv->n++;
	}
	rv->mentions[r] = saturating_add(rv->mentions[r], x->mentions);
	rv->docs[r] = saturating_add(rv->docs[r], x->docs);
}

/* The rival the corpus is sure of, as its index + 1: SPELL_LEAD times
 * the mentions of any other, named in SPELL_DOCS documents or more, and
 * least mentions or more; 0 when none is. */
static uint32_t
rivals_leader(const struct rivals *rv, uint64_t least)
{
	size_t best;

	if (rv->n == 0 || rv->too_many ||
	    (best = leader(rv->mentions, rv->n)) == rv->n ||
	    rv->docs[best] < SPELL_DOCS || rv->mentions[best] < least)
		return 0;
	return rv->norm[best];
}

/* The rival the corpus is sure of (see rivals_leader) among the norms
 * filed in fs under the bytes of x (index i) that candidate(s, x, y)
 * takes for what x may stand for; 0 when none is. */
static uint32_t
filed_leader(const struct spellings *s, const struct forms *fs, size_t i,
    int (*candidate)(const struct spellings *, const struct norm *,
    const struct norm *), uint64_t least)
{
	const struct norm *x = &s->v[i];
	struct rivals rv = { .n = 0 };
	uint32_t k;

	for (k = chain_of(fs, x->hash); k != 0; k = fs->filed[k - 1].next)
		if (fs->filed[k - 1].hash == x->hash &&
		    fs->filed[k - 1].norm != i &&
		    candidate(s, x, &s->v[fs->filed[k - 1].norm]))
			rivals_count(&rv, s, fs->filed[k - 1].norm);
	return rivals_leader(&rv, least);
}

/* Does y spell x out ("Charles Evans Hughes", "Charles E. Hughes")? */
static int
spells_x_out(const struct spellings *s, const struct norm *x,
    const struct norm *y)
{
	return names_spells_out(bytes_of(s, y), y->len, bytes_of(s, x),
	    x->len);
}

/* The spelling of x (index i), from the norms filed under its bytes that
 * spell it out: 0 when none is sure. */
static uint32_t
spelling_of(const struct spellings *s, size_t i)
{
	return filed_leader(s, &s->initialled, i, spells_x_out, 0);
}

/*
 * Is the name a (an bytes) the name b (bn bytes) one byte off: as many
 * words, the same but in one, where a byte is left out, added or
 * changed, or two side by side swapped ("Kvans" of "Evans", "Evan",
 * "Evnas"), and that word MISREAD_LONG bytes long or more in one name,
 * MISREAD_SHORT in the other?
 */
static int
one_byte_off(const char *a, size_t an, const char *b, size_t bn)
{
	size_t pre, post, da, db, start, aend, bend;

	if (!mem_one_edit(a, an, b, bn, &pre, &post))
		return 0;
	da = an - pre - post;
	db = bn - pre - post;
	if (memchr(a + pre, ' ', da) != NULL ||
	    memchr(b + pre, ' ', db) != NULL)
		return 0;
	/* the word they are in */
	for (start = pre; start > 0 && a[start - 1] != ' '; start--)
		;
	for (aend = pre + da; aend < an && a[aend] != ' '; aend++)
		;
	for (bend = pre + db; bend < bn && b[bend] != ' '; bend++)
		;
	aend -= start;
	bend -= start;
	return (aend >= MISREAD_LONG || bend >= MISREAD_LONG) &&
	    aend >= MISREAD_SHORT && bend >= MISREAD_SHORT;
}

/* The hashes of the forms of name (n bytes, less than MISREAD_MAX) with one
 * byte of a word of MISREAD_LONG bytes or more left out, in hash; returns
 * how many (at most n). */
static size_t
one_out_forms(const char *name, size_t n, uint32_t *hash)
{
	char form[MISREAD_MAX];
	size_t i, k, start = 0, nhash = 0;

	for (i = 0; i <= n; i++) {
		if (i < n && name[i] != ' ')
			continue;
		if (i - start >= MISREAD_LONG)
			for (k = start; k < i; k++) {
				memcpy(form, name, k);
				memcpy(form + k, name + k + 1, n - k - 1);
				hash[nhash++] = mem_hash(form, n - 1);
			}
		start = i + 1;
	}
	return nhash;
}

/* May x be misread, or be a misreading: two to SPELL_WORDS words? */
static int
may_misread(const struct norm *x)
{
	return x->words >= 2 && x->words <= SPELL_WORDS &&
	    x->len < MISREAD_MAX;
}

/* May x be the name that others misread: a last word with a small
 * letter, no word of misread print, in SPELL_DOCS documents or more, and
 * MISREAD_LEAD mentions (a misreading has one at least)? */
static int
may_be_misread(const struct spellings *s, const struct norm *x)
{
	return may_misread(x) && x->docs >= SPELL_DOCS &&
	    x->mentions >= MISREAD_LEAD &&
	    last_word_named(bytes_of(s, x), x->len) &&
	    !has_misread_word(bytes_of(s, x), x->len);
}

/* The norm x (index i) misreads, as its index + 1 (or what that one
 * misreads, found first), from the norms filed under x's forms with
 * MISREAD_LEAD times its mentions or more and one byte off: the one with
 * SPELL_LEAD times the mentions of any other; 0 when none is. */
static uint32_t
misreading_of(const struct spellings *s, size_t i)
{
	const struct forms *fs = &s->misread;
	const struct norm *x = &s->v[i], *y;
	uint32_t hash[MISREAD_MAX + 1], rival[SPELL_RIVALS];
	uint32_t mentions[SPELL_RIVALS], k;
	size_t nhash, h, nrivals = 0, r, best;

	hash[0] = x->hash;
	nhash = 1 + one_out_forms(bytes_of(s, x), x->len, hash + 1);
	for (h = 0; h < nhash; h++)
		for (k = chain_of(fs, hash[h]); k != 0;
		    k = fs->filed[k - 1].next) {
			if (fs->filed[k - 1].hash != hash[h] ||
			    fs->filed[k - 1].norm == i)
				continue;
			y = &s->v[fs->filed[k - 1].norm];
			if ((uint64_t)y->mentions <
			    (uint64_t)MISREAD_LEAD * x->mentions ||
			    !one_byte_off(bytes_of(s, x), x->len,
			    bytes_of(s, y), y->len))
				continue;
			/* (a norm is filed twice under a form where a
			 * letter is doubled) */
			for (r = 0; r < nrivals &&
			    rival[r] != fs->filed[k - 1].norm; r++)
				;
			if (r < nrivals)
				continue;
			if (nrivals == SPELL_RIVALS)
				return 0;
			rival[nrivals] = fs->filed[k - 1].norm;
			mentions[nrivals++] = y->mentions;
		}
	if (nrivals == 0 || (best = leader(mentions, nrivals)) == nrivals)
		return 0;
	y = &s->v[rival[best]];
	return y->spelled ? y->spelled : rival[best] + 1;
}

/* A norm's index and mentions, to sort the most mentioned first. */
struct ranked {
	uint32_t	 mentions, norm;
};

static int
by_mentions(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;

	if (x->mentions != y->mentions)
		return x->mentions > y->mentions ? -1 : 1;
	return x->norm < y->norm ? -1 : x->norm > y->norm;
}

/* Each norm that may be misread given the norm it misreads, the most
 * mentioned first, so that the norm misread has its own already. */
static void
resolve_misreadings(struct spellings *s)
{
	uint32_t hash[MISREAD_MAX], most = 0;
	struct ranked *order;
	size_t i, h, nhash, n = 0;

	for (i = 0; i < s->n; i++) {
		if (!may_be_misread(s, &s->v[i]))
			continue;
		file_under(&s->misread, s->v[i].hash, i);
		nhash = one_out_forms(bytes_of(s, &s->v[i]), s->v[i].len, hash);
		for (h = 0; h < nhash; h++)
			file_under(&s->misread, hash[h], i);
		if (s->v[i].mentions > most)
			most = s->v[i].mentions;
	}
	build_buckets(&s->misread);
	if (s->misread.nfiled == 0)
		return;
	order = ereallocarray(NULL, s->n, sizeof *order);
	for (i = 0; i < s->n; i++)
		if (may_misread(&s->v[i]) &&
		    (uint64_t)s->v[i].mentions * MISREAD_LEAD <= most) {
			order[n].mentions = s->v[i].mentions;
			order[n++].norm = (uint32_t)i;
		}
	qsort(order, n, sizeof *order, by_mentions);
	for (i = 0; i < n; i++)
		s->v[order[i].norm].spelled = misreading_of(s, order[i].norm);
	free(order);
}

/* Files x (index i), a name that may spell others out, under each run of
 * its last words shorter than it and of two words or more ("Charles Evans
 * Hughes" under "Evans Hughes"). */
static void
file_tails(struct spellings *s, size_t i)
{
	const struct norm *x = &s->v[i];
	const char *name = bytes_of(s, x), *sp = name, *end = name + x->len;
	size_t k;

	for (k = 0; k + 2 < x->words; k++) {
		sp = (const char *)memchr(sp, ' ', (size_t)(end - sp)) + 1;
		file_under(&s->tails, mem_hash(sp, (size_t)(end - sp)), i);
	}
}

/* May x be the last words of a fuller name: two words or more, a last
 * word with a small letter, no word of misread print? */
static int
may_be_tail(const struct spellings *s, const struct norm *x)
{
	return x->words >= 2 && x->words < SPELL_WORDS && plainly_named(s, x);
}

/* Does y end with the words of x ("Charles Evans Hughes", "Evans
 * Hughes")? */
static int
ends_with_x(const struct spellings *s, const struct norm *x,
    const struct norm *y)
{
	return y->len > x->len + 1 &&
	    bytes_of(s, y)[y->len - x->len - 1] == ' ' &&
	    memcmp(bytes_of(s, y) + y->len - x->len, bytes_of(s, x),
	    x->len) == 0;
}

/* The fuller name of x (index i) from the names filed under its bytes
 * that end with it, with SPELL_LEAD times x's mentions too; 0 when none
 * is. */
static uint32_t
whole_name_of(const struct spellings *s, size_t i)
{
	return filed_leader(s, &s->tails, i, ends_with_x,
	    (uint64_t)SPELL_LEAD * s->v[i].mentions);
}

/* Is the name (n bytes) ASCII alone? */
static int
ascii(const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)name[i] >= 0x80)
			return 0;
	return 1;
}

/* Files x (index i) under its form without diacritics, if it has one
 * and is no longer than FORM_MAX. */
static void
file_accents(struct spellings *s, size_t i)
{
	const struct norm *x = &s->v[i];
	char form[FORM_MAX];
	size_t n;

	/* (a letter written without its diacritic is a byte shorter: a form
	 * as long is the norm itself) */
	if (ascii(bytes_of(s, x), x->len) || (n = letters_unaccent(
	    bytes_of(s, x), x->len, form, sizeof form)) == 0 || n == x->len)
		return;
	file_under(&s->accents, mem_hash(form, n), i);
}

/* Is y x written with diacritics ("Jarosław Kaczyński", "Jaroslaw
 * Kaczynski")? */
static int
x_with_diacritics(const struct spellings *s, const struct norm *x,
    const struct norm *y)
{
	char form[FORM_MAX];

	return letters_unaccent(bytes_of(s, y), y->len, form, sizeof form) ==
	    x->len && memcmp(form, bytes_of(s, x), x->len) == 0;
}

/* The norm x (index i), of ASCII, written with diacritics, by a norm
 * with at least a MISREAD_LEAD-th of its mentions: a page's misread
 * "Hughés" is not the corpus's "Hughes"; 0 when none is sure. */
static uint32_t
accented_of(const struct spellings *s, size_t i)
{
	return filed_leader(s, &s->accents, i, x_with_diacritics,
	    (s->v[i].mentions + MISREAD_LEAD - 1) / MISREAD_LEAD);
}

/* Files x (index i), a name that may spell others out, under its first
 * and last words ("Elijah Eugene Cummings" under "Elijah Cummings"). */
static void
file_middles(struct spellings *s, size_t i)
{
	const struct norm *x = &s->v[i];
	const char *name = bytes_of(s, x), *end = name + x->len, *first, *last;
	char form[FORM_MAX];
	size_t fn;

	if (x->len >= sizeof form)
		return;
	first = memchr(name, ' ', x->len);
	for (last = end; last[-1] != ' '; last--)
		;
	fn = (size_t)(first - name);
	memcpy(form, name, fn + 1);
	memcpy(form + fn + 1, last, (size_t)(end - last));
	file_under(&s->middles, mem_hash(form, fn + 1 + (size_t)(end - last)),
	    i);
}

/* Does y begin with the first word of x, a name of two words, and end
 * with its last, with words between ("Elijah Eugene Cummings", "Elijah
 * Cummings")? */
static int
x_with_middles(const struct spellings *s, const struct norm *x,
    const struct norm *y)
{
	const char *name = bytes_of(s, x), *sp = memchr(name, ' ', x->len);
	size_t fn = (size_t)(sp - name), ln = x->len - fn - 1;

	return y->len > x->len + 1 && memcmp(bytes_of(s, y), name,
	    fn + 1) == 0 && bytes_of(s, y)[y->len - ln - 1] == ' ' &&
	    memcmp(bytes_of(s, y) + y->len - ln, sp + 1, ln) == 0;
}

/* The fuller name of x (index i), a name of two words, the first no
 * initial, from the names filed under its bytes that begin with its
 * first and end with its last, with SPELL_LEAD times x's mentions too; 0
 * when none is. */
static uint32_t
middle_name_of(const struct spellings *s, size_t i)
{
	const struct norm *x = &s->v[i];
	const char *name = bytes_of(s, x);

	if (names_is_initial(name, (size_t)((const char *)memchr(name, ' ',
	    x->len) - name)))
		return 0;	/* "A. Johnson" may be any of them */
	return filed_leader(s, &s->middles, i, x_with_middles,
	    (uint64_t)SPELL_LEAD * x->mentions);
}

/* May x stand for a surname, or be one: two to SPELL_WORDS words, or one;
 * a last word with a small letter; no word of misread print? */
static int
may_be_surnamed(const struct spellings *s, const struct norm *x)
{
	return x->words >= 1 && x->words <= SPELL_WORDS && plainly_named(s, x);
}

/* Files x (index i), a name of two words or more, under its last word
 * and its first. */
static void
file_surname(struct spellings *s, size_t i)
{
	const struct norm *x = &s->v[i];
	const char *name = bytes_of(s, x), *end = name + x->len, *w;
	char form[FORM_MAX];
	size_t n;

	for (w = end; w[-1] != ' '; w--)
		;
	/* without diacritics: "Erdogan" alone stands for "Recep Tayyip
	 * Erdoğan" */
	if ((n = letters_unaccent(w, (size_t)(end - w), form, sizeof form)) >
	    0)
		file_under(&s->lasts, mem_hash(form, n), i);
	w = memchr(name, ' ', x->len);
	file_under(&s->firsts, mem_hash(name, (size_t)(w - name)), i);
}

/* Is the word of n bytes at w the first of y? */
static int
first_word_is(const struct spellings *s, const struct norm *y, const char *w,
    size_t n)
{
	return y->len > n && bytes_of(s, y)[n] == ' ' &&
	    memcmp(bytes_of(s, y), w, n) == 0;
}

/* Is the word of n bytes at w, of no diacritics, the last of y without
 * its diacritics? */
static int
last_word_is(const struct spellings *s, const struct norm *y, const char *w,
    size_t n)
{
	const char *name = bytes_of(s, y), *end = name + y->len, *last;
	char form[FORM_MAX];

	for (last = end; last > name && last[-1] != ' '; last--)
		;
	return last > name && letters_unaccent(last, (size_t)(end - last),
	    form, sizeof form) == n && memcmp(form, w, n) == 0;
}

/*
 * The fuller name of x (index i), a surname alone, from the names filed
 * under its form without diacritics that end with it so written ("Recep
 * Tayyip Erdoğan" for "Erdogan"), each counted toward its spelling
 * (see SURNAME_LEAD); 0 when none is.  A common surname has hundreds of
 * such names on misread pages ("Justjcs Hughes"), so their documents are
 * summed in docs_toward, by index, not among SPELL_RIVALS rivals.
 */
static uint32_t
surname_of(struct spellings *s, size_t i)
{
	const struct norm *x = &s->v[i], *y;
	const char *w = bytes_of(s, x);
	char form[FORM_MAX];
	uint32_t k, to, h, docs, best = 0, lead = 0, second = 0, given = 0;
	uint32_t ends = 0;
	size_t n = 0, r, wn;

	if ((wn = letters_unaccent(w, x->len, form, sizeof form)) == 0)
		return 0;
	h = mem_hash(form, wn);
	for (k = chain_of(&s->lasts, h); k != 0;
	    k = s->lasts.filed[k - 1].next) {
		y = &s->v[s->lasts.filed[k - 1].norm];
		if (s->lasts.filed[k - 1].hash != h ||
		    !last_word_is(s, y, form, wn))
			continue;
		to = y->spelled ? y->spelled - 1 : s->lasts.filed[k - 1].norm;
		if (s->docs_toward[to] == 0)
			s->counted[n++] = to;
		s->docs_toward[to] = saturating_add(s->docs_toward[to], y->docs);
	}
	for (r = 0; r < n; r++) {
		docs = s->docs_toward[s->counted[r]];
		s->docs_toward[s->counted[r]] = 0;	/* for the next */
		ends = saturating_add(ends, docs);
		if (docs > lead) {
			second = lead;
			lead = docs;
			best = s->counted[r] + 1;
		} else if (docs > second)
			second = docs;
	}
	if (best == 0)
		return 0;
	for (k = chain_of(&s->firsts, x->hash); k != 0;
	    k = s->firsts.filed[k - 1].next) {
		y = &s->v[s->firsts.filed[k - 1].norm];
		if (s->firsts.filed[k - 1].hash == x->hash &&
		    first_word_is(s, y, w, x->len))
			given = saturating_add(given, y->docs);
	}
	if (lead < SURNAME_DOCS || (uint64_t)lead < (uint64_t)SURNAME_LEAD *
	    second || (uint64_t)given * SURNAME_GIVEN >= ends)
		return 0;
	return best;
}

/*
 * A misreading's norm may be spelled out since, and a spelling misread:
 * each norm to the end of its chain.  (None loops: a spelling has fewer
 * initials or more words, a misread norm as many and ten times the
 * mentions; the bound is a guard.)
 */
static void
follow_chains(struct spellings *s)
{
	size_t i, steps;
	uint32_t k;

	for (i = 0; i < s->n; i++)
		for (steps = 0; (k = s->v[i].spelled) != 0 &&
		    s->v[k - 1].spelled != 0 && steps < s->n; steps++)
			s->v[i].spelled = s->v[k - 1].spelled;
}

void
spellings_resolve(struct spellings *s)
{
	size_t i, initials;

	resolve_misreadings(s);
	/* a name without its diacritics, to the name with them
	 * ("Erdogan", "Jaroslaw Kaczynski") */
	for (i = 0; i < s->n; i++)
		if (s->v[i].words <= SPELL_WORDS)
			file_accents(s, i);
	build_buckets(&s->accents);
	for (i = 0; i < s->n; i++)
		if (s->v[i].spelled == 0 && s->v[i].words <= SPELL_WORDS &&
		    ascii(bytes_of(s, &s->v[i]), s->v[i].len))
			s->v[i].spelled = accented_of(s, i);
	follow_chains(s);
	for (i = 0; i < s->n; i++)
		if (may_spell(s, &s->v[i]))
			file_forms(s, i);
	build_buckets(&s->initialled);
	/* fewer initials first: a spelling's own spelling is known */
	for (initials = 1; initials < SPELL_WORDS; initials++)
		for (i = 0; i < s->n; i++)
			if (s->v[i].initials == initials &&
			    s->v[i].spelled == 0 && may_spell(s, &s->v[i]))
				s->v[i].spelled = spelling_of(s, i);
	follow_chains(s);
	/* then the last words of a name, to the name ("Evans Hughes") */
	for (i = 0; i < s->n; i++)
		if (may_spell(s, &s->v[i]))
			file_tails(s, i);
	build_buckets(&s->tails);
	for (i = 0; i < s->n; i++)
		if (s->v[i].spelled == 0 && may_be_tail(s, &s->v[i]))
			s->v[i].spelled = whole_name_of(s, i);
	follow_chains(s);
	/* a first and a last name, to the name with middle names
	 * ("Elijah Cummings") */
	for (i = 0; i < s->n; i++)
		if (may_spell(s, &s->v[i]))
			file_middles(s, i);
	build_buckets(&s->middles);
	for (i = 0; i < s->n; i++)
		if (s->v[i].spelled == 0 && s->v[i].words == 2 &&
		    may_be_tail(s, &s->v[i]))
			s->v[i].spelled = middle_name_of(s, i);
	follow_chains(s);
	/* last, a surname alone, to the name the others are counted
	 * toward ("Roosevelt") */
	for (i = 0; i < s->n; i++)
		if (s->v[i].words >= 2 && may_be_surnamed(s, &s->v[i]))
			file_surname(s, i);
	build_buckets(&s->lasts);
	build_buckets(&s->firsts);
	free(s->docs_toward);
	free(s->counted);
	s->docs_toward = ecalloc(s->n ? s->n : 1, sizeof *s->docs_toward);
	s->counted = ereallocarray(NULL, s->n ? s->n : 1, sizeof *s->counted);
	for (i = 0; i < s->n; i++)
		if (s->v[i].words == 1 && s->v[i].spelled == 0 &&
		    may_be_surnamed(s, &s->v[i]))
			s->v[i].spelled = surname_of(s, i);
	follow_chains(s);
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
spell_names(const char *const *files, int nfiles)
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
