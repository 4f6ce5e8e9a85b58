/*
 * embedded.h - the data compiled into extract-entities by tool.mk, so
 * that nothing is read at run time: the rule file of data/entities/ as a
 * string (embed.sh), and two images embedded with .incbin, each bounded
 * by a start and an end symbol: the name model (empty in the trainer)
 * and the lexicon of names.tsv, gazetteer.tsv and common-words.txt,
 * made at build time by mklexicon.
 */
#ifndef QUARRY_EMBEDDED_H
#define QUARRY_EMBEDDED_H

#include <stddef.h>

extern const char ee_patterns_rules[];
extern const size_t ee_patterns_rules_len;
extern const char ee_ner_model[], ee_ner_model_end[];
extern const char ee_lexicon[], ee_lexicon_end[];

#endif
