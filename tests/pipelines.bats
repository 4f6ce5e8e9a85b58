#!/usr/bin/env bats
# The named pipelines: sentences and analyze.

load helpers

setup() {
	cd "$BATS_TEST_TMPDIR"
}

@test "sentences: a seed article becomes CSV whose every text is its source span" {
	run sentences "$FIXTURES/articles/004_a5f62a1bf84a2da8.txt"
	assert_success
	printf '%s\n' "$output" >s.csv
	run head -1 s.csv
	assert_output "doc,para,sent,role,start,end,text,title,date"
	run python3 "$QUARRY_TOP/tests/lib/csvcheck.py" s.csv /
	assert_success
	assert_output 21
}

@test "sentences: reads one article from standard input, doc is - (guarded as '-)" {
	run sh -c 'printf "Hello World. My name is Jonas.\n" | sentences'
	assert_success
	assert_line --index 1 "'-,1,1,body,0,12,Hello World.,,"
	assert_line --index 2 "'-,1,2,body,13,30,My name is Jonas.,,"
}

@test "sentences: file names with spaces and quotes are kept whole" {
	cp "$FIXTURES/articles/004_a5f62a1bf84a2da8.txt" "it's an article.txt"
	run sentences "it's an article.txt"
	assert_success
	assert_line --index 1 --partial "it's an article.txt,1,1,boilerplate,0,11,top of page"
}

@test "sentences: text files and article CSVs mix under one header" {
	run sentences "$FIXTURES/articles/004_a5f62a1bf84a2da8.txt" "$FIXTURES/articles/wikinews-2019-sample.csv"
	assert_success
	[ "$(printf '%s\n' "$output" | grep -c '^doc,')" -eq 1 ]
	assert_line --partial 'https://en.wikinews.org//wiki/Magnitogorsk'
}

@test "sentences: a missing file fails the pipeline, the other files still come out" {
	run sentences nosuch.txt "$FIXTURES/articles/004_a5f62a1bf84a2da8.txt"
	assert_failure 1
	assert_line --partial 'nosuch.txt'
	assert_line --partial 'top of page'
}

@test "sentences: formula-like text is guarded in the CSV" {
	printf '=1+1 is not a formula.\n' >f.txt
	run sentences f.txt
	assert_success
	assert_line --index 1 --partial ",'=1+1 is not a formula."
}

@test "sentences: --excel writes a BOM and CRLF" {
	sentences --excel "$FIXTURES/articles/004_a5f62a1bf84a2da8.txt" >x.csv
	run sh -c "head -c 3 x.csv | od -An -tx1"
	assert_output ' ef bb bf'
	run grep -c $'\r$' x.csv
	assert_output 22
}

@test "sentences: --help and a bad option" {
	run sentences --help
	assert_success
	assert_line --index 0 --partial 'usage: sentences'
	run sentences --bogus
	assert_failure 2
}

@test "analyze: a folder of articles gives sentences.csv, atomically, no temporaries left" {
	mkdir in
	cp "$FIXTURES"/articles/*.txt "$FIXTURES"/articles/*.csv in/
	run analyze -o out in
	assert_success
	[ -s out/sentences.csv ]
	run python3 -c 'import csv,sys; print(len(list(csv.reader(open(sys.argv[1], newline="")))))' out/sentences.csv
	[ "$output" -gt 100 ]
	run ls -A out
	assert_output sentences.csv
}

@test "analyze: nothing to read is an error, the old table stays" {
	mkdir empty out
	echo keep >out/sentences.csv
	run analyze -o out empty
	assert_failure 1
	assert_output --partial 'no .txt or .csv articles'
	run cat out/sentences.csv
	assert_output keep
}

@test "analyze: an input with invalid UTF-8 fails the run and the previous table stays" {
	mkdir in out
	echo keep >out/sentences.csv
	printf 'bad \377 byte\n' >in/a.txt
	run analyze -o out in
	assert_failure 1
	assert_line --partial 'in/a.txt:1: invalid UTF-8'
	run cat out/sentences.csv
	assert_output keep
	run ls -A out
	assert_output sentences.csv
}
