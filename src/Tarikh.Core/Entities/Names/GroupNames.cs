using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Entities.Names;

/// <summary>
/// Names of groups that act in history (label <see cref="EntityLabels.Group"/>, <c>GRP</c>): peoples
/// (الصليبيون، البيزنطيون، الأمريكيون), dynasties (العباسيون، بنو أمية، المماليك), religious communities
/// (المسلمون، الشيعة، الكاثوليك) and tribes (قريش، بنو تميم). Matched on tokens: a listed phrase (the
/// -ين form of every -ون plural is added), a one-word name only with the article status the list gives it
/// ("الفرس" the Persians, not "فرس" a horse), and "بنو" + a name (بنو هلال) for any tribe. Immutable and
/// thread-safe.
/// </summary>
public sealed class GroupNames
{
    private static readonly string Banu = "\u0628\u0646\u0648"; // بنو
    private static readonly string Abd = "\u0639\u0628\u062F"; // عبد

    /// <summary>Creates the list from (name, kind) entries (kinds: dynasty, religion, tribe, people).</summary>
    public GroupNames(IEnumerable<(string Name, string Kind)> entries) => Gazetteer = new Gazetteer(Expand(entries));

    /// <summary>An empty list.</summary>
    public static GroupNames Empty { get; } = new([]);

    /// <summary>The underlying phrase list (every form, normalized).</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>
    /// The forms of each entry: as listed, the -ين (oblique) form of a -ون plural, and, for a one-word
    /// plural listed without the article (a nationality), its definite form too.
    /// </summary>
    public static IEnumerable<(string Name, string Kind)> Expand(IEnumerable<(string Name, string Kind)> entries)
    {
        foreach (var (name, kind) in entries)
        {
            var forms = new List<string> { name };
            if (!name.Contains(' ', StringComparison.Ordinal) && !name.StartsWith("\u0627\u0644", StringComparison.Ordinal))
            {
                forms.Add("\u0627\u0644" + name);
            }

            foreach (var f in forms)
            {
                yield return (f, kind);
                var space = f.IndexOf(' ', StringComparison.Ordinal);
                var first = space < 0 ? f : f[..space];
                if (first.EndsWith("\u0648\u0646", StringComparison.Ordinal) && first.Length > 4)
                {
                    yield return (first[..^2] + "\u064A\u0646" + (space < 0 ? string.Empty : f[space..]), kind);
                }
            }
        }
    }

    /// <summary>
    /// The groups named in a run of tokens (one sentence), longest first, left to right, without overlaps.
    /// <paramref name="isFunctionWord"/> tells which tokens are protected function words (never a tribe's name).
    /// </summary>
    public List<GazetteerHit> Match(ReadOnlySpan<Token> tokens, Func<int, bool>? isFunctionWord = null)
    {
        var hits = new List<GazetteerHit>();
        foreach (var h in Gazetteer.Match(tokens))
        {
            if (h.Length > 1 || ListedAsWritten(tokens[h.Start]))
            {
                hits.Add(h);
            }
        }

        // "بنو" + a name: a tribe or a house (بنو هلال، وبنو عبد الواد), listed or not.
        var next = 0;
        var result = new List<GazetteerHit>(hits.Count);
        for (var i = 0; i < tokens.Length; i++)
        {
            while (next < hits.Count && hits[next].Start + hits[next].Length <= i)
            {
                result.Add(hits[next++]);
            }

            if (next < hits.Count && hits[next].Start <= i)
            {
                continue;
            }

            var t = tokens[i];
            if (t.Kind != TokenKind.Arabic || i + 1 >= tokens.Length || !IsBanu(t) || tokens[i + 1].Kind != TokenKind.Arabic
                || (isFunctionWord?.Invoke(i + 1) ?? false) || (next < hits.Count && hits[next].Start == i + 1))
            {
                continue;
            }

            var length = tokens[i + 1].Norm == Abd && i + 2 < tokens.Length && tokens[i + 2].Kind == TokenKind.Arabic ? 3 : 2;
            if (next < hits.Count && hits[next].Start < i + length)
            {
                continue;
            }

            result.Add(new GazetteerHit(i, length, "tribe"));
            i += length - 1;
        }

        while (next < hits.Count)
        {
            result.Add(hits[next++]);
        }

        return result;
    }

    private static bool IsBanu(Token t)
    {
        for (var k = 0; k <= t.CliticCount; k++)
        {
            if (t.BaseCandidate(k).SequenceEqual(Banu))
            {
                return true;
            }
        }

        return false;
    }

    // A one-word group counts only when the text writes it as listed (with or without its article), past other proclitics.
    private bool ListedAsWritten(Token t)
    {
        for (var k = 0; k <= t.CliticCount; k++)
        {
            var candidate = t.BaseCandidate(k);
            if (candidate.Length >= 3 && Gazetteer.ListsExactly(candidate.ToString()))
            {
                return true;
            }
        }

        return false;
    }
}
