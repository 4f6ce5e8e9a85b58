/*
 * document.c - the document's second look at the mentions extract.c kept
 * from its sentences, once all are found: a fuller name for a surname
 * alone, one sense of a word, a ruler's title, the stray names of
 * misread print left out.  These are decided here, after the name model:
 * the rules' names are the model's features, and a name the rules changed
 * would change what it learns (see towns_by_first_word).
 */
#include <stdlib.h>
#include <string.h>

#include "extractor.h"
#include "letters.h"
#include "mem.h"
#include "util.h"

/*
 * Does word w (n bytes) of a full name read as a name or an initial
 * ("Henry", "M.")?  On misread pages the model calls a headline's words a
 * person ("Sheldon Supports Harding", "Wilson Yesterday", "Kansas Weeks",
 * "COL. ROOSEVELT", "M Hughes"): a function word, a common word, a cue or
 * a title, a state or country, a word in capitals, a digit, or a letter
 * without its full stop is none.
 */
int
name_word(const struct lexicon *x, const char *w, size_t n)
{
	const struct lexent *le;
	char low[64];
	size_t i, lower = 0;

	if (n == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.')
		return 1;
	if (n < 2 || n >= sizeof low || (w[0] >= 'a' && w[0] <= 'z'))
		return 0;
	for (i = 0; i < n; i++) {
		if (w[i] >= '0' && w[i] <= '9')
			return 0;
		lower += w[i] >= 'a' && w[i] <= 'z';
	}
	if (lower == 0)
		return 0;
	first_lowered(low, w, n);
	if ((lexicon_flags(x, w, n) & NOT_PERSON_AS_WRITTEN) ||
	    (lexicon_flags(x, low, n) & W_FUNCTION) ||
	    lexicon_is_common(x, low, n))
		return 0;
	/* (a state or country: a region, "Doris", is also a given name) */
	le = lexicon_get(x, w, n);
	return le == NULL || le->type != E_GPE;
}

/* Are the words of the full name, but the one (n bytes) it was found by,
 * names or initials (see name_word)? */
static int
given_names(const struct lexicon *x, const char *full, const char *by,
    size_t n)
{
	const char *w, *end;

	for (w = full; *w != '\0'; w = *end ? end + 1 : end) {
		if ((end = strchr(w, ' ')) == NULL)
			end = w + strlen(w);
		if (((size_t)(end - w) != n || memcmp(w, by, n) != 0) &&
		    !name_word(x, w, (size_t)(end - w)))
			return 0;
	}
	return 1;
}

/*
 * The full name of which a one-word mention (n bytes at w) is the last
 * word but one ("Rosselló": Ricardo Rosselló Nevares, whose first
 * surname is the one used alone), when both the mention and the full
 * name's first word read as names, not initials ("W." is no George W.
 * Perkins of the misread pages).
 */
static const char *
spanish_surname(const struct extractor *e, const char *w, size_t n)
{
	const char *full, *sp;

	if (w[n - 1] == '.' || !name_word(e->lex, w, n) ||
	    (full = people_by_last_but_one(e->people, w, n)) == NULL)
		return NULL;
	sp = strchr(full, ' ');
	return sp - full >= 2 && sp[-1] != '.' ? full : NULL;
}

static int
all_capitals(const char *s, size_t n)
{
	while (n > 0 && *s >= 'A' && *s <= 'Z')
		s++, n--;
	return n == 0;
}

/*
 * The person whose initials the capitals at s (n bytes) are, when they
 * are no Roman number ("II") and each word of the name is written
 * plainly, a capital then small letters: the misread pages' "names" are
 * not ("Baghfla'i BOMiaatifla").
 */
static const char *
initials_of(const struct extractor *e, const char *s, size_t n)
{
	const char *full, *p;
	size_t i;

	for (i = 0; i < n && (s[i] == 'I' || s[i] == 'V' || s[i] == 'X'); i++)
		;
	if (i == n || (full = people_by_initials(e->people, s, n)) == NULL)
		return NULL;
	for (p = full; *p != '\0'; p++)
		if (p > full && p[-1] != ' ' && !(*p >= 'a' && *p <= 'z') &&
		    *p != ' ' && !(*p & 0x80))
			return NULL;
	return full;
}

/* Is w (n bytes) a Roman number of a name, I to XXXIX ("Henry VIII")? */
static int
roman(const char *w, size_t n)
{
	size_t i = 0;

	while (i < n && i < 3 && w[i] == 'X')
		i++;
	if (i + 2 <= n && w[i] == 'I' && (w[i + 1] == 'X' || w[i + 1] == 'V'))
		i += 2;
	else {
		i += i < n && w[i] == 'V';
		while (i < n && w[i] == 'I')
			i++;
	}
	return n > 0 && i == n;
}

/*
 * "HUGHES", "CHARLES E. HUGHES": a name in capitals (a headline's, a
 * banner's) written into out (max bytes) as names are written, each word
 * a capital and small letters ("Hughes", "O'Brien", "Jean-Claude"), a
 * Roman number after the first word kept ("Henry VIII"); returns 0, out
 * unwritten, unless s (n bytes) is such a name: ASCII capitals (no case
 * table is kept here) and . ' - and spaces, a word of two capitals or
 * more, four bytes or more ("NG" are initials, see initials_of).
 */
static int
title_cased(const char *s, size_t n, char *out, size_t max)
{
	size_t i, w, run = 0;
	int start = 1, shout = 0;

	if (n < 4 || n >= max)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] >= 'A' && s[i] <= 'Z')
			shout |= ++run >= 2;
		else if (s[i] == ' ' || s[i] == '.' || s[i] == '\'' ||
		    s[i] == '-')
			run = 0;
		else
			return 0;
	}
	if (!shout)
		return 0;
	for (i = 0; i < n; i = w) {
		for (w = i; w < n && s[w] != ' '; w++)
			;
		if (i > 0 && roman(s + i, w - i)) {
			memcpy(out + i, s + i, w - i);
			if (w < n)
				out[w++] = ' ';
			continue;
		}
		for (run = 0, start = 1; i < w; i++) {
			if (s[i] >= 'A' && s[i] <= 'Z') {
				out[i] = start ? s[i] : (char)(s[i] | 0x20);
				start = 0;
				run++;
				continue;
			}
			out[i] = s[i];
			/* O'Brien, but Hughes's; Jean-Claude, J.R. */
			start = s[i] == '\'' ? run == 1 : 1;
			run = 0;
		}
		if (w < n)
			out[w++] = ' ';
	}
	out[n] = '\0';
	return 1;
}

/*
 * A person a sentence names by one word ("Day") whom a later one names in
 * full ("Doris Day"), found only then (the name model reads sentence by
 * sentence, after the first pass over the document), is that person.  So
 * are a first surname alone (see spanish_surname) and a person's
 * initials, which label an interview's answers ("NG: This study
 * started..." after "Natasha Gownaris").
 */
static void
later_full_name(struct extractor *e, struct found *f)
{
	struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text), *norm, *full;
	size_t n = m->e - m->s;

	if (m->how != N_PERSON || n < 2)	/* ("J", "I": misread print) */
		return;
	/* "HUGHES" is the Hughes the document names plainly, if it does */
	if (title_cased(text + m->s, n, m->val, sizeof m->val)) {
		full = people_fullest(e->people, m->val, n);
		if (full != NULL && strchr(full, ' ') != NULL) {
			m->norm = full;
			m->norm_in_val = 0;
		} else
			m->norm_in_val = 1;
		return;
	}
	norm = mention_norm(m);
	if (norm != NULL ? strchr(norm, ' ') != NULL :
	    memchr(text + m->s, ' ', n) != NULL)
		return;
	if ((full = people_fullest(e->people, text + m->s, n)) == NULL ||
	    strchr(full, ' ') == NULL)
		full = n <= 3 && all_capitals(text + m->s, n) ?	/* "NG:" */
		    initials_of(e, text + m->s, n) :
		    spanish_surname(e, text + m->s, n);
	if (full != NULL && strchr(full, ' ') != NULL &&
	    given_names(e->lex, full, text + m->s, n)) {
		m->norm = full;
		m->norm_in_val = 0;
	}
}

/*
 * "Catholic Christianity", "Undiluted Americanism", "Convention": a
 * person's name does not end in a word of a doctrine or a deed ("-ism",
 * "-ianity", "-tion" after a small letter, eight letters or more), as
 * these headline words and the model's guesses do (134 norms of the 1916
 * pages, 203 mentions; a lone "Catholic" of the document took the first
 * for its fuller name on the Wikinews articles).  Returns 1 when f is to
 * be left out.
 */
static int
doctrine_person(const struct extractor *e, const struct found *f)
{
	const char *s, *w;
	size_t n, k;

	if (f->m.type != E_PERSON)
		return 0;
	s = found_norm(e, f, &n);
	for (w = s + n; w > s && w[-1] != ' '; w--)
		;
	k = (size_t)(s + n - w);
	if (k >= 6 && w[k - 4] >= 'a' && w[k - 4] <= 'z' &&
	    (memcmp(w + k - 3, "ism", 3) == 0 || (k >= 7 &&
	    memcmp(w + k - 6, "ianity", 6) == 0)))
		return 1;
	return k >= 8 && w[k - 5] >= 'a' && w[k - 5] <= 'z' &&
	    memcmp(w + k - 4, "tion", 4) == 0;
}

/*
 * "Hie", "Tho", "Tli": a person's name of two or three letters, alone,
 * that the document gives no fuller name for and the gazetteer knows as
 * no person, is misread print ("He", "The") far more often than a name:
 * news names a person in full before it shortens ("Xi" after "Xi
 * Jinping" is kept, with that norm).  A short given name (the class
 * "given" of names.tsv: "Tom", "Ed") is kept.  Run after later_full_name.
 */
static int
stray_short_name(const struct extractor *e, const struct found *f)
{
	const struct mention *m = &f->m;
	const char *s = at(e, e->held[f->held].text) + m->s;
	const char *norm = mention_norm(m);
	const struct lexent *le;
	size_t i, n = m->e - m->s;

	if (m->type != E_PERSON || m->how != N_PERSON || n < 2 || n > 3 ||
	    !(s[0] >= 'A' && s[0] <= 'Z'))
		return 0;
	for (i = 1; i < n; i++)
		if (!(s[i] >= 'a' && s[i] <= 'z'))
			return 0;
	if (norm != NULL && strchr(norm, ' ') != NULL)
		return 0;
	le = lexicon_get(e->lex, s, n);
	return le == NULL || (le->type != E_PERSON && !(le->flags & W_GIVEN));
}

/* Are the words from w to end names the gazetteer knows as people's or
 * initials, and the last none ("Walsh", "F. McCombs"; not the misread
 * "Statee" of "United Statee")? */
static int
names_after(const struct lexicon *x, const char *w, const char *end)
{
	const struct lexent *le;
	const char *sp;
	size_t n;

	for (; w < end; w = sp + 1) {
		if ((sp = memchr(w, ' ', (size_t)(end - w))) == NULL)
			sp = end;
		n = (size_t)(sp - w);
		if (!name_word(x, w, n) || (!(n == 2 && w[1] == '.') &&
		    ((le = lexicon_get(x, w, n)) == NULL ||
		    le->type != E_PERSON)) || (sp == end && n == 2))
			return 0;
	}
	return 1;
}

/*
 * "Republican A. P. Leased Wire", "Month For Organized Labor": a common
 * word of a verb's past (-ed, five letters or more) before a name's last
 * word is no part of a name but of a line of capitalised words, a paper's
 * credit to its wire or a headline.  (Not -ing: "General Sterling Price".)
 * When it is the first word and names follow ("Introduced Walsh"), they
 * are the person.  Returns whether the person f is no person at all.
 */
static int
verb_in_name(const struct extractor *e, struct found *f)
{
	struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text), *w, *sp;
	const char *end = text + m->e;
	const struct lexent *le;
	char low[64];
	size_t n;

	if (m->type != E_PERSON)
		return 0;
	for (w = text + m->s; (sp = memchr(w, ' ', (size_t)(end - w))) !=
	    NULL; w = sp + 1) {
		n = (size_t)(sp - w);
		if (n < 5 || n >= sizeof low || !(w[0] >= 'A' && w[0] <= 'Z') ||
		    w[n - 2] != 'e' || w[n - 1] != 'd')
			continue;
		first_lowered(low, w, n);
		if (!lexicon_is_common(e->lex, low, n) ||
		    (lexicon_flags(e->lex, w, n) & W_GIVEN) ||
		    ((le = lexicon_get(e->lex, w, n)) != NULL &&
		    le->type == E_PERSON))
			continue;
		if (w != text + m->s || !names_after(e->lex, sp + 1, end))
			return 1;
		m->s = (size_t)(sp + 1 - text);
		mention_retype(m, E_PERSON, N_PERSON, NULL, NULL);
		return 0;
	}
	return 0;
}

/*
 * "Tho French", "Ihe Hotel Astor", "I'll", "Into": OCR's misreadings of
 * "the", a contraction of "I" and a preposition are no name's first word,
 * though the name model takes them in on misread pages (about 1,900
 * mentions of the 1916 pages, most of them the word alone, which the
 * corpus then named "Tho French" or "V I'll").  The words after it are
 * the person when the gazetteer knows them as people's (names_after).
 * Returns whether f is no person at all.
 */
static const char *const not_first_words[] = {
	"Tho", "Tbo", "Ihe", "Iho", "Tlie", "Tlio", "Tiie", "Tbe", "Thc",
	"Tne", "Iha", "Tha", "Ihr", "Iht", "Ihf", "Tht", "Thr", "Ths",
	"I'l", "I'll", "I'm", "I've", "I'd", "I\u2019ll", "I\u2019m",
	"I\u2019ve", "I\u2019d", "Into", "Onto", "Unto", "Upon"
};

static int
no_name_first(const struct extractor *e, struct found *f)
{
	struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text);
	const char *w = text + m->s, *end = text + m->e, *sp;

	if (m->type != E_PERSON || (*w != 'T' && *w != 'I' && *w != 'O' &&
	    *w != 'U'))
		return 0;	/* (the words' first letters, asked first) */
	sp = memchr(w, ' ', (size_t)(end - w));
	if (!mem_among(w, (size_t)((sp != NULL ? sp : end) - w),
	    not_first_words, sizeof not_first_words / sizeof *not_first_words))
		return 0;
	if (sp == NULL || !names_after(e->lex, sp + 1, end))
		return 1;
	m->s = (size_t)(sp + 1 - text);
	mention_retype(m, E_PERSON, N_PERSON, NULL, NULL);
	return 0;
}

/*
 * "Shinyo Maru No." | "7", "Division No." | "3", "No. 6A": a name does not
 * end in "No." before a number that is not its own (a lodge's number is,
 * and the patterns read "Lodge No. 304" whole), nor begin with it; the
 * name model cuts such spans on pages of lists.  The last word is left
 * out; a name that begins so is none.  Returns whether f is no name.
 */
static int
number_word(const struct extractor *e, struct found *f)
{
	struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text);
	size_t lw, n;

	if (m->type != E_PERSON && m->type != E_ORG && m->type != E_GPE &&
	    m->type != E_LOC && m->type != E_FAC)
		return 0;
	n = m->e - m->s;
	if ((n > 3 && !memcmp(text + m->s, "No. ", 4)) ||
	    (n > 3 && !memcmp(text + m->s, "No.", 3) && text[m->s + 3] >= '0' &&
	    text[m->s + 3] <= '9'))
		return 1;
	lw = mention_last_word(text, m);
	if (lw == m->s || !((m->e - lw == 3 && !memcmp(text + lw, "No.", 3)) ||
	    (m->e - lw == 2 && !memcmp(text + lw, "No", 2))))
		return 0;
	for (m->e = lw; m->e > m->s && text[m->e - 1] == ' '; m->e--)
		;
	mention_retype(m, m->type, m->type == E_PERSON ? N_PERSON : N_TEXT,
	    NULL, NULL);
	return 0;
}

/*
 * "Mf3", "t3Ct00M0CK", "IntTrJtiTul Nw", "S1WJCTURE", "MagsMnUSgitS":
 * misread print the name model took for a name on OCR'd pages.  A person
 * has no digit in a word, nor a word with two capitals after small
 * letters ("McDonald", "DeVita", a misread "DowHng" have one); another
 * name no word of four bytes or more with a digit between letters, nor
 * with three such capitals ("3M", "4th Infantry", "GoFundMe" stay).
 * Returns whether f is such a misreading.
 */
static int
misread_name(const struct extractor *e, const struct found *f)
{
	const char *t = at(e, e->held[f->held].text);
	size_t i, we, w = f->m.s, switches = 0;
	int person = f->m.type == E_PERSON;

	if (!person && f->m.type != E_ORG && f->m.type != E_GPE &&
	    f->m.type != E_LOC && f->m.type != E_FAC && f->m.type != E_EVENT)
		return 0;
	for (i = f->m.s; i < f->m.e; i++) {
		if (t[i] == ' ') {
			w = i + 1;
			switches = 0;
		} else if (t[i] >= '0' && t[i] <= '9') {
			if (person)
				return 1;
			for (we = i; we < f->m.e && t[we] != ' '; we++)
				;
			if (i > w && ascii_is_letter(t[i - 1]) && i + 1 < we &&
			    ascii_is_letter(t[i + 1]) && we - w >= 4)
				return 1;
		} else if (i > w && t[i] >= 'A' && t[i] <= 'Z' &&
		    t[i - 1] >= 'a' && t[i - 1] <= 'z' &&
		    ++switches == (person ? 2 : 3))
			return 1;
	}
	return 0;
}

/*
 * "Red", "Green", "Salmon", "Chosen", "Union": the gazetteer's rivers,
 * mountains and lands named by a common word (WordNet's Red River,
 * Chosen for Korea) are that word far more often, in a headline's
 * capitals or a name ("Red Cottage", "Green Sunday", "Union Leader": 436
 * places of the 1916 pages).  Such a place is one only after "the" (and
 * a word in lower case: "the historical West") and before no capitalised
 * word ("the Union").  Returns whether f is none.
 */
static const char *const common_places[] = {
	"Red", "Green", "Salmon", "Milk", "Snake", "Cancer", "Libra",
	"Chosen", "Darling", "Twin", "Colony", "Continent", "Republican",
	"Angel", "Strand", "Don", "Forth", "Union", "Centre", "Cam", "Mull",
	"Midi", "Orange",
	/* the regions "the South", "the West", not "East of the Meuse",
	 * "South Louisiana Fair", "South ern" broken */
	"North", "South", "East", "West", "Northeast", "Northwest",
	"Southeast", "Southwest", "NORTH", "SOUTH", "EAST", "WEST"
};

static int
common_place(const struct extractor *e, const struct found *f)
{
	static const char *const the[] = { "the", "The", NULL };
	const char *t = at(e, e->held[f->held].text);
	size_t a, b, len = e->held[f->held].textlen;

	if (f->m.type != E_LOC || !mem_among(t + f->m.s, f->m.e - f->m.s,
	    common_places, sizeof common_places / sizeof *common_places))
		return 0;
	if (f->m.e + 1 < len && t[f->m.e] == ' ' && t[f->m.e + 1] >= 'A' &&
	    t[f->m.e + 1] <= 'Z')
		return 1;
	/* "the West", "the historical West" */
	if (!word_before(t, f->m.s, &a, &b))
		return 1;
	if (word_of_at(t, b, a, the))
		return 0;
	return !(t[a] >= 'a' && t[a] <= 'z' && word_before(t, a, &a, &b) &&
	    word_of_at(t, b, a, the));
}

/*
 * "SUNDAY" of a dateline, "Democratic" and "Progressive" before their
 * party's convention: a weekday, a month (but May, a surname in the news)
 * or a party's word alone is no person, though the name model and the
 * corpus's spellings made some 200 of the 1916 pages one ("Billy Sunday",
 * "Progressive Conven").  Returns whether f is such a word.
 */
static const char *const not_people[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "june", "july",
	"august", "september", "october", "november", "december",
	"democratic", "democrat", "democrats", "republican", "republicans",
	"progressive", "progressives", "socialist", "socialists"
};

static int
word_not_person(const struct extractor *e, const struct found *f)
{
	const char *t = at(e, e->held[f->held].text) + f->m.s;
	size_t n = f->m.e - f->m.s;
	char low[16];

	/* (the first letters of the words, asked first: a bit a letter) */
	if (f->m.type != E_PERSON || n >= sizeof low || n < 4 ||
	    !((t[0] | 0x20) >= 'a' && (t[0] | 0x20) <= 'z' &&
	    (0x4ef229UL >> ((t[0] | 0x20) - 'a')) & 1) ||
	    memchr(t, ' ', n) != NULL)
		return 0;
	ascii_lowered(low, t, n);
	return mem_among(low, n, not_people,
	    sizeof not_people / sizeof *not_people);
}

/* The place in extractor.pairs of m, whose text is s: an organisation of
 * two capitals that no list gave a norm; else -1. */
static int
pair_of(const struct mention *m, const char *s)
{
	if (m->type != E_ORG || m->how == N_FIXED || m->e - m->s != 2 ||
	    !(s[0] >= 'A' && s[0] <= 'Z') || !(s[1] >= 'A' && s[1] <= 'Z'))
		return -1;
	return (s[0] - 'A') * 26 + (s[1] - 'A');
}

/*
 * "IH", "VV", "I'M", "I.I", "Au", "OOO", "IIU": a name of two or three
 * letters (dots, apostrophes and hyphens aside) that no list gives it a
 * norm for is misread print when it is of two a letter doubled, a capital
 * I before any capital but S ("IS" is the Islamic State in the news), or
 * a capital before a small letter (and not a person: "Ed"); of three
 * capitals, one letter thrice or two I's: a scanner reads l, 1 and | as
 * I, W as VV and a smudge as O.  The acronyms of news ("UN", "WN" for
 * Wikinews in an interview, "NG" for its interviewee, "ISI" from the
 * gazetteer) are none of these.  Nor is an organisation of two capitals
 * the document names more than once ("WN" again), nor "IS"; one it names
 * once and no list knows ("ST" of "ST. LOUIS", "AH" for "All", "CO", "UI"
 * on the 1916 pages, where they were 1,483 mentions) is misread print.
 */
static int
stray_letters(const struct extractor *e, const struct found *f)
{
	const struct mention *m = &f->m;
	const char *s = at(e, e->held[f->held].text) + m->s;
	const char *norm = mention_norm(m);
	char l[3];
	size_t i, k = 0, n = m->e - m->s, is = 0;
	int pair;

	if (m->type > E_LAW || m->how == N_FIXED ||
	    (norm != NULL && strchr(norm, ' ') != NULL))
		return 0;
	for (i = 0; i < n; i++) {
		if ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')) {
			if (k == 3)
				return 0;
			l[k++] = s[i];
		} else if (s[i] != '.' && s[i] != '\'' && s[i] != '-')
			return 0;
	}
	if (k < 2 || !(l[0] >= 'A' && l[0] <= 'Z'))
		return 0;
	if (k == 3) {
		for (i = 0; i < 3; i++) {
			if (!(l[i] >= 'A' && l[i] <= 'Z'))
				return 0;
			is += l[i] == 'I';
		}
		return (l[0] == l[1] && l[1] == l[2]) || is >= 2;
	}
	if (l[1] >= 'a' && l[1] <= 'z')
		return m->type != E_PERSON;
	if ((pair = pair_of(m, s)) >= 0 && e->pairs[pair] == 1 &&
	    !(l[0] == 'I' && l[1] == 'S'))
		return 1;
	return l[0] == l[1] || (l[0] == 'I' && l[1] != 'S');
}

/* m becomes the lexicon's entry le, of type: its norm, and its code
 * when it has one. */
void
retype_as(const struct extractor *e, struct mention *m, enum etype type,
    const struct lexent *le)
{
	const char *code = lexicon_code(e->lex, le);

	mention_retype(m, type, N_FIXED, lexicon_norm(e->lex, le),
	    *code ? code : NULL);
}

/*
 * "N. Y.", "A. M.", "D. D.", "J. W.", "Jr.": a person named by initials
 * alone, each a capital (perhaps with one more letter: "Ph.", "Va.",
 * "DR.") and its full stop, a space between, is no name news gives a
 * person.  On the 1,098 pages of 1916 these were 1,357 mentions: states
 * of datelines whose comma the scanner read as a full stop ("RYE. N. Y..
 * June 3"), degrees after a name ("Carey, A. M., D. D."), times cut from
 * their hour, church and railroad initials, and names cut by misread
 * print ("J. W.|Mahood"); of them only "T. R." (98) named a person, and
 * no person of the Wikinews gold is named so.  So are capitals without
 * their stops ("D. C", "J J") and the "II" of a misread "H." ("J. II"):
 * 505 more.  A state's abbreviation
 * becomes the state (the gazetteer's norm); the rest are left out.
 * Initials that the document's full name gave a norm ("J. W." of "J. W.
 * Mahood") are kept: the norm is asked.  Returns 1 when f is to be left
 * out.
 */
static int
initials_alone(const struct extractor *e, struct found *f)
{
	struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text), *s, *end;
	const struct lexent *le;
	size_t letters, n;

	if (m->type != E_PERSON)
		return 0;
	s = found_norm(e, f, &n);
	end = s + n;
	if (s == end)
		return 0;
	while (s < end) {
		if (!(*s >= 'A' && *s <= 'Z'))
			return 0;
		for (letters = 1; s + letters < end && ((s[letters] >= 'a' &&
		    s[letters] <= 'z') || (s[letters] >= 'A' &&
		    s[letters] <= 'Z')); letters++)
			;
		/* (or a capital without its stop, "D. C", "J J", or the
		 * "II" a misread "H." makes: "J. II") */
		if (s + letters < end && s[letters] == '.' && letters <= 2)
			letters++;
		else if (!(letters == 1 || (letters <= 3 &&
		    !memcmp(s, "III", letters))))
			return 0;
		s += letters;
		if (s < end && *s++ != ' ')
			return 0;
	}
	le = lexicon_get(e->lex, text + m->s, m->e - m->s);
	if (le != NULL && le->type == E_GPE && (le->flags & W_AFTERPLACE)) {
		retype_as(e, m, E_GPE, le);
		return 0;
	}
	return 1;
}

/*
 * "San Ignacio", "Santa Rosa": a name that begins with a saint's, in
 * Spanish or Portuguese, is a town's far more often than a person's
 * (239 persons of the 1916 pages, none a person: the raid on San Ignacio,
 * Santa Ysabel), unless the gazetteer knows a person by it ("Santa Anna");
 * so is one that begins with a port's, a town's, a point's or a cape's
 * word ("Puerto Plata", "Porto Rico", "Ciudad Juarez", "Punta Gorda",
 * "Cabo San Lucas"; "Rio", "Isla", "Monte" and "Sierra" are given names
 * too).  The norm is asked, so that a later "Ignacio" of the same town
 * goes too.  Decided here, after the name model: the rules' names are its
 * features, and a place found by them would change what it learns.
 */
static void
towns_by_first_word(const struct extractor *e, struct found *f)
{
	static const char *const place_word[] = { "San ", "Santa ", "Santo ",
	    "S\xc3\xa3o ", "Puerto ", "Porto ", "Ciudad ", "Punta ",
	    "Cabo " };
	struct mention *m = &f->m;
	const char *name;
	const struct lexent *le;
	size_t k, n, len;

	if (m->type != E_PERSON)
		return;
	name = found_norm(e, f, &len);
	for (k = 0; k < sizeof place_word / sizeof place_word[0]; k++) {
		n = strlen(place_word[k]);
		if (len > n && memcmp(name, place_word[k], n) == 0)
			break;
	}
	if (k == sizeof place_word / sizeof place_word[0])
		return;
	le = lexicon_get(e->lex, name, len);
	if (le != NULL && le->type == E_PERSON)
		return;
	m->type = E_GPE;	/* its norm kept: "Ignacio" after "San Ignacio" */
}

/* Keeps the key (n bytes at s) for new_places if it names a place
 * beginning with "New ". */
static void
add_new_place(void *arg, const char *s, size_t n)
{
	struct extractor *e = arg;
	const struct lexent *le;

	if (n <= 4 || memcmp(s, "New ", 4) != 0 ||
	    (le = lexicon_get(e->lex, s, n)) == NULL ||
	    (le->type != E_GPE && le->type != E_LOC))
		return;
	if (e->nnew_places == e->capnew_places) {
		e->capnew_places = e->capnew_places ? 2 * e->capnew_places : 64;
		e->new_places = ereallocarray(e->new_places, e->capnew_places,
		    sizeof *e->new_places);
	}
	e->new_places[e->nnew_places].s = s;
	e->new_places[e->nnew_places].n = n;
	e->new_places[e->nnew_places++].le = le;
}

/*
 * "New Tork", "New Vork", "New Ulm": no person's name begins with "New";
 * the model takes a place it does not know, misread or not, for one (327
 * mentions of the 1916 pages).  Such a name one byte off a place of the
 * lexicon is that place ("New Tork" is New York, "New Iexico" New
 * Mexico), one that is a place and "er" or "ers" its people ("New
 * Yorkers", NORP), another a place of its own name ("New Ulm"), unless
 * the gazetteer knows a person by it.  Decided after the name model, as
 * towns_by_first_word is.
 */
static void
new_places(struct extractor *e, struct found *f)
{
	static const char *const people[] = { "er", "ers" };
	struct mention *m = &f->m;
	const struct new_place *np;
	const struct lexent *le;
	const char *name;
	size_t k, len, pre, post;

	if (m->type != E_PERSON)
		return;
	name = found_norm(e, f, &len);
	if (len <= 4 || memcmp(name, "New ", 4) != 0)
		return;
	le = lexicon_get(e->lex, name, len);
	if (le != NULL && le->type == E_PERSON)
		return;
	if (!e->have_new_places) {
		lexicon_each(e->lex, 0, add_new_place, e);
		e->have_new_places = 1;
	}
	for (k = 0; k < e->nnew_places; k++) {
		np = &e->new_places[k];
		if (mem_one_edit(name, len, np->s, np->n, &pre, &post) &&
		    pre >= 4) {
			retype_as(e, m, np->le->type, np->le);
			return;
		}
		if (len > np->n && memcmp(name, np->s, np->n) == 0 &&
		    np->le->type == E_GPE &&
		    mem_among(name + np->n, len - np->n, people, 2)) {
			retype_as(e, m, E_NORP, np->le);
			return;
		}
	}
	m->type = E_GPE;	/* its norm kept, as towns_by_first_word keeps it */
}

/*
 * "Chas. E. Hughes" is "Charles E. Hughes": a person's norm that begins
 * with a given name cut short, as older papers print them (a given name
 * of names.tsv with its name spelled out, written with its full stop or
 * without it, as misread print has them: "Chas Moon"), begins with the
 * name, so that the corpus's other spellings of the person meet it (see
 * spell.h).  A norm too long for the mention's own is left as it is.
 */
static void
given_spelled_out(const struct extractor *e, struct found *f)
{
	struct mention *m = &f->m;
	const struct lexent *le;
	const char *s, *sp, *name;
	char val[sizeof m->val], cut[16];
	size_t n, word, stem, namelen;

	if (m->type != E_PERSON)
		return;
	s = found_norm(e, f, &n);
	if ((sp = memchr(s, ' ', n)) == NULL || sp == s)
		return;
	word = (size_t)(sp - s);
	stem = word - (s[word - 1] == '.');
	if (stem + 1 > sizeof cut)
		return;
	memcpy(cut, s, stem);
	cut[stem] = '.';
	if ((le = lexicon_get(e->lex, cut, stem + 1)) == NULL ||
	    !(le->flags & W_GIVEN) || le->type != E_NONE ||
	    *(name = lexicon_norm(e->lex, le)) == '\0')
		return;
	namelen = strlen(name);
	if (namelen + n - word >= sizeof val)
		return;
	/* (by way of val: the norm may be m->val already) */
	memcpy(val, name, namelen);
	memcpy(val + namelen, s + word, n - word);
	val[namelen + n - word] = '\0';
	memcpy(m->val, val, namelen + n - word + 1);
	m->norm_in_val = 1;
}

/* A title misspelt ("Represenative"), or any title ("UN
 * Secretary-General"), taken from a person's norm, the one people gave a
 * later "Schiff": see title_off_text in extract.c. */
static void
title_off_norm(const struct extractor *e, struct found *f)
{
	struct mention *m = &f->m;
	const char *s, *sp;
	size_t n, word;

	if (m->type != E_PERSON)
		return;
	s = found_norm(e, f, &n);
	if ((sp = memchr(s, ' ', n)) == NULL)
		return;
	if (names_misspelt_title(e->people, e->lex, s, (size_t)(sp - s)))
		word = (size_t)(sp + 1 - s);
	else if ((word = titles_before_name(e->lex, s, n)) == 0)
		return;
	if (n == word || n - word >= sizeof m->val)
		return;		/* (a name that long is no person's) */
	/* (memmove: the norm may be m->val already) */
	memmove(m->val, s + word, n - word);
	m->val[n - word] = '\0';
	m->norm_in_val = 1;
}

/*
 * "Kama Melly QC", "Jane Doe OBE": a person's honours and degrees after
 * the name are no part of it, in the mention or the norm.  Decided after
 * the model, which reads them in (the rules' names, which it is trained
 * on, stay as they were).
 */
static void
postnominals_off(const struct extractor *e, struct found *f)
{
	struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text), *s;
	size_t n, k;

	if (m->type != E_PERSON)
		return;
	m->e = m->s + without_postnominals(text + m->s, m->e - m->s);
	s = found_norm(e, f, &n);
	if ((k = without_postnominals(s, n)) == n || k >= sizeof m->val)
		return;
	memmove(m->val, s, k);	/* (the norm may be m->val already) */
	m->val[k] = '\0';
	m->norm_in_val = 1;
}

/*
 * "Pope Francis", "King George", "Queen Mary", "Kaiser Wilhelm": a ruler
 * is known by the title and one name, which alone says little ("Mary":
 * 163 mentions of the 1916 pages, most of them the queen's), so a person
 * of one name just after one of these titles keeps it in the norm, and so
 * does the same name alone elsewhere in the document, unless it comes
 * after two of them there ("King George", "Prince George").  Other titles
 * go before a surname or a full name ("Lord Kitchener", "President
 * Wilson"), and stay out of the norm.
 */
static const char *const ruler_titles[] = { "King", "Queen", "Pope",
    "Kaiser", "Czar", "Tsar", "Emperor", "Empress", "Prince", "Princess",
    "Sultan", "Shah", "Emir", "Sheikh", NULL };

/* The name of one word of person f, and its length; NULL when it is not
 * one word. */
static const char *
one_word_person(const struct extractor *e, const struct found *f,
    size_t *n)
{
	const char *name;

	if (f->m.type != E_PERSON)
		return NULL;
	name = found_norm(e, f, n);
	if (*n == 0 || *n >= sizeof f->m.val / 2 || memchr(name, ' ', *n))
		return NULL;
	return name;
}

/* Is f a ruler's name and number just after a ruler's title ("King
 * Charles III"): then the number goes with the name ("Charles III"). */
static int
numbered_ruler(const struct extractor *e, const struct found *f)
{
	const char *text = at(e, e->held[f->held].text), *sp;
	size_t a, b;

	/* (its last letter first: asked of every mention) */
	if (f->m.type != E_PERSON || f->m.e == f->m.s ||
	    strchr("IVX", text[f->m.e - 1]) == NULL)
		return 0;
	sp = memchr(text + f->m.s, ' ', f->m.e - f->m.s);
	return sp != NULL &&
	    regnal_numeral(sp + 1, (size_t)(text + f->m.e - sp - 1)) &&
	    word_before(text, f->m.s, &a, &b) && b + 1 == f->m.s &&
	    word_of_at(text, b, a, ruler_titles);
}

/* Records "Title Name" (the sentence's bytes) when f is Name just after
 * a ruler's title, or is the two; "Name Number" when f is those two after
 * such a title. */
static void
ruler_seen(struct extractor *e, const struct found *f)
{
	const struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text), *name;
	size_t n, a, b;

	if (numbered_ruler(e, f)) {
		if (!shown_has(&e->rulers, text + m->s, m->e - m->s))
			shown_add(&e->rulers, text + m->s, m->e - m->s);
		return;
	}
	if ((name = one_word_person(e, f, &n)) == NULL)
		return;
	if (m->e - m->s > n && text[m->e - n - 1] == ' ' &&
	    memcmp(text + m->e - n, name, n) == 0 &&
	    word_of_at(text, m->e, m->s, ruler_titles) &&
	    memchr(text + m->s, ' ', m->e - m->s - n - 1) == NULL)
		a = m->s;		/* the model took the title in */
	else if (m->e - m->s == n && memcmp(text + m->s, name, n) == 0 &&
	    word_before(text, m->s, &a, &b) && b + 1 == m->s &&
	    word_of_at(text, b, a, ruler_titles))
		;			/* the title just before */
	else
		return;
	if (!shown_has(&e->rulers, text + a, m->e - a))
		shown_add(&e->rulers, text + a, m->e - a);
}

/* Is the ruler r (rn bytes, as ruler_seen records it) one of the name
 * (n bytes): "King Charles" or "Charles III" of "Charles"? */
static int
ruler_of(const char *r, size_t rn, const char *name, size_t n)
{
	if (rn <= n + 1)
		return 0;
	if (r[rn - n - 1] == ' ' && memcmp(r + rn - n, name, n) == 0)
		return 1;
	return r[n] == ' ' && memcmp(r, name, n) == 0 &&
	    regnal_numeral(r + n + 1, rn - n - 1);
}

/* f, a person of one name that a ruler's title came before, is named
 * with the title (see ruler_titles), or with the number that came after
 * it there ("Charles" after "King Charles III" is "Charles III"). */
static void
ruler_named(const struct extractor *e, struct found *f)
{
	const char *name, *with = NULL;
	size_t n, k, wn = 0, len;

	if ((name = one_word_person(e, f, &n)) == NULL)
		return;
	for (k = 0; k < e->rulers.n; k++) {
		len = e->rulers.v[k].n;
		if (!ruler_of(e->rulers.v[k].s, len, name, n))
			continue;
		if (with != NULL && (wn != len || memcmp(with,
		    e->rulers.v[k].s, len) != 0))
			return;		/* two titles: which? */
		with = e->rulers.v[k].s;
		wn = len;
	}
	if (with == NULL || wn >= sizeof f->m.val)
		return;
	memcpy(f->m.val, with, wn);
	f->m.val[wn] = '\0';
	f->m.norm_in_val = 1;
}

/* The counts of e->pairs, for the document's mentions found so far. */
static void
pairs_count(struct extractor *e)
{
	const struct found *f;
	size_t k;
	int p;

	memset(e->pairs, 0, sizeof e->pairs);
	for (k = 0; k < e->nfound; k++) {
		f = &e->found[k];
		p = pair_of(&f->m, at(e, e->held[f->held].text) + f->m.s);
		if (p >= 0 && e->pairs[p] < 2)
			e->pairs[p]++;
	}
}

/*
 * "Fort Vaux ... the village of Vaux": the gazetteer knows "Vaux" as a
 * person's (Calvert Vaux), but a document that has named a place by a head
 * word and a name (Fort, Lake, Mount...: a placehead of names.tsv) means
 * the place by the name alone after, unless it names a person by it in
 * full (later_full_name gave the norm: run after it).  A word the
 * gazetteer knows as no person's ("George" after "Lake George") is left
 * alone; one it knows is retyped even after initials, which misread print
 * has cut from it ("W. T; Tandy" after "Lake Tandy").  fort_seen records
 * the place of the mention f, at most SHOWN_MAX a document; fort_named
 * retypes f.
 */
static int
fort_headed(const struct extractor *e, const struct found *f)
{
	const struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text), *sp;

	return (m->type == E_LOC || m->type == E_PERSON) &&
	    (sp = memchr(text + m->s, ' ', m->e - m->s)) != NULL &&
	    (lexicon_flags(e->lex, text + m->s, (size_t)(sp - (text + m->s))) &
	    W_PLACEHEAD);
}

/* Run over the document's mentions before any is settled, so that "Vaux"
 * before "Fort Vaux" is the place too. */
static void
fort_seen(struct extractor *e, const struct found *f)
{
	const struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text);
	size_t lw;

	if (!fort_headed(e, f))
		return;
	lw = mention_last_word(text, m);
	if (!shown_has(&e->forts, text + lw, m->e - lw))
		shown_add(&e->forts, text + lw, m->e - lw);
}

/*
 * "the Germans took Fort Vaux": the name model reads a name after a verb
 * of taking as a person's; no person's name begins with a place's head
 * word.
 */
static void
fort_person(const struct extractor *e, struct found *f)
{
	if (f->m.type == E_PERSON && fort_headed(e, f))
		mention_retype(&f->m, E_LOC, N_TEXT, NULL, NULL);
}

static void
fort_named(struct extractor *e, struct found *f)
{
	struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text), *norm, *sp;
	const struct lexent *le;

	if (m->type != E_PERSON || e->forts.n == 0 ||
	    memchr(text + m->s, ' ', m->e - m->s) != NULL)
		return;
	/* (a fuller name is a person's, but for the fort's own, which
	 * later_full_name took from the model's "Fort Vaux" person) */
	norm = mention_norm(m);
	if ((norm != NULL && (sp = strchr(norm, ' ')) != NULL &&
	    !(lexicon_flags(e->lex, norm, (size_t)(sp - norm)) & W_PLACEHEAD)) ||
	    !shown_has(&e->forts, text + m->s, m->e - m->s))
		return;
	le = lexicon_get(e->lex, text + m->s, m->e - m->s);
	if (le == NULL || le->type != E_PERSON)
		return;
	mention_retype(m, E_LOC, N_TEXT, NULL, NULL);
}

/*
 * "Czernowitz", "Lutsk", "Kovel": a word the name model read as a
 * person's in one sentence and as a place's in another of the same
 * document is one of them in both (one sense a document), and a place
 * when the document names it so at least as often: the model reads a
 * sentence at a time, and a town of the war's fronts after a verb of
 * taking or holding looks like a person acted on (289 mentions of the
 * 1916 pages; a few wrong, "the Carranza government" being a place to
 * the model).  Asked only of a person of one word, four letters or
 * more (shorter ones are mostly misread print, see stray_short_name),
 * that the document gives no fuller name, with no title before it, that
 * the gazetteer knows as no person and names.tsv as no given name
 * ("Mr. Bryan", "Jackson" named in full and the towns named after them
 * stay).  Likewise a place of one word has one type in the document (see
 * place_sense).  Decided after the model (see towns_by_first_word),
 * before the names are written.
 */
struct word_sense {
	const char	*s;
	size_t		 n, k;
};

static int
same_word(const struct word_sense *x, const struct word_sense *y)
{
	return x->n == y->n && memcmp(x->s, y->s, x->n) == 0;
}

/* By word, then in the document's order. */
static int
word_sense_cmp(const void *a, const void *b)
{
	const struct word_sense *x = a, *y = b;
	int c;

	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	if ((c = memcmp(x->s, y->s, x->n)) != 0)
		return c;
	return (x->k > y->k) - (x->k < y->k);
}

/* Is the word before byte s of t a title or a courtesy title, with its
 * full stop if it has one ("Mr.", "Sen.", "Secretary")? */
static int
titled(const struct lexicon *x, const char *t, size_t s)
{
	size_t a, b;

	for (b = s; b > 0 && t[b - 1] == ' '; b--)
		;
	if (b == s)
		return 0;
	a = b - (b > 0 && t[b - 1] == '.');
	while (a > 0 && (t[a - 1] | 0x20) >= 'a' && (t[a - 1] | 0x20) <= 'z')
		a--;
	return a < b && (lexicon_flags(x, t + a, b - a) &
	    (W_TITLE | W_COURTESY)) != 0;
}

/* Is f one word of the text, a person that may be a place (see above)? */
static int
person_may_be_place(const struct extractor *e, const struct found *f)
{
	const struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text), *norm;
	const struct lexent *le;
	size_t n = m->e - m->s;

	if (m->type != E_PERSON || m->how != N_PERSON || n < 4 ||
	    !(text[m->s] >= 'A' && text[m->s] <= 'Z') ||
	    memchr(text + m->s, ' ', n) != NULL)
		return 0;
	if ((norm = mention_norm(m)) != NULL && strchr(norm, ' ') != NULL)
		return 0;
	if (titled(e->lex, text, m->s))
		return 0;
	norm = people_fullest(e->people, text + m->s, n);
	if (norm != NULL && strchr(norm, ' ') != NULL)
		return 0;
	le = lexicon_get(e->lex, text + m->s, n);
	return le == NULL || (le->type != E_PERSON && !(le->flags & W_GIVEN));
}

/* Is f a place of one word? */
static int
one_word_place(const struct extractor *e, const struct found *f)
{
	return (f->m.type == E_GPE || f->m.type == E_LOC) &&
	    memchr(at(e, e->held[f->held].text) + f->m.s, ' ',
	    f->m.e - f->m.s) == NULL;
}

/*
 * Of the places among e->found[v[0].k ... v[n - 1].k], the one whose
 * type all are to have: "Magnitogorsk" is not a city (GPE) in one
 * sentence and a region (LOC) in the next.  The gazetteer's word
 * first, then the type named more often, a city (GPE) when as often:
 * news names towns more than regions.
 */
static const struct found *
place_sense(const struct extractor *e, const struct word_sense *v,
    size_t n)
{
	const struct found *f, *fixed = NULL, *gpe = NULL, *loc = NULL;
	size_t k, ngpe = 0, nloc = 0;

	for (k = 0; k < n; k++) {
		f = &e->found[v[k].k];
		if (f->m.type == E_PERSON)
			continue;
		if (f->m.how == N_FIXED && fixed == NULL)
			fixed = f;
		if (f->m.type == E_GPE) {
			if (ngpe++ == 0)
				gpe = f;
		} else if (nloc++ == 0)
			loc = f;
	}
	if (fixed != NULL)
		return fixed;
	return ngpe >= nloc ? gpe : loc;
}

/* The people and places of e->found[v[0].k ... v[n - 1].k], one word
 * in the document's order, become one place, if one sense goes (see
 * above). */
static void
one_sense(struct extractor *e, const struct word_sense *v, size_t n)
{
	const struct found *place, *last = NULL;
	struct found *f;
	size_t people = 0, places = 0, k;

	for (k = 0; k < n; k++, last = f) {
		f = &e->found[v[k].k];
		if (f->m.type == E_PERSON)
			people++;
		else
			places++;
		/* the model told them apart in one sentence ("Mulan
		 * from Mulan"): both stay */
		if (last != NULL && last->held == f->held &&
		    last->m.type != f->m.type)
			return;
	}
	if (places == 0 || places < people)
		return;
	place = place_sense(e, v, n);
	for (k = 0; k < n; k++) {
		f = &e->found[v[k].k];
		if (f->m.type == place->m.type)
			continue;
		if (place->m.how == N_FIXED)
			mention_retype(&f->m, place->m.type, N_FIXED,
			    place->m.norm, place->m.code);
		else
			mention_retype(&f->m, place->m.type, N_TEXT, NULL,
			    NULL);
	}
}

static void
places_one_sense(struct extractor *e)
{
	struct word_sense *v;
	const struct found *f;
	size_t nv = 0, k, i, j;

	v = ecalloc(e->nfound ? e->nfound : 1, sizeof *v);
	for (k = 0; k < e->nfound; k++) {
		f = &e->found[k];
		if (!one_word_place(e, f) && !person_may_be_place(e, f))
			continue;
		v[nv].s = at(e, e->held[f->held].text) + f->m.s;
		v[nv].n = f->m.e - f->m.s;
		v[nv++].k = k;
	}
	qsort(v, nv, sizeof *v, word_sense_cmp);
	for (i = 0; i < nv; i = j) {
		for (j = i + 1; j < nv && same_word(&v[i], &v[j]); j++)
			;
		one_sense(e, v + i, j - i);
	}
	free(v);
}

/*
 * Is the place f followed, after a comma, by a place or a date that the
 * document found ("Bryan, Texas", "WASHINGTON, June 3")?
 */
static int
place_then_place(const struct extractor *e, const struct found *f)
{
	const char *text = at(e, e->held[f->held].text);
	const struct found *g;
	size_t k, after = f->m.e;

	if (text[after] != ',')
		return 0;
	for (after++; text[after] == ' '; after++)
		;
	for (k = 0; k < e->nfound; k++) {
		g = &e->found[k];
		if (g->held == f->held && g->m.s == after)
			return g->m.type == E_GPE || g->m.type == E_LOC ||
			    g->m.type == E_DATE;
	}
	return 0;
}

/* Is the text of g's mention w (n bytes)? */
static int
found_reads(const struct extractor *e, const struct found *g, const char *w,
    size_t n)
{
	return g->m.e - g->m.s == n &&
	    memcmp(at(e, e->held[g->held].text) + g->m.s, w, n) == 0;
}

/* Does the document name a person by the word w (n bytes) alone ("Mrs.
 * Bryan", "Bryan said")? */
static int
person_alone(const struct extractor *e, const char *w, size_t n)
{
	const struct found *g;
	size_t k;

	for (k = 0; k < e->nfound; k++) {
		g = &e->found[k];
		if (g->m.type == E_PERSON && found_reads(e, g, w, n))
			return 1;
	}
	return 0;
}

/* Is the full name one of three words or more that the gazetteer knows
 * as a person's ("William Jennings Bryan"; not "George Washington", whose
 * word alone in "Washington officials" is the city)? */
static int
famous(const struct extractor *e, const char *full, const char *last)
{
	const struct lexent *le = lexicon_get(e->lex, full, strlen(full));

	return le != NULL && le->type == E_PERSON &&
	    memchr(full, ' ', (size_t)(last - full)) != NULL;
}

/* Do the words around f make it a place: a dateline, a preposition of
 * place, "of", "to" or "the" before it, a place or a date after its
 * comma (place_then_place)? */
static int
placed_by_words(const struct extractor *e, const struct found *f)
{
	const struct held *h = &e->held[f->held];
	const char *text = at(e, h->text);
	char before[16];
	size_t a, b;

	if (h->kind == R_DATELINE)
		return 1;
	if (word_before(text, f->m.s, &a, &b) && b - a < sizeof before) {
		ascii_lowered(before, text + a, b - a);
		if ((lexicon_flags(e->lex, before, b - a) & W_LOCPREP) ||
		    (b - a == 2 && (memcmp(before, "of", 2) == 0 ||
		    memcmp(before, "to", 2) == 0)) ||
		    (b - a == 3 && memcmp(before, "the", 3) == 0))
			return 1;
	}
	return place_then_place(e, f);
}

/* Is the word of f (n bytes at w) a place by its words anywhere in the
 * document? */
static int
placed_anywhere(const struct extractor *e, const char *w, size_t n)
{
	const struct found *g;
	size_t k;

	for (k = 0; k < e->nfound; k++) {
		g = &e->found[k];
		if ((g->m.type == E_GPE || g->m.type == E_LOC) &&
		    found_reads(e, g, w, n) &&
		    placed_by_words(e, g))
			return 1;
	}
	return 0;
}

/* Does the document name the country of f by another word, its people's
 * or a longer name ("Jordanian", "Hashemite Kingdom of Jordan")? */
static int
country_otherwise(const struct extractor *e, const struct found *f)
{
	const struct found *g;
	size_t k;

	for (k = 0; k < e->nfound; k++) {
		g = &e->found[k];
		if (g->m.code != NULL && strcmp(g->m.code, f->m.code) == 0 &&
		    !found_reads(e, g, at(e, e->held[f->held].text) + f->m.s,
		    f->m.e - f->m.s))
			return 1;
	}
	return 0;
}

/*
 * "William Jennings Bryan ... Former Secretary of State Bryan said": a
 * place of one word (Bryan is a town in Texas) that is the last name of
 * a person the document names in full, with given names ("Key Delhi",
 * a headline's, is none), and by that name alone elsewhere ("Mrs.
 * Bryan"), is that person: 98 mentions of the 1916 pages.  Unless its
 * words make it a place: a preposition of place, "of", "to" or "the"
 * before it ("in Bryan", "the mayor of Bryan", "the Logan"), a place or
 * a date after its comma ("Bryan, Texas", "WASHINGTON, June 3"), or a
 * dateline (placed_by_words).  A country ("Michael Jordan ... Jordan
 * retired") cannot be named alone as a person, the gazetteer's word being
 * the country everywhere; it needs instead no words anywhere that make it
 * a place, no other name of the country ("Jordanian", country_otherwise)
 * and no misread word before it in the full name ("Grat Britain"): 17
 * mentions of the 1916 pages ("Jordan", "Holland").  A person
 * of three names the gazetteer knows ("William Jennings Bryan") need not
 * be named by the word alone, unless the document's words make it a
 * place somewhere ("in Bryan"): 23 more of the 1916 pages.
 */
static void
place_for_person(const struct extractor *e, struct found *f)
{
	struct mention *m = &f->m;
	const char *text = at(e, e->held[f->held].text), *full, *last;
	size_t n = m->e - m->s;

	if (!one_word_place(e, f) || n < 3 ||
	    !(text[m->s] >= 'A' && text[m->s] <= 'Z'))
		return;
	full = people_fullest(e->people, text + m->s, n);
	if (full == NULL || (last = strrchr(full, ' ')) == NULL ||
	    strlen(last + 1) != n || memcmp(last + 1, text + m->s, n) != 0 ||
	    !given_names(e->lex, full, text + m->s, n) ||
	    placed_by_words(e, f))
		return;
	if (m->code != NULL && *m->code != '\0') {
		if (placed_anywhere(e, text + m->s, n) ||
		    country_otherwise(e, f) ||
		    misread_before_country(e->lex, full, (size_t)(strchr(full,
		    ' ') - full), text + m->s, n))
			return;
	} else if (!person_alone(e, text + m->s, n) &&
	    (!famous(e, full, last) || placed_anywhere(e, text + m->s, n)))
		return;
	mention_retype(m, E_PERSON, N_PERSON, full, NULL);
}

void
found_prepare(struct extractor *e)
{
	size_t k;

	pairs_count(e);
	for (k = 0; k < e->nfound; k++) {
		ruler_seen(e, &e->found[k]);
		fort_seen(e, &e->found[k]);
	}
	places_one_sense(e);
}

int
found_settle(struct extractor *e, struct found *f)
{
	size_t s = f->m.s, end = f->m.e;

	later_full_name(e, f);
	fort_person(e, f);
	fort_named(e, f);
	if (stray_short_name(e, f) || verb_in_name(e, f) ||
	    no_name_first(e, f) || number_word(e, f) || misread_name(e, f) ||
	    common_place(e, f) || word_not_person(e, f) ||
	    doctrine_person(e, f) ||
	    stray_letters(e, f) || initials_alone(e, f))
		return 1;
	place_for_person(e, f);
	title_off_norm(e, f);
	postnominals_off(e, f);
	given_spelled_out(e, f);
	towns_by_first_word(e, f);
	new_places(e, f);
	ruler_named(e, f);
	/* ("Tho Hughes" -> "Hughes": the offsets follow the bytes) */
	if (f->m.s != s || f->m.e != end)
		found_locate(e, f);
	return 0;
}
