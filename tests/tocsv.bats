#!/usr/bin/env bats
# tocsv: record stream in, RFC 4180 CSV out.  Every output is read back
# with Python's csv module, field for field.

load helpers
bats_require_minimum_version 1.5.0

setup() {
	T="$BATS_TEST_TMPDIR"
}

# csv_rows FILE [DELIM [ascii]]: the rows of a CSV file as JSON, read by
# Python's csv module (a BOM is stripped by utf-8-sig); with "ascii",
# non-ASCII characters are shown as \uXXXX.
csv_rows() {
	python3 -c '
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2], strict=True)),
                     ensure_ascii=sys.argv[3] == "ascii"))' "$1" "${2:-,}" "${3:-}"
}

# bytes_of FILE: the exact bytes of a file, as a Python bytes literal.
bytes_of() {
	python3 -c 'import sys; print(open(sys.argv[1], "rb").read())' "$1"
}

# tsv_rows FILE: the records of a quarry stream as JSON, unescaped.
tsv_rows() {
	python3 -c '
import json, re, sys
esc = {"\\\\": "\\", "\\t": "\t", "\\n": "\n", "\\r": "\r"}
rows = []
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    for line in f.read().split("\n"):
        if line == "":
            continue
        rows.append([re.sub(r"\\[\\tnr]", lambda m: esc[m.group(0)], x)
                     for x in line.split("\t")])
print(json.dumps(rows, ensure_ascii=False))' "$1"
}

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
	run csv_rows "$T/out.csv"
	assert_output '[["a", "b", "c", "d", "e", "f", "g"], ["x,y", "say \"hi\"", "one\rtwo", "one\ntwo", " lead", "trail ", "mid dle"]]'
}

@test "embedded newlines and tabs survive the round trip" {
	printf 'text\nline one\\nline two\\n\\nafter a blank line\ncol\\tcol\\\\back\n' >"$T/in.tsv"
	tocsv "$T/in.tsv" >"$T/out.csv"
	run csv_rows "$T/out.csv"
	assert_output '[["text"], ["line one\nline two\n\nafter a blank line"], ["col\tcol\\back"]]'
}

@test "a row whose only cell is empty is written as \"\" and read back" {
	printf 'text\n\nx\n' >"$T/in.tsv"
	run tocsv "$T/in.tsv"
	assert_output $'text\n""\nx'
	tocsv "$T/in.tsv" >"$T/out.csv"
	run csv_rows "$T/out.csv"
	assert_output '[["text"], [""], ["x"]]'
}

@test "empty cells among others stay unquoted" {
	printf 'a\tb\tc\n\t\t\n' >"$T/in.tsv"
	run tocsv "$T/in.tsv"
	assert_output $'a,b,c\n,,'
}

@test "UTF-8 text passes through byte for byte" {
	printf 'text\nCittà «Ñandú» — 東京 😀\n' >"$T/in.tsv"
	tocsv "$T/in.tsv" >"$T/out.csv"
	run csv_rows "$T/out.csv"
	assert_output '[["text"], ["Città «Ñandú» — 東京 😀"]]'
}

@test "formula guard prefixes ' to every formula trigger" {
	printf 'v\n=1+1\n+A1\n-A1\n@SUM(A1)\n\\tx\n\\rx\n\\nx\n' >"$T/in.tsv"
	printf '  =1\n\xc2\xa0=1\n \xc2\xa0 @x\n' >>"$T/in.tsv"
	printf '＝1+1\n＋A1\n－A1\n＠SUM(A1)\n' >>"$T/in.tsv"
	tocsv "$T/in.tsv" >"$T/out.csv"
	run csv_rows "$T/out.csv" , ascii
	assert_output '[["v"], ["'\''=1+1"], ["'\''+A1"], ["'\''-A1"], ["'\''@SUM(A1)"], ["'\''\tx"], ["'\''\rx"], ["'\''\nx"], ["'\''  =1"], ["'\''\u00a0=1"], ["'\'' \u00a0 @x"], ["'\''\uff1d1+1"], ["'\''\uff0bA1"], ["'\''\uff0dA1"], ["'\''\uff20SUM(A1)"]]'
}

@test "formula guard exempts plain numbers but not expressions" {
	printf 'v\n-2\n+3.5\n-0.25\n-.5\n+1e5\n-1E-3\n 42\n-2+3\n-\n+\n-1e\n--2\n-2 \n' >"$T/in.tsv"
	tocsv "$T/in.tsv" >"$T/out.csv"
	run csv_rows "$T/out.csv"
	assert_output '[["v"], ["-2"], ["+3.5"], ["-0.25"], ["-.5"], ["+1e5"], ["-1E-3"], [" 42"], ["'\''-2+3"], ["'\''-"], ["'\''+"], ["'\''-1e"], ["'\''--2"], ["'\''-2 "]]'
}

@test "formula guard leaves harmless cells alone" {
	printf 'v\na=b\nx@y.org\n\xc2\xa0plain\n(=1)\n' >"$T/in.tsv"
	tocsv "$T/in.tsv" >"$T/out.csv"
	run csv_rows "$T/out.csv" , ascii
	assert_output '[["v"], ["a=b"], ["x@y.org"], ["\u00a0plain"], ["(=1)"]]'
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
	run csv_rows "$T/out.csv"
	assert_output '[["=h"], ["=1+1"], ["@x"], ["-A1"]]'
}

@test "--excel writes a UTF-8 BOM and CRLF line ends, keeps embedded LF" {
	printf 'a\tb\nx\tone\\ntwo\n' >"$T/in.tsv"
	tocsv --excel "$T/in.tsv" >"$T/out.csv"
	run bytes_of "$T/out.csv"
	assert_output "b'\\xef\\xbb\\xbfa,b\\r\\nx,\"one\\ntwo\"\\r\\n'"
	run csv_rows "$T/out.csv"
	assert_output '[["a", "b"], ["x", "one\ntwo"]]'
}

@test "--excel with --no-header still starts with the BOM" {
	printf 'a\nx\n' >"$T/in.tsv"
	tocsv --excel --no-header "$T/in.tsv" >"$T/out.csv"
	run bytes_of "$T/out.csv"
	assert_output "b'\\xef\\xbb\\xbfx\\r\\n'"
}

@test "-d ';' separates with semicolons and quotes them, not commas" {
	printf 'a\tb\n1,5\tx;y\n' >"$T/in.tsv"
	run tocsv -d ';' "$T/in.tsv"
	assert_output $'a;b\n1,5;"x;y"'
	tocsv --delimiter=';' "$T/in.tsv" >"$T/out.csv"
	run csv_rows "$T/out.csv" ';'
	assert_output '[["a", "b"], ["1,5", "x;y"]]'
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
	python3 -c '
import random
random.seed(7)
alpha = list("ab ,;\"\x27=+-@.0123456789\\\t\n\r") + ["\u00a0", "\uff1d", "é", "東", "😀"]
def cell():
    return "".join(random.choice(alpha) for _ in range(random.randrange(0, 12)))
def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
with open("'"$T"'/in.tsv", "w", encoding="utf-8", newline="") as f:
    f.write("a\tb\tc\n")
    for _ in range(2000):
        f.write("\t".join(esc(cell()) for _ in range(3)) + "\n")
'
	tocsv --raw "$T/in.tsv" >"$T/raw.csv"
	[ "$(csv_rows "$T/raw.csv")" = "$(tsv_rows "$T/in.tsv")" ]
	tocsv "$T/in.tsv" >"$T/guard.csv"
	python3 -c '
import csv, re, sys
esc = {"\\\\": "\\", "\\t": "\t", "\\n": "\n", "\\r": "\r"}
src = [[re.sub(r"\\[\\tnr]", lambda m: esc[m.group(0)], x) for x in l.split("\t")]
       for l in open(sys.argv[1], encoding="utf-8", newline="").read().split("\n") if l]
out = list(csv.reader(open(sys.argv[2], encoding="utf-8", newline=""), strict=True))
assert len(src) == len(out), (len(src), len(out))
num = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\Z")
marked = 0
for s, o in zip(src, out):
    for a, b in zip(s, o):
        t = a.lstrip(" \u00a0")
        risky = t[:1] in ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20") and not num.match(t)
        assert b == ("\x27" + a if risky else a), (a, b)
        marked += risky
assert marked > 100, marked
' "$T/in.tsv" "$T/guard.csv"
}
