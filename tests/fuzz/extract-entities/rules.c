/*
 * Fuzzes the rule-file parser and matcher of extract-entities (rules.h),
 * the input a user writes.  The bytes up to the first NUL are a rule
 * file, the rest a sentence.  A bad file must be refused with a message
 * (no crash, no exit); a good one must match in bounded time (PCRE2's
 * match and depth limits; libFuzzer's -timeout watches) and give
 * mentions inside the sentence.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mention.h"
#include "rules.h"
#include "shim.h"
#include "utf8.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data, *nul, *sent = "";
	size_t len = size, slen = 0, i;
	struct rules *r;
	struct mentions m = { NULL, 0, 0 };

	if ((nul = memchr(text, '\0', size)) != NULL) {
		len = (size_t)(nul - text);
		sent = nul + 1;
		slen = size - len - 1;
	}
	if (utf8_check(sent, slen) != slen)
		slen = 0;	/* rules_match wants valid UTF-8 */
	if (FUZZ_TRY(r = rules_new()) < 0)
		abort();
	if (FUZZ_TRY(
	    if (rules_load(r, "fuzz", text, len, 1) == 0) {
		rules_match(r, sent, slen, &m);
		for (i = 0; i < m.n; i++)
			if (m.v[i].s > m.v[i].e || m.v[i].e > slen)
				abort();
	    }) < 0)
		abort();	/* a rule file is never a reason to exit */
	mentions_free(&m);
	rules_free(r);
	return 0;
}
