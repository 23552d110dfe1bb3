using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// The anachronism rule's reading of a listed ruler (round 19, issue-19e): a ruler's name after a noun of a building, a place or
/// a foundation names the foundation after him ("مسجد السلطان حسن"، "جامعة الملك سعود"، "شارع الرئيس بورقيبة"), not the ruler
/// at the date; a reign noun before the name ("في عهد الخديوي إسماعيل"، "زمن السلطان قلاوون"، "في خلافة هارون الرشيد") dates the
/// reign itself, so a date in its clause is an act of the reign.
/// </summary>
public sealed partial class AnachronismRule
{
    /// <summary>Nouns of buildings, places and foundations that take a ruler's name, normalized, without clitics.</summary>
    private static readonly HashSet<string> FoundationNouns = new(
        ["مسجد", "جامع", "مدرسه", "مدارس", "قبه", "خانقاه", "بيمارستان", "مارستان", "سبيل", "قلعه", "باب", "حي", "شارع", "ميدان", "قصر", "وكاله", "تكيه",
         "ضريح", "مقام", "كليه", "جامعه", "مستشفي", "مستشفى", "مدينه", "جسر", "قناطر", "قنطره", "سور", "برج", "حمام", "خان", "رباط", "زاويه", "مقبره",
         "تربه", "منبر", "محراب", "مئذنه", "ماذنه", "منارة", "مناره", "بوابه", "حديقه", "متحف", "مكتبه", "معهد", "مطار", "ميناء", "مينا", "سد", "قناه",
         "جائزه", "وسام", "وقف", "اوقاف", "مجمع", "عماره", "بناء", "مركز", "مؤسسه", "موسسه", "نادي", "ملعب", "استاد", "طريق", "كورنيش", "جادة", "جاده",
         "ساحه", "مخطوط", "مصحف", "نسخه", "ديوان", "سفينه", "باخره", "قاعه", "جناح", "مقصوره", "حصن", "ثكنه", "ثكنات"], StringComparer.Ordinal);

    /// <summary>Nouns of a reign before a ruler's name ("في عهد"، "أيام"، "زمن"، "خلافة"، "سلطنة"، "حكم"، "عصر"، "ولاية"), normalized, without clitics.</summary>
    private static readonly HashSet<string> ReignNouns = new(
        ["عهد", "ايام", "زمن", "خلافه", "سلطنه", "حكم", "عصر", "ولايه", "رئاسه", "اماره"], StringComparer.Ordinal);

    /// <summary>True when a foundation noun stands right before the ruler's title (its base, clitics removed).</summary>
    private static bool NamedAfterRuler(CheckContext ctx, int first)
        => first > 0 && ctx.Tokens[first - 1].Sentence == ctx.Tokens[first].Sentence && ctx.Tokens[first - 1].Kind == Segmentation.TokenKind.Arabic
            && (FoundationNouns.Contains(ctx.Tokens[first - 1].Norm) || FoundationNouns.Contains(BareBase(ctx.Tokens[first - 1])));

    /// <summary>True when a reign noun stands right before the ruler's title ("في عهد الخديوي …"، "وفي أيام السلطان …").</summary>
    private static bool InTheReignOf(CheckContext ctx, int first)
        => first > 0 && ctx.Tokens[first - 1].Sentence == ctx.Tokens[first].Sentence && ctx.Tokens[first - 1].Kind == Segmentation.TokenKind.Arabic
            && (ReignNouns.Contains(ctx.Tokens[first - 1].Norm) || ReignNouns.Contains(BareBase(ctx.Tokens[first - 1])));

    /// <summary>
    /// Words of the Friday sermon or the prayer said in a ruler's name (round 22), normalized, without clitics: "خُطب للخليفة
    /// الفاطمي"، "دُعي له على المنابر"، "أقيمت الخطبة للعاضد". The sermon and the coin are a sovereign's marks: said in his name, they
    /// date his reign.
    /// </summary>
    private static readonly HashSet<string> SermonWords = new(
        ["خطب", "يخطب", "دعي", "دعا", "يدعي", "يدعى", "الخطبه", "خطبه", "الدعاء", "دعاء"], StringComparer.Ordinal);

    /// <summary>
    /// True when the ruler's title is the one the sermon or prayer is said for: the title carries the preposition لـ ("للخليفة
    /// الفاطمي") with a sermon word up to four words before it in the clause, or "باسم" stands right before it with a sermon word
    /// before that ("خطب باسم الخليفة").
    /// </summary>
    private static bool InNameOf(CheckContext ctx, int first, int cs)
    {
        var t = ctx.Tokens[first];
        var from = first - 1;
        if ((t.Clitics & Segmentation.Proclitics.Li) == 0)
        {
            if (first == 0 || ctx.Tokens[first - 1].Base is not "باسم")
            {
                return false;
            }

            from = first - 2;
        }

        for (var j = from; j >= cs && j >= from - 3; j--)
        {
            if (ctx.Tokens[j].Kind == Segmentation.TokenKind.Arabic && SermonWords.Contains(BareBase(ctx.Tokens[j])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sermon said again for the same ruler, later in the sentence, with its own date: "خطب … للخليفة الفاطمي العاضد … ثم دُعي
    /// له في سنة تسع وستين وخمسمائة" (round 22). A sermon word with the pronoun "له" or "باسمه" after the ruler's title
    /// (<paramref name="end"/>), no other ruler's title or sermon target between, and a date within six words after the pronoun.
    /// </summary>
    private static (GregorianInterval Date, TextSpan Span)? SermonRepeated(CheckContext ctx, int end)
    {
        var sentence = ctx.Tokens[end - 1].Sentence;
        var (_, se) = ctx.SentenceTokens(sentence);
        for (var j = end; j + 1 < se; j++)
        {
            var tj = ctx.Tokens[j];
            if (tj.Kind == Segmentation.TokenKind.Punctuation && tj.Norm is "." or "؛" or ";")
            {
                return null;
            }

            if (ctx.MatchCue(j, "ruler-title", out _) is not null)
            {
                return null; // another ruler is named: the pronoun may be his
            }

            if (tj.Kind != Segmentation.TokenKind.Arabic || !SermonWords.Contains(BareBase(tj)) || ctx.Tokens[j + 1].Norm is not ("له" or "باسمه"))
            {
                continue;
            }

            var after = ctx.Tokens[j + 1].Span.End;
            foreach (var ti in ctx.TimexesInSentence(sentence))
            {
                var tx = ctx.Timexes[ti];
                var k = ctx.FirstToken(tx.Span);
                if (tx.Span.Start >= after && k <= j + 7 && ctx.Usable(tx) && YearWritten(tx) && tx.Gregorian is { } g)
                {
                    return (g, tx.Span);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// A bare year of four digits from 1800 to 2100 after "في"، "وفي"، "منذ" or a season noun ("في 1960 قعدنا …"، "وفي موسم 1955 عُرضت
    /// …") that the time stage read as a year: the preposition or the season makes the number a date, not a count (round 19).
    /// </summary>
    private static bool BareModernYearAfterIn(CheckContext ctx, Text.TextSpan dateSpan, int first)
    {
        var written = ctx.Text(dateSpan);
        return first > 0 && ctx.Tokens[first - 1].Sentence == ctx.Tokens[first].Sentence
            && ctx.Tokens[first - 1].Norm is "في" or "وفي" or "منذ" or "موسم" or "الموسم" or "لموسم" or "بموسم"
            && written.Length == 4 && written.All(char.IsAsciiDigit)
            && int.Parse(written, System.Globalization.CultureInfo.InvariantCulture) is >= 1800 and <= 2100;
    }
}
