/*
 * describe.c - a paragraph as the cues read it: describe() fills in a
 * struct pinfo with counts, its first and last characters and, for a
 * short paragraph, its normalised words (lower case, punctuation gone,
 * digits apart from letters), which is what the cue tables are written
 * in.  Every paragraph is described once in the pass and some of them
 * again as the neighbours of another, so the reading is done for speed:
 * byte classes from a table, ASCII letters 16 at a time.  Also the lines
 * of several items ("Home | World | Politics") that the navigation and
 * dateline cues cut apart.
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "roles.h"

enum { K_SPACE = 1, K_SEP, K_LOWER, K_UPPER, K_DIGIT, K_HIGH };

/* What each byte is, for describe(): ASCII classes, K_HIGH beyond. */
static unsigned char byte_kind[256];

static void
init_byte_kind(void)
{
	int c;

	for (c = 0; c < 256; c++) {
		if (c >= 0x80)
			byte_kind[c] = K_HIGH;
		else if (c == ' ' || (c >= '\t' && c <= '\r'))
			byte_kind[c] = K_SPACE;
		else if (c >= 'a' && c <= 'z')
			byte_kind[c] = K_LOWER;
		else if (c >= 'A' && c <= 'Z')
			byte_kind[c] = K_UPPER;
		else if (c >= '0' && c <= '9')
			byte_kind[c] = K_DIGIT;
		else
			byte_kind[c] = K_SEP;
	}
}

/* The kind of the non-ASCII character at d[pos], its length in *len.
 * Any such character may be an item separator or white space. */
static int
high_kind(struct pinfo *p, const char *d, size_t pos, size_t end,
    size_t *len)
{
	uint32_t c;

	p->may_split = 1;
	if ((*len = ws_len(d + pos, end - pos)) > 0)
		return K_SPACE;
	c = cp_at(d, pos, end, len);
	return cp_is_upper(c) ? K_UPPER : cp_is_letter(c) ? K_LOWER : K_SEP;
}

/*
 * Copies the ASCII letters at the start of s (n bytes) to out, lower-
 * cased; returns how many.  Sets *lower if one was lower case.  Apart
 * from describe() so that its few variables stay in registers.
 *
 * Where 16 bytes of s are left they are looked at together (SSE2): a
 * byte at a time, the end of every word is a mispredicted branch.  Up to
 * 16 bytes are stored at out then, so out needs room for 16 more than
 * the letters; norm has it.
 */
static size_t
ascii_letters(const char *s, size_t n, char *out, int *lower)
{
	size_t i = 0;
	unsigned char c, all = 0;
	int k;
#ifdef __SSE2__
	__m128i x, t, letter, small;
	unsigned m, run, lowers;

	while (n - i >= 16) {
		x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		/* letters: (x | 0x20) - 'a' is below 26 (a byte >= 0x80
		 * stays above) */
		small = _mm_or_si128(x, _mm_set1_epi8(0x20));
		t = _mm_sub_epi8(small, _mm_set1_epi8('a'));
		letter = _mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8(25)), t);
		m = (unsigned)_mm_movemask_epi8(letter);
		run = m == 0xFFFF ? 16 : (unsigned)__builtin_ctz(~m);
		_mm_storeu_si128((__m128i *)(void *)(out + i), small);
		lowers = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, small));
		if (lowers & m & ((1u << run) - 1))
			*lower = 1;
		i += run;
		if (run < 16)
			return i;
	}
#endif
	for (; i < n; i++) {
		c = (unsigned char)s[i];
		k = byte_kind[c];
		if (k != K_LOWER && k != K_UPPER)
			break;
		all |= c;
		out[i] = (char)(c | 0x20);
	}
	if (all & 0x20)		/* set in every lower-case letter only */
		*lower = 1;
	return i;
}

/*
 * Reads the word at d[pos] (k: the kind of its first character), a run
 * of letters or of digits, into p: its letters are counted, and while
 * w[] has room it is appended to norm, lower-cased.  Returns the position
 * after it.  Once w[] is full the word is still written after norm's end
 * but not kept (norm has room for the whole paragraph and the spaces).
 */
static size_t
read_word(struct pinfo *p, const char *d, size_t pos, size_t end, int k)
{
	char *norm = p->norm;
	size_t at = p->nlen, n, len, i;
	int keep = p->nw < WORDS_MAX, lower_seen = 0, cap1 = k == K_UPPER;
	int letters = 0;
	struct nword *w;

	if (keep && at > 0)
		norm[at++] = ' ';
	p->nlen = at;
	if (k == K_DIGIT) {
		while (pos < end && byte_kind[(unsigned char)d[pos]] == K_DIGIT)
			norm[at++] = d[pos++];
	} else {
		for (;;) {
			/* ASCII letters, the common case */
			n = ascii_letters(d + pos, end - pos, norm + at,
			    &lower_seen);
			pos += n;
			at += n;
			letters += (int)n;
			if (pos == end ||
			    byte_kind[(unsigned char)d[pos]] != K_HIGH)
				break;
			k = high_kind(p, d, pos, end, &len);
			if (k != K_LOWER && k != K_UPPER)
				break;
			lower_seen |= k == K_LOWER;
			letters++;
			if (len == 1)	/* a bad byte, read as Latin-1 */
				norm[at++] = (char)(k == K_UPPER ?
				    d[pos] + 32 : d[pos]);
			else
				for (i = 0; i < len; i++)
					norm[at++] = d[pos + i];
			pos += len;
		}
	}
	p->letters += letters;
	if (keep) {
		w = &p->w[p->nw++];
		w->off = (unsigned short)p->nlen;
		w->len = (unsigned short)(at - p->nlen);
		w->cap1 = (unsigned char)cap1;
		w->caps = (unsigned char)!lower_seen;
		p->nlen = at;
	}
	return pos;
}

/*
 * Fills in p for d[start, end): counts always; for a short paragraph the
 * normalised words too.  Normalised: ASCII letters lower-cased, other
 * letters kept, digits split from letters, everything else a separator
 * (so "Russia’s" and "Russia's" both read "russia s").
 */
void
describe(const char *d, size_t start, size_t end, struct pinfo *p)
{
	size_t pos, len, e, skip;
	uint32_t c;
	int inword = 0, k, nwords = 0;

	p->len = end - start;
	p->nwords = 0;
	p->letters = 0;
	p->nlen = 0;
	p->nw = 0;
	p->short_ = p->len <= SHORT_MAX;
	p->may_split = 0;

	/* a list item's bullet ("* Home", as lynx writes a menu); a
	 * Markdown heading's "# " */
	pos = start;
	c = cp_at(d, pos, end, &len);
	p->bullet = (c == '*' || c == 0x2022 || c == 0x00B7) &&
	    pos + len < end && d[pos + len] == ' ';
	if (p->bullet)
		for (pos += len; pos < end && d[pos] == ' '; pos++)
			;
	else
		pos += markdown_heading(d + pos, end - pos);
	pos += link_number(d + pos, end - pos);
	for (; pos < end; pos += len) {
		c = cp_at(d, pos, end, &len);
		if (!cp_is_opener(c))
			break;
	}
	p->first = pos < end ? cp_at(d, pos, end, &len) : 0;
	for (e = end; e > start; e -= len) {
		c = cp_before(d, start, e, &len);
		if (!cp_is_closer(c))
			break;
	}
	p->last = e > start ? cp_before(d, start, e, &len) : 0;

	p->raw = d + start;
	p->low_done = 0;
	if (!p->short_) {
		/* a long paragraph needs to know only whether it has letters */
		for (pos = start; pos < end && p->letters == 0; pos += len) {
			c = cp_at(d, pos, end, &len);
			p->letters = cp_is_letter(c);
		}
		p->norm[0] = '\0';
		return;
	}
	if (!byte_kind['a'])
		init_byte_kind();
	for (pos = start; pos < end; pos += len) {
		k = byte_kind[(unsigned char)d[pos]];
		len = 1;
		if (k == K_HIGH)
			k = high_kind(p, d, pos, end, &len);
		if (k == K_SPACE) {
			/* a second white space in a row separates items
			 * (at the start too: a needless split_items) */
			p->may_split |= !inword;
			inword = 0;
			continue;
		}
		/* a link's number from lynx -dump is not a word, nor a
		 * page template's unfilled "{{hitsCtrl.values.hits}}" */
		if (!inword && d[pos] == '[' &&
		    (skip = link_number(d + pos, end - pos)) > 0) {
			len = skip;
			continue;
		}
		if (!inword && d[pos] == '{' &&
		    (skip = template_tag(d + pos, end - pos)) > 0) {
			len = skip;
			continue;
		}
		if (!inword && nwords < WORDS_MAX)
			nwords++;
		inword = 1;
		if (k == K_SEP) {
			p->may_split |= d[pos] == '|' || d[pos] == '/' ||
			    d[pos] == '>';
			continue;
		}
		pos = read_word(p, d, pos, end, k);
		len = 0;	/* pos is on the byte after the word */
	}
	p->norm[p->nlen] = '\0';
	p->nwords = nwords;
}

const char *
lower(struct pinfo *p)
{
	size_t i;

	if (!p->low_done) {
		for (i = 0; i < p->len; i++)
			p->low[i] = (char)(p->raw[i] >= 'A' && p->raw[i] <= 'Z' ?
			    p->raw[i] + 32 : p->raw[i]);
		p->low[p->len] = '\0';
		p->low_done = 1;
	}
	return p->low;
}

int
norm_prefixed(const struct pinfo *p, struct prefixes *px)
{
	const char *const *list;
	size_t n;

	if (!px->built) {
		for (list = px->list; *list; list++)
			px->first[(unsigned char)**list] = 1;
		px->built = 1;
	}
	if (!px->first[(unsigned char)p->norm[0]])	/* most end here */
		return 0;
	for (list = px->list; *list; list++) {
		if ((*list)[0] != p->norm[0])
			continue;
		n = strlen(*list);
		if (p->nlen >= n && memcmp(p->norm, *list, n) == 0)
			return 1;
	}
	return 0;
}

/* ---- lines of several items: "Home | World | Politics" ---- */

static int
is_item_separator(uint32_t c)
{
	/* bar, breadcrumb arrows, bullet, middle dot, black circle, square */
	return c == '|' || c == 0x203A || c == 0x00BB || c == 0x2022 ||
	    c == 0x00B7 || c == 0x25CF || c == 0x25AA;
}

/*
 * Splits d[start, end) into items at separators: a bar, breadcrumb
 * arrow, bullet, middle dot, black circle or square, a "/" or ">"
 * between spaces, a run of two or more spaces.  The items, trimmed and
 * non-empty, go to from[]/to[]; returns how many (at most ITEMS_MAX; 0
 * when there are more).  describe() notes whether a paragraph may have
 * separators at all; most have none, and are not split.
 */
int
split_items(const char *d, size_t start, size_t end, size_t *from,
    size_t *to)
{
	size_t pos = start, is = start, ie, len, wsn;
	uint32_t c;
	int n = 0, spaces;

	while (pos <= end) {
		ie = pos;
		if (pos == end) {
			pos++;
		} else if (ws_at(d + pos, end - pos) > 0) {
			for (spaces = 0; pos < end &&
			    (wsn = ws_at(d + pos, end - pos)) > 0; spaces++)
				pos += wsn;
			if (spaces < 2)
				continue;
		} else {
			c = cp_at(d, pos, end, &len);
			pos += len;
			if (!is_item_separator(c) && !((c == '/' || c == '>') &&
			    ie > start && d[ie - 1] == ' ' && pos < end &&
			    d[pos] == ' '))
				continue;
		}
		/* an item ends at ie; trim it */
		while (is < ie && (wsn = ws_at(d + is, ie - is)) > 0)
			is += wsn;
		while (ie > is && (wsn = ws_len_before(d, is, ie)) > 0)
			ie -= wsn;
		if (ie > is) {
			if (n == ITEMS_MAX)
				return 0;
			from[n] = is;
			to[n++] = ie;
		}
		is = pos;
	}
	return n;
}
