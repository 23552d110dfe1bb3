"""Neutral closing sentences (no dates, no names) added to every other one-sentence text, so that about half the
texts have two sentences; they add no fact a checker could use."""
import re

TAILS = {
    "kuwaiti-diwaniya-recordings": ["الله يرحمهم، كانت أيام صعبة.", "هذا اللي أذكره والله أعلم.", "والشباب اليوم ما يعرفون هالسوالف.", "وكان البحر هو رزقنا كله."],
    "abbasid-adab-anecdotes": ["قال: وكان ذلك من عجائب ما رأيت.", "والله أعلم بالصواب.", "فاستحسن الناس ذلك منه.", "قال: فما رأيت مجلسا أطيب منه."],
    "arab-aviation-history": ["وتحتفظ مكتبة القوات الجوية بصور من تلك المرحلة.", "وقد تناولت الصحف الخبر في حينه.", "وما زالت هذه الحادثة تروى في نوادي الطيارين.", "وهو فصل مهم من تاريخ الطيران العربي."],
    "algerian-revolution-register": ["المصدر: أرشيف المنظمة الوطنية للمجاهدين.", "رحم الله الشهداء.", "ترد سيرته في سجلات الولاية.", "وقد شهد بذلك رفاقه في السلاح."],
    "coptic-church-chronicle": ["بركة صلواته تكون معنا.", "وتحفظ مخطوطات الدير ذكر ذلك.", "وكان محبوبا من الشعب والرهبان.", "ويذكر السنكسار سيرته باختصار."],
}


def one_sentence(text):
    return len([x for x in re.split(r"[.؟!](?=\s|$)", text) if x.strip()]) == 1


def add_tails(style, cases):
    out, k = [], 0
    for i, (rule, text, note, checks) in enumerate(cases):
        if one_sentence(text) and i % 2 == 0:
            text = text + " " + TAILS[style][k % 4]
            k += 1
        out.append((rule, text, note, checks))
    return out
