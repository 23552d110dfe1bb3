"""Calendar helper written for heldout9: JDN for Gregorian, Julian and tabular (civil) Hijri; weekdays; ages."""
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # index = jdn % 7


LEV = ["", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
EGY = ["", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HM = ["", "المحرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة"]


def g2j(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045


def ju2j(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - 32083


def j2g(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def j2ju(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def h2j(y, m, d):
    return d + -(-59 * (m - 1) // 2) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948440 - 1


def j2h(j):
    y = (30 * (j - 1948440) + 10646) // 10631
    m = 1
    while m < 12 and h2j(y, m + 1, 1) <= j:
        m += 1
    return (y, m, j - h2j(y, m, 1) + 1)


def wd(j):
    return WD[j % 7]


def g_valid(y, m, d, julian=False):
    leap = (y % 4 == 0) if julian else (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0))
    ml = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1 <= m <= 12 and 1 <= d <= ml[m - 1]


def h_valid(y, m, d):  # impossible under any month start: day > 30 or month > 12
    return 1 <= m <= 12 and 1 <= d <= 30


def h_year_ce(y, julian=False):
    """CE years overlapped by Hijri year y (Gregorian, or Julian when julian)."""
    f = j2ju if julian else j2g
    return {f(h2j(y, 1, 1))[0], f(h2j(y + 1, 1, 1) - 1)[0]}


def os_ns(y, m, d):
    return j2g(ju2j(y, m, d))


def age(by, bm, bd, y, m, d):
    return y - by - ((m, d) < (bm, bd))


if __name__ == "__main__":
    assert g2j(2000, 1, 1) == 2451545 and wd(2451545) == "السبت"
    assert os_ns(1917, 10, 25) == (1917, 11, 7)
    assert h2j(1, 1, 1) == ju2j(622, 7, 16) and wd(h2j(1, 1, 1)) == "الجمعة"
    assert abs(h2j(1446, 1, 1) - g2j(2024, 7, 7)) <= 1
    for j in range(1948440, 2500000, 97):
        assert g2j(*j2g(j)) == j and ju2j(*j2ju(j)) == j and h2j(*j2h(j)) == j
    print("ok")
