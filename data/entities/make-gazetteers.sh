#!/bin/sh
# make-gazetteers.sh OUTDIR - builds the gazetteers of extract-entities
# from Debian's iso-codes and wordnet-base packages (`make gazetteers`):
#
#   OUTDIR/gazetteer.tsv     phrase TAB TYPE TAB norm TAB code
#   OUTDIR/common-words.txt  lower-case English words, one a line
#
# Countries come from ISO 3166-1 (iso-codes), with every name WordNet
# gives the same country as aliases; the norm is the country's common
# English name and the code its ISO 3166-1 alpha-2 code.  countries.tsv,
# written for quarry, gives the news' names of the countries ISO names
# otherwise ("Turkey", not "Türkiye"), which also tie them to WordNet,
# and places.tsv the news' spellings of places WordNet spells otherwise
# or lacks ("Kyiv", "Tehran"), and abbreviations.tsv the abbreviations of
# the states of the United States ("N.Y.", "Calif.").  A place "St. X"
# or "Mt. X" is also "St X" or "Mt X".  Adjectives that
# WordNet says pertain to a country are NORP ("Russian" -> Russia, RU;
# "Russians" too).  WordNet's named instances give cities and capitals
# (GPE), other places, continents, seas and rivers (LOC), people (PERSON: norm = the fullest name),
# buildings (FAC), events (EVENT), treaties (LAW); its capitalised
# organisation nouns give ORG ("NATO", "UN"), and organisations.tsv,
# written for quarry, the news agencies, papers, online services and
# one-word bodies WordNet lacks ("Reuters", "Twitter", "Congress").  A
# phrase with several readings keeps the first of: country, demonym,
# organisations.tsv, city, place, organisation, person, the rest.
set -eu
out=${1:?usage: make-gazetteers.sh OUTDIR}
iso=${ISO_CODES:-/usr/share/iso-codes/json/iso_3166-1.json}
wn=${WORDNET:-/usr/share/wordnet}
orgs=$(dirname "$0")/organisations.tsv
countries=$(dirname "$0")/countries.tsv
places=$(dirname "$0")/places.tsv
abbreviations=$(dirname "$0")/abbreviations.tsv
for f in "$iso" "$wn/data.noun" "$wn/data.adj" "$orgs" "$countries" "$places" "$abbreviations"; do
	[ -r "$f" ] || { echo "make-gazetteers: $f is missing; apt-get install iso-codes wordnet-base" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The Debian package versions the lists come from, when dpkg knows them.
versions() {
	dpkg-query -W -f='${Package} ${Version}; ' iso-codes wordnet-base \
	    2>/dev/null || echo "unknown"
}

# ISO 3166-1: code TAB name TAB common_name TAB official_name
awk '
/"alpha_2"/ { code = $0; sub(/.*: "/, "", code); sub(/".*/, "", code) }
/"name"/ { name = $0; sub(/.*"name": "/, "", name); sub(/",?$/, "", name) }
/"common_name"/ { common = $0; sub(/.*: "/, "", common); sub(/",?$/, "", common) }
/"official_name"/ { official = $0; sub(/.*: "/, "", official); sub(/",?$/, "", official) }
/^ *}/ { if (code != "") printf "%s\t%s\t%s\t%s\n", code, name, common, official
         code = name = common = official = "" }
' "$iso" >"$tmp/iso"

# WordNet nouns: offset TAB lexfile TAB words(|) TAB instance-of(,) TAB hypernyms(,)
awk '
/^  / { next }
{
	n = sprintf("%d", "0x" $4); words = ""
	for (i = 0; i < n; i++) { w = $(5 + 2 * i); gsub(/_/, " ", w); words = words (i ? "|" : "") w }
	p = 5 + 2 * n; np = $p + 0; inst = ""; hyp = ""
	for (i = 0; i < np; i++) {
		sym = $(p + 1 + 4 * i); off = $(p + 2 + 4 * i)
		if (sym == "@i") inst = inst (inst == "" ? "" : ",") off
		if (sym == "@") hyp = hyp (hyp == "" ? "" : ",") off
	}
	printf "%s\t%s\t%s\t%s\t%s\n", $1, $2, words, inst, hyp
}' "$wn/data.noun" >"$tmp/nouns"

# WordNet noun senses, most frequent first: lemma TAB offsets(,)
awk '
/^  / { next }
{
	n = $3 + 0; offs = ""
	for (i = NF - n + 1; i <= NF; i++) offs = offs (offs == "" ? "" : ",") $i
	w = $1; gsub(/_/, " ", w)
	printf "%s\t%s\n", w, offs
}' "$wn/index.noun" >"$tmp/senses"

# WordNet adjectives that pertain to a noun: word TAB noun-offset
awk '
/^  / { next }
{
	n = sprintf("%d", "0x" $4)
	p = 5 + 2 * n; np = $p + 0
	for (i = 0; i < np; i++) {
		if ($(p + 1 + 4 * i) != "\\" || $(p + 3 + 4 * i) != "n") continue
		for (k = 0; k < n; k++) {
			w = $(5 + 2 * k); sub(/\(.*\)$/, "", w); gsub(/_/, " ", w)
			if (w ~ /^[A-Z]/) printf "%s\t%s\n", w, $(p + 2 + 4 * i)
		}
	}
}' "$wn/data.adj" >"$tmp/pertain"

# Capitalised adjectives whose gloss speaks of a people, faith or party
awk '
/^  / { next }
{
	n = sprintf("%d", "0x" $4); gloss = $0; sub(/^[^|]*\| */, "", gloss)
	if (gloss !~ /(people|religion|religious|Islam|Muslim|Christian|Jew|Judaism|Buddhis|Hindu|church|sect|tribe|ethnic|political party)/) next
	for (k = 0; k < n; k++) { w = $(5 + 2 * k); sub(/\(.*\)$/, "", w); if (w ~ /^[A-Z][a-z]+$/) print w "\t" gloss }
}' "$wn/data.adj" >"$tmp/peoples"

# Lower-case lemmas and inflected forms: the common words
cat "$wn/data.noun" "$wn/data.verb" "$wn/data.adj" "$wn/data.adv" | awk '
/^  / { next }
{ n = sprintf("%d", "0x" $4)
  for (i = 0; i < n; i++) { w = $(5 + 2 * i); sub(/\(.*\)$/, "", w); if (w ~ /^[a-z]+$/) print w } }' >"$tmp/words"
cat "$wn"/*.exc | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^[a-z]+$/) print $i }' >>"$tmp/words"

# Everything together: strength TAB phrase TAB TYPE TAB norm TAB code
awk -F '\t' -v OFS='\t' '
FILENAME ~ /iso$/ {
	code[NR] = $1; isoname[$1] = $2; common[$1] = $3; official[$1] = $4
	for (k = 2; k <= 4; k++) if ($k != "") iso_of[$k] = $1
	short = $2; sub(/,.*/, "", short); shortname[$1] = short
	next
}
# after the ISO names, so that its names win ("Congo")
FILENAME ~ /countries.tsv$/ {
	if (/^#/ || NF < 2) next
	newsname[$1] = $2; othernames[$1] = $3; iso_of[$2] = $1
	n = split($3, w, "|")
	for (i = 1; i <= n; i++) iso_of[w[i]] = $1
	next
}
FILENAME ~ /places.tsv$/ {
	if (!/^#/ && NF >= 2) place[++nplaces] = $0
	next
}
# abbreviations.tsv: first of all too, as written ("N.Y.", "Mass.")
FILENAME ~ /abbreviations.tsv$/ {
	if (!/^#/ && NF >= 3) print 0, $1, $2, $3, ""
	next
}
FILENAME ~ /nouns$/ {
	words[$1] = $3; lex[$1] = $2; inst[$1] = $4; hyp[$1] = $5
	next
}
FILENAME ~ /pertain$/ { pertain[++np] = $0; next }
FILENAME ~ /senses$/ { senses[$1] = $2; next }
FILENAME ~ /words$/ { common[$1] = 1; next }
FILENAME ~ /peoples$/ { rel[++nrel] = $0; next }
# organisations.tsv: before cities and WordNet, and kept even when the
# phrase is a common word ("Congress", "Apple"): each was chosen by hand
FILENAME ~ /organisations.tsv$/ {
	if (!/^#/ && NF) print 3, $1, "ORG", $2 == "" ? $1 : $2, ""
	next
}
END {
	# first of all, as the countries of the news are
	for (p = 1; p <= nplaces; p++) {
		split(place[p], f, "\t")
		emit(0, f[1], f[2], f[1], "")
		n = split(f[3], w, "|")
		for (i = 1; i <= n; i++) emit(0, w[i], f[2], f[1], "")
	}
	titled = "^(President|King|Queen|Saint|St\\.|Pope|Emperor|Empress|Prince|Princess|Sir|Lord|Lady|General|Mr\\.|Mrs\\.|Dr\\.|Doctor|Captain|Father|Mother|Brother|Sister|Duke|Duchess|Baron|Count|Czar|Tsar|Shah|Sultan|Caliph|Rabbi|Cardinal|Bishop|Archbishop) "
	# capitalised adjectives of peoples, religions and parties that are
	# not of a country: NORP with their own name ("Muslim", "Sunni", "Arab")
	for (i = 1; i <= nrel; i++) {
		split(rel[i], f, "\t")
		if (f[1] ~ /^[A-Z][a-z]+$/ && !(f[1] in alias)) emit(4, f[1], "NORP", f[1], "")
	}
	# a WordNet place whose names include an ISO name is that country
	for (off in words) {
		if (lex[off] != 15) continue
		n = split(words[off], w, "|")
		for (i = 1; i <= n; i++) if (w[i] in iso_of) { c = iso_of[w[i]]
			# the synset that opens with the ISO name is the best
			score = 1 + 2 * (w[i] == isoname[c] || w[i] == common[c] ||
			    (c in newsname && w[i] == newsname[c])) + (i == 1)
			if (score > best[c]) { best[c] = score; synset[c] = off } }
	}
	for (c in isoname) {
		if (c in newsname) canon[c] = newsname[c]
		else if (common[c] != "") canon[c] = common[c]
		else if (c in synset) { split(words[synset[c]], w, "|"); canon[c] = w[1]
			# "Man": the Isle of Man, not a word that is common English
			if (tolower(w[1]) in common && shortname[c] ~ / /) canon[c] = shortname[c] }
		else canon[c] = shortname[c]
		country_off[synset[c]] = c
		emit(1, canon[c], "GPE", canon[c], c)
		emit(1, isoname[c], "GPE", canon[c], c)
		if (common[c] != "") emit(1, common[c], "GPE", canon[c], c)
		if (official[c] != "") emit(1, official[c], "GPE", canon[c], c)
		# first of all: the names of the news, over those of ISO ("Congo")
		if (c in newsname) {
			emit(0, canon[c], "GPE", canon[c], c)
			n = split(othernames[c], w, "|")
			for (i = 1; i <= n; i++) emit(0, w[i], "GPE", canon[c], c)
		}
		if (!(c in synset)) continue
		n = split(words[synset[c]], w, "|")
		for (i = 1; i <= n; i++) emit(i == 1 && w[i] == canon[c] ? 1 : 2, w[i], "GPE", canon[c], c)
	}
	for (c in isoname) {
		alias[canon[c]] = c
		if (!(c in synset)) continue
		n = split(words[synset[c]], w, "|")
		for (i = 1; i <= n; i++) if (!(w[i] in alias)) alias[w[i]] = c
	}
	# demonyms: adjectives pertaining to a synset that names a country
	for (i = 1; i <= np; i++) {
		split(pertain[i], f, "\t"); c = ""; bestl = 0
		# "Chinese" pertains to a synset naming both China and Taiwan:
		# the country whose name shares the longest prefix wins
		if (f[2] in words) {
			n = split(words[f[2]], w, "|")
			for (k = 1; k <= n; k++) {
				if (!(w[k] in alias)) continue
				l = lcp(f[1], canon[alias[w[k]]])
				if (lcp(f[1], w[k]) > l) l = lcp(f[1], w[k])
				if (c != "" && alias[w[k]] != c) several = 1
				if (c == "" || l > bestl) { bestl = l; c = alias[w[k]] }
			}
		}
		if (several && bestl < 2) c = ""
		several = 0
		if (c == "" || f[1] !~ /^[A-Z][a-z]+$/) continue
		emit(3, f[1], "NORP", canon[c], c)
		if (f[1] ~ /(an|i)$/) emit(3, f[1] "s", "NORP", canon[c], c)
	}
	for (off in words) {
		if (off in country_off) continue
		n = split(words[off], w, "|"); type = ""; rank = 9; norm = w[1]
		if (inst[off] != "") {
			split(inst[off], cls, ",")
			kind = words[cls[1]]
			if (lex[off] == 15) {
				if (kind ~ /(city|capital|port|town|country|state|province|kingdom|republic|borough|village|county|emirate|municipality|metropolis|urban center|district)(\||$)/) { type = "GPE"; rank = 4 }
				else { type = "LOC"; rank = 5 }
			} else if (lex[off] == 18 && kind !~ /(deity|god|goddess|spirit|Titan|giant|nymph|hero)(\||$)/) {
				type = "PERSON"; rank = 7; norm = ""
				for (i = 1; i <= n; i++) if (w[i] !~ titled && length(w[i]) > length(norm)) norm = w[i]
			} else if (lex[off] == 14) { type = "ORG"; rank = 6 }
			else if (lex[off] == 17) { type = "LOC"; rank = 5	# continents, rivers, planets
				if (n == 1 && tolower(w[1]) in common) type = ""	# "Sun", "Virgin" (Virgo)
				# stars and constellations are seldom news, and
				# they are also surnames: "Hunter" (Orion), "Crane"
				if (kind ~ /(constellation|star|zodiac)(\||$)/) type = ""
			}
			else if (lex[off] == 6) { type = "FAC"; rank = 8 }
			else if (lex[off] == 11) { type = "EVENT"; rank = 8 }
			else if (lex[off] == 10 && words[off] ~ /(Treaty|Act|Law|Constitution|Charter|Convention|Agreement|Declaration|Accord)/) { type = "LAW"; rank = 8 }
		} else if (lex[off] == 14 && w[1] ~ /^[A-Z]/) { type = "ORG"; rank = 6 }
		else if (lex[off] == 15 && w[1] ~ /^[A-Z]/ && w[1] !~ / [a-z]/) { type = "LOC"; rank = 5 }
		if (type == "") continue
		for (i = 1; i <= n; i++) {
			# "Europe" is also a name of the EU: single words of an
			# organisation only when they are acronyms
			if (type == "ORG" && inst[off] == "" && w[i] !~ /^.+[A-Z ]/) continue
			if (type == "LOC" && surname_first(w[i], off)) continue
			emit(rank, w[i], type, type == "PERSON" ? norm : w[1], "")
		}
	}
}
# Is the lone word x, one name of the place off, a surname first?  Of the
# named things WordNet calls x, the most frequent is a person (no deity),
# and x is either the short form of a mountain or a lake ("Wilson" for
# Mount Wilson, "Nasser" for Lake Nasser) or the surname of two people or
# more ("Charles" for the Charles River, "White", "James"): the news means
# the person.  "Rhine" (one person), "Hudson" (the river first) and
# "Pluto" (a god first) stay places.
function surname_first(x, off,   o, n, k, first, people, names) {
	if (x ~ / / || !(tolower(x) in senses)) return 0
	n = split(senses[tolower(x)], o, ",")
	for (k = 1; k <= n; k++) {
		if (inst[o[k]] == "" || !index("|" words[o[k]] "|", "|" x "|")) continue
		if (first == "") first = o[k]
		if (is_person(o[k])) people++
	}
	if (first == "" || !is_person(first)) return 0
	names = "|" words[off] "|"
	return people >= 2 || index(names, "|Mount " x "|") ||
	    index(names, "|Mt. " x "|") || index(names, "|Lake " x "|")
}
# Is the synset o a named person, no god or spirit?
function is_person(o,   cls) {
	if (lex[o] != 18 || inst[o] == "") return 0
	split(inst[o], cls, ",")
	return words[cls[1]] !~ /(deity|god|goddess|spirit|Titan|giant|nymph|hero)(\||$)/
}
function lcp(a, b,  i) {
	for (i = 1; i <= length(a) && substr(a, i, 1) == substr(b, i, 1); i++) ;
	return i - 1
}
# "Washington D.C." -> "Washington DC": the dots of initials dropped
function undot(s,  i, c, out, prev, prev2) {
	out = ""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		prev = substr(s, i - 1, 1); prev2 = i > 2 ? substr(s, i - 2, 1) : " "
		if (c == "." && prev ~ /[A-Z]/ && prev2 ~ /[ .]/) continue
		out = out c
	}
	return out
}
# spaced(phrase): the initials of its first word spaced, "U.S. Senate" ->
# "U. S. Senate"
function spaced(phrase,   first, rest) {
	first = phrase; rest = ""
	if (index(phrase, " ")) {
		first = substr(phrase, 1, index(phrase, " ") - 1)
		rest = substr(phrase, index(phrase, " "))
	}
	gsub(/\./, ". ", first)
	sub(/ $/, "", first)
	return first rest
}
function emit(rank, phrase, type, norm, code) {
	if (phrase !~ /^[A-Z]/ || length(phrase) < 2 || phrase ~ /[()]/) return
	# two letters ("SS" for the Schutzstaffel, "TT" for Micronesia, "Po",
	# "Ur") are a word in capitals, initials or misread print far more
	# often than the name: only the lists written by hand give such names
	# (rank 0 here; organisations.tsv is printed without emit)
	if (rank > 0 && phrase ~ /^[A-Z][A-Za-z]$/) return
	# nor capitals with "II" in them ("IIS" for the Iraqi Intelligence
	# Service): misread print of "HIS", "ll", "11" in old pages
	if (rank > 0 && phrase ~ /^[A-Z]*II[A-Z]*$/ && length(phrase) <= 4) return
	# the synset of a common noun ("sun", "chunnel"): the proper name is its own
	# norm, and a lone common word ("Sun") no name at all
	if (norm !~ /[A-Z]/) {
		if (phrase !~ / / && tolower(phrase) in common) return
		norm = phrase
	}
	# "President Bush": the name finder strips titles itself
	if (type == "PERSON" && phrase ~ titled) return
	# a person by one word only as the surname of the full name ("Putin");
	# "Mary" (the Virgin), "Paul" (the apostle) are first names in news
	if (type == "PERSON" && phrase !~ / / && norm !~ (" " phrase "$")) return
	# "Bush", "State": a lone word that is also common English is too
	# often not the name; a place mid-sentence ("Berlin", "Reading") is
	if (rank > 1 && type != "GPE" && type != "LOC" && phrase !~ / / &&
	    tolower(phrase) in common) return
	# but a lone common word that is only another name of a place is
	# not: "Man" for the Isle of Man, "Village" for Greenwich Village,
	# "South" for the Confederacy ("West" for the West stays)
	if (rank > 1 && phrase !~ / / && tolower(phrase) in common &&
	    norm != phrase && (type == "LOC" ||
	    index(" " norm " ", " " phrase " "))) return
	print rank, phrase, type, norm, code
	# "Washington D.C." is written "Washington DC" too
	if (phrase ~ /[A-Z]\.[A-Z]\./ && phrase ~ / / && (type == "GPE" || type == "LOC"))
		print rank, undot(phrase), type, norm, code
	# "St. Louis" is "St Louis" in British style, "Mt. Everest" "Mt Everest"
	if (phrase ~ /^(St|Mt)\. / && type != "PERSON")
		print rank, substr(phrase, 1, 2) substr(phrase, 4), type, norm, code
	# "U.S." is "U. S." in old papers (326 times to 26 in the 1916 pages),
	# "U.S. Senate" "U. S. Senate": the initials of the country only (those
	# of a state, "N. Y.", are as often the initials of a person:
	# abbreviations.tsv has them for after a town alone)
	if (phrase ~ /^U\.(S\.|S\.A\.|K\.)( |$)/)
		print rank, spaced(phrase), type, norm, code
}
' "$tmp/words" "$tmp/iso" "$countries" "$places" "$abbreviations" "$tmp/nouns" "$tmp/senses" "$tmp/pertain" "$tmp/peoples" "$orgs" >"$tmp/all"

{
	echo "# gazetteer.tsv - generated by data/entities/make-gazetteers.sh from"
	echo "# iso-codes (ISO 3166-1, LGPL-2.1+) and WordNet 3.0 (WordNet licence);"
	echo "# see data/entities/README.md.  phrase TAB TYPE TAB norm TAB code"
	echo "# sources: $(versions)"
	LC_ALL=C sort -t "$(printf '\t')" -k1,1n -k2,2 "$tmp/all" |
	    awk -F '\t' -v OFS='\t' '!seen[$2]++ { print $2, $3, $4, $5 }'
} >"$tmp/gazetteer.tsv"

{
	echo "# common-words.txt - generated by data/entities/make-gazetteers.sh"
	echo "# from WordNet 3.0 (WordNet licence): its lower-case lemmas and forms."
	LC_ALL=C sort -u "$tmp/words"
} >"$tmp/common-words.txt"

mv "$tmp/gazetteer.tsv" "$out/gazetteer.tsv"
mv "$tmp/common-words.txt" "$out/common-words.txt"
