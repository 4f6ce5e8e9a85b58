#include <stdlib.h>

#include "columns.h"
#include "util.h"

void
columns_first(struct columns *c, struct rec *r, char *const *fields,
    size_t nfields)
{
	size_t i;

	c->nheader = rec_ncols(r);
	c->header = ecalloc(c->nheader, sizeof *c->header);
	for (i = 0; i < c->nheader; i++)
		c->header[i] = estrdup(rec_colname(r, i));
	if (fields != NULL) {
		c->nnames = nfields;
		c->names = ecalloc(nfields, sizeof *c->names);
		for (i = 0; i < nfields; i++) {
			if (rec_col(r, fields[i]) < 0)
				rec_fail(r, "-f: no column '%s' in the header",
				    fields[i]);
			c->names[i] = estrdup(fields[i]);
		}
	} else {
		c->nnames = c->nheader;
		c->names = ecalloc(c->nnames, sizeof *c->names);
		for (i = 0; i < c->nnames; i++)
			c->names[i] = estrdup(c->header[i]);
	}
	c->idx = ecalloc(c->nnames, sizeof *c->idx);
}

void
columns_map(struct columns *c, struct rec *r, const char *first)
{
	size_t i;

	if (rec_ncols(r) != c->nheader)
		rec_fail(r, "%zu columns, the first input (%s) has %zu",
		    rec_ncols(r), first, c->nheader);
	for (i = 0; i < c->nheader; i++)
		if (rec_col(r, c->header[i]) < 0)
			rec_fail(r, "no column '%s', which the first input "
			    "(%s) has", c->header[i], first);
	for (i = 0; i < c->nnames; i++)
		c->idx[i] = (size_t)rec_col(r, c->names[i]);
}

void
columns_free(struct columns *c)
{
	size_t i;

	for (i = 0; i < c->nheader; i++)
		free(c->header[i]);
	for (i = 0; i < c->nnames; i++)
		free(c->names[i]);
	free(c->header);
	free(c->names);
	free(c->idx);
}
