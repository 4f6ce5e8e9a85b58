# spans2iob.awk GOLD TOKENS - CoNLL-style training data (a token, a space,
# its IOB2 tag a line, "# newdoc" between documents, a blank line between
# sentences) from gold name spans (doc TAB start TAB end TAB TYPE TAB
# text, as in fixtures/ner) and tag(1)'s token stream of the same
# documents.  PERSON is PER, GPE, LOC and FAC are LOC (the classes of
# the other NER data); a token is in a name when its bytes are.
BEGIN { FS = OFS = "\t" }
FNR == NR {
	if (/^#/) next
	n++; gd[n] = $1; gs[n] = $2; ge[n] = $3
	gt[n] = $4 == "PERSON" ? "PER" : $4 == "ORG" ? "ORG" : "LOC"
	first[$1] = first[$1] ? first[$1] : n
	next
}
FNR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
{
	doc = $col["doc"]; sent = $col["sent"]
	s = $col["start"] + 0; e = $col["end"] + 0
	if (doc != pdoc) {
		if (pdoc != "") print ""
		print "# newdoc id = " doc
		pdoc = doc; psent = sent; k = first[doc]
	} else if (sent != psent) {
		print ""
		psent = sent
	}
	tag = "O"
	# gold spans are in document order: move past those ending before s
	while (k && k <= n && gd[k] == doc && ge[k] <= s) k++
	if (k && k <= n && gd[k] == doc && gs[k] < e)
		tag = (s <= gs[k] ? "B-" : "I-") gt[k]
	print $col["form"] " " tag
}
END { print "" }
