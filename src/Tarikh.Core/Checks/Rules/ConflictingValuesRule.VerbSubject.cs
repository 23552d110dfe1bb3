using Tarikh.Core.Claims;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// conflicting-values, the subject written before a birth or death verb (issue 12c, round 18). Arabic puts a topic's name before
/// its verb ("وأبوه كمال بوزيد، الحارس الدولي السابق، ولد سنة 1946"، "وكان أبوه بافل، صاحب الدكان، قد ولد سنة 1865"، "الكبرى فاطمة
/// ولدت سنة 1892"): the verb is that person's act, whoever else the sentence names. When the events stage gave such a verb to another
/// person (the tagger missed or mislabelled the name, or read the apposition as a break), the value is no second value of his.
/// </summary>
public sealed partial class ConflictingValuesRule
{
    /// <summary>Auxiliaries and particles that may stand between a verb and its preposed subject, normalized.</summary>
    private static readonly HashSet<string> VerbParticles = new(["قد", "وقد", "فقد", "لقد", "كان", "وكان", "كانت", "وكانت", "فكان", "فكانت"], StringComparer.Ordinal);

    /// <summary>How many words a comma-delimited apposition between the name and the verb may have ("الحارس الدولي السابق").</summary>
    private const int ApposedWords = 6;

    /// <summary>
    /// True when an event claim's trigger has, before it in its sentence (across "قد"، "كان"), another person's preposed name: a name
    /// right before the verb that a rank or kinship word introduces ("والصغرى عائشة ولدت"؛ the name may be mislabelled a place), or a
    /// person's name followed by a comma-delimited apposition of a few words that ends right at the verb ("وأبوه كمال بوزيد، الحارس
    /// الدولي السابق، ولد").
    /// </summary>
    private static bool OtherSubjectBeforeVerb(CheckContext ctx, Claim c)
    {
        if (c.Source != ClaimSources.Event || c.Event is not { } e || e < 0 || e >= ctx.Document.Events.Length)
        {
            return false;
        }

        var tokens = ctx.Tokens;
        var trigger = ctx.FirstToken(ctx.Document.Events[e].Trigger);
        if (trigger <= 0 || trigger >= tokens.Length)
        {
            return false;
        }

        var sentence = tokens[trigger].Sentence;
        var key = ctx.Index.PersonKey(c.Subject);
        var k = trigger - 1;
        while (k >= 0 && tokens[k].Sentence == sentence && (VerbParticles.Contains(tokens[k].Norm) || VerbParticles.Contains(tokens[k].Base)))
        {
            k--;
        }

        if (k <= 0 || tokens[k].Sentence != sentence)
        {
            return false;
        }

        // "الكبرى فاطمة ولدت": a ranked or kin-introduced name right before the verb.
        if (ctx.Index.MentionAtToken(k) is var m and >= 0)
        {
            var other = ctx.Document.Entities[m].Cluster;
            var first = ctx.FirstToken(ctx.Document.Entities[m].Span);
            return ctx.Index.PersonKey(other) != key && first > 0 && tokens[first - 1].Sentence == sentence
                && (Events.EventExtractor.IsRankWord(tokens[first - 1]) || KinWords.Contains(tokens[first - 1].Base) || KinWords.Contains(tokens[first - 1].Norm));
        }

        // "وأبوه كمال بوزيد، الحارس الدولي السابق، ولد": a person's name, then an apposition set off by commas that ends at the verb.
        if (!IsComma(tokens[k]))
        {
            return false;
        }

        var j = k - 1;
        var words = 0;
        while (j >= 0 && tokens[j].Sentence == sentence && tokens[j].Kind != TokenKind.Punctuation && words <= ApposedWords)
        {
            if (ctx.Index.MentionAtToken(j) >= 0 || tokens[j].Kind != TokenKind.Arabic)
            {
                return false;
            }

            words++;
            j--;
        }

        if (words == 0 || words > ApposedWords || j <= 0 || tokens[j].Sentence != sentence || !IsComma(tokens[j]))
        {
            return false;
        }

        var named = ctx.Index.ClusterAtToken(j - 1);
        return named >= 0 && ctx.Index.LabelOf(named) == Entities.EntityLabels.Person && ctx.Index.PersonKey(named) != key;
    }

    private static bool IsComma(Token t) => t.Kind == TokenKind.Punctuation && t.Norm is "،" or ",";

    /// <summary>Words that open a clause of another act between a verb and a date ("ثم"، "حيث"، "بعد"…), normalized.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(["ثم", "حيث", "بعد", "قبل", "حتي", "حتى", "عندما", "حين", "لما", "منذ", "الذي", "التي", "اذ", "إذ"], StringComparer.Ordinal);

    /// <summary>How many words may stand between a verb's subject and its date ("توفي الشيخ يوسف التاودي، شيخ الجماعة بفاس، سنة 1209").</summary>
    private const int SubjectToDateWords = 8;

    /// <summary>
    /// True when a date the events stage took from beyond the trigger's clause follows the verb's own subject and an apposition to him:
    /// the verb, the claim's person named right after it, comma-delimited words that open no clause of another act (no conjunction,
    /// no "ثم"، "حيث"، "بعد"، no relative pronoun, no other event), then the date ("توفي الشيخ يوسف التاودي، شيخ الجماعة بفاس، سنة 1209
    /// هـ"). The apposition only described the subject; the date is the verb's own (round 18, issue 12c).
    /// </summary>
    private static bool DatedAcrossOwnApposition(CheckContext ctx, Claim c, int timex)
    {
        if (c.Event is not { } e || e < 0 || e >= ctx.Document.Events.Length || timex < 0 || timex >= ctx.Timexes.Length)
        {
            return false;
        }

        var tokens = ctx.Tokens;
        var end = ctx.EndToken(ctx.Document.Events[e].Trigger);
        var date = ctx.FirstToken(ctx.Timexes[timex].Span);
        if (end <= 0 || end >= tokens.Length || date <= end || date >= tokens.Length || tokens[date].Sentence != tokens[end - 1].Sentence)
        {
            return false;
        }

        // The subject's name right after the verb, across a title or two ("توفي الشيخ الإمام …").
        var named = end;
        while (named < Math.Min(date, end + 2) && ctx.Index.MentionAtToken(named) < 0 && tokens[named].Kind == TokenKind.Arabic
            && (tokens[named].Clitics & (Proclitics.Wa | Proclitics.Fa | Proclitics.Bi | Proclitics.Li)) == 0)
        {
            named++;
        }

        if (ctx.Index.MentionAtToken(named) is not (var m and >= 0) || ctx.Index.PersonKey(ctx.Document.Entities[m].Cluster) != ctx.Index.PersonKey(c.Subject))
        {
            return false;
        }

        var words = 0;
        var comma = false;
        for (var k = end; k < date; k++)
        {
            var t = tokens[k];
            if (ctx.Index.MentionAtToken(k) is var mk and >= 0 && ctx.Index.PersonKey(ctx.Document.Entities[mk].Cluster) == ctx.Index.PersonKey(c.Subject))
            {
                continue;
            }

            if (t.Kind == TokenKind.Punctuation)
            {
                comma |= IsComma(t);
                if (!IsComma(t))
                {
                    return false;
                }

                continue;
            }

            if ((t.Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0 || ClauseOpeners.Contains(t.Norm) || ClauseOpeners.Contains(t.Base) || ++words > SubjectToDateWords)
            {
                return false;
            }
        }

        if (!comma)
        {
            return false;
        }

        // No other act's trigger between the verb and the date.
        var from = ctx.Tokens[end].Span.Start;
        var to = ctx.Timexes[timex].Span.Start;
        foreach (var o in ctx.Document.Events)
        {
            if (o.Trigger.Start >= from && o.Trigger.Start < to)
            {
                return false;
            }
        }

        return true;
    }
}
