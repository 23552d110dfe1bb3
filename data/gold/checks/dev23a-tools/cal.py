"""Calendar helper written for dev23a: JDN for Gregorian, Julian and tabular civil Hijri (1 Muharram 1 AH =
JDN 1948440 = Friday 16 July 622 Julian), inverses, Arabic weekdays, validity. `python3 cal.py` self-tests."""
WD = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
HM = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
      "شوال", "ذي القعدة", "ذي الحجة"]


def g2j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def jul2j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083


def h2j(y, m, d):
    return d + -(-59 * (m - 1) // 2) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def j2g(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return 100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def j2jul(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def j2h(j):
    y = (30 * (j - 1948440) + 10646) // 10631
    m = 1
    while m < 12 and h2j(y, m + 1, 1) <= j:
        m += 1
    return y, m, j - h2j(y, m, 1) + 1


def wd(j):
    return WD[(j + 1) % 7]


def gleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def hleap(y):
    return (14 + 11 * y) % 30 < 11


def gvalid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= [31, 29 if gleap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def hvalid(y, m, d):
    n = 30 if m % 2 == 1 or (m == 12 and hleap(y)) else 29
    return 1 <= m <= 12 and 1 <= d <= n


def hyears(hy):
    """Gregorian years that Hijri year hy overlaps."""
    return j2g(h2j(hy, 1, 1))[0], j2g(h2j(hy + 1, 1, 1) - 1)[0]


if __name__ == "__main__":
    assert wd(g2j(2000, 1, 1)) == "السبت"
    assert wd(g2j(1973, 10, 6)) == "السبت"
    assert jul2j(622, 7, 16) == h2j(1, 1, 1) == 1948440 and wd(1948440) == "الجمعة"
    assert j2g(jul2j(1917, 10, 25)) == (1917, 11, 7)
    assert wd(g2j(1990, 5, 22)) == "الثلاثاء" and wd(g2j(1962, 9, 26)) == "الأربعاء"
    assert wd(g2j(1969, 7, 20)) == "الأحد"
    assert abs(h2j(1446, 1, 1) - g2j(2024, 7, 7)) <= 1
    for j in range(1948440, 2500000, 97):
        assert g2j(*j2g(j)) == j and jul2j(*j2jul(j)) == j and h2j(*j2h(j)) == j
    assert hvalid(1445, 9, 30) and not hvalid(1445, 2, 30) and not gvalid(1900, 2, 29) and gvalid(2000, 2, 29)
    print("cal self-test ok")
