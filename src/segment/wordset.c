#include <stdint.h>
#include <string.h>

#include "mem.h"
#include "util.h"
#include "wordset.h"

static void
build(struct wordset *ws)
{
	const char *const *p;
	size_t n = 0, size = 16, i;

	ws->minlen = (size_t)-1;
	for (p = ws->list; *p; p++) {
		n++;
		i = strlen(*p);
		ws->sig[(unsigned char)**p & 63] |= 1ULL << (i < 63 ? i : 63);
		if (i < ws->minlen)
			ws->minlen = i;
		if (i > ws->maxlen)
			ws->maxlen = i;
	}
	while (size < 2 * n + 2)
		size *= 2;
	ws->slot = ecalloc(size, sizeof *ws->slot);
	ws->mask = size - 1;
	for (p = ws->list; *p; p++) {
		i = mem_hash(*p, strlen(*p)) & ws->mask;
		while (ws->slot[i] != NULL)
			i = (i + 1) & ws->mask;
		ws->slot[i] = *p;
	}
}

int
wordset_lookup(struct wordset *ws, const char *w, size_t n)
{
	size_t i, k;
	const char *s;

	if (ws->slot == NULL)
		build(ws);
	if (n == 0 || n < ws->minlen || n > ws->maxlen ||
	    !(ws->sig[(unsigned char)w[0] & 63] & (1ULL << (n < 63 ? n : 63))))
		return 0;
	for (i = mem_hash(w, n) & ws->mask; (s = ws->slot[i]) != NULL;
	    i = (i + 1) & ws->mask) {
		/* the words are short: compared here, not in a libc call
		 * (and w may hold a NUL byte: s is not read past its end) */
		for (k = 0; k < n && s[k] != '\0' && s[k] == w[k]; k++)
			;
		if (k == n && s[n] == '\0')
			return 1;
	}
	return 0;
}
