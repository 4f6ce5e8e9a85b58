/*
 * Fuzzes extract-entities' pure parsers (dates.h, numbers.h) with any
 * bytes: each writes into a heap buffer of exactly the documented size,
 * so AddressSanitizer sees a byte too many, and what it returns on
 * success must be a NUL-terminated string of the promised shape.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "numbers.h"
#include "shim.h"

static void
check_shape(const char *out, size_t outsz, const char *allowed)
{
	size_t n = strnlen(out, outsz);

	if (n == outsz || n == 0)
		abort();	/* not terminated inside the buffer, or empty */
	if (strspn(out, allowed) != n)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct ymd anchor = { 2019, 1, 4 };
	char *out;
	int r;

	if (size > 0 && (data[0] & 1))
		anchor.y = 0;	/* no anchor */

	out = malloc(48);
	r = date_normalise(s, size, anchor.y ? &anchor : NULL, out, 48);
	if (r < DATE_INVALID || r > DATE_NORMALISED)
		abort();
	if (r == DATE_NORMALISED)
		check_shape(out, 48, "0123456789X-/");
	free(out);

	out = malloc(6);
	if (time_normalise(s, size, out, 6) == 0) {
		check_shape(out, 6, "0123456789:");
		if (strlen(out) != 5)
			abort();
	}
	free(out);

	out = malloc(48);
	if (number_value(s, size, out, 48) == 0)
		check_shape(out, 48, "0123456789.-");
	if (ordinal_normalise(s, size, out, 48) == 0)
		check_shape(out, 48, "0123456789");
	free(out);

	out = malloc(64);
	if (money_normalise(s, size, out, 64) == 0)
		check_shape(out, 64, "0123456789.- ABCDEFGHIJKLMNOPQRSTUVWXYZ");
	free(out);
	(void)currency_code(s, size);
	return 0;
}
