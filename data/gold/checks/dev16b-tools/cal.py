"""dev16b's own calendar helper: Julian Day Numbers for Gregorian, Julian and tabular civil Hijri."""
GM = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HM = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
      "ذي القعدة", "ذي الحجة"]
WD = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]


def g2jd(y, m, d):
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def j2jd(y, m, d):
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083


def h2jd(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def jd2g(jd):
    a = jd + 32044
    b = (4 * a + 3) // 146097
    c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def jd2j(jd):
    c = jd + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def jd2h(jd):
    y = (30 * (jd - 1948440) + 10646) // 10631
    m = min(12, -(-(jd - 29 - h2jd(y, 1, 1)) // 29.5) + 1)
    m = int(m)
    while m > 1 and h2jd(y, m, 1) > jd:
        m -= 1
    while m < 12 and h2jd(y, m + 1, 1) <= jd:
        m += 1
    return (y, m, jd - h2jd(y, m, 1) + 1)


def wd(jd):
    return WD[(jd + 1) % 7]


def wdg(y, m, d):
    return wd(g2jd(y, m, d))


def wdj(y, m, d):
    return wd(j2jd(y, m, d))


def wdh(y, m, d):
    return wd(h2jd(y, m, d))


def shift(name, k):
    return WD[(WD.index(name) + k) % 7]


def leap_g(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def mlen_g(y, m):
    return [31, 29 if leap_g(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def mlen_j(y, m):
    return [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def leap_h(y):
    return (14 + 11 * y) % 30 < 11


def mlen_h(y, m):
    return 30 if m % 2 == 1 or (m == 12 and leap_h(y)) else 29


def valid_g(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= mlen_g(y, m)


def valid_j(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= mlen_j(y, m)


def valid_h(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= mlen_h(y, m)


def h2g(y, m, d):
    return jd2g(h2jd(y, m, d))


def g2h(y, m, d):
    return jd2h(g2jd(y, m, d))


def h2j(y, m, d):
    return jd2j(h2jd(y, m, d))


def os2ns(y, m, d):
    return jd2g(j2jd(y, m, d))


def hyears(hy):
    """Gregorian years a Hijri year overlaps."""
    a, b = h2g(hy, 1, 1)[0], h2g(hy, 12, mlen_h(hy, 12))[0]
    return set(range(a, b + 1))


def hyears_j(hy):
    a, b = h2j(hy, 1, 1)[0], h2j(hy, 12, mlen_h(hy, 12))[0]
    return set(range(a, b + 1))


if __name__ == "__main__":
    for jd in range(g2jd(600, 1, 1), g2jd(2130, 1, 1), 37):
        assert g2jd(*jd2g(jd)) == jd and j2jd(*jd2j(jd)) == jd and h2jd(*jd2h(jd)) == jd, jd
    assert h2jd(1, 1, 1) == 1948440 and jd2j(1948440) == (622, 7, 16)
    assert wdg(2000, 1, 1) == "السبت" and wdg(1973, 10, 6) == "السبت"
    assert os2ns(1917, 10, 25) == (1917, 11, 7)
    assert abs(h2jd(1446, 1, 1) - g2jd(2024, 7, 7)) <= 1
    print("cal ok")


def fg(t):
    return f"{t[2]} {GM[t[1] - 1]} {t[0]}"


def fh(t):
    return f"{t[2]} {HM[t[1] - 1]} {t[0]}"


def dist(a, b):
    """Days between two weekday names, 0-3."""
    k = (WD.index(a) - WD.index(b)) % 7
    return min(k, 7 - k)
