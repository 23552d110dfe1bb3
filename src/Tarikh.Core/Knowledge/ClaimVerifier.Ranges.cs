using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Terms read as ranges (round 13, 13b). A relation the text dates with a range — "تولى رئاسة الوزراء من 1959 إلى 1980"،
/// "- 1592–1612: درّس في جامعة بادوفا" — comes from the claims layer with one end of the range as its lone time, and the Time
/// stage links the range's two ends (<see cref="Time.Timex.Range"/>). The claim is compared as a term: the earlier end with the
/// statement's start (P580), the later with its end (P582), so a term that ends in the wrong year is found, and a year inside
/// the KB's span no longer hides it. A range in parentheses (a lifespan after a name) is that person's life, not the term.
/// A teaching verb ("درّس في جامعة …") is employment: an education claim read from it is compared with the employers (P108).
/// </summary>
public sealed partial class ClaimVerifier
{
    private static readonly ImmutableArray<string> TermProperties =
        [ClaimProperties.PositionHeld, ClaimProperties.Employer, ClaimProperties.EducatedAt, ClaimProperties.MemberOf];

    /// <summary>The claim as the verifier compares it: a teaching verb's education as employment.</summary>
    private static Claim AsCompared(AnalyzedDocument document, Claim claim)
        => claim.Property == ClaimProperties.EducatedAt && claim.Value.Kind == ClaimValueKind.Entity && TeachingVerb(document, claim)
            ? claim with { Property = ClaimProperties.Employer }
            : claim;

    /// <summary>
    /// A term's relation dated by one end of a linked range: the claim with the range's ends as its start and end (its lone time
    /// dropped). Unchanged when the claim is no term, already has a start or an end, or its time is no end of a dated range in its
    /// sentence read forward (the earlier end first).
    /// </summary>
    private static Claim WithRange(AnalyzedDocument document, Claim claim)
    {
        if (!TermProperties.Contains(claim.Property) || claim.Start is not null || claim.End is not null
            || claim.Time?.Timex is not { } x || x < 0 || x >= document.Timexes.Length
            || document.Timexes[x].Range is not { } y || y < 0 || y >= document.Timexes.Length || y == x)
        {
            return claim;
        }

        var (a, b) = document.Timexes[x].Span.Start <= document.Timexes[y].Span.Start ? (x, y) : (y, x);
        if (InParenthesis(document.Source.Text, document.Timexes[a].Span.Start, document.Timexes[b].Span.End))
        {
            return claim;
        }

        var index = DocumentIndex.For(document);
        if (ClaimExtractor.TimeOf(index, a) is not { Date: { } from } start || ClaimExtractor.TimeOf(index, b) is not { Date: { } to } end
            || from.Start > to.End || start.Approximate || end.Approximate)
        {
            return claim;
        }

        return claim with { Time = null, Start = start, End = end };
    }

    // "(1849–1925)": a parenthesis opened before the range and closed after it, with no other closing between.
    private static bool InParenthesis(string text, int start, int end)
    {
        var open = text.LastIndexOf('(', Math.Max(0, start - 1));
        if (open < 0 || text.IndexOf(')', open) is var close && close >= 0 && close < start)
        {
            return false;
        }

        var after = text.IndexOf(')', end);
        var nextOpen = text.IndexOf('(', end);
        return after >= 0 && (nextOpen < 0 || after < nextOpen) && after - end < 40 && start - open < 40;
    }
}
