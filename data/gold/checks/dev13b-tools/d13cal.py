"""dev13b's own calendar helper: Julian Day Numbers for Gregorian, Julian and tabular civil Hijri
(1 Muharram 1 AH = JDN 1948440, leap years (14 + 11y) mod 30 < 11), inverses, weekdays, validity, ages."""

WD = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
GM = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LM = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
      "تشرين الثاني", "كانون الأول"]
HM = ["المحرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
      "شوال", "ذي القعدة", "ذي الحجة"]


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
    while h2jd(y + 1, 1, 1) <= jd:
        y += 1
    while h2jd(y, 1, 1) > jd:
        y -= 1
    m = 1
    while m < 12 and h2jd(y, m + 1, 1) <= jd:
        m += 1
    return (y, m, jd - h2jd(y, m, 1) + 1)


def wd(jd):
    return WD[(jd + 1) % 7]


def wdi(jd):
    return (jd + 1) % 7


def g_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def g_len(y, m):
    return [31, 29 if g_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def j_len(y, m):
    return [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def h_leap(y):
    return (14 + 11 * y) % 30 < 11


def h_len(y, m):
    return 30 if m % 2 == 1 or (m == 12 and h_leap(y)) else 29


def g_valid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= g_len(y, m)


def j_valid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= j_len(y, m)


def h_valid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= 30 and d <= h_len(y, m)


def h_years(hy, julian=False):
    """Gregorian (or Julian) years the Hijri year hy overlaps."""
    f = jd2j if julian else jd2g
    return {f(h2jd(hy, 1, 1))[0], f(h2jd(hy + 1, 1, 1) - 1)[0]}


def h_dist(hy, ce, julian=False):
    return min(abs(ce - y) for y in h_years(hy, julian))


def os2ns(y, m, d):
    return jd2g(j2jd(y, m, d))


def offset(y, m, d):
    return j2jd(y, m, d) - g2jd(y, m, d)


def age(b, e):
    """Whole years from date b to date e (tuples y, m, d) in one calendar."""
    return e[0] - b[0] - ((e[1], e[2]) < (b[1], b[2]))


def wd_gap(stated, jd):
    """Smallest distance in days between a stated weekday name and the true weekday of jd."""
    k = (WD.index(stated) - wdi(jd)) % 7
    return min(k, 7 - k)


def _selftest():
    for jd in range(1948440, 2500000, 97):
        assert g2jd(*jd2g(jd)) == jd and j2jd(*jd2j(jd)) == jd and h2jd(*jd2h(jd)) == jd
    assert wd(g2jd(2000, 1, 1)) == "السبت"
    assert wd(g2jd(2001, 9, 11)) == "الثلاثاء"
    assert os2ns(1917, 10, 25) == (1917, 11, 7)
    assert wd(j2jd(622, 7, 16)) == "الجمعة" and h2jd(1, 1, 1) == j2jd(622, 7, 16)
    assert wd(j2jd(1905, 1, 9)) == "الأحد"
    assert abs(h2jd(1446, 1, 1) - g2jd(2024, 7, 7)) <= 1
    assert wd(g2jd(1973, 10, 6)) == "السبت"
    print("d13cal self-test ok")


if __name__ == "__main__":
    _selftest()
