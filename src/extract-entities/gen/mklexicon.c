/*
 * mklexicon - writes the image of the built-in lexicon (lexicon.h) that
 * extract-entities embeds, so that it uses its word lists in place
 * instead of hashing them at every start.  Run by tool.mk:
 *
 *	mklexicon OUT names.tsv gazetteer.tsv common-words.txt
 *
 * The same files give the same bytes.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "../lexicon.h"
#include "util.h"

int
main(int argc, char **argv)
{
	char *classes, *gaz, *common;
	size_t nclasses, ngaz, ncommon;
	struct lexicon *x;
	FILE *f;

	setprogname(argv[0]);
	if (argc != 5)
		die(EXIT_USAGE, "usage: mklexicon OUT names.tsv gazetteer.tsv "
		    "common-words.txt");
	classes = read_file(argv[2], &nclasses);
	gaz = read_file(argv[3], &ngaz);
	common = read_file(argv[4], &ncommon);
	x = lexicon_new();
	/* the order of extract-entities' loaders before images */
	if (lexicon_load_classes(x, "names.tsv", classes, nclasses) < 0 ||
	    lexicon_load_gazetteer(x, "gazetteer.tsv", gaz, ngaz) < 0 ||
	    lexicon_load_common(x, common, ncommon) < 0)
		exit(EXIT_DATA);
	if ((f = fopen(argv[1], "wb")) == NULL)
		die(EXIT_DATA, "%s: %s", argv[1], strerror(errno));
	if (lexicon_write_image(x, f) < 0 || fclose(f) != 0)
		die(EXIT_DATA, "%s: %s", argv[1], strerror(errno));
	lexicon_free(x);
	free(classes);
	free(gaz);
	free(common);
	return 0;
}
