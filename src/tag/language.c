/*
 * Language identification by common words: a language's thirty or so
 * commonest words (of two letters or more: a lone letter is as often OCR
 * noise) are a quarter to a half of any text in it, and few of them are
 * common in another language.  Cheap, and right on whole articles; a
 * sentence is too short to tell.
 */
#include <stdlib.h>
#include <string.h>

#include "language.h"
#include "letters.h"
#include "mem.h"
#include "utf8.h"

static const char *const code[LANGUAGE_N] = {
	"en", "de", "es", "fi", "fr", "it", "nl", "pl", "pt", "sv"
};

/* The lists, in lower case, written out for this.  English comes first
 * and keeps its words: a common English word counts for English alone
 * ("in", "on", "is", "as" are common in others too), since most articles
 * are English and a page of OCR noise full of "in" is not Italian.  A
 * word of several other lists counts for each of them. */
static const char *const common[LANGUAGE_N] = {
	"the of and to in is that for on was with as by it at from his her "
	"he she they be are were has have had not but this which an or said "
	"will its their who been would after",
	"der die und den von zu das mit sich des auf für ist im dem nicht "
	"ein eine als auch es er hat aus bei sind wird nach wie noch über "
	"einer um sie am werden zum zur war",
	"de la que el en los del se las por un para con no una su al es lo "
	"como más pero sus le ya fue este ha",
	"ja ei se että oli hän mutta kun niin ovat myös joka kuin tai ole "
	"sen tämä ne mitä jo vain sitä siitä olla",
	"de la le et les des en du un une est que pour qui dans par sur pas "
	"au avec ce il ne se sont plus été aux son sa ses mais ou",
	"di il la che per un del non è una sono le si da con al dei della "
	"delle nel ha gli lo come anche più ma",
	"de het een en van dat op te zijn met voor niet aan er die maar om "
	"ook als dan bij nog uit wordt door naar",
	"nie na się do to że jest jak ale po co tak za od przez są już dla "
	"być jego tylko",
	"de do da em um para é com não uma os no se na por mais dos como "
	"mas foi ao ele das tem à seu sua",
	"och att det som en på är av för med till den har de inte om ett "
	"men var sig så från vid kan",
};

#define WORD_MAX	16	/* bytes: no common word is longer */
#define SLOTS		1024	/* a power of two, over 3 * LANGUAGE_WORDS */

struct entry {
	char		word[WORD_MAX];
	uint8_t		len;
	uint16_t	index;	/* the word's number, for the seen bits */
	uint16_t	langs;	/* bit i: a common word of code[i] */
};

static struct entry table[SLOTS];
static size_t nwords;

/* The slot of word (n bytes): its own, or the empty one it would take. */
static struct entry *
slot(const char *w, size_t n)
{
	uint32_t i = mem_hash(w, n) & (SLOTS - 1);

	while (table[i].langs != 0 &&
	    (table[i].len != n || memcmp(table[i].word, w, n) != 0))
		i = (i + 1) & (SLOTS - 1);
	return &table[i];
}

static void
table_build(void)
{
	const char *p, *w;
	struct entry *e;
	size_t l, n;

	for (l = 0; l < LANGUAGE_N; l++)
		for (p = common[l]; *p != '\0'; p += *p == ' ') {
			w = p;
			while (*p != '\0' && *p != ' ')
				p++;
			n = (size_t)(p - w);
			e = slot(w, n);
			/* (the lists are this file's: a word too many or
			 * too long is a mistake here, caught by the tests) */
			if (n > WORD_MAX || (e->langs == 0 &&
			    nwords == LANGUAGE_WORDS))
				abort();
			if (e->langs == 0) {
				memcpy(e->word, w, n);
				e->len = (uint8_t)n;
				e->index = (uint16_t)nwords++;
			} else if (e->langs & 1)	/* English's alone */
				continue;
			e->langs |= (uint16_t)(1u << l);
		}
}

void
language_reset(struct language_sample *s)
{
	if (nwords == 0)
		table_build();
	memset(s, 0, sizeof *s);
}

/*
 * The word w (n bytes) as the lists write it, into out (WORD_MAX + 1
 * bytes): letters in lower case (cp_to_lower: "Über" is "über", "ŻE"
 * is "że"), ASCII punctuation and digits left out ("l'on" is
 * "lon", "said," is "said").  Returns its length, or WORD_MAX + 1 when it
 * is longer than any common word.
 */
static size_t
clean(const unsigned char *w, size_t n, char *out)
{
	size_t i, k, m, len = 0;
	unsigned c;
	uint32_t cp;
	char low[4];

	for (i = 0; i < n && len <= WORD_MAX; i++) {
		c = w[i];
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		else if (c >= '!' && c <= '~' && !(c >= 'a' && c <= 'z'))
			continue;	/* ASCII punctuation or a digit */
		if (c >= 0x80 && (k = utf8_decode(w + i, n - i, &cp)) > 0) {
			cp = cp_to_lower(cp);
			if (len + (m = utf8_encode(cp, low)) > WORD_MAX)
				return WORD_MAX + 1;
			memcpy(out + len, low, m);
			len += m;
			i += k - 1;
			continue;
		}
		out[len++] = (char)c;
	}
	return len;
}

/* Counts word w (n bytes) into the sample. */
static void
sample_word(struct language_sample *s, const unsigned char *w, size_t n)
{
	char word[WORD_MAX + 2];
	const struct entry *e;
	size_t len = clean(w, n, word);
	unsigned l, fresh;

	s->sampled++;
	if (len == 0 || len > WORD_MAX)
		return;
	e = slot(word, len);
	if (e->langs == 0)
		return;
	fresh = !(s->seen[e->index / 64] >> (e->index % 64) & 1);
	s->seen[e->index / 64] |= UINT64_C(1) << (e->index % 64);
	for (l = 0; l < LANGUAGE_N; l++)
		if (e->langs >> l & 1) {
			s->kinds[l] += fresh;
			/* 200 common words of a language are a fifth of
			 * any sample: that language, whatever follows
			 * (half the sample, most often) */
			if (++s->hits[l] == 200)
				s->full = 1;
		}
}

int
language_add(struct language_sample *s, const char *text, size_t len)
{
	const unsigned char *p = (const unsigned char *)text,
	    *end = p + len, *w;

	for (;;) {
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' ||
		    *p == '\r'))
			p++;
		if (p == end)
			break;
		w = p;
		while (p < end && *p != ' ' && *p != '\t' && *p != '\n' &&
		    *p != '\r')
			p++;
		s->words++;
		if (!s->full && s->sampled < LANGUAGE_SAMPLE)
			sample_word(s, w, (size_t)(p - w));
		else if (s->words >= LANGUAGE_MIN)
			return 1;	/* (the rest is not even counted) */
	}
	return (s->full || s->sampled >= LANGUAGE_SAMPLE) &&
	    s->words >= LANGUAGE_MIN;
}

/*
 * The language whose common words are the most of the sample: at least
 * 3 % of it, 4 different words, and half as many again as those of the
 * next language.  OCR noise and a paragraph in another language lower
 * the share; two languages that share words, as Spanish and Portuguese
 * do, are told apart by the margin; one word that is common in a
 * language not listed, as Turkish "de" or Indonesian "di", is not
 * enough.
 */
const char *
language_verdict(const struct language_sample *s)
{
	unsigned top = 0, second = 0, l, best = 0;
	unsigned long sampled = s->full ? LANGUAGE_SAMPLE : s->sampled;

	if (s->words < LANGUAGE_MIN)
		return "";
	for (l = 0; l < LANGUAGE_N; l++)
		if (s->hits[l] > top) {
			second = top;
			top = s->hits[l];
			best = l;
		} else if (s->hits[l] > second)
			second = s->hits[l];
	if (top > 0 && 100 * (unsigned long)top >= 3 * sampled &&
	    2 * top >= 3 * second && s->kinds[best] >= 4)
		return code[best];
	return "other";
}
