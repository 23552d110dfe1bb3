using Tarikh.Core.Claims;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// Two guards of conflicting-values (issue 12b, round 17): a birth or death verb right after a relative's kinship word is the
/// relative's act, and a sentence that writes both values and calls one of them an account weighs two accounts, it does not
/// contradict itself.
/// </summary>
public sealed partial class ConflictingValuesRule
{
    /// <summary>Words that name a value as one account among others: "رواية"، "قول"، "قيل"، and the contrastive "أما … ف" (normalized).</summary>
    private static readonly HashSet<string> AccountWords = new(
        ["روايه", "الروايه", "روايات", "الروايات", "قول", "القول", "اقوال", "الاقوال", "قيل", "يقال", "الارجح", "الراجح", "الاصح", "اما"],
        StringComparer.Ordinal);

    /// <summary>
    /// True when an event claim's trigger follows, in its clause and within four words, a kinship word with a pronoun ("وكان أبوه قد
    /// ولد سنة 1286"، "وأخوه الحسن أصغر منه ولد سنة 1326"): the verb's subject is the relative, whoever the events stage named as its
    /// participant; the value is no second value of the person the pronoun points to. A claim the index already tied to its person
    /// through the kinship word ("ويقول ابنه إن أباه وُلد عام 1959": the reporter's father is the subject) stands.
    /// </summary>
    private static bool KinTriggered(CheckContext ctx, Claim c)
    {
        if (c.Source != ClaimSources.Event || c.Attribution == ImplicitSubjectEvidence.ReportingRelative || c.Event is not { } e || e < 0
            || e >= ctx.Document.Events.Length)
        {
            return false;
        }

        var tokens = ctx.Tokens;
        var trigger = ctx.FirstToken(ctx.Document.Events[e].Trigger);
        if (trigger <= 0 || trigger >= tokens.Length)
        {
            return false;
        }

        var (cs, _) = ctx.ClauseOf(trigger);
        for (var k = trigger - 1; k >= Math.Max(cs, trigger - 4) && tokens[k].Sentence == tokens[trigger].Sentence; k--)
        {
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (KinWords.Contains(tokens[k].Base) || KinWords.Contains(tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when one sentence writes both values and a word that names one of them an account ("ولدت في 29/2/1940 بحسب أوراقها، أما
    /// سنة 1939 فرواية أهلها"، "ولد سنة 1300، وقيل سنة 1302"): the text weighs two accounts of the fact in so many words, which is
    /// the "sources differ" of a hedged value (info), not a contradiction.
    /// </summary>
    private static bool AccountsWeighed(CheckContext ctx, Claim a, Claim b)
        => WeighsBoth(ctx, a.Sentence, a, b) || (b.Sentence != a.Sentence && WeighsBoth(ctx, b.Sentence, a, b));

    private static bool WeighsBoth(CheckContext ctx, int sentence, Claim a, Claim b)
    {
        if (sentence < 0 || sentence >= ctx.Document.Sentences.Length || a.Value.Date is not { } da || b.Value.Date is not { } db)
        {
            return false;
        }

        bool hasA = false, hasB = false;
        foreach (var t in ctx.TimexesInSentence(sentence))
        {
            if (ctx.Timexes[t].Gregorian is not { } r)
            {
                continue;
            }

            hasA |= r.Overlaps(da) && !r.Overlaps(db);
            hasB |= r.Overlaps(db) && !r.Overlaps(da);
        }

        if (!hasA || !hasB)
        {
            return false;
        }

        var (ss, se) = ctx.SentenceTokens(sentence);
        for (var k = ss; k < se; k++)
        {
            if (AccountWords.Contains(ctx.Tokens[k].Base) || AccountWords.Contains(ctx.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }
}
