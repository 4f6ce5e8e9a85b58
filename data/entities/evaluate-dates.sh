#!/bin/sh
# evaluate-dates.sh [-b BIN] [-e] SENTENCES GOLD - how many of the dates
# in GOLD extract-entities finds in the sentence stream SENTENCES, and how
# many of those it gives the right ISO 8601 value (its norm).
#
# GOLD: doc TAB start TAB end TAB DATE TAB text TAB value, byte offsets
# into the documents as in the stream (fixtures/ner/wikinews-*.dates); a
# value of "-" is a date with no ISO value, counted as found or not only.
# A gold date is found when a DATE mention overlaps it (each mention
# finds one date at most); its value is right when the mention's norm
# equals it.  -e lists the errors instead: "missed" dates, "false" DATE
# mentions that overlap no gold date, "value" dates found with another
# norm (the gold value, then the norm).
set -eu
bin=extract-entities
errors=0
while :; do
	case ${1:-} in
	-b) bin=$2; shift 2 ;;
	-e) errors=1; shift ;;
	*) break ;;
	esac
done
[ $# -eq 2 ] || { echo "usage: evaluate-dates.sh [-b BIN] [-e] SENTENCES GOLD" >&2; exit 2; }
command -v "$bin" >/dev/null || { echo "evaluate-dates.sh: $bin: not found (build it, or give -b)" >&2; exit 2; }
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
"$bin" "$1" | awk -F '\t' -v OFS='\t' 'NR > 1 && $6 == "DATE" { print $1, $3, $4, $5, $7 }' >"$tmp"

awk -F '\t' -v OFS='\t' -v errors="$errors" '
FNR == NR { if (/^#/) next
	ng++; gd[ng] = $1; gs[ng] = $2; ge[ng] = $3; gt[ng] = $5; gv[ng] = $6; next }
{ np++; pd[np] = $1; ps[np] = $2; pe[np] = $3; pt[np] = $4; pv[np] = $5
	bydoc[$1] = bydoc[$1] " " np }
END {
	for (i = 1; i <= ng; i++) {
		n = split(bydoc[gd[i]], cand, " ")
		for (k = 1; k <= n; k++) {
			j = cand[k]
			if (used[j] || !(ps[j] < ge[i] && gs[i] < pe[j])) continue
			used[j] = 1; found++; by[i] = j
			if (gv[i] != "-") { valued++; if (pv[j] == gv[i]) right++ }
			break
		}
	}
	if (errors) {
		for (i = 1; i <= ng; i++)
			if (!by[i]) print "missed", gd[i], gt[i], gv[i]
			else if (gv[i] != "-" && pv[by[i]] != gv[i])
				print "value", gd[i], gt[i] " | " pt[by[i]], gv[i] " | " pv[by[i]]
		for (j = 1; j <= np; j++)
			if (!used[j]) print "false", pd[j], pt[j], pv[j]
		exit
	}
	printf "dates %d, found %d (recall %.3f); DATE mentions %d (precision %.3f); value right %d of %d found with a value (%.3f)\n",
	    ng, found, ng ? found / ng : 0, np, np ? found / np : 0, right, valued, valued ? right / valued : 0
}' "$2" "$tmp"
