#include <string.h>

#include "fold.h"
#include "utf8.h"

/* The state of one fold_append call: where the field began in out, the
 * last code point written (for composing a following combining mark) and
 * whether a folded space is owed before the next visible character. */
struct folder {
	struct buf	*out;
	int		 flags;
	size_t		 base;
	size_t		 prevoff;	/* offset of the last code point, or -1 */
	uint32_t	 prevcp;
	int		 pendspace;
};

int
fold_parse(const char *list)
{
	static const struct { const char *name; int flag; } words[] = {
		{ "case", FOLD_CASE }, { "space", FOLD_SPACE },
		{ "punct", FOLD_PUNCT }, { "unicode", FOLD_UNICODE },
		{ "all", FOLD_ALL }, { "none", 0 },
	};
	const char *p = list, *e;
	size_t i, n;
	int flags = 0;

	for (;;) {
		e = strchr(p, ',');
		n = e ? (size_t)(e - p) : strlen(p);
		for (i = 0; i < sizeof words / sizeof words[0]; i++)
			if (strlen(words[i].name) == n &&
			    strncmp(words[i].name, p, n) == 0)
				break;
		if (i == sizeof words / sizeof words[0])
			return -1;
		flags |= words[i].flag;
		if (e == NULL)
			return flags;
		p = e + 1;
	}
}

static uint32_t
map_lookup(const struct fold_map *t, size_t n, uint32_t cp)
{
	size_t lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (t[mid].from == cp)
			return t[mid].to;
		if (t[mid].from < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return cp;
}

static uint32_t
compose(uint32_t base, uint32_t mark)
{
	size_t lo = 0, hi = fold_ncompose, mid;
	const struct fold_compose *c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = &fold_compose_table[mid];
		if (c->base == base && c->mark == mark)
			return c->composed;
		if (c->base < base || (c->base == base && c->mark < mark))
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

uint32_t
fold_lower(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
	return map_lookup(fold_lower_table, fold_nlower, cp);
}

int
fold_is_space(uint32_t cp)
{
	switch (cp) {
	case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
	case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
	case 0x202F: case 0x205F: case 0x3000:
		return 1;
	}
	return cp >= 0x2000 && cp <= 0x200A;
}

/* Typographic punctuation to its ASCII stand-in, or NULL. */
static const char *
punct_ascii(uint32_t cp)
{
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
	case 0x2035: case 0x02BC: case 0x2039: case 0x203A: case 0x00B4:
		return "'";
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
	case 0x2036: case 0x00AB: case 0x00BB:
		return "\"";
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2212: case 0xFE58: case 0xFE63:
		return "-";
	case 0x2026:
		return "...";
	}
	return NULL;
}

/* Compatibility characters the unicode fold rewrites, or NULL.  An empty
 * string deletes the character. */
static const char *
compat_ascii(uint32_t cp)
{
	switch (cp) {
	case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060:
	case 0xFEFF:
		return "";
	case 0xFB00: return "ff";
	case 0xFB01: return "fi";
	case 0xFB02: return "fl";
	case 0xFB03: return "ffi";
	case 0xFB04: return "ffl";
	case 0xFB05: case 0xFB06: return "st";
	case 0x017F: return "s";
	case 0x2024: return ".";
	case 0x2025: return "..";
	case 0x2026: return "...";
	}
	if (fold_is_space(cp) && cp >= 0x80)
		return " ";
	return NULL;
}

/* The last stages: case, white space, and the UTF-8 bytes. */
static void
put_final(struct folder *f, uint32_t cp)
{
	char enc[4];
	size_t n;

	if (f->flags & FOLD_CASE)
		cp = fold_lower(cp);
	if (f->flags & FOLD_SPACE) {
		if (fold_is_space(cp)) {
			if (f->out->len > f->base)
				f->pendspace = 1;
			f->prevoff = (size_t)-1;
			return;
		}
		if (f->pendspace) {
			buf_addc(f->out, ' ');
			f->pendspace = 0;
		}
	}
	f->prevoff = f->out->len;
	f->prevcp = cp;
	if (cp < 0x80) {
		buf_addc(f->out, (int)cp);
		return;
	}
	n = utf8_encode(cp, enc);
	buf_add(f->out, enc, n);
}

static void
put_string(struct folder *f, const char *s)
{
	while (*s)
		put_final(f, (unsigned char)*s++);
}

static void
put(struct folder *f, uint32_t cp)
{
	const char *s;
	uint32_t c;

	if (f->flags & FOLD_UNICODE) {
		if (cp >= 0x300 && cp <= 0x36F && f->prevoff != (size_t)-1 &&
		    (c = compose(f->prevcp, cp)) != 0) {
			f->out->len = f->prevoff;
			cp = c;
		} else if ((s = compat_ascii(cp)) != NULL) {
			put_string(f, s);
			return;
		} else if (cp >= 0xFF01 && cp <= 0xFF5E) {
			cp -= 0xFEE0;	/* fullwidth ASCII */
		} else if (cp >= 0x80) {
			cp = map_lookup(fold_singleton_table, fold_nsingleton,
			    cp);
		}
	}
	if ((f->flags & FOLD_PUNCT) && (s = punct_ascii(cp)) != NULL) {
		put_string(f, s);
		return;
	}
	put_final(f, cp);
}

#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL

/* The eight ASCII bytes of w in lower case: bit 7 of a byte of
 * w + 0x3f is set from 'A' on, of w + 0x25 past 'Z' (no byte carries
 * into the next, all being below 0x80). */
static inline uint64_t
lower8(uint64_t w)
{
	return w | ((w + 0x3f * ONES) & ~(w + 0x25 * ONES) & HIGHS) >> 2;
}

/*
 * The fast path for a run of ASCII (most of any English text): only case
 * and white space can change it.  Returns where the run ended; the last
 * character stays open for a combining mark that may follow.
 *
 * Eight bytes at a time where they are ASCII and, under the space fold,
 * stay as they are but for case: no control character (so no white space
 * but ' '), no two spaces side by side, and none first that would be a
 * second or leading one.  A space last is owed, not written.  The
 * other bytes one at a time (a byte at a time was 10 to 15 instructions
 * a byte, a fifth to a third of dedupe's).
 */
static size_t
fold_ascii_run(struct folder *f, const unsigned char *p, size_t i, size_t n)
{
	struct buf *out = f->out;
	const int fcase = f->flags & FOLD_CASE;
	const int fspace = f->flags & FOLD_SPACE;
	int pend = f->pendspace;
	uint64_t w, sp;
	char *d, *base, *last = NULL;
	unsigned c;

	/* The rest of the field is room enough: a space owed at the start
	 * stands for one read before. */
	buf_reserve(out, n - i + 1);
	d = out->data + out->len;
	base = out->data + f->base;
	/*
	 * The state lives in locals, not in *f: stores through out->data (a
	 * char *) could alias f, so the compiler would otherwise write
	 * prevoff and prevcp back for every byte.  Only the last byte's
	 * state is ever read.
	 */
	if (!fspace) {
		/* p[i] is ASCII (the caller saw it): the run is never empty */
		do {
			if (n - i >= 8) {
				memcpy(&w, p + i, 8);
				if ((w & HIGHS) == 0) {
					if (fcase)
						w = lower8(w);
					memcpy(d, &w, 8);
					d += 8;
					i += 8;
					continue;
				}
			}
			c = p[i++];
			if (fcase && c - 'A' < 26)
				c += 32;
			*d++ = (char)c;
		} while (i < n && p[i] < 0x80);
		last = d - 1;
	} else
		for (;;) {
			if (n - i >= 8) {
				memcpy(&w, p + i, 8);
				/* bit 7 of each byte that is ' ' */
				sp = ~((w ^ 0x20 * ONES) + 0x7f * ONES) & HIGHS;
				if ((w & HIGHS) == 0 &&
				    (~(w + 0x60 * ONES) & HIGHS) == 0 &&
				    (sp & sp << 8) == 0 &&
				    ((sp & 0x80) == 0 || (!pend && d > base))) {
					if (pend) {
						*d++ = ' ';
						pend = 0;
					}
					if (fcase)
						w = lower8(w);
					memcpy(d, &w, 8);
					i += 8;
					if (sp >> 63) {
						d += 7;
						pend = 1;
						last = NULL;
					} else {
						d += 8;
						last = d - 1;
					}
					continue;
				}
			}
			if (i == n || (c = p[i]) >= 0x80)
				break;
			i++;
			if (fcase && c >= 'A' && c <= 'Z')
				c += 32;
			if (c == ' ' || (c >= '\t' && c <= '\r')) {
				if (d > base)
					pend = 1;
				last = NULL;
				continue;
			}
			if (pend) {
				*d++ = ' ';
				pend = 0;
			}
			last = d;
			*d++ = (char)c;
		}
	f->pendspace = pend;
	if (last != NULL) {
		f->prevoff = (size_t)(last - out->data);
		f->prevcp = (unsigned char)*last;
	} else
		f->prevoff = (size_t)-1;	/* the run ended in a space */
	out->len = (size_t)(d - out->data);
	out->data[out->len] = '\0';
	return i;
}

void
fold_append(struct buf *out, const char *s, size_t n, int flags)
{
	struct folder f = { out, flags, out->len, (size_t)-1, 0, 0 };
	const unsigned char *p = (const unsigned char *)s;
	uint32_t cp;
	size_t i = 0, len;

	if (flags == 0) {
		buf_add(out, s, n);
		return;
	}
	buf_reserve(out, n + 8);
	while (i < n) {
		if (p[i] < 0x80 && i + 1 < n && p[i + 1] < 0x80) {
			i = fold_ascii_run(&f, p, i, n);
			continue;
		}
		if (p[i] < 0x80) {
			cp = p[i];
			len = 1;
		} else if ((len = utf8_decode(p + i, n - i, &cp)) == 0) {
			/* Not UTF-8 (the stream reader rejects it; a caller
			 * may not have): keep the byte as it is. */
			buf_addc(out, p[i]);
			f.prevoff = (size_t)-1;
			i++;
			continue;
		}
		i += len;
		put(&f, cp);
	}
	out->data[out->len] = '\0';	/* composing may have shortened it */
}
