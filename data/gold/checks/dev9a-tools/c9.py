"""Calendar helper written for dev9a: Julian Day Numbers for Gregorian, Julian and tabular civil
Hijri (1 Muharram 1 AH = JDN 1948440 = Friday 16 July 622 Julian), weekdays, validity, OS/NS."""
WD = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]  # (JDN+1) % 7
GM = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LM = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MM = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
AM = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HM = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة"]
HEPOCH = 1948440
def jg(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045
def jj(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083
def jh(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + HEPOCH - 1
def gj(n):
    a = n + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)
def jjinv(n):
    c = n + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)
def hj(n):
    y = (30 * (n - HEPOCH) + 10646) // 10631
    m = 12
    while jh(y, m, 1) > n: m -= 1
    return (y, m, n - jh(y, m, 1) + 1)
def wdn(n): return WD[(n + 1) % 7]
def wg(y, m, d): return wdn(jg(y, m, d))
def wj(y, m, d): return wdn(jj(y, m, d))
def wh(y, m, d): return wdn(jh(y, m, d))
def gleap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def mlen(y, m, jul=False):
    if m == 2: return 29 if (y % 4 == 0 if jul else gleap(y)) else 28
    return 30 if m in (4, 6, 9, 11) else 31
def gvalid(y, m, d, jul=False): return 1 <= m <= 12 and 1 <= d <= mlen(y, m, jul)
def hleap(y): return (14 + 11 * y) % 30 < 11
def hmlen(y, m): return 30 if m % 2 == 1 or (m == 12 and hleap(y)) else 29
def hvalid(y, m, d): return 1 <= m <= 12 and 1 <= d <= hmlen(y, m)
def h2g(y, m, d): return gj(jh(y, m, d))
def h2j(y, m, d): return jjinv(jh(y, m, d))
def os2ns(y, m, d): return gj(jj(y, m, d))
SWITCH = jg(1582, 10, 15)
def ceyear(n): return (jjinv(n) if n < SWITCH else gj(n))[0]
def hyears(h): return set(range(ceyear(jh(h, 1, 1)), ceyear(jh(h + 1, 1, 1) - 1) + 1))
def wdist(a, b): k = (WD.index(a) - WD.index(b)) % 7; return min(k, 7 - k)
def hnear(hy, hm, hd, gy, gm, gd, jul=False, tol=1):
    return abs(jh(hy, hm, hd) - (jj(gy, gm, gd) if jul else jg(gy, gm, gd))) <= tol
if __name__ == "__main__":
    assert jg(2000, 1, 1) == 2451545 and wg(2000, 1, 1) == "السبت" and wg(2026, 12, 6) == "الأحد"
    assert jj(1582, 10, 4) + 1 == jg(1582, 10, 15) and wj(1582, 10, 4) == "الخميس"
    assert jh(1, 1, 1) == jj(622, 7, 16) and wh(1, 1, 1) == "الجمعة"
    assert os2ns(1917, 10, 25) == (1917, 11, 7) and os2ns(1799, 12, 21) == (1800, 1, 1)
    assert abs(jh(1446, 1, 1) - jg(2024, 7, 7)) <= 1 and abs(jh(1445, 9, 1) - jg(2024, 3, 11)) <= 1
    for n in range(jh(1, 1, 1), jg(2100, 1, 1), 29):
        assert jg(*gj(n)) == n and jj(*jjinv(n)) == n and jh(*hj(n)) == n
        assert hvalid(*hj(n)) and gvalid(*jjinv(n), jul=True) and gvalid(*gj(n))
    print("c9 ok", h2g(1446, 1, 1), h2g(1445, 9, 1), h2g(1400, 1, 1))
