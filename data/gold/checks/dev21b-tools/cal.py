"""Own calendar helper for dev21b: Julian day numbers, Gregorian, Julian, tabular civil Hijri."""
import math

WD = ["الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]


def g2j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def ju2j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083


def h2j(y, m, d):
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def j2g(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def j2ju(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def j2h(j):
    y = (30 * (j - 1948440) + 10646) // 10631
    m = 1
    while m < 12 and h2j(y, m + 1, 1) <= j:
        m += 1
    return (y, m, j - h2j(y, m, 1) + 1)


def wd(j):
    return WD[(j + 1) % 7]


def wdi(j):
    return (j + 1) % 7


def g_valid(y, m, d):
    return 1 <= m <= 12 and 1 <= d and j2g(g2j(y, m, d)) == (y, m, d)


def ju_valid(y, m, d):
    return 1 <= m <= 12 and 1 <= d and j2ju(ju2j(y, m, d)) == (y, m, d)


def h_valid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= (h2j(y, m + 1, 1) if m < 12 else h2j(y + 1, 1, 1)) - h2j(y, m, 1)


def g_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def h_years(hy):
    """CE (Gregorian) years a Hijri year overlaps."""
    return {j2g(h2j(hy, 1, 1))[0], j2g(h2j(hy + 1, 1, 1) - 1)[0]}


def os2ns(y, m, d):
    return j2g(ju2j(y, m, d))


def days_off(a, b):
    return min((a - b) % 7, (b - a) % 7)


if __name__ == "__main__":
    assert wd(g2j(2000, 1, 1)) == "السبت"
    assert wd(g2j(1973, 10, 6)) == "السبت"
    assert ju2j(622, 7, 16) == h2j(1, 1, 1) == 1948440
    assert os2ns(1917, 10, 25) == (1917, 11, 7)
    for j in range(g2j(600, 1, 1), g2j(2130, 1, 1), 7):
        assert g2j(*j2g(j)) == j and ju2j(*j2ju(j)) == j and h2j(*j2h(j)) == j
    assert abs(h2j(1446, 1, 1) - g2j(2024, 7, 7)) <= 1
    print("cal ok")
