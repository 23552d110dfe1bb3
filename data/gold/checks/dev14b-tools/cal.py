"""dev14b's own calendar helper: JDN for Gregorian, Julian and tabular civil Hijri."""
def g2j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045
def ju2j(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083
def h2j(y, m, d):
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948440 - 1
def j2g(j):
    a = j + 32044; b = (4 * a + 3) // 146097; c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)
def j2ju(j):
    c = j + 32082; d = (4 * c + 3) // 1461; e = c - 1461 * d // 4; m = (5 * e + 2) // 153
    return (d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)
def j2h(j):
    for y in range(max(1, int((j - 1948440) / 354.367) - 2), int((j - 1948440) / 354.367) + 3):
        for m in range(12, 0, -1):
            if h2j(y, m, 1) <= j:
                if y + 1 > 0 and h2j(y + 1, 1, 1) <= j: break
                return (y, m, j - h2j(y, m, 1) + 1)
    raise ValueError(j)
WDN = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
def wdi(j): return (j + 1) % 7          # 0 = Sunday
def wd(j, off=0): return WDN[(wdi(j) + off) % 7]
def hleap(y): return (14 + 11 * y) % 30 < 11
def hlen(y, m): return 30 if m % 2 == 1 or (m == 12 and hleap(y)) else 29
def gleap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def glen(y, m, jul=False):
    if m == 2: return 29 if (y % 4 == 0 if jul else gleap(y)) else 28
    return 30 if m in (4, 6, 9, 11) else 31
def gvalid(y, m, d, jul=False): return 1 <= m <= 12 and 1 <= d <= glen(y, m, jul)
def hvalid(y, m, d): return 1 <= m <= 12 and 1 <= d <= hlen(y, m)
def osns(y, m, d): return j2g(ju2j(y, m, d))
def offset(y, m, d): return ju2j(y, m, d) - g2j(y, m, d) + (g2j(*osns(y, m, d)) - ju2j(y, m, d)) * 0 or g2j(*osns(y, m, d)) - g2j(y, m, d)
def hyears(hy, jul=False):   # CE years a Hijri year overlaps
    f = j2ju if jul else j2g
    return {f(h2j(hy, 1, 1))[0], f(h2j(hy + 1, 1, 1) - 1)[0]}
GM = [None, "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LM = [None, "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
HM = [None, "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
def gs(t, mn=GM): return f"{t[2]} {mn[t[1]]} {t[0]}"
def hg(hy, hm, hd): return j2g(h2j(hy, hm, hd))
def hju(hy, hm, hd): return j2ju(h2j(hy, hm, hd))

if __name__ == "__main__":
    for y in range(600, 2130, 7):
        for m in (1, 2, 3, 12):
            assert j2g(g2j(y, m, 28)) == (y, m, 28) and j2ju(ju2j(y, m, 28)) == (y, m, 28)
    for y in range(1, 1550, 3):
        for m in (1, 6, 12):
            assert j2h(h2j(y, m, 15)) == (y, m, 15)
    assert wd(g2j(2000, 1, 1)) == "السبت" and wd(g2j(1973, 10, 6)) == "السبت"
    assert wd(ju2j(622, 7, 16)) == "الجمعة" and h2j(1, 1, 1) == ju2j(622, 7, 16)
    assert osns(1917, 10, 25) == (1917, 11, 7) and osns(1825, 12, 14) == (1825, 12, 26)
    assert abs(h2j(1446, 1, 1) - g2j(2024, 7, 7)) <= 1
    print("cal self-test ok")
