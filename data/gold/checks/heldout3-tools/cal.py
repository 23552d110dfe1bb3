"""Calendar helpers written for the heldout-3 set (own code, no libraries).
JDN = Julian Day Number (integer, day starting at noon convention ignored)."""
import csv, os, datetime

WD_AR = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]

def greg_to_jdn(y, m, d):
    a = (14 - m) // 12
    yy = y + 4800 - a
    mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045

def jul_to_jdn(y, m, d):
    a = (14 - m) // 12
    yy = y + 4800 - a
    mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083

def jdn_to_greg(j):
    a = j + 32044
    b = (4 * a + 3) // 146097
    c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)

def jdn_to_jul(j):
    c = j + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)

def hij_to_jdn(y, m, d):
    """Tabular (civil, Kuwaiti-type 2,5,7,10,13,16,18,21,24,26,29 leap) Islamic calendar."""
    return d + -(-59 * (m - 1) // 2) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439

def jdn_to_hij(j):
    y = (30 * (j - 1948440) + 10646) // 10631
    m = min(12, -(-(j - 29 - hij_to_jdn(y, 1, 1)) // 29.5) + 1)
    m = int(m)
    d = j - hij_to_jdn(y, m, 1) + 1
    return (y, m, d)

def to_jdn(y, m, d, cal):
    return {"g": greg_to_jdn, "j": jul_to_jdn, "h": hij_to_jdn}[cal](y, m, d)

def western_years_of_hijri_year(h, cal="auto"):
    """Set of Western years that Hijri year h overlaps (Julian before 1582, Gregorian after)."""
    a = hij_to_jdn(h, 1, 1); b = hij_to_jdn(h + 1, 1, 1) - 1
    out = set()
    for j in (a, b):
        g = jdn_to_greg(j); ju = jdn_to_jul(j)
        if cal == "g": out.add(g[0])
        elif cal == "j": out.add(ju[0])
        else: out.add(ju[0] if ju[0] < 1582 else g[0])
    return out

def valid(y, m, d, cal="g"):
    if not 1 <= m <= 12 or d < 1: return False
    if cal == "h":
        return d <= 30
    ml = [31, 29 if (y % 4 == 0 and (cal == "j" or y % 100 != 0 or y % 400 == 0)) else 28,
          31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return d <= ml[m - 1]

def weekday(y, m, d, cal="g"):
    return WD_AR[(to_jdn(y, m, d, cal) + 1) % 7]

_UQ = None
def ummalqura(y, m, d):
    """Umm al-Qura Hijri -> Gregorian (y,m,d) via the official table in /work/shared."""
    global _UQ
    if _UQ is None:
        _UQ = {}
        p = "/work/shared/data/calendars/ummalqura-month-starts.tsv"
        with open(p) as f:
            r = csv.reader(f, delimiter="\t"); next(r)
            for hy, hm, first, ln in r:
                _UQ[(int(hy), int(hm))] = (datetime.date.fromisoformat(first), int(ln))
    first, ln = _UQ[(y, m)]
    assert 1 <= d <= ln, (y, m, d, ln)
    g = first + datetime.timedelta(days=d - 1)
    return (g.year, g.month, g.day)

if __name__ == "__main__":
    assert greg_to_jdn(2000, 1, 1) == 2451545 and weekday(2000, 1, 1) == "السبت"
    assert jdn_to_greg(2451545) == (2000, 1, 1)
    assert hij_to_jdn(1, 1, 1) == jul_to_jdn(622, 7, 16)
    for j in range(1948440, 2500000, 97):
        assert hij_to_jdn(*jdn_to_hij(j)) == j, j
        assert jul_to_jdn(*jdn_to_jul(j)) == j and greg_to_jdn(*jdn_to_greg(j)) == j
    # 4 Oct 1582 Julian (Thursday) is followed by 15 Oct 1582 Gregorian (Friday)
    assert jul_to_jdn(1582, 10, 4) + 1 == greg_to_jdn(1582, 10, 15)
    assert weekday(1582, 10, 4, "j") == "الخميس" and weekday(1582, 10, 15) == "الجمعة"
    # Umm al-Qura sanity: 1 Muharram 1446 = 7 July 2024
    assert ummalqura(1446, 1, 1) == (2024, 7, 7)
    print("cal.py self-test ok")
