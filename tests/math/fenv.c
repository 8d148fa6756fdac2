/* fenv.h as wasm allows: one rounding direction, no exception flags. Not
   portable: glibc supports all four directions and the flags. */
#include <fenv.h>
#include "test.h"

int main(void)
{
	CHECK_EQ(FE_ALL_EXCEPT, 0);
	CHECK_EQ(fegetround(), FE_TONEAREST);
	CHECK_EQ(fesetround(FE_TONEAREST), 0);
	CHECK(fesetround(FE_TONEAREST + 1) != 0);
	CHECK(fesetround(-1) != 0);
	CHECK_EQ(fegetround(), FE_TONEAREST);

	CHECK_EQ(feclearexcept(0), 0);
	CHECK_EQ(feclearexcept(FE_ALL_EXCEPT), 0);
	CHECK(feclearexcept(1) != 0);
	CHECK_EQ(feraiseexcept(0), 0);
	CHECK(feraiseexcept(4) != 0);
	CHECK_EQ(fetestexcept(-1), 0);

	fexcept_t flags = 7;
	CHECK_EQ(fegetexceptflag(&flags, FE_ALL_EXCEPT), 0);
	CHECK_EQ(flags, 0);
	CHECK(fegetexceptflag(&flags, 2) != 0);
	CHECK_EQ(fesetexceptflag(&flags, 0), 0);
	CHECK(fesetexceptflag(&flags, 8) != 0);

	fenv_t env;
	CHECK_EQ(fegetenv(&env), 0);
	CHECK_EQ(fesetenv(&env), 0);
	CHECK_EQ(fesetenv(FE_DFL_ENV), 0);
	CHECK_EQ(feholdexcept(&env), 0);
	CHECK_EQ(feupdateenv(&env), 0);
	CHECK_EQ(fegetround(), FE_TONEAREST);
	return test_done();
}
