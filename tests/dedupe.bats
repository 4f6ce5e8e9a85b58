#!/usr/bin/env bats
# dedupe: exact, folded, near, counting, boilerplate and sharded runs.

load helpers

D="$FIXTURES/dedupe"

setup() {
	TMP="$BATS_TEST_TMPDIR"
}

@test "dedupe --help prints usage on stdout and exits 0" {
	run dedupe --help
	assert_success
	assert_line --index 0 --partial "usage: dedupe"
}

@test "dedupe --version names the tool" {
	run dedupe --version
	assert_success
	assert_output --partial "dedupe"
}

@test "dedupe rejects an unknown option with status 2" {
	run dedupe --bogus
	assert_failure 2
}

@test "dedupe rejects an unknown fold with status 2 and one line" {
	run dedupe -f case,colour "$D/fold.tsv"
	assert_failure 2
	assert_output "dedupe: -f: unknown fold in 'case,colour' (case, space, punct, unicode, all)"
}

@test "dedupe rejects a threshold outside 0..1" {
	run dedupe --near -t 1.5 "$D/fold.tsv"
	assert_failure 2
	run dedupe --near -t abc "$D/fold.tsv"
	assert_failure 2
}

@test "dedupe rejects -t without --near" {
	run dedupe -t 0.5 "$D/fold.tsv"
	assert_failure 2
}

@test "exact dedupe keeps the first of each key and drops the rest, like awk" {
	run dedupe "$D/site.tsv"
	assert_success
	# The key is the whole text field; empty keys are never duplicates.
	expected=$(awk -F'\t' 'NR == 1 || $2 == "" || !seen[$2]++' "$D/site.tsv")
	assert_output "$expected"
	[ "${#lines[@]}" -lt "$(wc -l < "$D/site.tsv")" ]
}

@test "without folding no variant of a key is a duplicate" {
	run dedupe -m "$D/fold.tsv"
	assert_success
	# dup_of (column 3) is empty on every row.
	[ -z "$(printf '%s\n' "$output" | awk -F'\t' 'NR > 1 && $3 != ""')" ]
}

@test "fold case: upper and lower case keys are duplicates" {
	run dedupe -m -f case "$D/fold.tsv"
	assert_success
	assert_output "$(cat "$D/fold-case.out")"
	assert_line --index 3 $'q\tTHE "QUOTED" WORD\t2\t2'
}

@test "fold space: runs of white space and NBSP fold to one space" {
	run dedupe -m -f space "$D/fold.tsv"
	assert_success
	assert_output "$(cat "$D/fold-space.out")"
	assert_line --index 4 $'q\t  The  \\t"quoted"  word \t2\t2'
}

@test "fold punct: curly quotes, dashes and ellipsis equal their ASCII forms" {
	run dedupe -m -f punct "$D/fold.tsv"
	assert_success
	assert_output "$(cat "$D/fold-punct.out")"
	assert_line --index 2 $'q\tThe "quoted" word\t1\t1'
	assert_line --index 6 $'q\tIt\'s an em-dash...\t5\t5'
}

@test "fold unicode: decomposed accents, ligatures, fullwidth and NBSP fold" {
	run dedupe -m -f unicode "$D/fold.tsv"
	assert_success
	assert_output "$(cat "$D/fold-unicode.out")"
	# cafe + COMBINING ACUTE ACCENT is café
	assert_line --index 8 $'u\tcafe\xcc\x81\t7\t7'
	assert_line --index 11 $'u\tfine\t10\t10'
}

@test "fold all combines every folding" {
	run dedupe -m -f all "$D/fold.tsv"
	assert_success
	assert_output "$(cat "$D/fold-all.out")"
}

@test "rows with an empty key are never duplicates of each other" {
	run dedupe -f space "$D/fold.tsv"
	assert_success
	[ "$(printf '%s\n' "$output" | grep -c '^e')" -eq 3 ]
}

@test "--dup-empty makes empty keys duplicates of the first empty one" {
	run dedupe -m -f space --dup-empty "$D/fold.tsv"
	assert_success
	assert_output "$(cat "$D/fold-space-dup-empty.out")"
}

@test "-k doc,text: the same line in two documents is not a duplicate" {
	run dedupe -k doc,text "$D/site.tsv"
	assert_success
	# Only repeats inside one document go ("Support SouthFront" twice in
	# each of two documents).  A key is empty only when all its columns
	# are, so empty lines of one document are duplicates here.
	expected=$(awk -F'\t' 'NR == 1 || !seen[$1 "\t" $2]++' "$D/site.tsv")
	assert_output "$expected"
}

@test "--by doc drops every record of a duplicate document" {
	{ cat "$D/near.tsv"; awk -F'\t' 'NR > 1 && $1 == "wikinews-2" { print "again\t" $2 }' "$D/near.tsv"; } >"$TMP/in.tsv"
	run dedupe --by doc "$TMP/in.tsv"
	assert_success
	assert_output "$(cat "$D/near.tsv")"
	run dedupe --by doc -m "$TMP/in.tsv"
	assert_success
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$1 == "again" && $3 == "wikinews-2" && $4 == "wikinews-2"' | wc -l)" -eq \
	  "$(grep -c '^again' "$TMP/in.tsv")" ]
}

@test "--by doc compares the text: one record or one per line is the same document" {
	{ cat "$D/near.tsv"
	  awk -F'\t' '$1 == "wikinews-2" { t = t (n++ ? "\\n" : "") $2 }
	      END { print "oneline\t" t }' "$D/near.tsv"; } >"$TMP/in.tsv"
	run dedupe --by doc "$TMP/in.tsv"
	assert_success
	assert_output "$(cat "$D/near.tsv")"
}

@test "--by doc -f space: a re-wrapped document is a duplicate" {
	# wikinews-2 again, its lines joined by spaces, blank lines dropped.
	{ cat "$D/near.tsv"
	  awk -F'\t' '$1 == "wikinews-2" && $2 != "" { t = t (n++ ? " " : "") $2 }
	      END { print "rewrapped\t" t }' "$D/near.tsv"; } >"$TMP/in.tsv"
	run dedupe --by doc "$TMP/in.tsv"
	assert_success
	assert_line --partial "rewrapped"
	run dedupe --by doc -f space "$TMP/in.tsv"
	assert_success
	assert_output "$(cat "$D/near.tsv")"
}

@test "--by doc refuses a document whose records are not together" {
	printf 'doc\ttext\na\tx\nb\ty\na\tz\n' >"$TMP/in.tsv"
	run dedupe --by doc "$TMP/in.tsv"
	assert_failure 1
	assert_line --partial "in.tsv:4: document 'a' appears again after other documents"
}

@test "--count gives one record per key with its count and documents" {
	run dedupe -c "$D/site.tsv"
	assert_success
	assert_output "$(cat "$D/site-count.out")"
	assert_line $'Support SouthFront\t4\t2'
	assert_line --index 0 $'text\tcount\tdocs'
}

@test "--count reads standard input twice through a spool" {
	run sh -c "cat '$D/site.tsv' | dedupe -c"
	assert_success
	assert_output "$(cat "$D/site-count.out")"
}

@test "--count with two key columns names both in the header" {
	run dedupe -c -k doc,text "$D/site.tsv"
	assert_success
	assert_line --index 0 $'doc\ttext\tcount\tdocs'
	assert_line $'000_00ead3c6dcb612e8.txt\tSupport SouthFront\t2\t1'
}

@test "--min-docs 2 drops the site's boilerplate lines from every document" {
	run dedupe --min-docs 2 "$D/site.tsv"
	assert_success
	assert_output "$(cat "$D/site-min-docs.out")"
	refute_line --partial "Support SouthFront"
	refute_line --partial "JUNE 2023"
	assert_line --partial "Russia to step up cooperation with China"
}

@test "--min-docs with --mark keeps every record and adds docs, boilerplate" {
	run dedupe --min-docs 2 -m "$D/site.tsv"
	assert_success
	assert_output "$(cat "$D/site-min-docs-mark.out")"
	assert_line $'southfront-2\tSupport SouthFront\t2\t1'
	[ "${#lines[@]}" -eq "$(wc -l < "$D/site.tsv")" ]
}

# keep_copies_stream: three documents that share a story (two long
# paragraphs, a title) and a short banner, and a fourth with only the
# banner and a story of its own.
keep_copies_stream() {
	story1='The council voted on Tuesday to approve the wind farm off the northern coast, despite objections.'
	story2='Anglers say the turbines will harm the fish stocks that the town has relied on for a century.'
	printf 'doc\tpara\trole\ttext\n'
	for d in a b c; do
		printf '%s\t1\tbody\tSign up for our newsletter\n' "$d"
		printf '%s\t2\ttitle\tWind farm approved\n' "$d"
		printf '%s\t3\tbody\t%s\n' "$d" "$story1"
		printf '%s\t4\tbody\t%s\n' "$d" "$story2"
	done
	printf 'd\t1\tbody\tSign up for our newsletter\n'
	printf 'd\t2\tbody\tA story of its own, long enough to be prose in this test of the rule.\n'
}

@test "--keep-copies: a story on three sites stays unmarked, their shared banner stays marked" {
	keep_copies_stream >"$TMP/copies.tsv"
	run dedupe --min-docs 3 -m "$TMP/copies.tsv"
	assert_line --regexp $'^a\t3\tbody\tThe council .*\t3\t1$'
	run dedupe --min-docs 3 -m --keep-copies "$TMP/copies.tsv"
	assert_success
	[ "${#lines[@]}" -eq 15 ]
	assert_line --index 0 $'doc\tpara\trole\ttext\tdocs\tboilerplate'
	for d in a b c; do
		assert_line --regexp "^$d"$'\t2\ttitle\tWind farm approved\t3\t0$'
		assert_line --regexp "^$d"$'\t3\tbody\tThe council .*\t3\t0$'
		assert_line --regexp "^$d"$'\t4\tbody\tAnglers .*\t3\t0$'
		# (a banner is no story: a body row, but its paragraph is short
		# and the document a copy all the same; it is unmarked too)
		assert_line --regexp "^$d"$'\t1\tbody\tSign up for our newsletter\t4\t0$'
	done
	assert_line $'d\t1\tbody\tSign up for our newsletter\t4\t1'
	assert_line --regexp $'^d\t2\tbody\tA story .*\t1\t0$'
}

@test "--keep-copies: a document whose marked paragraphs are half its prose or less keeps its marks" {
	keep_copies_stream | awk -F'\t' '$1 != "d"' >"$TMP/base.tsv"
	# d: the story's first paragraph, marked, and one of its own
	story1=$(awk -F'\t' '$1 == "a" && $2 == 3 { print $4 }' "$TMP/base.tsv")
	own=$(printf '%s' "$story1" | tr 'a-z' 'b-za')
	{ cat "$TMP/base.tsv"; printf 'd\t1\tbody\t%s\nd\t2\tbody\t%s\n' "$story1" "$own"; } >"$TMP/half.tsv"
	run dedupe --min-docs 4 -m --keep-copies "$TMP/half.tsv"
	assert_success
	assert_line --regexp $'^d\t1\tbody\tThe council .*\t4\t1$'
	# its own paragraph a byte shorter: the marked one is more than half
	{ cat "$TMP/base.tsv"; printf 'd\t1\tbody\t%s\nd\t2\tbody\t%s\n' "$story1" "${own%?}"; } >"$TMP/more.tsv"
	run dedupe --min-docs 4 -m --keep-copies "$TMP/more.tsv"
	assert_success
	assert_line --regexp $'^d\t1\tbody\tThe council .*\t4\t0$'
}

@test "--keep-copies needs --min-docs -m, and para, role and text columns" {
	run dedupe --keep-copies "$D/site.tsv"
	assert_failure 2
	assert_output --partial "--keep-copies goes with --min-docs N -m"
	run dedupe --min-docs 2 --keep-copies "$D/site.tsv"
	assert_failure 2
	run dedupe --min-docs 2 -m --keep-copies "$D/site.tsv"
	assert_failure 1
	assert_output --regexp "^dedupe: $D/site.tsv:1: no 'para' column; the header has: "
}

@test "--near --by doc drops the planted scraped copy and nothing else" {
	run dedupe --near --by doc "$D/near.tsv"
	assert_success
	assert_output "$(grep -v '^copy-of-000.txt' "$D/near.tsv")"
}

@test "--near --mark names the original and a similarity; same-story article unmatched" {
	run dedupe --near --by doc -m "$D/near.tsv"
	assert_success
	assert_output "$(cat "$D/near-mark.out")"
	assert_line --index 0 $'doc\ttext\tdup_of\tcluster\tsimilarity'
	# 004 is on the same story as 000 but a different article.
	[ -z "$(printf '%s\n' "$output" | awk -F'\t' '$1 ~ /^004/ && $3 != ""')" ]
	[ -z "$(printf '%s\n' "$output" | awk -F'\t' '$1 == "copy-of-000.txt" && $3 != "000_00ead3c6dcb612e8.txt"')" ]
}

@test "--near -t 0.9 no longer calls the altered copy a duplicate" {
	run dedupe --near --by doc -t 0.9 "$D/near.tsv"
	assert_success
	assert_output "$(cat "$D/near.tsv")"
}

@test "--near on rows finds a re-punctuated, re-cased sentence" {
	printf 'doc\ttext\na\tThe quick brown fox jumps over the lazy dog near the river bank today.\nb\tthe quick brown fox jumps over the lazy dog, near the river bank today!\nc\tAn entirely different sentence about the river bank and a dog.\n' >"$TMP/in.tsv"
	run dedupe --near -m "$TMP/in.tsv"
	assert_success
	assert_line --index 2 $'b\tthe quick brown fox jumps over the lazy dog, near the river bank today!\t1\t1\t1.000'
	assert_line --index 3 --regexp $'^c\t.*\t\t3\t$'
}

@test "output is the same bytes on every run" {
	dedupe --near --by doc -m "$D/docs.tsv" >"$TMP/a"
	dedupe --near --by doc -m "$D/docs.tsv" >"$TMP/b"
	cmp "$TMP/a" "$TMP/b"
	cmp "$TMP/a" "$D/docs-near-mark.out"
}

@test "exact modes give the same bytes on every run, whatever the run's secret" {
	# Each run draws a new secret for its fingerprints and table
	# placement (secret.h); what is a duplicate must not depend on it.
	for i in 1 2 3 4 5; do
		dedupe -m -f all "$D/fold.tsv" | cmp - "$D/fold-all.out"
		dedupe -c "$D/site.tsv" | cmp - "$D/site-count.out"
		dedupe --min-docs 2 -m "$D/site.tsv" |
		    cmp - "$D/site-min-docs-mark.out"
		dedupe --near --by doc -m "$D/near.tsv" |
		    cmp - "$D/near-mark.out"
		dedupe --by doc -m -k text "$D/docs.tsv" >"$TMP/doc.$i"
	done
	for i in 2 3 4 5; do
		cmp "$TMP/doc.1" "$TMP/doc.$i"
	done
}

@test "sharded map/sort/reduce on 4 shards equals the single-process run" {
	command -v parallel >/dev/null || skip "GNU parallel is not installed"
	dedupe --near --by doc -m "$D/docs.tsv" >"$TMP/single"
	parallel --will-cite --pipe-part -a "$D/docs.tsv" --header : --block -1 -j4 \
	    'dedupe --emit-bands --shard {#}' >"$TMP/bands"
	# Four shards really ran.
	[ "$(cut -f2 "$TMP/bands" | sort -u | wc -l)" -eq 4 ]
	LC_ALL=C sort "$TMP/bands" | dedupe --join-bands >"$TMP/verdicts"
	dedupe --apply "$TMP/verdicts" -m "$D/docs.tsv" >"$TMP/sharded"
	cmp "$TMP/single" "$TMP/sharded"
	dedupe --near --by doc "$D/docs.tsv" >"$TMP/single-drop"
	dedupe --apply "$TMP/verdicts" "$D/docs.tsv" >"$TMP/sharded-drop"
	cmp "$TMP/single-drop" "$TMP/sharded-drop"
	[ "$(wc -l < "$TMP/verdicts")" -eq 7 ]
}

@test "--join-bands refuses band lines that are not sorted" {
	dedupe --emit-bands "$D/docs.tsv" >"$TMP/bands"
	run dedupe --join-bands "$TMP/bands"
	assert_failure 1
	assert_output --partial "band keys out of order"
}

@test "--join-bands refuses a document found in two shards" {
	{ dedupe --emit-bands --shard 1 "$D/docs.tsv"
	  dedupe --emit-bands --shard 2 "$D/docs.tsv"; } | LC_ALL=C sort >"$TMP/bands"
	run dedupe --join-bands "$TMP/bands"
	assert_failure 1
	assert_output --partial "is in two places"
}

@test "a missing key column is one line naming it and the header" {
	run dedupe -k body "$D/fold.tsv"
	assert_failure 1
	assert_output "dedupe: $D/fold.tsv:1: no 'body' column; the header has: doc, text"
}

@test "a malformed stream is reported with file and line" {
	printf 'doc\ttext\na\tone\nb\n' >"$TMP/bad.tsv"
	run dedupe "$TMP/bad.tsv"
	assert_failure 1
	assert_line "dedupe: $TMP/bad.tsv:3: 1 fields, the header has 2"
}

@test "an input with a header only gives the header only, in every mode" {
	printf 'doc\ttext\n' >"$TMP/empty.tsv"
	for mode in "" "-m" "--by doc" "--near" "--near --by doc -m" "--min-docs 2"; do
		run dedupe $mode "$TMP/empty.tsv"
		assert_success
	done
	run dedupe -c "$TMP/empty.tsv"
	assert_output $'text\tcount\tdocs'
	run dedupe -m "$TMP/empty.tsv"
	assert_output $'doc\ttext\tdup_of\tcluster'
}

@test "a missing file is reported, the others are processed, status 1" {
	run dedupe "$TMP/nope.tsv" "$D/fold.tsv"
	assert_failure 1
	assert_line --index 0 --partial "nope.tsv: No such file or directory"
	assert_line --partial "THE \"QUOTED\" WORD"
}

@test "several inputs are one stream; a different header is an error" {
	run dedupe "$D/site.tsv" "$D/site.tsv"
	assert_success
	expected=$(awk -F'\t' 'FNR == 1 { if (NR == 1) print; next }
	    $2 == "" || !seen[$2]++' "$D/site.tsv" "$D/site.tsv")
	assert_output "$expected"
	run dedupe "$D/site.tsv" "$D/fold.tsv"
	assert_success
	printf 'doc\tbody\n' >"$TMP/other.tsv"
	run dedupe "$D/site.tsv" "$TMP/other.tsv"
	assert_failure 1
	assert_line --partial "other.tsv:1: header differs"
}

@test "--files-from reads the files it lists after the arguments, as one stream" {
	printf '%s\n' "$D/site.tsv" "" "$D/site.tsv" >"$TMP/list"
	run dedupe --min-docs 2 -m "$D/site.tsv" "$D/site.tsv" "$D/site.tsv"
	assert_success
	expected=$output
	run dedupe --min-docs 2 -m --files-from "$TMP/list" "$D/site.tsv"
	assert_success
	assert_output "$expected"
	: >"$TMP/empty"
	run dedupe --files-from "$TMP/empty"
	assert_failure 1
	assert_output --partial "lists no file"
	run dedupe --files-from "$TMP/nope"
	assert_failure 1
	assert_output --partial "nope: No such file or directory"
}

@test "an input with a dup_of column already cannot be marked" {
	dedupe -m "$D/fold.tsv" >"$TMP/marked.tsv"
	run dedupe -m "$TMP/marked.tsv"
	assert_failure 1
	assert_output "dedupe: $TMP/marked.tsv:1: the input has a 'dup_of' column already; dedupe would add another"
}

@test "--min-docs -m of an input with a docs column is refused with its name, not a crash" {
	printf 'text\tdocs\nx\t1\n' >"$TMP/docs.tsv"
	run dedupe --min-docs 2 -m "$TMP/docs.tsv"
	assert_failure 1
	assert_output "dedupe: $TMP/docs.tsv:1: the input has a 'docs' column already; dedupe would add another"
	run sh -c "dedupe --min-docs 2 -m < '$TMP/docs.tsv'"
	assert_failure 1
	assert_output "dedupe: -:1: the input has a 'docs' column already; dedupe would add another"
}

@test "--count of a key column named count is refused, not written with two count columns" {
	dedupe -c "$D/site.tsv" >"$TMP/counted.tsv"
	run dedupe -c -k count "$TMP/counted.tsv"
	assert_failure 1
	assert_output "dedupe: $TMP/counted.tsv:1: the input has a 'count' column already; dedupe would add another"
	run dedupe -c -k text "$TMP/counted.tsv"
	assert_success
	assert_line --index 0 $'text\tcount\tdocs'
}

@test "| head ends quietly" {
	run sh -c "dedupe -k doc,text '$D/near.tsv' '$D/near.tsv' | head -1"
	assert_success
	assert_output $'doc\ttext'
}

@test "a write error (/dev/full) fails with a message and status 1" {
	run sh -c "dedupe '$D/near.tsv' > /dev/full"
	assert_failure 1
	assert_output --partial "write error"
}

@test "--count without a doc column counts each input file as a document" {
	printf 'text\nBanner\nbody one\nBanner\n' >"$TMP/a.tsv"
	printf 'text\nbody two\nBanner\n' >"$TMP/b.tsv"
	run dedupe -c "$TMP/a.tsv" "$TMP/b.tsv"
	assert_success
	assert_output $'text\tcount\tdocs\nBanner\t3\t2\nbody one\t1\t1\nbody two\t1\t1'
}

@test "--count with folding shows each key as its first record wrote it" {
	printf 'doc\ttext\na\tSupport  SouthFront\nb\tsupport southfront\nb\tSUPPORT SOUTHFRONT\n' >"$TMP/in.tsv"
	run dedupe -c -f case,space "$TMP/in.tsv"
	assert_success
	assert_output $'text\tcount\tdocs\nSupport  SouthFront\t3\t2'
}

@test "--count refuses a pipe given as a file name: it reads inputs twice" {
	run dedupe -c <(cat "$D/site.tsv")
	assert_failure 2
	assert_output --partial "not a regular file"
}

@test "modes that do not combine are usage errors" {
	run dedupe -c --near "$D/site.tsv"
	assert_failure 2
	run dedupe -c --min-docs 2 "$D/site.tsv"
	assert_failure 2
	run dedupe --shard 3 "$D/site.tsv"
	assert_failure 2
	run dedupe --emit-bands -m "$D/site.tsv"
	assert_failure 2
	run dedupe --by page "$D/site.tsv"
	assert_failure 2
}

@test "--apply with a verdict file that does not exist fails with status 1" {
	run dedupe --apply "$TMP/none.tsv" "$D/docs.tsv"
	assert_failure 1
	assert_output --partial "none.tsv"
}

@test "segment | dedupe -n --by doc finds the planted copy among sentences" {
	command -v segment >/dev/null || skip "segment is not built"
	run sh -c "segment '$FIXTURES/articles/000_00ead3c6dcb612e8.txt' \
	    '$FIXTURES/articles/004_a5f62a1bf84a2da8.txt' '$D/copy-of-000.txt' |
	    dedupe -n --by doc | cut -f1 | uniq"
	assert_success
	assert_output "doc
$FIXTURES/articles/000_00ead3c6dcb612e8.txt
$FIXTURES/articles/004_a5f62a1bf84a2da8.txt"
}

@test "Wikinews: scraped copies of all 171 articles are found, nothing else (shared)" {
	skip_without_shared
	command -v segment >/dev/null || skip "segment is not built"
	segment --csv "$SHARED/corpora/wikinews-2019/articles.csv" | cut -f1,2,7 >"$TMP/orig.tsv"
	# Each article, then a copy as another site would publish it: a banner
	# before and after, the last paragraph cut, every 40th word replaced,
	# quotes curled.  (Re-wrapping does not show in a sentence stream.)
	awk -F'\t' -v OFS='\t' '
	NR == 1 { print; next }
	{ print; if (!($1 in last)) order[++n] = $1
	  row[$1, ++rows[$1]] = $0; if ($2 > last[$1]) last[$1] = $2 }
	END {
		for (i = 1; i <= n; i++) {
			d = order[i]; c = "copy:" d; w = 0
			print c, 0, "Share this article"
			for (j = 1; j <= rows[d]; j++) {
				split(row[d, j], f, "\t")
				if (f[2] == last[d] && last[d] > 2) continue
				m = split(f[3], word, " "); t = ""
				for (k = 1; k <= m; k++)
					t = t (k > 1 ? " " : "") (++w % 40 == 0 ? "said" : word[k])
				gsub(/"/, "\342\200\235", t); gsub(/\047/, "\342\200\231", t)
				print c, f[2], t
			}
			print c, 99, "Subscribe to our newsletter"
		}
	}' "$TMP/orig.tsv" >"$TMP/planted.tsv"
	dedupe -n --by doc -m "$TMP/planted.tsv" |
	    awk -F'\t' 'NR > 1 && $4 != "" { print $1 "\t" $4 }' | uniq >"$TMP/found"
	copies=$(awk -F'\t' 'NR > 1 && $1 !~ /^copy:/ { print $1 }' "$TMP/orig.tsv" | uniq | wc -l)
	right=$(awk -F'\t' '$1 == "copy:" $2' "$TMP/found" | wc -l)
	wrong=$(awk -F'\t' '$1 != "copy:" $2' "$TMP/found" | wc -l)
	echo "# $copies articles, $right copies found, $wrong wrong" >&3
	[ "$copies" -eq 171 ]
	[ "$wrong" -eq 0 ]
	# recall >= 0.97
	[ $((right * 100)) -ge $((copies * 97)) ]
}

@test "1916 pages: planted copies of 109 pages are found, no two pages match (shared)" {
	skip_without_shared
	command -v segment >/dev/null || skip "segment is not built"
	find "$SHARED/corpora/chronam-1916/pages" -name '*.txt' | sort >"$TMP/list"
	xargs -a "$TMP/list" -d '\n' segment | cut -f1,2,7 >"$TMP/orig.tsv"
	# Every 10th page again, as a reprint: banner rows, the last tenth of
	# its sentences cut, every 40th word replaced.
	awk -F'\t' -v OFS='\t' '
	NR == 1 { print; next }
	{ print; if (!($1 in rows)) order[++n] = $1; row[$1, ++rows[$1]] = $3 }
	END {
		for (i = 10; i <= n; i += 10) {
			d = order[i]; c = "copy:" d; w = 0
			print c, 0, "Digitized by the Library of Congress"
			for (j = 1; j <= rows[d] * 0.9; j++) {
				m = split(row[d, j], word, " "); t = ""
				for (k = 1; k <= m; k++)
					t = t (k > 1 ? " " : "") (++w % 40 == 0 ? "the" : word[k])
				print c, 1, t
			}
		}
	}' "$TMP/orig.tsv" >"$TMP/planted.tsv"
	dedupe -n --by doc -m "$TMP/planted.tsv" |
	    awk -F'\t' 'NR > 1 && $4 != "" { print $1 "\t" $4 }' | uniq >"$TMP/found"
	right=$(awk -F'\t' '$1 == "copy:" $2' "$TMP/found" | wc -l)
	wrong=$(awk -F'\t' '$1 != "copy:" $2' "$TMP/found" | wc -l)
	echo "# $right of 109 copies found, $wrong other matches" >&3
	[ "$wrong" -eq 0 ]
	[ "$right" -ge 106 ]
}
