"""Calendar helper written for heldout22: JDN for Gregorian, Julian and tabular civil Hijri; weekdays."""
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # JDN % 7 == 0 is Monday


def g2j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def jul2j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083


def h2j(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def j2g(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return 100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def j2jul(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def j2h(j):
    y = (30 * (j - 1948440) + 10646) // 10631
    m = min(12, (j - h2j(y, 1, 1)) * 10 // 295 + 1)
    while m > 1 and h2j(y, m, 1) > j: m -= 1
    while m < 12 and h2j(y, m + 1, 1) <= j: m += 1
    return y, m, j - h2j(y, m, 1) + 1


HM = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
      "شوال", "ذي القعدة", "ذي الحجة"]
SM = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
      "تشرين الثاني", "كانون الأول"]
EM = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def h_valid(y, m, d):
    return 1 <= m <= 12 and 1 <= d and j2h(h2j(y, m, d)) == (y, m, d)


def hw(y, m, d):
    return wd(h2j(y, m, d))


def gw(y, m, d):
    return wd(g2j(y, m, d))


def shift(name, k):
    return WD[(WD.index(name) + k) % 7]


def wd(j):
    return WD[j % 7]


def g_valid(y, m, d):
    return 1 <= m <= 12 and 1 <= d and j2g(g2j(y, m, d)) == (y, m, d)


if __name__ == "__main__":
    assert wd(g2j(2000, 1, 1)) == "السبت"
    assert wd(g2j(1973, 10, 6)) == "السبت"
    assert j2jul(h2j(1, 1, 1)) == (622, 7, 16) and wd(h2j(1, 1, 1)) == "الجمعة"
    assert jul2j(1917, 10, 25) == g2j(1917, 11, 7)
    for j in range(1948440, 2500000, 7):
        assert g2j(*j2g(j)) == j and h2j(*j2h(j)) == j and jul2j(*j2jul(j)) == j
    assert abs(h2j(1446, 1, 1) - g2j(2024, 7, 7)) <= 1
    assert wd(g2j(1958, 7, 14)) == "الاثنين"
    print("cal.py self-test ok")
