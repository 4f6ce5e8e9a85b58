#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "tokenize.h"
#include "utf8.h"
#include "util.h"

/* What a code point does in a token. */
enum cclass {
	C_SPACE,	/* separates tokens */
	C_LETTER,
	C_DIGIT,
	C_MARK,		/* combining marks, joiners, selectors: cling to the left */
	C_OTHER,	/* punctuation and symbols: tokens of their own */
	C_CONTROL	/* other controls: each one a token, alone */
};

struct range {
	uint32_t	lo, hi;
	unsigned char	cls;
};

/*
 * Classes of the non-ASCII code points that are not letters, sorted; all
 * others are letters (every script's words stay words).  Coarse on
 * purpose: a tokenizer needs to know where words end, not the whole
 * Unicode database.
 */
static const struct range ranges[] = {
	{ 0x0080, 0x0084, C_CONTROL }, { 0x0085, 0x0085, C_SPACE },
	{ 0x0086, 0x009F, C_CONTROL }, { 0x00A0, 0x00A0, C_SPACE },
	{ 0x00A1, 0x00A9, C_OTHER },
	{ 0x00AB, 0x00AC, C_OTHER }, { 0x00AD, 0x00AD, C_MARK },
	{ 0x00AE, 0x00B4, C_OTHER }, { 0x00B6, 0x00B9, C_OTHER },
	{ 0x00BB, 0x00BF, C_OTHER }, { 0x00D7, 0x00D7, C_OTHER },
	{ 0x00F7, 0x00F7, C_OTHER }, { 0x0300, 0x036F, C_MARK },
	{ 0x037E, 0x037E, C_OTHER }, { 0x0387, 0x0387, C_OTHER },
	{ 0x055A, 0x055F, C_OTHER }, { 0x0589, 0x058A, C_OTHER },
	{ 0x05BE, 0x05BE, C_OTHER }, { 0x05C0, 0x05C0, C_OTHER },
	{ 0x05C3, 0x05C3, C_OTHER }, { 0x05F3, 0x05F4, C_OTHER },
	{ 0x060C, 0x060D, C_OTHER }, { 0x061B, 0x061B, C_OTHER },
	{ 0x061E, 0x061F, C_OTHER }, { 0x0660, 0x0669, C_DIGIT },
	{ 0x066A, 0x066D, C_OTHER }, { 0x06D4, 0x06D4, C_OTHER },
	{ 0x06F0, 0x06F9, C_DIGIT }, { 0x0964, 0x0965, C_OTHER },
	{ 0x0966, 0x096F, C_DIGIT }, { 0x0970, 0x0970, C_OTHER },
	{ 0x1AB0, 0x1AFF, C_MARK }, { 0x1DC0, 0x1DFF, C_MARK },
	{ 0x2000, 0x200B, C_SPACE }, { 0x200C, 0x200F, C_MARK },
	{ 0x2010, 0x2027, C_OTHER }, { 0x2028, 0x2029, C_SPACE },
	{ 0x202A, 0x202E, C_MARK }, { 0x202F, 0x202F, C_SPACE },
	{ 0x2030, 0x205E, C_OTHER }, { 0x205F, 0x2060, C_SPACE },
	{ 0x2061, 0x206F, C_MARK }, { 0x2070, 0x20CF, C_OTHER },
	{ 0x20D0, 0x20FF, C_MARK }, { 0x2100, 0x2BFF, C_OTHER },
	{ 0x2E00, 0x2E7F, C_OTHER }, { 0x3000, 0x3000, C_SPACE },
	{ 0x3001, 0x3004, C_OTHER }, { 0x3008, 0x3020, C_OTHER },
	{ 0x3030, 0x3030, C_OTHER }, { 0x303D, 0x303F, C_OTHER },
	{ 0xE000, 0xF8FF, C_OTHER }, { 0xFE00, 0xFE0F, C_MARK },
	{ 0xFE10, 0xFE1F, C_OTHER }, { 0xFE20, 0xFE2F, C_MARK },
	{ 0xFE30, 0xFE6F, C_OTHER }, { 0xFEFF, 0xFEFF, C_SPACE },
	{ 0xFF01, 0xFF0F, C_OTHER }, { 0xFF10, 0xFF19, C_DIGIT },
	{ 0xFF1A, 0xFF20, C_OTHER }, { 0xFF3B, 0xFF40, C_OTHER },
	{ 0xFF5B, 0xFF65, C_OTHER }, { 0xFFF0, 0xFFFF, C_OTHER },
	{ 0x1F000, 0x1F3FA, C_OTHER }, { 0x1F3FB, 0x1F3FF, C_MARK },
	{ 0x1F400, 0x1FAFF, C_OTHER }, { 0xE0000, 0xE01EF, C_MARK },
	{ 0xF0000, 0x10FFFF, C_OTHER },
};

static int
class_of(uint32_t cp)
{
	size_t lo = 0, hi = sizeof ranges / sizeof ranges[0];

	if (cp < 0x80) {
		if (cp == ' ' || (cp >= '\t' && cp <= '\r'))
			return C_SPACE;
		/* A control is not a space: dropped like one, text would
		 * vanish unseen.  Alone, it cannot glue words together. */
		if (cp < 0x20 || cp == 0x7F)
			return C_CONTROL;
		if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
			return C_LETTER;
		if (cp >= '0' && cp <= '9')
			return C_DIGIT;
		return C_OTHER;
	}
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (cp < ranges[mid].lo)
			hi = mid;
		else if (cp > ranges[mid].hi)
			lo = mid + 1;
		else
			return ranges[mid].cls;
	}
	return C_LETTER;
}

/* class_of of each ASCII character, as a digit (the enum cclass value):
 * the rows are 0x00-0x1F, 0x20-0x3F, 0x40-0x5F, 0x60-0x7F. */
static const char ascii_class[129] =
    "55555555500000555555555555555555"
    "04444444444444442222222222444444"
    "41111111111111111111111111144444"
    "41111111111111111111111111144445";

/* The code point at s[i] (i < n): its length, its class in *cls.  An
 * invalid byte is a one-byte symbol. */
static inline size_t
cp_at(const char *s, size_t n, size_t i, int *cls, uint32_t *cpp)
{
	uint32_t cp;
	size_t len;
	unsigned char c = (unsigned char)s[i];

	/* Most text is ASCII: its classes come from a table. */
	if (c < 0x80) {
		*cls = ascii_class[c] - '0';
		if (cpp)
			*cpp = c;
		return 1;
	}
	len = utf8_decode((const unsigned char *)s + i, n - i, &cp);
	if (len == 0) {
		*cls = C_OTHER;
		cp = 0xFFFD;
		len = 1;
	} else {
		*cls = class_of(cp);
	}
	if (cpp)
		*cpp = cp;
	return len;
}

static int
class_at(const char *s, size_t n, size_t i)
{
	int cls;

	if (i >= n)
		return C_SPACE;
	cp_at(s, n, i, &cls, NULL);
	return cls;
}

static int
is_word(int cls)
{
	return cls == C_LETTER || cls == C_DIGIT || cls == C_MARK;
}

static int
is_alnum(int cls)
{
	return cls == C_LETTER || cls == C_DIGIT;
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static void
grow(struct tokens *t)
{
	t->cap = t->cap ? t->cap * 2 : 64;
	t->v = ereallocarray(t->v, t->cap, sizeof *t->v);
}

/* inline, the growing apart: a call a token was 1 % of extract-entities'
 * instructions */
static inline void
push(struct tokens *t, size_t start, size_t end)
{
	if (t->n == t->cap)
		grow(t);
	t->v[t->n].start = start;
	t->v[t->n].end = end;
	t->n++;
}

/* Length of the apostrophe (' or U+2019) at s[i], or 0. */
static size_t
apostrophe_at(const char *s, size_t n, size_t i)
{
	if (i < n && s[i] == '\'')
		return 1;
	if (i + 2 < n && memcmp(s + i, "\xE2\x80\x99", 3) == 0)
		return 3;
	return 0;
}

/*
 * Whether w (len bytes) is a word of list, in any case.  The lists are
 * in lower case: a word whose first letter differs is passed over before
 * strlen and strncasecmp, which took 3 % of extract-entities' time.
 */
static int
word_is(const char *w, size_t len, const char *const *list)
{
	if (len == 0)
		return 0;
	for (; *list; list++)
		if ((*list)[0] == (w[0] | 0x20) && strlen(*list) == len &&
		    strncasecmp(w, *list, len) == 0)
			return 1;
	return 0;
}

/* Words that keep their period; "no" and "nos" only before a number.
 * (Seven letters at most: see word_key.) */
static const char *const abbreviations[] = {
	"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc",
	"inc", "ltd", "co", "corp", "bros", "gen", "col", "lt", "sgt", "capt",
	"cmdr", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "messrs",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
	"fri", "sat", "sun", "mt", "ft", "approx", "dept", "est", "fig",
	"figs", "vol", "vols", "ca", "cf", "al", "univ", "assn", "ave", "blvd",
	"rd", "pp", "ed", "eds", "op", "cit", "ibid", "viz", "mln", "bn",
	NULL
};

/*
 * A word of 1 to 7 bytes as a number, its ASCII letters in lower case:
 * the bytes, and the length in the top byte (so that a NUL in the word
 * makes no other word's number).  0 for other words.
 */
static uint64_t
word_key(const char *w, size_t len)
{
	uint64_t key = (uint64_t)len << 56;
	size_t i;
	unsigned char c;

	if (len == 0 || len > 7)
		return 0;
	for (i = 0; i < len; i++) {
		c = (unsigned char)w[i];
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		key |= (uint64_t)c << (8 * i);
	}
	return key;
}

static int
cmp_key(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * Whether w (len bytes) is one of the abbreviations, in any case.  A word
 * before a full stop, most sentences' last, was compared with each of
 * them in turn (1 % of extract-entities' instructions), then looked for
 * by bsearch and strcmp (0.5 %): now their numbers (word_key), sorted at
 * the first call, are searched for its number.
 */
static int
is_abbreviation(const char *w, size_t len)
{
	static uint64_t sorted[sizeof abbreviations /
	    sizeof abbreviations[0] - 1];
	static size_t nsorted;
	size_t lo = 0, hi, mid;
	uint64_t key;

	if (nsorted == 0) {
		for (; abbreviations[nsorted]; nsorted++)
			sorted[nsorted] = word_key(abbreviations[nsorted],
			    strlen(abbreviations[nsorted]));
		qsort(sorted, nsorted, sizeof *sorted, cmp_key);
	}
	if ((key = word_key(w, len)) == 0)
		return 0;	/* none is so long */
	for (hi = nsorted; lo < hi;) {
		mid = lo + (hi - lo) / 2;
		if (sorted[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < nsorted && sorted[lo] == key;
}

/* Bound prefixes before which EWT keeps a hyphenated word whole. */
static const char *const hyphen_prefixes[] = {
	"e", "non", "anti", "pre", "re", "mid", "co", "post", "ex", "semi",
	"counter", "pro", "multi", "sub", "neo", "cross", "psycho", "socio",
	"micro", "macro", "intra", "inter", "un", "mis", "ultra", "bi", "tri",
	"de", "hyper", "pan", "trans", "mega", "mini", "meta", "extra",
	"infra", "over", "vice", "self", NULL
};

/*
 * The word [start, end) ends at a period (s[end] == '.'): does the period
 * belong to it?  Dotted abbreviations (U.S, e.g, Ph.D), initials (J) and
 * the words of the abbreviation list keep it.
 */
static int
keeps_period(const char *s, size_t n, size_t start, size_t end)
{
	size_t i, seg = 0, j;
	int dotted = 0;

	for (i = start; i < end; i++) {
		if (s[i] == '.') {
			if (seg == 0 || seg > 2)
				return 0;
			dotted = 1;
			seg = 0;
		} else if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') {
			seg++;
		} else {
			if (dotted)
				return 0;
			seg = 99;	/* not a dotted abbreviation */
		}
	}
	if (dotted) {
		/* At the end of the sentence the period ends it, as in EWT
		 * ("in the U.S." -> U.S .). */
		for (j = end + 1; j < n && s[j] == ' '; j++)
			;
		return seg >= 1 && seg <= 2 && j < n;
	}
	if (end - start == 1 && is_upper(s[start]))
		return 1;	/* an initial */
	if (is_abbreviation(s + start, end - start))
		return 1;
	if (word_is(s + start, end - start, (const char *const[]){ "no",
	    "nos", NULL })) {
		for (j = end + 1; j < n && s[j] == ' '; j++)
			;
		return j < n && is_digit(s[j]);
	}
	return 0;
}

/*
 * The end of the run of ASCII letters and digits at s[i]: most of a
 * word's bytes, taken 16 at a time where 16 are left (a byte a turn, with
 * two range tests, was a third of the tokenizer's instructions).
 */
static inline size_t
ascii_alnum_end(const char *s, size_t n, size_t i)
{
#ifdef __SSE2__
	/* c in [lo, lo + k) as signed (c - lo - 128) < k - 128 */
	const __m128i a = _mm_set1_epi8((char)(0x80 - 'a'));
	const __m128i z = _mm_set1_epi8((char)(26 - 128));
	const __m128i d0 = _mm_set1_epi8((char)(0x80 - '0'));
	const __m128i d9 = _mm_set1_epi8((char)(10 - 128));
	const __m128i low = _mm_set1_epi8(0x20);
	__m128i v;
	unsigned m;

	while (n - i >= 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, low), a), z),
		    _mm_cmplt_epi8(_mm_add_epi8(v, d0), d9)));
		if (m != 0xFFFF)
			return i + (size_t)__builtin_ctz(~m);
		i += 16;
	}
#endif
	while (i < n && ((unsigned)(((unsigned char)s[i] | 0x20) - 'a') < 26 ||
	    (unsigned)((unsigned char)s[i] - '0') < 10))
		i++;
	return i;
}

/*
 * Scans a word that starts at s[i] (a letter or digit) and returns its
 * end.  Inner periods, commas, colons, slashes, hyphens and apostrophes
 * join the word where the rules in tokenize.h say so; *apostrophe tells
 * whether one did, after which a clitic may start.
 */
static size_t
scan_word(const char *s, size_t n, size_t i, int *apostrophe)
{
	size_t start = i, seg = i, alen;
	int cls;

	*apostrophe = 0;
	for (;;) {
		while ((i = ascii_alnum_end(s, n, i)) < n) {
			size_t len;

			if (s[i] == ' ')	/* the end of most words */
				return i;
			len = cp_at(s, n, i, &cls, NULL);
			if (!is_word(cls))
				break;
			i += len;
		}
		if (i >= n)
			return i;
		switch (s[i]) {
		case '.':
			if (is_alnum(class_at(s, n, i + 1))) {
				i++;
				continue;
			}
			return keeps_period(s, n, start, i) ? i + 1 : i;
		case ',':
			if (is_digit(s[i - 1]) && i + 3 < n &&
			    is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
			    is_digit(s[i + 3]) &&
			    (i + 4 >= n || !is_digit(s[i + 4]))) {
				i++;
				continue;
			}
			return i;
		case ':':
		case '/':
			if (is_digit(s[i - 1]) && i + 1 < n && is_digit(s[i + 1])) {
				i++;
				continue;
			}
			return i;
		case '-':
			if (is_digit(s[i - 1]) && i + 1 < n && is_digit(s[i + 1])) {
				i++;
				continue;
			}
			if (is_alnum(class_at(s, n, i + 1)) &&
			    word_is(s + seg, i - seg, hyphen_prefixes)) {
				seg = ++i;
				continue;
			}
			return i;
		case '&':
			if (is_upper(s[i - 1]) && i + 1 < n && is_upper(s[i + 1])) {
				i++;
				continue;
			}
			return i;
		default:
			if ((alen = apostrophe_at(s, n, i)) != 0 &&
			    class_at(s, n, i + alen) == C_LETTER) {
				i += alen;
				*apostrophe = 1;
				continue;
			}
			return i;
		}
	}
}

/* Clitic-less contractions EWT splits, with where; their lengths are
 * known at compile time, not taken by strlen for every word of four to
 * eight letters that ends in t or a. */
#define FUSED(w, at)	{ (w), sizeof (w) - 1, (at) }
static const struct {
	const char	*word;
	size_t		 len, at;
} fused[] = {
	FUSED("cannot", 3), FUSED("gonna", 3), FUSED("wanna", 3),
	FUSED("gotta", 3), FUSED("dont", 2), FUSED("doesnt", 4),
	FUSED("didnt", 3), FUSED("isnt", 2), FUSED("wasnt", 3),
	FUSED("arent", 3), FUSED("werent", 4), FUSED("cant", 2),
	FUSED("couldnt", 5), FUSED("wouldnt", 5), FUSED("shouldnt", 6),
	FUSED("havent", 4), FUSED("hasnt", 3), FUSED("hadnt", 3),
	FUSED("aint", 2),
};
#undef FUSED

/* Where a clitic starts at the end of [start, end), or end when none. */
static size_t
clitic_start(const char *s, size_t start, size_t end)
{
	static const char *const clitics[] = { "s", "re", "ve", "ll", "d", "m" };
	size_t len = end - start, k, cl;

	/* every clitic follows an apostrophe, ' or ’ (E2 80 99); one look
	 * at the word's few bytes for either, not two calls of memchr */
	for (k = start; k < end && s[k] != '\'' && (unsigned char)s[k] != 0xE2;
	    k++)
		;
	if (k == end)
		return end;
	/* n't, n’t */
	if (len > 3 && strncasecmp(s + end - 3, "n't", 3) == 0)
		return end - 3;
	if (len > 5 && (s[end - 5] | 0x20) == 'n' && (s[end - 1] | 0x20) == 't' &&
	    memcmp(s + end - 4, "\xE2\x80\x99", 3) == 0)
		return end - 5;
	for (k = 0; k < sizeof clitics / sizeof clitics[0]; k++) {
		cl = strlen(clitics[k]);
		if (len > cl + 1 && strncasecmp(s + end - cl, clitics[k], cl) == 0) {
			if (s[end - cl - 1] == '\'')
				return end - cl - 1;
			if (len > cl + 3 &&
			    memcmp(s + end - cl - 3, "\xE2\x80\x99", 3) == 0)
				return end - cl - 3;
		}
	}
	return end;
}

/* Pushes the word [start, end) split at its clitics, which it can only
 * have when it holds an apostrophe (see scan_word). */
static void
push_word(struct tokens *t, const char *s, size_t start, size_t end,
    int apostrophe)
{
	size_t cuts[4], ncut = 0, k, c;
	char last = end > start ? (char)(s[end - 1] | 0x20) : 0;

	/* the fused words are 4 to 8 letters ending in t or a */
	for (k = 0; end - start >= 4 && end - start <= 8 &&
	    (last == 't' || last == 'a') &&
	    k < sizeof fused / sizeof fused[0]; k++) {
		if (fused[k].len == end - start &&
		    fused[k].word[0] == (s[start] | 0x20) &&
		    strncasecmp(s + start, fused[k].word, end - start) == 0) {
			push(t, start, start + fused[k].at);
			push(t, start + fused[k].at, end);
			return;
		}
	}
	c = end;
	while (apostrophe && ncut < 3) {
		k = clitic_start(s, start, c);
		if (k == c || k <= start)
			break;
		cuts[ncut++] = c = k;
	}
	/* cuts[] descends: the first token ends at the last cut. */
	c = start;
	for (k = ncut; k > 0; k--) {
		push(t, c, cuts[k - 1]);
		c = cuts[k - 1];
	}
	push(t, c, end);
}

static int
ascii_word_char(char c)
{
	return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || is_digit(c) ||
	    c == '_';
}

static int
email_local_char(char c)
{
	return ascii_word_char(c) || c == '.' || c == '%' || c == '+' ||
	    c == '-';
}

/*
 * An e-mail address at s[i]: its end, or i.  *scanned tells how far the
 * local part ran, so a failed attempt is not repeated from inside it.
 */
static size_t
scan_email(const char *s, size_t n, size_t i, size_t *scanned)
{
	size_t j = i, k, lastdot = 0;

	while (j < n && email_local_char(s[j]))
		j++;
	*scanned = j;
	if (j == i || j >= n || s[j] != '@')
		return i;
	for (k = j + 1; k < n && (ascii_word_char(s[k]) || s[k] == '-' ||
	    s[k] == '.'); k++)
		if (s[k] == '.' && k + 1 < n && ascii_word_char(s[k + 1]))
			lastdot = k;
	while (k > j + 1 && (s[k - 1] == '.' || s[k - 1] == '-'))
		k--;
	if (lastdot == 0 || lastdot <= j + 1 || lastdot >= k)
		return i;
	return k;
}

static size_t
scan_url(const char *s, size_t n, size_t i)
{
	static const char *const schemes[] = { "http://", "https://",
	    "ftp://", "www.", NULL };
	const char *const *p;
	size_t j, open = 0, close = 0, k;
	int cls;
	char first = (char)(s[i] | 0x20);

	if (first != 'h' && first != 'f' && first != 'w')
		return i;	/* no scheme below can start here */
	/* nor go on here: "with", "for", "he" are common words, and each
	 * was four calls of strncasecmp */
	if (n - i < 2 || ((s[i + 1] | 0x20) != 't' && (s[i + 1] | 0x20) != 'w'))
		return i;
	for (p = schemes; *p; p++)
		if (n - i > strlen(*p) && strncasecmp(s + i, *p, strlen(*p)) == 0)
			break;
	if (*p == NULL)
		return i;
	for (j = i; j < n; j += k) {
		k = cp_at(s, n, j, &cls, NULL);
		if (cls == C_SPACE || cls == C_CONTROL || s[j] == '"' ||
		    s[j] == '<' || s[j] == '>')
			break;
		if (k == 3 && (memcmp(s + j, "\xE2\x80\x9D", 3) == 0 ||
		    memcmp(s + j, "\xE2\x80\x99", 3) == 0))
			break;
		open += s[j] == '(';
		close += s[j] == ')';
	}
	while (j > i && strchr(".,;:!?'", s[j - 1]) != NULL)
		j--;
	if (j > i && s[j - 1] == ')' && close > open)
		j--;
	if (j - i <= strlen(*p))
		return i;
	return j;
}

static const char *const emoticons[] = {
	":-)", ":-(", ":-D", ":-P", ";-)", ":)", ":(", ":D", ":P", ";)",
	":/", ":|", "<3", NULL
};

/* Punctuation and symbols at s[i]: the end of their token. */
static size_t
scan_other(const char *s, size_t n, size_t i)
{
	const char *const *e;
	size_t j, len, el;
	int cls;
	uint32_t cp;

	/* every emoticon of the list starts with one of these three */
	for (e = emoticons; (s[i] == ':' || s[i] == ';' || s[i] == '<') && *e;
	    e++) {
		if ((*e)[0] != s[i])
			continue;	/* cheaper than strlen and memcmp */
		el = strlen(*e);
		if (n - i >= el && memcmp(s + i, *e, el) == 0 &&
		    !is_alnum(class_at(s, n, i + el)))
			return i + el;
	}
	if (strchr(".-!?*=_~", s[i]) != NULL) {
		for (j = i + 1; j < n && (s[j] == s[i] || (strchr("!?", s[i]) &&
		    s[j] != '\0' && strchr("!?", s[j]))); j++)
			;
		return j;
	}
	j = i + cp_at(s, n, i, &cls, &cp);
	/* Modifiers, selectors and ZWJ sequences stay with their symbol. */
	while (j < n) {
		len = cp_at(s, n, j, &cls, &cp);
		if (cls != C_MARK)
			break;
		j += len;
		if (cp == 0x200D && j < n) {
			len = cp_at(s, n, j, &cls, &cp);
			if (cls == C_OTHER)
				j += len;
		}
	}
	return j;
}

void
tokenize(const char *s, size_t n, struct tokens *out)
{
	size_t i = 0, end, len, no_email_before = 0, scanned;
	int cls, apostrophe;

	out->n = 0;
	/* an address needs an '@': without one, no word is tried as the
	 * start of one (the test ran on most words of most sentences) */
	if (memchr(s, '@', n) == NULL)
		no_email_before = n;
	while (i < n) {
		if (s[i] == ' ') {	/* most bytes between tokens */
			i++;
			continue;
		}
		len = cp_at(s, n, i, &cls, NULL);
		if (cls == C_SPACE) {
			i += len;
			continue;
		}
		if (cls == C_CONTROL) {
			push(out, i, i + len);
			i += len;
			continue;
		}
		if ((end = scan_url(s, n, i)) > i) {
			push(out, i, end);
			i = end;
			continue;
		}
		if (i >= no_email_before && email_local_char(s[i])) {
			if ((end = scan_email(s, n, i, &scanned)) > i) {
				push(out, i, end);
				i = end;
				continue;
			}
			no_email_before = scanned;
		}
		if ((s[i] == '@' || s[i] == '#') && i + 1 < n &&
		    (ascii_word_char(s[i + 1]) ||
		    (s[i] == '#' && class_at(s, n, i + 1) == C_LETTER)) &&
		    !(s[i] == '#' && is_digit(s[i + 1]))) {
			for (end = i + 1; end < n; end += len) {
				len = cp_at(s, n, end, &cls, NULL);
				if (!is_word(cls) && s[end] != '_')
					break;
			}
			push(out, i, end);
			i = end;
			continue;
		}
		if (is_alnum(cls)) {
			end = scan_word(s, n, i, &apostrophe);
			push_word(out, s, i, end, apostrophe);
			i = end;
			continue;
		}
		end = scan_other(s, n, i);
		push(out, i, end);
		i = end;
	}
}

void
tokens_free(struct tokens *t)
{
	free(t->v);
	t->v = NULL;
	t->n = t->cap = 0;
}
