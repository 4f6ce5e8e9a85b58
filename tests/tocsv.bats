#!/usr/bin/env bats
# tocsv: record stream in, RFC 4180 CSV out.  Every output is read back
# by csvcells (tests/lib/csvcells.c, libcsv's parser), field for field.

load helpers
bats_require_minimum_version 1.5.0

setup() {
	T="$BATS_TEST_TMPDIR"
}

# csvcells [-d DELIM] FILE (tests/lib/csvcells.c) prints the rows of a
# CSV file as read by libcsv in strict mode, a BOM skipped: one line a
# row, cells TAB-separated, \ TAB LF CR in them written \\ \t \n \r.

@test "plain cells are written without quotes" {
	printf 'doc\tsent\ttext\na.txt\t1\tHello world.\n' >"$T/in.tsv"
	run tocsv "$T/in.tsv"
	assert_success
	assert_output $'doc,sent,text\na.txt,1,Hello world.'
}

@test "a cell is quoted only for comma, quote, CR, LF or edge spaces" {
	printf 'a\tb\tc\td\te\tf\tg\n' >"$T/in.tsv"
	printf 'x,y\tsay "hi"\tone\\rtwo\tone\\ntwo\t lead\ttrail \tmid dle\n' >>"$T/in.tsv"
	tocsv "$T/in.tsv" >"$T/out.csv"
	run sed -n 2p "$T/out.csv"
	assert_output '"x,y","say ""hi""","one'$'\r''two","one'
	run csvcells "$T/out.csv"
	assert_output $'a\tb\tc\td\te\tf\tg\nx,y\tsay "hi"\tone\\rtwo\tone\\ntwo\t lead\ttrail \tmid dle'
}

@test "embedded newlines and tabs survive the round trip" {
	printf 'text\nline one\\nline two\\n\\nafter a blank line\ncol\\tcol\\\\back\n' >"$T/in.tsv"
	tocsv "$T/in.tsv" >"$T/out.csv"
	run csvcells "$T/out.csv"
	assert_output $'text\nline one\\nline two\\n\\nafter a blank line\ncol\\tcol\\\\back'
}

@test "a row whose only cell is empty is written as \"\" and read back" {
	printf 'text\n\nx\n' >"$T/in.tsv"
	run tocsv "$T/in.tsv"
	assert_output $'text\n""\nx'
	tocsv "$T/in.tsv" >"$T/out.csv"
	run csvcells "$T/out.csv"
	assert_output $'text\n\nx'
}

@test "empty cells among others stay unquoted" {
	printf 'a\tb\tc\n\t\t\n' >"$T/in.tsv"
	run tocsv "$T/in.tsv"
	assert_output $'a,b,c\n,,'
}

@test "UTF-8 text passes through byte for byte" {
	printf 'text\nCittà «Ñandú» — 東京 😀\n' >"$T/in.tsv"
	tocsv "$T/in.tsv" >"$T/out.csv"
	run csvcells "$T/out.csv"
	assert_output $'text\nCittà «Ñandú» — 東京 😀'
}

@test "formula guard prefixes ' to every formula trigger" {
	printf 'v\n=1+1\n+A1\n-A1\n@SUM(A1)\n\\tx\n\\rx\n\\nx\n' >"$T/in.tsv"
	printf '  =1\n\xc2\xa0=1\n \xc2\xa0 @x\n' >>"$T/in.tsv"
	printf '＝1+1\n＋A1\n－A1\n＠SUM(A1)\n' >>"$T/in.tsv"
	tocsv "$T/in.tsv" >"$T/out.csv"
	run csvcells "$T/out.csv"
	assert_output $'v\n\'=1+1\n\'+A1\n\'-A1\n\'@SUM(A1)\n\'\\tx\n\'\\rx\n\'\\nx\n\'  =1\n\'\xc2\xa0=1\n\' \xc2\xa0 @x\n\'\xef\xbc\x9d1+1\n\'\xef\xbc\x8bA1\n\'\xef\xbc\x8dA1\n\'\xef\xbc\xa0SUM(A1)'
}

@test "formula guard exempts plain numbers but not expressions" {
	printf 'v\n-2\n+3.5\n-0.25\n-.5\n+1e5\n-1E-3\n 42\n-2+3\n-\n+\n-1e\n--2\n-2 \n' >"$T/in.tsv"
	tocsv "$T/in.tsv" >"$T/out.csv"
	run csvcells "$T/out.csv"
	assert_output $'v\n-2\n+3.5\n-0.25\n-.5\n+1e5\n-1E-3\n 42\n\'-2+3\n\'-\n\'+\n\'-1e\n\'--2\n\'-2 '
}

@test "formula guard leaves harmless cells alone" {
	printf 'v\na=b\nx@y.org\n\xc2\xa0plain\n(=1)\n' >"$T/in.tsv"
	tocsv "$T/in.tsv" >"$T/out.csv"
	run csvcells "$T/out.csv"
	assert_output $'v\na=b\nx@y.org\n\xc2\xa0plain\n(=1)'
}

@test "formula guard applies to header cells" {
	printf '=cmd\tok\tx\n1\t2\t3\n' >"$T/in.tsv"
	run tocsv "$T/in.tsv"
	assert_output $'\'=cmd,ok,x\n1,2,3'
}

@test "formula guard keeps a guarded cell correctly quoted" {
	printf 'v\n=HYPERLINK("http://x",  "y")\n' >"$T/in.tsv"
	run tocsv "$T/in.tsv"
	assert_output $'v\n"\'=HYPERLINK(""http://x"",  ""y"")"'
}

@test "--raw turns the formula guard off" {
	printf '=h\n=1+1\n@x\n-A1\n' >"$T/in.tsv"
	tocsv --raw "$T/in.tsv" >"$T/out.csv"
	run csvcells "$T/out.csv"
	assert_output $'=h\n=1+1\n@x\n-A1'
}

@test "--excel writes a UTF-8 BOM and CRLF line ends, keeps embedded LF" {
	printf 'a\tb\nx\tone\\ntwo\n' >"$T/in.tsv"
	tocsv --excel "$T/in.tsv" >"$T/out.csv"
	printf '\357\273\277a,b\r\nx,"one\ntwo"\r\n' | cmp - "$T/out.csv"
	run csvcells "$T/out.csv"
	assert_output $'a\tb\nx\tone\\ntwo'
}

@test "--excel with --no-header still starts with the BOM" {
	printf 'a\nx\n' >"$T/in.tsv"
	tocsv --excel --no-header "$T/in.tsv" >"$T/out.csv"
	printf '\357\273\277x\r\n' | cmp - "$T/out.csv"
}

@test "-d ';' separates with semicolons and quotes them, not commas" {
	printf 'a\tb\n1,5\tx;y\n' >"$T/in.tsv"
	run tocsv -d ';' "$T/in.tsv"
	assert_output $'a;b\n1,5;"x;y"'
	tocsv --delimiter=';' "$T/in.tsv" >"$T/out.csv"
	run csvcells -d ';' "$T/out.csv"
	assert_output $'a\tb\n1,5\tx;y'
}

@test "-d '\\t' writes tab-separated cells, quoting embedded tabs" {
	printf 'a\tb\nx\\ty\tz\n' >"$T/in.tsv"
	run tocsv -d '\t' "$T/in.tsv"
	assert_output $'a\tb\n"x\ty"\tz'
}

@test "-d rejects what cannot be a delimiter (exit 2)" {
	for d in '' ab '"' "$(printf '\xc3\xa9')"; do
		run tocsv -d "$d" /dev/null
		assert_failure 2
		assert_output --partial 'tocsv: -d:'
	done
}

@test "-f selects and orders columns by name" {
	printf 'doc\tsent\ttext\tstart\na\t1\tHi.\t0\nb\t2\tYo.\t4\n' >"$T/in.tsv"
	run tocsv -f text,doc "$T/in.tsv"
	assert_success
	assert_output $'text,doc\nHi.,a\nYo.,b'
}

@test "-f may repeat a column" {
	printf 'a\tb\n1\t2\n' >"$T/in.tsv"
	run tocsv -f b,a,b "$T/in.tsv"
	assert_output $'b,a,b\n2,1,2'
}

@test "-f with an unknown column is a data error (exit 1) naming it" {
	printf 'doc\ttext\na\tHi.\n' >"$T/in.tsv"
	run --separate-stderr tocsv -f text,nope "$T/in.tsv"
	assert_failure 1
	[ "$stderr" = "tocsv: $T/in.tsv:1: -f: no column 'nope' in the header" ]
}

@test "-f with an empty name is a usage error (exit 2)" {
	run tocsv -f 'a,,b' /dev/null
	assert_failure 2
	assert_output 'tocsv: -f: empty column name in the list'
}

@test "--no-header leaves out the header row" {
	printf 'a\tb\n1\t2\n' >"$T/in.tsv"
	run tocsv --no-header "$T/in.tsv"
	assert_output '1,2'
}

@test "several inputs give one header and all their records" {
	printf 'doc\ttext\na\tone\n' >"$T/1.tsv"
	printf 'doc\ttext\nb\ttwo\nc\tthree\n' >"$T/2.tsv"
	run tocsv "$T/1.tsv" "$T/2.tsv"
	assert_success
	assert_output $'doc,text\na,one\nb,two\nc,three'
}

@test "several inputs are matched by column name, not position" {
	printf 'doc\ttext\na\tone\n' >"$T/1.tsv"
	printf 'text\tdoc\ntwo\tb\n' >"$T/2.tsv"
	run tocsv "$T/1.tsv" "$T/2.tsv"
	assert_success
	assert_output $'doc,text\na,one\nb,two'
}

@test "an input with other columns than the first is an error (exit 1)" {
	printf 'doc\ttext\na\tone\n' >"$T/1.tsv"
	printf 'doc\tsent\nb\t1\n' >"$T/2.tsv"
	run --separate-stderr tocsv "$T/1.tsv" "$T/2.tsv"
	assert_failure 1
	[ "$stderr" = "tocsv: $T/2.tsv:1: no column 'text', which the first input ($T/1.tsv) has" ]
	printf 'doc\ttext\tx\nb\t1\t2\n' >"$T/3.tsv"
	run --separate-stderr tocsv "$T/1.tsv" "$T/3.tsv"
	assert_failure 1
	[ "$stderr" = "tocsv: $T/3.tsv:1: 3 columns, the first input ($T/1.tsv) has 2" ]
}

@test "a missing input is reported, the others still converted, exit 1" {
	printf 'doc\ttext\na\tone\n' >"$T/1.tsv"
	printf 'doc\ttext\nb\ttwo\n' >"$T/2.tsv"
	run --separate-stderr tocsv "$T/1.tsv" "$T/missing.tsv" "$T/2.tsv"
	assert_failure 1
	assert_output $'doc,text\na,one\nb,two'
	[ "$stderr" = "tocsv: $T/missing.tsv: No such file or directory" ]
}

@test "reads standard input without a file or with -" {
	run bash -c "printf 'a\n1\n' | tocsv"
	assert_output $'a\n1'
	run bash -c "printf 'a\n2\n' | tocsv -"
	assert_output $'a\n2'
}

@test "--help prints usage on stdout and exits 0; --version names quarry" {
	run --separate-stderr tocsv --help
	assert_success
	assert_line --index 0 --partial 'usage: tocsv'
	[ -z "$stderr" ]
	run tocsv -h
	assert_success
	run tocsv --version
	assert_success
	assert_output --regexp '^tocsv \(quarry\) [0-9]'
}

@test "an unknown option is a one-line usage error (exit 2)" {
	run --separate-stderr tocsv --bogus
	assert_failure 2
	[ "$stderr" = "tocsv: unknown option --bogus (see tocsv --help)" ]
	run --separate-stderr tocsv -d
	assert_failure 2
	[ "$stderr" = "tocsv: option -d needs an argument" ]
}

@test "golden: a sentences stream becomes the expected CSV" {
	run tocsv "$FIXTURES/tocsv/sentences.tsv"
	assert_success
	diff -u "$FIXTURES/tocsv/sentences.csv" <(tocsv "$FIXTURES/tocsv/sentences.tsv")
	diff -u "$FIXTURES/tocsv/sentences.excel.csv" <(tocsv --excel "$FIXTURES/tocsv/sentences.tsv")
}

@test "round trip: random cells read back exactly (raw) or marked (guard)" {
	# 2000 rows of three cells of 0 to 11 characters, drawn (by a fixed
	# linear congruential generator, the same every run) from ASCII
	# specials, digits, the escaped \ TAB LF CR, and NBSP, ＝, é, 東, 😀
	LC_ALL=C awk 'BEGIN {
		n = split("a b , ; \" \x27 = + - @ . 0 1 2 3 4 5 6 7 8 9", A, " ")
		A[++n] = " "; A[++n] = "\\\\"; A[++n] = "\\t"; A[++n] = "\\n"
		A[++n] = "\\r"; A[++n] = "\302\240"; A[++n] = "\357\274\235"
		A[++n] = "\303\251"; A[++n] = "\346\235\261"; A[++n] = "\360\237\230\200"
		x = 7
		print "a\tb\tc"
		for (r = 0; r < 2000; r++)
			for (c = 1; c <= 3; c++) {
				x = (x * 69069 + 1) % 4294967296
				len = int(x / 4294967296 * 12)
				for (i = 0; i < len; i++) {
					x = (x * 69069 + 1) % 4294967296
					printf "%s", A[1 + int(x / 4294967296 * n)]
				}
				printf c < 3 ? "\t" : "\n"
			}
	}' >"$T/in.tsv"
	tocsv --raw "$T/in.tsv" >"$T/raw.csv"
	# the stream's own escaping is csvcells': read back, the cells are the input
	csvcells "$T/raw.csv" | cmp - "$T/in.tsv"
	tocsv "$T/in.tsv" >"$T/guard.csv"
	# guarded: a cell whose first character after spaces and NBSPs is
	# = + - @ TAB CR LF or a fullwidth ＝ ＋ － ＠, and that is not a plain
	# number, gets a leading '; every other cell is read back as it was
	csvcells "$T/guard.csv" >"$T/guard.tsv"
	LC_ALL=C awk -F'\t' -v nbsp=$'\302\240' -v fw=$'\357\274\235|\357\274\213|\357\274\215|\357\274\240' '
	FNR == NR { src[FNR] = $0; n = FNR; next }
	{
		if (split(src[FNR], s, "\t") != NF) { print "row " FNR ": cells differ"; bad = 1; exit 1 }
		for (i = 1; i <= NF; i++) {
			t = s[i]
			while (sub("^( |" nbsp ")", "", t))
				;
			risky = t ~ ("^([-=+@]|\\\\[trn]|" fw ")") &&
			    t !~ /^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/
			if ($i != (risky ? "\x27" s[i] : s[i])) {
				print "row " FNR ": " s[i] " became " $i; bad = 1; exit 1
			}
			marked += risky
		}
	}
	END { if (bad) exit 1; if (FNR != n || marked <= 100) { print FNR " rows, " marked " marked"; exit 1 } }
	' "$T/in.tsv" "$T/guard.tsv"
}
