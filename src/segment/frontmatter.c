/*
 * YAML front matter: "---", then "title: ...", "published: ...", then
 * "---".  Markdown notes (Obsidian's web clipper), static sites (Hugo,
 * Jekyll) and read-later exports put an article's title and date there,
 * and the text below may not repeat them.  Only top-level scalar keys
 * are read; lists and nested keys are passed over.
 */
#include <string.h>

#include "segment.h"

#define FRONT_MATTER_MAX	8192	/* bytes looked at */

/* The end of the line at s[i] (n bytes): the offset of its '\n', or n. */
static size_t
line_end(const char *s, size_t n, size_t i)
{
	const char *nl = memchr(s + i, '\n', n - i);

	return nl != NULL ? (size_t)(nl - s) : n;
}

/* Whether the line s[i, e) is the fence "---" (or "..." to close). */
static int
is_fence(const char *s, size_t i, size_t e, int closing)
{
	if (e > i && s[e - 1] == '\r')
		e--;
	return e - i == 3 && (memcmp(s + i, "---", 3) == 0 ||
	    (closing && memcmp(s + i, "...", 3) == 0));
}

/* If the line s[i, e) is "key: value" for key, the value without
 * surrounding white space and quotes into *v, *vlen. */
static int
key_value(const char *s, size_t i, size_t e, const char *key,
    const char **v, size_t *vlen)
{
	size_t k = strlen(key);

	if (e - i <= k || memcmp(s + i, key, k) != 0 || s[i + k] != ':')
		return 0;
	for (i += k + 1; i < e && (s[i] == ' ' || s[i] == '\t'); i++)
		;
	while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t' ||
	    s[e - 1] == '\r'))
		e--;
	if (e - i >= 2 && (s[i] == '"' || s[i] == '\'') && s[e - 1] == s[i]) {
		i++;
		e--;
	}
	if (e == i)
		return 0;	/* a list or a map follows: not a scalar */
	*v = s + i;
	*vlen = e - i;
	return 1;
}

void
front_matter_read(const char *d, size_t n, struct front_matter *fm)
{
	static const char *const date_keys[] = { "published", "date",
	    "created", NULL };
	size_t i, e, limit = n < FRONT_MATTER_MAX ? n : FRONT_MATTER_MAX;
	int k, date_rank = 3;

	memset(fm, 0, sizeof *fm);
	e = line_end(d, limit, 0);
	if (!is_fence(d, 0, e, 0))
		return;
	for (i = e + 1; i < limit; i = e + 1) {
		e = line_end(d, limit, i);
		if (e == limit && limit < n)
			break;		/* too long to be front matter */
		if (is_fence(d, i, e, 1)) {
			fm->end = e < n ? e + 1 : e;
			return;
		}
		if (fm->title == NULL)
			(void)key_value(d, i, e, "title", &fm->title, &fm->tlen);
		for (k = 0; k < date_rank && date_keys[k] != NULL; k++)
			if (key_value(d, i, e, date_keys[k], &fm->date,
			    &fm->dlen)) {
				date_rank = k;
				break;
			}
	}
	memset(fm, 0, sizeof *fm);	/* never closed: not front matter */
}
