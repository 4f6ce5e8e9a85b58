/*
 * split.h - the --split LIST option of segment and extract-entities: each
 * line of LIST names an input, a TAB and the file its records go to, so
 * that one run writes a batch of files' streams, each into its own file
 * (make analyze), without a pass to route records by doc.
 *
 * The output file becomes standard output (out.h) while its inputs are
 * read.  A regular file is written under a temporary name beside it,
 * OUTPUT.part-XXXXXX, and renamed into place when complete, so that an
 * interrupted run never leaves a half-written stream under the name; the
 * temporary file is removed at exit if the run dies first.  Anything else
 * (a FIFO, /dev/null) is written where it is.
 */
#ifndef QUARRY_SPLIT_H
#define QUARRY_SPLIT_H

#include <stddef.h>

struct split_list {
	const char	*name;		/* LIST, for messages */
	char		*text, *next, *end;
	size_t		 lineno;
};

/* Reads LIST whole (errors fatal, exit 1). */
void split_list_open(struct split_list *l, const char *path);
/*
 * The next line's input and output (NUL-terminated, in the list's text),
 * skipping empty lines.  Returns 1, or 0 at the end.  A line that is not
 * an input, a TAB and an output is a usage error (exit 2, LIST:N).
 */
int split_list_next(struct split_list *l, const char **input,
    const char **output);
void split_list_close(struct split_list *l);

/*
 * Whether path is the output being written (a line naming the output of
 * the line before adds its input to the same stream).
 */
int split_output_is(const char *path);
/* Makes path standard output; errors fatal (exit 1). */
void split_output_begin(const char *path);
/*
 * Closes the output begun last (none: nothing), after the caller has
 * flushed what it holds: renamed into place when ok, else removed (an
 * output one of whose inputs had an error is not written).
 */
void split_output_end(int ok);

#endif
