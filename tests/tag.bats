#!/usr/bin/env bats
# tag: sentence stream in, one record per token (form, UPOS, XPOS, lemma).

load helpers
bats_require_minimum_version 1.5.0

setup() {
	T="$BATS_TEST_TMPDIR"
	F="$FIXTURES/tag"
}

# col NAME FILE: the values of column NAME of a stream, one a line.
col() {
	awk -F'\t' -v name="$1" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == name) c = i; next } { print $c }' "$2"
}

@test "--help prints usage on stdout and exits 0" {
	run tag --help
	assert_success
	assert_line --index 0 --partial 'usage: tag'
}

@test "--version names the tool" {
	run tag --version
	assert_success
	assert_output --regexp '^tag \(quarry\) [0-9]'
}

@test "an unknown option or format is a usage error (exit 2)" {
	run -2 tag --bogus
	run -2 tag -f xml
	assert_output --partial 'tsv or conllu'
	run -2 tag --epochs 0 --train x -o y
}

@test "a stream with only a text column is tokenized and tagged" {
	run tag <<<$'text\nHello world.'
	assert_success
	assert_output "$(printf '%s\t' doc sent tok start end form upos xpos lemma | sed 's/\t$//')
-	1	1	0	5	Hello	INTJ	UH	hello
-	1	2	6	11	world	NOUN	NN	world
-	1	3	11	12	.	PUNCT	.	."
}

@test "seed sentences: tokens, tags and lemmas match the reviewed golden file" {
	tag "$F/seed-sentences.tsv" >"$T/out.tsv"
	run diff -u "$F/seed-tokens.tsv" "$T/out.tsv"
	assert_success
}

@test "tricky seed tokens are kept whole or split as UD does" {
	tag "$F/seed-sentences.tsv" >"$T/out.tsv"
	forms=$(col form "$T/out.tsv" | tr '\n' ' ')
	[[ "$forms" == *" ( No. 229 , March 31 , 2023 ) "* ]]
	[[ "$forms" == *"2,500 \$ "* ]]
	[[ "$forms" == *" Russia ’s Foreign Policy "* ]]
	[[ "$forms" == *" Russia 's new "* ]]
	[[ "$forms" == *" “ Ukraine ” "* ]]
	[[ "$forms" == *" doesn ’t "* ]] || [[ "$forms" == *" does n’t "* ]]
	[[ "$forms" == *" non-proliferation . "* ]]
}

@test "tricky tokens get the tags EWT gives them" {
	printf 'text\nThe U.S. and Russia'"'"'s No. 229 decree cost 2,500 $ on 31.03.2023.\n' >"$T/in.tsv"
	tag "$T/in.tsv" | cut -f6-8 >"$T/out"
	run grep -c . "$T/out"
	assert_output 15
	run sed -n '3p;5p;6p;8p;11p;12p;14p' "$T/out"
	assert_output "U.S.	PROPN	NNP
Russia	PROPN	NNP
's	PART	POS
229	NUM	CD
2,500	NUM	CD
\$	SYM	\$
31.03.2023	NUM	CD"
}

@test "token offsets cut the token back out of the source document" {
	tag "$F/seed-sentences.tsv" >"$T/out.tsv"
	run bash -c 'cd "$1" && spancheck -x "$2" form' _ "$FIXTURES/articles" "$T/out.tsv"
	assert_success
	assert_output --regexp '^[0-9]+$'
	[ "$output" -gt 0 ]
}

@test "folded whitespace is mapped back through the folds column" {
	# source "Hello   big\n\nworld." : text folds the runs after 5 and 9
	printf 'doc\tstart\tend\tfolds\ttext\nd\t100\t120\t5:2,9:1\tHello big world.\n' >"$T/in.tsv"
	run sh -c "tag '$T/in.tsv' | cut -f3-6"
	assert_output "tok	start	end	form
1	100	105	Hello
2	108	111	big
3	113	118	world
4	118	119	."
}

@test "columns pass through; text and folds are dropped" {
	printf 'doc\tpara\tsent\trole\turl\tstart\tend\ttext\na\t3\t7\tbody\thttp://x\t10\t13\tHi!\n' >"$T/in.tsv"
	run tag "$T/in.tsv"
	assert_output "doc	para	sent	role	url	tok	start	end	form	upos	xpos	lemma
a	3	7	body	http://x	1	10	12	Hi	INTJ	UH	hi
a	3	7	body	http://x	2	12	13	!	PUNCT	.	!"
}

@test "a passed-through column name keeps its escapes in the header (a TAB in it stays one column)" {
	printf 'text\tmy\\tcol\tback\\\\slash\nHello.\tx\ty\n' >"$T/in.tsv"
	run tag "$T/in.tsv"
	assert_line -n 0 "$(printf 'doc\tmy\\tcol\tback\\\\slash\tsent\ttok\tstart\tend\tform\tupos\txpos\tlemma')"
	tag "$T/in.tsv" | tocsv >/dev/null
}

@test "without doc and sent columns, doc comes first and sent just before tok (tag(1))" {
	run sh -c "printf 'id\ttext\na1\tHello.\n' | tag | head -1"
	assert_output "$(printf 'doc\tid\tsent\ttok\tstart\tend\tform\tupos\txpos\tlemma')"
}

@test "--format conllu writes CoNLL-U with doc, sent_id and text comments" {
	run tag -f conllu <<<$'doc\tsent\ttext\na.txt\t4\tI don\'t know.'
	assert_success
	assert_output "# doc = a.txt
# sent_id = 4
# text = I don't know.
1	I	I	PRON	PRP	_	_	_	_	_
2	do	do	AUX	VBP	_	_	_	_	SpaceAfter=No
3	n't	not	PART	RB	_	_	_	_	_
4	know	know	VERB	VB	_	_	_	_	SpaceAfter=No
5	.	.	PUNCT	.	_	_	_	_	_"
}

@test "--conllu fills UPOS, XPOS and LEMMA and keeps every other line" {
	tag --conllu "$F/ewt-dev-mwt.conllu" >"$T/out.conllu"
	run diff <(cut -f1,2,6- "$F/ewt-dev-mwt.conllu") <(cut -f1,2,6- "$T/out.conllu")
	assert_success
	# Every word line got a known tag and a lemma.
	run awk -F'\t' '$1 ~ /^[0-9]+$/ && ($3 == "" || $4 == "" || $5 == "") ' "$T/out.conllu"
	assert_output ''
	run grep -c $'^[0-9]*-[0-9]*\t' "$T/out.conllu"
	assert_output 2
}

@test "straight quotation marks open or close by their spacing (\`\` and '')" {
	# The model alone took both marks of the first sentence, and the
	# opening one of the second, for closing ones.
	run tag <<<$'text\nTrump said on Friday "I can do it if I want."\nCummings "worked until his last day," he said.'
	assert_success
	run awk -F'\t' '$6 == "\"" { printf "%s ", $8 }' <<<"$output"
	assert_output "\`\` '' \`\` '' "
}

@test "a hyphen glued between letters or digits joins them (HYPH); a spaced one is left to the model" {
	# The model alone took the first, second and fourth for commas and
	# the third for a symbol.
	run tag <<<$'text\nHe told Agence France-Presse the male was dead.\nThey evolved from wing-flapping by running.\nThe gunman had an AR-15 rifle.\nNATO Secretary-General Jens Stoltenberg spoke.\nHe left - and never came back.'
	assert_success
	run awk -F'\t' '$6 == "-" { printf "%s ", $8 }' <<<"$output"
	assert_output "HYPH HYPH HYPH HYPH , "
}

@test "--conllu: quotation marks open or close by SpaceAfter=No" {
	printf '%s\n' '# text = Trump said on Friday "I can do it if I want."' \
		$'1\tTrump\t_\t_\t_\t_\t_\t_\t_\t_' $'2\tsaid\t_\t_\t_\t_\t_\t_\t_\t_' \
		$'3\ton\t_\t_\t_\t_\t_\t_\t_\t_' $'4\tFriday\t_\t_\t_\t_\t_\t_\t_\t_' \
		$'5\t"\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No' $'6\tI\t_\t_\t_\t_\t_\t_\t_\t_' \
		$'7\tcan\t_\t_\t_\t_\t_\t_\t_\t_' $'8\tdo\t_\t_\t_\t_\t_\t_\t_\t_' \
		$'9\tit\t_\t_\t_\t_\t_\t_\t_\t_' $'10\tif\t_\t_\t_\t_\t_\t_\t_\t_' \
		$'11\tI\t_\t_\t_\t_\t_\t_\t_\t_' $'12\twant\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No' \
		$'13\t.\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No' $'14\t"\t_\t_\t_\t_\t_\t_\t_\t_' '' >"$T/q.conllu"
	run tag --conllu "$T/q.conllu"
	assert_success
	run awk -F'\t' '$2 == "\"" { printf "%s ", $5 }' <<<"$output"
	assert_output "\`\` '' "
}

@test "same input twice gives the same bytes" {
	tag "$F/seed-sentences.tsv" >"$T/a"
	tag "$F/seed-sentences.tsv" >"$T/b"
	cmp "$T/a" "$T/b"
}

@test "training is deterministic: the same model bytes twice" {
	tag --train "$F/ewt-train-150.conllu" --epochs 2 -o "$T/m1" 2>/dev/null
	tag --train "$F/ewt-train-150.conllu" --epochs 2 -o "$T/m2" 2>/dev/null
	cmp "$T/m1" "$T/m2"
	# and the model it wrote is usable
	run tag --model "$T/m1" <<<$'text\nThe cat sat.'
	assert_success
	assert_line --index 2 --partial $'\tcat\t'
}

@test "training on a file without sentences is a data error, not a crash, and writes no model" {
	: >"$T/empty.conllu"
	run -1 tag --train "$T/empty.conllu" -o "$T/m"
	assert_output "tag: $T/empty.conllu: no sentences"
	[ ! -e "$T/m" ]
}

@test "training keeps words seen 20+ times with one tag (99%) to tag unscored" {
	# In the fixture: , . the a and (each 20+ times, one tag); not "in"
	# (73 of 80 ADP) nor "-" (35 of 38 HYPH).
	run tag --train "$F/ewt-train-150.conllu" --epochs 1 -o "$T/m"
	assert_success
	assert_output --partial 'tag: 5 words of one tag'
	run tag --model "$T/m" <<<$'text\nand the a , .'
	assert_success
	assert_equal "$(cut -f6-7 <<<"$output" | tail -n +2 | tr '\t\n' '/ ')" \
	    'and/CCONJ the/DET a/DET ,/PUNCT ./PUNCT '
}

@test "--model with the shipped model file equals the built-in model" {
	tag "$F/seed-sentences.tsv" >"$T/a"
	tag --model "$QUARRY_TOP/data/tag/model.bin" "$F/seed-sentences.tsv" >"$T/b"
	cmp "$T/a" "$T/b"
}

@test "a file that is not a model is a data error" {
	printf 'nonsense' >"$T/m"
	run -1 tag --model "$T/m" <<<$'text\nHi.'
	assert_output --partial 'not a tag model'
	run -1 tag --model "$T/none" <<<$'text\nHi.'
	assert_output --partial 'No such file'
}

@test "no text column: not a sentence stream (exit 1, file and line)" {
	printf 'Hello world.\nA second line.\n' >"$T/plain.txt"
	run -1 tag "$T/plain.txt"
	assert_output "tag: $T/plain.txt:1: no 'text' column in the header"
}

@test "a ragged row is a data error with its line" {
	printf 'doc\ttext\na\tHi.\nb\n' >"$T/in.tsv"
	run -1 tag "$T/in.tsv"
	assert_output "tag: $T/in.tsv:3: 1 fields, the header has 2"
}

@test "invalid UTF-8 is a data error with its line" {
	printf 'text\nfine\nbad \377 byte\n' >"$T/in.tsv"
	run -1 tag "$T/in.tsv"
	assert_output --partial "tag: $T/in.tsv:3: invalid UTF-8"
}

@test "a start that is not a number is a data error" {
	printf 'start\ttext\nx\tHi.\n' >"$T/in.tsv"
	run -1 tag "$T/in.tsv"
	assert_output --partial "$T/in.tsv:2: 'start' is not a byte offset"
}

@test "a bad CoNLL-U word line is a data error with its line" {
	printf '# text = a\n1\ta\n' >"$T/bad.conllu"
	run -1 tag --conllu "$T/bad.conllu"
	assert_output "tag: $T/bad.conllu:2: a CoNLL-U word line has 2 fields, expected 10"
}

@test "a missing input is reported, the others are still tagged (exit 1)" {
	printf 'text\nHi.\n' >"$T/in.tsv"
	run -1 tag "$T/none.tsv" "$T/in.tsv"
	assert_line --index 0 "tag: $T/none.tsv: No such file or directory"
	assert_line --partial $'\tHi\t'
}

@test "several inputs make one stream with one header" {
	printf 'text\nHi.\n' >"$T/a.tsv"
	run tag "$T/a.tsv" "$T/a.tsv"
	assert_success
	run grep -c '^doc' <<<"$output"
	assert_output 1
}

@test "unknown scripts and emoji get tokens and tags" {
	printf 'text\n\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd \xe2\x80\xae!\n' >"$T/in.tsv"
	tag "$T/in.tsv" >"$T/out"
	run awk -F'\t' 'NR > 1 && ($6 == "" || $7 == "" || $8 == "") ' "$T/out"
	assert_output ''
	run grep -c . "$T/out"
	assert_output 6
}

@test "a 1 MB sentence without punctuation is tagged whole" {
	# (not awk, whose s = s "word " copies the string each time: minutes)
	{ echo text; yes word | head -n 200000 | tr '\n' ' '; echo; } >"$T/big.tsv"
	tag "$T/big.tsv" >"$T/out"
	run sh -c "tail -1 '$T/out' | cut -f3,4,5"
	assert_output $'200000\t999995\t999999'
}

@test "| head ends quietly; a full disk fails loudly" {
	run sh -c "tag '$F/seed-sentences.tsv' | head -1"
	assert_success
	assert_output --partial 'doc'
	run -1 sh -c "tag '$F/seed-sentences.tsv' >/dev/full"
	assert_output --partial 'write error'
}

@test "accuracy on EWT dev stays above the floor (UPOS 95.0, XPOS 94.4)" {
	skip_without_shared
	dev="$SHARED/data/ud-english-ewt/en_ewt-ud-dev.conllu"
	tag --conllu "$dev" >"$T/out"
	run sh -c "paste '$dev' '$T/out' | awk -F'\t' 'NF == 20 && \$1 ~ /^[0-9]+\$/ { n++; u += \$4 == \$14; x += \$5 == \$15 } END { printf \"%.2f %.2f\\n\", 100*u/n, 100*x/n }'"
	echo "UPOS XPOS: $output"
	run awk -v s="$output" 'BEGIN { split(s, a, " "); exit !(a[1] >= 95.0 && a[2] >= 94.4) }'
	assert_success
}

@test "folded text without a folds column is flagged, once" {
	printf 'doc\tstart\tend\ttext\nd\t0\t20\tHello big world.\nd\t30\t50\tAgain big world.\n' >"$T/in.tsv"
	run --separate-stderr tag "$T/in.tsv"
	assert_success
	[ "$stderr" = "tag: $T/in.tsv:2: the text is not its source span verbatim and there is no 'folds' column: token offsets inside such sentences are approximate" ]
}

@test "segment | tag: every token's offsets cut it out of the source, folds and all" {
	command -v segment >/dev/null || skip "segment is not built"
	printf 'A  title   line\n\nHello   big\nworld, said  Mr.  Smith   today.  Next one.\n' >"$T/doc.txt"
	segment "$T/doc.txt" "$FIXTURES/articles/000_00ead3c6dcb612e8.txt" | tag >"$T/out.tsv"
	run spancheck -x "$T/out.tsv" form
	assert_success
	[ "$output" -gt 100 ]
}

@test "--language: each record gets its document's language, the records in input order" {
	segment "$FIXTURES"/languages/de.txt "$FIXTURES"/languages/fi.txt >"$T/s.tsv"
	run tag --language "$T/s.tsv"
	assert_success
	[ "$(head -n 1 <<<"$output")" = "$(head -n 1 "$T/s.tsv")"$'\tlanguage' ]
	# every input record once, in order, unchanged but for the new column
	diff <(cut -f 1-"$(head -n 1 "$T/s.tsv" | awk -F'\t' '{ print NF }')" <<<"$output") "$T/s.tsv"
	run sh -c "tag --language '$T/s.tsv' | awk -F'\t' 'NR > 1 { sub(/.*\//, \"\", \$1); print \$1, \$NF }' | uniq -c"
	assert_output --regexp '^ *[0-9]+ de.txt de
 *[0-9]+ fi.txt fi$'
}

@test "--language: the whole document decides, not each sentence" {
	# the English sentence is too short alone (under 20 words); the
	# German document's German sentences decide for it
	printf 'doc\ttext\nd\tDas ist eine Stadt.\nd\tThe man said so.\nd\tSie hat mit dem Rat und der Stadt über den Park gesprochen, der nach dem Sommer für die Kinder offen sein wird.\n' >"$T/s.tsv"
	run tag --language "$T/s.tsv"
	assert_success
	assert_output "$(printf 'doc\ttext\tlanguage\nd\tDas ist eine Stadt.\tde\nd\tThe man said so.\tde\nd\tSie hat mit dem Rat und der Stadt über den Park gesprochen, der nach dem Sommer für die Kinder offen sein wird.\tde')"
}

@test "--language: a word in capitals counts as the list's word in small letters, beyond ASCII too (ŻE is że, BYĆ is być)" {
	# Polish in capitals whose only common words are those with a
	# letter beyond ASCII ("Ż" is U+017B, "Ę" U+0118, "Ć" U+0106)
	text='KOWALSKI ŻE JUŻ SĄ WARSZAWA SIĘ BYĆ KRAKÓW ŻE JUŻ SĄ GDAŃSK SIĘ BYĆ POZNAŃ ŻE JUŻ SĄ ŁÓDŹ SIĘ BYĆ'
	printf 'doc\ttext\nd\t%s\n' "$text" >"$T/s.tsv"
	run tag --language "$T/s.tsv"
	assert_success
	assert_line --index 1 --regexp $'\tpl$'
}

@test "--language: under 20 words no language; no doc column: each record its own document" {
	printf 'text\tx\nThe cat sat.\t1\n%s\t2\n' "$(printf 'the of and to in is that for on was with as by it at from his her he she ')" >"$T/s.tsv"
	run tag --language "$T/s.tsv"
	assert_success
	assert_line --index 1 $'The cat sat.\t1\t'
	assert_line --index 2 --regexp $'\t2\ten$'
}

@test "--language replaces a language column and passes the others through" {
	printf 'language\tdoc\tnote\ttext\nxx\ta\tkeep\\tme\t%s\n' "$(printf 'der die und den von zu das mit sich des auf für ist im dem nicht ein eine als auch ')" >"$T/s.tsv"
	run tag --language "$T/s.tsv"
	assert_success
	assert_line --index 0 $'doc\tnote\ttext\tlanguage'
	assert_line --index 1 --regexp $'^a\tkeep\\\\tme\t.*\tde$'
}

@test "--language takes no model, format or CoNLL-U (exit 2); a stream without text is a data error" {
	run -2 tag --language -m x
	assert_output --partial '--language takes no'
	run -2 tag --language --conllu
	run -1 tag --language <<<$'doc\nd'
	assert_output --partial 'text'
}

@test "--language keeps every field, the empty ones too: each record has the header's field count" {
	printf 'doc\tx\tlanguage\ttext\n\t\told\tthe of and\nd\t\t\t\n' >"$T/s.tsv"
	run tag --language "$T/s.tsv"
	assert_success
	assert_output "$(printf 'doc\tx\ttext\tlanguage\n\t\tthe of and\t\nd\t\t\t')"
}
