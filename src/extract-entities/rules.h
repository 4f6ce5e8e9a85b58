/*
 * rules.h - pattern rules: the built-in ones (data/entities/patterns.rules,
 * embedded in the binary) and the user's (--rules FILE) share one format,
 * one line per rule, fields separated by TABs:
 *
 *	pattern  TYPE  [norm  [priority]]
 *
 * pattern is a PCRE2 regular expression written /like this/ (a trailing
 * "i" after the slash ignores case), or else a phrase matched literally,
 * case and all, between word boundaries.  TYPE is an entity type
 * (PERSON, ORG, DATE...).  norm is the normal form to write, or one of
 * @text @date @time @money @number @ordinal to have it computed; empty
 * means @text.  priority (an integer, default 0 for built-in rules and 1
 * for user rules) decides overlaps: higher wins, then longer, then
 * earlier.  Blank lines and lines starting with # are ignored; a line
 *
 *	@define NAME regex
 *
 * names a piece that later patterns use as {NAME}.  Inside a regex \K
 * moves the start of the mention (left context that is not part of it).
 * A line
 *
 *	@needs WORD[|WORD...]	or	@needs digit
 *
 * says that the next rule cannot match a sentence without one of the
 * WORDs (in any case) or without a digit, so such sentences skip it: a
 * speed hint, it must never be false.  A line
 *
 *	@needs-exact WORD[|WORD...]
 *
 * says the same of WORDs as written, byte for byte ("May", not "may":
 * a rule whose months are capitalised).  The @needs lines before one rule
 * all hold (a digit and a month's name, say).
 *
 * Every pattern is compiled once, at load (so a bad one is reported
 * before any input is read), JIT-compiled when the platform has it and
 * the first sentence passes the rule's prefilters, and matched under a match limit and a depth limit, so a catastrophic user
 * pattern is stopped: it is reported once and the run goes on.
 */
#ifndef QUARRY_RULES_H
#define QUARRY_RULES_H

#include <stddef.h>

#include "mention.h"

struct rules;

/* An empty rule set; the caller frees it with rules_free. */
struct rules *rules_new(void);
void rules_free(struct rules *r);

/*
 * Adds the rules in text (len bytes), read from a file called name (for
 * messages); default_priority applies to lines without one.  Returns 0,
 * or -1 after printing "progname: NAME:LINE: what" for the first bad
 * line (a bad regex names PCRE2's message and the offset in the pattern).
 */
int rules_load(struct rules *r, const char *name, const char *text,
    size_t len, int default_priority);

size_t rules_count(const struct rules *r);

/*
 * Adds a candidate mention to out for every match of every rule in text
 * (len bytes of valid UTF-8).  Mentions' norm strings live as long as r.
 */
void rules_match(struct rules *r, const char *text, size_t len,
    struct mentions *out);

#endif
