/* The name finder: people, organisations, places in sentences, and the
 * fullest name of a person in the document. */
#include <stdio.h>
#include <string.h>

#include "lexicon.h"
#include "names.h"
#include "tap.h"
#include "util.h"

static const char gaz[] =
    "Russia\tGPE\tRussia\tRU\n"
    "Russian\tNORP\tRussia\tRU\n"
    "U.S.\tGPE\tUnited States\tUS\n"
    "United States\tGPE\tUnited States\tUS\n"
    "Moscow\tGPE\tMoscow\t\n";
static const char classes[] =
    "President\ttitle\nForeign\ttitlepre\nMinister\ttitle\nSenator\ttitle\n"
    "Mr.\ttitle\nCouncil\torgcue\ngroup\torgnext\nthe\tfunction\n"
    "of\tconnector\nin\tlocprep\nsaid\tsays\n";
static const char common[] = "policy\nconcept\nsupport\nsecurity\n"
    "national\nforeign\nstate\nxi\n";

static struct mentions m;

static const char *
type_of(const char *text, const char *span)
{
	size_t i, n = strlen(span);

	for (i = 0; i < m.n; i++)
		if (m.v[i].e - m.v[i].s == n &&
		    memcmp(text + m.v[i].s, span, n) == 0)
			return etype_name(m.v[i].type);
	return "none";
}

static void
find(struct lexicon *x, struct people *p, const char *text)
{
	m.n = 0;
	names_find(x, p, text, strlen(text), NAMES_EMIT, &m);
}

/* The words of text as names_words gives them after names_find, as
 * "ent common plain" each, space-separated, into out. */
static void
words_of(struct lexicon *x, struct people *p, const char *text, char *out,
    size_t outsz)
{
	const struct scanned_word *sw;
	size_t n, k, at = 0;

	find(x, p, text);
	n = names_words(p, text, strlen(text), &sw);
	out[0] = '\0';
	for (k = 0; k < n && at < outsz; k++)
		at += (size_t)snprintf(out + at, outsz - at, "%.*s:%s%d%d ",
		    (int)(sw[k].e - sw[k].s), text + sw[k].s,
		    sw[k].ent == NULL ? "-" : sw[k].ent->type != E_NONE ?
		    etype_name(sw[k].ent->type) : "w", sw[k].common,
		    sw[k].plain);
}

/*
 * scan keeps its look-ups of a word by the word's bytes: a word read
 * again (in the sentence, in a later one, in another document) gives
 * what the lexicon gave the first time, whatever its case; a word too
 * long to be kept is looked up every time; another lexicon is not
 * answered from the first one's.  And plain: no ASCII capital and no
 * byte beyond ASCII, of words and of punctuation.
 */
static void
memo_and_plain(struct lexicon *x, struct people *p)
{
	static const char text[] = "Moscow said Policies policies POLICIES "
	    "Moscow said Policies, caf\xc3\xa9 \xe2\x80\x94 de\xc2\xab "
	    "O\xe2\x80\x99" "Brien o\xe2\x80\x99" "brien "
	    "Internationalisationalising Internationalisationalising.";
	static const char want[] = "Moscow:GPE00 said:w01 Policies:-10 "
	    "policies:-01 POLICIES:-10 Moscow:GPE00 said:w01 Policies:-10 "
	    ",:-01 caf\xc3\xa9:-00 \xe2\x80\x94:-00 de:-01 \xc2\xab:-00 "
	    "O\xe2\x80\x99" "Brien:-00 o\xe2\x80\x99" "brien:-00 "
	    "Internationalisationalising:-00 "
	    "Internationalisationalising:-00 .:-01 ";
	static const char gaz2[] = "Policies\tORG\tPolicies Inc\t\n";
	struct lexicon *y = lexicon_new();
	char got[512], again[512];

	words_of(x, p, text, got, sizeof got);
	ok(strcmp(got, want) == 0, "scan's words, entries, commonness and "
	    "plainness, the repeated ones from its memo (%s)", got);
	people_reset(p);
	words_of(x, p, text, again, sizeof again);
	ok(strcmp(again, want) == 0, "... the same in the next document");
	ok(lexicon_load_gazetteer(y, "g2", gaz2, sizeof gaz2 - 1) == 0,
	    "a second lexicon");
	people_reset(p);
	words_of(y, p, "Moscow Policies said.", got, sizeof got);
	ok(strcmp(got, "Moscow:-00 Policies:ORG00 said:-01 .:-01 ") == 0,
	    "another lexicon's words are its own, not the memo's (%s)", got);
	people_reset(p);
	words_of(x, p, "Moscow Policies said.", got, sizeof got);
	ok(strcmp(got, "Moscow:GPE00 Policies:-10 said:w01 .:-01 ") == 0,
	    "... and the first's again its own (%s)", got);
	lexicon_free(y);
}

int
main(void)
{
	struct lexicon *x = lexicon_new();
	struct people *p = people_new();
	const char *s, *doc[] = {
		"Putin spoke.",
		"Russian President Vladimir Putin signed it in Moscow.",
	}, *namesakes[] = {
		"Xi Mendez met reporters.",
		"Jonna Mendez met them too.",
	};
	size_t i;

	setprogname("test_names");
	ok(lexicon_load_gazetteer(x, "g", gaz, sizeof gaz - 1) == 0 &&
	    lexicon_load_classes(x, "c", classes, sizeof classes - 1) == 0 &&
	    lexicon_load_common(x, common, sizeof common - 1) == 0,
	    "the word lists load");
	ok(lexicon_load_classes(x, "c", "word\tnoclass\n", 13) < 0,
	    "an unknown class is refused");
	{
		const struct lexent *le;

		const char *good = "Chas.\tgiven\tCharles\n",
		    *bad[] = { "Gen.\ttitle\tGeneral\n", "Wm.\tgiven\t\n",
		    "Wm.\tgiven\tWilliam\tx\n" };

		ok(lexicon_load_classes(x, "c", good, strlen(good)) == 0 &&
		    (le = lexicon_get(x, "Chas.", 5)) != NULL &&
		    (le->flags & W_GIVEN) && strcmp(lexicon_norm(x, le),
		    "Charles") == 0, "a given name cut short: its name "
		    "spelled out is its norm");
		ok(lexicon_load_classes(x, "c", bad[0], strlen(bad[0])) < 0 &&
		    lexicon_load_classes(x, "c", bad[1], strlen(bad[1])) < 0 &&
		    lexicon_load_classes(x, "c", bad[2], strlen(bad[2])) < 0,
		    "a third field only for a given name, not empty; no fourth");
	}
	ok(lexicon_is_common(x, "policies", 8) && lexicon_is_common(x,
	    "concepts", 8) && !lexicon_is_common(x, "putin", 5),
	    "plurals of common words are common");
	ok(names_misspelt_title(p, x, "Presidnet", 9) &&
	    names_misspelt_title(p, x, "Fresident", 9) &&
	    names_misspelt_title(p, x, "Presiden", 8) &&
	    names_misspelt_title(p, x, "Presidents", 10) &&
	    names_misspelt_title(p, x, "Ministre", 8),
	    "misspelt titles: a byte changed, swapped, left out; a plural");
	ok(!names_misspelt_title(p, x, "President", 9) &&
	    !names_misspelt_title(p, x, "Presidentx", 10) &&
	    !names_misspelt_title(p, x, "Prezidnet", 9) &&
	    !names_misspelt_title(p, x, "presidnet", 9) &&
	    !names_misspelt_title(p, x, "Ministers'", 10),
	    "not a title as written, a letter added but s, two bytes off, "
	    "lower case, a byte beyond letters");
	ok(names_misspelt_title(p, x, "Minster", 7) &&
	    !names_misspelt_title(p, x, "Sonator", 7),
	    "a title of TITLE_LONG letters or more, less one: not a shorter "
	    "one's (Justice, Justine)");

	/* the document is read twice: the first pass learns the people */
	for (i = 0; i < 2; i++)
		names_find(x, p, doc[i], strlen(doc[i]), NAMES_COLLECT, NULL);
	ok(people_fullest(p, "Putin", 5) != NULL &&
	    strcmp(people_fullest(p, "Putin", 5), "Vladimir Putin") == 0,
	    "\"Putin\" is Vladimir Putin");
	ok(people_fullest(p, "Vlad Putin", 10) == NULL,
	    "\"Vlad Putin\" is not");
	find(x, p, doc[0]);
	ok(strcmp(type_of(doc[0], "Putin"), "PERSON") == 0,
	    "a lone surname known from later in the document is a PERSON");
	find(x, p, doc[1]);
	ok(strcmp(type_of(doc[1], "Russian"), "NORP") == 0, "demonym: NORP");
	ok(strcmp(type_of(doc[1], "Vladimir Putin"), "PERSON") == 0,
	    "a title before a name: PERSON without the title");
	ok(strcmp(type_of(doc[1], "Moscow"), "GPE") == 0, "gazetteer: GPE");

	s = "He met Foreign Minister Sergei Lavrov and the National "
	    "Security Council.";
	find(x, p, s);
	ok(strcmp(type_of(s, "Sergei Lavrov"), "PERSON") == 0,
	    "Foreign Minister is a title");
	ok(strcmp(type_of(s, "National Security Council"), "ORG") == 0,
	    "an organisation cue inside: ORG");
	s = "It backs the Foreign Policy Concept of Russia.";
	find(x, p, s);
	ok(strcmp(type_of(s, "Policy Concept"), "none") == 0 &&
	    strcmp(type_of(s, "Foreign Policy Concept"), "none") == 0,
	    "Foreign alone is no title; common words are no person");
	s = "the Islamic State terrorist group and NATO met in Magnitogorsk.";
	find(x, p, s);
	ok(strcmp(type_of(s, "Islamic State"), "ORG") == 0,
	    "an organisation noun after a span: ORG");
	ok(strcmp(type_of(s, "NATO"), "ORG") == 0, "an acronym: ORG");
	ok(strcmp(type_of(s, "Magnitogorsk"), "GPE") == 0,
	    "an unknown word after \"in\": GPE");
	s = "Support SouthFront";
	find(x, p, s);
	ok(m.n == 1 && strcmp(type_of(s, "SouthFront"), "ORG") == 0 &&
	    strcmp(type_of(s, "Support SouthFront"), "none") == 0,
	    "a banner's opening common word is no name; a camel-case brand "
	    "is an ORG");
	s = "He met DeVita and McCarthy.";
	find(x, p, s);
	ok(strcmp(type_of(s, "DeVita"), "ORG") != 0 &&
	    strcmp(type_of(s, "McCarthy"), "ORG") != 0,
	    "surname prefixes are no camel case");
	s = "Putin Approves New Concept of Support Policy";
	find(x, p, s);
	ok(m.n == 1 && strcmp(type_of(s, "Putin"), "PERSON") == 0,
	    "a title-case headline: only the known person");
	s = "the U.S. and Xi Jinping said";
	find(x, p, s);
	ok(strcmp(type_of(s, "U.S."), "GPE") == 0, "U.S. is one word");
	ok(strcmp(type_of(s, "Xi Jinping"), "PERSON") == 0,
	    "a name ending in an uncommon word: PERSON");
	s = "It killed photojournalist Ziad al-Sharabi in Mokha.";
	find(x, p, s);
	ok(strcmp(type_of(s, "Ziad al-Sharabi"), "PERSON") == 0,
	    "al- belongs to the name");

	/* the model's people come during the second pass, sentence by
	 * sentence, after the first pass recorded the rules' (here "Xi", a
	 * common word opening its sentence, keeps the rules from "Xi
	 * Mendez") */
	people_reset(p);
	for (i = 0; i < 2; i++)
		names_find(x, p, namesakes[i], strlen(namesakes[i]),
		    NAMES_COLLECT, NULL);
	find(x, p, namesakes[0]);
	people_add_found(p, namesakes[0], 0, 9);	/* the model's */
	ok(strcmp(people_fullest(p, "Mendez", 6), "Xi Mendez") == 0,
	    "between namesakes seen as often, the one first in the "
	    "document, though the model's is recorded after the first pass");
	find(x, p, namesakes[1]);
	people_add_found(p, namesakes[1], 0, 12);
	ok(strcmp(people_fullest(p, "Mendez", 6), "Xi Mendez") == 0,
	    "a name the model finds where the first pass counted one is "
	    "not counted again");

	people_reset(p);
	ok(people_fullest(p, "Putin", 5) == NULL, "reset forgets");

	/* initials spelled out: by the one name that spells them out, in
	 * order, however often each is seen */
	people_add(p, "Charles E. Hughes", 17);
	people_add(p, "Charles E. Hughes", 17);
	people_add(p, "Charles Kvana Hughes", 20);	/* (misread print) */
	people_add(p, "Charles Evans Hughes", 20);
	ok(strcmp(people_fullest(p, "Hughes", 6), "Charles Evans Hughes") ==
	    0 && strcmp(people_fullest(p, "Charles E. Hughes", 17),
	    "Charles Evans Hughes") == 0 && strcmp(people_fullest(p,
	    "E. Hughes", 9), "Charles Evans Hughes") == 0,
	    "\"Charles E. Hughes\", \"E. Hughes\" and \"Hughes\" are the "
	    "document's one spelled-out \"Charles Evans Hughes\"");
	people_add(p, "Charles Evan Hughes", 19);
	ok(strcmp(people_fullest(p, "Hughes", 6), "Charles E. Hughes") == 0,
	    "... and none of two that spell it out (\"Evans\", \"Evan\")");
	people_add(p, "Harold W. Rice", 14);
	people_add(p, "W. H. Rice", 10);
	people_add(p, "W. W. Daniel", 12);
	people_add(p, "David Wistar Daniel", 19);
	ok(strcmp(people_fullest(p, "W. H. Rice", 10), "W. H. Rice") == 0 &&
	    strcmp(people_fullest(p, "W. W. Daniel", 12), "W. W. Daniel") ==
	    0, "initials are spelled out in their order, each by a word of "
	    "its own (not \"Harold W. Rice\", \"David Wistar Daniel\")");
	people_reset(p);

	/* namesakes: most words, then most often seen, then seen first */
	people_add(p, "Tony Mendez", 11);
	people_add(p, "Jonna Mendez", 12);
	ok(strcmp(people_fullest(p, "Mendez", 6), "Tony Mendez") == 0,
	    "between namesakes seen as often, the one seen first");
	people_add(p, "Jonna Mendez", 12);
	ok(strcmp(people_fullest(p, "Mendez", 6), "Jonna Mendez") == 0,
	    "... else the one seen more often");
	people_add(p, "Antonio Joseph Mendez", 21);
	ok(strcmp(people_fullest(p, "Mendez", 6), "Antonio Joseph Mendez")
	    == 0 && strcmp(people_fullest(p, "Tony Mendez", 11),
	    "Tony Mendez") == 0, "... but first the one with most words "
	    "holding every word of the name");
	/* many distinct names: the look-ups walk one last word's chain, and
	 * a document keeps at most PEOPLE_MAX names */
	for (i = 0; i < PEOPLE_MAX + 100; i++) {
		char name[32];

		snprintf(name, sizeof name, "Person%zu Surname%zu", i, i);
		people_add(p, name, strlen(name));
	}
	ok(people_fullest(p, "Surname9996", 11) != NULL &&
	    strcmp(people_fullest(p, "Surname9996", 11),
	    "Person9996 Surname9996") == 0, "the 10,000th name is found");
	ok(people_fullest(p, "Surname9997", 11) == NULL,
	    "names past PEOPLE_MAX (with the 3 above) are not recorded");
	ok(strcmp(people_fullest(p, "Mendez", 6), "Antonio Joseph Mendez")
	    == 0, "... and the earlier ones are still found");

	/* a first name alone: the person of most words who has it first,
	 * met in the order recorded (two of as many words first: no one),
	 * in a chain kept across the table's growth */
	people_reset(p);
	people_add(p, "Angelo Mariani", 14);
	ok(people_fullest(p, "Angelo", 6) != NULL &&
	    strcmp(people_fullest(p, "Angelo", 6), "Angelo Mariani") == 0,
	    "a first name alone is its one person");
	ok(people_fullest(p, "Mariani", 7) != NULL && people_fullest(p,
	    "Angel", 5) == NULL && people_fullest(p, "Mar", 3) == NULL,
	    "... a whole first word, not a beginning of one");
	people_add(p, "Angelo Carlo Rossi", 18);
	for (i = 0; i < 40; i++) {
		char name[32];

		snprintf(name, sizeof name, "Someone%zu Else", i);
		people_add(p, name, strlen(name));
	}
	ok(people_fullest(p, "Angelo", 6) != NULL &&
	    strcmp(people_fullest(p, "Angelo", 6), "Angelo Carlo Rossi") == 0,
	    "... the one of more words after one of fewer");
	people_add(p, "Angelo Bruno", 12);
	ok(people_fullest(p, "Angelo", 6) != NULL &&
	    strcmp(people_fullest(p, "Angelo", 6), "Angelo Carlo Rossi") == 0,
	    "... and still, a namesake of fewer words after it");
	people_reset(p);
	people_add(p, "Angelo Mariani", 14);
	people_add(p, "Angelo Bruno", 12);
	people_add(p, "Angelo Carlo Rossi", 18);
	ok(people_fullest(p, "Angelo", 6) == NULL, "two of as many words "
	    "before a fuller one: no one (the order recorded decides)");

	/* the words of the sentence read last, for the name model */
	s = "Mr. Xi said the Policies of Moscow.";
	find(x, p, s);
	{
		const struct scanned_word *sw;
		size_t n = names_words(p, s, strlen(s), &sw), k, found = 0;

		for (k = 0; k < n; k++) {
			const char *w = s + sw[k].s;
			size_t len = sw[k].e - sw[k].s;

			if (len == 3 && memcmp(w, "Mr.", 3) == 0)
				found += sw[k].ent != NULL &&
				    (sw[k].ent->flags & W_TITLE);
			if (len == 6 && memcmp(w, "Moscow", 6) == 0)
				found += sw[k].ent != NULL &&
				    sw[k].ent->type == E_GPE;
			if (len == 8 && memcmp(w, "Policies", 8) == 0)
				found += sw[k].ent == NULL && sw[k].common;
			if (len == 2 && memcmp(w, "Xi", 2) == 0)
				found += sw[k].common;
		}
		ok(n == 8 && found == 4, "names_words: the sentence's words "
		    "with their entries, a capitalised word's commonness "
		    "(%zu words, %zu right)", n, found);
		ok(names_words(p, doc[0], strlen(doc[0]), &sw) == 0,
		    "... and none for another sentence");
	}
	memo_and_plain(x, p);
	mentions_free(&m);
	people_free(p);
	lexicon_free(x);
	return tap_done();
}
