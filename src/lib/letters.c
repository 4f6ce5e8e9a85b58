#include <string.h>

#include "letters.h"
#include "utf8.h"

int
cp_high_is_upper(uint32_t c)
{
	if (c >= 0xC0 && c <= 0xDE)
		return c != 0xD7;		/* not "×" */
	/* Latin Extended-A pairs a capital with its small letter, the
	 * capital first, but the pairs shift by one after "ĸ" (0x138),
	 * which has none, and again after "ŉ" (0x149); "Ÿ" (0x178) is the
	 * capital of Latin-1's "ÿ" */
	if (c >= 0x100 && c <= 0x137)
		return (c & 1) == 0;
	if (c >= 0x139 && c <= 0x148)
		return (c & 1) == 1;
	if (c >= 0x14A && c <= 0x177)
		return (c & 1) == 0;
	if (c >= 0x178 && c <= 0x17E)
		return c == 0x178 || (c & 1) == 1;
	if (c >= 0x391 && c <= 0x3A9)
		return 1;
	return c >= 0x400 && c <= 0x42F;
}

int
cp_high_is_lower(uint32_t c)
{
	if (c >= 0xDF && c <= 0xFF)
		return c != 0xF7;		/* not "÷" */
	if (c >= 0x100 && c <= 0x17F)
		return !cp_high_is_upper(c);	/* incl. ĸ ŉ ſ */
	if (c >= 0x3AC && c <= 0x3CE)
		return 1;
	return c >= 0x430 && c <= 0x45F;
}

uint32_t
cp_to_lower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
	if (!cp_high_is_upper(c))
		return c;
	if (c == 0x130)
		return 'i';
	if (c == 0x178)
		return 0xFF;
	if (c < 0x100 || (c >= 0x391 && c <= 0x3A9) || c >= 0x410)
		return c + 0x20;
	if (c >= 0x400)
		return c + 0x50;	/* "Ё" is "ё" */
	return c + 1;
}

/* The base letters of U+00C0 to U+017F, "." where there is none ("Æ",
 * "×", "ß", "Ĳ", "Œ"...). */
static const char base_latin[] =
    "AAAAAA.CEEEEIIIIDNOOOOO.OUUUUY.."	/* U+00C0 */
    "aaaaaa.ceeeeiiiidnooooo.ouuuuy.y"	/* U+00E0 */
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGg"	/* U+0100 */
    "GgGgHhHhIiIiIiIiIi..JjKk.LlLlLlL"	/* U+0120 */
    "lLlNnNnNnn..OoOoOo..RrRrRrSsSsSs"	/* U+0140 */
    "SsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";	/* U+0160 */

uint32_t
cp_base_letter(uint32_t c)
{
	if (c >= 0xC0 && c <= 0x17F)
		return base_latin[c - 0xC0] == '.' ? 0 :
		    (uint32_t)(unsigned char)base_latin[c - 0xC0];
	switch (c) {
	case 0x218: return 'S';		/* "Ș", Romanian, comma below */
	case 0x219: return 's';
	case 0x21A: return 'T';
	case 0x21B: return 't';
	default: return 0;
	}
}

size_t
letters_unaccent(const char *s, size_t n, char *out, size_t max)
{
	size_t i = 0, o = 0, len;
	uint32_t c, b;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			if (o == max)
				return 0;
			out[o++] = s[i++];
			continue;
		}
		if ((len = utf8_decode((const unsigned char *)s + i, n - i,
		    &c)) == 0)
			return 0;
		if ((b = cp_base_letter(c)) != 0) {
			if (o == max)
				return 0;
			out[o++] = (char)b;
		} else {
			if (max - o < len)
				return 0;
			memcpy(out + o, s + i, len);
			o += len;
		}
		i += len;
	}
	return o;
}
