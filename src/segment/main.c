/*
 * segment - scraped articles to paragraphs with roles and sentences.
 * The CLI: options, inputs, the loop.  The work is in the other files of
 * this directory (see segment.h).
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "input.h"
#include "out.h"
#include "segment.h"
#include "split.h"
#include "util.h"

/* The words that join a word broken at a line end again: WordNet's
 * lower-case words and forms and the words of the gazetteer's names,
 * compiled in by src/segment/tool.mk. */
extern const char segment_words[], segment_words_end[];

static const char usage_line[] =
    "usage: segment [--only ROLES] [--max-doc SIZE] [--furniture FILE]\n"
    "               [--lean] [--split LIST | FILE...]\n"
    "       segment --csv [--id-col C] [--text-col C] [--title-col C]"
    " [--date-col C]\n"
    "               [--only ROLES] [--max-doc SIZE] [--part K/N]\n"
    "               [--furniture FILE] [--lean] [--split LIST | FILE...]\n";

/* The default --max-doc: a document is held whole (see segment(1)
 * LIMITS), so its size bounds the memory one input can take. */
#define MAX_DOC_DEFAULT ((size_t)1 << 30)

static void
usage(void)
{
	fputs(usage_line, stderr);
	exit(EXIT_USAGE);
}

static void
help(void)
{
	out_str(usage_line);
	out_str("\n"
	    "Splits each input document into paragraphs, gives every paragraph\n"
	    "a role and every sentence a row: doc para sent role start end text\n"
	    "title date folds (start/end are byte offsets into the document;\n"
	    "text has white space folded and words a line end broke joined\n"
	    "again, and folds says where, to map text offsets back).\n"
	    "\n"
	    "  -c, --csv            inputs are CSV files of articles, one per record\n"
	    "      --id-col C       CSV column for doc (default: url, else id)\n"
	    "      --text-col C     CSV column of the article text (default: text)\n"
	    "      --title-col C    CSV column of the title (default: title)\n"
	    "      --date-col C     CSV column of the date (default: date)\n"
	    "      --part K/N       only the records that begin in the K-th of N\n"
	    "                       equal byte ranges of each CSV file\n"
	    "  -o, --only ROLES     write only these roles (comma-separated):\n"
	    "                       title dateline byline heading caption body\n"
	    "                       boilerplate comment garbled\n"
	    "      --max-doc SIZE   refuse a document over SIZE bytes (K, M, G\n"
	    "                       suffixes; default 1G; 0: no limit)\n"
    "      --furniture FILE a paragraph whose text is a line of FILE is\n"
    "                       boilerplate: lines a site repeats on its pages\n"
    "                       (sentences --furniture writes them)\n"
    "      --lean           rows without role, title, date and folds (doc\n"
    "                       para sent start end text), enough for\n"
    "                       sentences --furniture; the roles are not found,\n"
    "                       words a line end broke are not joined\n"
    "      --split LIST     read the inputs LIST names, one a line with a TAB\n"
    "                       and an output file after it: each input's rows,\n"
    "                       with the header, into its own file\n"
	    "  -h, --help           this help\n"
	    "      --version        version\n"
	    "\n"
	    "With no FILE, or FILE -, reads standard input.  Exit status: 0 ok,\n"
	    "1 data error (unreadable file, invalid UTF-8, bad CSV), 2 usage.\n");
	out_close();
	exit(0);
}

static unsigned
parse_roles(const char *list)
{
	const char *p = list, *comma;
	size_t n;
	unsigned mask = 0;
	int r;

	for (;;) {
		comma = strchr(p, ',');
		n = comma ? (size_t)(comma - p) : strlen(p);
		if ((r = role_from_name(p, n)) < 0) {
			warnmsg("unknown role \"%.*s\" in --only", (int)n, p);
			usage();
		}
		mask |= 1u << r;
		if (!comma)
			return mask;
		p = comma + 1;
	}
}

/* SIZE of --max-doc: a number of bytes with an optional K, M or G
 * (binary multiples). */
static size_t
parse_size(const char *s)
{
	unsigned long long v;
	char *end;
	int shift = 0;

	errno = 0;
	if (*s < '0' || *s > '9' || (v = strtoull(s, &end, 10), errno))
		goto bad;
	switch (*end) {
	case 'K': case 'k': shift = 10; end++; break;
	case 'M': case 'm': shift = 20; end++; break;
	case 'G': case 'g': shift = 30; end++; break;
	}
	if (*end != '\0' || v > (SIZE_MAX >> shift))
		goto bad;
	return (size_t)v << shift;
bad:
	warnmsg("bad size \"%s\" for --max-doc", s);
	usage();
	return 0;
}

struct csvrun {
	struct segmenter	*sg;
	const char		*name;
};

static int
on_csv_doc(void *arg, const struct csvdoc *doc)
{
	struct csvrun *run = arg;

	return segment_document(run->sg, run->name, doc->text_line, doc->id,
	    doc->idlen, doc->text, doc->textlen, doc->title, doc->titlelen,
	    doc->date, doc->datelen);
}

/*
 * How the inputs are read: as text or CSV (its columns), the part of a CSV
 * (--part K/N: part.n == 0 is the whole file), the largest document.
 */
struct input_opts {
	int			 csv;
	struct csvcols		 cols;
	unsigned long		 part_k, part_n;
	size_t			 max_doc;
};

/*
 * The byte range of --part K/N in the CSV open on fd: the records that
 * begin in the K-th of N equal ranges of the file (make analyze segments
 * the parts of one big CSV in parallel).  Its size must be known: a file,
 * not a pipe.
 */
static int
part_range(int fd, const char *path, const struct input_opts *io,
    struct csvpart *range)
{
	struct stat st;
	unsigned long long size, n = io->part_n, k = io->part_k;

	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		warnmsg("%s: --part needs a file, not a pipe", path);
		return -1;
	}
	size = (unsigned long long)st.st_size;
	/* size * k / n, which could overflow as written */
	range->lo = size / n * (k - 1) + size % n * (k - 1) / n;
	range->hi = size / n * k + size % n * k / n;
	return 0;
}

/* Segments one input; returns 1 when something was reported. */
static int
segment_input(struct segmenter *sg, const char *path,
    const struct input_opts *io, struct buf *doc)
{
	struct csvrun run;
	struct csvpart range;
	int fd, status;

	if ((fd = input_open(path)) < 0) {
		warnmsg("%s: %s", path, strerror(errno));
		return 1;
	}
	if (io->csv && io->part_n > 0 && part_range(fd, path, io,
	    &range) < 0) {
		status = 1;
	} else if (io->csv) {
		run.sg = sg;
		run.name = path;
		status = csv_read_docs(fd, path, &io->cols,
		    io->part_n > 0 ? &range : NULL, io->max_doc, on_csv_doc,
		    &run);
	} else {
		buf_reset(doc);
		if (read_all(fd, doc, io->max_doc ? io->max_doc : SIZE_MAX)
		    < 0) {
			if (errno == EFBIG)
				warnmsg("%s:%lu: document larger than %zu bytes"
				    " (--max-doc); not segmented", path,
				    line_of(doc->data, doc->len, 1),
				    io->max_doc);
			else
				warnmsg("%s: %s", path, strerror(errno));
			status = 1;
		} else {
			status = segment_document(sg, path, 1, path,
			    strlen(path), doc->data, doc->len, NULL, 0, NULL, 0);
		}
	}
	input_close(fd);
	return status;
}

/*
 * --split LIST (see split.h): the inputs of a batch of files segmented in
 * one run, each into its own stream (make analyze), or a bucket of them
 * into one stream (its first segmentation: consecutive lines naming one
 * output).  An output one of whose inputs had an error is not written.
 * Returns 1 when something was reported.
 */
static int
segment_split(struct segmenter *sg, const char *list,
    const struct input_opts *io, struct buf *doc)
{
	struct split_list l;
	const char *input, *output;
	int status = 0, failed = 0;

	split_list_open(&l, list);
	while (split_list_next(&l, &input, &output)) {
		if (!split_output_is(output)) {
			segment_flush(sg);
			split_output_end(!failed);
			failed = 0;
			split_output_begin(output);
			segment_header(sg->lean);
		}
		if (segment_input(sg, input, io, doc) != 0)
			status = failed = 1;
	}
	segment_flush(sg);
	split_output_end(!failed);
	split_list_close(&l);
	return status;
}

/* K/N of --part: 1 <= K <= N. */
static void
parse_part(const char *s, struct input_opts *io)
{
	char *end;

	errno = 0;
	if (*s >= '1' && *s <= '9' &&
	    (io->part_k = strtoul(s, &end, 10), *end == '/') &&
	    end[1] >= '1' && end[1] <= '9' &&
	    (io->part_n = strtoul(end + 1, &end, 10), *end == '\0') &&
	    errno == 0 && io->part_k <= io->part_n)
		return;
	warnmsg("bad part \"%s\" for --part: K/N, 1 <= K <= N", s);
	usage();
}

int
main(int argc, char *argv[])
{
	enum { OPT_ID = 256, OPT_TEXT, OPT_TITLE, OPT_DATE, OPT_MAX_DOC,
	    OPT_VERSION, OPT_FURNITURE, OPT_SPLIT, OPT_LEAN, OPT_PART };
	static const struct option longopts[] = {
		{ "csv", no_argument, NULL, 'c' },
		{ "id-col", required_argument, NULL, OPT_ID },
		{ "text-col", required_argument, NULL, OPT_TEXT },
		{ "title-col", required_argument, NULL, OPT_TITLE },
		{ "date-col", required_argument, NULL, OPT_DATE },
		{ "only", required_argument, NULL, 'o' },
		{ "max-doc", required_argument, NULL, OPT_MAX_DOC },
		{ "furniture", required_argument, NULL, OPT_FURNITURE },
		{ "split", required_argument, NULL, OPT_SPLIT },
		{ "lean", no_argument, NULL, OPT_LEAN },
		{ "part", required_argument, NULL, OPT_PART },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct input_opts io = { .max_doc = MAX_DOC_DEFAULT };
	struct segmenter sg;
	struct buf doc = BUF_INIT;
	struct furniture furniture = FURNITURE_INIT;
	/* the two symbols bound one object, the embedded list; cppcheck
	 * sees two */
	/* cppcheck-suppress comparePointers */
	struct dictionary english = DICTIONARY_INIT(segment_words,
	    (size_t)(segment_words_end - segment_words));
	const char *furniture_path = NULL, *split_path = NULL;
	unsigned mask = (1u << NROLES) - 1;
	int ch, colopt = 0, status = 0, lean = 0, only = 0, i;

	setprogname(argv[0]);
	while ((ch = getopt_long(argc, argv, "co:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			io.csv = 1;
			break;
		case OPT_ID:
			io.cols.id = optarg;
			colopt = 1;
			break;
		case OPT_TEXT:
			io.cols.text = optarg;
			colopt = 1;
			break;
		case OPT_TITLE:
			io.cols.title = optarg;
			colopt = 1;
			break;
		case OPT_DATE:
			io.cols.date = optarg;
			colopt = 1;
			break;
		case 'o':
			mask = parse_roles(optarg);
			only = 1;
			break;
		case OPT_MAX_DOC:
			io.max_doc = parse_size(optarg);
			break;
		case OPT_FURNITURE:
			furniture_path = optarg;
			break;
		case OPT_SPLIT:
			split_path = optarg;
			break;
		case OPT_LEAN:
			lean = 1;
			break;
		case OPT_PART:
			parse_part(optarg, &io);
			break;
		case 'h':
			help();
			break;
		case OPT_VERSION:
			print_version();
			break;
		default:
			usage();
		}
	}
	if (colopt && !io.csv) {
		warnmsg("the --*-col options need --csv");
		usage();
	}
	if (io.part_n > 0 && !io.csv) {
		warnmsg("--part divides a CSV file: it needs --csv");
		usage();
	}
	if (lean && (only || furniture_path != NULL)) {
		warnmsg("--lean finds no roles: not with --only or --furniture");
		usage();
	}
	argc -= optind;
	argv += optind;
	if (split_path != NULL && argc > 0) {
		warnmsg("--split takes its inputs from LIST, not as FILEs");
		usage();
	}

	if (furniture_path != NULL && furniture_load(&furniture,
	    furniture_path) < 0) {
		furniture_free(&furniture);
		return EXIT_DATA;
	}
	segmenter_init(&sg, mask);
	sg.lean = lean;
	sg.words = &english;
	if (furniture_path != NULL)
		sg.furniture = &furniture;
	if (split_path != NULL)
		status = segment_split(&sg, split_path, &io, &doc);
	else
		segment_header(lean);
	if (argc == 0 && split_path == NULL)
		status |= segment_input(&sg, "-", &io, &doc);
	for (i = 0; i < argc; i++)
		status |= segment_input(&sg, argv[i], &io, &doc);
	segment_flush(&sg);
	segmenter_free(&sg);
	furniture_free(&furniture);
	dictionary_free(&english);
	buf_free(&doc);
	out_close();
	return status ? EXIT_DATA : 0;
}
