/* fmt: numbers as printf writes them, fields as buf_add_field does. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "fmt.h"
#include "tap.h"

/* 1 when fmt_ulong writes v as printf's %llu does, within its room. */
static int
same_as_printf(unsigned long long v)
{
	char got[FMT_ULONG_MAX + 8], want[32];
	char *end;

	memset(got, '#', sizeof got);
	end = fmt_ulong(got, v);
	snprintf(want, sizeof want, "%llu", v);
	return (size_t)(end - got) == strlen(want) &&
	    (size_t)(end - got) <= FMT_ULONG_MAX &&
	    memcmp(got, want, strlen(want)) == 0 && *end == '#';
}

static void
test_ulong(void)
{
	unsigned long long p, v;
	size_t bad = 0, k;

	for (v = 0; v < 200000; v++)
		bad += !same_as_printf(v);
	ok(bad == 0, "0 to 199999 (%zu wrong)", bad);
	/* around every power of two and of ten, where the count of
	 * digits is found */
	for (k = 0, bad = 0; k < 64; k++) {
		p = 1ULL << k;
		bad += !same_as_printf(p - 1) + !same_as_printf(p) +
		    !same_as_printf(p + 1);
	}
	for (p = 10; p <= ULLONG_MAX / 10; p *= 10)
		bad += !same_as_printf(p - 1) + !same_as_printf(p) +
		    !same_as_printf(p + 1);
	bad += !same_as_printf(10000000000000000000ULL) +
	    !same_as_printf(9999999999999999999ULL) +
	    !same_as_printf(ULLONG_MAX) + !same_as_printf(ULLONG_MAX - 1);
	ok(bad == 0, "around powers of two and ten, up to ULLONG_MAX "
	    "(%zu wrong)", bad);
}

static void
test_field(void)
{
	static const char *cases[] = { "", "plain", "a\tb\\c\nd\re",
	    "\\\\\t\t", "trailing\\", "Citt\xC3\xA0 \xE2\x80\x94" };
	char got[64];
	struct buf want = BUF_INIT;
	size_t i, n, bad = 0;
	char *end;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		n = strlen(cases[i]);
		buf_reset(&want);
		buf_add_field(&want, cases[i], n);
		end = fmt_field(got, cases[i], n);
		bad += (size_t)(end - got) != want.len ||
		    memcmp(got, want.data, want.len) != 0;
	}
	ok(bad == 0, "fmt_field escapes as buf_add_field (%zu wrong)", bad);
	buf_free(&want);
}

int
main(void)
{
	test_ulong();
	test_field();
	return tap_done();
}
