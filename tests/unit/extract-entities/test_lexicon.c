/* The lexicon's image (made at build time by mklexicon, used in place by
 * extract-entities): it answers every question as the lexicon it was
 * written from, the same lists give the same bytes, and what is not an
 * image of this build is refused. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "tap.h"

static const char gazetteer[] =
    "# phrase TAB TYPE TAB norm TAB code\n"
    "United States\tGPE\tUnited States\tUS\n"
    "United States of America\tGPE\tUnited States\tUS\n"
    "U.S.\tGPE\tUnited States\tUS\n"
    "Paris\tGPE\tParis\tFR\n"
    "Washington\tGPE\tWashington\tUS\n"
    "Mount Everest\tLOC\tMount Everest\t\n";
static const char classes[] =
    "President\ttitle\n"
    "Mr.\tcourtesy\n"
    "Mr.\ttitle\n"
    "Ministry\torgcue\n"
    "of\tconnector\n";
static const char common[] = "general\nwash\nmountain\nabcdefghij\n";

/* Keys short and long (past the slot's inline head), found and not,
 * prefixes of longer phrases, words with classes only. */
static const char *const keys[] = {
	"United States", "United States of America", "U.S.", "Paris",
	"Washington", "Mount Everest", "Mount", "United", "President", "Mr.",
	"Ministry", "of", "general", "abcdefghij", "abcdefghijk", "xyz", "",
	"Paris ", "paris", NULL
};

static struct lexicon *
loaded(void)
{
	struct lexicon *x = lexicon_new();

	if (lexicon_load_classes(x, "names.tsv", classes, strlen(classes)) < 0 ||
	    lexicon_load_gazetteer(x, "gazetteer.tsv", gazetteer,
	    strlen(gazetteer)) < 0 ||
	    lexicon_load_common(x, common, strlen(common)) < 0)
		exit(1);
	return x;
}

/* x's image, in memory aligned as the linker aligns the embedded one. */
static void *
image_of(const struct lexicon *x, size_t *len)
{
	char *mem = NULL;
	size_t n = 0;
	void *aligned;
	FILE *f = open_memstream(&mem, &n);

	if (f == NULL || lexicon_write_image(x, f) < 0 || fclose(f) != 0 ||
	    posix_memalign(&aligned, 64, n + 64) != 0)
		exit(1);
	memcpy(aligned, mem, n);
	free(mem);
	*len = n;
	return aligned;
}

static int
same_answers(const struct lexicon *a, const struct lexicon *b,
    const char *key)
{
	size_t n = strlen(key);
	const struct lexent *ea = lexicon_get(a, key, n);
	const struct lexent *eb = lexicon_get(b, key, n);

	if ((ea == NULL) != (eb == NULL))
		return 0;
	if (ea != NULL && (ea->type != eb->type || ea->flags != eb->flags ||
	    strcmp(lexicon_norm(a, ea), lexicon_norm(b, eb)) != 0 ||
	    strcmp(lexicon_code(a, ea), lexicon_code(b, eb)) != 0))
		return 0;
	return lexicon_flags(a, key, n) == lexicon_flags(b, key, n) &&
	    lexicon_is_common(a, key, n) == lexicon_is_common(b, key, n);
}

int
main(void)
{
	struct lexicon *x = loaded(), *again = loaded(), *img, *bad;
	size_t len, len2, i, wrong = 0;
	unsigned char *data = image_of(x, &len), *data2 = image_of(again, &len2);
	const struct lexent *e;

	ok(len == len2 && memcmp(data, data2, len) == 0,
	    "the same lists give the same image bytes");
	img = lexicon_image(data, len);
	ok(img != NULL, "an image of this build is taken");
	if (img == NULL)
		return tap_done();
	for (i = 0; keys[i] != NULL; i++)
		if (!same_answers(x, img, keys[i])) {
			wrong++;
			printf("# differs: '%s'\n", keys[i]);
		}
	ok(wrong == 0, "the image answers as the loaded lexicon for %zu keys",
	    i);
	ok(lexicon_size(img) == lexicon_size(x), "and has as many keys");
	e = lexicon_get(img, "United States of America", 24);
	ok(e != NULL && e->type == E_GPE &&
	    strcmp(lexicon_norm(img, e), "United States") == 0 &&
	    strcmp(lexicon_code(img, e), "US") == 0,
	    "a key longer than a slot's inline bytes is found with its norm "
	    "and code");
	ok(lexicon_get(img, "abcdefghijk", 11) == NULL &&
	    lexicon_is_common(img, "abcdefghij", 10),
	    "a key one byte past a known one is not it");
	ok((lexicon_flags(img, "United", 6) & W_PREFIX) != 0,
	    "the beginning of a longer phrase is marked");

	bad = lexicon_image(data, len - 1);
	ok(bad == NULL, "a truncated image is refused");
	data[0] ^= 1;
	bad = lexicon_image(data, len);
	ok(bad == NULL, "an image with another magic is refused");
	data[0] ^= 1;
	bad = lexicon_image(data + 8, len - 8);
	ok(bad == NULL, "a misaligned or shifted image is refused");

	lexicon_free(img);
	lexicon_free(x);
	lexicon_free(again);
	free(data);
	free(data2);
	return tap_done();
}
