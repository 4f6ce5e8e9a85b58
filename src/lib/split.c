/*
 * split.c - the --split LIST option's list and outputs (see split.h).
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input.h"
#include "out.h"
#include "split.h"
#include "util.h"

#define PART_SUFFIX ".part-XXXXXX"

static struct {
	char	*path;		/* the output as the list names it */
	char	*tmp;		/* its temporary name, or NULL */
	int	 cleanup;	/* split_remove_tmp registered */
} out_file;

static void
split_remove_tmp(void)
{
	if (out_file.tmp != NULL)
		(void)unlink(out_file.tmp);
}

void
split_list_open(struct split_list *l, const char *path)
{
	size_t len;

	l->name = path;
	l->text = read_file(path, &len);
	l->next = l->text;
	l->end = l->text + len;
	l->lineno = 0;
}

int
split_list_next(struct split_list *l, const char **input,
    const char **output)
{
	char *line, *tab;

	while (l->next < l->end) {
		line = l->next;
		l->lineno++;
		if ((l->next = memchr(line, '\n',
		    (size_t)(l->end - line))) != NULL)
			*l->next++ = '\0';
		else
			l->next = l->end;	/* (read_file ends it with NUL) */
		if (*line == '\0')
			continue;
		if ((tab = strchr(line, '\t')) == NULL || tab[1] == '\0')
			die(EXIT_USAGE, "%s:%zu: \"%s\": not an input, a TAB "
			    "and an output file", l->name, l->lineno, line);
		*tab = '\0';
		*input = line;
		*output = tab + 1;
		return 1;
	}
	return 0;
}

void
split_list_close(struct split_list *l)
{
	free(l->text);
	l->text = l->next = l->end = NULL;
}

int
split_output_is(const char *path)
{
	return out_file.path != NULL && strcmp(out_file.path, path) == 0;
}

void
split_output_begin(const char *path)
{
	struct stat st;
	mode_t mask;
	size_t n;
	int fd;

	if (!out_file.cleanup) {
		if (atexit(split_remove_tmp) != 0)
			die(EXIT_DATA, "cannot register the clean-up at exit");
		out_file.cleanup = 1;
	}
	out_file.path = estrdup(path);
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		fd = open(path, O_WRONLY | O_TRUNC);
	} else {
		n = strlen(path);
		out_file.tmp = emalloc(n + sizeof PART_SUFFIX);
		memcpy(out_file.tmp, path, n);
		memcpy(out_file.tmp + n, PART_SUFFIX, sizeof PART_SUFFIX);
		if ((fd = mkstemp(out_file.tmp)) >= 0) {
			/* the mode a plain creation gives, not mkstemp's
			 * 0600 */
			mask = umask(0);
			(void)umask(mask);
			if (fchmod(fd, 0666 & ~mask) < 0)
				die(EXIT_DATA, "%s: %s", out_file.tmp,
				    strerror(errno));
		} else {
			free(out_file.tmp);
			out_file.tmp = NULL;
		}
	}
	if (fd < 0)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	if (fd != STDOUT_FILENO) {
		if (dup2(fd, STDOUT_FILENO) < 0)
			die(EXIT_DATA, "%s: %s", path, strerror(errno));
		close(fd);
	}
}

void
split_output_end(int ok)
{
	if (out_file.path == NULL)
		return;
	out_close();
	if (out_file.tmp != NULL) {
		if (!ok)
			(void)unlink(out_file.tmp);
		else if (rename(out_file.tmp, out_file.path) < 0)
			die(EXIT_DATA, "%s: %s", out_file.path,
			    strerror(errno));
		free(out_file.tmp);
		out_file.tmp = NULL;
	}
	free(out_file.path);
	out_file.path = NULL;
}
