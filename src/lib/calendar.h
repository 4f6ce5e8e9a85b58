/*
 * calendar.h - whether a year, month and day name a real day: what
 * extract-entities' date reader and segment's dates in file names both
 * ask.
 */
#ifndef QUARRY_CALENDAR_H
#define QUARRY_CALENDAR_H

/* 1 when y-m-d is a real day of the proleptic Gregorian calendar
 * (years 1 to 9999). */
int date_valid(int y, int m, int d);

#endif
