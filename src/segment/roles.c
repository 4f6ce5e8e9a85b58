/*
 * A role for every paragraph of a scraped article.
 *
 * Short paragraphs are looked at as a list of normalised words (lower
 * case, punctuation gone, digits apart from letters), which is what the
 * cue tables below are written in: site furniture ("top of page",
 * "Support SouthFront", "2,500 $"), comment widgets ("Notify of",
 * "17 visualizzazioni0 commenti"), dates, photo credits.  Position does
 * the rest: the first headline-like paragraph before any body text is
 * the title, a person's name right after it the byline, and everything
 * after a comment widget that follows the article is the comment thread.
 * Long paragraphs are body (or comment) without further ado, so the
 * pass is linear and cheap.
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "mem.h"
#include "segment.h"
#include "wordset.h"

#define SHORT_MAX	400	/* bytes: longer paragraphs are prose */
#define NORM_MAX	(SHORT_MAX + 80 + 16)	/* + 16: see ascii_letters() */
#define WORDS_MAX	64

struct nword {
	unsigned short	off, len;	/* in norm */
	unsigned char	caps;		/* every letter upper case */
	unsigned char	cap1;		/* first letter upper case */
};

struct pinfo {
	size_t		len;		/* bytes */
	int		nwords;		/* whitespace-separated, capped */
	int		letters;
	uint32_t	first;		/* first character after openers */
	uint32_t	last;		/* last character before closers */
	int		short_;		/* norm and words are filled in */
	int		bullet;		/* it starts with a list bullet */
	int		may_split;	/* short, and has a byte that may
					 * separate items (see split_items) */
	char		norm[NORM_MAX];
	size_t		nlen;
	const char	*raw;		/* the paragraph's bytes */
	char		low[SHORT_MAX + 1];	/* them ASCII lower-cased, */
	int		low_done;		/* once lower() was called */
	struct nword	w[WORDS_MAX];
	int		nw;
};

/* ---- cue tables, in normalised form ---- */

/* A list of prefixes, and the bytes they start with (built on first
 * use): most paragraphs start with none of them, and are done with one
 * look-up instead of a pass over the list. */
struct prefixes {
	const char *const	*list;	/* NULL-terminated */
	int			 built;
	unsigned char		 first[256];
};

#define PREFIXES(list) { (list), 0, { 0 } }

static const char *const boiler_exact_words[] = {
	"top of page", "bottom of page", "back to top", "scroll to top",
	"go to top", "skip to content", "skip to main content", "share",
	"share this", "share this article", "share this story",
	"share this post", "share on facebook", "share on twitter", "tweet",
	"facebook", "twitter", "email", "e mail", "print", "print this page",
	"print article", "advertisement", "advertisements", "sponsored",
	"sponsored content", "read more", "read next", "continue reading",
	"related", "related articles", "related posts", "related stories",
	"related news", "you may also like", "you might also like",
	"recommended", "recommended for you", "subscribe", "subscribe now",
	"sign up", "sign in", "log in", "login", "register", "menu", "home",
	"search", "close", "loading", "cookie settings", "accept cookies",
	"accept", "privacy policy", "terms of use", "terms of service",
	"all rights reserved", "donate", "donate now", "follow us", "like",
	"whatsapp", "telegram", "linkedin", "reddit", "pinterest", "vk",
	"copy link", "link copied", "next article", "previous article",
	"next post", "previous post", "post navigation", "tags", "source",
	"sources", "click here", "photo gallery", "top stories",
	"latest news", "trending", "trending now", "most read",
	"most popular", "more stories", "more news", "see also", "listen",
	"listen to this article", "watch", "play", "video", "audio", "x",
	"shares", "views", "messenger", "just another wordpress site",
	"link copied to clipboard", "close navigation menu", "share save",
	"hide caption", "toggle caption", "i accept", "accept all",
	"your privacy", "privacy settings",
	"reject all", "i agree", "agree and close", "manage preferences",
	"manage settings",
	/* the sky beside a weather widget's temperature */
	"sunny", "mostly sunny", "partly sunny", "clear", "cloudy",
	"partly cloudy", "mostly cloudy", "overcast", "fog", "rain", "showers",
	"light rain", "snow", "thunderstorms", "windy", NULL
};
static struct wordset boiler_exact = WORDSET(boiler_exact_words);

static const char *const boiler_prefix_words[] = {
	"support ", "follow us on ", "follow ", "share on ", "share via ",
	"sign up for ", "subscribe to ", "copyright ", "tags ", "tagged ",
	"filed under ", "categories ", "category ", "posted in ",
	"click here ", "read more ", "related ", "see also ",
	"become a patron", "donate to ", "listen to ", "download ",
	"join us on ", "like us on ", "find us on ", "follow on ",
	"click to ", "share this ", "skip to ", NULL
};
static struct prefixes boiler_prefix = PREFIXES(boiler_prefix_words);

/* Notices of the page about itself, in sentences of their own. */
static const char *const notice_prefix_words[] = {
	"this article is more than ", "media playback is unsupported",
	"these are external links ", "this page is best viewed",
	"you are using an outdated browser", "discover more from ",
	/* cookie and consent banners */
	"we use cookies", "this site uses cookies", "this website uses cookies",
	"cookies on this site", "by continuing to use", "by using this site",
	"we care about your privacy", "we value your privacy",
	"your privacy choices", "see our cookie", "ie 11 is not supported",
	"for an optimal experience", "we and our partners",
	"with your permission we", "before you continue",
	"be the first to know", "we need your consent", "skip to main",
	"skip to content", "skip to navigation", "cookies settings",
	"cookie settings", "get browser notifications",
	"do you accept cookies", "continue reading the main story",
	"your choices about cookies", "all snapshots from", "keep reading",
	"subscribe for", "get the biggest",
	"privacy preference", "enjoy unlimited access",
	"you are reading a free article", "go ad free",
	"we respect your privacy", "scroll to continue",
	"subscribe to read", "unlimited digital access", "gift unlocked",
	"story continues after", "story continues below",
	"article continues after", "article continues below",
	"sign in to ", "log in to ", "login to ", "register to continue",
	"register to read", "register for free",
	"create a free account",
	/* a newsletter as a mail program shows it */
	"having trouble viewing", "view this email in", "view in browser",
	"view it online", NULL
};
static struct prefixes notice_prefix = PREFIXES(notice_prefix_words);

/* The heads of lists of other stories' headlines, before the article:
 * "Most read", then two headlines, then the article's own. */
static const char *const list_head_words[] = {
	"breaking news", "most read", "most popular", "popular",
	"trending", "trending now", "top stories", "top news", "latest",
	"latest news", "latest stories", "just in", "recommended",
	"editors picks", "editor s picks", "don t miss", "more stories",
	"more news", "in other news", "the post most", "featured",
	"in focus", "popular now", "most viewed", "top headlines",
	"latest headlines", "more headlines", "most recent", "must read",
	"editor s choice", "editors choice", "top articles", "popular posts",
	"latest on this topic", "read next", "related stories", NULL
};
static struct wordset list_head = WORDSET(list_head_words);

/* Link lists that may carry a whole headline: "Read more: How cities
 * prepare for floods". */
static const char *const boiler_link_prefix_words[] = {
	"read more ", "related ", "see also ", "more from ", "read next ",
	"recommended ", "you may also like ", "also read ", "watch ",
	NULL
};
static struct prefixes boiler_link_prefix = PREFIXES(boiler_link_prefix_words);

/* Comment widgets: after one of these (once the article has begun),
 * the rest of the page is the comment thread. */
static const char *const widget_exact_words[] = {
	"notify of", "newest most voted", "oldest newest most voted",
	"newest oldest most voted", "inline feedbacks", "view all comments",
	"load more comments", "show more comments", "show more replies",
	"leave a comment", "leave a reply", "add a comment",
	"post a comment", "join the discussion", "join the conversation",
	"comments are closed", "log in to comment", "login to comment",
	"sign in to comment", "be the first to comment", "show comments",
	"top comments", NULL
};
static struct wordset widget_exact = WORDSET(widget_exact_words);

/* Single widget words: boilerplate when they stand alone without a full
 * stop, but too common in text ("Discussion.") to open a thread. */
static const char *const widget_word_words[] = {
	"most voted", "newest", "oldest", "comments", "comment", "reply",
	"cancel reply", "post comment", "hide comments", "discussion",
	"responses", "commenti", "commenta", "kommentare", "commentaires",
	NULL
};
static struct wordset widget_word = WORDSET(widget_word_words);

static const char *const widget_prefix_words[] = {
	"would love your thoughts", "notify me of ", "you must be logged in",
	"your email address will not be published",
	"this site uses akismet", "comments are moderated",
	"subscribe to comments", "leave a reply ", "leave a comment ",
	NULL
};
static struct prefixes widget_prefix = PREFIXES(widget_prefix_words);

static const char *const counter_comment_words[] = {
	"comments", "comment", "commenti", "commento", "commentaires",
	"commentaire", "kommentare", "kommentar", "comentarios",
	"comentario", "replies", "reply", "responses", "risposte", NULL
};
static struct wordset counter_comment = WORDSET(counter_comment_words);

static const char *const counter_other_words[] = {
	"views", "view", "visualizzazioni", "visualizzazione", "vues", "vue",
	"aufrufe", "visualizaciones", "likes", "like", "shares", "share",
	"reads", "read", "min", "mins", "minute", "minutes", "minuti", "words",
	"word", NULL
};
static struct wordset counter_other = WORDSET(counter_other_words);

static const char *const months_words[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan",
	"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
	"dec", NULL
};
static struct wordset months = WORDSET(months_words);

int
is_month_name(const char *w, size_t n)
{
	return wordset_has(&months, w, n);
}

static const char *const weekdays_words[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
	"sat", "sun", NULL
};
static struct wordset weekdays = WORDSET(weekdays_words);

static const char *const date_fillers_words[] = {
	"on", "at", "of", "the", "updated", "published", "posted", "last",
	"first", "issued", "latest", "update", "eastern", "pacific", "central",
	"mountain", "daylight", "standard", "time", "sent",
	"modified", "date", "dated", "st", "nd", "rd", "th", "am", "pm", "a",
	"p", "m", "h", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt",
	"et", "pt", "ct", "cet", "cest", "bst", "msk", "ist", "mst", "mdt",
	"akst", "hst", "eet", "eest", "wet", "west", "aest", "aedt", "acst",
	"acdt", "awst", "nzst", "nzdt", "jst", "kst", "hkt", "sgt", "pkt",
	"sast", "eat", "wat", "brt", NULL
};
static struct wordset date_fillers = WORDSET(date_fillers_words);

/* Words a dateline may begin with: "Updated 5:30 PM ET, Mon June 5". */
static const char *const date_leads_words[] = {
	"updated", "published", "posted", "last", "first", "modified", "on",
	"issued", "latest", "update", "date", "dated", "sent", NULL
};
static struct wordset date_leads = WORDSET(date_leads_words);

static const char *const caption_cues_words[] = {
	"photo", "photos", "photograph", "image", "images", "picture",
	"pictured", "credit", "credits", "courtesy", "getty", "reuters",
	"afp", "shutterstock", "caption", "illustration", "foto", "epa",
	NULL
};
static struct wordset caption_cues = WORDSET(caption_cues_words);

/* Looked for in the lower-cased bytes once a caption cue word is seen. */
static const char *const caption_marks[] = {
	"(photo", "photo:", "photo by", "photograph:", "photograph by",
	"photos:", "image:", "image credit", "image source", "(image",
	"picture:", "(picture", "pictured:", "(pictured", "credit:",
	"credits:", "courtesy of", "getty images", "afp photo", "ap photo",
	"reuters/", "/ reuters", "/reuters", "/ afp", "/afp", "afp/",
	"file photo", "shutterstock", "caption:", "illustration:", "(foto",
	"foto:", "photo credit", "epa/", "/ epa", "(credit", "image caption",
	"photo courtesy",
	"image copyright", "media caption", "staff photo", NULL
};

static const char *const name_stop_words[] = {
	"the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "by",
	"with", "from", "new", "news", "home", "top", "more", "read", "view",
	"all", "support", "share", "follow", "comments", "comment", "reply",
	"page", "menu", "search", "login", "subscribe", "donate", "related",
	"latest", "about", "contact", "policy", "privacy", "terms",
	"foreign", "president", "minister", "world", "focus", "breaking",
	"live", "video", "photo", "opinion", "analysis", "editorial",
	"sports", "business", "politics", "economy", "culture", "newest",
	"oldest", "inline", "feedbacks", "notify", "most", "voted",
	/* mastheads and sections of newspapers */
	"daily", "weekly", "times", "herald", "tribune", "journal",
	"gazette", "post", "press", "sections", "section", "edition", "per",
	"year", "dollars", "cents", "county", "city", "american",
	"republican", "democrat", "message", "building", "capital",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday",
	/* page controls */
	"font", "size", "gift", "article", "gallery", "multimedia", "bingo",
	"byline", "icon", "logo", "print", "save", "listen", "audio", NULL
};
static struct wordset name_stop = WORDSET(name_stop_words);

static const char *const name_particles_words[] = {
	"de", "van", "von", "da", "di", "del", "della", "la", "le", "bin",
	"al", "el", "der", "den", "du", "dos", "das", "ter", "ten", "y",
	NULL
};
static struct wordset name_particles = WORDSET(name_particles_words);

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
static struct wordset verbs = WORDSET(verbs_words);

static const char *const byline_prefix_words[] = {
	"by ", "written by ", "reporting by ", "posted by ", "story by ",
	"text by ", "words by ", "author ", "authors ", "reporter ",
	"correspondent ", "von ", "di ", "par ", "por ", NULL
};
static struct prefixes byline_prefix = PREFIXES(byline_prefix_words);

/* ---- helpers ---- */

static int
in_list(struct wordset *set, const char *w, size_t n)
{
	return wordset_has(set, w, n);
}

static int
norm_in(const struct pinfo *p, struct wordset *list)
{
	return p->nlen > 0 && in_list(list, p->norm, p->nlen);
}

static int
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

static int
word_in(const struct pinfo *p, int i, struct wordset *list)
{
	return in_list(list, p->norm + p->w[i].off, p->w[i].len);
}

static int
word_is(const struct pinfo *p, int i, const char *w)
{
	return p->w[i].len == strlen(w) &&
	    memcmp(p->norm + p->w[i].off, w, p->w[i].len) == 0;
}

static int
word_number(const struct pinfo *p, int i, unsigned long *v)
{
	const char *s = p->norm + p->w[i].off;
	unsigned long x = 0;
	int k;

	for (k = 0; k < p->w[i].len; k++) {
		if (s[k] < '0' || s[k] > '9')
			return 0;
		if (x < 100000)
			x = x * 10 + (unsigned long)(s[k] - '0');
	}
	*v = x;
	return 1;
}


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
static void
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

/* ---- lines of several items: "Home | World | Politics" ---- */

#define ITEMS_MAX	16

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
static int
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

/* Site navigation: "Home | World | Politics", "News > World",
 * "World   Business   Science", "Log in · Register": two or more items
 * of one to four capitalised words without digits or full stops. */
static int
is_nav_line(const struct pinfo *p)
{
	const char *d = p->raw;
	size_t from[ITEMS_MAX], to[ITEMS_MAX], pos, len;
	uint32_t c;
	int n, i, words, inword;

	if (!p->short_ || p->last == '.' || p->nw == 0)
		return 0;
	if (!p->may_split)
		return 0;
	n = split_items(d, 0, p->len, from, to);
	/* (a longer line is a menu of many items, wrapped) */
	if (n < 2 || (p->len > 200 && n < 8))
		return 0;
	for (i = 0; i < n; i++) {
		/* past a link's number in text from lynx -dump: "[12]World" */
		from[i] += link_number(d + from[i], to[i] - from[i]);
		/* capitalised, or in a script without capitals ("हिंदी") */
		if (from[i] >= to[i] ||
		    (!cp_is_upper(c = cp_at(d, from[i], to[i], &len)) &&
		    !(c >= 0x80 && cp_is_letter(c) && !cp_is_lower(c))))
			return 0;
		words = inword = 0;
		for (pos = from[i]; pos < to[i]; pos += len) {
			if ((len = ws_at(d + pos, to[i] - pos)) > 0) {
				inword = 0;
				continue;
			}
			c = cp_at(d, pos, to[i], &len);
			if ((c >= '0' && c <= '9') || c == '.')
				return 0;
			if (!inword && ++words > 4)
				return 0;
			inword = 1;
		}
	}
	return 1;
}

static int is_dateline(const struct pinfo *p);
static size_t first_separator(const char *s, size_t n);

/* Whether p before cut is a source's name (a few capitalised words, one
 * in lower case at most: "Name (Philstar.com)"), and p past the
 * separator (sep bytes at cut) a date. */
static int
source_then_date(const struct pinfo *p, size_t cut, size_t sep)
{
	struct pinfo q;
	int k, lowers;

	describe(p->raw, 0, cut, &q);
	for (k = 0, lowers = 0; k < q.nw; k++)
		lowers += !q.w[k].cap1;
	if (q.nw < 1 || q.nw > 5 || !q.w[0].cap1 || lowers > 1)
		return 0;
	describe(p->raw, cut + sep, p->len, &q);
	return q.nw >= 3 && is_dateline(&q);
}

/*
 * A source's name, then its date: after the first dash ("Name
 * (Philstar.com) - January 16, 2019 - 3:03pm"), the last ("- Associated
 * Press - Saturday, August 24, 2019"), or one or two names and commas
 * ("IANS, Beijing, AUG 08 2019, 11:43 IST").
 */
static int
dateline_after_source(const struct pinfo *p)
{
	size_t at, last = 0, commas = 0;

	for (at = 0; at + 3 <= p->len; at++)
		if (memcmp(p->raw + at, " - ", 3) == 0) {
			if (last == 0 && source_then_date(p, at, 3))
				return 1;
			last = at + 3;
		}
	if (last > 0 && source_then_date(p, last - 3, 3))
		return 1;
	for (at = 0; at + 2 <= p->len && commas < 2; at++) {
		if (p->raw[at] != ',' || p->raw[at + 1] != ' ')
			continue;
		commas++;
		if (source_then_date(p, at, 2))
			return 1;
	}
	return 0;
}

/* "Jan. 4, 2019 10:32 AM | By Jane Smith", "Politics · June 5, 2023":
 * a dateline as one of a few items. */
static int
is_dateline_item(const struct pinfo *p)
{
	size_t from[ITEMS_MAX], to[ITEMS_MAX];
	struct pinfo q;
	int n, i;

	if (!p->short_ || p->len > 160 || p->nw < 3)
		return 0;
	if (!p->may_split)
		return dateline_after_source(p);
	n = split_items(p->raw, 0, p->len, from, to);
	if (n < 2 || n > 4)
		return dateline_after_source(p);
	for (i = 0; i < n; i++) {
		describe(p->raw, from[i], to[i], &q);
		if (is_dateline(&q))
			return 1;
	}
	return 0;
}

/* "17 visualizzazioni0 commenti", "3 min read", "12 comments". */
static int
is_counter(const struct pinfo *p, int *comments)
{
	int i, num = 0, vocab = 0;
	unsigned long v;

	*comments = 0;
	if (p->nw < 2 || p->nw > 8)
		return 0;
	for (i = 0; i < p->nw; i++) {
		if (word_number(p, i, &v))
			num++;
		else if (word_in(p, i, &counter_comment))
			vocab++, *comments = 1;
		else if (word_in(p, i, &counter_other))
			vocab++;
		else
			return 0;
	}
	return num && vocab;
}

/* The number of digits in s[i, n). */
static size_t
digit_run(const char *s, size_t n, size_t i)
{
	size_t j = i;

	while (j < n && s[j] >= '0' && s[j] <= '9')
		j++;
	return j - i;
}

/* Whether p holds a date in digits between slashes: "02/23/19",
 * "1/4/2019". */
static int
slashed_date(const struct pinfo *p)
{
	const char *s = p->raw;
	size_t n = p->len, i, a, b, c;

	for (i = 0; i < n; i++) {
		if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
			continue;	/* inside a number */
		a = digit_run(s, n, i);
		if (a == 0 || a > 2 || i + a >= n || s[i + a] != '/')
			continue;
		b = digit_run(s, n, i + a + 1);
		if (b == 0 || b > 2 || i + a + 1 + b >= n ||
		    s[i + a + 1 + b] != '/')
			continue;
		c = digit_run(s, n, i + a + b + 2);
		if (c == 2 || c == 4)
			return 1;
	}
	return 0;
}

/* Whether the words of p from i on all begin with a capital (a name). */
static int
capitalised_from(const struct pinfo *p, int i)
{
	for (; i < p->nw; i++)
		if (!p->w[i].cap1)
			return 0;
	return 1;
}

/* Whether p ends in a reading time: "6 min read", "3 minute read". */
static int
reading_time(const struct pinfo *p)
{
	unsigned long v;
	int n = p->nw;

	return n >= 3 && word_is(p, n - 1, "read") &&
	    word_number(p, n - 3, &v) && (word_is(p, n - 2, "min") ||
	    word_is(p, n - 2, "mins") || word_is(p, n - 2, "minute") ||
	    word_is(p, n - 2, "minutes"));
}

/* Whether a date's lead word ("Published") follows word i, past
 * capitalised words only: the name of a source before it. */
static int
lead_follows(const struct pinfo *p, int i)
{
	int k;

	for (k = i + 1; k < p->nw && k <= i + 3; k++) {
		if (word_in(p, k, &date_leads))
			return 1;
		if (!p->w[k].cap1)
			return 0;
	}
	return 0;
}

/* Whether the words of p from the i-th on are a date (see is_dateline). */
static int
dateline_from(const struct pinfo *p, int i)
{
	int month = 0, wday = 0, year = 0, nums = 0, started = 0;
	unsigned long v;

	for (; i < p->nw; i++) {
		if (word_in(p, i, &months)) {
			month++;
		} else if (word_in(p, i, &weekdays)) {
			wday++;
		} else if (word_number(p, i, &v)) {
			if (p->w[i].len == 4 && v >= 1800 && v <= 2099)
				year++;
			else if ((p->w[i].len == 5 || p->w[i].len == 6) && month &&
			    v / (p->w[i].len == 5 ? 10 : 100) >= 1800 &&
			    v / (p->w[i].len == 5 ? 10 : 100) <= 2099)
				year++, nums++;	/* "4 Mar 20194 Mar 2019" */
			else if (p->w[i].len <= 2)
				nums++;
			else if (!(p->w[i].len == 4 && i > 0 &&
			    (word_is(p, i - 1, "gmt") || word_is(p, i - 1,
			    "utc"))) && !(started && month && year))
				return 0;	/* (but "GMT +0300", and a count
						 * after a date: "- 39 - 554") */
		} else if (word_in(p, i, &date_fillers)) {
			/* "Updated", "Published at :" */
			if (!started && !word_in(p, i, &date_leads) &&
			    !(i > 0 && word_in(p, i - 1, &date_leads)) &&
			    !(p->w[i].cap1 && lead_follows(p, i)))
				return 0;
			continue;
		} else if (!started && (p->w[i].caps || (i == 0 &&
		    p->w[i].cap1) || (p->w[i].cap1 && lead_follows(p, i))) &&
		    i < 5) {
			/* a place: WASHINGTON, a section: Economy, a source:
			 * "Source:Xinhua Published: 2019/2/11 05:22:10",
			 * "The Associated Press Published: February 17, 2019" */
			continue;
		} else if (started && word_is(p, i, "by")) {
			break;		/* "Posted on 2019-03-04 by admin" */
		} else if (started && i == p->nw - 1 && p->w[i].caps &&
		    p->w[i].cap1 && p->w[i].len >= 2 && p->w[i].len <= 4 &&
		    (word_number(p, i - 1, &v) || word_is(p, i - 1, "am") ||
		    word_is(p, i - 1, "pm"))) {
			break;		/* a time's zone: "2:31 PM MYT", "18:22 WIB" */
		} else if (started && month && year && (p->nw - i <= 3 ||
		    (p->nw - i <= 8 && first_separator(p->raw, p->len) <
		    p->len)) && capitalised_from(p, i)) {
			/* "February 11 2019, 12:01am, The Times", "April 28,
			 * 2019 - Halifax, Nova Scotia - Health Canada" */
			break;
		} else if (started && year && word_is(p, i, "in") && p->nw - i <= 3 &&
		    capitalised_from(p, i + 1)) {
			break;		/* "By AFP May 6, 2019 in Environment" */
		} else if (started && p->w[i].cap1 && p->w[i].len >= 2 &&
		    p->w[i].len <= 4 && (word_is(p, i - 1, "m") ||
		    word_is(p, i - 1, "am") || word_is(p, i - 1, "pm"))) {
			/* a zone after a time: "7:41 a.m. ChT Jan. 27, 2019" */
		} else if (started && word_is(p, i, "page") && i + 2 >= p->nw) {
			break;		/* a print edition's "Mon, May 06, 2019 - Page 3" */
		} else if (started && p->nw - i <= 4 &&
		    word_in(p, p->nw - 1, &counter_comment)) {
			break;		/* "June 20, 2019 admin 5 Comments" */
		} else if (started && p->nw - i <= 4 && reading_time(p)) {
			/* "January 24, 2019 10:46 PM 3 min read", and with
			 * an icon's name: "Sept. 25, 2019 timer6 min read" */
			break;
		} else {
			return 0;
		}
		started = 1;
	}
	return (month && (nums || year)) || (wday && (month || nums)) ||
	    (year && nums >= 2) || (nums >= 3 && slashed_date(p));
}

/* An author's name, up to three capitalised words, then a day with
 * its year: "Mei Ling Sato July 1, 2019". */
static int
dated_after_name(const struct pinfo *p)
{
	unsigned long v;
	int i;

	for (i = 0; i < p->nw; i++)
		if (word_number(p, i, &v) && p->w[i].len == 4)
			break;
	if (i == p->nw)
		return 0;	/* no year */
	for (i = 0; i < p->nw && i < 3 && p->w[i].cap1 &&
	    !word_in(p, i, &months) && !word_in(p, i, &weekdays); i++)
		;
	return i > 0 && i < p->nw && (word_in(p, i, &months) ||
	    word_number(p, i, &v)) && dateline_from(p, i);
}

/* Whether s (n bytes, from a separator on) goes on as a dateline
 * does: past the separator, a site's name or a time ("| TheTyee.ca",
 * "- Health Canada", "- 18:46"), not words ("- in Mesquite, Texas"). */
static int
site_after(const char *s, size_t n)
{
	size_t i = 0, words = 0;

	while (i < n && (s[i] == ' ' || s[i] == '|' || s[i] == '-' ||
	    (unsigned char)s[i] >= 0x80))
		i++;
	if (i < n && s[i] >= '0' && s[i] <= '9')
		return 1;
	if (i >= n || s[i] < 'A' || s[i] > 'Z')
		return 0;
	for (; i < n; i++)	/* a name of four words at most */
		words += s[i] == ' ' && i + 1 < n && s[i + 1] != ' ';
	return words < 4;
}

/* A date standing alone: "JUNE 2023", "Friday, January 4, 2019",
 * "MAYSVILLE, KENTUCKY, MONDAY, JUNE 5, 1916.", "2019-01-04"; or after a
 * byline, "Posted by admin on 28th March 2019". */
static int
is_dateline(const struct pinfo *p)
{
	unsigned long v;
	struct pinfo head;
	size_t cut;
	int i;

	if (p->nw == 0 || p->nw > 24 || p->len > 120)
		return 0;
	if (word_is(p, 0, "by") || (p->nw > 1 && word_is(p, 1, "by") &&
	    (word_is(p, 0, "posted") || word_is(p, 0, "written") ||
	    word_is(p, 0, "translated") || word_is(p, 0, "reporting")))) {
		/* "... by admin on 28th March 2019", "By Helen Tsai Jan 04,
		 * 2019 10:18 PM": the date after the name */
		for (i = 2; i < p->nw && i < 8; i++)
			if (word_is(p, i, "on") || word_in(p, i, &months) ||
			    word_in(p, i, &weekdays))
				return dateline_from(p, i);
		/* "BY NAME - 02/23/19 07:45 AM EST" */
		for (i = 2; i < p->nw && i < 8 && slashed_date(p); i++)
			if (word_number(p, i, &v))
				return dateline_from(p, i);
		return 0;
	}
	if (dateline_from(p, 0))
		return 1;
	/* "Published 6 years ago on 30 Apr 2019": the page's age, then
	 * the day */
	if (p->nw >= 6 && (word_is(p, 0, "published") ||
	    word_is(p, 0, "posted") || word_is(p, 0, "updated")) &&
	    word_number(p, 1, &v) && word_is(p, 3, "ago"))
		return dateline_from(p, 4);
	/* "This content was published on October 16, 2019 - 01:46" */
	if (p->len <= 80 && p->last != '.')
		for (i = 1; i < p->nw && i <= 5 && !word_number(p, i, &v); i++)
			if (word_is(p, i, "published") || word_is(p, i, "updated")
			    || word_is(p, i, "posted"))
				return dateline_from(p, i);
	/* "Mei Ling Sato July 1, 2019" */
	if (p->nw <= 10 && dated_after_name(p))
		return 1;
	/* "Jasper Ng 8 Apr 2019 | TheTyee.ca", "Published : Aug 24, 2019
	 * - 18:46 facebook": a day with its year, then after a separator
	 * the site's name or a time and more */
	if ((cut = first_separator(p->raw, p->len)) < p->len && cut > 0 &&
	    site_after(p->raw + cut, p->len - cut)) {
		describe(p->raw, 0, cut, &head);
		return dateline_from(&head, 0) || dated_after_name(&head);
	}
	return 0;
}

static const char *
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

/* Who a photo comes from, when a caption ends with it in brackets:
 * "Volunteers clear debris from a street (Twitter)". */
static const char *const credit_words_words[] = {
	"twitter", "xinhua", "reuters", "ap", "afp", "getty", "getty images",
	"epa", "bloomberg", "shutterstock", "handout", "supplied", "file",
	"pa", "pa media", "anadolu", "facebook", "instagram", "ians", "pti",
	"ani", "aap", "dpa", "kyodo", "yonhap", NULL
};
static struct wordset credit_words = WORDSET(credit_words_words);

#define CREDIT_MAX	48	/* bytes between the brackets */

/* Whether one of the words of s (n bytes, lower case) is a credit word
 * of three letters or more ("pa" might be a page's abbreviation):
 * "(Handout via Reuters)", "( Arif Hudaverdi Yaman - Anadolu Agency )". */
static int
credit_word_in(const char *s, size_t n)
{
	size_t i = 0, w;

	while (i < n) {
		while (i < n && !(s[i] >= 'a' && s[i] <= 'z'))
			i++;
		for (w = i; i < n && s[i] >= 'a' && s[i] <= 'z'; i++)
			;
		if (i - w >= 3 && in_list(&credit_words, s + w, i - w))
			return 1;
	}
	return 0;
}

static int
ends_with_credit(struct pinfo *p)
{
	const char *low = lower(p);
	size_t open;

	if (p->len < 4 || low[p->len - 1] != ')')
		return 0;
	for (open = p->len - 1; open > 0 && low[open - 1] != '(' &&
	    p->len - open < CREDIT_MAX; open--)
		;
	if (open == 0 || low[open - 1] != '(' || open == p->len - 1)
		return 0;
	if (in_list(&credit_words, low + open, p->len - 1 - open))
		return 1;
	return credit_word_in(low + open, p->len - 1 - open);
}

/* "Mourners lay flowers at a memorial © Kenji Araki/Kyodo": a photo's
 * credit after a copyright sign, a name of a few words at the end (not
 * a year: "© 2019 Site" is the page's footer). */
static int
ends_with_copyright(const struct pinfo *p)
{
	const char *c = p->raw, *end = p->raw + p->len, *sign = NULL;
	int words = 0;

	while ((c = memchr(c, 0xC2, (size_t)(end - c))) != NULL && c + 1 < end)
		if ((unsigned char)*++c == 0xA9)
			sign = c + 1;
	/* " © Name": spaced, then capitalised words (not OCR noise) */
	if (sign == NULL || sign - p->raw < 12 || sign[-3] != ' ' ||
	    end - sign < 3 || sign[0] != ' ')
		return 0;
	for (c = sign; c < end; c++) {
		if ((*c >= '0' && *c <= '9') || (c[-1] == ' ' && *c != ' ' &&
		    !(*c >= 'A' && *c <= 'Z')))
			return 0;
		words += *c == ' ' && c + 1 < end && c[1] != ' ';
	}
	return words >= 1 && words <= 4;
}

/* "Workers repair power lines after the storm. AFP", "... vaccine —
 * AFP", "... bank branch. Pic by Nimal Dayaratne": a photo's credit
 * after the caption's full stop or a dash. */
static int
ends_with_agency(struct pinfo *p)
{
	const char *low = lower(p);
	size_t at, cut = 0, n;

	for (at = 1; at + 2 < p->len; at++)
		if ((low[at] == '.' && low[at + 1] == ' ') ||
		    (at + 4 < p->len && memcmp(low + at, " \xe2\x80\x94 ", 5) == 0))
			cut = low[at] == '.' ? at + 2 : at + 5;
	if (cut == 0 || (n = p->len - cut) == 0 || n > 40)
		return 0;
	return in_list(&credit_words, low + cut, n) ||
	    strncmp(low + cut, "pic by ", 7) == 0 ||
	    strncmp(low + cut, "photo by ", 9) == 0 ||
	    strncmp(low + cut, "photo: ", 7) == 0;
}

static int
is_caption(struct pinfo *p)
{
	int i, cue = 0;
	const char *const *m;

	if (!p->short_ || p->len > 300)
		return 0;
	if (p->nwords >= 3 && (ends_with_credit(p) || ends_with_copyright(p) ||
	    ends_with_agency(p)))
		return 1;
	/* (the set's test of first letter and length is cheap, and its
	 * branch is more often right than one on the first letter alone) */
	for (i = 0; i < p->nw && !cue; i++)
		cue = word_in(p, i, &caption_cues);
	if (!cue)
		return 0;
	for (m = caption_marks; *m; m++)
		if (strstr(lower(p), *m))
			return 1;
	return 0;
}

static const char *const credit_prefix[] = {
	"image:", "photo:", "photograph:", "picture:", "credit:", "(photo",
	"(image", "(credit", "photo by", "photo credit", "image credit",
	"foto:", NULL
};

/* A caption that is only a credit: "Image: Paul Budd." */
static int
is_bare_credit(struct pinfo *p)
{
	const char *const *c;

	for (c = credit_prefix; *c; c++)
		if (strncmp(lower(p), *c, strlen(*c)) == 0)
			return 1;
	return 0;
}

/* "Read more: ...": a colon within the first 16 bytes. */
static int
has_colon_after_first(const struct pinfo *p)
{
	return memchr(p->raw, ':', p->len < 16 ? p->len : 16) != NULL;
}

/* "© 2023 SouthFront", "Copyright © Reuters": a copyright sign before a
 * year or with the word; not an OCR "©orothy". */
static int
has_copyright_sign(const struct pinfo *p)
{
	const char *c = p->raw, *end = p->raw + p->len;

	while ((c = memchr(c, 0xC2, (size_t)(end - c))) != NULL && c + 1 < end) {
		if ((unsigned char)*++c != 0xA9)
			continue;
		if (strncmp(p->norm, "copyright", 9) == 0)
			return 1;
		while (++c < end && *c == ' ')
			;
		if (c < end && *c >= '0' && *c <= '9')
			return 1;
	}
	return 0;
}

/* A masthead that links home: "The Guardian - Back to home", "BBC
 * Homepage". */
static int
is_home_link(const struct pinfo *p)
{
	static const char *const ends[] = {
		" back to home", " homepage", " home page", NULL
	};
	const char *const *e;
	size_t n;

	if (p->nw > 8 || p->last == '.')
		return 0;
	for (e = ends; *e; e++)
		if (p->nlen > (n = strlen(*e)) &&
		    memcmp(p->norm + p->nlen - n, *e, n) == 0)
			return 1;
	return 0;
}

/* "Facebook Twitter Email", "Share Tweet": a row of buttons, each one
 * word that would be furniture on its own line. */
static int
is_button_row(const struct pinfo *p)
{
	int i;

	if (p->nw < 2 || p->nw > 8 || p->last == '.')
		return 0;
	for (i = 0; i < p->nw; i++)
		if (!word_in(p, i, &boiler_exact))
			return 0;
	return 1;
}

/*
 * "Updated at 11:02 pm", "Published 18:22 GMT": the time of an update
 * without its day.  Not a dateline (the article's date is not in it), not
 * a headline: page furniture.
 */
static int
is_update_time(const struct pinfo *p)
{
	unsigned long v;
	int i, nums = 0;

	if (p->nw < 3 || p->nw > 7 || !word_in(p, 0, &date_leads))
		return 0;
	for (i = 1; i < p->nw; i++) {
		if (word_number(p, i, &v) && p->w[i].len <= 2)
			nums++;
		else if (!word_in(p, i, &date_fillers))
			return 0;
	}
	return nums >= 2;
}

/* "5 hours ago", "6h ago", "Updated 14 minutes ago", "Just now". */
static int
is_relative_time(const struct pinfo *p)
{
	unsigned long v;
	int i;

	if (p->nw == 2 && word_is(p, 0, "just") && word_is(p, 1, "now"))
		return 1;
	/* and a reading time, "5 mins to read" */
	if (p->nw < 3 || p->nw > 6 || (!word_is(p, p->nw - 1, "ago") &&
	    (p->nw > 4 || !word_is(p, p->nw - 1, "read"))))
		return 0;
	for (i = 0; i < p->nw - 1; i++)
		if (word_number(p, i, &v) || word_is(p, i, "a") ||
		    word_is(p, i, "an"))
			return 1;	/* "5 hours ago", "An hour ago" */
	return 0;
}

/* Words that a headline of eight words or more all but always has, and
 * a row of menu items run together on one line ("World & Nation
 * Entertainment & Arts Opinion Food ...") has not.  (Old newspapers'
 * headline decks have none either: a row counts before the article and
 * after it only, as menus do.) */
static const char *const small_words_words[] = {
	"a", "an", "the", "of", "to", "in", "for", "on", "and", "with", "at",
	"by", "from", "as", "is", "are", "was", "after", "over", "into",
	"amid", "says", "said", NULL
};
static struct wordset small_words = WORDSET(small_words_words);

/* A '.' at the end of a word (before white space or at the end). */
static int
has_full_stop(const struct pinfo *p)
{
	const char *c = p->raw, *end = p->raw + p->len;

	while ((c = memchr(c, '.', (size_t)(end - c))) != NULL)
		if (++c == end || *c == ' ' || *c == '\n' || *c == '\t')
			return 1;
	return 0;
}

static int
is_menu_row(const struct pinfo *p)
{
	int i, small = 0, shout = 0, verb = 0, long_row, refs = 0;
	unsigned long v;
	size_t at;

	/* lynx -dump's link numbers, "[1]Subscribe [2]Sign In": no words;
	 * a row of them, one every few words, is a row of links (a
	 * reference in a sentence, "city[1]", ends a word instead) */
	for (at = 0; at < p->len; at++)
		refs += p->raw[at] == '[' && (at == 0 || p->raw[at - 1] == ' ')
		    && link_number(p->raw + at, p->len - at) > 0;
	if (refs >= 3 && refs * 4 >= p->nwords && p->last != '.')
		return 1;

	if (p->nw < 8 || memchr(p->raw, '(', p->len) ||
	    memchr(p->raw, ':', p->len))
		return 0;	/* a caption: "Vladimir Putin (Photo: RIA ...)" */
	/* a long row may hold "Hill.TV", a full stop inside a word */
	long_row = p->nw >= 14;
	if (memchr(p->raw, ',', p->len) || (long_row ? has_full_stop(p) :
	    memchr(p->raw, '.', p->len) != NULL))
		return 0;
	for (i = 0; i < p->nw; i++) {
		if (refs >= 3 && word_number(p, i, &v))
			continue;
		small += !p->w[i].cap1 || word_in(p, i, &small_words);
		shout += p->w[i].caps && p->w[i].len > 1;
		verb += word_in(p, i, &verbs);
	}
	if (shout * 2 > p->nw)
		return 0;	/* a newspaper's headline in capitals */
	/* A long row may hold an item of several words ("Arts and Life",
	 * "Rest of Africa") or in a script without capitals; a headline
	 * in title case that long has more small words, or a verb. */
	return small == 0 || (small == 1 && p->nw >= 12) ||
	    (long_row && small * 5 <= p->nw && verb == 0);
}

/* "72°F", "Thursday, May 16th 2019 8PM 3°C 6PM 10°C 5-Day Forecast": a
 * weather widget. */
static int
has_degrees(const struct pinfo *p)
{
	const char *c = p->raw, *end = p->raw + p->len;

	while ((c = memchr(c, 0xC2, (size_t)(end - c))) != NULL && ++c < end)
		if ((unsigned char)*c == 0xB0 && c - p->raw >= 2 &&
		    c[-2] >= '0' && c[-2] <= '9')
			return 1;
	return 0;
}

/* Whether the paragraph begins with w and goes on past it. */
static int
raw_begins(const struct pinfo *p, const char *w)
{
	size_t n = strlen(w);

	return p->len > n && memcmp(p->raw, w, n) == 0;
}

/*
 * The header a browser prints on each page of an article printed (and
 * read back with pdftotext): "8/11/19, 5:21 PM   Lion Air disaster: ...",
 * the day it was printed, not the article's, then the page's title.
 */
static int
is_print_header(const struct pinfo *p)
{
	const char *s = p->raw;
	size_t n = p->len, i = 0, k, part;

	for (part = 0; part < 3; part++) {	/* 8/11/19 */
		if ((k = digit_run(s, n, i)) == 0 || k > 4)
			return 0;
		i += k;
		if (part < 2 && (i >= n || s[i++] != '/'))
			return 0;
	}
	if (n - i < 3 || s[i] != ',' || s[i + 1] != ' ')
		return 0;
	i += 2;					/* 5:21 PM */
	if ((k = digit_run(s, n, i)) == 0 || k > 2 || (i += k) >= n ||
	    s[i++] != ':' || digit_run(s, n, i) != 2)
		return 0;
	i += 2;
	if (n - i < 6 || s[i] != ' ' || (s[i + 2] != 'M' && s[i + 2] != 'm'))
		return 0;
	i += 3;
	return (s[i] == ' ' && s[i + 1] == ' ') || s[i] == '\t';
}

/* "Nils Berg <nils.berg@gmail.com>": an address in angle brackets. */
static int
has_mail_address(const struct pinfo *p)
{
	const char *lt, *at, *end = p->raw + p->len;

	return (lt = memchr(p->raw, '<', p->len)) != NULL &&
	    (at = memchr(lt, '@', (size_t)(end - lt))) != NULL &&
	    memchr(at, '>', (size_t)(end - at)) != NULL;
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

/* "---------- Forwarded message ---------", "Begin forwarded message:",
 * "-----Original Message-----": an e-mail forwarded, the forwarder's
 * note before it. */
static int
is_forward_marker(const struct pinfo *p)
{
	return p->short_ && p->len <= 60 &&
	    (strstr(p->norm, "forwarded message") != NULL ||
	    strstr(p->norm, "original message") != NULL);
}

static int
is_boilerplate(const struct pinfo *p, int *widget, int *comments)
{
	*widget = *comments = 0;
	if (!p->short_)
		return 0;
	if (is_print_header(p))
		return 1;
	if (norm_in(p, &widget_exact) || norm_prefixed(p, &widget_prefix)) {
		*widget = *comments = 1;
		return 1;
	}
	if (is_counter(p, comments)) {
		*widget = *comments;
		return 1;
	}
	if (p->last != '.' && (norm_in(p, &widget_word) ||
	    norm_in(p, &boiler_exact)))
		return 1;
	/* short capitalised banners without final punctuation:
	 * "Support SouthFront", "Follow us on Twitter" */
	if (p->nw <= 6 && p->last != '.' && p->nw > 0 && p->w[0].cap1 &&
	    norm_prefixed(p, &boiler_prefix))
		return 1;
	if (p->nw <= 16 && p->last != '.' && p->nw > 0 && p->w[0].cap1 &&
	    norm_prefixed(p, &boiler_link_prefix) && has_colon_after_first(p))
		return 1;
	if (p->nw <= 40 && norm_prefixed(p, &notice_prefix))
		return 1;
	/* "Email icon", "Facebook Icon": a button's picture described */
	if (p->nw >= 2 && p->nw <= 3 && word_is(p, p->nw - 1, "icon"))
		return 1;
	/* a link alone, as an archive's or reader view's header has it */
	if (p->nwords == 1 && p->len > 8 && (raw_begins(p, "http://") ||
	    raw_begins(p, "https://") || raw_begins(p, "www.")))
		return 1;
	/* an e-mail's header (a newsletter as a mail program shows it), a
	 * forward's subject, a sender "Name <name@example.com>" */
	if (raw_begins(p, "From:") || raw_begins(p, "To:") ||
	    raw_begins(p, "Cc:") || raw_begins(p, "Reply-To:") ||
	    raw_begins(p, "Subject:") || raw_begins(p, "Fw:") ||
	    raw_begins(p, "Fwd:") || raw_begins(p, "FW:") ||
	    is_forward_marker(p) || (p->len <= 160 && has_mail_address(p)))
		return 1;
	/* a reader view's header: "Title: ... | Site", "URL Source: ..." */
	if (raw_begins(p, "Title:") || raw_begins(p, "URL Source:") ||
	    raw_begins(p, "Published Time:"))
		return 1;
	if (p->nw <= 24 && p->last != '.' && has_degrees(p))
		return 1;
	if (is_relative_time(p) || is_update_time(p))
		return 1;
	if (p->len <= 200 && (strstr(p->norm, "all rights reserved") ||
	    has_copyright_sign(p)))
		return 1;
	if (is_nav_line(p) || is_button_row(p) || is_home_link(p))
		return 1;
	return 0;
}

static int
first_upper(const struct pinfo *p)
{
	return cp_is_upper(p->first) || (p->first >= '0' && p->first <= '9');
}

static int
ends_sentence(const struct pinfo *p)
{
	return p->last == '.' || p->last == ':' || p->last == ';' ||
	    p->last == ',';
}

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
static int
is_label(const struct pinfo *p)
{
	return p->last == ':' && p->nwords <= 4;
}

static int
is_title_like(const struct pinfo *p)
{
	/* (a third of it letters: "S&P 500 2558.14 +0.87%" is a ticker) */
	return p->short_ && !p->bullet && p->len <= 250 && p->nwords >= 2 &&
	    p->nwords <= 30 && p->letters >= 4 && first_upper(p) &&
	    !ends_sentence(p) && !is_numbered(p) &&
	    (size_t)p->letters * 3 >= p->len;
}

static int
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

/* "G Iuvinale", "Jonas E. Smith", "Mary de la Cruz" (not all capitals:
 * those are headlines as often as names). */
static int
is_name_like(const char *d, size_t start, size_t end, const struct pinfo *p)
{
	size_t pos, len, ts;
	uint32_t c;
	int toks = 0, longest = 0, letters, lowers;
	char w[16];
	size_t i, n;

	if (!p->short_ || p->len > 60 || p->nwords < 2 || p->nwords > 5)
		return 0;
	pos = start;
	while (pos < end) {
		if ((len = ws_at(d + pos, end - pos)) > 0) {
			pos += len;
			continue;
		}
		ts = pos;
		letters = lowers = 0;
		while (pos < end && ws_at(d + pos, end - pos) == 0) {
			c = cp_at(d, pos, end, &len);
			if (cp_is_letter(c)) {
				letters++;
				lowers += cp_is_lower(c);
			} else if (c != '.' && c != '-' && c != '\'' && c != 0x2019)
				return 0;
			pos += len;
		}
		n = pos - ts < sizeof w - 1 ? pos - ts : sizeof w - 1;
		for (i = 0; i < n; i++)
			w[i] = (char)(d[ts + i] >= 'A' && d[ts + i] <= 'Z' ?
			    d[ts + i] + 32 : d[ts + i]);
		if (in_list(&name_stop, w, n))
			return 0;
		c = cp_at(d, ts, pos, &len);
		if (!cp_is_upper(c)) {
			if (toks == 0 || !in_list(&name_particles, w, n))
				return 0;
		}
		if (letters >= 2 && lowers == 0)
			return 0;	/* CITY COUNCIL VOTES: a headline */
		if (letters > longest)
			longest = letters;
		toks++;
	}
	return toks >= 2 && longest >= 3 && cp_is_upper(p->first);
}

static int
is_byline(const struct pinfo *p)
{
	/* the name after "By" or "Written by" is capitalised */
	int name = p->nw >= 2 && word_is(p, 1, "by") ? 2 : 1;

	return p->short_ && p->nwords >= 2 && p->nwords <= 10 &&
	    p->len <= 120 && p->last != '.' && norm_prefixed(p, &byline_prefix)
	    && p->nw > name && p->w[name].cap1;
}

/*
 * A menu item: one or two words on a line of their own without the
 * punctuation of a sentence ("News", "Live TV", "US & Canada", "U.S.",
 * "iPlayer", "Today's Paper").  One alone may be a heading or a name;
 * three or more in a row are a site's navigation or a list of topics
 * (see mark_menus).
 */
#define MENU_ITEM_MAX	32	/* bytes */
#define MENU_RUN_MIN	3

static int
is_menu_item(const struct pinfo *p)
{
	if (p->len > MENU_ITEM_MAX || p->nw < 1 ||
	    (p->nw > 2 && p->nwords > 2) ||
	    p->letters < 2 || (ends_sentence(p) && p->last != '.'))
		return 0;
	if (cp_is_terminal(p->last))	/* "U.S." is not a sentence */
		return p->nwords == 1 && p->last == '.' &&
		    memchr(p->raw, '.', p->len - 1) != NULL;
	return 1;
}

/*
 * Sets ps->v[i].menu for the paragraphs in runs of MENU_RUN_MIN or more
 * menu items, and returns the index after the last paragraph of
 * PROSE_MIN bytes or more: menus after it are the page's footer (and a
 * text without such a paragraph is a list, not a page with menus).  Only
 * paragraphs of a few bytes can be menu items, so few are described
 * twice.
 */
#define PROSE_MIN	80	/* bytes */

static size_t
mark_menus(const char *d, struct paras *ps)
{
	struct pinfo p;
	size_t i, run = 0, k, footer = 0;
	int item;

	for (i = 0; i <= ps->n; i++) {
		item = 0;
		if (i < ps->n) {
			ps->v[i].menu = 0;
			if (ps->v[i].end - ps->v[i].start >= PROSE_MIN)
				footer = i + 1;
			else if (ps->v[i].end - ps->v[i].start <=
			    MENU_ITEM_MAX) {
				describe(d, ps->v[i].start, ps->v[i].end, &p);
				item = is_menu_item(&p);
			}
		}
		if (item) {
			run++;
			continue;
		}
		if (run >= MENU_RUN_MIN)
			for (k = i - run; k < i; k++)
				ps->v[k].menu = 1;
		run = 0;
	}
	return footer;
}

/* "Tom Phillips in Rio de Janeiro": a name, "in", a place. */
static int
is_name_in_place(const char *d, size_t start, struct pinfo *p)
{
	struct pinfo q;
	const char *in;
	size_t at, len;

	if (!p->short_ || p->len > 80 ||
	    (in = strstr(lower(p), " in ")) == NULL)
		return 0;
	at = start + (size_t)(in - p->low);
	if (!cp_is_upper(cp_at(d, at + 4, start + p->len, &len)))
		return 0;
	describe(d, start, at, &q);
	return is_name_like(d, start, at, &q);
}

/*
 * In a list of other stories under a list head ("Most read"), whether
 * the headline-like paragraph p, ps->v[i], is one of them: the next
 * paragraph but a section's name or two ("WorldViews") is another
 * headline (not a standfirst, much longer, nor a name).  The article's
 * own headline is followed by its byline, date or text instead.
 */
static int
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
static size_t
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

/*
 * A consent banner's text, above the article: "We and our 535 vendors
 * store and read information on your device, such as IDs in cookies",
 * "Essential cookies keep the site working; the rest help us
 * understand our readers".  Cookies and what they are for, in a few
 * sentences; an article about cookies is longer, or comes after its
 * headline.
 */
static const char *const consent_words[] = {
	"your device", "partners", "vendors", "privacy", "personalis",
	"personaliz", "advertis", "choices", "this site", "our site",
	"website", "consent", "preferences", "essential", "accept",
	"purposes", "necessary", "agree", NULL
};

/* What a consent banner says, cookies named or not (under a heading
 * "Cookies and your privacy": "Choose "Accept" to allow all of this"). */
static int
is_consent_text(struct pinfo *p)
{
	const char *low, *const *w;

	if (!p->short_ || p->len < 30)
		return 0;
	low = lower(p);
	for (w = consent_words; *w != NULL; w++)
		if (strstr(low, *w) != NULL)
			return 1;
	return 0;
}

/* Whether the paragraph after i is a button ("Turn off ad blocker",
 * "* [Options](/options)", "Agree"): a few words, no sentence. */
static int
buttons_follow(const char *d, const struct paras *ps, size_t i)
{
	struct pinfo q;

	if (i + 1 >= ps->n || ps->v[i + 1].end - ps->v[i + 1].start > 60)
		return 0;
	describe(d, ps->v[i + 1].start, ps->v[i + 1].end, &q);
	return q.nwords >= 1 && q.nwords <= 4 && q.last != '.' &&
	    !is_byline(&q) && !is_dateline(&q) &&
	    !is_name_like(d, ps->v[i + 1].start, ps->v[i + 1].end, &q);
}

static int
is_consent_notice(struct pinfo *p)
{
	const char *low;

	if (!is_consent_text(p))
		return 0;
	low = lower(p);
	return strstr(low, "cookie") != NULL || (strstr(low, "your device") &&
	    (strstr(low, "partners") || strstr(low, "vendors")));
}

/* A paragraph of the article's prose: sentences, not a row of links
 * or an icon's text ("A stylized bird with an open mouth, tweeting."). */
static int
is_prose(const struct pinfo *p)
{
	return !p->short_ || (p->len >= PROSE_MIN && p->last == '.');
}

static int
has_digit(const struct pinfo *p)
{
	size_t i;

	for (i = 0; i < p->len; i++)
		if (p->raw[i] >= '0' && p->raw[i] <= '9')
			return 1;
	return 0;
}

/* "2:26am": a time of day (a tide table, a schedule). */
static int
has_time(const struct pinfo *p)
{
	size_t i;

	for (i = 1; i + 2 < p->len; i++)
		if (p->raw[i] == ':' && p->raw[i - 1] >= '0' &&
		    p->raw[i - 1] <= '9' && p->raw[i + 1] >= '0' &&
		    p->raw[i + 1] <= '5' && p->raw[i + 2] >= '0' &&
		    p->raw[i + 2] <= '9')
			return 1;
	return 0;
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
static size_t
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

/* ---- the pass ---- */

/* What the pass knows of the title so far. */
struct title_state {
	struct pinfo	t;		/* its description */
	size_t		at;		/* its paragraph, when guessed */
	int		known;		/* given, or guessed */
	int		guessed;	/* guessed from the text */
	int		doubtful;	/* a menu came after the guess */
	int		menu_after;	/* menu items after the guess */
	int		header_seen;	/* a byline or dateline after it */
};

/* Paragraph k, described by q, replaces the guessed title. */
static void
title_replace(struct title_state *ts, struct paras *ps, size_t k,
    const struct pinfo *q)
{
	ps->v[ts->at].role = ROLE_BOILERPLATE;
	ps->v[k].role = ROLE_TITLE;
	ts->t = *q;
	ts->at = k;
	ts->doubtful = ts->menu_after = ts->header_seen = 0;
}

/* The guessed title was a widget's or a banner's: no title is known. */
static void
title_unguess(struct title_state *ts, struct paras *ps)
{
	ps->v[ts->at].role = ROLE_BOILERPLATE;
	ts->known = ts->guessed = ts->doubtful = 0;
}

/* Whether the paragraph after paragraph i is a byline or a dateline. */
static int
above_byline(const char *d, const struct paras *ps, size_t i)
{
	struct pinfo q;

	if (i + 1 >= ps->n)
		return 0;
	describe(d, ps->v[i + 1].start, ps->v[i + 1].end, &q);
	return is_byline(&q) || is_dateline(&q) || is_dateline_item(&q);
}

/* The offset of the first separator of a page's title (" | ", " - ",
 * an em or en dash between spaces) in s (n bytes), or n. */
static size_t
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
static void
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

/*
 * Keeps the marks of the lines the site repeats (para.furniture) where
 * they are the site's, and clears them where they hold most of the
 * document's prose: then the document itself is repeated (a wire story
 * on several sites, a page scraped twice), and they are the article's.
 */
static void
furniture_check(struct paras *ps)
{
	size_t i, len, prose = 0, repeated = 0;
	int any = 0;

	for (i = 0; i < ps->n; i++) {
		any |= ps->v[i].furniture;
		if ((len = ps->v[i].end - ps->v[i].start) < 80)
			continue;	/* headlines, menus, captions */
		prose += len;
		if (ps->v[i].furniture)
			repeated += len;
	}
	if (any && 2 * repeated > prose)
		for (i = 0; i < ps->n; i++)
			ps->v[i].furniture = 0;
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

/*
 * The title, when it does not name the story (fewer than two of its
 * stems in the story, or fewer than half) and a headline-like line above
 * the story names it better: that line is the title (the one sharing the
 * most stems, the last of equals: a page's <title> or a reader's
 * "Title:" line comes before the headline).  The story is sampled from
 * the title on; it begins where story_start says.
 */
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

static void
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

void
roles_assign(const char *d, struct paras *ps, const char *title,
    size_t tlen)
{
	struct pinfo p, q;
	struct title_state ts = { .known = 0 };
	size_t i, k, footer, body_at = 0;
	int seen_body = 0, lone_body = 0, nbody = 0, in_comments = 0;
	int in_list = 0, listed, widget, comments, role, prose_seen = 0;
	int buttons = 0;	/* a banner's buttons may still come */

	if (title != NULL && tlen > 0) {
		describe(title, 0, tlen, &ts.t);
		ts.known = ts.t.nlen > 0;
	}
	furniture_check(ps);
	footer = mark_menus(d, ps);
	for (i = 0; i < ps->n; i++) {
		describe(d, ps->v[i].start, ps->v[i].end, &p);
		listed = 0;
		if (!seen_body && norm_in(&p, &list_head)) {
			role = ROLE_BOILERPLATE;
			listed = 1;
		} else if (in_list && !seen_body && is_title_like(&p) &&
		    p.nw >= 4 && !is_dateline(&p) && !is_byline(&p) &&
		    is_listed_headline(d, ps, i, &p)) {
			/* (a label of a word or three, "NATION & WORLD",
			 * is a section's: the list has ended) */
			role = ROLE_BOILERPLATE;
			listed = 1;
		} else if (is_boilerplate(&p, &widget, &comments)) {
			role = ROLE_BOILERPLATE;
			/* "Salt Lake City, UT" above "35°F": the widget's
			 * place, not a headline */
			if (ts.guessed && ts.at + 1 == i && !seen_body &&
			    has_degrees(&p) && ts.t.nwords <= 4) {
				title_unguess(&ts, ps);
			}
			if (widget && comments && seen_body)
				in_comments = 1;
			/* the forwarded e-mail is the article: what came
			 * before was the forwarder's note */
			if (is_forward_marker(&p) && !prose_seen) {
				for (k = 0; k < i; k++)
					ps->v[k].role = ROLE_BOILERPLATE;
				if (ts.guessed)
					memset(&ts, 0, sizeof ts);
				seen_body = lone_body = nbody = 0;
			}
		} else if (!seen_body && (is_consent_notice(&p) ||
		    (ts.guessed && ts.at + 1 == i && is_consent_text(&p) &&
		    (strstr(lower(&ts.t), "cookie") != NULL ||
		    (ts.t.nwords <= 8 && buttons_follow(d, ps, i)))))) {
			role = ROLE_BOILERPLATE;
			/* and the banner's heading above it ("Manage
			 * consent", "Your choices on this site"), and its
			 * buttons after it */
			if (ts.guessed && ts.at + 1 == i) {
				title_unguess(&ts, ps);
			}
			buttons = 3;	/* this and two buttons after it */
		} else if (buttons > 0 && buttons_follow(d, ps, i - 1)) {
			role = ROLE_BOILERPLATE;	/* "Turn off ad blocker" */
		} else if (in_comments) {
			role = ROLE_COMMENT;
		} else if (ts.known && !ts.doubtful && p.nlen == ts.t.nlen &&
		    memcmp(p.norm, ts.t.norm, ts.t.nlen) == 0) {
			role = ROLE_TITLE;
		} else if (is_dateline(&p) || is_dateline_item(&p)) {
			role = ROLE_DATELINE;
		} else if (is_caption(&p)) {
			role = ROLE_CAPTION;
			/* "Anna from Frozen" / "Image: Paul Budd.": the line
			 * above a bare credit is the caption it credits */
			if (i > 0 && is_bare_credit(&p) &&
			    (ps->v[i - 1].role == ROLE_HEADING ||
			    ps->v[i - 1].role == ROLE_BODY) &&
			    ps->v[i - 1].end - ps->v[i - 1].start <= 200)
				ps->v[i - 1].role = ROLE_CAPTION;
		} else if (p.letters == 0) {
			role = ROLE_BOILERPLATE;	/* "2,500 $", "***" */
			/* "Nifty 50" above "10,633.31": a ticker's name,
			 * not a headline */
			if (ts.guessed && ts.at + 1 == i && !seen_body &&
			    ts.t.nwords <= 4 && p.nwords <= 2) {
				title_unguess(&ts, ps);
			}
		} else if ((!seen_body || (nbody == 1 && body_at + 1 == i)) &&
		    is_byline(&p)) {
			/* (right after a standfirst too) */
			role = ROLE_BYLINE;
		} else if ((ps->v[i].menu || is_menu_row(&p)) && footer > 0 &&
		    (!seen_body || i >= footer || lone_body) &&
		    !(ts.known && !seen_body && !ts.doubtful &&
		    i <= ts.at + 2 && is_name_like(d, ps->v[i].start,
		    ps->v[i].end, &p))) {
			/* a guessed title with a menu after it (not only a
			 * row of share buttons, which are boilerplate on their
			 * own) may have been the site's name: a headline still
			 * to come wins */
			role = ROLE_BOILERPLATE;
			if (lone_body) {
				/* the one paragraph of "body" before a menu and
				 * before any headline was the site's slogan */
				ps->v[body_at].role = ROLE_BOILERPLATE;
				seen_body = lone_body = nbody = 0;
			}
			if (ts.guessed && !seen_body && !ts.header_seen &&
			    ++ts.menu_after >= 2)
				ts.doubtful = 1;
		} else if (ps->v[i].furniture &&
		    !(ts.known && !seen_body && i <= ts.at + 4 &&
		    is_name_like(d, ps->v[i].start, ps->v[i].end, &p)) &&
		    !(is_title_like(&p) && above_byline(d, ps, i))) {
			/* a line the site repeats on its pages (not an
			 * author's name under the headline, which repeats
			 * on every story of that author, nor the headline
			 * above its byline, which the site's "most read"
			 * box repeats on every page) */
			role = ROLE_BOILERPLATE;
		} else if (!ts.known && !seen_body && is_title_like(&p)) {
			role = ROLE_TITLE;
			ts.t = p;
			ts.known = ts.guessed = 1;
			ts.at = i;
			ts.menu_after = ts.header_seen = 0;
			/* a few words with a number, "North Shore 3-6 ft",
			 * "U.S. 10 Yr": a widget's, until a headline comes */
			ts.doubtful = has_digit(&p) && (p.nwords <= 4 ||
			    (p.nwords <= 6 && has_time(&p)));
		} else if (ts.doubtful && p.nlen == ts.t.nlen &&
		    memcmp(p.norm, ts.t.norm, ts.t.nlen) == 0) {
			/* the site's name again; or, as long as a headline,
			 * the page's <title> was first and this is the
			 * headline itself, past the menus */
			if (!seen_body && ts.t.nwords >= 5) {
				title_replace(&ts, ps, i, &p);
				role = ROLE_TITLE;
			} else
				role = ROLE_BOILERPLATE;
		} else if (ts.guessed && !seen_body && is_title_like(&p) &&
		    ((p.nw >= 3 && p.nlen < ts.t.nlen &&
		    ts.t.norm[p.nlen] == ' ' &&
		    memcmp(p.norm, ts.t.norm, p.nlen) == 0) ||
		    ((ts.doubtful ? p.nwords >= 3 : i <= ts.at + 6 &&
		    (ts.t.nwords <= 3 ? p.nwords > ts.t.nwords :
		    ts.t.nwords == 4 && p.nwords >= 8)) &&
		    !is_name_like(d, ps->v[i].start, ps->v[i].end, &p)))) {
			/* "Fire kills nine - The Atlantic" above, now the
			 * headline without the site's name; or "The Daily
			 * Planet" above a longer headline, the site's
			 * masthead */
			title_replace(&ts, ps, i, &p);
			role = ROLE_TITLE;
		} else if (ts.known && !seen_body && i <= ts.at + 4 &&
		    (is_name_like(d, ps->v[i].start, ps->v[i].end, &p) ||
		    is_name_in_place(d, ps->v[i].start, &p))) {
			role = ROLE_BYLINE;
		} else if (is_heading_like(&p)) {
			role = ROLE_HEADING;
		} else {
			/* a word or two ("U.S.", "iPlayer") is not yet the
			 * article, nor before a headline is a short notice
			 * ("You are the owner of this article."), nor a list
			 * item ("* D.C., Md. & Va."), nor a short line that
			 * does not begin as a sentence ("report bug or abuse") */
			role = ROLE_BODY;
			if (!seen_body && !p.bullet && (!p.short_ ||
			    (p.nw >= (ts.known && !ts.doubtful ? 3 : 8) &&
			    first_upper(&p) && !is_label(&p)))) {
				seen_body = 1;
				lone_body = !ts.known;
				body_at = i;
			} else if (seen_body)
				lone_body = 0;
		}
		nbody += role == ROLE_BODY && seen_body;	/* since body_at */
		prose_seen |= role == ROLE_BODY && is_prose(&p);
		/* no title yet (or a guess as short as a site's name), and
		 * no prose before this byline or date: what passed for the
		 * body was an icon's text or a row of buttons, and the
		 * headline is right above */
		if ((role == ROLE_DATELINE || role == ROLE_BYLINE) &&
		    (!ts.known || (ts.guessed && !ts.header_seen &&
		    ts.t.nwords <= 3)) && seen_body && !prose_seen &&
		    (k = headline_before(d, ps, i)) > 0 && k > ts.at) {
			describe(d, ps->v[k].start, ps->v[k].end, &q);
			if (ts.known)
				title_replace(&ts, ps, k, &q);
			else {
				ps->v[k].role = ROLE_TITLE;
				ts.t = q;
				ts.known = ts.guessed = 1;
				ts.at = k;
			}
			ts.header_seen = 1;
		}
		/* (the one body paragraph so far may be the standfirst) */
		if ((role == ROLE_DATELINE || role == ROLE_BYLINE ||
		    (role == ROLE_BODY && seen_body && body_at == i)) &&
		    ts.guessed && !ts.header_seen && (!seen_body ||
		    (nbody == 1 && body_at > ts.at)) &&
		    (k = headline_above(d, ps, i, ts.at)) > 0) {
			describe(d, ps->v[k].start, ps->v[k].end, &q);
			title_replace(&ts, ps, k, &q);
		}
		ps->v[i].role = role;
		/* (counts the banner's text, then its buttons) */
		buttons = role == ROLE_BOILERPLATE && buttons > 0 ?
		    buttons - 1 : 0;
		/* a list goes on past a number or a time between its items */
		in_list = listed || (in_list && role == ROLE_BOILERPLATE &&
		    (p.letters == 0 || is_relative_time(&p)));
		/* the article's header has begun: a menu now is its share
		 * buttons, not the site's navigation */
		ts.header_seen |= ts.guessed && (role == ROLE_DATELINE ||
		    (role == ROLE_BYLINE && is_byline(&p)));
		/* the headline, its author's name, the agency and place
		 * ("BIRN", "Zagreb"), then the date: those were not the
		 * site's menu after its name */
		if (role == ROLE_DATELINE && ts.doubtful && !seen_body &&
		    i <= ts.at + 5 && ps->v[ts.at + 1].role == ROLE_BYLINE)
			ts.doubtful = 0;
	}
	if (!ts.known || ts.guessed) {	/* (else the title was given) */
		title_by_story(d, ps);
		for (i = 0; i < ps->n && ps->v[i].role != ROLE_TITLE; i++)
			;
		if (i < ps->n)
			title_without_site(d, ps, i);
	}
	/* Last, not to change what the title and the story's start are
	 * found by: a misread line there is still in its place. */
	for (i = 0; i < ps->n; i++)
		if ((ps->v[i].role == ROLE_BODY ||
		    ps->v[i].role == ROLE_HEADING) &&
		    text_garbled(d + ps->v[i].start,
		    ps->v[i].end - ps->v[i].start))
			ps->v[i].role = ROLE_GARBLED;
}
