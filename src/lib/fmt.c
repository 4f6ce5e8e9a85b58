#include <string.h>

#include "fmt.h"

/* 10^0 .. 10^19. */
static const unsigned long long pow10[] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL, 10000000000000ULL,
	100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
	100000000000000000ULL, 1000000000000000000ULL,
	10000000000000000000ULL
};

/* "00" to "99": two digits a division. */
static const char digit_pairs[] =
    "0001020304050607080910111213141516171819"
    "2021222324252627282930313233343536373839"
    "4041424344454647484950515253545556575859"
    "6061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* The digits are written last first, once their count is known. */
char *
fmt_ulong(char *d, unsigned long long v)
{
	size_t n;
	char *end;

	if (v < 10) {
		*d = (char)('0' + v);
		return d + 1;
	}
	/* v has 2^k <= v < 2^(k+1) and so floor(k log10 2) + 1 digits
	 * (k * 1233 >> 12 is floor(k log10 2) for k < 64), or one more
	 * when it reaches the next power of ten. */
	n = (size_t)(63 - __builtin_clzll(v)) * 1233 >> 12;
	n += 1 + (v >= pow10[n + 1]);
	end = d += n;
	for (; v >= 100; v /= 100) {
		d -= 2;
		memcpy(d, digit_pairs + v % 100 * 2, 2);
	}
	if (v >= 10)
		memcpy(d - 2, digit_pairs + v * 2, 2);
	else
		d[-1] = (char)('0' + v);
	return end;
}

const char fmt_field_escape[256] = {
	['\\'] = '\\', ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r'
};

/* Escaped as it is copied, in one pass: most fields are a few bytes. */
char *
fmt_field(char *d, const char *s, size_t n)
{
	size_t i;
	char esc;

	/* (by index: s may be NULL when n is 0, and NULL + 0 is undefined) */
	for (i = 0; i < n; i++) {
		if ((esc = fmt_field_escape[(unsigned char)s[i]]) == 0) {
			*d++ = s[i];
		} else {
			*d++ = '\\';
			*d++ = esc;
		}
	}
	return d;
}
