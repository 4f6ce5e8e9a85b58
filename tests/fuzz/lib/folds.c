/*
 * Fuzzes the `folds` column parser: what it accepts must format to a
 * canonical form that parses to the same entries, and mapping any text
 * offset must be defined behaviour (UBSan watches the arithmetic).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "folds.h"
#include "shim.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct folds f = FOLDS_INIT, g = FOLDS_INIT;
	struct buf one = BUF_INIT, two = BUF_INIT;
	size_t i, t;

	if (folds_parse(&f, (const char *)data, size) == 0) {
		folds_format(&f, &one);
		if (folds_parse(&g, one.data ? one.data : "", one.len) != 0 ||
		    g.n != f.n)
			abort();
		for (i = 0; i < f.n; i++)
			if (g.at[i] != f.at[i] || g.shift[i] != f.shift[i])
				abort();
		folds_format(&g, &two);
		if (two.len != one.len ||
		    (one.len && memcmp(one.data, two.data, one.len)))
			abort();
		for (i = 0; i < f.n; i++) {
			t = f.at[i];
			(void)folds_map(&f, t);
			(void)folds_map(&f, t + 1);
		}
		(void)folds_map(&f, 0);
	}
	folds_free(&f);
	folds_free(&g);
	buf_free(&one);
	buf_free(&two);
	return 0;
}
