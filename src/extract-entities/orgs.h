/*
 * orgs.h - organisation and place names the finders cut into pieces,
 * put back together once a sentence's mentions are chosen.
 */
#ifndef QUARRY_ORGS_H
#define QUARRY_ORGS_H

#include "lexicon.h"
#include "mention.h"

/*
 * Joins, in ms (the mentions of text, resolved: sorted, not
 * overlapping), an organisation and the place after it ("Supreme Court"
 * of the "United Kingdom",
 * "University of Colorado" at "Boulder"), and an organisation ending in
 * an organisation word with the capitalised words and "and" before it
 * ("Pacific Gas and" "Electric Company", "House Oversight and" "Reform
 * Committee").  The joined mention is an ORG whose norm is its text.
 */
void org_joins(const struct lexicon *x, const char *text,
    struct mentions *ms);
/*
 * Joins, in ms as above, a place's head word taken for a name of its own
 * and the name or capitalised word right after it ("Fort" "Vaux"): a LOC
 * whose norm is its text.
 */
void place_joins(const struct lexicon *x, const char *text, size_t len,
    struct mentions *ms);
/*
 * Joins, in ms as above, a place (not a country) after "the" and the
 * capitalised plural after it: a team, a firm, a troupe ("the Dallas
 * Cowboys", "the St. Louis Cardinals", "the Tacoma Elks"), an ORG whose
 * norm is its text.  Not a place's own plural ("Dawson Springs"), a
 * people's or a party's ("the Pennsylvania Germans", "the Kansas
 * Republicans").
 */
void team_joins(const struct lexicon *x, const char *text, size_t len,
    struct mentions *ms);
/*
 * Puts in ms as above a firm named by its web domain ("Amazon.com",
 * "Booking.com", "Amazon.com Inc."), an ORG whose norm is its text, in
 * the place of the mentions it covers (the finders' "Amazon", a river);
 * a link's domain ("www.cdc.gov") is none.
 */
void web_bodies(const struct lexicon *x, const char *text, size_t len,
    struct mentions *ms);

#endif
