/*
 * columns.h - which columns tocsv writes, and where each input has them.
 *
 * The first input fixes the columns: all of its header, or the ones -f
 * names, in that order.  Every later input must have the same column
 * names as the first (in any order) and is mapped onto them by name.
 */
#ifndef TOCSV_COLUMNS_H
#define TOCSV_COLUMNS_H

#include <stddef.h>

#include "rec.h"

struct columns {
	char	**header;	/* the first input's columns */
	size_t	  nheader;
	char	**names;	/* the columns written, in order */
	size_t	  nnames;
	size_t	 *idx;		/* their index in the current input */
};

/*
 * Takes the columns from r, the first input: fields (nfields names, or
 * NULL for all of r's columns).  A field r lacks is a data error.
 */
void columns_first(struct columns *c, struct rec *r, char *const *fields,
    size_t nfields);
/* Maps r's columns onto c; other columns than the first input's
 * (named first) are a data error. */
void columns_map(struct columns *c, struct rec *r, const char *first);
void columns_free(struct columns *c);

#endif
