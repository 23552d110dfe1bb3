"""Own calendar helper for dev15a: Julian day numbers, Gregorian, Julian, tabular Hijri (civil epoch, type II leaps)."""
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # jdn % 7 == 0 -> Monday


def g2jd(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045


def j2jd(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - 32083


def jd2g(jd):
    a = jd + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def jd2j(jd):
    c = jd + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def h2jd(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def jd2h(jd):
    y = (30 * (jd - 1948440) + 10646) // 10631
    m = min(12, (jd - 29 - h2jd(y, 1, 1)) * 10 // 295 + 1 + 0)
    m = max(1, min(12, -(-(jd - 29 - h2jd(y, 1, 1)) // 29.5) + 1))
    m = int(m)
    while m > 1 and h2jd(y, m, 1) > jd: m -= 1
    while m < 12 and h2jd(y, m + 1, 1) <= jd: m += 1
    return (y, m, jd - h2jd(y, m, 1) + 1)


def wd(jd):
    return WD[jd % 7]


def gleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def hyears(hy):
    """Gregorian/Julian years spanned by Hijri year hy (start, end) using Julian before 1582."""
    a, b = h2jd(hy, 1, 1), h2jd(hy + 1, 1, 1) - 1
    f = jd2j if a < 2299161 else jd2g
    return f(a)[0], f(b)[0]


def hy_has(hy, y):
    s, e = hyears(hy)
    return s <= y <= e


def hmonthlen(y, m):
    return h2jd(y, m + 1, 1) - h2jd(y, m, 1) if m < 12 else h2jd(y + 1, 1, 1) - h2jd(y, 12, 1)


def chk(cond, msg):
    return (bool(cond), msg)


if __name__ == "__main__":
    assert wd(g2jd(2000, 1, 1)) == "السبت"
    assert jd2h(g2jd(2000, 1, 1)) == (1420, 9, 24), jd2h(g2jd(2000, 1, 1))
    assert jd2g(h2jd(1, 1, 1)) == (622, 7, 19) and jd2j(h2jd(1, 1, 1)) == (622, 7, 16)
    print("ok")
