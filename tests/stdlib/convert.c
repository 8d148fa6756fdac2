// portable
#include <limits.h>
#include <stdlib.h>
#include "test.h"

int main(void)
{
	CHECK_EQ(atoi(STR("0")), 0);
	CHECK_EQ(atoi(STR("42")), 42);
	CHECK_EQ(atoi(STR("-42")), -42);
	CHECK_EQ(atoi(STR("+17")), 17);
	CHECK_EQ(atoi(STR(" \t\n\v\f\r 99")), 99);
	CHECK_EQ(atoi(STR("12abc")), 12);
	CHECK_EQ(atoi(STR("abc")), 0);
	CHECK_EQ(atoi(STR("")), 0);
	CHECK_EQ(atoi(STR("- 5")), 0);
	CHECK_EQ(atoi(STR("--5")), 0);
	CHECK_EQ(atoi(STR("007")), 7);
	CHECK_EQ(atoi(STR("2147483647")), INT_MAX);
	CHECK_EQ(atoi(STR("-2147483648")), INT_MIN);

	CHECK_EQ(abs(NUM(0)), 0);
	CHECK_EQ(abs(NUM(-5)), 5);
	CHECK_EQ(abs(NUM(5)), 5);
	CHECK_EQ(abs(NUM(-INT_MAX)), INT_MAX);
	CHECK_EQ(labs(NUM(-123456789L)), 123456789L);
	CHECK_EQ(labs(NUM(LONG_MAX)), LONG_MAX);
	CHECK_EQ(labs(NUM(-LONG_MAX)), LONG_MAX);

	CHECK(getenv(STR("")) == NULL);
	CHECK(getenv(STR("=")) == NULL);
	CHECK(getenv(STR("SURELY_NOT_SET_12345")) == NULL);

	CHECK(EXIT_SUCCESS == 0);
	CHECK(EXIT_FAILURE == 1);
	CHECK(RAND_MAX == 2147483647);
	return test_done();
}
