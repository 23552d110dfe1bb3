import math, datetime
def g2jd(y,m,d):
    a=(14-m)//12; y2=y+4800-a; m2=m+12*a-3
    return d+(153*m2+2)//5+365*y2+y2//4-y2//100+y2//400-32045
def j2jd(y,m,d):
    a=(14-m)//12; y2=y+4800-a; m2=m+12*a-3
    return d+(153*m2+2)//5+365*y2+y2//4-32083
def jd2g(jd):
    a=jd+32044; b=(4*a+3)//146097; c=a-146097*b//4
    d=(4*c+3)//1461; e=c-1461*d//4; m=(5*e+2)//153
    return (100*b+d-4800+m//10, m+3-12*(m//10), e-(153*m+2)//5+1)
def jd2j(jd):
    c=jd+32082; d=(4*c+3)//1461; e=c-1461*d//4; m=(5*e+2)//153
    return (d-4800+m//10, m+3-12*(m//10), e-(153*m+2)//5+1)
def h2jd(y,m,d):
    return d+math.ceil(29.5*(m-1))+(y-1)*354+(3+11*y)//30+1948440-1
def jd2h(jd):
    y=(30*(jd-1948440)+10646)//10631
    m=min(12, math.ceil((jd-(29+h2jd(y,1,1)))/29.5)+1)
    d=jd-h2jd(y,m,1)+1
    return (y,m,d)
WD=['الاثنين','الثلاثاء','الأربعاء','الخميس','الجمعة','السبت','الأحد']
def wd(jd): return WD[jd%7]
def hspan(h, julian=False):
    f=jd2j if julian else jd2g
    return f(h2jd(h,1,1)), f(h2jd(h+1,1,1)-1)
def overlap(h, ce, julian=None, slack=0):
    if julian is None: julian = ce < 1583
    f=jd2j if julian else jd2g
    a=f(h2jd(h,1,1)-slack)[0]; b=f(h2jd(h+1,1,1)-1+slack)[0]
    return a<=ce<=b
def robust_overlap(h,ce,julian=None):
    # True/False only if unchanged with +-3 days slack, else None
    o=overlap(h,ce,julian); 
    if julian is None: julian = ce < 1583
    f=jd2j if julian else jd2g
    lo=[f(h2jd(h,1,1)+s)[0] for s in (-3,3)]; hi=[f(h2jd(h+1,1,1)-1+s)[0] for s in (-3,3)]
    if o and not (max(lo)<=ce<=min(hi)): return None
    if not o and (min(lo)<=ce<=max(hi)): return None
    return o
def osdiff(y,m,d):  # julian date -> days to add
    jd=j2jd(y,m,d); return jd2g(jd)
# self-test against python datetime
for y,m,d in [(1870,4,22),(2000,2,29),(1924,1,21)]:
    assert datetime.date(y,m,d).toordinal()+1721425==g2jd(y,m,d)
for jd in range(2300000,2460000,997): assert g2jd(*jd2g(jd))==jd and j2jd(*jd2j(jd))==jd and h2jd(*jd2h(jd))==jd
