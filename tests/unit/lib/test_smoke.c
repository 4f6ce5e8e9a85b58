#include <string.h>
#include "tap.h"
#include "utf8.h"
int main(void){ ok(utf8_check("abc",3)==3,"ascii valid"); ok(utf8_check("\xc0\xaf",2)==0,"overlong rejected"); return tap_done();}
