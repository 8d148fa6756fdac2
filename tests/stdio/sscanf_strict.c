/* Inputs where glibc's scanf is inconsistent and ours follows C17
   7.21.6.2: "0x" or "0x." with no digit is a matching failure (glibc
   accepts "0x." as zero but not "0x"), as is a partial "infinity". An
   exponent marker without digits ("1.5e+") is read and ignored, as glibc
   and musl both do. Not portable for the first reason. */
#include <stdio.h>
#include "test.h"

int main(void)
{
	double d = 0;
	int n = -1;
	CHECK_EQ(sscanf(STR("1.5e+x 2"), STR("%lf%n"), &d, &n), 1);
	CHECK_EQ(n, 5);
	CHECK(d == 1.5);
	CHECK_EQ(sscanf(STR("0x.p1"), STR("%lf"), &d), 0);
	CHECK_EQ(sscanf(STR("0x"), STR("%lf"), &d), 0);
	CHECK_EQ(sscanf(STR("."), STR("%lf"), &d), 0);
	CHECK_EQ(sscanf(STR("infinit"), STR("%lf"), &d), 0);
	CHECK_EQ(sscanf(STR("nan(12)"), STR("%lf%n"), &d, &n), 1);
	CHECK_EQ(n, 3);
	return test_done();
}
