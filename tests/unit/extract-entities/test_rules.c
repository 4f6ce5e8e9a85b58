/* Pattern rules: phrases, regexes, \K, bad lines, the match limit, and
 * the overlap resolution. */
#include <stdio.h>
#include <string.h>

#include "mention.h"
#include "rules.h"
#include "tap.h"
#include "util.h"

static int
load(struct rules *r, const char *text)
{
	return rules_load(r, "test.rules", text, strlen(text), 1);
}

static int
found(const struct mentions *m, const char *text, const char *span,
    enum etype type)
{
	size_t i, n = strlen(span);

	for (i = 0; i < m->n; i++)
		if (m->v[i].e - m->v[i].s == n && m->v[i].type == type &&
		    memcmp(text + m->v[i].s, span, n) == 0)
			return 1;
	return 0;
}

int
main(void)
{
	struct rules *r;
	struct mentions m = { NULL, 0, 0 };
	struct mention a, b;
	const char *s;
	char evil[64];
	size_t i, n, kept;

	setprogname("test_rules");
	r = rules_new();
	ok(load(r, "# a comment\n\nIslamic State\tORG\n"
	    "/\\bdecree\\s+\\KNo\\.\\s?[0-9]+/i\tLAW\t\t5\n"
	    "@define D [0-9]+\n/{D} widgets/\tQUANTITY\t@text\n"
	    "U.S.\tGPE\tUnited States\n") == 0, "a rule file loads");
	ok(rules_count(r) == 4, "four rules (a @define is none)");
	s = "The Islamic State and Islamic Statehood; DECREE No. 229; "
	    "12 widgets; the U.S. and USAS";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "Islamic State", E_ORG), "a phrase matches");
	ok(m.n == 4, "... only as whole words (%zu matches)", m.n);
	ok(found(&m, s, "No. 229", E_LAW), "\\K leaves out the left context, "
	    "/i ignores case");
	ok(found(&m, s, "12 widgets", E_QUANTITY), "{D} is expanded");
	ok(found(&m, s, "U.S.", E_GPE), "a phrase with full stops");
	ok(m.n > 0 && m.v[0].priority == 1, "user rules default to "
	    "priority 1");

	ok(load(r, "@needs Ago\n/[0-9]+ days/\tDATE\n@needs digit\n"
	    "/No\\.\\s*\\S+/\tLAW\n") == 0, "@needs lines load");
	m.n = 0;
	s = "5 days AGO; No. X";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "5 days", E_DATE) && found(&m, s, "No. X", E_LAW),
	    "a rule runs where its @needs word (any case) or digit is");
	m.n = 0;
	s = "5 days later; No. X";
	rules_match(r, s, strlen(s), &m);
	ok(!found(&m, s, "5 days", E_DATE), "... and not where it is absent");
	m.n = 0;
	s = "No. X";
	rules_match(r, s, strlen(s), &m);
	ok(!found(&m, s, "No. X", E_LAW), "@needs digit skips a sentence "
	    "without one (the hint is trusted)");
	/* a word of an @needs list is found in any ASCII case, and only
	 * where it is */
	ok(load(r, "@needs jan|feb|mar|0s|a.m\n/(?i:\\w+ \\d+)/\tDATE\n")
	    == 0, "an @needs list loads");
	m.n = 0;
	s = "FEB 3";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "FEB 3", E_DATE), "a word of the list in capitals");
	m.n = 0;
	s = "fab 3 jam 4 mra 5";	/* pairs fa ab ja am mr ra, no "feb" */
	rules_match(r, s, strlen(s), &m);
	ok(m.n == 0, "no word of the list: skipped (%zu matches)", m.n);
	m.n = 0;
	s = "1990s 7";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "1990s 7", E_DATE), "a listed word that is no letter "
	    "pair (\"0s\") is still found");
	m.n = 0;
	s = "at 9 A.M 7";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "M 7", E_DATE), "nor is one with a full stop");
	rules_free(r);

	/* The automaton that finds every list's words in one pass: a word
	 * inside a longer one that fails ("bc" of "abce", after "abcd" was
	 * hoped for), words that overlap ("ushers": "she" and "hers"), an
	 * empty word (every sentence has it), bytes past ASCII, and more
	 * lists than one 64-bit set holds. */
	r = rules_new();
	ok(load(r, "@needs abcd|bc\n/\\d+/\tCARDINAL\n"
	    "@needs hers\n/[0-9]+ x/\tQUANTITY\n"
	    "@needs she\n/[0-9]+ y/\tMONEY\n") == 0,
	    "overlapping @needs words load");
	m.n = 0;
	s = "abce 1";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "1", E_CARDINAL), "a word inside a longer one that "
	    "fails is found");
	m.n = 0;
	s = "ABD 1";
	rules_match(r, s, strlen(s), &m);
	ok(m.n == 0, "... and nothing where no word is (%zu)", m.n);
	m.n = 0;
	s = "USHERS 2 x 3 y";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "2 x", E_QUANTITY) && found(&m, s, "3 y", E_MONEY),
	    "words that overlap are both found");
	m.n = 0;
	s = "shes 2 x 3 y";
	rules_match(r, s, strlen(s), &m);
	ok(!found(&m, s, "2 x", E_QUANTITY) && found(&m, s, "3 y", E_MONEY),
	    "... each only where it is");
	ok(load(r, "@needs zzz|\n/[0-9]+ w/\tORDINAL\n"
	    "@needs caf\xc3\xa9\n/[0-9]+ v/\tPERCENT\n") == 0,
	    "an empty @needs word and one past ASCII load (rules added "
	    "after a match remake the automaton)");
	m.n = 0;
	s = "CAF\xc3\xa9 4 w 5 v";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "4 w", E_ORDINAL), "an empty word: every sentence "
	    "has it");
	ok(found(&m, s, "5 v", E_PERCENT), "a word past ASCII, its ASCII "
	    "letters in any case");
	m.n = 0;
	s = "CAF\xc3\x89 5 v";
	rules_match(r, s, strlen(s), &m);
	ok(!found(&m, s, "5 v", E_PERCENT), "... but its other bytes as "
	    "they are");
	rules_free(r);
	r = rules_new();
	for (i = kept = 0; i < 70; i++) {
		char line[64];

		snprintf(line, sizeof line, "@needs qq%zu\n/qq%zu\\b/\tORG\n",
		    i, i);
		kept += load(r, line) == 0;
	}
	ok(kept == 70, "70 @needs lists load");
	m.n = 0;
	s = "qq3 qq64 qq69";
	rules_match(r, s, strlen(s), &m);
	ok(m.n == 3 && found(&m, s, "qq64", E_ORG) && found(&m, s, "qq69",
	    E_ORG), "lists past the 64th are found (%zu)", m.n);
	m.n = 0;
	s = "qq70 qq6";
	rules_match(r, s, strlen(s), &m);
	ok(m.n == 1 && found(&m, s, "qq6", E_ORG), "... and only those "
	    "there (%zu)", m.n);
	/* a byte every match holds (PCRE2's last required code unit), in
	 * either case when the pattern ignores case */
	ok(load(r, "/[0-9]+:[0-9]+/\tTIME\n/[0-9]+ x[a-z]q/i\tQUANTITY\n") ==
	    0, "rules with a required byte load");
	m.n = 0;
	s = "10:30 and 4 XYQ";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "10:30", E_TIME) && found(&m, s, "4 XYQ", E_QUANTITY),
	    "a rule runs where its required byte is, in either case");
	m.n = 0;
	s = "10 30 and 4 XY";
	rules_match(r, s, strlen(s), &m);
	ok(!found(&m, s, "10 30", E_TIME) && m.n == 0, "... and finds nothing "
	    "where it is not (%zu)", m.n);
	/* the @needs lines before a rule all hold, digit and lists alike */
	ok(load(r, "@needs digit\n@needs jan|feb\n@needs ab|cd\n"
	    "/\\w+ \\w+ \\w+/\tEVENT\n") == 0,
	    "three @needs lines before one rule load");
	m.n = 0;
	s = "Feb 9 cd";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "Feb 9 cd", E_EVENT), "a sentence that has all they "
	    "want runs the rule");
	m.n = 0;
	s = "Feb x cd";
	rules_match(r, s, strlen(s), &m);
	ok(!found(&m, s, "Feb x cd", E_EVENT), "... one without the digit "
	    "does not");
	m.n = 0;
	s = "Mar 9 cd";
	rules_match(r, s, strlen(s), &m);
	ok(!found(&m, s, "Mar 9 cd", E_EVENT), "... nor one without a word "
	    "of the first list");
	m.n = 0;
	s = "Feb 9 ef";
	rules_match(r, s, strlen(s), &m);
	ok(!found(&m, s, "Feb 9 ef", E_EVENT), "... nor of the second");
	ok(load(r, "/zz/\tFAC\n") == 0, "a rule after them loads");
	m.n = 0;
	s = "zz";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "zz", E_FAC), "... and needs none of them");
	/* @needs-exact: a word as written, byte for byte; two rules of the
	 * same list share one answer a sentence */
	ok(load(r, "@needs-exact Mon|MON\n/(?i:mon)\\w* [0-9]+/\tDATE\n"
	    "@needs digit\n@needs-exact Mon|MON\n/MON\\w* [0-9]+/\tTIME\n")
	    == 0, "@needs-exact lines load");
	m.n = 0;
	s = "Monday 5, MONTH 6";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "Monday 5", E_DATE) && found(&m, s, "MONTH 6",
	    E_DATE) && found(&m, s, "MONTH 6", E_TIME), "a sentence with a "
	    "word as written runs the rules");
	m.n = 0;
	s = "monday 5, money 6";
	rules_match(r, s, strlen(s), &m);
	ok(!found(&m, s, "monday 5", E_DATE) && !found(&m, s, "money 6",
	    E_DATE), "... one with the words in another case does not");
	m.n = 0;
	s = "in a demon 5";
	rules_match(r, s, strlen(s), &m);
	ok(m.n == 0, "... nor one with none (%zu)", m.n);
	ok(load(r, "@needs-exact\n/x/\tORG\n") < 0, "an empty @needs-exact "
	    "is refused");
	/* \b: a word that must begin a word (the rules' lists only ever
	 * say what a match holds; this one lies, to show what is skipped) */
	ok(load(r, "@needs \\bone|\\btwo|x\\bz\n/one|two|z/i\tNORP\n") ==
	    0, "@needs with \\b loads");
	m.n = 0;
	s = "money -twos";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "two", E_NORP), "a word after a byte of no word "
	    "runs the rule");
	m.n = 0;
	s = "One";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "One", E_NORP), "... so does one at the start, in "
	    "any case");
	m.n = 0;
	s = "x\xc3\xa9one";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "one", E_NORP), "... or after a letter not ASCII, as "
	    "for PCRE2's \\b");
	m.n = 0;
	s = "money, x_one, 9one, atwo, xz";
	rules_match(r, s, strlen(s), &m);
	ok(m.n == 0, "... inside a word (after a letter, _ or a digit) it "
	    "does not (%zu)", m.n);
	m.n = 0;
	s = "x\\bz";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "z", E_NORP), "... a \\b inside a word is a "
	    "backslash and a b");
	ok(load(r, "@needs \\b-one\n/x/\tORG\n") < 0 &&
	    load(r, "@needs a|\\b\n/x/\tORG\n") < 0, "a \\b before no "
	    "letter, digit or _ is refused");
	/* @needs-match: a regex the sentence must match somewhere */
	ok(load(r, "@define D3 [0-9]{3}\n@needs-match {D3}\n"
	    "/#[0-9]/\tMONEY\n@needs-match {D3}\n/[0-9]#/\tPERCENT\n") ==
	    0, "@needs-match lines load");
	m.n = 0;
	s = "#1 and 2# of 123";
	rules_match(r, s, strlen(s), &m);
	ok(found(&m, s, "#1", E_MONEY) && found(&m, s, "2#", E_PERCENT),
	    "a sentence it matches runs the rules");
	m.n = 0;
	s = "#1 and 2# of 12";
	rules_match(r, s, strlen(s), &m);
	ok(m.n == 0, "... one it does not match skips them (%zu)", m.n);
	ok(load(r, "@needs-match\n/x/\tORG\n") < 0, "an empty "
	    "@needs-match is refused");
	ok(load(r, "@needs-match (\n/x/\tORG\n") < 0, "... and a bad one");
	ok(load(r, "@needs-match a\n@needs-match b\n/x/\tORG\n") < 0,
	    "... and a second for one rule");
	ok(load(r, "/(unclosed/\tORG\n") < 0, "a bad regex is refused");
	ok(load(r, "x\tWIDGET\n") < 0, "an unknown type is refused");
	ok(load(r, "x\tORG\tn\tlots\n") < 0, "a bad priority is refused");
	ok(load(r, "x\tORG\t@nope\n") < 0, "an unknown @normaliser is refused");
	ok(load(r, "x\n") < 0, "a line with one field is refused");
	ok(load(r, "/x/q\tORG\n") < 0, "an unknown flag is refused");

	/* a catastrophic pattern stops at the match limit; the others go on */
	ok(load(r, "/(a+)+$/\tORG\n/b$/\tPERSON\n") == 0,
	    "a catastrophic pattern compiles");
	memset(evil, 'a', sizeof evil - 2);
	evil[sizeof evil - 2] = 'b';
	evil[sizeof evil - 1] = '\0';
	m.n = 0;
	rules_match(r, evil, strlen(evil), &m);
	ok(!found(&m, evil, evil, E_ORG), "the runaway rule gives up");
	ok(found(&m, evil, "b", E_PERSON), "the rule after it still runs");
	rules_free(r);

	/* overlaps: priority, then length, then position */
	m.n = 0;
	memset(&a, 0, sizeof a);
	a.s = 0, a.e = 10, a.type = E_DATE;
	mentions_add(&m, &a);
	b = a;
	b.s = 5, b.e = 9, b.type = E_CARDINAL;
	mentions_add(&m, &b);
	b.s = 9, b.e = 12, b.priority = 1, b.type = E_LAW;
	mentions_add(&m, &b);
	b.s = 20, b.e = 22, b.priority = -1, b.type = E_CARDINAL;
	mentions_add(&m, &b);
	mentions_resolve(&m);
	ok(m.n == 3 && m.v[0].type == E_CARDINAL && m.v[1].type == E_LAW &&
	    m.v[2].s == 20, "higher priority beats longer; what overlaps "
	    "a kept mention goes, the rest stay, in text order");
	/* many candidates (a table on one line) take the other path */
	m.n = 0;
	for (i = 0; i < 100; i++) {
		memset(&a, 0, sizeof a);
		a.s = i * 10, a.e = i * 10 + 8, a.type = E_CARDINAL;
		mentions_add(&m, &a);
		a.s = i * 10 + 4, a.e = i * 10 + 12, a.priority = 1;
		a.type = E_MONEY;
		mentions_add(&m, &a);
	}
	a.s = 0, a.e = 3, a.priority = 0, a.type = E_DATE;
	mentions_add(&m, &a);
	mentions_resolve(&m);
	for (i = 0, kept = 0; i < m.n; i++)
		kept += m.v[i].type == E_MONEY;
	ok(m.n == 101 && kept == 100 && m.v[0].type == E_DATE,
	    "201 candidates resolve like a few (%zu kept)", m.n);
	/* candidates of one rank on the same bytes: the first found wins,
	 * on both paths, whatever the C library's qsort does with ties */
	for (n = 2; n <= 200; n += 198) {
		m.n = 0;
		for (i = 0; i < n; i++) {
			memset(&a, 0, sizeof a);
			a.s = i / 2 * 10, a.e = a.s + 5;
			a.type = i % 2 ? E_ORG : E_PERSON;
			mentions_add(&m, &a);
		}
		mentions_resolve(&m);
		for (i = 0, kept = 0; i < m.n; i++)
			kept += m.v[i].type == E_PERSON &&
			    (i == 0 || m.v[i].s > m.v[i - 1].s);
		ok(m.n == n / 2 && kept == n / 2,
		    "%zu candidates, two to each span: the first of each "
		    "pair kept, in text order", n);
	}
	mentions_free(&m);
	ok(etype_parse("NORP") == E_NORP && etype_parse("norp") == E_NONE,
	    "type names are upper case");
	return tap_done();
}
