using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// ordinal-series, round 23 (issue 12): an ordinal that names its series by a partitive "من" and a plural noun after it ("الخامس من
/// شيوخ الأزهر تولى سنة …، والسادس تولى قبله سنة …"، "الثالثة من رحلاته كانت سنة …"). The series is the noun after "من"; the
/// ordinal opens its phrase, so that a rank in a field ("الأول من نوعه"، "الثاني من الشهر") or a date ("الثالث من رجب") is no item.
/// </summary>
public sealed partial class OrdinalSeriesRule
{
    /// <summary>The head prefix of a series named by a partitive "من".</summary>
    private const string PartitiveSeries = "من:";

    /// <summary>
    /// Plural nouns of people ranked by birth or kin, and of parts of a text or a whole: their order is not one of events told by dates
    /// (a son's date is what befell him). Normalized forms.
    /// </summary>
    private static readonly HashSet<string> NotPartitive = new(
    [
        "ابناء", "ابنائه", "ابنائها", "اولاد", "اولاده", "اولادها", "بنات", "بناته", "بناتها", "اخوه", "اخوته", "اخوتها", "اخوات", "اخواته",
        "زوجات", "زوجاته", "احفاد", "احفاده", "ابنيه", "ولديه", "نوع", "نوعه", "نوعها", "الشهر", "شهر", "السنه", "العام", "القرن", "الفائزين",
        "الطلاب", "طلابه", "الطلبه", "الشعراء", "المرشحين", "اللاعبين", "الكتاب", "الحاضرين",
    ], StringComparer.Ordinal);

    /// <summary>
    /// An item "الخامس من شيوخ الأزهر": a bare ordinal with the article that opens its sentence or its phrase (after punctuation, "و",
    /// "ف", "ثم" or a form of "كان"), then "من" and a noun that is no name, no date, no number and no kin or time word. Null otherwise.
    /// </summary>
    private static Item? PartitiveItem(CheckContext ctx, int i, int value, int len)
    {
        var tk = ctx.Tokens;
        var from = i + len;
        if (!HasArticle(tk[i]) || tk[i].Kind != TokenKind.Arabic || (tk[i].Clitics & (Proclitics.Bi | Proclitics.Ka | Proclitics.Li)) != 0
            || from + 1 >= tk.Length || tk[from].Sentence != tk[i].Sentence || tk[from + 1].Sentence != tk[i].Sentence || tk[from].Norm != "من"
            || tk[from + 1].Kind != TokenKind.Arabic || tk[from + 1].IsNumber || InTimex(ctx, from + 1) || InTimex(ctx, i)
            || ctx.OrdinalAt(from + 1, out _) is not null)
        {
            return null;
        }

        var opens = i == 0 || tk[i - 1].Sentence != tk[i].Sentence || tk[i - 1].Kind == TokenKind.Punctuation || (tk[i].Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0
            || tk[i - 1].Norm is "ثم" or "و" || KanaForms.Contains(tk[i - 1].Norm);
        var noun = tk[from + 1];
        var lemma = Bare(noun);
        if (!opens || ctx.MentionAtToken(from + 1) >= 0 || lemma.Length < 3 || NotPartitive.Contains(noun.Norm) || NotPartitive.Contains(lemma)
            || NotSeries.Contains(lemma) || OfThem.Contains(noun.Norm))
        {
            return null;
        }

        // "شيوخ الأزهر" and "شيوخ الزيتونة" are two series: a noun in construct takes its owner into the series' name.
        var owner = !HasArticle(noun) && from + 2 < tk.Length && tk[from + 2].Sentence == tk[i].Sentence && tk[from + 2].Kind == TokenKind.Arabic
            && HasArticle(tk[from + 2]) && !InTimex(ctx, from + 2) ? " " + Bare(tk[from + 2]) : "";
        var sp = new TextSpan(tk[i].Span.Start, noun.Span.End);
        return new Item(PartitiveSeries + lemma + owner, null, value, sp, ctx.Text(sp), []) { AnyNoun = true };
    }
}
