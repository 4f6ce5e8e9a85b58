/* Key folding: each fold alone and the NFC-like composition table. */
#include <string.h>

#include "fold.h"
#include "tap.h"

static int
folds_to(const char *in, int flags, const char *want)
{
	struct buf b = BUF_INIT;
	int r;

	fold_append(&b, in, strlen(in), flags);
	r = b.len == strlen(want) && memcmp(b.data, want, b.len) == 0;
	if (!r)
		printf("# '%s' folded to '%s', want '%s'\n", in,
		    b.data ? b.data : "", want);
	buf_free(&b);
	return r;
}

int
main(void)
{
	ok(fold_parse("case,space") == (FOLD_CASE | FOLD_SPACE),
	    "parse a list");
	ok(fold_parse("all") == FOLD_ALL, "parse all");
	ok(fold_parse("case,,space") == -1 && fold_parse("bogus") == -1,
	    "reject an empty or unknown word");

	ok(folds_to("MiXeD Case", 0, "MiXeD Case"), "no flags: unchanged");
	ok(folds_to("MiXeD \xc3\x89" "COLE \xce\xa3\xd0\x96", FOLD_CASE,
	    "mixed \xc3\xa9""cole \xcf\x83\xd0\xb6"),
	    "case: ASCII, Latin-1, Greek, Cyrillic");
	ok(folds_to("  a \t b\n\nc  ", FOLD_SPACE, "a b c"),
	    "space: runs to one space, ends trimmed");
	ok(folds_to("a\xc2\xa0\xe2\x80\x83" "b", FOLD_SPACE, "a b"),
	    "space: NBSP and EM SPACE are white space");
	ok(folds_to("\xe2\x80\x9cx\xe2\x80\x9d \xe2\x80\x98y\xe2\x80\x99 "
	    "\xc2\xab" "z\xc2\xbb", FOLD_PUNCT, "\"x\" 'y' \"z\""),
	    "punct: curly and angle quotes");
	ok(folds_to("a\xe2\x80\x93" "b\xe2\x80\x94" "c\xe2\x80\xa6",
	    FOLD_PUNCT, "a-b-c..."), "punct: dashes and ellipsis");
	ok(folds_to("e\xcc\x81", FOLD_UNICODE, "\xc3\xa9"),
	    "unicode: e + COMBINING ACUTE -> e-acute");
	ok(folds_to("u\xcc\x88\xcc\x84", FOLD_UNICODE, "\xc7\x96"),
	    "unicode: u + diaeresis + macron composes twice");
	ok(folds_to("\xd0\xb8\xcc\x86", FOLD_UNICODE, "\xd0\xb9"),
	    "unicode: Cyrillic i + breve -> short i");
	ok(folds_to("x\xcc\x81", FOLD_UNICODE, "x\xcc\x81"),
	    "unicode: a pair not in the table stays decomposed");
	ok(folds_to("\xef\xac\x81le \xef\xbc\xa1\xef\xbc\xa2 \xe2\x84\xaa",
	    FOLD_UNICODE, "file AB K"),
	    "unicode: ligature, fullwidth, KELVIN SIGN");
	ok(folds_to("soft\xc2\xad" "hy\xe2\x80\x8bphen", FOLD_UNICODE,
	    "softhyphen"), "unicode: soft hyphen and zero-width space go");
	ok(folds_to("E\xcc\x81T\xc3\x89  \xe2\x80\x9cOK\xe2\x80\x9d",
	    FOLD_ALL, "\xc3\xa9t\xc3\xa9 \"ok\""),
	    "all: composed, lowered, one space, ASCII quotes");
	/* The ASCII fast path leaves its last character open to a mark,
	 * and a space it folded closed to one, in every mode. */
	ok(folds_to("  CAFE\xcc\x81  x", FOLD_ALL, "caf\xc3\xa9 x") &&
	    folds_to("CAFE\xcc\x81", FOLD_UNICODE | FOLD_CASE,
	    "caf\xc3\xa9") &&
	    folds_to("cafe\xcc\x81", FOLD_UNICODE, "caf\xc3\xa9"),
	    "a mark after an ASCII run composes with its last letter");
	ok(folds_to("ab \xcc\x81", FOLD_ALL, "ab \xcc\x81") &&
	    folds_to("ab  \xc3\xa9 ", FOLD_SPACE, "ab \xc3\xa9"),
	    "a mark after a folded space stays alone; spaces before "
	    "non-ASCII fold");
	ok(folds_to("\xff" "abc", FOLD_ALL, "\xff" "abc"),
	    "a byte that is not UTF-8 is kept as it is");
	return tap_done();
}
