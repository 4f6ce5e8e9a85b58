#include <string.h>

#include "extractor.h"
#include "letters.h"
#include "mem.h"
#include "orgs.h"

/* The word ending at e (exclusive): its start, floor at the earliest
 * (a text without spaces must not be walked back again and again). */
static size_t
word_start(const char *t, size_t floor, size_t e)
{
	while (e > floor && t[e - 1] != ' ')
		e--;
	return e;
}

static int
word_is(const char *t, size_t s, size_t e, const char *w)
{
	return e - s == strlen(w) && memcmp(t + s, w, e - s) == 0;
}

/* Does text hold exactly sep between a and b? */
static int
gap_is(const char *t, size_t a, size_t b, const char *sep)
{
	return b - a == strlen(sep) && memcmp(t + a, sep, b - a) == 0;
}

static int
is_place(enum etype t)
{
	return t == E_GPE || t == E_LOC;
}

/* "University of Colorado": does m open with an organisation word? */
static int
starts_with_cue(const struct lexicon *x, const char *t,
    const struct mention *m)
{
	const char *sp = memchr(t + m->s, ' ', m->e - m->s);
	size_t len = sp ? (size_t)(sp - (t + m->s)) : m->e - m->s;

	return (lexicon_flags(x, t + m->s, len) & W_ORGCUE) != 0;
}

/* "Dallas Morning News": is m an organisation ending in an organisation
 * word? */
static int
ends_with_cue(const struct lexicon *x, const char *t, const struct mention *m)
{
	size_t ls = mention_last_word(t, m);

	return m->type == E_ORG &&
	    (lexicon_flags(x, t + ls, m->e - ls) & W_ORGCUE) != 0;
}

/*
 * Mentions from..to of ms become one: the organisation ms[org] from s to
 * e, in the place of ms[from], its norm its text.
 */
static void
join(struct mentions *ms, size_t from, size_t to, size_t org, size_t s,
    size_t e)
{
	struct mention m = ms->v[org];

	m.s = s;
	m.e = e;
	m.how = N_TEXT;
	m.norm = NULL;
	m.norm_in_val = 0;
	m.code = NULL;
	ms->v[from] = m;
	memmove(&ms->v[from + 1], &ms->v[to + 1], (ms->n - to - 1) *
	    sizeof *ms->v);
	ms->n -= to - from;
}

/*
 * The start of the run "Capitalised ... and Capitalised ..." that ends
 * just before s, or s: capitalised words, "and" or "&" between two of
 * them, at least one "and"; no word of lower case, no "The", no comma.
 */
static size_t
and_run_start(const char *t, size_t s)
{
	size_t e = s, ws, start = s, words;
	int ands = 0, need_cap = 0;

	/* a few words: a run of a thousand capitals must not be read back
	 * at every organisation in it */
	for (words = 0; words < 8 && e > 1 && t[e - 1] == ' ' &&
	    t[e - 2] != ' '; words++) {
		ws = word_start(t, e > 64 ? e - 64 : 0, e - 1);
		if (ws > 0 && t[ws - 1] != ' ')
			break;		/* a word too long for a name's */
		/* ("Blackburn Rovers, and Newcastle United FC": a comma
		 * ends a name) */
		if (strchr(",;:", t[e - 2]) != NULL)
			break;
		if (word_is(t, ws, e - 1, "and") || word_is(t, ws, e - 1,
		    "&")) {
			if (need_cap)
				break;
			ands++;
			need_cap = 1;
		} else if (t[ws] >= 'A' && t[ws] <= 'Z' && !word_is(t, ws,
		    e - 1, "The")) {
			need_cap = 0;
			if (ands > 0)
				start = ws;
		} else
			break;
		e = ws;
	}
	return start;
}

void
org_joins(const struct lexicon *x, const char *text, struct mentions *ms)
{
	size_t k, j, s;
	struct mention *m;

	for (k = 0; k < ms->n; k++) {
		m = &ms->v[k];
		if (m->type != E_ORG)
			continue;
		/* "Supreme Court" of the "United Kingdom" */
		if (k + 1 < ms->n && is_place(ms->v[k + 1].type) &&
		    (gap_is(text, m->e, ms->v[k + 1].s, " of ") ||
		    gap_is(text, m->e, ms->v[k + 1].s, " of the ") ||
		    (gap_is(text, m->e, ms->v[k + 1].s, " at ") &&
		    starts_with_cue(x, text, m))))
			join(ms, k, k + 1, k, m->s, ms->v[k + 1].e);
		/* "Pacific Gas and" "Electric Company" */
		if (!ends_with_cue(x, text, m))
			continue;
		s = and_run_start(text, m->s);
		if (s == m->s)
			continue;
		for (j = k; j > 0 && ms->v[j - 1].e > s; j--)
			if (ms->v[j - 1].s < s)
				break;
		if (j > 0 && ms->v[j - 1].e > s)
			continue;	/* a mention straddles the run's start */
		/* "Dallas Morning News and", "MSNBC and" (the gazetteer
		 * knows it), "Center for Biological Diversity and" are
		 * whole */
		if (k > 0 && j < k && (ends_with_cue(x, text, &ms->v[k - 1]) ||
		    (ms->v[k - 1].type == E_ORG && (ms->v[k - 1].how == N_FIXED ||
		    starts_with_cue(x, text, &ms->v[k - 1])))))
			continue;
		join(ms, j, k, k, s, m->e);
		k = j;
	}
}

/* Is w (n bytes, capitalised) a function word ("At", "The")? */
static int
function_word(const struct lexicon *x, const char *w, size_t n)
{
	char low[16];

	if (n == 0 || n >= sizeof low)
		return 0;
	first_lowered(low, w, n);
	return (lexicon_flags(x, low, n) & W_FUNCTION) != 0;
}

/*
 * "Fort" | "Vaux": a place's head word (Fort, Lake, Cape: the placeheads
 * of names.tsv) that the finders took for a name of its own, right before
 * a name or a capitalised word, is that place's first word ("West of Fort
 * Vaux" was an organisation "Fort" to the name model).
 */
void
place_joins(const struct lexicon *x, const char *text, size_t len,
    struct mentions *ms)
{
	struct mention *m, *next;
	size_t k, e;

	for (k = 0; k < ms->n; k++) {
		m = &ms->v[k];
		next = k + 1 < ms->n ? &ms->v[k + 1] : NULL;
		if (m->e + 1 >= len || text[m->e] != ' ' ||
		    !(text[m->e + 1] >= 'A' && text[m->e + 1] <= 'Z') ||
		    memchr(text + m->s, ' ', m->e - m->s) != NULL ||
		    !(lexicon_flags(x, text + m->s, m->e - m->s) & W_PLACEHEAD))
			continue;
		if (next != NULL && next->s == m->e + 1) {
			if (next->type != E_PERSON && next->type != E_ORG &&
			    !is_place(next->type))
				continue;
			join(ms, k, k + 1, k, m->s, next->e);
		} else {	/* a word no finder took */
			for (e = m->e + 1; e < len && text[e] != ' ' &&
			    (unsigned char)text[e] >= 'A' && text[e] != ',' &&
			    text[e] != '.'; e++)
				;
			if ((next != NULL && next->s < e) ||
			    function_word(x, text + m->e + 1, e - m->e - 1))
				continue;	/* ("Mount At") */
			m->e = e;
			m->how = N_TEXT;
			m->norm = NULL;
			m->norm_in_val = 0;
			m->code = NULL;
		}
		ms->v[k].type = E_LOC;
	}
}

/* Is the word t + s .. t + e "the", either case of its first letter? */
static int
word_is_the(const char *t, size_t s, size_t e)
{
	return e - s == 3 && (t[s] | 0x20) == 't' && t[s + 1] == 'h' &&
	    t[s + 2] == 'e';
}

/*
 * Does "the" come before s, right before it or before at most two
 * capitalised words ("the NFL Champion Baltimore Colts")?  A place's
 * team is named with it; a headline's "London Says" is not.
 */
static int
the_before(const char *t, size_t s)
{
	size_t ws, words;

	for (words = 0; words < 3 && s > 1 && t[s - 1] == ' '; words++) {
		ws = word_start(t, s > 32 ? s - 32 : 0, s - 1);
		if (word_is_the(t, ws, s - 1))
			return ws == 0 || t[ws - 1] == ' ';
		if (!(t[ws] >= 'A' && t[ws] <= 'Z'))
			return 0;
		s = ws;
	}
	return 0;
}

/*
 * The end of the capitalised plural (one word, or two: "Black Cats") of
 * a team's name at s, or 0: Xxxx words, the last ending in an "s" of a
 * plural (not "-ss", "-us", "-is", "-as": "Express", "Citrus", "Tennis",
 * "Was") or "Sox", no capital after them.
 */
static size_t
plural_end(const char *t, size_t len, size_t s)
{
	size_t e, words;

	for (words = 0; words < 2; words++) {
		if (s >= len || !(t[s] >= 'A' && t[s] <= 'Z'))
			return 0;
		for (e = s + 1; e < len && t[e] >= 'a' && t[e] <= 'z'; e++)
			;
		if (((e - s >= 4 && t[e - 1] == 's' && strchr("suia",
		    t[e - 2]) == NULL) || (e - s == 3 && memcmp(t + s, "Sox",
		    3) == 0)) && (e == len || (t[e] != '-' &&
		    !(e + 1 < len && t[e] == ' ' && t[e + 1] >= 'A' &&
		    t[e + 1] <= 'Z'))))
			return e;
		if (e == len || t[e] != ' ')
			return 0;
		s = e + 1;
	}
	return 0;
}

/* Is the plural w (n bytes) one of no team: a place's ("Springs"), a
 * people's, a party's, a faith's, a body of men's, a headline's verb? */
static int
plural_of_no_team(const struct lexicon *x, const char *w, size_t n)
{
	static const char *const plural[] = { "Acres", "Bluffs", "Cents",
	    "Conservatives", "Conventions", "Counties", "Delegates",
	    "Democrats", "Downs", "Dunes", "Estates", "Flats", "Forks",
	    "Gardens", "Glades", "Greens", "Heights", "Highlands", "Isles",
	    "Jews", "Keys", "Liberals", "Locks", "Meadows", "Muslims",
	    "Narrows", "Oaks", "Officers", "Parishes", "Pines", "Plains",
	    "Progressives", "Protestants", "Provinces", "Rapids", "Sands",
	    "Shoals", "Socialists", "Soldiers", "Springs", "States",
	    "Territories", "Tories", "Troops", "Voters", "Whigs", "Woods",
	    /* a headline's verbs: "the Rome Reports" */
	    "Asks", "Claims", "Drowns", "Gets", "Leads", "Plans", "Reports",
	    "Says", "Votes", "Wins" };
	char low[32];

	/* Germans, Republicans, Veterans: a people, a party */
	if (n > 4 && memcmp(w + n - 3, "ans", 3) == 0)
		return 1;
	if (lexicon_flags(x, w, n) & (W_LOCCUE | W_GPECUE | W_FACCUE |
	    W_EVENTCUE | W_LAWCUE | W_TITLE | W_FUNCTION))
		return 1;
	if (n < sizeof low) {
		first_lowered(low, w, n);
		if (lexicon_flags(x, low, n) & (W_GENERIC | W_FUNCTION))
			return 1;
	}
	return mem_among(w, n, plural, sizeof plural / sizeof *plural);
}

static const char *const compass[] = { "North", "South", "East", "West",
    NULL };

/* The words that make a town's name a football club's ("Manchester
 * United", "Blackburn Rovers", "Newcastle United FC"). */
static const char *const club[] = { "United", "Rovers", "Wanderers",
    "Hotspur", "Albion", "Athletic", "FC", NULL };

/* ms[k], a town, and the club's words after it ("United", "United FC")
 * become the club, when the finders took nothing of those words but a
 * name of them alone. */
static void
club_join(const char *text, size_t len, struct mentions *ms, size_t k)
{
	size_t e = ms->v[k].e, j;

	while (e + 1 < len && text[e] == ' ' &&
	    word_of_at(text, len, e + 1, club))
		for (e++; e < len && ascii_is_letter(text[e]); e++)
			;
	for (j = k + 1; j < ms->n && ms->v[j].s < e; j++)
		if (ms->v[j].e > e)
			return;
	join(ms, k, j - 1, k, ms->v[k].s, e);
	ms->v[k].type = E_ORG;
}

void
team_joins(const struct lexicon *x, const char *text, size_t len,
    struct mentions *ms)
{
	struct mention *m;
	size_t k, j, e, ls;

	for (k = 0; k < ms->n; k++) {
		m = &ms->v[k];
		if (!is_place(m->type) || (m->code != NULL && *m->code))
			continue;
		/* ("West Bromwich Albion", a place to the model; its last
		 * letter first) */
		if (strchr("dsrnC", text[m->e - 1]) != NULL &&
		    (ls = mention_last_word(text, m)) > m->s &&
		    word_of_at(text, m->e, ls, club)) {
			mention_retype(m, E_ORG, N_TEXT, NULL, NULL);
			continue;
		}
		if (m->e + 1 >= len || text[m->e] != ' ')
			continue;
		if (strchr("URWHAF", text[m->e + 1]) != NULL &&
		    word_of_at(text, len, m->e + 1, club)) {
			club_join(text, len, ms, k);
			continue;
		}
		if ((e = plural_end(text, len, m->e + 1)) == 0)
			continue;
		ls = word_start(text, m->e + 1, e);
		/* ("the Missouri Senator Hustlers": a title is no team's) */
		if (ls > m->e + 1 && (lexicon_flags(x, text + m->e + 1,
		    ls - 1 - (m->e + 1)) & (W_TITLE | W_FUNCTION)))
			continue;
		/* ("the North Adams": a compass point, then a town) */
		if (plural_of_no_team(x, text + ls, e - ls) ||
		    (word_of_at(text, m->e, m->s, compass) &&
		    memchr(text + m->s, ' ', m->e - m->s) == NULL) ||
		    !the_before(text, m->s))
			continue;
		/* the words after the place: no mention, or names the
		 * finders took wholly ("Cardinals", a person to them) */
		for (j = k + 1; j < ms->n && ms->v[j].s < e; j++)
			if (ms->v[j].e > e || (ms->v[j].type != E_PERSON &&
			    ms->v[j].type != E_ORG))
				break;
		if (j < ms->n && ms->v[j].s < e)
			continue;
		join(ms, k, j - 1, k, m->s, e);
		ms->v[k].type = E_ORG;
	}
}

/* Puts a name of type [s, e), its norm its text, in its place among the
 * sorted mentions of ms, in the place of those it covers in part or
 * whole. */
static void
put_name(struct mentions *ms, size_t s, size_t e, enum etype type)
{
	struct mention m;
	size_t k, j;

	memset(&m, 0, sizeof m);
	m.s = s;
	m.e = e;
	m.type = type;
	m.how = N_TEXT;
	for (k = 0; k < ms->n && ms->v[k].e <= s; k++)
		;
	for (j = k; j < ms->n && ms->v[j].s < e; j++)
		;
	if (j == k) {
		mentions_add(ms, &m);	/* room at the end */
		memmove(&ms->v[k + 1], &ms->v[k], (ms->n - 1 - k) *
		    sizeof *ms->v);
	} else {
		memmove(&ms->v[k + 1], &ms->v[j], (ms->n - j) * sizeof *ms->v);
		ms->n -= j - k - 1;
	}
	ms->v[k] = m;
}

/* The end of a web domain's last part at t + i (after its dot), or 0:
 * one of the endings news names firms by, then the word's end (a space,
 * a sign, "'s"; not "'ii" of misread print). */
static size_t
domain_end(const char *t, size_t len, size_t i)
{
	static const char *const tld[] = { "co.uk", "com", "net", "org" };
	size_t k, n, e;

	for (k = 0; k < sizeof tld / sizeof *tld; k++) {
		n = strlen(tld[k]);
		if (i + n > len || memcmp(t + i, tld[k], n) != 0)
			continue;
		e = i + n;
		if (e == len || strchr(" ,;:!?)\"", t[e]) != NULL ||
		    (t[e] == '.' && (e + 1 == len || t[e + 1] == ' ')) ||
		    (t[e] == '\'' && e + 1 < len && t[e + 1] == 's' &&
		    (e + 2 == len || !ascii_is_letter(t[e + 2]))))
			return e;
	}
	return 0;
}

/* Is c a byte of a domain's name ("Hotels", "Bed-Bath", "X2")? */
static int
domain_byte(char c)
{
	return ascii_is_letter(c) || (c >= '0' && c <= '9') || c == '-';
}

void
web_bodies(const struct lexicon *x, const char *text, size_t len,
    struct mentions *ms)
{
	const char *dot;
	size_t s, e, i = 0, j, ws;
	enum etype type;
	unsigned flags;

	while ((dot = memchr(text + i, '.', len - i)) != NULL) {
		i = (size_t)(dot - text) + 1;
		/* (most dots end a sentence or an initial: one test turns
		 * them away) */
		if (i >= len || (text[i] != 'c' && text[i] != 'n' &&
		    text[i] != 'o') || (e = domain_end(text, len, i)) == 0)
			continue;
		for (s = i - 1; s > 0 && domain_byte(text[s - 1]); s--)
			;
		/* a capitalised name of three bytes or more ("I.com",
		 * "Hi.com" are misread print), standing as a word: not a
		 * link's ("www.cdc.gov", "/news.com") nor an address's */
		if (i - 1 - s < 3 || !(text[s] >= 'A' && text[s] <= 'Z') ||
		    (s > 0 && text[s - 1] != ' ' && text[s - 1] != '(' &&
		    text[s - 1] != '"'))
			continue;
		/* "Amazon.com Inc."; "Crypto.com Arena", a building */
		type = E_ORG;
		if (e + 1 < len && text[e] == ' ' && text[e + 1] >= 'A' &&
		    text[e + 1] <= 'Z') {
			for (ws = j = e + 1; j < len && ascii_is_letter(text[j]);
			    j++)
				;
			/* ("Inc.", but "Arena." ending the sentence) */
			if (j < len && text[j] == '.' &&
			    lexicon_flags(x, text + ws, j + 1 - ws))
				j++;
			flags = lexicon_flags(x, text + ws, j - ws);
			if (flags & (W_ORGCUE | W_FACCUE))
				e = j;
			if (flags & W_FACCUE)
				type = E_FAC;
		}
		put_name(ms, s, e, type);
		i = e;
	}
}

/* Is t[s, e) a capitalised word of a firm's name: a capital, then small
 * letters ("Gamble") or capitals ("AT"), nothing else but an inner
 * hyphen or apostrophe? */
static int
firm_word(const char *t, size_t s, size_t e)
{
	size_t i;

	if (e - s < 1 || !(t[s] >= 'A' && t[s] <= 'Z'))
		return 0;
	for (i = s + 1; i < e; i++)
		if (!ascii_is_letter(t[i]) && !(i + 1 < e && (t[i] == '-' ||
		    t[i] == '\'')))
			return 0;
	return 1;
}

/* Is t[s, e) a common word as written, lowered, or its plural in -s
 * ("Gold", "Building", "Stores"; not "Barnes", which only a stem in -es
 * makes one)? */
static int
common_word(const struct lexicon *x, const char *t, size_t s, size_t e)
{
	char low[32];
	size_t n = e - s;

	if (n == 0 || n >= sizeof low)
		return 0;
	ascii_lowered(low, t + s, n);
	return (lexicon_flags(x, low, n) & W_COMMON) || (n > 3 &&
	    t[e - 1] == 's' && (lexicon_flags(x, low, n - 1) & W_COMMON));
}

/* Is t[s, e) a word that ends a firm's name ("Co.", "Sons", "Bros.")? */
static int
firm_end(const struct lexicon *x, const char *t, size_t s, size_t e)
{
	static const char *const kin[] = { "Son", "Sons", "Bros.",
	    "Brothers", "SON", "SONS", "BROS." };

	return (lexicon_flags(x, t + s, e - s) & W_ORGCUE) ||
	    mem_among(t + s, e - s, kin, sizeof kin / sizeof *kin);
}

/* The end of the word t[s, e) without the signs after it ("Gamble,",
 * "PG&E's"), but the full stop of an abbreviation the lists know
 * ("Co."). */
static size_t
without_signs(const struct lexicon *x, const char *t, size_t s, size_t e)
{
	size_t was;

	do {
		was = e;
		if (e - s > 2 && t[e - 2] == '\'' && (t[e - 1] | 0x20) == 's')
			e -= 2;
		while (e > s && strchr(".,;:!?)\"'", t[e - 1]) != NULL &&
		    !(t[e - 1] == '.' && lexicon_flags(x, t + s, e - s)))
			e--;
	} while (e != was);
	return e;
}

/* Are t[s, e) one to three capitals ("AT" of "AT&T", "S", "PG")? */
static int
initials_of_firm(const char *t, size_t s, size_t e)
{
	return e - s >= 1 && e - s <= 3 && ascii_all_capitals(t + s, e - s);
}

/* The end of a firm's name ending at e with what may follow it: the
 * index's number of initials ("S&P 500"), or a word of a body's name
 * ("Armour & Co.", "Grace & Sons", "Fuel & Iron Company"). */
static size_t
firm_tail(const struct lexicon *x, const char *t, size_t len, size_t e,
    int initials)
{
	size_t we;

	if (e + 1 >= len || t[e] != ' ')
		return e;
	if (initials && t[e + 1] >= '1' && t[e + 1] <= '9') {
		for (we = e + 1; we < len && we - e <= 4 && t[we] >= '0' &&
		    t[we] <= '9'; we++)
			;
		return we - e >= 3 && (we == len || !ascii_is_letter(t[we])) ?
		    we : e;
	}
	for (we = e + 1; we < len && t[we] != ' '; we++)
		;
	we = without_signs(x, t, e + 1, we);
	return firm_end(x, t, e + 1, we) ? we : e;
}

/* Is the word before the space at t[ls - 1] a capitalised word that is
 * neither common nor small ("Colorado" of "Colorado Fuel & Iron"; not
 * "The")? */
static int
proper_before(const struct lexicon *x, const char *t, size_t ls)
{
	size_t ws = word_start(t, 0, ls - 1);
	char low[32];

	if (!firm_word(t, ws, ls - 1) || ls - 1 - ws >= sizeof low ||
	    common_word(x, t, ws, ls - 1))
		return 0;
	ascii_lowered(low, t + ws, ls - 1 - ws);
	return !(lexicon_flags(x, low, ls - 1 - ws) & W_FUNCTION);
}

void
ampersand_bodies(const struct lexicon *x, const char *text, size_t len,
    struct mentions *ms)
{
	/* the initials of things, no firm's */
	static const char *const things[] = { "Q&A", "R&D", "M&A", "B&B",
	    "R&B", "P&L", "F&B", "G&T", "B&W", "C&W", "Q & A", "R & D",
	    "M & A", "B & B", "R & B" };
	const char *amp;
	size_t a, i = 0, ls, le, rs, re, s, e, k, tail;
	int spaced;

	while ((amp = memchr(text + i, '&', len - i)) != NULL) {
		a = (size_t)(amp - text);
		i = a + 1;
		/* "Procter & Gamble", or "AT&T", "S&P" */
		spaced = a > 0 && text[a - 1] == ' ' && a + 1 < len &&
		    text[a + 1] == ' ';
		le = spaced ? a - 1 : a;
		rs = spaced ? a + 2 : a + 1;
		ls = word_start(text, 0, le);
		for (re = rs; re < len && text[re] != ' '; re++)
			;
		re = without_signs(x, text, rs, re);
		if (!firm_word(text, ls, le) || !firm_word(text, rs,
		    text[re - 1] == '.' ? re - 1 : re) || mem_among(text +
		    ls, re - ls, things, sizeof things / sizeof *things))
			continue;
		/* ("Tisdale&Bthe", "Vl&J": misread print) */
		if (!spaced && !(initials_of_firm(text, ls, le) &&
		    initials_of_firm(text, rs, re)))
			continue;
		s = ls;
		e = tail = firm_tail(x, text, len, re, !spaced);
		/* two common words ("Gold & Silver", "Scrubbing & Mending")
		 * name a firm only with a name before them or a body's word
		 * after ("Colorado Fuel & Iron", "Building & Loan
		 * Association") */
		if (spaced && common_word(x, text, ls, le) &&
		    common_word(x, text, rs, re) && !firm_end(x, text, rs, re)) {
			if (ls >= 2 && text[ls - 1] == ' ' &&
			    proper_before(x, text, ls))
				s = word_start(text, 0, ls - 1);
			else if (tail == re)
				continue;
		}
		/* what the finders took of it, within it (the person
		 * "Johnson" of Johnson & Johnson); none that reaches out of
		 * it ("Mrs. Procter" &) */
		for (k = 0; k < ms->n && ms->v[k].e <= s; k++)
			;
		if (k < ms->n && ms->v[k].s < s)
			continue;
		for (; k < ms->n && ms->v[k].s < e; k++)
			if (ms->v[k].e > e)
				break;
		if (k < ms->n && ms->v[k].s < e)
			continue;
		put_name(ms, s, e, E_ORG);
		i = e;
	}
}

/* The start of the capitalised words, two at most, that end at e ("Oracle"
 * of "Oracle's", "Royal Dutch" of "Royal Dutch Shell's" is not asked), or
 * e when there is none. */
static size_t
capitalised_before(const char *t, size_t e)
{
	size_t s = e, ws, words;

	for (words = 0; words < 2; words++) {
		ws = word_start(t, s > 40 ? s - 40 : 0, s);
		if (ws == s || !firm_word(t, ws, s) ||
		    (ws > 0 && t[ws - 1] != ' '))
			break;
		s = ws;
		if (s < 2 || t[s - 1] != ' ')
			break;
		s--;
	}
	return s < e && t[s] == ' ' ? s + 1 : s;
}

void
business_owners(const char *text, size_t len, struct mentions *ms)
{
	/* what a firm has that a person or a town has not */
	static const char *const owned[] = { "shares", "stock", "share",
	    "shareholders", "stockholders", "chief executive", "CEO", "CFO",
	    "quarterly", "earnings", "profits", "profit", "market value",
	    "subsidiary", "headquarters", "IPO", NULL };
	const char *q;
	size_t i = 0, e, s, k;

	while ((q = memchr(text + i, '\'', len - i)) != NULL) {
		e = (size_t)(q - text);
		i = e + 1;
		if (e == 0 || i + 2 >= len || text[i] != 's' ||
		    text[i + 1] != ' ' || !word_of_at(text, len, i + 2, owned))
			continue;
		/* ("the State's chief executive": a kind of body, not its
		 * name) */
		if ((s = capitalised_before(text, e)) == e ||
		    the_before(text, s) || (e - s > 4 &&
		    memcmp(text + s, "The ", 4) == 0))
			continue;
		/* the finders' name of those words: none, or a place of
		 * theirs that is no country ("Amazon", the river) */
		for (k = 0; k < ms->n && ms->v[k].e <= s; k++)
			;
		if (k < ms->n && ms->v[k].s < e && (ms->v[k].s != s ||
		    ms->v[k].e != e || ms->v[k].type != E_LOC))
			continue;
		put_name(ms, s, e, E_ORG);
	}
}
