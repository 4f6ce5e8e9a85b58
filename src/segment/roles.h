/*
 * roles.h - what the files of roles_assign share (the rest of segment
 * sees only roles_assign and is_month_name, in segment.h): a paragraph
 * read as normalised words (struct pinfo, which describe.c fills in),
 * the tests on its words, and the cues one file asks another for.
 *
 *   roles.c        the pass: a role for each paragraph, in order
 *   describe.c     a paragraph into a struct pinfo; lines of items
 *   datelines.c    dates and the times of updates
 *   bylines.c      authors' names and bylines
 *   captions.c     photo captions and credits
 *   boilerplate.c  the site's furniture: widgets, menus, banners
 *   titles.c       headline-like lines, and which of them is the title
 *
 * A cue table lives in the file that uses it; the few that two files
 * use are declared here, under the file that holds them.
 *
 * Ownership: a struct pinfo keeps its words (norm, low) in itself, and
 * raw points into the text it describes, valid as long as that text.
 */
#ifndef QUARRY_ROLES_H
#define QUARRY_ROLES_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

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

/* A paragraph as the cues read it (see describe.c). */
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

/* A list of prefixes, and the bytes they start with (built on first
 * use): most paragraphs start with none of them, and are done with one
 * look-up instead of a pass over the list. */
struct prefixes {
	const char *const	*list;	/* NULL-terminated */
	int			 built;
	unsigned char		 first[256];
};

#define PREFIXES(list) { (list), 0, { 0 } }

#define ITEMS_MAX	16	/* items split_items returns at most */
#define MENU_ITEM_MAX	32	/* bytes: the longest menu item */
#define PROSE_MIN	80	/* bytes: a shorter paragraph is not prose */

/* ---- small tests, inline: they are asked of most words of most short
 * paragraphs ---- */

static inline int
in_list(struct wordset *set, const char *w, size_t n)
{
	return wordset_has(set, w, n);
}

static inline int
norm_in(const struct pinfo *p, struct wordset *list)
{
	return p->nlen > 0 && in_list(list, p->norm, p->nlen);
}

static inline int
word_in(const struct pinfo *p, int i, struct wordset *list)
{
	return in_list(list, p->norm + p->w[i].off, p->w[i].len);
}

static inline int
word_is(const struct pinfo *p, int i, const char *w)
{
	return p->w[i].len == strlen(w) &&
	    memcmp(p->norm + p->w[i].off, w, p->w[i].len) == 0;
}

static inline int
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

static inline int
first_upper(const struct pinfo *p)
{
	return cp_is_upper(p->first) || (p->first >= '0' && p->first <= '9');
}

static inline int
ends_sentence(const struct pinfo *p)
{
	return p->last == '.' || p->last == ':' || p->last == ';' ||
	    p->last == ',';
}

/* ---- describe.c ---- */

/* Fills in p for d[start, end): counts always, a short paragraph's
 * normalised words too. */
void describe(const char *d, size_t start, size_t end, struct pinfo *p);
/* p's bytes, ASCII lower-cased: made on the first call, kept in p. */
const char *lower(struct pinfo *p);
/* Whether p's normalised words begin with one of px's prefixes. */
int norm_prefixed(const struct pinfo *p, struct prefixes *px);
/* d[start, end) cut into items at separators ("Home | World") into
 * from[]/to[]: their number, 0 when more than ITEMS_MAX. */
int split_items(const char *d, size_t start, size_t end, size_t *from,
    size_t *to);

/* ---- datelines.c ---- */

/* A date standing alone, or after a byline: "Friday, January 4, 2019". */
int is_dateline(const struct pinfo *p);
/* A dateline as one of a few items, or after a source's name. */
int is_dateline_item(const struct pinfo *p);
/* "Updated at 11:02 pm": the time of an update without its day. */
int is_update_time(const struct pinfo *p);
/* "5 hours ago", "Just now", "5 mins to read". */
int is_relative_time(const struct pinfo *p);

/* ---- bylines.c ---- */

/* A person's name alone, "Jonas E. Smith" (p describes d[start, end)). */
int is_name_like(const char *d, size_t start, size_t end,
    const struct pinfo *p);
/* "By Jane Smith", "Written by ...". */
int is_byline(const struct pinfo *p);
/* "Tom Phillips in Rio de Janeiro" (p describes d from start on). */
int is_name_in_place(const char *d, size_t start, struct pinfo *p);

/* ---- captions.c ---- */

/* A photo's caption, or its credit. */
int is_caption(struct pinfo *p);
/* A caption that is only a credit: "Image: Paul Budd." */
int is_bare_credit(struct pinfo *p);

/* ---- boilerplate.c ---- */

/* Words of a count of comments: is_counter's, and the end of a dateline
 * ("June 20, 2019 admin 5 Comments"). */
extern struct wordset counter_comment;
/* Words a long headline has and a row of menu items has not (opens_story
 * reads a line cut after one as the story's). */
extern struct wordset small_words;
/* The site's furniture; *widget and *comments set for a comment widget
 * or a count of comments. */
int is_boilerplate(const struct pinfo *p, int *widget, int *comments);
/* A row of menu items run together on one line. */
int is_menu_row(const struct pinfo *p);
/* "72°F": a weather widget. */
int has_degrees(const struct pinfo *p);
/* "---------- Forwarded message ---------" and the like. */
int is_forward_marker(const struct pinfo *p);
/* Marks the runs of menu items (para.menu); returns the index after the
 * last paragraph of PROSE_MIN bytes or more (menus after it: a footer). */
size_t mark_menus(const char *d, struct paras *ps);
/* What a consent banner says, cookies named or not. */
int is_consent_text(struct pinfo *p);
/* A consent banner: about cookies, or the partners reading a device. */
int is_consent_notice(struct pinfo *p);
/* Whether the paragraph after i is a button ("Agree", "Options"). */
int buttons_follow(const char *d, const struct paras *ps, size_t i);

/* ---- titles.c ---- */

/* Verbs that make a short line a sentence, not a heading or a menu. */
extern struct wordset verbs;
/* The offset in s (n bytes) of a page title's first separator (" | ",
 * " - ", a dash between spaces), or n. */
size_t first_separator(const char *s, size_t n);
/* "You are here:": a few words that label what follows. */
int is_label(const struct pinfo *p);
/* Short, capitalised, not a sentence: may be a headline. */
int is_title_like(const struct pinfo *p);
/* May be a section's heading. */
int is_heading_like(const struct pinfo *p);
/* Whether p, ps->v[i], is one of the other stories' headlines listed
 * under a list's head ("Most read"). */
int is_listed_headline(const char *d, const struct paras *ps, size_t i,
    const struct pinfo *p);
/* The headline above the article's header at i, past title_at, or 0. */
size_t headline_above(const char *d, const struct paras *ps, size_t i,
    size_t title_at);
/* The headline right above the byline or dateline at i, or 0. */
size_t headline_before(const char *d, const struct paras *ps, size_t i);
/* The page's <title> ps->v[t] yields to the headline it names. */
void title_without_site(const char *d, struct paras *ps, size_t t);
/* The title by the words it shares with the story. */
void title_by_story(const char *d, struct paras *ps);
/* A title broken after a word that wants more goes on in the next line. */
void title_continued(const char *d, struct paras *ps);

/* ---- roles.c ---- */

/* A paragraph of the article's prose: sentences, not a row of links. */
int is_prose(const struct pinfo *p);

#endif
