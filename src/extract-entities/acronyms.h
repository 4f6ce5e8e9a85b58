/*
 * acronyms.h - the acronyms a document defines ("the Automatic
 * Identification System (AIS)", "National Hurricane Center (NHC)") and
 * what they make of the acronym's other mentions there: the expansion's
 * type and name when the expansion is a name, nothing when it is none.
 *
 * The finders call any short run of capitals an organisation; the
 * document's own definition knows better.  A definition is learnt from
 * the mentions of its sentence, so it applies from there on: news
 * defines an acronym where it first uses it.
 */
#ifndef QUARRY_ACRONYMS_H
#define QUARRY_ACRONYMS_H

#include "mention.h"

struct acronyms;

struct acronyms *acronyms_new(void);
void acronyms_free(struct acronyms *a);
/* Forgets the definitions: a new document begins. */
void acronyms_reset(struct acronyms *a);

/*
 * Learns the definitions in text (n bytes): "Words Of A Name (ACR)",
 * where the initials of the words before the parenthesis, function words
 * skipped, spell the 2 to 8 capitals ACR.  A name mention of ms covering
 * those words gives ACR its type and normal form; no name mention
 * touching them makes ACR no name; a name mention covering part of them
 * ("Member of Parliament (MP)") teaches nothing.
 */
void acronyms_learn(struct acronyms *a, const char *text, size_t n,
    const struct mentions *ms);

/* Retypes, or drops, the name mentions of ms whose text is a learnt
 * acronym. */
void acronyms_apply(const struct acronyms *a, const char *text,
    struct mentions *ms);

#endif
