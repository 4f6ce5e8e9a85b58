/*
 * boilerplate.c - the site's furniture around an article: buttons and
 * links ("Share this", "Read more: ..."), comment widgets (after which
 * the comment thread begins), counters ("12 comments"), notices about
 * the page and consent banners, navigation and menus, weather widgets,
 * e-mail and reader-view headers, copyright lines.  Most are tables of
 * normalised words, whole lines or prefixes, looked up once for each
 * short paragraph.
 */
#include <string.h>

#include "roles.h"

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

/* A newspaper's price, alone on its masthead line (see is_masthead). */
static const char *const price_line_words[] = {
	"one cent", "two cents", "three cents", "five cents", "price one cent",
	"price two cents", "price three cents", "price five cents", NULL
};
static struct wordset price_line = WORDSET(price_line_words);

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
struct wordset counter_comment = WORDSET(counter_comment_words);

static const char *const counter_other_words[] = {
	"views", "view", "visualizzazioni", "visualizzazione", "vues", "vue",
	"aufrufe", "visualizaciones", "likes", "like", "shares", "share",
	"reads", "read", "min", "mins", "minute", "minutes", "minuti", "words",
	"word", NULL
};
static struct wordset counter_other = WORDSET(counter_other_words);

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
struct wordset small_words = WORDSET(small_words_words);

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

int
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
int
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

/* Is word i of p a Roman numeral ("xxvii")? */
static int
word_roman(const struct pinfo *p, int i)
{
	const char *w = p->norm + p->w[i].off;
	int k;

	for (k = 0; k < p->w[i].len; k++)
		if (strchr("ivxlcdm", w[k]) == NULL)
			return 0;
	return k > 0;
}

/*
 * A newspaper's masthead: "VOL. XXVII., NO. 22", "NUMBER 34", "12 PAGES",
 * "ESTABLISHED 1861", "PRICE $4.00 PER ANNUM", "ONE CENT", "OFFICIAL
 * PAPER OF BLACKFOOT CITY" (forty of the 1,098 pages of 1916 had one for
 * their title).  Not "Volume of Trade Rises", nor "No. 1 Seed Wins".
 */
static int
is_masthead(const struct pinfo *p)
{
	unsigned long v;

	if (p->nw < 2 || p->nw > 24)
		return 0;
	if ((word_is(p, 0, "vol") || word_is(p, 0, "volume")) &&
	    (word_number(p, 1, &v) || word_roman(p, 1)))
		return 1;
	if ((word_is(p, 0, "no") || word_is(p, 0, "number")) && p->nw == 2 &&
	    word_number(p, 1, &v))
		return 1;
	if (p->nw == 2 && word_number(p, 0, &v) && word_is(p, 1, "pages"))
		return 1;	/* "12 PAGES" */
	if (word_is(p, 0, "established") && word_number(p, 1, &v) &&
	    v >= 1600 && v <= 2100)
		return 1;
	if (p->nw >= 3 && word_is(p, 0, "official") &&
	    word_is(p, 1, "paper") && word_is(p, 2, "of"))
		return 1;
	if (word_is(p, 0, "price") && (strstr(p->norm, "per annum") ||
	    strstr(p->norm, " a year") || strstr(p->norm, " cent")))
		return 1;
	return norm_in(p, &price_line);
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

/* "---------- Forwarded message ---------", "Begin forwarded message:",
 * "-----Original Message-----": an e-mail forwarded, the forwarder's
 * note before it. */
int
is_forward_marker(const struct pinfo *p)
{
	return p->short_ && p->len <= 60 &&
	    (strstr(p->norm, "forwarded message") != NULL ||
	    strstr(p->norm, "original message") != NULL);
}

int
is_boilerplate(const struct pinfo *p, int *widget, int *comments)
{
	*widget = *comments = 0;
	if (!p->short_)
		return 0;
	if (is_print_header(p) || is_masthead(p))
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

/* ---- menus: runs of one-line items ---- */

/*
 * A menu item: one or two words on a line of their own without the
 * punctuation of a sentence ("News", "Live TV", "US & Canada", "U.S.",
 * "iPlayer", "Today's Paper").  One alone may be a heading or a name;
 * three or more in a row are a site's navigation or a list of topics
 * (see mark_menus).
 */
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
size_t
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

/* ---- consent banners ---- */

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
int
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
int
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

int
is_consent_notice(struct pinfo *p)
{
	const char *low;

	if (!is_consent_text(p))
		return 0;
	low = lower(p);
	return strstr(low, "cookie") != NULL || (strstr(low, "your device") &&
	    (strstr(low, "partners") || strstr(low, "vendors")));
}
