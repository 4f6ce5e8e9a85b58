#!/usr/bin/env bats
# Title and date of scraped pages: site navigation before the headline,
# share and footer lines after (issue 6; bench/titles measures it on 171
# pages).  The fixtures are fixtures/segment/scraped-*.txt.

load helpers

setup() {
	cd "$BATS_TEST_TMPDIR"
}

title_date() {	# FIXTURE: "title<TAB>date" as the articles pipeline finds them
	articles --tsv "$FIXTURES/segment/$1" | awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
		{ print $c["title"] "\t" $c["date"] }'
}

@test "articles: a breadcrumb and masthead before the headline are not the title; a date beside the byline is the date" {
	run title_date scraped-breadcrumb.txt
	assert_success
	[ "$output" = "$(printf 'Storm surge floods the old harbour district for the third time this year\t2021-03-12')" ]
}

@test "articles: a short masthead gives way to the longer headline below a menu of sections" {
	run title_date scraped-masthead.txt
	assert_success
	[ "$output" = "$(printf 'Rail strike halts trains across the north\t2022-09-07')" ]
}

@test "articles: a dateline above the headline still dates it, and the masthead is not the title" {
	run title_date scraped-date-first.txt
	assert_success
	[ "$output" = "$(printf 'Researchers map the deep currents beneath Antarctic ice\t2019-10-03')" ]
}

@test "segment: navigation, share and footer lines of a scraped page are boilerplate" {
	run segment "$FIXTURES/segment/scraped-breadcrumb.txt"
	assert_success
	roles=$(printf '%s\n' "$output" | awk -F'\t' 'NR > 1 && $4 != "body" { print $4 ": " $7 }')
	[ "$roles" = "boilerplate: Skip to main content
boilerplate: Harbour Gazette
boilerplate: News » Local » Environment
boilerplate: Sign in
title: Storm surge floods the old harbour district for the third time this year
dateline: By Maria Okafor | 12 Mar 2021
boilerplate: Share this:
boilerplate: Facebook Twitter Email
boilerplate: © 2021 Harbour Gazette" ]
}

@test "segment: a short text of one-line paragraphs is not taken for hard-wrapped text" {
	run segment "$FIXTURES/segment/scraped-masthead.txt"
	assert_success
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$4 == "title" { print $7 }')" = "Rail strike halts trains across the north" ]
}
