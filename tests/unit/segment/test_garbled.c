/*
 * Misread print (garbled.c): paragraphs of old pages that optical
 * character recognition could not read are garbled; legible ones, with
 * their initials, numbers, brand names and accents, are not.
 */
#include <string.h>

#include "segment.h"
#include "tap.h"

static int
garbled(const char *s)
{
	return text_garbled(s, strlen(s));
}

int
main(void)
{
	ok(garbled("i r I ut rd tlJ Kll ."),
	    "letters alone and words without vowels");
	ok(garbled("Senator Avilllam'-j. fitnnA nf Xft- 1 sourt aryed."),
	    "marks inside, a capital after small letters, letters and digits");
	ok(garbled("To Be 781 sjc sc sj i(c sjc fc Jc s sjc sjc sjs"),
	    "a row of misread stars");
	ok(!garbled("E. N. Brushwood, 633 Iowa avenue, and J. W. Mahood."),
	    "initials, a number and names are words");
	ok(!garbled("YouTube personality Mr. CreepyPasta was on hand and did "
	    "a reading."), "two capitals inside words in eleven");
	ok(!garbled("The articles passed by votes of 230-to-197 and 229-to-198 "
	    "respectively."), "numbers with hyphens");
	ok(!garbled("The U.S. and the eleven-month-old boy, e.g. at 8:00 p.m. "
	    "on 6/14, paid $1,500."), "initials, hyphenated words, times, "
	    "dates and sums");
	ok(!garbled("Paweł Adamowicz of Gdańsk and Łukasz Szumowski spoke."),
	    "letters beyond ASCII are letters");
	ok(!garbled("McAdoo, DeWitt, LaFollette and O'Brien met the 22d."),
	    "Mc, De, La and O' before a capital, and an ordinal");
	ok(!garbled("Mr. and Mrs. Smith, Dr. and Mrs. Jones, St. Louis."),
	    "abbreviations without vowels are words");
	ok(!garbled("Bowling, p.; Fox, c.; Scott, ss.; Lloyd, rf.; Boyd, cf."),
	    "a letter or two and a full stop: an abbreviation");
	ok(!garbled("k r lrf hn"), "fewer than five words are never garbled");
	ok(!garbled("Ii x In the house of the man who sat there."),
	    "two words in eleven are not two in five");
	ok(!garbled("** ** ** -- ** !!"), "marks alone are no words");
	ok(!garbled(""), "(nothing)");
	return tap_done();
}
