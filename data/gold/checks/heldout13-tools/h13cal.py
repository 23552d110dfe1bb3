"""Calendar helper for heldout13 (own code): JDN for Gregorian, Julian, tabular Hijri."""
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # jdn % 7: 0 = Monday

def g2j(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045

def jul2j(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - 32083

def h2j(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948440 - 1

def j2g(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)

def j2jul(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)

TO = {"g": g2j, "j": jul2j, "h": h2j}
FROM = {"g": j2g, "j": j2jul}

def jdn(cal, y, m, d): return TO[cal](y, m, d)
def wd(cal, y, m, d): return WD[jdn(cal, y, m, d) % 7]
def wdi(cal, y, m, d): return jdn(cal, y, m, d) % 7

def valid(cal, y, m, d):
    if cal == "h":
        if not (1 <= m <= 12 and 1 <= d <= 30): return False
        leap = (14 + 11 * y) % 30 < 11
        ml = 30 if m % 2 == 1 else (30 if (m == 12 and leap) else 29)
        return d <= ml
    if not (1 <= m <= 12 and d >= 1): return False
    f = FROM[cal]
    return f(TO[cal](y, m, d)) == (y, m, d)

def h2(cal, hy, hm, hd): return FROM[cal](h2j(hy, hm, hd))
def os2ns(y, m, d): return j2g(jul2j(y, m, d))
def offset(y, m, d): return g2j(*os2ns(y, m, d)) - jul2j(y, m, d) + (jul2j(y, m, d) - g2j(y, m, d)) if False else jul2j(y, m, d) - g2j(y, m, d)

def hyears(hy, cal="g"):
    a = FROM[cal](h2j(hy, 1, 1))[0]; b = FROM[cal](h2j(hy + 1, 1, 1) - 1)[0]
    return set(range(a, b + 1))

def wgap(a, b):
    g = (a - b) % 7
    return min(g, 7 - g)

if __name__ == "__main__":
    assert wd("g", 2000, 1, 1) == "السبت"; assert wd("g", 1973, 10, 6) == "السبت"
    assert os2ns(1917, 10, 25) == (1917, 11, 7); assert wd("j", 622, 7, 16) == "الجمعة"
    assert h2("j", 1, 1, 1) == (622, 7, 16); assert abs(h2j(1446, 1, 1) - g2j(2024, 7, 7)) <= 1
    for j in range(1948440, 2500000, 997):
        assert g2j(*j2g(j)) == j and jul2j(*j2jul(j)) == j
    print("h13cal self-test ok")
