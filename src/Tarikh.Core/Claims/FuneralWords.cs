using System.Collections.Frozen;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Claims;

/// <summary>
/// Round 19 (issue 12): verbs of the funeral and the announcement of a death, done to the dead person at the death ("شيّعته المدينة"،
/// "شُيّع جثمانه"، "نعته الصحف"، "صُلّي عليه"). Like a burial, they follow the death at once, so a year written right after "بعد وفاته"
/// in their clause is the death's ("وقد شيّعته تونس بعد وفاته عام 1982"), not a later act's as in "نُشر ديوانه بعد وفاته عام 1996".
/// The forms are written with their object pronouns, since the lexicon strips proclitics only.
/// </summary>
internal static class FuneralWords
{
    private static readonly FrozenSet<string> Forms = new[]
    {
        "شيع", "شيعه", "شيعها", "شيعته", "شيعتها", "شيعوه", "شيعوها", "شيعت", "شيعهم",
        "نعاه", "نعاها", "نعته", "نعتها", "نعوه", "نعوها", "نعي",
        "صلي",
    }.Select(w => ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when a funeral or death-announcement verb stands among the tokens [from, to).</summary>
    public static bool In(DocumentIndex index, int from, int to)
    {
        for (var k = Math.Max(0, from); k < Math.Min(to, index.Tokens.Length); k++)
        {
            var t = index.Tokens[k];
            if (Forms.Contains(t.Norm) || Forms.Contains(t.Base) || (t.Norm.Length > 3 && t.Norm[0] is 'و' or 'ف' && Forms.Contains(t.Norm[1..])))
            {
                return true;
            }
        }

        return false;
    }
}
