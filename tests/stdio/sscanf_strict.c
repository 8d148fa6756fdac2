/* Where glibc's scanf is more lenient than C17 7.21.6.2: an incomplete
   exponent ("1.5e+") is a matching failure here, while glibc converts
   1.5. Not portable for that reason. */
#include <stdio.h>
#include "test.h"

int main(void)
{
	double d = 0;
	int n = -1;
	CHECK_EQ(sscanf(STR("1.5e+x 2"), STR("%lf"), &d), 0);
	CHECK_EQ(sscanf(STR("0x"), STR("%lf"), &d), 0);
	CHECK_EQ(sscanf(STR("."), STR("%lf"), &d), 0);
	CHECK_EQ(sscanf(STR("infinit"), STR("%lf"), &d), 0);
	CHECK_EQ(sscanf(STR("nan(12)"), STR("%lf%n"), &d, &n), 1);
	CHECK_EQ(n, 3);
	return test_done();
}
