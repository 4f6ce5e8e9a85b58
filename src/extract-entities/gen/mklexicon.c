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
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "input.h"
#include "../lexicon.h"
#include "util.h"

static void
slurp(const char *path, struct buf *b)
{
	int fd;

	if ((fd = input_open(path)) < 0 || read_all(fd, b, SIZE_MAX) < 0)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	input_close(fd);
}

int
main(int argc, char **argv)
{
	struct buf classes = BUF_INIT, gaz = BUF_INIT, common = BUF_INIT;
	struct lexicon *x;
	FILE *f;

	setprogname(argv[0]);
	if (argc != 5)
		die(EXIT_USAGE, "usage: mklexicon OUT names.tsv gazetteer.tsv "
		    "common-words.txt");
	slurp(argv[2], &classes);
	slurp(argv[3], &gaz);
	slurp(argv[4], &common);
	x = lexicon_new();
	/* the order of extract-entities' loaders before images */
	if (lexicon_load_classes(x, "names.tsv", classes.data ?
	    classes.data : "", classes.len) < 0 ||
	    lexicon_load_gazetteer(x, "gazetteer.tsv", gaz.data ?
	    gaz.data : "", gaz.len) < 0 ||
	    lexicon_load_common(x, common.data ? common.data : "",
	    common.len) < 0)
		exit(EXIT_DATA);
	if ((f = fopen(argv[1], "wb")) == NULL)
		die(EXIT_DATA, "%s: %s", argv[1], strerror(errno));
	if (lexicon_write_image(x, f) < 0 || fclose(f) != 0)
		die(EXIT_DATA, "%s: %s", argv[1], strerror(errno));
	lexicon_free(x);
	buf_free(&classes);
	buf_free(&gaz);
	buf_free(&common);
	return 0;
}
