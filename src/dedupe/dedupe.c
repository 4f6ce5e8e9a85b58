/*
 * dedupe.c - exact and near-duplicate removal, counting and boilerplate
 * detection over the units of units.h.
 *
 * The first unit of a kind wins: it is kept, later ones are dropped (or
 * marked).  A unit is named, in dup_of and cluster, by its record number
 * (rows) or its doc (--by doc).  The state kept per distinct key is fixed
 * in size (fptab.h, lsh.h); only --by doc --mark keeps text: the doc id
 * of each first document.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dedupe.h"
#include "fmt.h"
#include "fold.h"
#include "fptab.h"
#include "hash.h"
#include "lsh.h"
#include "minhash.h"
#include "out.h"
#include "rec.h"
#include "spool.h"
#include "units.h"
#include "util.h"

void
dedupe_similarity(char *buf, unsigned matches)
{
	unsigned v = (matches * 1000 + MH_PERMS / 2) / MH_PERMS;

	/* v is at most 1000 */
	buf[0] = (char)('0' + v / 1000);
	buf[1] = '.';
	buf[2] = (char)('0' + v / 100 % 10);
	buf[3] = (char)('0' + v / 10 % 10);
	buf[4] = (char)('0' + v % 10);
	buf[5] = '\0';
}

unsigned
dedupe_minmatch(unsigned threshold)
{
	unsigned m = (threshold * MH_PERMS + 999) / 1000;

	return m ? m : 1;
}

/* Refuses an input (u just started) whose columns base include one of
 * the extra columns dedupe would add: two columns of one name, which
 * the format forbids. */
static void
refuse_clash(const struct units *u, const char *const *base, size_t nbase,
    const char *const *extra, size_t nextra)
{
	size_t i, j;

	for (i = 0; i < nbase; i++)
		for (j = 0; j < nextra; j++)
			if (strcmp(base[i], extra[j]) == 0)
				die(EXIT_DATA, "%s:1: the input has a '%s' "
				    "column already; dedupe would add another",
				    rec_name(u->r), extra[j]);
}

/* The header: the columns named in base, then the extra columns. */
static void
header_of(const char *const *base, size_t nbase, const char *const *extra,
    size_t nextra)
{
	const char **names;
	size_t i;

	names = ereallocarray(NULL, nbase + nextra, sizeof *names);
	for (i = 0; i < nbase; i++)
		names[i] = base[i];
	for (i = 0; i < nextra; i++)
		names[nbase + i] = extra[i];
	out_header(names, nbase + nextra);
	free(names);
}

/* The header of the input (u just started) with extra columns. */
static void
header_with(const struct units *u, const char *const *extra, size_t nextra)
{
	refuse_clash(u, (const char *const *)u->colnames, u->ncols, extra,
	    nextra);
	header_of((const char *const *)u->colnames, u->ncols, extra, nextra);
}

/* A unit's name: its doc, or the record number of its first record. */
struct name {
	const char	*s;
	size_t		 len;
	char		 num[24];
};

static void
name_rec(struct name *n, uint64_t rec)
{
	char *p = n->num + sizeof n->num;

	/* By hand, from the end: snprintf cost more than all the rest of
	 * writing a marked record. */
	do {
		*--p = (char)('0' + rec % 10);
		rec /= 10;
	} while (rec != 0);
	n->s = p;
	n->len = (size_t)(n->num + sizeof n->num - p);
}

static void
name_str(struct name *n, const char *s, size_t len)
{
	n->s = s;
	n->len = len;
}

/* The unit's own name. */
static void
name_self(struct name *n, const struct units *u)
{
	if (u->by_doc)
		name_str(n, u->doc.data, u->doc.len);
	else
		name_rec(n, u->first_rec);
}

/* Writes the unit's records, each with dup_of, cluster and (when sim is
 * not NULL) similarity added.  dup is NULL for a first occurrence. */
static void
put_marked(const struct units *u, const struct name *dup,
    const struct name *cluster, const char *sim)
{
	const char *line;
	size_t pos = 0, len;

	while (units_line(&u->raw, &pos, &line, &len)) {
		out_bytes(line, len);
		out_tab();
		if (dup)
			out_field(dup->s, dup->len);
		out_tab();
		out_field(cluster->s, cluster->len);
		if (sim) {
			out_tab();
			out_str(sim);
		}
		out_endrec();
	}
}

static void
put_unit(const struct units *u)
{
	out_bytes(u->raw.data, u->raw.len);
}

/* Doc names of first documents, NUL-terminated, one after the other. */
static uint64_t
keep_name(struct buf *names, const struct units *u)
{
	uint64_t at = names->len;

	buf_add(names, u->doc.data, u->doc.len + 1);
	return at;
}

static void
name_kept(struct name *n, const struct units *u, const struct buf *names,
    uint64_t val)
{
	const char *s;

	if (u->by_doc) {
		/* val is an offset keep_name returned, so data is set. */
		s = names->data ? names->data + val : "";
		name_str(n, s, strlen(s));
	} else
		name_rec(n, val);
}

int
dedupe_exact(const struct dedupe_opts *o, char **files, int nfiles)
{
	static const char *const extra[] = { "dup_of", "cluster" };
	struct units u = { 0 };
	struct fptab seen = FPTAB_INIT;
	struct buf names = BUF_INIT;
	struct fpent *e;
	struct name self, first;
	int isnew;

	u.files = files;
	u.nfiles = nfiles;
	u.keyspec = o->keyspec;
	u.fold = o->fold;
	u.style = KEY_EXACT;
	u.by_doc = o->by_doc;
	if (units_start(&u)) {
		header_with(&u, extra, o->mark ? 2 : 0);
		while (units_next(&u)) {
			if (o->mark)
				name_self(&self, &u);
			if (u.empty && !o->dup_empty) {
				if (o->mark)
					put_marked(&u, NULL, &self, NULL);
				else
					put_unit(&u);
				continue;
			}
			e = fptab_put(&seen,
			    fingerprint(u.key.data, u.key.len), &isnew);
			if (isnew) {
				e->val = u.by_doc ? (o->mark ?
				    keep_name(&names, &u) : 0) : u.first_rec;
				if (o->mark)
					put_marked(&u, NULL, &self, NULL);
				else
					put_unit(&u);
			} else if (o->mark) {
				name_kept(&first, &u, &names, e->val);
				put_marked(&u, &first, &first, NULL);
			}
		}
	}
	fptab_free(&seen);
	buf_free(&names);
	units_free(&u);
	return u.status;
}

int
dedupe_near(const struct dedupe_opts *o, char **files, int nfiles)
{
	static const char *const extra[] = { "dup_of", "cluster",
	    "similarity" };
	struct units u = { 0 };
	struct lsh_index idx = LSH_INDEX_INIT;
	struct buf names = BUF_INIT, scratch = BUF_INIT;
	struct name self, first;
	uint32_t sig[MH_PERMS];
	struct lsh_sig ls;
	unsigned minmatch = dedupe_minmatch(o->threshold), m;
	char sim[8];
	long j;

	u.files = files;
	u.nfiles = nfiles;
	u.keyspec = o->keyspec;
	u.style = KEY_NEAR;
	u.by_doc = o->by_doc;
	if (units_start(&u)) {
		header_with(&u, extra, o->mark ? 3 : 0);
		while (units_next(&u)) {
			if (o->mark)
				name_self(&self, &u);
			if (minhash_text(u.key.data, u.key.len, sig,
			    &scratch) == 0 && !o->dup_empty) {
				if (o->mark)
					put_marked(&u, NULL, &self, "");
				else
					put_unit(&u);
				continue;
			}
			lsh_sign(sig, &ls);
			/* The id of a new first-of-its-kind document is its
			 * name's place in names, where it goes next. */
			j = lsh_query_add(&idx, &ls, minmatch, &m, u.by_doc ?
			    names.len : u.first_rec);
			if (j < 0) {
				if (u.by_doc && o->mark)
					keep_name(&names, &u);
				if (o->mark)
					put_marked(&u, NULL, &self, "");
				else
					put_unit(&u);
			} else if (o->mark) {
				name_kept(&first, &u, &names, idx.ids[j]);
				dedupe_similarity(sim, m);
				put_marked(&u, &first, &first, sim);
			}
		}
	}
	lsh_free(&idx);
	buf_free(&names);
	buf_free(&scratch);
	units_free(&u);
	return u.status;
}

/*
 * --count and --min-docs.  The first pass counts, per key, its records
 * and its documents; the second writes.  Inputs are read twice, so they
 * must be regular files; standard input is first spooled (spool.h).
 *
 * An entry's value: records in bits 0-31, documents in bits 32-62 (both
 * saturating), bit 63 once --count has written the key.
 */
#define CNT_RECS(v)	((v) & 0xffffffffULL)
#define CNT_DOCS(v)	(((v) >> 32) & 0x7fffffffULL)
#define CNT_DONE	(1ULL << 63)

/*
 * A document counts once for each of its distinct keys: the first pass
 * flags a key's entry (CNT_DONE, unused in that pass) when the document
 * first brings it, counting the document then, and keeps its
 * fingerprint; when the document ends, clear_docs looks those up again
 * to clear their flags.  One lookup a distinct key of a document, where
 * looking up every record's key twice more (to count, then to clear)
 * cost more, and sorting them more still.  A grown table moves the
 * entries with their flags.
 */
static void
clear_docs(struct fptab *t, const struct fp *docfps, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		fptab_get(t, docfps[i])->val &= ~CNT_DONE;
}

/* How many keys ahead of its look-up a key's slot is prefetched. */
#define AHEAD 8

/*
 * The first pass's counts, once its keys' fingerprints are all known
 * (fps, n of them, 0,0 for a unit without a key; a document starting at
 * each of docstart's ndocs indices): looked up in input order, each
 * key's slot prefetched AHEAD keys before, since in a large table every
 * look-up is a cache miss.  The counts are those of counting as the
 * records come.
 */
static void
count_keys(struct fptab *seen, const struct fp *fps, size_t n,
    const size_t *docstart, size_t ndocs)
{
	struct fp *docfps = NULL;
	size_t ndocfps = 0, capdocfps = 0, i, d = 0;
	struct fpent *e;
	int isnew;

	for (i = 0; i < n && i < AHEAD; i++)
		fptab_prefetch(seen, fps[i]);
	for (i = 0; i < n; i++) {
		if (i + AHEAD < n)
			fptab_prefetch(seen, fps[i + AHEAD]);
		if (d < ndocs && docstart[d] == i) {
			clear_docs(seen, docfps, ndocfps);
			ndocfps = 0;
			d++;
		}
		if (fps[i].lo == 0 && fps[i].hi == 0)
			continue;
		e = fptab_put(seen, fps[i], &isnew);
		if (CNT_RECS(e->val) < 0xffffffffULL)
			e->val++;
		if (e->val & CNT_DONE)	/* this document counted already */
			continue;
		e->val |= CNT_DONE;
		if (CNT_DOCS(e->val) < 0x7fffffffULL)
			e->val += 1ULL << 32;
		if (ndocfps == capdocfps) {
			capdocfps = capdocfps ? capdocfps * 2 : 256;
			docfps = ereallocarray(docfps, capdocfps,
			    sizeof *docfps);
		}
		docfps[ndocfps++] = fps[i];
	}
	clear_docs(seen, docfps, ndocfps);
	free(docfps);
}

/* Raw field i of a record line. */
static const char *
raw_field(const char *line, size_t len, size_t i, size_t *flen)
{
	const char *p = line, *end = line + len, *tab;

	for (;;) {
		tab = memchr(p, '\t', (size_t)(end - p));
		if (i-- == 0) {
			*flen = (size_t)((tab ? tab : end) - p);
			return p;
		}
		p = tab + 1;
	}
}

static void
put_count(const struct units *u, uint64_t recs, uint64_t docs)
{
	const char *f;
	size_t i, len;

	for (i = 0; i < u->nkeys; i++) {
		f = raw_field(u->raw.data, u->raw.len - 1, u->keycols[i], &len);
		out_bytes(f, len);
		out_tab();
	}
	out_ulong(recs);
	out_tab();
	out_ulong(docs);
	out_endrec();
}

/*
 * --keep-copies (with --min-docs N -m): a document whose prose is mostly
 * in marked paragraphs is a copy of a story that other documents carry
 * too (a wire story, a page printed twice), not the site's furniture:
 * its body and title rows are left unmarked.  Its prose is the body rows
 * of its paragraphs holding COPY_PARA_MIN bytes or more of body text (as
 * escaped); such a paragraph is marked when all its body rows are.  A
 * document's rows wait in rows until it ends: memory is one document's.
 */
#define COPY_PARA_MIN	80

struct copies {
	size_t		 para, role, text;	/* their columns */
	struct buf	 rows;		/* the document's output lines */
	size_t		*marks;		/* offsets in rows of the 1s of its
					 * marked body and title rows */
	size_t		 nmarks, capmarks;
	struct buf	 para_id;	/* the paragraph's, "" at first */
	uint64_t	 prose, repeated, plen;
	int		 pall;		/* its body rows all marked so far */
};

static void
copies_para_end(struct copies *c)
{
	if (c->plen >= COPY_PARA_MIN) {
		c->prose += c->plen;
		if (c->pall)
			c->repeated += c->plen;
	}
	c->plen = 0;
	c->pall = 1;
}

static void
copies_doc_end(struct copies *c)
{
	size_t i;

	copies_para_end(c);
	if (c->prose > 0 && 2 * c->repeated > c->prose)
		for (i = 0; i < c->nmarks; i++)
			c->rows.data[c->marks[i]] = '0';
	out_bytes(c->rows.data, c->rows.len);
	buf_reset(&c->rows);
	buf_reset(&c->para_id);
	c->nmarks = 0;
	c->prose = c->repeated = 0;
}

/* The record of u, with its documents and its mark, into c's rows. */
static void
copies_row(struct copies *c, const struct units *u, uint64_t docs, int mark)
{
	const char *line = u->raw.data, *f;
	size_t len = u->raw.len - 1, flen;
	char *p;
	int body;

	if (u->docchange)
		copies_doc_end(c);
	f = raw_field(line, len, c->para, &flen);
	if (flen != c->para_id.len ||
	    (flen > 0 && memcmp(f, c->para_id.data, flen) != 0)) {
		copies_para_end(c);
		buf_reset(&c->para_id);
		buf_add(&c->para_id, f, flen);
	}
	f = raw_field(line, len, c->role, &flen);
	body = flen == 4 && memcmp(f, "body", 4) == 0;
	if (body) {
		raw_field(line, len, c->text, &flen);
		c->plen += flen;
		c->pall = c->pall && mark;
	}
	buf_reserve(&c->rows, len + FMT_ULONG_MAX + 4);
	p = c->rows.data + c->rows.len;
	memcpy(p, line, len);
	p += len;
	*p++ = '\t';
	p = fmt_ulong(p, docs);
	*p++ = '\t';
	if (mark && (body || (flen == 5 && memcmp(f, "title", 5) == 0))) {
		if (c->nmarks == c->capmarks) {
			c->capmarks = c->capmarks ? c->capmarks * 2 : 256;
			c->marks = ereallocarray(c->marks, c->capmarks,
			    sizeof *c->marks);
		}
		c->marks[c->nmarks++] = (size_t)(p - c->rows.data);
	}
	*p++ = mark ? '1' : '0';
	*p++ = '\n';
	c->rows.len = (size_t)(p - c->rows.data);
}

int
dedupe_count(const struct dedupe_opts *o, char **files, int nfiles)
{
	static const char *const extra[] = { "docs", "boilerplate" };
	static const char *const counted[] = { "count", "docs" };
	struct units u = { 0 };
	struct fptab seen = FPTAB_INIT;
	struct fp fp, *unitfps = NULL;
	size_t *docstart = NULL, ndocstart = 0, capdocstart = 0;
	size_t nunitfps = 0, capunitfps = 0, i;
	struct fpent *e;
	struct stat st;
	uint64_t docs;
	const char **names = NULL;
	struct copies copies = { 0 };
	int spooled = 0;

	for (i = 0; i < (size_t)nfiles; i++) {
		if (strcmp(files[i], "-") == 0) {
			if (!spooled)
				spool_stdin();
			spooled = 1;
		} else if (stat(files[i], &st) == 0 && !S_ISREG(st.st_mode))
			die(EXIT_USAGE, "%s: not a regular file; --count and "
			    "--min-docs read their inputs twice (give it on "
			    "standard input instead)", files[i]);
	}
	u.files = files;
	u.nfiles = nfiles;
	u.keyspec = o->keyspec;
	u.fold = o->fold;
	u.style = KEY_EXACT;
	u.want_doc = 1;
	u.no_raw = 1;		/* the first pass counts keys */
	if (!units_start(&u))
		goto done;
	if (o->count) {
		names = ereallocarray(NULL, u.nkeys, sizeof *names);
		for (i = 0; i < u.nkeys; i++)
			names[i] = u.colnames[u.keycols[i]];
		refuse_clash(&u, names, u.nkeys, counted, 2);
	} else {
		/* checked before the first pass, as the input is named then */
		refuse_clash(&u, (const char *const *)u.colnames, u.ncols,
		    extra, o->mark ? 2 : 0);
	}
	if (o->keep_copies) {
		copies.para = units_column(&u, "para");
		copies.role = units_column(&u, "role");
		copies.text = units_column(&u, "text");
		copies.pall = 1;
	}
	while (units_next(&u)) {
		if (u.docchange) {
			if (ndocstart == capdocstart) {
				capdocstart = capdocstart ?
				    capdocstart * 2 : 256;
				docstart = ereallocarray(docstart,
				    capdocstart, sizeof *docstart);
			}
			docstart[ndocstart++] = nunitfps;
		}
		if (nunitfps == capunitfps) {
			capunitfps = capunitfps ? capunitfps * 2 : 256;
			unitfps = ereallocarray(unitfps, capunitfps,
			    sizeof *unitfps);
		}
		if (u.empty && !o->dup_empty) {
			/* no key: 0, which a fingerprint is with chance
			 * 2^-128, far below that of a collision */
			unitfps[nunitfps].lo = unitfps[nunitfps].hi = 0;
			nunitfps++;
			continue;
		}
		unitfps[nunitfps++] = fingerprint(u.key.data, u.key.len);
	}
	count_keys(&seen, unitfps, nunitfps, docstart, ndocstart);

	if (spooled)
		rewind_stdin();
	units_restart(&u);
	/* where each document ends, for --keep-copies (they are counted
	 * already) */
	u.want_doc = o->keep_copies;
	u.no_raw = 0;
	if (o->count)
		header_of(names, u.nkeys, counted, 2);
	else
		header_of((const char *const *)u.colnames, u.ncols, extra,
		    o->mark ? 2 : 0);
	/* The keys' fingerprints are those of the first pass: building
	 * and hashing them again took a tenth of the time.  Only units the
	 * first pass did not see (an input that grew) need their key. */
	for (;;) {
		u.style = u.nunits < nunitfps ? KEY_NONE : KEY_EXACT;
		if (!units_next(&u))
			break;
		e = NULL;
		if (unitfps != NULL && u.nunits <= nunitfps) {
			if (u.nunits - 1 + AHEAD < nunitfps)
				fptab_prefetch(&seen,
				    unitfps[u.nunits - 1 + AHEAD]);
			fp = unitfps[u.nunits - 1];
			if (fp.lo != 0 || fp.hi != 0)
				e = fptab_get(&seen, fp);
		} else if (!u.empty || o->dup_empty)	/* the input grew */
			e = fptab_get(&seen,
			    fingerprint(u.key.data, u.key.len));
		docs = e ? CNT_DOCS(e->val) : 1;
		if (o->count) {
			if (e == NULL)
				put_count(&u, 1, 1);
			else if (!(e->val & CNT_DONE)) {
				put_count(&u, CNT_RECS(e->val), docs);
				e->val |= CNT_DONE;
			}
		} else if (o->keep_copies)
			copies_row(&copies, &u, docs, e && docs >= o->min_docs);
		else if (o->mark) {
			out_bytes(u.raw.data, u.raw.len - 1);
			out_tab();
			out_ulong(docs);
			out_tab();
			out_char(e && docs >= o->min_docs ? '1' : '0');
			out_endrec();
		} else if (e == NULL || docs < o->min_docs)
			put_unit(&u);
	}
	if (o->keep_copies)
		copies_doc_end(&copies);
done:
	buf_free(&copies.rows);
	buf_free(&copies.para_id);
	free(copies.marks);
	free(names);
	free(docstart);
	free(unitfps);
	fptab_free(&seen);
	units_free(&u);
	return u.status;
}

/*
 * --apply VERDICTS: the last step of the sharded search.  VERDICTS is the
 * stream --join-bands writes (doc, dup_of, similarity); the documents it
 * names are dropped or marked, the others kept, giving the bytes the
 * single-process --near --by doc run gives.  Memory: the verdicts.
 */
int
dedupe_apply(const struct dedupe_opts *o, char **files, int nfiles)
{
	static const char *const extra[] = { "dup_of", "cluster",
	    "similarity" };
	struct units u = { 0 };
	struct fptab verdict = FPTAB_INIT;
	struct buf vals = BUF_INIT;
	struct rec *r;
	struct fpent *e;
	struct name self, first;
	const char *doc, *dup, *sim;
	size_t cdoc, cdup, csim, dlen, len;
	int isnew;

	if ((r = rec_open(o->apply)) == NULL)
		die(EXIT_DATA, "%s: %s", o->apply, strerror(errno));
	cdoc = rec_need(r, "doc");
	cdup = rec_need(r, "dup_of");
	csim = rec_need(r, "similarity");
	while (rec_next(r)) {
		doc = rec_field(r, cdoc, &dlen);
		e = fptab_put(&verdict, fingerprint(doc, dlen), &isnew);
		if (!isnew)
			rec_fail(r, "document '%s' has a verdict already", doc);
		e->val = vals.len;
		dup = rec_field(r, cdup, &len);
		buf_add(&vals, dup, len + 1);
		sim = rec_field(r, csim, &len);
		buf_add(&vals, sim, len + 1);
	}
	rec_close(r);

	u.files = files;
	u.nfiles = nfiles;
	u.keyspec = "doc";
	u.style = KEY_EXACT;
	u.by_doc = 1;
	if (units_start(&u)) {
		header_with(&u, extra, o->mark ? 3 : 0);
		while (units_next(&u)) {
			e = fptab_get(&verdict,
			    fingerprint(u.doc.data, u.doc.len));
			/* Each verdict stored its values: vals.data is set. */
			if (e == NULL || vals.data == NULL) {
				name_self(&self, &u);
				if (o->mark)
					put_marked(&u, NULL, &self, "");
				else
					put_unit(&u);
			} else if (o->mark) {
				dup = vals.data + e->val;
				sim = dup + strlen(dup) + 1;
				name_str(&first, dup, strlen(dup));
				put_marked(&u, &first, &first, sim);
			}
		}
	}
	fptab_free(&verdict);
	buf_free(&vals);
	units_free(&u);
	return u.status;
}
