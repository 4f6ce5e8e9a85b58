/*
 * aliases.h - what a document teaches about its own short names, applied
 * to the names found after: an acronym it defines ("the Automatic
 * Identification System (AIS)", "National Hurricane Center (NHC)") takes
 * its expansion's type and name, or is no name when the expansion is
 * none; a ship ("MV Namse Bangdzod", "USS Grayback") is no person or
 * organisation, with its prefix or without.
 *
 * The finders call any short run of capitals an organisation and a
 * ship's two capitalised words a person; the document knows better.
 * What a sentence teaches applies from that sentence on: news defines a
 * short name where it first uses it.
 */
#ifndef QUARRY_ALIASES_H
#define QUARRY_ALIASES_H

#include "mention.h"

struct aliases;

struct aliases *aliases_new(void);
void aliases_free(struct aliases *a);
/* Forgets everything: a new document begins. */
void aliases_reset(struct aliases *a);

/*
 * Learns from the sentence text (n bytes) and its name mentions ms:
 *
 * - "Words Of A Name (ACR)", where the initials of the words before the
 *   parenthesis, function words skipped, spell the 2 to 8 capitals ACR:
 *   a name mention of ms covering those words gives ACR its type and
 *   normal form; no name mention touching them makes ACR no name; a name
 *   mention covering part of them ("Member of Parliament (MP)") teaches
 *   nothing.  An organisation the name model found with a plural that
 *   opens the sentence and "of", "from", "at" or "in" before those words
 *   ("Leaders of African Union (AU)") begins where they do, and so does
 *   its norm.
 * - A name mention that opens with a ship's prefix (MV, USS, HMS...):
 *   the ship's name, with and without the prefix, is no name.
 * - An organisation's name of three or more capitalised words (function
 *   words and a leading "The" skipped): its initials, unless the text
 *   defined them, stand for it, but only for an organisation mention
 *   the gazetteer does not know ("Moscow State Medical University", then
 *   "MSMU").  Two initials are left alone: in misread print "ST" and
 *   "WH" are noise far more often than a name.
 */
void aliases_learn(struct aliases *a, const char *text, size_t n,
    struct mentions *ms);

/* Retypes, or drops, the name mentions of ms whose text is a learnt
 * alias. */
void aliases_apply(const struct aliases *a, const char *text,
    struct mentions *ms);

#endif
