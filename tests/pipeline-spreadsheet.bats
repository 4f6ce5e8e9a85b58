#!/usr/bin/env bats
# Spreadsheet truth: the tables of analyze, opened by a real spreadsheet
# engine (gnumeric's ssconvert, CSV -> xlsx), read back cell by cell.
# gnumeric (and unzip, which unpacks the xlsx) is installed here when
# missing and we are root (neither is a dependency of `make test`
# otherwise); the tests skip, saying why, only when they cannot be
# installed.

load helpers

setup_file() {
	if { ! command -v ssconvert >/dev/null 2>&1 || ! command -v unzip >/dev/null 2>&1; } &&
		[ "$(id -u)" -eq 0 ] &&
		command -v apt-get >/dev/null 2>&1; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			gnumeric unzip >/dev/null 2>&1 ||
		{ apt-get update -qq >/dev/null 2>&1 &&
		  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			gnumeric unzip >/dev/null 2>&1; } || true
	fi
}

setup() {
	command -v ssconvert >/dev/null 2>&1 ||
		skip "no spreadsheet engine: gnumeric's ssconvert is missing and could not be installed (apt-get install gnumeric, as root)"
	command -v unzip >/dev/null 2>&1 ||
		skip "no unzip to unpack the xlsx, and it could not be installed (apt-get install unzip, as root)"
	cd "$BATS_TEST_TMPDIR"
	mkdir in
	cp "$FIXTURES"/articles/*.txt "$FIXTURES/articles/wikinews-2019-sample.csv" in/
	printf 'url,title,date,text\nhttps://example.org/sum,=1+1,2019-01-05,"A sum: =1+1 is not a formula here, 2 is."\n' >in/sums.csv
	printf 'Café Crème Prices In Zürich\n\n+33 1 23 45 67 89 was the number, said Zoë Ångström on 4 January 2019.\n\n@home and -5 degrees; naïve “quotes”, a TAB\there and a comma, too.\n' >"in/café é.txt"
}

# cells_match CSV XLSX: every cell of CSV is in XLSX at its place; text
# cells equal (the formula guard's leading ' is gone in a spreadsheet),
# cells the spreadsheet typed as numbers or dates were numbers, dates or
# times in the CSV; no cell holds a formula.  Prints "cells N typed M".
# The check is tests/lib/cellsmatch.c, on the sheet unpacked by unzip.
cells_match() {
	unzip -p "$2" xl/worksheets/sheet1.xml >"$2.sheet.xml" || return 1
	if unzip -p "$2" xl/sharedStrings.xml >"$2.strings.xml" 2>/dev/null; then
		cellsmatch "$1" "$2.sheet.xml" "$2.strings.xml"
	else
		cellsmatch "$1" "$2.sheet.xml"
	fi
}

@test "spreadsheet: gnumeric reads back every cell of the four tables, accents whole, no formula" {
	PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze -o out in
	for t in articles sentences entities entity-summary; do
		ssconvert "out/$t.csv" "$t.xlsx" 2>/dev/null
		run cells_match "out/$t.csv" "$t.xlsx"
		assert_success
		assert_output --regexp '^cells [0-9]+ typed [0-9]+$'
	done
}

@test "spreadsheet: a cell =1+1 from an article stays the text =1+1, accents intact" {
	PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze -o out in
	ssconvert out/sentences.csv s.xlsx 2>/dev/null
	ssconvert s.xlsx back.csv 2>/dev/null
	run grep -c ',"+33 1 23 45 67 89 was the number, said Zoë Ångström on 4 January 2019.",' back.csv
	assert_output 1
	ssconvert out/articles.csv a.xlsx 2>/dev/null
	ssconvert a.xlsx a.csv 2>/dev/null
	run grep -c '^"in/café é.txt","Café Crème Prices In Zürich",' a.csv
	assert_output 1
	run grep -c '^https://example.org/sum,=1+1,2019/01/05,' a.csv
	assert_output 1
	run cells_match out/articles.csv a.xlsx
	assert_success
}

@test "spreadsheet: EXCEL=1 tables (BOM, CRLF) read back the same as plain ones" {
	PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze -o plain in
	PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze --excel -o excel in
	for t in articles sentences; do
		ssconvert "plain/$t.csv" p.xlsx 2>/dev/null
		ssconvert "excel/$t.csv" x.xlsx 2>/dev/null
		ssconvert p.xlsx p.csv 2>/dev/null
		ssconvert x.xlsx x.csv 2>/dev/null
		run cmp p.csv x.csv
		assert_success
		run cells_match "excel/$t.csv" x.xlsx
		assert_success
	done
}
