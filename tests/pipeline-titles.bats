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

# Pages laid out as the text of big news sites comes out of a scraper
# (written for these tests; the furniture is the sites', the stories are
# made up): a menu of one- and two-word lines, sometimes with the site's
# name among them, before the headline; bylines and datelines in their
# formats; topic lists, related stories and comment forms after.
@test "articles: title, date and byline of pages with long site menus (six layouts)" {
	run articles --tsv "$FIXTURES"/segment/scraped-long-menu.txt \
	    "$FIXTURES"/segment/scraped-masthead-menu.txt \
	    "$FIXTURES"/segment/scraped-wire.txt \
	    "$FIXTURES"/segment/scraped-cable.txt \
	    "$FIXTURES"/segment/scraped-kicker.txt \
	    "$FIXTURES"/segment/scraped-blog.txt
	assert_success
	got=$(printf '%s\n' "$output" | awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
		{ sub(/.*\//, "", $c["doc"]); print $c["doc"] ": " $c["title"] " | " $c["date"] " | " $c["byline"] " | " $c["language"] }' | sort)
	[ "$got" = "scraped-blog.txt: Local council approves new park on former factory site | 2019-03-04 |  | en
scraped-cable.txt: Scientists discover new species of deep-sea octopus off Hawaii | 2019-03-04 | Ashley Strickland, CNN | en
scraped-kicker.txt: Oil prices rise as OPEC cuts tighten supply | 2019-03-04 | Henning Gloystein | en
scraped-long-menu.txt: Flood waters force thousands from homes in northern Italy | 2019-03-04 | Jane Smith | en
scraped-masthead-menu.txt: Brazil's president faces protests over pension reform plan | 2019-03-04 | Tom Phillips in Rio de Janeiro | en
scraped-wire.txt: Senate passes bill to fund border security | 2019-03-04 | MARY CLARE JALONICK | en" ]
}

# A site's line taken for the headline ("Watch Channel 9 live", above a
# list of other stories and a kicker too short to be the story) shares no
# words with the story; the headline below it does, and is the title.
@test "segment: the title is the line above the story that names it, not a site's line before it" {
	run bash -c "segment '$FIXTURES/segment/scraped-watch-live.txt' | cut -f 4,7 | grep -E '^(title|boilerplate)'"
	assert_success
	assert_line $'title\tGas blast brings down apartment block in Karlsberg, dozens missing'
	assert_line $'boilerplate\tWatch Channel 9 live'
	run title_date scraped-watch-live.txt
	assert_output "$(printf 'Gas blast brings down apartment block in Karlsberg, dozens missing\t2019-03-04')"
}

@test "articles: a dateline that gives the page's age first (\"Published 6 years ago on 30 Apr 2019\") dates the article by its day" {
	printf 'Fair draws makers from across Texas\n\nBy Reuters\n\nPublished 6 years ago on 30 Apr 2019\n\nThe fair in Tyler, Texas, drew makers from across the state on Saturday, organisers said.\n' >age.txt
	run bash -c "segment age.txt | cut -f 4,7 | grep dateline"
	assert_output "$(printf 'dateline\tPublished 6 years ago on 30 Apr 2019')"
	run bash -c "articles --tsv age.txt | cut -f 3"
	assert_output "$(printf 'date\n2019-04-30')"
}

# A site that writes the day first ("05/02/2019") shows it on the pages
# whose day is over 12: the dates of its other pages, in date lines of
# the same shape, are read day first too.
@test "articles: numeric dates read day first when another page's date line of the same shape shows the day first" {
	for d in 05/02/2019 13/02/2019 07/03/2019; do
		printf 'Ferry timetable changes anger island commuters\n\nIssued on: %s - 12:24\n\nCommuters from Gull Island say a new ferry timetable leaves them stranded in the evening.\n' "$d" >"page-${d%%/*}.txt"
	done
	printf 'Ferry timetable changes anger island commuters\n\nUpdated %s\n\nCommuters from Gull Island say a new ferry timetable leaves them stranded in the evening.\n' 05/02/2019 >other.txt
	run bash -c "articles --tsv page-*.txt other.txt | cut -f 1,3"
	assert_success
	assert_output "$(printf 'doc\tdate\npage-05.txt\t2019-02-05\npage-07.txt\t2019-03-07\npage-13.txt\t2019-02-13\nother.txt\t2019-05-02')"
	# alone, a page's slashes read month first
	run bash -c "articles --tsv page-05.txt | cut -f 3"
	assert_output "$(printf 'date\n2019-05-02')"
}

@test "segment: a run of menu lines is boilerplate before the article and after it, not within it" {
	printf 'News\nSport\nU.S.\niPlayer\nRiver levels fall as the rain eases in the north\n\nThe river fell by a metre overnight, officials said, and roads into the valley were reopened on Monday morning after three days.\n\nBolton\nLeeds\nYork\n\nThe towns above all lie on the same river, which rose faster than at any time since records began, and will be watched again tonight.\n\nTopics\nFloods\nWeather\n' >page.txt
	run segment page.txt
	assert_success
	roles=$(printf '%s\n' "$output" | awk -F'\t' 'NR > 1 { split($7, w, " "); print $4 ": " w[1] }')
	[ "$roles" = "boilerplate: News
boilerplate: Sport
boilerplate: U.S.
boilerplate: iPlayer
title: River
body: The
heading: Bolton
heading: Leeds
heading: York
body: The
boilerplate: Topics
boilerplate: Floods
boilerplate: Weather" ]
}

@test "segment: a lone short line before the article does not start the body; the headline after it is the title" {
	printf 'U.S.\nCouncil votes to keep the library open\nThe council voted on Tuesday to keep the branch library open for another year, after a petition.\n' >page.txt
	run segment page.txt
	assert_success
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$4 == "title" { print $7 }')" = "Council votes to keep the library open" ]
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

@test "segment: a Markdown heading's \"# \" is left out of the title column, kept in the row's text" {
	printf 'Menu\nNews\nSport\n\n# Council approves a new park\n\nThe council voted on Tuesday night to turn the old factory into a park, at a cost of two million.\n' >page.md
	run segment page.md
	assert_success
	[ "$(printf '%s\n' "$output" | awk -F'\t' 'NR == 2 { print $8 }')" = "Council approves a new park" ]
	printf '%s\n' "$output" | awk -F'\t' '$4 == "title" { print $7 }' | grep -qx '# Council approves a new park'
}

@test "segment: a long page of short menu lines and one-line paragraphs is not hard-wrapped: the headline stays apart from its byline" {
	{
		i=0; while [ $i -lt 40 ]; do echo "Section$i"; i=$((i + 1)); done
		i=0; while [ $i -lt 30 ]; do echo "Related story number $i about the council"; i=$((i + 1)); done
		echo "Fur fans flock to Toronto's Furnal Equinox 2019"
		echo "By Marcus Feld"
		i=0; while [ $i -lt 8 ]; do
			echo "The convention drew thousands of visitors to the city over the weekend, organisers said on Monday, and raised money for a local animal charity that looks after abandoned pets across the region. Paragraph $i ends here."
			i=$((i + 1))
		done
	} >page.txt
	run segment page.txt
	assert_success
	printf '%s\n' "$output" | awk -F'\t' '{ print $7 }' | grep -qx "Fur fans flock to Toronto's Furnal Equinox 2019"
	printf '%s\n' "$output" | awk -F'\t' '{ print $7 }' | grep -qx 'By Marcus Feld'
}

@test "segment: lynx output of a page with a long menu is hard-wrapped: its paragraphs' lines are joined" {
	{
		i=0; while [ $i -lt 50 ]; do echo "   * Menu$i"; i=$((i + 1)); done
		echo "Council approves a new park on the old factory site"
		i=0; while [ $i -lt 10 ]; do
			echo "   The council voted on Tuesday night to turn the old factory site into the"
			echo "   Maple Gardens park, at a cost of two million, after residents campaigned"
			echo "   for a decade for green space in the north of the town, the mayor said."
			echo
			i=$((i + 1))
		done
	} >page.txt
	run segment page.txt
	assert_success
	[ "$(printf '%s\n' "$output" | grep -c 'site into the Maple Gardens park')" -eq 10 ]
}

# fixtures/site: six pages of one made-up local paper whose slogan,
# newsletter line and three other stories' headlines stand above every
# headline; fixtures/syndicated: one wire story on five sites.
@test "articles: over the pages of one site, the lines they share are the site's, so each title is its headline" {
	run articles --tsv "$FIXTURES"/site/page-*.txt
	assert_success
	run cut -f 2 <<<"$output"
	assert_output "title
Ferry timetable changes anger island commuters
Lifeboat crew rescues two kayakers off Point Rowan
Old cannery to become arts centre after sale approved
School pupils plant two thousand trees along river bank
Harbour master retires after forty years at the quay
Bakery wins national award for its seaweed bread"
	# one page alone has no site to compare with, nor have the pages
	# with --min-docs 0: the slogan shares no words with the story, the
	# headline does
	run title_date ../site/page-1.txt
	assert_output "$(printf 'Ferry timetable changes anger island commuters\t2024-03-04')"
	run bash -c "articles --tsv --min-docs 0 '$FIXTURES'/site/page-*.txt | cut -f 2 | sort -u | wc -l"
	assert_output 7
}

@test "articles: five copies of a wire story, every line in five documents, keep their headline" {
	run bash -c "articles --tsv '$FIXTURES'/syndicated/copy-*.txt | cut -f 2 | sort | uniq -c"
	assert_success
	assert_output "      5 Wind farm approved despite objections from anglers
      1 title"
}

@test "sentences --furniture: the paragraphs made of lines in N or more documents, each once" {
	run sentences --furniture "$FIXTURES"/site/page-*.txt
	assert_success
	assert_output "The Harbour Gazette
Independent local journalism since 1887
Get the morning briefing delivered every weekday
Council approves new budget for harbour repairs
Storm damage closes coastal road for a week
Fishing fleet returns early as prices fall
Share this story
Tell us what you think about this story
© 2024 The Harbour Gazette"
	run sentences --furniture --min-docs 7 "$FIXTURES"/site/page-*.txt
	assert_output ''
	for f in "$FIXTURES"/site/page-*.txt; do
		segment "$f" >"$(basename "$f").tsv"
		echo "$PWD/$(basename "$f").tsv"
	done >list
	run sentences --furniture -S list
	assert_line --index 1 'Independent local journalism since 1887'
}

@test "entities: a date in the site's slogan is not a mention of the articles, unless --all" {
	run bash -c "entities --tsv '$FIXTURES'/site/page-*.txt | grep -c '	1887	'"
	assert_output 0
	# (without the site's lines, the slogan is still not the title)
	run bash -c "entities --tsv --min-docs 0 '$FIXTURES'/site/page-*.txt | grep -c '	1887	'"
	assert_output 0
	run bash -c "entities --tsv --all '$FIXTURES'/site/page-*.txt | grep -c '	1887	'"
	assert_output 6
	run bash -c "entity-summary --tsv '$FIXTURES'/site/page-*.txt | grep -c '	1887	'"
	assert_output 0
}

# fixtures/site-most-read: the same six pages with the site's "Most read"
# box above each story, listing all six headlines (so each headline is in
# six documents, its own page twice).
@test "articles: a headline the site's most-read box repeats on every page is still its page's title, above its byline" {
	run articles --tsv "$FIXTURES"/site-most-read/page-*.txt
	assert_success
	run cut -f 2,4 <<<"$output"
	assert_output "title	byline
Ferry timetable changes anger island commuters	Mara Ellison
Lifeboat crew rescues two kayakers off Point Rowan	Tom Hadley
Old cannery to become arts centre after sale approved	Mara Ellison
School pupils plant two thousand trees along river bank	Priya Nand
Harbour master retires after forty years at the quay	Tom Hadley
Bakery wins national award for its seaweed bread	Priya Nand"
}

@test "segment: a short page of lines of about one length, its paragraphs one long line each, is not a wrapped column (its headlines stay apart)" {
	run bash -c "segment '$FIXTURES/site-most-read/page-4.txt' | cut -f 2,7 | sed -n 2,8p"
	assert_output "1	The Harbour Gazette
2	Independent local journalism since 1887
3	Get the morning briefing delivered every weekday
4	Council approves new budget for harbour repairs
5	Storm damage closes coastal road for a week
6	Fishing fleet returns early as prices fall
7	Most read"
}

@test "articles: the date is the day published, not the day updated, on one line or two" {
	printf '%s\n' 'Ferry timetable changes anger island commuters' \
	    'Reuters London | Updated on January 05, 2019 Published on January 04, 2019' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$BATS_TEST_TMPDIR/one.txt"
	printf '%s\n' 'Lifeboat crew rescues two kayakers off Point Rowan' 'Our Bureau New Delhi' '' \
	    '| Updated on October 13, 2019' 'Published on October 10, 2019' '' \
	    'The crew reached the kayakers an hour after the alarm was raised at the harbour.' >"$BATS_TEST_TMPDIR/two.txt"
	run articles --tsv "$BATS_TEST_TMPDIR/one.txt" "$BATS_TEST_TMPDIR/two.txt"
	assert_success
	run cut -f 3 <<<"$output"
	assert_output "date
2019-01-04
2019-10-10"
}

@test "articles: the ISO date of date lines no rule knows (\"May. 31, 2019\", a bilingual site's \"Publié le 8 juillet 2019\", \"03.28.19 in Science\", \"05/Jan/2019\")" {
	d="$BATS_TEST_TMPDIR"
	printf '%s\n' 'Ferry timetable changes anger island commuters' '' \
	    'Published: May. 31, 2019 at 8:10 PM EDT' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$d/a.txt"
	printf '%s\n' 'Lifeboat crew rescues two kayakers off Point Rowan' '' \
	    'Publié le 8 juillet 2019' '' \
	    'The crew reached the kayakers an hour after the alarm was raised at the harbour.' >"$d/b.txt"
	printf '%s\n' 'Council approves new cycle lanes on Harbour Road' '' 'Jonas Reed' ',' \
	    '03.28.19 in Transportation' '' \
	    'The council voted on Tuesday night to build the lanes before the summer season begins.' >"$d/c.txt"
	printf '%s\n' 'Storm closes schools across the valley' '' '05/Jan/2019' '' \
	    'Schools across the valley closed on Friday as the storm brought down trees and power lines.' >"$d/e.txt"
	run articles --tsv "$d/a.txt" "$d/b.txt" "$d/c.txt" "$d/e.txt"
	assert_success
	run cut -f 3 <<<"$output"
	assert_output "date
2019-05-31
2019-07-08
2019-03-28
2019-01-05"
}

@test "articles: a bare year in the date line (\"By Press Association 2019 | UK news | Published: Mar 28, 2019\") gives way to the whole date after it" {
	d="$BATS_TEST_TMPDIR"
	printf '%s\n' 'Ferry timetable changes anger island commuters' '' \
	    'By Press Association 2019 | UK news | Published: Mar 28, 2019' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$d/pa.txt"
	run articles --tsv "$d/pa.txt"
	assert_success
	run cut -f 3 <<<"$output"
	assert_output "date
2019-03-28"
}

@test "articles: a month in lower case in the date line (\"january 6, 2019 06:21:54\", as Granma prints it) is read" {
	d="$BATS_TEST_TMPDIR"
	printf '%s\n' 'Ferry timetable changes anger island commuters' '' 'january 6, 2019 06:21:54' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$d/granma.txt"
	run articles --tsv "$d/granma.txt"
	assert_success
	run cut -f 3 <<<"$output"
	assert_output "date
2019-01-06"
}

@test "articles: a date line of a shape no other page shows is read day first by its date's shape on the site's other pages (\"HEALTH | 01/06/2019 20:09\" beside \"GULF | 14/01/2019 22:20\")" {
	d="$BATS_TEST_TMPDIR"
	printf '%s\n' 'Ferry timetable changes anger island commuters' '' 'GULF | 14/01/2019 22:20' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$d/a.txt"
	printf '%s\n' 'Clinic opens on the north quay' '' 'HEALTH | 01/06/2019 20:09' '' \
	    'The new clinic on the north quay opened its doors on Saturday after two years of building work.' >"$d/b.txt"
	run articles --tsv "$d/a.txt" "$d/b.txt"
	assert_success
	run cut -f 3 <<<"$output"
	assert_output "date
2019-01-14
2019-06-01"
}
