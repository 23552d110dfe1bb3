# Builds a timex gold file from inline markup [[span|TYPE|value]]: python3 build_from_markup.py TEXTS.py OUT.jsonl
# (spoken-news-source/texts.py -> spoken-news.jsonl; news-spoken-r8-source/texts.py -> news-spoken-r8.jsonl).
# value: literal, "null", or "=expr" evaluated with the helpers below (relative to the document's reference date).
import json, re, datetime as dt, sys
D = dt.date
table = {}
for line in open('/work/shared/data/calendars/ummalqura-month-starts.tsv', encoding='utf-8'):
    c = line.rstrip('\n').split('\t')
    if c[0].isdigit():
        table[(int(c[0]), int(c[1]))] = D.fromisoformat(c[2])
REF = None
def iso(d): return d.isoformat()
def d(n=0): return iso(REF + dt.timedelta(days=n))
def prev(wd):  # last weekday (ISO 1..7) on or before the reference
    x = REF
    while x.isoweekday() != wd: x -= dt.timedelta(days=1)
    return iso(x)
def nxt(wd):   # first weekday on or after the reference
    x = REF
    while x.isoweekday() != wd: x += dt.timedelta(days=1)
    return iso(x)
def after(wd, weeks=0):  # strictly after, plus weeks
    x = REF + dt.timedelta(days=1)
    while x.isoweekday() != wd: x += dt.timedelta(days=1)
    return iso(x + dt.timedelta(weeks=weeks))
def before(wd):  # strictly before
    x = REF - dt.timedelta(days=1)
    while x.isoweekday() != wd: x -= dt.timedelta(days=1)
    return iso(x)
def wk(n=0):
    x = REF + dt.timedelta(weeks=n)
    y, w, _ = x.isocalendar()
    return f"{y}-W{w:02d}"
def weekday_in_week(n, wd):
    x = REF + dt.timedelta(weeks=n)
    monday = x - dt.timedelta(days=x.isoweekday() - 1)
    return iso(monday + dt.timedelta(days=wd - 1))
def mon(n=0):
    m = REF.month - 1 + n
    return f"{REF.year + m // 12}-{m % 12 + 1:02d}"
def mday(n, day):
    m = REF.month - 1 + n
    return f"{REF.year + m // 12}-{m % 12 + 1:02d}-{day:02d}"
def yr(n=0): return f"{REF.year + n}"
def hij(y, m, day): return iso(table[(y, m)] + dt.timedelta(days=day - 1))
def julian_to_greg(y, m, day):
    # proleptic Julian -> Gregorian via JDN
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12 * a - 3
    jdn = day + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083
    return iso(D.fromordinal(jdn - 1721425))

docs = []
def doc(id, ref, text):
    global REF
    REF = D.fromisoformat(ref) if ref else None
    out = []; timexes = []
    pos = 0
    for m in re.finditer(r'\[\[(.*?)\|(.*?)\|(.*?)\]\]', text):
        out.append(text[pos:m.start()])
        span, typ, val = m.group(1), m.group(2), m.group(3)
        for prep in ['في غضون', 'في', 'منذ', 'خلال', 'حتى', 'من', 'بين', 'إلى', 'بحلول', 'عند', 'طوال', 'لحد', 'الموافق']:
            if span.startswith(prep + ' '):
                out.append(prep + ' ')
                span = span[len(prep) + 1:]
                break
        cal = None
        if val.endswith('@julian'): val, cal = val[:-7], 'julian'
        if val.endswith('@hijri'): val, cal = val[:-6], 'hijri'
        v = None if val == 'null' else (str(eval(val[1:])) if val.startswith('=') else val)
        t = {"text": span, "type": typ, "value": v}
        if cal: t["calendar"] = cal
        timexes.append(t)
        out.append(span)
        pos = m.end()
    out.append(text[pos:])
    plain = ''.join(out)
    docs.append({"id": id, "text": plain, "reference_date": ref, "timexes": timexes})

exec(open(sys.argv[1], encoding='utf-8').read())
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    for x in docs:
        f.write(json.dumps(x, ensure_ascii=False) + '\n')
n = sum(len(x['timexes']) for x in docs)
print(len(docs), 'documents', n, 'expressions')
