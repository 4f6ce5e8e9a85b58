#!/usr/bin/env bats
# make analyze (mk/analyze.mk): the tables of a folder, incrementally, in
# parallel, atomically; and the GNU parallel recipe of analyze(1).
#
# The tools are wrapped so that each call is logged (to count what a run
# processed) and can be slowed down (to interrupt a run half-way).

load helpers

setup() {
	cd "$BATS_TEST_TMPDIR"
	mkdir tools "my articles"
	for t in segment extract-entities dedupe tocsv tag; do
		slow=SLOW_$(printf %s "$t" | tr -c 'a-z' _)	# SLOW_extract_entities=0.3
		cat >"tools/$t" <<EOF
#!/bin/sh
args="\$*"
case " \$* " in
*" --split "*)	# (segment --split LIST: logged as if LIST's inputs were FILEs)
	list=\$(printf '%s\n' "\$@" | sed -n '/^--split\$/{n;p;}')
	args="\$(printf '%s\n' "\$*" | sed 's/ *--split .*//') -- \$(cut -f 1 "\$list" | tr '\n' ' ' | sed 's/ \$//')"
	args=\${args# } ;;
esac
printf '%s\n' "\$args" >>"$BATS_TEST_TMPDIR/calls.$t"
[ -z "\${$slow:-}" ] || sleep "\$$slow"
exec "$QUARRY_BIN/$t" "\$@"
EOF
		chmod +x "tools/$t"
	done
	cp "$FIXTURES"/articles/*.txt "$FIXTURES/articles/wikinews-2019-sample.csv" "my articles/"
	cp "$FIXTURES/articles/004_a5f62a1bf84a2da8.txt" "my articles/it's a copy.txt"
	IN="$BATS_TEST_TMPDIR/my articles"
}

analyze_make() {	# make -f mk/analyze.mk with the wrapped tools, IN, OUT=out
	make -s -C "$QUARRY_TOP" -f mk/analyze.mk BIN="$BATS_TEST_TMPDIR/tools" \
		IN="$IN" OUT="$BATS_TEST_TMPDIR/out" "$@"
}

reference() {	# the tables of the single-process pipeline, into ref/
	PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze -o ref "$IN" "$@"
}

same_tables() {	# DIR1 DIR2: the four tables are equal
	for t in articles sentences entities entity-summary; do
		run cmp "$1/$t.csv" "$2/$t.csv"
		assert_success
	done
}

segmented_alone() {	# FILE: segment ran on FILE's batch (the cheap first step), then on FILE alone knowing the site's lines
	run grep -c -- --furniture calls.segment
	assert_output 1
	run tail -n 1 calls.segment
	assert_output "--furniture $BATS_TEST_TMPDIR/out/.work/furniture.txt -- $1"
	run grep -cF -- "$1" calls.segment
	assert_output 2
}

calls() {	# TOOL PATTERN: how many of its arguments matched PATTERN, all calls
	{ cat "calls.$1" 2>/dev/null || :; } | tr ' ' '\n' | grep -c "$2" || :
}

@test "make analyze: the four tables, equal to the analyze pipeline's, names with spaces and quotes" {
	run analyze_make
	assert_success
	assert_output ''
	reference
	same_tables out ref
	run grep -c "my articles/it's a copy.txt" out/articles.csv
	assert_output 1
	run ls out
	assert_output "articles.csv
entities.csv
entity-summary.csv
sentences.csv"
}

@test "make analyze: on a terminal, progress on stderr (files done of all, MB/s), then where the tables are" {
	command -v script >/dev/null || skip "no script(1) (bsdutils) to give make a terminal"
	n=$(ls "$IN" | wc -l)
	run script -qec "make -s -C '$QUARRY_TOP' -f mk/analyze.mk BIN='$BATS_TEST_TMPDIR/tools' IN='$IN' OUT='$BATS_TEST_TMPDIR/out'" /dev/null
	assert_success
	# (a carriage return before each progress line: it is rewritten in place)
	run sh -c 'printf "%s\n" "$1" | tr "\r" "\n" | grep -v "^$"' sh "$output"
	assert_line --regexp "^analyze: [0-9]+ files done \\(of $n\\), [0-9]+\\.[0-9] MB/s $"
	assert_line --regexp "^analyze: $n files done \\(of $n\\), [0-9]+\\.[0-9] MB/s $"
	assert_line "analyze: tables in $BATS_TEST_TMPDIR/out/"
	[ -s out/articles.csv ]
	# a CSV in parts (CSV_PART) is one file, done when its parts are
	run script -qec "make -s -C '$QUARRY_TOP' -f mk/analyze.mk BIN='$BATS_TEST_TMPDIR/tools' IN='$IN' OUT='$BATS_TEST_TMPDIR/out2' CSV_PART=4096" /dev/null
	assert_success
	run sh -c 'printf "%s\n" "$1" | tr "\r" "\n" | grep -v "^$"' sh "$output"
	assert_line --regexp "^analyze: $n files done \\(of $n\\), [0-9]+\\.[0-9] MB/s $"
	refute_line --regexp "^analyze: [0-9]+ files done \\(of [^$n]"
}

@test "make analyze: a second run with nothing new processes nothing" {
	analyze_make
	ls -l --time-style=full-iso out out/.work >before
	cp calls.segment calls.segment.before
	cp calls.extract-entities calls.extract-entities.before
	cp calls.dedupe calls.dedupe.before
	run analyze_make
	assert_success
	assert_output ''
	ls -l --time-style=full-iso out out/.work >after
	run diff before after
	assert_success
	run cmp calls.segment calls.segment.before
	assert_success
	run cmp calls.extract-entities calls.extract-entities.before
	assert_success
	run cmp calls.dedupe calls.dedupe.before
	assert_success
}

@test "make analyze: a new file is processed alone, a changed one too, a removed one leaves the tables" {
	analyze_make
	: >calls.segment; : >calls.extract-entities
	printf 'A New Bridge For The Town\n\nThe council opened a bridge over the Hancock Brook on Monday.\n' >"$IN/new one.txt"
	analyze_make
	segmented_alone "$IN/new one.txt"
	[ "$(calls extract-entities '\.sent\.tsv$')" -eq 1 ]
	reference
	same_tables out ref

	: >calls.segment
	printf 'Changed.\n' >>"$IN/004_a5f62a1bf84a2da8.txt"
	analyze_make
	segmented_alone "$IN/004_a5f62a1bf84a2da8.txt"
	rm -rf ref; reference
	same_tables out ref

	: >calls.segment	# a file copied in with an old mtime is new too
	printf 'An Old Story\n\nIt was told in Boston.\n' >"$IN/old.txt"
	touch -d 2000-01-01 "$IN/old.txt"
	analyze_make
	segmented_alone "$IN/old.txt"
	: >calls.segment	# and so is a file replaced by an older copy
	printf 'An Old Story\n\nIt was told in Boston, twice.\n' >"$IN/old.txt"
	touch -d 1999-01-01 "$IN/old.txt"
	analyze_make
	segmented_alone "$IN/old.txt"
	run grep -c 'It was told in Boston, twice\.' out/sentences.csv
	assert_output 1
	rm "$IN/old.txt"

	: >calls.segment; : >calls.extract-entities
	rm "$IN/new one.txt"
	analyze_make
	# (its batch's first, cheap step runs again, for the site's lines)
	run grep -c -- --furniture calls.segment
	assert_output 0
	[ "$(calls extract-entities '\.sent\.tsv$')" -eq 0 ]
	run grep -c 'new one' out/articles.csv
	assert_output 0
	rm -rf ref; reference
	same_tables out ref
	run sh -c 'ls out/.work/*.sent.tsv | wc -l'
	assert_output 4
}

@test "make -j2 analyze gives the same tables" {
	run analyze_make -j2
	assert_success
	reference
	same_tables out ref
}

@test "make analyze: a run killed half-way leaves no half-written file, the next run completes it" {
	# killed during the per-file step (tocsv slowed too: when the last
	# batch brings the second stream, the tables come next, and a loaded
	# machine may look later than they take)
	SLOW_segment=0.3 SLOW_tocsv=1 setsid make -s -C "$QUARRY_TOP" -f mk/analyze.mk BIN="$BATS_TEST_TMPDIR/tools" \
		IN="$IN" OUT="$BATS_TEST_TMPDIR/out" & pid=$!
	n=0	# waits at most 20 s
	while [ "$(ls out/.work 2>/dev/null | grep -c 'sent\.tsv$')" -lt 2 ] && [ $((n += 1)) -lt 400 ]; do
		sleep 0.05
	done
	kill -TERM -- -"$pid"
	wait "$pid" || true
	run sh -c 'ls out/*.csv 2>/dev/null'
	assert_output ''
	for f in out/.work/*.sent.tsv; do	# every result present is complete
		run tail -c 1 "$f"
		[ "$output" = "" ]
	done
	run analyze_make
	assert_success
	reference
	same_tables out ref

	# killed while the tables are written: the old tables stay whole
	cp -r out before
	printf 'Another Story\n\nThe mayor spoke in Gdansk on Tuesday.\n' >"$IN/z.txt"
	SLOW_tocsv=2 setsid make -s -C "$QUARRY_TOP" -f mk/analyze.mk BIN="$BATS_TEST_TMPDIR/tools" \
		IN="$IN" OUT="$BATS_TEST_TMPDIR/out" & pid=$!
	n=0
	while ! ls -A out | grep -q '\.part\.' && [ $((n += 1)) -lt 400 ]; do sleep 0.05; done
	kill -TERM -- -"$pid"
	wait "$pid" || true
	same_tables out before
	run analyze_make
	assert_success
	rm -rf ref; reference
	same_tables out ref
	run sh -c "ls -A out | grep -c part"
	assert_output 0
}

@test "make analyze: a run killed inside its manifest, after a changed file was listed but before the new state was kept, redoes that file next time" {
	analyze_make
	# Each way analyze --manifest can be cut short is played back: it
	# runs whole, then what it had not done yet by the kill is undone.
	for cut in before-touch before-state; do
		mkdir "kept-$cut"
		cp out/.work/state out/.work/inputs.mk out/.work/sent.list out/.work/ent.list "kept-$cut/"
		for s in out/.work/in/bucket-*.stamp; do
			touch -r "$s" "kept-$cut/${s##*/}"
		done
		printf 'Changed %s.\n' "$cut" >>"$IN/004_a5f62a1bf84a2da8.txt"
		run env PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze --manifest out/.work -- "$IN"
		assert_success
		cp "kept-$cut"/state "kept-$cut"/inputs.mk "kept-$cut"/*.list out/.work/
		if [ "$cut" = before-touch ]; then
			for s in out/.work/in/bucket-*.stamp; do
				touch -r "kept-$cut/${s##*/}" "$s"
			done
		fi
		: >calls.segment
		run analyze_make
		assert_success
		segmented_alone "$IN/004_a5f62a1bf84a2da8.txt"
		run sh -c "grep -l 'Changed $cut\.' out/.work/*.sent.tsv | wc -l"
		assert_output 1
		rm -rf ref; reference
		same_tables out ref
	done
}

@test "make analyze: EXCEL=1, DATE and RULES; changing DATE re-extracts, not re-segments" {
	analyze_make EXCEL=1
	run sh -c "head -c 3 out/articles.csv | od -An -tx1"
	assert_output ' ef bb bf'
	: >calls.segment; : >calls.extract-entities
	analyze_make EXCEL=1 DATE=2023-04-01
	run cat calls.segment
	assert_output ''
	[ "$(calls extract-entities '\.sent\.tsv$')" -eq 4 ]
	run grep -c "004_a5f62a1bf84a2da8.txt,Russia to step up cooperation with China: Foreign Policy Concept,2023-04-01," out/articles.csv
	assert_output 1
	printf 'Iuvinale\tPERSON\tGiuseppe Iuvinale\n' >watch.tsv
	analyze_make RULES="$BATS_TEST_TMPDIR/watch.tsv"
	run grep -c ',Iuvinale,PERSON,Giuseppe Iuvinale,' out/entities.csv
	assert_output 2
	run head -c 3 out/articles.csv
	assert_output 'doc'
}

@test "make analyze: an OUT with spaces is refused with a message" {
	run make -s -C "$QUARRY_TOP" -f mk/analyze.mk BIN="$BATS_TEST_TMPDIR/tools" IN="$IN" OUT="$BATS_TEST_TMPDIR/my out"
	assert_failure
	assert_output --partial 'OUT='
	assert_output --partial 'a space'
}

@test "make analyze: a RULES file that cannot be read stops the run in one line naming it (the last run's watch list is not used); a bad rule is reported in the user's file" {
	printf 'Iuvinale\tPERSON\tGiuseppe Iuvinale\n' >watch.tsv
	analyze_make RULES="$BATS_TEST_TMPDIR/watch.tsv"
	rm -f calls.*
	run analyze_make RULES="$BATS_TEST_TMPDIR/typo.tsv"
	assert_failure
	assert_output --regexp "^mk/analyze.mk:[0-9]+: \*\*\* analyze: RULES=$BATS_TEST_TMPDIR/typo.tsv: no such file\.  Stop\.$"
	[ ! -e calls.segment ] && [ ! -e calls.extract-entities ]
	run analyze_make RULES="$BATS_TEST_TMPDIR/typo.tsv" OUT="$BATS_TEST_TMPDIR/fresh"
	assert_failure
	assert_output --regexp "^mk/analyze.mk:[0-9]+: \*\*\* analyze: RULES=$BATS_TEST_TMPDIR/typo.tsv: no such file\.  Stop\.$"
	run analyze_make RULES="$BATS_TEST_TMPDIR"
	assert_failure
	assert_output --partial "RULES=$BATS_TEST_TMPDIR: a folder, not a file"
	printf 'Iuvinale\tPERSON\n/(/\tORG\n' >bad.tsv
	run analyze_make RULES="$BATS_TEST_TMPDIR/bad.tsv"
	assert_failure
	assert_line --index 0 --partial "extract-entities: $BATS_TEST_TMPDIR/bad.tsv:2: bad regular expression"
}

@test "the top Makefile's make analyze builds and runs the same" {
	[ "$QUARRY_BIN" = "$QUARRY_TOP/bin" ] || skip "the build under test is not bin/"
	run make -s -C "$QUARRY_TOP" analyze IN="$IN" OUT="$BATS_TEST_TMPDIR/top"
	assert_success
	analyze_make
	same_tables top out
}

# parallel_recipe ONE PARALLEL-OPTION...: the recipe of quarry-analyze(1)
# on the jobs listed in files, on this machine: the two per-file steps
# (analyze --one ONE, ONE naming the job's file, prefix and part), the
# site's lines between them, the tables into tables/
parallel_recipe() {
	one=$1
	shift
	mkdir w
	parallel -a files "$@" --sshlogin : --return w/{#}.seg.tsv \
		"mkdir -p w && analyze --one $one" 2>/dev/null
	n=$(wc -l <files)
	seq "$n" | sed 's|.*|w/&.seg.tsv|' >seg.list
	sentences --furniture -S seg.list >furniture.txt
	parallel -a files "$@" --sshlogin : --basefile furniture.txt \
		--return w/{#}.sent.tsv --return w/{#}.ent.tsv \
		"mkdir -p w && analyze --one $one --furniture furniture.txt" 2>/dev/null
	seq "$n" | sed 's|.*|w/&.sent.tsv|' >sent.list
	seq "$n" | sed 's|.*|w/&.ent.tsv|' >ent.list
	analyze -S sent.list -E ent.list -o tables
}

@test "analyze: the GNU parallel recipe of analyze(1) gives the single run's tables" {
	command -v parallel >/dev/null || skip "GNU parallel is not installed"
	export PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH"
	cp -r "$IN" corpus
	analyze --list corpus >files
	parallel_recipe '{} w/{#}' --transferfile {} --cleanup
	analyze -o single corpus
	same_tables tables single
	run grep -c "corpus/it's a copy.txt" tables/articles.csv
	assert_output 1
}

@test "analyze: the GNU parallel recipe with --list --parts cuts a big CSV into jobs and gives the single run's tables" {
	command -v parallel >/dev/null || skip "GNU parallel is not installed"
	export PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH"
	cp -r "$IN" corpus
	analyze --list --parts 4 4096 corpus >files
	run grep -c "\.csv	[1-4]/4$" files
	assert_output 4
	run grep -c -v "\.csv	" files
	assert_output "$(find corpus -name '*.txt' | wc -l)"
	run grep -c -v "	1/1$" files
	assert_output 4
	parallel_recipe '{1} w/{#} --part {2}' --colsep '\t'
	analyze -o single corpus
	same_tables tables single
}

@test "analyze --one --part: K/N with 1 <= K <= N, of an article CSV, with --one alone (exit 2)" {
	export PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH"
	csv=$(ls "$IN"/*.csv | head -n 1)
	txt=$(ls "$IN"/*.txt | head -n 1)
	for p in 3 0/2 3/2 1/0 a/b 1/2/3 /2 1/; do
		run analyze --one "$csv" w --part "$p"
		assert_failure 2
		assert_output "analyze: --part $p: K/N, the K-th of N parts (1 <= K <= N)"
	done
	run analyze --one "$txt" w --part 1/2
	assert_failure 2
	assert_output "analyze: --part 1/2: $txt is no article CSV, which alone comes in parts"
	run analyze --list --part 1/2 "$IN"
	assert_failure 2
	assert_output "analyze: --part goes with --one"
	run analyze --one "$txt" w --part 1/1
	assert_success
	[ -s w.seg.tsv ]
}

@test "analyze --manifest: 256 files fill all 16 buckets, so make analyze NBATCH=16 has work for 16 cores" {
	mkdir many
	for i in $(seq 1 256); do : >"many/article $i.txt"; done
	PATH="$QUARRY_TOP/pipelines:$PATH" analyze --manifest work many
	run awk '/^B_/ && NF > 2 { full++; n = NF - 2; if (n > most) most = n }
		END { print full + 0, most <= 32 }' work/inputs.mk
	assert_success
	assert_output "16 1"
}

@test "make analyze NBATCH=16, 8 and 4 give the same tables; each run again processes nothing" {
	reference
	analyze_make NBATCH=16
	same_tables ref out
	rm -f calls.*
	analyze_make NBATCH=16
	[ ! -e calls.segment ] && [ ! -e calls.extract-entities ]
	for n in 8 4; do
		rm -rf out calls.*
		analyze_make -j2 NBATCH=$n
		same_tables ref out
		rm -f calls.*
		analyze_make NBATCH=$n
		[ ! -e calls.segment ] && [ ! -e calls.extract-entities ]
	done
	run analyze_make NBATCH=5
	assert_failure
	assert_output --partial "NBATCH='5': 4, 8 or 16"
}

@test "make analyze: an article CSV over CSV_PART bytes is cut into parts, one a batch (segment --part), with the tables of the whole; again, nothing is processed; a changed CSV is processed again" {
	reference
	run analyze_make -j2 CSV_PART=4096
	assert_success
	assert_output ''
	same_tables ref out
	# the 16 KB CSV: four keys (NBATCH=4 parts at most), one in each batch
	run awk -F'\t' '$2 ~ /wikinews-2019-sample\.csv$/ { print $1 }' out/.work/state
	assert_equal "${#lines[@]}" 4
	for k in 1 2 3 4; do
		assert_line --index $((k - 1)) --regexp "^[0-9a-f]{16}\.${k}of4\.csv\$"
	done
	run sh -c "awk -F'\t' '\$2 ~ /sample\\.csv\$/ { print (index(\"0123456789abcdef\", substr(\$1, 16, 1)) - 1) % 4 }' out/.work/state | sort -u | wc -l"
	assert_output 4
	# each part segmented twice (first alone, then knowing the site's lines)
	[ "$(calls segment '^[1-4]/4$')" -eq 8 ]
	rm -f calls.*
	analyze_make CSV_PART=4096
	[ ! -e calls.segment ] && [ ! -e calls.extract-entities ]
	# a record added at the end: the CSV's parts again, the tables of the whole
	printf '%s\n' '"https://example.org/new",2019-05-01,A new record,"A new record about Boston, added at the end of the file."' \
		>>"$IN/wikinews-2019-sample.csv"
	analyze_make CSV_PART=4096
	[ "$(calls segment '^[1-4]/4$')" -eq 8 ]
	rm -rf ref; reference
	same_tables ref out
	run grep -c 'example.org/new' out/articles.csv
	assert_output 1
	# CSV_PART=0 never cuts: one key, the parts' streams gone, the same tables
	analyze_make CSV_PART=0
	same_tables ref out
	run sh -c 'ls out/.work/*.csv.sent.tsv | wc -l'
	assert_output 1
	# a CSV_PART that is no number of bytes is refused in one line
	run analyze_make CSV_PART=abc
	assert_failure
	assert_output --partial "analyze: CSV_PART='abc': a number of bytes (0: never cut a CSV)"
}

@test "make analyze: an empty article CSV is reported, as segment reports it, whether CSV_PART cuts CSVs or not" {
	: >"$IN/empty.csv"
	for part in 4096 0; do
		run analyze_make CSV_PART=$part
		assert_failure
		assert_line --index 0 "segment: $IN/empty.csv:0: empty input: no header line"
	done
}

@test "make analyze: the lines a site's pages share; a new page of the site is segmented alone, and only streams that changed are extracted again" {
	rm -rf "$IN"/*
	cp "$FIXTURES"/site/page-[1-5].txt "$IN/"
	analyze_make
	run cut -d, -f 2 out/articles.csv
	assert_output "title
Ferry timetable changes anger island commuters
Lifeboat crew rescues two kayakers off Point Rowan
Old cannery to become arts centre after sale approved
School pupils plant two thousand trees along river bank
Harbour master retires after forty years at the quay"
	reference
	same_tables out ref
	# each page segmented twice: alone, then knowing the site's lines
	[ "$(calls segment 'page-')" -eq 10 ]
	[ "$(calls segment '^--furniture$')" -ge 1 ]

	: >calls.segment; : >calls.extract-entities
	cp "$FIXTURES/site/page-6.txt" "$IN/"
	analyze_make
	segmented_alone "$IN/page-6.txt"
	[ "$(calls extract-entities '\.sent\.tsv$')" -eq 1 ]
	run grep -c 'Bakery wins national award for its seaweed bread' out/articles.csv
	assert_output 1
	rm -rf ref; reference
	same_tables out ref

	# with four pages, no line is in five documents: every page is
	# segmented again and its entities extracted again (the other
	# stories' headlines above its own are no longer the site's lines)
	rm "$IN/page-5.txt" "$IN/page-6.txt"
	: >calls.segment; : >calls.extract-entities
	analyze_make
	[ ! -s out/.work/furniture.txt ]
	[ "$(calls extract-entities '\.sent\.tsv$')" -eq 4 ]
	# (the slogan is not the title: it shares no words with the story)
	run grep -c 'Independent local journalism since 1887' out/articles.csv
	assert_output 0
	rm -rf ref; reference
	same_tables out ref
}

@test "make analyze: one article id in two CSVs is refused, naming both files, with no table written; once one goes, the run equals a fresh one" {
	rm -f "$IN"/*.csv
	printf 'url,title,date,text\nhttps://ex.com/a,Merkel in Paris,2019-03-01,"Angela Merkel met Emmanuel Macron in Paris on Monday."\nhttps://ex.com/b,Johnson,2019-03-01,"Boris Johnson spoke in London on Tuesday."\n' >"$IN/tue.csv"
	printf 'url,title,date,text\nhttps://ex.com/a,Merkel (update),2019-03-02,"Angela Merkel met Pedro Sanchez in Madrid on Monday."\n' >"$IN/day1.csv"
	run analyze_make
	assert_failure
	assert_output --partial "analyze: the article id https://ex.com/a is in more than one file ($IN/day1.csv $IN/tue.csv)"
	[ ! -e out/articles.csv ]
	printf 'url,title,date,text\nhttps://ex.com/b,Johnson,2019-03-01,"Boris Johnson spoke in London on Tuesday."\n' >"$IN/tue.csv"
	analyze_make
	reference
	same_tables out ref
}

@test "make analyze: a repeated row of one CSV is its own article, ID#N, marked a duplicate of the first" {
	printf 'url,title,date,text\nhttps://ex.com/a,Merkel in Paris,2019-03-01,"Angela Merkel met Emmanuel Macron in Paris on Monday."\nhttps://ex.com/a,Merkel in Paris,2019-03-01,"Angela Merkel met Emmanuel Macron in Paris on Monday."\n' >"$IN/dup.csv"
	analyze_make 2>/dev/null
	run grep '^https://ex.com/a' out/articles.csv
	assert_line --index 0 --regexp '^https://ex.com/a,Merkel in Paris,2019-03-01,'
	assert_line --index 1 --regexp '^https://ex.com/a#2,Merkel in Paris,2019-03-01,.*,https://ex.com/a,'
}

@test "make analyze: an IN folder whose name holds a \$ (make's and the shell's)" {
	mkdir "it's \$dir"
	cp "$IN"/*.txt "it's \$dir/"
	IN="$BATS_TEST_TMPDIR/it's \$dir"
	run analyze_make
	assert_success
	assert_output ''
	reference
	same_tables out ref
	run sh -c 'cut -d, -f 1 out/articles.csv | grep -cxF "$1"' sh "$IN/004_a5f62a1bf84a2da8.txt"
	assert_output 1
	[ "$QUARRY_BIN" = "$QUARRY_TOP/bin" ] || skip "the build under test is not bin/"
	run make -s -C "$QUARRY_TOP" analyze IN="$IN" OUT="$BATS_TEST_TMPDIR/top"
	assert_success
	same_tables top out
}

@test "make analyze: an OUT holding quotes, &, ( ) or { } works; one holding : ; # % \$ * is refused in one line, before anything runs" {
	reference
	for o in "it's" 'a&b' 'o(1)' 'x"{}'; do
		run analyze_make OUT="$BATS_TEST_TMPDIR/$o"
		assert_success
		assert_output ''
		same_tables "$o" ref
	done
	rm -f calls.*
	for o in 'a:b' 'a;b' 'a#b' 'a%b' 'a$b' 'a*b'; do
		run analyze_make OUT="$BATS_TEST_TMPDIR/$o"
		assert_failure
		assert_output --regexp "^mk/analyze.mk:[0-9]+: \*\*\* analyze: OUT='.*': make cannot name files under a folder whose name holds a space, a TAB or one of .*; choose another OUT\.  Stop\.$"
		[ ! -e "$o" ]
	done
	[ ! -e calls.segment ]
}

@test "make analyze: an IN folder and an OUT folder whose names start with a dash; OUT=./NAME: a new DATE extracts the entities again" {
	ln -s "$QUARRY_TOP/pipelines" pipelines	# make -f mk/analyze.mk runs here
	mkdir -- -in
	cp "$IN"/*.txt -- -in/
	in_dash() { make -s -f "$QUARRY_TOP/mk/analyze.mk" BIN="$BATS_TEST_TMPDIR/tools" IN=-in "$@"; }
	run in_dash OUT=-out
	assert_success
	assert_output ''
	PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze -o ref -- -in
	same_tables ./-out ref
	run grep -c "^'-in/004_a5f62a1bf84a2da8.txt," ./-out/articles.csv	# (' : tocsv's guard)
	assert_output 1
	run in_dash OUT=-out DATE=2023-04-01
	assert_success
	PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze -o ref2 -d 2023-04-01 -- -in
	same_tables ./-out ref2
	in_dash OUT=./o
	in_dash OUT=./o DATE=2023-04-01
	same_tables o ref2
}

@test "make analyze: a linked article file and a linked IN folder are read (links followed); a link looping back is an error" {
	mkdir linked
	ln -s "$IN/004_a5f62a1bf84a2da8.txt" linked/a.txt
	cp "$IN/000_00ead3c6dcb612e8.txt" linked/b.txt
	IN=$BATS_TEST_TMPDIR/linked
	analyze_make
	run cut -d, -f 1 out/articles.csv
	assert_output "doc
$IN/a.txt
$IN/b.txt"
	ln -s "my articles" folder-link
	IN=$BATS_TEST_TMPDIR/folder-link
	rm -rf out
	run analyze_make
	assert_success
	reference
	same_tables out ref
	run grep -c "folder-link/it's a copy.txt" out/articles.csv
	assert_output 1
	ln -s . "my articles/self"
	run analyze_make
	assert_failure
	assert_output --regexp "^mk/analyze.mk:[0-9]+: \*\*\* analyze: File system loop detected; '$IN/self' is part of the same file system loop as '$IN'\.  Stop\.$"
}

@test "make analyze: article files are found whatever the case of .txt and .csv" {
	mv "$IN/000_00ead3c6dcb612e8.txt" "$IN/UPPER.TXT"
	mv "$IN/wikinews-2019-sample.csv" "$IN/Wikinews.CSV"
	analyze_make
	run grep -c "^$IN/UPPER.TXT," out/articles.csv
	assert_output 1
	run grep -c '^"\?https://en.wikinews.org' out/articles.csv
	[ "$output" -ge 5 ]
	reference
	same_tables out ref
}

# refused_in_one_line MESSAGE: make analyze stops before any tool runs, with
# MESSAGE as make's one-line error, and the analyze pipeline fails with it
# alone (status 1).
refused_in_one_line() {
	run analyze_make
	assert_failure
	assert_output --regexp "^mk/analyze.mk:[0-9]+: \\*\\*\\* "
	case $output in
	*": *** $1.  Stop.") ;;
	*) fail "make's error is not '$1'" ;;
	esac
	[ "${#lines[@]}" -eq 1 ]
	[ ! -e calls.segment ]
	run env PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze -o ref "$IN"
	assert_failure 1
	assert_output "$1"
}

@test "make analyze: a file name holding a TAB is refused in one line naming it" {
	cp "$IN/000_00ead3c6dcb612e8.txt" "$IN/$(printf 'a\tb.txt')"
	refused_in_one_line "analyze: $IN/$(printf 'a\tb.txt'): a file name holds a TAB; rename it"
}

@test "make analyze: a file name holding a line feed, in IN or a folder below, is refused in one line" {
	mkdir "$IN/sub"
	cp "$IN/000_00ead3c6dcb612e8.txt" "$IN/sub/$(printf 'a\nb.txt')"
	refused_in_one_line "analyze: a file name holds a line feed; rename it"
}

@test "make analyze: an OUT inside IN, or a link to it there, is not read as articles; the next run processes nothing; the tables equal an OUT elsewhere's" {
	mkdir in
	cp "$IN"/* in/
	ln -s tables in/to-the-tables	# (dangling until the first run)
	IN=$BATS_TEST_TMPDIR/in
	reference
	run analyze_make OUT="$IN/tables"
	assert_success
	same_tables "$IN/tables" ref
	rm calls.*
	run analyze_make OUT="$IN/tables"
	assert_success
	assert_output ''
	[ ! -e calls.segment ]
	[ ! -e calls.extract-entities ]
	same_tables "$IN/tables" ref
	# the pipeline leaves its -o folder out too
	run env PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze -o "$IN/tables" "$IN"
	assert_success
	same_tables "$IN/tables" ref
}

@test "make analyze and analyze -o: an OUT that is the IN folder, or an IN that is one of OUT's tables, is refused in one line before anything runs; the article file stays" {
	mkdir both
	cp "$IN/wikinews-2019-sample.csv" both/articles.csv
	before=$(cksum <both/articles.csv)
	for IN in "$BATS_TEST_TMPDIR/both" "$BATS_TEST_TMPDIR/both/articles.csv"; do
		case $IN in
		*.csv) msg="analyze: $IN: an article file cannot be replaced by the table articles.csv; choose another output folder" ;;
		*) msg="analyze: $IN: the tables cannot go into a folder of the articles (they would be read as articles, and an article file named like one replaced); choose another output folder" ;;
		esac
		run analyze_make OUT="$BATS_TEST_TMPDIR/both"
		assert_failure
		case $output in
		*": *** $msg.  Stop.") ;;
		*) fail "make's error is not '$msg': $output" ;;
		esac
		[ "${#lines[@]}" -eq 1 ]
		run env PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze -o both "$IN"
		assert_failure 2
		assert_output "$msg"
	done
	[ ! -e calls.segment ]
	[ "$(cksum <both/articles.csv)" = "$before" ]
	run ls -A both
	assert_output articles.csv
}

@test "make analyze: no command it runs names the files' keys, so that tens of thousands of files fit a command line (25,000 did not: E2BIG)" {
	run analyze_make -n
	assert_success
	[ -s out/.work/state ]
	cut -f 1 out/.work/state >keys
	[ "$(wc -l <keys)" -ge 3 ]
	run grep -c -F -f keys <<<"$output"
	assert_output 0
}

@test "make analyze: a second run in the same OUT while one is active (its top make killed) is refused in one line; a lock left by a dead run does not block" {
	# (the shell stands for the top make: it waits for its make)
	SLOW_segment=0.3 setsid sh -c 'make -s -C "$1" -f mk/analyze.mk BIN="$2/tools" IN="$3" OUT="$2/out"; exit $?' \
		sh "$QUARRY_TOP" "$BATS_TEST_TMPDIR" "$IN" & pid=$!
	n=0	# waits at most 20 s
	while ! ls out/.work 2>/dev/null | grep -q 'seg\.tsv$' && [ $((n += 1)) -lt 400 ]; do sleep 0.05; done
	kill -KILL "$pid"	# the shell; its make runs on
	wait "$pid" || true
	run analyze_make
	n=0	# the first run ends (and removes its lock)
	while [ -L out/.work/lock ] && [ $((n += 1)) -lt 600 ]; do sleep 0.05; done
	assert_failure
	assert_output --regexp "^mk/analyze.mk:[0-9]+: \*\*\* analyze: $BATS_TEST_TMPDIR/out: another make analyze \(pid [0-9]+\) is writing there; wait for it to end\.  Stop\.$"
	[ ! -L out/.work/lock ]
	reference
	same_tables out ref
	rm -f calls.*
	ln -s "999999999 1" out/.work/lock	# a run that died
	run analyze_make
	assert_success
	[ ! -e calls.segment ]
	[ ! -L out/.work/lock ]
	ln -s "$$ 1" out/.work/lock	# a live pid, used again by another process
	touch "$IN/000_00ead3c6dcb612e8.txt"
	run analyze_make
	assert_success
	[ -e calls.segment ]
	same_tables out ref
}

@test "analyze --manifest --lock: of two runs finding a dead run's lock at once, exactly one takes it over" {
	mkdir -p w
	for i in 1 2 3 4 5 6 7 8 9 10; do
		rm -rf w/.work && mkdir -p w/.work && ln -s "999999999 1" w/.work/lock
		sleep 30 & p1=$!
		sleep 30 & p2=$!
		PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze --manifest w/.work --lock "$p1" -- "$IN" >/dev/null 2>&1 & a=$!
		PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze --manifest w/.work --lock "$p2" -- "$IN" >/dev/null 2>&1 & b=$!
		n=0
		if wait "$a"; then n=$((n + 1)); fi
		if wait "$b"; then n=$((n + 1)); fi
		kill "$p1" "$p2"
		[ "$n" -eq 1 ] || { echo "round $i: $n runs took the lock"; return 1; }
	done
}
