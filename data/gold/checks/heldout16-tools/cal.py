"""Own calendar helper of heldout16: Julian day numbers for Gregorian, Julian and tabular civil Hijri."""
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # JDN % 7: 0 = Monday


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
    return d + (59 * (m - 1) + 1) // 2 + 354 * (y - 1) + (3 + 11 * y) // 30 + 1948439


def j2h(j):
    y = (30 * (j - 1948440) + 10646) // 10631
    m = min(12, (j - 29 - h2j(y, 1, 1) + 1) // 29 + 1) if False else None
    m = 1
    while m < 12 and h2j(y, m + 1, 1) <= j:
        m += 1
    return (y, m, j - h2j(y, m, 1) + 1)


def wd(j):
    return WD[j % 7]


def gleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def gvalid(y, m, d):
    return 1 <= m <= 12 and 1 <= d and j2g(g2j(y, m, d)) == (y, m, d)


def hvalid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= 30 and j2h(h2j(y, m, d)) == (y, m, d)


def hyears(h):
    """Gregorian years that Hijri year h overlaps."""
    return {j2g(h2j(h, 1, 1))[0], j2g(h2j(h + 1, 1, 1) - 1)[0]}


def os2ns(y, m, d):
    return j2g(ju2j(y, m, d))


def zeller(y, m, d):
    """Independent Gregorian weekday (Zeller's congruence), as an Arabic name."""
    if m < 3:
        m += 12; y -= 1
    h = (d + 13 * (m + 1) // 5 + y % 100 + y % 100 // 4 + y // 100 // 4 + 5 * (y // 100)) % 7  # 0 = Saturday
    return ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"][h]


def wd_ok(j):
    """The helper's weekday of day j agrees with Zeller's congruence on its Gregorian date."""
    return (wd(j) == zeller(*j2g(j)), f"weekday of JDN {j}")


if __name__ == "__main__":
    for j in range(2299161, 2500000, 13):
        assert wd(j) == zeller(*j2g(j))
    assert g2j(2000, 1, 1) == 2451545 and wd(g2j(2000, 1, 1)) == "السبت"
    assert wd(g2j(1973, 10, 6)) == "السبت"
    assert h2j(1, 1, 1) == ju2j(622, 7, 16) == 1948440
    assert os2ns(1917, 10, 25) == (1917, 11, 7)
    for j in range(1948440, 2500000, 97):
        assert h2j(*j2h(j)) == j and g2j(*j2g(j)) == j and ju2j(*j2ju(j)) == j
    assert abs(h2j(1446, 1, 1) - g2j(2024, 7, 7)) <= 1
    print("cal ok")
