"""Own calendar helper: Julian day numbers, Gregorian, Julian, tabular Hijri (civil epoch, leap years 2,5,7,10,13,16,18,21,24,26,29)."""
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # jdn % 7 == 0 is Monday


def jdn_g(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045


def jdn_j(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - 32083


def jdn_h(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948440 - 1


def g_from_jdn(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def g_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def g_valid(y, m, d):
    ml = [31, 29 if g_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1 <= m <= 12 and 1 <= d <= ml[m - 1]


def wd(j):
    return WD[j % 7]


def chk_wd_g(y, m, d, name):
    return (wd(jdn_g(y, m, d)) == name, f"weekday {y}-{m}-{d} G is {wd(jdn_g(y, m, d))}, not {name}")


def chk_wd_not_g(y, m, d, name):
    return (wd(jdn_g(y, m, d)) != name, f"weekday {y}-{m}-{d} G is really {name}")


def chk_wd_j(y, m, d, name):
    return (wd(jdn_j(y, m, d)) == name, f"weekday {y}-{m}-{d} J is {wd(jdn_j(y, m, d))}, not {name}")


def chk_wd_h(y, m, d, name):
    return (wd(jdn_h(y, m, d)) == name, f"weekday {y}-{m}-{d} H is {wd(jdn_h(y, m, d))}, not {name}")


def chk_wd_not_h(y, m, d, name):
    return (wd(jdn_h(y, m, d)) != name, f"weekday H {y}-{m}-{d} is really {name}")


def chk_hg(h, g, tol=1):
    a, b = jdn_h(*h), jdn_g(*g)
    return (abs(a - b) <= tol, f"H{h} is G{g_from_jdn(a)}, not {g}")


def chk_not_hg(h, g, tol=20):
    a, b = jdn_h(*h), jdn_g(*g)
    return (abs(a - b) > tol, f"H{h} really is near G{g}")


def chk_hj(h, jul, tol=1):
    return (abs(jdn_h(*h) - jdn_j(*jul)) <= tol, f"H{h} != J{jul}")


def chk_not_hj(h, jul, tol=20):
    return (abs(jdn_h(*h) - jdn_j(*jul)) > tol, f"H{h} really is near J{jul}")


def chk_hy_gy(hy, gy):
    """Hijri year hy overlaps Gregorian year gy."""
    s, e = jdn_h(hy, 1, 1), jdn_h(hy + 1, 1, 1) - 1
    return (jdn_g(gy, 1, 1) <= e and s <= jdn_g(gy, 12, 31), f"H year {hy} does not overlap {gy}")


def chk_not_hy_gy(hy, gy):
    ok, _ = chk_hy_gy(hy, gy)
    return (not ok, f"H year {hy} really overlaps {gy}")


def chk_js(jul, g):
    return (jdn_j(*jul) == jdn_g(*g), f"J{jul} is not G{g}")


def chk_not_js(jul, g):
    return (jdn_j(*jul) != jdn_g(*g), f"J{jul} really is G{g}")


def chk_invalid_g(y, m, d):
    return (not g_valid(y, m, d), f"{y}-{m}-{d} is a valid date")


def chk_valid_g(y, m, d):
    return (g_valid(y, m, d), f"{y}-{m}-{d} is not valid")
