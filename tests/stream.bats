#!/usr/bin/env bats
# The record-stream contract (src/lib, quarry(7)) as every tool sees it,
# exercised through tocsv: malformed input is reported as
# "tool: FILE:LINE: what" with exit 1; "| head" ends quietly; a write
# error fails loudly.

load helpers
bats_require_minimum_version 1.5.0

setup() {
	T="$BATS_TEST_TMPDIR"
}

# fails_with FILE MESSAGE: tocsv FILE exits 1, prints only MESSAGE on
# stderr, and nothing at all on stdout.
fails_with() {
	run --separate-stderr tocsv "$1"
	assert_failure 1
	assert_output ''
	[ "$stderr" = "$2" ] || {
		echo "stderr: $stderr" >&2
		echo "want:   $2" >&2
		return 1
	}
}

@test "an empty input has no header: exit 1 naming the file" {
	: >"$T/empty.tsv"
	fails_with "$T/empty.tsv" "tocsv: $T/empty.tsv:0: empty input: no header line"
}

@test "an empty standard input has no header: exit 1" {
	run --separate-stderr tocsv </dev/null
	assert_failure 1
	[ "$stderr" = "tocsv: -:0: empty input: no header line" ]
}

@test "a ragged row is reported with its line (too few fields)" {
	printf 'a\tb\tc\n1\t2\t3\n1\t2\n' >"$T/in.tsv"
	fails_with "$T/in.tsv" "tocsv: $T/in.tsv:3: 2 fields, the header has 3"
}

@test "a ragged row is reported with its line (too many fields)" {
	printf 'a\tb\n1\t2\t3\n' >"$T/in.tsv"
	fails_with "$T/in.tsv" "tocsv: $T/in.tsv:2: 3 fields, the header has 2"
}

@test "a bad escape is reported with its line and column" {
	printf 'doc\ttext\na\tok\nb\tC:\\\\dir\\x\n' >"$T/in.tsv"
	fails_with "$T/in.tsv" "tocsv: $T/in.tsv:3: bad escape in column 'text': only \\\\ \\t \\n \\r are allowed"
}

@test "invalid UTF-8 is reported with its line and byte: overlong form" {
	printf 'text\nfine\nbad \xc0\xaf here\n' >"$T/in.tsv"
	fails_with "$T/in.tsv" "tocsv: $T/in.tsv:3: invalid UTF-8 at byte 5"
}

@test "invalid UTF-8 is reported: UTF-16 surrogate" {
	printf 'text\n\xed\xa0\x80\n' >"$T/in.tsv"
	fails_with "$T/in.tsv" "tocsv: $T/in.tsv:2: invalid UTF-8 at byte 1"
}

@test "invalid UTF-8 is reported: Latin-1 text" {
	printf 'text\ncaf\xe9\n' >"$T/in.tsv"
	fails_with "$T/in.tsv" "tocsv: $T/in.tsv:2: invalid UTF-8 at byte 4"
}

@test "a duplicate header column is reported" {
	printf 'doc\ttext\tdoc\n' >"$T/in.tsv"
	fails_with "$T/in.tsv" "tocsv: $T/in.tsv:1: header: column 'doc' appears twice"
}

@test "an empty column name is reported" {
	printf 'doc\t\ttext\n' >"$T/in.tsv"
	fails_with "$T/in.tsv" "tocsv: $T/in.tsv:1: header: column 2 has no name"
}

@test "CRLF line ends are accepted and dropped" {
	printf 'a\tb\r\nx\ty\r\n' >"$T/in.tsv"
	run tocsv "$T/in.tsv"
	assert_success
	assert_output $'a,b\nx,y'
}

@test "a missing trailing newline loses nothing" {
	printf 'a\tb\nx\ty\nlast\tline' >"$T/in.tsv"
	run tocsv "$T/in.tsv"
	assert_success
	assert_output $'a,b\nx,y\nlast,line'
}

@test "a UTF-8 byte order mark before the header is not part of a name" {
	printf '\xef\xbb\xbfdoc\ttext\na\tb\n' >"$T/in.tsv"
	run tocsv -f doc "$T/in.tsv"
	assert_success
	assert_output $'doc\na'
}

@test "a header-only stream gives just the header" {
	printf 'doc\ttext\n' >"$T/in.tsv"
	run tocsv "$T/in.tsv"
	assert_success
	assert_output 'doc,text'
}

@test "| head -1 ends quietly with exit 0" {
	awk 'BEGIN {
		print "doc\ttext"
		for (i = 0; i < 300000; i++)
			printf "d%d\tsome sentence text number %d\n", i, i
	}' >"$T/big.tsv"
	run --separate-stderr bash -c 'set -o pipefail; tocsv "$1" | head -1' _ "$T/big.tsv"
	assert_success
	assert_output 'doc,text'
	[ -z "$stderr" ]
}

@test "> /dev/full fails loudly with exit 1" {
	[ -w /dev/full ] || skip "/dev/full is absent"
	printf 'a\nx\n' >"$T/in.tsv"
	run --separate-stderr bash -c 'tocsv "$1" >/dev/full' _ "$T/in.tsv"
	assert_failure 1
	[ "$stderr" = "tocsv: write error: No space left on device" ]
}

@test "--version > /dev/full fails loudly with exit 1" {
	[ -w /dev/full ] || skip "/dev/full is absent"
	run --separate-stderr bash -c 'tocsv --version >/dev/full'
	assert_failure 1
	[ "$stderr" = "tocsv: write error" ]
}
