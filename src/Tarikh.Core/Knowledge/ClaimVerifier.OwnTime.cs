using Tarikh.Core.Claims;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 16 (issue-13b): whether a claim's date is its own. Two ways the claims stage hands an act a date that belongs to
/// something else, both read from layers already built (events, timexes and their anchors):
/// <list type="bullet">
/// <item>The date stands after a second verb coordinated with the claim's own words ("صار ملكاً على البلاد واغتيل في العاصمة سنة
/// 1951"): in Arabic the date is the nearest verb's, the assassination's, not the kingship's.</item>
/// <item>The date is an anaphor ("في السنة نفسها"، "في العام ذاته") whose anchor is a year of an aside about another person (a
/// sentence that never names the claim's subject and opens with someone else): the year the anaphor took may be the aside's,
/// not the subject's own narrative's.</item>
/// </list>
/// A claim whose value is the date (a birth, a death) or whose only comparison is its date (an act) is then not compared; a
/// relation with a date (an office, a membership) is compared without it.
/// </summary>
public sealed partial class ClaimVerifier
{
    /// <summary>The claim as compared: unchanged, without its date (a relation whose date is another's), or null (nothing left to compare).</summary>
    private Claim? WithOwnTime(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        var dated = TimeProperties.Contains(claim.Property) ? claim.Value : claim.Time;
        if (dated?.Timex is not { } x || x < 0 || x >= document.Timexes.Length || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return claim;
        }

        if (!DateOfALaterAct(document, claim, x) && !AnchoredInAnAside(document, claim, x, links, kb))
        {
            return claim;
        }

        if (TimeProperties.Contains(claim.Property) || !Verifiable(claim))
        {
            return null;
        }

        var span = document.Timexes[x].Span;
        return claim with { Time = null, Spans = [.. claim.Spans.Where(s => !s.Overlaps(span))] };
    }

    /// <summary>
    /// True when the date follows every word of the claim and a verb of another event, joined by "و"/"ف"/"ثم", stands between
    /// them: "صار ملكاً … واغتيل … سنة 1951" gives 1951 to the assassination.
    /// </summary>
    private bool DateOfALaterAct(AnalyzedDocument document, Claim claim, int timex)
    {
        var date = document.Timexes[timex].Span;
        var own = claim.Spans.Where(s => !s.Overlaps(date)).ToList();
        if (own.Count == 0)
        {
            return false;
        }

        var lastOwn = own.Max(s => s.End);
        if (lastOwn > date.Start)
        {
            return false;
        }

        var act = claim.Act is { } a ? a.Split('/')[0] : null;
        var cache = CacheOf(document);
        foreach (var i in cache.EventsInSentence(claim.Sentence))
        {
            var e = document.Events[i];
            if (e.Sentence != claim.Sentence || e.Pos != "verb" || i == claim.Event || e.Trigger.Start < lastOwn || e.Trigger.End > date.Start
                || claim.Spans.Any(s => s.Overlaps(e.Trigger)) || e.Type == act || !Coordinated(document, e.Trigger))
            {
                continue;
            }

            // Another date between the claim's words and that verb would be the claim's own: the later one is then the verb's anyway.
            if (cache.AnyTimexWithin(lastOwn, e.Trigger.Start))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    // The verb carries the conjunction و/ف, or "ثم" or a lone "و" stands right before it.
    private static bool Coordinated(AnalyzedDocument document, TextSpan trigger)
    {
        var k = document.FirstTokenAtOrAfter(trigger.Start);
        if (k >= document.Tokens.Length || k < 0)
        {
            return false;
        }

        var token = document.Tokens[k];
        return (token.Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0
            || (k > 0 && document.Tokens[k - 1].Sentence == token.Sentence && document.Tokens[k - 1].Norm is "ثم" or "و" or "ف");
    }

    /// <summary>
    /// True when the date is anchored on a timex of another sentence that is an aside about someone else (it never names the claim's
    /// subject and opens with another person, <see cref="OpensWithAnotherPerson"/>).
    /// </summary>
    private bool AnchoredInAnAside(AnalyzedDocument document, Claim claim, int timex, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (document.Timexes[timex].Anchor is not { Timex: { } anchor } || anchor < 0 || anchor >= document.Timexes.Length
            || !links.TryGetValue(claim.Subject, out var link))
        {
            return false;
        }

        var sentence = document.SentenceAt(document.Timexes[anchor].Span.Start);
        return sentence >= 0 && sentence != claim.Sentence && OpensWithAnotherPerson(document, sentence, claim.Subject, link.Item, kb);
    }
}
