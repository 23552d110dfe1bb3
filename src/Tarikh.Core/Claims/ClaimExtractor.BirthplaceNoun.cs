using Tarikh.Core.Entities;

namespace Tarikh.Core.Claims;

/// <summary>The birthplace noun "مسقط رأسه" in apposition after its place (round 19, issue 12).</summary>
public sealed partial class ClaimExtractor
{
    /// <summary>
    /// The location mention that ends right before the token <paramref name="noun"/> ("مسقط"), across at most one comma, in the same
    /// sentence: "في دمياط مسقط رأسه"، "إلى حماة، مسقط رأسه" — a definite noun phrase right after a place name is its apposition, so the
    /// place is the one the birthplace noun names. -1 when none.
    /// </summary>
    private static int PlaceRightBefore(DocumentIndex index, int noun)
    {
        var k = noun - 1;
        if (k >= 0 && index.Tokens[k].Norm is "," or "،")
        {
            k--;
        }

        if (k < 0 || index.Tokens[k].Sentence != index.Tokens[noun].Sentence || index.MentionAtToken(k) is not (var m and >= 0))
        {
            return -1;
        }

        var mention = index.Document.Entities[m];
        return mention.Label == EntityLabels.Location && index.EndTokenOf(mention.Span) == k + 1 ? m : -1;
    }
}
