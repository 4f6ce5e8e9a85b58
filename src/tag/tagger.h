/*
 * tagger.h - part-of-speech tagging and lemmatization with a trained
 * model: the core of tag(1), meant to be linked by other tools too
 * (extract-entities).  To reuse it, link build/tag/tagger.o (and
 * build/tag/model_blob.o for the model compiled into tag, whose bytes are
 * tag_model_data[0 .. tag_model_size), see model_blob.h); tokenize
 * sentences with src/lib/tokenize.h first.
 *
 * The tagger is a pair of greedy averaged perceptrons over hashed features
 * (words and affixes in a +-2 window, word shapes, the two previous tags,
 * ambiguity classes from a tag dictionary, the casing of the sentence):
 * one reads the sentence right to left, the other left to right adding
 * the first one's scores to its own before each decision, so both sides'
 * tags inform every choice.  It predicts one combined tag per word, a
 * (UPOS, XPOS) pair as seen in training, so the two tag sets always
 * agree.  Words that training saw often and with one tag only (the sole
 * map) take that tag without scoring, a word a third, cheap perceptron
 * is sure of (the features cached per word type and the previous tags
 * alone, left to right) takes its tag before the two passes, and a word
 * the right-to-left pass is sure of, or agrees on with the cheap one,
 * keeps its tag without the second pass (see tag_chunk).  A quotation mark opens or closes, and a hyphen
 * joins, by its spacing, when the caller knows it (see tagger_tag).
 * Lemmas come from an exception list learned from the training data,
 * then from suffix rules keyed by the XPOS tag, also learned.
 *
 * The model file (written by tag_train, see train.h) is a little-endian
 * image read in place: tag_model_open() does not copy it, so its bytes
 * must outlive the model.
 */
#ifndef QUARRY_TAGGER_H
#define QUARRY_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "memo.h"

/* An open-addressing table of 32-bit fingerprints to 32-bit values, the
 * one lookup structure of the model (features, tag dictionary, lemmas). */
struct u32map {
	const uint32_t	*slots;		/* nslots pairs: fingerprint, value */
	uint32_t	 nslots;	/* any size; 0 = an empty map */
};

enum { PERC_LR, PERC_RL, PERC_CHEAP, NPERC };

struct tag_model {
	uint32_t	 ntags;
	const char	**upos, **xpos;	/* names of each combined tag */
	const char	*names;		/* backing for upos/xpos */
	int		*xpos_class;	/* combined tag -> XPOS index */
	uint64_t	*lemma_seed;	/* per tag: exception, suffix seeds */
	uint32_t	 nxpos;
	/* Three perceptrons: [PERC_LR] tags left to right, [PERC_RL] right
	 * to left, [PERC_CHEAP] is the cheap first stage (see tag_chunk). */
	struct u32map	 feats[NPERC];	/* feature -> entry run (off << 8 | n) */
	const uint32_t	*entries[NPERC];	/* tag (8 bits) | weight << 8 */
	int		 nmodels;	/* 1, or 2 when [PERC_RL] is present */
	int		 cheap;		/* [PERC_CHEAP] is present */
	struct u32map	 dict;		/* lower-case word -> ambiguity class */
	int		 dict_all;	/* dict holds every training word */
	struct u32map	 lemma_exc;	/* (form, XPOS) -> offset in strings */
	struct u32map	 lemma_suf;	/* (XPOS, suffix) -> strip | off << 8 */
	const char	*strings;	/* NUL-terminated strings */
	uint32_t	 strings_len;
	struct u32map	 sole;		/* form -> its one tag */
	int		 quote_open;	/* the tags PUNCT ``, PUNCT '' and */
	int		 quote_close;	/* PUNCT HYPH (-1 when the model */
	int		 hyphen;	/* has none) */
};

/*
 * Opens the model image data (len bytes, 8-byte aligned).  Returns 0, or
 * -1 with *why set to a static message when the image is not a model.
 * The model points into data; tag_model_close() frees only what open
 * allocated.
 */
int tag_model_open(struct tag_model *m, const void *data, size_t len,
    const char **why);
/*
 * The same without checking that every feature's weights and every
 * weight's tag, lemma and sole tag lie within the model (the header and
 * the sizes are still checked): for the image compiled into the binary,
 * trusted as its code is (SECURITY.md), and checked in full by tag
 * --model data/tag/model.bin in the tests.  Those checks read all of the
 * 10 MB image: most of tag's start-up, its instructions and page faults.
 */
int tag_model_open_trusted(struct tag_model *m, const void *data, size_t len,
    const char **why);
void tag_model_close(struct tag_model *m);

/* What the features of one word are made of, computed once per word.
 * (Its fields are as narrow as their values, 128 bytes: the tagger
 * copies it for every word, twice.) */
struct word_info {
	uint64_t	form, lower, shape;	/* hashes */
	uint64_t	suf[5], pre[3];
	uint64_t	type;	/* of form, shape and flags: what tells
				 * apart the word's cached rows */
	uint32_t	ac;	/* the dict's value, AC_UNKNOWN, or a
				 * guard's */
	uint32_t	flags;
	uint16_t	num[8];	/* the tagger's numbers for ac, shape,
				 * suf[0], pre[0], suf[1], pre[1],
				 * suf[2], pre[2] (see few_num in
				 * tagger.c) */
	unsigned char	scase;	/* the sentence's casing, see
				 * word_info_sentence */
	unsigned char	seen;	/* found in the tagger's form cache: not
				 * the first time the form comes */
	unsigned char	novel;	/* the lower-case form is not in the dict:
				 * with a dict of every training word
				 * (tag_model.dict_all), no feature of
				 * the form can be in the model (only a
				 * fingerprint colliding with another's) */
};


/* What tagging needs of a word that depends on its form alone, cached by
 * form (see word_lookup in tagger.c). */
#define FORM_SETS	8192	/* a power of two, of two entries */

struct form_val {
	struct word_info	 info;
	int			 fixed;		/* its one tag, or -1 */
};

/*
 * Scores are 16-bit, so that a vector adds twice as many and the word
 * cache's rows take half the memory: the model's weights with SCORE_SHIFT
 * bits fewer (rounded), so that the largest sums seen, about 410,000 at
 * the model's scale on the 1916 pages, stay near 26,000 (see
 * score_clamp).  On EWT dev and test the accuracy is the same within
 * 0.01 points; 0.02 % of the 1916 pages' tags change.
 */
#define SCORE_SHIFT	4
#define SCORE_SCALE	(WEIGHT_SCALE / (1 << SCORE_SHIFT))

/*
 * s saturated at INT16_MIN and INT16_MAX, as rows_sum (scores.c) adds.
 * The sums of the model's weights never reach the limits (see
 * SCORE_SHIFT): saturating only keeps an unforeseen text's scores from
 * wrapping round to the other end, where a very low score would win.
 */
static inline int16_t
score_clamp(int32_t s)
{
	return (int16_t)(s > INT16_MAX ? INT16_MAX : s < INT16_MIN ?
	    INT16_MIN : s);
}

/*
 * dst = (fresh ? 0 : dst) + src[0] + ... + src[n-1] + part, each addition
 * saturating at INT16_MIN and INT16_MAX, in that order, part's 32-bit
 * scores saturated to 16 bits first, and part zeroed (part NULL: none),
 * for rows of nt scores (a multiple of 16, 32-byte aligned):
 * rows_sum_portable in the compiler's generic vectors, or the fastest
 * the processor has, which rows_sum_pick returns (the same sums).
 */
typedef void rows_sum_fn(int16_t *restrict dst, int fresh,
    const int16_t *const *src, size_t n, int32_t *restrict part, size_t nt);
rows_sum_fn rows_sum_portable;
rows_sum_fn *rows_sum_pick(void);

/*
 * The best of ntags scores (ntags >= 1, scores 32-byte aligned and
 * readable up to ntags rounded up to 16), the first of equals, and in
 * *margin how far it is above the next best (0 when two are equal;
 * INT32_MAX when there is only one): row_best in the compiler's generic
 * vectors, or the fastest the processor has, which row_best_pick returns
 * (the same answers).
 */
typedef int row_best_fn(const int16_t *scores, uint32_t ntags,
    int32_t *margin);
row_best_fn row_best;
row_best_fn *row_best_pick(void);

/*
 * The best tag of the sum of the n >= 1 rows src[0 .. n) of ntags scores
 * (each padded to a multiple of 16, 32-byte aligned) and of part (NULL:
 * none), and its margin, as row_best finds them in the row that rows_sum
 * (fresh) would write, without writing it, part zeroed as rows_sum
 * zeroes it: the cheap perceptron's (see cheap_pass in tagger.c) one
 * step a word.  rows_best_portable sums with rows_sum and then looks
 * with row_best; rows_best_pick returns the fastest the processor has,
 * which keeps the sum in registers (the same answers).
 */
typedef int rows_best_fn(const int16_t *const *src, size_t n,
    int32_t *restrict part, uint32_t ntags, int32_t *margin);
rows_best_fn rows_best_portable;
rows_best_fn *rows_best_pick(void);

/* Lemmas of short forms, cached by form and tag (see tagger_lemma). */
#define LEMMA_SETS	4096	/* a power of two, of two entries */
#define LEMMA_MAX	30	/* longer lemmas are not cached */

/*
 * Scratch space for tagging sentences; reusable, one per thread.  All of
 * it is owned by the tagger and lives until the next call or tagger_free.
 * Its size is fixed but for the tags of the longest sentence: sentences
 * are tagged TAG_CHUNK words at a time (a longer "sentence", such as a
 * page without punctuation, is tagged as consecutive pieces).
 */
#define TAG_CHUNK 256
#define WORD_SETS 4096	/* per full perceptron, a power of two */
#define CHEAP_SETS 8192	/* the cheap one's (see cheap_pass) */
#define ALL_SETS ((size_t)2 * WORD_SETS + CHEAP_SETS)
#define WORD_WAYS 2	/* word_rows assumes two */
#define DENSE_ROWS 8192	/* dense rows per perceptron */
#define DENSE_SLOTS 16384	/* their table: a power of two, 2 a row */
#define DENSE_MIN 8		/* weights of a feature given a dense row */

/* What the features of a pair of previous tags alone found (see
 * acc_tags in tagger.c), once known. */
#define NTAGPAIR 3	/* the first keys of features_tags */

struct tag_pair_vals {
	uint32_t	 vals[NTAGPAIR];
	uint32_t	 known;
};

/* What a feature of two or three values of few is (see few_pair in
 * tagger.c), by its template and values (tag, 0 = empty). */
#define FEWPAIR_BITS	13
#define FEWPAIR_SETS	(1 << FEWPAIR_BITS)

struct few_pair {
	uint64_t	 tag;
	uintptr_t	 e;
};

/* A feature with many weights (its table value val, 0 = empty) and
 * where its dense row starts in tagger.dense. */
struct dense_slot {
	uint32_t	 val, off;
};

struct tagger {
	const struct tag_model	*model;
	struct word_info	*info;		/* TAG_CHUNK + 4 guards */
	struct word_info	*rinfo;		/* the same, reversed */
	int			*hist;		/* right-to-left tags */
	int32_t			*margins;	/* and their margins */
	int32_t			*cmargins;	/* the cheap pass's margins */
	struct tag_pair_vals	*pair_vals;	/* per full perceptron and
						 * tags */
	uint64_t		*keys;		/* static feature keys */
	uint32_t		*vals;		/* and what they found */
	int16_t			*scores;	/* a row of ntags */
	int16_t			*rscores;	/* the right-to-left pass's,
						 * TAG_CHUNK rows */
	uint64_t		*cache_key;	/* word types, per set and way */
	uint64_t		*cache_used;	/* the position last using them */
	unsigned char		*cache_mru;	/* the way last used, per set */
	int16_t			*cache;		/* and their rows */
	unsigned char		*cache_roles;	/* those computed, a bit a
						 * role */
	struct word_vals	*ring;		/* uncached words' features */
	uint64_t		 pos;		/* reading positions so far */
	rows_sum_fn		*rows_sum;	/* rows_sum_pick() */
	row_best_fn		*row_best;	/* row_best_pick() */
	rows_best_fn		*rows_best;	/* rows_best_pick() */
	int16_t			*pair_rows;	/* the cheap perceptron's row of
						 * each pair of previous tags */
	unsigned char		*pair_filled;	/* and whether it is summed */
	int32_t			*part;		/* the sparse weights' sums, a
						 * row, zero between sums */
	struct dense_slot	*dense_slots;	/* features with many weights */
	uint32_t		 ndense[NPERC];	/* rows used, per perceptron */
	int16_t			*dense;		/* their weights, a row each */
	int			*tags;
	int			*given;		/* tags the spacing tells, or -1 */
	int			*fixed;		/* sole tags or -1, per word */
	int			*rfixed;	/* the same, reversed */
	int			*pair_from;	/* each word's pair keys: */
	int			*pair_to;	/* keys[pair_from .. pair_to) */
	const int16_t		**rowset;	/* each word's rows (word_rows) */
	struct memo		 forms;		/* form -> struct form_val */
	struct memo_key		*form_keys;	/* a chunk's words' keys in */
	size_t			*form_sets;	/* forms, and their sets */
	struct memo		 lemmas;	/* form, tag -> lemma */
	/* What the features of few values are, per perceptron (see
	 * few_vals in tagger.c), and the numbers of the values they are
	 * kept by, of each kind: the values (hashes) and their numbers + 1
	 * (0: none). */
	uintptr_t		*fvals;
	struct few_pair		*fewpairs;	/* see few_pair */
	uint64_t		*num_keys;
	uint16_t		*num_nums;
	uint32_t		 nnum[8];
	struct word_info	 guard[2];	/* before, after a chunk */
	size_t			 cap;
	struct buf		 norm;
};

void tagger_init(struct tagger *t, const struct tag_model *m);
void tagger_free(struct tagger *t);

/*
 * The spacing around a word, where the input shows it (the offsets of
 * raw text's tokens, CoNLL-U's SpaceAfter=No): the start and the end of
 * the sentence count as space.  A straight quotation mark opens or
 * closes by it (`` or ''), which the words around it seldom tell, and a
 * hyphen with no space around it joins words (HYPH) rather than set off
 * a clause as a dash would.
 */
enum { SPACE_BEFORE = 1, SPACE_AFTER = 2 };

/* The SPACE_ bits of the toks->n tokens of one text (tokenize.h) into
 * spacing: the tokenizer leaves out white space only, so a gap between
 * two tokens is space. */
struct tokens;
void tokens_spacing(const struct tokens *toks, unsigned char *spacing);

/*
 * Tags the n words forms[i] (lens[i] bytes each), spacing[i] the SPACE_
 * bits of each (NULL when unknown); returns an array of n combined tag
 * ids (owned by the tagger, valid until the next call).
 */
const int *tagger_tag(struct tagger *t, const char *const *forms,
    const size_t *lens, const unsigned char *spacing, size_t n);

/*
 * Appends the lemma of form (len bytes) tagged tag to out: tag_lemma
 * from the model, tagger_lemma the same through the tagger's cache.
 */
void tag_lemma(const struct tag_model *m, const char *form, size_t len,
    int tag, struct buf *out);
void tagger_lemma(struct tagger *t, const char *form, size_t len, int tag,
    struct buf *out);

/* ---- shared with the trainer (train.c) ---- */

uint64_t hash_bytes(const void *p, size_t n, uint64_t seed);
uint64_t hash_mix(uint64_t a, uint64_t b);
/* Value lookup; 1 and *val when key's fingerprint is in the map. */
uint32_t u32map_slot(uint32_t nslots, uint64_t key);
int u32map_get(const struct u32map *map, uint64_t key, uint32_t *val);
/*
 * The form as the features see it (curly quotes straightened, dashes and
 * ellipses in ASCII), appended to out; lower additionally folds ASCII case.
 */
void word_normalize(const char *form, size_t len, int lower, struct buf *out);
/*
 * The ambiguity class of the words training saw too seldom to have one
 * (which the dict holds as well, see build_dict in train.c), and of
 * those it never saw.  A dict holding every training word says so by
 * DICT_ALL_KEY (a key no word has), with this value too, so that it
 * reads the same to a tagger that does not know it.
 */
#define AC_UNKNOWN	0xACAC
#define DICT_ALL_KEY	0x9B1D2C3E5A7F4861ULL
/* Fills info for one word; the ambiguity class comes from dict. */
void word_info_fill(struct word_info *wi, const char *form, size_t len,
    const struct u32map *dict, struct buf *scratch);
/* Marks every word of w[0..n) with the casing of the whole sentence
 * (ordinary, title case, all capitals, all lower case): a headline's
 * capitals say less about proper nouns than a body sentence's. */
void word_info_sentence(struct word_info *w, size_t n);
/* The guard info of the positions before and after the sentence. */
void word_info_guard(struct word_info *wi, int after);
/*
 * The feature keys of word i of w (w[-2] .. w[n+1] valid, guards
 * included): NSTATIC keys of the words around it, and NTAGFEATS keys of
 * the two tags before it (-1 for none), in reading order.
 */
#define NSTATIC		43
#define NTAGFEATS	9
void features_static(const struct word_info *w, size_t i, uint64_t *keys);
void features_tags(const struct word_info *w, size_t i, int p1, int p2,
    uint64_t *keys);
/* The same static keys split by the word they depend on (see tagger.c). */
enum { ROLE_SELF, ROLE_LEFT1, ROLE_LEFT2, ROLE_RIGHT1, ROLE_RIGHT2, NROLES };
#define NPAIRS 9
size_t features_of_word(const struct word_info *wi, int role, uint32_t scase,
    uint64_t *keys);
void features_pairs(const struct word_info *w, size_t i, uint64_t *keys);
/*
 * The keys of the cheap perceptron (PERC_CHEAP) for word i: those of the
 * words i-2 .. i+2 in their roles (features_of_word, so that the tagger
 * sums them from rows cached per word type) and of the two previous tags
 * alone (three).  Returns how many, at most NCHEAP.
 */
#define NCHEAP	40
size_t features_cheap(const struct word_info *w, size_t i, int p1, int p2,
    uint64_t *keys);
/*
 * A word not yet fixed (fixed[i] < 0) whose tags[i] was scored margins[i]
 * >= min above the next takes that tag as fixed: the cheap pass's
 * verdict (see tag_chunk in tagger.c).
 */
void tag_accept(int *fixed, const int *tags, const int32_t *margins,
    size_t n, int32_t min);
/*
 * After the right-to-left pass, whose tags rtags and margins rmargins
 * are in its reading order (word j at n-1-j): a word not yet fixed keeps
 * that pass's tag, without the second pass, where its margin is min or
 * more or where guess (the cheap pass's tags, NULL for none) chose the
 * same tag.
 */
void tag_confirm(int *fixed, const int *rtags, const int32_t *rmargins,
    const int *guess, size_t n, int32_t min);
/* The lemma-table keys. */
uint64_t lemma_exc_key(const char *form, size_t len, const char *xpos);
uint64_t lemma_suf_key(const char *xpos, const char *suf, size_t len);
/* The base a lemma is edited from: the form, lower-cased unless a proper
 * noun or "I". */
void lemma_base(const char *form, size_t len, const char *xpos,
    struct buf *out);
/* Edits the base in out->data[start..] by the longest matching suffix
 * rule of suf (strings holds the appended texts). */
void lemma_by_rules(const struct u32map *suf, const char *strings,
    const char *xpos, struct buf *out, size_t start);

#define LEMMA_SUFFIX_MAX 6
#define MODEL_MAGIC "QTAGMDL3"
#define WEIGHT_SCALE 1024.0

#endif
