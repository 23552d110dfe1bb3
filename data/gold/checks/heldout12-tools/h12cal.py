"""Calendar helper for heldout12 (written for this set): Julian Day Numbers for Gregorian, Julian and tabular
civil Hijri (1 Muharram 1 AH = JDN 1948440), inverses, Arabic weekdays, validity, OS->NS, Hijri-year overlaps, ages."""

WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # JDN % 7 == 0 is a Monday


def g2jdn(y, m, d):
    a = (14 - m) // 12
    y2, m2 = y + 4800 - a, m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045


def j2jdn(y, m, d):
    a = (14 - m) // 12
    y2, m2 = y + 4800 - a, m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - 32083


def jdn2g(n):
    a = n + 32044
    b = (4 * a + 3) // 146097
    c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return 100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def jdn2j(n):
    c = n + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def h_leap(y):
    return (14 + 11 * y) % 30 < 11


def h_len(y, m):
    if m == 12:
        return 30 if h_leap(y) else 29
    return 30 if m % 2 == 1 else 29


def h2jdn(y, m, d):
    return d + (295 * (m - 1) + 9) // 10 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def jdn2h(n):
    y = (30 * (n - 1948440) + 10646) // 10631
    while h2jdn(y + 1, 1, 1) <= n:
        y += 1
    while h2jdn(y, 1, 1) > n:
        y -= 1
    m = 1
    while m < 12 and h2jdn(y, m + 1, 1) <= n:
        m += 1
    return y, m, n - h2jdn(y, m, 1) + 1


def g_len(y, m, julian=False):
    if m == 2:
        leap = y % 4 == 0 if julian else (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0))
        return 29 if leap else 28
    return 30 if m in (4, 6, 9, 11) else 31


def valid_g(y, m, d, julian=False):
    return 1 <= m <= 12 and 1 <= d <= g_len(y, m, julian)


def valid_h(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= 30 and (d <= h_len(y, m) or d == 30)  # day 30 of a 29-day month: not "plainly" impossible


def wd_g(y, m, d):
    return WD[g2jdn(y, m, d) % 7]


def wd_j(y, m, d):
    return WD[j2jdn(y, m, d) % 7]


def wd_h(y, m, d):
    return WD[h2jdn(y, m, d) % 7]


def wd_dist(a, b):
    """Circular distance in days between two Arabic weekday names."""
    k = abs(WD.index(a) - WD.index(b)) % 7
    return min(k, 7 - k)


def os2ns(y, m, d):
    return jdn2g(j2jdn(y, m, d))


def h2g(y, m, d):
    return jdn2g(h2jdn(y, m, d))


def h2j(y, m, d):
    return jdn2j(h2jdn(y, m, d))


def hy_ce(hy, julian=None):
    """Calendar years a Hijri year overlaps (Julian before 1583 unless told)."""
    a, b = h2jdn(hy, 1, 1), h2jdn(hy + 1, 1, 1) - 1
    if julian is None:
        julian = a < g2jdn(1583, 1, 1)
    f = jdn2j if julian else jdn2g
    return {f(a)[0], f(b)[0]}


def hy_off(hy, ce):
    """Distance in years from a CE year to the nearest year the Hijri year overlaps."""
    return min(abs(ce - x) for x in hy_ce(hy))


def lunar_to_solar(n):
    return n * 354.367 / 365.2425


def days(a, b):
    return b - a


if __name__ == "__main__":
    assert wd_g(2000, 1, 1) == "السبت"
    assert os2ns(1917, 10, 25) == (1917, 11, 7)
    assert h2jdn(1, 1, 1) == 1948440 and wd_h(1, 1, 1) == "الجمعة" and jdn2j(1948440) == (622, 7, 16)
    assert wd_g(2001, 9, 11) == "الثلاثاء" and wd_g(1973, 10, 6) == "السبت"
    assert abs(h2jdn(1446, 1, 1) - g2jdn(2024, 7, 7)) <= 1
    for n in range(1948440, 2500000, 97):
        assert g2jdn(*jdn2g(n)) == n and j2jdn(*jdn2j(n)) == n and h2jdn(*jdn2h(n)) == n
    print("h12cal ok")
