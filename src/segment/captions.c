/*
 * captions.c - a photo's caption and its credit: a cue word ("Photo",
 * "Getty") with its mark ("Photo:", "/ Reuters"), or a caption that ends
 * with the photo's source, in brackets, after a copyright sign or after
 * its full stop ("... after the storm. AFP").  The marks are looked for
 * in the lower-cased bytes (lower()), not in the normalised words: their
 * punctuation is what tells them from text.
 */
#include <string.h>

#include "roles.h"

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

int
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
int
is_bare_credit(struct pinfo *p)
{
	const char *const *c;

	for (c = credit_prefix; *c; c++)
		if (strncmp(lower(p), *c, strlen(*c)) == 0)
			return 1;
	return 0;
}
