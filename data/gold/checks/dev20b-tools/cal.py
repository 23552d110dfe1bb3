"""Own calendar helper of dev20b: Julian day numbers for Gregorian, Julian and tabular civil Hijri."""
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # JDN % 7 == 0 is Monday


def g2j(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045


def jl2j(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - 32083


def j2g(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def j2jl(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def h2j(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def j2h(j):
    y = (30 * (j - 1948440) + 10646) // 10631
    m = min(12, (11 * (j - 29 - h2j(y, 1, 1)) + 330) // 325 + 1)
    return (y, m, j - h2j(y, m, 1) + 1)


def wd(j):
    return WD[j % 7]


def gleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def gvalid(y, m, d):
    ml = [31, 29 if gleap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1 <= m <= 12 and 1 <= d <= ml[m - 1]


def hvalid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= 30


def hyears(hy):
    """Gregorian years that Hijri year hy overlaps."""
    return {j2g(h2j(hy, 1, 1))[0], j2g(h2j(hy, 12, 29))[0]}


def os2ns(y, m, d):
    return j2g(jl2j(y, m, d))


if __name__ == "__main__":
    assert wd(g2j(2000, 1, 1)) == "السبت"
    assert wd(g2j(1973, 10, 6)) == "السبت"
    assert jl2j(622, 7, 16) == 1948440 == h2j(1, 1, 1)
    assert os2ns(1917, 10, 25) == (1917, 11, 7)
    for j in range(2100000, 2500000, 37):
        assert g2j(*j2g(j)) == j and jl2j(*j2jl(j)) == j and h2j(*j2h(j)) == j
    print("ok", j2g(h2j(1446, 1, 1)))
