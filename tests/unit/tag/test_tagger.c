/*
 * Unit tests of the tagger core (src/tag/tagger.c, scores.c) that need no
 * model: the cached feature split adds up to the features the model was
 * trained on, word shapes and casing, lemma bases, the lookup table, and
 * the vector row sums agree with plain integer addition, and the best
 * score of a row and its margin with a plain scan.
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

/* The cheap perceptron's keys are the per-word keys of the words around
 * (all cached per word type by the tagger) and those of the two previous
 * tags alone, the first NTAGPAIR of features_tags: nothing else. */
static void
test_cheap_keys(void)
{
	static const char *const s[] = { "The", "U.S.", "didn't", "say" };
	uint64_t a[NCHEAP], b[NCHEAP + NTAGFEATS], t[NTAGFEATS];
	size_t i, n, na, role, bad = 0;
	const struct word_info *c;

	fill(s, 4);
	for (i = 0; i < 4; i++) {
		c = w + 2 + i;
		na = features_cheap(w + 2, i, 3, 7, a);
		n = 0;
		for (role = 0; role < NROLES; role++) {
			static const int at[NROLES] = { 0, -1, -2, 1, 2 };

			n += features_of_word(c + at[role], (int)role, c->scase,
			    b + n);
		}
		features_tags(w + 2, i, 3, 7, t);
		memcpy(b + n, t, NTAGPAIR * sizeof *t);
		n += NTAGPAIR;
		qsort(a, na, sizeof *a, cmp_u64);
		qsort(b, n, sizeof *b, cmp_u64);
		bad += na > NCHEAP || n != na || memcmp(a, b, na * sizeof *a) != 0;
	}
	ok(bad == 0, "the cheap keys are the words' and the tag pair's");
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

/* s saturated at the limits of int16_t, as rows_sum saturates. */
static int16_t
clamp16(int32_t s)
{
	return (int16_t)(s > INT16_MAX ? INT16_MAX : s < INT16_MIN ?
	    INT16_MIN : s);
}

#define SUM_MAXNT 272

/* Does sum give the plain saturating sum of n rows of src (and of the
 * part partv when mode & 2) onto 0 (mode & 1) or a row of its own, and
 * leave the part zeroed? */
static int
sum_agrees(rows_sum_fn *sum, const int16_t *const *src, size_t n,
    const int32_t *partv, int mode, size_t nt)
{
	static int16_t want[SUM_MAXNT], got[SUM_MAXNT]
	    __attribute__((aligned(64)));
	static int32_t part[SUM_MAXNT];
	size_t j, s;

	for (j = 0; j < nt; j++) {
		got[j] = (int16_t)((int32_t)j * 3 - 50);
		want[j] = mode & 1 ? 0 : got[j];
		for (s = 0; s < n; s++)
			want[j] = clamp16(want[j] + src[s][j]);
		if (mode & 2)
			want[j] = clamp16(want[j] + clamp16(partv[j]));
		part[j] = partv[j];
	}
	sum(got, mode & 1, src, n, mode & 2 ? part : NULL, nt);
	if (memcmp(got, want, nt * sizeof *want) != 0)
		return 0;
	for (j = 0; j < nt; j++)
		if (part[j] != (mode & 2 ? 0 : partv[j]))
			return 0;
	return 1;
}

/* Row sums: both versions against a plain loop, over the block sizes
 * rows_sum splits a row into (8, 4 and 1 vectors of either version),
 * fresh or not, with a part or without, with sums that stay in range and
 * sums that saturate (whose order matters: -32768 + 1 + 32767 is not
 * 32767 + 1 - 32768). */
static void
test_rows_sum(void)
{
	enum { MAXROWS = 40 };
	static int16_t rows[MAXROWS][SUM_MAXNT] __attribute__((aligned(64)));
	static int32_t partv[SUM_MAXNT];
	/* every remainder after blocks of 64 and of 128 scores, and more
	 * than one block */
	static const size_t widths[] = { 16, 32, 48, 64, 80, 96, 112, 128,
	    144, 160, 176, 192, 208, 224, 240, 256, 272 };
	const int16_t *src[MAXROWS];
	rows_sum_fn *sum[2] = { rows_sum_portable, rows_sum_pick() };
	size_t wi, n, j, s, bad = 0, cases = 0;
	uint32_t x = 12345;
	int mode, v, range;

	for (s = 0; s < MAXROWS; s++)
		src[s] = rows[s];
	for (range = 0; range < 2; range++) {
		/* sums of up to 40 rows within range, or far out */
		for (j = 0; j < SUM_MAXNT; j++) {
			for (s = 0; s < MAXROWS; s++) {
				x = x * 1103515245u + 12345u;
				rows[s][j] = range == 0 ? (int16_t)((int32_t)
				    (x >> 22) - 512) : (int16_t)(x >> 16);
			}
			x = x * 1103515245u + 12345u;
			partv[j] = range == 0 ? (int32_t)(x >> 20) - 2048 :
			    (int32_t)(x >> 12) - (1 << 19);
		}
		for (wi = 0; wi < sizeof widths / sizeof *widths; wi++)
			for (n = 0; n < MAXROWS; n += 7)
				for (mode = 0; mode < 4; mode++)
					for (v = 0; v < 2; v++) {
						bad += !sum_agrees(sum[v], src,
						    n, partv, mode, widths[wi]);
						cases++;
					}
	}
	ok(bad == 0, "vector row sums equal plain saturating sums (%zu of "
	    "%zu differ)", bad, cases);
}

/* The best score and its margin: against a plain scan, on rows of every
 * length up to 110 (vector part and tail), with ties and extreme values,
 * in both versions; the scores past the row's length (which row_best
 * may read, up to a multiple of 16) higher than any in it. */
static void
test_row_best(void)
{
	static int16_t row[112] __attribute__((aligned(64)));
	row_best_fn *best[2] = { row_best, row_best_pick() };
	uint32_t n, j, x = 777, bad = 0, cases = 0;
	int32_t margin, top, next;
	int round, want, v;

	for (round = 0; round < 200; round++)
		for (n = 1; n <= 110; n++) {
			for (j = 0; j < n; j++) {
				x = x * 1103515245u + 12345u;
				/* Small ranges make ties; some rows hold extremes. */
				row[j] = round % 3 == 0 ? (int16_t)(x >> 28) :
				    round % 3 == 1 ? (int16_t)(x >> 16) :
				    (x >> 31 ? INT16_MAX : INT16_MIN);
			}
			for (; j < 112; j++)
				row[j] = INT16_MAX;
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

/* The best of a sum of rows, without the sum written (rows_best): both
 * versions against a plain saturating sum and scan, for every number of
 * tags up to 140 (the vectors kept in registers, 1 to 8, and more) and
 * 255, of 1 to 7 rows, with a part (saturated to 16 bits, then added
 * last, and zeroed) or without, with ties and sums that saturate; the
 * scores past ntags, up to a multiple of 16, higher than any in the
 * sum. */
static void
test_rows_best(void)
{
	enum { MAXROWS = 7, MAXNT = 256 };
	static int16_t rows[MAXROWS][MAXNT] __attribute__((aligned(64)));
	static int32_t partv[MAXNT], part[MAXNT];
	const int16_t *src[MAXROWS];
	rows_best_fn *best[2] = { rows_best_portable, rows_best_pick() };
	uint32_t nt, j, x = 4242, bad = 0, cases = 0;
	int32_t sum[MAXNT], margin, next;
	size_t n, s;
	int round, want, v, with, wrong;

	for (s = 0; s < MAXROWS; s++)
		src[s] = rows[s];
	for (round = 0; round < 12; round++)
		for (nt = 1; nt <= 255; nt += nt < 140 ? 1 : 115)
			for (n = 1; n <= MAXROWS; n += 3) {
				for (s = 0; s < n; s++)
					for (j = 0; j < MAXNT; j++) {
						x = x * 1103515245u + 12345u;
						/* ties; sums far out of range */
						rows[s][j] = j >= nt ? INT16_MAX :
						    round % 3 == 0 ?
						    (int16_t)(x >> 29) :
						    round % 3 == 1 ?
						    (int16_t)(x >> 16) :
						    (int16_t)((x >> 20) - 2048);
					}
				with = round % 2;
				for (j = 0; j < MAXNT; j++) {
					x = x * 1103515245u + 12345u;
					partv[j] = round % 3 == 1 ?
					    (int32_t)(x >> 12) - (1 << 19) :
					    (int32_t)(x >> 21) - 1024;
				}
				for (j = 0; j < nt; j++) {
					for (sum[j] = 0, s = 0; s < n; s++)
						sum[j] = clamp16(sum[j] +
						    rows[s][j]);
					if (with)
						sum[j] = clamp16(sum[j] +
						    clamp16(partv[j]));
				}
				for (want = 0, j = 1; j < nt; j++)
					if (sum[j] > sum[want])
						want = (int)j;
				for (next = INT32_MIN, j = 0; j < nt; j++)
					if ((int)j != want && sum[j] > next)
						next = sum[j];
				for (v = 0; v < 2; v++) {
					memcpy(part, partv, sizeof part);
					wrong = best[v](src, n, with ? part :
					    NULL, nt, &margin) != want ||
					    margin != (nt > 1 ? sum[want] -
					    next : INT32_MAX);
					/* the part zeroed, as far as rows
					 * go */
					for (j = 0; with && j < ((nt + 15) &
					    ~15u); j++)
						wrong |= part[j] != 0;
					bad += wrong;
					cases++;
				}
			}
	ok(bad == 0, "the best of a sum of rows is the first of equals, its "
	    "margin right (%u of %u wrong)", bad, cases);
}

/* The cheap pass's verdicts: a word scored at least the margin asked
 * takes its tag as fixed, one scored less does not, and a word fixed
 * already keeps its tag whatever was scored. */
static void
test_accept(void)
{
	int fixed[5] = { -1, -1, 7, -1, -1 };
	static const int tags[5] = { 1, 2, 3, 4, 5 };
	static const int32_t margins[5] = { 99, 100, 500, 101, 0 };
	static const int want[5] = { -1, 2, 7, 4, -1 };

	tag_accept(fixed, tags, margins, 5, 100);
	ok(memcmp(fixed, want, sizeof want) == 0,
	    "words scored the margin or more take their tags, no others");
}

/* After the right-to-left pass (its arrays in its reading order, word j
 * at 4-j): a word keeps its tag where the pass was sure of it or the
 * cheap pass guessed the same, not otherwise; a fixed word keeps its
 * own; with no cheap pass, the margin alone decides. */
static void
test_confirm(void)
{
	/* words 0..4 */
	int fixed[5] = { -1, -1, -1, 9, -1 };
	static const int guess[5] = { 1, 2, 3, 4, 5 };
	/* reading order: words 4, 3, 2, 1, 0 */
	static const int rtags[5] = { 5, 4, 8, 8, 1 };
	static const int32_t rmargins[5] = { 0, 500, 100, 99, 0 };
	static const int want[5] = { 1, -1, 8, 9, 5 };
	static const int want_alone[5] = { -1, -1, 8, 9, -1 };
	int alone[5] = { -1, -1, -1, 9, -1 };

	tag_confirm(fixed, rtags, rmargins, guess, 5, 100);
	tag_confirm(alone, rtags, rmargins, NULL, 5, 100);
	ok(memcmp(fixed, want, sizeof want) == 0 &&
	    memcmp(alone, want_alone, sizeof want_alone) == 0,
	    "a word keeps the right-to-left tag if sure or agreed, no other");
}

int
main(void)
{
	test_feature_split();
	test_cheap_keys();
	test_info();
	test_lemma_base();
	test_u32map();
	test_hash_values();
	test_rows_sum();
	test_row_best();
	test_rows_best();
	test_accept();
	test_confirm();
	buf_free(&scratch);
	return tap_done();
}
