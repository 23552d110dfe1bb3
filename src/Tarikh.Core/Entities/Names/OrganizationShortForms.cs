using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Entities.Names;

/// <summary>
/// The short form the Arabic press gives a club or company named in full nearby: the first word of the name with
/// the article (ريال مدريد → الريال، للريال; إنتر ميلان → الإنتر). A definite word whose base is the first word of
/// an organization of two words or more found within the window is that organization, also where the tagger read
/// it as a name of another type (الريال as the currency, MISC). A word the tagger left outside any name stays so: in
/// Wikipedia text the definite first word is most often a common head noun (الكلية، الفرقة after كلية الطب، فرقة
/// البيتلز), which no list of heads covers — unless the first word is a head noun (نادي، جامعة: الجامعة is
/// any university) or already definite in the name (الاتحاد الأوروبي). Used by the CoNLL commands with the
/// organization head pass and by the pipeline. Pure.
/// </summary>
public static class OrganizationShortForms
{
    private const int Organization = 2;

    /// <summary>The first words (bases, normalized) that may name their organization alone with the article.</summary>
    /// <param name="tokens">A sentence's tokens.</param>
    /// <param name="chunks">The sentence's chunks (start, end, type; 2 = organization).</param>
    /// <param name="isHead">Whether a normalized word is a head noun of organization names (a cue).</param>
    public static IEnumerable<string> FirstWords(ReadOnlySpan<Token> tokens, IReadOnlyList<(int Start, int End, int Type)> chunks, Func<string, bool> isHead)
    {
        var found = new List<string>();
        foreach (var (s, e, type) in chunks)
        {
            if (type != Organization || e - s < 2 || s >= tokens.Length)
            {
                continue;
            }

            var t = tokens[s];
            var b = t.Base;
            if (t.Kind != TokenKind.Arabic || (t.Clitics & Proclitics.Al) != 0 || b.StartsWith("\u0627\u0644", StringComparison.Ordinal) || b.Length < 3 || isHead(b) || OrganizationHeadPass.IsHead(b.AsSpan()))
            {
                continue;
            }

            found.Add(b);
        }

        return found;
    }

    /// <summary>
    /// Marks the short forms in one sentence: a definite word (any proclitic) whose base is in
    /// <paramref name="firstWords"/> and that a one-word chunk of another type holds becomes a one-word
    /// organization. Returns the chunks, ordered by start.
    /// </summary>
    public static List<(int Start, int End, int Type)> Apply(ReadOnlySpan<Token> tokens, IReadOnlyList<(int Start, int End, int Type)> chunks, IReadOnlySet<string> firstWords)
    {
        var list = chunks.ToList();
        if (firstWords.Count == 0)
        {
            return list;
        }

        for (var at = 0; at < list.Count; at++)
        {
            var j = list[at].Start;
            if (list[at].End - j != 1 || list[at].Type == Organization || j >= tokens.Length)
            {
                continue;
            }

            var t = tokens[j];
            if (t.Kind != TokenKind.Arabic || (t.Clitics & Proclitics.Al) == 0 || !firstWords.Contains(t.Base))
            {
                continue;
            }

            // Only the type changes: the chunks keep their order.
            list[at] = (j, j + 1, Organization);
        }

        return list;
    }
}
