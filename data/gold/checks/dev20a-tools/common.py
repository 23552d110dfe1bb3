import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from cal import *
HM = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة"]
GM = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LM = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]


def hd(y, m, d):
    return f"{d} {HM[m-1]} {y}هـ"


def gd(y, m, d, months=GM):
    return f"{d} {months[m-1]} {y}"


def hg(y, m, d):
    """Hijri date with its tabular Gregorian equivalent."""
    g = h2g(y, m, d)
    return f"{hd(y, m, d)} ({gd(*g)}م)", (g2j(*g) == h2j(y, m, d), f"pair {y}-{m}-{d}")


def wrong_wd(j, k=3):
    return WD[(j + k) % 7]


def wk(j, name, planted=False):
    """Independent weekday check with Python's datetime on the Gregorian date of JDN j."""
    import datetime
    true = WD[datetime.date(*j2g(j)).weekday()]
    return ((true != name) if planted else (true == name)), f"weekday {name} vs datetime {true}"


def finish(cases, add, extra):
    return [(r, (t + " " + add[i]) if i in add else t, n, c + extra.get(i, [])) for i, (r, t, n, c) in enumerate(cases)]
