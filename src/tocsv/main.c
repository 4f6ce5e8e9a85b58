/*
 * tocsv - the spreadsheet edge: a quarry record stream in, RFC 4180 CSV
 * out (see tocsv(1)).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>
#include <string.h>

#include "columns.h"
#include "csvw.h"
#include "out.h"
#include "rec.h"
#include "util.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: %s [-d delim] [-f col,...] [--excel] [--raw] "
	    "[--no-header] [file ...]\n", progname);
}

static noreturn void
help(void)
{
	usage(stdout);
	fputs("Converts a quarry record stream (TSV) to CSV.\n"
	    "  -d, --delimiter C  separate cells with C (one ASCII character,\n"
	    "                     or \\t) instead of a comma\n"
	    "  -f, --fields LIST  write only these columns, in this order\n"
	    "      --excel        UTF-8 byte order mark and CRLF line ends\n"
	    "      --raw          no formula guard: cells starting with\n"
	    "                     = + - @ are written as they are\n"
	    "      --no-header    leave out the header row\n"
	    "  -h, --help         this help\n"
	    "      --version      print the version\n", stdout);
	if (fflush(stdout) == EOF || ferror(stdout))
		die(EXIT_DATA, "write error");
	exit(0);
}

/* Splits a -f list at commas into *names; returns the count. */
static size_t
split_fields(char *list, char ***names)
{
	size_t n = 0;
	char *p, *comma;

	*names = NULL;
	for (p = list;; p = comma + 1) {
		comma = strchr(p, ',');
		if (comma)
			*comma = '\0';
		if (*p == '\0')
			die(EXIT_USAGE, "-f: empty column name in the list");
		*names = ereallocarray(*names, n + 1, sizeof **names);
		(*names)[n++] = p;
		if (comma == NULL)
			return n;
	}
}

static unsigned char
parse_delim(const char *arg)
{
	unsigned char c = (unsigned char)arg[0];

	if (strcmp(arg, "\\t") == 0)
		return '\t';
	if (c == '\0' || arg[1] != '\0' || c >= 0x80 || c == '"' ||
	    c == '\r' || c == '\n')
		die(EXIT_USAGE, "-d: the delimiter must be one ASCII character "
		    "other than \", CR or LF");
	return c;
}

int
main(int argc, char *argv[])
{
	enum { OPT_EXCEL = 256, OPT_RAW, OPT_NOHEADER, OPT_VERSION };
	static const struct option longopts[] = {
		{ "delimiter",	required_argument,	NULL, 'd' },
		{ "fields",	required_argument,	NULL, 'f' },
		{ "excel",	no_argument,		NULL, OPT_EXCEL },
		{ "raw",	no_argument,		NULL, OPT_RAW },
		{ "no-header",	no_argument,		NULL, OPT_NOHEADER },
		{ "help",	no_argument,		NULL, 'h' },
		{ "version",	no_argument,		NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	static char *stdin_only[] = { "-", NULL };
	struct columns cols = { 0 };
	struct csvw w;
	struct rec *r;
	unsigned char delim = ',';
	int c, excel = 0, raw = 0, noheader = 0, status = 0;
	char **files, **fields = NULL, *first = NULL;
	size_t nfields = 0, i;
	const char *s;
	size_t len;

	setprogname(argv[0]);
	opterr = 0;	/* our own one-line usage errors */
	while ((c = getopt_long(argc, argv, ":d:f:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			delim = parse_delim(optarg);
			break;
		case 'f':
			free(fields);
			nfields = split_fields(optarg, &fields);
			break;
		case OPT_EXCEL:
			excel = 1;
			break;
		case OPT_RAW:
			raw = 1;
			break;
		case OPT_NOHEADER:
			noheader = 1;
			break;
		case 'h':
			help();
			break;
		case OPT_VERSION:
			print_version();
			break;
		case ':':
			die(EXIT_USAGE, "option %s needs an argument",
			    argv[optind - 1]);
		default:
			if (optopt != 0)
				die(EXIT_USAGE, "unknown option -%c (see %s "
				    "--help)", optopt, progname);
			die(EXIT_USAGE, "unknown option %s (see %s --help)",
			    argv[optind - 1], progname);
		}
	}
	files = optind < argc ? argv + optind : stdin_only;

	csvw_init(&w, delim, !raw, excel);
	if (excel)
		out_str("\xEF\xBB\xBF");
	for (; *files != NULL; files++) {
		if ((r = rec_open(*files)) == NULL) {
			warnmsg("%s: %s", *files, strerror(errno));
			status = EXIT_DATA;
			continue;
		}
		if (first == NULL) {
			first = *files;
			columns_first(&cols, r, fields, nfields);
			if (!noheader) {
				for (i = 0; i < cols.nnames; i++)
					csvw_cell(&w, cols.names[i],
					    strlen(cols.names[i]));
				csvw_endrow(&w);
			}
		}
		columns_map(&cols, r, first);
		while (rec_next(r)) {
			for (i = 0; i < cols.nnames; i++) {
				s = rec_field(r, cols.idx[i], &len);
				csvw_cell(&w, s, len);
			}
			csvw_endrow(&w);
		}
		rec_close(r);
	}
	columns_free(&cols);
	free(fields);
	csvw_free(&w);
	out_close();
	return status;
}
