/*
 * Control characters in the tokenizer (src/lib/tokenize.c): ASCII white
 * space separates tokens; every other control (C0, DEL, C1 but NEL) is a
 * one-character token, so no text is dropped unseen (a fuzzing finding,
 * SECURITY.md).  Also the edges of the tokenizer's shortcuts: a URL
 * scheme is only looked for after its first two letters, an e-mail
 * address only in a text with an '@'.
 */
#include <string.h>

#include "tap.h"
#include "tokenize.h"

static struct tokens toks = TOKENS_INIT;

/* 1 when the n bytes of s give exactly the spans want[0..nwant). */
static int
spans(const char *s, size_t n, const size_t (*want)[2], size_t nwant)
{
	size_t i;

	tokenize(s, n, &toks);
	if (toks.n != nwant)
		return 0;
	for (i = 0; i < nwant; i++)
		if (toks.v[i].start != want[i][0] || toks.v[i].end != want[i][1])
			return 0;
	return 1;
}

int
main(void)
{
	static const size_t word_ctl_word[][2] = { { 0, 1 }, { 1, 2 },
	    { 2, 3 } };
	static const size_t two_words[][2] = { { 0, 1 }, { 2, 3 } };
	static const size_t c1[][2] = { { 0, 1 }, { 1, 3 }, { 3, 4 } };
	static const size_t nel[][2] = { { 0, 1 }, { 3, 4 } };
	static const size_t run[][2] = { { 0, 1 }, { 1, 2 }, { 2, 3 } };
	static const size_t url[][2] = { { 0, 12 }, { 12, 13 }, { 13, 14 } };
	static const size_t tag[][2] = { { 0, 4 }, { 4, 5 } };
	static const size_t one5[][2] = { { 0, 5 } };
	static const size_t www[][2] = { { 0, 9 } };
	static const size_t https[][2] = { { 0, 11 } };
	static const size_t lone_w[][2] = { { 0, 1 }, { 2, 3 } };
	static const size_t mail[][2] = { { 0, 4 }, { 5, 19 } };
	static const size_t nomail[][2] = { { 0, 8 }, { 9, 12 }, { 13, 14 },
	    { 14, 15 }, { 15, 16 } };
	char s[8];
	unsigned c, bad_space = 0, bad_ctl = 0, bad_other = 0;

	for (c = 0; c < 0x80; c++) {
		s[0] = 'x';
		s[1] = (char)c;
		s[2] = 'y';
		if (c == ' ' || (c >= '\t' && c <= '\r')) {
			if (!spans(s, 3, two_words, 2))
				bad_space++;
		} else if (c < 0x20 || c == 0x7F) {
			if (!spans(s, 3, word_ctl_word, 3))
				bad_ctl++;
		} else {
			tokenize(s, 3, &toks);
			if (toks.n == 0 || toks.v[0].start != 0 ||
			    toks.v[toks.n - 1].end != 3)
				bad_other++;
		}
	}
	ok(bad_space == 0, "space, TAB, LF, VT, FF, CR separate x and y");
	ok(bad_ctl == 0, "each other C0 control and DEL (NUL included) is a "
	    "token between x and y (%u wrong)", bad_ctl);
	ok(bad_other == 0, "x, any printable ASCII byte and y are all in "
	    "tokens");
	ok(spans("\x01\x01\x01", 3, run, 3),
	    "a run of one control is one token per byte");
	ok(spans("a\xC2\x92" "b", 4, c1, 3),
	    "a C1 control (U+0092) is a token of its own");
	ok(spans("a\xC2\x85" "b", 4, nel, 2), "NEL (U+0085) is white space");
	ok(spans("http://x.co/\x01z", 14, url, 3), "a URL ends at a control");
	ok(spans("word\x7f", 5, tag, 2), "DEL after a word is split off");
	ok(spans("Www.x.org", 9, www, 1) && spans("HTTPS://a.b", 11, https, 1),
	    "a URL's scheme in any case");
	ok(spans("whose", 5, one5, 1) && spans("ftpxy", 5, one5, 1),
	    "a word that begins like a scheme is a word");
	ok(spans("h w", 3, lone_w, 2), "a scheme's first letter ending the "
	    "text");
	ok(spans("with john.doe@x.org", 19, mail, 2), "an e-mail address after "
	    "a word");
	ok(spans("john.doe and x-y", 16, nomail, 5), "no '@', no address");
	tokens_free(&toks);
	return tap_done();
}
