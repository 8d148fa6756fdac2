#!/usr/bin/env python3
"""Print the coefficients of libc-top/src/math/__lgamma_pos.c and
__sinpi.c, from their definitions at 300 bits, rounded to double (the
first few as double-doubles, hi and lo):
- log Gamma(1+t) = -gamma t + sum_{k>=2} (-1)^k zeta(k)/k t^k,
- log Gamma(2+t) = (1-gamma) t + sum_{k>=2} (-1)^k (zeta(k)-1)/k t^k,
- sin(pi r) / r and cos(pi r) in u = r^2: (-1)^k pi^(2k+1)/(2k+1)! and
  (-1)^k pi^(2k)/(2k)!.
Needs mpmath (pip install mpmath)."""
import mpmath as mp

mp.mp.prec = 300
DD = 6


def coeffs(at, n):
    c = [-mp.euler if at == 1 else 1 - mp.euler]
    for k in range(2, n + 1):
        z = mp.zeta(k) - (0 if at == 1 else 1)
        c.append((-1) ** k * z / k)
    return c


def show(name, c, dd=DD):
    print("static const double %s_dd[%d] = {" % (name, 2 * dd))
    for v in c[:dd]:
        hi = float(v)
        print("\t%s, %s," % (hi.hex(), float(v - mp.mpf(hi)).hex()))
    print("};")
    print("static const double %s[%d] = {" % (name, len(c) - dd))
    for v in c[dd:]:
        print("\t%s," % float(v).hex())
    print("};")


# Degrees: the dropped terms stay below 2^-64 of the result on
# |t| <= 1/4 around 1 and |t| <= 3/4 around 2.
show("near1", coeffs(1, 30))
show("near2", coeffs(2, 44))

# On |r| <= 1/4 the dropped terms are below 2^-75.
show("sin_c", [(-1) ** k * mp.pi ** (2 * k + 1) / mp.factorial(2 * k + 1) for k in range(12)], 4)
show("cos_c", [(-1) ** k * mp.pi ** (2 * k) / mp.factorial(2 * k) for k in range(12)], 4)
