"""Calendar helper written for dev9b: Julian Day Numbers for Gregorian, Julian and tabular civil Hijri
(1 Muharram 1 AH = JDN 1948440 = Friday 16 July 622 Julian), weekdays, validity, OS<->NS, formatting."""
WD = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]  # JDN+1 mod 7, Sunday = 0
GM = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LM = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MM = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
AM = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HM = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة"]
def jg(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045
def jj(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083
def jh(y, m, d): return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439
def _inv(f, n, y0):
    y = y0
    while f(y, 1, 1) > n: y -= 1
    while f(y + 1, 1, 1) <= n: y += 1
    m = 12
    while f(y, m, 1) > n: m -= 1
    return (y, m, n - f(y, m, 1) + 1)
def gof(n): return _inv(jg, n, (n - 1721426) * 400 // 146097 + 1)
def jof(n): return _inv(jj, n, (n - 1721424) * 4 // 1461 + 1)
def hof(n): return _inv(jh, n, (30 * (n - 1948440) + 10646) // 10631)
def wdn(n): return WD[(n + 1) % 7]
def wdg(y, m, d): return wdn(jg(y, m, d))
def wdj(y, m, d): return wdn(jj(y, m, d))
def wdh(y, m, d): return wdn(jh(y, m, d))
def wdshift(w, k): return WD[(WD.index(w) + k) % 7]
def wdist(a, b): k = (WD.index(a) - WD.index(b)) % 7; return min(k, 7 - k)
def mlen(y, m, julian=False):
    if m == 2: return 29 if (y % 4 == 0 if julian else (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0))) else 28
    return 30 if m in (4, 6, 9, 11) else 31
def valid(y, m, d, julian=False): return 1 <= m <= 12 and 1 <= d <= mlen(y, m, julian)
def hleap(y): return (14 + 11 * y) % 30 < 11
def hmlen(y, m): return 30 if m % 2 == 1 or (m == 12 and hleap(y)) else 29
def hvalid(y, m, d): return 1 <= m <= 12 and 1 <= d <= hmlen(y, m)
def h2g(y, m, d): return gof(jh(y, m, d))
def h2j(y, m, d): return jof(jh(y, m, d))
def os2ns(y, m, d): return gof(jj(y, m, d))
def ns2os(y, m, d): return jof(jg(y, m, d))
SWITCH = jg(1582, 10, 15)
def ce_year(n): return (jof(n) if n < SWITCH else gof(n))[0]
def hyears(h): return set(range(ce_year(jh(h, 1, 1)), ce_year(jh(h + 1, 1, 1) - 1) + 1))
def ydist(h, ce): return min(abs(ce - y) for y in hyears(h))
def f(t, months=GM, era=""): y, m, d = t; return f"{d} {months[m - 1]} {y}" + (f" {era}" if era else "")
if __name__ == "__main__":
    assert wdg(2000, 1, 1) == "السبت" and wdg(2026, 12, 6) == "الأحد"
    assert jj(1582, 10, 4) + 1 == jg(1582, 10, 15) and wdj(1582, 10, 4) == "الخميس"
    assert jh(1, 1, 1) == jj(622, 7, 16) == 1948440 and wdh(1, 1, 1) == "الجمعة"
    assert os2ns(1917, 10, 25) == (1917, 11, 7) and os2ns(1700, 2, 29) == (1700, 3, 11) and os2ns(1799, 12, 21) == (1800, 1, 1)
    assert abs(jh(1446, 1, 1) - jg(2024, 7, 7)) <= 1 and abs(jh(1400, 1, 1) - jg(1979, 11, 20)) <= 1
    for n in range(1948440, jg(2100, 1, 1), 29):
        assert jh(*hof(n)) == n and jj(*jof(n)) == n and jg(*gof(n)) == n
        assert hvalid(*hof(n)) and valid(*jof(n), julian=True) and valid(*gof(n))
    print("d9cal ok", h2g(1446, 1, 1), h2g(1400, 1, 1))
