#include <stdlib.h>
#include <string.h>

#include "memo.h"
#include "util.h"

void
memo_init(struct memo *m, size_t sets, size_t vmax)
{
	if (vmax > MEMO_VAL_MAX)
		vmax = MEMO_VAL_MAX;
	m->mask = sets - 1;
	m->vmax = vmax;
	m->esize = sizeof(struct memo_key) + ((vmax + 7) & ~(size_t)7);
	/* (zeroed: a key length of 0, which no key has, marks it empty) */
	m->slots = ecalloc(sets * 2, m->esize);
	m->mru = ecalloc(sets, 1);
}

void
memo_free(struct memo *m)
{
	free(m->slots);
	free(m->mru);
	memset(m, 0, sizeof *m);
}

void
memo_put(struct memo *m, const void *key, size_t klen, uint32_t id,
    const void *val, size_t vlen)
{
	struct memo_key k, *e;
	size_t set, way;

	if (klen == 0 || klen > MEMO_KEY_MAX || vlen > m->vmax)
		return;
	set = memo_key(m, key, klen, id, &k);
	way = m->mru[set] ^ 1;
	m->mru[set] = (unsigned char)way;
	e = (struct memo_key *)(void *)((char *)m->slots + (set * 2 + way) *
	    m->esize);
	*e = k;
	e->tag |= vlen;
	if (vlen > 0)
		memcpy(e + 1, val, vlen);
}
