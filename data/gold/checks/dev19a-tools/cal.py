"""Own calendar helper of dev19a: Julian day numbers for Gregorian, Julian and tabular civil Hijri."""
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # jd % 7 == 0 is Monday
HM = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة"]


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
    m = min(12, (jd - h2jd(y, 1, 1)) * 2 // 59 + 1)
    while m > 1 and h2jd(y, m, 1) > jd: m -= 1
    while m < 12 and h2jd(y, m + 1, 1) <= jd: m += 1
    return (y, m, jd - h2jd(y, m, 1) + 1)


def wd(jd): return WD[jd % 7]
def gwd(y, m, d): return wd(g2jd(y, m, d))
def hwd(y, m, d): return wd(h2jd(y, m, d))
def jwd(y, m, d): return wd(j2jd(y, m, d))
def gleap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def gvalid(y, m, d): return 1 <= m <= 12 and 1 <= d and jd2g(g2jd(y, m, d)) == (y, m, d)
def hvalid(y, m, d): return 1 <= m <= 12 and 1 <= d <= 30 and jd2h(h2jd(y, m, d)) == (y, m, d)
def h2g(y, m, d): return jd2g(h2jd(y, m, d))
def g2h(y, m, d): return jd2h(g2jd(y, m, d))
def os2ns(y, m, d): return jd2g(j2jd(y, m, d))
def hyears(h):
    """Gregorian years a Hijri year overlaps."""
    return {h2g(h, 1, 1)[0], h2g(h, 12, 29)[0]}
def wdoff(given, jd):
    return min((WD.index(given) - jd) % 7, (jd - WD.index(given)) % 7)


if __name__ == "__main__":
    assert g2jd(2000, 1, 1) == 2451545 and gwd(2000, 1, 1) == "السبت"
    assert gwd(1973, 10, 6) == "السبت" and h2g(1393, 9, 10) in [(1973, 10, 6), (1973, 10, 7), (1973, 10, 5)]
    assert j2jd(622, 7, 16) == h2jd(1, 1, 1) == 1948440 and jwd(622, 7, 16) == "الجمعة"
    assert os2ns(1917, 10, 25) == (1917, 11, 7)
    for jd in range(1948440, 2500000, 97):
        assert h2jd(*jd2h(jd)) == jd and g2jd(*jd2g(jd)) == jd and j2jd(*jd2j(jd)) == jd
    print("cal ok", h2g(1446, 1, 1))
