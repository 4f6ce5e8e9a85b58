/*
 * shard.c - near-duplicate search split into map and reduce.
 *
 * Map (--emit-bands): per document, one line per LSH band:
 *	KEY TAB SHARD TAB SEQ TAB DOC TAB SIGNATURE
 * KEY is the band's bucket key (8 hex digits), SHARD the --shard number
 * and SEQ the document's number in this shard (together: its place in the
 * whole input when shards are numbered in input order), DOC the doc as
 * escaped in the stream, SIGNATURE its short MinHash values (lsh.h), 4 hex
 * digits each.  No header:
 * the lines are for sort(1), like Hadoop Streaming's key/value lines.
 *
 * Shuffle: LC_ALL=C sort, which brings each bucket's lines together.
 *
 * Reduce (--join-bands): reads the sorted lines, checks every pair of
 * documents in a bucket on the whole signature, and then decides, in input
 * order, exactly as the single-process --near --by doc does: a document
 * is a duplicate of the most similar earlier first-of-its-kind document
 * that shares a bucket with it and reaches the threshold (ties: the
 * earliest).  It writes one record per duplicate: doc, dup_of,
 * similarity.  --apply then drops or marks the stream's documents.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "dedupe.h"
#include "fptab.h"
#include "hash.h"
#include "input.h"
#include "lsh.h"
#include "minhash.h"
#include "out.h"
#include "units.h"
#include "util.h"

static const char hexdigit[] = "0123456789abcdef";

static void
out_hex(uint64_t v, int digits)
{
	char tmp[16];
	int i;

	for (i = digits - 1; i >= 0; i--) {
		tmp[i] = hexdigit[v & 15];
		v >>= 4;
	}
	out_bytes(tmp, (size_t)digits);
}

int
dedupe_emit_bands(const struct dedupe_opts *o, char **files, int nfiles)
{
	struct units u = { 0 };
	struct buf scratch = BUF_INIT;
	uint32_t sig[MH_PERMS];
	struct lsh_sig ls;
	unsigned b, i;

	u.files = files;
	u.nfiles = nfiles;
	u.keyspec = o->keyspec;
	u.style = KEY_NEAR;
	u.by_doc = 1;
	if (units_start(&u)) {
		while (units_next(&u)) {
			if (minhash_text(u.key.data, u.key.len, sig,
			    &scratch) == 0 && !o->dup_empty)
				continue;
			lsh_sign(sig, &ls);
			for (b = 0; b < LSH_BANDS; b++) {
				out_hex(ls.key[b], 8);
				out_tab();
				out_ulong(o->shard);
				out_tab();
				out_ulong(u.nunits);
				out_tab();
				out_field(u.doc.data, u.doc.len);
				out_tab();
				for (i = 0; i < MH_PERMS; i++)
					out_hex(ls.val[i], 4);
				out_endrec();
			}
		}
	}
	buf_free(&scratch);
	units_free(&u);
	return u.status;
}

/* A document in a bucket. */
struct member {
	uint64_t	shard, seq;
	size_t		 docoff;	/* escaped, in reduce.group */
	size_t		 doclen;
	uint16_t	 val[MH_PERMS];
};

/* Two documents that reach the threshold. */
struct pair {
	uint64_t	lshard, lseq;	/* the later */
	uint64_t	eshard, eseq;	/* the earlier */
	unsigned	matches;
};

struct reduce {
	unsigned	 minmatch;
	struct member	*mem;
	size_t		 nmem, capmem;
	struct buf	 group;		/* the bucket's lines, for the docs */
	struct pair	*pair;
	size_t		 npair, cappair;
	struct fptab	 docname;	/* (shard, seq) -> offset in names */
	struct buf	 names;
	struct fptab	 docplace;	/* doc -> a hash of its (shard, seq) */
};

static int
ord_cmp(uint64_t as, uint64_t aq, uint64_t bs, uint64_t bq)
{
	if (as != bs)
		return as < bs ? -1 : 1;
	if (aq != bq)
		return aq < bq ? -1 : 1;
	return 0;
}

static int
member_cmp(const void *a, const void *b)
{
	const struct member *x = a, *y = b;

	return ord_cmp(x->shard, x->seq, y->shard, y->seq);
}

static int
pair_cmp(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;
	int c = ord_cmp(x->lshard, x->lseq, y->lshard, y->lseq);

	return c ? c : ord_cmp(x->eshard, x->eseq, y->eshard, y->eseq);
}

static struct fp
ord_fp(uint64_t shard, uint64_t seq)
{
	struct fp fp = { mix64(shard) ^ seq, shard };

	return fp;
}

static void
remember_doc(struct reduce *rd, const struct member *m)
{
	struct fpent *e;
	int isnew;

	e = fptab_put(&rd->docname, ord_fp(m->shard, m->seq), &isnew);
	if (!isnew)
		return;
	e->val = rd->names.len;
	buf_add(&rd->names, rd->group.data + m->docoff, m->doclen);
	buf_addc(&rd->names, '\0');
}

/* Checks every pair of the bucket's documents. */
static void
close_group(struct reduce *rd)
{
	struct member *x, *y;
	struct pair *p;
	size_t i, j;
	unsigned m;

	qsort(rd->mem, rd->nmem, sizeof *rd->mem, member_cmp);
	for (j = 1; j < rd->nmem; j++) {
		y = &rd->mem[j];
		for (i = 0; i < j; i++) {
			x = &rd->mem[i];
			if (member_cmp(x, y) == 0)
				continue;
			m = lsh_matches(x->val, y->val);
			if (m < rd->minmatch)
				continue;
			if (rd->npair == rd->cappair) {
				rd->cappair = rd->cappair ? rd->cappair * 2 :
				    256;
				rd->pair = ereallocarray(rd->pair, rd->cappair,
				    sizeof *rd->pair);
			}
			p = &rd->pair[rd->npair++];
			p->lshard = y->shard;
			p->lseq = y->seq;
			p->eshard = x->shard;
			p->eseq = x->seq;
			p->matches = m;
			remember_doc(rd, x);
			remember_doc(rd, y);
		}
	}
	rd->nmem = 0;
	buf_reset(&rd->group);
}

static int
parse_u64(const char *s, size_t n, int base, uint64_t *v)
{
	uint64_t x = 0;
	size_t i;
	int d;

	if (n == 0 || n > 20)
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			d = s[i] - '0';
		else if (base == 16 && s[i] >= 'a' && s[i] <= 'f')
			d = s[i] - 'a' + 10;
		else
			return -1;
		x = x * (uint64_t)base + (uint64_t)d;
	}
	*v = x;
	return 0;
}

/* Splits a band line; returns 0, or -1 when it is not one. */
static int
parse_band(const char *line, size_t len, uint64_t *key, struct member *m,
    const char **doc)
{
	const char *f[5], *p = line, *end = line + len, *tab;
	size_t flen[5], i, k;
	uint64_t v;

	for (k = 0; k < 5; k++) {
		tab = memchr(p, '\t', (size_t)(end - p));
		if ((tab == NULL) != (k == 4))
			return -1;
		f[k] = p;
		flen[k] = (size_t)((tab ? tab : end) - p);
		if (tab != NULL)	/* NULL + 1 is undefined */
			p = tab + 1;
	}
	if (flen[0] != 8 || parse_u64(f[0], 8, 16, key) < 0 ||
	    parse_u64(f[1], flen[1], 10, &m->shard) < 0 ||
	    parse_u64(f[2], flen[2], 10, &m->seq) < 0 ||
	    flen[4] != (size_t)4 * MH_PERMS)
		return -1;
	for (i = 0; i < MH_PERMS; i++) {
		if (parse_u64(f[4] + 4 * i, 4, 16, &v) < 0)
			return -1;
		m->val[i] = (uint16_t)v;
	}
	*doc = f[3];
	m->doclen = flen[3];
	return 0;
}

/* A document must have one place: in two, a shard boundary split it (or
 * its name repeats), and no single run would give those verdicts. */
static void
check_place(struct reduce *rd, const struct member *m, const char *doc,
    const char *file, unsigned long lineno)
{
	uint64_t place = mix64(mix64(m->shard) + m->seq);
	struct fpent *e;
	int isnew;

	e = fptab_put(&rd->docplace, fingerprint(doc, m->doclen), &isnew);
	if (isnew)
		e->val = place;
	else if (e->val != place)
		die(EXIT_DATA, "%s:%lu: document '%.*s' is in two places (a "
		    "shard boundary inside it, or a doc name used twice)",
		    file, lineno, (int)m->doclen, doc);
}

static const char *
doc_of(const struct reduce *rd, uint64_t shard, uint64_t seq)
{
	struct fpent *e = fptab_get(&rd->docname, ord_fp(shard, seq));

	return rd->names.data + e->val;
}

/* Replays the single-process decisions over the checked pairs. */
static void
decide(struct reduce *rd)
{
	static const char *const header[] = { "doc", "dup_of", "similarity" };
	struct fptab dups = FPTAB_INIT;
	struct pair *p, *best;
	size_t i, j;
	char sim[8];
	int isnew;

	if (rd->npair > 0)
		qsort(rd->pair, rd->npair, sizeof *rd->pair, pair_cmp);
	out_header(header, 3);
	for (i = 0; i < rd->npair; i = j) {
		best = NULL;
		for (j = i; j < rd->npair && ord_cmp(rd->pair[j].lshard,
		    rd->pair[j].lseq, rd->pair[i].lshard,
		    rd->pair[i].lseq) == 0; j++) {
			p = &rd->pair[j];
			if (fptab_get(&dups, ord_fp(p->eshard, p->eseq)))
				continue;	/* not a first of its kind */
			/* Sorted by the earlier document: the first best
			 * is the earliest. */
			if (best == NULL || p->matches > best->matches)
				best = p;
		}
		if (best == NULL)
			continue;
		fptab_put(&dups, ord_fp(best->lshard, best->lseq), &isnew);
		out_str(doc_of(rd, best->lshard, best->lseq));
		out_tab();
		out_str(doc_of(rd, best->eshard, best->eseq));
		out_tab();
		dedupe_similarity(sim, best->matches);
		out_str(sim);
		out_endrec();
	}
	fptab_free(&dups);
}

int
dedupe_join_bands(const struct dedupe_opts *o, char **files, int nfiles)
{
	struct reduce rd = { 0 };
	struct lines l;
	struct member m;
	const char *line, *doc;
	size_t len;
	uint64_t key, prevkey = 0;
	int fd, i, status = 0, havekey = 0;

	rd.minmatch = dedupe_minmatch(o->threshold);
	for (i = 0; i < nfiles; i++) {
		if ((fd = input_open(files[i])) < 0) {
			warnmsg("%s: %s", files[i], strerror(errno));
			status = 1;
			continue;
		}
		lines_init(&l, fd, files[i]);
		while (lines_next(&l, &line, &len)) {
			if (parse_band(line, len, &key, &m, &doc) < 0)
				die(EXIT_DATA, "%s:%lu: not a band line of "
				    "dedupe --emit-bands", files[i], l.lineno);
			if (havekey && key < prevkey)
				die(EXIT_DATA, "%s:%lu: band keys out of order; "
				    "sort the --emit-bands output (LC_ALL=C "
				    "sort) first", files[i], l.lineno);
			if (havekey && key != prevkey)
				close_group(&rd);
			if (rd.nmem == rd.capmem) {
				rd.capmem = rd.capmem ? rd.capmem * 2 : 16;
				rd.mem = ereallocarray(rd.mem, rd.capmem,
				    sizeof *rd.mem);
			}
			check_place(&rd, &m, doc, files[i], l.lineno);
			/* The line goes with the next read: keep the doc. */
			m.docoff = rd.group.len;
			buf_add(&rd.group, doc, m.doclen);
			rd.mem[rd.nmem++] = m;
			prevkey = key;
			havekey = 1;
		}
		lines_free(&l);
		input_close(fd);
	}
	if (havekey)
		close_group(&rd);
	decide(&rd);
	free(rd.mem);
	free(rd.pair);
	buf_free(&rd.group);
	buf_free(&rd.names);
	fptab_free(&rd.docname);
	fptab_free(&rd.docplace);
	return status;
}
