/*
 * Unit tests of the CoNLL-U reader's spacing (src/tag/conllu.c): which
 * words a space follows, from SpaceAfter=No in MISC, also across
 * multiword tokens, whose words have no space between them and whose
 * own line says what follows the last.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "conllu.h"
#include "tap.h"

static const char sentence[] =
    "# text = She said \"I can't\".\n"
    "1\tShe\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tsaid\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "3\t\"\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "4\tI\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "5-6\tcan't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "5\tca\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "6\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "7\t\"\t_\t_\t_\t_\t_\t_\t_\tGloss=x|SpaceAfter=No\n"
    "8\t.\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=Nope\n"
    "\n";

int
main(void)
{
	static const unsigned char want[] = { 1, 1, 0, 1, 0, 0, 0, 1 };
	char path[] = "/tmp/test_conllu.XXXXXX";
	unsigned char after[8];
	struct conllu c;
	int fd = mkstemp(path);

	if (fd < 0 || write(fd, sentence, sizeof sentence - 1) !=
	    (ssize_t)(sizeof sentence - 1) || close(fd) != 0)
		return 2;
	ok(conllu_open(&c, path) == 0, "the file opens");
	ok(conllu_next(&c) == 1 && c.nwords == 8, "one sentence, 8 words");
	memset(after, 9, sizeof after);
	conllu_space_after(&c, after);
	ok(memcmp(after, want, sizeof want) == 0,
	    "a space follows: She said \"I ca|n't\" .: "
	    "%d%d%d%d%d%d%d%d", after[0], after[1], after[2], after[3],
	    after[4], after[5], after[6], after[7]);
	ok(conllu_next(&c) == 0, "then the end");
	conllu_close(&c);
	unlink(path);
	return tap_done();
}
