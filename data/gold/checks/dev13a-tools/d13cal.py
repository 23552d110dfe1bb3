"""dev13a's own calendar helper: Julian Day Numbers for Gregorian, Julian and tabular civil Hijri
(1 Muharram 1 AH = JDN 1948440, leap years 2,5,7,10,13,16,18,21,24,26,29 of the 30-year cycle), inverses,
weekdays (Arabic names), month lengths and validity, Old-Style -> New-Style, Hijri-year overlaps, ages."""

WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # index = jdn % 7
LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
       "تشرين الثاني", "كانون الأول"]
EGY = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HM = ["المحرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
      "شوال", "ذي القعدة", "ذي الحجة"]
HEPOCH = 1948440


def g2jd(y, m, d):
    a = (14 - m) // 12
    y2, m2 = y + 4800 - a, m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045


def j2jd(y, m, d):
    a = (14 - m) // 12
    y2, m2 = y + 4800 - a, m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - 32083


def h2jd(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + HEPOCH - 1


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
    y = (30 * (jd - HEPOCH) + 10646) // 10631
    m = min(12, (jd - h2jd(y, 1, 1)) * 2 // 59 + 1)
    while m > 1 and h2jd(y, m, 1) > jd:
        m -= 1
    while m < 12 and h2jd(y, m + 1, 1) <= jd:
        m += 1
    return (y, m, jd - h2jd(y, m, 1) + 1)


def wd(jd):
    return WD[jd % 7]


def wdi(jd):
    return jd % 7


def gleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def glen(y, m, julian=False):
    if m == 2:
        return 29 if (y % 4 == 0 if julian else gleap(y)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def hleap(y):
    return (14 + 11 * y) % 30 < 11


def hlen(y, m):
    return 30 if m % 2 == 1 or (m == 12 and hleap(y)) else 29


def gvalid(y, m, d, julian=False):
    return 1 <= m <= 12 and 1 <= d <= glen(y, m, julian)


def hvalid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= hlen(y, m)


def os2ns(y, m, d):
    return jd2g(j2jd(y, m, d))


def hyears(hy, julian=False):
    """CE years a Hijri year overlaps."""
    f = jd2j if julian else jd2g
    return {f(h2jd(hy, 1, 1))[0], f(h2jd(hy + 1, 1, 1) - 1)[0]}


def hyfar(hy, ce, n=3, julian=False):
    """True when ce is at least n years from every CE year the Hijri year hy overlaps."""
    return all(abs(ce - y) >= n for y in hyears(hy, julian))


def wdoff(jd, name):
    """Distance (0..3) between the true weekday of jd and a weekday name."""
    k = (WD.index(name) - jd % 7) % 7
    return min(k, 7 - k)


def shift(name, k):
    return WD[(WD.index(name) + k) % 7]


if __name__ == "__main__":
    assert wd(g2jd(2000, 1, 1)) == "السبت"
    assert os2ns(1917, 10, 25) == (1917, 11, 7)
    assert wd(j2jd(622, 7, 16)) == "الجمعة" and h2jd(1, 1, 1) == j2jd(622, 7, 16)
    assert abs(h2jd(1446, 1, 1) - g2jd(2024, 7, 7)) <= 1
    assert wd(g2jd(2001, 9, 11)) == "الثلاثاء"
    assert wd(j2jd(1881, 3, 1)) == "الأحد"
    for jd in range(1948440, 2500000, 97):
        assert g2jd(*jd2g(jd)) == jd and j2jd(*jd2j(jd)) == jd and h2jd(*jd2h(jd)) == jd
    assert all(h2jd(y + 1, 1, 1) - h2jd(y, 1, 1) == 354 + hleap(y) for y in range(1, 1600))
    print("d13cal ok")
