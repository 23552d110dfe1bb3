"""Calendar helper written for dev14a: JDN for Gregorian, Julian and tabular civil Hijri."""
import math

def g2jd(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045

def j2jd(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083

def h2jd(y, m, d):
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439

def jd2g(jd):
    a = jd + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)

def jd2j(jd):
    c = jd + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)

def jd2h(jd):
    y = (30 * (jd - 1948440) + 10646) // 10631
    m = min(12, math.ceil((jd - (29 + h2jd(y, 1, 1))) / 29.5) + 1)
    m = max(1, m)
    return (y, m, jd - h2jd(y, m, 1) + 1)

WD = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
def wd(jd): return (jd + 1) % 7
def wdname(jd): return WD[wd(jd)]

def g_leap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def j_leap(y): return y % 4 == 0
def h_leap(y): return (14 + 11 * y) % 30 < 11
def g_valid(y, m, d):
    ml = [31, 29 if g_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1 <= m <= 12 and 1 <= d <= ml[m - 1]
def j_valid(y, m, d):
    ml = [31, 29 if j_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1 <= m <= 12 and 1 <= d <= ml[m - 1]
def h_valid(y, m, d):
    ln = 30 if m % 2 == 1 else 29
    if m == 12 and h_leap(y): ln = 30
    return 1 <= m <= 12 and 1 <= d <= ln

def os2ns(y, m, d): return jd2g(j2jd(y, m, d))
def offset(y, m, d):
    """Days between the Julian and Gregorian readings of the same written date (OS->NS offset)."""
    return j2jd(y, m, d) - g2jd(y, m, d)

def h_years_ce(hy, julian=False):
    a = h2jd(hy, 1, 1); b = h2jd(hy + 1, 1, 1) - 1
    f = jd2j if julian else jd2g
    return set(range(f(a)[0], f(b)[0] + 1))

def near(jd1, jd2, tol=2): return abs(jd1 - jd2) <= tol

if __name__ == "__main__":
    for jd in range(1948440, 2500000, 97):
        assert g2jd(*jd2g(jd)) == jd and j2jd(*jd2j(jd)) == jd and h2jd(*jd2h(jd)) == jd
    assert wdname(g2jd(2000, 1, 1)) == "السبت"
    assert wdname(g2jd(2001, 9, 11)) == "الثلاثاء"
    assert wdname(g2jd(1973, 10, 6)) == "السبت"
    assert j2jd(622, 7, 16) == h2jd(1, 1, 1) and wdname(h2jd(1, 1, 1)) == "الجمعة"
    assert os2ns(1917, 10, 25) == (1917, 11, 7)
    assert offset(1917, 10, 25) == 13 and offset(1850, 3, 1) == 12 and offset(1750, 3, 1) == 11
    assert near(h2jd(1446, 1, 1), g2jd(2024, 7, 7), 1)
    print("cal14 self-test ok")
