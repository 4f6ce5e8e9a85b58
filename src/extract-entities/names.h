/*
 * names.h - people, organisations and places in one sentence, found by
 * the gazetteer (longest match) and by capitalised-span heuristics:
 * a title before a name makes a PERSON ("President Vladimir Putin"), an
 * organisation cue inside or right after a span makes an ORG ("National
 * Security Council", "Islamic State terrorist group"), an acronym is an
 * ORG ("NATO"), two to four capitalised words ending in a word that is
 * not common English make a PERSON ("Sergei Lavrov").
 *
 * A document is read twice: the first pass (NAMES_COLLECT) only records
 * the people it sees, so that the second (NAMES_EMIT) knows that a lone
 * "Putin" is "Vladimir Putin", even before the full name appears.  That
 * state, struct people, grows with the document and is emptied between
 * documents.
 */
#ifndef QUARRY_NAMES_H
#define QUARRY_NAMES_H

#include <stddef.h>

#include "lexicon.h"
#include "mention.h"

struct people;

/* An empty list; the caller frees it with people_free. */
struct people *people_new(void);
void people_reset(struct people *p);
void people_free(struct people *p);
/*
 * Records a person's name as written (n bytes).  A document keeps at most
 * PEOPLE_MAX distinct names (a name list, not prose, has more); later new
 * ones are not recorded, so they keep their own text as their norm.  This
 * bounds the memory and time of a hostile document: by_first_name still
 * looks at every name.
 */
#define PEOPLE_MAX 10000
/*
 * A look-up of the fullest name reads at most the NAMES_WALK names last
 * recorded with the same last word: prose names a few (the 1916 pages
 * at most a dozen), and a list of thousands of Smiths made every look-up
 * read them all (12,000 in 250 KB: 12 s).
 */
#define NAMES_WALK 256
void people_add(struct people *p, const char *name, size_t n);
/*
 * Records a person another finder (the model) found at s..e of the text
 * names_find last read with NAMES_EMIT, unless the first pass recorded a
 * person at the same place: each mention is counted once, so that a name
 * the rules and the model both find does not outnumber a namesake only
 * the model finds.
 */
void people_add_found(struct people *p, const char *text, size_t s,
    size_t e);
/*
 * The fullest recorded name that ends with the same word as name (n
 * bytes) and contains every word of it, or NULL; for a name of one word
 * that none ends with, the one name it is the first word of.  A fuller
 * name of misread print ("Mnssachi'settes Hughes") or with a word glued
 * before a recorded name ("York Charles E. Hughes") stands for none but
 * itself.  A name with initials found so is the one recorded name that
 * spells them out, where there is one ("Charles E. Hughes": "Charles
 * Evans Hughes").  Lives until the next people_reset.
 */
const char *people_fullest(const struct people *p, const char *name,
    size_t n);
/*
 * The one recorded name of three words or more of which name (one word,
 * n bytes) is the last but one ("Rosselló": Ricardo Rosselló Nevares, a
 * first surname), or NULL.
 */
const char *people_by_last_but_one(const struct people *p,
    const char *name, size_t n);
/*
 * The one recorded name of n words whose initials are the n capitals at
 * letters ("NG": Natasha Gownaris), or NULL.  Walks every person: for
 * the few mentions that are a person's initials.
 */
const char *people_by_initials(const struct people *p, const char *letters,
    size_t n);

/* Is w (n bytes) an initial: a capital and a full stop ("E.")? */
int names_is_initial(const char *w, size_t n);
/* How many words (space-separated) the name (n bytes) has, and how many
 * of them are initials. */
void names_count(const char *name, size_t n, size_t *words,
    size_t *initials);
/* Is the word s (n bytes) of a name misread print ("H'lij", "I'lcUeil")
 * rather than a name? */
int names_misread_word(const char *s, size_t n);
/*
 * Does the name a (an bytes) spell out the name b: as many words, the
 * same last, b's other words a's or initials of a's, in order, and a with
 * fewer initials ("Charles Evans Hughes" of "Charles E. Hughes", not
 * "Harold W. Rice" of "W. H. Rice")?
 */
int names_spells_out(const char *a, size_t an, const char *b, size_t bn);

enum names_mode { NAMES_COLLECT, NAMES_EMIT };

/*
 * Finds the names in text (len bytes of valid UTF-8).  NAMES_COLLECT adds
 * the people found to p; NAMES_EMIT adds candidate mentions to out
 * (norms of gazetteer hits live as long as x).
 */
void names_find(const struct lexicon *x, struct people *p, const char *text,
    size_t len, enum names_mode mode, struct mentions *out);

/*
 * The names that names_find leaves out, found after the model has read
 * the sentence names_find last read with NAMES_EMIT (text, len bytes), so
 * that the rules' names the model is given, and was trained on, stay as
 * they were: "Moon Jae-in" (the names ending in "Jae" in out are
 * extended), "Theresa May", "Xi Jinping arrived".  Adds candidates to
 * out and records the people for the fullest name.
 */
void names_late(const struct lexicon *x, struct people *p, const char *text,
    size_t len, struct mentions *out);

/*
 * Is the word w (n bytes) a title misspelt, which the lexicon does not
 * know but is one byte off one it does ("Represenative", and misread
 * print: "Oovernor", "Secretarv")?  Only titles of 8 letters or more, and
 * a word as long less one: the shorter ones are one byte off given names
 * ("Marsha" of "Marshal", "Justine" of "Justice").  A letter added at the
 * end must be the plural's s ("Cardinale" is a name).
 */
int names_misspelt_title(struct people *p, const struct lexicon *x,
    const char *w, size_t n);

/*
 * A word of a sentence as names_find cut and looked it up: bytes [s, e)
 * of the text, its lexicon entry as written (or NULL), and, for a word
 * with a capital, whether its lower case or its stem is a common word
 * (lexicon_is_common); plain when no byte of it is an ASCII capital or
 * beyond ASCII.  The name model looks up the same words again, and
 * reads their bytes again for plain, otherwise.
 */
struct scanned_word {
	size_t			 s, e;
	const struct lexent	*ent;
	int			 common;
	int			 plain;
};

/*
 * The words of the sentence names_find last read (text, len bytes), in
 * text order, in *out; returns how many (0 for another sentence).  They
 * live until the next call.
 */
size_t names_words(struct people *p, const char *text, size_t len,
    const struct scanned_word **out);

#endif
