"""Test helper: checks the provenance contract on a record stream.

usage: python3 spancheck.py STREAM COLUMN [ARTICLES.csv ...]
For every record, the bytes start..end of document `doc` (a file, or the
text cell of the article with that url/id in one of the CSVs), with
white-space runs folded to one space, must equal the record's COLUMN.
Prints the number of records checked; exits 1 at the first mismatch.
"""
import csv, re, sys

def unescape(s):
    return re.sub(r'\\(.)', lambda m: {'\\': '\\', 't': '\t', 'n': '\n', 'r': '\r'}[m.group(1)], s)

def main():
    stream, column, csvs = sys.argv[1], sys.argv[2], sys.argv[3:]
    texts = {}
    for path in csvs:
        with open(path, newline='', encoding='utf-8') as f:
            for row in csv.DictReader(f):
                texts[row.get('url') or row.get('id')] = row['text'].encode('utf-8')
    with open(stream, encoding='utf-8', newline='\n') as f:
        header = f.readline().rstrip('\n').split('\t')
        ix = {name: i for i, name in enumerate(header)}
        n = 0
        for lineno, line in enumerate(f, 2):
            cells = [unescape(c) for c in line.rstrip('\n').split('\t')]
            doc = cells[ix['doc']]
            if doc not in texts:
                texts[doc] = open(doc, 'rb').read()
            src = texts[doc][int(cells[ix['start']]):int(cells[ix['end']])]
            want = re.sub(r'\s+', ' ', src.decode('utf-8', 'replace'))
            got = re.sub(r'\s+', ' ', cells[ix[column]])
            if got != want:
                sys.exit(f"{stream}:{lineno}: {column} {got!r} but source bytes say {want!r}")
            n += 1
    print(n)

main()
