using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// ordinal-series, round 18 (issue-12d): a series of any noun, not only of the listed series nouns ("الطاعون الثالث … الطاعون
/// الرابع"، "ولايته الثانية … ولايته الأولى"). The noun is written right before its ordinal, definite by the article or by an
/// owner's pronoun; the series is the noun's lemma and its owner ("ولايته" and "ولاية أخيه" are two series). Kept out: nouns
/// that rank rather than number ("المركز الأول"، "الدرجة الثانية"), people (a wife's or a son's date is what befell them, not
/// their place in the order), times ("اليوم الثالث"), "المرة" (the first time of one thing and the second of another), and an
/// ordinal that ranks in a field ("الأول في الرياضيات"، "الأول على دفعته").
/// </summary>
public sealed partial class OrdinalSeriesRule
{
    /// <summary>The head prefix of a series of a noun outside the list.</summary>
    private const string AnyNounSeries = "~";

    /// <summary>
    /// Nouns whose ordinal ranks or orders something other than events told one after another: places of a ranking, classes,
    /// grades, prizes, floors and lines; people (kin, winners, players, students, men); times and counts of times; parts of a
    /// text or a match. Normalized forms (ة written ه, ى written ي, hamzas written ا).
    /// </summary>
    private static readonly HashSet<string> NotSeries = new(
    [
        "مره", "مرات", "مركز", "مرتبه", "درجه", "طبقه", "صف", "جائزه", "ميداليه", "وسام", "فئه", "منزله", "رتبه", "مقام", "مكان", "خط",
        "طابق", "دور", "فريق", "شوط", "هدف", "ربع", "نصف", "ثلث", "قسم", "باب", "فصل", "سطر", "صفحه", "بند", "ماده", "فقره", "سؤال",
        "ابن", "بنت", "ابنه", "ولد", "زوجه", "زوج", "اخ", "اخت", "اخو", "اخي", "حفيد", "حفيده", "طفل", "مولود", "امراه", "رجل", "شخص",
        "فائز", "لاعب", "طالب", "متسابق", "مرشح", "وصيف", "بطل", "نائب", "وزير", "رئيس", "امام", "عم", "خال", "جد", "جده", "اب", "ام",
        "يوم", "ليله", "شهر", "اسبوع", "سنه", "عام", "قرن", "عقد", "الفيه", "ساعه", "دقيقه", "صباح", "مساء", "نهار", "جيل", "عصر", "عهد",
        "حرف", "كلمه", "سطر", "بيت", "شطر", "مصراع", "ركعه", "سجده", "اسم", "لقب", "سبب", "شرط", "نوع", "صنف", "وجه", "قول", "راي", "رايه",
    ], StringComparer.Ordinal);

    /// <summary>
    /// An item of a series of any noun: the token before the ordinal at <paramref name="i"/> is a noun outside the list, with the
    /// article or an owner's pronoun, in no name and no date, agreeing in gender with the ordinal, and the ordinal ranks in no
    /// field ("الأول في …"، "الأول على …"، "الأول من نوعه"). Null otherwise.
    /// </summary>
    private static Item? AnyNounItem(CheckContext ctx, int i, int value, int len, HashSet<string> heads, Dictionary<string, int?> cache)
    {
        var tk = ctx.Tokens;
        if (i < 1 || tk[i - 1].Sentence != tk[i].Sentence || tk[i - 1].Kind != TokenKind.Arabic || !HasArticle(tk[i]) || tk[i].Kind != TokenKind.Arabic
            || (ctx.MentionAtToken(i - 1) >= 0 && !AfterRegnalNumber(ctx, i - 1)) || InTimex(ctx, i - 1) || InTimex(ctx, i))
        {
            return null;
        }

        var noun = tk[i - 1];
        string lemma;
        var owner = "";
        if (HasArticle(noun))
        {
            if ((noun.Clitics & (Proclitics.Li | Proclitics.Bi | Proclitics.Ka)) != 0)
            {
                return null;
            }

            lemma = Bare(noun);
        }
        else if (OwnedNoun(ctx, noun) is { } owned)
        {
            (lemma, owner) = owned;
        }
        else
        {
            return null;
        }

        // A child numbered in a clause of births is numbered by birth order (round 19, OrdinalSeriesRule.Births.cs).
        var bornChild = Offspring.Contains(lemma) && BornChild(ctx, i - 1);
        if (lemma.Length < 3 || heads.Contains(lemma) || (NotSeries.Contains(lemma) && !bornChild) || TimeWord(lemma, cache) || (FeminineNoun(lemma) != Feminine(tk[i]) && !AlifMaqsura(ctx, noun)))
        {
            return null;
        }

        // "الأول في الرياضيات"، "الأول على دفعته"، "الأول من نوعه": a rank in a field, not a number in a series.
        var after = i + len;
        if (after < tk.Length && tk[after].Sentence == tk[i].Sentence && tk[after].Kind == TokenKind.Arabic
            && (tk[after].Norm is "علي" or "على" or "بين" || (tk[after].Norm is "في" or "من" && after + 1 < tk.Length && tk[after + 1].Sentence == tk[i].Sentence
                && tk[after + 1].Kind == TokenKind.Arabic && !InTimex(ctx, after + 1) && (HasArticle(tk[after + 1]) || tk[after + 1].Norm.StartsWith("نوع", StringComparison.Ordinal)))))
        {
            return null;
        }

        var sp = new TextSpan(tk[i - 1].Span.Start, tk[i + len - 1].Span.End);
        var head = AnyNounSeries + lemma + (owner.Length > 0 ? "+" + owner : "");
        var qualifier = Qualifier(ctx, after);
        return new Item(head, qualifier, value, sp, ctx.Text(sp), []) { After = qualifier, AnyNoun = true };
    }

    /// <summary>
    /// "البابا كيرلس السادس البطريرك السادس عشر بعد المائة": a noun with the article right after a name closed by its regnal number
    /// (an ordinal word alone) is the name's apposition, its place in a succession, even when the tagger ran the name over it (round 20).
    /// </summary>
    private static bool AfterRegnalNumber(CheckContext ctx, int noun)
    {
        var tk = ctx.Tokens;
        return noun >= 2 && HasArticle(tk[noun]) && tk[noun].Kind == TokenKind.Arabic && (tk[noun].Clitics & (Proclitics.Li | Proclitics.Bi | Proclitics.Ka | Proclitics.Wa)) == 0
            && tk[noun - 1].Sentence == tk[noun].Sentence && ctx.OrdinalAt(noun - 1, out var len) is not null && len == 1
            && tk[noun - 2].Kind == TokenKind.Arabic && !HasArticle(tk[noun - 2]) && ctx.MentionAtToken(noun - 2) >= 0;
    }

    /// <summary>
    /// The lemma and the owner's pronoun of a noun without the article that carries one ("ولايته" → ولايه، ه): the feminine ending
    /// is written ت before it. A word written with a final ة in the text is no possessed noun. The token's base is read first, then the
    /// whole word when the segmenter took a first letter for a clitic ("ولايته" read و + ل + ايته).
    /// </summary>
    private static (string Lemma, string Owner)? OwnedNoun(CheckContext ctx, Token t)
    {
        var surface = ctx.Text(t.Span);
        if (surface.EndsWith('ة') || (t.Clitics & (Proclitics.Bi | Proclitics.Ka)) != 0)
        {
            return null;
        }

        foreach (var word in (t.Clitics & Proclitics.Li) != 0 ? new[] { t.Norm } : [t.Base])
        {
            foreach (var suffix in Owners)
            {
                if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var stem = word[..^suffix.Length];
                    return (stem.EndsWith('ت') && stem.Length > 3 ? stem[..^1] + TaMarbuta : stem, suffix);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// True for a noun written with a final alif maqsura ("الذكرى"، "الدعوى" are feminine, "المنتدى"، "المبنى" masculine): normalized
    /// to ي, its gender is not written, so either ordinal agrees with it (round 19: "الذكرى الثانية … الذكرى الأولى").
    /// </summary>
    private static bool AlifMaqsura(CheckContext ctx, Token noun) => ctx.Text(noun.Span).EndsWith('ى');

    /// <summary>True for a lemma with the feminine ending (normalized ه after a letter, "ولايه"، "نسخه").</summary>
    private static bool FeminineNoun(string lemma) => lemma.EndsWith(TaMarbuta, StringComparison.Ordinal);
}
