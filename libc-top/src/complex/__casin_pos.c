#include "complex_impl.h"

/* For x, y >= 0, with R = |z + 1|, S = |z - 1| and A = (R + S)/2 >= 1:
   asin z = asin(x/A) + i log(A + sqrt(A^2 - 1)),
   acos z = acos(x/A) - i log(A + sqrt(A^2 - 1)).
   (Hull, Fairgrieve and Tang, ACM TOMS 23, 1997.) The forms below avoid
   the cancellations: when x/A is close to 1, the real part is an
   arctangent of x over sqrt(A^2 - x^2) written without a difference, and
   when A is close to 1, A - 1 is a sum of positive terms, y^2/(R + x + 1)
   being R - (x + 1) and y^2/(S + 1 - x) being S - (1 - x). */
double _Complex __casin_pos(double x, double y, int want_acos)
{
	/* sqrt(1 - z^2) is -iz to double precision: asin z = pi/2 - arg z +
	   i log 2|z|. */
	if (x > 0x1p500 || y > 0x1p500) {
		double re = want_acos ? atan2(y, x) : atan2(x, y);
		double lo;
		return cpack(re, __clog_abs(x, y, &lo) + 0x1.62e42fefa39efp-1);
	}
	double R = hypot(x + 1, y), S = hypot(x - 1, y);
	double A = 0.5 * (R + S), B = x / A;
	double re, im;
	if (B <= 0.6417) {
		re = want_acos ? acos(B) : asin(B);
	} else {
		/* d = sqrt(A^2 - x^2) */
		double d;
		if (x <= 1)
			d = sqrt(0.5 * (A + x) * (y * y / (R + (x + 1)) + (S + (1 - x))));
		else
			d = y * sqrt(0.5 * ((A + x) / (R + (x + 1)) + (A + x) / (S + (x - 1))));
		re = want_acos ? atan(d / x) : atan(x / d);
	}
	if (y < 0x1p-500 && x < 1) {
		/* A - 1 = y^2 / (2 (1 - x^2)) would underflow. */
		im = y / sqrt((1 - x) * (1 + x));
	} else if (A <= 1.5) {
		double am1;
		if (x < 1)
			am1 = 0.5 * (y * y / (R + (x + 1)) + y * y / (S + (1 - x)));
		else
			am1 = 0.5 * (y * y / (R + (x + 1)) + (S + (x - 1)));
		im = log1p(am1 + sqrt(am1 * (A + 1)));
	} else {
		im = log(A + sqrt(A * A - 1));
	}
	return cpack(re, im);
}
