/* A person's initials spelled out across a corpus: when the corpus is
 * sure of the spelling, and when it is not. */
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
	    "a name of two words stays (one initial and a surname say too "
	    "little across a corpus)");
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
	return tap_done();
}
