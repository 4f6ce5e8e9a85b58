#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static void *
checked(void *p)
{
	if (p == NULL)
		die(EXIT_DATA, "out of memory");
	return p;
}

void *
emalloc(size_t n)
{
	return checked(malloc(n ? n : 1));
}

void *
ecalloc(size_t nmemb, size_t size)
{
	return checked(calloc(nmemb ? nmemb : 1, size ? size : 1));
}

void *
erealloc(void *p, size_t n)
{
	return checked(realloc(p, n ? n : 1));
}

void *
ereallocarray(void *p, size_t nmemb, size_t size)
{
	if (size != 0 && nmemb > SIZE_MAX / size)
		die(EXIT_DATA, "out of memory: %zu * %zu bytes", nmemb, size);
	return erealloc(p, nmemb * size);
}

char *
estrdup(const char *s)
{
	return checked(strdup(s));
}
