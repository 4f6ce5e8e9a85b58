/*
 * spell.h - a person's name spelled as the corpus spells it.
 *
 * Within a document, extract-entities already gives "Charles E. Hughes"
 * the norm "Charles Evans Hughes" when the document spells the name out.
 * Across documents the two stay apart: one page writes the initial, the
 * next the name, a third misreads a letter of it.  A spellings table
 * holds every person's norm of a corpus, with how many mentions and
 * documents name it; once all are added, each norm is given the norm it
 * stands for, when the corpus is sure of it.  First the misreadings:
 *
 *   - a norm of two words or more (and under 64 bytes), one byte off
 *     another in one word of four bytes or more (three in the other:
 *     "Kvans", "Evan" of "Evans"; a byte left out, added, changed, or
 *     two swapped), stands for that other when it has ten times the
 *     mentions (1,729 for "Charles Evans Hughes" on the 1916 pages
 *     against 90 "Charles Kvans Hughes"), is named in two documents or
 *     more, holds no word of misread print and ends in a word with a
 *     small letter; and four times the mentions of any other such norm;
 *
 * then each norm with initials not yet given one, from the fuller norm of
 * the corpus that spells them out (names_spells_out):
 *
 *   - the norm and the fuller one have three words or more, and a last
 *     word with a small letter (not "N. M.", not "W. II", misread "H.");
 *   - the fuller norm holds no word of misread print (names_misread_word,
 *     or a full stop before a small letter inside it: "Kvtin.s"), and is
 *     named in two documents or more (a misread name is most often on
 *     one page);
 *   - it has four times the mentions of any other fuller norm that
 *     spells it out, a misreading's mentions counted as the norm's it
 *     misreads ("Charles Evan Hughes"'s as "Charles Evans Hughes"'s):
 *     "William H. Rice" and "Walter H. Rice" leave "W. H. Rice" as it
 *     is.
 *
 * Norms with fewer initials are resolved first, so that "C. E. Hughes"
 * reaches "Charles Evans Hughes" through "Charles E. Hughes"; a norm
 * stands for the end of such a chain ("Charlet W. Fairbanks", "Charles
 * W. Fairbanks", "Charles Warren Fairbanks").  Last, each norm of two
 * words or more that is not yet given one and that other norms end with
 * ("Evans Hughes", "W. Perkins"):
 *
 *   - both have a last word with a small letter and no word of misread
 *     print; the fuller one has at most six words;
 *   - the fuller one, counted toward its own spelling, has four times
 *     the mentions of any other that ends so, and of the shorter norm,
 *     and is named in two documents or more ("Charles Hughes", 12
 *     mentions, is not "David Charles Hughes", 26).
 *
 * Memory grows with the number of distinct norms (not mentions): the
 * corpus-wide step this is.  Ownership: the table copies the norms it is
 * given; what spellings_of returns lives until spellings_free.
 */
#ifndef QUARRY_SPELL_H
#define QUARRY_SPELL_H

#include <stddef.h>

struct spellings;

struct spellings *spellings_new(void);
void spellings_free(struct spellings *s);
/*
 * Counts one mention of a person whose norm is name (n bytes), in the
 * document numbered doc (the caller numbers them, from 1; a document's
 * mentions come together, so a change of number is a new document).
 */
void spellings_add(struct spellings *s, const char *name, size_t n,
    unsigned long doc);
/* Gives each norm its spelling (see above); once, after the last add. */
void spellings_resolve(struct spellings *s);
/* The norm name (n bytes) spelled out, its length in *len; NULL when it
 * stays as it is. */
const char *spellings_of(const struct spellings *s, const char *name,
    size_t n, size_t *len);

/*
 * extract-entities --spell-names: the mention streams of files (nfiles
 * of them, "-" standard input, which is spooled) read twice, and written
 * once with the persons' norms spelled out.  Returns 0, or 1 when a file
 * could not be opened (reported; its mentions are left out).
 */
int spell_names(const char *const *files, int nfiles);

#endif
