"""Own calendar helper for dev18b: Julian day numbers, Gregorian, Julian, tabular (civil) Hijri."""
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # index = jdn % 7


def jdn_g(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def jdn_j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083


def jdn_h(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def g_from(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def j_from(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def h_from(j):
    y = (30 * (j - 1948439) + 10646) // 10631
    m = min(12, (j - jdn_h(y, 1, 1)) // 29 + 1)
    while m > 1 and jdn_h(y, m, 1) > j: m -= 1
    return (y, m, j - jdn_h(y, m, 1) + 1)


def wd_g(y, m, d): return WD[jdn_g(y, m, d) % 7]
def wd_j(y, m, d): return WD[jdn_j(y, m, d) % 7]
def wd_h(y, m, d): return WD[jdn_h(y, m, d) % 7]
def leap_g(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def leap_j(y): return y % 4 == 0


def h_years_g(hy):
    """Gregorian (proleptic) years touched by Hijri year hy."""
    return {g_from(jdn_h(hy, 1, 1))[0], g_from(jdn_h(hy + 1, 1, 1) - 1)[0]}


def h_years_j(hy):
    return {j_from(jdn_h(hy, 1, 1))[0], j_from(jdn_h(hy + 1, 1, 1) - 1)[0]}


def os_ns(y, m, d):
    """Old Style (Julian) date -> New Style (Gregorian)."""
    return g_from(jdn_j(y, m, d))


def chk(cond, msg): return (bool(cond), msg)
