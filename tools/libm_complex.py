#!/usr/bin/env python3
"""Generate tests/complex/accuracy_data.h: inputs for every complex
function that tests/complex/accuracy.c measures, each with its exact
result from mpmath rounded per part to double (or float), and the rest in
2^-20 ulps. Needs mpmath. Deterministic: a fixed seed. Points exactly on a
branch cut are left to the special-value test (mpmath has no signed
zero); points next to the cuts and branch points are here."""
import mpmath as mp
import os
import random
import struct

mp.mp.prec = 200
rng = random.Random(20261126)


def bits_d(v):
    return struct.unpack("<Q", struct.pack("<d", v))[0]


def bits_f(v):
    return struct.unpack("<I", struct.pack("<f", v))[0]


def to_f(v):
    if abs(v) > 3.4028235677973366e38:
        return float("inf") if v > 0 else float("-inf")
    return struct.unpack("<f", struct.pack("<f", v))[0]


def ref(v, f):
    """v rounded to double or float, and v - that in 2^-20 ulps."""
    if f:
        with mp.workprec(24):
            r = to_f(float(+v))
        emin, p = -149, 24
    else:
        r = float(v)
        emin, p = -1074, 53
    if abs(r) == float("inf"):
        return r, 0
    e = int(mp.floor(mp.log(abs(mp.mpf(r)), 2))) if r else emin + p - 1
    ulp = mp.mpf(2) ** max(e - p + 1, emin)
    return r, int(mp.nint((v - mp.mpf(r)) / ulp * 2 ** 20))


FNS = {
    "cexp": mp.exp, "clog": mp.log, "csqrt": mp.sqrt,
    "csin": mp.sin, "ccos": mp.cos, "ctan": mp.tan,
    "csinh": mp.sinh, "ccosh": mp.cosh, "ctanh": mp.tanh,
    "casin": mp.asin, "cacos": mp.acos, "catan": mp.atan,
    "casinh": mp.asinh,
    # mpmath's acosh drops a tiny imaginary part next to the segment
    # (-1, 1): acosh z = +-i acos z, the sign that makes the real part
    # positive (the data has no zero imaginary part).
    "cacosh": lambda z: mp.j * mp.acos(z) if z.imag > 0 else -mp.j * mp.acos(z), "catanh": mp.atanh,
}


def sgn():
    return -1 if rng.random() < 0.5 else 1


def rexp(lo, hi):
    """A random value with |v| in [2^lo, 2^hi), random sign."""
    return sgn() * (1 + rng.random()) * 2.0 ** rng.randint(lo, hi - 1)


def runi(a, b):
    return rng.uniform(a, b)


def near(v):
    """v moved by a few ulps or by a small relative amount."""
    if rng.random() < 0.5:
        return v * (1 + sgn() * rng.randint(1, 8) * 2.0 ** -52)
    return v * (1 + sgn() * 2.0 ** -rng.randint(5, 40))


def inputs(name):
    """(x, y) pairs: mostly random over the interesting region, then hard
    cases. The arguments of the trigonometric and hyperbolic functions are
    kept where the result is finite."""
    pts = []
    hyp = name in ("cexp", "csinh", "ccosh", "ctanh", "csin", "ccos", "ctan")
    for _ in range(200):
        k = rng.random()
        if hyp:
            if k < 0.5:
                a, b = runi(-5, 5), runi(-5, 5)
            elif k < 0.8:
                a, b = rexp(-30, 5), rexp(-30, 5)
            else:
                a, b = runi(-700, 700), rexp(-10, 20)
            if name in ("csin", "ccos", "ctan"):
                a, b = b, a
            pts.append((a, b))
        else:
            if k < 0.4:
                pts.append((runi(-3, 3), runi(-3, 3)))
            elif k < 0.7:
                pts.append((rexp(-30, 30), rexp(-30, 30)))
            elif k < 0.85:
                pts.append((rexp(-1000, 1000), rexp(-1000, 1000)))
            else:
                # next to the branch points +-1, +-i and the unit circle
                t = runi(0, 2 * 3.141592653589793)
                r = near(1.0)
                p = (float(r * mp.cos(t)), float(r * mp.sin(t)))
                q = (sgn() * near(1.0), sgn() * 2.0 ** -rng.randint(1, 600))
                pts.append(p if rng.random() < 0.5 else q)
                pts.append((q[1], q[0]))
    if hyp:
        hard = [(710.5, 1.0), (-710.5, 2.0), (1000.0, 0.5), (21.9, 1.5),
                (22.1, 1.5), (1e-300, 1e-300), (3.0, 1e300), (0.5, 1.5707963267948966)]
        if name in ("csin", "ccos", "ctan"):
            hard = [(b, a) for a, b in hard]
        if name == "cexp":
            hard += [(709.9, 1.5707963267948966), (-745.0, 1.0), (1.0, 3.141592653589793)]
        pts += hard
    else:
        pts += [(1e308, 1e308), (1e-310, 1e-310), (1.0, 1e-300), (1 + 2.0 ** -52, 1e-200),
                (1 - 2.0 ** -53, 2.0 ** -1074), (0.70710678118654757, 0.70710678118654746),
                (3e-200, 1.0), (2.0 ** -1074, 1.5), (0.5, 1e200), (1e200, 0.5)]
    return pts


def cpow_inputs():
    pts = []
    for _ in range(200):
        z = (runi(-4, 4), runi(-4, 4))
        w = (runi(-3, 3), runi(-3, 3))
        pts.append(z + w)
    pts += [(2.0, 0.0, 10.0, 0.0), (0.0, 1.0, 2.0, 0.0), (-8.0, 1e-30, 1 / 3, 0.0),
            (1e10, 1e10, 0.5, 0.25), (1e-5, 2e-5, -1.5, 0.5)]
    return pts


def exact_at(name, args, prec):
    with mp.workprec(prec):
        z = mp.mpc(args[0], args[1])
        if name == "cpow":
            return mp.power(z, mp.mpc(args[2], args[3]))
        return FNS[name](z)


def close(a, b):
    return a == b or abs(a - b) <= abs(b) * mp.mpf(2) ** -80


def exact(name, args):
    """mpmath's complex functions bound the error of the result as a
    whole, not of each part: raise the precision until two evaluations
    agree in both parts."""
    prec = 200
    v = exact_at(name, args, prec)
    while prec < 20000:
        w = exact_at(name, args, 2 * prec)
        if close(v.real, w.real) and close(v.imag, w.imag):
            return w
        prec, v = 2 * prec, w
    raise ValueError("no convergence: %s%r" % (name, args))


def ok(v, f):
    big = 3.4e38 if f else 1.7e308
    return mp.isfinite(v.real) and mp.isfinite(v.imag) and abs(v.real) < big and abs(v.imag) < big


def rows(name, pts, f):
    out = []
    for p in pts:
        if f:
            q = tuple(to_f(v) for v in p)
            if any(v != 0 and abs(w) < 1.2e-38 for v, w in zip(p, q)) or any(abs(w) == float("inf") for w in q):
                continue
            p = q
        v = exact(name, p)
        if not ok(v, f):
            continue
        re, rf = ref(v.real, f)
        im, jf = ref(v.imag, f)
        b = bits_f if f else bits_d
        fmt = "0x%08xu" if f else "0x%016xull"
        ins = ", ".join(fmt % b(x) for x in p)
        if len(p) == 2:
            ins += ", 0, 0"
        out.append("\t{%s, %s, %s, %d, %d}," % (ins, fmt % b(re), fmt % b(im), rf, jf))
    return out


def main():
    lines = ["/* Generated by tools/libm_complex.py: do not edit. Each row is",
             "   { x, y, (u, v: cpow's exponent), real part and imaginary part",
             "   rounded, then (exact - rounded) of each in 2^-20 ulps }. */", ""]
    for name in list(FNS) + ["cpow"]:
        pts = cpow_inputs() if name == "cpow" else inputs(name)
        for f in (False, True):
            sel = pts if not f else pts[::2]
            lines.append("static const struct case_%s %s%s_cases[] = {" % ("f" if f else "d", name, "f" if f else ""))
            lines += rows(name, sel, f)
            lines += ["};", ""]
    path = os.path.join(os.path.dirname(__file__), "..", "tests", "complex", "accuracy_data.h")
    with open(path, "w") as fh:
        fh.write("\n".join(lines))


if __name__ == "__main__":
    main()
