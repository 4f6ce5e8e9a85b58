/* The statistical name finder: training, the model format, decoding. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "input.h"
#include "lexicon.h"
#include "ner.h"
#include "tap.h"
#include "util.h"

/* IOB1 as WikiGold writes it, and IOB2 as UNER does. */
static const char corpus[] =
    "-DOCSTART- O\n\n"
    "Vladimir I-PER\nPutin I-PER\nmet O\nNATO I-ORG\nin O\nMoscow I-LOC\n"
    ". O\n\n"
    "Sergei I-PER\nLavrov I-PER\nvisited O\nBeijing I-LOC\n. O\n\n"
    "The O\nKremlin I-ORG\nsaid O\nit O\nwould O\nreply O\n. O\n\n"
    "1\tXi\tB-PER\t-\t-\n2\tJinping\tI-PER\t-\t-\n3\tspoke\tO\t-\t-\n"
    "4\tin\tO\t-\t-\n5\tChina\tB-LOC\t-\t-\n6\t.\tO\t-\t-\n";

/* "a b" -> the spans found as "text/CLASS" joined by spaces. */
static void
spans_of(const struct ner_model *m, const struct lexicon *x,
    struct ner_work *w, const char *text, char *out, size_t outsz)
{
	static const char *const cls[] = { "PER", "ORG", "LOC", "MISC" };
	const struct ner_span *sp;
	size_t i, n, len = 0;

	out[0] = '\0';
	n = ner_find(m, x, w, text, strlen(text), NULL, NULL, 0, &sp);
	for (i = 0; i < n && len < outsz; i++)
		len += (size_t)snprintf(out + len, outsz - len, "%s%.*s/%s",
		    i ? " " : "", (int)(sp[i].e - sp[i].s), text + sp[i].s,
		    cls[sp[i].cls]);
}

/*
 * A model of nothing but its bias: every token scores the nine labels
 * (O, B-PER, I-PER, B-ORG, I-ORG, ...) as bias[], wherever other
 * features fall (their rows are zero).
 */
static struct ner_model *
bias_model(unsigned char **data, const int16_t bias[NER_NLABELS])
{
	size_t len = 16 + (size_t)NER_BUCKETS * NER_NLABELS * 2, row, l;
	/* feat(T_BIAS, "", 0): FNV-1a of the template byte 1 alone */
	uint32_t h = (2166136261u ^ 1u) * 16777619u;

	*data = calloc(1, len);
	memcpy(*data, "QNER1\n\0\0", 8);
	(*data)[8] = NER_BUCKETS & 255;
	(*data)[9] = (NER_BUCKETS >> 8) & 255;
	(*data)[10] = (NER_BUCKETS >> 16) & 255;
	(*data)[12] = NER_NLABELS;
	row = (size_t)(h & (NER_BUCKETS - 1)) * NER_NLABELS;
	for (l = 0; l < NER_NLABELS; l++) {
		(*data)[16 + 2 * (row + l)] = (unsigned char)(bias[l] & 255);
		(*data)[16 + 2 * (row + l) + 1] =
		    (unsigned char)((uint16_t)bias[l] >> 8);
	}
	return ner_load(*data, len);
}

/* The decoder's choice of label: the best that may follow the one before
 * (I-X only after B-X or I-X), the first of equal scores. */
static void
decoding(const struct lexicon *x, struct ner_work *w)
{
	/* the biases of O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC,
	 * B-MISC, I-MISC; the spans of "Ann Bob" */
	static const struct {
		int16_t		 bias[NER_NLABELS];
		const char	*want, *why;
	} cases[] = {
		{ { 0, 5, 6, 0, 9 }, "Ann Bob/PER",
		    "I-PER after B-PER, not the higher I-ORG, which may not "
		    "follow it" },
		{ { 0, 5, 5, 0, 9 }, "Ann/PER Bob/PER",
		    "B-PER before I-PER of the same score" },
		{ { 0, 5, 0, 6, 9, 0, 0, 0, 0 }, "Ann Bob/ORG",
		    "B-ORG, the best that may begin, then the I-ORG that goes "
		    "on with it" },
	};
	struct ner_model *m;
	unsigned char *data;
	char got[256];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		m = bias_model(&data, cases[i].bias);
		spans_of(m, x, w, "Ann Bob", got, sizeof got);
		ok(strcmp(got, cases[i].want) == 0, "%s: %s", cases[i].why,
		    got);
		ner_free(m);
		free(data);
	}
}

int
main(void)
{
	char dir[] = "/tmp/test_ner.XXXXXX", train[64], model[64], got[256];
	char *files[1];
	struct lexicon *x = lexicon_new();
	struct ner_work *w = ner_work_new();
	struct ner_model *m;
	struct buf b = BUF_INIT;
	FILE *fp;
	int fd;

	setprogname("test_ner");
	if (mkdtemp(dir) == NULL)
		die(1, "mkdtemp failed");
	snprintf(train, sizeof train, "%s/train.conll", dir);
	snprintf(model, sizeof model, "%s/model.bin", dir);
	if ((fp = fopen(train, "w")) == NULL || fputs(corpus, fp) == EOF ||
	    fclose(fp) != 0)
		die(1, "cannot write %s", train);
	files[0] = train;

	ok(ner_load("", 0) == NULL, "no bytes are no model");
	ok(ner_load("QNER1\n\0\0\0\0\0\0\0\0\0\0", 16) == NULL,
	    "a header without weights is no model");

	ok(ner_train(x, files, 1, 10, model) == 0, "trains on IOB1 and IOB2");
	fd = input_open(model);
	ok(fd >= 0 && read_all(fd, &b, SIZE_MAX) == 0, "writes the model file");
	if (fd >= 0)
		input_close(fd);
	ok(b.len == 16 + 2 * (size_t)NER_BUCKETS * NER_NLABELS,
	    "the model has a header and every weight");
	m = ner_load(b.data, b.len);
	ok(m != NULL, "the model it wrote loads");
	if (m) {
		spans_of(m, x, w, "Vladimir Putin met NATO in Moscow .", got,
		    sizeof got);
		ok(strcmp(got, "Vladimir Putin/PER NATO/ORG Moscow/LOC") == 0,
		    "learns its training sentence (IOB1 I- begins a name): %s",
		    got);
		spans_of(m, x, w, "Xi Jinping spoke in China .", got,
		    sizeof got);
		ok(strcmp(got, "Xi Jinping/PER China/LOC") == 0,
		    "learns its IOB2 sentence: %s", got);
		spans_of(m, x, w, "", got, sizeof got);
		ok(strcmp(got, "") == 0, "an empty sentence has no names");
		spans_of(m, x, w, "— . ' ,", got, sizeof got);
		ok(strcmp(got, "") == 0, "punctuation is never a name: %s",
		    got);
	}
	b.data[0] = 'X';
	ok(ner_load(b.data, b.len) == NULL, "a wrong magic is no model");
	decoding(x, w);

	ner_free(m);
	buf_free(&b);
	ner_work_free(w);
	lexicon_free(x);
	unlink(model);
	unlink(train);
	rmdir(dir);
	return tap_done();
}
