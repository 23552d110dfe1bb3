using System.Collections.Frozen;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Entities.Names;

/// <summary>
/// Names of groups that act in history (label <see cref="EntityLabels.Group"/>, <c>GRP</c>): peoples
/// (الصليبيون، البيزنطيون، الأمريكيون), dynasties (العباسيون، بنو أمية، المماليك), religious communities
/// (المسلمون، الشيعة، الكاثوليك) and tribes (قريش، بنو تميم). Matched on tokens: a listed phrase (the
/// -ين form of every -ون plural is added), a one-word name only with the article status the list gives it
/// ("الفرس" the Persians, not "فرس" a horse; without the article only -ون/-ين plurals: "أمريكيون" but not
/// "روس"), and a house or tribe head + a name for any other house (kind <see cref="House"/>: بنو هلال، آل
/// سعود، قبيلة عنزة; بني only before a name without the article or a listed pair, since بُني is also "was
/// built"). A <see cref="House"/> hit never replaces a name found otherwise (بني سويف the city). Immutable
/// and thread-safe.
/// </summary>
public sealed class GroupNames
{
    private static readonly string Abd = "\u0639\u0628\u062F"; // عبد

    /// <summary>The kind of a group named by a head + a name not in the lists (بنو هلال، آل سعود، قبيلة عنزة).</summary>
    public const string House = "house";

    /// <summary>
    /// The kind of a house whose eponym is a construct name (بنو ذي النون، آل أبي طالب): head + ذو/ذي/ذا or أبو/أبي + a
    /// name. Unlike <see cref="House"/> it takes the eponym a tagger found inside it ("أبي طالب" PER → the house).
    /// </summary>
    public const string ConstructHouse = "house-construct";

    // First words of a construct name (normalized): ذو، ذي، ذا، أبو، أبي.
    private static readonly FrozenSet<string> ConstructWords = new[]
    {
        "\u0630\u0648", "\u0630\u064A", "\u0630\u0627", "\u0627\u0628\u0648", "\u0627\u0628\u064A",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Heads of a house or tribe name (normalized): بنو، بني، آل (آل folds to ال, a token of its own), قبيلة، عشيرة.
    private static readonly System.Collections.Frozen.FrozenSet<string> Heads = new[]
    {
        "\u0628\u0646\u0648", "\u0628\u0646\u064A", "\u0627\u0644", "\u0642\u0628\u064A\u0644\u0647", "\u0639\u0634\u064A\u0631\u0647",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Creates the list from (name, kind) entries (kinds: dynasty, religion, tribe, people).</summary>
    public GroupNames(IEnumerable<(string Name, string Kind)> entries) => Gazetteer = new Gazetteer(Expand(entries));

    /// <summary>Wraps a gazetteer of every form (expanded and normalized already: one read from an image).</summary>
    internal GroupNames(Gazetteer forms) => Gazetteer = forms;

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

                // Without the article only a sound plural is a people (أمريكيون); "روس" may be a person's name.
                if (kind == "people" && !name.EndsWith("\u0648\u0646", StringComparison.Ordinal))
                {
                    forms.RemoveAt(0);
                }
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
    /// <paramref name="isFunctionWord"/> tells which tokens are protected function words or written with a final
    /// alef maksura (never a house head nor a tribe's name: "وبنى قائدهم" is "and their commander built").
    /// </summary>
    public List<GazetteerHit> Match(ReadOnlySpan<Token> tokens, Func<int, bool>? isFunctionWord = null)
    {
        // (Most sentences name no group: the list of gazetteer hits is made at the first one.)
        List<GazetteerHit>? listed = null;
        foreach (var h in Gazetteer.Hits(tokens))
        {
            if (h.Length > 1 || ListedAsWritten(tokens[h.Start]))
            {
                (listed ??= []).Add(h);
            }
        }

        // "بنو" + a name: a tribe or a house (بنو هلال، وبنو عبد الواد), listed or not.
        IReadOnlyList<GazetteerHit> hits = listed is null ? [] : listed;
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
            var head = HeadOf(t);
            if (t.Kind != TokenKind.Arabic || i + 1 >= tokens.Length || head is null || tokens[i + 1].Kind != TokenKind.Arabic
                || (isFunctionWord?.Invoke(i) ?? false)
                || (isFunctionWord?.Invoke(i + 1) ?? false) || (next < hits.Count && hits[next].Start == i + 1)
                || tokens[i + 1].Norm.Length < 2 || (tokens[i + 1].Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0)
            {
                continue;
            }

            // بني before a definite word is the verb "was built" (بني المسجد); بني العباس is a listed pair.
            if (head == "\u0628\u0646\u064A" && tokens[i + 1].Norm.StartsWith("\u0627\u0644", StringComparison.Ordinal))
            {
                continue;
            }

            var length = tokens[i + 1].Norm == Abd && i + 2 < tokens.Length && tokens[i + 2].Kind == TokenKind.Arabic ? 3 : 2;
            if (next < hits.Count && hits[next].Start < i + length)
            {
                continue;
            }

            result.Add(new GazetteerHit(i, length, House));
            i += length - 1;
        }

        while (next < hits.Count)
        {
            result.Add(hits[next++]);
        }

        return result;
    }

    /// <summary>
    /// What the pipeline and the CoNLL name passes match: <see cref="Match"/> (which the tagger's features also use,
    /// unchanged so that the committed model sees what it was trained with), plus two written forms it misses:
    /// a house whose eponym is a construct name takes the name's second word (بنو ذي النون, kind
    /// <see cref="ConstructHouse"/>), and a one-word group written with ل before its article, which drops the
    /// article's alef (للمسلمين، للألمان = ل + المسلمين).
    /// </summary>
    public List<GazetteerHit> MatchWithForms(ReadOnlySpan<Token> tokens, Func<int, bool>? isFunctionWord = null)
    {
        var hits = Match(tokens, isFunctionWord);
        bool[]? covered = null; // made for a sentence with a hit only
        for (var k = 0; k < hits.Count; k++)
        {
            var h = hits[k];
            var end = h.Start + h.Length;
            if (h.Kind == House && h.Length == 2 && end < tokens.Length && ConstructWords.Contains(tokens[h.Start + 1].Norm)
                && tokens[end].Kind == TokenKind.Arabic && tokens[end].Norm.Length >= 2
                && (tokens[end].Clitics & (Proclitics.Wa | Proclitics.Fa | Proclitics.Bi | Proclitics.Li | Proclitics.Ka)) == 0
                && !(isFunctionWord?.Invoke(end) ?? false) && (k + 1 >= hits.Count || hits[k + 1].Start > end))
            {
                hits[k] = h = new GazetteerHit(h.Start, 3, ConstructHouse);
            }

            covered ??= new bool[tokens.Length];
            for (var j = h.Start; j < h.Start + h.Length; j++)
            {
                covered[j] = true;
            }
        }

        Span<char> stack = stackalloc char[128];
        for (var i = 0; i < tokens.Length; i++)
        {
            var norm = tokens[i].Norm;
            if ((covered is not null && covered[i]) || tokens[i].Kind != TokenKind.Arabic || norm.Length < 6 || !norm.StartsWith("\u0644\u0644", StringComparison.Ordinal)
                || (isFunctionWord?.Invoke(i) ?? false))
            {
                continue;
            }

            // ل + the word's article form, built on the stack (no string per word).
            var definite = norm.Length <= stack.Length ? stack[..norm.Length] : new char[norm.Length];
            definite[0] = '\u0627';
            definite[1] = '\u0644';
            norm.AsSpan(2).CopyTo(definite[2..]);
            if (Gazetteer.ListsExactly(definite) && Gazetteer.KindOf(definite) is { } kind)
            {
                hits.Add(new GazetteerHit(i, 1, kind));
            }
        }

        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return hits;
    }

    private static string? HeadOf(Token t)
    {
        for (var k = 0; k <= t.CliticCount; k++)
        {
            var candidate = t.BaseCandidate(k);
            foreach (var h in Heads)
            {
                if (candidate.SequenceEqual(h))
                {
                    return h;
                }
            }
        }

        return null;
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
