"""Calendar helper written for heldout21: JDN for Gregorian, Julian and tabular civil Hijri, weekdays, validity."""
WD = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
HM = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
      "ذي القعدة", "ذي الحجة"]
GM = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MG = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
SY = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
      "تشرين الثاني", "كانون الأول"]


def g2j(y, m, d):
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def ju2j(y, m, d):
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083


def j2g(j):
    a = j + 32044
    b = (4 * a + 3) // 146097
    c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return 100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def j2ju(j):
    c = j + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def h2j(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def hleap(y):
    return (14 + 11 * y) % 30 < 11


def hlen(y, m):
    return 30 if m % 2 == 1 or (m == 12 and hleap(y)) else 29


def j2h(j):
    y = (30 * (j - 1948440) + 10646) // 10631
    m = 1
    while m < 12 and j >= h2j(y, m + 1, 1):
        m += 1
    return y, m, j - h2j(y, m, 1) + 1


def gleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def glen(y, m):
    return [31, 29 if gleap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def wd(j):
    return WD[(j + 1) % 7]


def gwd(y, m, d):
    return wd(g2j(y, m, d))


def hwd(y, m, d):
    return wd(h2j(y, m, d))


def g2h(y, m, d):
    return j2h(g2j(y, m, d))


def h2g(y, m, d):
    return j2g(h2j(y, m, d))


def h2ju(y, m, d):
    return j2ju(h2j(y, m, d))


def hyears(y):
    """CE (Gregorian) years a Hijri year overlaps."""
    a, b = h2g(y, 1, 1)[0], h2g(y + 1, 1, 1)[0] if h2g(y + 1, 1, 1)[1:] != (1, 1) else h2g(y + 1, 1, 1)[0] - 1
    return set(range(a, b + 1))


def hyears_ju(y):
    a, b = h2ju(y, 1, 1)[0], h2ju(y, 12, hlen(y, 12))[0]
    return set(range(a, b + 1))


if __name__ == "__main__":
    assert gwd(2000, 1, 1) == "السبت"
    assert gwd(1973, 10, 6) == "السبت"
    assert h2ju(1, 1, 1) == (622, 7, 16) and hwd(1, 1, 1) == "الجمعة"
    assert ju2j(1917, 10, 25) == g2j(1917, 11, 7)
    for j in range(1948440, 2500000, 7):
        assert g2j(*j2g(j)) == j and ju2j(*j2ju(j)) == j and h2j(*j2h(j)) == j
    assert abs(h2j(1446, 1, 1) - g2j(2024, 7, 7)) <= 1
    assert gwd(1970, 7, 23) == "الخميس" and gwd(1932, 9, 23) == "الجمعة"
    print("cal self-test ok")
