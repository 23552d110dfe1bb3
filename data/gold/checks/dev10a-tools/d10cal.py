"""Small calendar/arithmetic helper written for dev10a: JDN for proleptic Gregorian and Julian, tabular civil
Hijri (1 Muharram 1 AH = JDN 1948440), Hijri year -> CE years it overlaps, Old Style -> New Style, and the
Arabic formatting of an OS date with its NS equivalent. Self-test: python3 d10cal.py"""

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def c(ok, msg):
    return (bool(ok), msg)


def jdn_g(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045


def jdn_j(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - 32083


def from_g(j):
    a = j + 32044; b = (4 * a + 3) // 146097; cc = a - 146097 * b // 4
    d = (4 * cc + 3) // 1461; e = cc - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def from_j(j):
    cc = j + 32082; d = (4 * cc + 3) // 1461; e = cc - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def jdn_h(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def civil(j):
    return from_j(j) if j < 2299161 else from_g(j)


def hijri_ce(h):
    """CE years (Julian before 1582-10-15) overlapped by Hijri year h."""
    a = civil(jdn_h(h, 1, 1))[0]; b = civil(jdn_h(h + 1, 1, 1) - 1)[0]
    return set(range(a, b + 1))


def h_ok(h, ce):
    return c(ce in hijri_ce(h), f"{h} AH overlaps {ce} CE ({sorted(hijri_ce(h))})")


def os_ns(y, m, d):
    return from_g(jdn_j(y, m, d))


def osns(y, m, d):
    """'3 (15) مارس 1821', '22 سبتمبر (4 أكتوبر) 1829', '25 ديسمبر 1799 (5 يناير 1800)'."""
    Y, M, D = os_ns(y, m, d)
    if Y != y:
        return f"{d} {MONTHS[m-1]} {y} ({D} {MONTHS[M-1]} {Y})"
    if M != m:
        return f"{d} {MONTHS[m-1]} ({D} {MONTHS[M-1]}) {y}"
    return f"{d} ({D}) {MONTHS[m-1]} {y}"


def ns_ok(y, m, d, Y, M, D):
    return c(os_ns(y, m, d) == (Y, M, D), f"{d}.{m}.{y} OS = {D}.{M}.{Y} NS (helper {os_ns(y, m, d)})")


if __name__ == "__main__":
    assert jdn_g(2000, 1, 1) == 2451545 and from_g(2451545) == (2000, 1, 1)
    assert jdn_j(1582, 10, 4) + 1 == jdn_g(1582, 10, 15)
    for j in range(1948440, 2488070, 97):
        assert jdn_g(*from_g(j)) == j and jdn_j(*from_j(j)) == j
    assert jdn_h(1, 1, 1) == 1948440 and civil(jdn_h(1, 1, 1)) == (622, 7, 16)
    assert abs(jdn_h(1446, 1, 1) - jdn_g(2024, 7, 7)) <= 1
    assert os_ns(1917, 10, 25) == (1917, 11, 7) and os_ns(1918, 1, 31) == (1918, 2, 13)
    assert os_ns(1837, 1, 29) == (1837, 2, 10)
    assert 1406 in hijri_ce(808) and 1332 in hijri_ce(732)
    print("d10cal ok")
