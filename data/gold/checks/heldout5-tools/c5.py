"""Check helpers for heldout5 cases (built on h5cal)."""
from h5cal import *

def gwd(y, m, d): return day(greg_jdn(y, m, d))
def jwd(y, m, d): return day(jul_jdn(y, m, d))
def hwd(y, m, d): return day(hijri_jdn(y, m, d))
def shift(name, k): return DAYS[(DAYS.index(name) + k) % 7]
GM = ["", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LM = ["", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MM = ["", "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
DZ = ["", "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HM = ["", "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة"]

def ok(c, msg): return (bool(c), msg)
def g_of_h(y, m, d):
    """Gregorian (y, m, d) of a tabular Hijri date."""
    return greg_of_hijri(y, m, d)
def ns(y, m, d): return os_ns(y, m, d)
