#!/bin/sh
# evaluate.sh [-b BIN] [-n both|model|rules] [-e] [-s SENTENCES] FILE... - precision, recall and F1 of extract-entities'
# names (PERSON, ORG, GPE/LOC) against CoNLL-style NER gold (IOB1 or IOB2:
# UNER's .iob2 with "# newdoc" lines, WikiGold's -DOCSTART- files).
#
# The gold tokens are fed as a token stream (doc, sent, start, end, form),
# one document per "# newdoc" or -DOCSTART-, so the name finder sees
# whole documents.  Gold PER is PERSON, ORG is ORG, LOC is GPE or LOC;
# MISC and the other types are not scored.  "exact" needs the same span
# and type, "overlap" a shared byte and the same type.  -e lists the
# errors instead, one per line: "missed" gold names no prediction
# overlaps, "false" predictions that overlap no gold name, "span" gold
# names found with other bounds (gold text, then the prediction's).
# -s SENTENCES scores the sentence stream SENTENCES against FILE, gold
# spans of its documents: doc TAB start TAB end TAB TYPE TAB text, byte
# offsets into the documents as in the stream (fixtures/ner/).
set -eu
bin=extract-entities
names=both
errors=0
sentences=
while :; do
	case ${1:-} in
	-b) bin=$2; shift 2 ;;
	-n) names=$2; shift 2 ;;
	-e) errors=1; shift ;;
	-s) sentences=$2; shift 2 ;;
	*) break ;;
	esac
done
[ $# -gt 0 ] || { echo "usage: evaluate.sh [-b BIN] [-n both|model|rules] [-e] [-s SENTENCES] FILE..." >&2; exit 2; }
command -v "$bin" >/dev/null || { echo "evaluate.sh: $bin: not found (build it, or give -b)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ -n "$sentences" ]; then
	# gold spans of the documents' own text: no tokens to rebuild
	grep -hv '^#' "$@" >"$tmp/gold.tsv"
	cp "$sentences" "$tmp/tokens.tsv"
else

LC_ALL=C awk -v OFS='\t' -v tokens="$tmp/tokens.tsv" -v gold="$tmp/gold.tsv" '
function flush_entity() {
	if (etype != "") print doc, estart, eend, etype, etext >gold
	etype = ""
}
function end_sentence() {
	flush_entity()
	if (ntok) { sent++; off++ }	# sentences are lines of the document
	ntok = 0; prev = "O"
}
function new_doc() {
	end_sentence(); ndoc++; doc = "d" ndoc; off = 0; sent = 1
}
BEGIN { print "doc", "sent", "start", "end", "form" >tokens; new_doc() }
/^# newdoc/ || /^-DOCSTART-/ { new_doc(); next }
/^#/ { next }
NF == 0 { end_sentence(); next }
{
	if ($1 ~ /^[0-9]+$/ && NF >= 3) { form = $2; tag = $3 } else { form = $1; tag = $NF }
	if (tag == "B-O" || tag == "OTH" || tag ~ /-OTH$/) tag = "O"
	if (ntok) off++			# the space between tokens
	start = off; off += length(form)
	print doc, sent, start, off, form >tokens
	ntok++
	type = tag == "O" ? "" : substr(tag, 3)
	if (type == "" || tag ~ /^B-/ || type != substr(prev, 3) || prev == "O") {
		flush_entity()
		if (type != "") { etype = type; estart = start; etext = "" }
	}
	if (type != "") { eend = off; etext = etext (etext == "" ? "" : " ") form }
	prev = tag
}
END { end_sentence() }
' "$@"
fi

"$bin" --names "$names" "$tmp/tokens.tsv" | awk -F '\t' -v OFS='\t' 'NR > 1 { print $1, $3, $4, $6, $5 }' >"$tmp/pred.tsv"

awk -F '\t' -v OFS='\t' -v errors="$errors" '
function class(t) {
	if (t == "PER" || t == "PERSON") return "PER"
	if (t == "ORG") return "ORG"
	if (t == "LOC" || t == "GPE") return "LOC"
	return ""
}
FILENAME ~ /gold/ { c = class($4); if (c == "") next
	ng++; gd[ng] = $1; gs[ng] = $2; ge[ng] = $3; gc[ng] = c; gt[ng] = $5; gold[c]++; next }
{ c = class($4); if (c == "") next
	np++; pd[np] = $1; ps[np] = $2; pe[np] = $3; pc[np] = c; pt[np] = $5; pred[c]++
	bydoc[$1] = bydoc[$1] " " np }
END {
	for (i = 1; i <= ng; i++) {
		n = split(bydoc[gd[i]], cand, " ")
		for (k = 1; k <= n; k++) {
			j = cand[k]
			if (pc[j] != gc[i]) continue
			if (ps[j] == gs[i] && pe[j] == ge[i] && !usedx[j]) { usedx[j] = 1; exact[gc[i]]++; hit[i] = 1; break }
		}
		for (k = 1; k <= n; k++) {
			j = cand[k]
			if (pc[j] != gc[i] || usedo[j]) continue
			if (ps[j] < ge[i] && gs[i] < pe[j]) { usedo[j] = 1; over[gc[i]]++; by[i] = j; break }
		}
	}
	if (errors) {
		for (i = 1; i <= ng; i++)
			if (!by[i]) print "missed", gd[i], gc[i], gt[i]
			else if (!hit[i]) print "span", gd[i], gc[i], gt[i] " | " pt[by[i]]
		for (j = 1; j <= np; j++)
			if (!usedo[j]) print "false", pd[j], pc[j], pt[j]
		exit
	}
	printf "%-6s %6s %6s   %-20s %-20s\n", "type", "gold", "found", "exact P / R / F1", "overlap P / R / F1"
	split("PER ORG LOC", cls, " ")
	for (k = 1; k <= 4; k++) {
		if (k < 4) { c = cls[k]; g = gold[c]; p = pred[c]; x = exact[c]; o = over[c] }
		else { c = "names"; g = ng; p = np; x = 0; o = 0
			for (kk = 1; kk <= 3; kk++) { x += exact[cls[kk]]; o += over[cls[kk]] } }
		printf "%-6s %6d %6d   %s   %s\n", c, g, p, prf(x, p, g), prf(o, p, g)
	}
}
function prf(t, p, g,  P, R, F) {
	P = p ? t / p : 0; R = g ? t / g : 0; F = P + R ? 2 * P * R / (P + R) : 0
	return sprintf("%.3f %.3f %.3f", P, R, F)
}
' "$tmp/gold.tsv" "$tmp/pred.tsv"
