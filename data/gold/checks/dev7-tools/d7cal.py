"""Small calendar helper for dev7 (written for this set): JDN for proleptic Gregorian/Julian,
tabular civil Hijri (epoch Friday 16 July 622 Julian = JDN 1948440), weekdays, validity."""
WD = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]  # 0 = Sunday
def g2j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045
def ju2j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083
def j2g(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)
def j2ju(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)
EPOCH = 1948440
def h2j(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + 354 * (y - 1) + (3 + 11 * y) // 30 + EPOCH - 1
def j2h(j):
    y = (30 * (j - EPOCH) + 10646) // 10631
    m = min(12, (11 * (j - h2j(y, 1, 1)) + 330) // 325 + 1)  # approximate then fix
    while m > 1 and h2j(y, m, 1) > j: m -= 1
    while m < 12 and h2j(y, m + 1, 1) <= j: m += 1
    return (y, m, j - h2j(y, m, 1) + 1)
def wd(j): return (j + 1) % 7
def wdname(j): return WD[wd(j)]
def gleap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def jleap(y): return y % 4 == 0
def mlen(y, m, julian=False):
    if m == 2: return 29 if (jleap(y) if julian else gleap(y)) else 28
    return 30 if m in (4, 6, 9, 11) else 31
def gvalid(y, m, d, julian=False): return 1 <= m <= 12 and 1 <= d <= mlen(y, m, julian)
def hleap(y): return (14 + 11 * y) % 30 < 11
def hmlen(y, m): return 30 if m % 2 == 1 or (m == 12 and hleap(y)) else 29
def hvalid(y, m, d): return 1 <= m <= 12 and 1 <= d <= hmlen(y, m)
def hyear_years(h):
    """Common Era years (Gregorian, or Julian before 1582-10-15) overlapped by Hijri year h."""
    a, b = h2j(h, 1, 1), h2j(h + 1, 1, 1) - 1
    f = lambda j: (j2ju(j) if j < 2299161 else j2g(j))[0]
    return set(range(f(a), f(b) + 1))
def os2ns(y, m, d): return j2g(ju2j(y, m, d))
def ns2os(y, m, d): return j2ju(g2j(y, m, d))
if __name__ == "__main__":
    assert wdname(g2j(2000, 1, 1)) == "السبت"
    assert wdname(ju2j(622, 7, 16)) == "الجمعة" and h2j(1, 1, 1) == ju2j(622, 7, 16)
    assert os2ns(1917, 10, 25) == (1917, 11, 7)
    assert j2g(g2j(1582, 10, 15)) == (1582, 10, 15) and g2j(1582, 10, 15) == ju2j(1582, 10, 5) 
    assert h2j(1400, 1, 1) in range(g2j(1979, 11, 19), g2j(1979, 11, 22))
    for j in range(1948440, 2500000, 97):
        assert h2j(*j2h(j)) == j and g2j(*j2g(j)) == j and ju2j(*j2ju(j)) == j
        y, m, d = j2h(j); assert hvalid(y, m, d)
    assert hyear_years(1367) >= {1948}
    print("d7cal ok", j2g(h2j(1400, 1, 1)), j2g(h2j(1446, 1, 1)))
