/*
 * The lines a site repeats on its pages (menus, banners, slogans, its
 * lists of other stories), known from a corpus (sentences --furniture
 * writes them) and given to segment with --furniture FILE.  A paragraph
 * whose text is one of them is the site's, not the article's: roles.c
 * makes it boilerplate, so it can neither be the title nor start the
 * body, whatever its words look like.
 *
 * The set keeps a 64-bit hash of each line (white space folded), not the
 * line: a few thousand lines cost a few tens of KB, and a false match
 * needs a collision of 64-bit hashes.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "rec.h"
#include "segment.h"
#include "util.h"


/* FNV-1a of d[start, end) as fold_ws() would write it: white-space runs
 * one space, none at either end.  Never 0 (0 marks an empty slot).  The
 * length so written goes into *len, counted only up to max: past it the
 * rest is left unread (a site's lines are short, an article's paragraphs
 * seldom). */
static uint64_t
folded_hash(const char *d, size_t start, size_t end, size_t max,
    size_t *len)
{
	uint64_t h = HASHSET_FNV_OFFSET;
	size_t i = start, w, n = 0;
	int gap = 0, any = 0;

	while (i < end && n <= max) {
		if ((w = ws_at(d + i, end - i)) > 0) {
			gap = any;
			i += w;
			continue;
		}
		if (gap) {
			h = (h ^ ' ') * HASHSET_FNV_PRIME;
			gap = 0;
			n++;
		}
		h = (h ^ (unsigned char)d[i++]) * HASHSET_FNV_PRIME;
		n++;
		any = 1;
	}
	*len = n;
	return h ? h : 1;
}

void
furniture_add(struct furniture *f, const char *s, size_t n)
{
	size_t len;

	if (n > 0) {
		(void)hashset_add(&f->lines,
		    folded_hash(s, 0, n, (size_t)-1, &len));
		if (len > f->longest)
			f->longest = len;
	}
}

int
furniture_load(struct furniture *f, const char *path)
{
	struct lines l;
	struct buf text = BUF_INIT;
	const char *line;
	size_t len, bad;
	int fd;

	if ((fd = input_open(path)) < 0) {
		warnmsg("%s: %s", path, strerror(errno));
		return -1;
	}
	lines_init(&l, fd, path);
	while (lines_next(&l, &line, &len)) {
		buf_reset(&text);
		buf_reserve(&text, len + 1);
		if ((len = field_unescape(line, len, text.data, &bad)) ==
		    (size_t)-1) {
			warnmsg("%s:%lu: bad escape at byte %zu", path,
			    l.lineno, bad + 1);
			lines_free(&l);
			input_close(fd);
			buf_free(&text);
			return -1;
		}
		furniture_add(f, text.data, len);
	}
	lines_free(&l);
	input_close(fd);
	buf_free(&text);
	return 0;
}

int
furniture_has(const struct furniture *f, const char *d, size_t start,
    size_t end)
{
	uint64_t h;
	size_t len;

	if (f == NULL || f->lines.n == 0)
		return 0;
	h = folded_hash(d, start, end, f->longest, &len);
	return len <= f->longest && hashset_has(&f->lines, h);
}

void
furniture_free(struct furniture *f)
{
	hashset_free(&f->lines);
}
