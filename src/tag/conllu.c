#include <stdlib.h>
#include <string.h>

#include "conllu.h"
#include "utf8.h"
#include "util.h"

int
conllu_open(struct conllu *c, const char *path)
{
	memset(c, 0, sizeof *c);
	if ((c->fd = input_open(path)) < 0)
		return -1;
	lines_init(&c->lines, c->fd, path);
	return 0;
}

void
conllu_close(struct conllu *c)
{
	input_close(c->fd);
	lines_free(&c->lines);
	buf_free(&c->text);
	free(c->line);
	memset(c, 0, sizeof *c);
}

static void
split_word(struct conllu *c, struct conllu_line *l)
{
	char *s = c->text.data + l->off, *tab;
	size_t f = 0, pos = 0;
	const char *id;

	for (;;) {
		if (f == CU_NFIELDS)
			die(EXIT_DATA, "%s:%lu: a CoNLL-U word line has more "
			    "than 10 fields", c->lines.name, c->lines.lineno);
		tab = memchr(s + pos, '\t', l->len - pos);
		l->field[f] = l->off + pos;
		l->flen[f] = (size_t)((tab ? tab - s : (long)l->len) - (long)pos);
		f++;
		if (tab == NULL)
			break;
		pos = (size_t)(tab - s) + 1;
	}
	if (f != CU_NFIELDS)
		die(EXIT_DATA, "%s:%lu: a CoNLL-U word line has %zu fields, "
		    "expected 10", c->lines.name, c->lines.lineno, f);
	id = s;
	l->is_word = strspn(id, "0123456789") == l->flen[CU_ID] &&
	    l->flen[CU_ID] > 0;
	if (l->is_word && l->flen[CU_FORM] == 0)
		die(EXIT_DATA, "%s:%lu: a CoNLL-U word with an empty form",
		    c->lines.name, c->lines.lineno);
}

int
conllu_next(struct conllu *c)
{
	const char *p;
	size_t len;
	struct conllu_line *l;

	buf_reset(&c->text);
	c->nlines = c->nwords = 0;
	while (lines_next(&c->lines, &p, &len)) {
		if (len > 0 && p[len - 1] == '\r')
			len--;
		if (utf8_check(p, len) != len)
			die(EXIT_DATA, "%s:%lu: invalid UTF-8", c->lines.name,
			    c->lines.lineno);
		if (len == 0) {
			if (c->nlines == 0)
				continue;
			break;
		}
		if (c->nlines == c->cap) {
			c->cap = c->cap ? 2 * c->cap : 64;
			c->line = ereallocarray(c->line, c->cap, sizeof *c->line);
		}
		l = &c->line[c->nlines++];
		memset(l, 0, sizeof *l);
		l->off = c->text.len;
		l->len = len;
		buf_add(&c->text, p, len);
		buf_addc(&c->text, '\0');
		if (p[0] != '#') {
			split_word(c, l);
			c->nwords += l->is_word;
		}
	}
	return c->nlines > 0;
}

const char *
conllu_field(const struct conllu *c, size_t l, int f, size_t *len)
{
	if (len)
		*len = c->line[l].flen[f];
	return c->text.data + c->line[l].field[f];
}

/* Is SpaceAfter=No among the |-separated items of MISC field f? */
static int
no_space_after(const char *f, size_t len)
{
	static const char item[] = "SpaceAfter=No";
	size_t i = 0, j, n = sizeof item - 1;

	while (i < len) {
		const char *bar = memchr(f + i, '|', len - i);

		j = bar ? (size_t)(bar - f) : len;
		if (j - i == n && memcmp(f + i, item, n) == 0)
			return 1;
		i = j + 1;
	}
	return 0;
}

void
conllu_space_after(const struct conllu *c, unsigned char *after)
{
	size_t l, w = 0, len, rest = 0;
	const char *id, *misc;
	int range_after = 1;
	char *end;

	for (l = 0; l < c->nlines; l++) {
		if (c->text.data[c->line[l].off] == '#')
			continue;
		id = conllu_field(c, l, CU_ID, NULL);
		misc = conllu_field(c, l, CU_MISC, &len);
		if (!c->line[l].is_word) {
			/* "3-4": a multiword token of words 3 and 4 */
			unsigned long a = strtoul(id, &end, 10), b;

			if (*end == '-') {
				b = strtoul(end + 1, NULL, 10);
				rest = b >= a ? b - a + 1 : 0;
				range_after = !no_space_after(misc, len);
			}
			continue;
		}
		if (rest > 0)
			after[w] = --rest == 0 ? range_after : 0;
		else
			after[w] = !no_space_after(misc, len);
		w++;
	}
}
