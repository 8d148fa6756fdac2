#!/usr/bin/env python3
"""Print the coefficients of libc-top/src/math/__lgamma_pos.c, __sinpi.c
and __lgamma_negzero.c, from their definitions at 300 bits, rounded to
double (the first few as double-doubles, hi and lo):
- log Gamma(1+t) = -gamma t + sum_{k>=2} (-1)^k zeta(k)/k t^k,
- log Gamma(2+t) = (1-gamma) t + sum_{k>=2} (-1)^k (zeta(k)-1)/k t^k,
- sin(pi r) / r and cos(pi r) in u = r^2: (-1)^k pi^(2k+1)/(2k+1)! and
  (-1)^k pi^(2k)/(2k)!,
- the zeros of log|Gamma| below -2 and its Taylor series there.
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


def negative_zeros():
    """The zeros of log|Gamma| between -18 and -2, two between each pair of
    integers, and the Taylor series of log|Gamma| around each, sum_k>=1
    psi^(k-1)(z)/k! h^k, for |h| <= w, w such that |log|Gamma|| passes
    1/16 inside: beyond, the general method's absolute error (about 2^-56)
    is below 0.25 ulp. The series is in u = h / S, S the power of 2 just
    above w (the coefficients in h would overflow for the zeros next to
    -16 and -17). Rows: z in three parts (a double-double is not enough
    next to -7: x - z may be 2^-50 with z's error 2^-104), w, S, the first
    3 coefficients as double-doubles, the rest as doubles."""
    lg = lambda x: mp.log(abs(mp.gamma(x)))
    rows = []
    for n in range(2, 18):
        tiny = mp.mpf(2) ** -200
        for a, b in ((-n - 1 + tiny, -n - mp.mpf(0.5)), (-n - mp.mpf(0.5), -n - tiny)):
            z = mp.findroot(lg, (a, b), solver="anderson")
            d1 = mp.psi(0, z)
            w = mp.mpf(0.08) / abs(d1)
            # Stay inside the disc of convergence (to the nearest pole).
            r = min(z - mp.floor(z), mp.ceil(z) - z)
            assert w < 0.17 * r
            S = mp.mpf(2) ** int(mp.ceil(mp.log(w, 2)))
            c = [mp.psi(k - 1, z) / mp.factorial(k) * S ** k for k in range(1, NEG_TERMS + 1)]
            # The first term left out, relative to the result at h = w.
            drop = abs(mp.psi(NEG_TERMS, z) / mp.factorial(NEG_TERMS + 1) * w ** (NEG_TERMS + 1))
            assert drop < 2.0 ** -64 * abs(lg(z + w)) and drop < 2.0 ** -64 * abs(lg(z - w))
            assert abs(lg(z + w)) > 0.0625 and abs(lg(z - w)) > 0.0625
            rows.append((z, w, S, c))
    print("static const double negzero[%d][%d] = {" % (len(rows), 5 + 6 + NEG_TERMS - 3))
    for z, w, S, c in rows:
        zh = float(z)
        zl = float(z - mp.mpf(zh))
        vals = [zh, zl, float(z - mp.mpf(zh) - mp.mpf(zl)), float(w), float(S)]
        for v in c[:3]:
            h = float(v)
            vals += [h, float(v - mp.mpf(h))]
        vals += [float(v) for v in c[3:]]
        print("\t{" + ", ".join(v.hex() for v in vals) + "},")
    print("};")


NEG_TERMS = 26
negative_zeros()
