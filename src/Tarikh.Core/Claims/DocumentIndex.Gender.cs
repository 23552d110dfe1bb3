using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Gender agreement (issue 12, round 11): the gender the words at a trigger give its subject ("وُلدت"، "توفيت"، "وفاتها" feminine;
/// "وُلد"، "توفي"، "وفاته" masculine) and the gender the text gives a person (a kinship word, a title or a life verb right before his
/// name). The implicit-subject decision uses it to choose between candidates and never gives a feminine verb's act to a man.
/// </summary>
public sealed partial class DocumentIndex
{
    private static readonly FrozenWords FeminineActVerbs = new(
        "ولدت", "توفيت", "ماتت", "رحلت", "نشأت", "تزوجت", "عينت", "درست", "تخرجت", "هاجرت", "عاشت", "دفنت", "قضت", "تولت", "عملت", "اشتغلت", "انتقلت");

    private static readonly FrozenWords MasculineActVerbs = new(
        "ولد", "توفي", "مات", "رحل", "نشأ", "تزوج", "عين", "درس", "تخرج", "هاجر", "عاش", "دفن", "قضى", "تولى", "عمل", "اشتغل", "انتقل");

    /// <summary>Titles and descriptions that make the person named after them a woman.</summary>
    private static readonly FrozenWords FeminineTitles = new(
        "السيدة", "الطبيبة", "الشاعرة", "الكاتبة", "الأميرة", "الملكة", "الفنانة", "المعلمة", "الصحفية", "الباحثة", "الأديبة", "المناضلة",
        "الناشطة", "الراحلة", "الفقيدة", "المرحومة", "الدكتورة", "الأستاذة", "الممثلة", "المغنية", "الروائية", "الحاجة", "المربية", "السلطانة",
        "القاصة", "المؤرخة", "المحامية", "المهندسة", "الرسامة", "المترجمة", "الملحنة", "المخرجة", "الوزيرة", "الرئيسة");

    /// <summary>Titles and descriptions that make the person named after them a man.</summary>
    private static readonly FrozenWords MasculineTitles = new(
        "السيد", "الطبيب", "الشاعر", "الكاتب", "الأمير", "الملك", "الفنان", "المعلم", "الصحفي", "الباحث", "الأديب", "الشيخ", "القاضي",
        "الدكتور", "الأستاذ", "الخديوي", "السلطان", "الإمام", "الفقيه", "المترجم", "الراحل", "الفقيد", "المرحوم", "الحاج", "المدرب",
        "المخرج", "الموسيقار", "الجنرال", "الملا", "المؤرخ", "الوزير", "الرئيس", "القائد", "المربي", "الخليفة", "العلامة", "الرحالة",
        "الروائي", "القاص", "الممثل", "المغني", "الناشط", "المناضل", "المحامي", "المهندس", "الرسام", "الملحن");

    /// <summary>
    /// The gender the words at a trigger give its subject: true for a feminine verb or a ـها possessive ("وُلدت"، "وفاتها"), false for a
    /// masculine verb or a ـه possessive ("توفي"، "مولده"), null when the word does not say.
    /// </summary>
    public bool? TriggerGender(int trigger)
    {
        if (trigger < 0 || trigger >= Tokens.Length)
        {
            return null;
        }

        if (VerbGender(trigger) is { } g)
        {
            return g;
        }

        return HasPossessivePronoun(trigger) ? PossessiveIsFeminine(trigger) : null;
    }

    /// <summary>
    /// The gender the text gives a person: a kinship word before a mention ("ابنته نجلاء"، "أخوه أحمد") or a title in or before it
    /// ("الطبيبة سعاد"، "الخديوي توفيق"); a verb before a name is not asked (its object: "تزوجت دييغو ريفيرا"). Null when none says
    /// it, when mentions disagree, and for the anonymous subject.
    /// </summary>
    public bool? PersonGender(int cluster)
    {
        // Read once per cluster (issue #18): every trigger asks it, and a cluster's mentions grow with the document.
        var cached = cluster >= 0 && cluster < _clusterMentionStart.Length - 1 ? (_personGender ??= new sbyte[_clusterMentionStart.Length - 1]) : null;
        if (cached is not null && cached[cluster] != 0)
        {
            return cached[cluster] switch { 1 => null, 2 => false, _ => true };
        }

        var gender = ReadPersonGender(cluster);
        if (cached is not null)
        {
            cached[cluster] = (sbyte)(gender switch { null => 1, false => 2, true => 3 });
        }

        return gender;
    }

    /// <summary>The gender the mentions of a person cluster give (see <see cref="PersonGender"/>), read from them.</summary>
    private bool? ReadPersonGender(int cluster)
    {
        if (IsAnonymous(cluster) || LabelOf(cluster) != Entities.EntityLabels.Person)
        {
            return null;
        }

        // Every mention votes; a cluster the text gives both genders (a relative joined to the person by a shared family name:
        // "فريدا كالو" and "أبوها غييرمو كالو") has no known gender.
        bool? gender = null;
        foreach (var m in MentionsOf(cluster))
        {
            var first = FirstTokenOf(Document.Entities[m].Span);
            if (first >= Tokens.Length)
            {
                continue;
            }

            var said = KinGenderBefore(first) ?? TitleGender(first);
            for (var k = first - 1; said is null && k >= Math.Max(0, first - 2) && Tokens[k].Sentence == Tokens[first].Sentence && Tokens[k].Kind != TokenKind.Punctuation; k--)
            {
                said = TitleGender(k);
            }

            said ??= VerbBeforeGender(first);

            if (said is { } g)
            {
                if (gender is { } before && before != g)
                {
                    return null;
                }

                gender = g;
            }
        }

        return gender;
    }

    /// <summary>False when a known gender of the person contradicts the gender the trigger's words give (a feminine verb for a man).</summary>
    public bool GenderAgrees(int cluster, int trigger)
        => !(PersonGender(cluster) is { } p && TriggerGender(trigger) is { } t && p != t);

    private bool? TitleGender(int token)
    {
        var t = Tokens[token];
        if (FeminineTitles.Contains(t.Norm) || FeminineTitles.Contains(t.Base))
        {
            return true;
        }

        return MasculineTitles.Contains(t.Norm) || MasculineTitles.Contains(t.Base) ? false : null;
    }

    /// <summary>Life verbs that take no object: the name after them is their subject ("وُلد الرسام كلود"، "توفيت الشاعرة").</summary>
    private static readonly FrozenWords LifeVerbs = new("ولد", "ولدت", "توفي", "توفيت", "مات", "ماتت", "نشأ", "نشأت");

    /// <summary>A man's or a woman's marriage verb: its object is the other ("تزوج كامي": a woman; "تزوجت دييغو": a man).</summary>
    private static readonly FrozenWords MarriageVerbs = new("تزوج", "تزوجت");

    /// <summary>
    /// The gender a verb right before a mention gives it, over at most two definite words (titles, adjectives: "وُلد الرسام الفرنسي
    /// كلود"): a life verb its subject's own (ولد → a man), a marriage verb the other's (تزوج → a woman, its object). Null otherwise.
    /// </summary>
    private bool? VerbBeforeGender(int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 3 && Tokens[k].Sentence == Tokens[first].Sentence && Tokens[k].Kind == TokenKind.Arabic && MentionAtToken(k) < 0; k--)
        {
            var t = Tokens[k];
            var bare = t.Norm.Length > 3 && t.Norm[0] is 'و' or 'ف' ? t.Norm[1..] : t.Norm;
            if ((LifeVerbs.Contains(t.Norm) || LifeVerbs.Contains(bare)) && VerbGender(k) is { } life)
            {
                return life;
            }

            if ((MarriageVerbs.Contains(t.Norm) || MarriageVerbs.Contains(bare)) && VerbGender(k) is { } married)
            {
                return !married;
            }

            if (!t.Norm.StartsWith("ال", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }

    private bool? VerbGender(int token)
    {
        var t = Tokens[token];
        foreach (var w in (ReadOnlySpan<string>)[t.Norm, t.Base, t.Norm.Length > 3 && t.Norm[0] is 'و' or 'ف' ? t.Norm[1..] : t.Norm])
        {
            if (FeminineActVerbs.Contains(w))
            {
                return true;
            }

            if (MasculineActVerbs.Contains(w))
            {
                return false;
            }
        }

        return null;
    }
}
