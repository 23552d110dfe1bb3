"""Calendar and arithmetic helper written for dev10b: proleptic Gregorian/Julian Julian Day Numbers,
tabular civil Hijri (1 Muharram 1 AH = JDN 1948440), Old Style -> New Style, Hijri-year -> CE-year overlap,
lunar -> solar years, weekdays. Self-test: python3 d10cal.py"""
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def jdn_g(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def jdn_j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083


def g_from(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def j_from(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def jdn_h(y, m, d):
    return d + -(-(295 * (m - 1)) // 10) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def weekday(j):
    return WEEKDAYS[j % 7]


def os2ns(y, m, d):
    return g_from(jdn_j(y, m, d))


def offset(y, m, d):
    return jdn_j(y, m, d) - jdn_g(y, m, d)


def osns(y, m, d):
    """'3 (15) مارس 1820' / '20 مايو (1 يونيو) 1862' / '20 ديسمبر 1850 (1 يناير 1851)'"""
    Y, M, D = os2ns(y, m, d)
    if Y != y:
        return f"{d} {MONTHS[m-1]} {y} ({D} {MONTHS[M-1]} {Y})"
    if M != m:
        return f"{d} {MONTHS[m-1]} ({D} {MONTHS[M-1]}) {y}"
    return f"{d} ({D}) {MONTHS[m-1]} {y}"


def ce_of_jdn(j):
    return j_from(j) if j < 2299161 else g_from(j)


def ce_years(h):
    """CE years overlapped by Hijri year h (tabular)."""
    return {ce_of_jdn(jdn_h(h, 1, 1))[0], ce_of_jdn(jdn_h(h + 1, 1, 1) - 1)[0]}


def solar(lunar_years):
    return lunar_years * 354.367 / 365.2425


if __name__ == "__main__":
    assert jdn_g(2000, 1, 1) == 2451545 and weekday(2451545) == "السبت"
    assert jdn_h(1, 1, 1) == 1948440 and j_from(1948440) == (622, 7, 16)
    for j in range(2000000, 2500000, 997):
        assert jdn_g(*g_from(j)) == j and jdn_j(*j_from(j)) == j
    assert os2ns(1917, 10, 25) == (1917, 11, 7) and os2ns(1799, 12, 21) == (1800, 1, 1)
    assert 1406 in ce_years(808) and 1453 in ce_years(857) and 2023 in ce_years(1445)
    print("d10cal ok")
