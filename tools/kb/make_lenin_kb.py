"""Writes data/kb/lenin.json: a small knowledge base in Wikidata's dump shape for the people, places,
congresses and events of the shared article corpus/lenin-web-article.ar.txt. Facts are public
(birth/death dates, places, congresses); Gregorian dates unless marked Julian. Real Wikidata ids are used
for classes and a few well-known items; every other item has a local id above Q90000000.
Run: python3 tools/kb/make_lenin_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import Entity, write_dump, time_snak, item_snak, JUL  # noqa: E402

HUMAN, MALE, FEMALE = "Q5", "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, HIST_COUNTRY, REGION = "Q515", "Q532", "Q6256", "Q3024240", "Q82794"
UNIVERSITY, PARTY, MEETING, TREATY, REVOLUTION, WAR, OCCURRENCE, INTL = "Q3918", "Q7278", "Q2761147", "Q131569", "Q10931", "Q198", "Q1190554", "Q484652"

L = {}
n = [90000100]


def local():
    n[0] += 1
    return f"Q{n[0]}"


def add(key, e):
    L[key] = e
    return e


def person(key, qid, ar, en, ar_aliases=(), en_aliases=(), sex=MALE, desc=None):
    e = add(key, Entity(qid or local(), ar, en, ar_aliases, en_aliases, en_desc=desc))
    e.item("P31", HUMAN).item("P21", sex)
    return e


def place(key, qid, ar, en, ar_aliases=(), en_aliases=(), cls=CITY):
    e = add(key, Entity(qid or local(), ar, en, ar_aliases, en_aliases))
    e.item("P31", cls)
    return e


# ---- places ----
russia = place("russia", "Q159", "روسيا", "Russia", ["روسيا الاتحادية"], cls=COUNTRY)
empire = place("empire", "Q34266", "الإمبراطورية الروسية", "Russian Empire", ["روسيا القيصرية"], cls=HIST_COUNTRY)
empire.time("P571", "1721-11-02").time("P576", "1917-09-14")
ussr = place("ussr", "Q15180", "الاتحاد السوفيتي", "Soviet Union", ["الاتحاد السوفياتي", "اتحاد الجمهوريات الاشتراكية السوفيتية"], ["USSR"], cls=HIST_COUNTRY)
ussr.time("P571", "1922-12-30").time("P576", "1991-12-26")
rsfsr = place("rsfsr", None, "جمهورية روسيا الاتحادية الاشتراكية السوفيتية", "Russian Soviet Federative Socialist Republic", ["روسيا السوفيتية"], ["Soviet Russia", "RSFSR"], cls=HIST_COUNTRY)
rsfsr.time("P571", "1917-11-07").time("P576", "1991-12-25")
simbirsk = place("simbirsk", None, "أوليانوفسك", "Ulyanovsk", ["سيمبيرسك", "سيمبرسك"], ["Simbirsk"])
moscow = place("moscow", "Q649", "موسكو", "Moscow")
spb = place("spb", "Q656", "سانت بطرسبرغ", "Saint Petersburg", ["بطرسبرغ", "بتروغراد", "لينينغراد", "سان بطرسبورغ"], ["Petrograd", "Leningrad", "St. Petersburg"])
kazan = place("kazan", "Q900", "قازان", "Kazan", ["كازان"])
samara = place("samara", None, "سامارا", "Samara", ["سمارة", "كويبيشيف"])
penza = place("penza", None, "بينزا", "Penza")
gorki = place("gorki", None, "غوركي لينينسكي", "Gorki Leninskiye", ["غوركي"], ["Gorki"], cls=VILLAGE)
kokushkino = place("kokushkino", None, "كوكوشكينو", "Kokushkino", cls=VILLAGE)
shushenskoye = place("shush", None, "شوشنسكوي", "Shushenskoye", ["شوشينسكوي"], cls=VILLAGE)
shlisselburg = place("shlis", None, "شليسلبورغ", "Shlisselburg")
for p in (simbirsk, moscow, spb, kazan, samara, penza, gorki, kokushkino, shushenskoye, shlisselburg):
    p.item("P17", russia.qid)
london = place("london", "Q84", "لندن", "London")
paris = place("paris", "Q90", "باريس", "Paris")
stockholm = place("stockholm", "Q1754", "ستوكهولم", "Stockholm")
copenhagen = place("copenhagen", "Q1748", "كوبنهاغن", "Copenhagen", ["كوبنهاجن"])
brussels = place("brussels", "Q239", "بروكسل", "Brussels")
bern = place("bern", "Q70", "برن", "Bern")
zurich = place("zurich", "Q72", "زيورخ", "Zürich", ["زوريخ"], ["Zurich"])
geneva = place("geneva", "Q71", "جنيف", "Geneva")
stuttgart = place("stuttgart", "Q1022", "شتوتغارت", "Stuttgart", ["شتوتجارت"])
minsk = place("minsk", "Q2280", "مينسك", "Minsk")
brest = place("brest", None, "بريست", "Brest", ["بريست ليتوفسك", "برست"], ["Brest-Litovsk"])
switzerland = place("switzerland", "Q39", "سويسرا", "Switzerland", cls=COUNTRY)
sweden = place("sweden", "Q34", "السويد", "Sweden", cls=COUNTRY)
belgium = place("belgium", "Q31", "بلجيكا", "Belgium", cls=COUNTRY)
uk = place("uk", "Q145", "المملكة المتحدة", "United Kingdom", ["بريطانيا"], cls=COUNTRY)
france = place("france", "Q142", "فرنسا", "France", cls=COUNTRY)
germany = place("germany", "Q183", "ألمانيا", "Germany", cls=COUNTRY)
denmark = place("denmark", "Q35", "الدنمارك", "Denmark", cls=COUNTRY)
belarus = place("belarus", "Q184", "بيلاروس", "Belarus", cls=COUNTRY)
for city, country in ((london, uk), (paris, france), (stockholm, sweden), (copenhagen, denmark), (brussels, belgium), (bern, switzerland),
                      (zurich, switzerland), (geneva, switzerland), (stuttgart, germany), (minsk, belarus), (brest, belarus)):
    city.item("P17", country.qid)
finland = place("finland", "Q33", "فنلندا", "Finland", cls=COUNTRY).time("P571", "1917-12-06")
lithuania = place("lithuania", "Q37", "ليتوانيا", "Lithuania", cls=COUNTRY).time("P571", "1918-02-16")
latvia = place("latvia", "Q211", "لاتفيا", "Latvia", cls=COUNTRY).time("P571", "1918-11-18")
estonia = place("estonia", "Q191", "إستونيا", "Estonia", cls=COUNTRY).time("P571", "1918-02-24")
ukraine = place("ukraine", "Q212", "أوكرانيا", "Ukraine", cls=COUNTRY).time("P571", "1991-08-24")
poland = place("poland", "Q36", "بولندا", "Poland", cls=COUNTRY)
siberia = place("siberia", "Q5764", "سيبيريا", "Siberia", cls=REGION).item("P17", russia.qid)

# ---- organizations ----
kazan_u = add("kazan_u", Entity(local(), "جامعة قازان الفيدرالية", "Kazan Federal University", ["جامعة قازان", "جامعة كازان", "جامعة قازان الإمبراطورية"], ["Kazan University", "Imperial Kazan University"]))
kazan_u.item("P31", UNIVERSITY).item("P131", kazan.qid).time("P571", "1804-11-17")
spb_u = add("spb_u", Entity(local(), "جامعة سانت بطرسبرغ الحكومية", "Saint Petersburg State University", ["جامعة سانت بطرسبرغ", "جامعة سان بطرسبورغ", "جامعة بطرسبرغ"], ["Saint Petersburg University"]))
spb_u.item("P31", UNIVERSITY).item("P131", spb.qid).time("P571", "1724-02-08")
rsdlp = add("rsdlp", Entity(local(), "حزب العمال الاشتراكي الديمقراطي الروسي", "Russian Social Democratic Labour Party", ["حزب العمال الديمقراطي الاشتراكي الروسي", "الحزب الاشتراكي الديمقراطي الروسي"], ["RSDLP"]))
rsdlp.item("P31", PARTY).time("P571", "1898-03-13").time("P576", "1912", precision=9)
bolsheviks = add("bolsheviks", Entity(local(), "البلاشفة", "Bolsheviks", ["الحزب البلشفي", "البلشفية"], ["Bolshevik Party"]))
bolsheviks.item("P31", PARTY).time("P571", "1903", precision=9).item("P361", rsdlp.qid)
mensheviks = add("mensheviks", Entity(local(), "المناشفة", "Mensheviks", ["المنشفيك"]))
mensheviks.item("P31", PARTY).time("P571", "1903", precision=9).item("P361", rsdlp.qid)
first_intl = add("first_intl", Entity(local(), "الأممية الأولى", "International Workingmen's Association", ["جمعية العمال الأممية", "رابطة الشغيلة الأممية"], ["First International"]))
first_intl.item("P31", INTL).time("P571", "1864-09-28").time("P576", "1876-07-15").item("P159", london.qid)
second_intl = add("second_intl", Entity(local(), "الأممية الثانية", "Second International", ["الأممية الاشتراكية الثانية"]))
second_intl.item("P31", INTL).time("P571", "1889-07-14").time("P576", "1916", precision=9)
comintern = add("comintern", Entity(local(), "الأممية الشيوعية", "Communist International", ["الكومنترن", "الأممية الثالثة"], ["Comintern", "Third International"]))
comintern.item("P31", INTL).time("P571", "1919-03-02").time("P576", "1943-05-15").item("P159", moscow.qid)

# ---- congresses and events ----
def event(key, ar, en, ar_aliases=(), en_aliases=(), cls=MEETING):
    e = add(key, Entity(local(), ar, en, ar_aliases, en_aliases))
    e.item("P31", cls)
    return e


c1 = event("c1", "المؤتمر الأول لحزب العمال الاشتراكي الديمقراطي الروسي", "1st Congress of the RSDLP", ["مؤتمر مينسك"])
c1.time("P580", "1898-03-13", qualifiers=[time_snak("P582", "1898-03-15")]).item("P276", minsk.qid).item("P361", rsdlp.qid)
c2 = event("c2", "المؤتمر الثاني لحزب العمال الاشتراكي الديمقراطي الروسي", "2nd Congress of the RSDLP", ["المؤتمر الثاني"])
c2.time("P580", "1903-07-30", qualifiers=[time_snak("P582", "1903-08-23")]).item("P276", brussels.qid).item("P276", london.qid).item("P361", rsdlp.qid)
c3 = event("c3", "المؤتمر الثالث لحزب العمال الاشتراكي الديمقراطي الروسي", "3rd Congress of the RSDLP", ["المؤتمر الثالث"])
c3.time("P580", "1905-04-25", qualifiers=[time_snak("P582", "1905-05-10")]).item("P276", london.qid).item("P361", rsdlp.qid)
c4 = event("c4", "المؤتمر الرابع لحزب العمال الاشتراكي الديمقراطي الروسي", "4th Congress of the RSDLP", ["المؤتمر الرابع", "مؤتمر التوحيد", "مؤتمر ستوكهولم"], ["Unification Congress"])
c4.time("P580", "1906-04-23", qualifiers=[time_snak("P582", "1906-05-08")]).item("P276", stockholm.qid).item("P361", rsdlp.qid)
c5 = event("c5", "المؤتمر الخامس لحزب العمال الاشتراكي الديمقراطي الروسي", "5th Congress of the RSDLP", ["المؤتمر الخامس", "مؤتمر لندن"], ["London Congress"])
c5.time("P580", "1907-05-13", qualifiers=[time_snak("P582", "1907-06-01")]).item("P276", london.qid).item("P361", rsdlp.qid)
c6 = event("c6", "المؤتمر السادس لحزب العمال الاشتراكي الديمقراطي الروسي", "6th Congress of the RSDLP(b)", ["المؤتمر السادس"])
c6.time("P580", "1917-08-08", qualifiers=[time_snak("P582", "1917-08-16")]).item("P276", spb.qid).item("P361", rsdlp.qid)
conf5 = event("conf5", "الكونفرانس الخامس لحزب العمال الاشتراكي الديمقراطي الروسي", "5th Conference of the RSDLP", ["كونفرانس باريس"])
conf5.time("P580", "1909-01-03", qualifiers=[time_snak("P582", "1909-01-09")]).item("P276", paris.qid).item("P361", rsdlp.qid)
stuttgart_c = event("stuttgart_c", "مؤتمر شتوتغارت الاشتراكي الدولي", "International Socialist Congress, Stuttgart 1907", ["مؤتمر شتوتغارت"], ["Stuttgart Congress"])
stuttgart_c.time("P580", "1907-08-18", qualifiers=[time_snak("P582", "1907-08-24")]).item("P276", stuttgart.qid).item("P361", second_intl.qid)
copenhagen_c = event("copenhagen_c", "مؤتمر كوبنهاغن الاشتراكي الدولي", "International Socialist Congress, Copenhagen 1910", ["مؤتمر كوبنهاغن"])
copenhagen_c.time("P580", "1910-08-28", qualifiers=[time_snak("P582", "1910-09-03")]).item("P276", copenhagen.qid).item("P361", second_intl.qid)
brest_t = event("brest_t", "معاهدة بريست ليتوفسك", "Treaty of Brest-Litovsk", ["معاهدة برست ليتوفسك", "صلح بريست ليتوفسك"], cls=TREATY)
brest_t.time("P585", "1918-03-03").item("P276", brest.qid)
feb_rev = event("feb_rev", "ثورة فبراير", "February Revolution", ["ثورة فبراير 1917"], cls=REVOLUTION)
feb_rev.time("P580", "1917-03-08", qualifiers=[time_snak("P582", "1917-03-16")]).item("P276", spb.qid)
oct_rev = event("oct_rev", "ثورة أكتوبر", "October Revolution", ["ثورة أكتوبر 1917", "الثورة البلشفية"], cls=REVOLUTION)
oct_rev.time("P585", "1917-11-07").item("P276", spb.qid)
rev1905 = event("rev1905", "الثورة الروسية 1905", "Russian Revolution of 1905", ["ثورة 1905"], cls=REVOLUTION)
rev1905.time("P580", "1905-01-22", qualifiers=[time_snak("P582", "1907-06-16")])
bloody = event("bloody", "الأحد الدامي", "Bloody Sunday (1905)", ["الأحد الدموي"], cls=OCCURRENCE)
bloody.time("P585", "1905-01-22").item("P276", spb.qid)
civil_war = event("civil_war", "الحرب الأهلية الروسية", "Russian Civil War", cls=WAR)
civil_war.time("P580", "1917-11-07", qualifiers=[time_snak("P582", "1923-06-16")])
ww1 = add("ww1", Entity("Q361", "الحرب العالمية الأولى", "World War I", ["الحرب العظمى"], ["First World War", "Great War"]))
ww1.item("P31", WAR).time("P580", "1914-07-28", qualifiers=[time_snak("P582", "1918-11-11")])
calendar = event("calendar", "اعتماد التقويم الغريغوري في روسيا", "Adoption of the Gregorian calendar in Russia", ["تحويل روسيا إلى التقويم الغربي", "إصلاح التقويم الروسي 1918"], ["Russian calendar reform of 1918"], cls=OCCURRENCE)
calendar.time("P585", "1918-02-14").item("P17", rsfsr.qid)
paris_commune = event("commune", "كومونة باريس", "Paris Commune", ["بلدية باريس"], cls=REVOLUTION)
paris_commune.time("P580", "1871-03-18", qualifiers=[time_snak("P582", "1871-05-28")]).item("P276", paris.qid)
vsnkh = add("vsnkh", Entity(local(), "المجلس الأعلى للاقتصاد الوطني", "Supreme Soviet of the National Economy", ["المجلس الاقتصادي الأعلى"], ["VSNKh"]))
vsnkh.item("P31", "Q327333").time("P571", "1917-12-15").time("P576", "1932-01-05")

# ---- positions ----
sovnarkom_rsfsr = add("pos1", Entity(local(), "رئيس مجلس مفوضي الشعب لجمهورية روسيا السوفيتية", "Chairman of the Council of People's Commissars of the RSFSR", ["رئيس حكومة روسيا السوفيتية"]))
sovnarkom_rsfsr.item("P31", "Q4164871")
sovnarkom_ussr = add("pos2", Entity(local(), "رئيس مجلس مفوضي الشعب للاتحاد السوفيتي", "Chairman of the Council of People's Commissars of the Soviet Union", ["رئيس حكومة الاتحاد السوفيتي"]))
sovnarkom_ussr.item("P31", "Q4164871")

# ---- people ----
lenin = person("lenin", "Q1394", "فلاديمير لينين", "Vladimir Lenin",
               ["لينين", "فلاديمير إيليتش لينين", "فلاديمير إيليتش أوليانوف", "فلاديمير أوليانوف"], ["Lenin", "Vladimir Ilyich Ulyanov"],
               desc="Russian revolutionary and politician (1870–1924)")
lenin.arwiki = "فلاديمير لينين"
ilya = person("ilya", None, "إيليا نيكولايفيتش أوليانوف", "Ilya Nikolayevich Ulyanov", ["إيليا أوليانوف"], ["Ilya Ulyanov"])
maria_a = person("maria_a", None, "ماريا ألكسندروفنا أوليانوفا", "Maria Alexandrovna Ulyanova", ["ماريا ألكسندروفنا بلانك", "ماريا أوليانوفا"], ["Maria Alexandrovna Blank"], sex=FEMALE)
anna = person("anna", None, "آنا أوليانوفا", "Anna Ulyanova", ["آنا إيليينيتشنا أوليانوفا-يليزاروفا", "آنا يليزاروفا"], ["Anna Ulyanova-Elizarova"], sex=FEMALE)
alexander = person("alexander", None, "ألكسندر أوليانوف", "Aleksandr Ulyanov", ["ألكسندر إيليتش أوليانوف", "ساشا أوليانوف"], ["Alexander Ilyich Ulyanov"])
olga = person("olga", None, "أولغا أوليانوفا", "Olga Ulyanova", ["أولغا إيليينيتشنا أوليانوفا"], sex=FEMALE)
dmitry = person("dmitry", None, "ديمتري أوليانوف", "Dmitry Ulyanov", ["دميتري أوليانوف", "ديمتري إيليتش أوليانوف"])
maria_i = person("maria_i", None, "ماريا إيليينيتشنا أوليانوفا", "Maria Ilyinichna Ulyanova", ["ماريا أوليانوفا الصغرى"], sex=FEMALE)
krupskaya = person("krupskaya", None, "ناديجدا كروبسكايا", "Nadezhda Krupskaya", ["نادية كروبسكايا", "ناديجدا كونستانتينوفنا كروبسكايا"], ["Nadezhda Konstantinovna Krupskaya"], sex=FEMALE)
elizaveta = person("elizaveta", None, "إليزافيتا فاسيليفنا كروبسكايا", "Elizaveta Vasilyevna Krupskaya", ["إليزافيتا تيستروفا"], sex=FEMALE)
konstantin = person("konstantin", None, "كونستانتين كروبسكي", "Konstantin Krupsky", ["كونستانتين إغناتيفيتش كروبسكي"])
alex3 = person("alex3", None, "ألكسندر الثالث", "Alexander III of Russia", ["القيصر ألكسندر الثالث"])
marx = person("marx", "Q9061", "كارل ماركس", "Karl Marx", ["ماركس"])
engels = person("engels", "Q34286", "فريدريك إنجلز", "Friedrich Engels", ["إنجلز", "فريدريك أنجلز"])
plekhanov = person("plekhanov", None, "غيورغي بليخانوف", "Georgi Plekhanov", ["جورجي بليخانوف", "بليخانوف"])
trotsky = person("trotsky", "Q33391", "ليون تروتسكي", "Leon Trotsky", ["تروتسكي", "ليف تروتسكي"])
martov = person("martov", None, "يوليوس مارتوف", "Julius Martov", ["مارتوف"])
axelrod = person("axelrod", None, "بافل أكسلرود", "Pavel Axelrod", ["بافل أكسيلرود"])
lafargue = person("lafargue", None, "بول لافارج", "Paul Lafargue", ["لافارج"])
laura = person("laura", None, "لورا ماركس", "Laura Marx", sex=FEMALE)
liebknecht = person("liebknecht", None, "فيلهلم ليبكنخت", "Wilhelm Liebknecht", ["فيلهلم ليبكنشت"])
andreyeva = person("andreyeva", None, "ماريا أندرييفا", "Maria Andreyeva", sex=FEMALE)
fedoseyev = person("fedoseyev", None, "نيكولاي فيدوسييف", "Nikolai Fedoseyev", ["نيكولاي فيدوسيف"])
putin = person("putin", "Q7747", "فلاديمير بوتين", "Vladimir Putin", ["بوتين"], desc="President of Russia (born 1952)")

lenin.time("P569", "1870-04-22", rank="preferred").time("P570", "1924-01-21").item("P19", simbirsk.qid).item("P20", gorki.qid)
lenin.item("P22", ilya.qid).item("P25", maria_a.qid)
for s in (anna, alexander, olga, dmitry, maria_i):
    lenin.item("P3373", s.qid)
lenin.item("P26", krupskaya.qid, qualifiers=[time_snak("P580", "1898-07-22")])
lenin.item("P69", kazan_u.qid, qualifiers=[time_snak("P580", "1887", 9), time_snak("P582", "1887", 9)])
lenin.item("P69", spb_u.qid, qualifiers=[time_snak("P582", "1891", 9)])
lenin.item("P39", sovnarkom_rsfsr.qid, qualifiers=[time_snak("P580", "1917-11-08"), time_snak("P582", "1924-01-21")])
lenin.item("P39", sovnarkom_ussr.qid, qualifiers=[time_snak("P580", "1923-07-06"), time_snak("P582", "1924-01-21")])
lenin.item("P102", rsdlp.qid).item("P102", bolsheviks.qid).item("P27", empire.qid).item("P27", ussr.qid)
for c in (c2, c3, c4, c5, conf5, copenhagen_c, oct_rev):
    lenin.item("P1344", c.qid)

family = [anna, alexander, olga, dmitry, maria_i]
ilya.time("P569", "1831-07-31").time("P570", "1886-01-24").item("P20", simbirsk.qid).item("P26", maria_a.qid)
maria_a.time("P569", "1835-03-06").time("P570", "1916-07-25").item("P20", spb.qid).item("P26", ilya.qid)
for parent in (ilya, maria_a):
    for child in [lenin] + family:
        parent.item("P40", child.qid)
for s, born, died, where in ((anna, "1864-08-26", "1935-10-19", moscow), (alexander, "1866-04-12", "1887-05-20", shlisselburg),
                              (olga, "1871-11-16", "1891-05-20", spb), (dmitry, "1874-08-16", "1943-07-16", None), (maria_i, "1878-02-18", "1937-06-12", moscow)):
    s.time("P569", born).time("P570", died).item("P19", simbirsk.qid).item("P22", ilya.qid).item("P25", maria_a.qid)
    if where is not None:
        s.item("P20", where.qid)
    s.item("P3373", lenin.qid)
    for o in family:
        if o is not s:
            s.item("P3373", o.qid)
alexander.item("P69", spb_u.qid)
olga.item("P69", spb_u.qid)
krupskaya.time("P569", "1869-02-26").time("P570", "1939-02-27").item("P19", spb.qid).item("P20", moscow.qid)
krupskaya.item("P26", lenin.qid, qualifiers=[time_snak("P580", "1898-07-22")]).item("P25", elizaveta.qid).item("P22", konstantin.qid)
elizaveta.time("P569", "1842", 9).time("P570", "1915-03-20").item("P20", bern.qid).item("P40", krupskaya.qid).item("P26", konstantin.qid)
konstantin.time("P569", "1838", 9).time("P570", "1883", 9).item("P40", krupskaya.qid).item("P26", elizaveta.qid)
alex3.time("P569", "1845-03-10").time("P570", "1894-11-01")
marx.time("P569", "1818-05-05").time("P570", "1883-03-14").item("P20", london.qid)
engels.time("P569", "1820-11-28").time("P570", "1895-08-05").item("P20", london.qid)
plekhanov.time("P569", "1856-12-11").time("P570", "1918-05-30")
trotsky.time("P569", "1879-11-07").time("P570", "1940-08-21")
martov.time("P569", "1873-11-24").time("P570", "1923-04-04")
axelrod.time("P569", "1850-08-25").time("P570", "1928-04-16")
lafargue.time("P569", "1842-01-15").time("P570", "1911-11-26").item("P26", laura.qid)
laura.time("P569", "1845-09-26").time("P570", "1911-11-26").item("P26", lafargue.qid).item("P22", marx.qid)
marx.item("P40", laura.qid)
liebknecht.time("P569", "1826-03-29").time("P570", "1900-08-07")
andreyeva.time("P569", "1868-07-04").time("P570", "1953-12-08")
fedoseyev.time("P569", "1871-05-09").time("P570", "1898-06-22")
putin.time("P569", "1952-10-07").item("P19", spb.qid)

out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "lenin.json")
write_dump(out, list(L.values()))
print(f"{len(L)} entities -> {os.path.normpath(out)}")
