#!/usr/bin/env bats
# segment: documents in, one row per sentence out, with its paragraph's
# role and its byte offsets in the source.

load helpers
bats_require_minimum_version 1.5.0

setup() {
	T="$BATS_TEST_TMPDIR"
	A="$FIXTURES/articles"
	S="$FIXTURES/segment"
}

HEADER=$'doc\tpara\tsent\trole\tstart\tend\ttext\ttitle\tdate\tfolds'

# check_offsets OUT DOC...: every row's text is its source bytes
# [start, end) with whitespace folded, rows are in order and do not
# overlap, and the non-space bytes of all rows are exactly the non-space
# bytes of the input (nothing dropped, nothing twice).  DOC is a text
# file, or csv:FILE for a CSV of articles (doc = url column, text
# column = the document).
check_offsets() {
	spancheck -c "$1" text "${@:2}" >/dev/null
}

# col NAME FILE: the values of one column, one per line.
col() {
	awk -F'\t' -v c="$1" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == c) n = i; next } { print $n }' "$2"
}

# role_of TEXT FILE: the role of the row whose text is TEXT.
role_of() {
	awk -F'\t' -v t="$1" '$7 == t { print $4 }' "$2"
}

@test "--help prints the usage on stdout and exits 0" {
	run segment --help
	assert_success
	assert_line --index 0 --partial "usage: segment"
	assert_output --partial "--only ROLES"
}

@test "--version names the tool" {
	run segment --version
	assert_success
	assert_output --regexp '^segment \(quarry\) [0-9]'
}

@test "an unknown option is a usage error (exit 2, one line)" {
	run -2 segment --frobnicate
	assert_line --index 0 --partial "unrecognized option"
}

@test "an unknown role in --only is a usage error" {
	run -2 segment --only body,footer "$S/bom.txt"
	assert_line --index 0 'segment: unknown role "footer" in --only'
}

@test "column options without --csv are a usage error" {
	run -2 segment --text-col body "$S/bom.txt"
	assert_line --index 0 --partial "need --csv"
}

@test "a one-line document gives two sentences with exact offsets" {
	printf 'Hello World. My name is Jonas.' >"$T/one.txt"
	cd "$T"
	run segment one.txt
	assert_success
	assert_output "$HEADER
one.txt	1	1	body	0	12	Hello World.			
one.txt	1	2	body	13	30	My name is Jonas.			"
}

@test "standard input is read when no file is given, doc is -" {
	run segment <<<"Hello World. My name is Jonas."
	assert_success
	assert_line --index 1 $'-\t1\t1\tbody\t0\t12\tHello World.\t\t\t'
	run segment - <<<"One. Two."
	assert_line --index 2 $'-\t1\t2\tbody\t5\t9\tTwo.\t\t\t'
}

@test "a backslash in the text is escaped, a TAB folds to a space" {
	printf 'A back\\slash here. Tab\there.\n' >"$T/b.txt"
	cd "$T"
	run segment b.txt
	assert_success
	assert_line --index 1 $'b.txt\t1\t1\tbody\t0\t18\tA back\\\\slash here.\t\t\t'
	assert_line --index 2 $'b.txt\t1\t2\tbody\t19\t28\tTab here.\t\t\t'
}

@test "an empty file, or one of white space, gives the header only, and is reported: the article has no rows (exit 0)" {
	: >"$T/empty.txt"
	printf ' \n\n\t\n' >"$T/blank.txt"
	run --separate-stderr segment "$T/empty.txt" "$T/blank.txt"
	assert_success
	assert_output "$HEADER"
	[ "$stderr" = "segment: $T/empty.txt:1: no text; the article has no rows
segment: $T/blank.txt:1: no text; the article has no rows" ]
	run --separate-stderr segment --lean "$T/empty.txt"
	assert_success
	[ "$stderr" = "" ]
}

@test "--csv: a record with an empty text cell is reported with its line and id; the others are segmented" {
	printf 'url,title,text\nhttp://a.example/1,Hello,\nhttp://a.example/2,World,Some text here.\n' >"$T/t.csv"
	run --separate-stderr segment --csv "$T/t.csv"
	assert_success
	[ "$stderr" = "segment: $T/t.csv:2: http://a.example/1: no text; the article has no rows" ]
	assert_line --index 1 --partial $'http://a.example/2\t1\t1\tbody\t0\t15\tSome text here.'
}

@test "a missing file is reported, the others are still segmented, exit 1" {
	cd "$S"
	run -1 --separate-stderr segment nosuch.txt bom.txt
	assert_equal "$stderr" "segment: nosuch.txt: No such file or directory"
	assert_line --index 1 --partial $'bom.txt\t1\t1\tbody\t3\t15\tHello World.'
}

@test "seed 000 matches its golden file" {
	cd "$A"
	run segment 000_00ead3c6dcb612e8.txt
	assert_success
	diff -u "$S/000_00ead3c6dcb612e8.tsv" <(printf '%s\n' "$output")
}

@test "seed 004 matches its golden file" {
	cd "$A"
	run segment 004_a5f62a1bf84a2da8.txt
	assert_success
	diff -u "$S/004_a5f62a1bf84a2da8.tsv" <(printf '%s\n' "$output")
}

@test "seed 000: prices and banners are boilerplate, the comment thread is comment" {
	segment "$A/000_00ead3c6dcb612e8.txt" >"$T/out"
	for t in '0 $' '2,500 $' '5,000 $' '580 $' 'Support SouthFront' \
	    'Notify of' 'Newest Most Voted' 'Inline Feedbacks' \
	    'View all comments' 'Would love your thoughts, please comment.x'; do
		run role_of "$t" "$T/out"
		assert_output --regexp '^(boilerplate|comment)(
(boilerplate|comment))*$'
	done
	run role_of 'JUNE 2023' "$T/out"
	assert_output dateline
	run role_of "Putin Approves New Concept of Russia’s Foreign Policy" "$T/out"
	assert_output title
	run role_of "Putin Approves New Concept of Russia's Foreign Policy" "$T/out"
	assert_output title
	run role_of 'Russian President Vladimir Putin (Photo: RIA Novosti / Aleksey Druzhinin)' "$T/out"
	assert_output caption
	for t in 'Reduction of armaments' 'The US and NATO' 'Syria and the UN' 'Media and other tasks'; do
		run role_of "$t" "$T/out"
		assert_output heading
	done
	run role_of 'Igor Ochocinszk' "$T/out"
	assert_output comment
	run role_of 'Things are no different now.' "$T/out"
	assert_output comment
	run role_of 'A new concept of foreign policy of the country has been approved by Russian President Vladimir Putin.' "$T/out"
	assert_output body
}

@test "seed 004: page furniture, headline, byline and view counter" {
	segment "$A/004_a5f62a1bf84a2da8.txt" >"$T/out"
	run role_of 'top of page' "$T/out"
	assert_output boilerplate
	run role_of 'bottom of page' "$T/out"
	assert_output boilerplate
	run role_of '17 visualizzazioni0 commenti' "$T/out"
	assert_output --regexp '^(boilerplate|comment)$'
	run role_of 'Russia to step up cooperation with China: Foreign Policy Concept' "$T/out"
	assert_output title
	run role_of 'G Iuvinale' "$T/out"
	assert_output byline
	# "No. 229" is not the end of a sentence
	run grep -c $'\tThe Foreign Policy Concept was approved by President Vladimir Putin in a decree (No. 229, March 31, 2023) signed on Friday to replace the 2016 version.\t' "$T/out"
	assert_output 1
	# the detected title and dateline ride along on every row
	run col title "$T/out"
	assert_line --index 0 'Russia to step up cooperation with China: Foreign Policy Concept'
}

@test "a body paragraph of misread print is garbled, after the title is found; a legible one with initials and numbers stays body" {
	printf 'Old page of the Herald\n\ni r I ut rd tlJ Kll lrf hn\n\nE. N. Brushwood, 633 Iowa avenue, spoke at 8:00 p.m. on the 22d.\n' >"$T/page.txt"
	run segment "$T/page.txt"
	assert_success
	assert_line --index 1 --partial $'\ttitle\t'
	assert_line --index 2 --partial $'\tgarbled\t'
	assert_line --index 3 --partial $'\tbody\t'
	run segment --only garbled "$T/page.txt"
	assert_success
	[ "${#lines[@]}" -eq 2 ]
}

@test "a typical news page: furniture, byline, dateline, caption, body, comments (golden)" {
	cd "$S"
	run segment newsy.txt
	assert_success
	diff -u newsy.tsv <(printf '%s\n' "$output")
	run col role newsy.tsv
	assert_output --partial 'title
byline
dateline
boilerplate
boilerplate
boilerplate
caption
caption
body'
}

@test "--csv segments the text cell of each record; doc, title and date come from the cells" {
	cd "$A"
	run segment --csv wikinews-2019-sample.csv
	assert_success
	diff -u "$S/wikinews-2019-sample.tsv" <(printf '%s\n' "$output")
	assert_line --index 1 $'https://en.wikinews.org//wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead\t1\t1\tdateline\t0\t23\tFriday, January 4, 2019\tMagnitogorsk apartment building collapses after explosion, dozens dead\t2019-01-04\t'
}

@test "--csv reads standard input and honours --id-col/--text-col" {
	printf 'key,body,extra\r\nk1,"One. Two.",x\r\nk2,"Three, ""four"".\nFive.",y\r\n' >"$T/a.csv"
	run segment --csv --id-col key --text-col body - <"$T/a.csv"
	assert_success
	assert_output "$HEADER
k1	1	1	body	0	4	One.			
k1	1	2	body	5	9	Two.			
k2	1	1	body	0	14	Three, \"four\".			
k2	2	2	body	15	20	Five.			"
}

@test "--csv without an id column names documents FILE#N" {
	printf 'text\nOne.\n"Two."\n' >"$T/a.csv"
	cd "$T"
	run segment --csv a.csv
	assert_success
	assert_line --index 2 $'a.csv#2\t1\t1\tbody\t0\t4\tTwo.\t\t\t'
}

@test "--csv: a header without the text column (nor another name for it) is reported with file and line" {
	printf 'url,summary\nu,x\n' >"$T/a.csv"
	cd "$T"
	run -1 --separate-stderr segment --csv a.csv
	assert_equal "$stderr" 'segment: a.csv:1: no column "text" in the header (nor maintext, content, body or article)'
	assert_output "$HEADER"
}

@test "--csv: the columns of common scrapers' CSVs are found by their names (news-please's link, headline, date_publish, maintext); text, title, date and url come first when there" {
	printf 'link,headline,date_publish,maintext\nhttps://x.org/a,Fire in Rome,2024-03-05,"A fire broke out. It spread."\n' >"$T/a.csv"
	run segment --csv "$T/a.csv"
	assert_success
	assert_line --index 1 $'https://x.org/a\t1\t1\tbody\t0\t17\tA fire broke out.\tFire in Rome\t2024-03-05\t'
	printf 'content,id,body,url,text,published,date,headline,title\nc,i,b,u,The text.,p,2024-01-02,h,T\n' >"$T/b.csv"
	run segment --csv "$T/b.csv"
	assert_success
	assert_line --index 1 $'u\t1\t1\tbody\t0\t9\tThe text.\tT\t2024-01-02\t'
	printf 'id,body\ni,Body text.\n' >"$T/c.csv"
	run segment --csv "$T/c.csv"
	assert_success
	assert_line --index 1 $'i\t1\t1\tbody\t0\t10\tBody text.\t\t\t'
}

@test "--csv: malformed CSV is reported with its line, exit 1" {
	printf 'url,text\nu1,"fine."\nu2,bad "quote\n' >"$T/a.csv"
	cd "$T"
	run -1 --separate-stderr segment --csv a.csv
	assert_equal "$stderr" 'segment: a.csv:3: malformed CSV (error parsing data while strict checking enabled)'
	assert_line --index 1 --partial $'u1\t1\t1\tbody\t0\t5\tfine.'
}

@test "--csv: an unterminated quoted field is reported at the record's line" {
	printf 'url,text\nu1,"fine."\nu2,"never\nclosed\n' >"$T/a.csv"
	cd "$T"
	run -1 --separate-stderr segment --csv a.csv
	assert_equal "$stderr" 'segment: a.csv:3: unterminated quoted field'
	assert_line --index 1 --partial $'u1\t1\t1\tbody\t0\t5\tfine.'
}

@test "--csv: a short record is reported and still segmented" {
	printf 'url,text,date\nu1,"One.",2019\nu2,"Two."\n' >"$T/a.csv"
	cd "$T"
	run -1 --separate-stderr segment --csv a.csv
	assert_equal "$stderr" 'segment: a.csv:3: record has 2 fields, the header 3'
	assert_line --index 2 $'u2\t1\t1\tbody\t0\t4\tTwo.\t\t\t'
}

@test "--csv: a record's line counts the blank lines before it and the lines of quoted cells" {
	printf 'id,text\n1,a\n\n\n2,b,c\n' >"$T/blank.csv"
	printf 'id,text\r\n1,"multi\r\nline\r\n\r\nquoted"\r\n\r\n2,b,c\r\n' >"$T/quoted.csv"
	cd "$T"
	run -1 --separate-stderr segment --csv blank.csv
	assert_equal "$stderr" 'segment: blank.csv:5: record has 3 fields, the header 2'
	run -1 --separate-stderr segment --csv quoted.csv
	assert_equal "$stderr" 'segment: quoted.csv:7: record has 3 fields, the header 2'
}

@test "--csv: a bare CR ends a record, and the next one is reported on the line where it stands" {
	printf 'id,text\n1,Hello there.\rworld\n2,Two is here.\n' >"$T/cr.csv"
	cd "$T"
	run -1 --separate-stderr segment --csv cr.csv
	# ("world", a record of one field, has no text cell: no rows either)
	assert_equal "$stderr" 'segment: cr.csv:2: record has 1 fields, the header 2
segment: cr.csv:2: world: no text; the article has no rows'
	assert_line --index 1 $'1\t1\t1\tbody\t0\t12\tHello there.\t\t\t'
	assert_line --index 2 $'2\t1\t1\tbody\t0\t12\tTwo is here.\t\t\t'
}

@test "--csv: a record whose id an earlier record has gets doc ID#N, with a warning, so each doc names one document" {
	printf 'url,text\nhttps://ex.com/a,First text here.\nhttps://ex.com/b,Second text here.\nhttps://ex.com/a,First text here.\n' >"$T/dup.csv"
	cd "$T"
	run --separate-stderr segment --csv dup.csv
	assert_success
	assert_equal "$stderr" 'segment: dup.csv:4: the id "https://ex.com/a" is an earlier record'"'"'s too; this record'"'"'s doc is "https://ex.com/a#3"'
	run sh -c 'segment --csv dup.csv 2>/dev/null | cut -f1,7'
	assert_output $'doc\ttext\nhttps://ex.com/a\tFirst text here.\nhttps://ex.com/b\tSecond text here.\nhttps://ex.com/a#3\tFirst text here.'
}

@test "--csv: an id holding a line feed or a TAB is reported in one line each time, escaped as doc writes it" {
	printf 'url,text\n"a\nb\tc",\n"a\nb\tc",Some text here.\n"a\nb\tc",Some text here.\n' >"$T/nl.csv"
	cd "$T"
	run --separate-stderr segment --csv nl.csv
	assert_success
	assert_equal "$stderr" 'segment: nl.csv:3: a\nb\tc: no text; the article has no rows
segment: nl.csv:4: the id "a\nb\tc" is an earlier record'"'"'s too; this record'"'"'s doc is "a\nb\tc#2"
segment: nl.csv:6: the id "a\nb\tc" is an earlier record'"'"'s too; this record'"'"'s doc is "a\nb\tc#3"'
	assert_line --index 1 --partial 'a\nb\tc#2'
}

@test "--csv: an empty file has no header, which is reported (exit 1)" {
	: >"$T/empty.csv"
	cd "$T"
	run -1 --separate-stderr segment --csv empty.csv
	assert_equal "$stderr" 'segment: empty.csv:0: empty input: no header line'
}

@test "--only keeps the named roles and the numbering of the whole document" {
	segment "$A/004_a5f62a1bf84a2da8.txt" >"$T/all"
	segment --only body,title "$A/004_a5f62a1bf84a2da8.txt" >"$T/some"
	run col role "$T/some"
	refute_output --regexp 'boilerplate|byline|heading|comment'
	assert_line --index 0 title
	awk -F'\t' 'NR == 1 || $4 == "body" || $4 == "title"' "$T/all" | diff - "$T/some"
}

@test "a UTF-8 byte-order mark is skipped; offsets count from the file's first byte" {
	cd "$S"
	run segment bom.txt
	assert_line --index 1 $'bom.txt\t1\t1\tbody\t3\t15\tHello World.\t\t\t'
}

@test "CRLF line ends: blank CRLF lines separate paragraphs, no CR in text" {
	cd "$S"
	run segment crlf.txt
	assert_success
	refute_output --partial $'\r'
	refute_output --partial '\r'
	assert_line --index 1 $'crlf.txt\t1\t1\ttitle\t0\t13\tStorm hits us\tStorm hits us\t\t'
	assert_line --index 2 --partial $'\tbyline\t17\t28\tBy Jane Doe\t'
	assert_line --index 3 --partial $'\tbody\t32\t70\tMr. Smith arrived at 9 a.m. on Jan. 5.\t'
}

@test "invalid UTF-8 and NUL bytes are reported with file and line and written as U+FFFD" {
	cd "$S"
	run -1 --separate-stderr segment bad.txt
	assert_equal "$stderr" "segment: bad.txt:4: invalid UTF-8 (1 byte written as U+FFFD)
segment: bad.txt:5: NUL byte (1 written as U+FFFD)"
	assert_line --index 3 $'bad.txt\t3\t3\tbody\t28\t44\tBad byte \xef\xbf\xbd here.\tTitle line\t\t9:-2'
	assert_line --index 5 $'bad.txt\t4\t5\tbody\t55\t66\tNUL \xef\xbf\xbd byte.\tTitle line\t\t4:-2'
}

@test "a UTF-16 file (a byte-order mark FF FE or FE FF), text or CSV, is one error saying to convert it, not one a byte" {
	printf 'Title\n\nThe mayor spoke on Monday.\n' | iconv -f UTF-8 -t UTF-16LE | { printf '\377\376'; cat; } >"$TMP/u16.txt"
	run -1 --separate-stderr segment "$TMP/u16.txt"
	assert_equal "$stderr" "segment: $TMP/u16.txt:1: UTF-16 text, not UTF-8 (written as U+FFFD): convert it first (iconv -f UTF-16 -t UTF-8)"
	printf 'url,text\nu1,Hello there.\n' | iconv -f UTF-8 -t UTF-16BE | { printf '\376\377'; cat; } >"$TMP/u16.csv"
	run -1 --separate-stderr segment --csv "$TMP/u16.csv"
	assert_equal "$stderr" "segment: $TMP/u16.csv:1: UTF-16 text, not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)"
	assert_output "$HEADER"
}

@test "a file name that is not UTF-8 is reported and its doc written with U+FFFD, so the stream stays UTF-8" {
	printf 'Hello world.\n' >"$TMP/caf"$'\xe9'".txt"
	run -1 --separate-stderr segment "$TMP/caf"$'\xe9'".txt"
	assert_equal "$stderr" "segment: $TMP/caf"$'\xe9'".txt:1: invalid UTF-8 in the file name (written as U+FFFD)"
	assert_line --index 1 "$TMP/caf"$'\xef\xbf\xbd'".txt	1	1	body	0	12	Hello world.			"
}

@test "a CSV's id, title or date cell that is not UTF-8 is reported with file and line, and written with U+FFFD" {
	printf 'id,title,date,text\na1,Fine,2019-01-04,Body one.\nid\xe9,T\xe9t,2019-01-05,Body two.\n' >"$TMP/l1.csv"
	run -1 --separate-stderr segment --csv "$TMP/l1.csv"
	assert_equal "$stderr" "segment: $TMP/l1.csv:3: invalid UTF-8 in the id (written as U+FFFD)"
	assert_line --index 2 $'id\xef\xbf\xbd\t1\t1\tbody\t0\t9\tBody two.\tT\xef\xbf\xbdt\t2019-01-05\t'
	printf 'id,title,text\na1,T\xe9t,Body.\n' >"$TMP/l2.csv"
	run -1 --separate-stderr segment --csv "$TMP/l2.csv"
	assert_equal "$stderr" "segment: $TMP/l2.csv:2: invalid UTF-8 in the title (written as U+FFFD)"
}

@test "hard-wrapped text is joined into paragraphs; indented lines start new ones" {
	cd "$S"
	run segment wrapped.txt
	assert_success
	# (the title: the headline that names the story, not the paper's name)
	assert_line --index 4 $'wrapped.txt\t4\t4\tbody\t55\t138\tThe city council last night voted to issue bonds for the new bridge over the river.\tNEW BRIDGE BONDS\t\t'
	assert_line --index 7 --partial $'\tbody\t319\t390\tMr. J. W. Brown, who led the fight, said he would appeal to the voters.\t'
	run col para <(segment wrapped.txt)
	assert_equal "$(printf '%s\n' "$output" | sort -u | wc -l)" 6
}

@test "lists, bullets, URLs, e-mail addresses and lower-case sentence starts" {
	cd "$S"
	segment lists.txt >"$T/out"
	run col text "$T/out"
	assert_output 'Key points
1. The first item
2. The second item
• Prices rose 2.5% in May.
• Wages rose 1.1%.
Contact us at news@example.com.
Visit https://example.com/a.b?c=1.
Thanks!
The U.S. Senate met.
It adjourned at 5 p.m.
The next session is on Jan. 7.
he said it was fine.
42 people attended...
Nobody left early!'
}

# (Until stop 54 "www.Example.com" was cut after "www.", as a sentence
# with its space missing is: "world.Today".)
@test "a host's name with a capital after www. is one sentence; a missing space after a full stop still cuts" {
	printf 'See www.Example.com for the report. It rose.Today it fell.\n' >"$T/w.txt"
	run sh -c 'segment "$1" | cut -f 7' sh "$T/w.txt"
	assert_success
	assert_output 'text
See www.Example.com for the report.
It rose.
Today it fell.'
}

@test "every non-space byte of every fixture is in exactly one row, text = folded source" {
	cd "$A"
	for f in 000_00ead3c6dcb612e8.txt 004_a5f62a1bf84a2da8.txt; do
		segment "$f" >"$T/out"
		check_offsets "$T/out" "$f"
	done
	segment --csv wikinews-2019-sample.csv >"$T/out"
	check_offsets "$T/out" csv:wikinews-2019-sample.csv
	cd "$S"
	for f in bom.txt crlf.txt wrapped.txt lists.txt newsy.txt; do
		segment "$f" >"$T/out"
		check_offsets "$T/out" "$f"
	done
}

@test "the offsets invariant holds on all of the shared Wikinews corpus" {
	skip_without_shared
	segment --csv "$SHARED/corpora/wikinews-2019/articles.csv" >"$T/out"
	check_offsets "$T/out" "csv:$SHARED/corpora/wikinews-2019/articles.csv"
}

@test "the offsets invariant holds on OCR newspaper pages of the shared corpus" {
	skip_without_shared
	cd "$SHARED/corpora/chronam-1916/pages"
	set -- $(ls 19160603/*.txt | head -20)
	segment "$@" >"$T/out"
	check_offsets "$T/out" "$@"
}

@test "sentence boundaries on the UD English EWT dev set: precision >= 97 %, recall after . ! ? >= 95 %" {
	skip_without_shared
	# the paragraphs' sentences joined by a space, paragraphs by a blank
	# line; gold: the byte offset of every sentence end inside a
	# paragraph, and the byte before it
	LC_ALL=C awk -v out="$T/ewt.txt" -v gold="$T/gold" '
	function flush(  i) {
		for (i = 1; i <= n; i++) {
			printf "%s", cur[i] >out
			len += length(cur[i])
			if (i < n) {
				printf "%d\t%s\n", len, substr(cur[i], length(cur[i])) >gold
				printf " " >out
				len++
			}
		}
		printf "\n\n" >out
		len += 2
		n = 0
	}
	/^# newdoc|^# newpar/ && n { flush() }
	/^# text = / {
		s = substr($0, 10)
		gsub(/^[ \t\r\v\f]+|[ \t\r\v\f]+$/, "", s)
		cur[++n] = s
	}
	END { if (n) flush(); printf "" >gold }' "$SHARED/data/ud-english-ewt/en_ewt-ud-dev.conllu"
	segment "$T/ewt.txt" >"$T/ewt.tsv"
	# predicted: the end of every row followed by one of the same paragraph
	run awk -F'\t' '
	FNR == NR { gold[$1] = 1; if ($2 ~ /^[.!?]$/) punct[$1] = 1; next }
	FNR > 1 { if (FNR > 2 && $2 == para) pred[end] = 1; para = $2; end = $6 }
	END {
		for (p in pred) { np++; if (p in gold) tp++ }
		for (g in punct) { ng++; if (g in pred) tr++ }
		if (np == 0 || ng == 0) exit 1
		printf "precision %.3f recall-after-punct %.3f\n", tp / np, tr / ng
		exit !(tp / np >= 0.97 && tr / ng >= 0.95)
	}' "$T/gold" "$T/ewt.tsv"
	assert_success
}

@test "a day between its month and its year, its comma misread as a full stop, ends no sentence (JUNE 9. 1916, Jan. 5. 1917); a number before a year still may" {
	printf 'Some headline for the test here\n\nThe paper of JUNE 9. 1916 said so. It was cold on Jan. 5. 1917 at dawn. He counted 9. 1916 came after.\n' >"$T/d.txt"
	run sh -c "segment '$T/d.txt' | cut -f 7 | tail -n +3"
	assert_success
	assert_output $'The paper of JUNE 9. 1916 said so.\nIt was cold on Jan. 5. 1917 at dawn.\nHe counted 9.\n1916 came after.'
}

@test "long runs of digits, dots and punctuation are one sentence, not a hang" {
	{
		head -c 300000 /dev/zero | tr '\0' 1
		printf ' '
		yes '. ' | head -n 100000 | tr -d '\n'
		yes '?!' | head -n 100000 | tr -d '\n'
		printf x
	} >"$T/runs.txt"
	run segment "$T/runs.txt"
	assert_success
	assert_equal "${#lines[@]}" 2
	assert_equal "$(printf '%s\n' "$output" | cut -f5,6 | tail -1)" \
	    "0	$(wc -c <"$T/runs.txt")"
}

@test "| head -1 ends quietly" {
	for i in $(seq 200); do cat "$A/000_00ead3c6dcb612e8.txt"; done >"$T/big.txt"
	run --separate-stderr bash -c 'set -o pipefail; segment "$1" | head -1' _ "$T/big.txt"
	assert_success
	assert_equal "$stderr" ""
	assert_output "$HEADER"
}

@test "a write error (/dev/full) fails loudly with exit 1" {
	[ -w /dev/full ] || skip "no /dev/full"
	run -1 --separate-stderr bash -c 'segment "$1" >/dev/full' _ "$A/000_00ead3c6dcb612e8.txt"
	assert_equal "$stderr" "segment: write error: No space left on device"
}

@test "output is deterministic" {
	cd "$A"
	segment 000_00ead3c6dcb612e8.txt 004_a5f62a1bf84a2da8.txt >"$T/a"
	segment 000_00ead3c6dcb612e8.txt 004_a5f62a1bf84a2da8.txt >"$T/b"
	cmp "$T/a" "$T/b"
	segment --csv wikinews-2019-sample.csv >"$T/a"
	segment --csv - <wikinews-2019-sample.csv >"$T/b"
	cmp "$T/a" "$T/b"
}

@test "folds records where the text is not the source verbatim, so offsets map back" {
	printf 'Hello   World.\r\n\r\nMy  name is\xc2\xa0Jonas.\n' >"$T/ws.txt"
	cd "$T"
	run segment ws.txt
	assert_success
	# "Hello World.": the 3-space run at text offset 5 stands for 2 more bytes
	assert_line --index 1 $'ws.txt\t1\t1\tbody\t0\t14\tHello World.\t\t\t5:2'
	# two spaces at 2, NBSP (2 bytes) at 10
	assert_line --index 2 $'ws.txt\t2\t2\tbody\t18\t37\tMy name is Jonas.\t\t\t2:1,10:1'
}

# (Until stop 36 the OCR pages of 1916 kept some forty broken words a
# page: "assur- ed", "fol lowing", and "President Wil son", whose "Wil"
# was the person.)
@test "a word broken at a line end is whole in text (assur-/ed, fol/lowing, to-/day, Wil-/son, Roose/velt), a compound keeps its hyphen (well-/known), two words stay two (for/a); folds map each back" {
	printf 'Some headline for the test here\n\nThe board was assur-\ned of the fol\nlowing facts by a well-\nknown group, for\na long time; to-\nday Senator Wil-\nson and Colonel Roose\nvelt spoke.\n' >"$T/b.txt"
	cd "$T"
	run segment b.txt
	assert_success
	# assured: the r at 18 stands for "r-\n"; following: the l at 31 for
	# "l\n"; well-known: the hyphen at 54 for "-\n"; today, Wilson;
	# Roosevelt, a name of the gazetteer's, without a hyphen
	assert_line --index 2 $'b.txt\t2\t2\tbody\t33\t176\tThe board was assured of the following facts by a well-known group, for a long time; today Senator Wilson and Colonel Roosevelt spoke.\tSome headline for the test here\t\t18:2,31:1,54:1,86:2,101:2,122:1'
	# the mentions and tokens of the joined words span the source's
	run sh -c 'segment b.txt | extract-entities | cut -f 3-6 | grep -E "Wilson|Roosevelt"'
	assert_output $'138\t146\tWilson\tPERSON\n159\t169\tRoosevelt\tPERSON'
	run sh -c 'segment b.txt | tag | cut -f 8-10 | grep -E "assured|following|Wilson"'
	assert_output $'47\t56\tassured\n64\t74\tfollowing\n138\t146\tWilson'
	[ "$(tail -c +48 b.txt | head -c 9)" = $'assur-\ned' ]
	[ "$(tail -c +139 b.txt | head -c 8)" = $'Wil-\nson' ]
	[ "$(tail -c +160 b.txt | head -c 10)" = $'Roose\nvelt' ]
}

# (Until stop 51 the 1,980 soft hyphens at the line ends of the 1916
# pages stayed in the text and the titles, "In\u00ad dividual", and one
# before an upper-case line ended its sentence: "SENA\u00ad" | "TOR".)
@test "a word broken at a soft hyphen (U+00AD) at a line end is whole in text and title, in any case, in one sentence; folds map it back" {
	printf 'Safeguard of In\302\255\ndividual Liberty\n\nSaid Sena\302\255\ntor Borah and the SENA\302\255\nTOR of it.\n' >"$T/s.txt"
	cd "$T"
	run segment s.txt
	assert_success
	# the n at 14 stands for "n", the soft hyphen and the line end
	assert_line --index 1 $'s.txt\t1\t1\ttitle\t0\t34\tSafeguard of Individual Liberty\tSafeguard of Individual Liberty\t\t14:3'
	assert_line --index 2 $'s.txt\t2\t2\tbody\t36\t83\tSaid Senator Borah and the SENATOR of it.\tSafeguard of Individual Liberty\t\t8:3,30:3'
	segment s.txt >s.tsv
	spancheck s.tsv text s.txt >/dev/null
	run sh -c 'segment s.txt | tag | cut -f 8-10 | grep -E "Individual|Senator|SENATOR"'
	assert_output $'13\t26\tIndividual\n41\t51\tSenator\n66\t76\tSENATOR'
}

@test "the title column joins a word broken at a line end as the text does (Con-/demned), a compound keeps its hyphen (Well-/known)" {
	printf 'Order Severely Con-\ndemned by Well-\nknown Senator\n\nThe senate heard the order read.\n' >"$T/h.txt"
	run segment "$T/h.txt"
	assert_success
	assert_line --index 1 --partial $'\ttitle\t0\t49\tOrder Severely Condemned by Well-known Senator\tOrder Severely Condemned by Well-known Senator\t'
}

# (Until stop 51 the dictionary knew no regular plural or past, and the
# 1916 pages kept some 7,000 such words broken: "mem bers", "fol lowed".)
@test "a word broken at a line end that inflects a known word is joined (mem/bers, fol/lowed, bod/ies); its pieces count as words only as inflected as it is (for/ages stays two, re/maining is one)" {
	printf 'Some headline for the test here\n\nThe committee heard that all the mem\nbers of the board had fol\nlowed the advice of the other bod\nies, and the re\nmaining men had stop\nped work on the mill for\nages of time, they said.\n' >"$T/i.txt"
	run sh -c "segment '$T/i.txt' | cut -f 7,10 | tail -n 1"
	assert_success
	assert_output $'The committee heard that all the members of the board had followed the advice of the other bodies, and the remaining men had stopped work on the mill for ages of time, they said.\t35:1,60:1,93:1,108:1,128:1'
	segment "$T/i.txt" >"$T/i.tsv"
	spancheck "$T/i.tsv" text "$T/i.txt" >/dev/null
}

@test "a broken word is joined in a document with bad bytes too, each join and U+FFFD in folds, in text order" {
	printf 'Head line here for the test\n\nThe board was assur-\ned of it \377 by the Repub-\nlican members.\n' >"$T/d.txt"
	cd "$T"
	run segment d.txt
	[ "$status" -eq 1 ]	# a data error, told on standard error
	assert_line --partial $'\tThe board was assured of it \xef\xbf\xbd by the Republican members.\tHead line here for the test\t\t18:2,28:-2,43:2'
	segment d.txt >d.tsv 2>/dev/null || true
	spancheck d.tsv text d.txt >/dev/null
}

@test "--lean rows keep the source's words as they are broken (no folds to say otherwise), so furniture lines match the source" {
	printf 'Some headline for the test here\n\nThe board was assur-\ned of the fol\nlowing facts.\n' >"$T/b.txt"
	run segment --lean "$T/b.txt"
	assert_success
	assert_line --index 2 --partial $'The board was assur- ed of the fol lowing facts.'
}

# roles FILE [SEGMENT-OPTION...]: "para role text" of FILE's rows
roles() {
	f=$1; shift
	segment "$@" "$f" | cut -f 2,4,7 | tail -n +2
}

# (Until stop 51 forty of the 1,098 pages of 1916 had a masthead line
# for their title: "VOL. XXVII., NO. 22", "PRICE $4.00 PER ANNUM".)
@test "a newspaper's masthead lines are boilerplate, not the title (VOL. XXVII., NO. 22; NUMBER 34; ESTABLISHED 1861; PRICE ... PER ANNUM; ONE CENT); a headline that begins with Volume or No. is not" {
	printf '%s\n\n' 'VOL. XXVII., NO. 22' 'NUMBER 34' 'ESTABLISHED 1861' 'PRICE $4.00 PER ANNUM' 'OFFICIAL PAPER OF BLACKFOOT CITY' 'ONE CENT!' \
	    'Volume of Trade Rises Sharply in June' 'No. 1 Seed Wins Again' \
	    'The volume of trade rose sharply in June, the board said on Monday.' >"$T/m.txt"
	run sh -c "segment '$T/m.txt' | cut -f 4,7 | tail -n +2"
	assert_success
	assert_output "$(printf '%s\t%s\n' boilerplate 'VOL. XXVII., NO. 22' boilerplate 'NUMBER 34' \
	    boilerplate 'ESTABLISHED 1861' boilerplate 'PRICE $4.00 PER ANNUM' \
	    boilerplate 'OFFICIAL PAPER OF BLACKFOOT CITY' boilerplate 'ONE CENT!' \
	    title 'Volume of Trade Rises Sharply in June' heading 'No. 1 Seed Wins Again' \
	    body 'The volume of trade rose sharply in June, the board said on Monday.')"
}

# (Until stop 53 some twenty titles of the 1,098 pages of 1916 were print
# misread, "1MM11 931? HUM)", "ID m K1K Kt--", or a page count, "12 PAGES".)
@test "a line of print misread (fewer than two words of letters, one with a sign inside or letters and digits mixed twice over) is no title, nor is a page count; a title with a number, a model's name or a ticker is" {
	for t in '12 PAGES' '1MM11 931? HUM)' 'ID m K1K Kt--'; do
		printf '%s\n\n%s\n' "$t" 'The Germans took the fort on Friday after a long siege, the war office said.' >"$T/g.txt"
		run sh -c "segment '$T/g.txt' | cut -f 4 | tail -n +2"
		assert_success
		refute_line title
	done
	for t in 'G7 summit opens in Biarritz' 'S&P 500 hits a record' 'COVID-19 cases rise in Texas' 'G7 summit' 'F-35 crashes'; do
		printf '%s\n\n%s\n' "$t" 'The leaders met on Friday to talk about trade, the ministers said.' >"$T/h.txt"
		run sh -c "segment '$T/h.txt' | cut -f 4,7 | sed -n 2p"
		assert_output "$(printf 'title\t%s' "$t")"
	done
}

# (Until stop 52 sixteen titles of the 1,098 pages of 1916 ended in "in
# the", "of", "to": the headline's next line was a byline or a heading.)
@test "a title line that ends in a word wanting more (the, of, to, is) goes on in the next short lines, in the title column and their role; one that ends in \"in\" or a full word does not" {
	printf '%s\n' 'PLAN TO CHECK' 'Austrians Continue to Advance Unchecked in the' 'Tyrol Region.' \
	    'Paris, June 3.--The battle of Verdun has reached a point of unprecedented violence, and the French hold their lines.' >"$T/t.txt"
	run sh -c "segment '$T/t.txt' | cut -f 4,7,8 | tail -n +2"
	assert_success
	assert_line --index 1 "$(printf 'title\t%s\t%s' 'Austrians Continue to Advance Unchecked in the' 'Austrians Continue to Advance Unchecked in the Tyrol Region.')"
	assert_line --index 2 "$(printf 'title\t%s\t%s' 'Tyrol Region.' 'Austrians Continue to Advance Unchecked in the Tyrol Region.')"
	printf '%s\n' 'One of Chief Problems is' 'Naming Chairman of' 'Committee.' \
	    'CHICAGO, June 3.--The committee met again today and the delegates waited for its word on the chairman.' >"$T/v.txt"
	run sh -c "segment '$T/v.txt' | cut -f 8 | sed -n 2p"
	assert_output 'One of Chief Problems is Naming Chairman of Committee.'
	printf '%s\n\n' 'Ten Things to Do in' 'Jane Doe' 'The city has many things to do in the summer, the mayor said on Monday.' >"$T/u.txt"
	run sh -c "segment '$T/u.txt' | cut -f 4,7,8 | tail -n +2"
	assert_line --index 0 "$(printf 'title\t%s\t%s' 'Ten Things to Do in' 'Ten Things to Do in')"
	assert_line --index 1 "$(printf 'byline\t%s\t%s' 'Jane Doe' 'Ten Things to Do in')"
}

@test "--furniture: a paragraph whose text is a listed line is boilerplate, and the headline under it is the title" {
	# the lines the six pages of the site share, as sentences --furniture
	# lists them
	printf '%s\n' 'The Harbour Gazette' 'Independent local journalism since 1887' \
		'Get the morning briefing delivered every weekday' \
		'Council approves new budget for harbour repairs' \
		'Storm damage closes coastal road for a week' \
		'Fishing fleet returns early as prices fall' 'Share this story' \
		'Tell us what you think about this story' >"$T/site.txt"
	# alone, the page's slogan shares no words with the story: the
	# headline that does is the title
	run roles "$FIXTURES/site/page-1.txt"
	assert_line --partial $'2\tboilerplate\tIndependent local journalism since 1887'
	assert_line --partial $'7\ttitle\tFerry timetable changes anger island commuters'
	run roles "$FIXTURES/site/page-1.txt" --furniture "$T/site.txt"
	assert_success
	assert_line --partial $'2\tboilerplate\tIndependent local journalism since 1887'
	assert_line --partial $'3\tboilerplate\tGet the morning briefing'
	assert_line --partial $'5\tboilerplate\tStorm damage closes coastal road'
	assert_line --partial $'7\ttitle\tFerry timetable changes anger island commuters'
	# (the title column of every row)
	run bash -c "segment --furniture '$T/site.txt' '$FIXTURES/site/page-1.txt' | tail -n +2 | cut -f 8 | sort -u"
	assert_output 'Ferry timetable changes anger island commuters'
}

@test "--lean: the rows without role, title, date and folds, otherwise the same; not with --only or --furniture, which need the roles" {
	for f in "$A/000_00ead3c6dcb612e8.txt" "$FIXTURES/site/page-1.txt"; do
		segment -- "$f" | cut -f 1-3,5-7 >"$T/want"
		segment --lean -- "$f" >"$T/got"
		run cmp "$T/want" "$T/got"
		assert_success
	done
	run sh -c "segment --lean <'$A/000_00ead3c6dcb612e8.txt' | head -n 1"
	assert_output $'doc\tpara\tsent\tstart\tend\ttext'
	segment --csv -- "$A/wikinews-2019-sample.csv" | cut -f 1-3,5-7 >"$T/want"
	segment --csv --lean -- "$A/wikinews-2019-sample.csv" >"$T/got"
	run cmp "$T/want" "$T/got"
	assert_success
	printf 'News\n' >"$T/furniture"
	run -2 --separate-stderr segment --lean --only body -- "$A/000_00ead3c6dcb612e8.txt"
	assert_output ''
	assert_equal "${stderr_lines[0]}" 'segment: --lean finds no roles: not with --only or --furniture'
	run -2 --separate-stderr segment --lean --furniture "$T/furniture" -- "$A/000_00ead3c6dcb612e8.txt"
	assert_output ''
	assert_equal "${stderr_lines[0]}" 'segment: --lean finds no roles: not with --only or --furniture'
}

@test "--split: each input of the list into its own file, with the header, as alone; no FILE with it; a bad line or output is an error" {
	cp "$A/000_00ead3c6dcb612e8.txt" "$T/one two.txt"
	printf '%s\t%s\n' "$T/one two.txt" "$T/out 1.tsv" "$A/004_a5f62a1bf84a2da8.txt" "$T/out2.tsv" \
		"$FIXTURES/site/page-1.txt" "$T/out3.tsv" >"$T/list"
	run segment --split "$T/list"
	assert_success
	assert_output ''
	segment -- "$T/one two.txt" >"$T/want1"
	segment -- "$A/004_a5f62a1bf84a2da8.txt" >"$T/want2"
	segment -- "$FIXTURES/site/page-1.txt" >"$T/want3"
	run cmp "$T/out 1.tsv" "$T/want1"
	assert_success
	run cmp "$T/out2.tsv" "$T/want2"
	assert_success
	run cmp "$T/out3.tsv" "$T/want3"
	assert_success
	run segment --split "$T/list" "$T/one two.txt"
	assert_failure 2
	assert_output --partial 'not as FILEs'
	printf 'no tab here\n' >"$T/bad"
	run segment --split "$T/bad"
	assert_failure 2
	assert_output --partial 'not an input, a TAB and an output file'
	printf '%s\t%s\n' "$T/one two.txt" "$T/no/such/dir/out.tsv" >"$T/bad"
	run segment --split "$T/bad"
	assert_failure 1
	assert_output --partial "$T/no/such/dir/out.tsv"
}

@test "--split: inputs one after the other naming one output share it, one header; an input with an error leaves its output unwritten; no temporary file is left" {
	printf '%s\t%s\n' "$A/000_00ead3c6dcb612e8.txt" "$T/both.tsv" \
		"$A/004_a5f62a1bf84a2da8.txt" "$T/both.tsv" \
		"$FIXTURES/site/page-1.txt" "$T/third.tsv" >"$T/list"
	run segment --split "$T/list"
	assert_success
	segment -- "$A/000_00ead3c6dcb612e8.txt" "$A/004_a5f62a1bf84a2da8.txt" >"$T/want"
	run cmp "$T/both.tsv" "$T/want"
	assert_success
	segment -- "$FIXTURES/site/page-1.txt" >"$T/want"
	run cmp "$T/third.tsv" "$T/want"
	assert_success
	printf 'good line\n\377 bad byte\n' >"$T/bad.txt"
	echo 'the old stream' >"$T/first.tsv"
	printf '%s\t%s\n' "$A/000_00ead3c6dcb612e8.txt" "$T/first.tsv" \
		"$T/bad.txt" "$T/first.tsv" "$FIXTURES/site/page-1.txt" "$T/last.tsv" >"$T/list"
	run segment --split "$T/list"
	assert_failure 1
	assert_output --partial "bad.txt:2:"
	run cat "$T/first.tsv"
	assert_output 'the old stream'
	run cmp "$T/last.tsv" "$T/third.tsv"
	assert_success
	run sh -c 'ls "$1" | grep -c part' sh "$T"
	assert_output 0
}

@test "--furniture: lines match with white space folded, the list's escapes read" {
	printf 'Independent local\\tjournalism since 1887\n' >"$T/site.txt"
	printf 'Independent  local\tjournalism since 1887  \n\nFerry timetable changes anger island commuters\n\nBy Mara Ellison\n\nCommuters from Gull Island say a new ferry timetable leaves them stranded in the evening.\n' >"$T/a.txt"
	run roles "$T/a.txt" --furniture "$T/site.txt"
	assert_line --index 0 $'1\tboilerplate\tIndependent local journalism since 1887'
	assert_line --index 1 $'2\ttitle\tFerry timetable changes anger island commuters'
}

@test "--furniture: a dateline and an author's byline stay, though listed (the same day, the same author on many pages)" {
	printf '%s\n' 'By Mara Ellison' 'March 4, 2024' 'Mara Ellison' >"$T/site.txt"
	run roles "$FIXTURES/site/page-1.txt" --furniture "$T/site.txt"
	assert_line --partial $'8\tbyline\tBy Mara Ellison'
	assert_line --partial $'9\tdateline\tMarch 4, 2024'
	printf 'Ferry timetable changes anger island commuters\n\nMara Ellison\n\nCommuters from Gull Island say a new ferry timetable leaves them stranded in the evening.\n' >"$T/a.txt"
	run roles "$T/a.txt" --furniture "$T/site.txt"
	assert_line --index 1 $'2\tbyline\tMara Ellison'
}

@test "--furniture: a copy of a story whose prose is mostly listed (a wire story on five sites) keeps its roles" {
	segment "$FIXTURES/syndicated/copy-1.txt" | cut -f 3- >"$T/plain"
	# every line of the story listed, as sentences --furniture lists them
	# from the five copies
	segment "$FIXTURES/syndicated/copy-1.txt" | cut -f 7 | tail -n +3 >"$T/site.txt"
	run bash -c "segment --furniture '$T/site.txt' '$FIXTURES/syndicated/copy-1.txt' | cut -f 3- | diff '$T/plain' -"
	assert_success
	assert_output ''
}

@test "--furniture: an empty list changes nothing; a missing file or a bad escape is a data error naming the file (exit 1)" {
	: >"$T/none.txt"
	run bash -c "segment --furniture '$T/none.txt' '$FIXTURES/site/page-2.txt' | cmp - <(segment '$FIXTURES/site/page-2.txt')"
	assert_success
	run segment --furniture "$T/absent.txt" "$FIXTURES/site/page-2.txt"
	assert_failure 1
	assert_output --partial "segment: $T/absent.txt: No such file"
	printf 'fine\nbad \\q escape\n' >"$T/bad.txt"
	run segment --furniture "$T/bad.txt" "$FIXTURES/site/page-2.txt"
	assert_failure 1
	assert_output "segment: $T/bad.txt:2: bad escape at byte 5"
}

@test "the date column is the article's dateline under its title, not a date above the headline (a browser's print header, a site's date bar)" {
	printf '%s\n' '4/17/22, 2:11 PM' 'Friday, April 15, 2022' '' \
	    'Ferry timetable changes anger island commuters' '' \
	    'By Mara Ellison' 'June 24, 2019' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$T/print.txt"
	run sh -c "segment '$T/print.txt' | cut -f 9 | sort -u"
	assert_success
	assert_line 'June 24, 2019'
	refute_line '4/17/22, 2:11 PM'
	printf '%s\n' 'Friday, April 15, 2022' '' 'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$T/bar.txt"
	run sh -c "segment '$T/bar.txt' | cut -f 9 | sort -u"
	assert_line 'Friday, April 15, 2022'
}

# (Until stop 51, 481 of the 1,098 pages of 1916, the inner pages of
# their papers, filed under their day's folder, had no date, and their
# "today" and "yesterday" no day.)
@test "the date column is the date in the document's name when the text gives none (a day's folder, a site's address), never over the text's" {
	mkdir -p "$T/19160603" "$T/2019-01-04"
	printf '%s\n' 'Strike in West Virginia' '' 'The militia was called out today.' >"$T/19160603/sn78000395-ed-1_seq-2.txt"
	run sh -c "cd '$T' && segment 19160603/sn78000395-ed-1_seq-2.txt | cut -f 9 | tail -n +2 | sort -u"
	assert_success
	assert_output '1916-06-03'
	# "today" has its day
	run sh -c "cd '$T' && segment 19160603/sn78000395-ed-1_seq-2.txt | extract-entities | cut -f 5-7 | grep today"
	assert_output $'today\tDATE\t1916-06-03'
	# the text's date wins
	printf '%s\n' 'Strike in West Virginia' 'June 1, 1916' '' 'The militia was called out today.' >"$T/2019-01-04/dated.txt"
	run sh -c "segment '$T/2019-01-04/dated.txt' | cut -f 9 | tail -n +2 | sort -u"
	assert_output 'June 1, 1916'
	# a CSV's url cell, when its date cell is empty
	printf '%s\n' 'url,date,text' 'https://example.com/2019/01/04/storm/,,"Storm hits the coast. It rained all day."' >"$T/a.csv"
	run sh -c "segment --csv '$T/a.csv' | cut -f 9 | tail -n +2 | sort -u"
	assert_output '2019-01-04'
	# nine digits, or a day no month has, are no date
	printf 'Storm hits the coast today.\n' >"$T/id-120190104.txt"
	printf 'Storm hits the coast today.\n' >"$T/2019-02-30.txt"
	run sh -c "segment '$T/id-120190104.txt' '$T/2019-02-30.txt' | cut -f 9 | tail -n +2 | sort -u"
	assert_output ''
}

@test "a Markdown file's front matter gives the title and date columns, and its lines are boilerplate" {
	printf '%s\n' '---' 'title: "Ferry timetable changes anger commuters"' \
	    'author:' '  - "[[Mara Ellison]]"' 'created: 2019-05-02' \
	    'published: 2019-01-05T10:57:00+09:00' '---' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$T/clip.md.txt"
	run sh -c "segment '$T/clip.md.txt' | cut -f 4,7,8,9"
	assert_success
	assert_line --index 1 $'boilerplate\t---\tFerry timetable changes anger commuters\t2019-01-05T10:57:00+09:00'
	assert_line $'body\tCommuters from Gull Island say a new ferry timetable leaves them stranded in the evening.\tFerry timetable changes anger commuters\t2019-01-05T10:57:00+09:00'
	refute_line --regexp $'^title\t'
}

@test "the date column passes an update's dateline for the one it was published on, but not for one without a year" {
	printf '%s\n' 'Ferry timetable changes anger island commuters' 'By Hanna Petrov' \
	    'Updated: September 21, 2019' 'Published September 20, 2019' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$T/upd.txt"
	run sh -c "segment '$T/upd.txt' | cut -f 9 | sort -u"
	assert_line 'Published September 20, 2019'
	printf '%s\n' 'Ferry timetable changes anger island commuters' 'Rajeev Kaushal' \
	    'Updated At: Apr 20, 2019 01:31 PM (IST)' 'Dubai, April 20' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$T/upd2.txt"
	run sh -c "segment '$T/upd2.txt' | cut -f 9 | sort -u"
	assert_line 'Updated At: Apr 20, 2019 01:31 PM (IST)'
}

@test "a reader's copy (\"Title: Headline | Site\", a consent text before the menu): the title is the headline, not the consent text's heading" {
	run sh -c "segment '$FIXTURES/segment/scraped-reader-copy.txt' | cut -f 8 | sort -u"
	assert_output "Ferry timetable changes anger island commuters
title"
}

@test "the title must name the story: the story starts past a banner's prose, a title sharing fewer than half its words gives way, a line of the story's opening is no headline, the story's short first lines count" {
	story='Heavy rain flooded the harbour town of Port Ellis on Monday, and hundreds of residents were evacuated as the river rose through the night.\n\nRescue teams used boats to reach homes near the river in Port Ellis, and the harbour was closed to ferries while the town was flooded.\n'
	printf "Independent local journalism for the whole coast\n\nIf you agree, we will also use information about your visit to tailor what you see here and on other sites.\n\nStorm floods harbour town, hundreds evacuated\n\n$story" >"$T/banner.txt"
	run sh -c "segment '$T/banner.txt' | cut -f 8 | sed -n 2p"
	assert_output 'Storm floods harbour town, hundreds evacuated'
	printf "News from Port Ellis and the whole coast, every week\n\nStorm floods harbour town, hundreds evacuated\n\n$story" >"$T/half.txt"
	run sh -c "segment '$T/half.txt' | cut -f 8 | sed -n 2p"
	assert_output 'Storm floods harbour town, hundreds evacuated'
	printf "Independent local journalism for the whole coast\n\nStorm floods harbour town\n\nHeavy rain flooded the harbour town of Port Ellis on Monday\n\n$story" >"$T/lead.txt"
	run sh -c "segment '$T/lead.txt' | cut -f 8 | sed -n 2p"
	assert_output 'Storm floods harbour town'
	# the story's first lines, too short for prose, are part of it
	printf '%s\n\n' 'Runner from Kenya breaks marathon barrier in Vienna' 'From: Sports Canada newsroom' \
	    'Yesterday a runner from Kenya ran a marathon in Vienna in under two hours.' \
	    'This is the first time anyone has run a full marathon distance in under two hours, on a course in the Prater' \
	    'park of Vienna, with pacemakers.' \
	    'Officials from Sports Canada said the result was not a record, because pacemakers took turns in front of him for the whole race.' \
	    'The event was designed for the attempt, and it was not an open race under the rules that govern records.' >"$T/wrap.txt"
	run sh -c "segment '$T/wrap.txt' | cut -f 8 | sed -n 2p"
	assert_output 'Runner from Kenya breaks marathon barrier in Vienna'
}

@test "a reader's \"Title: Headline - Site\" line taken for the title gives way to the headline itself, as a page's <title> line does" {
	run sh -c "segment '$FIXTURES/segment/scraped-reader-title.txt' | cut -f 4,7 | grep -E '^(title|boilerplate)	(Title|Ferry)'"
	assert_output "$(printf 'boilerplate\tTitle: Ferry timetable changes anger island commuters - Harbour Weekly\ntitle\tFerry timetable changes anger island commuters')"
}

@test "a date, then a place and a source between dashes, is a dateline (\"April 28, 2019 - Halifax, Nova Scotia - Health Canada\")" {
	printf '%s\n' 'Ferry timetable changes anger island commuters' '' \
	    'April 28, 2019 - Halifax, Nova Scotia - Health Canada' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$T/gov.txt"
	run roles "$T/gov.txt"
	assert_line $'2\tdateline\tApril 28, 2019 - Halifax, Nova Scotia - Health Canada'
	# (not a headline that begins with a date)
	printf '%s\n' 'April 28, 2019 - Ferry timetable changes anger island commuters and the mayor' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$T/gov2.txt"
	run roles "$T/gov2.txt"
	refute_line --partial $'dateline'
	# a name, a day and the site after a bar; a day, then a time and more
	printf '%s\n' 'Ferry timetable changes anger island commuters' '' \
	    'Jasper Ng 8 Apr 2019 | TheTyee.ca' '' 'Published : Aug 24, 2019 - 18:46 facebook' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$T/tyee.txt"
	run roles "$T/tyee.txt"
	assert_line $'2\tdateline\tJasper Ng 8 Apr 2019 | TheTyee.ca'
	assert_line $'3\tdateline\tPublished : Aug 24, 2019 - 18:46 facebook'
	# an author's name and the day; a time with its zone before the day
	printf '%s\n' 'Ferry timetable changes anger island commuters' '' \
	    'Mei Ling Sato July 1, 2019' '' 'Published 7:41 a.m. ChT Jan. 27, 2019' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$T/name.txt"
	run roles "$T/name.txt"
	assert_line $'2\tdateline\tMei Ling Sato July 1, 2019'
	assert_line $'3\tdateline\tPublished 7:41 a.m. ChT Jan. 27, 2019'
	# (but not a day without its year, then words)
	printf '%s\n' 'Ferry timetable changes anger island commuters' '' \
	    'The fair came to town on the last weekend of July - July 27 - in Mesquite, Texas' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$T/fair.txt"
	run roles "$T/fair.txt"
	refute_line --partial $'dateline'
}

@test "in text wrapped by a browser, a byline line (\"By : Name | on date\") is a paragraph of its own, between a caption and the story" {
	{
		printf '%s ' "The council voted on Tuesday night to turn the old factory on the harbour into a park, at a cost of two million pounds, after a long and heated debate that went on until well after midnight in the hall of the old town. Residents who had campaigned for years said they were delighted with the result, and the mayor promised that work would begin in the spring, once the contracts had been signed and the money had been set aside in the budget for next year." | fold -s -w 72
		echo
		echo "A tugboat guides a ship into port near the old harbour wall. (Photo/Sigit)"
		echo "By : [16]Yudha Baskoro | on 09:33 PM February 06, 2019"
		printf '%s ' "A bus carrying children from Smolensk to Kaluga on Sunday overturned in the snow near the village, and at least seven people died, officials said on Monday after a long search of the roadside by the rescuers and the police who came from the city." | fold -s -w 72
		echo
	} >"$T/wrapped.txt"
	run sh -c "segment '$T/wrapped.txt' | cut -f 2,4,7"
	assert_success
	assert_line $'3\tdateline\tBy : [16]Yudha Baskoro | on 09:33 PM February 06, 2019'
	assert_line --partial $'4\tbody\tA bus carrying children'
}

@test "with no dateline under the title, the date column is the first whole date there, in a line no rule knows (\"Filed from the quay by X, Jan. 16, 2019, for the Gazette\")" {
	printf '%s\n' 'Ferry timetable changes anger island commuters' '' \
	    'Protesters on the quay on Jan. 12, 2019. (Photo: Mara Ellison)' '' \
	    'Filed from the quay by Mara Ellison, Jan. 16, 2019, for the Gazette' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' >"$T/zone.txt"
	run sh -c "segment '$T/zone.txt' | cut -f 4,9 | sort -u"
	assert_success
	assert_line $'title\tJan. 16, 2019'
	assert_line $'heading\tJan. 16, 2019'
	# (the line above it is a caption: a photo's day is not the article's)
	run sh -c "segment '$T/zone.txt' | cut -f 4,7"
	assert_line $'caption\tProtesters on the quay on Jan. 12, 2019.'
}

@test "the whole date under the title is looked for before the story's prose and in its lead, not in the story (a birth date), nor in a mail notice's act" {
	printf '%s\n' 'Former Senator Kay Hagan dies at age 66' '' \
	    'Yesterday, former United States Senator Kay Hagan died, according to a statement from her family.' '' \
	    'Hagan was born on May 26, 1953 in Shelby, North Carolina.' >"$T/born.txt"
	run sh -c "segment '$T/born.txt' | tail -n +2 | cut -f 9 | sort -u"
	assert_output ''
	printf '%s\n' 'Ferry timetable changes anger island commuters' '' \
	    'NEW YORK, Jan. 04, 2019 (GLOBE NEWSWIRE) -- Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening, and the council has promised to look at it again next month.' >"$T/wire.txt"
	run sh -c "segment '$T/wire.txt' | tail -n +2 | cut -f 9 | sort -u"
	assert_output 'Jan. 04, 2019'
	printf '%s\n' 'THE COLFAX CHRONICLE' '' 'Entered under the Act of March 3, 1879' '' \
	    'The crops of the parish are better this year than they have been in a long time, the farmers say.' >"$T/act.txt"
	run sh -c "segment '$T/act.txt' | tail -n +2 | cut -f 9 | sort -u"
	assert_output ''
	# (past the first paragraph of prose, a date the story gives is not
	# the article's)
	printf '%s\n' 'Ferry timetable changes anger island commuters' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' '' \
	    'The ferry first sailed on May 26, 1953, from the old quay, and it has carried commuters across the sound every day since then.' >"$T/story.txt"
	run sh -c "segment '$T/story.txt' | tail -n +2 | cut -f 9 | sort -u"
	assert_output ''
}

@test "an update's date alone above the story gives way to the day the page says it was originally published" {
	printf '%s\n' 'Ferry timetable changes anger island commuters' '' 'By Marisela Quintana' '' \
	    'Updated January 24, 2019 5:39 PM' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening.' '' \
	    'This story was originally published January 22, 2019 8:52 AM.' >"$T/orig.txt"
	run sh -c "segment '$T/orig.txt' | tail -n +2 | cut -f 9 | sort -u"
	assert_output 'January 22, 2019'
}

@test "a page's <title> line above the menu: the date is looked for under the headline too" {
	printf '%s\n' 'Boris Johnson elected Conservative leader - DER SPIEGEL' 'Menu' 'World' '' \
	    'Boris Johnson elected Conservative leader' '' 'A DER SPIEGEL Staff Report' '' \
	    '24.07.2019, 12.41 Uhr' '' \
	    'Conservative Party members voted on Tuesday to elect Boris Johnson as their new leader.' >"$T/spiegel.txt"
	run sh -c "segment '$T/spiegel.txt' | tail -n +2 | cut -f 9 | sort -u"
	assert_output '24.07.2019'
	# (a page whose <title> line stands more than eight paragraphs above
	# the date under the headline, a date bar in the menu between)
	run sh -c "segment '$FIXTURES/segment/scraped-title-line.txt' | tail -n +2 | cut -f 9 | sort -u"
	assert_output '24.07.2019'
}

@test "with no date under the title, a kicker's date right above it (\"Daily news 11 February 2019\") wins over other stories' days further down, but not over a correction's" {
	printf '%s\n' 'New Scientist' '' 'Daily news 11 February 2019' '' \
	    'Pioneering oceanographer Walter Munk dies in California' '' \
	    'The death of pioneering oceanographer Walter Munk was announced on Friday by the institution where he worked.' '' \
	    'Latest news' '' '9 February 2019' '' '7 February 2019' >"$T/kicker.txt"
	run sh -c "segment '$T/kicker.txt' | tail -n +2 | cut -f 9 | sort -u"
	assert_output '11 February 2019'
	printf '%s\n' 'Nature' '' 'NEWS' '' '06 February 2019' 'Correction 12 February 2019' '' \
	    'Bus carrying children overturns in Babyninsky, Russia' '' \
	    'A bus carrying children from Smolensk to Kaluga on Sunday overturned on an icy road, the police said.' >"$T/corr.txt"
	run sh -c "segment '$T/corr.txt' | tail -n +2 | cut -f 9 | sort -u"
	assert_output '06 February 2019'
}

# (Until stop 52 a headline's deck under the title was a byline on 32 of
# the 1916 pages: "Dispelled Later.", "This Paper Stops When".)
@test "a line under the title is no name for a byline when it ends in a full stop (but for an initial or Jr.) or holds a small word (this, when, it)" {
	for deck in 'Dispelled Later.' 'This Paper Stops When' 'Which He Will Spend'; do
		printf '%s\n' 'Austrians Continue to Advance' "$deck" \
		    'Paris, June 3.--The battle of Verdun has reached a point of unprecedented violence, and the French hold their lines.' >"$T/d.txt"
		run sh -c "segment '$T/d.txt' | cut -f 4 | sed -n 3p"
		assert_success
		assert_output body
	done
	for name in 'Jonas E. Smith' 'John Smith Jr.' 'Jonas E.'; do
		printf '%s\n' 'Fire kills nine in city' "$name" \
		    'The fire killed nine people in the city on Monday, the police said.' >"$T/n.txt"
		run sh -c "segment '$T/n.txt' | cut -f 4 | sed -n 3p"
		assert_output byline
	done
}

# (Until stop 52 such lines were the byline of 62 of the 1916 pages:
# "Society Doings", "Vice Admiral", "Relief Delayed Many".)
@test "in hard-wrapped text (a newspaper's columns) a capitalised line under the headline is no byline but its deck; a By line still is" {
	{
		printf '%s\n' 'Germans Attack Near Verdun' 'Society Doings' ''
		for i in 1 2 3 4 5 6; do
			printf '%s\n' 'The battle of Verdun has reached a point of unprecedented' \
			    'violence, and the French hold their lines east of the Meuse.'
		done
	} >"$T/w.txt"
	run sh -c "segment '$T/w.txt' | cut -f 4,7 | sed -n 3p"
	assert_success
	refute_output --partial byline
	sed 's/^Society Doings$/By Frederic J. Haskin/' "$T/w.txt" >"$T/b.txt"
	run sh -c "segment '$T/b.txt' | cut -f 4,7 | sed -n 3p"
	assert_output "$(printf 'byline\tBy Frederic J. Haskin')"
}

@test "a headline that reads like prose, right above the byline, wins over another story's breaking-news bar" {
	printf '%s\n' 'Harbour Gazette' '' 'Breaking: Flood warnings issued as river levels rise' '' 'UK & international news' '' \
	    'Harbour seals returned to the estuary in record numbers, says survey' '' \
	    'By Aaron Pitt | Nature | Published: Nov 16, 2019' '' \
	    'In a survey published on Wednesday, volunteers reported that harbour seals' \
	    'have returned to the estuary in numbers not seen for forty years, after the' \
	    'old sewage outfall was closed and the mudflats recovered.' '' \
	    'The volunteers counted the seals from boats and from the sea wall over six' \
	    'weekends in October, and the estuary trust says the count will now be yearly.' >"$T/seals.txt"
	run sh -c "segment '$T/seals.txt' | tail -n +2 | cut -f 8 | sort -u"
	assert_output 'Harbour seals returned to the estuary in record numbers, says survey'
}

@test "a standfirst that copies the story's lead, right above the byline, is not the title" {
	run sh -c "segment '$FIXTURES/segment/scraped-standfirst.txt' | tail -n +2 | cut -f 8 | sort -u"
	assert_output 'State-run bus crashes in Cuba en route to Havana, killing seven'
}

@test "a page that dates its post only under it (\"Sat, Apr 20, 2019 (4 years ago)\") gets that date, as a last resort" {
	printf '%s\n' 'Harbour Notes' '' 'Ferry timetable changes anger island commuters' '' \
	    'Commuters from Gull Island say a new ferry timetable leaves them stranded in the evening, and the council has promised to look at it again.' '' \
	    'Sat, Apr 20, 2019 (4 years ago)' '' '#ferries #island' >"$T/tumblr.txt"
	run sh -c "segment '$T/tumblr.txt' | tail -n +2 | cut -f 9 | sort -u"
	assert_output 'Apr 20, 2019'
}

@test "--part K/N: the parts of a CSV, each the records that begin in its share of the bytes, together are the whole file's rows and messages, once" {
	csv="$A/wikinews-2019-sample.csv"
	# (a repeated id in a later part is ID#N as in the whole file, and
	# a bad cell is reported by its own part alone)
	{ cat "$csv"; tail -n +2 "$csv"; printf 'u-short,"One short."\n'; } >"$T/all.csv"
	cd "$T"
	run -1 --separate-stderr segment --csv all.csv
	printf '%s\n' "$output" >whole.tsv
	printf '%s\n' "$stderr" >whole.err
	[ "$(grep -c 'earlier record' whole.err)" -ge 2 ]
	grep -q 'fields, the header' whole.err
	: >parts.tsv
	: >parts.err
	for k in 1 2 3 4 5; do
		segment --csv --part "$k/5" all.csv >"part$k.tsv" 2>>parts.err || true
		[ "$k" -eq 1 ] && cat part1.tsv >>parts.tsv || tail -n +2 "part$k.tsv" >>parts.tsv
		[ "$(wc -l <"part$k.tsv")" -gt 1 ]	# each part has rows
	done
	run cmp whole.tsv parts.tsv
	assert_success
	run cmp whole.err parts.err
	assert_success
	# one part: 1/1 is the whole file
	run -1 --separate-stderr segment --csv --part 1/1 all.csv
	assert_equal "$output" "$(cat whole.tsv)"
}

@test "--part: a malformed record is reported by its part alone; a later part, which cannot read past it, fails without a message" {
	{ printf 'url,text\n'; for i in 1 2 3 4 5 6 7 8; do printf 'u%s,"Text number %s here."\n' "$i" "$i"; done
	  printf 'u9,bad "quote\n'; for i in 10 11 12 13; do printf 'u%s,"Text %s."\n' "$i" "$i"; done; } >"$T/bad.csv"
	cd "$T"
	run -1 --separate-stderr segment --csv bad.csv
	assert_equal "$stderr" 'segment: bad.csv:10: malformed CSV (error parsing data while strict checking enabled)'
	errs=0
	for k in 1 2 3 4; do
		run --separate-stderr segment --csv --part "$k/4" bad.csv
		[ -z "$stderr" ] || { errs=$((errs + 1)); assert_equal "$stderr" 'segment: bad.csv:10: malformed CSV (error parsing data while strict checking enabled)'; assert_failure 1; }
	done
	assert_equal "$errs" 1
	run --separate-stderr segment --csv --part 4/4 bad.csv
	assert_failure 1
	assert_equal "$stderr" ''
}

@test "--part: K/N with 1 <= K <= N and --csv, else a usage error; a pipe, whose size is unknown, is a data error" {
	cd "$T"
	printf 'url,text\nu1,One.\n' >a.csv
	for bad in 0/2 3/2 2 a/b 1/0 -1/2 1/2x; do
		run -2 --separate-stderr segment --csv --part "$bad" a.csv
		assert_equal "${stderr_lines[0]}" "segment: bad part \"$bad\" for --part: K/N, 1 <= K <= N"
	done
	run -2 --separate-stderr segment --part 1/2 a.csv
	assert_equal "${stderr_lines[0]}" 'segment: --part divides a CSV file: it needs --csv'
	run -1 --separate-stderr sh -c 'cat a.csv | segment --csv --part 1/2'
	assert_equal "$stderr" 'segment: -: --part needs a file, not a pipe'
	run -0 sh -c 'segment --csv --part 2/2 <a.csv | wc -l'
	assert_output 2
}
