using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Checks;

/// <summary>
/// The written forms of the document's clusters by first word, as <see cref="CheckContext.ClusterNamedAt"/> tries them
/// (round 15, issue-18), with each first word's forms indexed again by their second word: a token followed by a word
/// reads only the one-word forms and the forms whose second word that next token can be (<see cref="DocumentIndex.TokenIs"/>:
/// the token itself, its forms without proclitics, "ال" + the rest after a prefix that kept the article), in the list's
/// order, so the first match is the one a walk of the whole list finds. A first word that many names share (a common given
/// name in a long document) no longer costs a try of every one of those names at each of its occurrences. Immutable after
/// construction.
/// </summary>
internal sealed class ClusterNames
{
    /// <summary>Lists shorter than this are walked whole (the index costs more than it saves).</summary>
    private const int IndexedFrom = 8;

    private readonly Dictionary<string, Entry> _byFirst;

    public ClusterNames(Dictionary<string, List<(ImmutableArray<string> Form, int Cluster, string Label)>> byFirst)
    {
        _byFirst = byFirst.ToDictionary(kv => kv.Key, kv => new Entry(kv.Value), StringComparer.Ordinal);
    }

    /// <summary>Every first word's forms (tests check the index against a walk of each list).</summary>
    internal IEnumerable<Entry> Entries => _byFirst.Values;

    /// <summary>The forms whose first word is <paramref name="word"/>, or false.</summary>
    public bool TryGet(string word, out Entry entry) => _byFirst.TryGetValue(word, out entry!);

    /// <summary>One first word's forms (longest first) and their positions by second word.</summary>
    internal sealed class Entry
    {
        private readonly int[] _singles = [];
        private readonly Dictionary<string, int[]>? _bySecond;

        public Entry(List<(ImmutableArray<string> Form, int Cluster, string Label)> forms)
        {
            Forms = forms;
            if (forms.Count < IndexedFrom)
            {
                return;
            }

            var singles = new List<int>();
            var bySecond = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < forms.Count; i++)
            {
                var form = forms[i].Form;
                if (form.Length < 2)
                {
                    singles.Add(i);
                    continue;
                }

                if (!bySecond.TryGetValue(form[1], out var list))
                {
                    bySecond[form[1]] = list = [];
                }

                list.Add(i);
            }

            _singles = [.. singles];
            _bySecond = bySecond.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        }

        /// <summary>The forms, longest first (the order in which they are tried).</summary>
        public List<(ImmutableArray<string> Form, int Cluster, string Label)> Forms { get; }

        /// <summary>
        /// The positions in <see cref="Forms"/> (ascending) of the forms that can match at a token followed by
        /// <paramref name="next"/> (null at the end of the tokens: only the one-word forms), or null when the list is walked
        /// whole. A form left out has a second word <paramref name="next"/> cannot be, so it cannot match there.
        /// </summary>
        public List<int>? Candidates(Token? next)
        {
            var found = new List<int>();
            return Candidates(next, found) ? found : null;
        }

        /// <summary>
        /// <see cref="Candidates(Token?)"/> into a list the caller reuses (round 16, issue-18: no list, string or closure per
        /// call): false (and <paramref name="found"/> left empty) when the list is walked whole.
        /// </summary>
        public bool Candidates(Token? next, List<int> found)
        {
            found.Clear();
            if (_bySecond is null)
            {
                return false;
            }

            found.AddRange(_singles);
            if (next is not { } t)
            {
                return true;
            }

            // The words next can be; two of them may be the same word, whose positions are then added twice: the sorted
            // positions are made distinct below (a form has one second word, so distinct words give disjoint positions).
            var bySecond = _bySecond.GetAlternateLookup<ReadOnlySpan<char>>();
            var norm = t.Norm;
            var added = false;
            added |= Add(bySecond, norm, found);
            for (var k = 1; k <= t.CliticCount; k++)
            {
                added |= Add(bySecond, t.BaseCandidate(k), found);
            }

            // "ال" + the rest after a prefix of two to four letters that keeps the article (TokenIs's last case).
            Span<char> withArticle = stackalloc char[64];
            for (var p = 2; p <= 4 && p <= norm.Length; p++)
            {
                if (DocumentIndex.KeepsArticle(norm.AsSpan(0, p)))
                {
                    var n = norm.Length - p + 2;
                    var word = n <= withArticle.Length ? withArticle[..n] : new char[n];
                    "ال".CopyTo(word);
                    norm.AsSpan(p).CopyTo(word[2..]);
                    added |= Add(bySecond, word, found);
                }
            }

            if (added)
            {
                found.Sort();
                var w = 0;
                for (var r = 0; r < found.Count; r++)
                {
                    if (w == 0 || found[r] != found[w - 1])
                    {
                        found[w++] = found[r];
                    }
                }

                found.RemoveRange(w, found.Count - w);
            }

            return true;
        }

        private static bool Add(Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> bySecond, ReadOnlySpan<char> word, List<int> found)
        {
            if (!bySecond.TryGetValue(word, out var positions))
            {
                return false;
            }

            found.AddRange(positions);
            return true;
        }
    }
}
