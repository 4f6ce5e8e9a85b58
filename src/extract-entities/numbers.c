#include <stdio.h>
#include <string.h>

#include "letters.h"
#include "numbers.h"

/* value = digits * 10^exp, digits without sign or point */
struct dec {
	char	d[48];
	int	nd;
	int	exp;
};

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
dec_digit(struct dec *v, int c)
{
	if (v->nd >= 40)
		return -1;
	v->d[v->nd++] = (char)c;
	return 0;
}

/* Writes v as a plain decimal: "2500", "0.25", "1500000". */
static int
dec_format(const struct dec *v, char *out, size_t outsz)
{
	char tmp[128];
	int i = 0, k = 0, point, nd = v->nd;
	size_t len;

	while (i < nd - 1 && v->d[i] == '0' && i < nd + v->exp - 1)
		i++;		/* leading zeros of the integer part */
	if (nd - i + (v->exp > 0 ? v->exp : 0) > 60)
		return -1;
	point = nd - i + v->exp;	/* integer digits */
	if (point <= 0) {
		tmp[k++] = '0';
		tmp[k++] = '.';
		for (; point < 0; point++)
			tmp[k++] = '0';
		point = -1;
	}
	for (; i < nd; i++) {
		if (point == 0)
			tmp[k++] = '.';
		tmp[k++] = v->d[i];
		point--;
	}
	for (; point > 0; point--)
		tmp[k++] = '0';
	tmp[k] = '\0';
	if (strchr(tmp, '.')) {
		while (k > 0 && tmp[k - 1] == '0')
			tmp[--k] = '\0';
		if (k > 0 && tmp[k - 1] == '.')
			tmp[--k] = '\0';
	}
	/* what snprintf "%s" did, without its 600 instructions a number */
	if (outsz > 0) {
		len = (size_t)k < outsz ? (size_t)k : outsz - 1;
		memcpy(out, tmp, len);
		out[len] = '\0';
	}
	return (size_t)k >= outsz ? -1 : 0;
}

/* Lower-cases the word at p (letters only) into w; returns its length. */
static size_t
word_at(const char *p, const char *end, char *w, size_t wsz)
{
	size_t len = 0, k = 0;

	while (p + len < end && ascii_is_letter((unsigned char)p[len])) {
		if (k < wsz - 1)
			w[k++] = (char)(p[len] | 0x20);
		len++;
	}
	w[k] = '\0';
	return len;
}

static int
scale_of(const char *w)
{
	static const struct {
		const char *w;
		int exp;
	} scales[] = {
		{ "hundred", 2 }, { "thousand", 3 }, { "k", 3 },
		{ "million", 6 }, { "millions", 6 }, { "m", 6 }, { "mn", 6 },
		{ "mln", 6 }, { "billion", 9 }, { "billions", 9 }, { "bn", 9 },
		{ "b", 9 }, { "bln", 9 }, { "trillion", 12 }, { "tn", 12 },
		{ "trn", 12 }, { "lakh", 5 }, { "lakhs", 5 }, { "crore", 7 },
		{ "crores", 7 },
	};
	size_t i;

	for (i = 0; i < sizeof scales / sizeof *scales; i++)
		if (strcmp(w, scales[i].w) == 0)
			return scales[i].exp;
	return -1;
}

/* Scale words after a number: "1.5 million", "5bn", "2 hundred thousand". */
static void
read_scales(const char *p, const char *end, struct dec *v)
{
	char w[16];
	size_t len;
	int e, rounds;

	for (rounds = 0; rounds < 3; rounds++) {
		while (p < end && (*p == ' ' || *p == '-'))
			p++;
		len = word_at(p, end, w, sizeof w);
		if (len == 0 || len >= sizeof w || (e = scale_of(w)) < 0)
			return;
		v->exp += e;
		p += len;
	}
}

static int
read_digits(const char *p, const char *end, struct dec *v)
{
	int seen_point = 0;

	for (; p < end; p++) {
		if (is_digit((unsigned char)*p)) {
			if (dec_digit(v, *p) < 0)
				return -1;
			if (seen_point)
				v->exp--;
		} else if (*p == ',' && !seen_point && end - p > 3 &&
		    is_digit((unsigned char)p[1]) &&
		    is_digit((unsigned char)p[2]) &&
		    is_digit((unsigned char)p[3]) &&
		    (end - p == 4 || !is_digit((unsigned char)p[4])))
			continue;	/* thousands separator */
		else if (*p == ',' && !seen_point && end - p == 4 &&
		    is_digit((unsigned char)p[1]))
			continue;
		else if (*p == '.' && !seen_point && p + 1 < end &&
		    is_digit((unsigned char)p[1]))
			seen_point = 1;
		else
			break;
	}
	read_scales(p, end, v);
	return 0;
}

static long long
small_word(const char *w)
{
	static const char *const units[] = { "zero", "one", "two", "three",
	    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	    "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
	    "seventeen", "eighteen", "nineteen" };
	static const char *const tens[] = { "twenty", "thirty", "forty",
	    "fifty", "sixty", "seventy", "eighty", "ninety" };
	size_t i;

	for (i = 0; i < sizeof units / sizeof *units; i++)
		if (strcmp(w, units[i]) == 0)
			return (long long)i;
	for (i = 0; i < sizeof tens / sizeof *tens; i++)
		if (strcmp(w, tens[i]) == 0)
			return (long long)(i + 2) * 10;
	if (strcmp(w, "dozen") == 0)
		return 12;
	return -1;
}

/* "forty-five", "two hundred and five", "a dozen", "three million" */
static int
read_words(const char *p, const char *end, struct dec *v)
{
	char w[16], tmp[32];
	long long total = 0, cur = 0, x;
	size_t len;
	int any = 0, e, i, pending_a = 0;

	while (p < end) {
		while (p < end && !ascii_is_letter((unsigned char)*p))
			p++;
		len = word_at(p, end, w, sizeof w);
		if (len == 0)
			break;
		p += len;
		if (strcmp(w, "a") == 0 || strcmp(w, "an") == 0) {
			if (any)
				break;
			pending_a = 1;
			continue;
		}
		if (strcmp(w, "and") == 0 && any)
			continue;
		if ((x = small_word(w)) >= 0) {
			if (x == 12 && strcmp(w, "dozen") == 0) {
				if (__builtin_mul_overflow(cur ? cur : 1, 12, &cur))
					return -1;
			} else if (__builtin_add_overflow(cur, x, &cur))
				return -1;
		} else if ((e = scale_of(w)) >= 2 && strlen(w) > 3) {
			long long m = 1;

			for (i = 0; i < e; i++)
				m *= 10;
			if (cur == 0)
				cur = 1;
			/* "hundred hundred hundred ...": no value fits */
			if (__builtin_mul_overflow(cur, m, &cur))
				return -1;
			if (e != 2) {
				if (__builtin_add_overflow(total, cur, &total))
					return -1;
				cur = 0;
			}
		} else if (any || pending_a) {
			break;
		} else
			continue;	/* words before the number */
		any = 1;
		pending_a = 0;
	}
	if (!any)
		return -1;
	if (__builtin_add_overflow(total, cur, &total))
		return -1;
	snprintf(tmp, sizeof tmp, "%lld", total);
	for (i = 0; tmp[i]; i++)
		dec_digit(v, tmp[i]);
	return 0;
}

/* number_value, the value times 10^shift ("50 cents" is 0.50 of a unit) */
static int
value_shifted(const char *s, size_t n, int shift, char *out, size_t outsz)
{
	const char *end = s + n, *p;
	struct dec v;
	int neg;

	/* a minus sign opening it: "-0.3%", "-$2.5 million", U+2212 */
	neg = (n > 0 && s[0] == '-') || (n > 2 &&
	    memcmp(s, "\xe2\x88\x92", 3) == 0);
	memset(&v, 0, sizeof v);
	for (p = s; p < end && !is_digit((unsigned char)*p); p++)
		;
	if (p < end) {
		if (read_digits(p, end, &v) < 0)
			return -1;
	} else if (read_words(s, end, &v) < 0)
		return -1;
	v.exp += shift;
	if (!neg)
		return dec_format(&v, out, outsz);
	if (outsz < 2 || dec_format(&v, out + 1, outsz - 1) < 0)
		return -1;
	if (strcmp(out + 1, "0") == 0)
		memmove(out, out + 1, 2);	/* "-0.0%" is 0 */
	else
		out[0] = '-';
	return 0;
}

int
number_value(const char *s, size_t n, char *out, size_t outsz)
{
	return value_shifted(s, n, 0, out, outsz);
}

static int
word_eq(const char *s, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (w[i] == '\0' || (s[i] | 0x20) != w[i])
			return 0;
	return w[n] == '\0';
}

const char *
currency_code(const char *s, size_t n)
{
	static const struct {
		const char *sym, *code;
	} symbols[] = {
		{ "US$", "USD" }, { "US $", "USD" }, { "HK$", "HKD" },
		{ "NZ$", "NZD" }, { "CA$", "CAD" }, { "A$", "AUD" },
		{ "C$", "CAD" }, { "R$", "BRL" }, { "S$", "SGD" },
		{ "\xe2\x82\xac", "EUR" }, { "\xc2\xa3", "GBP" },
		{ "\xc2\xa5", "JPY" }, { "\xe2\x82\xbd", "RUB" },
		{ "\xe2\x82\xb9", "INR" }, { "\xe2\x82\xa9", "KRW" },
		{ "\xe2\x82\xb4", "UAH" }, { "\xe2\x82\xba", "TRY" },
		{ "\xe2\x82\xaa", "ILS" }, { "Rs", "INR" }, { "$", "USD" },
	};
	static const struct {
		const char *w, *code;
	} words[] = {
		{ "dollar", "USD" }, { "dollars", "USD" }, { "euro", "EUR" },
		{ "euros", "EUR" }, { "pound", "GBP" }, { "pounds", "GBP" },
		{ "sterling", "GBP" }, { "ruble", "RUB" }, { "rubles", "RUB" },
		{ "rouble", "RUB" }, { "roubles", "RUB" }, { "yuan", "CNY" },
		{ "renminbi", "CNY" }, { "yen", "JPY" }, { "rupee", "INR" },
		{ "rupees", "INR" }, { "hryvnia", "UAH" }, { "hryvnias", "UAH" },
		{ "hryvnas", "UAH" }, { "franc", "CHF" }, { "francs", "CHF" },
		{ "lira", "TRY" }, { "liras", "TRY" }, { "shekel", "ILS" },
		{ "shekels", "ILS" }, { "won", "KRW" }, { "rand", "ZAR" },
		{ "usd", "USD" }, { "eur", "EUR" }, { "gbp", "GBP" },
		{ "rub", "RUB" }, { "cny", "CNY" }, { "jpy", "JPY" },
		{ "chf", "CHF" }, { "inr", "INR" }, { "uah", "UAH" },
		{ "aud", "AUD" }, { "cad", "CAD" }, { "cent", "USD" },
		{ "cents", "USD" }, { "pence", "GBP" },
	};
	static const struct {
		const char *w, *code;
	} dollar_lands[] = {
		{ "australian", "AUD" }, { "canadian", "CAD" },
		{ "singapore", "SGD" }, { "kong", "HKD" }, { "zealand", "NZD" },
		{ "taiwan", "TWD" }, { "zimbabwean", "ZWL" },
	};
	const char *p, *end = s + n, *prev = NULL;
	size_t i, k, len, prevlen = 0;

	for (i = 0; i < sizeof symbols / sizeof *symbols; i++) {
		len = strlen(symbols[i].sym);
		for (p = s; p + len <= end; p++) {
			if (memcmp(p, symbols[i].sym, len) != 0)
				continue;
			/* "US$" must not be the tail of a longer word */
			if (ascii_is_letter((unsigned char)*p) && p > s &&
			    ascii_is_letter((unsigned char)p[-1]))
				continue;
			return symbols[i].code;
		}
	}
	for (p = s; p < end; p += len) {
		for (len = 0; p + len < end && ascii_is_letter((unsigned char)p[len]);)
			len++;
		if (len == 0) {
			len = 1;
			continue;
		}
		for (i = 0; i < sizeof words / sizeof *words; i++) {
			if (!word_eq(p, len, words[i].w))
				continue;
			if (strcmp(words[i].code, "USD") == 0 && prev)
				for (k = 0; k < sizeof dollar_lands /
				    sizeof *dollar_lands; k++)
					if (word_eq(prev, prevlen,
					    dollar_lands[k].w))
						return dollar_lands[k].code;
			return words[i].code;
		}
		prev = p;
		prevlen = len;
	}
	return NULL;
}

/* Whether s names a hundredth of a currency: "cents", "pence". */
static int
names_cents(const char *s, size_t n)
{
	const char *p, *end = s + n;
	size_t len;

	for (p = s; p < end; p += len ? len : 1) {
		for (len = 0; p + len < end && ascii_is_letter((unsigned char)p[len]);)
			len++;
		if (word_eq(p, len, "cent") || word_eq(p, len, "cents") ||
		    word_eq(p, len, "pence"))
			return 1;
	}
	return 0;
}

int
money_normalise(const char *s, size_t n, char *out, size_t outsz)
{
	const char *code = currency_code(s, n);
	char amount[72];
	int len;

	if (code == NULL || value_shifted(s, n, names_cents(s, n) ? -2 : 0,
	    amount, sizeof amount) < 0)
		return -1;
	len = snprintf(out, outsz, "%s %s", amount, code);
	return len < 0 || (size_t)len >= outsz ? -1 : 0;
}

/*
 * The value of an ordinal in words: "first", "twenty-first", "one hundred
 * and first", "two hundredth".  The cardinal words before the ordinal one
 * add and multiply as read_words reads them; the ordinal word ends it.
 * Returns -1 without an ordinal word or past the range of long long.
 */
static int
ordinal_words(const char *p, const char *end, long long *out)
{
	static const char *const firsts[] = { "zeroth", "first", "second",
	    "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
	    "fifteenth", "sixteenth", "seventeenth", "eighteenth",
	    "nineteenth" };
	static const char *const tenths[] = { "twentieth", "thirtieth",
	    "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
	    "ninetieth" };
	static const struct {
		const char *w;
		int exp;
	} bigs[] = {
		{ "hundredth", 2 }, { "thousandth", 3 }, { "millionth", 6 },
		{ "billionth", 9 },
	};
	char w[16];
	size_t len, i;
	long long total = 0, cur = 0, m, x;
	int e, found = 0, k;

	while (p < end && !found) {
		len = word_at(p, end, w, sizeof w);
		if (len == 0) {
			p++;
			continue;
		}
		p += len;
		if ((x = small_word(w)) >= 0 && strcmp(w, "dozen") != 0) {
			if (__builtin_add_overflow(cur, x, &cur))
				return -1;
			continue;
		}
		if ((e = scale_of(w)) < 2 || strlen(w) <= 3)
			e = -1;
		for (i = 0; i < sizeof firsts / sizeof *firsts; i++)
			if (strcmp(w, firsts[i]) == 0) {
				if (__builtin_add_overflow(cur, (long long)i, &cur))
					return -1;
				found = 1;
			}
		for (i = 0; i < sizeof tenths / sizeof *tenths; i++)
			if (strcmp(w, tenths[i]) == 0) {
				if (__builtin_add_overflow(cur,
				    (long long)(i + 2) * 10, &cur))
					return -1;
				found = 1;
			}
		for (i = 0; i < sizeof bigs / sizeof *bigs; i++)
			if (strcmp(w, bigs[i].w) == 0) {
				e = bigs[i].exp;
				found = 1;
			}
		if (e < 0)
			continue;	/* "and", "a", words before it */
		/* "two hundred", "a thousand", "hundredth" */
		for (m = 1, k = 0; k < e; k++)
			m *= 10;
		if (__builtin_mul_overflow(cur ? cur : 1, m, &cur))
			return -1;
		if (e != 2) {
			if (__builtin_add_overflow(total, cur, &total))
				return -1;
			cur = 0;
		}
	}
	if (!found || __builtin_add_overflow(total, cur, out))
		return -1;
	return 0;
}

int
ordinal_normalise(const char *s, size_t n, char *out, size_t outsz)
{
	const char *p = s, *end = s + n;
	long long v = 0;
	int len2;

	if (n > 0 && is_digit((unsigned char)*s)) {
		for (; p < end && is_digit((unsigned char)*p); p++)
			if (v < 100000000)
				v = v * 10 + (*p - '0');
		if (end - p != 2 || !ascii_is_letter((unsigned char)p[0]))
			return -1;
	} else if (ordinal_words(p, end, &v) < 0)
		return -1;
	len2 = snprintf(out, outsz, "%lld", v);
	return len2 < 0 || (size_t)len2 >= outsz ? -1 : 0;
}
