/*
 * extract-entities - people, organisations, places, dates, money and
 * document references in a sentence (or token) stream, one record per
 * mention.  See man/extract-entities.1.
 */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "embedded.h"
#include "extract.h"
#include "input.h"
#include "ner.h"
#include "out.h"
#include "rec.h"
#include "spell.h"
#include "split.h"
#include "stream.h"
#include "util.h"

static void
help(void)
{
	out_str("usage: ");
	out_str(progname);
	out_str(" [-d YYYY-MM-DD] [-m MODEL] [-n both|model|rules] "
	    "[-r RULES]... [--split LIST | FILE...]\n       ");
	out_str(progname);
	out_str(" --spell-names [FILE...]\n"
	    "Reads a sentence stream (or tag's token stream) and writes one "
	    "record per\nentity mention: doc sent start end text type norm "
	    "code role [para].\n"
	    "  -d, --date YYYY-MM-DD  the article date of documents without "
	    "a dateline\n"
	    "  -n, --names SOURCE     names from the model and the rules "
	    "(both, default),\n"
	    "                         the model alone or the rules alone\n"
	    "  -m, --model FILE       the name model in FILE instead of the "
	    "built-in one\n"
	    "  -r, --rules FILE       add the rules in FILE (TSV: pattern "
	    "TYPE [norm [priority]])\n"
	    "      --split LIST       read the streams LIST names, one a line "
	    "with a TAB\n"
	    "                         and an output file after it: each "
	    "stream's mentions,\n"
	    "                         with the header, into its own file\n"
	    "      --spell-names      read mention streams (this tool's "
	    "output) twice and\n"
	    "                         write them with each person's name "
	    "spelled as the\n"
	    "                         corpus spells it: initials spelled "
	    "out (\"Charles E.\n"
	    "                         Hughes\"), a letter misread put right "
	    "(\"Charles Kvans\n"
	    "                         Hughes\"), the last words of a name "
	    "(\"Evans Hughes\"),\n"
	    "                         the middle name left out (\"Charles "
	    "Hughes\"), a surname\n"
	    "                         alone (\"Hughes\"): \"Charles Evans "
	    "Hughes\"; and a name\n"
	    "                         without its diacritics (\"Recep Tayyip "
	    "Erdogan\"), as\n"
	    "                         the corpus writes it with them\n"
	    "      --train -o MODEL [--epochs N] FILE...\n"
	    "                         train the name model on CoNLL NER "
	    "files\n"
	    "  -h, --help             this help\n"
	    "      --version          the version\n");
	out_close();
	exit(0);
}

static void
load_user_rules(struct rules *r, const char *path)
{
	struct buf b = BUF_INIT;
	int fd;

	if ((fd = input_open(path)) < 0)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	if (read_all(fd, &b, SIZE_MAX) < 0)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	input_close(fd);
	if (rules_load(r, path, b.data ? b.data : "", b.len, 1) < 0)
		exit(EXIT_DATA);
	buf_free(&b);
}

static struct lexicon *
load_builtin(struct rules *r)
{
	struct lexicon *x;

	/* the embedded files were checked when they were built; a failure
	 * here is a broken build */
	/* the two symbols bound one object, the embedded image; cppcheck
	 * sees two */
	/* cppcheck-suppress comparePointers */
	x = lexicon_image(ee_lexicon, (size_t)(ee_lexicon_end - ee_lexicon));
	if (x == NULL || rules_load(r, "patterns.rules", ee_patterns_rules,
	    ee_patterns_rules_len, 0) < 0)
		die(EXIT_DATA, "the built-in data is broken");
	return x;
}

/* What reading an input needs; the extractor is made on the first input
 * opened, whose header tells whether mentions carry a para column. */
struct job {
	struct rules		*rules;
	struct lexicon		*lex;
	const struct ymd	*date;
	const struct ner_model	*model;
	enum names_source	 names;
	struct extractor	*e;
};

/*
 * The mentions of the stream at path, after the header when header is
 * set.  Returns 0, or 1 when the input could not be opened (reported;
 * errors in the stream are fatal, see rec.h).
 */
static int
extract_file(struct job *job, const char *path, int header)
{
	struct rec *r;

	if ((r = rec_open(path)) == NULL) {
		warnmsg("%s: %s", path, strerror(errno));
		return 1;
	}
	if (job->e == NULL) {
		job->e = extractor_new(job->rules, job->lex, job->date,
		    stream_has_para(r));
		extractor_set_ner(job->e, job->model, job->names);
	}
	if (header)
		extractor_header(job->e);
	stream_read(r, job->e);
	rec_close(r);
	return 0;
}

/*
 * --split LIST (see split.h): the entity streams of a batch of sentence
 * streams written in one run, each into its own file (make analyze),
 * without a pass to route the mentions by doc.  An output one of whose
 * inputs could not be opened is not written.  Returns 1 when something
 * was reported.
 */
static int
extract_split(struct job *job, const char *list)
{
	struct split_list l;
	const char *input, *output;
	int status = 0, failed = 0, header = 0;

	split_list_open(&l, list);
	while (split_list_next(&l, &input, &output)) {
		if (!split_output_is(output)) {
			split_output_end(!failed);
			failed = 0;
			split_output_begin(output);
			header = 1;
		}
		if (extract_file(job, input, header) != 0)
			status = failed = 1;
		else
			header = 0;
	}
	split_output_end(!failed);
	split_list_close(&l);
	return status;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "rules", required_argument, NULL, 'r' },
		{ "names", required_argument, NULL, 'n' },
		{ "model", required_argument, NULL, 'm' },
		{ "train", no_argument, NULL, 'T' },
		{ "epochs", required_argument, NULL, 'E' },
		{ "output", required_argument, NULL, 'o' },
		{ "split", required_argument, NULL, 'S' },
		{ "spell-names", no_argument, NULL, 'I' },
		{ "spell-initials", no_argument, NULL, 'I' },	/* stop 45's */
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct ymd date, *datep = NULL;
	struct rules *rules;
	struct lexicon *lex;
	struct ner_model *model;
	const char *output = NULL, *model_path = NULL, *split_path = NULL;
	struct buf model_file = BUF_INIT;
	char *end;
	long epochs = 5;
	int train = 0, spell = 0;
	enum names_source names = NAMES_BOTH;
	struct job job;
	const char *stdin_only[] = { "-" };
	const char **files;
	int c, i, nfiles, status = 0;

	setprogname(argv[0]);
	rules = rules_new();
	lex = load_builtin(rules);
	opterr = 0;		/* one line of our own instead */
	while ((c = getopt_long(argc, argv, ":d:m:n:r:o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			if (date_parse_iso(optarg, &date) < 0)
				die(EXIT_USAGE, "--date wants a real YYYY-MM-DD "
				    "date, not '%s'", optarg);
			datep = &date;
			break;
		case 'r':
			load_user_rules(rules, optarg);
			break;
		case 'n':
			if (strcmp(optarg, "both") == 0)
				names = NAMES_BOTH;
			else if (strcmp(optarg, "model") == 0)
				names = NAMES_MODEL;
			else if (strcmp(optarg, "rules") == 0)
				names = NAMES_RULES;
			else
				die(EXIT_USAGE, "--names wants both, model or "
				    "rules, not '%s'", optarg);
			break;
		case 'm':
			model_path = optarg;
			break;
		case 'T':
			train = 1;
			break;
		case 'E':
			errno = 0;
			epochs = strtol(optarg, &end, 10);
			if (errno || *end || end == optarg || epochs < 1 ||
			    epochs > 1000)
				die(EXIT_USAGE, "--epochs wants 1 to 1000, not "
				    "'%s'", optarg);
			break;
		case 'o':
			output = optarg;
			break;
		case 'S':
			split_path = optarg;
			break;
		case 'I':
			spell = 1;
			break;
		case 'h':
			help();
			break;
		case 'V':
			print_version();
		case ':':
			die(EXIT_USAGE, "%s needs an argument (see %s --help)",
			    argv[optind - 1], progname);
		default:
			die(EXIT_USAGE, "unknown option %s (see %s --help)",
			    argv[optind - 1], progname);
		}
	}
	if (spell) {
		if (train || split_path != NULL || model_path != NULL ||
		    datep != NULL || names != NAMES_BOTH)
			die(EXIT_USAGE, "--spell-names reads mentions, and "
			    "takes no other option (see %s --help)", progname);
		files = argc > optind ? (const char **)argv + optind :
		    stdin_only;
		nfiles = argc > optind ? argc - optind : 1;
		status = spell_names(files, nfiles) ? EXIT_DATA : 0;
		rules_free(rules);
		lexicon_free(lex);
		out_close();
		return status;
	}
	if (train) {
		if (output == NULL || optind == argc)
			die(EXIT_USAGE, "--train needs -o MODEL and training "
			    "files (see %s --help)", progname);
		status = ner_train(lex, argv + optind, argc - optind,
		    (int)epochs, output) < 0 ? EXIT_DATA : 0;
		rules_free(rules);
		lexicon_free(lex);
		out_close();
		return status;
	}
	if (model_path) {
		int fd;

		if ((fd = input_open(model_path)) < 0 ||
		    read_all(fd, &model_file, SIZE_MAX) < 0)
			die(EXIT_DATA, "%s: %s", model_path, strerror(errno));
		input_close(fd);
		if ((model = ner_load(model_file.data, model_file.len)) == NULL)
			die(EXIT_DATA, "%s: not a name model of this version",
			    model_path);
	} else {
		/* the two symbols bound one object, the embedded model
		 * (embedded.h); cppcheck sees two */
		/* cppcheck-suppress comparePointers */
		model = ner_load(ee_ner_model, (size_t)(ee_ner_model_end -
		    ee_ner_model));
	}
	job = (struct job){ rules, lex, datep, model, names, NULL };
	if (split_path != NULL) {
		if (optind < argc)
			die(EXIT_USAGE, "--split takes its inputs from LIST, "
			    "not as FILEs (see %s --help)", progname);
		status = extract_split(&job, split_path) ? EXIT_DATA : 0;
	} else {
		files = argc > optind ? (const char **)argv + optind :
		    stdin_only;
		nfiles = argc > optind ? argc - optind : 1;
		for (i = 0; i < nfiles; i++)
			if (extract_file(&job, files[i], job.e == NULL) != 0)
				status = EXIT_DATA;
		if (job.e == NULL) {	/* none opened: still a stream */
			job.e = extractor_new(rules, lex, datep, 0);
			extractor_header(job.e);
		}
	}
	extractor_free(job.e);
	ner_free(model);
	buf_free(&model_file);	/* the model may have used it in place */
	rules_free(rules);
	lexicon_free(lex);
	out_close();
	return status;
}
