#!/bin/sh
# eval.sh TAG EWT-DIR: tags the gold tokens of EWT dev and test with
# "TAG --conllu" and prints UPOS, XPOS and lemma accuracy.  Skips (status
# 0) when the treebank is absent, as in a fresh clone without ../shared.
tag=$1 ewt=$2
if [ ! -f "$ewt/en_ewt-ud-test.conllu" ]; then
	echo "eval-tag: skipped: $ewt is absent"
	exit 0
fi
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
printf '%-6s %8s %8s %8s %8s\n' set words UPOS XPOS lemma
for set in dev test; do
	gold=$ewt/en_ewt-ud-$set.conllu
	"$tag" --conllu "$gold" >"$tmp" || exit 1
	paste "$gold" "$tmp" | awk -F'\t' -v set="$set" '
	NF == 20 && $1 ~ /^[0-9]+$/ {
		n++; u += $4 == $14; x += $5 == $15; l += $3 == $13
	}
	END {
		printf "%-6s %8d %7.2f%% %7.2f%% %7.2f%%\n", set, n,
		    100 * u / n, 100 * x / n, 100 * l / n
	}'
done
