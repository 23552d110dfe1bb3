"""Calendar helper written for heldout6: day numbers via Python date ordinals (proleptic Gregorian),
Julian calendar by its own day count, tabular civil Hijri (1 Muharram 1 AH = Friday 16 July 622 Julian)."""
import datetime as _dt
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # Python weekday(): 0 = Monday
def greg(y, m, d): return _dt.date(y, m, d).toordinal()
def from_greg(n): t = _dt.date.fromordinal(n); return (t.year, t.month, t.day)
def jleap(y): return y % 4 == 0
def gleap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
_CUM = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
def jul(y, m, d):
    # Julian 1 Jan 1 AD = Gregorian 30 Dec 0 AD = ordinal -1
    days = (y - 1) * 365 + (y - 1) // 4 + _CUM[m - 1] + (1 if m > 2 and jleap(y) else 0) + d
    return days - 2
def from_jul(n):
    y = (n + 2) * 4 // 1461 - 1
    while jul(y + 1, 1, 1) <= n: y += 1
    while jul(y, 1, 1) > n: y -= 1
    m = 12
    while jul(y, m, 1) > n: m -= 1
    return (y, m, n - jul(y, m, 1) + 1)
H_EPOCH = None
def hij(y, m, d):
    return H_EPOCH + (y - 1) * 354 + (3 + 11 * y) // 30 + 29 * (m - 1) + m // 2 + d - 1
H_EPOCH = jul(622, 7, 16) - ((3 + 11 * 1) // 30)
def hleap(y): return (14 + 11 * y) % 30 < 11
def hmonth_len(y, m): return 30 if m % 2 == 1 else (30 if m == 12 and hleap(y) else 29)
def from_hij(n):
    y = int((n - H_EPOCH) / 354.367) + 1
    while hij(y + 1, 1, 1) <= n: y += 1
    while hij(y, 1, 1) > n: y -= 1
    m = 12
    while hij(y, m, 1) > n: m -= 1
    return (y, m, n - hij(y, m, 1) + 1)
def wday(n): return DAYS[_dt.date.fromordinal(n).weekday()] if n > 0 else DAYS[(n - 1) % 7]
def mlen(y, m, julian=False):
    if m == 2: return 29 if (jleap(y) if julian else gleap(y)) else 28
    return 30 if m in (4, 6, 9, 11) else 31
def valid(y, m, d, julian=False): return 1 <= m <= 12 and 1 <= d <= mlen(y, m, julian)
def hvalid(y, m, d): return 1 <= m <= 12 and 1 <= d <= hmonth_len(y, m)
def os2ns(y, m, d): return from_greg(jul(y, m, d))
def h2g(y, m, d): return from_greg(hij(y, m, d))
def h2ju(y, m, d): return from_jul(hij(y, m, d))
def hyear_ce(h):
    """CE years overlapped by Hijri year h (Julian before 15 Oct 1582)."""
    a, b = hij(h, 1, 1), hij(h + 1, 1, 1) - 1
    f = lambda n: (from_jul(n) if n < greg(1582, 10, 15) else from_greg(n))[0]
    return set(range(f(a), f(b) + 1))
def hwday_near(y, m, d, name):
    """True if weekday name is the tabular weekday of the Hijri date, or one day off."""
    n = hij(y, m, d); return name in {wday(n - 1), wday(n), wday(n + 1)}
if __name__ == "__main__":
    assert wday(greg(2000, 1, 1)) == "السبت"
    assert jul(1582, 10, 5) == greg(1582, 10, 15)
    assert os2ns(1917, 10, 25) == (1917, 11, 7)
    assert hij(1, 1, 1) == jul(622, 7, 16) and wday(hij(1, 1, 1)) == "الجمعة", (from_jul(hij(1,1,1)))
    assert abs(hij(1446, 1, 1) - greg(2024, 7, 7)) <= 1, h2g(1446, 1, 1)
    assert abs(hij(1400, 1, 1) - greg(1979, 11, 20)) <= 1, h2g(1400, 1, 1)
    for n in range(jul(622, 7, 16), greg(2100, 1, 1), 89):
        assert hij(*from_hij(n)) == n and jul(*from_jul(n)) == n and greg(*from_greg(n)) == n
        assert hvalid(*from_hij(n)) and valid(*from_jul(n), julian=True)
    print("h6cal ok", h2g(1446, 1, 1), h2g(1400, 1, 1), hyear_ce(1367))
