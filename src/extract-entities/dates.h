/*
 * dates.h - reading English date expressions and writing them in ISO 8601.
 *
 * Pure functions, no state: what a pattern in data/entities/patterns.rules
 * found as a DATE is handed to date_normalise, which knows the forms those
 * patterns match ("March 31, 2023", "31 March 2023", "March 31st",
 * "JUNE 2023", "31.03.2023", "2023-03-31", "2019", "Friday, January 4,
 * 2019", "yesterday", "on Friday", "last week", ranges such as
 * "March 27 - April 2, 2023" or "2019-2021").
 */
#ifndef QUARRY_DATES_H
#define QUARRY_DATES_H

#include <stddef.h>

#include "calendar.h"	/* date_valid */

/* A calendar date; m and d are 0 when the expression does not say. */
struct ymd {
	int	y, m, d;
};

/* Days since 1970-01-01 (negative before), and back. */
long date_to_days(int y, int m, int d);
void date_from_days(long days, struct ymd *out);
/* 0 = Monday ... 6 = Sunday. */
int date_weekday(int y, int m, int d);

/* Parses exactly "YYYY-MM-DD"; returns 0, or -1 when s is not a valid date. */
int date_parse_iso(const char *s, struct ymd *out);

enum {
	DATE_INVALID = -1,	/* not a date, or an impossible one (31.02.) */
	DATE_UNRESOLVED = 0,	/* a date, but relative with no anchor */
	DATE_NORMALISED = 1	/* out holds the ISO 8601 form */
};

/*
 * Normalises the date expression s (n bytes) into out (outsz bytes, 48
 * are always enough): "2023-03-31", "2023-06", "2023",
 * "2023-03-27/2023-04-02".  Relative expressions are resolved against
 * anchor, the article's date; anchor may be NULL (or have y == 0) when it
 * is unknown, or have d == 0 when only its month is known ("JUNE 2023"),
 * which dates "early March" but not "Friday".  A day and month without a year take the anchor's year, or
 * are written "XXXX-MM-DD" without one.  Returns one of the DATE_ values.
 */
int date_normalise(const char *s, size_t n, const struct ymd *anchor,
    char *out, size_t outsz);

/*
 * Normalises a clock time ("3 p.m.", "15:30", "noon") to "HH:MM" in out
 * (at least 6 bytes).  Returns 0, or -1 when s is not a valid time.
 */
int time_normalise(const char *s, size_t n, char *out, size_t outsz);

#endif
