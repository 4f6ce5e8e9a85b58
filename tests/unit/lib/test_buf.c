/* buf: growable bytes, always NUL-terminated. */
#include <string.h>

#include "buf.h"
#include "tap.h"

int
main(void)
{
	struct buf b = BUF_INIT;
	size_t i;
	int good = 1;

	buf_reset(&b);
	ok(b.len == 0 && b.data == NULL, "resetting an unused buffer is safe");
	buf_add(&b, "", 0);
	ok(b.len == 0 && b.data != NULL && b.data[0] == '\0',
	    "adding nothing still gives a terminated string");
	buf_adds(&b, "abc");
	buf_addc(&b, 'd');
	buf_add(&b, "e\0f", 3);
	ok(b.len == 7 && memcmp(b.data, "abcde\0f", 8) == 0,
	    "add, addc, adds append; embedded NUL counted; terminated");
	for (i = 0; i < 100000; i++)
		buf_addc(&b, 'x');
	for (i = 7; i < b.len; i++)
		good &= b.data[i] == 'x';
	ok(b.len == 100007 && good && b.data[b.len] == '\0',
	    "grows past many doublings");
	i = b.cap;
	buf_reset(&b);
	ok(b.len == 0 && b.cap == i && b.data[0] == '\0',
	    "reset empties and keeps the memory");
	buf_reserve(&b, 10);
	ok(b.cap >= 11, "reserve leaves room for the NUL");
	buf_reset(&b);
	buf_add_field(&b, "a\\b\tc\nd\re", 9);
	buf_add_field(&b, "plain", 5);
	buf_add_field(&b, "", 0);
	ok(b.len == 18 && strcmp(b.data, "a\\\\b\\tc\\nd\\replain") == 0,
	    "add_field escapes \\ TAB LF CR as two bytes each, nothing else");
	buf_free(&b);
	ok(b.data == NULL && b.len == 0 && b.cap == 0, "free clears");
	return tap_done();
}
