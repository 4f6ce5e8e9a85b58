#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "mem.h"
#include "util.h"

/*
 * Open addressing over slots that hold the entries themselves, 32 bytes
 * each, two to a cache line: a word that is found (most look-ups that
 * pass the filter below are) costs one cache miss, not one for its slot
 * and one more for its entry.  A slot keeps the first 10 bytes of its
 * key beside its length and its lexent: a word of up to 10 bytes (95 %
 * of the look-ups) is compared without a miss more for the key in the
 * pool.  It keeps no hash: the length and the head, in the same line,
 * turn away another key as cheaply (the hash is made again when the
 * table grows, at build time).
 */
#define HEAD	10

struct slot {
	uint32_t	 key;		/* its offset in the pool + 1; 0: empty */
	uint16_t	 len;
	char		 head[HEAD];	/* the key's first bytes, NUL-padded */
	struct lexent	 ent;
};

_Static_assert(sizeof(struct slot) == 32, "two slots to a cache line");

#define SLOT_ALIGN	64

/*
 * Most look-ups are of words the lexicon does not have, and the slots
 * are megabytes, out of cache: a Bloom filter of a 128th of their size
 * (three bits in one 64-bit word a key: 64 KB for the built-in 89,000
 * keys) turns most of those away without touching a slot.  It is that
 * small so that it stays in cache beside the name model; four times
 * larger, it let fewer words through to the slots but missed the cache
 * itself more often, and twice smaller, it let through too many.
 */
#define BLOOM_WORDS(cap)	((cap) / 32)

/*
 * Keys, norms and codes are offsets into one pool of strings, and the
 * tables hold no pointer, so that a lexicon can be written out as an
 * image (lexicon_write_image) and used in place (lexicon_image): the
 * built-in one is made so at build time, and a run does not spend its
 * start hashing 80,000 words into tables it mostly does not touch.
 * A lexicon made in place is read-only: its tables point into the
 * image, and own is 0.
 */
struct lexicon {
	struct slot	*slots;
	size_t		 cap;		/* a power of two, at least 1024 */
	uint64_t	*bloom;		/* BLOOM_WORDS(cap) words */
	size_t		 n;
	char		*pool;		/* the loaded texts, each NUL-ended */
	size_t		 pooln;
	int		 own;		/* the tables are malloc'd, not an image */
};

/* The filter bits of hash h, in the word *w of a filter of nw words. */
static uint64_t
bloom_bits(uint32_t h, size_t nw, size_t *w)
{
	uint64_t g = h * UINT64_C(0x9e3779b97f4a7c15);	/* spread h out */

	*w = (size_t)(g >> 32) & (nw - 1);
	return UINT64_C(1) << (g & 63) | UINT64_C(1) << (g >> 6 & 63) |
	    UINT64_C(1) << (g >> 12 & 63);
}

static void
bloom_add(struct lexicon *x, uint32_t h)
{
	size_t w;
	uint64_t bits = bloom_bits(h, BLOOM_WORDS(x->cap), &w);

	x->bloom[w] |= bits;
}

/* cap empty slots, aligned to a cache line. */
static struct slot *
new_slots(size_t cap)
{
	struct slot *v;

	if (cap > SIZE_MAX / sizeof *v ||
	    (v = aligned_alloc(SLOT_ALIGN, cap * sizeof *v)) == NULL)
		die(EXIT_DATA, "out of memory");
	memset(v, 0, cap * sizeof *v);
	return v;
}

struct lexicon *
lexicon_new(void)
{
	struct lexicon *x = ecalloc(1, sizeof *x);

	x->own = 1;
	x->cap = 1024;
	x->slots = new_slots(x->cap);
	x->bloom = ecalloc(BLOOM_WORDS(x->cap), sizeof *x->bloom);
	return x;
}

void
lexicon_free(struct lexicon *x)
{
	if (x == NULL)
		return;
	if (!x->own) {
		free(x);
		return;
	}
	free(x->pool);
	free(x->slots);
	free(x->bloom);
	free(x);
}

/*
 * An image: a header of IMG_HEAD bytes (the magic, then cap, n, the
 * pool's length and the size of a slot, as 64-bit numbers of this
 * machine), the slots, the filter and the pool.  It is made by the
 * build for the machine it runs on, so it is in this machine's byte
 * order and struct layout; the header checks the sizes.
 */
#define IMG_HEAD	64
static const char img_magic[8] = "QLEXv2\n";

int
lexicon_write_image(const struct lexicon *x, FILE *f)
{
	unsigned char head[IMG_HEAD];
	uint64_t h[4];

	memset(head, 0, sizeof head);
	memcpy(head, img_magic, sizeof img_magic);
	h[0] = x->cap;
	h[1] = x->n;
	h[2] = x->pooln;
	h[3] = sizeof *x->slots;
	memcpy(head + 8, h, sizeof h);
	if (fwrite(head, 1, sizeof head, f) != sizeof head ||
	    fwrite(x->slots, sizeof *x->slots, x->cap, f) != x->cap ||
	    fwrite(x->bloom, sizeof *x->bloom, BLOOM_WORDS(x->cap), f) !=
	    BLOOM_WORDS(x->cap) ||
	    (x->pooln && fwrite(x->pool, 1, x->pooln, f) != x->pooln))
		return -1;
	return 0;
}

struct lexicon *
lexicon_image(const void *data, size_t len)
{
	const unsigned char *p = data;
	struct lexicon *x;
	uint64_t h[4];
	size_t at = IMG_HEAD;

	if (len < IMG_HEAD || (uintptr_t)p % SLOT_ALIGN != 0 ||
	    memcmp(p, img_magic, sizeof img_magic) != 0)
		return NULL;
	memcpy(h, p + 8, sizeof h);
	if (h[0] < 1024 || (h[0] & (h[0] - 1)) != 0 || h[0] > SIZE_MAX / 64 ||
	    h[1] > h[0] / 2 || h[3] != sizeof(struct slot) || h[2] == 0 ||
	    len != IMG_HEAD + h[0] * sizeof(struct slot) + BLOOM_WORDS(h[0]) *
	    sizeof(uint64_t) + h[2] || p[len - 1] != '\0')
		return NULL;
	x = ecalloc(1, sizeof *x);
	x->cap = (size_t)h[0];
	x->n = (size_t)h[1];
	x->pooln = (size_t)h[2];
	/* the tables are read-only here; the casts only let one struct
	 * serve both kinds of lexicon */
	x->slots = (struct slot *)(uintptr_t)(p + at);
	at += x->cap * sizeof *x->slots;
	x->bloom = (uint64_t *)(uintptr_t)(p + at);
	at += BLOOM_WORDS(x->cap) * sizeof *x->bloom;
	x->pool = (char *)(uintptr_t)(p + at);
	return x;
}

size_t
lexicon_size(const struct lexicon *x)
{
	return x->n;
}

const char *
lexicon_norm(const struct lexicon *x, const struct lexent *e)
{
	return x->pool + e->norm;
}

const char *
lexicon_code(const struct lexicon *x, const struct lexent *e)
{
	return x->pool + e->code;
}

static int
same_key(const struct lexicon *x, const struct slot *s, const char *key,
    size_t n)
{
	if (s->len != n)
		return 0;
	if (n == 0)
		return 1;
	if (n <= HEAD)
		return mem_same_short(s->head, key, n);
	return memcmp(s->head, key, HEAD) == 0 &&
	    memcmp(x->pool + s->key - 1 + HEAD, key + HEAD, n - HEAD) == 0;
}

/* The slot of key, or the empty slot where it would go. */
static struct slot *
find(const struct lexicon *x, const char *key, size_t n, uint32_t h)
{
	size_t i = h & (x->cap - 1);

	for (;; i = (i + 1) & (x->cap - 1)) {
		struct slot *s = &x->slots[i];

		if (s->key == 0)
			return s;
		if (same_key(x, s, key, n))
			return s;
	}
}

/* Rehashes the slots into a table of cap slots (a larger power of two),
 * and remakes the filter to match. */
static void
rehash(struct lexicon *x, size_t cap)
{
	struct slot *old = x->slots;
	size_t oldcap = x->cap, i, k;
	uint32_t h;

	x->cap = cap;
	x->slots = new_slots(x->cap);
	free(x->bloom);
	x->bloom = ecalloc(BLOOM_WORDS(x->cap), sizeof *x->bloom);
	for (i = 0; i < oldcap; i++) {
		if (old[i].key == 0)
			continue;
		h = lexicon_hash(x->pool + old[i].key - 1, old[i].len);
		bloom_add(x, h);
		for (k = h & (x->cap - 1); x->slots[k].key;
		    k = (k + 1) & (x->cap - 1))
			;
		x->slots[k] = old[i];
	}
	free(old);
}

static void
grow(struct lexicon *x)
{
	rehash(x, x->cap * 2);
}

/*
 * Room for more entries made at once, so that loading a word list of known
 * length does not rehash the table and move the entries again and again.
 */
static void
reserve(struct lexicon *x, size_t more)
{
	size_t cap = x->cap;

	while ((x->n + more) * 2 > cap)
		cap *= 2;
	if (cap != x->cap)
		rehash(x, cap);
}

static size_t
count_lines(const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	size_t n = 1;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		n++;
		p++;
	}
	return n;
}

/* The entry for key (in the pool), made (with no type and no flags) when
 * missing; it moves when the table grows. */
static struct lexent *
intern(struct lexicon *x, const char *key, size_t n)
{
	uint32_t h = lexicon_hash(key, n);
	struct slot *s;

	if (n > UINT16_MAX)
		die(EXIT_DATA, "a word list entry of %zu bytes (at most %u)",
		    n, (unsigned)UINT16_MAX);
	/* at most half full, so that misses stop early */
	if ((x->n + 1) * 2 > x->cap)
		grow(x);
	s = find(x, key, n, h);
	if (s->key == 0) {
		memset(s, 0, sizeof *s);	/* no stray bytes in an image */
		s->key = (uint32_t)(key - x->pool) + 1;
		s->len = (uint16_t)n;
		memcpy(s->head, key, n < HEAD ? n : HEAD);
		s->ent.type = E_NONE;
		s->ent.norm = s->ent.code = (uint32_t)(x->pooln - 1);	/* "" */
		s->ent.flags = 0;
		x->n++;
		bloom_add(x, h);
	}
	return &s->ent;
}

const struct lexent *
lexicon_get(const struct lexicon *x, const char *key, size_t n)
{
	return lexicon_get_hashed(x, key, n, lexicon_hash(key, n));
}

const struct lexent *
lexicon_get_hashed(const struct lexicon *x, const char *key, size_t n,
    uint32_t h)
{
	uint64_t bits;
	struct slot *s;
	size_t w;

	bits = bloom_bits(h, BLOOM_WORDS(x->cap), &w);
	if ((x->bloom[w] & bits) != bits)
		return NULL;		/* surely not there */
	s = find(x, key, n, h);
	return s->key ? &s->ent : NULL;
}

unsigned
lexicon_flags(const struct lexicon *x, const char *key, size_t n)
{
	const struct lexent *e = lexicon_get(x, key, n);

	return e ? e->flags : 0;
}

void
lexicon_each(const struct lexicon *x, unsigned flags,
    void (*fn)(void *, const char *, size_t), void *arg)
{
	size_t i;

	for (i = 0; i < x->cap; i++)
		if (x->slots[i].key != 0 &&
		    (x->slots[i].ent.flags & flags) == flags)
			fn(arg, x->pool + x->slots[i].key - 1, x->slots[i].len);
}

int
lexicon_is_common(const struct lexicon *x, const char *w, size_t n)
{
	return (lexicon_flags(x, w, n) & W_COMMON) ||
	    lexicon_stem_is_common(x, w, n);
}

int
lexicon_stem_is_common(const struct lexicon *x, const char *w, size_t n)
{
	char tmp[64];

	if (n < 4 || n >= sizeof tmp)
		return 0;
#define STEM(cut, add) (memcpy(tmp, w, n), \
	    memcpy(tmp + n - (cut), add, strlen(add)), \
	    lexicon_flags(x, tmp, n - (cut) + strlen(add)) & W_COMMON)
	if (w[n - 1] == 's' && (STEM(1, "") || (n > 4 && STEM(2, ""))))
		return 1;
	if (n > 4 && memcmp(w + n - 3, "ies", 3) == 0 && STEM(3, "y"))
		return 1;
	if (memcmp(w + n - 2, "ed", 2) == 0 && (STEM(1, "") || STEM(2, "") ||
	    (n > 5 && w[n - 3] == w[n - 4] && STEM(3, ""))))
		return 1;
	/* n < sizeof tmp (above); cppcheck takes n to 65 all the same */
	/* cppcheck-suppress pointerOutOfBoundsCond */
	if (n > 5 && memcmp(w + n - 3, "ing", 3) == 0 && (STEM(3, "") ||
	    STEM(3, "e") || (w[n - 4] == w[n - 5] && STEM(4, ""))))
		return 1;
	if (memcmp(w + n - 2, "ly", 2) == 0 && STEM(2, ""))
		return 1;
#undef STEM
	return 0;
}

/*
 * Appends a NUL-terminated copy of text to the pool, and one NUL more
 * (the pool's last byte is always a NUL, the empty string), and returns
 * the copy; the pool does not move until the next call.
 */
static char *
keep(struct lexicon *x, const char *text, size_t len)
{
	size_t at = x->pooln;

	x->pool = erealloc(x->pool, x->pooln + len + 2);
	memcpy(x->pool + at, text, len);
	x->pool[at + len] = '\0';
	x->pool[at + len + 1] = '\0';
	x->pooln += len + 2;
	return x->pool + at;
}

/* Cuts the next line off *p (NUL-terminating it); NULL at the end. */
static char *
next_line(char **p)
{
	char *line = *p, *nl;

	if (*line == '\0')
		return NULL;
	if ((nl = strchr(line, '\n')) != NULL) {
		*nl = '\0';
		*p = nl + 1;
	} else
		*p = line + strlen(line);
	if (nl > line && nl[-1] == '\r')
		nl[-1] = '\0';
	return line;
}

static int
split(char *line, char **f, int max)
{
	int n = 0;
	char *tab;

	for (;;) {
		if (n == max)
			return -1;
		f[n++] = line;
		if ((tab = strchr(line, '\t')) == NULL)
			return n;
		*tab = '\0';
		line = tab + 1;
	}
}

static int
is_boundary(int c)
{
	return c == ' ' || c == '-' || c == '.' || c == '\'' || c == ',' ||
	    c == '&' || c == '/';
}

/* Marks the beginnings of phrase that end where a token may end. */
static void
mark_prefixes(struct lexicon *x, const char *phrase)
{
	size_t i, n = strlen(phrase), end;

	for (i = 1; i < n; i++) {
		if (is_boundary((unsigned char)phrase[i]))
			end = i;		/* "United" of "United States" */
		else if (is_boundary((unsigned char)phrase[i - 1]) &&
		    phrase[i - 1] != ' ')
			end = i;		/* "Guinea-" of "Guinea-Bissau" */
		else
			continue;
		while (end > 0 && phrase[end - 1] == ' ')
			end--;
		if (end > 0)
			intern(x, phrase, end)->flags |= W_PREFIX;
	}
}

int
lexicon_load_gazetteer(struct lexicon *x, const char *name, const char *text,
    size_t len)
{
	char *p = keep(x, text, len), *line, *f[4];
	unsigned long lineno = 0;
	struct lexent *s;
	enum etype t;

	reserve(x, 2 * count_lines(text, len));	/* phrases and prefixes */

	while ((line = next_line(&p)) != NULL) {
		lineno++;
		if (*line == '\0' || *line == '#')
			continue;
		if (split(line, f, 4) != 4 || *f[0] == '\0' ||
		    (t = etype_parse(f[1])) == E_NONE) {
			fprintf(stderr, "%s: %s:%lu: a gazetteer line is "
			    "phrase, TYPE, norm, code\n", progname, name,
			    lineno);
			return -1;
		}
		mark_prefixes(x, f[0]);
		s = intern(x, f[0], strlen(f[0]));
		if (s->type != E_NONE)
			continue;	/* the first entry for a phrase wins */
		s->type = t;
		s->norm = (uint32_t)((*f[2] ? f[2] : f[0]) - x->pool);
		s->code = (uint32_t)(f[3] - x->pool);
	}
	return 0;
}

int
lexicon_load_classes(struct lexicon *x, const char *name, const char *text,
    size_t len)
{
	static const struct {
		const char *name;
		unsigned flag;
	} classes[] = {
		{ "title", W_TITLE }, { "orgcue", W_ORGCUE },
		{ "orgnext", W_ORGNEXT }, { "function", W_FUNCTION },
		{ "connector", W_CONNECTOR }, { "locprep", W_LOCPREP },
		{ "says", W_SAYS }, { "titlepre", W_TITLEPRE },
		{ "eventcue", W_EVENTCUE }, { "gpecue", W_GPECUE },
		{ "loccue", W_LOCCUE }, { "faccue", W_FACCUE },
		{ "lawcue", W_LAWCUE }, { "courtesy", W_COURTESY },
		{ "thing", W_THING }, { "opener", W_OPENER },
		{ "placehead", W_PLACEHEAD }, { "afterplace", W_AFTERPLACE },
		{ "given", W_GIVEN }, { "generic", W_GENERIC },
		{ "orggeneric", W_ORGGENERIC }, { "people", W_PEOPLE },
	};
	char *p = keep(x, text, len), *line, *f[3];
	unsigned long lineno = 0;
	struct lexent *e;
	size_t i;
	int nf;

	while ((line = next_line(&p)) != NULL) {
		lineno++;
		if (*line == '\0' || *line == '#')
			continue;
		if ((nf = split(line, f, 3)) < 2)
			goto bad;
		for (i = 0; i < sizeof classes / sizeof *classes; i++)
			if (strcmp(f[1], classes[i].name) == 0)
				break;
		if (i == sizeof classes / sizeof *classes ||
		    (nf == 3 && ((classes[i].flag != W_GIVEN &&
		    classes[i].flag != W_PEOPLE) || *f[2] == '\0')) ||
		    (nf == 2 && classes[i].flag == W_PEOPLE))
			goto bad;
		e = intern(x, f[0], strlen(f[0]));
		e->flags |= classes[i].flag;
		/* a given name spelled out, a people's country, unless the
		 * gazetteer's norm */
		if (nf == 3 && e->type == E_NONE)
			e->norm = (uint32_t)(f[2] - x->pool);
	}
	return 0;
bad:
	fprintf(stderr, "%s: %s:%lu: a class line is word, class (title, "
	    "titlepre, orgcue, orgnext, function, connector, locprep, says, "
	    "eventcue, gpecue, loccue, faccue, lawcue, courtesy, thing, "
	    "opener, placehead, afterplace, given, generic, orggeneric, "
	    "people), and for given perhaps the name spelled out, for people "
	    "its norm\n", progname, name, lineno);
	return -1;
}

int
lexicon_load_common(struct lexicon *x, const char *text, size_t len)
{
	char *p = keep(x, text, len), *line;

	reserve(x, count_lines(text, len));
	while ((line = next_line(&p)) != NULL)
		if (*line != '\0' && *line != '#')
			intern(x, line, strlen(line))->flags |= W_COMMON;
	return 0;
}
