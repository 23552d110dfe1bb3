"""Calendar helper written for dev8: day ordinals (proleptic Gregorian via datetime.toordinal),
Julian, tabular civil Hijri (1 Muharram 1 AH = Friday 16 July 622 Julian), weekdays, validity, OS/NS."""
from datetime import date
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # Monday = 0
GM = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LM = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MM = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
AM = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HM = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة"]
def g_ord(y, m, d): return date(y, m, d).toordinal()
def ord_g(o): t = date.fromordinal(o); return (t.year, t.month, t.day)
def j_ord(y, m, d):
    # days before year y in Julian reckoning, counted so that 1 Jan 1 Julian = ordinal -1 (2 days before Gregorian 1 Jan 1)
    yy = y - 1
    n = 365 * yy + yy // 4
    cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    n += cum[m - 1] + d + (1 if m > 2 and y % 4 == 0 else 0)
    return n - 2
def ord_j(o):
    y = (4 * (o + 2) ) // 1461 + 1
    while j_ord(y, 1, 1) > o: y -= 1
    while j_ord(y + 1, 1, 1) <= o: y += 1
    m = 12
    while j_ord(y, m, 1) > o: m -= 1
    return (y, m, o - j_ord(y, m, 1) + 1)
H_EPOCH = None
def h_ord(y, m, d):
    return H_EPOCH + (y - 1) * 354 + (3 + 11 * y) // 30 + (59 * (m - 1) + 1) // 2 + d - 1
H_EPOCH = j_ord(622, 7, 16)
def ord_h(o):
    y = (30 * (o - H_EPOCH) + 10646) // 10631
    while h_ord(y, 1, 1) > o: y -= 1
    while h_ord(y + 1, 1, 1) <= o: y += 1
    m = 12
    while h_ord(y, m, 1) > o: m -= 1
    return (y, m, o - h_ord(y, m, 1) + 1)
def wd(o): return WD[date.fromordinal(o).weekday()] if o >= 1 else WD[(o - 1) % 7]
def wdg(y, m, d): return wd(g_ord(y, m, d))
def wdj(y, m, d): return WD[(j_ord(y, m, d) - 1) % 7]
def wdh(y, m, d): return WD[(h_ord(y, m, d) - 1) % 7]
def gleap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def mlen(y, m, julian=False):
    if m == 2: return 29 if (y % 4 == 0 if julian else gleap(y)) else 28
    return 30 if m in (4, 6, 9, 11) else 31
def gvalid(y, m, d, julian=False): return 1 <= m <= 12 and 1 <= d <= mlen(y, m, julian)
def hleap(y): return (14 + 11 * y) % 30 < 11
def hmlen(y, m): return 30 if m % 2 == 1 or (m == 12 and hleap(y)) else 29
def hvalid(y, m, d): return 1 <= m <= 12 and 1 <= d <= hmlen(y, m)
def h2g(y, m, d): return ord_g(h_ord(y, m, d))
def h2j(y, m, d): return ord_j(h_ord(y, m, d))
def os2ns(y, m, d): return ord_g(j_ord(y, m, d))
def ns2os(y, m, d): return ord_j(g_ord(y, m, d))
SWITCH = g_ord(1582, 10, 15)
def ce_year(o): return (ord_j(o) if o < SWITCH else ord_g(o))[0]
def hyears(h):
    """CE years (Julian before 15 Oct 1582) overlapped by Hijri year h."""
    return set(range(ce_year(h_ord(h, 1, 1)), ce_year(h_ord(h + 1, 1, 1) - 1) + 1))
def hdays_off(hy, hm, hd, gy, gm, gd, julian=False):
    return abs(h_ord(hy, hm, hd) - (j_ord(gy, gm, gd) if julian else g_ord(gy, gm, gd)))
def wdoff(a, b): k = (WD.index(a) - WD.index(b)) % 7; return min(k, 7 - k)
if __name__ == "__main__":
    assert wdg(2000, 1, 1) == "السبت" and wdg(2026, 12, 6) == "الأحد"
    assert j_ord(1582, 10, 5) == g_ord(1582, 10, 15) and wdj(1582, 10, 4) == "الخميس"
    assert wdj(622, 7, 16) == "الجمعة" and h_ord(1, 1, 1) == j_ord(622, 7, 16)
    assert os2ns(1917, 10, 25) == (1917, 11, 7) and os2ns(1700, 2, 29) == (1700, 3, 11)
    assert os2ns(1799, 12, 21) == (1800, 1, 1)
    assert abs(h_ord(1446, 1, 1) - g_ord(2024, 7, 7)) <= 1 and abs(h_ord(1400, 1, 1) - g_ord(1979, 11, 20)) <= 1
    for o in range(h_ord(1, 1, 1), g_ord(2100, 1, 1), 37):
        assert h_ord(*ord_h(o)) == o and j_ord(*ord_j(o)) == o and g_ord(*ord_g(o)) == o
        assert hvalid(*ord_h(o)) and gvalid(*ord_j(o), julian=True)
    print("d8cal ok", h2g(1446, 1, 1), h2g(1400, 1, 1))
