#!/usr/bin/env bats
# The named pipelines: sentences, entities, entity-summary, articles,
# analyze.  The golden tables in fixtures/pipelines are the bundled
# articles (fixtures/articles) through analyze; see its README.md.

load helpers
bats_require_minimum_version 1.5.0

setup() {
	cd "$BATS_TEST_TMPDIR"
	SEED="$FIXTURES/articles/004_a5f62a1bf84a2da8.txt"
	SEEDS="fixtures/articles/000_00ead3c6dcb612e8.txt fixtures/articles/004_a5f62a1bf84a2da8.txt fixtures/articles/wikinews-2019-sample.csv"
}

golden() {	# PIPELINE TABLE: the pipeline on the bundled articles equals the golden table
	# shellcheck disable=SC2086 # the seed paths hold no spaces
	(cd "$QUARRY_TOP" && "$1" $SEEDS) >got.csv
	run diff -u "$FIXTURES/pipelines/$2" got.csv
	assert_success
}

@test "sentences: the bundled articles give the golden sentences.csv" {
	golden sentences sentences.csv
}

@test "entities: the bundled articles give the golden entities.csv" {
	golden entities entities.csv
}

@test "entity-summary: the bundled articles give the golden entity-summary.csv" {
	golden entity-summary entity-summary.csv
}

@test "articles: the bundled articles give the golden articles.csv" {
	golden articles articles.csv
}

@test "analyze: a folder gives the four golden tables, and nothing else" {
	(cd "$QUARRY_TOP" && analyze -o "$BATS_TEST_TMPDIR/out" fixtures/articles)
	for t in articles sentences entities entity-summary; do
		run diff -u "$FIXTURES/pipelines/$t.csv" "out/$t.csv"
		assert_success
	done
	run ls -A out
	assert_output "articles.csv
entities.csv
entity-summary.csv
sentences.csv"
}

@test "analyze --all: each table is its pipeline's with --all (the mentions analyze selects once keep boilerplate too)" {
	# shellcheck disable=SC2086 # the seed paths hold no spaces
	(cd "$QUARRY_TOP" && analyze --all -o "$BATS_TEST_TMPDIR/out" $SEEDS &&
	    for t in articles sentences entities entity-summary; do
		"$t" --all $SEEDS >"$BATS_TEST_TMPDIR/$t.csv" || exit 1
	    done)
	for t in articles sentences entities entity-summary; do
		run diff -u "$t.csv" "out/$t.csv"
		assert_success
	done
	# --all does keep more: the golden tables are without it
	run diff -q "$FIXTURES/pipelines/entities.csv" out/entities.csv
	assert_failure
}

@test "analyze: a bad stream fails only the tables that read it, says which, status 1" {
	segment "$SEED" >good.sent.tsv
	extract-entities good.sent.tsv >good.ent.tsv
	printf 'doc\tpara\tsent\trole\ttext\nx\t1\t1\tbody\tbad \\q escape\n' >bad.tsv
	echo good.sent.tsv >good.sent.list
	echo good.ent.tsv >good.ent.list
	echo bad.tsv >bad.list
	# the sentences are bad: the entity tables are still written
	run analyze -o out1 -S bad.list -E good.ent.list
	assert_failure 1
	assert_output --partial "bad escape"
	assert_output --partial "analyze: sentences.csv and articles.csv not written"
	run ls out1
	assert_output "entities.csv
entity-summary.csv"
	# the entity streams are bad: the sentence table is still written
	printf 'doc\tsent\ttype\nx\t1\t\\q\n' >bad.tsv
	run analyze -o out2 -S good.sent.list -E bad.list
	assert_failure 1
	refute_output --partial "sentences.csv and articles.csv not written"
	[ -f out2/sentences.csv ]
	[ ! -f out2/entities.csv ] && [ ! -f out2/entity-summary.csv ]
	run ls -A out2
	refute_output --partial ".part."
}

@test "sentences: every text is its source span, boilerplate and comments left out" {
	run sentences "$FIXTURES/articles/000_00ead3c6dcb612e8.txt"
	assert_success
	printf '%s\n' "$output" >s.csv
	csvcells s.csv >s.tsv
	run spancheck -f -g s.tsv text
	assert_success
	assert_output 41
	run grep -c ',boilerplate,\|,comment,' s.csv
	assert_output 0
}

@test "sentences: --all keeps boilerplate and comments, with a boilerplate column" {
	run sentences --all "$FIXTURES/articles/000_00ead3c6dcb612e8.txt"
	assert_success
	assert_line --index 0 "doc,para,sent,role,start,end,text,docs,dup_of,boilerplate"
	assert_line --partial ',boilerplate,0,3,0 $,1,,0'
	assert_line --partial ',comment,'
}

@test "sentences, entities and articles leave out a paragraph of misread print (segment's role garbled); --all keeps it" {
	printf 'Old page of the Herald\n\nSenator Avilllam-j. fitnnA nf Xft- 1 sourt aryed 4nd Wh5 at Dlx.\n\nSenator William Stone of Missouri spoke at Denver on Monday.\n' >page.txt
	run sentences page.txt
	assert_success
	refute_line --partial 'fitnnA'
	assert_line --partial ',body,'
	run sentences --all page.txt
	assert_line --partial ',garbled,'
	run entities page.txt
	assert_success
	assert_line --partial 'William Stone'
	refute_line --partial 'Dlx'
	refute_line --partial ',garbled'
	run articles page.txt
	assert_success
	assert_line --index 1 --partial ',15,2,4,'
}

@test "sentences: a line in --min-docs documents is site boilerplate" {
	for n in 1 2 3; do
		printf 'Our town council meets on Mondays.\n\nStory number %s is here.\n' "$n" >"s$n.txt"
	done
	run sentences --min-docs 3 s1.txt s2.txt s3.txt
	assert_success
	assert_output "doc,para,sent,role,start,end,text,docs,dup_of
s1.txt,2,2,body,36,59,Story number 1 is here.,1,
s2.txt,2,2,body,36,59,Story number 2 is here.,1,
s3.txt,2,2,body,36,59,Story number 3 is here.,1,"
	run sentences --min-docs 4 s1.txt s2.txt s3.txt
	assert_line --index 1 "s1.txt,1,1,body,0,34,Our town council meets on Mondays.,3,"
	assert_line --index 3 "s2.txt,1,1,body,0,34,Our town council meets on Mondays.,3,1"
}

@test "sentences, articles: a story that five sites carry keeps its sentences, and its copies are near duplicates" {
	run sentences "$FIXTURES"/syndicated/copy-*.txt
	assert_success
	# title and three body sentences a copy, the site's name and the
	# repeated byline left out
	[ "$(grep -c '^' <<<"$output")" -eq 21 ]
	assert_line --index 1 --partial 'copy-1.txt,2,2,title,'
	refute_output --partial 'Valley Courier'
	refute_output --partial 'staff reporter'
	run bash -c "articles --tsv '$FIXTURES'/syndicated/copy-*.txt | cut -f 6,7,9"
	assert_output "words	sentences	duplicate_of
78	4	
78	4	$FIXTURES/syndicated/copy-1.txt
78	4	$FIXTURES/syndicated/copy-1.txt
78	4	$FIXTURES/syndicated/copy-1.txt
78	4	$FIXTURES/syndicated/copy-1.txt"
}

@test "sentences: --marks then --marked gives the same tables as one run (how analyze shares the marking)" {
	for n in 1 2 3; do
		printf 'Our town council meets on Mondays.\n\nStory number %s is here. Story number %s is here.\n' "$n" "$n" >"s$n.txt"
	done
	segment s1.txt s2.txt s3.txt >sent.tsv
	echo sent.tsv >sent.list
	run sentences --marks --min-docs 3 -S sent.list
	assert_success
	assert_line --index 0 --partial $'\tdocs\tboilerplate'
	refute_line --partial dup_of
	printf '%s\n' "$output" >marked.tsv
	echo marked.tsv >marked.list
	for opt in "" --all; do
		sentences $opt --min-docs 3 -S sent.list >want.csv
		sentences $opt --marked -S marked.list >got.csv
		run diff -u want.csv got.csv
		assert_success
		articles $opt --min-docs 3 -S sent.list >want.csv
		articles $opt --marked -S marked.list >got.csv
		run diff -u want.csv got.csv
		assert_success
	done
	run sentences --marked s1.txt
	assert_failure 2
	assert_output --partial "--marked goes with -S LIST"
}

@test "entities, entity-summary, articles: -M (mentions selected once, as analyze does) gives the same tables as -E" {
	for f in 000_00ead3c6dcb612e8.txt 004_a5f62a1bf84a2da8.txt; do
		segment "$FIXTURES/articles/$f" >"$f.sent.tsv"
		extract-entities "$f.sent.tsv" >"$f.ent.tsv"
		echo "$f.sent.tsv" >>sent.list
		echo "$f.ent.tsv" >>ent.list
	done
	for opt in "" --all; do
		entities --tsv $opt -E ent.list >mentions.tsv
		[ "$(wc -l <mentions.tsv)" -gt 50 ]
		for p in entities entity-summary; do
			"$p" $opt -E ent.list >want.csv
			"$p" -M mentions.tsv >got.csv
			run diff -u want.csv got.csv
			assert_success
		done
		articles $opt -S sent.list -E ent.list >want.csv
		articles $opt -S sent.list -M mentions.tsv >got.csv
		run diff -u want.csv got.csv
		assert_success
	done
	# what -M counts is what it is given: a mention fewer, one fewer
	head -n -1 mentions.tsv >fewer.tsv
	count='NR == 1 { for (i = 1; i <= NF; i++) if ($i == "entities") c = i } { print $c }'
	articles --tsv --all -S sent.list -M mentions.tsv | awk -F '\t' "$count" >want.txt
	articles --tsv --all -S sent.list -M fewer.tsv | awk -F '\t' "$count" >got.txt
	[ "$(sed -n 2p want.txt)" -gt 0 ]
	run diff want.txt got.txt
	assert_failure
}

@test "sentences: a repeat points at the row of its first occurrence, case and quotes folded" {
	printf 'It\x27s raining. Nothing else.\n\nIT\xe2\x80\x99S RAINING.\n' >r.txt
	run sentences r.txt
	assert_success
	assert_line --index 1 "r.txt,1,1,body,0,13,It's raining.,1,"
	assert_line --index 3 "r.txt,2,3,body,29,44,IT’S RAINING.,1,1"
}

@test "sentences: reads one article from standard input, doc is - (guarded as '-)" {
	run sh -c 'printf "Hello World. My name is Jonas.\n" | sentences'
	assert_success
	assert_line --index 1 "'-,1,1,body,0,12,Hello World.,1,"
	assert_line --index 2 "'-,1,2,body,13,30,My name is Jonas.,1,"
}

@test "pipelines: file names with spaces and quotes are kept whole" {
	cp "$SEED" "it's an \"article\".txt"
	run sentences "it's an \"article\".txt"
	assert_success
	assert_line --index 1 --partial "\"it's an \"\"article\"\".txt\",2,2,title,13,77,"
	run entities "it's an \"article\".txt"
	assert_success
	assert_line --index 1 --partial "\"it's an \"\"article\"\".txt\",2,2,"
	run articles "it's an \"article\".txt"
	assert_success
	assert_line --index 1 --partial "\"it's an \"\"article\"\".txt\",Russia to step up"
	run entity-summary "it's an \"article\".txt"
	assert_success
	assert_line --index 1 "GPE,Russia,RU,10,1"
}

@test "pipelines: standard input works for each" {
	printf 'Macron Meets Merkel\n\nPARIS, June 5, 2019\n\nPresident Emmanuel Macron met Angela Merkel in Berlin yesterday.\n' >in.txt
	run sh -c 'entities <in.txt'
	assert_success
	assert_line "'-,3,3,52,67,Emmanuel Macron,PERSON,Emmanuel Macron,,body"
	assert_line --partial ',yesterday,DATE,2019-06-04,,body'
	run sh -c 'entity-summary - <in.txt'
	assert_success
	assert_line 'PERSON,Angela Merkel,,1,1'
	run sh -c 'articles <in.txt'
	assert_success
	assert_line --index 1 "'-,Macron Meets Merkel,2019-06-05,,,16,3,6,,"
}

@test "text files and article CSVs mix under one header" {
	run sentences "$SEED" "$FIXTURES/articles/wikinews-2019-sample.csv"
	assert_success
	[ "$(printf '%s\n' "$output" | grep -c '^doc,')" -eq 1 ]
	assert_line --partial 'https://en.wikinews.org//wiki/Magnitogorsk'
}

@test "pipelines: a missing file fails the pipeline, the other files still come out" {
	for p in sentences entities entity-summary articles; do
		run "$p" nosuch.txt "$SEED"
		assert_failure 1
		assert_line --partial 'nosuch.txt'
		assert_line --partial 'Russia'
	done
}

@test "pipelines: a failure inside the pipe is not lost (invalid UTF-8)" {
	printf 'bad \377 byte. Second sentence here.\n' >bad.txt
	for p in sentences entities entity-summary articles; do
		run "$p" bad.txt
		assert_failure 1
		assert_line --partial 'bad.txt:1: invalid UTF-8'
	done
}

@test "pipelines: a write error fails loudly, a reader going away ends quietly" {
	for p in sentences entities entity-summary articles; do
		run sh -c "$p \"\$1\" >/dev/full" sh "$SEED"
		assert_failure 1
		assert_output --partial 'write error'
		run sh -c "$p \"\$1\" | head -1" sh "$SEED"
		assert_success
		refute_output --partial "$p:"
		refute_output --partial 'Broken pipe'
	done
}

@test "pipelines: formula-like text is guarded in the CSV" {
	printf '=1+1 is not a formula.\n' >f.txt
	run sentences f.txt
	assert_success
	assert_line --index 1 --partial ",'=1+1 is not a formula."
}

@test "sentences, entities, entity-summary, articles: a -S or -E list that names no file, or a list or -M stream that cannot be read, is one line of error and status 1" {
	: >empty.list
	mkdir folder
	for p in sentences entities entity-summary articles; do
		for opt in -S -E -M; do
			[ "$p" = sentences ] && [ "$opt" != -S ] && continue
			for arg in empty.list missing.list folder; do
				[ "$opt" = -M ] && [ "$arg" = empty.list ] && continue
				case $arg in
				empty.list) want="$p: empty.list: lists no file" ;;
				*) want="$p: $arg: cannot read it" ;;
				esac
				run --separate-stderr "$p" "$opt" "$arg"
				[ "$status" -eq 1 ] || { echo "$p $opt $arg: status $status"; false; }
				[ "$stderr" = "$want" ] || { echo "$p $opt $arg: $stderr"; false; }
				[ -z "$output" ]
			done
		done
	done
}

@test "pipelines: --excel writes a BOM and CRLF" {
	sentences --excel "$SEED" >x.csv
	run sh -c "head -c 3 x.csv | od -An -tx1"
	assert_output ' ef bb bf'
	run grep -c $'\r$' x.csv
	assert_output 19
	articles --excel "$SEED" >a.csv
	run grep -c $'\r$' a.csv
	assert_output 2
}

@test "pipelines: --tsv writes the record stream with every column" {
	run sentences --tsv "$SEED"
	assert_success
	assert_line --index 0 --regexp "^$(printf 'doc\tpara\tsent\trole\tstart\tend\ttext\t.*\tdocs\tboilerplate\tdup_of\tcluster')\$"
}

@test "articles: a copy is a near duplicate of the first, dates are ISO, sites from URLs" {
	cp "$FIXTURES/articles/000_00ead3c6dcb612e8.txt" copy.txt
	run articles "$FIXTURES/articles/000_00ead3c6dcb612e8.txt" copy.txt
	assert_success
	assert_line --index 2 "copy.txt,Putin Approves New Concept of Russia’s Foreign Policy,2023-06,,,875,41,70,$FIXTURES/articles/000_00ead3c6dcb612e8.txt,en"
	run articles "$FIXTURES/articles/wikinews-2019-sample.csv"
	assert_line --index 1 --partial ',2019-01-04,,en.wikinews.org,'
}

@test "articles: byline without By, default date, a short French article is fr" {
	printf 'A Quiet Morning In The Town\n\nBy Jane Doe\n\nThe town was quiet this morning and the people walked to the market.\n' >en.txt
	printf 'Le matin\n\nLa ville est calme ce matin et les gens marchent vers le marché avec leurs enfants et leurs chiens.\n' >fr.txt
	run articles -d 2020-02-03 en.txt fr.txt
	assert_success
	assert_line --index 1 "en.txt,A Quiet Morning In The Town,2020-02-03,Jane Doe,,22,3,1,,en"	# the one entity: the byline's person
	assert_line --index 2 --regexp '^fr.txt,Le matin,2020-02-03,,,2[0-9],2,[0-9],,fr$'
}

@test "articles: the language of a story in each of nine languages, and other for three it does not know" {
	run articles --tsv "$FIXTURES"/languages/*.txt
	assert_success
	got=$(printf '%s\n' "$output" | awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
		{ sub(/.*\//, "", $c["doc"]); print $c["doc"], $c["language"] }')
	[ "$got" = "de.txt de
es.txt es
fi.txt fi
fr.txt fr
hu.txt other
id.txt other
it.txt it
nl.txt nl
pl.txt pl
pt.txt pt
sv.txt sv
tr.txt other" ]
}

# (A tenth of its words common English ones: "other" until stop 35, which
# asked for a fifth.)
@test "articles: a page of OCR noise with some English is en; under 20 words, no language" {
	{
		printf 'Tlie Daily 1 I ii I l\n\n'
		for i in 1 2 3 4 5 6; do
			printf "I ' 1 t: i rt ii . Ml I' , iu 1 ! ' l . ou I 1 l' i iu I ,, %.0s" 1 2 3 4
			printf 'The men of the town said that it was in the hands of the court. '
		done
		printf '\n'
	} >ocr.txt
	printf 'Short note\n\nThe end of the day.\n' >short.txt
	run articles --tsv ocr.txt short.txt
	assert_success
	got=$(printf '%s\n' "$output" | awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
		{ print $c["doc"] "=" $c["language"] }')
	[ "$got" = "ocr.txt=en
short.txt=" ]
}

@test "articles: an author on five pages or more is still their byline, though the line is among the site's" {
	for i in 1 2 3 4 5 6; do
		printf 'Storm number %s floods coastal towns\n\nBy Jane Doe\nJanuary %s, 2019\n\nThe storm number %s flooded coastal towns on Monday, officials said, and more details would follow later in the week.\n' \
			"$i" "$i" "$i" >"p$i.txt"
	done
	run sh -c 'articles p*.txt | cut -d, -f1,4'
	assert_success
	assert_output "$(printf 'doc,byline\n'; for i in 1 2 3 4 5 6; do printf 'p%s.txt,Jane Doe\n' "$i"; done)"
}

@test "pipelines: a -d that is not a real date is a usage error (exit 2), before any table is written" {
	for p in articles entities entity-summary; do
		run sh -c "$p -d 2019-02-30 '$FIXTURES/articles/004_a5f62a1bf84a2da8.txt' 2>err"
		assert_failure 2
		assert_output ""
		run cat err
		assert_output "extract-entities: --date wants a real YYYY-MM-DD date, not '2019-02-30'"
	done
	run analyze -d bogus -o out "$FIXTURES/articles/004_a5f62a1bf84a2da8.txt"
	assert_failure 2
	[ ! -e out ]
}

@test "sentences --min-docs 0: no line is boilerplate, and docs still counts each line's documents" {
	cp "$FIXTURES/articles/004_a5f62a1bf84a2da8.txt" a.txt
	cp "$FIXTURES/articles/004_a5f62a1bf84a2da8.txt" b.txt
	run sh -c "sentences --min-docs 0 --tsv a.txt b.txt | awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next } { print \$c[\"docs\"] }' | sort | uniq -c"
	assert_success
	assert_output --regexp '^ +[0-9]+ 2$'
}

@test "pipelines: --help and a bad option" {
	for p in sentences entities entity-summary articles analyze; do
		run "$p" --help
		assert_success
		assert_line --index 0 --partial "usage: $p"
		run "$p" --bogus
		assert_failure 2
	done
}

@test "pipelines: shellcheck finds nothing" {
	command -v shellcheck >/dev/null || skip "shellcheck is not installed"
	# (the pipelines and what they share, lib/common.sh)
	run find "$QUARRY_TOP/pipelines" -type f ! -name ".*" -exec shellcheck {} +
	assert_success
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

@test "analyze: an input with invalid UTF-8 fails the run and the previous tables stay" {
	mkdir in out
	echo keep >out/sentences.csv
	printf 'bad \377 byte\n' >in/a.txt
	cp "$SEED" in/b.txt
	run analyze -o out in
	assert_failure 1
	assert_line --partial 'in/a.txt:1: invalid UTF-8'
	run cat out/sentences.csv
	assert_output keep
	run ls -A out
	assert_output sentences.csv
}

@test "analyze: --list names the article files, sorted, each once" {
	mkdir -p in/sub
	touch in/b.txt in/a.csv "in/sub/c d.txt" in/notes.md
	run analyze --list in in/b.txt
	assert_success
	assert_output "in/a.csv
in/b.txt
in/sub/c d.txt"
}

@test "entities, entity-summary: a person one article names by initials is the name other articles spell out (Charles E. Hughes, Charles Evans Hughes)" {
	printf 'Governor Charles E. Hughes spoke in Columbus on Monday.\n' >a.txt
	printf 'Charles Evans Hughes, the nominee, spoke in Dayton.\n' >b.txt
	printf 'The crowd cheered Charles Evans Hughes in Toledo.\n' >c.txt
	run entities a.txt b.txt c.txt
	assert_success
	assert_line 'a.txt,1,1,9,26,Charles E. Hughes,PERSON,Charles Evans Hughes,,body'
	run entity-summary a.txt b.txt c.txt
	assert_success
	assert_line --index 1 'PERSON,Charles Evans Hughes,,3,3'
	refute_output --partial 'Charles E. Hughes'
}

@test "entity-summary: a surname alone in one article is the one person other articles name in full (Roosevelt, Theodore Roosevelt), and Erdogan the Erdoğan they name" {
	printf 'Roosevelt spoke in Oyster Bay on Monday. Erdogan replied.\n' >a.txt
	for f in b c d; do
		printf 'Theodore Roosevelt spoke in Chicago. Recep Tayyip Erdoğan met him.\n' >"$f.txt"
	done
	run entity-summary a.txt b.txt c.txt d.txt
	assert_success
	assert_line 'PERSON,Theodore Roosevelt,,4,4'
	assert_line 'PERSON,Recep Tayyip Erdoğan,,4,4'
	refute_line --partial 'PERSON,Roosevelt,'
	refute_line --partial 'PERSON,Erdogan,'
}
