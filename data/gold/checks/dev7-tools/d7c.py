"""Check helpers and month names for dev7 case files."""
from d7cal import *
EG = [None, "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LV = [None, "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MA = [None, "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
DZ = [None, "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HM = [None, "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة"]
def gw(y, m, d): return wdname(g2j(y, m, d))
def jw(y, m, d): return wdname(ju2j(y, m, d))
def hw(y, m, d): return wdname(h2j(y, m, d))
def hg(y, m, d): return j2g(h2j(y, m, d))
def c_hy(h, y, ok=True): return ((y in hyear_years(h)) == ok, f"hijri {h} vs {y} ok={ok} ({sorted(hyear_years(h))})")
def c_gwd(y, m, d, name, ok=True, julian=False):
    j = ju2j(y, m, d) if julian else g2j(y, m, d)
    return ((wdname(j) == name) == ok, f"weekday {y}-{m}-{d} jul={julian} {name} ok={ok} real={wdname(j)}")
def c_hwd(y, m, d, name, ok=True):
    j = h2j(y, m, d); near = {wdname(j + k) for k in (-1, 0, 1)}
    return ((name in near) == ok, f"hijri weekday {y}-{m}-{d} {name} ok={ok} real={wdname(j)}")
def c_hgd(h, g, ok=True, tol=1):
    diff = abs(h2j(*h) - g2j(*g))
    return ((diff <= tol) if ok else (diff >= 28), f"hijri {h} vs greg {g} diff={diff} ok={ok}")
def c_os(os, ns, ok=True): return ((os2ns(*os) == tuple(ns)) == ok, f"OS {os} NS {ns} ok={ok} real={os2ns(*os)}")
def c_valid(y, m, d, ok=True, julian=False): return (gvalid(y, m, d, julian) == ok, f"valid {y}-{m}-{d} jul={julian} ok={ok}")
def c_hvalid(y, m, d, ok=True): return (hvalid(y, m, d) == ok, f"hvalid {y}-{m}-{d} ok={ok}")
def c(cond, msg): return (bool(cond), msg)
