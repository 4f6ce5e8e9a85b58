/* A person's name spelled across a corpus, its initials spelled out, a
 * letter misread put right, its diacritics put back, its middle names put
 * in and a surname alone made the name: when the corpus is sure, and when
 * not. */
#include <stdio.h>
#include <string.h>

#include "spell.h"
#include "tap.h"

/* Adds a norm's mentions: times in each of the documents first to last. */
static void
add(struct spellings *s, const char *name, unsigned long first,
    unsigned long last, int times)
{
	unsigned long d;
	int k;

	for (d = first; d <= last; d++)
		for (k = 0; k < times; k++)
			spellings_add(s, name, strlen(name), d);
}

/* The spelling of name, or "" when it stays. */
static const char *
of(const struct spellings *s, const char *name)
{
	static char out[256];
	const char *p;
	size_t n;

	if ((p = spellings_of(s, name, strlen(name), &n)) == NULL)
		return "";
	snprintf(out, sizeof out, "%.*s", (int)n, p);
	return out;
}

int
main(void)
{
	struct spellings *s;

	s = spellings_new();
	add(s, "Charles E. Hughes", 1, 1, 5);
	add(s, "Charles Evans Hughes", 2, 3, 1);
	spellings_resolve(s);
	ok(strcmp(of(s, "Charles E. Hughes"), "Charles Evans Hughes") == 0,
	    "a name named in two documents spells out the initial of another "
	    "document's, though that is more often named");
	ok(strcmp(of(s, "Charles Evans Hughes"), "") == 0,
	    "the spelled name stays itself");
	ok(strcmp(of(s, "Nobody"), "") == 0, "a name never added stays");
	spellings_free(s);

	s = spellings_new();
	add(s, "Charles E. Hughes", 1, 1, 5);
	add(s, "Charles Evans Hughes", 2, 2, 3);
	spellings_resolve(s);
	ok(strcmp(of(s, "Charles E. Hughes"), "") == 0,
	    "a spelling named in one document only is not sure (misread "
	    "print is often on one page)");
	spellings_free(s);

	s = spellings_new();
	add(s, "W. H. Rice", 1, 1, 2);
	add(s, "William H. Rice", 2, 4, 1);
	add(s, "Walter H. Rice", 5, 6, 1);
	add(s, "Harold W. Rice", 7, 9, 3);
	spellings_resolve(s);
	ok(strcmp(of(s, "W. H. Rice"), "") == 0,
	    "two spellings of like counts (William and Walter): neither is "
	    "sure");
	spellings_free(s);

	s = spellings_new();
	add(s, "W. H. Rice", 1, 1, 2);
	add(s, "Harold W. Rice", 2, 4, 3);
	spellings_resolve(s);
	ok(strcmp(of(s, "W. H. Rice"), "") == 0,
	    "initials spell out only in their order (not Harold W. Rice)");
	spellings_free(s);

	s = spellings_new();
	add(s, "Charles E. Hughes", 1, 1, 1);
	add(s, "Charles Evans Hughes", 2, 9, 1);
	add(s, "Charles Evan Hughes", 10, 11, 1);
	spellings_resolve(s);
	ok(strcmp(of(s, "Charles E. Hughes"), "Charles Evans Hughes") == 0,
	    "a spelling with four times the mentions of a rival (misread "
	    "Evan) wins");
	spellings_free(s);

	s = spellings_new();
	add(s, "Charles E. Hughes", 1, 1, 1);
	add(s, "Charles Evans Hughes", 2, 8, 1);
	add(s, "Charles Evan Hughes", 10, 11, 1);
	spellings_resolve(s);
	ok(strcmp(of(s, "Charles E. Hughes"), "") == 0,
	    "with less than four times a rival's, it does not");
	spellings_free(s);

	s = spellings_new();
	add(s, "C. E. Hughes", 1, 1, 1);
	add(s, "Charles E. Hughes", 2, 3, 1);
	add(s, "Charles Evans Hughes", 4, 5, 1);
	add(s, "Clara E. Hughes", 6, 6, 1);
	spellings_resolve(s);
	ok(strcmp(of(s, "C. E. Hughes"), "Charles Evans Hughes") == 0,
	    "a name of two initials reaches the full name through one of one "
	    "initial, counted as that name");
	ok(strcmp(of(s, "Charles E. Hughes"), "Charles Evans Hughes") == 0,
	    "which is itself spelled out");
	spellings_free(s);

	s = spellings_new();
	add(s, "E. Hughes", 1, 1, 3);
	add(s, "Evans Hughes", 2, 5, 1);
	add(s, "W. II", 1, 1, 3);
	add(s, "William II", 2, 5, 1);
	add(s, "John Q. II", 1, 1, 3);
	add(s, "John Quincy II", 2, 5, 1);
	add(s, "Charles E. Hughes", 1, 1, 1);
	add(s, "Charles Ev'ans Hughes", 2, 5, 1);
	spellings_resolve(s);
	ok(strcmp(of(s, "E. Hughes"), "") == 0,
	    "a name of two words is not spelled out from its initial (one "
	    "initial and a surname say too little across a corpus)");
	ok(strcmp(of(s, "W. II"), "") == 0 && strcmp(of(s, "John Q. II"),
	    "") == 0, "so does one whose last word has no small letter "
	    "(misread print)");
	ok(strcmp(of(s, "Charles E. Hughes"), "") == 0,
	    "a spelling with a word of misread print is none");
	spellings_free(s);

	s = spellings_new();
	add(s, "Charles E. Hughes", 7, 7, 1);
	spellings_add(s, "Charles Evans Hughes", 20, 2);
	spellings_add(s, "Charles Evans Hughes", 20, 2);
	spellings_resolve(s);
	ok(strcmp(of(s, "Charles E. Hughes"), "") == 0,
	    "a document's mentions count it once among the documents");
	spellings_free(s);

	/* misreadings */
	s = spellings_new();
	add(s, "Charles Kvans Hughes", 1, 1, 1);
	add(s, "Charles Evan Hughes", 2, 2, 1);
	add(s, "Charles Evanss Hughes", 3, 3, 1);
	add(s, "Charles Evnas Hughes", 4, 4, 1);
	add(s, "Charles Ewns Hughes", 5, 5, 1);
	add(s, "Charlcs Kvans Hughes", 6, 6, 1);
	add(s, "Charles Evans Hughes", 10, 14, 2);
	spellings_resolve(s);
	ok(strcmp(of(s, "Charles Kvans Hughes"), "Charles Evans Hughes") == 0,
	    "a name with a letter misread is the name with ten times its "
	    "mentions");
	ok(strcmp(of(s, "Charles Evan Hughes"), "Charles Evans Hughes") == 0 &&
	    strcmp(of(s, "Charles Evanss Hughes"), "Charles Evans Hughes") ==
	    0 && strcmp(of(s, "Charles Evnas Hughes"), "Charles Evans Hughes")
	    == 0, "so is one with a letter left out, one added, two swapped");
	ok(strcmp(of(s, "Charles Ewns Hughes"), "") == 0 &&
	    strcmp(of(s, "Charlcs Kvans Hughes"), "") == 0,
	    "two letters off, in a word or in two, it stays");
	ok(strcmp(of(s, "Charles Evans Hughes"), "") == 0,
	    "the name misread stays itself");
	spellings_free(s);

	s = spellings_new();
	add(s, "Charles Kvans Hughes", 1, 1, 1);
	add(s, "Charles Evans Hughes", 10, 12, 3);
	add(s, "Raymond Robbins", 1, 1, 2);
	add(s, "Raymond Robins", 2, 2, 20);
	add(s, "Tim Brown", 1, 1, 1);
	add(s, "Tom Brown", 2, 11, 1);
	spellings_resolve(s);
	ok(strcmp(of(s, "Charles Kvans Hughes"), "") == 0,
	    "not with less than ten times its mentions (9)");
	ok(strcmp(of(s, "Raymond Robbins"), "") == 0,
	    "not when the name is named in one document only");
	ok(strcmp(of(s, "Tim Brown"), "") == 0,
	    "not in a word of three letters (Tim, Tom: two names)");
	spellings_free(s);

	s = spellings_new();
	add(s, "Charles Kvans Hughes Vanderbiltington-Smytheworthys "
	    "of Yorkshire", 1, 1, 1);
	add(s, "Charles Evans Hughes Vanderbiltington-Smytheworthys "
	    "of Yorkshire", 2, 12, 1);
	spellings_resolve(s);
	ok(strcmp(of(s, "Charles Kvans Hughes Vanderbiltington-Smytheworthys "
	    "of Yorkshire"), "") == 0,
	    "a norm of 64 bytes or more is not looked at (each of its forms "
	    "costs its length)");
	spellings_free(s);

	s = spellings_new();
	add(s, "Jahn Smith", 1, 1, 1);
	add(s, "John Smith", 2, 5, 10);
	add(s, "Jann Smith", 6, 7, 11);
	add(s, "Kohn Smith", 1, 1, 1);
	spellings_resolve(s);
	ok(strcmp(of(s, "Jahn Smith"), "") == 0,
	    "not when two names it may misread have like counts (40, 22)");
	ok(strcmp(of(s, "Kohn Smith"), "John Smith") == 0,
	    "a name of two words is misread too");
	spellings_free(s);

	s = spellings_new();
	add(s, "Charlet W. Fairbanks", 1, 1, 1);
	add(s, "Charles W. Fairbanks", 2, 3, 5);
	add(s, "Charles Warren Fairbanks", 4, 5, 1);
	add(s, "Charles K. Hughes", 1, 1, 1);
	add(s, "Charles Kvans Hughes", 2, 3, 1);
	add(s, "Charles Evans Hughes", 4, 7, 5);
	spellings_resolve(s);
	ok(strcmp(of(s, "Charlet W. Fairbanks"), "Charles Warren Fairbanks")
	    == 0, "a misread name of initials reaches the name spelled out");
	ok(strcmp(of(s, "Charles K. Hughes"), "Charles Evans Hughes") == 0,
	    "an initial is spelled out by a misread name, counted as the "
	    "name it misreads");
	spellings_free(s);

	s = spellings_new();
	add(s, "Charles K. Hughes", 1, 1, 1);
	add(s, "Charles Kvans Hughes", 2, 3, 1);
	add(s, "Charles Kvtin.s Hughes", 5, 6, 2);
	add(s, "Charles Evans Hughes", 7, 16, 5);
	spellings_resolve(s);
	ok(strcmp(of(s, "Charles K. Hughes"), "Charles Evans Hughes") == 0,
	    "a full stop before a small letter inside a word is misread "
	    "print, no rival spelling (Kvtin.s)");
	spellings_free(s);

	s = spellings_new();
	add(s, "Evans Hughes", 1, 1, 2);
	add(s, "Charles Evans Hughes", 2, 3, 4);
	add(s, "Lloyd George", 1, 1, 1);
	add(s, "David Lloyd George", 2, 2, 3);
	add(s, "W. Perkins", 1, 1, 1);
	add(s, "George W. Perkins", 4, 5, 2);
	add(s, "George Walbridge Perkins", 6, 7, 1);
	add(s, "Henry Smith", 1, 1, 1);
	add(s, "John Henry Smith", 2, 3, 2);
	add(s, "Paul Henry Smith", 4, 4, 2);
	add(s, "Cabot Lodge", 1, 1, 1);
	add(s, "Henry Cabot Lodge", 2, 2, 9);
	spellings_resolve(s);
	ok(strcmp(of(s, "Evans Hughes"), "Charles Evans Hughes") == 0,
	    "a name's last words are the name that ends with them, named "
	    "four times as often in two documents");
	ok(strcmp(of(s, "Lloyd George"), "") == 0,
	    "not when it is named less than four times as often");
	ok(strcmp(of(s, "W. Perkins"), "George Walbridge Perkins") == 0,
	    "the fuller name counts toward its own spelling, and is spelled");
	ok(strcmp(of(s, "Henry Smith"), "") == 0,
	    "two fuller names, neither four times the other: none is sure");
	ok(strcmp(of(s, "Cabot Lodge"), "") == 0,
	    "a fuller name of one document is not sure");
	spellings_free(s);

	s = spellings_new();
	add(s, "Elijah Cummings", 1, 1, 2);
	add(s, "Elijah Eugene Cummings", 2, 5, 2);
	add(s, "Martin Glynn", 1, 1, 1);
	add(s, "Martin H. Glynn", 2, 3, 3);
	add(s, "Martin Jay Glynn", 4, 5, 2);
	add(s, "A. Johnson", 1, 1, 1);
	add(s, "A. R. Johnson", 2, 9, 1);
	spellings_resolve(s);
	ok(strcmp(of(s, "Elijah Cummings"), "Elijah Eugene Cummings") == 0,
	    "a first and a last name are the name with middle names between, "
	    "named four times as often in two documents");
	ok(strcmp(of(s, "Martin Glynn"), "") == 0,
	    "not when another such name has more than a quarter of its "
	    "mentions");
	ok(strcmp(of(s, "A. Johnson"), "") == 0,
	    "nor when the first is an initial");
	spellings_free(s);

	s = spellings_new();
	add(s, "Jaroslaw Kaczynski", 1, 3, 2);
	add(s, "Jaros\xc5\x82" "aw Kaczy\xc5\x84ski", 4, 5, 1);
	add(s, "Hughes", 1, 50, 2);
	add(s, "Hugh\xc3\xa9s", 51, 52, 1);
	add(s, "Erdogan", 1, 2, 3);
	add(s, "Recep Tayyip Erdo\xc4\x9f" "an", 3, 6, 1);
	spellings_resolve(s);
	ok(strcmp(of(s, "Jaroslaw Kaczynski"), "Jaros\xc5\x82" "aw "
	    "Kaczy\xc5\x84ski") == 0, "a name without its diacritics is "
	    "the name with them, named in two documents, though less often");
	ok(strcmp(of(s, "Hughes"), "") == 0,
	    "not a name named ten times as often as the one with them");
	ok(strcmp(of(s, "Erdogan"), "Recep Tayyip Erdo\xc4\x9f" "an") == 0,
	    "a surname alone without its diacritics is the name that ends "
	    "with it");
	spellings_free(s);

	s = spellings_new();
	add(s, "Roosevelt", 1, 40, 3);
	add(s, "Theodore Roosevelt", 1, 25, 2);
	add(s, "T. Roosevelt", 26, 27, 1);	/* spelled: counts toward it */
	add(s, "Franklin Roosevelt", 28, 29, 1);
	add(s, "Roosevelt Declines", 30, 30, 1);
	add(s, "Johnson", 1, 20, 1);
	add(s, "Hiram Johnson", 1, 20, 1);
	add(s, "Walter Johnson", 21, 23, 1);
	add(s, "Mary", 1, 20, 1);
	add(s, "Queen Mary", 1, 10, 1);
	add(s, "Mary Wilson", 11, 16, 1);
	add(s, "Sowerby", 1, 1, 1);
	add(s, "Ernest Sowerby", 1, 2, 1);
	spellings_resolve(s);
	ok(strcmp(of(s, "Roosevelt"), "Theodore Roosevelt") == 0,
	    "a surname alone is the fuller name that ends with it named in "
	    "ten times the documents of any other, its spellings counted "
	    "toward it, though it is more often named");
	ok(strcmp(of(s, "Johnson"), "") == 0,
	    "not when another is named in more than a tenth as many");
	ok(strcmp(of(s, "Mary"), "") == 0,
	    "nor a given name: the names that begin with it are in half the "
	    "documents of those that end with it or more");
	ok(strcmp(of(s, "Sowerby"), "") == 0,
	    "nor a name of fewer than three documents");
	spellings_free(s);
	return tap_done();
}
