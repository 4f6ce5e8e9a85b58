/*
 * utf8.h - strict UTF-8 decoding (no overlong forms, no surrogates,
 * nothing above U+10FFFF), as RFC 3629 requires.
 */
#ifndef QUARRY_UTF8_H
#define QUARRY_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decodes the sequence at s (n bytes available).  Returns its length
 * (1 to 4) and stores the code point in *cp, or returns 0 when the bytes
 * are not valid UTF-8.
 */
size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Offset of the first invalid byte in s, or n when all of s is valid. */
size_t utf8_check(const char *s, size_t n);

/* Encodes cp into out (4 bytes room); returns the length. */
size_t utf8_encode(uint32_t cp, char *out);

/*
 * Whether s (n bytes) starts with a UTF-16 byte-order mark, FF FE or
 * FE FF: a file saved as "Unicode" on Windows, whose every other byte is
 * NUL as UTF-8 reads it, so that a reader can say what to do with it
 * rather than report every byte.
 */
int utf16_bom(const char *s, size_t n);

#endif
