/*
 * A role for every paragraph of a scraped article.
 *
 * Short paragraphs are looked at as a list of normalised words (lower
 * case, punctuation gone, digits apart from letters), which is what the
 * cue tables are written in: site furniture ("top of page",
 * "Support SouthFront", "2,500 $"), comment widgets ("Notify of",
 * "17 visualizzazioni0 commenti"), dates, photo credits.  Position does
 * the rest: the first headline-like paragraph before any body text is
 * the title, a person's name right after it the byline, and everything
 * after a comment widget that follows the article is the comment thread.
 * Long paragraphs are body (or comment) without further ado, so the
 * pass is linear and cheap.
 *
 * This file is the pass; the cues are in describe.c (the words),
 * datelines.c, bylines.c, captions.c, boilerplate.c and titles.c, each
 * with its tables (see roles.h).
 */
#include <string.h>

#include "roles.h"

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

/* A paragraph of the article's prose: sentences, not a row of links
 * or an icon's text ("A stylized bird with an open mouth, tweeting."). */
int
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
		    !ps->wrapped &&
		    (is_name_like(d, ps->v[i].start, ps->v[i].end, &p) ||
		    is_name_in_place(d, ps->v[i].start, &p))) {
			/* (not in a newspaper's columns: the capitalised
			 * lines under a headline there are its deck) */
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
		title_continued(d, ps);
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
