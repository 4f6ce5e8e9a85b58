/*
 * ner.h - the statistical name finder: an averaged perceptron that labels
 * the tokens of a sentence (src/lib/tokenize.h) with BIO tags of PER,
 * ORG, LOC and MISC, left to right, each decision seeing the two labels
 * before it.  Features: the word, its lower case, shape, affixes and
 * capitalisation, its place in the sentence, the words two either side,
 * and what the lexicon knows of it (gazetteer phrase types, titles,
 * organisation cues, common words).
 *
 * Features are hashed into NER_BUCKETS rows of NER_NLABELS weights; the
 * model file (data/entities/ner.bin, made by `make ner-model`) is
 *
 *	"QNER1\n\0\0" u32 buckets u32 labels, then buckets*labels
 *	little-endian int16 weights
 *
 * Ownership: ner_load may use the weights in place (little-endian
 * hosts), so data must outlive the model; the caller frees the model
 * with ner_free.  The lexicon is borrowed and must outlive the model's use.
 */
#ifndef QUARRY_NER_H
#define QUARRY_NER_H

#include <stddef.h>

#include "lexicon.h"
#include "mention.h"

#define NER_BUCKETS	(1u << 17)

enum ner_class { NER_PER, NER_ORG, NER_LOC, NER_MISC, NER_NCLASSES };
/* 0 is O; B-class is 1 + 2 * class, I-class 2 + 2 * class */
#define NER_NLABELS	(1 + 2 * NER_NCLASSES)

struct ner_model;

/* The model in data (len bytes), or NULL when len is 0 (no model built
 * in) or data is not a model. */
struct ner_model *ner_load(const void *data, size_t len);
void ner_free(struct ner_model *m);

/* A name found in a sentence: bytes [s, e) of its text. */
struct ner_span {
	size_t		s, e;
	enum ner_class	cls;
};

/*
 * Labels text (len bytes of UTF-8) and returns the spans found in *out,
 * n of them; *out lives until the next ner_find with the same ws.
 */
struct ner_work;
struct ner_work *ner_work_new(void);
void ner_work_free(struct ner_work *w);
/*
 * hints (may be NULL) are the rule layer's name candidates for the
 * sentence (names_find): the model sees them as features and learns when
 * to trust them.  known (nknown of them, may be NULL) are the words
 * names_find looked up in the sentence (names_words), whose look-ups a
 * token of the same bytes takes instead of its own.
 */
struct scanned_word;
size_t ner_find(const struct ner_model *m, const struct lexicon *x,
    struct ner_work *w, const char *text, size_t len,
    const struct mentions *hints, const struct scanned_word *known,
    size_t nknown, const struct ner_span **out);

/*
 * Trains a model on CoNLL-style files (a token and its IOB1/IOB2 tag a
 * line, "# newdoc" or -DOCSTART- between documents) for epochs passes and
 * writes it to path.  Returns 0, or -1 after printing an error.
 */
int ner_train(const struct lexicon *x, char *const *files, int nfiles,
    int epochs, const char *path);

#endif
