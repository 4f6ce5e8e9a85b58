/*
 * extract.h - the document loop of extract-entities: sentences are
 * buffered until their document ends (the name finder reads a document
 * twice, and relative dates need the dateline), then every mention is
 * written as one record:
 *
 *	doc sent start end text type norm code role [para]
 *
 * Memory grows with the largest document, not with the number of
 * documents.
 *
 * Ownership: the extractor borrows rules and lexicon (the caller frees
 * them after extractor_free) and copies every sentence it is given.
 */
#ifndef QUARRY_EXTRACT_H
#define QUARRY_EXTRACT_H

#include <stddef.h>

#include "dates.h"
#include "lexicon.h"
#include "ner.h"
#include "rules.h"

struct sentence {
	const char	*doc;		/* NUL-terminated, all of them */
	const char	*sent;		/* NULL: numbered 1, 2... in the doc */
	const char	*para;		/* NULL when the stream has none */
	const char	*role;		/* NULL when the stream has none */
	const char	*date;		/* a `date` column, or NULL */
	const char	*folds;		/* NULL or "": text is the source */
	const char	*text;
	size_t		 textlen;
	size_t		 start;		/* of the text in the document */
	int		 has_start;	/* 0: offsets are into text */
};

struct extractor;

/* default_date (may be NULL) dates documents without a dateline; the
 * caller frees the extractor with extractor_free, after the last flush. */
struct extractor *extractor_new(struct rules *r, struct lexicon *x,
    const struct ymd *default_date, int with_para);
void extractor_free(struct extractor *e);
/*
 * Where names (PERSON ORG GPE LOC NORP) come from: the rule layer (the
 * gazetteer and the capitalisation heuristics of names.h), the model
 * (m, borrowed; NULL: none) or both, where the longer of two
 * overlapping candidates wins.
 */
enum names_source { NAMES_BOTH, NAMES_MODEL, NAMES_RULES };
void extractor_set_ner(struct extractor *e, const struct ner_model *m,
    enum names_source how);

/* The header line of the output. */
void extractor_header(const struct extractor *e);

/*
 * Adds one sentence; when its doc differs from the previous one, the
 * previous document is written first.  Returns 0, or -1 when its folds
 * field is malformed (nothing is added).
 */
int extractor_add(struct extractor *e, const struct sentence *s);
/* Writes the buffered document, if any. */
void extractor_flush(struct extractor *e);

#endif
