using System.Collections.Immutable;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>What a verification compared, for display: the text's words and their spans, the KB's value shown.</summary>
/// <param name="Said">What the text says (the claim's value, the date or place written beside an event).</param>
/// <param name="Spans">Where, in the original text.</param>
/// <param name="KbValue">The KB's value as shown: an item's label and id, or a date with its calendar; empty when none.</param>
/// <param name="WikidataUrl">The Wikidata page of the subject item, or null when its id is not a Wikidata id.</param>
public sealed record VerificationView(string Said, ImmutableArray<TextSpan> Spans, string KbValue, string? WikidataUrl)
{
    // Item ids above this one are local (made up for a test or private KB), never linked to Wikidata.
    private const long LocalIdFloor = 90_000_000;

    /// <summary>The view of a verification of a document.</summary>
    public static VerificationView Of(AnalyzedDocument document, Verification v)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(v);
        var said = "";
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        if (v.Claim is { } c && c >= 0 && c < document.Claims.Length)
        {
            var claim = document.Claims[c];
            said = claim.Value.Text ?? (claim.Value.Cluster is { } vc && vc >= 0 && vc < document.Clusters.Length ? document.Clusters[vc].Name : "");
            spans.AddRange(claim.Spans);
        }
        else
        {
            if (v.Timex is { } t && t >= 0 && t < document.Timexes.Length)
            {
                said = document.Timexes[t].Text;
                spans.Add(document.Timexes[t].Span);
            }
            else if (v.Place is { } p && p >= 0 && p < document.Clusters.Length)
            {
                said = document.Clusters[p].Name;
                spans.AddRange(document.Clusters[p].Mentions.Select(m => document.Entities[m].Span));
            }
        }

        var kb = v.Kb;
        var value = kb is null ? "" : kb.ValueLabel is { } label ? $"{label} ({kb.Value})" : $"{kb.Value}{(kb.Calendar == "julian" ? " (Julian)" : "")}";
        return new VerificationView(said, spans.ToImmutable(), value, kb is null ? null : WikidataUrlOf(kb.Item));
    }

    /// <summary>
    /// The Wikidata page of an id (<c>Q…</c>, <c>P…</c>, <c>L…</c>), or null for anything else and for the local ids of
    /// items made up for a knowledge base (<c>Q</c> above 90,000,000, the convention of data/kb/ and <c>tarikh kb synth</c>):
    /// those have no Wikidata page, or another item's.
    /// </summary>
    public static string? WikidataUrlOf(string? id)
    {
        if (id is not { Length: >= 2 } || id[0] is not ('Q' or 'P' or 'L') || id[1] == '0' || id.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        if (id[0] == 'Q' && (id.Length > 10 || long.Parse(id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) > LocalIdFloor))
        {
            return null;
        }

        return "https://www.wikidata.org/wiki/" + id;
    }
}
