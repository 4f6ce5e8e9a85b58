#!/usr/bin/env bats
# extract-entities: mentions of people, places, dates, money... with their
# normal forms and byte offsets into the source documents.

load helpers

EE="$FIXTURES/extract-entities"

setup() {
	TMP=$(mktemp -d)
}

teardown() {
	rm -rf "$TMP"
}

# the row of a mention: "text<TAB>type<TAB>norm"
mention_rows() {
	cut -f5-7
}

@test "help prints usage on stdout and exits 0" {
	run extract-entities --help
	assert_success
	assert_line --index 0 --partial "usage: extract-entities"
	assert_output --partial "--rules FILE"
}

@test "version prints the quarry version" {
	run extract-entities --version
	assert_success
	assert_output --partial "(quarry)"
}

@test "an unknown option is a one-line usage error (exit 2)" {
	run extract-entities --frobnicate
	assert_failure 2
	assert_output "extract-entities: unknown option --frobnicate (see extract-entities --help)"
}

@test "an option without its argument is a usage error" {
	run extract-entities --rules
	assert_failure 2
	assert_output --partial "--rules needs an argument"
}

@test "an impossible --date is a usage error naming it" {
	run extract-entities --date 2023-02-30 "$EE/meeting.sentences.tsv"
	assert_failure 2
	assert_output "extract-entities: --date wants a real YYYY-MM-DD date, not '2023-02-30'"
}

@test "the seed articles give the golden mentions" {
	cd "$QUARRY_TOP"
	run extract-entities fixtures/extract-entities/seeds.tsv
	assert_success
	diff -u fixtures/extract-entities/seeds.golden <(printf '%s\n' "$output")
}

@test "the Wikinews articles give the golden mentions" {
	run extract-entities "$EE/wikinews.tsv"
	assert_success
	diff -u "$EE/wikinews.golden" <(printf '%s\n' "$output")
}

@test "the seed targets of issue 4 are found and normalised" {
	extract-entities "$EE/seeds.tsv" | mention_rows >"$TMP/rows"
	for want in \
	    "Vladimir Putin	PERSON	Vladimir Putin" \
	    "Putin	PERSON	Vladimir Putin" \
	    "Sergei Lavrov	PERSON	Sergei Lavrov" \
	    "Xi Jinping	PERSON	Xi Jinping" \
	    "NATO	ORG	North Atlantic Treaty Organization" \
	    "RIA Novosti	ORG	RIA Novosti" \
	    "UN	ORG	United Nations" \
	    "Islamic State	ORG	Islamic State" \
	    "Russia	GPE	Russia" "China	GPE	China" "Syria	GPE	Syria" \
	    "Beijing	GPE	Beijing" "Moscow	GPE	Moscow" \
	    "Washington	GPE	Washington" \
	    "US	GPE	United States" "United States	GPE	United States" \
	    "Russian	NORP	Russia" \
	    "March 31, 2023	DATE	2023-03-31" \
	    "JUNE 2023	DATE	2023-06" \
	    "No. 229	LAW	No. 229" "clause 56	LAW	clause 56" \
	    "2,500 $	MONEY	2500 USD"; do
		grep -qxF "$want" "$TMP/rows" || { echo "missing: $want"; false; }
	done
}

@test "a minus sign before a number or currency sign makes the value negative, not in 2018-19 or COVID-19" {
	run sh -c "extract-entities | cut -f5-7" <<'EOF2'
text
Growth was -0.3% in the quarter, a loss of -$2.5 million.
It was -5 degrees, or −4 degrees, and -10C at night; the index closed at -1.5.
The 2018-19 season saw COVID-19 cases.
EOF2
	assert_success
	assert_line "-0.3%	PERCENT	-0.3"
	assert_line "-\$2.5 million	MONEY	-2500000 USD"
	assert_line "-5 degrees	QUANTITY	-5 degrees"
	assert_line "−4 degrees	QUANTITY	−4 degrees"
	assert_line "-10C	QUANTITY	-10C"
	assert_line "-1.5	CARDINAL	-1.5"
	assert_line "19	CARDINAL	19"
	refute_output --partial "	-19"
}

@test "a scale in capitals after money counts: \$500K, \$5M, \$2B, 3Bn" {
	run sh -c "extract-entities | cut -f5-7" <<'EOF2'
text
They paid $500K, £20K, $75k, $5M, $2B and £3Bn.
EOF2
	assert_success
	assert_line "\$500K	MONEY	500000 USD"
	assert_line "£20K	MONEY	20000 GBP"
	assert_line "\$75k	MONEY	75000 USD"
	assert_line "\$5M	MONEY	5000000 USD"
	assert_line "\$2B	MONEY	2000000000 USD"
	assert_line "£3Bn	MONEY	3000000000 GBP"
}

@test "a document reference is one LAW with its prefix and letter: H.R. 1, Executive Order 13769, Bill C-69, Proposition 8, Public Law 115-97" {
	run sh -c "extract-entities | cut -f5-7" <<'EOF2'
text
The House passed H.R. 1 after Executive Order 13769 was signed.
Bill C-69 and Proposition 8 failed; Public Law 115-97 was enacted.
EOF2
	assert_success
	assert_line "H.R. 1	LAW	H.R. 1"
	assert_line "Executive Order 13769	LAW	Executive Order 13769"
	assert_line "Bill C-69	LAW	Bill C-69"
	assert_line "Proposition 8	LAW	Proposition 8"
	assert_line "Public Law 115-97	LAW	Public Law 115-97"
	refute_output --partial "CARDINAL"
	refute_output --partial "PERSON"
}

# (Until stop 54 "SB 1047" was the number 1047.)
@test "a US state's bill is one LAW (SB 1047, S.B. 8, HB1557, LB 574); not a short one run together (SB2), as misread print has it" {
	run sh -c "extract-entities | cut -f5-7" <<'EOF2'
text
Gov. Gavin Newsom signed SB 1047, and Texas passed S.B. 8 and HB1557; Nebraska's LB 574 failed, not SB2.
EOF2
	assert_success
	assert_line "SB 1047	LAW	SB 1047"
	assert_line "S.B. 8	LAW	S.B. 8"
	assert_line "HB1557	LAW	HB1557"
	assert_line "LB 574	LAW	LB 574"
	refute_output --partial "SB2"
	refute_output --partial "CARDINAL"
}

# (Until stop 54 "the third quarter of 2023" was the ordinal "third" and
# the year.)
@test "a quarter by its ordinal with its year (the third quarter of 2023, first-quarter 2024) is a DATE, the range of its months; without a year it is a game's" {
	run sh -c "extract-entities | cut -f5-7" <<'EOF2'
text
Prices rose in the third quarter of 2023 and in first-quarter 2024. In the third quarter, the Lakers led.
EOF2
	assert_success
	assert_line "third quarter of 2023	DATE	2023-07/2023-09"
	assert_line "first-quarter 2024	DATE	2024-01/2024-03"
	assert_line "third	ORDINAL	3"
}

@test "a quarter with its year is a DATE, the range of its months, not a place" {
	run sh -c "extract-entities | cut -f5-7" <<'EOF2'
doc	date	text
d	2019-01-10	Sales rose in Q4 2018, and fell in Q1.
EOF2
	assert_success
	assert_line "Q4 2018	DATE	2018-10/2018-12"
	assert_line "Q1	DATE	2019-01/2019-03"
	refute_output --partial "GPE"
}

# (Until stop 51 one date in ten of the 1916 pages, its comma misread,
# was a day and a year apart, and a paper's masthead dated it a year.)
@test "a date whose comma OCR misread is one DATE with its day: JUNE 9. 1916, June 11, .1916, June 3,, 1916, JUNE 8.1916; a date column so misread dates the document" {
	run sh -c "extract-entities | cut -f5-7" <<'EOF2'
doc	date	text
d	june 3,, 1916	The paper of JUNE 9. 1916 and that of June 11, .1916 came today.
d	june 3,, 1916	On June 3,, 1916 and JUNE 8.1916 it rained; 9. 1916 men came.
EOF2
	assert_success
	assert_line "JUNE 9. 1916	DATE	1916-06-09"
	assert_line "June 11, .1916	DATE	1916-06-11"
	assert_line "today	DATE	1916-06-03"
	assert_line "June 3,, 1916	DATE	1916-06-03"
	assert_line "JUNE 8.1916	DATE	1916-06-08"
	assert_line "9	CARDINAL	9"
}

@test "cents and pence are money, Rs and crore rupees, 2.1pc a percentage" {
	run sh -c "extract-entities | cut -f5-7" <<'EOF2'
text
A stamp cost 50 cents, or 20 pence, and the project Rs 500 crore.
Inflation was 2.1pc last year.
EOF2
	assert_success
	assert_line "50 cents	MONEY	0.5 USD"
	assert_line "20 pence	MONEY	0.2 GBP"
	assert_line "Rs 500 crore	MONEY	5000000000 INR"
	assert_line "2.1pc	PERCENT	2.1"
	refute_output --partial "CARDINAL"
}

# (Until stop 54 "0.2 percentage points" was the number 0.2.)
@test "a change in percentage points is a PERCENT (0.2 percentage points, 1 percentage point)" {
	run sh -c "extract-entities | cut -f5-7" <<'EOF2'
text
Unemployment fell to 3.4 per cent, a drop of 0.2 percentage points, after a rise of 1 percentage point.
EOF2
	assert_success
	assert_line "0.2 percentage points	PERCENT	0.2"
	assert_line "1 percentage point	PERCENT	1"
	refute_output --partial "CARDINAL"
}

@test "countries carry their ISO 3166 code" {
	run sh -c "extract-entities '$EE/seeds.tsv' | cut -f5,6,8 | sort -u"
	assert_line "Russia	GPE	RU"
	assert_line "Russian	NORP	RU"
	assert_line "Moscow	GPE	"
}

@test "every mention's offsets slice its text out of the source" {
	cd "$QUARRY_TOP"
	extract-entities fixtures/extract-entities/seeds.tsv | tail -n +2 |
	while IFS="$(printf '\t')" read -r doc sent start end text rest; do
		src=$(tail -c +$((start + 1)) "$doc" | head -c $((end - start)) |
		    tr -s ' \n' '  ')
		[ "$src" = "$text" ] || { echo "$doc $start $end: [$src] [$text]"; false; }
	done
}

@test "folds map folded text back to source offsets" {
	run extract-entities "$EE/meeting.sentences.tsv"
	assert_success
	# "met  Xi": the text has one space where the source has two
	assert_line "meeting.txt	1	38	48	Xi Jinping	PERSON	Xi Jinping		body	1"
	assert_line "meeting.txt	1	85	96	\$40 billion	MONEY	40000000000 USD		body	1"
}

@test "a token stream gives the same mentions as the sentence stream" {
	extract-entities "$EE/meeting.sentences.tsv" >"$TMP/sentences"
	run extract-entities "$EE/meeting.tokens.tsv"
	assert_success
	diff -u "$TMP/sentences" <(printf '%s\n' "$output")
}

@test "a mention too long for the writer's room is written a field at a time, the same" {
	# a document name of 20,000 bytes with a backslash: each record
	# is over the 32 KiB out_room gives, escaped at worst
	long=$(head -c 20000 /dev/zero | tr '\0' d)
	printf 'doc\tsent\ttext\n%s\\\\x\t1\tVladimir Putin met Angela Merkel in Berlin.\nd\t1\tVladimir Putin met Angela Merkel in Berlin.\n' \
	    "$long" >"$TMP/long.tsv"
	run extract-entities "$TMP/long.tsv"
	assert_success
	[ "${#lines[@]}" -eq 7 ]
	# the same rows but for the document's name, escaped (\\)
	diff <(printf '%s\n' "${lines[@]:1:3}" | cut -f2-) \
	    <(printf '%s\n' "${lines[@]:4:3}" | cut -f2-)
	[ "$(printf '%s\n' "${lines[1]}" | cut -f1)" = "$long\\\\x" ]
	assert_line "d	1	19	32	Angela Merkel	PERSON	Angela Merkel		"
}

@test "a malformed folds field is a data error naming file and line" {
	printf 'doc\tstart\ttext\tfolds\nd\t0\tPutin\t3:x\n' >"$TMP/bad.tsv"
	run extract-entities "$TMP/bad.tsv"
	assert_failure 1
	assert_output --partial "bad.tsv:2: malformed folds"
}

@test "relative dates resolve against --date" {
	printf 'doc\ttext\nd\tIt fell on Monday, yesterday, last week.\n' >"$TMP/s.tsv"
	run sh -c "extract-entities --date 2019-01-04 '$TMP/s.tsv' | cut -f5,7"
	assert_line "Monday	2018-12-31"
	assert_line "yesterday	2019-01-03"
	assert_line "last week	2018-12-24/2018-12-30"
}

@test "a time next to a resolved day carries the date" {
	printf 'doc\ttext\nd\tFriday, January 4, 2019\nd\tIt fell at 3 p.m. on Monday and at 15:30 GMT.\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | cut -f5,7"
	assert_line "3 p.m.	2018-12-31T15:00"
	assert_line "15:30 GMT	15:30"
}

@test "a time zone after a time is part of the time, not an organisation: ET, PT, CT, EST, UTC+3" {
	run sh -c "extract-entities | cut -f5-7" <<'EOF2'
text
Updated 3:45 p.m. ET, January 4, 2019.
It starts at 9 a.m. EST, 10:00 PT, 11:00 CT, 1 pm BST and 15:00 UTC+3.
EOF2
	assert_success
	assert_line "3:45 p.m. ET	TIME	2019-01-04T15:45"
	assert_line "9 a.m. EST	TIME	09:00"
	assert_line "10:00 PT	TIME	10:00"
	assert_line "11:00 CT	TIME	11:00"
	assert_line "1 pm BST	TIME	13:00"
	assert_line "15:00 UTC+3	TIME	15:00"
	refute_output --partial "ORG"
	refute_output --partial "GPE"
}

@test "without an article date relative dates keep their text" {
	printf 'doc\ttext\nd\tIt fell on Monday.\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | cut -f5,7"
	assert_line "Monday	Monday"
}

@test "a dateline in the first lines dates the document, over --date" {
	printf 'doc\ttext\nd\tFriday, January 4, 2019\nd\tIt fell on Monday.\ne\tIt fell on Monday.\n' >"$TMP/s.tsv"
	run sh -c "extract-entities --date 2020-06-10 '$TMP/s.tsv' | cut -f1,5,7"
	assert_line "d	Monday	2018-12-31"
	assert_line "e	Monday	2020-06-08"
}

@test "a dateline of a month gives years, not days" {
	printf 'doc\trole\ttext\nd\tdateline\tJUNE 2023\nd\tbody\tIn early March, on Friday, it fell.\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | cut -f5,7"
	assert_line "JUNE 2023	2023-06"
	assert_line "early March	2023-03"
	assert_line "Friday	Friday"
}

@test "a date column dates the document" {
	printf 'doc\tdate\ttext\nd\t2019-01-04\tIt fell on Monday.\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | cut -f5,7"
	assert_line "Monday	2018-12-31"
}

@test "a date column with a time or zone before or after the date dates the document" {
	printf 'doc\tdate\ttext\n' >"$TMP/s.tsv"
	for d in 'Fri, 04 Jan 2019 10:00:00 GMT' '04 Jan 2019 10:00' \
	    'Friday, January 4, 2019 10:00 AM' 'January 4, 2019 at 10:00 am' \
	    '2019-01-04 10:00' '10:00 AM, January 4, 2019'; do
		printf '%s\t%s\tThe storm hit on Tuesday.\n' "$d" "$d" >>"$TMP/s.tsv"
	done
	run sh -c "extract-entities '$TMP/s.tsv' | tail -n +2 | cut -f5,7 | sort | uniq -c"
	assert_output "      6 Tuesday	2019-01-01"
}

@test "user rules add phrases and regexes with their norm and priority" {
	printf '# watch list\nSouthFront\tORG\tSouthFront (news site)\n/\\bdecree\\b/i\tLAW\t\t1\nPutin\tPERSON\tV. V. Putin\t5\n' >"$TMP/rules.tsv"
	run sh -c "extract-entities --rules '$TMP/rules.tsv' '$EE/seeds.tsv' | cut -f5-7 | sort -u"
	assert_success
	assert_line "SouthFront	ORG	SouthFront (news site)"
	assert_line "decree	LAW	decree"
	# priority 5 beats the longer built-in "Vladimir Putin"
	assert_line "Putin	PERSON	V. V. Putin"
	refute_line --partial "Vladimir Putin	PERSON"
}

@test "a bad regex in a rule file names the file, line, message and offset" {
	printf 'ok\tORG\n/(unclosed/\tORG\n' >"$TMP/rules.tsv"
	run extract-entities --rules "$TMP/rules.tsv" "$EE/meeting.sentences.tsv"
	assert_failure 1
	assert_output "extract-entities: $TMP/rules.tsv:2: bad regular expression: missing closing parenthesis at offset 9 of /(unclosed/"
}

@test "a rule with an unknown type is a data error" {
	printf 'x\tWIDGET\n' >"$TMP/rules.tsv"
	run extract-entities --rules "$TMP/rules.tsv" "$EE/meeting.sentences.tsv"
	assert_failure 1
	assert_output --partial "rules.tsv:1: unknown entity type: WIDGET"
}

@test "a missing rule file is a data error" {
	run extract-entities --rules "$TMP/nope.tsv" "$EE/meeting.sentences.tsv"
	assert_failure 1
	assert_output --partial "nope.tsv"
}

@test "a catastrophic user pattern is stopped, reported once, and the run goes on" {
	printf '/(a+)+$/\tORG\n' >"$TMP/rules.tsv"
	{
		printf 'doc\ttext\n'
		for i in 1 2 3; do
			printf 'd\taaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab in Moscow\n'
		done
	} >"$TMP/s.tsv"
	run extract-entities --rules "$TMP/rules.tsv" "$TMP/s.tsv"
	assert_success
	[ "$(printf '%s\n' "$output" | grep -c 'match limit')" -eq 1 ]
	[ "$(printf '%s\n' "$output" | grep -c 'Moscow	GPE')" -eq 3 ]
}

@test "a missing input is reported, the others are still read, exit 1" {
	run extract-entities "$TMP/nope.tsv" "$EE/meeting.sentences.tsv"
	assert_failure 1
	assert_output --partial "nope.tsv"
	assert_output --partial "Vladimir Putin	PERSON"
}

@test "a ragged record is a data error naming file and line" {
	printf 'doc\ttext\nd\tPutin\textra\n' >"$TMP/bad.tsv"
	run extract-entities "$TMP/bad.tsv"
	assert_failure 1
	assert_output --partial "bad.tsv:2:"
}

@test "a start that is no offset is a data error" {
	printf 'doc\tstart\ttext\nd\t-4\tPutin\n' >"$TMP/bad.tsv"
	run extract-entities "$TMP/bad.tsv"
	assert_failure 1
	assert_output --partial "bad.tsv:2: column 'start' must be a byte offset"
}

@test "a stream without text or form is a data error" {
	printf 'doc\tsent\nd\t1\n' >"$TMP/bad.tsv"
	run extract-entities "$TMP/bad.tsv"
	assert_failure 1
	assert_output --partial "no 'text' column"
}

@test "without doc and start columns: doc is the path, offsets are in the text" {
	printf 'text\nThe UN met.\n' >"$TMP/s.tsv"
	run extract-entities "$TMP/s.tsv"
	assert_success
	assert_line "$TMP/s.tsv	1	4	6	UN	ORG	United Nations		"
}

@test "fields are escaped on output" {
	printf 'doc\ttext\nd\\tx\tThe UN met.\n' >"$TMP/s.tsv"
	run extract-entities "$TMP/s.tsv"
	assert_line --partial 'd\tx	1	4	6	UN'
}

@test "an empty stream gives just the header" {
	printf 'doc\ttext\n' >"$TMP/s.tsv"
	run extract-entities "$TMP/s.tsv"
	assert_success
	assert_output "doc	sent	start	end	text	type	norm	code	role"
}

@test "reading stdin works" {
	run sh -c "extract-entities <'$EE/meeting.sentences.tsv' | wc -l"
	assert_output "7"
}

@test "| head -1 ends quietly" {
	run sh -c "extract-entities '$EE/wikinews.tsv' | head -1"
	assert_success
	assert_output "doc	sent	start	end	text	type	norm	code	role"
}

@test "a write error fails loudly" {
	[ -w /dev/full ] || skip "no /dev/full"
	run sh -c "extract-entities '$EE/wikinews.tsv' >/dev/full"
	assert_failure 1
	assert_output --partial "write error"
}

@test "segment's output feeds extract-entities with exact offsets" {
	command -v segment >/dev/null || skip "segment is not built"
	cd "$QUARRY_TOP"
	segment fixtures/articles/004_a5f62a1bf84a2da8.txt |
	    extract-entities >"$TMP/out"
	grep -q "	Sergei Lavrov	PERSON	" "$TMP/out"
	tail -n +2 "$TMP/out" |
	while IFS="$(printf '\t')" read -r doc sent start end text rest; do
		src=$(tail -c +$((start + 1)) "$doc" | head -c $((end - start)) |
		    tr -s ' \n' '  ')
		[ "$src" = "$text" ] || { echo "$start $end: [$src] [$text]"; false; }
	done
}

@test "make gazetteers reproduces the committed gazetteers" {
	[ -r /usr/share/iso-codes/json/iso_3166-1.json ] &&
	    [ -r /usr/share/wordnet/data.noun ] ||
	    skip "iso-codes and wordnet-base are not installed"
	sh "$QUARRY_TOP/data/entities/make-gazetteers.sh" "$TMP"
	# other package versions make other lists, rightly
	[ "$(sed -n 4p "$TMP/gazetteer.tsv")" = \
	    "$(sed -n 4p "$QUARRY_TOP/data/entities/gazetteer.tsv")" ] ||
	    skip "iso-codes or wordnet-base differ from the committed lists'"
	cmp "$TMP/gazetteer.tsv" "$QUARRY_TOP/data/entities/gazetteer.tsv"
	cmp "$TMP/common-words.txt" "$QUARRY_TOP/data/entities/common-words.txt"
}

@test "make ner-model reproduces the committed name model (the rules' names are its features)" {
	skip_without_shared
	[ -f "$SHARED/data/ner/uner-english-ewt/en_ewt-ud-dev.iob2" ] ||
	    skip "the NER data is absent from ../shared"
	make -s -C "$QUARRY_TOP" ner-model EE_MODEL="$BATS_TEST_TMPDIR/ner.bin" \
	    EE_NER="$SHARED/data/ner" >/dev/null 2>&1
	cmp "$BATS_TEST_TMPDIR/ner.bin" "$QUARRY_TOP/data/entities/ner.bin"
}

@test "evaluate.sh scores names against CoNLL gold" {
	run sh "$QUARRY_TOP/data/entities/evaluate.sh" "$EE/tiny.conll"
	assert_success
	assert_line "PER         2      2   1.000 1.000 1.000   1.000 1.000 1.000"
	assert_line "ORG         2      1   1.000 0.500 0.667   1.000 0.500 0.667"
	assert_line "names       5      4   1.000 0.800 0.889   1.000 0.800 0.889"
}

@test "names on the open NER data do not fall below the measured floor" {
	skip_without_shared
	run sh "$QUARRY_TOP/data/entities/evaluate.sh" \
	    "$SHARED/data/ner/wikigold/wikigold.conll.txt"
	assert_success
	# overlap F1 of all names, measured 0.682; a fall below 0.65 is a
	# regression worth a look
	f1=$(printf '%s\n' "$output" | awk '$1 == "names" { print $NF }')
	awk -v f="$f1" 'BEGIN { exit !(f >= 0.65) }'
}

@test "names on the Wikinews test set (fixtures/ner) do not fall below the measured floor" {
	run sh "$QUARRY_TOP/data/entities/evaluate.sh" \
	    -s "$FIXTURES/ner/wikinews-test.tsv" "$FIXTURES/ner/wikinews-test.gold"
	assert_success
	# measured 0.835 exact, 0.866 overlap F1 of all names (stop 14);
	# the floor is issue 4's overlap target, 0.85
	printf '%s\n' "$output" | awk '$1 == "names" {
		exit !($6 >= 0.815 && $9 >= 0.85) }'
}

@test "dates on the Wikinews test set (fixtures/ner) are found and valued above the issue's targets" {
	run sh "$QUARRY_TOP/data/entities/evaluate-dates.sh" \
	    "$FIXTURES/ner/wikinews-test.tsv" "$FIXTURES/ner/wikinews-test.dates"
	assert_success
	# issue 4: found >= 0.95, ISO value right for >= 0.90 of those
	printf '%s\n' "$output" | tr -d '()' | awk '{
		exit !($7 >= 0.95 && $NF >= 0.90) }'
}

@test "evaluate-dates.sh lists a missed date, a false one and a wrong value" {
	printf 'doc\ttext\tdate\nd\tIt sank on Tuesday, in May, and in 1944 or so.\t2019-01-10\n' >"$TMP/s.tsv"
	printf '# doc\tstart\tend\ttype\ttext\tvalue\nd\t11\t18\tDATE\tTuesday\t2019-01-01\nd\t23\t26\tDATE\tMay\t2019-05\nd\t40\t42\tDATE\tor\t2000\n' >"$TMP/g.tsv"
	run sh "$QUARRY_TOP/data/entities/evaluate-dates.sh" "$TMP/s.tsv" "$TMP/g.tsv"
	assert_success
	assert_output "dates 3, found 2 (recall 0.667); DATE mentions 3 (precision 0.667); value right 1 of 2 found with a value (0.500)"
	run sh "$QUARRY_TOP/data/entities/evaluate-dates.sh" -e "$TMP/s.tsv" "$TMP/g.tsv"
	assert_line "value	d	Tuesday | Tuesday	2019-01-01 | 2019-01-08"
	assert_line "missed	d	or	2000"
	assert_line "false	d	1944	1944"
}

@test "tag's token stream gives the same mentions as segment's sentences" {
	command -v segment >/dev/null && command -v tag >/dev/null ||
	    skip "segment or tag is not built"
	cd "$QUARRY_TOP"
	f=fixtures/articles/004_a5f62a1bf84a2da8.txt
	segment "$f" | extract-entities >"$TMP/sentences"
	segment "$f" | tag | extract-entities >"$TMP/tokens"
	grep -q "	Xi Jinping	PERSON	" "$TMP/tokens"
	diff -u "$TMP/sentences" "$TMP/tokens"
}

@test "the name model finds people the rules alone miss" {
	run extract-entities --names rules "$EE/wikinews.tsv"
	assert_success
	refute_line --partial "	Mike Pence	PERSON	"
	run extract-entities "$EE/wikinews.tsv"
	assert_success
	assert_line --partial "	Mike Pence	PERSON	Mike Pence"
	# a title is not part of the name the model found
	refute_line --partial "	Vice	PERSON	"
}

@test "two names the model joined with \"and\" are two, unless a cue or the gazetteer makes one" {
	printf 'doc\tsent\tstart\tend\ttext\nd\t1\t0\t71\tOfficials said the Taliban and Gazprom met the Food and Drug Administration.\n' >"$TMP/and.tsv"
	run extract-entities --names model "$TMP/and.tsv"
	assert_success
	assert_line --partial "	Taliban	ORG	"
	assert_line --partial "	Gazprom	ORG	"
	refute_line --partial "	Taliban and Gazprom	"
	assert_line --partial "	Food and Drug Administration	ORG	"
}

@test "--names model keeps the rules' dates and gazetteer places" {
	run extract-entities --names model "$EE/wikinews.tsv"
	assert_success
	assert_line --partial "	Friday, January 4, 2019	DATE	2019-01-04"
	assert_line --partial "	Russia	GPE	Russia	RU"
}

@test "an unknown --names source is a usage error" {
	run extract-entities --names gazetteer "$EE/wikinews.tsv"
	assert_failure 2
	assert_output "extract-entities: --names wants both, model or rules, not 'gazetteer'"
}

@test "a --model file that is not a model is a data error" {
	run extract-entities --model "$EE/tiny.conll" "$EE/wikinews.tsv"
	assert_failure 1
	assert_output "extract-entities: $EE/tiny.conll: not a name model of this version"
}

@test "--train without -o is a usage error" {
	run extract-entities --train "$EE/tiny.conll"
	assert_failure 2
	assert_output --partial "--train needs -o MODEL and training files"
}

@test "training gives the same model bytes twice, and the model loads" {
	extract-entities --train --epochs 3 -o "$TMP/a.bin" "$EE/tiny.conll" 2>/dev/null
	extract-entities --train --epochs 3 -o "$TMP/b.bin" "$EE/tiny.conll" 2>/dev/null
	cmp "$TMP/a.bin" "$TMP/b.bin"
	run extract-entities --model "$TMP/a.bin" --names model "$EE/wikinews.tsv"
	assert_success
}

@test "a training file with a line that is no token and tag is reported by line" {
	printf 'Putin B-PER\nmet\n' >"$TMP/bad.conll"
	run extract-entities --train -o "$TMP/m.bin" "$TMP/bad.conll"
	assert_failure 1
	assert_output "extract-entities: $TMP/bad.conll:2: not a token and its NER tag"
	[ ! -e "$TMP/m.bin" ]
}

@test "names on UNER EWT test (never trained on) stay above the model's floor" {
	skip_without_shared
	run sh "$QUARRY_TOP/data/entities/evaluate.sh" \
	    "$SHARED/data/ner/uner-english-ewt/en_ewt-ud-test.iob2"
	assert_success
	# overlap F1 of all names: 0.541 with the rules alone, 0.659 with
	# the model; below 0.62 the model has been lost or broken
	f1=$(printf '%s\n' "$output" | awk '$1 == "names" { print $NF }')
	awk -v f="$f1" 'BEGIN { exit !(f >= 0.62) }'
}

@test "a lone word the model calls a place is none outside a place context (the Olympiad)" {
	run extract-entities <<'EOF2'
text
The mayor of London, Sadiq Khan, gave his condolences before the Olympiad, adding that an enquiry was underway.
EOF2
	assert_success
	assert_output --partial "Sadiq Khan	PERSON"
	refute_output --partial "Olympiad"
}

@test "the news organisations WordNet lacks are organisations (via Twitter, told Reuters)" {
	run extract-entities <<'EOF2'
text
The mayor of London, Sadiq Khan, gave his condolences via Twitter, adding that an enquiry was underway.
A spokesman told Reuters and Agence France-Presse that Congress would vote.
EOF2
	assert_success
	assert_output --partial "Twitter	ORG"
	assert_output --partial "Reuters	ORG"
	assert_output --partial "Agence France-Presse	ORG"
	assert_output --partial "Congress	ORG"
}

@test "a name of several words the document gives a person is that person everywhere in it (Stefan W, not a place)" {
	run extract-entities <<'EOF2'
text
A potential charge of murder against Stefan W carries a possible life sentence.
The prosecutor said psychiatric assessments will be carried out to confirm if Stefan W is fit for trial.
EOF2
	assert_success
	assert_output --partial "Stefan W	PERSON"
	refute_output --partial "Stefan W	LOC"
	refute_output --partial "Stefan W	GPE"
}

@test "a country ISO names otherwise has the news' name and its code (Turkey and Türkiye are TR; Congo is the DRC, not its neighbour)" {
	run extract-entities <<'EOF2'
text
Turkey, which calls itself Türkiye, hosted Turkish and Congolese officials.
Fighting in eastern Congo, once Zaire, spread toward the Republic of the Congo.
EOF2
	assert_success
	assert_output --partial "Turkey	GPE	Turkey	TR"
	assert_output --partial "Türkiye	GPE	Turkey	TR"
	assert_output --partial "Turkish	NORP	Turkey	TR"
	assert_output --partial "Congo	GPE	Democratic Republic of the Congo	CD"
	assert_output --partial "Zaire	GPE	Democratic Republic of the Congo	CD"
	assert_output --partial "Republic of the Congo	GPE	Republic of the Congo	CG"
}

@test "a city the news spells otherwise than WordNet has the news' spelling (Kiev and Kyiv are Kyiv, Teheran Tehran, Bruxelles Brussels)" {
	run extract-entities <<'EOF2'
text
Officials in Kiev and Kharkov said Kyiv had asked Teheran for nothing.
Envoys flew from Brussels to Damascus.
EOF2
	assert_success
	assert_output --partial "Brussels	GPE	Brussels"
	assert_output --partial "Damascus	GPE	Damascus"
	assert_output --partial "Kiev	GPE	Kyiv"
	assert_output --partial "Kyiv	GPE	Kyiv"
	assert_output --partial "Kharkov	GPE	Kharkiv"
	assert_output --partial "Teheran	GPE	Tehran"
	refute_output --partial "Kyyiv"
}

@test "a body WordNet names by an old name takes the news' name as its norm (the FSB)" {
	run extract-entities <<'EOF2'
text
The Federal Security Service (FSB) said the FSB had detained two men.
EOF2
	assert_success
	assert_output --partial "Federal Security Service	ORG	Federal Security Service"
	assert_output --partial "FSB	ORG	Federal Security Service"
	refute_output --partial "Bureau"
}

@test "a numbered military unit and a Sunday newspaper are organisations, not numbers or dates" {
	run extract-entities <<'EOF2'
text
The 82nd Airborne Division and the VI Corps were sent, The Sunday Times reported.
EOF2
	assert_success
	assert_output --partial "82nd Airborne Division	ORG"
	assert_output --partial "VI Corps	ORG"
	assert_output --partial "The Sunday Times	ORG"
	refute_output --partial "ORDINAL"
	refute_output --partial "DATE"
}

@test "an ordinal in words is one ORDINAL with its number words (twenty-first is 21, not twenty and first); a millionth of something is none" {
	run extract-entities <<'EOF2'
text
He finished twenty-first in the race, Thirty-Third in the next.
It was the one hundred and first day, the two hundredth anniversary.
Some survive on a millionth of a mole.
EOF2
	assert_success
	printf '%s\n' "$output" | mention_rows >"$TMP/rows"
	run cat "$TMP/rows"
	assert_line "twenty-first	ORDINAL	21"
	assert_line "Thirty-Third	ORDINAL	33"
	assert_line "one hundred and first	ORDINAL	101"
	assert_line "two hundredth	ORDINAL	200"
	refute_output --partial "CARDINAL"
	refute_output --partial "millionth"
}

@test "an acronym the article defines takes the type of its expansion, or is no name" {
	run extract-entities <<'EOF2'
text
Each ship carries a Long Range Identification and Tracking (LRIT) unit.
LRIT is required by law.
The World Health Organization (WHO) said so; WHO officials agreed.
EOF2
	assert_success
	refute_output --partial "LRIT"
	assert_output --partial "World Health Organization	ORG"
	assert_output --regexp "	WHO	ORG	World Health Organization"
}

@test "an organisation the model read with words before its defined acronym's expansion (Leaders of African Union (AU)) begins where the expansion does; a name that is the expansion stays whole" {
	run ee_names "Leaders of African Union (AU) member states met in Niamey for an AU summit. The Federal Bureau of Investigation (FBI) said so."
	assert_success
	assert_line "African Union,ORG,African Union"
	[ "$(printf '%s\n' "${lines[@]}" | grep -c '^AU,ORG,African Union$')" -eq 2 ]
	assert_line "Federal Bureau of Investigation,ORG,Federal Bureau of Investigation"
	refute_line --partial "Leaders"
}

@test "bare initials of an organisation the article named stand for it" {
	run extract-entities <<'EOF2'
text
She studies at the Moscow State Medical University in the capital.
MSMU said the classes would go on.
A spokesman for the Ohio Valley Water Authority said the plant was closed.
The Sunday Times reported it.
OVWA engineers and the ST crew went in.
The ST crew came out at noon.
EOF2
	assert_success
	assert_output --regexp "	MSMU	ORG	Moscow State Medical University"
	assert_output --regexp "	OVWA	ORG	Ohio Valley Water Authority"
	# two capitals are as often misread print: left alone (named twice,
	# as one named once is dropped as misread print)
	assert_output --regexp "	The Sunday Times	ORG"
	assert_output --regexp "	ST	ORG	ST	"
	refute_output --regexp "	ST	ORG	The Sunday Times"
}

@test "a person named by one word is the person a later sentence names in full, unless those words read as no name" {
	run extract-entities <<'EOF2'
text
Lam said the bill was dead.
Hong Kong leader Carrie Lam spoke on Tuesday.
EOF2
	assert_success
	assert_line --regexp "^-	1	0	3	Lam	PERSON	Carrie Lam	"
	# a state is no given name (misread pages' headlines)
	run extract-entities <<'EOF2'
text
Weeks spoke first.
Senator Kansas Weeks said so.
EOF2
	assert_success
	assert_line --regexp "^-	1	0	5	Weeks	PERSON	Weeks	"
}

@test "a first surname alone is the person named in full with two surnames (Rosselló: Ricardo Rosselló Nevares)" {
	run extract-entities <<'EOF2'
text
Governor Ricardo Rosselló Nevares announced his resignation on Wednesday.
Protesters had demanded that Rosselló step down.
Rosselló said he would leave office on Friday.
EOF2
	assert_success
	assert_line --regexp "^-	2	[0-9]+	[0-9]+	Rosselló	PERSON	Ricardo Rosselló Nevares	"
	assert_line --regexp "^-	3	[0-9]+	[0-9]+	Rosselló	PERSON	Ricardo Rosselló Nevares	"
	# two people of that surname: neither
	run extract-entities <<'EOF2'
text
Ricardo Rosselló Nevares and his father Pedro Rosselló González met.
Rosselló said he would leave office on Friday.
EOF2
	assert_success
	refute_line --regexp "^-	2	.*	Rosselló	PERSON	[^	]* "
}

@test "a surname alone after a name read shorter first (Yolanda Yu Hoi-kwan) is the full name, the shorter reading forgotten" {
	run extract-entities <<'EOF2'
text
Legislator Yolanda Yu Hoi-kwan spoke on Monday.
Yu said the bill was dead.
EOF2
	assert_success
	assert_line --regexp "^-	2	0	2	Yu	PERSON	Yolanda Yu Hoi-kwan	"
	refute_output --partial "runtime error"
}

@test "an interview's answers labelled by initials (NG:) are the person of those initials, not a Roman number" {
	run extract-entities <<'EOF2'
text
Wikinews interviewed biologist Natasha Gownaris about the penguins.
NG: This study started in 1982, long before I joined the lab.
NG: We are not yet certain why females are more likely to die.
EOF2
	assert_success
	assert_line --regexp "^-	2	[0-9]+	[0-9]+	NG	PERSON	Natasha Gownaris	"
	assert_line --regexp "^-	3	[0-9]+	[0-9]+	NG	PERSON	Natasha Gownaris	"
	# two people of those initials: neither
	run extract-entities <<'EOF2'
text
Natasha Gownaris and Nick Gates spoke to Wikinews.
NG: This study started in 1982, long before I joined the lab.
EOF2
	assert_success
	refute_line --regexp "^-	2	.*	NG	PERSON	N[^	]* "
}

@test "the acronym of a thing (DNA, GDP, MPs) is no organisation, but a name holding one is" {
	run extract-entities <<'EOF2'
text
Scientists sequenced DNA from the mummies, and GDP fell.
The MPs voted after DNA Films and the WHO spoke.
EOF2
	assert_success
	refute_output --regexp "	(DNA|GDP|MPs)	ORG"
	assert_output --partial "	DNA Films	ORG"
	assert_output --partial "	WHO	ORG"
}

@test "the person a disease or a law is named after is no person of the story, nor a virus" {
	run extract-entities <<'EOF2'
doc	text
a	He died of complications from Parkinson's disease in 2019.
a	Moore’s law held for decades, Gordon Moore said.
b	Parkinson spoke first.
EOF2
	assert_success
	refute_line --regexp "^a	1	.*Parkinson"
	refute_output --partial "	Moore	PERSON"
	assert_output --partial "Gordon Moore	PERSON"
	# in another document the word is a person again
	assert_line --regexp "^b	1	0	9	Parkinson	PERSON"
	# a disease's name alone is the disease in the rest of the article
	run extract-entities <<'EOF2'
text
Four possible Ebola drugs were tried.
Ebola virus disease (EVD) is a hemorrhagic fever.
EOF2
	assert_success
	refute_output --partial "Ebola"
	refute_output --partial "EVD"
}

@test "an organisation cut at of, at or and is put back together" {
	run extract-entities <<'EOF2'
text
The Supreme Court of the United Kingdom ruled on Tuesday.
She studied at the University of Colorado at Boulder.
He works for Pacific Gas and Electric Company in California.
The Dallas Morning News and Houston Post reported it.
The suit was filed by the Center for Biological Diversity and Center for Food Safety on Monday.
EOF2
	assert_success
	assert_output --partial "Supreme Court of the United Kingdom	ORG"
	assert_output --partial "University of Colorado at Boulder	ORG"
	assert_output --partial "Pacific Gas and Electric Company	ORG"
	# two newspapers stay two, and two centres
	refute_output --partial "Dallas Morning News and Houston Post"
	assert_output --partial "Center for Biological Diversity	ORG"
}

@test "a lone first name or surname of a person the article names in full is that person" {
	run extract-entities <<'EOF2'
text
Radio host Don Imus died on Friday.
The family's statement on the death read: "Don loved and adored Deirdre, who unconditionally loved him back."
Dr. Tristan Smith of University College London explained the signal to reporters.
"It could also be a faulty transponder", said Smith.
EOF2
	assert_success
	assert_output --regexp "	Don	PERSON	Don Imus"
	refute_output --regexp "	Don	LOC"
	assert_output --partial "Tristan Smith	PERSON"
	assert_output --partial "University College London	ORG"
	assert_output --regexp "	Smith	PERSON	Tristan Smith"
}

@test "a lone surname of namesakes named as often is the one named first, though only the model finds him (Tony Mendez, not Jonna)" {
	run extract-entities <<'EOF2'
text
Tony Mendez met reporters.
Jonna Mendez met them too.
Later, Mendez said hi.
EOF2
	assert_success
	assert_output --regexp "	Tony Mendez	PERSON	Tony Mendez"
	assert_output --regexp "	Mendez	PERSON	Tony Mendez"
	refute_output --regexp "	Mendez	PERSON	Jonna Mendez"
}

@test "constellations are not places: Hunter after Robert Hunter is a person" {
	run extract-entities <<'EOF2'
text
The lyricist Robert Hunter died at his home in San Rafael, California.
Hunter composed lyrics for the Grateful Dead.
EOF2
	assert_success
	refute_output --partial "Orion"
	assert_output --regexp "	Hunter	PERSON	Robert Hunter"
}

@test "a ship is no person or organisation, with its prefix or without; a time zone is part of the time" {
	run extract-entities <<'EOF2'
text
The cargo ship MV Namse Bangdzod went missing on Friday in the Java Sea.
The crew of Namse Bangdzod had not called since then, officials said.
The advisory came at 5 PM AST on Sunday.
EOF2
	assert_success
	refute_output --partial "Namse"
	assert_output --partial "Java Sea	LOC"
	assert_output --partial "5 PM AST	TIME"
	refute_output --partial "AST	ORG"
}

@test "an office's place is a place, a hyphen does not part a name, Washington DC is one place" {
	run extract-entities <<'EOF2'
text
Mayor of Koszalin Piotr Jedlinski has declared tomorrow a day of mourning.
The governor of Kharkiv Oleh Syniehubov said the shelling had stopped.
Comic artist Jenn St-Onge told of being forced to re-evaluate her life.
The protest in Washington DC drew thousands of people on Saturday.
EOF2
	assert_success
	assert_output --partial "Koszalin	GPE"
	assert_output --partial "Piotr Jedlinski	PERSON"
	assert_output --partial "Kharkiv	GPE"
	assert_output --partial "Oleh Syniehubov	PERSON	Oleh Syniehubov"
	assert_output --partial "Jenn St-Onge	PERSON"
	assert_output --partial "Washington DC	GPE	Washington"
}

@test "a date keeps its norm when a name before it in the sentence is dropped (LRIT), and late February 1944 is a month" {
	run extract-entities <<'EOF2'
doc	text	date
d	Each ship carries a Long Range Identification and Tracking (LRIT) unit.	2019-01-10
d	The last LRIT result, as of Tuesday, showed the ship a few miles off Jakarta.	2019-01-10
d	It sank in late February 1944.	2019-01-10
EOF2
	assert_success
	assert_output --regexp "	Tuesday	DATE	2019-01-08"
	assert_output --partial "late February 1944	DATE	1944-02"
}

@test "WHO among lower-case words is the organisation, a model name across a rules' name is dropped, an office is no organisation" {
	run extract-entities <<'EOF2'
text
The WHO said on Tuesday that the outbreak was over.
The Islamic State of Iraq and the Levant (ISIL) claimed it; the Navy and the Army denied it.
Senate Minority Whip Dick Durbin said that the vote would be held on Monday.
EOF2
	assert_success
	assert_output --regexp "	WHO	ORG	World Health Organization"
	assert_output --regexp "	ISIL	ORG	Islamic State"
	assert_output --partial "Navy	ORG"
	assert_output --partial "Army	ORG"
	assert_output --partial "Dick Durbin	PERSON"
	refute_output --partial "Whip Dick	ORG"
}

@test "evaluate.sh -e lists the names it missed" {
	run sh "$QUARRY_TOP/data/entities/evaluate.sh" -e "$EE/tiny.conll"
	assert_success
	assert_output "missed	d2	ORG	krasnoyarskenergo"
}

@test "spans2iob.awk turns gold spans over tag's tokens into IOB2 training lines" {
	printf 'doc\tsent\tstart\tend\tform\nd\t1\t0\t3\tDon\nd\t1\t4\t8\tImus\nd\t1\t9\t13\tsaid\nd\t2\t15\t19\tThen\n' >"$TMP/tok.tsv"
	printf '# doc\tstart\tend\ttype\ttext\nd\t0\t8\tPERSON\tDon Imus\n' >"$TMP/gold.tsv"
	run awk -f "$QUARRY_TOP/data/entities/spans2iob.awk" "$TMP/gold.tsv" "$TMP/tok.tsv"
	assert_success
	assert_output "# newdoc id = d
Don B-PER
Imus I-PER
said O

Then O"
}

@test "the House alone is an organisation, an office with no one in it is its body, a maker before a model number names a product" {
	run extract-entities -n rules <<'EOF2'
text
He said the Senate Majority Leader did not, and the House voted on Friday.
The Speaker of the House met the House Intelligence Committee at the White House.
A Boeing 707 cargo plane and two Airbus A300s landed, Boeing said; Channel 4 filmed it.
EOF2
	assert_success
	assert_output --partial "	Senate	ORG"
	refute_output --partial "Majority Leader	ORG"
	[ "$(printf '%s\n' "$output" | grep -c '	House	ORG')" -eq 2 ]
	assert_output --partial "	House Intelligence Committee	ORG"
	assert_output --partial "	White House	ORG"
	[ "$(printf '%s\n' "$output" | grep -c '	Boeing	ORG')" -eq 1 ]
	refute_output --partial "Airbus"
	assert_output --partial "	Channel 4	ORG"
}

@test "a Parish is a GPE, a Correctional Facility a FAC, a Fest an EVENT, the G7 and G-20 organisations" {
	run extract-entities -n rules <<'EOF2'
text
He was moved from Richard J. Donovan Correctional Facility in Jefferson Parish to Beyond Fest.
The G7 summit followed a G-20 meeting.
EOF2
	assert_success
	assert_output --partial "	Richard J. Donovan Correctional Facility	FAC"
	assert_output --partial "	Jefferson Parish	GPE"
	assert_output --partial "	Beyond Fest	EVENT"
	assert_output --partial "	G7	ORG"
	assert_output --partial "	G-20	ORG"
}

@test "a date in digits with a two-digit year, as US sites write it in bylines, is found and read month first" {
	printf 'doc\tsent\ttext\na\t1\tBY MARISOL VEGA - 02/23/19 07:45 AM EST\na\t2\tReason | 3.17.2019 2:17 PM\na\t3\tIt won 3/4/19 of the seats, 12/13/145 and 1/2/3/19 are no dates.\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | awk -F'\t' '\$6 == \"DATE\"' | cut -f 5,7"
	assert_success
	assert_output "02/23/19	2019-02-23
3.17.2019	2019-03-17
3/4/19	2019-03-04"
}

@test "a date in digits with the year first, as East Asian sites write it, is found and read year, month, day; a decimal number is none" {
	printf 'doc\tsent\ttext\na\t1\tSource:Xinhua Published: 2019/2/11 05:22:10\na\t2\tSeoul, 2019.03.15 18:12\na\t3\tThe index rose to 2019.5 points, 2019/13/40 is no date.\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | awk -F'\t' '\$6 == \"DATE\"' | cut -f 5,7"
	assert_success
	assert_output "2019/2/11	2019-02-11
2019.03.15	2019-03-15
2019	2019"
}

@test "a day with a full stop before the month (\"11. Feb 2019\") and a year after a comma without a space (\"JUNE 1,1916\") are read whole" {
	printf 'doc\tsent\ttext\na\t1\tLUXEMBOURG, 11. Feb 2019, 20:48\na\t2\tCHICAGO, JUNE 1,1916.\na\t3\tHe scored 11. Feb was cold.\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | awk -F'\t' '\$6 == \"DATE\"' | cut -f 5,7"
	assert_success
	assert_output "11. Feb 2019	2019-02-11
JUNE 1,1916	1916-06-01"
}

@test "a date with full stops between month, day and year (\"Jan.23.2019\") is read whole" {
	printf 'doc\tsent\ttext\na\t1\tJan.23.2019 2:32PM\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | awk -F'\t' '\$6 == \"DATE\"' | cut -f 5,7"
	assert_success
	assert_output "Jan.23.2019	2019-01-23"
}

@test "a day-first date with dashes (\"22-08-2019\") is a date; month first only where it cannot be day first" {
	printf 'doc\tsent\ttext\na\t1\tPosted 22-08-2019 20:32, then 05-06-2019 and 08-22-2019\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | awk -F'\t' '\$6 == \"DATE\"' | cut -f 5,7"
	assert_success
	assert_output "$(printf '22-08-2019\t2019-08-22\n05-06-2019\t2019-06-05\n08-22-2019\t2019-08-22')"
}

@test "a month before a day ends a name: the date after an agency's or a byline's name is whole" {
	printf 'doc\tsent\ttext\na\t1\tAnadolu Agency Published September 27, 2019\na\t2\tBy Bloomberg News Sep 17, 2019\na\t3\tPrime Minister Theresa May spoke.\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | cut -f 5,6"
	assert_success
	assert_line "$(printf 'September 27, 2019\tDATE')"
	assert_line "$(printf 'Sep 17, 2019\tDATE')"
	assert_line "$(printf 'Theresa May\tPERSON')"
}

@test "a date with no space after the month's full stop (\"Mar.29,2019\") is read whole" {
	printf 'doc\tsent\ttext\na\t1\tPosted on : Mar.29,2019 16:47 KST\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | awk -F'\t' '\$6 == \"DATE\"' | cut -f 5,7"
	assert_success
	assert_output "Mar.29,2019	2019-03-29"
}

@test "a date with dashes between its parts (\"Jan - 27 - 2019\", \"07-Jan-2019\") is read whole" {
	printf 'doc\tsent\ttext\na\t1\tJan - 27 - 2019 , 12:10\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | awk -F'\t' '\$6 == \"DATE\"' | cut -f 5,7"
	assert_success
	assert_output "Jan - 27 - 2019	2019-01-27"
	printf 'doc\tsent\ttext\na\t1\tUpdated 15:54, 07-Jan-2019\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | awk -F'\t' '\$6 == \"DATE\"' | cut -f 5,7"
	assert_output "07-Jan-2019	2019-01-07"
}

@test "a month's three letters with no full stop, or in capitals, make a date with a day and a year (\"28-Jun-2019\", \"05/Jan/2019\", \"Jun 28, 2019\", \"JAN 04, 2019\"), not alone" {
	printf 'doc\tsent\ttext\n' >"$TMP/s.tsv"
	for s in 'Updated 20:05, 28-Jun-2019' '05/Jan/2019' '04.Jan.2019' \
	    'On 2019-Jan-04 it' 'Posted Jun 28, 2019 at noon' 'JAN 04, 2019' \
	    '28 JUN 2019 18:12' 'Published: May. 31, 2019 at 8:10 PM' \
	    'JUNE 6TH 1916' 'Jun met Mar in the hall'; do
		printf 'a\t1\t%s\n' "$s" >>"$TMP/s.tsv"
	done
	run sh -c "extract-entities '$TMP/s.tsv' | awk -F'\t' '\$6 == \"DATE\"' | cut -f 5,7"
	assert_success
	assert_output "28-Jun-2019	2019-06-28
05/Jan/2019	2019-01-05
04.Jan.2019	2019-01-04
2019-Jan-04	2019-01-04
Jun 28, 2019	2019-06-28
JAN 04, 2019	2019-01-04
28 JUN 2019	2019-06-28
May. 31, 2019	2019-05-31
JUNE 6TH 1916	1916-06-06"
}

@test "a French date with its day and year (\"Publié le 8 juillet 2019\", \"1er décembre\") is read, for bilingual sites' date lines; \"Mars\" alone is no month" {
	printf 'doc\tsent\ttext\na\t1\tPublié le jeudi 8 juillet 2019 à 14 h 59\na\t2\tle 1er décembre 2019 et 15 août 2019\na\t3\tMars is bright in mars 2019\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | awk -F'\t' '\$6 == \"DATE\"' | cut -f 5,7"
	assert_success
	assert_output "8 juillet 2019	2019-07-08
1er décembre 2019	2019-12-01
15 août 2019	2019-08-15
2019	2019"
}

@test "two-digit day, month and year between full stops are a date only opening the text (\"03.28.19 in Science\"), not a version number" {
	printf 'doc\tsent\ttext\na\t1\t03.28.19 in Personal Computing\na\t2\tIt runs macOS 10.14.16 now\na\t3\t14.01.19 18:12\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | awk -F'\t' '\$6 == \"DATE\"' | cut -f 5,7"
	assert_success
	assert_output "03.28.19	2019-03-28
14.01.19	2019-01-14"
}

@test "a month, a comma, then the day and the year with a slash (\"January, 12/2019\", as Viet Nam News writes it) is read whole" {
	printf 'doc\tsent\ttext\na\t1\tUpdate: January, 12/2019 - 15:52\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | awk -F'\t' '\$6 == \"DATE\"' | cut -f 5,7"
	assert_success
	assert_output "January, 12/2019	2019-01-12"
}

# (Until stop 54 "2024-05-12T15:30" was a date and the number 30.)
@test "an ISO date and time (2024-05-12T15:30:45Z) is one TIME, its day and minute its value" {
	printf 'doc\tsent\ttext\na\t1\tPosted 2024-05-12T15:30:45.123+02:00, updated 2024-05-13T09:05Z on Monday.\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | cut -f 5-7"
	assert_success
	assert_output "text	type	norm
2024-05-12T15:30:45.123+02:00	TIME	2024-05-12T15:30
2024-05-13T09:05Z	TIME	2024-05-13T09:05
Monday	DATE	Monday"
}

@test "an ISO date run into the word before it (\"Created2019-09-08|Updated2019-09-26\") is read" {
	printf 'doc\tsent\ttext\na\t1\tCreated2019-09-08|Updated2019-09-26|World\n' >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | awk -F'\t' '\$6 == \"DATE\"' | cut -f 5,7"
	assert_success
	assert_output "2019-09-08	2019-09-08
2019-09-26	2019-09-26"
}

@test "a space before the year's comma (\"21 February ,2019\") and a year's two last digits after an apostrophe (\"18 May.'19\") are read" {
	printf "doc\tsent\ttext\na\t1\tPublished: 21 February ,2019: 09:21 PM GST\na\t2\tCivil Georgia, Tbilisi / 18 May.'19 / 09:28\n" >"$TMP/s.tsv"
	run sh -c "extract-entities '$TMP/s.tsv' | awk -F'\t' '\$6 == \"DATE\"' | cut -f 5,7"
	assert_success
	assert_output "21 February ,2019	2019-02-21
18 May.'19	2019-05-18"
}

ee_names() {	# SENTENCE: text,type,norm of its mentions, one a line
	printf 'Some headline for testing here\n\n%s\n' "$1" | segment |
	    extract-entities -d 2019-01-04 | tocsv -f text,type,norm | tail -n +2
}

# (Until stop 51 "Bryan" alone, a town in Texas to the gazetteer, was a
# place on a page about William Jennings Bryan: 45 mentions of 1916.)
@test "a one-word place that is the last name of a person the document names in full, and alone elsewhere (or in three names the gazetteer knows), is that person; not after in/of/the, before a comma and a place, nor without a lone person mention" {
	ee_doc() {
		printf 'Some headline for testing here\n\n%s\n' "$@" | segment |
		    extract-entities -d 2019-01-04 | tocsv -f text,type,norm | tail -n +2
	}
	run ee_doc 'William Jennings Bryan spoke at noon.' '' 'Former Secretary of State Bryan has promised not to break loose.' '' 'Bryan, accompanied by Mrs. Bryan, arrived in St. Louis.' '' 'He went on to Bryan, Texas, and spoke in Bryan again.'
	assert_success
	assert_line --index 2 'Bryan,PERSON,William Jennings Bryan'
	assert_line --index 3 'Bryan,PERSON,William Jennings Bryan'
	assert_line --index 6 'Bryan,GPE,Bryan'
	assert_line --index 8 'Bryan,GPE,Bryan'
	# no lone person by the name: Washington stays the city
	run ee_doc 'George Washington was the first president.' '' 'Washington officials said so.'
	assert_line 'Washington,GPE,Washington'
	refute_line 'Washington,PERSON,George Washington'
	# (stop 53) but a person of three names the gazetteer knows need not
	# be named alone, unless the document makes the word a place
	run ee_doc 'William Jennings Bryan arrived.' '' 'The delegates cheered when Bryan wept.'
	assert_line 'Bryan,PERSON,William Jennings Bryan'
	refute_line 'Bryan,GPE,Bryan'
	run ee_doc 'William Jennings Bryan arrived.' '' 'The delegates cheered when Bryan wept.' '' 'He then went on to Bryan to rest.'
	assert_line --index 1 'Bryan,GPE,Bryan'
}

@test "the one-word people of a list the sentence calls towns or counties are places, and so is the word that ends it; a list of presidents stays people" {
	run ee_names "The towns damaged were primarily Carrascal, Cantilan, Madrid, Carmen, Lanuza, and Cortes."
	assert_success
	assert_line "Carmen,GPE,Carmen"
	assert_line "Lanuza,GPE,Lanuza"
	assert_line "Cortes,GPE,Cortes"
	run ee_names "The trial collected data from patients from the towns of Beni, Butembo, Mangina, and Katwa in the Democratic Republic of the Congo."
	assert_line "Beni,GPE,Beni"
	assert_line "Mangina,GPE,Mangina"
	assert_line "Katwa,GPE,Katwa"
	# no towns named: a list of names and cities is left as it is
	run ee_names "Plaster medallions of Washington, Jackson, Jefferson and Cleveland looked down on the delegates."
	assert_line --partial "Jefferson,PERSON,"
	# nor is a person named in full, or a name after a given name
	run ee_names "The towns sent Anna Lanuza, Carmen and Cortes to the meeting."
	refute_line --partial ",GPE,"
	run ee_names "Write to the towns office: Ed. Kelley, Geneseo, Route 1."
	refute_line "Kelley,GPE,Kelley"
}

@test "a word that opens a clause starts no name, at a sentence's start or after a lost full stop: Later Roosevelt, While Hughes, Whether Murray" {
	run ee_names "He would make a statement later.- Later Roosevelt advised his friends. While Hughes waited, the delegates voted. Whether Murray agreed is unknown. Later the progressives met."
	assert_success
	assert_output "Roosevelt,PERSON,Roosevelt
Hughes,PERSON,Hughes
Murray,PERSON,Murray"
}

@test "a lone surname after Mr., Ms. or Mrs. gets no famous stranger's full name" {
	run ee_names "Mrs. Taylor said the plan would work. Ms. Davis agreed. Mr. Scott left."
	assert_success
	assert_output "Taylor,PERSON,Taylor
Davis,PERSON,Davis
Scott,PERSON,Scott"
}

# (Until stop 35 a lone word the gazetteer gave one person took that
# person's full name: in the 1916 pages Senator Burton was the actor
# Richard Burton, Charles W. Fairbanks was Douglas Fairbanks, Fort Vaux
# was Calvert Vaux.)
@test "a lone surname keeps its text as norm, the gazetteer's famous namesake unassumed (Burton, Fairbanks, Putin); named in full, the full name" {
	run ee_names "Johnson said the plan would work. Putin agreed. Burton spoke for the Senate. Fairbanks agreed with him."
	assert_success
	assert_output "Johnson,PERSON,Johnson
Putin,PERSON,Putin
Burton,PERSON,Burton
Senate,ORG,Senate
Fairbanks,PERSON,Fairbanks"
	run ee_names "Charles W. Fairbanks spoke. Fairbanks agreed."
	assert_success
	assert_output "Charles W. Fairbanks,PERSON,Charles W. Fairbanks
Fairbanks,PERSON,Charles W. Fairbanks"
}

# (Until stop 35 "Fort Vaux", the Verdun fort of the 1916 pages, was a
# person 334 times: the gazetteer's Calvert Vaux and the model.)
@test "a name that begins with Fort, Port, Cape, Lake or Mount is a place, not a person; the gazetteer's Fort Worth stays a city" {
	run ee_names "The Germans attacked Fort Vaux again. The ship passed Cape Mendocino and Port Stanley. He lives near Lake Charles in Fort Worth. Fort Souville is held by the French after a long fight. The Mount Vernon Bank failed."
	assert_success
	assert_output "Germans,NORP,Germany
Fort Vaux,LOC,Fort Vaux
Cape Mendocino,LOC,Cape Mendocino
Port Stanley,LOC,Port Stanley
Lake Charles,LOC,Lake Charles
Fort Worth,GPE,Fort Worth
Fort Souville,LOC,Fort Souville
French,NORP,France
Mount Vernon Bank,ORG,Mount Vernon Bank"
}

@test "a gazetteer surname inside a longer name is not that person: Saffir–Simpson, Mahan Air, NASA's Hubble" {
	run ee_names "On the Saffir–Simpson scale it was weak. Iran's Mahan Air was banned. Mahan denied it. NASA's Hubble telescope saw it."
	assert_success
	refute_output --partial "Wallis"
	refute_output --partial "Alfred"
	refute_output --partial "Edwin"
}

@test "a member of a parliament's title (MP, MEP) before a name makes a person, the title left out; MP alone is no name" {
	run ee_names "Conservative MP Philip Hammond commented on the plan. MEP Anna Fotyga and two MPs agreed. The MP said no."
	assert_success
	assert_line "Philip Hammond,PERSON,Philip Hammond"
	assert_line "Anna Fotyga,PERSON,Anna Fotyga"
	refute_line --partial "MP"
}

@test "a title before a word the gazetteer calls a place makes a person, the title left out" {
	run ee_names "Mr. Wilson said the plan would work. Mr. James left. President Lincoln spoke."
	assert_success
	assert_output "Wilson,PERSON,Wilson
James,PERSON,James
Lincoln,PERSON,Lincoln"
}

@test "a lone surname that WordNet also gives a mountain or a river is no place (Wilson, Adams, James, White); the Rhine and the Hudson stay places" {
	run ee_names "The delegates want to beat Wilson. Adams argued with James about the budget. White added that prices rose. The Rhine and the Hudson flooded."
	assert_success
	assert_output "Wilson,PERSON,Wilson
Adams,PERSON,Adams
James,PERSON,James
Rhine,LOC,Rhine
Hudson,LOC,Hudson"
}

@test "a hyphenated given name after a family name stays whole: Moon Jae-in, Lee Myung-bak" {
	run ee_names "The president met Moon Jae-in and Lee Myung-bak in Seoul yesterday. Lee later spoke to the press."
	assert_success
	assert_output "Moon Jae-in,PERSON,Moon Jae-in
Lee Myung-bak,PERSON,Lee Myung-bak
Seoul,GPE,Seoul
yesterday,DATE,2019-01-03
Lee,PERSON,Lee Myung-bak"
}

@test "a month after a given name is a surname (Theresa May), before a number a date's" {
	run ee_names "Theresa May resigned on Friday. Brian May played guitar in London. The vote in Yartsevo May 5 was close."
	assert_success
	assert_output "Theresa May,PERSON,Theresa May
Friday,DATE,2019-01-04
Brian May,PERSON,Brian May
London,GPE,London
Yartsevo,GPE,Yartsevo
May 5,DATE,2019-05-05"
}

@test "a common word opening a sentence before one word that can only be a name is a given name: Xi Jinping" {
	run ee_names "Xi Jinping arrived. Mark Zuckerberg agreed."
	assert_success
	assert_output "Xi Jinping,PERSON,Xi Jinping
Mark Zuckerberg,PERSON,Mark Zuckerberg"
}

@test "a byline's writers are people up to \" and \" or a comma, whatever their names mean; a job or an agency after a comma is none" {
	printf 'Some headline for testing here\n\nBy Jane Doe and John Roe\n\nThe council met. Doe said so.\n' | segment |
	    extract-entities -d 2019-01-04 | tocsv -f text,type,norm,role >"$TMP/a.csv"
	run cat "$TMP/a.csv"
	assert_output "text,type,norm,role
Jane Doe,PERSON,Jane Doe,byline
John Roe,PERSON,John Roe,byline
Doe,PERSON,Jane Doe,body"
	printf 'Some headline for testing here\n\nBy Jane Doe, Associated Press\n\nThe council met.\n' | segment |
	    extract-entities -d 2019-01-04 | tocsv -f text,type,norm,role >"$TMP/b.csv"
	run cat "$TMP/b.csv"
	assert_output "text,type,norm,role
Jane Doe,PERSON,Jane Doe,byline
Associated Press,ORG,Associated Press,byline"
}

@test "a time zone after a stray full stop (\"3 pm. ET\") is the time's, no organisation" {
	run ee_names "The talks start at 3 pm. ET"
	assert_success
	assert_output "3 pm. ET,TIME,15:00"
}

@test "--split: each stream of the list into its own file as alone, consecutive lines naming one output share it; an unreadable stream leaves its output unwritten; no FILE with it" {
	A="$FIXTURES/articles"
	segment -- "$A/000_00ead3c6dcb612e8.txt" >"$TMP/s1.tsv"
	segment -- "$A/004_a5f62a1bf84a2da8.txt" >"$TMP/s2.tsv"
	printf '%s\t%s\n' "$TMP/s1.tsv" "$TMP/e 1.tsv" "$TMP/s2.tsv" "$TMP/e2.tsv" \
		"$TMP/s1.tsv" "$TMP/both.tsv" "$TMP/s2.tsv" "$TMP/both.tsv" >"$TMP/list"
	run extract-entities --split "$TMP/list"
	assert_success
	assert_output ''
	extract-entities "$TMP/s1.tsv" >"$TMP/want1"
	extract-entities "$TMP/s2.tsv" >"$TMP/want2"
	extract-entities "$TMP/s1.tsv" "$TMP/s2.tsv" >"$TMP/want12"
	run cmp "$TMP/e 1.tsv" "$TMP/want1"
	assert_success
	run cmp "$TMP/e2.tsv" "$TMP/want2"
	assert_success
	run cmp "$TMP/both.tsv" "$TMP/want12"
	assert_success
	echo 'the old stream' >"$TMP/e3.tsv"
	printf '%s\t%s\n' "$TMP/s1.tsv" "$TMP/e3.tsv" "$TMP/missing.tsv" "$TMP/e3.tsv" >"$TMP/list"
	run extract-entities --split "$TMP/list"
	assert_failure 1
	assert_output --partial "missing.tsv"
	run cat "$TMP/e3.tsv"
	assert_output 'the old stream'
	run sh -c 'ls "$1" | grep -c part' sh "$TMP"
	assert_output 0
	run extract-entities --split "$TMP/list" "$TMP/s1.tsv"
	assert_failure 2
	assert_output --partial 'not as FILEs'
	printf 'no tab\n' >"$TMP/bad"
	run extract-entities --split "$TMP/bad"
	assert_failure 2
	assert_output --partial "$TMP/bad:1:"
}

# (Until stop 36 the model made 5,767 names of one letter in the 1916
# pages: "J" 777 times, "I." 592, "A." 341, "U" an ORG 173.)
@test "a lone letter is no name: an initial whose name is missing (OCR's 'J', 'A.') is dropped, the full names beside it kept" {
	run ee_names "Mrs. J nines Noel and Dr. Rex Steele motored Sunday. The speakers were John S. Forest, J, W. Bailey and K. G. Morris. Humorist Jones is also on the program. A."
	assert_success
	refute_line --regexp '^(J|A\.?),'
	assert_line "Rex Steele,PERSON,Rex Steele"
	assert_line "K. G. Morris,PERSON,K. G. Morris"
}

# (Until stop 36 the 1916 pages' entity summary had HUGHES, ROOSEVELT,
# WILSON and 2,200 other names in capitals as persons apart.)
@test "a name in capitals is the person the document names plainly (HUGHES is Charles E. Hughes), else written as names are (BORAH is Borah, O'BRIEN O'Brien)" {
	run ee_names "Charles E. Hughes spoke at the rally. The crowd cheered HUGHES and Senator BORAH loudly. Mr. O'BRIEN and JEAN-CLAUDE JUNCKER agreed."
	assert_success
	assert_line "HUGHES,PERSON,Charles E. Hughes"
	assert_line "BORAH,PERSON,Borah"
	assert_line "O'BRIEN,PERSON,O'Brien"
	assert_line "JEAN-CLAUDE JUNCKER,PERSON,Jean-Claude Juncker"
}

# (Until stop 37 "Albany, N.Y." gave an ORG "N.Y.", "Fresno, Calif." no
# state at all, and the 1916 pages had "N. Y." as a person 147 times.)
@test "a state's abbreviation after a town and a comma is the state (N.Y., Calif., N. Y., Mass.); 'Mass.' elsewhere is no place" {
	run ee_names "The mayors of Albany, N.Y., Fresno, Calif., Boston, Mass., and Rye, N. Y., met on Monday. They attended Mass. afterwards."
	assert_success
	assert_line "N.Y.,GPE,New York"
	assert_line "Calif.,GPE,California"
	assert_line "Mass.,GPE,Massachusetts"
	assert_line "N. Y.,GPE,New York"
	assert_equal "$(printf '%s\n' "$output" | grep -c '^Mass\.,')" 1
}

# (Until stop 37 "St Louis" was a PERSON, and "ST. LOUIS" the ORGs "ST"
# and "LOUIS".)
@test "St Louis without its full stop, and ST. LOUIS in capitals, are Saint Louis as St. Louis is" {
	run ee_names "Trains left St. Louis for St Louis. ST. LOUIS WINS THE PENNANT."
	assert_success
	assert_line "St. Louis,GPE,Saint Louis"
	assert_line "St Louis,GPE,Saint Louis"
	assert_line "ST. LOUIS,GPE,Saint Louis"
	refute_line --regexp '^(ST|LOUIS),'
}

# (Until stop 37 the 1916 pages had 3,600 such persons: "Hie" 157 times,
# "Tho", "Tli", "Mis", "Wil".)
@test "a lone name of two or three letters that the document never gives in full is misread print ('Tli' for 'The'), but a short given name (Tom, Ed) is a person" {
	run ee_names "Yesterday afternoon Tli said the train was late. Later Tom said he agreed, and Ed said so too."
	assert_success
	refute_line --regexp '^Tli,'
	assert_line "Tom,PERSON,Tom"
	assert_line "Ed,PERSON,Ed"
}

# (WordNet knows Verdun as a battle alone: until stop 37 the 1916 pages
# had it as an ORG 350 times.)
@test "Verdun is a town (places.tsv), not an organisation" {
	run ee_names "The crown prince is hammering at the gates of Verdun. The French held Fort Vaux, northeast of Verdun."
	assert_success
	assert_line "Verdun,GPE,Verdun"
	refute_line --regexp '^Verdun,(ORG|PERSON|LOC),'
}

# (Until stop 37 a dateline's town that is also a word, in capitals or
# opening the sentence, was left out: "BUFFALO, N. Y.", "Reading, Pa.")
@test "a dateline's town before a state's abbreviation is a place, though also a word (BUFFALO, N. Y.; Reading, Pa.); 'Reading the paper' is none" {
	run ee_names "BUFFALO, N. Y., June 3. The fire spread."
	assert_success
	assert_line "BUFFALO,GPE,Buffalo"
	run ee_names "Reading, Pa., June 3. The mill closed. Reading the paper, he smiled."
	assert_success
	assert_line "Reading,GPE,Reading"
	assert_equal "$(printf '%s\n' "$output" | grep -c '^Reading,')" 1
}

# The two lists are written apart (the gazetteer carries no classes):
# an abbreviation added to one alone would be a place in any context.
@test "every abbreviation but the unspaced initials is of the class afterplace in names.tsv, and each afterplace word is an abbreviation" {
	d=$QUARRY_TOP/data/entities
	grep -v '^#' "$d/abbreviations.tsv" | cut -f 1 |
	    grep -vxE '([A-Z]\.)+[A-Z][a-z]*\.' | LC_ALL=C sort >"$TMP/want"
	awk -F '\t' '$2 == "afterplace" { print $1 }' "$d/names.tsv" |
	    LC_ALL=C sort >"$TMP/have"
	run diff "$TMP/want" "$TMP/have"
	assert_success
}

# (Until stop 38 WordNet's two-letter names were the gazetteer's: the 1916
# pages had 73 "Micronesia" for "TT", 37 "Schutzstaffel" for "SS", 28
# "National Trust" for "NT", 47 "Ur", 37 "Po" and 30 "Io".)
@test "two letters are a name only from the lists written by hand: US, UK, UN, EU are; TT, AS, Ur and Po are no places" {
	run ee_names "The UN and the EU met in the US and the UK. The TT race, AS a rule, passed Ur and Po."
	assert_success
	assert_line "UN,ORG,United Nations"
	assert_line "EU,ORG,European Union"
	assert_line "US,GPE,United States"
	assert_line "UK,GPE,United Kingdom"
	refute_line --regexp '^(TT|AS|Ur|Po),'
}

@test "a state's postal code is the state after a town and a comma (Austin, TX; Salem, OR), and elsewhere no place (call 555 OR write)" {
	run ee_names "She moved to Austin, TX, last year. Call 555 OR write to Salem, OR, today."
	assert_success
	assert_line "TX,GPE,Texas"
	assert_equal "$(printf '%s\n' "$output" | grep -c '^OR,GPE,Oregon$')" 1
	run ee_names "Call 555 OR write to us."
	assert_success
	refute_line --partial 'Oregon'
}

# (Until stop 38 the 1916 pages had 131 "IH", 64 "IK", 62 "IM", 60 "VV"
# and 29 "Au" as organisations.)
@test "misread print of two letters is no name (IH, VV, Au), a defined or known acronym of two letters is (AU for the African Union, US)" {
	run ee_names "The British lost IH eleven battleships, said the Overseas News Agency. Vote for Hughes. VV. J. Bryan will speak. She taught in the Au rican school at Constantinople."
	assert_success
	refute_line --regexp '^(IH|VV|Au),'
	assert_line "Overseas News Agency,ORG,Overseas News Agency"
	run ee_names "Leaders of the African Union (AU) met in Niamey. The AU chairperson spoke of the US."
	assert_success
	assert_line "AU,ORG,African Union"
	assert_line "US,GPE,United States"
}

# (Until stop 38 the model's "By Associated Press" was an ORG 36 times in
# the 1916 pages; a person's "By" was dropped already.)
@test "a byline's \"By\" is no part of an agency's name: (By Associated Press) names the Associated Press" {
	printf 'Headline here for test\n\nBattle\n\n(By Associated Press)\n\nLondon, June 5. The Germans continued.\n' >"$TMP/by.txt"
	run sh -c 'segment "$1" | extract-entities | tocsv -f text,type,norm' sh "$TMP/by.txt"
	assert_success
	assert_line "Associated Press,ORG,Associated Press"
	refute_line --partial "By Associated"
}

# (Until stop 38 "Republican" was taken for a title before a person: the
# 1916 pages had a PERSON "National Convention" 95 times.)
@test "a party's National Convention is an event, though 'Republican' is also a title and 'Convention' a treaty's last word; the Geneva Convention stays a treaty" {
	run ee_names "Tickets to the Republican National Convention are now quoted at a premium in the city. Delegates to the Democratic National Convention arrived by train, and more to the Progressive Convention. The Geneva Convention applies to all prisoners taken in the war."
	assert_success
	assert_line "Republican National Convention,EVENT,Republican National Convention"
	assert_line "Democratic National Convention,EVENT,Democratic National Convention"
	assert_line "Progressive Convention,EVENT,Progressive Convention"
	assert_line "Geneva Convention,LAW,Geneva Convention"
	refute_line --regexp ',PERSON,'
}

# (Until stop 38 the 1916 pages had an EVENT "Secretary of War Baker" 36
# times and "Grand Forks" 47 times: "War" and "Grand" were event cues.)
@test "an office's name after a title and 'of' is no part of the person nor an event (Secretary of War Baker is Baker); Grand Forks is no event" {
	run ee_names "Secretary of War Baker said on Monday that the troops would go to the border. Minister of War Roques left Paris for the front with the general staff. Many of the veterans of the Civil War marched in the parade."
	assert_success
	assert_line "Baker,PERSON,Baker"
	assert_line "Roques,PERSON,Roques"
	assert_line "Civil War,EVENT,Civil War"
	refute_line --regexp '^(Secretary of War|War Baker|War Roques)'
	run ee_names "He moved to Grand Forks where he was known as a banker for many years."
	assert_success
	refute_line --regexp ',EVENT,'
	# (until stop 52 "Secretary of State for War" was an event 10 times)
	run ee_names "The Secretary of State for War, Lord Kitchener, was lost at sea with his staff."
	assert_success
	refute_line --regexp ',EVENT,'
}

# (Until stop 39 the 1916 pages had a LOC "North" for "the North sea" 106
# times, a PERSON "Main" for "Main street" 63, "Marion" for "Marion
# county" 25.)
@test "a generic word in lower case after a name ends it as its capital would (Marion county is a county, Main street a street, the North sea a sea), but not a people's adjective nor a sentence's first word" {
	run ee_names "The farmers of Marion county met at the hall on Main street to hear the news of the battle in the North sea and of the floods on the Mississippi river."
	assert_success
	assert_line "Marion county,GPE,Marion County"
	assert_line "Main street,FAC,Main Street"
	assert_line "North sea,LOC,North Sea"
	assert_line "Mississippi river,LOC,Mississippi River"
	refute_line --regexp '^(Marion|Main|North),'
	run ee_names "The German sea raid and the Russian river crossing were reported by the farmers of Navajo county late on the evening of the second day."
	assert_success
	assert_line "German,NORP,Germany"
	assert_line "Russian,NORP,Russia"
	assert_line "Navajo county,GPE,Navajo County"
	refute_line --regexp '(sea|river),'
	run ee_names "Into Whitehall street marched the soldiers of the regiment with their band playing the old tunes of the war."
	assert_success
	assert_line "Whitehall street,FAC,Whitehall Street"
	refute_line --partial "Into"
}

# (Until stop 53 "the First National bank" was an ORG "National", "the
# Methodist church" a people's adjective, "Pickens Presbyterian church" a
# person: some 1,600 mentions of the 1916 pages changed.)
@test "a body's generic word in lower case after a name ends it as its capital would (First National bank, the Commercial club, the Methodist church), but not after a determiner alone, after a or an, a place alone, or a body the gazetteer knows" {
	run ee_names "The fire reached the First National bank and the Methodist church before the Commercial club met at the Vermont Butter Tub company."
	assert_success
	assert_line "First National bank,ORG,First National Bank"
	assert_line "Methodist church,ORG,Methodist Church"
	assert_line "Commercial club,ORG,Commercial Club"
	assert_line "Vermont Butter Tub company,ORG,Vermont Butter Tub Company"
	refute_line --regexp '^(National|Methodist|Vermont),'
	run ee_names "NEWS OF THE DAY The committee met and Tho club voted. He joined a Baptist church, kept money in a London bank and worked for the Boeing company."
	assert_success
	refute_line --regexp '(committee|club|church|bank|company),'
	assert_line "Boeing,ORG,Boeing"
}

# (Until stop 53 "van Biljon" was "Biljon", "Leon van Biljon" a town
# "Leon" and a person, "De Blasio" someone other than Bill de Blasio, and
# the headline's "NYC Mayor de Blasio" the fullest name of all of them.)
@test "a surname's small word (van, de) is the person's when the fullest name has it, so is a place before it that completes that name, and so is the word capitalised as a sentence opens; capitals before a title are no part of a name" {
	ee_doc() {
		printf '%s\n\n%s\n' "$1" "$2" | segment | extract-entities |
		    tocsv -f text,type,norm | tail -n +2
	}
	run ee_doc "NYC Mayor de Blasio ends campaign" "Police arrested Leon van Biljon on Monday. Later, van Biljon said he was innocent. Van Biljon left. Yesterday, Bill de Blasio, the mayor, ended his campaign. De Blasio left. Support for de Blasio was low."
	assert_success
	assert_line "Leon van Biljon,PERSON,Leon van Biljon"
	assert_line "van Biljon,PERSON,Leon van Biljon"
	assert_line "Van Biljon,PERSON,Leon van Biljon"
	assert_line "De Blasio,PERSON,Bill de Blasio"
	assert_line "de Blasio,PERSON,Bill de Blasio"
	refute_line --regexp '^(Leon|Biljon|Blasio),'
	refute_output --partial "NYC Mayor"
	# ("Bill", a law's word, opening the name: still a given name)
	run ee_doc "Some headline for testing here" "Bill de Blasio spoke on Monday. De Blasio left. Support for de Blasio was low."
	assert_line "De Blasio,PERSON,Bill de Blasio"
	assert_line "de Blasio,PERSON,Bill de Blasio"
}

# (Until stop 54 "the Second World War" was an ordinal and a "World War",
# and "WWII" an organisation.)
@test "the world wars by any of their names (the Second World War, WWII, World War II) are one EVENT norm; not in an article dated before 1918" {
	run ee_names "He fought in the First World War and the Second World War, also called World War I and World War II, or WWII."
	assert_success
	assert_output "First World War,EVENT,World War I
Second World War,EVENT,World War II
World War I,EVENT,World War I
World War II,EVENT,World War II
WWII,EVENT,World War II"
	run sh -c "printf 'doc\tdate\ttext\nd\t2019-06-03\tThe WWI men came.\n' | extract-entities | cut -f 5-7"
	assert_line "WWI	EVENT	World War I"
	run sh -c "printf 'doc\tdate\ttext\nd\t1916-06-03\tThe WWI men came.\n' | extract-entities | cut -f 5-7"
	refute_output --partial "World War"
}

# (Until stop 54 "Sikhs" was a person and "Muslims", "Catholics" no
# mention.)
@test "a religion's people named by a plural noun (Muslims, Hindus, Sikhs, Catholics) is a NORP named by its adjective" {
	run ee_names "Muslims, Hindus and Sikhs prayed, while Catholics and Protestants marched."
	assert_success
	assert_output "Muslims,NORP,Muslim
Hindus,NORP,Hindu
Sikhs,NORP,Sikh
Catholics,NORP,Catholic
Protestants,NORP,Protestant"
}

# (Until stop 53 "the Turks" and "the Kurds" were organisations, or
# persons: 160 mentions of the 1916 pages.)
@test "a people named by a plural noun (the Turks, the Kurds) is a NORP with its country's name and code, found or not; not a sentence's first word that is a common one (Poles were set up)" {
	run ee_names "The Turks repulsed an attack on the Teutons, and the Kurds and Arabs fled. The Poles voted."
	assert_success
	assert_line "Turks,NORP,Turkey"
	assert_line "Teutons,NORP,Teutonic"
	assert_line "Kurds,NORP,Kurd"
	assert_line "Arabs,NORP,Arab"
	assert_line "Poles,NORP,Poland"
	refute_output --regexp ',(ORG|PERSON),'
	run sh -c "printf 'Some headline for testing here\n\n%s\n' 'The Turks fled.' | segment | extract-entities | tocsv -f text,code"
	assert_line "Turks,TR"
	run ee_names "Poles were set up along the road."
	refute_output --partial "NORP"
}

# (Until stop 53 "Kama Melly QC" was a person's name and norm, and "Melly"
# alone someone else.)
@test "a person's honours and degrees after the name (QC, OBE, PhD) are no part of the mention or the norm" {
	run ee_names "Prosecutor Kama Melly QC said the case was strong. Melly added more. Jane Doe OBE attended, with Dr. Ann Lee PhD."
	assert_success
	assert_line "Kama Melly,PERSON,Kama Melly"
	assert_line "Melly,PERSON,Kama Melly"
	assert_line "Jane Doe,PERSON,Jane Doe"
	assert_line "Ann Lee,PERSON,Ann Lee"
	refute_output --regexp '(QC|OBE|PhD)'
}

# (Until stop 53 "Sunday school" was an organisation, from WordNet's list
# of them: 170 mentions of the 1916 pages.)
@test "a kind of body WordNet lists as an organisation (Sunday school, Manchu dynasty) is no name; a government, a generic word's place and a body printed in lower case stay" {
	run ee_names "Mrs. Steele was very enthusiastic in Sunday school and the English department under the Manchu dynasty."
	assert_success
	refute_output --partial "ORG"
	run ee_names "The United States government wrote to the School Board of Jefferson Davis parish and the First National bank."
	assert_line --partial "United States government,ORG"
	assert_line "First National bank,ORG,First National Bank"
}

# (Until stop 39 the 1916 pages had an ORG "VOL" 58 times, "OOO" 46, the
# Iraqi Intelligence Service for "IIS" 27.)
@test "misread print of three capitals is no name (OOO, IUI, IIS), nor a masthead's VOL; the news' acronyms are (ISI, KKK, NATO)" {
	run ee_names "The letter was signed by IIS and by OOO and IUI of the paper, VOL 19, and by the ISI and the KKK and the NATO leaders of the time in the spring."
	assert_success
	refute_line --regexp '^(IIS|OOO|IUI|VOL),'
	assert_line "ISI,ORG,Directorate for Inter-Services Intelligence"
	assert_line "KKK,ORG,Ku Klux Klan"
	assert_line "NATO,ORG,North Atlantic Treaty Organization"
}

# (Until stop 39 the 1916 pages had the county of Hampshire for Lord
# Kitchener's cruiser 271 times.)
@test "after a kind of vessel in the plural, or a title after one, a name is a ship's too (the steamers China, the cruisers Queen Mary), and so is 'the Queen Mary' after; 'these ships Germany's' is still the country, Queen Mary alone a person (named with her title)" {
	run ee_names "Britain lost the battle cruisers Queen Mary, Indefatigable and Invincible. Captain Prowse of the Queen Mary died, and these ships Germany's gunners sank. Complaints reached the masters of the steamers China and Siberia. Queen Mary attended the service."
	assert_success
	assert_line "Germany,GPE,Germany"
	assert_line "Mary,PERSON,Queen Mary"
	[ "$(printf '%s\n' "${lines[@]}" | grep -c '^Mary,')" -eq 1 ]
	refute_line --partial "China"
}

@test "a name after a word for a vessel is a ship's, no place or person (the cruiser Hampshire, the steamer Grace Dollar), and so is 'the Hampshire' elsewhere in the document; Oregon without 'the' is still the state" {
	run ee_names "Lord Kitchener was lost when the British cruiser Hampshire sank off the Orkney Islands in the night. The Hampshire was bound for Archangel with his staff. The steamer Grace Dollar reached Seattle, and the battleship Oregon sailed. Oregon voted for Hughes, and New Hampshire too."
	assert_success
	refute_line --regexp '^(Hampshire|Grace Dollar),'
	assert_line "Seattle,GPE,Seattle"
	assert_line "Oregon,GPE,Oregon"
	assert_line "New Hampshire,GPE,New Hampshire"
	[ "$(grep -c '^Oregon,' <<<"$output")" -eq 1 ]
}

# (Until stop 52 the ships of Jutland after the first of a list were people
# and places: "Black Prince" 22 times, "Frauenlob", "Wiesbaden".)
@test "the names of a list after a word for a vessel, with and before the last, are all ships'; a name after a ship's comma without such a list is not (Captain Herbert J. Savill)" {
	run ee_names "The officers of the British warships Invincible, Indefatigable, Defence, Black Prince and Queen Mary have been lost."
	assert_success
	refute_line --regexp ',(PERSON|GPE|ORG|LOC),'
	run ee_names "His majesty's ship Hampshire, Captain Herbert J. Savill, with Lord Kitchener and his staff on board, was sunk. Arrived, steamer Roma, New York."
	assert_line "Herbert J. Savill,PERSON,Herbert J. Savill"
	assert_line "New York,GPE,New York"
}

# (Until stop 40 the 1916 pages had an ORG "Democratic" 134 times and
# "Progressive" 131 for "the Democratic party", and nothing at all for
# "the Republican party"; "Col Roosevelt" was a person's name 131 times.)
@test "a party's word and party in lower case are the party (the Republican party is the Republican Party); not a group's party (the Roosevelt party)" {
	run ee_names "The Kansas Republican party will meet in Topeka, and the leaders of the Democratic party and of the Progressive party will follow them in June."
	assert_success
	assert_line "Republican party,ORG,Republican Party"
	assert_line "Democratic party,ORG,Democratic Party"
	assert_line "Progressive party,ORG,Progressive Party"
	assert_line "Kansas,GPE,Kansas"
	refute_line --regexp '^(Republican|Democratic|Progressive),'
	run ee_names "The Roosevelt party arrived at the station this morning and left by the noon train for the city of Chicago."
	assert_success
	assert_line "Roosevelt,PERSON,Roosevelt"
	refute_line --partial "party,ORG"
}

@test "a title without its full stop, as older papers print it, is no part of the name (Col Roosevelt is Roosevelt, Lieut Smith is Smith)" {
	run ee_names "The leaders were advised in advance of the purpose of Col Roosevelt to withhold his acceptance, and Lieut Smith and Gen Funston went to the border."
	assert_success
	assert_line "Roosevelt,PERSON,Roosevelt"
	assert_line "Smith,PERSON,Smith"
	assert_line "Funston,PERSON,Funston"
	refute_line --regexp '(Col|Lieut|Gen) '
}

@test "a lone preposition of place that misread print capitalised is no name (plunged Into dissension, mount Into the thousands)" {
	printf 'doc\ttext\nd\tWhen the Progressive Convention will be plunged Into dissension.\nd\tThe total losses are expected to mount Into the thousands.\n' >"$BATS_TEST_TMPDIR/s.tsv"
	run extract-entities "$BATS_TEST_TMPDIR/s.tsv"
	assert_success
	assert_line --partial $'Progressive Convention\tEVENT'
	refute_line --partial 'Into'
}

@test "a kind of body alone is no name (The Club elected its officers), a body's name is (the Business Club); nor is All a name's first word (All Kauai)" {
	printf 'doc\ttext\nd\tThe Club elected the following officers for the year: Jesse M. Garrett, president, and John Smith, secretary.\nd\tThe regular meeting of the Business Club was held Monday evening, and the Club voted to back the Chautauqua.\n' >"$BATS_TEST_TMPDIR/s.tsv"
	run extract-entities "$BATS_TEST_TMPDIR/s.tsv"
	assert_success
	assert_line --partial $'Business Club\tORG'
	refute_line --regexp $'\tClub\tORG'
	run ee_names "All Kauai will meet the visitors at the fair grounds on Saturday afternoon for the games of the season."
	assert_success
	refute_line --partial "All"
}

# (Until stop 41 the 1916 pages, which print "U. S." 326 times and
# "U.S." 26, had a person "U. S." 72 times, a person "G. O. P." 64, and
# none of their 1,216 times written "3 p. m.": a person "P. M." instead.)
@test "initials spaced as old papers print them are the name unspaced: U. S. is the United States, U. S. Senate its Senate, G. O. P. the Republican Party" {
	run ee_names "The U. S. Senate voted today, and the G. O. P. leaders said the U. S. must act before the G.O.P. convention."
	assert_success
	assert_line "U. S. Senate,ORG,United States Senate"
	assert_line "U. S.,GPE,United States"
	assert_line "G. O. P.,ORG,Republican Party"
	assert_line "G.O.P.,ORG,Republican Party"
	refute_line --partial "PERSON"
}

@test "a time with a spaced a. m. or p. m. is a time (3 p. m. is 15:00), not a person P. M." {
	run ee_names "The train leaves at 3 P. M. daily, and the meeting will begin at 10:30 a. m. in the hall of the club."
	assert_success
	assert_line "3 P. M.,TIME,15:00"
	assert_line "10:30 a. m.,TIME,10:30"
	refute_line --partial "PERSON"
}

# (Until stop 41 "North Adams" was a place "North" and a person "Adams",
# and the 1916 pages had a LOC "North" 303 times, "South" 311.)
@test "a compass word before a town's name is part of it (North Troy, North Adams); the region stays alone (the North, went North), and so do North Platte river, the North American, a country after it" {
	run ee_names "He came from North Troy to North Adams, and the North won the war when the army went North last week."
	assert_success
	assert_line "North Troy,GPE,North Troy"
	assert_line "North Adams,GPE,North Adams"
	assert_line "North,LOC,North"
	refute_line --regexp '^(Troy|Adams),'
	run ee_names "The North Platte river rose, said the North American, and North Germany waited."
	assert_success
	assert_line "North Platte river,LOC,North Platte River"
	refute_line --regexp '^North (American|Germany),'
	run ee_names "In the South Hughes is strong, the senators from the Pacific coast said on Monday."
	assert_success
	assert_line "Hughes,PERSON,Hughes"
	refute_line --partial "South Hughes"
}

# (Until stop 42 a table of votes on a 1916 page made "Hughes" the
# person "H'lij Orcumi I'lcUeil Hughes" 49 times, "Mnssachi'settes
# Hughes" 51; a fuller name with a word glued before it won over the
# name, having more words.)
@test "a surname stands for the document's fullest name only if that name is no misread print (Mnssachi'settes Hughes) and no name with a word glued before it (York Charles E. Hughes)" {
	run ee_names "The returns: Ohio, Mnssachi'settes Hughes 12,000. Hughes carried the state, said the paper."
	assert_success
	assert_line "Hughes,PERSON,Hughes"
	refute_line "Hughes,PERSON,Mnssachi'settes Hughes"
	run ee_names "Ohio voted for Charles E. Hughes. The returns read York Charles E. Hughes 12,000, and Hughes won."
	assert_success
	assert_line "Charles E. Hughes,PERSON,Charles E. Hughes"
	assert_line "Hughes,PERSON,Charles E. Hughes"
	refute_line "Hughes,PERSON,York Charles E. Hughes"
	# a name stands for itself, and initials are a name's own
	run ee_names "Mr. J. T. G. Crawford spoke, and then Crawford and T. G. Crawford left."
	assert_success
	assert_line "Crawford,PERSON,J. T. G. Crawford"
	run ee_names "O'Brien said Charles O'Brien Smith and Smith agreed."
	assert_success
	assert_line "Smith,PERSON,Charles O'Brien Smith"
}

# (Until stop 43 extract-entities had its own test of capitals, which
# took Latin Extended-A's capitals to be its even code points: "Ł"
# (U+0141), "Ľ", "Ń", "Ž" and "Ź" are odd, and the names they begin were
# lost.  It now asks src/lib's letters.h, as segment does.)
@test "a name beginning with a capital of Latin Extended-A at an odd code point (Łukasz, Ľudovít, Ženia, Łódź) is found" {
	run ee_names "Polish striker Łukasz Piszczek met President Andrzej Duda in Łódź on Monday."
	assert_success
	assert_line "Łukasz Piszczek,PERSON,Łukasz Piszczek"
	assert_line "Łódź,GPE,Łódź"
	run ee_names "The Slovak writer Ľudovít Štúr was praised by Ženia Kowalski."
	assert_success
	assert_line "Ľudovít Štúr,PERSON,Ľudovít Štúr"
	assert_line "Ženia Kowalski,PERSON,Ženia Kowalski"
}

# (Until stop 43 "Charles E. Hughes" kept its initial where the same
# page spelled the name out: 269 mentions on 30 of the 1916 pages.)
@test "a name's initials stand for the one name of the document that spells them out (Charles E. Hughes is Charles Evans Hughes)" {
	run ee_names "Charles Evans Hughes spoke in Ohio. Later Charles E. Hughes left, and Hughes said so."
	assert_success
	assert_line "Charles E. Hughes,PERSON,Charles Evans Hughes"
	assert_line "Hughes,PERSON,Charles Evans Hughes"
	# two spellings ("Evan", as misread print has it): the initial stays
	run ee_names "Charles Evans Hughes and Charles Evan Hughes spoke. Later Charles E. Hughes left."
	assert_success
	assert_line "Charles E. Hughes,PERSON,Charles E. Hughes"
}

# (Until stop 43 the rules took "Miss Viola Rollins of Barton" for one
# name, 252 such persons on the 1916 pages.)
@test "a person of a place: a name ends before an \"of\" with two words or more before it (Viola Rollins of Barton), not with one (Joan of Arc)" {
	run ee_names "Miss Viola Rollins of Barton won the prize, and Rollins thanked her teacher."
	assert_success
	assert_line "Viola Rollins,PERSON,Viola Rollins"
	assert_line "Rollins,PERSON,Viola Rollins"
	refute_line --partial "of Barton,PERSON"
	run ee_names "John Mack of Westboro spoke at the meeting."
	assert_success
	assert_line "John Mack,PERSON,John Mack"
	run ee_names "The statue of Joan of Arc stands in Paris."
	assert_success
	assert_line "Joan of Arc,PERSON,Joan of Arc"
}

# (Until stop 43 both finders made these persons: 354 mentions on the
# 1916 pages, "W. C. T. U." 23 times.)
@test "three initials or more and nothing else are a body's name, an ORG (W. C. T. U., I. O. O. F.); two are no person's (T. R.), with a surname they are" {
	run ee_names "The W. C. T. U. met on Tuesday, and the I. O. O. F. lodge held its picnic."
	assert_success
	assert_line "W. C. T. U.,ORG,W. C. T. U."
	assert_line "I. O. O. F.,ORG,I. O. O. F."
	run ee_names "T. R. spoke, and J. P. Morgan listened."
	assert_success
	refute_line --partial "T. R.,"
	assert_line "J. P. Morgan,PERSON,J. P. Morgan"
}

# (Until stop 44 "Near Fort Vaux" at a sentence's start was a person, and
# so was every "Fort Vaux" and "Vaux" of the page after it; a lone "Vaux",
# the architect Calvert Vaux's surname to the gazetteer, was a person on
# pages of the battle of Verdun: 170 mentions on the 1916 pages.)
@test "a place after a sentence's first preposition (Near Fort Vaux, Into Lake Toxaway) is the place, without the preposition" {
	run ee_names "Near Fort Vaux the French held their ground."
	assert_success
	assert_line "Fort Vaux,LOC,Fort Vaux"
	refute_line --partial "PERSON"
	run ee_names "Into Lake Toxaway the car fell."
	assert_success
	assert_line "Lake Toxaway,LOC,Lake Toxaway"
	refute_line --partial "Into"
}

@test "a surname the gazetteer knows, alone on a page that names a fort or lake by it (Fort Vaux, then Vaux or Vaux before), is that place; with the person named in full, a person" {
	run ee_names "The Germans attacked Fort Vaux this morning. The struggle between the farm and Vaux is violent."
	assert_success
	assert_line "Vaux,LOC,Vaux"
	refute_line --partial "PERSON"
	run ee_names "Calvert Vaux designed Fort Vaux. Vaux was proud of it."
	assert_success
	assert_line "Vaux,PERSON,Calvert Vaux"
	# (until stop 52 a "Vaux" before the fort was a person: 37 mentions
	# of the 1916 pages, most in a headline above the story)
	run ee_names "The French still hold Vaux. The Germans attacked Fort Vaux this morning."
	assert_success
	assert_line "Vaux,LOC,Vaux"
	refute_line --partial "PERSON"
}

# (Until stop 52 WordNet's rivers and lands named by a common word were
# 436 places of the 1916 pages: "Red" 70, "Green" 72, "Union" 143.)
@test "a place the gazetteer names by a common word (Red, Green, Chosen, Union) or a compass point is one only after the and before no capitalised word" {
	run ee_names "They told the sheriff that Green Sunday will be tomorrow. Delegates Chosen Today. Women Wear Red Bandanas. The Union was preserved by the war."
	assert_success
	refute_line --regexp '^(Green|Chosen|Red),'
	assert_line "Union,LOC,Union"
	# (and 729 compass points: "East of the Meuse", "South ern" broken)
	run ee_names "Several French assaults East of the Meuse failed. Dana Jenkins, the idol of South ern track fans, won. His plan will be of value to the South as well as to his state."
	refute_line "East,LOC,East"
	[ "$(grep -c '^South,LOC,' <<<"$output")" -eq 1 ]
}

# (Until stop 52 "West of Fort Vaux" was an organisation "Fort", and the
# page's "Vaux" a person; "Fort Sam Houston" a fort and a person.)
@test "a place's head word taken for a name of its own is one place with the name or capitalised word after it (Fort Vaux), not with a function word" {
	run ee_names "West of Fort Vaux our counter attacks stopped all progress by our adversary in front of the Vaux fort, which the Germans were in."
	assert_success
	assert_line "Fort Vaux,LOC,Fort Vaux"
	assert_line "Vaux,LOC,Vaux"
	refute_line --partial "PERSON"
}

# (Until stop 53 "the Dallas Cowboys" was the city Dallas alone, and "the
# St. Louis Cardinals" a city and a person "Cardinals".)
@test "a place after \"the\" and a capitalised plural after it are a team or a firm (the Dallas Cowboys, the Chicago White Sox), not a place's own plural, a people, a party or a headline's verb" {
	run ee_names "The Baltimore Colts beat the St. Louis Cardinals, and the Dallas Cowboys met the Chicago White Sox. The Tacoma Elks and the Aberdeen Black Cats played."
	assert_success
	assert_line "Baltimore Colts,ORG,Baltimore Colts"
	assert_line "St. Louis Cardinals,ORG,St. Louis Cardinals"
	assert_line "Dallas Cowboys,ORG,Dallas Cowboys"
	assert_line "Chicago White Sox,ORG,Chicago White Sox"
	assert_line "Tacoma Elks,ORG,Tacoma Elks"
	assert_line "Aberdeen Black Cats,ORG,Aberdeen Black Cats"
	refute_output --partial "PERSON"
	run ee_names "The Kansas Republicans met the Pennsylvania Germans at the Dawson Springs hotel. London Says Germany Claims. He flew to the Canary Islands and met the United States Senators and the Missouri Senator Hustlers."
	assert_success
	refute_output --partial "ORG"
	assert_line "Kansas,GPE,Kansas"
	# (a team needs "the": a headline's "Texas Bans" is no firm)
	run ee_names "Texas Bans Fireworks as Drought Worsens in Austin."
	refute_output --partial "Texas Bans"
}

# (Until stop 54 "King Charles III" was "Charles", norm "King Charles".)
@test "a ruler's number is the name's (King Charles III, Malcolm X, Henry VIII), and the name alone after a titled one is named with it; not an initial (Sam V. Dix) nor the pronoun I" {
	run ee_names "Pope Francis met King Charles III at the Vatican. Charles said so. Malcolm X and Henry VIII were named."
	assert_success
	assert_line --index 1 "Charles III,PERSON,Charles III"
	assert_line --index 3 "Charles,PERSON,Charles III"
	assert_line "Malcolm X,PERSON,Malcolm X"
	assert_line "Henry VIII,PERSON,Henry VIII"
	run ee_names "King George spoke, and Sam V. Dix met him. George said so."
	assert_line --index 0 "George,PERSON,King George"
	assert_line --index 2 "George,PERSON,King George"
	refute_line --partial "Sam V,"
}

# (Until stop 54 "UN Secretary-General Antonio Guterres" was the name and
# its norm, and "Guterres" alone named so.)
@test "a title joined by a hyphen (Secretary-General, Attorney-General) and capitals before a title (UN, NATO) are no part of the name, nor of the norm a lone surname gets" {
	run ee_names "He met UN Secretary-General Antonio Guterres and NATO Secretary-General Jens Stoltenberg. Attorney-General Merrick Garland spoke. Guterres and Stoltenberg left."
	assert_success
	assert_output "Antonio Guterres,PERSON,Antonio Guterres
Jens Stoltenberg,PERSON,Jens Stoltenberg
Merrick Garland,PERSON,Merrick Garland
Guterres,PERSON,Antonio Guterres
Stoltenberg,PERSON,Jens Stoltenberg"
}

# (Until stop 54 "D-N.Y." gave a body "D-N".)
@test "a lawmaker's party and state (D-N.Y., R-S.D.) are no body" {
	run ee_names "Sen. Chuck Schumer, D-N.Y., and Sen. John Thune, R-S.D., spoke. Rep. Alexandria Ocasio-Cortez (D-N.Y.) too."
	assert_success
	assert_output "Chuck Schumer,PERSON,Chuck Schumer
John Thune,PERSON,John Thune
Alexandria Ocasio-Cortez,PERSON,Alexandria Ocasio-Cortez"
}

# (Until stop 54 "Nobel Peace Prize" was a person.)
@test "the person a prize is named after (the Nobel Peace Prize, the Lewis medal, a Nobel laureate) is no person of the story; the word alone elsewhere still may be" {
	run ee_names "The Nobel Peace Prize went to Narges Mohammadi. The Nobel laureate is jailed."
	assert_success
	assert_output "Narges Mohammadi,PERSON,Narges Mohammadi"
	run ee_names "He won the Lewis medal. Mr. Lewis spoke."
	assert_output "Lewis,PERSON,Lewis"
}

# (Until stop 54 "PM Imran Khan" was the name and its norm, and "VP Kamala
# Harris" an organisation.)
@test "a title written short that the lexicon lacks (PM, VP, Det., Cllr) is no part of the name after it, nor makes it a body" {
	run ee_names "Former Pakistani PM Imran Khan was jailed. VP Kamala Harris spoke. Det. John Smith and Cllr Jane Doe came. Khan left."
	assert_success
	assert_line --index 1 "Imran Khan,PERSON,Imran Khan"
	assert_line --index 2 "Kamala Harris,PERSON,Kamala Harris"
	assert_line "Jane Doe,PERSON,Jane Doe"
	assert_line "Khan,PERSON,Imran Khan"
	refute_output --partial "ORG"
}

# (Until stop 54 "Luiz Inacio Lula da Silva" was "Luiz Inacio Lula", and
# the 1916 pages' Luis de la Rosa a "Luis" and a "Rosa".)
@test "a person's name the finders ended before the small words of its surname goes on with them and the name after (Lula da Silva, Luis de la Rosa); not after la, do or ter, nor into a place the gazetteer knows" {
	run ee_names "Brazilian President Luiz Inacio Lula da Silva met Argentine leader Javier Milei."
	assert_success
	assert_line "Luiz Inacio Lula da Silva,PERSON,Luiz Inacio Lula da Silva"
	run ee_names "The bandit leader Luis de la Rosa crossed the river."
	assert_line "Luis de la Rosa,PERSON,Luis de la Rosa"
	run ee_names "He said Roosevelt la Out. Jean Smith de Paris came."
	assert_line "Roosevelt,PERSON,Roosevelt"
	assert_line "Paris,GPE,Paris"
}

# (Until stop 54 "Johnson & Johnson" was two people "Johnson", and
# "Procter & Gamble", "AT&T" and the 1916 pages' 467 partnerships no
# mention.)
@test "a firm named by two names and & (Procter & Gamble, Johnson & Johnson, Armour & Co., Smith & Sons) or by capitals joined by it (AT&T, S&P 500) is an organisation; not Q&A, R&D, misread print, nor two common words alone" {
	run ee_names "Procter & Gamble and AT&T cut jobs, while Johnson & Johnson grew and PG&E's shares fell."
	assert_success
	assert_line --index 0 "Procter & Gamble,ORG,Procter & Gamble"
	assert_line --index 1 "AT&T,ORG,AT&T"
	assert_line --index 2 "Johnson & Johnson,ORG,Johnson & Johnson"
	assert_line --index 3 "PG&E,ORG,PG&E"
	refute_output --partial "PERSON"
	run ee_names "The S&P 500 fell as Armour & Co. and Smith & Sons, Ltd., sold the Colorado Fuel & Iron Company."
	assert_line "S&P 500,ORG,S&P 500"
	assert_line "Armour & Co.,ORG,Armour & Co."
	assert_line "Smith & Sons,ORG,Smith & Sons"
	refute_output --partial "CARDINAL"
	run ee_names "The Q&A and the R&D staff held a Gold & Silver sale near Tisdale&Bthe on Monday."
	refute_line --partial ",ORG,"
}

# (Until stop 54 "Amazon's shares" was the river, and "Oracle's chief
# executive" no mention.)
@test "a name before what only a firm has (Amazon's shares, Oracle's chief executive, Target's CEO) is an organisation; not a person's, a state's or a body's after the" {
	run ee_names "Analysts said Amazon's shares fell, while Oracle's chief executive and Target's CEO spoke."
	assert_success
	assert_output "Amazon,ORG,Amazon
Oracle,ORG,Oracle
Target,ORG,Target"
	run ee_names "Elon Musk's shares in Tesla fell. Texas's quarterly report came. The State's chief executive spoke, and the Company's shares rose."
	assert_line --index 0 "Elon Musk,PERSON,Elon Musk"
	assert_line "Texas,GPE,Texas"
	refute_line --partial "State"
	refute_line --partial "Company"
}

# (Until stop 54 "Amazon.com Inc." was the river Amazon, and "Znak.com",
# a news site of the Wikinews golden, was no mention.)
@test "a firm named by its web domain (Amazon.com Inc., Booking.com, BBC.co.uk, Amazon.com's) is an organisation in the place of what the finders took of it, and a building's word after it makes a building (Crypto.com Arena); not a link's, an address's, nor misread print's short word" {
	run ee_names "Shares of Amazon.com Inc. fell, and Amazon.com's rivals Booking.com and Hotels.com rose, BBC.co.uk said."
	assert_success
	assert_line --index 0 "Amazon.com Inc.,ORG,Amazon.com Inc."
	assert_line "Amazon.com,ORG,Amazon.com"
	assert_line "Booking.com,ORG,Booking.com"
	assert_line "Hotels.com,ORG,Hotels.com"
	assert_line "BBC.co.uk,ORG,BBC.co.uk"
	refute_output --partial "LOC"
	run ee_names "The Lakers played at Crypto.com Arena on Friday."
	assert_line --index 0 "Crypto.com Arena,FAC,Crypto.com Arena"
	run ee_names "See www.Example.com or https://News.com/a, write to press@Salon.com, not Mo.com nor Hi.com'ii."
	refute_line --partial ",ORG,"
}

# (Until stop 54 "Manchester United" was the city Manchester.)
@test "a town and a football club's word after it (Manchester United, Bristol Rovers, Newcastle United FC) are the club, and so is a place ending in one (West Bromwich Albion); a comma ends a name before and; the United States and United Airlines are what they were" {
	run ee_names "Manchester United beat Bristol Rovers, and Newcastle United FC drew with West Bromwich Albion."
	assert_success
	assert_line --index 0 "Manchester United,ORG,Manchester United"
	assert_line --index 1 "Bristol Rovers,ORG,Bristol Rovers"
	assert_line --index 2 "Newcastle United FC,ORG,Newcastle United FC"
	assert_line --index 3 "West Bromwich Albion,ORG,West Bromwich Albion"
	run ee_names "The United States and United Kingdom met in Manchester. United Airlines flew."
	assert_line "United States,GPE,United States"
	assert_line "Manchester,GPE,Manchester"
	assert_line "United Airlines,ORG,United Airlines"
}

# (Until stop 54 "Michael Jordan" was the country Jordan, his given name
# lost, and "Jordan" alone after him the country too: 35 mentions of
# "Jordan" and 20 of "Holland" on the 1916 pages were people.)
@test "a person's name whose first or last word is a country (Michael Jordan, Georgia Clark) is the person, and the country's word alone then too; not a misread word before it (Oreat Britain, Tnat America), a title, nor a country the document names otherwise" {
	run ee_names "Basketball star Michael Jordan won six titles with the Chicago Bulls. Jordan retired in 2003."
	assert_success
	assert_line --index 0 "Michael Jordan,PERSON,Michael Jordan"
	assert_line "Jordan,PERSON,Michael Jordan"
	refute_output --partial "GPE"
	run ee_names "Mrs. Georgia Clark and Miss Marie Holland spoke."
	assert_line "Georgia Clark,PERSON,Georgia Clark"
	assert_line "Marie Holland,PERSON,Marie Holland"
	refute_output --partial "GPE"
	run ee_names "Norway has sold Grat Britain its catch, and Oreat Britain sold Tnat America ships."
	refute_output --partial "PERSON"
	assert_line "Britain,GPE,United Kingdom"
	assert_line "America,GPE,United States"
	run ee_names "The army of Soviet Russia marched. President Chad Smith spoke."
	assert_line "Soviet Russia,LOC,Soviet Russia"
	refute_output --partial "President Chad"
	# (the country by another name, or placed by its words: the country)
	run ee_names "Basketball star Michael Jordan won six titles. Jordan retired in 2003. He later flew to Jordan, and Jordanian officials met him."
	assert_line --index 0 "Michael Jordan,PERSON,Michael Jordan"
	refute_line "Jordan,PERSON,Michael Jordan"
}

# (Until stop 52 the model's "Fort Vaux" after "took" was a person, and so
# was every "Vaux" after it: 51 mentions of the 1916 pages.)
@test "a person the model finds whose first word is a place's head (Fort, Lake, Cape) is that place, and the name alone after it too" {
	run ee_names "The Germans took Fort Vaux on Friday. The French retook Vaux later."
	assert_success
	assert_line "Fort Vaux,LOC,Fort Vaux"
	assert_line "Vaux,LOC,Vaux"
	refute_line --partial "PERSON"
}

# (Until stop 52 every bare "No. 1" was a LAW: 748 of the 1,179 LAW
# mentions of the 1916 pages, most of them lodges, routes and grades of
# wheat; and a lodge's number of three digits made it a product, no name.)
@test "a bare No. N is a document's only after a document's word (a decree (No. 229)); a numbered lodge, district or hill is that name with its number; a name ends before No." {
	run ee_names "The Foreign Policy Concept was approved by President Vladimir Putin in a decree (No. 229, March 31, 2023) signed on Friday."
	assert_success
	assert_line "No. 229,LAW,No. 229"
	run ee_names "Route No. 1, referred to as the Western route, goes north. Spot No. 1 northern spring sold well."
	refute_output --partial "LAW"
	run ee_names "The Mt. View Lodge No. 304 met on Monday. The Board of Education of Independent School District No. 5 met. The French held Hill No. 304."
	assert_line "Mt. View Lodge No. 304,ORG,Mt. View Lodge No. 304"
	assert_line "Independent School District No. 5,GPE,Independent School District No. 5"
	assert_line "Hill No. 304,LOC,Hill No. 304"
	run ee_names "The Germans are on the eastern slope of Hill 321, west of Thiaumont farm. Miss Elsie Hill spoke."
	assert_line "Hill 321,LOC,Hill 321"
	assert_line "Elsie Hill,PERSON,Elsie Hill"
	run ee_names "See Public Health Bulletin No. 12 for details."
	assert_line "No. 12,LAW,No. 12"
	run ee_names "The Shinyo Maru No. 7 sailed."
	refute_output --partial "No.,"
}

# (Until stop 52 "Democratic" was a person 52 times on the 1916 pages, and
# a dateline's "SUNDAY" Billy Sunday 11.)
@test "a weekday, a month (but May) or a party's word alone is no person" {
	ee_doc() {
		printf 'Some headline for testing here\n\n%s\n' "$@" | segment |
		    extract-entities -d 1916-06-03 | tocsv -f text,type,norm | tail -n +2
	}
	run ee_doc "Billy Sunday preached in Chicago." '' "NEW YORK, SUNDAY, JUNE 11, 1916." '' "Theresa May and Mrs. May spoke. The Democratic and Progressive conventions met."
	assert_success
	refute_line --regexp '^(SUNDAY|Democratic|Progressive),PERSON'
	assert_line "Billy Sunday,PERSON,Billy Sunday"
	assert_line --regexp '^May,PERSON,'
}

# (Until stop 52 the name model's misreadings were 749 people of the 1916
# pages, "Mf3", "t3Ct00M0CK", "IntTrJtiTul Nw", and 385 other names,
# "S1WJCTURE", "MagsMnUSgitS".)
@test "a person has no digit in a word nor two capitals after small letters in one, another name no digit between letters nor three such capitals (misread print); McDonald, DeVita, GoFundMe stay" {
	ee_doc() {
		printf 'Some headline for testing here\n\n%s\n' "$@" | segment |
		    extract-entities -d 1916-06-03 | tocsv -f text,type,norm | tail -n +2
	}
	run ee_doc "Mr. Jam08 Stewart and Mr. IntTrJtiTul spoke." '' "Mr. McDonald and Mrs. DeVita came later."
	assert_success
	refute_output --partial "Jam08"
	refute_output --partial "IntTrJtiTul"
	assert_line "McDonald,PERSON,McDonald"
	assert_line "DeVita,PERSON,DeVita"
	run ee_doc "The WASH1NGTON Railway Company and the PotofMceiaFiaoHs Company sued GoFundMe."
	refute_output --partial "WASH1NGTON"
	refute_output --partial "PotofMceiaFiaoHs"
	assert_output --partial "GoFundMe,ORG"
}

# (Until stop 52 OCR's "Tho" for "The" began 582 people of the 1916
# pages, "I'll" 166, "Ihe" 136, "Into" 180; most of them alone, named by
# the corpus "Tho French" or "V I'll".)
@test "a misread \"the\" (Tho, Ihe, Tlie), a contraction of I or a preposition begins no person: dropped, or the known name after it is the person" {
	ee_doc() {
		printf 'Some headline for testing here\n\n%s\n' "$@" | segment |
		    extract-entities -d 1916-06-03 | tocsv -f text,type,norm | tail -n +2
	}
	run ee_doc "Tho I'roKre.sslvo" '' "Tho Hughes men said so. I'll go, said Mr. Smith."
	assert_success
	assert_output "$(printf '%s\n' 'Hughes,PERSON,Hughes' 'Smith,PERSON,Smith')"
}

# (Until stop 52 "Republican A. P. Leased Wire", the Arizona Republican's
# credit to the Associated Press, was a person 92 times on the 1916 pages,
# and headlines were people: "Month For Organized Labor", "Succeed
# Kitchener".)
@test "a capitalised common word in -ed before a name's last word makes no person (A. P. Leased Wire, Walked In Parade); a known name after it at the start is the person; -ing and a last -ed stay names" {
	run ee_names "Republican A. P. Leased Wire Great Britain and Germany again have met in battle at sea."
	assert_success
	refute_line --partial "PERSON"
	assert_line "Great Britain,GPE,United Kingdom"
	run ee_names "Declares That a Small Minority of Foreign-Born Citizens Are Trying to Levy a Species of Political Blackmail President Walked In Parade."
	refute_output --partial "PERSON"
	run ee_names "June Will Be Electric Chair Month For Organized Labor."
	refute_output --partial "PERSON"
	run ee_names "Programme Agreed Upon."
	refute_output --partial "PERSON"
	run ee_names "General Sterling Price fought at Pea Ridge. Lord Reading spoke. Mr. Alfred Smith came."
	assert_line "Sterling Price,PERSON,Sterling Price"
	assert_line "Reading,PERSON,Reading"
	assert_line "Alfred Smith,PERSON,Alfred Smith"
}

# (Until stop 44 such pairs were 1,483 organisations on the 1916 pages:
# "ST" of "ST. LOUIS", "AH" for "All", "CO", "WM".)
@test "an organisation of two capitals that no list knows is misread print when the document names it once (AH, QX), a name when twice; IS and the gazetteer's UN stay" {
	run ee_names "AH the attempts were repulsed by the regiments on Monday."
	assert_success
	assert_line --partial "Monday,DATE,"
	refute_line --partial "AH,"
	run ee_names "The QX board met on Monday."
	assert_success
	assert_line --partial "Monday,DATE,"
	refute_line --partial "QX,"
	run ee_names "The QX board met on Monday. Later the QX board voted."
	assert_success
	assert_line "QX,ORG,QX"
	run ee_names "The mention of the IS terrorist group matters. The UN met."
	assert_success
	assert_line "IS,ORG,IS"
	assert_line "UN,ORG,United Nations"
}

# (Until stop 47 such persons were 1,357 mentions on the 1916 pages.)
@test "initials alone are no person: a state's abbreviation becomes the state, degrees and church initials are left out; initials with a surname stay" {
	run ee_names "RYE. N. Y.. June 3. The house was sold."
	assert_success
	assert_line "N. Y.,GPE,New York"
	refute_line --partial ",PERSON,"
	run ee_names "Rev. A. J. Carey, A. M., D. D., Jr., spoke at the M. E. church."
	assert_success
	assert_line "A. J. Carey,PERSON,A. J. Carey"
	refute_line --partial "A. M.,"
	refute_line --partial "D. D.,"
	refute_line --partial "M. E.,"
	refute_line --partial "Jr.,"
	run ee_names "Mr. and Mrs. J. H. Jennings arrived from Ohio."
	assert_success
	assert_line "J. H. Jennings,PERSON,J. H. Jennings"
	# (capitals without their stops and a misread "H." as "II": 505
	# more of the 1916 pages, until stop 52)
	run ee_names "Mr. J. II spoke at D. C on Monday. Tennis star Li Na won the final. Mr. J J said so."
	assert_success
	assert_line "Li Na,PERSON,Li Na"
	refute_line --regexp '^(J. II|D. C|J J),'
}

# (Until stop 47 "Chas." ended a sentence: some 320 names of the 1916
# pages were cut in two.)
@test "a given name cut short, as older papers print it (Chas., Wm., Geo.), is the name's first word, spelled out in the norm" {
	run ee_names "The officers are Chas. Bostick, Wm. Reese and Geo. W. Perkins. Then Bostick spoke."
	assert_success
	assert_line "Chas. Bostick,PERSON,Charles Bostick"
	assert_line "Wm. Reese,PERSON,William Reese"
	assert_line "Geo. W. Perkins,PERSON,George W. Perkins"
	assert_line "Bostick,PERSON,Charles Bostick"
	run ee_names "The winner was Chas Moon of Ohio."
	assert_line "Chas Moon,PERSON,Charles Moon"
}

# (Until stop 47 these were 239 persons on the 1916 pages.)
@test "a name that begins with a saint's in Spanish (San Ignacio, Santa Rosa) is a town, and so is its later short form; the gazetteer's Santa Anna stays a person" {
	run ee_names "The raid on San Ignacio was reported. Ignacio was quiet after. Santa Anna fought. They went to Santa Rosa."
	assert_success
	assert_line "San Ignacio,GPE,San Ignacio"
	assert_line "Ignacio,GPE,San Ignacio"
	assert_line "Santa Anna,PERSON,Santa Anna"
	assert_line "Santa Rosa,GPE,Santa Rosa"
	refute_line --partial "San Ignacio,PERSON"
}

@test "a title misspelt (Represenative, Oovernor) begins no person's name, nor the norm a later surname takes; a name one byte off a title (Marsha Blackburn) stays whole" {
	run ee_names "The chair of the House Intelligence Committee Represenative Adam Schiff questioned it. Schiff called it a non-starter. Oovernor Charles Whitman met Marsha Blackburn."
	assert_success
	assert_line "Adam Schiff,PERSON,Adam Schiff"
	assert_line "Schiff,PERSON,Adam Schiff"
	assert_line "Charles Whitman,PERSON,Charles Whitman"
	assert_line "Marsha Blackburn,PERSON,Marsha Blackburn"
	refute_line --partial "Represenative"
	refute_line --partial "Oovernor"
}

@test "a person's name that begins with New is a place: one byte off the gazetteer's (New Tork) is that place, with the place and ers its people (NORP), another keeps its name" {
	run ee_names "The train from New Tork reached New Iexico. Many New Yorkers came to New Ulm and New Vork."
	assert_success
	assert_line "New Tork,GPE,New York"
	assert_line "New Iexico,GPE,New Mexico"
	assert_line "New Yorkers,NORP,New York"
	assert_line "New Ulm,GPE,New Ulm"
	assert_line "New Vork,GPE,New York"
	refute_line --partial ",PERSON,"
}

@test "print's misreading of New before a place (Now York, Xew Jersey, Hew Orleans, Nw York) is the place, the word taken in, and so before a body (Now York Times), or New before stray marks (Nev/ York, New , York); Now opening a sentence may mean now" {
	run ee_names "He had never been in Now York. Judge Westcott spoke of Xew Jersey at Hew Orleans, and read The Now York Times. Now England is at war. They sailed from Nw York on Monday. Mack of Nev/ York came. Both of New , York were nominated."
	assert_success
	assert_line "Nev/ York,GPE,New York"
	assert_line '"New , York",GPE,New York'
	assert_line "Now York,GPE,New York"
	assert_line "Xew Jersey,GPE,New Jersey"
	assert_line "Hew Orleans,GPE,New Orleans"
	assert_line "Now York Times,ORG,New York Times"
	assert_line "Nw York,GPE,New York"
	assert_line "England,GPE,England"
	refute_line --regexp '^(York|Jersey|Orleans|York Times),'
}

# (Until stop 53 a misread "New" that opened a dateline stayed out, "York"
# an organisation, and one that no finder took was no place at all: 36
# mentions of the 1916 pages.)
@test "a misread New opening a dateline (Now York, June 12) is the place, and so is a misread New place no finder took (in Now York on December 20)" {
	run ee_names "Now York, June 12. The trustees of the institute met in Now York on December 20 last. He went to N'ew Jersey. Now England is at war."
	assert_success
	[ "$(printf '%s\n' "${lines[@]}" | grep -c '^Now York,GPE,New York$')" -eq 2 ]
	assert_line "N'ew Jersey,GPE,New Jersey"
	assert_line "England,GPE,England"
	refute_line --regexp '^(York|Jersey|Now England),'
}

@test "a person of one name after a ruler's title (Pope Francis, King George, Queen Mary) keeps the title in the norm, and so does the name alone in the document; two titles of one name leave it alone, and other titles (Lord Kitchener) stay out" {
	run ee_names "On Thursday, Pope Francis announced a new law, and Francis said it was needed. Lord Kitchener met Queen Mary in London."
	assert_success
	[ "$(printf '%s\n' "${lines[@]}" | grep -c '^Francis,PERSON,Pope Francis$')" -eq 2 ]
	assert_line "Mary,PERSON,Queen Mary"
	assert_line "Kitchener,PERSON,Kitchener"
	run ee_names "King George spoke to Prince George, and George left."
	assert_success
	refute_line --partial "King George"
	refute_line --partial "Prince George"
}

@test "a word the name model reads as a person in one sentence and as a place in another of the document (Lutsk) is the place; a titled person (Mr. Bryan) and both readings in one sentence (Mulan from Mulan) stay" {
	run ee_names "Having previously captured Lutsk, the Russians now have retaken Dubno. The Austrians are putting up a stubborn resistance north of Lutsk, where a battle is in progress. Mulan from Mulan was there."
	assert_success
	[ "$(printf '%s\n' "${lines[@]}" | grep -c '^Lutsk,LOC,Lutsk$')" -eq 2 ]
	assert_line "Mulan,PERSON,Mulan"
	assert_line "Mulan,GPE,Mulan"
	run ee_names "Mr. Bryan spoke at length. Later he went on to Bryan to rest."
	assert_success
	assert_line "Bryan,PERSON,Bryan"
	assert_line "Bryan,GPE,Bryan"
}

@test "a place the name model reads as a city (GPE) in one sentence and as a region (LOC) in another of the document (Magnitogorsk) has one type, the city's when as often" {
	run ee_names "An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural region of Russia. President Vladimir Putin was briefed, and flew to Magnitogorsk on Monday, observing the rescue mission."
	assert_success
	[ "$(printf '%s\n' "${lines[@]}" | grep -c '^Magnitogorsk,GPE,Magnitogorsk$')" -eq 2 ]
	refute_line "Magnitogorsk,LOC,Magnitogorsk"
}

@test "a person's name does not end in a word of a doctrine or a deed (Catholic Christianity, Americanism, Convention), nor does a lone word the document took for its first name; Mary Ashton stays" {
	run ee_names "Per the decree signed by the leader of Roman Catholic Christianity, priests are told. In February, Catholic bishops met. Undiluted Americanism won. The Convention opened and Mary Ashton spoke."
	assert_success
	assert_line "Mary Ashton,PERSON,Mary Ashton"
	refute_line --regexp ',PERSON,(Catholic Christianity|Undiluted Americanism|Americanism|Convention)$'
	refute_line --regexp '^Catholic,PERSON'
}

@test "a name that begins with a port's, a town's or a point's word in Spanish or Portuguese (Puerto Plata, Punta Tombo) is a place, and so is its later short form" {
	run ee_names "The penguins of Punta Tombo are dying, researchers said. Tombo is a point. Rebels took Puerto Plata and Ciudad Juarez."
	assert_success
	assert_line "Punta Tombo,GPE,Punta Tombo"
	assert_line "Tombo,GPE,Punta Tombo"
	assert_line "Puerto Plata,GPE,Puerto Plata"
	refute_line --partial ",PERSON,"
}

# A mention stream of three documents: a names Charles E. Hughes, b and c
# spell him out; an extra column rides along.
spell_stream() {
	printf 'doc\tsent\tstart\tend\ttext\ttype\tnorm\tcode\trole\tpara\tnote\n'
	printf 'a.txt\t1\t0\t17\tCharles E. Hughes\tPERSON\tCharles E. Hughes\t\tbody\t1\tx\\ty\n'
	printf 'a.txt\t1\t20\t37\tCharles E. Hughes\tORG\tCharles E. Hughes\t\tbody\t1\t\n'
	printf 'b.txt\t1\t0\t20\tCharles Evans Hughes\tPERSON\tCharles Evans Hughes\t\tbody\t1\t\n'
	printf 'c.txt\t2\t5\t25\tCharles Evans Hughes\tPERSON\tCharles Evans Hughes\t\ttitle\t1\t\n'
}

@test "--spell-names: a surname alone becomes the one fuller name that ends with it in ten times the documents of any other; a given name alone does not" {
	{
		printf 'doc\tsent\tstart\tend\ttext\ttype\tnorm\n'
		for d in 1 2 3 4 5 6 7 8 9 10 11; do
			printf 'd%s\t1\t0\t18\tTheodore Roosevelt\tPERSON\tTheodore Roosevelt\n' "$d"
		done
		printf 'd12\t1\t0\t18\tFranklin Roosevelt\tPERSON\tFranklin Roosevelt\n'
		printf 'd13\t1\t0\t9\tRoosevelt\tPERSON\tRoosevelt\n'
		printf 'd13\t2\t0\t9\tRoosevelt\tORG\tRoosevelt\n'
		for d in 1 2 3; do
			printf 'd%s\t2\t0\t10\tMary Jones\tPERSON\tMary Jones\n' "$d"
		done
		printf 'd4\t2\t0\t10\tQueen Mary\tPERSON\tQueen Mary\n'
		printf 'd14\t1\t0\t4\tMary\tPERSON\tMary\n'
	} >"$TMP/m.tsv"
	run extract-entities --spell-names "$TMP/m.tsv"
	assert_success
	assert_line "$(printf 'd13\t1\t0\t9\tRoosevelt\tPERSON\tTheodore Roosevelt')"
	assert_line "$(printf 'd13\t2\t0\t9\tRoosevelt\tORG\tRoosevelt')"
	assert_line "$(printf 'd14\t1\t0\t4\tMary\tPERSON\tMary')"
	# one more Franklin: no longer a tenth
	printf 'd15\t1\t0\t18\tFranklin Roosevelt\tPERSON\tFranklin Roosevelt\n' >>"$TMP/m.tsv"
	run extract-entities --spell-names "$TMP/m.tsv"
	assert_success
	assert_line "$(printf 'd13\t1\t0\t9\tRoosevelt\tPERSON\tRoosevelt')"
}

@test "--spell-names: a first and a last name become the name with middle names between (Elijah Cummings), named four times as often in two documents; an initial first does not" {
	{
		printf 'doc\tsent\tstart\tend\ttext\ttype\tnorm\n'
		printf 'a\t1\t0\t15\tElijah Cummings\tPERSON\tElijah Cummings\n'
		printf 'a\t2\t0\t10\tA. Johnson\tPERSON\tA. Johnson\n'
		for d in b c; do
			for k in 1 2; do
				printf '%s\t%s\t0\t22\tElijah Eugene Cummings\tPERSON\tElijah Eugene Cummings\n' "$d" "$k"
				printf '%s\t%s\t30\t43\tA. R. Johnson\tPERSON\tA. R. Johnson\n' "$d" "$k"
			done
		done
	} >"$TMP/mid.tsv"
	run extract-entities --spell-names "$TMP/mid.tsv"
	assert_success
	assert_line --index 1 "$(printf 'a\t1\t0\t15\tElijah Cummings\tPERSON\tElijah Eugene Cummings')"
	assert_line --index 2 "$(printf 'a\t2\t0\t10\tA. Johnson\tPERSON\tA. Johnson')"
}

@test "--spell-names: a name without its diacritics becomes the name with them (Jaroslaw Kaczynski), and a surname alone so written the one name that ends with it (Erdogan)" {
	{
		printf 'doc\tsent\tstart\tend\ttext\ttype\tnorm\n'
		printf 'a\t1\t0\t18\tJaroslaw Kaczynski\tPERSON\tJaroslaw Kaczynski\n'
		printf 'a\t2\t0\t7\tErdogan\tPERSON\tErdogan\n'
		for d in b c d; do
			printf '%s\t1\t0\t20\tJarosław Kaczyński\tPERSON\tJarosław Kaczyński\n' "$d"
			printf '%s\t2\t0\t21\tRecep Tayyip Erdoğan\tPERSON\tRecep Tayyip Erdoğan\n' "$d"
		done
	} >"$TMP/acc.tsv"
	run extract-entities --spell-names "$TMP/acc.tsv"
	assert_success
	assert_line --index 1 "$(printf 'a\t1\t0\t18\tJaroslaw Kaczynski\tPERSON\tJarosław Kaczyński')"
	assert_line --index 2 "$(printf 'a\t2\t0\t7\tErdogan\tPERSON\tRecep Tayyip Erdoğan')"
}

@test "--spell-names: a person's initials become the name other documents spell them out with; text, other types and unknown columns pass through" {
	spell_stream >"$TMP/m.tsv"
	run extract-entities --spell-names "$TMP/m.tsv"
	assert_success
	assert_line --index 0 "$(printf 'doc\tsent\tstart\tend\ttext\ttype\tnorm\tcode\trole\tpara\tnote')"
	assert_line --index 1 "$(printf 'a.txt\t1\t0\t17\tCharles E. Hughes\tPERSON\tCharles Evans Hughes\t\tbody\t1\tx\\ty')"
	assert_line --index 2 "$(printf 'a.txt\t1\t20\t37\tCharles E. Hughes\tORG\tCharles E. Hughes\t\tbody\t1\t')"
	[ "${#lines[@]}" -eq 5 ]
	# one document spelling him out is not enough
	grep -v '^c.txt' "$TMP/m.tsv" >"$TMP/two.tsv"
	run extract-entities --spell-names "$TMP/two.tsv"
	assert_success
	assert_line --index 1 --partial "PERSON	Charles E. Hughes	"
}

@test "--spell-names: a person's name with a letter misread becomes the name the corpus names ten times as often; --spell-initials, its old name, does the same" {
	{
		printf 'doc\tsent\tstart\tend\ttext\ttype\tnorm\tcode\trole\tpara\n'
		printf 'p1.txt\t1\t0\t20\tCharles Kvans Hughes\tPERSON\tCharles Kvans Hughes\t\tbody\t1\n'
		printf 'p1.txt\t1\t30\t40\tTim Brown\tPERSON\tTim Brown\t\tbody\t1\n'
		for d in 2 3 4 5 6 7 8 9 10 11; do
			printf 'p%s.txt\t1\t0\t20\tCharles Evans Hughes\tPERSON\tCharles Evans Hughes\t\tbody\t1\n' "$d"
			printf 'p%s.txt\t1\t30\t40\tTom Brown\tPERSON\tTom Brown\t\tbody\t1\n' "$d"
		done
	} >"$TMP/ocr.tsv"
	run extract-entities --spell-names "$TMP/ocr.tsv"
	assert_success
	assert_line --index 1 "$(printf 'p1.txt\t1\t0\t20\tCharles Kvans Hughes\tPERSON\tCharles Evans Hughes\t\tbody\t1')"
	assert_line --index 2 --partial "$(printf 'Tim Brown\tPERSON\tTim Brown\t')"
	extract-entities --spell-names "$TMP/ocr.tsv" >"$TMP/want.tsv"
	run extract-entities --spell-initials "$TMP/ocr.tsv"
	[ "$output" = "$(cat "$TMP/want.tsv")" ]
	# nine times as often is not enough
	grep -v '^p11.txt' "$TMP/ocr.tsv" >"$TMP/nine.tsv"
	run extract-entities --spell-names "$TMP/nine.tsv"
	assert_line --index 1 --partial "$(printf 'PERSON\tCharles Kvans Hughes\t')"
}

# (Until stop 47 "Evans Hughes" was 132 mentions of its own on the 1916
# pages, "W. Perkins" 43.)
@test "--spell-names: a name's last words become the name that ends with them, when it has four times the mentions of any other and of them; a surname alone stays while another (David Charles Hughes) has more than a tenth of the documents" {
	{
		printf 'doc\tsent\tstart\tend\ttext\ttype\tnorm\tcode\trole\tpara\n'
		printf 'p1.txt\t1\t0\t12\tEvans Hughes\tPERSON\tEvans Hughes\t\tbody\t1\n'
		printf 'p1.txt\t1\t20\t30\tW. Perkins\tPERSON\tW. Perkins\t\tbody\t1\n'
		printf 'p1.txt\t1\t40\t46\tHughes\tPERSON\tHughes\t\tbody\t1\n'
		printf 'p1.txt\t1\t50\t62\tLloyd George\tPERSON\tLloyd George\t\tbody\t1\n'
		for d in 2 3 4 5; do
			printf 'p%s.txt\t1\t0\t20\tCharles Evans Hughes\tPERSON\tCharles Evans Hughes\t\tbody\t1\n' "$d"
			printf 'p%s.txt\t1\t30\t47\tGeorge W. Perkins\tPERSON\tGeorge W. Perkins\t\tbody\t1\n' "$d"
		done
		for d in 6 7; do
			printf 'p%s.txt\t1\t50\t70\tDavid Charles Hughes\tPERSON\tDavid Charles Hughes\t\tbody\t1\n' "$d"
			printf 'p%s.txt\t1\t80\t98\tDavid Lloyd George\tPERSON\tDavid Lloyd George\t\tbody\t1\n' "$d"
		done
		printf 'p8.txt\t1\t30\t46\tHenry W. Perkins\tPERSON\tHenry W. Perkins\t\tbody\t1\n'
	} >"$TMP/tails.tsv"
	run extract-entities --spell-names "$TMP/tails.tsv"
	assert_success
	assert_line --index 1 "$(printf 'p1.txt\t1\t0\t12\tEvans Hughes\tPERSON\tCharles Evans Hughes\t\tbody\t1')"
	assert_line --index 2 --partial "$(printf 'W. Perkins\tPERSON\tGeorge W. Perkins\t')"
	assert_line --index 3 --partial "$(printf 'Hughes\tPERSON\tHughes\t')"
	# David Lloyd George has but two mentions to one
	assert_line --index 4 --partial "$(printf 'Lloyd George\tPERSON\tLloyd George\t')"
	# a rival with more than a quarter of the mentions: none is sure
	printf 'p9.txt\t1\t30\t46\tHenry W. Perkins\tPERSON\tHenry W. Perkins\t\tbody\t1\n' >>"$TMP/tails.tsv"
	run extract-entities --spell-names "$TMP/tails.tsv"
	assert_line --index 2 --partial "$(printf 'W. Perkins\tPERSON\tW. Perkins\t')"
}

@test "--spell-names reads standard input (spooled, as it reads twice) and several files as one corpus" {
	spell_stream >"$TMP/m.tsv"
	extract-entities --spell-names "$TMP/m.tsv" >"$TMP/want.tsv"
	run sh -c 'extract-entities --spell-names <"$1"' sh "$TMP/m.tsv"
	assert_success
	[ "$output" = "$(cat "$TMP/want.tsv")" ]
	head -n 3 "$TMP/m.tsv" >"$TMP/a.tsv"
	{ head -n 1 "$TMP/m.tsv"; tail -n +4 "$TMP/m.tsv"; } >"$TMP/bc.tsv"
	run extract-entities --spell-names "$TMP/a.tsv" "$TMP/bc.tsv"
	assert_success
	[ "$output" = "$(cat "$TMP/want.tsv")" ]
}

@test "--spell-names: a stream of other columns is a data error naming the file and line; a missing file is reported, the others written (exit 1); other options are a usage error" {
	spell_stream >"$TMP/m.tsv"
	printf 'doc\ttype\tnorm\na.txt\tPERSON\tX\n' >"$TMP/other.tsv"
	run extract-entities --spell-names "$TMP/m.tsv" "$TMP/other.tsv"
	assert_failure 1
	assert_output --partial "extract-entities: $TMP/other.tsv:1: its columns are not those of $TMP/m.tsv"
	printf 'doc\ttext\n' >"$TMP/nonorm.tsv"
	run extract-entities --spell-names "$TMP/nonorm.tsv"
	assert_failure 1
	assert_output --partial "$TMP/nonorm.tsv:1:"
	run extract-entities --spell-names "$TMP/nosuch.tsv" "$TMP/m.tsv"
	assert_failure 1
	assert_line --index 0 --partial "nosuch.tsv"
	assert_line --partial "PERSON	Charles Evans Hughes	"
	run extract-entities --spell-names -d 2019-01-01 "$TMP/m.tsv"
	assert_failure 2
	assert_output --partial "--spell-names reads mentions"
}
