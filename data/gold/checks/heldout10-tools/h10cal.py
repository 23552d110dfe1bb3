"""Calendar and arithmetic helper written for held-out set 10 (checks): Julian Day Numbers for the Gregorian,
Julian and tabular civil Hijri calendars (1 Muharram 1 AH = JDN 1948440), inverses, weekdays, validity, OS->NS,
the CE years a Hijri year overlaps, ages. Each `c_*` returns an (ok, message) pair for a case's checks."""

WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # jdn % 7


def g2jd(y, m, d):
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def j2jd(y, m, d):
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083


def h2jd(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def _inv(f, jd, y0):
    for y in range(y0 - 2, y0 + 3):
        for m in range(12, 0, -1):
            if f(y, m, 1) <= jd:
                if f(y + 1, 1, 1) > jd or m < 12:
                    if f(y, m, 1) <= jd and (m == 12 and f(y + 1, 1, 1) > jd or m < 12 and f(y, m + 1, 1) > jd):
                        return y, m, jd - f(y, m, 1) + 1
                break
    raise ValueError(jd)


def jd2g(jd):
    return _inv(g2jd, jd, int((jd - 1721426) / 365.2425) + 1)


def jd2j(jd):
    return _inv(j2jd, jd, int((jd - 1721424) / 365.25) + 1)


def jd2h(jd):
    return _inv(h2jd, jd, int((jd - 1948440) / 354.367) + 1)


TO_JD = {"g": g2jd, "j": j2jd, "h": h2jd}


def wd(cal, y, m, d):
    return WD[TO_JD[cal](y, m, d) % 7]


def mlen(cal, y, m):
    if cal == "h":
        return 30 if m % 2 == 1 or (m == 12 and (14 + 11 * y) % 30 < 11) else 29
    if m == 2:
        leap = y % 4 == 0 and (cal == "j" or y % 100 != 0 or y % 400 == 0)
        return 29 if leap else 28
    return 30 if m in (4, 6, 9, 11) else 31


def valid(cal, y, m, d):
    if not 1 <= m <= 12 or d < 1:
        return False
    return d <= (30 if cal == "h" else mlen(cal, y, m))


def h_years(hy, cal="g"):
    f = jd2g if cal == "g" else jd2j
    return set(range(f(h2jd(hy, 1, 1))[0], f(h2jd(hy + 1, 1, 1) - 1)[0] + 1))


# ---- checks -------------------------------------------------------------------------------------------------
def c_wd(cal, y, m, d, name, want=True):
    got = wd(cal, y, m, d)
    if want:
        return got == name, f"weekday {cal} {y}-{m}-{d} is {got}, text says {name}"
    off = min((WD.index(name) - WD.index(got)) % 7, (WD.index(got) - WD.index(name)) % 7)
    return off >= 2, f"weekday {cal} {y}-{m}-{d} is {got}; text's {name} must be >=2 days off (off {off})"


def c_valid(cal, y, m, d, want=True):
    return valid(cal, y, m, d) == want, f"{cal} {y}-{m}-{d} valid={valid(cal, y, m, d)}, want {want}"


def c_hyear(hy, cy, want=True, cal="g"):
    ys = h_years(hy, cal)
    if want:
        return cy in ys, f"{hy} AH overlaps {sorted(ys)}, text says {cy}"
    return min(abs(cy - y) for y in ys) >= 3, f"{hy} AH overlaps {sorted(ys)}; text's {cy} must be >=3 years off"


def c_hdate(h, c, want=True, cal="g"):
    diff = TO_JD[cal](*c) - h2jd(*h)
    if want:
        return abs(diff) <= 1, f"{h} AH -> {cal} {c}: off {diff} days (tabular)"
    return abs(diff) >= 25, f"{h} AH -> {cal} {c} must be >=25 days off (off {diff})"


def c_osns(j, g, want=True):
    diff = g2jd(*g) - j2jd(*j)
    return (diff == 0) == want, f"OS {j} / NS {g}: off {diff} days, want equal={want}"


def c_le(a, b, what):
    return a <= b, f"{what}: {a} <= {b}"


def c_lt(a, b, what):
    return a < b, f"{what}: {a} < {b}"


def c_between(x, lo, hi, what):
    return lo <= x <= hi, f"{what}: {lo} <= {x} <= {hi}"


def os2ns(y, m, d):
    return jd2g(j2jd(y, m, d))


def h2g(y, m, d, cal="g"):
    return (jd2g if cal == "g" else jd2j)(h2jd(y, m, d))


if __name__ == "__main__":
    for jd in range(1948440, 2500000, 97):
        for f, b in ((jd2g, g2jd), (jd2j, j2jd), (jd2h, h2jd)):
            assert b(*f(jd)) == jd, (f, jd)
    assert wd("g", 2000, 1, 1) == "السبت"
    assert os2ns(1917, 10, 25) == (1917, 11, 7)
    assert jd2j(1948440) == (622, 7, 16) and wd("h", 1, 1, 1) == "الجمعة"
    assert abs(h2jd(1446, 1, 1) - g2jd(2024, 7, 7)) <= 1
    assert valid("j", 1900, 2, 29) and not valid("g", 1900, 2, 29)
    print("h10cal ok")
