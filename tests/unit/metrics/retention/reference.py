"""Independent reference values for the retention tests, from Python's standard library only.

Run:  python3 tests/unit/metrics/retention/reference.py
The numbers it prints are pasted into the *.test.ts files next to it; nothing here imports
the TypeScript code, so the two implementations check each other.

- Chi-square upper tail in closed form: df even, Q = e^(-x/2) sum_{i<k/2} (x/2)^i / i!;
  df odd, Q = erfc(sqrt(x/2)) + e^(-x/2) sum_{i=1}^{(k-1)/2} (x/2)^(i-1/2) / Gamma(i+1/2).
- Log-rank test for k groups: O, E and the hypergeometric covariance V over distinct event
  times, chi-square = (O-E)' V^-1 (O-E) on the first k-1 groups (Gauss-Jordan in fractions).
"""
import math
from fractions import Fraction


def chi2_sf(x, k):
    h = x / 2
    if k % 2 == 0:
        return math.exp(-h) * sum(h ** i / math.factorial(i) for i in range(k // 2))
    return math.erfc(math.sqrt(h)) + math.exp(-h) * sum(
        h ** (i - 0.5) / math.gamma(i + 0.5) for i in range(1, (k - 1) // 2 + 1))


def logrank(subjects):
    """subjects: list of (group, time, event)."""
    groups = sorted({g for g, _, _ in subjects})
    times = sorted({t for _, t, e in subjects if e})
    O = {g: Fraction(0) for g in groups}
    E = {g: Fraction(0) for g in groups}
    V = {(g, h): Fraction(0) for g in groups for h in groups}
    for t in times:
        n_g = {g: sum(1 for gg, tt, _ in subjects if gg == g and tt >= t) for g in groups}
        d_g = {g: sum(1 for gg, tt, e in subjects if gg == g and tt == t and e) for g in groups}
        n = sum(n_g.values())
        d = sum(d_g.values())
        for g in groups:
            O[g] += d_g[g]
            E[g] += Fraction(d * n_g[g], n)
            for h in groups:
                if n > 1:
                    V[(g, h)] += Fraction(d * (n - d), n - 1) * Fraction(n_g[g], n) * ((1 if g == h else 0) - Fraction(n_g[h], n))
    keep = groups[:-1]
    m = len(keep)
    a = [[V[(g, h)] for h in keep] + [O[g] - E[g]] for g in keep]
    for c in range(m):  # Gauss-Jordan, exact
        p = next(r for r in range(c, m) if a[r][c] != 0)
        a[c], a[p] = a[p], a[c]
        a[c] = [v / a[c][c] for v in a[c]]
        for r in range(m):
            if r != c and a[r][c] != 0:
                a[r] = [vr - a[r][c] * vc for vr, vc in zip(a[r], a[c])]
    x = [a[r][m] for r in range(m)]
    chi2 = sum((O[g] - E[g]) * x[i] for i, g in enumerate(keep))
    return groups, O, E, V, float(chi2), chi2_sf(float(chi2), len(groups) - 1)


def show(name, subjects):
    groups, O, E, V, chi2, p = logrank(subjects)
    print(name)
    for g in groups:
        print(f"  {g}: O={O[g]} E={float(E[g]):.12f} V[{g},{g}]={float(V[(g, g)]):.12f}")
    print(f"  chi2={chi2:.12f} df={len(groups) - 1} p={p:.12f}")


print("erfc:", {x: repr(math.erfc(x)) for x in [0, 0.1, 0.5, 1, 1.5, 1.99, 2, 2.5, 3, 4, 6]})
print("lgamma:", {a: repr(math.lgamma(a)) for a in [0.5, 1, 1.5, 2.5, 3, 7.5, 10, 25.5]})
print("chi2_sf:", {(x, k): repr(chi2_sf(x, k)) for x, k in [(0.5, 1), (3.841458820694124, 1), (10, 1), (0.5, 2), (5.991464547107979, 2), (4, 3), (7.814727903251178, 3), (12, 5), (3, 6), (30, 6), (1, 9)]})

# Two groups, ties and censoring: the landmark fixture of landmarkSplit.test.ts (days since the
# landmark) and the cohort fixture of cohortSplit.test.ts (days since start), same times.
two = [("mentored", t, e) for t, e in [(60, 1), (60, 1), (100, 0), (200, 1), (200, 0), (641, 0), (641, 0)]] + \
      [("unmentored", t, e) for t, e in [(30, 1), (150, 0), (300, 1), (641, 0), (641, 0)]]
show("two groups", two)

# Three groups (logRank.test.ts, VALUES relation).
three = [("a", t, e) for t, e in [(1, 1), (3, 1), (3, 0), (6, 1), (8, 0)]] + \
        [("b", t, e) for t, e in [(2, 1), (3, 1), (4, 0), (9, 0)]] + \
        [("c", t, e) for t, e in [(3, 1), (5, 1), (6, 1), (7, 0), (10, 1)]]
show("three groups", three)

# The landmark fixture with the date range ending 2024-04-16 (t=200): later exits censored at 200.
cut = [("mentored", t, e) for t, e in [(60, 1), (60, 1), (100, 0), (200, 1), (200, 0), (200, 0), (200, 0)]] + \
      [("unmentored", t, e) for t, e in [(30, 1), (150, 0), (200, 0), (200, 0), (200, 0)]]
show("two groups, follow-up ending at t=200", cut)
