/*
 * bylines.c - the author's line under a headline: a byline ("By Jane
 * Smith", "Written by ..."), or a name alone ("Jonas E. Smith", "Mary de
 * la Cruz", "Tom Phillips in Rio de Janeiro"), which the pass takes for
 * a byline only a few lines under the title.
 */
#include <string.h>

#include "roles.h"

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
	"byline", "icon", "logo", "print", "save", "listen", "audio",
	/* a headline's small words, which no name has ("This Paper Stops
	 * When", "Which He Will Spend", "Than Foe Admits") */
	"this", "that", "these", "those", "which", "when", "where", "what",
	"who", "than", "our", "your", "their", "his", "her", "its", "it",
	"we", "you", "they", "he", "she", "every", "after", "before", "since",
	"then", "here", "there", "today", "tomorrow", "yesterday", "is",
	"are", "was", "were", "has", "have", "had", "not", "be", NULL
};
static struct wordset name_stop = WORDSET(name_stop_words);

static const char *const name_particles_words[] = {
	"de", "van", "von", "da", "di", "del", "della", "la", "le", "bin",
	"al", "el", "der", "den", "du", "dos", "das", "ter", "ten", "y",
	NULL
};
static struct wordset name_particles = WORDSET(name_particles_words);

static const char *const byline_prefix_words[] = {
	"by ", "written by ", "reporting by ", "posted by ", "story by ",
	"text by ", "words by ", "author ", "authors ", "reporter ",
	"correspondent ", "von ", "di ", "par ", "por ", NULL
};
static struct prefixes byline_prefix = PREFIXES(byline_prefix_words);

/* What may end a name with its full stop. */
static const char *const name_suffix_words[] = {
	"jr.", "sr.", "esq.", "ph.d.", "m.d.", NULL
};
static struct wordset name_suffixes = WORDSET(name_suffix_words);

/* "G Iuvinale", "Jonas E. Smith", "Mary de la Cruz" (not all capitals:
 * those are headlines as often as names). */
int
is_name_like(const char *d, size_t start, size_t end, const struct pinfo *p)
{
	size_t pos, len, ts;
	uint32_t c;
	int toks = 0, longest = 0, letters = 0, lowers;
	char w[16];
	size_t i, n = 0;

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
	/* "Dispelled Later.", "Galician Front.": a headline's deck ends in
	 * a full stop, a name only in an initial or "Jr." */
	if (toks >= 2 && p->last == '.' && letters > 2 &&
	    !in_list(&name_suffixes, w, n))
		return 0;
	return toks >= 2 && longest >= 3 && cp_is_upper(p->first);
}

int
is_byline(const struct pinfo *p)
{
	/* the name after "By" or "Written by" is capitalised */
	int name = p->nw >= 2 && word_is(p, 1, "by") ? 2 : 1;

	return p->short_ && p->nwords >= 2 && p->nwords <= 10 &&
	    p->len <= 120 && p->last != '.' && norm_prefixed(p, &byline_prefix)
	    && p->nw > name && p->w[name].cap1;
}

/* "Tom Phillips in Rio de Janeiro": a name, "in", a place. */
int
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
