#include <stdlib.h>
#include <string.h>

#include "mention.h"
#include "util.h"

static const char *const type_names[E_NTYPES] = {
	"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW",
	"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
	"ORDINAL", "URL", "EMAIL"
};

const char *
etype_name(enum etype t)
{
	return t >= 0 && t < E_NTYPES ? type_names[t] : "?";
}

enum etype
etype_parse(const char *s)
{
	int i;

	for (i = 0; i < E_NTYPES; i++)
		if (strcmp(s, type_names[i]) == 0)
			return (enum etype)i;
	return E_NONE;
}

size_t
mention_last_word(const char *text, const struct mention *m)
{
	size_t i = m->e;

	while (i > m->s && text[i - 1] != ' ')
		i--;
	return i;
}

const char *
mention_norm(const struct mention *m)
{
	return m->norm_in_val ? m->val : m->norm;
}

void
mention_retype(struct mention *m, enum etype type, enum normaliser how,
    const char *norm, const char *code)
{
	m->type = type;
	m->how = how;
	m->norm = norm;
	m->norm_in_val = 0;
	m->code = code;
}

void
mentions_add(struct mentions *m, const struct mention *x)
{
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 32;
		m->v = ereallocarray(m->v, m->cap, sizeof *m->v);
	}
	m->v[m->n++] = *x;
}

int
mentions_overlap(const struct mentions *m, size_t s, size_t e)
{
	size_t k;

	for (k = 0; k < m->n; k++)
		if (m->v[k].e > s && m->v[k].s < e)
			return 1;
	return 0;
}

void
mentions_free(struct mentions *m)
{
	free(m->v);
	m->v = NULL;
	m->n = m->cap = 0;
}

static int
by_rank(const void *pa, const void *pb)
{
	const struct mention *a = pa, *b = pb;
	size_t la = a->e - a->s, lb = b->e - b->s;

	if (a->priority != b->priority)
		return a->priority > b->priority ? -1 : 1;
	if (la != lb)
		return la > lb ? -1 : 1;
	if (a->s != b->s)
		return a->s < b->s ? -1 : 1;
	return 0;
}

static int
by_offset(const void *pa, const void *pb)
{
	const struct mention *a = pa, *b = pb;

	return a->s < b->s ? -1 : a->s > b->s;
}

/*
 * mentions_resolve of a sentence's few candidates (n <= FEW): their
 * indices sorted by rank, then the kept ones by offset, each by
 * insertion, which leaves ties in their order as glibc's qsort (a merge
 * sort) did; the kept mentions are then copied once, after the
 * candidates, and moved down.  qsort moved the 120-byte mentions through
 * its merges and called the comparison through a pointer, twice a
 * sentence (1.4 % of a run's instructions).
 */
#define FEW	64

static void
resolve_few(struct mentions *m)
{
	unsigned char order[FEW], kept[FEW];
	struct mention keep;
	const struct mention *c, *k;
	size_t i, j, nkept = 0, n = m->n;

	for (i = 0; i < m->n; i++) {
		for (j = i; j > 0 && by_rank(&m->v[order[j - 1]], &m->v[i]) > 0;
		    j--)
			order[j] = order[j - 1];
		order[j] = (unsigned char)i;
	}
	for (i = 0; i < m->n; i++) {
		c = &m->v[order[i]];
		for (j = 0; j < nkept; j++) {
			k = &m->v[kept[j]];
			if (c->s < k->e && k->s < c->e)
				break;
		}
		if (j == nkept)
			kept[nkept++] = order[i];
	}
	for (i = 0; i < nkept; i++) {
		unsigned char x = kept[i];

		for (j = i; j > 0 && m->v[kept[j - 1]].s > m->v[x].s; j--)
			kept[j] = kept[j - 1];
		kept[j] = x;
	}
	for (i = 0; i < nkept; i++) {
		keep = m->v[kept[i]];	/* (mentions_add may move v) */
		mentions_add(m, &keep);
	}
	memmove(m->v, m->v + n, nkept * sizeof *m->v);
	m->n = nkept;
}

/*
 * A candidate and its place in the sentence's list: the last tie-break
 * of the sorts below, so that the result does not hang on whether the C
 * library's qsort is stable (glibc's is a merge sort only when it can
 * allocate, musl's and the BSDs' are not).  Two candidates of one rank
 * cover the same bytes.
 */
struct ranked {
	const struct mention	*m;
	size_t			 i;
};

/* c, the order of a and b by a comparison of their mentions, or else
 * their order in the list */
static int
or_by_place(int c, const struct ranked *a, const struct ranked *b)
{
	return c != 0 ? c : a->i < b->i ? -1 : a->i > b->i;
}

static int
ranked_by_rank(const void *pa, const void *pb)
{
	const struct ranked *a = pa, *b = pb;

	return or_by_place(by_rank(a->m, b->m), a, b);
}

static int
ranked_by_offset(const void *pa, const void *pb)
{
	const struct ranked *a = pa, *b = pb;

	return or_by_place(by_offset(a->m, b->m), a, b);
}

void
mentions_resolve(struct mentions *m)
{
	struct ranked *r;
	struct mention *kept_v;
	unsigned char *taken;
	size_t i, j, kept = 0, len = 0;

	if (m->n == 0)
		return;
	if (m->n <= FEW) {	/* the usual sentence: a quadratic check */
		resolve_few(m);
		return;
	}
	r = ereallocarray(NULL, m->n, sizeof *r);
	for (i = 0; i < m->n; i++) {
		r[i].m = &m->v[i];
		r[i].i = i;
		if (m->v[i].e > len)
			len = m->v[i].e;
	}
	qsort(r, m->n, sizeof *r, ranked_by_rank);
	/* a table of numbers on one line: mark the bytes taken instead */
	taken = ecalloc(len, 1);
	for (i = 0; i < m->n; i++) {
		const struct mention *c = r[i].m;

		for (j = c->s; j < c->e && !taken[j]; j++)
			;
		if (j < c->e)
			continue;
		memset(taken + c->s, 1, c->e - c->s);
		r[kept++] = r[i];
	}
	free(taken);
	qsort(r, kept, sizeof *r, ranked_by_offset);
	kept_v = ereallocarray(NULL, m->cap, sizeof *kept_v);
	for (i = 0; i < kept; i++)
		kept_v[i] = *r[i].m;
	free(r);
	free(m->v);
	m->v = kept_v;
	m->n = kept;
}
