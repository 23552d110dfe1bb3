"""Calendar helper written for heldout7: Julian Day Numbers for Gregorian, Julian and tabular civil
Hijri (1 Muharram 1 AH = JDN 1948440 = Friday 16 July 622 Julian), Arabic weekdays, validity, OS/NS."""
WD = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]  # JDN+1 mod 7, Sunday = 0
GM = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LM = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MM = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
AM = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HM = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة"]
def g2jd(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045
def j2jd(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083
def _inv(f, jd, y0):
    y = y0
    while f(y, 1, 1) > jd: y -= 1
    while f(y + 1, 1, 1) <= jd: y += 1
    m = 12
    while f(y, m, 1) > jd: m -= 1
    return (y, m, jd - f(y, m, 1) + 1)
def jd2g(jd): return _inv(g2jd, jd, (jd - 1721426) * 400 // 146097 + 1)
def jd2j(jd): return _inv(j2jd, jd, (jd - 1721424) * 4 // 1461 + 1)
def h2jd(y, m, d): return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439
def jd2h(jd): return _inv(h2jd, jd, (30 * (jd - 1948440) + 10646) // 10631)
def wd(jd): return WD[(jd + 1) % 7]
def wdg(y, m, d): return wd(g2jd(y, m, d))
def wdj(y, m, d): return wd(j2jd(y, m, d))
def wdh(y, m, d): return wd(h2jd(y, m, d))
def wdoff(a, b): k = (WD.index(a) - WD.index(b)) % 7; return min(k, 7 - k)
def shift(name, k): return WD[(WD.index(name) + k) % 7]
def gleap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def mlen(y, m, julian=False):
    if m == 2: return 29 if (y % 4 == 0 if julian else gleap(y)) else 28
    return 30 if m in (4, 6, 9, 11) else 31
def gvalid(y, m, d, julian=False): return 1 <= m <= 12 and 1 <= d <= mlen(y, m, julian)
def hleap(y): return (14 + 11 * y) % 30 < 11
def hmlen(y, m): return 30 if m % 2 == 1 or (m == 12 and hleap(y)) else 29
def hvalid(y, m, d): return 1 <= m <= 12 and 1 <= d <= hmlen(y, m)
def h2g(y, m, d): return jd2g(h2jd(y, m, d))
def h2j(y, m, d): return jd2j(h2jd(y, m, d))
def os2ns(y, m, d): return jd2g(j2jd(y, m, d))
SWITCH = g2jd(1582, 10, 15)
def ce_year(jd): return (jd2j(jd) if jd < SWITCH else jd2g(jd))[0]
def hyears(h): return set(range(ce_year(h2jd(h, 1, 1)), ce_year(h2jd(h + 1, 1, 1) - 1) + 1))
def hyear_off(h, ce): return min(abs(ce - y) for y in hyears(h))
def gs(y, m, d, months=GM): return f"{d} {months[m - 1]} {y}"
if __name__ == "__main__":
    assert wdg(2000, 1, 1) == "السبت" and wdg(2026, 12, 6) == "الأحد"
    assert j2jd(1582, 10, 4) + 1 == g2jd(1582, 10, 15) and wdj(1582, 10, 4) == "الخميس"
    assert wdj(622, 7, 16) == "الجمعة" and h2jd(1, 1, 1) == j2jd(622, 7, 16)
    assert os2ns(1917, 10, 25) == (1917, 11, 7) and os2ns(1700, 2, 29) == (1700, 3, 11)
    assert abs(h2jd(1446, 1, 1) - g2jd(2024, 7, 7)) <= 1 and abs(h2jd(1400, 1, 1) - g2jd(1979, 11, 20)) <= 1
    assert abs(h2jd(1446, 9, 1) - g2jd(2025, 3, 1)) <= 1
    for jd in range(h2jd(1, 1, 1), g2jd(2100, 1, 1), 29):
        assert h2jd(*jd2h(jd)) == jd and j2jd(*jd2j(jd)) == jd and g2jd(*jd2g(jd)) == jd
        assert hvalid(*jd2h(jd)) and gvalid(*jd2j(jd), julian=True) and gvalid(*jd2g(jd))
    print("h7cal ok", h2g(1446, 1, 1), h2g(1400, 1, 1))
