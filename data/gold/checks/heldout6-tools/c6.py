"""Month names and check helpers for heldout6."""
from h6cal import *
LEV = [None, "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
EGY = [None, "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MAG = [None, "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
ALG = [None, "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HIJ = [None, "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة"]
def gd(t, names=EGY): return f"{t[2]} {names[t[1]]} {t[0]}"
def gwd(y, m, d): return wday(greg(y, m, d))
def jwd(y, m, d): return wday(jul(y, m, d))
def hwd(y, m, d): return wday(hij(y, m, d))
def other(day, k=2): return DAYS[(DAYS.index(day) + k) % 7]
def ok(c, msg): return (bool(c), msg)
def pair_ok(h, ce): return ok(ce in hyear_ce(h), f"{h} AH overlaps {ce}")
def pair_bad(h, ce): return ok(all(abs(ce - y) >= 5 for y in hyear_ce(h)), f"{h} AH far from {ce}")
def osns_ok(os_, ns): return ok(os2ns(*os_) == ns, f"OS {os_} = NS {ns}")
def osns_bad(os_, ns): return ok(os2ns(*os_) != ns, f"OS {os_} != NS {ns}")
def hg_ok(h, g, tol=1): return ok(abs(hij(*h) - greg(*g)) <= tol, f"{h} AH ~ {g}")
def hg_bad(h, g): return ok(abs(hij(*h) - greg(*g)) >= 28, f"{h} AH far from {g}")
def gw_ok(t, day): return ok(gwd(*t) == day, f"{t} is {day}")
def gw_bad(t, day): return ok(gwd(*t) != day, f"{t} not {day}")
def jw_ok(t, day): return ok(jwd(*t) == day, f"Julian {t} is {day}")
def jw_bad(t, day): return ok(jwd(*t) != day and gwd(*t) != day, f"Julian {t} not {day}")
def hw_ok(t, day): return ok(hwday_near(*t, day), f"{t} AH ~ {day}")
def hw_bad(t, day): return ok(not hwday_near(*t, day), f"{t} AH not {day} (+-1)")
