using System.Collections.Frozen;
using Tarikh.Core.Claims;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// Round 21 (issue-21a): an adult role's act at a child's age. A subject act (a verb read by its order, <see
/// cref="ClaimExtractor.SubjectAct"/>) is weighed against the birth only when its clause says which role it needs: officiating a
/// marriage or a sacrament (a priest's, a qadi's, a notary's), judging a case or refereeing a match, commanding a unit, playing in
/// a league or a national side, signing as a witness. A prodigy who recites, memorizes, sings or writes a poem needs no role, and
/// is never weighed here; an heir's title is an office the ruler check already leaves alone.
/// </summary>
public sealed partial class LifespanRule
{
    /// <summary>Normalized, without the article.</summary>
    private static FrozenSet<string> Words(params string[] words)
        => words.Select(w => ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The verbs of a role whose object tells the role (normalized, without و/ف): "عقد زواج فلان" (officiated), "ترأس القداس"، "أقام القداس" (celebrated Mass), "حكم بين الخصمين"، "حكم المباراة"، "أدار المباراة"، "قاد الكتيبة"، "لعب في الدوري"،
    /// "وقف في مرمى"، "حرس المرمى"، "وقّع شاهداً".
    /// </summary>
    private static readonly FrozenSet<string> RoleVerbs = Words("عقد", "ترأس", "أقام", "قدس", "كلل", "حكم", "أدار", "قاد", "لعب", "وقف", "حرس", "وقع", "شهد");

    /// <summary>A marriage officiated or a sacrament celebrated: the object right after the verb (no possessive: "عقد زواجه" is his own).</summary>
    private static readonly FrozenSet<string> Sacraments = Words("زواج", "قران", "زفاف", "قداس", "القداس", "الذبيحة", "الإكليل", "إكليل", "المعمودية", "معمودية");

    /// <summary>What a judge or a referee decides: "حكم بين الخصمين"، "حكم المباراة"، "أدار مباراة الديربي".</summary>
    private static readonly FrozenSet<string> Judged = Words("بين", "مباراة", "المباراة", "مباراه", "القضية", "قضية", "الدعوى", "دعوى", "النزاع");

    /// <summary>A unit commanded: "قاد الكتيبة"، "قاد كتيبته"، "قاد السرب".</summary>
    private static readonly FrozenSet<string> Units = Words("كتيبة", "الكتيبة", "كتيبته", "السرب", "سرب", "سربه", "الفوج", "فوج", "فوجه", "الجيش", "جيشا", "جيشه", "الحملة", "حملة", "الفيلق", "فيلق", "اللواء", "السرية", "سرية", "سريته", "الهجوم", "هجوم", "المعركة");

    /// <summary>A senior side: "لعب في الدوري"، "لعب للمنتخب"، "وقف في مرمى النادي"، "حرس المرمى".</summary>
    private static readonly FrozenSet<string> SeniorSides = Words("الدوري", "دوري", "المنتخب", "منتخب", "للمنتخب", "لمنتخب", "مرمى", "المرمى");

    /// <summary>
    /// The youngest age a subject act's role allows, or 0 when its clause names no role (<see cref="RoleVerbs"/> with their objects):
    /// officiating, judging, witnessing: <see cref="ChecksOptions.MinOfficeAge"/> (a priest, a qadi, a notary, a referee hold a post
    /// no child holds; 12 is the office floor); commanding a unit: <see cref="ChecksOptions.MinCommandAge"/>; a senior side: <see
    /// cref="MinSportAge"/>.
    /// </summary>
    internal static int RoleFloor(Claim act, CheckContext ctx)
    {
        if (act.Spans.IsDefaultOrEmpty)
        {
            return 0;
        }

        var verb = VerbOf(ctx, act);
        if (verb < 0 || verb >= ctx.Tokens.Length || !RoleVerbs.Contains(ctx.Tokens[verb].Base))
        {
            return 0;
        }

        var (_, ce) = ctx.ClauseOf(verb);
        var v = ctx.Tokens[verb].Base;
        // The object: the first word after the verb that is neither the doer's reflexive ("بنفسه") nor the name the act is told of.
        for (var k = verb + 1; k < Math.Min(ce, verb + 8); k++)
        {
            var t = ctx.Tokens[k];
            var word = t.Norm;
            if (word is "بنفسه" or "بنفسها" or "بذاته" or "شخصيا" || t.Kind != Segmentation.TokenKind.Arabic
                || (ctx.Index.MentionAtToken(k) is var m and >= 0 && ctx.Document.Entities[m].Label == Entities.EntityLabels.Person))
            {
                continue;
            }

            var bare = t.Base.StartsWith("ال", StringComparison.Ordinal) ? t.Base[2..] : t.Base;
            var next = k + 1 < ce ? ctx.Tokens[k + 1].Base : "";
            return v switch
            {
                "عقد" or "كلل" when Sacraments.Contains(word) || Sacraments.Contains(bare) => ctx.Options.MinOfficeAge,
                "تراس" or "اقام" or "قدس" when bare is "قداس" or "قداسا" => ctx.Options.MinOfficeAge,
                "حكم" or "ادار" when Judged.Contains(word) || Judged.Contains(bare) => ctx.Options.MinOfficeAge,
                "وقع" or "شهد" when word is "شاهدا" || (v == "شهد" && word == "علي" && next is "عقد" or "حجه" or "وثيقه") => ctx.Options.MinOfficeAge,
                "قاد" when Units.Contains(word) || Units.Contains(bare) => ctx.Options.MinCommandAge,
                "لعب" or "وقف" or "حرس" when SeniorSides.Contains(word) || SeniorSides.Contains(bare) || (word == "في" && SeniorSides.Contains(next)) => MinSportAge,
                _ => 0,
            };
        }

        return 0;
    }

    /// <summary>
    /// The token of an act's verb: its event's trigger, else the span whose text is the act's value (a subject act's verb), else its
    /// first span (a claim's spans are sorted by position, so the first may be a date written before the verb).
    /// </summary>
    internal static int VerbOf(CheckContext ctx, Claim act)
    {
        if (act.Event is { } e && e >= 0 && e < ctx.Document.Events.Length)
        {
            return ctx.FirstToken(ctx.Document.Events[e].Trigger);
        }

        foreach (var s in act.Spans)
        {
            if (act.Value.Kind == ClaimValueKind.Text && ctx.Text(s) == act.Value.Text)
            {
                return ctx.FirstToken(s);
            }
        }

        return act.Spans.IsDefaultOrEmpty ? -1 : ctx.FirstToken(act.Spans[0]);
    }

    /// <summary>
    /// The titles of a post given by an appointment that no ruler holds (normalized, accusative): a commander, a judge, a director,
    /// a teacher, a mufti, a preacher, a clerk, a minister, an envoy. "عُيّن قائداً لناحية في الولاية الأولى": the ruler's word after the
    /// title ("الولاية"، "إمارة") is the place of the post, not the post (round 21, issue-21a).
    /// </summary>
    private static readonly FrozenSet<string> PostTitles = Words("قائدا", "قاضيا", "مديرا", "مدرسا", "مفتيا", "خطيبا", "كاتبا", "ناظرا", "وزيرا", "سفيرا", "قنصلا", "ضابطا", "عميدا", "نقيبا", "أستاذا", "معلما", "رئيسا", "مستشارا", "محتسبا");

    /// <summary>True when a post's title (<see cref="PostTitles"/>) stands in the clause after the trigger and before <paramref name="office"/>.</summary>
    private static bool PostTitleBefore(CheckContext ctx, int trigger, int office)
    {
        for (var k = trigger + 1; k < office; k++)
        {
            if (PostTitles.Contains(ctx.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }
}
