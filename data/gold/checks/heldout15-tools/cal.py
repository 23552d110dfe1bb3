"""Own calendar helper for heldout15: JDN for Gregorian, Julian, tabular civil Hijri."""
import math
WD = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]

def g2j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045

def ju2j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083

def h2j(y, m, d):
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439

def j2g(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)

def j2ju(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)

def j2h(j):
    y = (30 * (j - 1948440) + 10646) // 10631
    m = min(12, math.ceil((j - (29 + h2j(y, 1, 1))) / 29.5) + 1)
    return (y, m, j - h2j(y, m, 1) + 1)

def wd(j): return WD[(j + 1) % 7]
def gwd(y, m, d): return wd(g2j(y, m, d))
def hwd(y, m, d): return wd(h2j(y, m, d))
def jwd(y, m, d): return wd(ju2j(y, m, d))
def gleap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def hleap(y): return (14 + 11 * y) % 30 < 11
def glen(y, m): return [31, 29 if gleap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def hlen(y, m): return 30 if m % 2 == 1 or (m == 12 and hleap(y)) else 29
def gvalid(y, m, d): return 1 <= m <= 12 and 1 <= d <= glen(y, m)
def hvalid(y, m, d): return 1 <= m <= 12 and 1 <= d <= hlen(y, m)
def hyears(h):
    """CE years the Hijri year h overlaps."""
    a = j2g(h2j(h, 1, 1))[0]; b = j2g(h2j(h + 1, 1, 1) - 1)[0]
    return set(range(a, b + 1))
def h2g(y, m, d): return j2g(h2j(y, m, d))
def g2h(y, m, d): return j2h(g2j(y, m, d))
def os2ns(y, m, d): return j2g(ju2j(y, m, d))
def wdoff(a, b): return min((WD.index(a) - WD.index(b)) % 7, (WD.index(b) - WD.index(a)) % 7)

if __name__ == "__main__":
    for j in range(g2j(600, 1, 1), g2j(2130, 1, 1), 37):
        assert g2j(*j2g(j)) == j and ju2j(*j2ju(j)) == j
        assert h2j(*j2h(j)) == j, j
    assert h2j(1, 1, 1) == 1948440 == ju2j(622, 7, 16)
    assert gwd(2000, 1, 1) == "السبت" and gwd(1973, 10, 6) == "السبت"
    assert os2ns(1917, 10, 25) == (1917, 11, 7)
    assert abs(h2j(1446, 1, 1) - g2j(2024, 7, 7)) <= 1
    print("cal ok")
