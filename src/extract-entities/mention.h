/*
 * mention.h - entity types and the candidate mentions every finder
 * (patterns, gazetteer, name heuristics; later a statistical labeller)
 * proposes for one sentence.  resolve.c keeps the best non-overlapping
 * set.
 */
#ifndef QUARRY_MENTION_H
#define QUARRY_MENTION_H

#include <stddef.h>

enum etype {
	E_NONE = -1,
	E_PERSON, E_ORG, E_GPE, E_LOC, E_NORP, E_FAC, E_EVENT, E_LAW,
	E_DATE, E_TIME, E_MONEY, E_PERCENT, E_QUANTITY, E_CARDINAL,
	E_ORDINAL, E_URL, E_EMAIL, E_NTYPES
};

/* How a candidate's norm is made (see extract.c, norm_of). */
enum normaliser {
	N_TEXT,		/* the text itself */
	N_FIXED,	/* the string in norm */
	N_DATE, N_TIME, N_MONEY, N_NUMBER, N_ORDINAL,
	N_PERSON	/* fullest name of the person in the document */
};

struct mention {
	size_t		 s, e;		/* byte offsets in the sentence text */
	enum etype	 type;
	enum normaliser	 how;
	int		 priority;
	const char	*norm;		/* N_FIXED: lives as long as its source */
	const char	*code;		/* ISO 3166 code or NULL, the same */
	char		 val[64];	/* a computed norm */
	int		 norm_in_val;	/* the norm is val, not norm: a flag,
					 * not a pointer, survives the copies
					 * that sorting and joining make */
};

struct mentions {
	struct mention	*v;
	size_t		 n, cap;
};

/* Type name ("PERSON"), and back (E_NONE when unknown). */
const char *etype_name(enum etype t);
enum etype etype_parse(const char *s);

/* The start of m's last word in text (words part at spaces). */
size_t mention_last_word(const char *text, const struct mention *m);
/* The norm of m computed so far, or NULL (its text, see write_mention). */
const char *mention_norm(const struct mention *m);
/* Makes m a mention of type, found by how, with norm and code (NULL: its
 * text, none): what a later finding says m is instead. */
void mention_retype(struct mention *m, enum etype type, enum normaliser how,
    const char *norm, const char *code);

void mentions_add(struct mentions *m, const struct mention *x);
/* Does a mention of m hold a byte of [s, e)? */
int mentions_overlap(const struct mentions *m, size_t s, size_t e);
void mentions_free(struct mentions *m);
/*
 * Keeps the best non-overlapping mentions: higher priority first, then
 * the longer, then the earlier; the survivors are sorted by offset.
 */
void mentions_resolve(struct mentions *m);

#endif
