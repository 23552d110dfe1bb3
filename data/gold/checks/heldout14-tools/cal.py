"""Own calendar helper for heldout14: Julian day numbers for Gregorian, Julian and tabular civil Hijri."""
WD = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
GM = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HM = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة"]

def g2j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045

def jul2j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083

def h2j(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439

def j2g(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)

def j2jul(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)

def j2h(j):
    y = (30 * (j - 1948440) + 10646) // 10631
    m = min(12, -(-(j - 29 - h2j(y, 1, 1)) // 29.5).__int__() + 1) if False else None
    for mm in range(12, 0, -1):
        if h2j(y, mm, 1) <= j:
            return (y, mm, j - h2j(y, mm, 1) + 1)

def wd(j):
    return WD[(j + 1) % 7]

def gleap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def gvalid(y, m, d): return 1 <= m <= 12 and 1 <= d <= [31, 29 if gleap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def jvalid(y, m, d): return 1 <= m <= 12 and 1 <= d <= [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def hvalid(y, m, d): return 1 <= m <= 12 and 1 <= d <= (h2j(y + (m == 12), 1 if m == 12 else m + 1, 1) - h2j(y, m, 1))

def os2ns(y, m, d): return j2g(jul2j(y, m, d))
def hyears(y):
    """CE (Gregorian) years a Hijri year overlaps."""
    return {j2g(h2j(y, 1, 1))[0], j2g(h2j(y + 1, 1, 1) - 1)[0]}

if __name__ == "__main__":
    assert wd(g2j(2000, 1, 1)) == "السبت"
    assert wd(g2j(1973, 10, 6)) == "السبت"
    assert h2j(1, 1, 1) == 1948440 == jul2j(622, 7, 16)
    assert os2ns(1917, 10, 25) == (1917, 11, 7)
    assert abs(h2j(1446, 1, 1) - g2j(2024, 7, 7)) <= 1
    for j in range(1948440, 2500000, 97):
        assert h2j(*j2h(j)) == j and g2j(*j2g(j)) == j and jul2j(*j2jul(j)) == j
    print("cal ok")
