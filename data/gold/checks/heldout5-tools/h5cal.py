"""Calendar helper written for heldout5: Julian Day Numbers for proleptic Gregorian, Julian and the
tabular (civil, epoch 16 July 622 Julian) Hijri calendar; Arabic weekday names; validity tests."""
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # JDN mod 7 = 0 is Monday
HIJRI_EPOCH = 1948440  # JDN of 1 Muharram 1 AH (civil) = Friday 16 July 622 Julian

def _core(y, m):
    a = (14 - m) // 12
    return y + 4800 - a, m + 12 * a - 3

def greg_jdn(y, m, d):
    yy, mm = _core(y, m)
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045

def jul_jdn(y, m, d):
    yy, mm = _core(y, m)
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083

def jdn_greg(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return 100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1

def jdn_jul(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1

def hijri_leap(y):
    return (14 + 11 * y) % 30 < 11

def hijri_month_len(y, m):
    return 30 if m % 2 == 1 or (m == 12 and hijri_leap(y)) else 29

def hijri_jdn(y, m, d):
    return HIJRI_EPOCH - 1 + 354 * (y - 1) + (3 + 11 * y) // 30 + 29 * (m - 1) + m // 2 + d

def jdn_hijri(j):
    y = (30 * (j - HIJRI_EPOCH) + 10646) // 10631
    while hijri_jdn(y + 1, 1, 1) <= j: y += 1
    while hijri_jdn(y, 1, 1) > j: y -= 1
    m = 1
    while m < 12 and hijri_jdn(y, m + 1, 1) <= j: m += 1
    return y, m, j - hijri_jdn(y, m, 1) + 1

def day(j):
    return DAYS[j % 7]

def greg_ok(y, m, d):
    return 1 <= m <= 12 and d >= 1 and jdn_greg(greg_jdn(y, m, d)) == (y, m, d)

def jul_ok(y, m, d):
    return 1 <= m <= 12 and d >= 1 and jdn_jul(jul_jdn(y, m, d)) == (y, m, d)

def hijri_ok(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= hijri_month_len(y, m)

def western_years(hy):
    """Western years overlapped by Hijri year hy (Julian before 15 Oct 1582)."""
    out = set()
    for j in (hijri_jdn(hy, 1, 1), hijri_jdn(hy + 1, 1, 1) - 1):
        out.add((jdn_jul(j) if j < 2299161 else jdn_greg(j))[0])
    return sorted(out)

def pair(hy, wy):
    return wy in western_years(hy)

def greg_of_hijri(y, m, d):
    return jdn_greg(hijri_jdn(y, m, d))

def hijri_near(hy, hm, hd, gy, gm, gd, tol=1):
    """Gregorian date within tol days of the tabular Hijri date."""
    return abs(hijri_jdn(hy, hm, hd) - greg_jdn(gy, gm, gd)) <= tol

def os_ns(y, m, d):
    """New Style (Gregorian) of a Julian date."""
    return jdn_greg(jul_jdn(y, m, d))

def hijri_wd_far(hy, hm, hd, name):
    """True if weekday `name` is at least 2 days from the tabular weekday (wrong even with +-1)."""
    k = DAYS.index(name); t = hijri_jdn(hy, hm, hd) % 7
    return min((k - t) % 7, (t - k) % 7) >= 2

def hijri_wd_near(hy, hm, hd, name):
    k = DAYS.index(name); t = hijri_jdn(hy, hm, hd) % 7
    return min((k - t) % 7, (t - k) % 7) <= 1

if __name__ == "__main__":
    assert day(greg_jdn(2000, 1, 1)) == "السبت"
    assert day(greg_jdn(1969, 7, 20)) == "الأحد"
    assert jul_jdn(1582, 10, 4) + 1 == greg_jdn(1582, 10, 15)
    assert jdn_jul(hijri_jdn(1, 1, 1)) == (622, 7, 16)
    assert greg_of_hijri(1421, 1, 1) in [(2000, 4, 6), (2000, 4, 5), (2000, 4, 7)]
    assert jul_jdn(1918, 1, 31) + 1 == greg_jdn(1918, 2, 14)
    assert not greg_ok(1900, 2, 29) and jul_ok(1900, 2, 29) and greg_ok(2000, 2, 29)
    for j in range(hijri_jdn(1, 1, 1), hijri_jdn(1500, 1, 1), 97):
        assert hijri_jdn(*jdn_hijri(j)) == j
    for j in range(2000000, 2500000, 331):
        assert greg_jdn(*jdn_greg(j)) == j and jul_jdn(*jdn_jul(j)) == j
    assert sum(hijri_leap(y) for y in range(1, 31)) == 11
    print("h5cal ok")
