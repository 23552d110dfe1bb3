from cal14 import *
def hy_ce(hy, cy, julian=None):
    """cy is one of the CE years overlapped by Hijri year hy (Julian before 1582 unless told)."""
    if julian is None: julian = hy < 990
    return cy in h_years_ce(hy, julian)
def hy_far(hy, cy, n=3, julian=None):
    if julian is None: julian = hy < 990
    return all(abs(cy - c) >= n for c in h_years_ce(hy, julian))
def hg(h, g, julian=False, tol=2):
    return near(h2jd(*h), (j2jd if julian else g2jd)(*g), tol)
def lunar_age(a, b): return b - a
