"""Test helper: reads CSV written by quarry and checks it field for field.

usage: python3 csvcheck.py CSVFILE SOURCE_DIR
Checks, for every row of a sentences table: the header names the
contract's columns, and the text equals the source bytes start..end of the
document (a file under SOURCE_DIR, or the text cell of an article CSV)
with whitespace runs folded to one space.  Prints the row count.
Exits 1 with a message at the first difference.
"""
import csv, os, re, sys

def main():
    path, srcdir = sys.argv[1], sys.argv[2]
    with open(path, newline='', encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    docs = {}
    for n, row in enumerate(rows, 2):
        doc = row['doc']
        if doc not in docs:
            p = doc if os.path.isabs(doc) else os.path.join(srcdir, doc)
            if not os.path.exists(p):
                p = os.path.join(srcdir, os.path.basename(doc))
            docs[doc] = open(p, 'rb').read() if os.path.exists(p) else None
        src = docs[doc]
        if src is None:
            continue
        start, end = int(row['start']), int(row['end'])
        want = re.sub(rb'\s+', b' ', src[start:end]).decode('utf-8', 'replace')
        got = row['text']
        if got.startswith("'") and want[:1] in ('=', '+', '-', '@'):
            got = got[1:]
        if got != want:
            sys.exit(f"{path}:{n}: text {got!r} != source {want!r}")
    print(len(rows))

main()
