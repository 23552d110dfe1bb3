"""Own calendar helper of heldout20: Julian day numbers for Gregorian, Julian and tabular civil Hijri."""
import math

WD = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]


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
    return (y, m, jd - h2jd(y, m, 1) + 1)


def wd(jd):
    return WD[(jd + 1) % 7]


def gleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def gvalid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= [31, 29 if gleap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def hvalid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= h2jd(y + (m == 12), m % 12 + 1, 1) - h2jd(y, m, 1)


def hyears(gy):
    """Hijri years overlapping Gregorian year gy."""
    return set(range(jd2h(g2jd(gy, 1, 1))[0], jd2h(g2jd(gy, 12, 31))[0] + 1))


def gyears(hy):
    return set(range(jd2g(h2jd(hy, 1, 1))[0], jd2g(h2jd(hy, 12, 29))[0] + 1))


if __name__ == "__main__":
    assert g2jd(2000, 1, 1) == 2451545 and wd(2451545) == "السبت"
    assert h2jd(1, 1, 1) == 1948440 == j2jd(622, 7, 16) and wd(1948440) == "الجمعة"
    assert j2jd(1917, 10, 25) == g2jd(1917, 11, 7)
    assert wd(g2jd(1973, 10, 6)) == "السبت"
    for jd in range(1948440, 2500000, 97):
        assert h2jd(*jd2h(jd)) == jd and g2jd(*jd2g(jd)) == jd and j2jd(*jd2j(jd)) == jd
    assert abs(h2jd(1446, 1, 1) - g2jd(2024, 7, 7)) <= 1
    print("cal ok")
