/*
 * tag - tokenizer, part-of-speech tagger and lemmatizer: the sentence
 * stream of segment(1) in, one record per token out (see tag(1)).
 */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>
#include <string.h>

#include "buf.h"
#include "input.h"
#include "model_blob.h"
#include "out.h"
#include "rec.h"
#include "run.h"
#include "tagger.h"
#include "train.h"
#include "util.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: %s [--conllu] [-f tsv|conllu] [-m model] "
	    "[file ...]\n"
	    "       %s --language [file ...]\n"
	    "       %s --train file [--dev file] [--epochs n] -o model\n",
	    progname, progname, progname);
}

static noreturn void
help(void)
{
	usage(stdout);
	fputs("Tokenizes, tags (UPOS and Penn XPOS) and lemmatizes sentences.\n"
	    "  -f, --format F     tsv (a token stream, the default) or conllu\n"
	    "      --conllu       read CoNLL-U with its tokens, write it back\n"
	    "                     with UPOS, XPOS and LEMMA filled in\n"
	    "  -m, --model FILE   use this model instead of the built-in one\n"
	    "  -L, --language     instead, add to each record the language\n"
	    "                     of its document (ISO 639-1: en de es fi\n"
	    "                     fr it nl pl pt sv, else other; empty\n"
	    "                     below 20 words)\n"
	    "      --train FILE   train a model on CoNLL-U FILE\n"
	    "      --dev FILE     report accuracy on FILE after each epoch\n"
	    "      --epochs N     training epochs (default 8)\n"
	    "  -o, --output FILE  where --train writes the model\n"
	    "  -h, --help         this help\n"
	    "      --version      print the version\n", stdout);
	if (fflush(stdout) == EOF || ferror(stdout))
		die(EXIT_DATA, "write error");
	exit(0);
}

static noreturn void
usage_error(const char *msg)
{
	fprintf(stderr, "%s: %s\n", progname, msg);
	usage(stderr);
	exit(EXIT_USAGE);
}

enum { OPT_CONLLU = 256, OPT_TRAIN, OPT_DEV, OPT_EPOCHS, OPT_VERSION };

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "conllu", no_argument, NULL, OPT_CONLLU },
		{ "model", required_argument, NULL, 'm' },
		{ "language", no_argument, NULL, 'L' },
		{ "train", required_argument, NULL, OPT_TRAIN },
		{ "dev", required_argument, NULL, OPT_DEV },
		{ "epochs", required_argument, NULL, OPT_EPOCHS },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct train_opts train = { NULL, NULL, NULL, 8 };
	struct tag_model model;
	struct buf modelfile = BUF_INIT, first_header = BUF_INIT;
	enum tag_format format = FORMAT_TSV;
	const char *modelpath = NULL, *why;
	const void *image = tag_model_data;
	/* the two symbols bound one object, the model compiled in
	 * (model_blob.h); cppcheck sees two */
	/* cppcheck-suppress comparePointers */
	size_t imagelen = (size_t)(tag_model_end - tag_model_data);
	char *end;
	int c, conllu = 0, language = 0, format_given = 0, status = 0, fd, i;
	struct rec *r;

	setprogname(argv[0]);
	while ((c = getopt_long(argc, argv, "f:Lm:o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			format_given = 1;
			if (strcmp(optarg, "tsv") == 0)
				format = FORMAT_TSV;
			else if (strcmp(optarg, "conllu") == 0)
				format = FORMAT_CONLLU;
			else
				usage_error("-f: the format is tsv or conllu");
			break;
		case OPT_CONLLU:
			conllu = 1;
			break;
		case 'm':
			modelpath = optarg;
			break;
		case 'L':
			language = 1;
			break;
		case OPT_TRAIN:
			train.train = optarg;
			break;
		case OPT_DEV:
			train.dev = optarg;
			break;
		case OPT_EPOCHS:
			errno = 0;
			train.epochs = (int)strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || errno ||
			    train.epochs < 1 || train.epochs > 100)
				usage_error("--epochs: a number from 1 to 100");
			break;
		case 'o':
			train.out = optarg;
			break;
		case 'h':
			help();
		case OPT_VERSION:
			print_version();
		default:
			usage(stderr);
			exit(EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;

	if (train.train != NULL) {
		if (train.out == NULL || argc > 0)
			usage_error("--train needs -o MODEL and no other files");
		tag_train(&train);
		out_close();
		return 0;
	}
	if (train.out != NULL || train.dev != NULL)
		usage_error("-o and --dev go with --train");
	if (language && (conllu || format_given || modelpath != NULL))
		usage_error("--language takes no -f, -m or --conllu");

	memset(&model, 0, sizeof model);	/* (--language needs none) */
	if (modelpath != NULL) {
		if ((fd = input_open(modelpath)) < 0 ||
		    read_all(fd, &modelfile, SIZE_MAX) < 0)
			die(EXIT_DATA, "%s: %s", modelpath, strerror(errno));
		input_close(fd);
		image = modelfile.data;
		imagelen = modelfile.len;
	}
	if (!language && (modelpath != NULL ?
	    tag_model_open(&model, image, imagelen, &why) :
	    tag_model_open_trusted(&model, image, imagelen, &why)) < 0)
		die(EXIT_DATA, "%s: %s", modelpath ? modelpath : "built-in model",
		    imagelen == 0 && modelpath == NULL ? "no model: this tag was "
		    "built without one (use --model FILE)" : why);

	for (i = 0; i < (argc > 0 ? argc : 1); i++) {
		const char *path = argc > 0 ? argv[i] : "-";

		if (conllu) {
			if (run_conllu(path, &model) < 0) {
				warnmsg("%s: %s", path, strerror(errno));
				status = EXIT_DATA;
			}
			continue;
		}
		if ((r = rec_open(path)) == NULL) {
			warnmsg("%s: %s", path, strerror(errno));
			status = EXIT_DATA;
			continue;
		}
		if (language)
			run_language(r, &first_header);
		else
			run_stream(r, &model, format, &first_header);
		rec_close(r);
	}
	tag_model_close(&model);
	buf_free(&modelfile);
	buf_free(&first_header);
	out_close();
	return status;
}
