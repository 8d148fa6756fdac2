#!/usr/bin/env python3
"""Generate tests/math/accuracy_data.h: inputs for every function that
tests/math/accuracy.c measures, each with its exact result from mpmath,
rounded to the function's format (ref) and the rest in 2^-20 ulps (frac).
Needs mpmath (pip install mpmath). Deterministic: a fixed seed."""
import mpmath as mp
import os
import random
import struct

mp.mp.prec = 256
rng = random.Random(20261125)


def bits_d(v):
    return struct.unpack("<Q", struct.pack("<d", v))[0]


def bits_f(v):
    return struct.unpack("<I", struct.pack("<f", v))[0]


def to_f(v):
    if abs(v) > 3.4028235677973366e38:
        return float("inf") if v > 0 else float("-inf")
    return struct.unpack("<f", struct.pack("<f", v))[0]


def rnd_exp(lo, hi, neg=True, f=False):
    """A random double (or float) with |x| in [2^lo, 2^hi), random sign."""
    e = rng.randint(lo, hi - 1)
    m = 1 + rng.random()
    x = m * 2.0 ** e
    if f:
        x = to_f(x)
    return -x if neg and rng.random() < 0.5 else x


def rnd_uni(a, b, f=False):
    x = rng.uniform(a, b)
    return to_f(x) if f else x


def exact(name, args):
    if name in ("sin", "cos", "tan"):
        # Enough bits to reduce arguments up to 2^1024 modulo pi/2.
        with mp.workprec(1400):
            return +exact_at_prec(name, args)
    return exact_at_prec(name, args)


def exact_at_prec(name, args):
    a = [mp.mpf(v) for v in args]
    fn = {
        "sin": mp.sin, "cos": mp.cos, "tan": mp.tan, "asin": mp.asin,
        "acos": mp.acos, "atan": mp.atan, "sinh": mp.sinh, "cosh": mp.cosh,
        "tanh": mp.tanh, "asinh": mp.asinh, "acosh": mp.acosh,
        "atanh": mp.atanh, "exp": mp.exp, "exp2": lambda x: mp.mpf(2) ** x,
        "exp10": lambda x: mp.mpf(10) ** x, "expm1": mp.expm1, "log": mp.log,
        "log2": lambda x: mp.log(x, 2), "log10": mp.log10, "log1p": mp.log1p,
        "cbrt": mp.cbrt, "sqrt": mp.sqrt, "atan2": mp.atan2,
        "hypot": lambda x, y: mp.sqrt(x * x + y * y), "pow": mp.power,
        "erf": mp.erf, "erfc": mp.erfc, "tgamma": mp.gamma,
        "lgamma": lambda x: mp.log(abs(mp.gamma(x))),
    }[name]
    return fn(*a)


def ref(v, f):
    """v rounded to double or float, and v - that in 2^-20 ulps."""
    if f:
        r = to_f(float(v))
        if abs(r) == float("inf"):
            return r, 0
        e = mp.floor(mp.log(abs(mp.mpf(r)), 2)) if r else -149
        ulp = mp.mpf(2) ** max(e - 23, -149)
    else:
        r = float(v)
        if abs(r) == float("inf"):
            return r, 0
        e = mp.floor(mp.log(abs(mp.mpf(r)), 2)) if r else -1074
        ulp = mp.mpf(2) ** max(e - 52, -1074)
    frac = int(mp.nint((v - mp.mpf(r)) / ulp * 2 ** 20))
    return r, frac


# Each function: its random input generators, weighted equally, and hard
# cases. The domains leave out where the result overflows or underflows;
# the special values are in special.c.
PI2 = float(mp.pi / 2)
HARD_TRIG = [PI2 * k for k in (1, 2, 3, 4, 5, 100, 1000, 2 ** 20, 2 ** 40)] + \
    [1e22, 1e300, 1.7976931348623157e308, 5.319372648326541e255, 2.0 ** 1023,
     0.5, 1e-5, 6381956970095103 * 2.0 ** 797, 0.7853981633974483, 3.14159,
     355.0, 103993.0]
SPECS = {
    "sin": ([lambda f: rnd_exp(-30, 4, f=f), lambda f: rnd_exp(4, 30, f=f),
             lambda f: rnd_exp(30, 1024 if not f else 128, f=f)], HARD_TRIG),
    "cos": ([lambda f: rnd_exp(-30, 4, f=f), lambda f: rnd_exp(4, 30, f=f),
             lambda f: rnd_exp(30, 1024 if not f else 128, f=f)], HARD_TRIG),
    "tan": ([lambda f: rnd_exp(-30, 4, f=f), lambda f: rnd_exp(4, 30, f=f),
             lambda f: rnd_exp(30, 1024 if not f else 128, f=f)], HARD_TRIG),
    "asin": ([lambda f: rnd_uni(-1, 1, f), lambda f: rnd_exp(-40, 0, f=f)],
             [0.5, -0.5, 0.9999999999999999, 1e-8, 0.70710678118654757]),
    "acos": ([lambda f: rnd_uni(-1, 1, f), lambda f: rnd_exp(-40, 0, f=f)],
             [0.5, -0.5, 0.9999999999999999, -0.9999999999999999, 1e-8]),
    "atan": ([lambda f: rnd_exp(-30, 30, f=f), lambda f: rnd_uni(-2, 2, f)],
             [1.0, -1.0, 0.09375, 0.0625, 1e10, 1e-10, 3.0]),
    "sinh": ([lambda f: rnd_uni(-88, 88, f), lambda f: rnd_exp(-30, 1, f=f),
              lambda f: rnd_uni(-710, 710, f) if not f else rnd_uni(-89, 89, f)],
             [1.0, 22.0, 22.5, 710.0, 0.125]),
    "cosh": ([lambda f: rnd_uni(-88, 88, f), lambda f: rnd_exp(-30, 1, f=f),
              lambda f: rnd_uni(-710, 710, f) if not f else rnd_uni(-89, 89, f)],
             [1.0, 22.0, 22.5, 710.0, 0.125]),
    "tanh": ([lambda f: rnd_uni(-23, 23, f), lambda f: rnd_exp(-30, 1, f=f)],
             [0.5, 1.0, 0.55, 21.9, 1e-9]),
    "asinh": ([lambda f: rnd_exp(-30, 30, f=f), lambda f: rnd_exp(30, 1000, f=f) if not f else rnd_exp(30, 127, f=f)],
              [0.125, 1.0, 2.0 ** 28, 1e300]),
    "acosh": ([lambda f: 1 + abs(rnd_exp(-50, 3, f=f)), lambda f: abs(rnd_exp(0, 1000 if not f else 127, f=f))],
              [1.0000000000000002, 2.0, 2.0 ** 28, 1e300]),
    "atanh": ([lambda f: rnd_uni(-1, 1, f), lambda f: rnd_exp(-30, 0, f=f)],
              [0.125, 0.5, 0.9999999999999999, -0.9999999999999999, 1e-9]),
    "exp": ([lambda f: rnd_uni(-745, 709.7, f) if not f else rnd_uni(-103, 88.7, f),
             lambda f: rnd_exp(-60, 3, f=f)],
            [709.78, -745.13, 1e-10, -708.5, 1.0, 0.5]),
    "exp2": ([lambda f: rnd_uni(-1074, 1023.9, f) if not f else rnd_uni(-149, 127.9, f),
              lambda f: rnd_exp(-60, 3, f=f)],
             [3.0, -1074.0, 0.5, 1023.5, -1022.5]),
    "exp10": ([lambda f: rnd_uni(-323, 308.2, f) if not f else rnd_uni(-44, 38.5, f),
               lambda f: rnd_exp(-60, 3, f=f)],
              [2.0, 0.5, -300.0, 308.0]),
    "expm1": ([lambda f: rnd_uni(-40, 709.7, f) if not f else rnd_uni(-20, 88.7, f),
               lambda f: rnd_exp(-60, 0, f=f)],
              [0.125, -0.125, 1e-10, 0.69, -0.7, 2.0]),
    "log": ([lambda f: abs(rnd_exp(-1074 if not f else -149, 1024 if not f else 128, f=f)),
             lambda f: 1 + rnd_exp(-50, -1, f=f)],
            [0.9999999999999999, 1.0000000000000002, 2.0, 0.5, 1e-310, 1.7976931348623157e308]),
    "log2": ([lambda f: abs(rnd_exp(-1074 if not f else -149, 1024 if not f else 128, f=f)),
              lambda f: 1 + rnd_exp(-50, -1, f=f)],
             [8.0, 0.9999999999999999, 1.0000000000000002, 3.0, 1e-310]),
    "log10": ([lambda f: abs(rnd_exp(-1074 if not f else -149, 1024 if not f else 128, f=f)),
               lambda f: 1 + rnd_exp(-50, -1, f=f)],
              [1000.0, 1e22, 0.9999999999999999, 1.0000000000000002, 1e-310]),
    "log1p": ([lambda f: abs(rnd_exp(-60, 1000 if not f else 127, f=f)),
               lambda f: rnd_uni(-1, 1, f), lambda f: rnd_exp(-60, 0, f=f)],
              [-0.5, 1e-10, -0.9999999999999999, 1.0]),
    "cbrt": ([lambda f: rnd_exp(-1074 if not f else -149, 1024 if not f else 128, f=f)],
             [27.0, -8.0, 1e-310, 3.0]),
    "sqrt": ([lambda f: abs(rnd_exp(-1074 if not f else -149, 1024 if not f else 128, f=f))],
             [2.0, 1e-310, 4.0]),
    "atan2": ([lambda f: (rnd_exp(-30, 30, f=f), rnd_exp(-30, 30, f=f)),
               lambda f: (rnd_exp(-1000 if not f else -140, 1000 if not f else 127, f=f),
                          rnd_exp(-1000 if not f else -140, 1000 if not f else 127, f=f))],
              [(1.0, -1.0), (1e-300, -1.0), (1.0, 1e-300), (-3.0, -4.0)]),
    "hypot": ([lambda f: (rnd_exp(-30, 30, f=f), rnd_exp(-30, 30, f=f)),
               lambda f: (rnd_exp(-1070 if not f else -145, 1020 if not f else 126, f=f),
                          rnd_exp(-1070 if not f else -145, 1020 if not f else 126, f=f))],
              [(3.0, 4.0), (1e-310, 1e-310), (1e300, 1e300), (1.0, 1e-17)]),
    "pow": ([lambda f: (abs(rnd_exp(-10, 10, f=f)), rnd_uni(-60, 60, f)),
             lambda f: (1 + rnd_exp(-40, -5, f=f), rnd_exp(10, 40 if not f else 20, f=f)),
             lambda f: (-abs(rnd_exp(-5, 5, f=f)), float(rng.randint(-100, 100)))],
            [(2.0, 0.5), (10.0, 22.0), (-2.0, 3.0), (0.5, 1074.0), (1.0000000000000002, 2.0 ** 52),
             (3.0, 1.0 / 3), (1e300, 1.02)]),
    "erf": ([lambda f: rnd_uni(-6, 6, f), lambda f: rnd_exp(-40, 3, f=f)],
            [0.84, 0.83, 1.0, -2.0, 5.9]),
    "erfc": ([lambda f: rnd_uni(-6, 27, f) if not f else rnd_uni(-6, 10, f),
              lambda f: rnd_exp(-40, 3, f=f)],
             [0.84, 0.83, 1.0, -2.0, 26.0, 5.0]),
    "tgamma": ([lambda f: rnd_uni(-170, 171.6, f) if not f else rnd_uni(-40, 35, f),
                lambda f: rnd_exp(-40, 3, f=f), lambda f: rnd_uni(0, 5, f)],
               [0.5, 1.5, 2.5, -0.5, 170.5, 3.0, 1e-300, 1e-17, -1e-17, -0.9999999999999999,
                -170.5, -169.99999999, 171.6, 1.4616321449683622, 2.75, 12.5, 0.7499999999999999]),
    "lgamma": ([lambda f: rnd_exp(-40, 20, f=f) if not f else rnd_exp(-40, 20, f=True),
                lambda f: rnd_uni(3, 100, f), lambda f: rnd_uni(-100, -0.5, f)],
               [0.5, 1.5, 2.5, -0.5, 1e10, 3.5,
                # Next to the zeros at 1 and 2, where the error counts
                # relative to a result near 0.
                1 + 2.0 ** -52, 1 - 2.0 ** -53, 2 - 2.0 ** -52, 2 + 2.0 ** -51,
                1 + 1e-8, 1 - 1e-5, 2 + 1e-6, 2 - 1e-9, 0.75, 1.25, 1.2500000000000002, 2.75,
                1.4616321449683622, 1e-300, 2.0 ** 60, 2.0 ** 53 + 2, 1e300, -1e-17,
                -2.5, -1.9999999, -0.9999999999999999, -1e15 - 0.5,
                # The doubles closest to zeros below -2.
                -2.7476826467274127, -2.4570247382208006, -3.955294284858598,
                -3.14358088834998, -4.991544640560048, -4.039361839740537,
                -7.999975197095821, -7.000198333407325, -12.99999999983941,
                -12.000000002087676]),
}

N = 600


def domain_ok(name, args):
    try:
        v = exact(name, args)
    except Exception:
        return None
    if isinstance(v, mp.mpc) or not mp.isfinite(v):
        return None
    return v


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    out = ["/* Generated by tools/libm_accuracy.py: do not edit. Each row is",
           "   { x, y, reference rounded, (exact - reference) in 2^-20 ulps }. */",
           ""]
    index = []
    for f in (False, True):
        for name, (gens, hard) in SPECS.items():
            binary = name in ("atan2", "hypot", "pow")
            rows = []
            cases = [h if binary else (h,) for h in hard]
            cases = [tuple(to_f(c) for c in cs) for cs in cases] if f else cases
            k = 0
            while len(rows) < N + len(hard):
                if cases:
                    args = cases.pop(0)
                else:
                    g = gens[k % len(gens)](f)
                    k += 1
                    args = g if binary else (g,)
                if f:
                    args = tuple(to_f(a) for a in args)
                if any(a != a or abs(a) == float("inf") for a in args):
                    continue
                v = domain_ok(name, args)
                if v is None:
                    continue
                r, frac = ref(v, f)
                if abs(r) == float("inf") or r == 0 or abs(r) < (2.0 ** -126 if f else 2.0 ** -1022):
                    continue
                if f:
                    rows.append("{0x%08x, 0x%08x, 0x%08x, %d}," % (
                        bits_f(args[0]), bits_f(args[1]) if binary else 0, bits_f(r), frac))
                else:
                    rows.append("{0x%016xull, 0x%016xull, 0x%016xull, %d}," % (
                        bits_d(args[0]), bits_d(args[1]) if binary else 0, bits_d(r), frac))
            tag = name + ("f" if f else "")
            out.append("static const struct %s %s_cases[] = {" % ("case_f" if f else "case_d", tag))
            out += ["\t" + r for r in rows]
            out.append("};")
            out.append("")
    with open(os.path.join(root, "tests/math/accuracy_data.h"), "w") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    main()
