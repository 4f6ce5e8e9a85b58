/*
 * tokenize.h - splits a sentence into word tokens the way Universal
 * Dependencies (English EWT) and the Penn Treebank do, so a tagger trained
 * on EWT sees what it was trained on.  Shared by tag and extract-entities.
 *
 * Every token is a span of the input (byte offsets); nothing is rewritten,
 * so a token's form is always the bytes text[start..end).  The rules, each
 * unit-tested in tests/unit/tag/test_tokenize.c:
 *
 *  - Whitespace (ASCII and Unicode spaces) separates tokens and is never
 *    part of one.  Punctuation is split off words.  Any other control
 *    character (C0 but TAB, LF, VT, FF, CR; DEL; C1 but NEL) is a token
 *    of its own, one per character: nothing is dropped unseen.
 *  - Clitics are split: don't -> do n't, can't -> ca n't, Russia's ->
 *    Russia 's, we're/I've/you'll/he'd/I'm likewise; straight or curly
 *    apostrophe.  Also cannot -> can not, gonna -> gon na, wanna, gotta,
 *    and apostrophe-less negations (dont -> do nt) as EWT does.  A
 *    trailing apostrophe (parents') is its own token.
 *  - Kept whole: abbreviations from a list (Mr. Dr. Inc. etc. ...; No.
 *    only before a number), dotted abbreviations (U.S., e.g., a.m.; at
 *    the very end of the text the period is split off, as EWT does),
 *    initials (J.), decimals and thousands separators (3.5, 2,500),
 *    dates and times (31.03.2023, 2023-03-31, 03/31/2023, 12:30),
 *    phone numbers (713-853-3989), URLs (http://, https://, ftp://,
 *    www.), e-mail addresses, @handles, #hashtags, AT&T-style names,
 *    and emoticons such as :) and :-(.
 *  - Hyphenated words are split at the hyphen (New-York -> New - York), as
 *    EWT does, except after a bound prefix (non-proliferation,
 *    e-mail, anti-war, co-founder ...).
 *  - Currency symbols and % are tokens of their own ($ 5, 5 %).
 *  - Runs of the same punctuation (..., --, !!!) are one token.
 *  - Letters, digits and marks of any script form words; any other code
 *    point (symbols, emoji) is a token of its own, with its modifiers,
 *    variation selectors and ZWJ sequences attached.  An invalid byte is a
 *    one-byte token: the tokenizer never fails.
 *
 * Runs in time linear in the length of the text.
 */
#ifndef QUARRY_TOKENIZE_H
#define QUARRY_TOKENIZE_H

#include <stddef.h>

struct token_span {
	size_t	start, end;	/* byte offsets into the text, end exclusive */
};

/* A reusable array of spans; TOKENS_INIT, then tokenize() again and again. */
struct tokens {
	struct token_span	*v;
	size_t			 n, cap;
};

#define TOKENS_INIT { NULL, 0, 0 }

/*
 * Replaces the contents of out with the tokens of text (len bytes).
 * out->v is owned by out and lives until the next tokenize() or
 * tokens_free().
 */
void tokenize(const char *text, size_t len, struct tokens *out);
void tokens_free(struct tokens *t);

#endif
