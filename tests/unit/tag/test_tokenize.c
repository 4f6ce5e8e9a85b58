/*
 * Unit tests of src/lib/tokenize.c, one rule of tokenize.h at a time.
 * Each case gives a sentence and its tokens joined by " | ".
 */
#include <string.h>

#include "buf.h"
#include "tap.h"
#include "tokenize.h"

static struct tokens toks = TOKENS_INIT;
static struct buf b = BUF_INIT;

/* The tokens of s joined by " | ", in a static buffer. */
static const char *
split(const char *s)
{
	size_t i;

	tokenize(s, strlen(s), &toks);
	buf_reset(&b);
	buf_addc(&b, '\0');
	b.len = 0;
	for (i = 0; i < toks.n; i++) {
		if (i)
			buf_adds(&b, " | ");
		buf_add(&b, s + toks.v[i].start, toks.v[i].end - toks.v[i].start);
	}
	return b.data;
}

static void
check(const char *rule, const char *in, const char *want)
{
	const char *got = split(in);

	ok(strcmp(got, want) == 0, "%s: \"%s\" -> %s%s%s", rule, in, want,
	    strcmp(got, want) == 0 ? "" : "  GOT: ", strcmp(got, want) == 0 ?
	    "" : got);
}

int
main(void)
{
	check("whitespace separates", "  Hello \t world  ", "Hello | world");
	check("unicode spaces separate", "a\xC2\xA0" "b\xE2\x80\x83" "c",
	    "a | b | c");
	check("punctuation splits off", "Hello, world!", "Hello | , | world | !");
	check("n't clitic", "don't", "do | n't");
	check("n't after ca and wo", "can't won't", "ca | n't | wo | n't");
	check("curly n't", "don\xE2\x80\x99t", "do | n\xE2\x80\x99t");
	check("possessive 's", "Russia's", "Russia | 's");
	check("curly possessive", "Russia\xE2\x80\x99s", "Russia | \xE2\x80\x99s");
	check("'re 've 'll 'd 'm", "we're I've you'll he'd I'm",
	    "we | 're | I | 've | you | 'll | he | 'd | I | 'm");
	check("two clitics", "shouldn't've", "should | n't | 've");
	check("plural possessive apostrophe", "parents' house",
	    "parents | ' | house");
	check("inner apostrophe stays", "O'Brien rock'n'roll",
	    "O'Brien | rock'n'roll");
	check("cannot gonna wanna gotta", "cannot gonna wanna gotta",
	    "can | not | gon | na | wan | na | got | ta");
	check("apostrophe-less negation", "dont Doesnt", "do | nt | Does | nt");
	check("title abbreviations", "Mr. Smith met Dr. Jones",
	    "Mr. | Smith | met | Dr. | Jones");
	check("No. before a number", "No. 229", "No. | 229");
	check("no. elsewhere", "I said no.", "I | said | no | .");
	check("dotted abbreviations", "the U.S. and e.g. 5 p.m.",
	    "the | U.S. | and | e.g. | 5 | p.m | .");
	check("sentence-final dotted abbreviation", "made in the U.S.",
	    "made | in | the | U.S | .");
	check("initials", "J. K. Rowling", "J. | K. | Rowling");
	check("sentence-final period", "It ended.", "It | ended | .");
	check("domain is not an abbreviation", "see example.com.",
	    "see | example.com | .");
	check("decimals", "3.14 and .5", "3.14 | and | . | 5");
	check("thousands", "2,500 $ and 1,000,000", "2,500 | $ | and | 1,000,000");
	check("comma between numbers", "1,2,3", "1 | , | 2 | , | 3");
	check("currency splits", "$5 \xE2\x82\xAC" "20 \xC2\xA3" "3",
	    "$ | 5 | \xE2\x82\xAC | 20 | \xC2\xA3 | 3");
	check("percent splits", "5% and 3.5 %", "5 | % | and | 3.5 | %");
	check("dotted date", "on 31.03.2023.", "on | 31.03.2023 | .");
	check("iso date and slashes", "2023-03-31 03/31/2023",
	    "2023-03-31 | 03/31/2023");
	check("time", "at 12:30.", "at | 12:30 | .");
	check("phone number", "call 713-853-3989", "call | 713-853-3989");
	check("url", "see http://x.com/a?b=1.", "see | http://x.com/a?b=1 | .");
	check("url with parentheses", "(https://en.wikipedia.org/wiki/A_(b))",
	    "( | https://en.wikipedia.org/wiki/A_(b) | )");
	check("www url", "www.google.com, then", "www.google.com | , | then");
	check("email", "mail john.doe@example.com.",
	    "mail | john.doe@example.com | .");
	check("handle", "thanks @jdoe!", "thanks | @jdoe | !");
	check("hashtag", "#news and #1", "#news | and | # | 1");
	check("hyphen splits", "New-York-based", "New | - | York | - | based");
	check("bound prefixes stay", "non-proliferation e-mail co-founder",
	    "non-proliferation | e-mail | co-founder");
	check("prefix then split", "non-English-speaking",
	    "non-English | - | speaking");
	check("ampersand names", "AT&T and S&P", "AT&T | and | S&P");
	check("straight quotes", "\"Ukraine\"", "\" | Ukraine | \"");
	check("curly quotes", "\xE2\x80\x9CUkraine\xE2\x80\x9D",
	    "\xE2\x80\x9C | Ukraine | \xE2\x80\x9D");
	check("punctuation runs", "Wait... -- what?!",
	    "Wait | ... | -- | what | ?!");
	check("ellipsis character", "so\xE2\x80\xA6", "so | \xE2\x80\xA6");
	check("emoticons", "great :) bad :-(", "great | :) | bad | :-(");
	check("parentheses", "(see above)", "( | see | above | )");
	check("cyrillic words", "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, "
	    "\xD0\xBC\xD0\xB8\xD1\x80!", "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5"
	    "\xD1\x82 | , | \xD0\xBC\xD0\xB8\xD1\x80 | !");
	check("accented letters and combining marks", "caf\xC3\xA9 cafe\xCC\x81",
	    "caf\xC3\xA9 | cafe\xCC\x81");
	check("cjk run", "\xE6\x97\xA5\xE6\x9C\xAC\xE3\x80\x82",
	    "\xE6\x97\xA5\xE6\x9C\xAC | \xE3\x80\x82");
	check("emoji with skin tone", "ok \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD!",
	    "ok | \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD | !");
	check("zwj emoji sequence",
	    "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9 hi",
	    "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9 | hi");
	check("invalid byte is a token", "a\xFF" "b", "a | \xFF | b");
	check("empty text", "", "");

	/* Offsets are byte spans of the input. */
	tokenize("  U.S. don't", 12, &toks);
	ok(toks.n == 3 && toks.v[0].start == 2 && toks.v[0].end == 6 &&
	    toks.v[1].start == 7 && toks.v[1].end == 9 &&
	    toks.v[2].start == 9 && toks.v[2].end == 12,
	    "spans are byte offsets of the text");

	/* A long text without spaces is one pass: linear, and whole. */
	{
		static char big[1 << 20];
		size_t i;

		for (i = 0; i < sizeof big; i++)
			big[i] = i % 2 ? '-' : 'a';
		tokenize(big, sizeof big, &toks);
		ok(toks.n == sizeof big, "1 MB of a-a-a-... is %zu tokens",
		    sizeof big);
	}
	tokens_free(&toks);
	buf_free(&b);
	return tap_done();
}
