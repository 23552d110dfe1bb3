"""Calendar helper written for dev22b: JDN for Gregorian, Julian, tabular civil Hijri; Arabic weekdays."""
WD = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
HM = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
      "شوال", "ذي القعدة", "ذي الحجة"]
LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
       "تشرين الثاني", "كانون الأول"]
EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MA = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]


def g2j(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045


def jul2j(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - 32083


def h2j(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def j2g(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def j2jul(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def j2h(j):
    y = (30 * (j - 1948440) + 10646) // 10631
    m = min(12, -(-(j - 29 - h2j(y, 1, 1) + 1) * 2 // 59) + 1) if False else 1
    while m < 12 and h2j(y, m + 1, 1) <= j:
        m += 1
    return (y, m, j - h2j(y, m, 1) + 1)


def wd(j):
    return WD[(j + 1) % 7]


def gleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def gvalid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= [31, 29 if gleap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def hlen(y, m):
    return h2j(y + (m == 12), m % 12 + 1, 1) - h2j(y, m, 1)


def hvalid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= hlen(y, m)


def h2g(y, m, d):
    return j2g(h2j(y, m, d))


def g2h(y, m, d):
    return j2h(g2j(y, m, d))


def hyears_of(gy):
    """Hijri years overlapping Gregorian year gy."""
    return sorted({j2h(g2j(gy, 1, 1))[0], j2h(g2j(gy, 12, 31))[0]})


def gyears_of(hy):
    return sorted({h2g(hy, 1, 1)[0], j2g(h2j(hy + 1, 1, 1) - 1)[0]})


if __name__ == "__main__":
    assert wd(g2j(2000, 1, 1)) == "السبت"
    assert wd(g2j(1973, 10, 6)) == "السبت"
    assert h2j(1, 1, 1) == jul2j(622, 7, 16) and wd(h2j(1, 1, 1)) == "الجمعة"
    assert jul2j(1917, 10, 25) == g2j(1917, 11, 7)
    for j in range(1948440, 2500000, 7):
        assert g2j(*j2g(j)) == j and h2j(*j2h(j)) == j and jul2j(*j2jul(j)) == j
    assert abs(h2j(1446, 1, 1) - g2j(2024, 7, 7)) <= 1
    assert wd(g2j(1956, 3, 2)) == "الجمعة" and wd(g2j(1946, 4, 17)) == "الأربعاء"
    assert wd(g2j(1975, 11, 6)) == "الخميس" and wd(g2j(1968, 3, 21)) == "الخميس"
    assert not gvalid(1900, 2, 29) and gvalid(2000, 2, 29) and hlen(1446, 12) in (29, 30)
    print("cal self-test ok")


def gw(y, m, d):
    return wd(g2j(y, m, d))


def hw(y, m, d):
    return wd(h2j(y, m, d))


def sh(w, k):
    return WD[(WD.index(w) + k) % 7]
