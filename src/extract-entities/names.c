#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "letters.h"
#include "mem.h"
#include "names.h"
#include "utf8.h"
#include "util.h"

enum { K_WORD, K_NUM, K_PUNCT };

/* (its flags in bytes: the first pass copies every word it keeps, and
 * the loops over a sentence's words read them, so that 96 bytes a word
 * were a tenth of names_find's instructions in copies alone) */
struct word {
	size_t		 s, e;
	const struct lexent *ent;	/* its lexicon entry as written */
	unsigned	 exact;		/* lexicon classes of the word as written */
	unsigned	 lower;		/* ... and of its lower case */
	/* the gazetteer's longest phrase from this word and the index of
	 * its last word, once looked for (see gazetteer) */
	const struct lexent *gazhit;
	size_t		 gazlast;	/* GAZ_UNSEEN, GAZ_NONE or an index */
	unsigned char	 kind;
	unsigned char	 cap;		/* starts with a capital */
	unsigned char	 allcaps;	/* 2 to 6 letters, all capitals */
	unsigned char	 digits;	/* has a digit: "E17", "WW2" */
	unsigned char	 upper;		/* 2 letters or more, all capitals */
	unsigned char	 common;	/* its lower case is a common word */
	unsigned char	 covered;	/* inside a gazetteer hit */
	signed char	 gaztype;	/* that hit's type, E_NONE outside */
	unsigned char	 plain;		/* see struct scanned_word */
};

#define GAZ_UNSEEN	SIZE_MAX
#define GAZ_NONE	(SIZE_MAX - 1)

struct person {
	char		*name;
	size_t		 len, words, count;	/* count: times seen */
	size_t		 initials;	/* words that are an initial ("E.") */
	size_t		 sent, off;	/* where first seen (SIZE_MAX: unknown) */
	uint32_t	 last;			/* hash of the last word */
	uint32_t	 next;	/* index + 1 of the next in its bucket, or 0 */
	uint32_t	 first;	/* hash of the first word, if not the only */
	uint32_t	 fnext;	/* index + 1 of the next in its first-word
			 * bucket, recorded later; 0 at the end */
	uint32_t	 pen;	/* of three words or more: hash of the
			 * last but one */
	uint32_t	 pnext;	/* index + 1 of the next in its bucket of
			 * last but one words, or 0 */
};

/*
 * What scan looks up for a word, kept by its bytes: its entry as
 * written, the classes of its lower case and whether that is a common
 * word.  They are the same wherever the word comes (the lexicon does not
 * change during a run), and a few words make most of a text ("the",
 * "of", "said"): the look-ups were a twentieth of a run's instructions,
 * a capitalised word's three to six of them.  Direct-mapped by the
 * lexicon's hash of the word, a word of up to MEMO_MAX bytes a slot (40
 * bytes with 64-bit pointers: 160 KB; 8,192 slots saved 0.4 % more of
 * the instructions, 16,384 0.6 %).
 */
#define MEMO_SLOTS	4096
#define MEMO_MAX	18

struct memo {
	const struct lexent *ent;
	unsigned	 exact;		/* ent's flags, without a load of ent */
	unsigned	 lower;
	uint32_t	 h;
	unsigned char	 common;
	unsigned char	 n;		/* 0: an empty slot */
	char		 s[MEMO_MAX];
};


/* The words of a sentence scanned by the first pass, for the second. */
struct scanned {
	const char	*text;
	size_t		 len, first, n;		/* into people.kept */
	int		 headline;		/* is_headline of them */
};

/* A person the first pass counted: words s..e of scanned sentence sent. */
struct counted {
	size_t		 sent, s, e;
};

/* A title of the lexicon, for names_misspelt_title. */
struct title {
	const char	*s;
	size_t		 n;
};

/*
 * The people of one document, in the order first seen, chained in
 * buckets by the hash of their last word: both look-ups (the same name,
 * fuller names ending in the same word) walk one short chain instead of
 * the whole list, which made a document of many distinct names quadratic
 * (40,000 names: 6 s).
 */
struct people {
	struct person	*v;
	size_t		 n, cap;
	uint32_t	*bucket;	/* index + 1 of a chain's head, or 0 */
	size_t		 nbuckets;	/* a power of two, >= cap */
	/* The people of two words or more chained by the hash of their
	 * first, in the order recorded (by_first_name must meet them so):
	 * index + 1 of each chain's first and last, or 0 */
	uint32_t	*fhead, *ftail;
	/* The people of three words or more chained by the hash of their
	 * last but one: index + 1 of each chain's head, or 0 */
	uint32_t	*phead;
	struct word	*kept;
	size_t		 nkept, capkept;
	struct scanned	*sc;
	size_t		 nsc, capsc, next;
	/* the first pass's people by place, in the order of sentences, and
	 * the scanned sentence the second pass reads (SIZE_MAX: none) */
	struct counted	*counted;
	size_t		 ncounted, capcounted, cur;
	/* the words of the sentence read now: in wbuf, scratch kept to
	 * spare allocations, when scan cut them; in kept, where the first
	 * pass left them, when the second reads them */
	struct word	*w;
	size_t		 nw;
	struct word	*wbuf;
	size_t		 wcap;
	const char	*wtext;		/* the sentence w holds, for names_late */
	size_t		 wlen;
	int		 wheadline;	/* and whether it is a headline */
	struct buf	 low;
	struct scanned_word *sw;	/* names_words' */
	size_t		 swcap;
	/* names_find's calls, and the one whose words sw holds (a
	 * sentence is asked for them twice) */
	unsigned long	 wgen, swgen;
	struct memo	*memo;		/* MEMO_SLOTS, made by the first scan */
	const struct lexicon *memo_of;	/* whose look-ups it holds */
	/* the lexicon's titles of TITLE_LONG bytes or more, in the pool of
	 * titles_of, for names_misspelt_title */
	struct title	*titles;
	size_t		 ntitles, captitles;
	const struct lexicon *titles_of;
};

struct people *
people_new(void)
{
	struct people *p = ecalloc(1, sizeof(struct people));

	p->cur = SIZE_MAX;
	return p;
}

void
people_reset(struct people *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		free(p->v[i].name);
	p->n = 0;
	if (p->bucket != NULL) {
		memset(p->bucket, 0, p->nbuckets * sizeof *p->bucket);
		memset(p->fhead, 0, p->nbuckets * sizeof *p->fhead);
		memset(p->ftail, 0, p->nbuckets * sizeof *p->ftail);
		memset(p->phead, 0, p->nbuckets * sizeof *p->phead);
	}
	p->nkept = p->nsc = p->next = p->ncounted = 0;
	p->cur = SIZE_MAX;
	p->wtext = NULL;
}

void
people_free(struct people *p)
{
	if (p == NULL)
		return;
	people_reset(p);
	free(p->v);
	free(p->bucket);
	free(p->fhead);
	free(p->ftail);
	free(p->phead);
	free(p->kept);
	free(p->sc);
	free(p->counted);
	free(p->wbuf);
	free(p->sw);
	free(p->memo);
	free(p->titles);
	buf_free(&p->low);
	free(p);
}

/* The last space-separated word of s. */
static const char *
last_word(const char *s, size_t n, size_t *len)
{
	size_t i = n;

	while (i > 0 && s[i - 1] != ' ')
		i--;
	*len = n - i;
	return s + i;
}

static int
has_word(const char *s, const char *w, size_t n)
{
	const char *p = s;
	size_t len;

	while (*p) {
		for (len = 0; p[len] != '\0' && p[len] != ' '; len++)
			;
		if (len == n && memcmp(p, w, n) == 0)
			return 1;
		p += len;
		while (*p == ' ')
			p++;
	}
	return 0;
}

/* Is w (n bytes) an initial: a capital and a full stop ("E.")? */
static int
is_initial(const char *w, size_t n)
{
	return n == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.';
}

/* Is the word c (cn bytes) of a fuller name the word w (n bytes), or one
 * that w, an initial, begins ("E." of "Evans")? */
static int
word_matches(const char *c, size_t cn, const char *w, size_t n)
{
	if (is_initial(w, n))
		return cn >= 2 && c[0] == w[0];
	return cn == n && memcmp(c, w, n) == 0;
}

/* How many of the words of the name s (n bytes) are initials. */
static size_t
initials_in(const char *s, size_t n)
{
	const char *end = s + n, *sp;
	size_t k = 0;

	for (; (sp = memchr(s, ' ', (size_t)(end - s))) != NULL; s = sp + 1)
		k += is_initial(s, (size_t)(sp - s));
	return k + is_initial(s, (size_t)(end - s));
}

/* The next word of s before end, spaces skipped, and its length; end
 * when there is none. */
static const char *
next_word(const char *s, const char *end, size_t *len)
{
	while (s < end && *s == ' ')
		s++;
	for (*len = 0; s + *len < end && s[*len] != ' '; (*len)++)
		;
	return s;
}

/* Is every word of name before lw, its last word, a word of the name
 * cand, in any order? */
static int
words_held(const char *name, const char *lw, const char *cand)
{
	const char *w;
	size_t wlen;

	for (w = name; (w = next_word(w, lw, &wlen)) < lw; w += wlen)
		if (!has_word(cand, w, wlen))
			return 0;
	return 1;
}

/*
 * Are the words of name before lw, its last word, words of cand..cend,
 * a name's words before its last, in their order, an initial for a word
 * it begins ("Charles E." in "Charles Evans Hughes", not "W. H." in
 * "Harold W. Rice")?
 */
static int
words_spelled(const char *name, const char *lw, const char *cand,
    const char *cend)
{
	const char *w, *c = cand;
	size_t wlen, clen;

	for (w = name; (w = next_word(w, lw, &wlen)) < lw; w += wlen)
		do {
			if ((c = next_word(c, cend, &clen)) >= cend)
				return 0;
			c += clen;
		} while (!word_matches(c - clen, clen, w, wlen));
	return 1;
}

/* Puts v[i] at the head of its bucket's chain, and at the end of its
 * first word's. */
static void
chain(struct people *p, size_t i)
{
	uint32_t *head = &p->bucket[p->v[i].last & (p->nbuckets - 1)];
	size_t b;

	p->v[i].next = *head;
	*head = (uint32_t)(i + 1);
	if (p->v[i].words >= 3) {
		head = &p->phead[p->v[i].pen & (p->nbuckets - 1)];
		p->v[i].pnext = *head;
		*head = (uint32_t)(i + 1);
	}
	if (memchr(p->v[i].name, ' ', p->v[i].len) == NULL)
		return;		/* one word: no one's first name and more */
	b = p->v[i].first & (p->nbuckets - 1);
	p->v[i].fnext = 0;
	if (p->ftail[b])
		p->v[p->ftail[b] - 1].fnext = (uint32_t)(i + 1);
	else
		p->fhead[b] = (uint32_t)(i + 1);
	p->ftail[b] = (uint32_t)(i + 1);
}

/* Is x first seen after y in the document? */
static int
seen_later(const struct person *x, const struct person *y)
{
	return x->sent > y->sent || (x->sent == y->sent && x->off > y->off);
}

/*
 * The person recorded as name (n bytes), or NULL; *h is the hash of its
 * last word, which chains it.  (A name is recorded once; a forgotten one
 * has length 0.)
 */
static struct person *
person_named(const struct people *p, const char *name, size_t n,
    uint32_t *h)
{
	struct person *x;
	const char *lw;
	size_t lwlen;
	uint32_t k;

	lw = last_word(name, n, &lwlen);
	*h = mem_hash(lw, lwlen);
	if (p->nbuckets == 0)
		return NULL;
	for (k = p->bucket[*h & (p->nbuckets - 1)]; k; k = x->next) {
		x = &p->v[k - 1];
		if (x->len == n && memcmp(x->name, name, n) == 0)
			return x;
	}
	return NULL;
}

/*
 * Counts name (n bytes), seen at byte off of scanned sentence sent, or
 * (SIZE_MAX, SIZE_MAX) when not known: after every place that is.
 */
static void
add_person(struct people *p, const char *name, size_t n, size_t sent,
    size_t off)
{
	struct person *x;
	const char *lw;
	size_t i, lwlen;
	uint32_t h;

	if ((x = person_named(p, name, n, &h)) != NULL) {
		x->count++;
		/* the model reads after the first pass */
		if (sent < x->sent || (sent == x->sent && off < x->off)) {
			x->sent = sent;
			x->off = off;
		}
		return;
	}
	if (p->n >= PEOPLE_MAX)
		return;		/* see names.h */
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 16;
		p->v = ereallocarray(p->v, p->cap, sizeof *p->v);
		free(p->bucket);
		free(p->fhead);
		free(p->ftail);
		free(p->phead);
		p->nbuckets = p->cap;
		p->bucket = ecalloc(p->nbuckets, sizeof *p->bucket);
		p->fhead = ecalloc(p->nbuckets, sizeof *p->fhead);
		p->ftail = ecalloc(p->nbuckets, sizeof *p->ftail);
		p->phead = ecalloc(p->nbuckets, sizeof *p->phead);
		for (i = 0; i < p->n; i++)
			chain(p, i);
	}
	x = &p->v[p->n];
	x->name = emalloc(n + 1);
	memcpy(x->name, name, n);
	x->name[n] = '\0';
	x->len = n;
	x->count = 1;
	x->sent = sent;
	x->off = off;
	names_count(name, n, &x->words, &x->initials);
	x->last = h;
	for (i = 0; i < n && name[i] != ' '; i++)
		;
	x->first = mem_hash(name, i);
	if (x->words >= 3) {
		lw = last_word(name, n, &lwlen);
		lw = last_word(name, (size_t)(lw - name) - 1, &lwlen);
		x->pen = mem_hash(lw, lwlen);
	}
	chain(p, p->n++);
}

/*
 * Forgets name (n bytes), a shorter reading of a name found later ("Moon
 * Jae" of "Moon Jae-in"): an empty name matches nothing.
 */
static void
people_forget(struct people *p, const char *name, size_t n)
{
	struct person *x;
	uint32_t h;

	if ((x = person_named(p, name, n, &h)) != NULL)
		x->len = 0;
}

void
people_add(struct people *p, const char *name, size_t n)
{
	add_person(p, name, n, SIZE_MAX, SIZE_MAX);
}

/* The first pass counts a person where it finds one. */
static void
count_at(struct people *p, size_t s, size_t e)
{
	struct counted *c;

	if (p->nsc == 0)
		return;
	if (p->ncounted == p->capcounted) {
		p->capcounted = p->capcounted ? p->capcounted * 2 : 64;
		p->counted = ereallocarray(p->counted, p->capcounted,
		    sizeof *p->counted);
	}
	c = &p->counted[p->ncounted++];
	c->sent = p->nsc - 1;
	c->s = s;
	c->e = e;
}

/* Did the first pass count a person at s..e of the sentence read now? */
static int
counted_here(const struct people *p, size_t s, size_t e)
{
	size_t lo = 0, hi = p->ncounted, mid;

	if (p->cur == SIZE_MAX)
		return 0;
	while (lo < hi) {	/* the first of the sentence */
		mid = lo + (hi - lo) / 2;
		if (p->counted[mid].sent < p->cur)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < p->ncounted && p->counted[lo].sent == p->cur; lo++)
		if (p->counted[lo].s == s && p->counted[lo].e == e)
			return 1;
	return 0;
}

void
people_add_found(struct people *p, const char *text, size_t s, size_t e)
{
	if (counted_here(p, s, e))
		return;
	if (p->cur == SIZE_MAX)
		add_person(p, text + s, e - s, SIZE_MAX, SIZE_MAX);
	else
		add_person(p, text + s, e - s, p->cur, s);
}

/*
 * "Angelo" after "Angelo Mariani": the one person of that first name
 * (name, one word).  Only the chain of its first word is walked, not
 * every person of the document (a page of OCR has thousands).
 */
static const char *
by_first_name(const struct people *p, const char *name, size_t n)
{
	const struct person *best = NULL, *x;
	uint32_t k;

	if (p->nbuckets == 0)
		return NULL;
	k = p->fhead[mem_hash(name, n) & (p->nbuckets - 1)];
	for (; k; k = x->fnext) {
		x = &p->v[k - 1];
		if (x->len <= n || x->name[n] != ' ' ||
		    memcmp(x->name, name, n) != 0)
			continue;
		if (best && x->words == best->words)
			return NULL;	/* two of them: say nothing */
		if (best == NULL || x->words > best->words)
			best = x;
	}
	return best ? best->name : NULL;
}

/*
 * "Rosselló" after "Ricardo Rosselló Nevares": the one person of three
 * words or more whose last but one is name (one word), as in a Spanish
 * name, whose first surname is the one used alone.  (A name is recorded
 * once: two entries not forgotten are two names.)
 */
const char *
people_by_last_but_one(const struct people *p, const char *name, size_t n)
{
	const struct person *found = NULL, *x;
	const char *w;
	size_t wlen;
	uint32_t h, k;

	if (p->nbuckets == 0)
		return NULL;
	h = mem_hash(name, n);
	for (k = p->phead[h & (p->nbuckets - 1)]; k; k = x->pnext) {
		x = &p->v[k - 1];
		if (x->pen != h || x->len == 0)	/* (forgotten) */
			continue;
		w = last_word(x->name, x->len, &wlen);
		w = last_word(x->name, (size_t)(w - x->name) - 1, &wlen);
		if (wlen != n || memcmp(w, name, n) != 0)
			continue;
		if (found != NULL)
			return NULL;	/* two of them: say nothing */
		found = x;
	}
	return found ? found->name : NULL;
}

const char *
people_by_initials(const struct people *p, const char *letters, size_t n)
{
	const struct person *found = NULL, *x;
	const char *w;
	size_t i, k;

	for (i = 0; i < p->n; i++) {
		x = &p->v[i];
		if (x->words != n || x->len == 0)	/* (forgotten) */
			continue;
		for (w = x->name, k = 0; k < n && *w == letters[k]; k++) {
			if (k + 1 == n)
				continue;
			if ((w = strchr(w, ' ')) == NULL)
				break;
			w++;
		}
		if (k < n)
			continue;
		if (found != NULL)
			return NULL;	/* two of them: say nothing */
		found = x;
	}
	return found ? found->name : NULL;
}

/*
 * Is the word s (n bytes, ASCII letters as a name's are) print misread
 * rather than a name: an apostrophe other than O', D' or L' ("H'lij",
 * "Mnssachi'settes"), or a capital after a small letter ("ShnuM",
 * "I'lcUeil") unless after Mc, Mac, De, Di, Du, La, Le or Van ("McAdoo",
 * "LaFollette"), or after a capital and before a small letter
 * ("ISouth")?  Words in capitals ("HUGHES") are names as written.
 */
static int
misread_word(const char *s, size_t n)
{
	static const char *const before_capital[] = { "Mc", "Mac", "De",
	    "Di", "Du", "La", "Le", "Van" };
	size_t i;

	for (i = 1; i < n; i++) {
		if (s[i] == '\'')
			return i != 1 || strchr("ODL", s[0]) == NULL;
		if (!(s[i] >= 'A' && s[i] <= 'Z'))
			continue;
		if (s[i - 1] >= 'a' && s[i - 1] <= 'z') {
			if (!mem_among(s, i, before_capital,
			    sizeof before_capital / sizeof *before_capital))
				return 1;
		} else if (s[i - 1] >= 'A' && s[i - 1] <= 'Z' && i + 1 < n &&
		    s[i + 1] >= 'a' && s[i + 1] <= 'z')
			return 1;
	}
	return 0;
}

/*
 * May x stand for a shorter name, "Hughes" or "Charles Hughes"?  Not when
 * a word before its last is misread print (a table of votes, "H'lij
 * Orcumi I'lcUeil Hughes"), nor when it is a word glued before a
 * recorded name of three words or more ("York Charles R. Hughes":
 * the name is "Charles R. Hughes", which stands for them).  (A name of
 * two is often a fuller name's end, read alone: "E. Hughes", "Evans
 * Hughes"; so is one that starts with an initial: "J. T. G. Crawford".)
 */
static int
fit_to_stand_for(const struct people *p, const struct person *x)
{
	const char *w = x->name, *end = x->name + x->len, *sp;
	uint32_t h;

	if (x->words >= 4 && (sp = memchr(w, ' ', x->len)) != NULL &&
	    !(sp[1] >= 'A' && sp[1] <= 'Z' && (sp[2] == '.' || sp[2] == ' ')) &&
	    person_named(p, sp + 1, (size_t)(end - sp - 1), &h) != NULL)
		return 0;
	for (; (sp = memchr(w, ' ', (size_t)(end - w))) != NULL; w = sp + 1)
		if (misread_word(w, (size_t)(sp - w)))
			return 0;
	return 1;
}

/* Does the name a spell out b: as many words, the same last, b's other
 * words a's or initials of a's, in order, and a with fewer initials
 * ("Charles Evans Hughes" of "Charles E. Hughes")? */
static int
spells_out(const struct person *a, const struct person *b)
{
	const char *alw, *blw;
	size_t alen, blen;

	if (a->words != b->words || a->len == 0 ||
	    a->initials >= b->initials)
		return 0;
	alw = last_word(a->name, a->len, &alen);
	blw = last_word(b->name, b->len, &blen);
	return alen == blen && memcmp(alw, blw, alen) == 0 &&
	    words_spelled(b->name, blw, a->name, alw);
}

int
names_is_initial(const char *w, size_t n)
{
	return is_initial(w, n);
}

int
names_misread_word(const char *s, size_t n)
{
	return misread_word(s, n);
}

void
names_count(const char *name, size_t n, size_t *words, size_t *initials)
{
	size_t i;

	for (*words = 1, i = 0; i < n; i++)
		*words += name[i] == ' ';
	*initials = initials_in(name, n);
}

int
names_spells_out(const char *a, size_t an, const char *b, size_t bn)
{
	struct person pa, pb;

	/* (spells_out only reads the names) */
	memset(&pa, 0, sizeof pa);
	memset(&pb, 0, sizeof pb);
	pa.name = (char *)(uintptr_t)a;
	pa.len = an;
	pb.name = (char *)(uintptr_t)b;
	pb.len = bn;
	names_count(a, an, &pa.words, &pa.initials);
	names_count(b, bn, &pb.words, &pb.initials);
	return spells_out(&pa, &pb);
}

/*
 * The one name the document gives that spells out x, or x: with two
 * ("Charles Evans Hughes" and, as misread print has it, "Charles Evan
 * Hughes") neither is sure.  (The same chain as x's: one last word.)
 */
static const struct person *
spelled_out(const struct people *p, const struct person *x)
{
	const struct person *found = NULL, *y;
	size_t walked = 0;
	uint32_t k;

	if (x->initials == 0)
		return x;
	for (k = p->bucket[x->last & (p->nbuckets - 1)];
	    k && walked < NAMES_WALK; k = y->next, walked++) {
		y = &p->v[k - 1];
		if (y->last != x->last || !spells_out(y, x) ||
		    !fit_to_stand_for(p, y))
			continue;
		if (found != NULL)
			return x;
		found = y;
	}
	return found != NULL ? found : x;
}

/*
 * The fullest: the most words; between namesakes ("Tony Mendez", "Jonna
 * Mendez") the one seen most often, then the one seen first in the
 * document (the model's names are recorded after the first pass's, so
 * the order of recording is not the document's); and that one spelled
 * out where the document spells it out ("Charles E. Hughes" stands for
 * "Charles Evans Hughes").
 */
static const char *
fullest(const struct people *p, const char *name, size_t n, int fit_only)
{
	const struct person *best = NULL, *x;
	const char *lw, *clw;
	size_t lwlen, clwlen, walked;
	uint32_t h, k;

	lw = last_word(name, n, &lwlen);
	h = mem_hash(lw, lwlen);
	for (k = p->nbuckets ? p->bucket[h & (p->nbuckets - 1)] : 0, walked = 0;
	    k && walked < NAMES_WALK; k = x->next, walked++) {
		x = &p->v[k - 1];
		/* the chain runs from the latest recorded: a tie of place
		 * goes to the earlier */
		if (x->last != h || (best && (x->words < best->words ||
		    (x->words == best->words && (x->count < best->count ||
		    (x->count == best->count && seen_later(x, best)))))))
			continue;
		clw = last_word(x->name, x->len, &clwlen);
		if (clwlen != lwlen || memcmp(clw, lw, lwlen) != 0)
			continue;
		/* every word of name must be in the candidate; the last is
		 * (most names looked for are one word) */
		if (!words_held(name, lw, x->name))
			continue;
		/* (a name stands for itself, whatever its words) */
		if (fit_only && x->len != n && !fit_to_stand_for(p, x))
			continue;
		best = x;
	}
	if (best == NULL && lwlen == n)
		return by_first_name(p, name, n);
	/* (known asks whether there is one, not which) */
	if (best != NULL && fit_only)
		best = spelled_out(p, best);
	return best ? best->name : NULL;
}

const char *
people_fullest(const struct people *p, const char *name, size_t n)
{
	return fullest(p, name, n, 1);
}

/* Letters and digits: what words are made of. */
static inline int
is_wordchar(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
	return !(c <= 0xbf || c == 0xd7 || c == 0xf7 ||
	    (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) ||
	    c == 0xfeff || c == 0xfffd);
}

static uint32_t
cp_at(const char *text, size_t len, size_t i, size_t *n)
{
	uint32_t cp;

	if ((unsigned char)text[i] < 0x80) {	/* the common case */
		*n = 1;
		return (unsigned char)text[i];
	}
	*n = utf8_decode((const unsigned char *)text + i, len - i, &cp);
	if (*n == 0) {	/* cannot happen on checked input; be safe */
		*n = 1;
		return 0xfffd;
	}
	return cp;
}

/* A new word at byte s of the sentence, in place at the end of p->w,
 * its kind and the rest to be filled in. */
static struct word *
new_word(struct people *p, size_t s)
{
	struct word *w;

	if (p->nw == p->wcap) {
		p->wcap = p->wcap ? p->wcap * 2 : 64;
		p->wbuf = ereallocarray(p->wbuf, p->wcap, sizeof *p->wbuf);
		p->w = p->wbuf;
	}
	w = &p->w[p->nw++];
	memset(w, 0, sizeof *w);
	w->gaztype = E_NONE;
	w->gazlast = GAZ_UNSEEN;
	w->s = s;
	return w;
}

/* "al", "el", "ad", "ash", "az", any case: before a hyphen, part of a name. */
static int
arabic_article(const char *s, size_t n)
{
	static const char *const arts[] = { "al", "el", "ad", "ash", "az" };
	size_t k;

	for (k = 0; k < sizeof arts / sizeof *arts; k++)
		if (strlen(arts[k]) == n && (s[0] | 0x20) == arts[k][0] &&
		    strncmp(s + 1, arts[k] + 1, n - 1) == 0)
			return 1;
	return 0;
}

/* Is s (n bytes) a name of its own in the gazetteer: a place, a people,
 * an organisation? ("St" and "Sun" are not: they begin longer names.) */
static int
known_part(const struct lexicon *x, const char *s, size_t n)
{
	const struct lexent *e = lexicon_get(x, s, n);

	return e != NULL && e->type != E_NONE && e->type != E_PERSON;
}

/* Is the word s..e a run of initials, "U.S" (its final dot still to come)? */
static int
initials(const char *t, size_t s, size_t e)
{
	size_t i;

	for (i = s; i < e; i++)
		if ((i - s) % 2 == 0 ? !((t[i] >= 'A' && t[i] <= 'Z') ||
		    (t[i] >= 'a' && t[i] <= 'z')) : t[i] != '.')
			return 0;
	return (e - s) % 2 == 1;
}

/* Has s (n bytes) a vowel?  Every syllable of a romanised name has. */
static int
has_vowel(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strchr("aeiouyAEIOUY", s[i]) != NULL && s[i] != '\0')
			return 1;
	return 0;
}

/*
 * "Moon Jae-in", "Kim Jong-un", "Chiang Kai-shek": is the capitalised word
 * t[i..j), the hyphen at j and the lower-case letters after it a given
 * name of two syllables?  Only after another capitalised word, the
 * family name (no function word: "The Obama-era rule"; no title: "Dr."),
 * with a space between; the first syllable two to five ASCII letters, a
 * capital and lower case, that are no common English word ("Trump-era",
 * "Anti-war"), no function word and no name of the gazetteer's
 * ("Saudi-led"), the second two to four lower-case letters, not "-ed"
 * ("Obama-backed" is longer anyway); both with a vowel (OCR's "Nc-h").
 * Returns the end of the second syllable, or 0.
 */
static size_t
hyphen_given(const struct lexicon *x, const struct word *prev, const char *t,
    size_t len, size_t i, size_t j)
{
	char low[8];
	size_t k, e;

	if (j - i < 2 || j - i > 5 || i < 2 || t[i - 1] != ' ' || j >= len)
		return 0;
	if (prev->kind != K_WORD || !prev->cap || prev->e != i - 1 ||
	    (prev->lower & W_FUNCTION) || (prev->exact & (W_TITLE |
	    W_TITLEPRE)) || !has_vowel(t + i, j - i))
		return 0;
	for (e = j + 1; e < len && t[e] >= 'a' && t[e] <= 'z'; e++)
		;
	if (e < j + 3 || e - j - 1 > 4 || !has_vowel(t + j + 1, e - j - 1) ||
	    (e < len && ((unsigned char)t[e] >=
	    0x80 || (t[e] >= 'A' && t[e] <= 'Z') || (t[e] >= '0' &&
	    t[e] <= '9') || t[e] == '-')) || (t[e - 1] == 'd' &&
	    t[e - 2] == 'e'))
		return 0;
	for (k = i; k < j; k++) {
		if (!((t[k] >= 'a' && t[k] <= 'z') || (k == i && t[k] >= 'A' &&
		    t[k] <= 'Z')))
			return 0;
		low[k - i] = (char)(t[k] | 0x20);
	}
	if (lexicon_is_common(x, low, j - i) || (lexicon_flags(x, low, j - i)
	    & W_FUNCTION) || known_part(x, t + i, j - i))
		return 0;
	return e;
}

/* Cuts text into words, numbers and punctuation; looks words up. */
static void
scan(const struct lexicon *x, struct people *p, const char *t, size_t len)
{
	struct word *w;
	struct memo *m;
	size_t i = 0, j, n, cn, k, letters, upper, digits, beyond;
	uint32_t c, h;
	char small[64], *low;

	p->w = p->wbuf;
	p->nw = 0;
	if (p->memo == NULL || p->memo_of != x) {
		free(p->memo);
		p->memo = ecalloc(MEMO_SLOTS, sizeof *p->memo);
		p->memo_of = x;
	}
	while (i < len) {
		if (t[i] == ' ') {	/* most bytes between words */
			i++;
			continue;
		}
		c = cp_at(t, len, i, &n);
		if (c == '\t' || c == '\n' || c == '\r' || c == 0xa0) {
			i += n;
			continue;
		}
		w = new_word(p, i);
		if (!is_wordchar(c)) {
			w->kind = K_PUNCT;
			w->e = i + n;
			w->plain = c < 0x80;
			i += n;
			continue;
		}
		w->kind = c < 0x80 && c >= '0' && c <= '9' ? K_NUM : K_WORD;
		w->cap = cp_is_upper(c);
		letters = upper = digits = beyond = 0;
		for (j = i; j < len;) {
			/* an ASCII letter or digit, most of a word's: counted
			 * without the decoding and the tests below */
			if (t[j] >= 'a' && t[j] <= 'z') {
				letters++;
				j++;
				continue;
			}
			if (t[j] >= 'A' && t[j] <= 'Z') {
				letters++;
				upper++;
				j++;
				continue;
			}
			if (t[j] >= '0' && t[j] <= '9') {
				digits++;
				j++;
				continue;
			}
			c = cp_at(t, len, j, &cn);
			if (is_wordchar(c)) {
				beyond |= c >= 0x80;
				digits += c >= '0' && c <= '9';
				letters += !(c >= '0' && c <= '9');
				upper += cp_is_upper(c);
				j += cn;
				continue;
			}
			/* "al-Sharabi", "el-Sisi": the article is the name's */
			if (c == '-' && arabic_article(t + i, j - i) &&
			    j + 1 < len && cp_is_upper(cp_at(t, len, j + 1,
			    &n))) {
				w->cap = 1;
				j++;
				continue;
			}
			/* "Glawischnig-Piesczek", "Jean-Claude", "St-Onge"
			 * are one name; "Russia-Mongolia-China" are three */
			if (c == '-' && w->cap && j + 1 < len &&
			    cp_is_upper(cp_at(t, len, j + 1, &n)) &&
			    !known_part(x, t + i, j - i)) {
				j++;
				continue;
			}
			/* O'Brien stays one word; Russia's is Russia + 's
			 * (’ is U+2019, of cn bytes) */
			if ((c == '\'' || c == 0x2019) && j + cn < len &&
			    is_wordchar(cp_at(t, len, j + cn, &n)) &&
			    !((t[j + cn] == 's' || t[j + cn] == 'S') &&
			    (j + cn + 1 == len ||
			    !is_wordchar(cp_at(t, len, j + cn + 1, &n))))) {
				beyond |= c >= 0x80;
				j += cn;
				continue;
			}
			if (c == '.' && initials(t, i, j)) {
				j++;		/* U.S. */
				if (j < len && is_wordchar(cp_at(t, len, j, &n)))
					continue;
				break;
			}
			if (c == '.' && lexicon_flags(x, t + i, j - i + 1))
				j++;		/* Mr., Inc., No. */
			break;
		}
		w->e = j;
		w->allcaps = letters >= 2 && letters <= 6 && upper == letters &&
		    digits == 0;
		w->digits = digits > 0;
		w->upper = letters >= 2 && upper == letters;
		/* every ASCII capital of the word is counted in upper, and
		 * every character beyond ASCII that the word took went
		 * through cp_at (not the one that ended it: "de« clare") */
		w->plain = upper == 0 && !beyond;
		h = lexicon_hash(t + i, j - i);
		m = &p->memo[h & (MEMO_SLOTS - 1)];
		if (m->h == h && m->n == j - i && (j - i > 16 ?
		    memcmp(m->s, t + i, j - i) == 0 : mem_same_short(m->s,
		    t + i, j - i))) {
			w->ent = m->ent;
			w->exact = m->exact;
			w->lower = m->lower;
			w->common = m->common;
			i = j;
			continue;
		}
		/* only a capitalised word can start a name: the others
		 * need one look-up, not the stemming of lexicon_is_common */
		w->ent = lexicon_get_hashed(x, t + i, j - i, h);
		w->lower = w->exact = w->ent ? w->ent->flags : 0;
		if (upper > 0) {
			/* lowered as it is copied, to the stack when it is
			 * short (most words): a call of buf_addc a byte was
			 * half a per cent of the instructions, buf_add a word
			 * a few tenths */
			if (j - i <= sizeof small)
				low = small;
			else {
				buf_reset(&p->low);
				buf_reserve(&p->low, j - i);
				low = p->low.data;
			}
			for (k = 0; k < j - i; k++)
				low[k] = (char)(t[i + k] >= 'A' && t[i + k] <=
				    'Z' ? t[i + k] | 0x20 : t[i + k]);
			w->lower = lexicon_flags(x, low, j - i);
			/* "Later Roosevelt", "Whether Murray": an opener
			 * starts no name, at a sentence's start or after a
			 * full stop the splitter did not see ("a statement
			 * later.- Later Roosevelt advised"), as a function
			 * word does not */
			if (w->lower & W_OPENER)
				w->lower |= W_FUNCTION;
			/* lexicon_is_common, without looking the lower case
			 * up a second time */
			w->common = w->kind == K_WORD && ((w->lower & W_COMMON)
			    || lexicon_stem_is_common(x, low, j - i));
		}
		if (j - i <= MEMO_MAX) {
			m->ent = w->ent;
			m->exact = w->exact;
			m->lower = w->lower;
			m->common = (unsigned char)w->common;
			m->h = h;
			m->n = (unsigned char)(j - i);
			memcpy(m->s, t + i, j - i);
		}
		i = j;
	}
}

struct finder {
	const struct lexicon	*x;
	struct people		*p;
	const char		*t;
	size_t			 len;		/* of t */
	enum names_mode		 mode;
	struct mentions		*out;
	int			 headline;
	size_t			 first;		/* the first word of the sentence */
};

/* A word that starts with a capital.  Only scan sets cap, and only on a
 * K_WORD: a number starts with a digit, and punctuation is neither (the
 * loops over a sentence's words ask this of every word, so it is one
 * load, not two). */
static int
capword(const struct word *w)
{
	return w->cap;
}

/* Is word i of the sentence the string s, as written? */
static int
word_is(const struct finder *f, size_t i, const char *s)
{
	const struct word *w = &f->p->w[i];
	size_t n = strlen(s);

	return w->e - w->s == n && memcmp(f->t + w->s, s, n) == 0;
}

/* Is word i of the sentence, as written, one of the n strings of list? */
static int
word_among(const struct finder *f, size_t i, const char *const *list,
    size_t n)
{
	const struct word *w = &f->p->w[i];

	return mem_among(f->t + w->s, w->e - w->s, list, n);
}

static void
emit(struct finder *f, size_t a, size_t b, enum etype type,
    enum normaliser how, const char *norm, const char *code)
{
	struct mention m;

	if (f->mode != NAMES_EMIT)
		return;
	memset(&m, 0, sizeof m);
	m.s = f->p->w[a].s;
	m.e = f->p->w[b].e;
	m.type = type;
	m.how = how;
	m.norm = norm;
	m.code = code;
	mentions_add(f->out, &m);
}

static void
person(struct finder *f, size_t a, size_t b, const char *norm)
{
	struct word *w = f->p->w;

	if (f->mode == NAMES_COLLECT) {
		count_at(f->p, w[a].s, w[b].e);
		add_person(f->p, f->t + w[a].s, w[b].e - w[a].s,
		    f->p->nsc ? f->p->nsc - 1 : SIZE_MAX, w[a].s);
	} else
		emit(f, a, b, E_PERSON, N_PERSON, norm, NULL);
}

/* Is words a..b the name of a person the document names, in full or as
 * written? */
static const char *
known(const struct finder *f, size_t a, size_t b)
{
	const struct word *w = f->p->w;

	/* (any name will do: "HUGHES" is a person if "JIRS CHARJUES
	 * EVfcNS HUGHES" is, though not its norm) */
	return fullest(f->p, f->t + w[a].s, w[b].e - w[a].s, 0);
}

/* A capitalised word that looks like part of a personal name. */
static int
name_like(const struct finder *f, size_t i)
{
	const struct word *w = f->p->w;
	const struct lexent *e;

	if (!(i < f->p->nw && capword(&w[i]) && !w[i].common &&
	    !w[i].allcaps && !w[i].digits && !(w[i].lower & W_FUNCTION) &&
	    !(w[i].exact & (W_TITLE | W_TITLEPRE | W_ORGCUE | W_EVENTCUE))))
		return 0;
	e = w[i].ent;	/* scan's look-up of the word */
	return e == NULL || e->type == E_NONE;
}

/*
 * The longest gazetteer phrase in words i..end (at most), read from t (the
 * text, or a copy in another case with the same offsets); its last word
 * in *last.
 */
static const struct lexent *
longest(const struct finder *f, size_t i, size_t end, const char *t,
    size_t *last)
{
	const struct word *w = f->p->w;
	const struct lexent *e, *hit = NULL;
	size_t j;

	for (j = i; j <= end; j++) {
		/* the word alone was looked up by scan */
		e = j == i && t == f->t ? w[i].ent : lexicon_get(f->x,
		    t + w[i].s, w[j].e - w[i].s);
		if (e == NULL)
			break;
		if (e->type != E_NONE && w[j].kind != K_PUNCT) {
			hit = e;
			*last = j;
		}
		if (!(e->flags & W_PREFIX))
			break;
	}
	return hit;
}

/* The text with words i..end in title case ("NEW YORK" -> "New York"),
 * at the same offsets, in the finder's scratch buffer. */
static const char *
title_case(struct finder *f, size_t i, size_t end)
{
	const struct word *w = f->p->w;
	struct buf *b = &f->p->low;
	size_t k, c;

	buf_reset(b);
	buf_add(b, f->t, w[end].e);
	for (k = i; k <= end; k++)
		for (c = w[k].s + 1; c < w[k].e; c++)
			if (b->data[c] >= 'A' && b->data[c] <= 'Z')
				b->data[c] |= 0x20;
	return b->data;
}

/* A capitalised word that can be part of a name run (no title, no cue). */
static int
in_run(const struct finder *f, size_t i)
{
	const struct word *w = f->p->w;

	return i < f->p->nw && capword(&w[i]) && !(w[i].lower & W_FUNCTION) &&
	    !(w[i].exact & (W_TITLE | W_TITLEPRE | W_ORGCUE | W_EVENTCUE));
}

/* Is word i in capitals between words that are not ("the WHO said",
 * not "WHO WILL WIN")? */
static int
caps_alone(const struct finder *f, size_t i)
{
	const struct word *w = f->p->w;

	return i > f->first && !w[i - 1].upper &&
	    (i + 1 == f->p->nw || !w[i + 1].upper);
}

/* Does word i follow a capitalised word and a comma ("Albany, N.Y.")? */
static int
after_town(const struct finder *f, size_t i)
{
	const struct word *w = f->p->w;

	return i >= f->first + 2 && w[i - 1].kind == K_PUNCT &&
	    f->t[w[i - 1].s] == ',' && w[i - 2].cap;
}

/* Is word i followed by a comma and a state's abbreviation ("BUFFALO,
 * N. Y.", a dateline)? */
static int
before_state(const struct finder *f, size_t i)
{
	const struct word *w = f->p->w;
	const struct lexent *e;
	size_t j, n = f->p->nw;

	if (i + 2 >= n || w[i + 1].kind != K_PUNCT || f->t[w[i + 1].s] != ',')
		return 0;
	for (j = i + 2; j < n && j < i + 5; j++) {
		e = lexicon_get(f->x, f->t + w[i + 2].s, w[j].e - w[i + 2].s);
		if (e == NULL)
			return 0;
		if (e->flags & W_AFTERPLACE)
			return 1;
	}
	return 0;
}

/* Is word i followed, past a full stop maybe, by a word in capitals? */
static int
caps_follow(const struct finder *f, size_t i)
{
	const struct word *w = f->p->w;
	size_t j = i + 1;

	if (j < f->p->nw && w[j].kind == K_PUNCT && f->t[w[j].s] == '.')
		j++;
	return j < f->p->nw && w[j].upper;
}

/*
 * "North Troy", "North Bennington", "East Liverpool": a compass word,
 * which the gazetteer has alone (the region), before the name of a town
 * is part of the town's name.  Returns the town's word, i + 1, or 0: the next word
 * is neither a town of the gazetteer nor a name unknown to it or of a
 * person ("North Adams"), but a common word ("North Side"), a people
 * ("North American") or a country; or "the" comes first ("the South
 * Hughes carried"); or a generic word or cue follows ("North Platte
 * river"), which the name's own rule reads.  Not in capitals, where a
 * masthead ("EAST OREGONIAN") or a headline is as likely.
 */
static size_t
compass_place(const struct finder *f, size_t i)
{
	static const char *const compass[] = { "North", "South", "East",
	    "West", "Northeast", "Northwest", "Southeast", "Southwest" };
	const struct word *w = f->p->w;
	const struct word *next = &w[i + 1];
	const struct lexent *e;

	if (i + 1 >= f->p->nw || w[i].upper || !capword(next) ||
	    next->upper || next->digits || (next->lower & W_FUNCTION) ||
	    (next->exact & (W_TITLE | W_TITLEPRE | W_ORGCUE | W_EVENTCUE)))
		return 0;
	if (i + 2 < f->p->nw && ((w[i + 2].lower & W_GENERIC) ||
	    (w[i + 2].exact & (W_GPECUE | W_LOCCUE | W_FACCUE))))
		return 0;
	if (i > 0 && (word_is(f, i - 1, "the") || word_is(f, i - 1, "The")))
		return 0;
	if (!word_among(f, i, compass, sizeof compass / sizeof *compass))
		return 0;
	e = next->ent;
	if (e != NULL && e->type == E_GPE)
		return lexicon_code(f->x, e)[0] == '\0' ? i + 1 : 0;
	if (next->common || (e != NULL && e->type != E_NONE &&
	    e->type != E_PERSON))
		return 0;
	return i + 1;
}

/* Longest gazetteer phrase starting at each capitalised word. */
static void
gazetteer(struct finder *f)
{
	struct word *w = f->p->w;
	const struct lexent *hit;
	size_t i, j, k, n = f->p->nw, end, last = 0;

	for (i = 0; i < n; i++) {
		if (!capword(&w[i]))
			continue;
		/* the phrase depends on the words alone: the second pass
		 * takes the first's, which was a fifth of the look-ups */
		if (w[i].gazlast == GAZ_UNSEEN) {
			end = i + 7 < n ? i + 7 : n - 1;
			hit = longest(f, i, end, f->t, &last);
			/* "LONDON", "NEW YORK" in a headline: try "London";
			 * a word of two only before another ("ST. LOUIS":
			 * "IN", "OF" alone are words) */
			if (hit == NULL && w[i].upper && (w[i].e - w[i].s >= 3 ||
			    caps_follow(f, i)))
				hit = longest(f, i, end, title_case(f, i, end),
				    &last);
			w[i].gazhit = hit;
			w[i].gazlast = hit ? last : GAZ_NONE;
		}
		hit = w[i].gazhit;
		if (hit)
			last = w[i].gazlast;
		if (hit && last == i && (k = compass_place(f, i)) != 0) {
			for (j = i; j <= k; j++) {
				w[j].covered = 1;
				w[j].gaztype = E_GPE;
			}
			emit(f, i, k, E_GPE, N_TEXT, NULL, NULL);
			i = k;
			continue;
		}
		/* "IS", "IN" in capitals are words, not places; but "the
		 * WHO said": a word in capitals among others that are not
		 * is the name; and "BUFFALO, N. Y." a town */
		if (hit && last == i && w[i].upper && (w[i].common ||
		    (w[i].lower & W_FUNCTION)) && !caps_alone(f, i) &&
		    !before_state(f, i))
			hit = NULL;
		if (hit == NULL)
			continue;
		/* "Mass." is the state in "Boston, Mass." and the service
		 * in "went to Mass." */
		if ((hit->flags & W_AFTERPLACE) && !after_town(f, i))
			continue;
		/* "Reading" opening a sentence is a verb, not the town
		 * ("Reading, Pa." is the town); "Republican" is an
		 * affiliation, not the river */
		if (last == i && ((i == f->first && w[i].common &&
		    !w[i].allcaps && !before_state(f, i)) ||
		    (w[i].exact & (W_TITLE | W_TITLEPRE))))
			continue;
		/* "Nancy Pelosi", "Alexander Chupriyan": a lone city or
		 * person of the gazetteer next to an unknown name is part
		 * of that name (countries stay: "China Daily"; so does a
		 * place after "of" or "in": "Governor of Kharkiv Oleh
		 * Syniehubov") */
		if (last == i && lexicon_code(f->x, hit)[0] == '\0' && (name_like(f, i + 1) ||
		    (i > 0 && name_like(f, i - 1) && !w[i - 1].covered)) &&
		    !(i > 0 && !w[i - 1].cap && (w[i - 1].lower & (W_LOCPREP |
		    W_CONNECTOR))))
			continue;
		/* "Professor David Livermore" is not the painter David and
		 * the suffragist Livermore: a one-word person of the
		 * gazetteer only stands alone */
		if (last == i && hit->type == E_PERSON && (in_run(f, i + 1) ||
		    (i > 0 && in_run(f, i - 1) && !w[i - 1].covered)))
			continue;
		for (j = i; j <= last; j++) {
			w[j].covered = 1;
			w[j].gaztype = hit->type;
		}
		/* (a lone word keeps its text: "Burton" in 1916 is the
		 * senator, not the gazetteer's actor) */
		if (hit->type == E_PERSON)
			person(f, i, last, last > i ? lexicon_norm(f->x, hit) :
			    NULL);
		else if (f->mode == NAMES_EMIT)
			emit(f, i, last, hit->type, N_FIXED,
			    lexicon_norm(f->x, hit), lexicon_code(f->x, hit));
		i = last;
	}
}

/*
 * A word that may stand alone for a person named in full elsewhere:
 * "Putin", "Trump", not "Is" (of an OCR "Is Hncrlllcetl"), "J.", "III".
 */
static int
lone_name(const struct finder *f, size_t i)
{
	const struct word *w = f->p->w;

	return capword(&w[i]) && !(w[i].lower & W_FUNCTION) &&
	    w[i].e - w[i].s >= 3 && f->t[w[i].e - 1] != '.';
}

/*
 * Words that can make a personal name with nothing else to go by: no
 * digits ("Airbus A300s"), no function word ("Leave Me"), no "of"
 * ("Alexander Gagay of Yekaterinburg" is a person of a place).
 */
static int
plain_name(const struct finder *f, size_t a, size_t b)
{
	const struct word *w = f->p->w;
	size_t i;

	for (i = a; i <= b; i++)
		if (w[i].digits || (w[i].cap && (w[i].lower & W_FUNCTION)) ||
		    word_is(f, i, "of"))
			return 0;
	return 1;
}

/*
 * A capital inside a word of ASCII letters after a lower-case letter,
 * but not a surname's prefix: "SouthFront", not "McCarthy", "DeVita".
 */
static int
camel_case(const struct finder *f, size_t i)
{
	static const char *const prefixes[] = { "Mc", "Mac", "De", "Di",
	    "Da", "Du", "Le", "La", "Van", "Von" };
	const char *t = f->t + f->p->w[i].s;
	size_t n = f->p->w[i].e - f->p->w[i].s, k, inner = 0;

	if (n < 4 || !(t[0] >= 'A' && t[0] <= 'Z'))
		return 0;
	for (k = 1; k < n; k++) {
		if (!((t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' &&
		    t[k] <= 'Z')))
			return 0;
		if (t[k] >= 'A' && t[k] <= 'Z' && t[k - 1] >= 'a' &&
		    t[k - 1] <= 'z' && inner == 0)
			inner = k;
	}
	if (inner == 0)
		return 0;
	for (k = 0; k < sizeof prefixes / sizeof *prefixes; k++)
		if (strlen(prefixes[k]) == inner &&
		    strncmp(t, prefixes[k], inner) == 0)
			return 0;
	return 1;
}

/*
 * "Theresa May", "Brian May": a month's name after given names that are
 * no common English word and no name of the gazetteer's is a surname;
 * before a number it is the date's ("Smith May 5" was cut in span).
 */
static int
month_surname(const struct finder *f, size_t a, size_t b)
{
	static const char *const months[] = { "January", "February",
	    "March", "April", "May", "June", "July", "August", "September",
	    "October", "November", "December" };
	const struct word *w = f->p->w;
	size_t i;

	if (b + 1 < f->p->nw && w[b + 1].kind == K_NUM)
		return 0;
	if (!word_among(f, b, months, sizeof months / sizeof *months))
		return 0;
	for (i = a; i < b; i++)
		if (!name_like(f, i))
			return 0;
	return 1;
}

/* A run of uncovered capitalised words, a..b: whose name is it? */
static void
piece(struct finder *f, size_t a, size_t b, int titled)
{
	struct word *w = f->p->w;
	size_t n = f->p->nw, np, i;
	const char *full;

	while (a <= b && (w[a].lower & W_FUNCTION))
		a++;
	/* a sentence opens with a capital: "Support SouthFront" (but see
	 * names_late) */
	if (a <= b && a == f->first && w[a].common && !w[a].allcaps &&
	    !(w[a].exact & W_TITLE) && !(f->mode == NAMES_EMIT && known(f, a, b)))
		a++;
	/* "NYC Mayor de Blasio", "GOP Senator Smith": the office's place or
	 * body, in capitals, before the title is no part of the name */
	if (a + 1 < b && w[a].allcaps && (w[a + 1].exact & W_TITLE))
		a++;
	/* a <= b comes first; cppcheck reads a < b as the check of w[a] */
	/* cppcheck-suppress arrayIndexThenCheck */
	while (a <= b && ((w[a].exact & W_TITLE) || ((w[a].exact &
	    W_TITLEPRE) && a < b && (w[a + 1].exact & (W_TITLE | W_TITLEPRE))))) {
		titled = 1;
		a++;
		/* "Secretary of State Mike Pompeo": "of State" is the
		 * title's; "Mayor of Koszalin Piotr Jedlinski": a word
		 * that is no common English is the office's place */
		if (a + 2 <= b && (w[a].lower & W_CONNECTOR) && !w[a].cap &&
		    capword(&w[a + 1])) {
			if (name_like(f, a + 1) && capword(&w[a + 2]))
				emit(f, a + 1, a + 1, E_GPE, N_TEXT, NULL,
				    NULL);
			a += 2;
		}
	}
	if (titled && a <= b && !capword(&w[a]))
		return;		/* "Archbishop of Gdańsk" is an office */
	if (a > b)
		return;
	/* "Miss Viola Rollins of Barton", "John Mack of Westboro": a
	 * person of a place, not a name with "of" in it; a name of one
	 * word before it ("Joan of Arc") is left whole */
	for (i = a + 2; i < b; i++)
		if (!w[i].cap && (word_is(f, i, "of") || word_is(f, i, "for"))) {
			b = i - 1;
			break;
		}
	while (b > a && !capword(&w[b]))
		b--;		/* a trailing connector */
	np = b - a + 1;
	full = f->mode == NAMES_EMIT ? known(f, a, b) : NULL;
	if (f->headline) {	/* title case says little: known names only */
		if (full)
			person(f, a, b, NULL);
		else
			for (i = a; i <= b; i++)
				if (lone_name(f, i) && f->mode == NAMES_EMIT &&
				    known(f, i, i))
					person(f, i, i, NULL);
		return;
	}
	if (titled && np <= 4)
		person(f, a, b, NULL);
	else if (np <= 3 && !full && b + 2 < n && w[b + 1].kind == K_PUNCT &&
	    f->t[w[b + 1].s] == ',' && w[b + 2].gaztype == E_GPE &&
	    plain_name(f, a, b))
		/* "El Cajon, California", "Frederick, Maryland" */
		emit(f, a, b, E_GPE, N_TEXT, NULL, NULL);
	else if (w[a].allcaps && np <= 3 && !w[a].common)
		emit(f, a, b, E_ORG, N_TEXT, NULL, NULL);
	else if (np <= 3 && a > 0 && w[a - 1].kind == K_WORD &&
	    !w[a - 1].cap && f->t[w[a - 1].s] == 't' &&
	    w[a - 1].e - w[a - 1].s == 3 && !memcmp(f->t + w[a - 1].s, "the", 3)
	    && f->t[w[b].e - 1] == 's' && !w[b].common && !full &&
	    lexicon_get(f->x, f->t + w[b].s, w[b].e - w[b].s - 1) == NULL &&
	    !(w[b].e - w[b].s > 4 && !memcmp(f->t + w[b].e - 3, "ans", 3)))
		/* "the Bruins", "the Devil Rays": a team, a band */
		emit(f, a, b, E_ORG, N_TEXT, NULL, NULL);
	else if (np >= 2 && np <= 4 && !w[b].common && plain_name(f, a, b))
		person(f, a, b, NULL);
	else if (np == 1 && full && lone_name(f, a))
		person(f, a, b, NULL);
	else if (np == 1 && camel_case(f, a))
		/* "SouthFront", "YouTube", "PayPal": a brand */
		emit(f, a, b, E_ORG, N_TEXT, NULL, NULL);
	else if (np == 1 && !w[a].common && a > 0 &&
	    w[a - 1].kind == K_WORD && (w[a - 1].lower & W_LOCPREP) &&
	    !w[a - 1].cap)
		emit(f, a, b, E_GPE, N_TEXT, NULL, NULL);
	else if (np <= 3 && b + 1 < n && (w[b + 1].lower & W_SAYS) &&
	    !w[b + 1].cap && !w[b].common)
		person(f, a, b, NULL);
}

/* An organisation cue in a..b, or a lower-case one just after it. */
static int
org_cue(const struct finder *f, size_t a, size_t b)
{
	const struct word *w = f->p->w;
	size_t i, n = f->p->nw;

	for (i = a; i <= b; i++)
		if (w[i].exact & W_ORGCUE)
			return 1;
	for (i = b + 1; i < n && i <= b + 2; i++) {
		if (w[i].kind != K_WORD || w[i].cap)
			return 0;
		if (w[i].lower & W_ORGNEXT)
			return 1;
	}
	return 0;
}

/*
 * The office whose title ends at word t of a..t: the words before its
 * title words become an organisation when they hold a cue ("Senate" of
 * "Senate Minority Leader").  Returns whether they do.
 */
static int
office_body(struct finder *f, size_t a, size_t t)
{
	struct word *w = f->p->w;
	size_t e;

	for (e = t; e > a && (w[e].exact & (W_TITLE | W_TITLEPRE)); e--)
		;
	/* "Department of Justice" is whole: no office after "of" */
	if (!capword(&w[e]) || (w[e].exact & (W_TITLE | W_TITLEPRE)) ||
	    !org_cue(f, a, e))
		return 0;
	while (a < e && (w[a].lower & W_FUNCTION))
		a++;
	/* a lone "Senate" the gazetteer knows is emitted already */
	if (!(a == e && w[a].covered))
		emit(f, a, e, E_ORG, N_TEXT, NULL, NULL);
	return 1;
}

/*
 * "Senate Minority Leader Chuck Schumer", "Emergencies Minister Yevgeny
 * Zinichev": the last title in a span splits it into the office (see
 * office_body) and the person; "the Senate Majority Leader," with no one
 * after it is the office alone.  Returns the first word after the title
 * (b + 1 when the title ends the span), or a when there is none.
 */
static size_t
split_office(struct finder *f, size_t a, size_t b)
{
	struct word *w = f->p->w;
	size_t t;

	if (b > a && (w[b].exact & W_TITLE) && office_body(f, a, b))
		return b + 1;
	for (t = b; t-- > a;)
		if ((w[t].exact & W_TITLE) && capword(&w[t + 1]) &&
		    !(w[t + 1].exact & (W_TITLE | W_TITLEPRE)))
			break;
	if (t == (size_t)-1 || t < a || !(w[t].exact & W_TITLE) ||
	    org_cue(f, t + 1, b))
		return a;
	office_body(f, a, t);
	return t + 1;
}

/*
 * Is the event cue at word i of a..b part of an office ("Secretary of
 * War", "Secretary of State for War", "War Minister")?  A title before it
 * and "of" or "for" between (after the title's own "of State"), or a
 * title after it.
 */
static int
office_cue(const struct finder *f, size_t a, size_t b, size_t i)
{
	const struct word *w = f->p->w;

	if (i < b && (w[i + 1].exact & W_TITLE))
		return 1;
	if (i < a + 2 || w[i - 1].cap)
		return 0;
	return (w[i - 2].exact & W_TITLE) || (i >= a + 4 &&
	    capword(&w[i - 2]) && !w[i - 3].cap && word_is(f, i - 3, "of") &&
	    (w[i - 4].exact & W_TITLE));
}

/* Is word i a party's ("Republican", "Labour")? */
static int
party_word(const struct finder *f, size_t i)
{
	static const char *const party[] = { "Republican", "Democratic",
	    "Progressive", "Socialist", "Prohibition", "Labor", "Labour",
	    "Liberal", "Conservative", "Populist", "Unionist", "Whig" };

	return word_among(f, i, party, sizeof party / sizeof *party);
}

/*
 * "Republican National Convention", "Democratic State Convention",
 * "Progressive Convention": a party's convention is an event, though
 * "Republican" is also a title (a person would follow) and "Convention"
 * a treaty's last word ("Geneva Convention").
 */
static int
party_convention(const struct finder *f, size_t a, size_t b)
{
	return b > a && word_is(f, b, "Convention") && (party_word(f, b - 1) ||
	    word_is(f, b - 1, "National") || word_is(f, b - 1, "State"));
}

static void span(struct finder *, size_t, size_t);

/*
 * "the Democratic party", "the Progressive party": a party's word and
 * "party" in lower case, as older papers print it, are the party, an
 * organisation ("Democratic Party"), not a people's adjective nor
 * nothing ("the Republican party" was no name at all).  The words of
 * the name a..g-1 before the party's are a name of their own ("Kansas").
 * Returns whether g - 1 is a party's word.
 */
static int
party_name(struct finder *f, size_t a, size_t g)
{
	const struct word *w = f->p->w;
	struct mention m;
	size_t b = g - 1;

	if (!word_is(f, g, "party") || !party_word(f, b))
		return 0;
	if (a < b)
		span(f, a, b - 1);
	if (f->mode != NAMES_EMIT)
		return 1;
	memset(&m, 0, sizeof m);
	m.s = w[b].s;
	m.e = w[g].e;
	m.type = E_ORG;
	m.how = N_TEXT;
	if (m.e - m.s < sizeof m.val) {
		memcpy(m.val, f->t + m.s, m.e - m.s);
		m.val[m.e - m.s] = '\0';
		m.val[w[g].s - m.s] = 'P';
		m.norm_in_val = 1;
	}
	mentions_add(f->out, &m);
	return 1;
}

/* Is word i a determiner, capitalised ("The", "Your", "This"), or print's
 * misreading of "The" ("Tho", "Ihe", "Tlie": one byte off it)? */
static int
determiner(const struct finder *f, size_t i)
{
	static const char *const det[] = { "The", "This", "That", "These",
	    "Those", "Your", "Our", "My", "Their", "His", "Her", "Its",
	    "Said", "Every", "Each", "Any", "No" };
	const char *t = f->t + f->p->w[i].s;
	size_t n = f->p->w[i].e - f->p->w[i].s, pre, post;

	return word_among(f, i, det, sizeof det / sizeof *det) ||
	    ((t[0] == 'T' || t[0] == 'I') && n >= 3 && n <= 4 &&
	    mem_one_edit(t, n, "The", 3, &pre, &post));
}

/*
 * "Marion county", "North sea", "Main street": words a..b of a name and
 * the generic word g after it in lower case, as older papers print it
 * (names.tsv's generic class), are one place, of the type of the word's
 * capitalised form, and its norm has that capital ("Marion County").
 * The name is plain: no title, cue, capitals, digits or initial, and
 * but for a county, no people ("the Russian river", "the German sea" stay
 * a people's adjective).  With body set (names_late), a body whose
 * generic word is an organisation's ("First National bank", "the
 * Commercial club") instead, an ORG, but not after a determiner alone,
 * after "a" or "an" ("a Baptist church" is none by name), a place alone
 * ("a London bank") or a body the gazetteer knows ("the Boeing company").
 * Returns whether it is such a place or body.
 */
static int
generic_place(struct finder *f, size_t a, size_t g, int body)
{
	static const char *const indefinite[] = { "a", "an", "A", "An" };
	const struct word *w = f->p->w;
	char cue[16];
	size_t i, n = w[g].e - w[g].s;
	unsigned flags;
	struct mention m;

	/* "County Recorder of Navajo county": the place is after "of" */
	for (i = g; i-- > a;)
		if (!w[i].cap) {
			a = i + 1;
			break;
		}
	/* "Into Whitehall street", "The county": a sentence's first word
	 * is capitalised whatever it is */
	for (i = 0; i < a && w[i].kind == K_PUNCT; i++)
		;
	if (i == a && a < g && (w[a].common || (w[a].lower & (W_FUNCTION |
	    W_OPENER | W_LOCPREP))))
		a++;
	if (a == g || n >= sizeof cue || f->t[w[g].s] < 'a' ||
	    f->t[w[g].s] > 'z')
		return 0;
	for (i = a; i < g; i++)
		if (w[i].e - w[i].s < 3 || w[i].allcaps || w[i].digits ||
		    (w[i].exact & (W_TITLE | W_TITLEPRE | W_COURTESY |
		    W_ORGCUE | W_EVENTCUE | W_GPECUE | W_LOCCUE | W_FACCUE)))
			return 0;
	memcpy(cue, f->t + w[g].s, n);
	cue[0] = (char)(cue[0] - 'a' + 'A');
	flags = lexicon_flags(f->x, cue, n);
	if (!(flags & (body ? W_ORGCUE : W_GPECUE | W_LOCCUE | W_FACCUE)))
		return 0;
	/* a people's county is named for it ("Navajo county") */
	for (i = a; i < g && !(flags & W_GPECUE); i++)
		if (w[i].gaztype == E_NORP ||
		    (w[i].ent && w[i].ent->type == E_NORP))
			return 0;
	if (body) {
		/* "The committee", "Your committee", "Tho club" in a line
		 * of capitals: a determiner (or print's misread "the") is no
		 * body's name */
		while (a < g && determiner(f, a))
			a++;
		/* (nor a body the gazetteer knows: "the Boeing company" is
		 * Boeing) */
		for (i = a; i < g && w[i].gaztype == E_ORG; i++)
			;
		if (a == g || i == g || (a > 0 && word_among(f, a - 1,
		    indefinite, sizeof indefinite / sizeof *indefinite)) ||
		    (g == a + 1 &&
		    (w[a].gaztype == E_GPE || w[a].gaztype == E_LOC ||
		    (w[a].ent && (w[a].ent->type == E_GPE ||
		    w[a].ent->type == E_LOC)))))
			return 0;
	}
	if (f->mode != NAMES_EMIT)
		return 1;
	memset(&m, 0, sizeof m);
	m.s = w[a].s;
	m.e = w[g].e;
	m.type = body ? E_ORG : (flags & W_GPECUE) ? E_GPE :
	    (flags & W_LOCCUE) ? E_LOC : E_FAC;
	m.how = N_TEXT;
	if (m.e - m.s < sizeof m.val) {
		memcpy(m.val, f->t + m.s, m.e - m.s);
		m.val[m.e - m.s] = '\0';
		m.val[w[g].s - m.s] = cue[0];
		m.norm_in_val = 1;
	}
	mentions_add(f->out, &m);
	return 1;
}

static void
span(struct finder *f, size_t a, size_t b)
{
	struct word *w = f->p->w;
	size_t i, start;
	int titled = 0, orgcue;

	/* "Anadolu Agency September 27, 2019": a month before a number is
	 * the date's, not the name's */
	if (b > a && (w[b].lower & W_FUNCTION) && b + 1 < f->p->nw &&
	    w[b + 1].kind == K_NUM) {
		b--;
		while (b > a && !w[b].cap && (w[b].lower & W_CONNECTOR))
			b--;	/* "Supreme Court of June 12" */
	}
	if (!f->headline && party_convention(f, a, b)) {
		while (a < b && (w[a].lower & W_FUNCTION))
			a++;
		emit(f, a, b, E_EVENT, N_TEXT, NULL, NULL);
		return;
	}
	/* "Secretary of War Baker", "Minister of Finance Jones": the span
	 * opens with the office's name, after a title and "of" */
	if (!f->headline && a < b && a >= 2 && word_is(f, a - 1, "of") &&
	    (w[a - 2].exact & W_TITLE) && !(w[a + 1].exact & (W_TITLE |
	    W_TITLEPRE)) && !org_cue(f, a + 1, b)) {
		a++;
		titled = 1;
	} else if (!f->headline && (i = split_office(f, a, b)) != a) {
		if (i > b)
			return;	/* an office and no one in it */
		a = i;
		titled = 1;
	}

	/* "Fort Vaux", "Lake Toxaway", "Cape Mendocino": a place, not
	 * a person, unless the gazetteer has the words ("Fort Worth");
	 * "Near Fort Vaux", "Behind Fort Vaux": a sentence's first word is
	 * capitalised whatever it is */
	if (!titled && !f->headline && a == f->first && a + 1 < b &&
	    (w[a + 1].exact & W_PLACEHEAD) && !w[a].covered && (w[a].common ||
	    (w[a].lower & (W_FUNCTION | W_OPENER | W_LOCPREP))))
		a++;
	if (!titled && !f->headline && a < b && (w[a].exact & W_PLACEHEAD) &&
	    !org_cue(f, a, b)) {
		for (i = a; i <= b && !w[i].covered; i++)
			;
		if (i > b) {
			emit(f, a, b, E_LOC, N_TEXT, NULL, NULL);
			return;
		}
	}
	/* "Fairfax County", "Hancock Brook", "Hay Street", "Patriot Act",
	 * "Foreign Policy Concept" */
	if (!titled && !f->headline && a < b && (w[b].exact & (W_GPECUE |
	    W_LOCCUE | W_FACCUE | W_LAWCUE)) && !org_cue(f, a, b)) {
		/* "the Governor of Tyumen Oblast", "District Attorney of
		 * San Bernardino County": an office, then the place */
		for (i = b; i-- > a;)
			if (w[i].exact & W_TITLE) {
				a = i + 1;
				break;
			}
		while (a < b && ((w[a].lower & W_FUNCTION) ||
		    (!w[a].cap && (w[a].lower & W_CONNECTOR))))
			a++;
		if (a < b)
			emit(f, a, b, (w[b].exact & W_GPECUE) ? E_GPE :
			    (w[b].exact & W_LOCCUE) ? E_LOC :
			    (w[b].exact & W_FACCUE) ? E_FAC : E_LAW, N_TEXT,
			    NULL, NULL);
		return;
	}
	/* once: org_cue is linear in the span, and spans of capitalised
	 * words can be long (200,000 "Mr." in a row) */
	orgcue = org_cue(f, a, b);
	for (i = a; i <= b && !f->headline && !orgcue; i++)
		if ((w[i].exact & W_EVENTCUE) && !office_cue(f, a, b, i)) {
			while (a < i && (w[a].lower & W_FUNCTION))
				a++;
			/* "Hurricane Dorian", "2019 Summer Olympics" */
			if (a < b)
				emit(f, a, b, E_EVENT, N_TEXT, NULL, NULL);
			return;
		}

	if (!titled && orgcue && !f->headline) {
		while (a <= b && ((w[a].lower & W_FUNCTION) ||
		    (w[a].exact & W_TITLE)))
			a++;
		/* "Carl Lipo of Binghamton University": a person of an
		 * organisation; "Tristan Smith of ..." too, a surname that is
		 * a common word after a first name that is none */
		for (i = a + 1; i + 1 <= b; i++)
			if (word_is(f, i, "of"))
				break;
		if (i + 1 <= b && i >= a + 2 && i <= a + 4 &&
		    !org_cue(f, a, i - 1) && plain_name(f, a, i - 1) &&
		    (!w[i - 1].common || name_like(f, a)) && !w[a].covered) {
			piece(f, a, i - 1, 0);
			emit(f, i + 1, b, E_ORG, N_TEXT, NULL, NULL);
			return;
		}
		/* "House Intelligence Committee Representative Adam
		 * Schiff": a name after the last cue is no part of it */
		for (i = b; i > a && !(w[i].exact & W_ORGCUE); i--)
			;
		if ((w[i].exact & W_ORGCUE) && b >= i + 2 &&
		    name_like(f, b) && capword(&w[b - 1])) {
			emit(f, a, i, E_ORG, N_TEXT, NULL, NULL);
			piece(f, i + 1, b, 0);
			return;
		}
		/* a lone "Media" is a word; "Media group", "Media Ltd" not */
		if (a < b || (a == b && !w[a].covered &&
		    !(w[a].exact & W_ORGCUE)))
			emit(f, a, b, E_ORG, N_TEXT, NULL, NULL);
		return;
	}
	/* the gazetteer's hits cut the span into pieces */
	for (i = a; i <= b;) {
		while (i <= b && w[i].covered)
			i++;
		if (i > b)
			break;
		start = i;
		while (i <= b && !w[i].covered)
			i++;
		piece(f, start, i - 1, titled);
	}
}

static int
is_headline(const struct finder *f)
{
	const struct word *w = f->p->w;
	size_t i, words = 0, capcommon = 0, allcaps = 0;

	/* "Putin Approves New Concept of Russia's Foreign Policy": common
	 * words written with capitals; a caption full of names is not */
	for (i = 0; i < f->p->nw; i++) {
		if (w[i].kind != K_WORD || w[i].e - w[i].s < 2)
			continue;
		words++;
		capcommon += w[i].cap && !w[i].covered && (w[i].common ||
		    (w[i].lower & W_FUNCTION));
		allcaps += w[i].allcaps;
	}
	/* a long sentence that ends with a full stop is prose */
	if (words > 8 && f->p->nw > 0 && f->p->w[f->p->nw - 1].kind == K_PUNCT &&
	    f->t[f->p->w[f->p->nw - 1].s] == '.')
		return 0;
	return (capcommon >= 3 && capcommon * 5 >= words * 2) ||
	    (words >= 2 && allcaps * 2 >= words);
}

/*
 * The first pass keeps each sentence's words so that the second need not
 * cut and look them up again (half the dictionary look-ups); the gazetteer
 * marks are redone, the rest is as scanned.  This makes room for them;
 * names_find copies them there once its gazetteer has looked for the
 * phrases, which are kept with them.
 */
static void
keep_scan(struct people *p, const char *text, size_t len)
{
	struct scanned *sc;

	if (p->nkept + p->nw > p->capkept) {
		while (p->nkept + p->nw > p->capkept)
			p->capkept = p->capkept ? p->capkept * 2 : 256;
		p->kept = ereallocarray(p->kept, p->capkept, sizeof *p->kept);
	}
	if (p->nsc == p->capsc) {
		p->capsc = p->capsc ? p->capsc * 2 : 64;
		p->sc = ereallocarray(p->sc, p->capsc, sizeof *p->sc);
	}
	sc = &p->sc[p->nsc++];
	sc->text = text;
	sc->len = len;
	sc->first = p->nkept;
	sc->n = p->nw;
	p->nkept += p->nw;
}

/* The second pass reads the words where the first left them (kept does
 * not move during the second pass: only keep_scan makes it grow), not a
 * copy of them (the copies were a quarter of a per cent of a run's
 * instructions). */
static void
reuse(struct people *p, const struct scanned *sc)
{
	size_t i;

	/* (kept is still NULL when no sentence had a word) */
	p->w = sc->n > 0 ? p->kept + sc->first : p->wbuf;
	p->nw = sc->n;
	for (i = 0; i < sc->n; i++) {
		p->w[i].covered = 0;
		p->w[i].gaztype = E_NONE;
	}
}

/* Sets f up to read the sentence text (len bytes) whose words p holds. */
static void
finder_start(struct finder *f, const struct lexicon *x, struct people *p,
    const char *text, size_t len, enum names_mode mode, struct mentions *out)
{
	memset(f, 0, sizeof *f);
	f->x = x;
	f->p = p;
	f->t = text;
	f->len = len;
	f->mode = mode;
	f->out = out;
	for (f->first = 0; f->first < p->nw && p->w[f->first].kind != K_WORD;
	    f->first++)
		;
}

void
names_find(const struct lexicon *x, struct people *p, const char *text,
    size_t len, enum names_mode mode, struct mentions *out)
{
	struct finder f;
	struct word *w;
	size_t i, a, b, n;
	struct scanned *sc = NULL;

	p->cur = SIZE_MAX;
	if (mode == NAMES_EMIT && p->next < p->nsc &&
	    p->sc[p->next].text == text && p->sc[p->next].len == len) {
		p->cur = p->next;
		sc = &p->sc[p->next++];
		reuse(p, sc);	/* scanned by the first pass */
	} else {
		scan(x, p, text, len);
		if (mode == NAMES_COLLECT) {
			keep_scan(p, text, len);
			sc = &p->sc[p->nsc - 1];
			sc->headline = -1;
		}
	}
	p->wtext = text;
	p->wlen = len;
	p->wgen++;
	w = p->w;
	n = p->nw;
	finder_start(&f, x, p, text, len, mode, out);
	gazetteer(&f);	/* (before the headline test) */
	if (mode == NAMES_COLLECT && n > 0)
		memcpy(p->kept + sc->first, w, n * sizeof *w);
	/* The test reads the words and the gazetteer's marks, which are
	 * the same in both passes and in names_late: it is made once a
	 * sentence (it was 1 % of a run's instructions, three times). */
	if (sc == NULL || sc->headline < 0)
		f.headline = is_headline(&f);
	else
		f.headline = sc->headline;
	if (sc != NULL)
		sc->headline = f.headline;
	p->wheadline = f.headline;
	for (i = 0; i < n; i++) {
		if (!capword(&w[i]))
			continue;
		a = b = i;
		for (i++; i < n; i++) {
			if (capword(&w[i]))
				b = i;
			else if (i + 1 < n && w[i].kind == K_WORD &&
			    !w[i].cap && (w[i].lower & W_CONNECTOR) &&
			    capword(&w[i + 1]))
				continue;
			else
				break;
		}
		if (b + 1 < n && !f.headline && (((w[b + 1].exact &
		    W_GENERIC) && generic_place(&f, a, b + 1, 0)) ||
		    party_name(&f, a, b + 1))) {
			i = b + 1;
			continue;
		}
		span(&f, a, b);
		i = b;
	}
}

/*
 * A word written as a name is: three letters or more, a capital, then
 * lower case but after "Mc" or "Mac" ("McDonald"): not a brand
 * ("SouthFront") nor OCR's "OAlori", "UKtit".
 */
static int
plain_word(const struct finder *f, size_t i)
{
	const struct word *w = f->p->w;
	const char *t = f->t + w[i].s;
	size_t n = w[i].e - w[i].s, k = 1, letters = 1, len;

	while (k < n) {
		if (cp_is_upper(cp_at(t, n, k, &len)) && !((letters == 2 &&
		    t[0] == 'M' && t[1] == 'c') || (letters == 3 && t[0] ==
		    'M' && t[1] == 'a' && t[2] == 'c')))
			return 0;
		k += len;
		letters++;
	}
	return letters >= 3;
}

/* Does word i end in "ing" or "ed", as a verb does ("Attacking",
 * "Visited")?  A common word that does is no given name. */
static int
verb_form(const struct finder *f, size_t i)
{
	const struct word *w = f->p->w;
	const char *t = f->t;
	size_t n = w[i].e - w[i].s;

	return n > 4 && ((t[w[i].e - 1] == 'g' && t[w[i].e - 2] == 'n' &&
	    t[w[i].e - 3] == 'i') || (t[w[i].e - 1] == 'd' &&
	    t[w[i].e - 2] == 'e'));
}

/* A late person a..b: a candidate, and recorded for the fullest name. */
static void
late_person(struct finder *f, size_t a, size_t b)
{
	const struct word *w = f->p->w;

	emit(f, a, b, E_PERSON, N_PERSON, NULL, NULL);
	people_add_found(f->p, f->t, w[a].s, w[b].e);
}

/*
 * "Moon Jae-in": the names that end at word i, a capitalised word joined
 * by a hyphen (word i + 1) to a second syllable (word i + 2) after a
 * family name (word i - 1), are extended over it, and the whole, with up
 * to two given names before it, is a candidate person.
 */
static void
late_hyphen(struct finder *f, size_t i)
{
	const struct word *w = f->p->w;
	struct mentions *out = f->out;
	size_t k, n = out->n, a = i - 1;

	if (hyphen_given(f->x, &w[i - 1], f->t, f->len, w[i].s, w[i].e) !=
	    w[i + 2].e)
		return;
	/* "Yolanda Yu Hoi-kwan": a given name of the West before it */
	while (a + 3 > i && a > 0 && name_like(f, a - 1) && !w[a - 1].covered)
		a--;
	for (k = 0; k < n; k++) {
		struct mention *m = &out->v[k];

		if (m->e == w[i].e && m->s <= w[i - 1].s && m->type >=
		    E_PERSON && m->type <= E_LOC) {
			/* "Moon" alone is no more "Moon Jae" */
			people_forget(f->p, f->t + m->s, m->e - m->s);
			m->e = w[i + 2].e;
			mention_retype(m, E_PERSON, N_PERSON, NULL, NULL);
		}
	}
	late_person(f, a, i + 2);
}

/* The first word of the run of capitalised words (and connectors between
 * them, as names_find reads them) that ends at word b. */
static size_t
run_start(const struct finder *f, size_t b)
{
	const struct word *w = f->p->w;
	size_t a = b;

	while (a > 0 && (capword(&w[a - 1]) || (a > 1 &&
	    w[a - 1].kind == K_WORD && !w[a - 1].cap &&
	    (w[a - 1].lower & W_CONNECTOR) && capword(&w[a - 2]))))
		a--;
	return a;
}

void
names_late(const struct lexicon *x, struct people *p, const char *text,
    size_t len, struct mentions *out)
{
	struct finder f;
	const struct word *w = p->w;
	size_t i, a, n = p->nw;

	if (p->wtext != text || p->wlen != len)
		return;		/* not the sentence names_find last read */
	finder_start(&f, x, p, text, len, NAMES_EMIT, out);
	f.headline = p->wheadline;	/* names_find's, of the same words */
	if (f.headline)
		return;
	for (i = 0; i < n; i++) {
		if (!capword(&w[i]))
			continue;
		/* "First National bank": the run of capitalised words that
		 * ends at i, then a body's generic word */
		if (i + 1 < n && (w[i + 1].exact & W_ORGGENERIC))
			generic_place(&f, run_start(&f, i), i + 1, 1);
		/* "Moon Jae-in", "Kim Jong-un" */
		if (i > 0 && i + 2 < n && w[i + 1].kind == K_PUNCT &&
		    w[i + 1].s == w[i].e && f.t[w[i].e] == '-' &&
		    w[i + 2].kind == K_WORD && w[i + 2].s == w[i].e + 1)
			late_hyphen(&f, i);
		/* "Theresa May": one or two given names, then a month */
		if (i > 0 && !w[i].covered && name_like(&f, i - 1) &&
		    !w[i - 1].covered && plain_word(&f, i - 1)) {
			a = i - 1;
			if (a > 0 && name_like(&f, a - 1) && !w[a - 1].covered &&
			    plain_word(&f, a - 1))
				a--;
			if ((a == 0 || !capword(&w[a - 1]) ||
			    (w[a - 1].exact & W_TITLE)) &&
			    month_surname(&f, a, i))
				late_person(&f, a, i);
		}
	}
	/* "Xi Jinping arrived", "Mark Zuckerberg said": a common word that
	 * opens a sentence, then one word that can only be a name, is its
	 * given name ("Support SouthFront" is a brand; "Actor Brendan
	 * Fraser" has a job before two words; "FORTIFIED AGAINST" is in
	 * capitals; "Visited Ashland", "Near Morrillton" are a verb and a
	 * preposition; "Fort Souville" a place) */
	a = f.first;
	if (a + 1 < n && capword(&w[a]) && w[a].common && !w[a].upper &&
	    !w[a + 1].upper && !verb_form(&f, a) && !(w[a].lower &
	    (W_LOCPREP | W_CONNECTOR | W_SAYS)) &&
	    !w[a].covered && !(w[a].lower & W_FUNCTION) && !(w[a].exact &
	    (W_TITLE | W_TITLEPRE | W_ORGCUE | W_EVENTCUE | W_PLACEHEAD)) &&
	    name_like(&f, a + 1) && !w[a + 1].covered && plain_word(&f, a + 1)
	    && !(a + 2 < n && (capword(&w[a + 2]) || (w[a + 2].kind ==
	    K_PUNCT && f.t[w[a + 2].s] == '-'))))
		late_person(&f, a, a + 1);
}

size_t
names_words(struct people *p, const char *text, size_t len,
    const struct scanned_word **out)
{
	size_t i;

	*out = p->sw;
	if (p->wtext != text || p->wlen != len)
		return 0;
	if (p->swgen == p->wgen)
		return p->nw;	/* copied for this call already */
	p->swgen = p->wgen;
	if (p->nw > p->swcap) {
		p->swcap = p->nw + p->nw / 2;
		p->sw = ereallocarray(p->sw, p->swcap, sizeof *p->sw);
		*out = p->sw;
	}
	for (i = 0; i < p->nw; i++) {
		p->sw[i].s = p->w[i].s;
		p->sw[i].e = p->w[i].e;
		p->sw[i].ent = p->w[i].ent;
		p->sw[i].common = p->w[i].common;
		p->sw[i].plain = p->w[i].plain;
	}
	return p->nw;
}

/* TITLE_LONG: see names_misspelt_title. */
#define TITLE_LONG	8

/* Is the word (n bytes at s) a capital, then small letters, of ASCII? */
static int
capitalised_ascii(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || s[0] < 'A' || s[0] > 'Z')
		return 0;
	for (i = 1; i < n; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return 0;
	return 1;
}

/* Keeps the title (n bytes at s) for names_misspelt_title if it is
 * capitalised ASCII of TITLE_LONG letters or more ("Governor", not
 * "Gov."). */
static void
add_title(void *arg, const char *s, size_t n)
{
	struct people *p = arg;

	if (n < TITLE_LONG || !capitalised_ascii(s, n))
		return;
	if (p->ntitles == p->captitles) {
		p->captitles = p->captitles ? 2 * p->captitles : 64;
		p->titles = ereallocarray(p->titles, p->captitles,
		    sizeof *p->titles);
	}
	p->titles[p->ntitles].s = s;
	p->titles[p->ntitles++].n = n;
}

int
names_misspelt_title(struct people *p, const struct lexicon *x,
    const char *w, size_t n)
{
	const struct title *t;
	size_t k, pre, post;

	if (n + 1 < TITLE_LONG || !capitalised_ascii(w, n))
		return 0;
	if (p->titles_of != x) {
		p->ntitles = 0;
		lexicon_each(x, W_TITLE, add_title, p);
		p->titles_of = x;
	}
	for (k = 0; k < p->ntitles; k++) {
		t = &p->titles[k];
		if (t->n + 1 >= n && t->n <= n + 1 &&
		    mem_one_edit(w, n, t->s, t->n, &pre, &post) &&
		    !(post == 0 && n == t->n + 1 && w[n - 1] != 's'))
			break;
	}
	if (k == p->ntitles)
		return 0;
	/* (last: most words are no title's misspelling) */
	return lexicon_get(x, w, n) == NULL && !lexicon_is_common(x, w, n);
}
