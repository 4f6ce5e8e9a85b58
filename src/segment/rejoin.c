/*
 * Words that a hard-wrapped text breaks at a line end, joined again in a
 * sentence's text: "assur-\ned" is "assured".  The OCR of old newspapers
 * loses most of the hyphens ("fol\nlowing": five breaks in six of the
 * 1916 pages), so a break without one is joined too when a dictionary
 * says so; with a hyphen, the dictionary tells a broken word from a
 * compound ("well-\nknown" stays "well-known").
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "segment.h"
#include "util.h"

/*
 * Function words, which the dictionary (WordNet's forms) lacks: "for"
 * and "a" are two words, not a broken "fora".  Only their being words
 * matters here.
 */
static const char *const function_words[] = {
	"a", "about", "above", "after", "against", "all", "am", "an", "and",
	"any", "are", "as", "at", "be", "because", "been", "before", "being",
	"below", "between", "both", "but", "by", "can", "could", "did", "do",
	"does", "down", "during", "each", "either", "every", "few", "for",
	"from", "had", "has", "have", "he", "her", "here", "hers", "him",
	"his", "how", "i", "if", "in", "into", "is", "it", "its", "may",
	"me", "might", "more", "most", "must", "my", "neither", "no", "nor",
	"not", "of", "off", "on", "one", "onto", "or", "our", "ours", "out",
	"over", "own", "shall", "she", "should", "so", "some", "such",
	"than", "that", "the", "their", "theirs", "them", "then", "there",
	"these", "they", "this", "those", "though", "through", "thus", "to",
	"too", "under", "unless", "until", "unto", "up", "upon", "us", "was",
	"we", "were", "what", "when", "where", "whether", "which", "while",
	"who", "whom", "whose", "why", "will", "with", "within", "without",
	"would", "ye", "yet", "you", "your", "yours", NULL
};

/* Is w (n bytes) then end one of the function words, which inflect not
 * ("the/ing", "then/s": misread lines)?  Asked only of a base the
 * dictionary has. */
static int
is_function_word(const char *w, size_t n, const char *end)
{
	size_t k, el = strlen(end);

	for (k = 0; function_words[k] != NULL; k++)
		if (function_words[k][0] == w[0] &&
		    strlen(function_words[k]) == n + el &&
		    memcmp(function_words[k], w, n) == 0 &&
		    memcmp(function_words[k] + n, end, el) == 0)
			return 1;
	return 0;
}

/* The hash of a word: its lower case, a then b. */
static uint64_t
word_hash(const char *a, size_t an, const char *b, size_t bn)
{
	uint64_t h = HASHSET_FNV_OFFSET;
	size_t i;

	for (i = 0; i < an; i++)
		h = (h ^ (unsigned char)(a[i] | 0x20)) * HASHSET_FNV_PRIME;
	for (i = 0; i < bn; i++)
		h = (h ^ (unsigned char)(b[i] | 0x20)) * HASHSET_FNV_PRIME;
	return h;
}

/* The bit of h in dict->filter. */
#define FILTER_WORD(h)	(((h) >> 40) % DICTIONARY_FILTER_BITS / 64)
#define FILTER_BIT(h)	(UINT64_C(1) << ((h) >> 40) % 64)

static void
add(struct dictionary *dict, uint64_t h)
{
	(void)hashset_add(&dict->words, h);
	dict->filter[FILTER_WORD(h)] |= FILTER_BIT(h);
}

/* The set is made on the first break that needs it: a web article, whose
 * lines are paragraphs, seldom has one. */
static void
dictionary_build(struct dictionary *dict)
{
	const char *p = dict->list, *end = dict->list + dict->len, *nl;
	size_t k;

	dict->built = 1;
	dict->filter = ecalloc(DICTIONARY_FILTER_BITS / 64,
	    sizeof *dict->filter);
	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (nl > p && *p != '#')
			add(dict, word_hash(p, (size_t)(nl - p), NULL, 0));
	}
	for (k = 0; function_words[k] != NULL; k++)
		add(dict, word_hash(function_words[k],
		    strlen(function_words[k]), NULL, 0));
}

static int
has_hash(const struct dictionary *dict, uint64_t h)
{
	return (dict->filter[FILTER_WORD(h)] & FILTER_BIT(h)) &&
	    hashset_has(&dict->words, h);
}

/*
 * The regular inflections that WordNet's list, of base words and
 * irregular forms, lacks: with them, the 1916 pages join 9,000 more
 * broken words ("mem/bers", "fol/lowed", "in/cluding", "bod/ies").  A
 * base keeps at least three letters; "stopped" and "running" double
 * their base's last consonant.
 */
static const struct inflection {
	const char	*suffix;
	size_t		 sl;		/* its length */
	const char	*base_end;	/* what the base ends in instead */
	size_t		 el;		/* its length */
	int		 doubles;	/* the base's last letter, doubled */
} inflections[] = {
#define INFLECTION(suffix, base_end, doubles) \
	{ suffix, sizeof (suffix) - 1, base_end, sizeof (base_end) - 1, doubles }
	INFLECTION("ies", "y", 0), INFLECTION("ied", "y", 0),
	INFLECTION("es", "", 0), INFLECTION("s", "", 0),
	INFLECTION("ed", "", 0), INFLECTION("ed", "e", 0),
	INFLECTION("ed", "", 1), INFLECTION("ing", "", 0),
	INFLECTION("ing", "e", 0), INFLECTION("ing", "", 1),
#undef INFLECTION
};

#define INFLECTED_MAX	48	/* bytes: longer words are not looked at */

static int
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Is w's base (its first base bytes) spelt as inflection f would be
 * spelt on it: "churches" not "churchs", "bodies" not "bodys",
 * "agreeing" but not "audienceing"? */
static int
spelt_regularly(const char *w, size_t base, const struct inflection *f)
{
	char last = w[base - 1], before = w[base - 2];
	int sibilant = last == 's' || last == 'x' || last == 'z' ||
	    (last == 'h' && (before == 'c' || before == 's'));

	if (f->sl == 1)				/* -s */
		return !sibilant && !(last == 'y' && !is_vowel(before));
	if (f->sl == 2 && f->suffix[1] == 's')	/* -es */
		return sibilant || last == 'o';
	if (f->base_end[0] == 'y')		/* "bod/ies", "remed/ied" */
		return !is_vowel(last);
	if (f->doubles || f->base_end[0] == 'e')
		return 1;
	/* -ed and -ing straight on the base: not after its e, but
	 * "seeing", "dyeing", "hoeing" */
	return last != 'e' || (f->suffix[0] == 'i' &&
	    (before == 'e' || before == 'y' || before == 'o'));
}

/* Is the word w (n bytes, lower case) a regular inflection of a word? */
static int
known_inflected(const struct dictionary *dict, const char *w, size_t n)
{
	const struct inflection *f;
	size_t k, base;

	for (k = 0; k < sizeof inflections / sizeof inflections[0]; k++) {
		f = &inflections[k];
		if (n < f->sl + 3 || w[n - 1] != f->suffix[f->sl - 1] ||
		    memcmp(w + n - f->sl, f->suffix, f->sl) != 0)
			continue;
		base = n - f->sl;
		if (f->doubles) {
			if (w[base - 1] != w[base - 2] ||
			    strchr("aeiouy", w[base - 1]) != NULL)
				continue;
			base--;
		}
		if (base >= 3 && spelt_regularly(w, base, f) &&
		    has_hash(dict, word_hash(w, base, f->base_end, f->el)) &&
		    !is_function_word(w, base, f->base_end))
			return 1;
	}
	return 0;
}

/* Is there a dictionary to look in?  (Its set is made here, on first
 * use.) */
static int
dictionary_ready(struct dictionary *dict)
{
	if (dict == NULL)
		return 0;
	if (!dict->built)
		dictionary_build(dict);
	return 1;
}

/* Is a then b (b may be empty) a word? */
static int
known(struct dictionary *dict, const char *a, size_t an, const char *b,
    size_t bn)
{
	return an + bn > 0 && dictionary_ready(dict) &&
	    has_hash(dict, word_hash(a, an, b, bn));
}

/* Is a then b (b may be empty), no word of the dictionary (known() said
 * so), a regular inflection of one? */
static int
inflects_known(struct dictionary *dict, const char *a, size_t an,
    const char *b, size_t bn)
{
	char w[INFLECTED_MAX] = "", last;
	size_t i;

	if (an + bn == 0 || an + bn > sizeof w)
		return 0;
	/* (every inflection ends in s, d or g: most words are done here) */
	last = (char)((bn > 0 ? b[bn - 1] : a[an - 1]) | 0x20);
	if ((last != 's' && last != 'd' && last != 'g') ||
	    !dictionary_ready(dict))
		return 0;
	for (i = 0; i < an; i++)
		w[i] = (char)(a[i] | 0x20);
	for (i = 0; i < bn; i++)
		w[an + i] = (char)(b[i] | 0x20);
	return known_inflected(dict, w, an + bn);
}

/* known(), or when inflected is set, inflects_known() */
static int
known_as(struct dictionary *dict, const char *w, size_t n, int inflected)
{
	return known(dict, w, n, NULL, 0) ||
	    (inflected && inflects_known(dict, w, n, NULL, 0));
}

/* Might the words ending at a_end and starting at b_start of d be one?
 * (Two bytes, before the line end is looked at: most gaps end here.) */
static int
candidate(const char *d, size_t a_end, size_t b_start)
{
	char last = d[a_end - 1];

	return is_ascii_lower(d[b_start]) && (is_ascii_letter(last) ||
	    (last == '-' && a_end >= 2 && is_ascii_letter(d[a_end - 2])));
}

/* Is d[a_end, b_start) one line end, with only blanks around it? */
static int
one_line_end(const char *d, size_t a_end, size_t b_start)
{
	size_t i, lf = 0;

	for (i = a_end; i < b_start; i++) {
		if (d[i] == '\n')
			lf++;
		else if (d[i] != ' ' && d[i] != '\t' && d[i] != '\r')
			return 0;
	}
	return lf == 1;
}

enum rejoin
rejoin_at(struct dictionary *dict, const char *d, size_t a_start,
    size_t a_end, size_t b_start, size_t b_end)
{
	size_t as, ae, be;
	int hyphen, whole, inflected, parts;

	if (a_end <= a_start || b_end <= b_start)
		return REJOIN_NO;
	/* The soft hyphen says where a word was broken, and nothing else:
	 * whatever the words and their case ("SENA\u00ad\nTOR"), they are
	 * one. */
	if (ends_in_soft_hyphen(d, a_start, a_end))
		return one_line_end(d, a_end, b_start) ? REJOIN_DROP_SOFT :
		    REJOIN_NO;
	if (!candidate(d, a_end, b_start) || !one_line_end(d, a_end, b_start))
		return REJOIN_NO;
	/* a: the letters that end A, the whole of its word ("(fac",
	 * "anti-Ger", not "3fac"); b: those that begin B, the whole of
	 * its word ("tion),", not "low-up") */
	hyphen = d[a_end - 1] == '-';
	ae = a_end - (size_t)hyphen;
	for (as = ae; as > a_start && is_ascii_letter(d[as - 1]); as--)
		;
	if (as > a_start && (is_digit(d[as - 1]) ||
	    ((unsigned char)d[as - 1] & 0x80)))
		return REJOIN_NO;
	for (be = b_start; be < b_end && is_ascii_lower(d[be]); be++)
		;
	if (be < b_end && (is_ascii_letter(d[be]) || d[be] == '-' ||
	    is_digit(d[be]) || ((unsigned char)d[be] & 0x80)))
		return REJOIN_NO;
	whole = known(dict, d + as, ae - as, d + b_start, be - b_start);
	/*
	 * The pieces are inflected only when the whole is: "re/maining"
	 * is "remaining", though "maining" might inflect "main"; "for/ages"
	 * stays two, as "ages" inflects "age" as "forages" does "forage".
	 */
	inflected = !whole && inflects_known(dict, d + as, ae - as,
	    d + b_start, be - b_start);
	if (!whole && !inflected && !hyphen)
		return REJOIN_NO;	/* (most line ends: a look-up or two) */
	parts = known_as(dict, d + as, ae - as, inflected) &&
	    known_as(dict, d + b_start, be - b_start, inflected);
	whole = whole || inflected;
	/* With a hyphen, two words that make none are a compound; a word
	 * the dictionary lacks, a name most often ("Wil-\nson"), is broken
	 * there.  Without one, two words stay two ("for a", "be came"). */
	if (hyphen)
		return whole || !parts ? REJOIN_DROP_HYPHEN : REJOIN_KEEP_HYPHEN;
	return whole && !parts ? REJOIN_JOIN : REJOIN_NO;
}

void
dictionary_free(struct dictionary *dict)
{
	hashset_free(&dict->words);
	free(dict->filter);
	dict->filter = NULL;
	dict->built = 0;
}
