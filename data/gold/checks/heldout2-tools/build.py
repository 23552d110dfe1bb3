import re, json, random, datetime
from collections import Counter
from cal import *
exec(open('all.py').read())
MONTHS={}
for names in [
 ['كانون الثاني','شباط','آذار','نيسان','أيار','حزيران','تموز','آب','أيلول','تشرين الأول','تشرين الثاني','كانون الأول'],
 ['يناير','فبراير','مارس','أبريل','مايو','يونيو','يوليو','أغسطس','سبتمبر','أكتوبر','نوفمبر','ديسمبر'],
 ['يناير','فبراير','مارس','أبريل','ماي','يونيو','يوليوز','غشت','شتنبر','أكتوبر','نونبر','دجنبر'],
 ['جانفي','فيفري','مارس','أفريل','ماي','جوان','جويلية','أوت','سبتمبر','أكتوبر','نوفمبر','ديسمبر']]:
    for i,n in enumerate(names): MONTHS[n]=i+1
mre='|'.join(sorted(MONTHS,key=len,reverse=True))
DATE=re.compile(r'(\d{1,2})\s+(?:\((\d{1,2})\)\s+)?('+mre+r')\s+(?:\((\d{1,2})\s+('+mre+r')\)\s+)?(\d{4})(?!\d)')
NUM=re.compile(r'(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)')
PAIR=re.compile(r'(\d{3,4})\s*هـ\s*[/(،]?\s*(?:الموافق\s*)?(\d{3,4})\s*م(?![\u0621-\u064A])')
RANGE=re.compile(r'(\d{3,4})\s*[–-]\s*(\d{3,4})\s*هـ\s*/\s*(\d{3,4})\s*[–-]\s*(\d{3,4})\s*م')
WDS=['الاثنين','الثلاثاء','الأربعاء','الخميس','الجمعة','السبت','الأحد']
def valid(y,m,d):
    try: datetime.date(y,m,d); return True
    except ValueError: return False
errs=[]
for i,c in enumerate(CASES):
    t=c['text']; tag=f"#{i} {c['rule']} {t[:40]}"
    for chk in c['v']:
        k=chk[0]
        if k=='pair':
            r=robust_overlap(chk[1],chk[2]); 
            if r!=chk[3]: errs.append((tag,chk,r))
        elif k=='wd':
            r=wd(g2jd(chk[1],chk[2],chk[3]))==chk[4]
            if r!=chk[5]: errs.append((tag,chk,wd(g2jd(*chk[1:4]))))
        elif k=='os':
            r=jd2g(j2jd(*chk[1:4]))==tuple(chk[4:7])
            if r!=chk[7]: errs.append((tag,chk,jd2g(j2jd(*chk[1:4]))))
        elif k=='hday':
            h=h2jd(*chk[1:4]); f=j2jd if chk[4]=='j' else g2jd; g=f(*chk[5:8])
            if abs(h-g)>2: errs.append((tag,chk,h-g))
        elif k=='hm':
            a=h2jd(chk[1],chk[2],1); b=h2jd(chk[1],chk[2]+1,1)-1 if chk[2]<12 else h2jd(chk[1]+1,1,1)-1
            ms={jd2g(x)[:2] for x in range(a,b+1)}
            if (chk[3],chk[4]) not in ms: errs.append((tag,chk,ms))
        elif k=='valid':
            if valid(*chk[1:4])!=chk[4]: errs.append((tag,chk))
    # automatic scans
    bad=0
    for m in DATE.finditer(t):
        d=int(m.group(1)); mo=MONTHS[m.group(3)]; y=int(m.group(6))
        ok=valid(y,mo,d) or any(ch[0]=='os' and ch[1:4]==(y,mo,d) for ch in c['v'])
        if m.group(2) and not any(ch[0]=='os' for ch in c['v']): errs.append((tag,'OS pair without check',m.group(0)))
        if m.group(4) and not any(ch[0]=='os' for ch in c['v']): errs.append((tag,'OS pair without check',m.group(0)))
        if not ok: bad+=1
    for m in NUM.finditer(t):
        if not valid(int(m.group(3)),int(m.group(2)),int(m.group(1))): bad+=1
    exp_bad = 1 if c['rule']=='impossible-date' else 0
    if bad!=exp_bad: errs.append((tag,'invalid dates',bad))
    mis=0; npairs=0
    for m in PAIR.finditer(t):
        npairs+=1; r=robust_overlap(int(m.group(1)),int(m.group(2)))
        if r is None: errs.append((tag,'borderline pair',m.group(0)))
        if r is False: mis+=1
    for m in RANGE.finditer(t):
        for h,g in [(m.group(1),m.group(3)),(m.group(2),m.group(4))]:
            npairs+=1; r=robust_overlap(int(h),int(g))
            if r is None: errs.append((tag,'borderline pair',h,g))
            if r is False: mis+=1
    if 'هـ' in t and re.search(r'\d\s*م\b',t) and npairs==0 and not any(ch[0] in('pair','hday','hm') for ch in c['v']):
        errs.append((tag,'hijri+greg but no pair parsed'))
    if c['rule']=='calendar-equivalence':
        found={(int(m.group(1)),int(m.group(2))) for m in PAIR.finditer(t)}
        mis+=sum(1 for ch in c['v'] if ch[0]=='pair' and not ch[3] and (ch[1],ch[2]) not in found and str(ch[2]) in t)
        osbad=sum(1 for ch in c['v'] if ch[0]=='os' and not ch[7])
        if mis+osbad!=1: errs.append((tag,'calendar mismatch count',mis,osbad))
    else:
        if mis: errs.append((tag,'mismatched pair in non-calendar case',mis))
        if any(ch[0]=='os' and not ch[7] for ch in c['v']): errs.append((tag,'bad OS in non-calendar case'))
    for w in WDS:
        if re.search(r'(?<![\u0600-\u06FF])'+w+r'(?![\u0600-\u06FF])',t) and not any(ch[0]=='wd' and ch[4]==w for ch in c['v']):
            errs.append((tag,'weekday without check',w))
    wbad=sum(1 for ch in c['v'] if ch[0]=='wd' and not ch[5])
    if (c['rule']=='weekday-mismatch')!=(wbad==1): errs.append((tag,'weekday count',wbad))
for e in errs: print(e)
print('errors',len(errs))
if errs: raise SystemExit(1)
# output
AI=str.maketrans('0123456789','٠١٢٣٤٥٦٧٨٩')
rnd=random.Random(20261205)
order=list(range(len(CASES))); rnd.shuffle(order)
out=[]
for n,i in enumerate(order,1):
    c=CASES[i]; t=c['text'].translate(AI) if c['ai'] else c['text']
    out.append({"id":f"hy-{n:03d}","expect":[] if c['rule'] is None else [{"rule":c['rule']}],"text":t,"note":c['note'],"style":c['style']})
with open('/work/heldout2/flags-heldout2.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(out)); print(Counter(c['rule'] for c in CASES)); print(Counter(c['style'] for c in CASES))
print(Counter((c['style'],'ok' if c['rule'] is None else 'flag') for c in CASES))
print(sum(c['ai'] for c in CASES))
