/* Numbers, money and ordinals: exact decimal values. */
#include <string.h>

#include "numbers.h"
#include "tap.h"

static void
money(const char *in, const char *want)
{
	char out[96];
	int rc = money_normalise(in, strlen(in), out, sizeof out);

	ok(rc == 0 && strcmp(out, want) == 0, "money \"%s\" -> %s (got %s)",
	    in, want, rc == 0 ? out : "nothing");
}

static void
number(const char *in, const char *want)
{
	char out[96];
	int rc = number_value(in, strlen(in), out, sizeof out);

	ok(rc == 0 && strcmp(out, want) == 0, "number \"%s\" -> %s (got %s)",
	    in, want, rc == 0 ? out : "nothing");
}

static void
ordinal(const char *in, const char *want)
{
	char out[32];
	int rc = ordinal_normalise(in, strlen(in), out, sizeof out);

	ok(rc == 0 && strcmp(out, want) == 0, "ordinal \"%s\" -> %s", in,
	    want);
}

int
main(void)
{
	char out[96];

	money("$40 billion", "40000000000 USD");
	money("2,500 $", "2500 USD");
	money("0 $", "0 USD");
	money("\xe2\x82\xac" "5m", "5000000 EUR");
	money("\xc2\xa3" "1.25bn", "1250000000 GBP");
	money("US$ 3.5 million", "3500000 USD");
	money("HK$100", "100 HKD");
	money("300 rubles", "300 RUB");
	money("5 million roubles", "5000000 RUB");
	money("10 Australian dollars", "10 AUD");
	money("EUR 12.50", "12.5 EUR");
	money("1,000 yuan", "1000 CNY");
	ok(money_normalise("2,500", 5, out, sizeof out) < 0,
	    "a number without currency is no money");

	number("2,500", "2500");
	number("1.5 million", "1500000");
	number("0.25", "0.25");
	number("39", "39");
	number("forty-five", "45");
	number("two hundred and five", "205");
	number("a dozen", "12");
	number("three million", "3000000");
	number("007", "7");
	ok(number_value("dozens", 6, out, sizeof out) < 0,
	    "\"dozens\" has no value");
	ok(number_value("12345678901234567890123456789012345678901234", 44,
	    out, sizeof out) < 0, "more than 40 digits is refused");
	ok(number_value("hundred hundred hundred hundred hundred hundred "
	    "hundred hundred hundred hundred", 79, out, sizeof out) < 0,
	    "number words past the range of long long have no value (fuzz)");
	ok(number_value("dozen dozen dozen dozen dozen dozen dozen dozen dozen "
	    "dozen dozen dozen dozen dozen dozen dozen dozen dozen", 107, out,
	    sizeof out) < 0, "a run of dozens past long long has no value");
	number("a hundred trillion", "100000000000000");
	/* a minus sign opening the mention makes the value negative */
	number("-0.3%", "-0.3");
	number("\xe2\x88\x92" "5 degrees", "-5");
	number("-0.0%", "0");
	money("-$2.5 million", "-2500000 USD");
	/* cents and pence are hundredths; Rs, crore and lakh are India's */
	money("50 cents", "0.5 USD");
	money("20 pence", "0.2 GBP");
	money("99 euro cents", "0.99 EUR");
	money("Rs 500 crore", "5000000000 INR");
	money("Rs. 2 lakh", "200000 INR");
	number("500 crore", "5000000000");

	ordinal("21st", "21");
	ordinal("3rd", "3");
	ordinal("first", "1");
	ordinal("twelfth", "12");
	ordinal("twenty-first", "21");
	ordinal("fortieth", "40");
	ordinal("Ninety-Ninth", "99");
	ordinal("one hundred and first", "101");
	ordinal("a hundred and twenty-first", "121");
	ordinal("two thousand three hundred and forty-fifth", "2345");
	ordinal("hundredth", "100");
	ordinal("two hundredth", "200");
	ok(ordinal_normalise("hundred hundred hundred hundred hundred hundred "
	    "hundred hundred hundred hundred first", 85, out, sizeof out) < 0,
	    "ordinal words past the range of long long have no value");
	ok(ordinal_normalise("twenty", 6, out, sizeof out) < 0,
	    "\"twenty\" is no ordinal");

	ok(strcmp(currency_code("\xe2\x82\xbd", 3), "RUB") == 0,
	    "the ruble sign is RUB");
	ok(currency_code("plus 5", 6) == NULL, "no currency in \"plus 5\"");
	return tap_done();
}
