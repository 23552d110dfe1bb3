using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Offices of a body (round 12): a presidency the text dates from one year to another (<see cref="TenureRangeClaims"/>: "ترأسها
/// جون واتربري من 1998 إلى 2006"، "رئاسة تشارلز وليام إليوت من 1869 إلى 1912"). The presiding word names no office; the office is
/// the subject's own presidency (a P39 position whose name opens with "رئيس") of a body the document names — the position's
/// "of" item (P642) or, without one, the rest of its label, found in the document's text. One such position only; its start
/// (P580) and end (P582) are compared with the text's two years. A warning at most: the office is found by its body's name.
/// </summary>
public sealed partial class ClaimVerifier
{
    private Verification? VerifyTenureRange(AnalyzedDocument document, Claim claim, KbEntity subject, IKnowledgeBase kb, out bool ambiguous)
    {
        ambiguous = true;
        if (claim.Source != TenureRangeClaims.Source || claim.Property != ClaimProperties.PositionHeld)
        {
            return null;
        }

        var text = _memo.Key(document.Source.Text);
        var fitting = new List<KbStatement>();
        foreach (var s in subject.Best(ClaimProperties.PositionHeld))
        {
            if (s.MainSnak.Value.Item is not { } id || kb.Get(id) is not { } position
                || !position.Names().Any(n => Stems(n.Name) is { Count: >= 2 } w && SameStem(w[0], "رئيس")))
            {
                continue;
            }

            var bodies = new List<string>();
            foreach (var of in position.Best("P642"))
            {
                if (of.MainSnak.Value.Item is { } b && kb.Get(b) is { } body)
                {
                    bodies.AddRange(body.Names().Select(n => n.Name));
                }
            }

            if (bodies.Count == 0)
            {
                foreach (var (_, name) in position.Names())
                {
                    var space = name.IndexOf(' ', StringComparison.Ordinal);
                    if (space > 0)
                    {
                        bodies.Add(name[(space + 1)..]);
                    }
                }
            }

            if (bodies.Any(b => _memo.Key(b) is { Length: >= 6 } key && text.Contains(key, StringComparison.Ordinal)))
            {
                fitting.Add(s);
            }
        }

        if (fitting.Count == 0 || fitting.Select(s => s.MainSnak.Value.Item).Distinct().Count() > 1)
        {
            return null;
        }

        // A presidency held twice (two statements of one position): the text's years agree with either term.
        foreach (var s in fitting)
        {
            if (TimesAgree(claim, s) is null)
            {
                return Supported(claim, subject, s, "position-by-body", kb);
            }
        }

        return new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, fitting[0], kb), TimesAgree(claim, fitting[0]));
    }

    /// <summary>
    /// A claim with both a start and an end contradicted on one of them (the note names P580 or P582): the claim as the flag shows
    /// it, with the other end's date and its span left out ("من 1998 إلى 2006" wrong at its end shows "2006", not "1998").
    /// </summary>
    private static Claim OneEndShown(AnalyzedDocument document, Claim claim, Verification v)
    {
        if (claim.Start is not { } start || claim.End is not { } end || claim.Time is not null || v.Note is not { } note)
        {
            return claim;
        }

        var (drop, keep) = note.StartsWith("P582:", StringComparison.Ordinal) ? (start, end)
            : note.StartsWith("P580:", StringComparison.Ordinal) ? (end, start)
            : (null, null);
        if (drop?.Timex is not { } x || x < 0 || x >= document.Timexes.Length || keep is null)
        {
            return claim;
        }

        var dropped = document.Timexes[x].Span;
        return claim with
        {
            Start = ReferenceEquals(keep, start) ? start : null,
            End = ReferenceEquals(keep, end) ? end : null,
            Spans = [.. claim.Spans.Where(s => s != dropped)],
        };
    }
}
