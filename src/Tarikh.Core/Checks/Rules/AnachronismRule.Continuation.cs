namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// The anachronism rule's clause that goes on past a comma (round 18, issue-12e): a listed name in a clause without a date of its
/// own, and the next clause of the same sentence restates that act with its date — "وذلك سنة 1975"، "وكان ذلك عام 1975" (the
/// demonstrative stands for the statement before it), or a verb whose object pronoun is the thing just named ("هذه صورة
/// فوتوغرافية …، التقطها مصور سنة 1790"). Both are ordinary Arabic ways of dating the preceding clause.
/// </summary>
public sealed partial class AnachronismRule
{
    /// <summary>
    /// The end of the clause after the one ending at <paramref name="ce"/> when that clause restates the act: it opens with
    /// "وذلك"/"ذلك"/"وكان ذلك" or with an activity verb carrying an object pronoun (ـه، ـها، ـهم), and it holds a written year;
    /// null otherwise. <paramref name="act"/> tells the verb form: the act on the thing named, an activity of its own.
    /// </summary>
    private static int? RestatingClauseEnd(CheckContext ctx, int ce, int sentence, out bool act)
    {
        act = false;
        var tokens = ctx.Tokens;
        if (ce + 1 >= tokens.Length || tokens[ce].Sentence != sentence || tokens[ce + 1].Sentence != sentence || tokens[ce].Norm is not ("،" or ","))
        {
            return null;
        }

        var (ns, ne) = Clause(ctx, ce + 1);
        if (ns != ce + 1 || ne <= ns || Retro(ctx, ns, ne))
        {
            return null;
        }

        var first = tokens[ns].Norm;
        // A document's dating participle restates the act's date too ("برقية من وزارة خارجية …، مؤرخة في مارس 1968", round 22).
        var demonstrative = (first is "وذلك" or "ذلك" or "وكان" && (first != "وكان" || (ns + 1 < ne && tokens[ns + 1].Norm == "ذلك")))
            || first is "مؤرخه" or "مؤرخ" or "المؤرخه" or "المؤرخ" or "مورخه" or "مورخ" or "المورخه" or "المورخ";
        act = !demonstrative && ActVerbWithObject(ctx, ns);
        if (!demonstrative && !act)
        {
            return null;
        }

        return DateInClause(ctx, ns, ne, ns) is null ? null : ne;
    }

    /// <summary>An activity cue of one word with an object pronoun after it ("التقطها"، "فنشرها"، "ونشره").</summary>
    private static bool ActVerbWithObject(CheckContext ctx, int k)
    {
        var word = ctx.Tokens[k].Norm;
        if (word.Length > 3 && word[0] is 'و' or 'ف' && !IsActivityWord(ctx, word))
        {
            word = word[1..];
        }

        foreach (var pronoun in (ReadOnlySpan<string>)["ها", "هم", "ه"])
        {
            if (word.Length > pronoun.Length + 2 && word.EndsWith(pronoun, StringComparison.Ordinal) && IsActivityWord(ctx, word[..^pronoun.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsActivityWord(CheckContext ctx, string word)
    {
        foreach (var cue in ctx.Lexicon.Cues("activity"))
        {
            if (cue.Tokens.Length == 1 && cue.Tokens[0] == word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A thing a state or body issues right before its name ("ختم الجمهورية العربية المتحدة"، "طابع بريد المملكة"، "جواز سفر
    /// الاتحاد السوفيتي"; cue category <c>issued-by</c>) or an organ of it (<c>unit-head</c>: "جيش"، "حكومة"): dated, it is the
    /// body's act (round 18).
    /// </summary>
    private static bool IssuedBy(CheckContext ctx, int first, BoundedBody body)
        => body.Kind is "state" or "org" && first > 0 && ctx.Tokens[first - 1].Sentence == ctx.Tokens[first].Sentence
            && (ctx.MatchCue(first - 1, "issued-by", out _) is not null || ctx.MatchCue(first - 1, "unit-head", out _) is not null);

    /// <summary>
    /// "الجديد"/"الجديدة" right after a technique's or currency's name ("باليورو الجديد" in 1985): the text calls it new at its
    /// date, so the date is the thing's own (round 18).
    /// </summary>
    private static bool NewAfterName(CheckContext ctx, int end)
        => end < ctx.Tokens.Length && end > 0 && ctx.Tokens[end].Sentence == ctx.Tokens[end - 1].Sentence
            && ctx.Tokens[end].Norm is "الجديد" or "الجديده" or "الجديدة";

    /// <summary>
    /// The sentence without "باسم" before a ruler's title ("ضُرب باسم الخليفة هشام"، "خُطب باسم السلطان"): "in the name of" on a coin or
    /// in a sermon is no renaming of a place (round 18).
    /// </summary>
    private static string WithoutInTheNameOf(string sentenceNorm)
    {
        foreach (var title in (ReadOnlySpan<string>)["الخليفه", "السلطان", "الملك", "الامير", "الامام"])
        {
            sentenceNorm = sentenceNorm.Replace("باسم " + title, title, StringComparison.Ordinal);
        }

        return sentenceNorm;
    }
}
