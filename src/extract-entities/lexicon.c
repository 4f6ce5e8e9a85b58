#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "util.h"

struct slot {
	const char	*key;		/* NULL: empty */
	size_t		 len;
	uint64_t	 hash;
	struct lexent	 ent;
};

struct lexicon {
	struct slot	*slots;
	size_t		 cap, n;	/* cap is a power of two */
	char		**texts;	/* the loaded copies keys point into */
	size_t		 ntexts;
};

static uint64_t
fnv1a(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

struct lexicon *
lexicon_new(void)
{
	struct lexicon *x = ecalloc(1, sizeof *x);

	x->cap = 1024;
	x->slots = ecalloc(x->cap, sizeof *x->slots);
	return x;
}

void
lexicon_free(struct lexicon *x)
{
	size_t i;

	if (x == NULL)
		return;
	for (i = 0; i < x->ntexts; i++)
		free(x->texts[i]);
	free(x->texts);
	free(x->slots);
	free(x);
}

size_t
lexicon_size(const struct lexicon *x)
{
	return x->n;
}

static struct slot *
find(const struct lexicon *x, const char *key, size_t n, uint64_t h)
{
	size_t i = (size_t)h & (x->cap - 1);

	for (;; i = (i + 1) & (x->cap - 1)) {
		struct slot *s = &x->slots[i];

		if (s->key == NULL || (s->hash == h && s->len == n &&
		    memcmp(s->key, key, n) == 0))
			return s;
	}
}

static void
grow(struct lexicon *x)
{
	struct slot *old = x->slots, *s;
	size_t oldcap = x->cap, i;

	x->cap *= 2;
	x->slots = ecalloc(x->cap, sizeof *x->slots);
	for (i = 0; i < oldcap; i++) {
		if (old[i].key == NULL)
			continue;
		s = find(x, old[i].key, old[i].len, old[i].hash);
		*s = old[i];
	}
	free(old);
}

/* The slot for key, made (with no entry and no flags) when missing. */
static struct slot *
intern(struct lexicon *x, const char *key, size_t n)
{
	uint64_t h = fnv1a(key, n);
	struct slot *s;

	if ((x->n + 1) * 4 > x->cap * 3)
		grow(x);
	s = find(x, key, n, h);
	if (s->key == NULL) {
		s->key = key;
		s->len = n;
		s->hash = h;
		s->ent.type = E_NONE;
		s->ent.norm = "";
		s->ent.code = "";
		x->n++;
	}
	return s;
}

const struct lexent *
lexicon_get(const struct lexicon *x, const char *key, size_t n)
{
	struct slot *s = find(x, key, n, fnv1a(key, n));

	return s->key ? &s->ent : NULL;
}

unsigned
lexicon_flags(const struct lexicon *x, const char *key, size_t n)
{
	const struct lexent *e = lexicon_get(x, key, n);

	return e ? e->flags : 0;
}

int
lexicon_is_common(const struct lexicon *x, const char *w, size_t n)
{
	char tmp[64];

	if (lexicon_flags(x, w, n) & W_COMMON)
		return 1;
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
	if (n > 5 && memcmp(w + n - 3, "ing", 3) == 0 && (STEM(3, "") ||
	    STEM(3, "e") || (w[n - 4] == w[n - 5] && STEM(4, ""))))
		return 1;
	if (memcmp(w + n - 2, "ly", 2) == 0 && STEM(2, ""))
		return 1;
#undef STEM
	return 0;
}

/* Keeps a NUL-terminated copy of text; the keys point into it. */
static char *
keep(struct lexicon *x, const char *text, size_t len)
{
	char *copy = emalloc(len + 1);

	memcpy(copy, text, len);
	copy[len] = '\0';
	x->texts = ereallocarray(x->texts, x->ntexts + 1, sizeof *x->texts);
	x->texts[x->ntexts++] = copy;
	return copy;
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

int
lexicon_load_gazetteer(struct lexicon *x, const char *name, const char *text,
    size_t len)
{
	char *p = keep(x, text, len), *line, *f[4];
	unsigned long lineno = 0;
	struct slot *s;
	enum etype t;

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
		s = intern(x, f[0], strlen(f[0]));
		if (s->ent.type != E_NONE)
			continue;	/* the first entry for a phrase wins */
		s->ent.type = t;
		s->ent.norm = *f[2] ? f[2] : f[0];
		s->ent.code = f[3];
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
	};
	char *p = keep(x, text, len), *line, *f[2];
	unsigned long lineno = 0;
	size_t i;

	while ((line = next_line(&p)) != NULL) {
		lineno++;
		if (*line == '\0' || *line == '#')
			continue;
		if (split(line, f, 2) != 2)
			goto bad;
		for (i = 0; i < sizeof classes / sizeof *classes; i++)
			if (strcmp(f[1], classes[i].name) == 0)
				break;
		if (i == sizeof classes / sizeof *classes)
			goto bad;
		intern(x, f[0], strlen(f[0]))->ent.flags |= classes[i].flag;
	}
	return 0;
bad:
	fprintf(stderr, "%s: %s:%lu: a class line is word, class (title, "
	    "titlepre, orgcue, orgnext, function, connector, locprep, says)\n",
	    progname, name, lineno);
	return -1;
}

int
lexicon_load_common(struct lexicon *x, const char *text, size_t len)
{
	char *p = keep(x, text, len), *line;

	while ((line = next_line(&p)) != NULL)
		if (*line != '\0' && *line != '#')
			intern(x, line, strlen(line))->ent.flags |= W_COMMON;
	return 0;
}
