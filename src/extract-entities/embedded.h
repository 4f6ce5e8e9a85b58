/*
 * embedded.h - the data files of data/entities/, compiled into the binary
 * by tool.mk (embed.sh), so that nothing is read at run time.
 */
#ifndef QUARRY_EMBEDDED_H
#define QUARRY_EMBEDDED_H

#include <stddef.h>

extern const char ee_patterns_rules[];
extern const size_t ee_patterns_rules_len;
extern const char ee_names_tsv[];
extern const size_t ee_names_tsv_len;
extern const char ee_gazetteer_tsv[];
extern const size_t ee_gazetteer_tsv_len;
extern const char ee_common_words_txt[];
extern const size_t ee_common_words_txt_len;

#endif
