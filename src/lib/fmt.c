#include <string.h>

#include "fmt.h"

/* 10^0 .. 10^19. */
const unsigned long long fmt_pow10[20] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL, 10000000000000ULL,
	100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
	100000000000000000ULL, 1000000000000000000ULL,
	10000000000000000000ULL
};

/* "00" to "99": two digits a division. */
const char fmt_digit_pairs[201] =
    "0001020304050607080910111213141516171819"
    "2021222324252627282930313233343536373839"
    "4041424344454647484950515253545556575859"
    "6061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

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
