/*
 * dedupe - exact and near-duplicate, count and boilerplate detection on
 * a quarry record stream.  See dedupe(1).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dedupe.h"
#include "fold.h"
#include "input.h"
#include "out.h"
#include "util.h"

static const char usage_text[] =
    "usage: dedupe [-cmn] [-k COL,...] [-f FOLD,...] [--by doc|row] "
    "[-t T]\n"
    "              [--min-docs N [--keep-copies]] [--dup-empty]\n"
    "              [--files-from LIST] [FILE...]\n"
    "       dedupe --emit-bands [--shard N] [-k COL,...] [FILE...]\n"
    "       dedupe --join-bands [-t T] [FILE...]\n"
    "       dedupe --apply VERDICTS [-m] [FILE...]\n"
    "  -k, --key COLS       key columns (default: text)\n"
    "  -f, --fold LIST      fold keys: case,space,punct,unicode,all\n"
    "      --by doc|row     the unit: a record (row) or a document\n"
    "  -n, --near           near duplicates (MinHash, LSH)\n"
    "  -t, --threshold T    near: least estimated Jaccard (default 0.3)\n"
    "  -m, --mark           keep every record, add dup_of, cluster\n"
    "                       (and similarity with --near)\n"
    "  -c, --count          one record per key: key, count, docs\n"
    "      --min-docs N     drop (-m: mark) keys in N or more documents\n"
    "      --keep-copies    -m --min-docs: a document mostly of marked\n"
    "                       paragraphs is a copy, its body stays unmarked\n"
    "      --dup-empty      empty keys are duplicates of each other\n"
    "      --files-from LIST\n"
    "                       also read the files LIST names, one a line\n"
    "      --emit-bands     map step: band lines of each document\n"
    "      --shard N        the map's shard number, in input order\n"
    "      --join-bands     reduce step: verdicts from sorted band lines\n"
    "      --apply VERDICTS drop or mark the documents of VERDICTS\n"
    "  -h, --help           this help\n"
    "      --version        the version\n";

static void
usage_error(const char *msg)
{
	die(EXIT_USAGE, "%s (see dedupe --help)", msg);
}

/* "0.5", ".85", "1": thousandths from 0 to 1000, or -1. */
static long
parse_threshold(const char *s)
{
	long v = 0, scale = 1000;

	if (*s == '1' && (s[1] == '\0' || strspn(s + 1, ".0") ==
	    strlen(s + 1)))
		return 1000;
	if (*s == '0')
		s++;
	if (*s == '\0')
		return 0;
	if (*s++ != '.' || *s == '\0')
		return -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9' || scale == 1)
			return -1;
		scale /= 10;
		v += (*s - '0') * scale;
	}
	return v;
}

static uint64_t
parse_count(const char *s, const char *what)
{
	char *end;
	unsigned long long v;

	if (*s < '0' || *s > '9' || (v = strtoull(s, &end, 10), *end))
		die(EXIT_USAGE, "%s: not a number: %s", what, s);
	return v;
}

enum {
	OPT_BY = 256, OPT_MIN_DOCS, OPT_DUP_EMPTY, OPT_EMIT, OPT_SHARD,
	OPT_JOIN, OPT_APPLY, OPT_FILES_FROM, OPT_KEEP_COPIES, OPT_VERSION
};

/*
 * The n files given, then the paths listed in the file list, one a line
 * (empty lines skipped): more inputs than a command line holds.  The
 * paths point into *held, which must outlive them.
 */
static char **
files_from(const char *list, char **files, int *n, struct buf *held)
{
	char **all, *p, *nl, *end;
	int fd, cap, count = *n;

	if ((fd = input_open(list)) < 0 ||
	    read_all(fd, held, (size_t)1 << 30) < 0)
		die(EXIT_DATA, "%s: %s", list, strerror(errno));
	input_close(fd);
	cap = count + 16;
	all = ereallocarray(NULL, (size_t)cap + 1, sizeof *all);
	memcpy(all, files, (size_t)count * sizeof *all);
	p = held->data;
	end = held->data + held->len;
	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		*nl = '\0';	/* (read_all leaves a NUL at end) */
		if (nl == p)
			continue;
		if (count == cap) {
			cap *= 2;
			all = ereallocarray(all, (size_t)cap + 1,
			    sizeof *all);
		}
		all[count++] = p;
	}
	if (count == *n)
		die(EXIT_DATA, "%s: lists no file", list);
	all[count] = NULL;
	*n = count;
	return all;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "key", required_argument, NULL, 'k' },
		{ "fold", required_argument, NULL, 'f' },
		{ "by", required_argument, NULL, OPT_BY },
		{ "near", no_argument, NULL, 'n' },
		{ "threshold", required_argument, NULL, 't' },
		{ "mark", no_argument, NULL, 'm' },
		{ "count", no_argument, NULL, 'c' },
		{ "min-docs", required_argument, NULL, OPT_MIN_DOCS },
		{ "dup-empty", no_argument, NULL, OPT_DUP_EMPTY },
		{ "keep-copies", no_argument, NULL, OPT_KEEP_COPIES },
		{ "emit-bands", no_argument, NULL, OPT_EMIT },
		{ "shard", required_argument, NULL, OPT_SHARD },
		{ "join-bands", no_argument, NULL, OPT_JOIN },
		{ "apply", required_argument, NULL, OPT_APPLY },
		{ "files-from", required_argument, NULL, OPT_FILES_FROM },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct dedupe_opts o = { "text", 0, 0, 0, DEDUPE_THRESHOLD, 0, 0, 0,
	    0, 0, 0, NULL };
	static char *stdin_only[] = { "-", NULL };
	int ch, emit = 0, join = 0, tset = 0, shardset = 0, status;
	const char *list = NULL;
	struct buf held = BUF_INIT;
	char **listed = NULL;
	long t;

	setprogname(argv[0]);
	while ((ch = getopt_long(argc, argv, "k:f:nt:mch", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'k':
			if (*optarg == '\0' || strstr(optarg, ",,") ||
			    optarg[strlen(optarg) - 1] == ',' || *optarg == ',')
				usage_error("-k: empty column name");
			o.keyspec = optarg;
			break;
		case 'f':
			if ((o.fold = fold_parse(optarg)) < 0)
				die(EXIT_USAGE, "-f: unknown fold in '%s' "
				    "(case, space, punct, unicode, all)",
				    optarg);
			break;
		case OPT_BY:
			if (strcmp(optarg, "doc") == 0)
				o.by_doc = 1;
			else if (strcmp(optarg, "row") == 0)
				o.by_doc = 0;
			else
				usage_error("--by: doc or row");
			break;
		case 'n':
			o.near = 1;
			break;
		case 't':
			if ((t = parse_threshold(optarg)) < 0)
				die(EXIT_USAGE, "-t: not a number from 0 to "
				    "1 (at most 3 decimals): %s", optarg);
			o.threshold = (unsigned)t;
			tset = 1;
			break;
		case 'm':
			o.mark = 1;
			break;
		case 'c':
			o.count = 1;
			break;
		case OPT_MIN_DOCS:
			if ((o.min_docs = parse_count(optarg, "--min-docs")) ==
			    0)
				usage_error("--min-docs: at least 1");
			break;
		case OPT_DUP_EMPTY:
			o.dup_empty = 1;
			break;
		case OPT_KEEP_COPIES:
			o.keep_copies = 1;
			break;
		case OPT_EMIT:
			emit = 1;
			break;
		case OPT_SHARD:
			o.shard = parse_count(optarg, "--shard");
			shardset = 1;
			break;
		case OPT_JOIN:
			join = 1;
			break;
		case OPT_APPLY:
			o.apply = optarg;
			break;
		case OPT_FILES_FROM:
			list = optarg;
			break;
		case 'h':
			out_str(usage_text);
			out_close();
			return 0;
		case OPT_VERSION:
			print_version();
		default:
			fputs(usage_text, stderr);
			return EXIT_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if (list != NULL)
		argv = listed = files_from(list, argv, &argc, &held);
	if (argc == 0) {
		argc = 1;
		argv = stdin_only;
	}

	if (emit + join + (o.apply != NULL) + o.count + (o.min_docs > 0) > 1)
		usage_error("--emit-bands, --join-bands, --apply, --count and "
		    "--min-docs are separate modes");
	if (tset && !o.near && !join)
		usage_error("-t goes with --near or --join-bands");
	if (o.count && (o.mark || o.by_doc || o.near))
		usage_error("--count works on rows, without --mark or --near");
	if (o.min_docs && (o.by_doc || o.near))
		usage_error("--min-docs works on rows, without --near");
	if (o.keep_copies && !(o.min_docs && o.mark))
		usage_error("--keep-copies goes with --min-docs N -m");
	if ((emit || join || o.apply) && o.fold)
		usage_error("-f has no effect on near-duplicate search");
	if (shardset && !emit)
		usage_error("--shard goes with --emit-bands");
	if ((emit || join) && o.mark)
		usage_error("-m goes with --apply, not with the band lines");

	if (emit)
		status = dedupe_emit_bands(&o, argv, argc);
	else if (join)
		status = dedupe_join_bands(&o, argv, argc);
	else if (o.apply)
		status = dedupe_apply(&o, argv, argc);
	else if (o.count || o.min_docs)
		status = dedupe_count(&o, argv, argc);
	else if (o.near)
		status = dedupe_near(&o, argv, argc);
	else
		status = dedupe_exact(&o, argv, argc);
	out_close();
	free(listed);
	buf_free(&held);
	return status;
}
