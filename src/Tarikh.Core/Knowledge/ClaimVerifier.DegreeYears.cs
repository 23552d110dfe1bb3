using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 20 (issue-20k2): a degree's year is the end of that degree, not of every study at the body. "ثم نال الماجستير من معهد
/// ميزوري للمناجم سنة 1961" against a KB education at that institute ending in 1964 (the doctorate, no P512 on the statement): the
/// master's ends before the statement's end, and that is no contradiction. When the claim's sentence names a degree and the
/// statement carries no P512 of that degree, a text date before the statement's end (and not before its start) is not compared
/// with the end; a date after the end still is.
/// </summary>
public sealed partial class ClaimVerifier
{
    private bool DegreeBeforeTheEnd(AnalyzedDocument document, Claim claim, KbStatement s)
    {
        if (claim.Property != ClaimProperties.EducatedAt || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length
            || (claim.Time ?? claim.End) is not { Date: { } when } || s.Qualifier("P582")?.Time is not { } end
            || _time.ToInterval(end) is not { } endDays)
        {
            return false;
        }

        var span = document.Sentences[claim.Sentence].Span;
        var named = new List<string[]>();
        foreach (var w in _memo.Words(_memo.Key(document.Source.Text[span.Start..span.End])))
        {
            var stem = w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 4 ? w[2..] : w;
            if (DegreeWords.TryGetValue(stem, out var items))
            {
                named.Add(items);
            }
        }

        if (named.Count == 0 || s.Qualifiers.Any(q => q.Property == "P512" && q.Value.Item is { } d && named.Any(items => items.Contains(d))))
        {
            return false; // no degree named, or the statement is that degree's: its end is the degree's
        }

        var startOk = s.Qualifier("P580")?.Time is not { } st || _time.ToInterval(st) is not { } startDays || when.End >= startDays.Start;
        return startOk && when.End < endDays.Start;
    }
}
