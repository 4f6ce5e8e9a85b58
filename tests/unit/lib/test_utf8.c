/* utf8: strict decoding as RFC 3629 requires, and encoding. */
#include <stdint.h>
#include <string.h>

#include "tap.h"
#include "utf8.h"

static int
rejected(const char *s)
{
	uint32_t cp = 0;

	return utf8_decode((const unsigned char *)s, strlen(s), &cp) == 0;
}

static void
test_valid(void)
{
	uint32_t cp = 0;

	ok(utf8_decode((const unsigned char *)"A", 1, &cp) == 1 && cp == 'A',
	    "ASCII decodes to itself");
	ok(utf8_decode((const unsigned char *)"\xC2\xA0", 2, &cp) == 2 &&
	    cp == 0xA0, "two bytes: U+00A0 NO-BREAK SPACE");
	ok(utf8_decode((const unsigned char *)"\xE2\x82\xAC", 3, &cp) == 3 &&
	    cp == 0x20AC, "three bytes: U+20AC EURO SIGN");
	ok(utf8_decode((const unsigned char *)"\xF0\x9F\x98\x80", 4, &cp) == 4
	    && cp == 0x1F600, "four bytes: U+1F600");
	ok(utf8_decode((const unsigned char *)"\xF4\x8F\xBF\xBF", 4, &cp) == 4
	    && cp == 0x10FFFF, "U+10FFFF, the last code point, is valid");
	ok(utf8_decode((const unsigned char *)"\xEF\xBB\xBF", 3, &cp) == 3 &&
	    cp == 0xFEFF, "a BOM is a valid character");
	ok(utf8_decode((const unsigned char *)"\0", 1, &cp) == 1 && cp == 0,
	    "NUL is valid UTF-8");
}

static void
test_invalid(void)
{
	ok(rejected("\xC0\xAF"), "overlong 2-byte '/' (C0 AF) rejected");
	ok(rejected("\xC1\xBF"), "overlong C1 lead rejected");
	ok(rejected("\xE0\x80\xAF"), "overlong 3-byte '/' (E0 80 AF) rejected");
	ok(rejected("\xE0\x9F\xBF"), "overlong 3-byte U+07FF rejected");
	ok(rejected("\xF0\x80\x80\xAF"), "overlong 4-byte '/' rejected");
	ok(rejected("\xF0\x8F\xBF\xBF"), "overlong 4-byte U+FFFF rejected");
	ok(rejected("\xED\xA0\x80"), "surrogate U+D800 rejected");
	ok(rejected("\xED\xBF\xBF"), "surrogate U+DFFF rejected");
	ok(rejected("\xED\xA0\xBD\xED\xB8\x80"),
	    "CESU-8 surrogate pair rejected");
	ok(rejected("\xF4\x90\x80\x80"), "U+110000, above U+10FFFF, rejected");
	ok(rejected("\xF5\x80\x80\x80"), "lead byte F5 rejected");
	ok(rejected("\xFF"), "byte FF rejected");
	ok(rejected("\x80"), "lone continuation byte rejected");
	ok(rejected("\xC3"), "truncated 2-byte sequence rejected");
	ok(rejected("\xE2\x82"), "truncated 3-byte sequence rejected");
	ok(rejected("\xE2\x28\xA1"), "bad continuation byte rejected");
}

static void
test_check(void)
{
	ok(utf8_check("", 0) == 0, "empty string is valid");
	ok(utf8_check("abc", 3) == 3, "ASCII is valid");
	ok(utf8_check("Citt\xC3\xA0 \xE6\x9D\xB1", 10) == 10,
	    "mixed text is valid");
	ok(utf8_check("ab\xC0\xAF" "cd", 6) == 2,
	    "utf8_check gives the offset of an overlong form");
	ok(utf8_check("\xC3\xA9\xED\xA0\x80", 5) == 2,
	    "utf8_check gives the offset of a surrogate");
	ok(utf8_check("abc\xC3", 4) == 3,
	    "a sequence cut by the end of the string is invalid");
	ok(utf8_check("\xC3\xA9", 1) == 0,
	    "utf8_check never reads past n");
}

/* Every scalar value encodes and decodes back to itself. */
static void
test_round_trip(void)
{
	char b[4];
	uint32_t cp, back;
	size_t len, bad = 0, lenbad = 0;

	for (cp = 0; cp <= 0x10FFFF; cp++) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		len = utf8_encode(cp, b);
		if (len != (cp < 0x80 ? 1u : cp < 0x800 ? 2u :
		    cp < 0x10000 ? 3u : 4u))
			lenbad++;
		if (utf8_decode((unsigned char *)b, len, &back) != len ||
		    back != cp)
			bad++;
	}
	ok(lenbad == 0, "utf8_encode uses the shortest form for every "
	    "scalar value");
	ok(bad == 0, "every scalar value round-trips (%zu failures)", bad);
}

static void
test_utf16_bom(void)
{
	ok(utf16_bom("\xFF\xFEH\0", 4), "FF FE (UTF-16LE) is a UTF-16 mark");
	ok(utf16_bom("\xFE\xFF\0H", 4), "FE FF (UTF-16BE) is a UTF-16 mark");
	ok(!utf16_bom("\xFF", 1), "one byte is no mark");
	ok(!utf16_bom("\xEF\xBB\xBFH", 4), "UTF-8's mark is not UTF-16's");
	ok(!utf16_bom("Hi", 2), "ASCII is no mark");
	ok(!utf16_bom("", 0), "nothing is no mark");
}

int
main(void)
{
	test_valid();
	test_invalid();
	test_check();
	test_round_trip();
	test_utf16_bom();
	return tap_done();
}
