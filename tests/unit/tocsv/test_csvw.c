/* tocsv's core: the formula guard, the number exemption, when to quote. */
#include <string.h>

#include "csvw.h"
#include "tap.h"

#define S(lit) lit, sizeof lit - 1

static void
test_formula_like(void)
{
	static const char *const risky[] = {
		"=1+1", "+A1", "-A1", "@SUM(A1)", "\tx", "\rx", "\nx",
		"  =1", "\xC2\xA0=1", " \xC2\xA0 @x", "\xEF\xBC\x9D" "1",
		"\xEF\xBC\x8B" "A1", "\xEF\xBC\x8D" "A1", "\xEF\xBC\xA0" "x",
		"-", "+", "-2+3", "--2", "-1e", "-2 ", "- 2", "+.", "-1e+",
		"=", "@",
	};
	static const char *const safe[] = {
		"", " ", "\xC2\xA0", "plain", "a=b", "x@y.org", "(=1)",
		"-2", "+3.5", "-0.25", "-.5", "+1e5", "-1E-3", " -2",
		"\xC2\xA0-7", "2", "1-2", "\xEF\xBC\x81", "\xEF\xBC",
		"\xC2", "'=1",
	};
	size_t i;

	for (i = 0; i < sizeof risky / sizeof *risky; i++)
		ok(formula_like(risky[i], strlen(risky[i])),
		    "formula-like: case %zu", i);
	for (i = 0; i < sizeof safe / sizeof *safe; i++)
		ok(!formula_like(safe[i], strlen(safe[i])),
		    "not formula-like: case %zu", i);
	ok(formula_like(S("=1")) && !formula_like("=1", 0),
	    "formula_like reads only n bytes");
}

static void
test_plain_number(void)
{
	ok(plain_number(S("0")) && plain_number(S("-2")) &&
	    plain_number(S("+3.5")) && plain_number(S("3.")) &&
	    plain_number(S(".5")) && plain_number(S("6.02e23")) &&
	    plain_number(S("-1E-3")), "plain numbers");
	ok(!plain_number(S("")) && !plain_number(S("-")) &&
	    !plain_number(S(".")) && !plain_number(S("1e")) &&
	    !plain_number(S("1..2")) && !plain_number(S("1,5")) &&
	    !plain_number(S("0x10")) && !plain_number(S("1 ")) &&
	    !plain_number(S("e5")) && !plain_number(S("--1")),
	    "not plain numbers");
}

static void
test_needs_quotes(void)
{
	ok(!csv_needs_quotes(S(""), ','), "empty: no quotes");
	ok(!csv_needs_quotes(S("plain text; here"), ','),
	    "inner spaces and other delimiters: no quotes");
	ok(csv_needs_quotes(S("a,b"), ','), "the delimiter: quotes");
	ok(!csv_needs_quotes(S("a,b"), ';') && csv_needs_quotes(S("a;b"),
	    ';'), "the chosen delimiter, not the comma");
	ok(csv_needs_quotes(S("say \"x\""), ','), "a quote: quotes");
	ok(csv_needs_quotes(S("a\rb"), ',') && csv_needs_quotes(S("a\nb"),
	    ','), "CR or LF: quotes");
	ok(csv_needs_quotes(S(" a"), ',') && csv_needs_quotes(S("a "), ',')
	    && csv_needs_quotes(S("\ta"), ',') && csv_needs_quotes(S("a\t"),
	    ','), "leading or trailing space or TAB: quotes");
	ok(!csv_needs_quotes(S("a\tb"), ',') && csv_needs_quotes(S("a\tb"),
	    '\t'), "an inner TAB only when it is the delimiter");
	ok(!csv_needs_quotes(S("caf\xC3\xA9 \xE6\x9D\xB1"), ','),
	    "UTF-8 text: no quotes");
}

int
main(void)
{
	test_formula_like();
	test_plain_number();
	test_needs_quotes();
	return tap_done();
}
