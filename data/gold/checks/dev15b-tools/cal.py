"""Own calendar helper for dev15b: Julian day numbers, Gregorian, Julian, tabular Hijri (civil epoch, 16 July 622 Julian)."""
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # jd % 7 == 0 is Monday


def g2jd(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def j2jd(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083


def jd2g(jd):
    a = jd + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def jd2j(jd):
    c = jd + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def h2jd(y, m, d):
    return d + -(-59 * (m - 1) // 2) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def jd2h(jd):
    y = (30 * (jd - 1948440) + 10646) // 10631
    m = min(12, -(-(jd - 29 - h2jd(y, 1, 1)) // 29.5) + 1)
    m = int(m); d = jd - h2jd(y, m, 1) + 1
    return (y, m, d)


def wd(jd):
    return WD[jd % 7]


def g_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def g_days(y, m):
    return [31, 29 if g_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def os2ns(y, m, d):
    return jd2g(j2jd(y, m, d))


def h_year_overlaps(hy, gy):
    """Hijri year hy overlaps Gregorian year gy."""
    a, b = jd2g(h2jd(hy, 1, 1))[0], jd2g(h2jd(hy + 1, 1, 1) - 1)[0]
    return a <= gy <= b


def hj_year_overlaps(hy, jy):
    a, b = jd2j(h2jd(hy, 1, 1))[0], jd2j(h2jd(hy + 1, 1, 1) - 1)[0]
    return a <= jy <= b


assert g2jd(2000, 1, 1) == 2451545 and wd(2451545) == "السبت"
assert h2jd(1, 1, 1) == j2jd(622, 7, 16)
assert jd2g(g2jd(1917, 3, 8)) == (1917, 3, 8) and os2ns(1917, 2, 23) == (1917, 3, 8)
assert jd2h(h2jd(1445, 9, 1)) == (1445, 9, 1)
