/*
 * Fuzzes segment's reader of article CSV files (csv_read_docs, libcsv
 * underneath): any bytes on standard input.  Malformed CSV is reported
 * and the reader returns 1, never exits or crashes; every document it
 * hands over has NUL-terminated cells of the stated lengths and a
 * record number one more than the last.  Each document then goes
 * through segment_document, as segment --csv does.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "segment.h"
#include "shim.h"
#include "stdin.h"

struct state {
	struct segmenter	 sg;
	unsigned long		 recno;
	int			 part;		/* a part of the file is read */
};

static void
check_cell(const char *s, size_t n)
{
	if (s != NULL && s[n] != '\0')
		abort();
}

static int
on_doc(void *arg, const struct csvdoc *d)
{
	struct state *st = arg;

	/* the records in order, none missed (a part starts further on) */
	if ((st->part ? d->recno <= st->recno : d->recno != st->recno + 1) ||
	    d->id == NULL || d->idlen == 0)
		abort();
	st->recno = d->recno;
	check_cell(d->id, d->idlen);
	check_cell(d->text, d->textlen);
	check_cell(d->title, d->titlelen);
	check_cell(d->date, d->datelen);
	return segment_document(&st->sg, "fuzz", d->text_line, d->id,
	    d->idlen, d->text ? d->text : "", d->text ? d->textlen : 0,
	    d->title, d->titlelen, d->date, d->datelen);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct csvcols cols = { NULL, "text", "title", "date" };
	struct state st;
	struct csvpart part;
	size_t outlen;

	fuzz_capture_stdout();
	fuzz_set_stdin(data, size);
	segmenter_init(&st.sg, ~0u);
	st.recno = 0;
	/* a --max-doc of 1 KiB: inputs of up to 2 KiB reach the limit; an
	 * odd first byte reads the middle third alone (segment --part) */
	part.lo = size / 3;
	part.hi = size - size / 3;
	st.part = size > 0 && (data[0] & 1);
	if (FUZZ_TRY(csv_read_docs(STDIN_FILENO, "fuzz", &cols,
	    st.part ? &part : NULL, 1024, on_doc, &st)) < 0)
		abort();	/* a bad CSV file is reported, not an exit */
	segment_flush(&st.sg);	/* the rows it kept back */
	segmenter_free(&st.sg);
	(void)fuzz_take_stdout(&outlen);
	return 0;
}
