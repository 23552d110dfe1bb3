"""Calendar helper written for dev22a: JDN for Gregorian, Julian and tabular civil Hijri, inverses, weekdays."""
WD = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
HM = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
      "شوال", "ذي القعدة", "ذي الحجة"]
SY = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني",
      "كانون الأول"]
GM = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def g2j(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045


def ju2j(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - 32083


def h2j(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def j2g(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def j2ju(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def j2h(j):
    y = (30 * (j - 1948440) + 10646) // 10631
    y = max(1, y)
    while h2j(y + 1, 1, 1) <= j: y += 1
    while h2j(y, 1, 1) > j: y -= 1
    m = 1
    while m < 12 and h2j(y, m + 1, 1) <= j: m += 1
    return (y, m, j - h2j(y, m, 1) + 1)


def wd(j):
    return WD[(j + 1) % 7]


def hlen(y, m):
    return (h2j(y, m + 1, 1) if m < 12 else h2j(y + 1, 1, 1)) - h2j(y, m, 1)


def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def gvalid(y, m, d):
    return 1 <= m <= 12 and 1 <= d and j2g(g2j(y, m, d)) == (y, m, d)


def hvalid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= hlen(y, m)


def hyears_ce(hy):
    """CE (Gregorian) years a Hijri year overlaps."""
    return {j2g(h2j(hy, 1, 1))[0], j2g(h2j(hy, 12, hlen(hy, 12)))[0]}


def hyears_jul(hy):
    return {j2ju(h2j(hy, 1, 1))[0], j2ju(h2j(hy, 12, hlen(hy, 12)))[0]}


def gw(y, m, d):
    return wd(g2j(y, m, d))


def hw(y, m, d):
    return wd(h2j(y, m, d))


def g2h(y, m, d):
    return j2h(g2j(y, m, d))


def h2g(y, m, d):
    return j2g(h2j(y, m, d))


def h2ju(y, m, d):
    return j2ju(h2j(y, m, d))


if __name__ == "__main__":
    assert gw(2000, 1, 1) == "السبت"
    assert gw(1973, 10, 6) == "السبت"
    assert gw(1975, 4, 13) == "الأحد"
    assert gw(1971, 12, 2) == "الخميس"
    assert gw(1885, 1, 26) == "الاثنين"
    assert gw(1898, 9, 2) == "الجمعة"
    assert h2ju(1, 1, 1) == (622, 7, 16) and hw(1, 1, 1) == "الجمعة"
    assert j2g(ju2j(1917, 10, 25)) == (1917, 11, 7)
    for j in range(1948440, 2500000, 97):
        assert g2j(*j2g(j)) == j and ju2j(*j2ju(j)) == j and h2j(*j2h(j)) == j
    assert abs(h2j(1446, 1, 1) - g2j(2024, 7, 7)) <= 1
    assert not gvalid(1900, 2, 29) and gvalid(2000, 2, 29) and hlen(1302, 9) in (29, 30)
    print("cal.py self-test ok")
