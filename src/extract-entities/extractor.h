/*
 * extractor.h - the state of extract.c's extractor, for the two files that
 * make it (not for main.c, which sees extract.h): extract.c buffers a
 * document's sentences, finds each sentence's mentions and keeps them;
 * document.c then settles each kept mention by what the whole document
 * says (a fuller name, one sense of a word, a ruler's title), before
 * extract.c writes it.
 *
 * Ownership: everything here belongs to the extractor; strings of held
 * and found are offsets into its arena, valid until the document is
 * flushed.
 */
#ifndef QUARRY_EXTRACTOR_H
#define QUARRY_EXTRACTOR_H

#include <stddef.h>

#include "aliases.h"
#include "buf.h"
#include "dates.h"
#include "folds.h"
#include "lexicon.h"
#include "mention.h"
#include "names.h"
#include "ner.h"
#include "rules.h"
#include "extract.h"

/* The roles a sentence's handling depends on. */
enum role { R_OTHER, R_TITLE, R_BYLINE, R_DATELINE };

/* A buffered sentence: its strings are offsets into the arena, with
 * their lengths (written again for every mention). */
struct held {
	size_t	sent, para, role, folds, text, textlen;
	size_t	sentlen, paralen, rolelen, foldslen;
	size_t	start;
	int	has_sent, has_para, has_role, has_start;
	enum role kind;		/* of role, compared once, when held */
	size_t	ordinal;
	size_t	ner, nner;	/* its model mentions in e->ner */
};

/*
 * Names a document has shown to be a thing's (drop_eponyms, drop_ships),
 * in its arena, at most SHOWN_MAX: the same words elsewhere in it are
 * that thing too.
 */
#define SHOWN_MAX	16
struct shown {
	struct {
		const char	*s;
		size_t		 n;
	}		 v[SHOWN_MAX];
	size_t		 n;
};

/* A mention of the document, written when all its sentences are read
 * (see extractor_flush): its sentence and its offsets in the document. */
struct found {
	size_t		 held;
	size_t		 start, end;
	struct mention	 m;
};

/* A place of the lexicon whose name begins with "New ", for new_places. */
struct new_place {
	const char		*s;
	size_t			 n;
	const struct lexent	*le;
};

struct extractor {
	struct rules		*rules;
	struct lexicon		*lex;
	struct ymd		 default_date;
	int			 with_para;
	struct people		*people;
	struct aliases		*aliases;	/* the document's short names */
	struct mentions		 m;
	struct folds		 folds;
	/* the document being buffered */
	struct buf		 doc;
	int			 have_doc;
	/* no byte of its name needs escaping: the name, written again for
	 * every mention (a path of 75 bytes on the chronam pages), is
	 * copied as it is instead of looked at a byte at a time by
	 * out_field (1.5 % of the instructions of a run) */
	int			 doc_plain;
	struct ymd		 doc_date;	/* from a `date` column */
	struct buf		 arena;
	struct held		*held;
	size_t			 nheld, capheld;
	struct found		*found;
	size_t			 nfound, capfound;
	struct shown		 eponyms;	/* a disease's, a law's */
	struct shown		 ships;
	struct shown		 forts;		/* Vaux of "Fort Vaux" */
	struct shown		 rulers;	/* "Pope Francis": ruler_seen */
	struct new_place	*new_places;	/* made by the first asked */
	size_t			 nnew_places, capnew_places;
	int			 have_new_places;
	/* the document's organisations of two capitals ("ST", "UN"), by
	 * letters, how many times: 0, 1 or 2 for more (see pairs_count) */
	unsigned char		 pairs[26 * 26];
	/* the statistical name finder, and its mentions of the document */
	const struct ner_model	*model;
	struct ner_work		*work;
	struct mentions		 ner;
	enum names_source	 names;
};

/* Words that, as written, make a name a body, place, event or law, or
 * begin a title: no person's name holds one. */
#define NOT_PERSON_AS_WRITTEN	(W_ORGCUE | W_EVENTCUE | W_GPECUE | \
    W_LOCCUE | W_FACCUE | W_LAWCUE | W_TITLE)

/* Helpers of extract.c that document.c uses too. */

/* The word t (n bytes, less than the size of low) into low with its
 * first letter lowered, as the common words are listed ("Staff" ->
 * staff). */
void first_lowered(char *low, const char *t, size_t n);

/* The arena's bytes at off. */
const char *at(const struct extractor *e, size_t off);
/* The norm f is written with, its text when it has none; its length in
 * *len. */
const char *found_norm(const struct extractor *e, const struct found *f,
    size_t *len);
void shown_add(struct shown *sh, const char *s, size_t n);
int shown_has(const struct shown *sh, const char *s, size_t n);
/* Is one of the words of list (NULL-terminated) at t + e, whole? */
int word_of_at(const char *t, size_t len, size_t e, const char *const *list);
/* The word of ASCII letters before byte s of t, after spaces: its bytes
 * [*a, *b); 0 when there is none. */
int word_before(const char *t, size_t s, size_t *a, size_t *b);
/* The length of name s (n bytes) without the honours and degrees it
 * ends with ("Kama Melly QC", "Jane Doe OBE"), one word of it kept. */
size_t without_postnominals(const char *s, size_t n);
/* Is the word w (n bytes) before a country c (cn bytes) print's
 * misreading of a small word, a byte of four or more changed ("Tnat
 * America", "Fbom Palestine"), or of the word of a longer name of the
 * gazetteer, a byte changed, left out or added ("Oreat Britain", "Grat
 * Britain")? */
int misread_before_country(const struct lexicon *x, const char *w, size_t n,
    const char *c, size_t cn);
/* Is w (n bytes) the number of a ruler of a name, II to XXIII ("Charles
 * III", "Malcolm X"; not "I", the pronoun)? */
int regnal_numeral(const char *w, size_t n);
/* The bytes of the titles a name s (n bytes) begins with ("President",
 * "PM", "Secretary-General", "UN Secretary-General"), its last word
 * left. */
size_t titles_before_name(const struct lexicon *x, const char *s, size_t n);
/* Where a name at s begins with the title before it (see extract.c). */
size_t title_before(const struct lexicon *x, const char *t, size_t s);

/* document.c: the document's second look. */

/* Does the word w (n bytes) of a full name read as a name or an initial
 * ("Henry", "M."), not as a common word, cue, title, state or country? */
int name_word(const struct lexicon *x, const char *w, size_t n);

/* m becomes the lexicon's entry le, of type: its norm, and its code
 * when it has one. */
void retype_as(const struct extractor *e, struct mention *m, enum etype type,
    const struct lexent *le);
/* What found_settle needs to know of all of the document's kept mentions
 * first: called once a document, before found_settle. */
void found_prepare(struct extractor *e);
/* Settles the type and norm of f, a kept mention, by what the document
 * says; 1 when f is to be left out. */
int found_settle(struct extractor *e, struct found *f);
/* f's offsets in the document again, from its mention's bytes in its
 * sentence: for a mention found_settle cut. */
void found_locate(struct extractor *e, struct found *f);

#endif
