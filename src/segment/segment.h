/*
 * segment.h - the core of segment(1): a document's bytes in, paragraphs
 * with roles and the sentences inside them out, every piece a byte range
 * [start, end) of the document as stored.
 *
 * The pieces, in the order a document goes through them:
 *   text.c        character classes (whitespace, quotes) on UTF-8; case
 *                 is src/lib's letters.h
 *   paragraphs.c  lines -> paragraphs (blank lines and layout)
 *   furniture.c   the lines a site repeats on its pages (--furniture)
 *   roles.c       a role for every paragraph (title, body, comment, ...),
 *                 with its cues in describe.c, datelines.c, bylines.c,
 *                 captions.c, boilerplate.c and titles.c (roles.h)
 *   sentences.c   sentence boundaries inside a paragraph
 *   document.c    one document through all of the above, rows written
 *   csvin.c       documents out of a CSV of scraped articles (libcsv)
 *   wordset.c     the abbreviation and cue word lists, looked up in O(1)
 *
 * Ownership: every struct here owns its arrays; the *_free functions
 * release them.  Nothing keeps a pointer into the document after the
 * call that was given it returns.
 */
#ifndef QUARRY_SEGMENT_H
#define QUARRY_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "folds.h"
#include "letters.h"

/* ---- text.c ---- */

/*
 * Length of the whitespace character at p (n bytes available), or 0.
 * Whitespace is ASCII space, TAB, LF, VT, FF, CR, and U+0085, U+00A0,
 * U+1680, U+2000..U+200B, U+2028, U+2029, U+202F, U+205F, U+3000 and
 * U+FEFF (the byte-order mark).
 */
size_t ws_len(const char *p, size_t n);
/* ws_len with the common case (a printable ASCII byte) inline. */
static inline size_t
ws_at(const char *p, size_t n)
{
	unsigned char c = (unsigned char)*p;

	if (c == ' ' || (c >= '\t' && c <= '\r'))
		return 1;
	return c < 0xC2 ? 0 : ws_len(p, n);
}
/* Length of the whitespace character ending at d[pos] (exclusive), or 0;
 * lo bounds the look-back. */
size_t ws_len_before(const char *d, size_t lo, size_t pos);
/*
 * Decodes the character at d[pos] (end bounds it); invalid bytes decode
 * as themselves with length 1.  Returns the code point.  The cp_*
 * functions take the ASCII case inline; the rest is in text.c.
 */
uint32_t cp_decode_at(const char *d, size_t pos, size_t end, size_t *len);
/* The character ending at d[pos] (exclusive); lo bounds the look-back. */
uint32_t cp_decode_before(const char *d, size_t lo, size_t pos,
    size_t *len);
int cp_high_is_letter(uint32_t c);
int cp_high_is_opener(uint32_t c);
int cp_high_is_closer(uint32_t c);
int cp_high_is_terminal(uint32_t c);

static inline uint32_t
cp_at(const char *d, size_t pos, size_t end, size_t *len)
{
	if ((unsigned char)d[pos] < 0x80) {
		*len = 1;
		return (unsigned char)d[pos];
	}
	return cp_decode_at(d, pos, end, len);
}

static inline uint32_t
cp_before(const char *d, size_t lo, size_t pos, size_t *len)
{
	if ((unsigned char)d[pos - 1] < 0x80) {
		*len = 1;
		return (unsigned char)d[pos - 1];
	}
	return cp_decode_before(d, lo, pos, len);
}

/* Bytes of ASCII, for rules that look at no other script. */
static inline int
is_ascii_letter(int c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static inline int
is_ascii_lower(int c)
{
	return c >= 'a' && c <= 'z';
}

static inline int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* The number of digits in s[i, n) from i on. */
static inline size_t
digit_run(const char *s, size_t n, size_t i)
{
	size_t j = i;

	while (j < n && is_digit(s[j]))
		j++;
	return j - i;
}

/* Does the word d[start, end) end in a soft hyphen (U+00AD), after
 * something?  (Some OCR marks a word broken at a line end with one.) */
static inline int
ends_in_soft_hyphen(const char *d, size_t start, size_t end)
{
	return end - start >= 3 && (unsigned char)d[end - 2] == 0xC2 &&
	    (unsigned char)d[end - 1] == 0xAD;
}

static inline int
cp_is_letter(uint32_t c)
{
	return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' :
	    cp_high_is_letter(c);
}

/* The length of a Markdown heading's marker ("# " to "###### ") at the
 * start of s (n bytes), or 0: html2text and reader views write one
 * before a headline, and it is not part of the title. */
static inline size_t
markdown_heading(const char *s, size_t n)
{
	size_t k;

	for (k = 0; k < n && k < 6 && s[k] == '#'; k++)
		;
	return k > 0 && k < n && s[k] == ' ' ? k + 1 : 0;
}

/* The length of a link's number ("[12]", as lynx -dump writes one
 * before each link's text) at the start of s (n bytes), or 0. */
static inline size_t
link_number(const char *s, size_t n)
{
	size_t k;

	if (n < 3 || s[0] != '[')
		return 0;
	for (k = 1; k < n && k < 6 && s[k] >= '0' && s[k] <= '9'; k++)
		;
	return k > 1 && k < n && s[k] == ']' ? k + 1 : 0;
}

/* The length of a page template's unfilled placeholder
 * ("{{hitsCtrl.values.hits}}") at the start of s (n bytes), or 0. */
static inline size_t
template_tag(const char *s, size_t n)
{
	size_t k;

	if (n < 5 || s[0] != '{' || s[1] != '{')
		return 0;
	for (k = 2; k + 1 < n && k < 64; k++)
		if (s[k] == '}' && s[k + 1] == '}')
			return k + 2;
	return 0;
}

/* Opening quotes and brackets: ( [ { " ' “ ‘ « „ ‚ ‹ ¿ ¡ */
static inline int
cp_is_opener(uint32_t c)
{
	return c < 0x80 ? c == '(' || c == '[' || c == '{' || c == '"' ||
	    c == '\'' : cp_high_is_opener(c);
}

/* Closing quotes and brackets: ) ] } " ' ” ’ » › */
static inline int
cp_is_closer(uint32_t c)
{
	return c < 0x80 ? c == ')' || c == ']' || c == '}' || c == '"' ||
	    c == '\'' : cp_high_is_closer(c);
}

/* Sentence-final marks: . ! ? … ‽ and the ideographic and full-width
 * ones */
static inline int
cp_is_terminal(uint32_t c)
{
	return c < 0x80 ? c == '.' || c == '!' || c == '?' :
	    cp_high_is_terminal(c);
}

/* ---- garbled.c ---- */

/* Is the paragraph s (len bytes) misread print, two words in five or more
 * not words? */
int text_garbled(const char *s, size_t len);

/* ---- paragraphs.c ---- */

enum role {
	ROLE_BODY, ROLE_TITLE, ROLE_DATELINE, ROLE_BYLINE, ROLE_HEADING,
	ROLE_CAPTION, ROLE_BOILERPLATE, ROLE_COMMENT, ROLE_GARBLED, NROLES
};
extern const char *const role_names[NROLES];
/* The role named s (n bytes), or -1. */
int role_from_name(const char *s, size_t n);

struct para {
	size_t	start, end;	/* first and last non-space byte + 1 */
	int	role;
	int	menu;		/* one of a run of menu items (boilerplate.c) */
	int	furniture;	/* one of the site's repeated lines (furniture.c) */
};

struct line {
	size_t		start, end;	/* trimmed of whitespace */
	unsigned char	blank_before;	/* a blank line precedes it */
	unsigned char	indented;	/* it starts with whitespace */
};

struct paras {
	struct para	*v;
	size_t		 n, cap;
	struct line	*lines;		/* scratch: the non-blank lines */
	size_t		 nlines, caplines;
	int		 wrapped;	/* hard-wrapped text: OCR, e-mail */
};

#define PARAS_INIT { NULL, 0, 0, NULL, 0, 0, 0 }

/*
 * Splits d (n bytes) into paragraphs: a blank line always ends one; a
 * line break ends one unless the next line continues the sentence (no
 * final punctuation before it, a lower-case letter after it) or the text
 * is hard-wrapped (OCR, e-mail) and the line reaches the wrap width.
 * Replaces ps->v; every non-space byte of d lies in exactly one paragraph.
 */
void paragraphs_find(const char *d, size_t n, struct paras *ps);
void paras_free(struct paras *ps);

/* ---- hashset.c ---- */

/* A set of 64-bit hashes (0 is taken for 1: 0 marks an empty slot). */
struct hashset {
	uint64_t	*slot;		/* open addressing; 0 is empty */
	size_t		 mask, n;
};

#define HASHSET_INIT { NULL, 0, 0 }
#define HASHSET_FNV_OFFSET	0xcbf29ce484222325ULL
#define HASHSET_FNV_PRIME	0x100000001b3ULL

/* FNV-1a of s (n bytes) continued from h (HASHSET_FNV_OFFSET to start). */
uint64_t hashset_fnv(uint64_t h, const char *s, size_t n);
/* Adds h; returns 1 when it was not in the set yet. */
int hashset_add(struct hashset *s, uint64_t h);
/* Whether h is in s (s may be NULL: an empty set). */
int hashset_has(const struct hashset *s, uint64_t h);
void hashset_free(struct hashset *s);

/* ---- rejoin.c ---- */

/*
 * The words of a language, for rejoin_at: a list of lower-case words,
 * one a line ('#' begins a comment line), read where it is; the set of
 * their hashes is made on first use.
 */
#define DICTIONARY_FILTER_BITS	(1 << 19)
struct dictionary {
	const char	*list;
	size_t		 len;
	struct hashset	 words;
	/* a bit of each word's hash: most look-ups (the two words at a
	 * line end are not one) end in its 64 KB, not the set's 2 MB */
	uint64_t	*filter;
	int		 built;
};

#define DICTIONARY_INIT(list, len) { (list), (len), HASHSET_INIT, NULL, 0 }

/* How the text goes on across a line break between two words. */
enum rejoin {
	REJOIN_NO,		/* a space: two words */
	REJOIN_JOIN,		/* nothing: "fol\nlowing" */
	REJOIN_DROP_HYPHEN,	/* nothing, the hyphen dropped: "assur-\ned" */
	REJOIN_DROP_SOFT,	/* nothing, the soft hyphen (U+00AD, two
				 * bytes) dropped: "In\u00ad\ndividual" */
	REJOIN_KEEP_HYPHEN	/* the hyphen alone: "well-\nknown" */
};

/* The bytes of A's end that the text leaves out for a join of kind how. */
#define REJOIN_DROPPED(how) \
	((how) == REJOIN_DROP_HYPHEN ? 1u : (how) == REJOIN_DROP_SOFT ? 2u : 0u)

/* How the text goes on from the word d[a_start, a_end) to the word
 * d[b_start, b_end) after it; dict may be NULL (no words known). */
enum rejoin rejoin_at(struct dictionary *dict, const char *d, size_t a_start,
    size_t a_end, size_t b_start, size_t b_end);
void dictionary_free(struct dictionary *dict);

/* ---- furniture.c ---- */

/* A site's repeated lines (see furniture.c): hashes of their folded text. */
struct furniture {
	struct hashset	 lines;
	size_t		 longest;	/* the longest line's length, folded */
};

#define FURNITURE_INIT { HASHSET_INIT, 0 }

/* Adds the line s (n bytes, not escaped). */
void furniture_add(struct furniture *f, const char *s, size_t n);
/* Adds the lines of the file at path (each a field of the record stream,
 * escaped, as in a text column).  Returns 0, or -1 after a message. */
int furniture_load(struct furniture *f, const char *path);
/* Whether d[start, end), white space folded, is one of f's lines (f may
 * be NULL: none is). */
int furniture_has(const struct furniture *f, const char *d, size_t start,
    size_t end);
void furniture_free(struct furniture *f);

/* ---- frontmatter.c ---- */

/* What a Markdown file's YAML front matter says of its article. */
struct front_matter {
	size_t		 end;		/* bytes of d it takes; 0: none */
	const char	*title, *date;	/* in d, or NULL */
	size_t		 tlen, dlen;
};

/*
 * Reads the front matter at the start of d (n bytes): a "---" line, "key:
 * value" lines, a "---" or "..." line, as notes, static sites and web
 * clippers write them.  The title is the title key's value, the date the
 * published key's, else the date key's, else the created key's, without
 * quotes.
 */
void front_matter_read(const char *d, size_t n, struct front_matter *fm);

/* ---- namedate.c ---- */

/* Appends to out, as YYYY-MM-DD, the date in a document's name or
 * address s (n bytes), and returns 1; 0 when there is none. */
int name_date(const char *s, size_t n, struct buf *out);

/* ---- fulldate.c ---- */

/*
 * Finds the first whole date (day, month and year: "Jan. 16, 2019", "4th
 * of January 2019", "04-Jan-2019", "2019-01-04", "04/01/2019") in s (n
 * bytes) that starts before byte limit, in [*from, *to): returns 1, or 2
 * when every date found is an update's ("Updated on October 13, 2019")
 * and that is the first, or 0 when there is none.  When led is set, only
 * a date after "Published", "Posted" or "Updated" counts.
 */
int full_date_find(const char *s, size_t n, size_t limit, int led,
    size_t *from, size_t *to);
/*
 * The same for a paragraph, s (n bytes); when caption is set, line by
 * line, a date counting only after "Published" or the like, opening its
 * line ("Sep 25, 2019 * 5 years ago * 3 minute read"), or in a byline run
 * into the caption ("By X and Y, E&E News on October 12, 2019").
 */
int paragraph_full_date(const char *s, size_t n, size_t limit, int caption,
    size_t *from, size_t *to);

/* ---- roles.c ---- */

/*
 * Gives every paragraph of ps a role.  title (tlen bytes, may be NULL)
 * is the document's known title (a CSV cell): a paragraph repeating it is
 * a title, and no other title is looked for.
 */
void roles_assign(const char *d, struct paras *ps, const char *title,
    size_t tlen);

/* ---- titles.c ---- */

/* Whether a title line (n bytes) ends in a word that wants what follows
 * ("... Unchecked in the"): the next title paragraph goes on with it. */
int title_goes_on(const char *s, size_t n);

/* ---- datelines.c ---- */

/* Whether w (n bytes, lower case) names a month or abbreviates one
 * ("june", "jun", "sept"). */
int is_month_name(const char *w, size_t n);

/* ---- sentences.c ---- */

struct tok {
	size_t	start, end;
	int	glued;		/* the next token follows with no space */
	int	may_end;	/* it has . ! ? or ends in a closer or non-ASCII */
};

struct splitter {
	struct tok	*t;
	size_t		 n, cap;
	size_t		 readable;	/* d[0, readable) may be read ahead,
					 * 64 bytes at a time (0: no) */
};

#define SPLITTER_INIT { NULL, 0, 0, 0 }

/* Called for each sentence: its byte range and its tokens t[0..n-1]
 * (whitespace-separated pieces; the folded text is them joined by one
 * space).  The tokens live until the callback returns. */
typedef void sentence_fn(void *arg, size_t start, size_t end,
    const struct tok *t, size_t n);

/*
 * Splits d[start, end) (one paragraph) into sentences, in order, calling
 * fn for each.  Linear in the paragraph's length.
 */
void sentences_split(struct splitter *sp, const char *d, size_t start,
    size_t end, sentence_fn *fn, void *arg);
void splitter_free(struct splitter *sp);

/* ---- document.c ---- */

/* The line of d[off] when d starts on line base. */
unsigned long line_of(const char *d, size_t off, unsigned long base);
struct segmenter {
	struct paras	 ps;
	struct splitter	 sp;
	struct buf	 text, title, date, scratch;
	struct buf	 id_esc, tail_esc;	/* escaped cells of the doc */
	struct buf	 id_valid;	/* the doc, bad bytes replaced */
	struct folds	 folds;		/* of the sentence being written */
	struct buf	 rows;		/* written, not yet handed to out.h */
	unsigned	 role_mask;	/* bit (1 << role) set: role written */
	const struct furniture *furniture;	/* NULL: none known */
	struct dictionary *words;	/* to join words broken at a line
					 * end; NULL: hyphens only */
	/* the document being written */
	const char	*d;
	size_t		 n;
	const char	*id;
	size_t		 idlen;
	size_t		 para;
	unsigned long	 sent;
	int		 role;
	int		 dirty;		/* has bytes to write as U+FFFD */
	int		 backslash;	/* has a \ (escaped on output) */
	int		 lean;		/* no title, date, folds */
};

void segmenter_init(struct segmenter *sg, unsigned role_mask);
void segmenter_free(struct segmenter *sg);
/* Writes the header line of the output stream (lean: without the
 * title, date and folds columns). */
void segment_header(int lean);
/* Hands the rows segment_document() has kept back to out.h; call it
 * before out_close(). */
void segment_flush(struct segmenter *sg);

/*
 * Segments one document and writes its rows (some may be kept back
 * until the next call, or segment_flush()).  name and line_base say
 * where d comes from in messages (d's first byte is on line line_base);
 * id is the doc column.  title/date (may be NULL or empty) are the
 * known cells of a CSV input; else the detected ones are written.
 * Bytes that are not UTF-8, and NUL bytes, are reported (the first, with
 * a count) and written as U+FFFD; returns 1 then, else 0.
 */
int segment_document(struct segmenter *sg, const char *name,
    unsigned long line_base, const char *id, size_t idlen,
    const char *d, size_t n, const char *title, size_t tlen,
    const char *date, size_t dlen);

/* Appends d[start, end) to out with whitespace runs folded to one space;
 * leading and trailing whitespace dropped. */
void fold_ws(const char *d, size_t start, size_t end, struct buf *out);

/* ---- csvin.c ---- */

struct csvcols {
	const char	*id;	/* NULL: "url", else "id" */
	const char	*text, *title, *date;
};

struct csvdoc {
	const char	*id, *text, *title, *date;	/* NUL-terminated */
	size_t		 idlen, textlen, titlelen, datelen;
	unsigned long	 recno;		/* 1 = first record after the header */
	unsigned long	 text_line;	/* line of the file where text starts */
};

typedef int csvdoc_fn(void *arg, const struct csvdoc *doc);

/*
 * A part of a CSV file (segment --part K/N): the records that begin at a
 * byte offset in [lo, hi).  The whole file is still parsed up to hi, so
 * that an id repeated from an earlier part is named ID#N as in a run on
 * the whole file; only what concerns the part's own records (and the
 * header, in the part at offset 0) is reported.
 */
struct csvpart {
	unsigned long long	 lo, hi;
};

/*
 * Reads a CSV of articles (RFC 4180; header row naming the columns) from
 * fd and calls fn for each record (of part, when not NULL).  Problems
 * (malformed CSV, missing text column, short records) are reported as
 * "name:LINE: what".  A record of more than max_doc bytes (0: no limit)
 * is one too, and ends the file there.  Returns 0, or 1 when something
 * was reported (fn returning nonzero counts too), or when the file is
 * malformed before the part (which the part that holds it reports).
 */
int csv_read_docs(int fd, const char *name, const struct csvcols *cols,
    const struct csvpart *part, size_t max_doc, csvdoc_fn *fn, void *arg);

#endif
