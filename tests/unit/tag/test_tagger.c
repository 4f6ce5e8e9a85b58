/*
 * Unit tests of the tagger core (src/tag/tagger.c) that need no model:
 * the cached feature split adds up to the features the model was trained
 * on, word shapes and casing, lemma bases, the lookup table, and the
 * vector row sums agree with plain integer addition, and the best score
 * of a row and its margin with a plain scan.
 */
#include <stdlib.h>
#include <string.h>

#include "tagger.h"
#include "tap.h"

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static struct word_info w[8];
static struct buf scratch = BUF_INIT;
static const struct u32map nodict = { NULL, 0 };

static void
fill(const char *const *forms, size_t n)
{
	size_t i;

	word_info_guard(&w[0], 0);
	word_info_guard(&w[1], 0);
	for (i = 0; i < n; i++)
		word_info_fill(&w[2 + i], forms[i], strlen(forms[i]), &nodict,
		    &scratch);
	word_info_sentence(w + 2, n);
	word_info_guard(&w[2 + n], 1);
	word_info_guard(&w[3 + n], 1);
}

static void
test_feature_split(void)
{
	static const char *const s[] = { "The", "U.S.", "didn't", "say" };
	uint64_t a[NSTATIC], b[NSTATIC + 8];
	size_t i, n, role, bad = 0;
	const struct word_info *c;

	fill(s, 4);
	for (i = 0; i < 4; i++) {
		c = w + 2 + i;
		features_static(w + 2, i, a);
		n = 0;
		for (role = 0; role < NROLES; role++) {
			static const int at[NROLES] = { 0, -1, -2, 1, 2 };

			n += features_of_word(c + at[role], (int)role, c->scase,
			    b + n);
		}
		features_pairs(w + 2, i, b + n);
		n += NPAIRS;
		qsort(a, NSTATIC, sizeof *a, cmp_u64);
		qsort(b, n, sizeof *b, cmp_u64);
		bad += n != NSTATIC || memcmp(a, b, sizeof a) != 0;
	}
	ok(bad == 0, "the per-word feature split has exactly the static keys");
}

static void
test_info(void)
{
	static const char *const title[] = { "Putin", "Approves", "New",
	    "Concept" };
	static const char *const body[] = { "Putin", "approved", "a",
	    "concept" };
	static const char *const quotes[] = { "\xE2\x80\x9C", "\"" };
	uint64_t shape;

	fill(title, 4);
	ok(w[2].scase == 1, "a title-case sentence is marked as such");
	fill(body, 4);
	ok(w[2].scase == 0, "a body sentence is ordinary");
	fill(quotes, 2);
	ok(w[2].lower == w[3].lower, "curly and straight quotes look alike "
	    "to the features");
	fill((const char *const[]){ "2,500", "3,100" }, 2);
	shape = w[2].shape;
	ok(shape == w[3].shape, "numbers share a shape");
	fill((const char *const[]){ "Hello", "hello" }, 2);
	ok(w[2].lower == w[3].lower && w[2].form != w[3].form,
	    "case folds for the lower-case features only");
}

static void
test_lemma_base(void)
{
	struct buf b = BUF_INIT;

	lemma_base("Houses", 6, "NNS", &b);
	ok(strcmp(b.data, "houses") == 0, "a common noun's base is lower case");
	buf_reset(&b);
	lemma_base("NATO", 4, "NNP", &b);
	ok(strcmp(b.data, "NATO") == 0, "a proper noun keeps its case");
	buf_reset(&b);
	lemma_base("mexico", 6, "NNP", &b);
	ok(strcmp(b.data, "Mexico") == 0, "a lower-case proper noun is "
	    "capitalized, as EWT lemmas are");
	buf_reset(&b);
	lemma_base("I", 1, "PRP", &b);
	ok(strcmp(b.data, "I") == 0, "I stays I");
	buf_free(&b);
}

static void
test_u32map(void)
{
	uint32_t slots[2 * 5] = { 0 }, v;
	struct u32map m = { slots, 5 };
	uint64_t key = 0x123456789ULL;
	uint32_t i = u32map_slot(5, key);

	ok(i < 5, "a home slot is inside the table");
	slots[2 * i] = (uint32_t)(key >> 32);
	slots[2 * i + 1] = 42;
	ok(u32map_get(&m, key, &v) && v == 42, "a stored key is found");
	ok(!u32map_get(&m, key + (1ULL << 40), &v),
	    "another fingerprint is not");
	ok(hash_bytes("abc", 3, 1) == hash_bytes("abc", 3, 1) &&
	    hash_bytes("abc", 3, 1) != hash_bytes("abc", 3, 2),
	    "hashes are deterministic and seeded");
}

/* The model's keys are these hashes: any change to hash_bytes, however
 * fast, must give the same values (the sum was taken with the first
 * version, which read a key's last bytes with memcpy). */
static void
test_hash_values(void)
{
	const char *text = "The quick brown fox jumps \xe2\x80\x99over "
	    "1916's lazy dog";
	uint64_t sum = 0;
	size_t n, off;

	for (off = 0; off < 8; off++)
		for (n = 0; n <= 24; n++)
			sum = sum * 31 + hash_bytes(text + off, n, off + n);
	ok(sum == 0x198d4a40fbdd56b3ULL,
	    "hash_bytes gives the values the model was trained with");
}

/* Row sums: both versions against a plain loop, over the block sizes
 * rows_sum splits a row into (8, 4 and 1 vectors) and both modes. */
static void
test_rows_sum(void)
{
	enum { MAXROWS = 40, MAXNT = 136 };
	static int32_t rows[MAXROWS][MAXNT] __attribute__((aligned(64)));
	static int32_t want[MAXNT], got[2][MAXNT] __attribute__((aligned(64)));
	/* every remainder after blocks of 64 scores, and more than one block */
	static const size_t widths[] = { 8, 16, 24, 32, 40, 48, 56, 64, 72,
	    80, 104, 120, 136 };
	const int32_t *src[MAXROWS];
	rows_sum_fn *sum[2] = { rows_sum_portable, rows_sum_pick() };
	size_t wi, n, j, s, bad = 0, cases = 0;
	uint32_t x = 12345;
	int fresh, v;

	for (s = 0; s < MAXROWS; s++) {
		src[s] = rows[s];
		for (j = 0; j < MAXNT; j++) {
			x = x * 1103515245u + 12345u;
			rows[s][j] = (int32_t)(x >> 8) - (1 << 23);
		}
	}
	for (wi = 0; wi < sizeof widths / sizeof *widths; wi++)
		for (n = 0; n < MAXROWS; n += 7)
			for (fresh = 0; fresh < 2; fresh++) {
				for (j = 0; j < widths[wi]; j++) {
					want[j] = fresh ? 0 : (int32_t)j * 3 - 50;
					for (s = 0; s < n; s++)
						want[j] += rows[s][j];
				}
				for (v = 0; v < 2; v++) {
					for (j = 0; j < widths[wi]; j++)
						got[v][j] = (int32_t)j * 3 - 50;
					sum[v](got[v], fresh, src, n, widths[wi]);
					bad += memcmp(got[v], want, widths[wi] *
					    sizeof *want) != 0;
					cases++;
				}
			}
	ok(bad == 0, "vector row sums equal plain sums (%zu of %zu differ)",
	    bad, cases);
}
/* The best score and its margin: against a plain scan, on rows of every
 * length up to 110 (vector part and tail), with ties and extreme values,
 * in both versions. */
static void
test_row_best(void)
{
	static int32_t row[112] __attribute__((aligned(64)));
	row_best_fn *best[2] = { row_best, row_best_pick() };
	uint32_t n, j, x = 777, bad = 0, cases = 0;
	int32_t margin, top, next;
	int round, want, v;

	for (round = 0; round < 200; round++)
		for (n = 1; n <= 110; n++) {
			for (j = 0; j < n; j++) {
				x = x * 1103515245u + 12345u;
				/* Small ranges make ties; some rows hold extremes. */
				row[j] = round % 3 == 0 ? (int32_t)(x >> 28) :
				    round % 3 == 1 ? (int32_t)(x >> 4) - (1 << 27) :
				    (x >> 31 ? INT32_MAX / 2 : -(INT32_MAX / 2));
			}
			for (want = 0, j = 1; j < n; j++)
				if (row[j] > row[want])
					want = (int)j;
			top = row[want];
			next = INT32_MIN;
			for (j = 0; j < n; j++)
				if ((int)j != want && row[j] > next)
					next = row[j];
			for (v = 0; v < 2; v++) {
				bad += best[v](row, n, &margin) != want ||
				    margin != (n > 1 ? top - next : INT32_MAX);
				cases++;
			}
		}
	ok(bad == 0, "best score is the first of equals and its margin is right "
	    "(%u of %u wrong)", bad, cases);
}


int
main(void)
{
	test_feature_split();
	test_info();
	test_lemma_base();
	test_u32map();
	test_hash_values();
	test_rows_sum();
	test_row_best();
	buf_free(&scratch);
	return tap_done();
}
