"""Calendar helper written for set dev23b: Julian Day Numbers for Gregorian, Julian and tabular civil Hijri
(1 Muharram 1 AH = JDN 1948440 = Friday 16 July 622 Julian), inverses, Arabic weekday and month names.
`python3 cal.py` runs a self-test."""
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # JDN % 7 == 0 is Monday
HM = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
      "شوال", "ذي القعدة", "ذي الحجة"]
GM = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LM = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
      "تشرين الثاني", "كانون الأول"]


def g2j(y, m, d):
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def jul2j(y, m, d):
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083


def h2j(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def j2g(j):
    a = j + 32044
    b = (4 * a + 3) // 146097
    c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return 100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def j2jul(j):
    c = j + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def j2h(j):
    y = (30 * (j - 1948440) + 10646) // 10631
    m = 1
    while m < 12 and h2j(y, m + 1, 1) <= j:
        m += 1
    return y, m, j - h2j(y, m, 1) + 1


def hleap(y):
    return (14 + 11 * y) % 30 < 11


def hlen(y, m):
    return 30 if m % 2 == 1 or (m == 12 and hleap(y)) else 29


def gleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def glen(y, m):
    return [31, 29 if gleap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def wd(j, shift=0):
    return WD[(j + shift) % 7]


def wg(y, m, d, shift=0):
    return wd(g2j(y, m, d), shift)


def wh(y, m, d, shift=0):
    return wd(h2j(y, m, d), shift)


def h2g(y, m, d):
    return j2g(h2j(y, m, d))


def g2h(y, m, d):
    return j2h(g2j(y, m, d))


def h2jul(y, m, d):
    return j2jul(h2j(y, m, d))


def hyears_ce(y, julian=True):
    a = (j2jul if julian else j2g)(h2j(y, 1, 1))[0]
    b = (j2jul if julian else j2g)(h2j(y + 1, 1, 1) - 1)[0]
    return {a, b}


def _test():
    assert wg(2000, 1, 1) == "السبت" and wg(1973, 10, 6) == "السبت"
    assert j2jul(1948440) == (622, 7, 16) and wd(1948440) == "الجمعة"
    assert jul2j(1917, 10, 25) == g2j(1917, 11, 7)
    for j in range(1948440, 2500000, 997):
        assert g2j(*j2g(j)) == j and jul2j(*j2jul(j)) == j and h2j(*j2h(j)) == j
    assert abs(h2j(1446, 1, 1) - g2j(2024, 7, 7)) <= 1
    assert wg(1990, 8, 2) == "الخميس" and wg(1961, 6, 19) == "الاثنين" and wg(1956, 1, 1) == "الأحد"
    assert wg(2005, 2, 14) == "الاثنين" and wg(1970, 2, 16) == "الاثنين"
    assert sum(hleap(y) for y in range(1, 31)) == 11
    print("cal.py self-test ok")


if __name__ == "__main__":
    _test()
