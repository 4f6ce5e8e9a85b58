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
 * Republicans").  So is a town and a football club's word after it
 * ("Manchester United", "Blackburn Rovers", "Newcastle United FC"), with
 * or without "the".
 */
void team_joins(const struct lexicon *x, const char *text, size_t len,
    struct mentions *ms);
/*
 * Puts in ms as above a firm named by its web domain ("Amazon.com",
 * "Booking.com", "Amazon.com Inc."), an ORG whose norm is its text, in
 * the place of the mentions it covers (the finders' "Amazon", a river),
 * or a FAC with a building's word after it ("Crypto.com Arena"); a
 * link's domain ("www.cdc.gov") is none.
 */
void web_bodies(const struct lexicon *x, const char *text, size_t len,
    struct mentions *ms);
/*
 * Puts in ms as above a firm named by two names and "&" ("Procter &
 * Gamble", "Johnson & Johnson", "Armour & Co.", "Smith & Sons"), or by
 * capitals joined by it ("AT&T", "PG&E", the index "S&P 500"), an ORG
 * whose norm is its text, in the place of what the finders took of it
 * (two people "Johnson").  Not the initials of things ("Q&A", "R&D"),
 * misread print ("Tisdale&Bthe"), nor two common words alone ("Gold &
 * Silver"; "Colorado Fuel & Iron", "Building & Loan Association" are
 * firms).  Two first names are taken for one too ("his sons Wyatt &
 * Zach"): on the 1916 pages such pairs are nearly all partners'
 * surnames ("Carothers & Allen").
 */
void ampersand_bodies(const struct lexicon *x, const char *text, size_t len,
    struct mentions *ms);

/*
 * Puts in ms as above a firm named before what only a firm has
 * ("Oracle's shares", "Amazon's chief executive", "Target's CEO"), an ORG
 * whose norm is its text, when the finders took nothing of its words or
 * a place ("Amazon", the river; not a country, state or town, whose
 * "quarterly" report is a government's, nor a person, whose shares are
 * his own).
 */
void business_owners(const char *text, size_t len, struct mentions *ms);

#endif
