/* What a document teaches about its short names: acronyms it defines,
 * ships.  What they teach, and what they do not. */
#include <stdio.h>
#include <string.h>

#include "aliases.h"
#include "tap.h"

static struct mention
mention_at(const char *text, const char *what, enum etype type)
{
	struct mention m;
	const char *p = strstr(text, what);

	memset(&m, 0, sizeof m);
	m.s = (size_t)(p - text);
	m.e = m.s + strlen(what);
	m.type = type;
	m.how = N_TEXT;
	return m;
}

/* Learns from text with the n mentions given, then applies what it learnt
 * to an ORG "ACR" in later. */
static struct mentions
after(struct aliases *a, const char *text, const struct mention *given,
    size_t n, const char *later)
{
	struct mentions ms = { NULL, 0, 0 }, out = { NULL, 0, 0 };
	struct mention m;
	size_t i;

	aliases_reset(a);
	for (i = 0; i < n; i++)
		mentions_add(&ms, &given[i]);
	aliases_learn(a, text, strlen(text), &ms);
	mentions_free(&ms);
	m = mention_at(later, "ACR", E_ORG);
	mentions_add(&out, &m);
	aliases_apply(a, later, &out);
	return out;
}

/* The mentions left of one, what (a type of name), in text, after
 * aliases_apply, when learn after aliases_learn too. */
static size_t
left(struct aliases *a, const char *text, const char *what,
    enum etype type, int learn)
{
	struct mentions ms = { NULL, 0, 0 };
	struct mention m = mention_at(text, what, type);
	size_t n;

	mentions_add(&ms, &m);
	if (learn)
		aliases_learn(a, text, strlen(text), &ms);
	aliases_apply(a, text, &ms);
	n = ms.n;
	mentions_free(&ms);
	return n;
}

/* Whether an "ACR" of type and how in "ACR said." is renamed by what
 * a, learnt from the Atlantic Clearing Registry, knows. */
static int
renamed(const struct aliases *a, enum etype type, enum normaliser how)
{
	struct mentions ms = { NULL, 0, 0 };
	struct mention m = mention_at("ACR said.", "ACR", type);
	int r;

	m.how = how;
	m.norm = how == N_FIXED ? "Gazetteer Name" : NULL;
	mentions_add(&ms, &m);
	aliases_apply(a, "ACR said.", &ms);
	r = ms.n != 1 || ms.v[0].type != type || ms.v[0].how != how ||
	    (how == N_FIXED && strcmp(ms.v[0].norm, "Gazetteer Name") != 0);
	mentions_free(&ms);
	return r;
}

int
main(void)
{
	struct aliases *a = aliases_new();
	struct mentions out;
	struct mention m;
	const char *t, *later = "ACR said.";

	/* the expansion is no name ("Automatic Identification System (AIS)"):
	 * the acronym is none either */
	t = "Ships use the Automatic Cargo Register (ACR) at sea.";
	out = after(a, t, NULL, 0, later);
	ok(out.n == 0, "an acronym of no name is dropped (%zu left)", out.n);
	mentions_free(&out);

	/* the expansion is an organisation: the acronym is one, with its name */
	t = "the Atlantic Clearing Registry (ACR) said";
	m = mention_at(t, "Atlantic Clearing Registry", E_ORG);
	out = after(a, t, &m, 1, later);
	ok(out.n == 1 && out.v[0].type == E_ORG && out.v[0].how == N_FIXED &&
	    strcmp(out.v[0].norm, "Atlantic Clearing Registry") == 0,
	    "an acronym of an organisation takes its name as norm");
	mentions_free(&out);

	/* a place ends the expansion: "New South Wales (NSW)" */
	t = "the Parliament of Alpha Central Region (ACR) met";
	m = mention_at(t, "Alpha Central Region", E_GPE);
	out = after(a, t, &m, 1, later);
	ok(out.n == 1 && out.v[0].type == E_GPE,
	    "the initials are matched from the end: the place's acronym is a place");
	mentions_free(&out);

	/* a name covering part of the expansion teaches nothing */
	t = "an Acting Chief of Rescue (ACR) came";
	m = mention_at(t, "Rescue", E_ORG);
	out = after(a, t, &m, 1, later);
	ok(out.n == 1 && out.v[0].type == E_ORG && out.v[0].how == N_TEXT,
	    "\"Member of Parliament (MP)\": a partial name leaves the acronym alone");
	mentions_free(&out);

	/* function words are skipped, hyphens part words, tokenised spaces */
	t = "the Agence Centrale-Routiere ( ACR ) wrote";
	m = mention_at(t, "Agence Centrale-Routiere", E_ORG);
	out = after(a, t, &m, 1, later);
	ok(out.n == 1 && out.v[0].how == N_FIXED,
	    "a hyphen parts words, \"( ACR )\" is read as \"(ACR)\"");
	mentions_free(&out);
	t = "the Association for Civil Rights (ACR) wrote";
	m = mention_at(t, "Association for Civil Rights", E_ORG);
	out = after(a, t, &m, 1, later);
	ok(out.n == 1 && out.v[0].how == N_FIXED,
	    "\"for\" is skipped in the initials");
	mentions_free(&out);
	/* a small word is spelt when skipping it spells nothing: "Department
	 * of Justice (DOJ)" */
	t = "the Agency of Cars (AOC) wrote; ACR";
	m = mention_at(t, "Agency of Cars", E_ORG);
	{
		struct mentions ms = { NULL, 0, 0 }, o = { NULL, 0, 0 };
		struct mention x;

		aliases_reset(a);
		mentions_add(&ms, &m);
		aliases_learn(a, t, strlen(t), &ms);
		x = mention_at("AOC said.", "AOC", E_ORG);
		mentions_add(&o, &x);
		aliases_apply(a, "AOC said.", &o);
		ok(o.n == 1 && o.v[0].how == N_FIXED &&
		    strcmp(o.v[0].norm, "Agency of Cars") == 0,
		    "\"of\" spells the O of AOC when skipping it cannot");
		mentions_free(&ms);
		mentions_free(&o);
	}

	/* initials that do not spell it: no definition */
	t = "the Big Orange Tree (ACR) grew";
	out = after(a, t, NULL, 0, later);
	ok(out.n == 1 && out.v[0].type == E_ORG && out.v[0].how == N_TEXT,
	    "a parenthesis whose initials do not match defines nothing");
	mentions_free(&out);

	/* a new document forgets */
	t = "Ships use the Automatic Cargo Register (ACR) at sea.";
	out = after(a, t, NULL, 0, later);
	mentions_free(&out);
	aliases_reset(a);
	ok(left(a, later, "ACR", E_ORG, 0) == 1,
	    "aliases_reset forgets the definitions");

	/* the initials of an organisation named before stand for it */
	t = "the Atlantic Clearing Registry said";
	m = mention_at(t, "Atlantic Clearing Registry", E_ORG);
	out = after(a, t, &m, 1, later);
	ok(out.n == 1 && out.v[0].how == N_FIXED &&
	    strcmp(out.v[0].norm, "Atlantic Clearing Registry") == 0,
	    "\"MSMU\" after \"Moscow State Medical University\" is that university");
	mentions_free(&out);
	ok(renamed(a, E_ORG, N_FIXED) == 0,
	    "initials do not rename an organisation the gazetteer knows");
	ok(renamed(a, E_PERSON, N_TEXT) == 0, "nor a name of another type");
	t = "the Atlantic CLEARING Registry said";
	m = mention_at(t, "Atlantic CLEARING Registry", E_ORG);
	out = after(a, t, &m, 1, later);
	ok(out.n == 1 && out.v[0].how == N_TEXT,
	    "a word in capitals is no word of a name to take initials of");
	mentions_free(&out);
	t = "the Atlantic Registry said";
	m = mention_at(t, "Atlantic Registry", E_ORG);
	out = after(a, t, &m, 1, "AR said.");
	ok(out.n == 0 || out.v[0].how == N_TEXT,
	    "two initials teach nothing (\"ST\" in misread print)");
	mentions_free(&out);
	/* the text's own definition is not overridden by initials */
	t = "Ships use the Automatic Cargo Register (ACR) at sea.";
	out = after(a, t, NULL, 0, later);
	mentions_free(&out);
	t = "the Atlantic Clearing Registry said";
	ok(left(a, t, "Atlantic Clearing Registry", E_ORG, 1) == 1, "(set-up)");
	ok(left(a, later, "ACR", E_ORG, 0) == 0,
	    "an acronym the text defined keeps that meaning");

	/* a mention's norm outlives what the document teaches after it:
	 * extract-entities writes a document's mentions when it ends */
	{
		struct mentions first = { NULL, 0, 0 }, ms = { NULL, 0, 0 };
		char text[64];
		int i;

		aliases_reset(a);
		t = "the Atlantic Clearing Registry (ACR) said";
		m = mention_at(t, "Atlantic Clearing Registry", E_ORG);
		mentions_add(&ms, &m);
		aliases_learn(a, t, strlen(t), &ms);
		m = mention_at(later, "ACR", E_ORG);
		mentions_add(&first, &m);
		aliases_apply(a, later, &first);
		t = "the Alpine Climbing Rescue (ACR) said";
		ms.n = 0;
		m = mention_at(t, "Alpine Climbing Rescue", E_ORG);
		mentions_add(&ms, &m);
		aliases_learn(a, t, strlen(t), &ms);
		for (i = 0; i < 300; i++) {	/* more than ALIASES_MAX */
			snprintf(text, sizeof text, "Org%d Ab Cd Ef", i);
			ms.n = 0;
			m = mention_at(text, text, E_ORG);
			mentions_add(&ms, &m);
			aliases_learn(a, text, strlen(text), &ms);
		}
		ok(first.n == 1 && strcmp(mention_norm(&first.v[0]),
		    "Atlantic Clearing Registry") == 0,
		    "an acronym defined again keeps its first meaning for the mentions before");
		mentions_free(&first);
		mentions_free(&ms);
	}

	/* a ship, with its prefix or without, is no name */
	aliases_reset(a);
	ok(left(a, "the cargo ship MV Namse Bangdzod sank",
	    "MV Namse Bangdzod", E_ORG, 1) == 0,
	    "a ship's name with its prefix is no name");
	ok(left(a, "The crew of Namse Bangdzod wrote.", "Namse Bangdzod",
	    E_PERSON, 0) == 0, "nor without it, later in the document");
	aliases_reset(a);
	ok(left(a, "the submarine USS Grayback sank", "Grayback", E_PERSON,
	    1) == 0, "a name after a ship's prefix is a ship's");

	aliases_free(a);
	return tap_done();
}
