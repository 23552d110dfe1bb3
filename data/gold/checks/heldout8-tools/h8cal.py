"""Calendar helper written for heldout8: JDN for Gregorian/Julian, tabular civil Hijri
(1 Muharram 1 AH = JDN 1948440, Friday 16 July 622 Julian), Arabic weekdays, validity, OS->NS."""
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # JDN % 7
EP = 1948440
def _civ(y, m, d, greg):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    n = d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4
    return n - y2 // 100 + y2 // 400 - 32045 if greg else n - 32083
def g2n(y, m, d): return _civ(y, m, d, True)
def j2n(y, m, d): return _civ(y, m, d, False)
def h2n(y, m, d): return EP - 1 + (y - 1) * 354 + (3 + 11 * y) // 30 + (59 * (m - 1) + 1) // 2 + d
def n2g(n):
    a = n + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)
def n2j(n):
    c = n + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)
def n2h(n):
    y = (30 * (n - EP) + 10646) // 10631; m = 12
    while h2n(y, m, 1) > n: m -= 1
    return (y, m, n - h2n(y, m, 1) + 1)
def wd(n): return DAYS[n % 7]
def gwd(*a): return wd(g2n(*a))
def jwd(*a): return wd(j2n(*a))
def hwd(*a): return wd(h2n(*a))
def mlen(y, m, jul=False):
    if m == 2: return 29 if (y % 4 == 0 and (jul or y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31
def valid(y, m, d, jul=False): return 1 <= m <= 12 and 1 <= d <= mlen(y, m, jul)
def hmlen(y, m): return 30 if m % 2 or (m == 12 and (14 + 11 * y) % 30 < 11) else 29
def hvalid(y, m, d): return 1 <= m <= 12 and 1 <= d <= hmlen(y, m)
def h2g(*a): return n2g(h2n(*a))
def h2j(*a): return n2j(h2n(*a))
def os2ns(*a): return n2g(j2n(*a))
SW = g2n(1582, 10, 15)
def ce(n): return (n2j(n) if n < SW else n2g(n))[0]
def hy2ce(h): return set(range(ce(h2n(h, 1, 1)), ce(h2n(h + 1, 1, 1) - 1) + 1))
def ce2hy(y): return {h for h in range(max(1, int((y - 622) * 1.0307) - 3), int((y - 622) * 1.0307) + 4) if y in hy2ce(h)}
def near(a, b, tol=1): return abs(a - b) <= tol
def wdgap(a, b): k = (DAYS.index(a) - DAYS.index(b)) % 7; return min(k, 7 - k)
if __name__ == "__main__":
    assert g2n(2000, 1, 1) == 2451545 and gwd(2000, 1, 1) == "السبت" and gwd(2026, 12, 6) == "الأحد"
    assert j2n(1582, 10, 4) + 1 == g2n(1582, 10, 15) and h2n(1, 1, 1) == j2n(622, 7, 16) and hwd(1, 1, 1) == "الجمعة"
    assert os2ns(1917, 10, 25) == (1917, 11, 7) and os2ns(1700, 2, 29) == (1700, 3, 11)
    assert near(h2n(1446, 1, 1), g2n(2024, 7, 7)) and near(h2n(1445, 9, 1), g2n(2024, 3, 11))
    for n in range(h2n(1, 1, 1), g2n(2100, 1, 1), 31):
        assert g2n(*n2g(n)) == n and j2n(*n2j(n)) == n and h2n(*n2h(n)) == n and hvalid(*n2h(n))
    print("h8cal ok", h2g(1446, 1, 1), hy2ce(1343), ce2hy(1925))
