/*
 * titles.c - the headline among the page's headline-like lines.  The
 * pass takes the first title-like line for the title; what follows
 * corrects that guess by what is around it: a list of other stories'
 * headlines ("Most read"), a kicker or a standfirst next to the headline,
 * the headline right above its byline, the page's <title> with the
 * site's name in it, and, last, the words the headline shares with the
 * story's first paragraphs.
 */
#include <stdint.h>
#include <string.h>

#include "mem.h"
#include "roles.h"

/* First words that make a short line a sentence, not a heading. */
static const char *const not_heading_first_words[] = {
	"it", "this", "that", "these", "those", "he", "she", "they", "we",
	"i", "you", "there", "and", "but", "or", "so", "because", "which",
	"who", "if", "when", "while", "as", "then", "also", "its", "his",
	"her", "their", "our", "my", "your", NULL
};
static struct wordset not_heading_first = WORDSET(not_heading_first_words);

static const char *const verbs_words[] = {
	"is", "are", "was", "were", "has", "have", "had", "will", "would",
	"can", "could", "should", "said", "says", "told", "did", "does", NULL
};
struct wordset verbs = WORDSET(verbs_words);

/* "1. The first item", "2) Second": a numbered list item. */
static int
is_numbered(const struct pinfo *p)
{
	int i;

	for (i = 0; i < 3 && i < (int)p->len && p->raw[i] >= '0' &&
	    p->raw[i] <= '9'; i++)
		;
	return i > 0 && i < (int)p->len && (p->raw[i] == '.' ||
	    p->raw[i] == ')');
}

/* "You are here:", "Markdown Content:": a few words that label what
 * follows, not the article's first sentence. */
int
is_label(const struct pinfo *p)
{
	return p->last == ':' && p->nwords <= 4;
}

/*
 * Is p a line of print misread ("1MM11 931? HUM)", "X Lead 7.W"): of its
 * words (past quotes, brackets and stops), fewer than two are words of
 * letters (of two or more: "iPhone", "don't", "Jean-Luc"), and one at
 * least is misread, a sign inside it or letters and digits mixed twice
 * over ("1MM11", "K1K", "7.W"), or more are misread than not?  Numbers,
 * lone letters and names with a number ("G7", "F-35", "COVID-19") count
 * for neither: "G7 summit" and "S&P 500 hits record" are titles.
 */
static int
misread_line(const struct pinfo *p)
{
	const char *s = p->raw, *end = p->raw + p->len, *a, *b, *c;
	int shaped = 0, bad = 0, letters, digits, other, switches, kind, was;

	while (s < end) {
		while (s < end && (*s == ' ' || *s == '\t'))
			s++;
		for (a = s; s < end && *s != ' ' && *s != '\t'; s++)
			;
		b = s;
		while (a < b && strchr("\"'([", *a) != NULL)
			a++;
		while (b > a && strchr("\"')].,;:!?", b[-1]) != NULL)
			b--;
		letters = digits = other = switches = was = 0;
		for (c = a; c < b; c++) {
			if (((*c | 0x20) >= 'a' && (*c | 0x20) <= 'z') ||
			    (unsigned char)*c >= 0x80)
				letters++, kind = 1;
			else if (*c >= '0' && *c <= '9')
				digits++, kind = 2;
			else {
				if (!((*c == '\'' || *c == '-') && c > a &&
				    c + 1 < b))
					other++;
				continue;
			}
			switches += was != 0 && kind != was;
			was = kind;
		}
		if (letters == 0 || (letters == 1 && digits + other == 0))
			continue;	/* a number, a lone letter */
		if (other > 0 || switches > 1)
			bad++;
		else if (digits == 0)
			shaped++;
	}
	return (shaped < 2 && bad > 0) || bad > shaped;
}

int
is_title_like(const struct pinfo *p)
{
	/* (a third of it letters: "S&P 500 2558.14 +0.87%" is a ticker) */
	return p->short_ && !p->bullet && p->len <= 250 && p->nwords >= 2 &&
	    p->nwords <= 30 && p->letters >= 4 && first_upper(p) &&
	    !ends_sentence(p) && !is_numbered(p) &&
	    (size_t)p->letters * 3 >= p->len && !misread_line(p);
}

int
is_heading_like(const struct pinfo *p)
{
	int i;

	if (!p->short_ || p->len > 150 || p->nwords > 14 || p->letters < 3 ||
	    !first_upper(p) || ends_sentence(p) || cp_is_terminal(p->last))
		return 0;
	if (p->nw > 0 && word_in(p, 0, &not_heading_first))
		return 0;
	if (is_numbered(p))	/* a list item, not a heading */
		return 0;
	if (p->nwords >= 4)
		for (i = 1; i < p->nw; i++)
			if (!p->w[i].cap1 && word_in(p, i, &verbs))
				return 0;
	return 1;
}

/* ---- the headline by the lines around it ---- */

/*
 * In a list of other stories under a list head ("Most read"), whether
 * the headline-like paragraph p, ps->v[i], is one of them: the next
 * paragraph but a section's name or two ("WorldViews") is another
 * headline (not a standfirst, much longer, nor a name).  The article's
 * own headline is followed by its byline, date or text instead.
 */
int
is_listed_headline(const char *d, const struct paras *ps, size_t i,
    const struct pinfo *p)
{
	struct pinfo q;
	size_t k, start, end;

	for (k = i + 1;; k++) {
		if (k >= ps->n || k > i + 3)
			return 0;
		start = ps->v[k].start;
		end = ps->v[k].end;
		describe(d, start, end, &q);
		/* past a section's name, a number, a time ("5 hours ago") */
		if ((q.len > MENU_ITEM_MAX || q.nw > 2) && q.letters > 0 &&
		    !is_relative_time(&q))
			break;
	}
	return is_title_like(&q) && q.nw >= 4 &&
	    !(q.nwords >= 20 && q.nwords * 2 >= p->nwords * 3) &&
	    !is_name_like(d, start, end, &q) && !is_dateline(&q) &&
	    !is_dateline_item(&q) && !is_byline(&q) && !is_caption(&q);
}

/*
 * The share of p's words (of letters) in capitals, in per cent:
 * a label in capitals ("ISRAEL & THE REGION") is a kicker or a section
 * as a page sets it; a headline has few (an OCR page's many).
 */
static int
caps_percent(const struct pinfo *p)
{
	int i, caps = 0, words = 0;

	for (i = 0; i < p->nw; i++) {
		if (!p->w[i].cap1 && p->w[i].caps)
			continue;	/* digits */
		words++;
		caps += p->w[i].cap1 && p->w[i].caps;
	}
	return words ? caps * 100 / words : 0;
}

/* Title-like, of four words or more. */
static int
long_title_like(const struct pinfo *q)
{
	return is_title_like(q) && q->nw >= 4;
}

/*
 * Of two headline-like headings in a row, the first is the headline and
 * the second its standfirst ("Opponents vowed to fight the decision"):
 * the heading above j when like() holds for it too (and it is past
 * lowest), else j.
 */
static size_t
headline_of_pair(const char *d, const struct paras *ps, size_t j,
    size_t lowest, int (*like)(const struct pinfo *))
{
	struct pinfo q;

	if (j <= lowest || ps->v[j - 1].role != ROLE_HEADING)
		return j;
	describe(d, ps->v[j - 1].start, ps->v[j - 1].end, &q);
	return like(&q) ? j - 1 : j;
}

/*
 * The article's header starts at paragraph i (a byline or dateline, or
 * the first paragraph of the body where there is neither): the
 * headline right above it (or above its standfirst), if a guessed
 * title and it are apart with only headings between, one of them a
 * section's name ("Mayor promises crackdown" / "FOREIGN POLICY" / the
 * headline / "By ..."): other stories' headlines came first.  Or
 * the guessed title is a label in capitals right above the headline
 * ("ISRAEL & THE REGION" / the headline / "By ...").  Returns its index,
 * or 0.
 */
size_t
headline_above(const char *d, const struct paras *ps, size_t i,
    size_t title_at)
{
	struct pinfo q;
	size_t j, k, m;
	int kicker, standfirst, widget;

	for (j = i - 1, standfirst = 0; j > title_at; j--) {
		if (ps->v[j].role == ROLE_BOILERPLATE ||
		    ps->v[j].role == ROLE_CAPTION ||
		    ps->v[j].role == ROLE_BYLINE)
			continue;
		/* the author's name right above a dateline */
		if (j + 1 == i && ps->v[j].role == ROLE_HEADING) {
			describe(d, ps->v[j].start, ps->v[j].end, &q);
			if (is_name_like(d, ps->v[j].start, ps->v[j].end, &q))
				continue;
		}
		/* past one standfirst: a sentence under the headline */
		if (ps->v[j].role == ROLE_BODY && !standfirst &&
		    ps->v[j].end - ps->v[j].start <= 250) {
			standfirst = 1;
			continue;
		}
		break;
	}
	if (j <= title_at || ps->v[j].role != ROLE_HEADING)
		return 0;
	describe(d, ps->v[j].start, ps->v[j].end, &q);
	if (!long_title_like(&q))
		return 0;
	if ((k = headline_of_pair(d, ps, j, title_at + 1,
	    long_title_like)) != j) {
		j = k;
		describe(d, ps->v[j].start, ps->v[j].end, &q);
	}
	if (j == title_at + 1) {
		if (caps_percent(&q) > 25)
			return 0;
		describe(d, ps->v[title_at].start, ps->v[title_at].end, &q);
		return caps_percent(&q) == 100 && q.nwords <= 5 ? j : 0;
	}
	for (m = title_at + 1, kicker = 0; m < j; m++) {
		if (ps->v[m].role == ROLE_BOILERPLATE ||
		    ps->v[m].role == ROLE_CAPTION) {
			if (!ps->v[m].furniture || ps->v[m].menu)
				continue;
			/* a line the site repeats: what it would be
			 * without that (a section's name is a kicker) */
			describe(d, ps->v[m].start, ps->v[m].end, &q);
			if (is_boilerplate(&q, &widget, &widget) ||
			    q.letters == 0)	/* a list's numbers */
				continue;
			if (!is_heading_like(&q))
				return 0;
		} else if (ps->v[m].role == ROLE_HEADING)
			describe(d, ps->v[m].start, ps->v[m].end, &q);
		else if (ps->v[m].role == ROLE_BODY) {
			describe(d, ps->v[m].start, ps->v[m].end, &q);
			if (!is_label(&q))	/* "You are here:" */
				return 0;
			continue;
		} else
			return 0;
		kicker |= q.nwords <= 3;
	}
	return kicker ? j : 0;
}

/* Title-like, of four words or more, mostly letters (not a line of OCR
 * noise). */
static int
headline_like(const struct pinfo *q)
{
	return long_title_like(q) && q->nwords >= 4 &&
	    (size_t)q->letters * 10 >= q->len * 7;
}

/*
 * The headline right above the byline or dateline at paragraph i, past
 * an author's name or title ("Kelsey Tran", "Staff Reporter") and the
 * site's lines: its index, or 0.
 */
size_t
headline_before(const char *d, const struct paras *ps, size_t i)
{
	struct pinfo q;
	size_t j, names = 0;

	for (j = i; j-- > 0 && i - j <= 4;) {
		if (ps->v[j].role == ROLE_BOILERPLATE ||
		    ps->v[j].role == ROLE_BYLINE)
			continue;
		if (ps->v[j].role != ROLE_HEADING &&
		    ps->v[j].role != ROLE_BODY)
			return 0;
		describe(d, ps->v[j].start, ps->v[j].end, &q);
		if (((ps->v[j].role == ROLE_HEADING && q.nwords <= 3) ||
		    is_byline(&q)) && ++names <= 2)
			continue;	/* "by Associated Press" too */
		if (ps->v[j].role != ROLE_HEADING || !headline_like(&q))
			return 0;
		return headline_of_pair(d, ps, j, 0, headline_like);
	}
	return 0;
}

/* ---- the page's <title> ---- */

/* The offset of the first separator of a page's title (" | ", " - ",
 * an em or en dash between spaces) in s (n bytes), or n. */
size_t
first_separator(const char *s, size_t n)
{
	static const char *const seps[] = { " | ", " - ", " \xe2\x80\x94 ",
	    " \xe2\x80\x93 ", NULL };
	const char *sp;
	size_t at = 0;
	int i;

	/* (each begins with a space and then '|', '-' or a dash's lead
	 * byte: only such places are compared with them) */
	while (at + 3 <= n && (sp = memchr(s + at, ' ', n - at - 2)) != NULL) {
		at = (size_t)(sp - s);
		if (sp[1] == '|' || sp[1] == '-' || sp[1] == '\xe2')
			for (i = 0; seps[i] != NULL; i++)
				if (n - at >= strlen(seps[i]) &&
				    memcmp(sp, seps[i], strlen(seps[i])) == 0)
					return at;
		at++;
	}
	return n;
}

/*
 * The page's <title> ("Headline | Section | Site", "Headline - The Wall
 * Street Journal") taken for the title while the headline itself stands
 * elsewhere on the page: the headline wins, the <title> line is the
 * site's.  Only the text before the first separator is looked for.
 */
void
title_without_site(const char *d, struct paras *ps, size_t t)
{
	size_t n = ps->v[t].end - ps->v[t].start, k, label = 0;
	size_t cut = first_separator(d + ps->v[t].start, n);
	struct pinfo head, p;

	if (cut == n)
		return;
	/* a reader's copy labels it: "Title: Headline | Site" */
	if (cut > 7 && memcmp(d + ps->v[t].start, "Title: ", 7) == 0)
		label = 7;
	describe(d, ps->v[t].start + label, ps->v[t].start + cut, &head);
	if (head.nw < 3)
		return;
	for (k = 0; k < ps->n; k++) {
		if (k == t || (ps->v[k].role != ROLE_HEADING &&
		    ps->v[k].role != ROLE_BOILERPLATE))
			continue;
		describe(d, ps->v[k].start, ps->v[k].end, &p);
		if (p.nlen == head.nlen && memcmp(p.norm, head.norm, p.nlen) == 0) {
			ps->v[k].role = ROLE_TITLE;
			ps->v[t].role = ROLE_BOILERPLATE;
			return;
		}
	}
}

/* ---- the headline by the words it shares with the story ---- */

/*
 * A guessed title is checked against the story's first paragraphs: a
 * headline names what the story is about, so it shares its rarer words
 * ("Magnitogorsk", "collapse", "explosion"), while a site's line taken
 * for it ("Watch CBSN live", "The Big Story", another story's headline)
 * shares none.  Words are compared by their first five letters, a crude
 * stem ("collapses", "collapsed"); short and common words do not count.
 */
#define STORY_SAMPLE	4000	/* bytes of the story's first paragraphs */
#define STEM_LEN	5
#define STEM_SLOTS	2048	/* a power of two, above the sample's words */
#define LINE_STEMS	64

struct stems {
	uint32_t	slot[STEM_SLOTS];	/* 0 = empty */
	uint32_t	paras[STEM_SLOTS];	/* how many paragraphs have it */
	size_t		last[STEM_SLOTS];	/* the last of them, + 1 */
	size_t		n;
};

static const char *const common_words_words[] = {
	"about", "after", "again", "against", "also", "amid", "among",
	"been", "before", "being", "between", "both", "could", "does",
	"during", "each", "first", "from", "have", "here", "into", "just",
	"last", "like", "made", "make", "many", "more", "most", "much",
	"news", "next", "only", "other", "over", "said", "says", "since",
	"some", "still", "today",
	"than", "that", "their", "them", "then", "there", "these", "they",
	"this", "those", "three", "through", "under", "until", "upon",
	"very", "were", "what", "when", "where", "which", "while", "will",
	"with", "would", "year", "years", "your", NULL
};
static struct wordset common_words = WORDSET(common_words_words);

/* Whether s[i] starts a character of a word: an ASCII letter, or a
 * multibyte character other than U+2000-U+203F (dashes, curly quotes). */
static int
starts_letter(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];

	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
		return 1;
	return c >= 0xc0 && !(c == 0xe2 && i + 1 < n &&
	    (unsigned char)s[i + 1] == 0x80);
}

/*
 * The stem of the next counted word of s[*pos, n) in *stem (nonzero),
 * *pos moved past it; 0 when there is none.
 */
static int
next_stem(const char *s, size_t n, size_t *pos, uint32_t *stem)
{
	char w[16];
	size_t i = *pos, len;
	unsigned char c;
	uint32_t h;

	while (i < n) {
		if (!starts_letter(s, n, i)) {
			i++;
			continue;
		}
		for (len = 0; i < n; i++, len++) {
			c = (unsigned char)s[i];
			if (c < 0xc0 && c >= 0x80)
				;	/* a continuation byte */
			else if (!starts_letter(s, n, i))
				break;
			if (len < sizeof w)
				w[len] = (char)(c < 0x80 ? c | 0x20 : c);
		}
		if (len < 4 || (len <= sizeof w &&
		    wordset_has(&common_words, w, len)))
			continue;
		h = mem_hash(w, len < STEM_LEN ? len : STEM_LEN);
		*pos = i;
		*stem = h | 1;
		return 1;
	}
	*pos = n;
	return 0;
}

/* The slot of stem in the set, or SIZE_MAX. */
static size_t
stems_find(const struct stems *set, uint32_t stem)
{
	size_t k = stem & (STEM_SLOTS - 1);

	for (; set->slot[k] != 0; k = (k + 1) & (STEM_SLOTS - 1))
		if (set->slot[k] == stem)
			return k;
	return SIZE_MAX;
}

/* Adds stem, seen in paragraph para, to the set (unless it is full). */
static void
stems_add(struct stems *set, uint32_t stem, size_t para)
{
	size_t k = stem & (STEM_SLOTS - 1);

	while (set->slot[k] != 0 && set->slot[k] != stem)
		k = (k + 1) & (STEM_SLOTS - 1);
	if (set->slot[k] == 0) {
		if (set->n >= STEM_SLOTS / 2)
			return;
		set->slot[k] = stem;
		set->n++;
	}
	if (set->last[k] != para + 1) {
		set->paras[k]++;
		set->last[k] = para + 1;
	}
}

/* The distinct stems of s (n bytes) into seen, LINE_STEMS at most;
 * returns their number. */
static int
line_stems(const char *s, size_t n, uint32_t *seen)
{
	uint32_t stem;
	size_t pos = 0;
	int k, count = 0;

	while (count < LINE_STEMS && next_stem(s, n, &pos, &stem)) {
		for (k = 0; k < count && seen[k] != stem; k++)
			;
		if (k == count)
			seen[count++] = stem;
	}
	return count;
}

/* How many of the distinct stems of d[start, end) the story has; their
 * number in *distinct. */
static int
stems_shared(const char *d, size_t start, size_t end,
    const struct stems *story, int *distinct)
{
	uint32_t seen[LINE_STEMS];
	int k, shared = 0;

	*distinct = line_stems(d + start, end - start, seen);
	for (k = 0; k < *distinct; k++)
		shared += stems_find(story, seen[k]) != SIZE_MAX;
	return shared;
}

/*
 * The story's first paragraph: from paragraph b (the first of prose)
 * on, the first of prose with three words found in other paragraphs
 * too; not a banner's ("We'd also like to set analytics cookies",
 * "Then $68 per month"), whose words the story does not repeat.
 * Paragraph b when none of the first few is.
 */
#define STORY_TRIES	6

static size_t
story_start(const char *d, const struct paras *ps, size_t b,
    const struct stems *story)
{
	struct pinfo q;
	uint32_t seen[LINE_STEMS];
	size_t i, k, tries = 0;
	int n, m, recurring;

	for (i = b; i < ps->n && tries < STORY_TRIES; i++) {
		if (ps->v[i].role != ROLE_BODY)
			continue;
		describe(d, ps->v[i].start, ps->v[i].end, &q);
		if (!is_prose(&q))
			continue;
		tries++;
		n = line_stems(d + ps->v[i].start,
		    ps->v[i].end - ps->v[i].start, seen);
		for (m = recurring = 0; m < n; m++) {
			k = stems_find(story, seen[m]);
			recurring += k != SIZE_MAX && story->paras[k] >= 2;
		}
		if (recurring >= 3)
			return i;
	}
	return b;
}

/* A line that names the story: two of its stems in the story. */
static int
names_story(const char *d, size_t start, size_t end,
    const struct stems *story, int *shared, int *distinct)
{
	*shared = stems_shared(d, start, end, story, distinct);
	return *shared >= 2;
}

/*
 * A line of the story's own words rather than a headline: the start of
 * its first paragraph repeated (a summary under the headline), or a
 * line that a hard wrap cut after "of" or "the".
 */
static int
opens_story(const struct pinfo *q, const struct pinfo *opening)
{
	if (q->nw > 0 && word_in(q, q->nw - 1, &small_words))
		return 1;
	return q->nlen > 0 && q->nlen <= opening->nlen &&
	    memcmp(q->norm, opening->norm, q->nlen) == 0 &&
	    (opening->norm[q->nlen] == ' ' || opening->norm[q->nlen] == '\0');
}

/* "https://www.example.com/...": a link (a reader's "URL Source:" line) */
static int
has_link(const struct pinfo *p)
{
	const char *c = p->raw, *end = p->raw + p->len;

	while ((c = memchr(c, ':', (size_t)(end - c))) != NULL) {
		if (end - c >= 3 && c[1] == '/' && c[2] == '/')
			return 1;
		c++;
	}
	return 0;
}

/* Whether paragraph p's first words stand in the story's first paragraph
 * lead: a standfirst that copies the lead's sentence, after a dateline
 * ("HAVANA, JAN 12 (Reuters) - A bus operated by Viazul ..."). */
#define LEAD_PREFIX	32	/* bytes compared */

static int
repeats_lead(const char *d, const struct para *p, const struct para *lead)
{
	size_t n = p->end - p->start;

	if (n > LEAD_PREFIX)
		n = LEAD_PREFIX;
	return n >= 16 && mem_contains(d + lead->start, lead->end - lead->start,
	    d + p->start, n);
}

/*
 * The title, when it does not name the story (fewer than two of its
 * stems in the story, or fewer than half) and a headline-like line above
 * the story names it better: that line is the title (the one sharing the
 * most stems, the last of equals: a page's <title> or a reader's
 * "Title:" line comes before the headline).  The story is sampled from
 * the title on; it begins where story_start says.
 */
void
title_by_story(const char *d, struct paras *ps)
{
	struct stems story;	/* 32 KB */
	struct pinfo opening;	/* the story's first words */
	struct pinfo q;
	size_t i, b, t = SIZE_MAX, best = SIZE_MAX, used = 0;
	int shared, distinct, most = 0;
	int t_shared = 0, t_distinct = 1;	/* of the title found so far */

	for (b = 0; b < ps->n; b++) {
		if (ps->v[b].role == ROLE_TITLE)
			t = b;
		if (ps->v[b].role != ROLE_BODY)
			continue;
		describe(d, ps->v[b].start, ps->v[b].end, &q);
		if (is_prose(&q))
			break;
	}
	/* (from the title on: the story's first lines may be too short
	 * for prose, cut by a hard wrap) */
	memset(&story, 0, sizeof story);
	for (i = t != SIZE_MAX ? t + 1 : b; i < ps->n && used < STORY_SAMPLE;
	    i++) {
		size_t pos = 0, len = ps->v[i].end - ps->v[i].start;
		uint32_t stem;

		if (ps->v[i].role != ROLE_BODY)
			continue;
		if (i < b) {	/* a line of eight words or more, not markup */
			describe(d, ps->v[i].start, ps->v[i].end, &q);
			if (q.nwords < 8 || !cp_is_letter(q.first))
				continue;
		}
		if (len > STORY_SAMPLE - used)
			len = STORY_SAMPLE - used;
		while (next_stem(d + ps->v[i].start, len, &pos, &stem))
			stems_add(&story, stem, i);
		used += len;
	}
	if (story.n == 0)
		return;
	if (t != SIZE_MAX && names_story(d, ps->v[t].start, ps->v[t].end,
	    &story, &shared, &distinct)) {
		/* half its words or more: the headline; fewer (a place and
		 * a date), one naming the story better may still win */
		if (2 * shared >= distinct)
			return;
		most = shared + 1;
		t_shared = shared;
		t_distinct = distinct;
	}
	b = story_start(d, ps, b, &story);
	opening.nlen = 0;
	if (b < ps->n)
		describe(d, ps->v[b].start, ps->v[b].start +
		    (ps->v[b].end - ps->v[b].start < SHORT_MAX ?
		    ps->v[b].end - ps->v[b].start : SHORT_MAX), &opening);
	for (i = 0; i < b; i++) {
		/* (a body line right above the byline or dateline may be
		 * the headline: "Ancient Egyptians collected wild ibis birds
		 * for sacrifice, says study" reads as prose) */
		if (i == t || (ps->v[i].role == ROLE_BODY && !(i + 1 < ps->n &&
		    (ps->v[i + 1].role == ROLE_BYLINE ||
		    ps->v[i + 1].role == ROLE_DATELINE))) ||
		    ps->v[i].role == ROLE_CAPTION ||
		    ps->v[i].role == ROLE_DATELINE ||
		    ps->v[i].role == ROLE_BYLINE ||
		    ps->v[i].role == ROLE_COMMENT)
			continue;
		describe(d, ps->v[i].start, ps->v[i].end, &q);
		if (!is_title_like(&q) || q.nw < 3 || is_dateline(&q) ||
		    is_dateline_item(&q) || is_byline(&q) || is_caption(&q) ||
		    !names_story(d, ps->v[i].start, ps->v[i].end, &story,
		    &shared, &distinct) || shared < most ||
		    shared * t_distinct <= t_shared * distinct ||
		    has_link(&q) || opens_story(&q, &opening) ||
		    (ps->v[i].role == ROLE_BODY && b < ps->n &&
		    repeats_lead(d, &ps->v[i], &ps->v[b])))
			continue;
		best = i;
		most = shared;
	}
	if (best == SIZE_MAX)
		return;
	if (t != SIZE_MAX)
		ps->v[t].role = ROLE_BOILERPLATE;
	ps->v[best].role = ROLE_TITLE;
}

/*
 * The words a headline's line cannot end with: an article, or a
 * preposition, conjunction, possessive or verb that wants what follows.
 * A narrow column breaks a headline's deck anywhere ("Austrians Continue
 * to Advance Unchecked in the" | "Tyrol Region."), and 16 titles of the
 * 1,098 pages of 1916 were cut so.  Not "in", "on", "by": a headline's
 * "Things to Do in", "Game On", "Stand By".
 */
static const char *const dangling_words[] = {
	"the", "a", "an", "of", "to", "for", "with", "from", "and", "or",
	"as", "at", "into", "upon", "that", "its", "their", "his", "her",
	"is", "are", "was", "were", "will", NULL
};
static struct wordset dangling = WORDSET(dangling_words);

int
title_goes_on(const char *s, size_t n)
{
	size_t b = n;

	while (b > 0 && s[b - 1] >= 'a' && s[b - 1] <= 'z')
		b--;
	return b > 0 && b < n && s[b - 1] == ' ' &&
	    wordset_has(&dangling, s + b, n - b);
}

/* The title paragraph that goes on (title_goes_on): the short line after
 * it, beginning with a capital, is the title's too, whatever role it was
 * guessed ("Tyrol Region." looked like a name, a byline), but for a
 * dateline; and the line after that when it goes on again. */
void
title_continued(const char *d, struct paras *ps)
{
	struct pinfo p;
	size_t t, n;

	for (t = 0; t < ps->n && ps->v[t].role != ROLE_TITLE; t++)
		;
	/* (at most three lines more: a deck of four) */
	for (n = 0; n < 3 && t + 1 < ps->n &&
	    ps->v[t + 1].role != ROLE_DATELINE &&
	    title_goes_on(d + ps->v[t].start, ps->v[t].end - ps->v[t].start);
	    n++, t++) {
		describe(d, ps->v[t + 1].start, ps->v[t + 1].end, &p);
		if (!p.short_ || p.nwords > 12 || !first_upper(&p))
			return;
		ps->v[t + 1].role = ROLE_TITLE;
	}
}
