#!/usr/bin/env bats
# The hostile-input matrix of issue 7: every filter fed broken encodings,
# control bytes, odd line ends, huge lines, long runs, random binary,
# right-to-left, combining and emoji text; the stream readers fed broken
# streams; the CLIs fed missing, unreadable and wrong arguments.  Each case
# states the exit status it expects and the exact first line of stderr
# ("" = nothing on stderr; for a bad option, one of the two exact forms
# in check_bad_option).  segment reads the raw text; the stream tools
# read a one-record sentence stream with that text in its text column
# (so text that is not UTF-8 makes a broken stream).  A tool that is not
# built is skipped.

load helpers
bats_require_minimum_version 1.5.0

setup_file() {
	H="$BATS_FILE_TMPDIR/in"
	export H
	mkdir -p "$H/dir"
	(
		cd "$H" || exit 1
		HEADER=$'doc\tsent\tstart\tend\ttext'
		printf 'Bad \xff\xfe byte here. And more.\n' >invalid.txt
		printf 'Overlong \xc0\xaf slash and \xe0\x80\xaf here.\n' >overlong.txt
		printf 'Nul\0byte inside. Second sentence.\n' >nul.txt
		printf '\xef\xbb\xbfBOM first. Then text.\n' >bom.txt
		printf 'Line one ends.\r\nLine two ends.\r\n' >crlf.txt
		printf 'Line one ends.\rLine two ends.\r' >cronly.txt
		: >empty.txt
		{ head -c 30000000 /dev/zero | tr '\0' a; echo; } >long.txt
		yes 'Mr. ' | head -n 200000 | tr -d '\n' >abbrev.txt
		{ printf Wow; yes '!?' | head -n 100000 | tr -d '\n'; printf ' end.\n'; } >bangs.txt
		# 64 KiB of random bytes, kept as a fixture so that the case is the
		# same every run (the reports below name its first bad byte)
		cp "$FIXTURES/hostile/random.bin" random.txt
		# Arabic, Hebrew, combining accents (U+0301, U+0308) and a stack of
		# them (U+0337 U+0328, U+0334)
		printf 'مرحبا بالعالم. שלום עולם. Cafe\xcc\x81 nai\xcc\x88ve. Z\xcc\xb7\xcc\xa8a\xcc\xb4lgo.\n' >rtl.txt
		# U+1F525; man ZWJ woman ZWJ girl; the flag U+1F1FA U+1F1E6; U+2764 U+FE0F
		printf 'Fire \xf0\x9f\x94\xa5 and family \xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 done. \xf0\x9f\x87\xba\xf0\x9f\x87\xa6 flag. \xe2\x9d\xa4\xef\xb8\x8f.\n' >emoji.txt
		# each text as the text of a one-record stream: \ TAB LF CR escaped
		for n in invalid overlong nul bom crlf cronly empty long abbrev bangs random rtl emoji; do
			{
				printf '%s\nh\t1\t0\t%d\t' "$HEADER" "$(wc -c <"$n.txt")"
				LC_ALL=C sed -z 's/\\/\\\\/g; s/\t/\\t/g; s/\n/\\n/g; s/\r/\\r/g' "$n.txt"
				echo
			} >"$n.tsv"
		done
		rec=$'d\t1\t0\t12\tHello world.'
		printf 'Barack Obama visited Paris on March 3, 2019.\n' >good.txt
		printf '%s\nd\t1\t0\t44\tBarack Obama visited Paris on March 3, 2019.\n' "$HEADER" >good.tsv
		printf '\xef\xbb\xbf%s\r\n%s\r\n' "$HEADER" "$rec" >s-bom-crlf.tsv
		printf '%s\r%s\r' "$HEADER" "$rec" >s-cr-only.tsv
		: >s-empty.tsv
		printf '%s\n' "$rec" >s-no-header.tsv
		printf '%s\n%s\nd\t2\t13\n' "$HEADER" "$rec" >s-ragged.tsv
		printf '%s\nd\t1\t0\t7\tHel\\qlo.\n' "$HEADER" >s-bad-escape.tsv
		printf '%s\tzz_extra\n%s\tkeep me\n' "$HEADER" "$rec" >s-unknown.tsv
		printf '%s\n' "$HEADER" >s-header-only.tsv
		# a catastrophic user rule, and three sentences that set it off
		printf '/(a+)+$/\tORG\n' >catastrophic.rules
		{
			printf '%s\n' "$HEADER"
			for i in 1 2 3; do
				printf 'd\t%d\t0\t41\t%s!\n' "$i" aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
			done
		} >aaa.tsv
	)
	if [ "$(id -u)" -ne 0 ]; then
		cp "$H/good.tsv" "$H/unreadable.tsv"
		cp "$H/good.txt" "$H/unreadable.txt"
		chmod 000 "$H/unreadable.tsv" "$H/unreadable.txt"
	fi
}

setup() {
	OUT="$BATS_TEST_TMPDIR/out"
	cd "$H" || return 1
}

need() {
	[ -x "$QUARRY_BIN/$1" ] || skip "$1 not built"
}

to_out() {
	"$@" >"$OUT"
}

# check STATUS FIRST CMD...: runs CMD (stdout into $OUT); its exit status
# must be STATUS and the first line of its stderr exactly FIRST.
check() {
	local want=$1 first=$2
	shift 2
	run --separate-stderr to_out "$@"
	local got=${stderr%%$'\n'*}
	if [ "$status" -ne "$want" ] || [ "$got" != "$first" ]; then
		printf 'command: %s\nstatus:  %s (want %s)\nstderr:  %s\nwant:    %s\n' \
		    "$*" "$status" "$want" "$got" "$first"
		return 1
	fi
}

# out_has STRING: the output holds STRING.
out_has() {
	grep -qF -- "$1" "$OUT" || { echo "output lacks: $1"; head -c 300 "$OUT"; return 1; }
}

# out_lines N: the output has N lines.
out_lines() {
	local n
	n=$(wc -l <"$OUT")
	[ "$n" -eq "$1" ] || { echo "output has $n lines, want $1"; return 1; }
}

# sentence_ends N: some segment row ends at byte N of the document.
sentence_ends() {
	# (cut, not awk: a row may hold a 30 MB field)
	tail -n +2 "$OUT" | cut -f6 | grep -qx "$1" ||
	    { echo "no sentence ends at $1"; return 1; }
}

# check_bad_option TOOL: an unknown option is a usage error, exit 2,
# nothing on stdout, and stderr names the option and shows the usage, in
# one of the two forms the tools use: getopt's message and the usage line,
# or one line pointing at --help.
check_bad_option() {
	local t=$1
	run --separate-stderr to_out "$t" --no-such-option
	local first=${stderr%%$'\n'*}
	[ "$status" -eq 2 ] || { echo "status $status, want 2"; return 1; }
	[ ! -s "$OUT" ] || { echo "output on stdout"; return 1; }
	if [ "$first" = "$t: unknown option --no-such-option (see $t --help)" ]; then
		return 0
	fi
	[ "$first" = "$t: unrecognized option '--no-such-option'" ] &&
	    [[ "$stderr" == *$'\n'"usage: $t "* ]] ||
	    { echo "stderr: $stderr"; return 1; }
}

# check_head TOOL FILE: "TOOL FILE | head -1" ends with status 0 and
# nothing on stderr: the reader that went away is not an error.
check_head() {
	run --separate-stderr bash -c 'set -o pipefail; "$1" "$2" | head -1 >/dev/null' _ "$1" "$2"
	[ "$status" -eq 0 ] && [ -z "$stderr" ] ||
	    { echo "status $status, stderr: $stderr"; return 1; }
}

unreadable_root() {
	[ "$(id -u)" -ne 0 ] || skip "root reads a mode-000 file (the /proc/self/mem case covers root)"
}

@test "segment: invalid UTF-8 is reported once with a count and written as U+FFFD (exit 1)" {
	need segment
	check 1 'segment: invalid.txt:1: invalid UTF-8 (2 bytes written as U+FFFD)' segment invalid.txt
	out_has $'\xef\xbf\xbd'
	out_has 'And more.'
}

@test "segment: overlong encodings are invalid UTF-8, written as U+FFFD (exit 1)" {
	need segment
	check 1 'segment: overlong.txt:1: invalid UTF-8 (5 bytes written as U+FFFD)' segment overlong.txt
	out_has $'\xef\xbf\xbd'
	out_has 'here.'
}

@test "segment: a NUL byte is reported and written as U+FFFD (exit 1)" {
	need segment
	check 1 'segment: nul.txt:1: NUL byte (1 written as U+FFFD)' segment nul.txt
	out_has 'Second sentence.'
}

@test "segment: a UTF-8 BOM is not text, offsets still count its bytes" {
	need segment
	check 0 '' segment bom.txt
	awk -F'\t' 'NR == 2 && $5 == 3 && $7 == "BOM first." { f = 1 } END { exit !f }' "$OUT"
}

@test "segment: CRLF line ends" {
	need segment
	check 0 '' segment crlf.txt
	out_lines 3
	sentence_ends 30
}

@test "segment: CR-only line ends" {
	need segment
	check 0 '' segment cronly.txt
	out_lines 3
	sentence_ends 29
}

@test "segment: a 0-byte file gives the header only, and a one-line report that the article has no rows" {
	need segment
	check 0 'segment: empty.txt:1: no text; the article has no rows' segment empty.txt
	out_lines 1
}

@test "segment: a 30 MB line with no space is one sentence, all of it" {
	need segment
	check 0 '' segment long.txt
	out_lines 2
	sentence_ends 30000000
}

@test "segment: 200,000 repeated abbreviations end in bounded time, nothing dropped" {
	need segment
	check 0 '' segment abbrev.txt
	sentence_ends 799999
}

@test "segment: a run of 200,000 !? is kept" {
	need segment
	check 0 '' segment bangs.txt
	sentence_ends 200008
}

@test "segment: random binary: reported once, every byte accounted for (exit 1)" {
	need segment
	check 1 'segment: random.txt:1: invalid UTF-8 (28241 bytes written as U+FFFD)' segment random.txt
	[ "$(wc -l <"$OUT")" -gt 100 ]
}

@test "segment: right-to-left and combining text pass through" {
	need segment
	check 0 '' segment rtl.txt
	out_has 'שלום עולם.'
	out_has $'nai\xcc\x88ve.'
}

@test "segment: emoji, ZWJ sequences and flags pass through" {
	need segment
	check 0 '' segment emoji.txt
	out_has $'\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9'
}

@test "tag: invalid UTF-8 in a field is a data error at its line (exit 1)" {
	need tag
	check 1 'tag: invalid.tsv:2: invalid UTF-8 at byte 14' tag invalid.tsv
}

@test "tag: an overlong encoding in a field is invalid UTF-8 (exit 1)" {
	need tag
	check 1 'tag: overlong.tsv:2: invalid UTF-8 at byte 19' tag overlong.tsv
}

@test "tag: a NUL byte inside a field is read, not a crash" {
	need tag
	check 0 '' tag nul.tsv
}

@test "tag: a BOM at the start of a field" {
	need tag
	check 0 '' tag bom.tsv
}

@test "tag: escaped CRLF inside a field" {
	need tag
	check 0 '' tag crlf.tsv
}

@test "tag: escaped CRs inside a field" {
	need tag
	check 0 '' tag cronly.tsv
}

@test "tag: an empty text field" {
	need tag
	check 0 '' tag empty.tsv
}

@test "tag: a 30 MB field with no space" {
	need tag
	check 0 '' tag long.tsv
	out_lines 2
	out_has $'\t0\t30000000\t'
}

@test "tag: 200,000 repeated abbreviations" {
	need tag
	check 0 '' tag abbrev.tsv
	out_lines 200001
}

@test "tag: a run of 200,000 !?" {
	need tag
	check 0 '' tag bangs.tsv
}

@test "tag: random binary in a field is a data error (exit 1)" {
	need tag
	check 1 'tag: random.tsv:2: invalid UTF-8 at byte 14' tag random.tsv
}

@test "tag: right-to-left and combining text" {
	need tag
	check 0 '' tag rtl.tsv
}

@test "tag: emoji" {
	need tag
	check 0 '' tag emoji.tsv
}

@test "tag: stream: a BOM and CRLF line ends are tolerated" {
	need tag
	check 0 '' tag s-bom-crlf.tsv
}

@test "tag: stream: CR-only line ends are a data error, not one long header (exit 1)" {
	need tag
	check 1 'tag: s-cr-only.tsv:1: bare CR at byte 24 (CR-only line ends?): lines end with LF, a CR in a field is written \r' tag s-cr-only.tsv
}

@test "tag: stream: a 0-byte file has no header (exit 1)" {
	need tag
	check 1 'tag: s-empty.tsv:0: empty input: no header line' tag s-empty.tsv
}

@test "tag: stream: random binary is a data error on line 1 (exit 1)" {
	need tag
	check 1 'tag: random.txt:1: invalid UTF-8 at byte 2' tag random.txt
}

@test "tag: stream: missing header: no text column (exit 1)" {
	need tag
	check 1 "tag: s-no-header.tsv:1: no 'text' column in the header" tag s-no-header.tsv
}

@test "tag: stream: a ragged row is a data error at its line (exit 1)" {
	need tag
	check 1 'tag: s-ragged.tsv:3: 3 fields, the header has 5' tag s-ragged.tsv
}

@test "tag: stream: a bad escape is a data error naming the column (exit 1)" {
	need tag
	check 1 "tag: s-bad-escape.tsv:2: bad escape in column 'text': only \\\\ \\t \\n \\r are allowed" tag s-bad-escape.tsv
}

@test "tag: stream: an unknown column is no error" {
	need tag
	check 0 '' tag s-unknown.tsv
}

@test "tag: stream: a header only is an empty stream" {
	need tag
	check 0 '' tag s-header-only.tsv
	out_lines 1
}

@test "extract-entities: invalid UTF-8 in a field is a data error at its line (exit 1)" {
	need extract-entities
	check 1 'extract-entities: invalid.tsv:2: invalid UTF-8 at byte 14' extract-entities invalid.tsv
}

@test "extract-entities: an overlong encoding in a field is invalid UTF-8 (exit 1)" {
	need extract-entities
	check 1 'extract-entities: overlong.tsv:2: invalid UTF-8 at byte 19' extract-entities overlong.tsv
}

@test "extract-entities: a NUL byte inside a field is read, not a crash" {
	need extract-entities
	check 0 '' extract-entities nul.tsv
}

@test "extract-entities: a BOM at the start of a field" {
	need extract-entities
	check 0 '' extract-entities bom.tsv
}

@test "extract-entities: escaped CRLF inside a field" {
	need extract-entities
	check 0 '' extract-entities crlf.tsv
}

@test "extract-entities: escaped CRs inside a field" {
	need extract-entities
	check 0 '' extract-entities cronly.tsv
}

@test "extract-entities: an empty text field" {
	need extract-entities
	check 0 '' extract-entities empty.tsv
}

@test "extract-entities: a 30 MB field with no space" {
	need extract-entities
	check 0 '' extract-entities long.tsv
	out_lines 1
}

@test "extract-entities: 200,000 repeated abbreviations" {
	need extract-entities
	check 0 '' extract-entities abbrev.tsv
}

@test "extract-entities: a run of 200,000 !?" {
	need extract-entities
	check 0 '' extract-entities bangs.tsv
}

@test "extract-entities: random binary in a field is a data error (exit 1)" {
	need extract-entities
	check 1 'extract-entities: random.tsv:2: invalid UTF-8 at byte 14' extract-entities random.tsv
}

@test "extract-entities: right-to-left and combining text" {
	need extract-entities
	check 0 '' extract-entities rtl.tsv
}

@test "extract-entities: emoji" {
	need extract-entities
	check 0 '' extract-entities emoji.tsv
}

@test "extract-entities: stream: a BOM and CRLF line ends are tolerated" {
	need extract-entities
	check 0 '' extract-entities s-bom-crlf.tsv
}

@test "extract-entities: stream: CR-only line ends are a data error, not one long header (exit 1)" {
	need extract-entities
	check 1 'extract-entities: s-cr-only.tsv:1: bare CR at byte 24 (CR-only line ends?): lines end with LF, a CR in a field is written \r' extract-entities s-cr-only.tsv
}

@test "extract-entities: stream: a 0-byte file has no header (exit 1)" {
	need extract-entities
	check 1 'extract-entities: s-empty.tsv:0: empty input: no header line' extract-entities s-empty.tsv
}

@test "extract-entities: stream: random binary is a data error on line 1 (exit 1)" {
	need extract-entities
	check 1 'extract-entities: random.txt:1: invalid UTF-8 at byte 2' extract-entities random.txt
}

@test "extract-entities: stream: missing header: no text column (exit 1)" {
	need extract-entities
	check 1 "extract-entities: s-no-header.tsv:1: no 'text' column in the header" extract-entities s-no-header.tsv
}

@test "extract-entities: stream: a ragged row is a data error at its line (exit 1)" {
	need extract-entities
	check 1 'extract-entities: s-ragged.tsv:3: 3 fields, the header has 5' extract-entities s-ragged.tsv
}

@test "extract-entities: stream: a bad escape is a data error naming the column (exit 1)" {
	need extract-entities
	check 1 "extract-entities: s-bad-escape.tsv:2: bad escape in column 'text': only \\\\ \\t \\n \\r are allowed" extract-entities s-bad-escape.tsv
}

@test "extract-entities: stream: an unknown column is no error" {
	need extract-entities
	check 0 '' extract-entities s-unknown.tsv
}

@test "extract-entities: stream: a header only is an empty stream" {
	need extract-entities
	check 0 '' extract-entities s-header-only.tsv
	out_lines 1
}

@test "dedupe: invalid UTF-8 in a field is a data error at its line (exit 1)" {
	need dedupe
	check 1 'dedupe: invalid.tsv:2: invalid UTF-8 at byte 14' dedupe invalid.tsv
}

@test "dedupe: an overlong encoding in a field is invalid UTF-8 (exit 1)" {
	need dedupe
	check 1 'dedupe: overlong.tsv:2: invalid UTF-8 at byte 19' dedupe overlong.tsv
}

@test "dedupe: a NUL byte inside a field is read, not a crash" {
	need dedupe
	check 0 '' dedupe nul.tsv
}

@test "dedupe: a BOM at the start of a field" {
	need dedupe
	check 0 '' dedupe bom.tsv
}

@test "dedupe: escaped CRLF inside a field" {
	need dedupe
	check 0 '' dedupe crlf.tsv
}

@test "dedupe: escaped CRs inside a field" {
	need dedupe
	check 0 '' dedupe cronly.tsv
}

@test "dedupe: an empty text field" {
	need dedupe
	check 0 '' dedupe empty.tsv
}

@test "dedupe: a 30 MB field with no space" {
	need dedupe
	check 0 '' dedupe long.tsv
	out_lines 2
}

@test "dedupe: 200,000 repeated abbreviations" {
	need dedupe
	check 0 '' dedupe abbrev.tsv
	out_lines 2
}

@test "dedupe: a run of 200,000 !?" {
	need dedupe
	check 0 '' dedupe bangs.tsv
}

@test "dedupe: random binary in a field is a data error (exit 1)" {
	need dedupe
	check 1 'dedupe: random.tsv:2: invalid UTF-8 at byte 14' dedupe random.tsv
}

@test "dedupe: right-to-left and combining text" {
	need dedupe
	check 0 '' dedupe rtl.tsv
}

@test "dedupe: emoji" {
	need dedupe
	check 0 '' dedupe emoji.tsv
}

@test "dedupe: stream: a BOM and CRLF line ends are tolerated" {
	need dedupe
	check 0 '' dedupe s-bom-crlf.tsv
}

@test "dedupe: stream: CR-only line ends are a data error, not one long header (exit 1)" {
	need dedupe
	check 1 'dedupe: s-cr-only.tsv:1: bare CR at byte 24 (CR-only line ends?): lines end with LF, a CR in a field is written \r' dedupe s-cr-only.tsv
}

@test "dedupe: stream: a 0-byte file has no header (exit 1)" {
	need dedupe
	check 1 'dedupe: s-empty.tsv:0: empty input: no header line' dedupe s-empty.tsv
}

@test "dedupe: stream: random binary is a data error on line 1 (exit 1)" {
	need dedupe
	check 1 'dedupe: random.txt:1: invalid UTF-8 at byte 2' dedupe random.txt
}

@test "dedupe: stream: missing header: no text column (exit 1)" {
	need dedupe
	check 1 "dedupe: s-no-header.tsv:1: no 'text' column; the header has: d, 1, 0, 12, Hello world." dedupe s-no-header.tsv
}

@test "dedupe: stream: a ragged row is a data error at its line (exit 1)" {
	need dedupe
	check 1 'dedupe: s-ragged.tsv:3: 3 fields, the header has 5' dedupe s-ragged.tsv
}

@test "dedupe: stream: a bad escape is a data error naming the column (exit 1)" {
	need dedupe
	check 1 "dedupe: s-bad-escape.tsv:2: bad escape in column 'text': only \\\\ \\t \\n \\r are allowed" dedupe s-bad-escape.tsv
}

@test "dedupe: stream: an unknown column is no error and passes through" {
	need dedupe
	check 0 '' dedupe s-unknown.tsv
	out_has 'keep me'
}

@test "dedupe: stream: a header only is an empty stream" {
	need dedupe
	check 0 '' dedupe s-header-only.tsv
	out_lines 1
}

@test "tocsv: invalid UTF-8 in a field is a data error at its line (exit 1)" {
	need tocsv
	check 1 'tocsv: invalid.tsv:2: invalid UTF-8 at byte 14' tocsv invalid.tsv
}

@test "tocsv: an overlong encoding in a field is invalid UTF-8 (exit 1)" {
	need tocsv
	check 1 'tocsv: overlong.tsv:2: invalid UTF-8 at byte 19' tocsv overlong.tsv
}

@test "tocsv: a NUL byte inside a field is read, not a crash" {
	need tocsv
	check 0 '' tocsv nul.tsv
}

@test "tocsv: a BOM at the start of a field" {
	need tocsv
	check 0 '' tocsv bom.tsv
}

@test "tocsv: escaped CRLF inside a field" {
	need tocsv
	check 0 '' tocsv crlf.tsv
}

@test "tocsv: escaped CRs inside a field" {
	need tocsv
	check 0 '' tocsv cronly.tsv
}

@test "tocsv: an empty text field" {
	need tocsv
	check 0 '' tocsv empty.tsv
}

@test "tocsv: a 30 MB field with no space" {
	need tocsv
	check 0 '' tocsv long.tsv
	[ "$(wc -c <"$OUT")" -gt 30000000 ]
}

@test "tocsv: 200,000 repeated abbreviations" {
	need tocsv
	check 0 '' tocsv abbrev.tsv
}

@test "tocsv: a run of 200,000 !?" {
	need tocsv
	check 0 '' tocsv bangs.tsv
}

@test "tocsv: random binary in a field is a data error (exit 1)" {
	need tocsv
	check 1 'tocsv: random.tsv:2: invalid UTF-8 at byte 14' tocsv random.tsv
}

@test "tocsv: right-to-left and combining text" {
	need tocsv
	check 0 '' tocsv rtl.tsv
}

@test "tocsv: emoji" {
	need tocsv
	check 0 '' tocsv emoji.tsv
}

@test "tocsv: stream: a BOM and CRLF line ends are tolerated" {
	need tocsv
	check 0 '' tocsv s-bom-crlf.tsv
}

@test "tocsv: stream: CR-only line ends are a data error, not one long header (exit 1)" {
	need tocsv
	check 1 'tocsv: s-cr-only.tsv:1: bare CR at byte 24 (CR-only line ends?): lines end with LF, a CR in a field is written \r' tocsv s-cr-only.tsv
}

@test "tocsv: stream: a 0-byte file has no header (exit 1)" {
	need tocsv
	check 1 'tocsv: s-empty.tsv:0: empty input: no header line' tocsv s-empty.tsv
}

@test "tocsv: stream: random binary is a data error on line 1 (exit 1)" {
	need tocsv
	check 1 'tocsv: random.txt:1: invalid UTF-8 at byte 2' tocsv random.txt
}

@test "tocsv: stream: without its header the first record is taken for one" {
	need tocsv
	check 0 '' tocsv s-no-header.tsv
	out_lines 1
}

@test "tocsv: stream: a ragged row is a data error at its line (exit 1)" {
	need tocsv
	check 1 'tocsv: s-ragged.tsv:3: 3 fields, the header has 5' tocsv s-ragged.tsv
}

@test "tocsv: stream: a bad escape is a data error naming the column (exit 1)" {
	need tocsv
	check 1 "tocsv: s-bad-escape.tsv:2: bad escape in column 'text': only \\\\ \\t \\n \\r are allowed" tocsv s-bad-escape.tsv
}

@test "tocsv: stream: an unknown column is no error and passes through" {
	need tocsv
	check 0 '' tocsv s-unknown.tsv
	out_has 'keep me'
}

@test "tocsv: stream: a header only is an empty stream" {
	need tocsv
	check 0 '' tocsv s-header-only.tsv
	out_lines 1
}

@test "segment: cli: a missing file is reported, the others still processed (exit 1)" {
	need segment
	check 1 'segment: missing.txt: No such file or directory' segment missing.txt good.txt
	out_has Paris
}

@test "segment: cli: a directory given as a file (exit 1)" {
	need segment
	check 1 'segment: dir: Is a directory' segment dir
}

@test "segment: cli: a file that cannot be read, even by root (exit 1)" {
	need segment
	check 1 'segment: /proc/self/mem: Input/output error' segment /proc/self/mem
}

@test "segment: cli: a file without read permission (exit 1)" {
	need segment
	unreadable_root
	check 1 'segment: unreadable.txt: Permission denied' segment unreadable.txt good.txt
	out_has Paris
}

@test "segment: cli: a bad option is a usage error (exit 2)" {
	need segment
	check_bad_option segment
}

@test "tag: cli: a missing file is reported, the others still processed (exit 1)" {
	need tag
	check 1 'tag: missing.tsv: No such file or directory' tag missing.tsv good.tsv
	out_has Paris
}

@test "tag: cli: a directory given as a file (exit 1)" {
	need tag
	check 1 'tag: dir: Is a directory' tag dir
}

@test "tag: cli: a file that cannot be read, even by root (exit 1)" {
	need tag
	check 1 'tag: /proc/self/mem: Input/output error' tag /proc/self/mem
}

@test "tag: cli: a file without read permission (exit 1)" {
	need tag
	unreadable_root
	check 1 'tag: unreadable.tsv: Permission denied' tag unreadable.tsv good.tsv
	out_has Paris
}

@test "tag: cli: a bad option is a usage error (exit 2)" {
	need tag
	check_bad_option tag
}

@test "extract-entities: cli: a missing file is reported, the others still processed (exit 1)" {
	need extract-entities
	check 1 'extract-entities: missing.tsv: No such file or directory' extract-entities missing.tsv good.tsv
	out_has Paris
}

@test "extract-entities: cli: a directory given as a file (exit 1)" {
	need extract-entities
	check 1 'extract-entities: dir: Is a directory' extract-entities dir
}

@test "extract-entities: cli: a file that cannot be read, even by root (exit 1)" {
	need extract-entities
	check 1 'extract-entities: /proc/self/mem: Input/output error' extract-entities /proc/self/mem
}

@test "extract-entities: cli: a file without read permission (exit 1)" {
	need extract-entities
	unreadable_root
	check 1 'extract-entities: unreadable.tsv: Permission denied' extract-entities unreadable.tsv good.tsv
	out_has Paris
}

@test "extract-entities: cli: a bad option is a usage error (exit 2)" {
	need extract-entities
	check_bad_option extract-entities
}

@test "dedupe: cli: a missing file is reported, the others still processed (exit 1)" {
	need dedupe
	check 1 'dedupe: missing.tsv: No such file or directory' dedupe missing.tsv good.tsv
	out_has Paris
}

@test "dedupe: cli: a directory given as a file (exit 1)" {
	need dedupe
	check 1 'dedupe: dir: Is a directory' dedupe dir
}

@test "dedupe: cli: a file that cannot be read, even by root (exit 1)" {
	need dedupe
	check 1 'dedupe: /proc/self/mem: Input/output error' dedupe /proc/self/mem
}

@test "dedupe: cli: a file without read permission (exit 1)" {
	need dedupe
	unreadable_root
	check 1 'dedupe: unreadable.tsv: Permission denied' dedupe unreadable.tsv good.tsv
	out_has Paris
}

@test "dedupe: cli: a bad option is a usage error (exit 2)" {
	need dedupe
	check_bad_option dedupe
}

@test "tocsv: cli: a missing file is reported, the others still processed (exit 1)" {
	need tocsv
	check 1 'tocsv: missing.tsv: No such file or directory' tocsv missing.tsv good.tsv
	out_has Paris
}

@test "tocsv: cli: a directory given as a file (exit 1)" {
	need tocsv
	check 1 'tocsv: dir: Is a directory' tocsv dir
}

@test "tocsv: cli: a file that cannot be read, even by root (exit 1)" {
	need tocsv
	check 1 'tocsv: /proc/self/mem: Input/output error' tocsv /proc/self/mem
}

@test "tocsv: cli: a file without read permission (exit 1)" {
	need tocsv
	unreadable_root
	check 1 'tocsv: unreadable.tsv: Permission denied' tocsv unreadable.tsv good.tsv
	out_has Paris
}

@test "tocsv: cli: a bad option is a usage error (exit 2)" {
	need tocsv
	check_bad_option tocsv
}

@test "segment: resources: | head -1 ends quietly on a large input" {
	need segment
	check_head segment long.txt
}

@test "segment: resources: a full disk (> /dev/full) is a write error (exit 1)" {
	need segment
	run --separate-stderr bash -c '"$1" "$2" >/dev/full' _ segment good.txt
	[ "$status" -eq 1 ]
	[ "${stderr%%$'\n'*}" = "segment: write error: No space left on device" ]
}

@test "tag: resources: | head -1 ends quietly on a large input" {
	need tag
	check_head tag abbrev.tsv
}

@test "tag: resources: a full disk (> /dev/full) is a write error (exit 1)" {
	need tag
	run --separate-stderr bash -c '"$1" "$2" >/dev/full' _ tag good.tsv
	[ "$status" -eq 1 ]
	[ "${stderr%%$'\n'*}" = "tag: write error: No space left on device" ]
}

@test "extract-entities: resources: | head -1 ends quietly on a large input" {
	need extract-entities
	check_head extract-entities abbrev.tsv
}

@test "extract-entities: resources: a full disk (> /dev/full) is a write error (exit 1)" {
	need extract-entities
	run --separate-stderr bash -c '"$1" "$2" >/dev/full' _ extract-entities good.tsv
	[ "$status" -eq 1 ]
	[ "${stderr%%$'\n'*}" = "extract-entities: write error: No space left on device" ]
}

@test "dedupe: resources: | head -1 ends quietly on a large input" {
	need dedupe
	check_head dedupe long.tsv
}

@test "dedupe: resources: a full disk (> /dev/full) is a write error (exit 1)" {
	need dedupe
	run --separate-stderr bash -c '"$1" "$2" >/dev/full' _ dedupe good.tsv
	[ "$status" -eq 1 ]
	[ "${stderr%%$'\n'*}" = "dedupe: write error: No space left on device" ]
}

@test "tocsv: resources: | head -1 ends quietly on a large input" {
	need tocsv
	check_head tocsv abbrev.tsv
}

@test "tocsv: resources: a full disk (> /dev/full) is a write error (exit 1)" {
	need tocsv
	run --separate-stderr bash -c '"$1" "$2" >/dev/full' _ tocsv good.tsv
	[ "$status" -eq 1 ]
	[ "${stderr%%$'\n'*}" = "tocsv: write error: No space left on device" ]
}

@test "extract-entities: rules: a catastrophic user regex is stopped and reported once, not per sentence" {
	need extract-entities
	check 0 "extract-entities: catastrophic.rules:1: match limit exceeded; this rule gives up on such sentences (reported once)" \
	    extract-entities -r catastrophic.rules aaa.tsv
	[ "$(printf '%s\n' "$stderr" | wc -l)" -eq 1 ]
	out_lines 1
}

# ---- limits: what one hostile document or line may make a filter hold ----

@test "segment: limits: a document over --max-doc is refused naming file, line and limit; the next is still segmented (exit 1)" {
	need segment
	check 1 'segment: long.txt:1: document larger than 1048576 bytes (--max-doc); not segmented' \
	    segment --max-doc 1M long.txt good.txt
	out_has Paris
}

@test "segment: limits: a CSV record over --max-doc is refused at the line it began (exit 1)" {
	need segment
	{ printf 'id,text\n1,ok first.\n2,"'; head -c 200000 long.txt; printf '"\n'; } >"$BATS_TEST_TMPDIR/big.csv"
	check 1 "segment: $BATS_TEST_TMPDIR/big.csv:3: record larger than 102400 bytes (--max-doc); the rest of the file is not read" \
	    segment --csv --max-doc 100K "$BATS_TEST_TMPDIR/big.csv"
	out_has 'ok first.'
}

@test "segment: limits: --max-doc 0 lifts the limit; a bad size is a usage error (exit 2)" {
	need segment
	check 0 '' segment --max-doc 0 good.txt
	out_has Paris
	check 2 'segment: bad size "12X" for --max-doc' segment --max-doc 12X good.txt
}

@test "stream readers: limits: a line over 256 MiB is a data error naming file and line (exit 1)" {
	local f="$BATS_TEST_TMPDIR/huge.tsv" t
	{ printf 'doc\tsent\tstart\tend\ttext\n'; head -c 268435460 /dev/zero | tr '\0' a; printf '\n'; } >"$f"
	for t in tag extract-entities dedupe tocsv; do
		[ -x "$QUARRY_BIN/$t" ] || continue
		check 1 "$t: $f:2: line longer than 268435456 bytes (the limit, see quarry(7))" "$t" "$f"
	done
}
