"""Calendar helper written for heldout11: JDN for Gregorian, Julian and tabular civil Hijri, weekdays, checks."""
WD = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
HM = ["المحرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
GM = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def g2jd(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def j2jd(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083


def h2jd(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def jd2g(jd):
    a = jd + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def jd2j(jd):
    c = jd + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def jd2h(jd):
    y = (30 * (jd - 1948440) + 10646) // 10631
    m = min(12, -(-(jd - 29 - h2jd(y, 1, 1)) // 29.5) + 1)
    m = int(m); d = jd - h2jd(y, m, 1) + 1
    return (y, m, d)


def wd(jd):
    return WD[(jd + 1) % 7]


def glen(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def jlen(y, m):
    return (29 if y % 4 == 0 else 28) if m == 2 else glen(2001, m)


def gvalid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= glen(y, m)


def jvalid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= jlen(y, m)


def hvalid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= 30


def hyears(hy, julian=False):
    conv = jd2j if julian else jd2g
    return {conv(h2jd(hy, 1, 1))[0], conv(h2jd(hy + 1, 1, 1) - 1)[0]}


def os2ns(y, m, d):
    return jd2g(j2jd(y, m, d))


def ok(cond, msg):
    return (bool(cond), msg)


if __name__ == "__main__":
    import random
    for jd in range(1948440, 2500000, 97):
        assert g2jd(*jd2g(jd)) == jd and j2jd(*jd2j(jd)) == jd and h2jd(*jd2h(jd)) == jd, jd
    assert wd(g2jd(2000, 1, 1)) == "السبت" and os2ns(1917, 10, 25) == (1917, 11, 7)
    assert wd(j2jd(622, 7, 16)) == "الجمعة" and h2jd(1, 1, 1) == j2jd(622, 7, 16)
    assert abs(h2jd(1446, 1, 1) - g2jd(2024, 7, 7)) <= 1
    assert wd(g2jd(2001, 9, 11)) == "الثلاثاء" and wd(j2jd(1881, 3, 1)) == "الأحد"
    print("h11cal ok")
