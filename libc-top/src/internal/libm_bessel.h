#ifndef LIBM_BESSEL_H
#define LIBM_BESSEL_H

#include "libm.h"

/* J0 or J1 (n = 0, 1) at 0 <= x < 25 from the power series. */
hidden dd_t __bessel_j_series(int n, double x);

/* Y0 or Y1 at 0 < x < 25 from the series. */
hidden dd_t __bessel_y_series(int n, double x);

/* Jn and Yn (n = 0, 1) at finite x >= 25 from Hankel's asymptotic
   expansion. */
hidden void __bessel_hankel(int n, double x, dd_t *j, dd_t *y);

/* J_n or Y_n (want_y) for n = 0, 1 and finite x > 0 (x >= 0 for J), as
   a double-double good to about 2^-58 relative away from the zeros: the
   start of the recurrences of jn and yn. */
static inline dd_t __bessel01(int want_y, int n, double x)
{
	if (x < 25)
		return want_y ? __bessel_y_series(n, x) : __bessel_j_series(n, x);
	dd_t j, y;
	__bessel_hankel(n, x, &j, &y);
	return want_y ? y : j;
}

/* One step of the three-term recurrence: (2k/x) b - a. */
static inline dd_t __bessel_step(double k, double x, dd_t b, dd_t a)
{
	double tl, t = div_dd(2 * k, 0, x, 0, &tl);
	return dd_add(dd_mul((dd_t){t, tl}, b), (dd_t){-a.hi, -a.lo});
}

#endif
