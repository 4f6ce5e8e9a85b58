/*
 * Unit tests of the language identifier (src/tag/language.c): the rules
 * of tag(1) LANGUAGE, each on the smallest text that shows it.
 */
#include <string.h>

#include "language.h"
#include "tap.h"

/* Whether the verdict on text, fed in one piece, is want. */
static void
is_verdict(const char *text, const char *want, const char *name)
{
	struct language_sample s;

	language_reset(&s);
	language_add(&s, text, strlen(text));
	ok(strcmp(language_verdict(&s), want) == 0, "%s", name);
}

/* text repeated n times, words parted by a space, into buf. */
static const char *
repeat(char *buf, size_t size, const char *text, int n)
{
	size_t len = 0, tl = strlen(text);

	while (n-- > 0 && len + tl + 2 < size) {
		memcpy(buf + len, text, tl);
		len += tl;
		buf[len++] = ' ';
	}
	buf[len] = '\0';
	return buf;
}

int
main(void)
{
	static char buf[200000];
	struct language_sample s;
	size_t i;
	int full = 0;

	is_verdict("The man said that he was in the house of his "
	    "father and the rest of them were at the station with all of "
	    "their things", "en", "an English sentence of 27 words");
	is_verdict("Der Mann sagte, dass er mit dem Hund auf der "
	    "Straße war und nicht nach Hause kam, weil es noch zu früh für "
	    "die Arbeit war", "de", "a German one, \"für\" in UTF-8");
	is_verdict("the of and to in is that for on was with as by "
	    "it at from his her he she", "en", "20 words are enough");
	is_verdict("the of and to in is that for on was with as by "
	    "it at from his her he", "", "19 words are too few: empty");
	is_verdict("ÜBER DIE STRASSE UND DURCH DEN WALD ZU DER "
	    "STADT IST ES WEIT FÜR DEN MANN MIT DEM HUND UND DAS KIND",
	    "de", "capitals are lowered, \"ÜBER\" and \"FÜR\" too");
	is_verdict("xq zv wk pr tm bl gr hn kz qq xq zv wk pr tm bl "
	    "gr hn kz qq xq zv", "other",
	    "no common word at all: other");
	is_verdict("the the the the the the the the the the the the "
	    "the the the the the the the the the the", "other",
	    "one word, however often, is not four kinds: other");
	/* de and la are Spanish, French, Italian and Portuguese alike:
	 * each gets the hits, none the margin */
	is_verdict("de la de la de la de la de la de la de la de la "
	    "de la de la se un", "other",
	    "words common to several languages give no margin: other");
	is_verdict("in is on in is on in is on in is on in is on in "
	    "is on in is on", "other",
	    "three kinds of common word are not enough: other");
	is_verdict("said, (the) of! and? to... in; is: that--for "
	    "on 'was' with as by it at from his her he she", "en",
	    "punctuation around a word is left out");
	is_verdict("the1916 of2 and3 to4 in5 is6 that7 for8 on9 "
	    "was10 with as by it at from his her he she", "en",
	    "digits in a word are left out");

	/* 3 % of the sample at least: 4 English words in 980 of noise
	 * (4 kinds, no other language) are too few */
	repeat(buf, sizeof buf, "xqz", 980);
	strcat(buf, "the of and to");
	is_verdict(buf, "other",
	    "common words under 3 % of the sample: other");
	repeat(buf, sizeof buf, "xqz", 960);
	repeat(buf + strlen(buf), sizeof buf - strlen(buf),
	    "the of and to", 10);
	is_verdict(buf, "en", "40 in 1000 words: en");
	/* only the first 1000 words are looked at */
	repeat(buf, sizeof buf, "xqz", 1000);
	repeat(buf + strlen(buf), sizeof buf - strlen(buf),
	    "the of and to", 500);
	is_verdict(buf, "other",
	    "words past the first 1000 count for nothing");

	language_reset(&s);
	language_add(&s, "FÜR ÜBER Für über", strlen("FÜR ÜBER Für über"));
	ok(s.hits[1] == 4 && s.kinds[1] == 2,
	    "capitals are lowered: FÜR and ÜBER are German's für and über");

	/* fed a piece at a time, as tag feeds a document's records */
	language_reset(&s);
	for (i = 0; i < 60 && !full; i++)
		full = language_add(&s, "de het een en van dat op", 24);
	ok(full && i == 29, "full once a language has 200 hits (%zu pieces)",
	    i);
	ok(strcmp(language_verdict(&s), "nl") == 0, "pieces add up: nl");
	language_reset(&s);
	ok(language_add(&s, "the of and", 10) == 0 && s.words == 3,
	    "a short piece leaves the sample open");
	return tap_done();
}
