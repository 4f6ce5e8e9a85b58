/*
 * Fuzzes dedupe's key folding (fold.h).  The first byte picks the flags,
 * the rest is the field.  Folding valid UTF-8 must give valid UTF-8, and
 * folding must be idempotent: a key folded again is the same key, or two
 * copies of one text could get different keys.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "fold.h"
#include "shim.h"
#include "utf8.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf once = BUF_INIT, twice = BUF_INIT;
	const char *s = (const char *)data + 1;
	size_t n = size - 1;
	int flags;

	if (size < 1)
		return 0;
	flags = data[0] & FOLD_ALL;
	buf_reserve(&twice, 1);
	buf_addc(&once, 'x');	/* appends after what is there */
	fold_append(&once, s, n, flags);
	if (once.data[0] != 'x')
		abort();
	if (utf8_check(s, n) == n) {
		if (utf8_check(once.data, once.len) != once.len)
			abort();
		fold_append(&twice, once.data + 1, once.len - 1, flags);
		if (twice.len != once.len - 1 ||
		    memcmp(twice.data, once.data + 1, twice.len) != 0)
			abort();
	}
	buf_free(&once);
	buf_free(&twice);
	return 0;
}
