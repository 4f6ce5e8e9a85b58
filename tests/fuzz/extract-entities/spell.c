/*
 * Fuzzes the corpus's spellings of names (spell.h) with any bytes: a
 * line a person's norm, the document it is in taken from its first byte.
 * Whatever a norm is spelled to must be another norm of as many words,
 * with no more initials (a misreading put right keeps them, a spelling
 * out has fewer), or of more words (a name its last words are), and be
 * spelled no further itself: the chains are resolved once.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "shim.h"
#include "spell.h"

/* Calls f for each line of data (without its LF), after its first byte,
 * which numbers its document. */
static void
each_line(const uint8_t *data, size_t size, struct spellings *s,
    void (*f)(struct spellings *, const char *, size_t, unsigned long))
{
	const char *p = (const char *)data, *end = p + size, *nl;

	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (nl - p >= 2)
			f(s, p + 1, (size_t)(nl - p - 1),
			    (unsigned long)(unsigned char)p[0] % 8 + 1);
		if (nl == end)
			break;
	}
}

static void
add(struct spellings *s, const char *name, size_t n, unsigned long doc)
{
	spellings_add(s, name, n, doc);
}

static void
check(struct spellings *s, const char *name, size_t n, unsigned long doc)
{
	const char *to, *again;
	size_t len, len2, words, initials, to_words, to_initials;

	(void)doc;
	if ((to = spellings_of(s, name, n, &len)) == NULL)
		return;
	names_count(name, n, &words, &initials);
	names_count(to, len, &to_words, &to_initials);
	if ((len == n && memcmp(to, name, n) == 0) || to_words < words ||
	    (to_words == words && to_initials > initials))
		abort();
	if ((again = spellings_of(s, to, len, &len2)) != NULL)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct spellings *s = spellings_new();

	each_line(data, size, s, add);
	spellings_resolve(s);
	each_line(data, size, s, check);
	spellings_free(s);
	return 0;
}
