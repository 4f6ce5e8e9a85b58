/*
 * Words broken at a line end (rejoin.c): with a dictionary, a break
 * without a hyphen is joined when the two pieces make a word (or a
 * regular inflection of one) and are not both words; with one, a compound of two words keeps its hyphen; without
 * a dictionary only hyphens join.  Only a single line end between a
 * letter and a lower-case letter is a break, or one after a soft hyphen.
 */
#include <string.h>

#include "segment.h"
#include "tap.h"

static const char words[] =
    "# a comment line\nassured\nfollowing\nwell\nknown\ntoday\nday\n"
    "fora\nabroad\nbroad\nprofit\nmember\nfollow\nbody\nstop\nforage\n"
    "age\nremaining\nmain\nchurch\nagree\naudience\n";

/* How the text goes on between the two words of s, split at its first
 * white space. */
static enum rejoin
how(struct dictionary *dict, const char *s)
{
	size_t n = strlen(s), a_end = strcspn(s, " \n\r"), b = a_end;

	while (b < n && strchr(" \n\r", s[b]))
		b++;
	return rejoin_at(dict, s, 0, a_end, b, b + strcspn(s + b, " "));
}

int
main(void)
{
	struct dictionary dict = DICTIONARY_INIT(words, sizeof words - 1);

	ok(how(&dict, "assur-\ned") == REJOIN_DROP_HYPHEN,
	    "assur-/ed: the hyphen of a broken word goes");
	ok(how(&dict, "fol\nlowing") == REJOIN_JOIN,
	    "fol/lowing: pieces that make a word, one no word, are joined");
	ok(how(&dict, "for\na") == REJOIN_NO && how(&dict, "a\nbroad") ==
	    REJOIN_NO, "for/a, a/broad: two words stay two (function words "
	    "are words)");
	ok(how(&dict, "well-\nknown") == REJOIN_KEEP_HYPHEN,
	    "well-/known: two words that make none keep the hyphen");
	ok(how(&dict, "to-\nday") == REJOIN_DROP_HYPHEN,
	    "to-/day: two words that make one lose it");
	ok(how(&dict, "Wil-\nson") == REJOIN_DROP_HYPHEN &&
	    how(&dict, "Wil\nson") == REJOIN_NO,
	    "Wil-/son, unknown, is joined at its hyphen, not without one");
	ok(how(&dict, "fol\n\nlowing") == REJOIN_NO &&
	    how(&dict, "fol lowing") == REJOIN_NO &&
	    how(&dict, "fol\nLowing") == REJOIN_NO,
	    "no join over two line ends, a space alone, or before a capital");
	ok(how(&dict, "pro\r\nfit,") == REJOIN_JOIN &&
	    how(&dict, "(pro\nfit)") == REJOIN_JOIN,
	    "CRLF is a line end; punctuation around the pieces stays out");
	ok(how(&dict, "3pro\nfit") == REJOIN_NO &&
	    how(&dict, "pro\nfit-making") == REJOIN_NO,
	    "a piece must be a whole word of letters (not 3pro, fit-making)");
	ok(how(&dict, "In\xc2\xad\ndividual") == REJOIN_DROP_SOFT &&
	    how(&dict, "SENA\xc2\xad\nTOR") == REJOIN_DROP_SOFT &&
	    how(NULL, "Sena\xc2\xad\ntor") == REJOIN_DROP_SOFT,
	    "a soft hyphen at a line end joins whatever the words and case");
	ok(how(&dict, "In\xc2\xad\n\ndividual") == REJOIN_NO &&
	    how(&dict, "\xc2\xad\ndividual") == REJOIN_NO,
	    "a soft hyphen joins over one line end only, after something");
	ok(how(&dict, "mem\nbers") == REJOIN_JOIN &&
	    how(&dict, "fol\nlowed") == REJOIN_JOIN &&
	    how(&dict, "bod\nies") == REJOIN_JOIN &&
	    how(&dict, "stop\nped") == REJOIN_JOIN &&
	    how(&dict, "agree\ning") == REJOIN_JOIN,
	    "a regular inflection of a word is a word (members, followed, "
	    "bodies, stopped, agreeing)");
	ok(how(&dict, "for\nages") == REJOIN_NO,
	    "for/ages: pieces inflected as the whole is are words, two stay two");
	ok(how(&dict, "re\nmaining") == REJOIN_JOIN,
	    "re/maining: the pieces of a word that is no inflection are not "
	    "inflected (maining is no word)");
	ok(how(&dict, "the\ning") == REJOIN_NO &&
	    how(&dict, "church\ns") == REJOIN_NO &&
	    how(&dict, "bod\nys") == REJOIN_NO &&
	    how(&dict, "audience\ning") == REJOIN_NO,
	    "no inflection of a function word, nor one spelt wrong (churchs, "
	    "bodys, audienceing)");
	dictionary_free(&dict);
	ok(how(NULL, "assur-\ned") == REJOIN_DROP_HYPHEN &&
	    how(NULL, "fol\nlowing") == REJOIN_NO,
	    "without a dictionary, only hyphens join");
	return tap_done();
}
