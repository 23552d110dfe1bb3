"""Own calendar helper for dev17b: Julian day numbers, Gregorian, Julian and tabular (civil) Hijri."""
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # jdn % 7 == 0 is Monday


def g2jd(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def j2jd(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083


def h2jd(y, m, d):
    return d + -(-59 * (m - 1) // 2) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


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
    m = int(m)
    return (y, m, jd - h2jd(y, m, 1) + 1)


def wd(jd):
    return WD[jd % 7]


def leap_g(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def mdays_g(y, m):
    return [31, 29 if leap_g(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def valid_g(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= mdays_g(y, m)


def h_year_range(hy):
    """Gregorian years that Hijri year hy overlaps."""
    return jd2g(h2jd(hy, 1, 1))[0], jd2g(h2jd(hy + 1, 1, 1) - 1)[0]


# checks: (ok, message)
def ck_wd_g(y, m, d, name):
    return (wd(g2jd(y, m, d)) == name, f"weekday {d}/{m}/{y} G is {wd(g2jd(y, m, d))}, text {name}")


def ck_wd_g_not(y, m, d, name):
    return (wd(g2jd(y, m, d)) != name, f"weekday {d}/{m}/{y} G should not be {name}")


def ck_wd_j(y, m, d, name):
    return (wd(j2jd(y, m, d)) == name, f"weekday {d}/{m}/{y} J is {wd(j2jd(y, m, d))}, text {name}")


def ck_wd_j_not(y, m, d, name):
    return (wd(j2jd(y, m, d)) != name, f"weekday {d}/{m}/{y} J should not be {name}")


def ck_wd_h(y, m, d, name):
    return (wd(h2jd(y, m, d)) == name, f"weekday {d}/{m}/{y} H is {wd(h2jd(y, m, d))}, text {name}")


def ck_wd_h_not(y, m, d, name):
    return (wd(h2jd(y, m, d)) != name, f"weekday {d}/{m}/{y} H should not be {name}")


def ck_hg(h, g, tol=2):
    diff = abs(h2jd(*h) - g2jd(*g))
    return (diff <= tol, f"H {h} ~ G {g}: {diff} days apart")


def ck_hg_off(h, g, min_off=20):
    diff = abs(h2jd(*h) - g2jd(*g))
    return (diff >= min_off, f"H {h} vs G {g} should be far apart: {diff} days")


def ck_hy_gy(hy, gy):
    return (gy in h_year_range(hy), f"H year {hy} overlaps {h_year_range(hy)}, text {gy}")


def ck_hy_gy_off(hy, gy):
    a, b = h_year_range(hy)
    return (gy < a - 0 and gy < a or gy > b, f"H year {hy} overlaps {a}-{b}; {gy} should be outside")


def ck_os_ns(j, g):
    return (j2jd(*j) == g2jd(*g), f"OS {j} = NS {g}? OS is {jd2g(j2jd(*j))}")


def ck_os_ns_off(j, g):
    return (j2jd(*j) != g2jd(*g), f"OS {j} should not equal NS {g}")


def ck_invalid_g(y, m, d):
    return (not valid_g(y, m, d), f"{d}/{m}/{y} should be invalid")


def ck_valid_g(y, m, d):
    return (valid_g(y, m, d), f"{d}/{m}/{y} should be valid")


def ck_leap(y, want=True):
    return (leap_g(y) == want, f"leap({y}) should be {want}")
