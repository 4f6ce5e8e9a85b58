#!/usr/bin/env bats
# Spreadsheet truth: the tables of analyze, opened by a real spreadsheet
# engine (gnumeric's ssconvert, CSV -> xlsx), read back cell by cell.
# gnumeric is installed here when missing and we are root (it is not a
# dependency of `make test` otherwise); the tests skip, saying why, only
# when it cannot be installed.

load helpers

setup_file() {
	if ! command -v ssconvert >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ] &&
		command -v apt-get >/dev/null 2>&1; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			gnumeric >/dev/null 2>&1 ||
		{ apt-get update -qq >/dev/null 2>&1 &&
		  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			gnumeric >/dev/null 2>&1; } || true
	fi
}

setup() {
	command -v ssconvert >/dev/null 2>&1 ||
		skip "no spreadsheet engine: gnumeric's ssconvert is missing and could not be installed (apt-get install gnumeric, as root)"
	cd "$BATS_TEST_TMPDIR"
	mkdir in
	cp "$FIXTURES"/articles/*.txt "$FIXTURES/articles/wikinews-2019-sample.csv" in/
	printf 'url,title,date,text\nhttps://example.org/sum,=1+1,2019-01-05,"A sum: =1+1 is not a formula here, 2 is."\n' >in/sums.csv
	printf 'Café Crème Prices In Zürich\n\n+33 1 23 45 67 89 was the number, said Zoë Ångström on 4 January 2019.\n\n@home and -5 degrees; naïve “quotes”, a TAB\there and a comma, too.\n' >"in/café é.txt"
}

# cells_match CSV XLSX: every cell of CSV is in XLSX at its place; text
# cells equal (the formula guard's leading ' is gone in a spreadsheet),
# cells the spreadsheet typed as numbers or dates were numbers, dates or
# times in the CSV; no cell holds a formula.  Prints "cells N typed M".
cells_match() {
	python3 - "$1" "$2" <<'EOF'
import csv, re, sys, zipfile
import xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
want = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8-sig')))
z = zipfile.ZipFile(sys.argv[2])
shared = []
if 'xl/sharedStrings.xml' in z.namelist():
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns):
        shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])))
sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))
def colnum(ref):
    n = 0
    for ch in re.match(r'[A-Z]+', ref).group(0):
        n = n * 26 + ord(ch) - 64
    return n - 1
got = {}
for c in sheet.iter('{%s}c' % ns['m']):
    r = int(re.search(r'\d+', c.get('r')).group(0)) - 1
    k = colnum(c.get('r'))
    if c.find('m:f', ns) is not None:
        sys.exit('formula in %s' % c.get('r'))
    t = c.get('t')
    if t == 'inlineStr':
        got[r, k] = ('text', ''.join(x.text or '' for x in c.iter('{%s}t' % ns['m'])))
    elif t == 's':
        got[r, k] = ('text', shared[int(c.find('m:v', ns).text)])
    elif t == 'str':
        sys.exit('formula result in %s' % c.get('r'))
    else:
        got[r, k] = ('number', c.find('m:v', ns).text)
months = r'(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*'
datelike = re.compile(r'^[\d\s,./:$-]*(' + months + r')?[\d\s,./:$-]*(am|pm|a\.m\.|p\.m\.)?$', re.I)
cells = typed = 0
for r, row in enumerate(want):
    for k, cell in enumerate(row):
        if cell == '':
            continue
        cells += 1
        kind, value = got.get((r, k), (None, None))
        shown = cell[1:] if cell[:1] == "'" and cell[1:2] in ('=', '+', '-', '@') else cell
        if kind == 'text':
            if value != shown:
                sys.exit('row %d col %d: %r became %r' % (r + 1, k + 1, cell, value))
        elif kind == 'number':
            typed += 1
            plain = cell.replace(',', '')
            if re.fullmatch(r'-?\d+(\.\d+)?', plain):
                if float(value) != float(plain):
                    sys.exit('row %d col %d: %r became %r' % (r + 1, k + 1, cell, value))
            elif not datelike.match(cell):
                sys.exit('row %d col %d: text %r became the number %r' % (r + 1, k + 1, cell, value))
        else:
            sys.exit('row %d col %d: %r is missing' % (r + 1, k + 1, cell))
print('cells', cells, 'typed', typed)
EOF
}

@test "spreadsheet: gnumeric reads back every cell of the four tables, accents whole, no formula" {
	PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze -o out in
	for t in articles sentences entities entity-summary; do
		ssconvert "out/$t.csv" "$t.xlsx" 2>/dev/null
		run cells_match "out/$t.csv" "$t.xlsx"
		assert_success
		assert_output --regexp '^cells [0-9]+ typed [0-9]+$'
	done
}

@test "spreadsheet: a cell =1+1 from an article stays the text =1+1, accents intact" {
	PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze -o out in
	ssconvert out/sentences.csv s.xlsx 2>/dev/null
	ssconvert s.xlsx back.csv 2>/dev/null
	run grep -c ',"+33 1 23 45 67 89 was the number, said Zoë Ångström on 4 January 2019.",' back.csv
	assert_output 1
	ssconvert out/articles.csv a.xlsx 2>/dev/null
	ssconvert a.xlsx a.csv 2>/dev/null
	run grep -c '^"in/café é.txt","Café Crème Prices In Zürich",' a.csv
	assert_output 1
	run grep -c '^https://example.org/sum,=1+1,2019/01/05,' a.csv
	assert_output 1
	run cells_match out/articles.csv a.xlsx
	assert_success
}

@test "spreadsheet: EXCEL=1 tables (BOM, CRLF) read back the same as plain ones" {
	PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze -o plain in
	PATH="$QUARRY_BIN:$QUARRY_TOP/pipelines:$PATH" analyze --excel -o excel in
	for t in articles sentences; do
		ssconvert "plain/$t.csv" p.xlsx 2>/dev/null
		ssconvert "excel/$t.csv" x.xlsx 2>/dev/null
		ssconvert p.xlsx p.csv 2>/dev/null
		ssconvert x.xlsx x.csv 2>/dev/null
		run cmp p.csv x.csv
		assert_success
		run cells_match "excel/$t.csv" x.xlsx
		assert_success
	done
}
