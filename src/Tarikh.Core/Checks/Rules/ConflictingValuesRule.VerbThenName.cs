using Tarikh.Core.Claims;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// conflicting-values, the subject written right after a birth or death verb as a bare given name the tagger did not tag (issue 12,
/// round 22): "كان ثويني بن سعيد أكبر من أخيه ماجد، فقد ولد ثويني سنة 1834 وولد ماجد سنة 1821" — the word after "ولد" is the first
/// name of another person named in full in the same sentence, so the verb is his act, not a second value of the claim's subject.
/// </summary>
public sealed partial class ConflictingValuesRule
{
    private static bool OtherNameAfterVerb(CheckContext ctx, Claim c)
    {
        if (c.Source != ClaimSources.Event || c.Event is not { } e || e < 0 || e >= ctx.Document.Events.Length
            || c.Sentence < 0 || c.Sentence >= ctx.Document.Sentences.Length)
        {
            return false;
        }

        var index = ctx.Index;
        var tokens = ctx.Tokens;
        var after = index.EndTokenOf(ctx.Document.Events[e].Trigger);
        if (after >= tokens.Length || tokens[after].Sentence != c.Sentence)
        {
            return false;
        }

        var key = index.PersonKey(c.Subject);

        // "فقد ولد فيصل سنة 1785 وولد جلوي سنة 1790": the name right after the verb is tagged, and is another person named before in the sentence.
        if (index.MentionAtToken(after) is var tagged and >= 0)
        {
            var mention = ctx.Document.Entities[tagged];
            return mention.Span.Start == tokens[after].Span.Start && index.PersonKey(mention.Cluster) != key
                && index.LabelOf(mention.Cluster) == Entities.EntityLabels.Person && NamedBefore(ctx, c.Sentence, tagged);
        }

        var word = tokens[after].Norm;
        var other = false;
        foreach (var m in index.MentionsInSentence(c.Sentence))
        {
            var mention = ctx.Document.Entities[m];
            var first = ctx.FirstToken(mention.Span);
            if (first >= tokens.Length || tokens[first].Norm != word || index.LabelOf(mention.Cluster) != Entities.EntityLabels.Person)
            {
                continue;
            }

            if (index.PersonKey(mention.Cluster) == key)
            {
                return false;
            }

            other = true;
        }

        return other;
    }

    /// <summary>True when the person of a mention is named earlier in the same sentence (the two siblings the sentence names).</summary>
    private static bool NamedBefore(CheckContext ctx, int sentence, int mention)
    {
        var key = ctx.Index.PersonKey(ctx.Document.Entities[mention].Cluster);
        var start = ctx.Document.Entities[mention].Span.Start;
        foreach (var m in ctx.Index.MentionsInSentence(sentence))
        {
            if (m != mention && ctx.Document.Entities[m].Span.Start < start && ctx.Index.PersonKey(ctx.Document.Entities[m].Cluster) == key)
            {
                return true;
            }
        }

        return false;
    }
}
