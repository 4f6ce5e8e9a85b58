/*
 * numbers.h - the values of numbers, amounts of money and ordinals as
 * news write them: "2,500", "1.5 million", "$40 billion", "€5m",
 * "forty-five", "21st", "2,500 $".  Pure functions; every result is an
 * exact decimal string (no floating point), e.g. "40000000000", "0.25".
 */
#ifndef QUARRY_NUMBERS_H
#define QUARRY_NUMBERS_H

#include <stddef.h>

/*
 * The value of the first number in s (n bytes), digits ("2,500", "1.5")
 * or words ("forty-five", "a dozen"), times a scale that follows it
 * ("million", "bn", "m", "k"), as a decimal string in out (outsz >= 48).
 * Returns 0, or -1 when s holds no number or the value has more than 40
 * digits.
 */
int number_value(const char *s, size_t n, char *out, size_t outsz);

/*
 * ISO 4217 code of the currency named in s ("$", "US$", "€", "£",
 * "rubles", "yuan", "EUR"...), or NULL.  The string is static.
 */
const char *currency_code(const char *s, size_t n);

/* "AMOUNT CODE" ("40000000000 USD"); 0, or -1 without amount or currency. */
int money_normalise(const char *s, size_t n, char *out, size_t outsz);

/* The number of an ordinal ("21st", "third", "twenty-first"); 0 or -1. */
int ordinal_normalise(const char *s, size_t n, char *out, size_t outsz);

#endif
