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
            if (_bySecond is null)
            {
                return null;
            }

            var found = new List<int>(_singles);
            if (next is not { } t)
            {
                return found;
            }

            var seen = new List<string>(4);
            void Add(string word)
            {
                if (!seen.Contains(word) && _bySecond.TryGetValue(word, out var positions))
                {
                    seen.Add(word);
                    found.AddRange(positions);
                }
            }

            var norm = t.Norm;
            Add(norm);
            for (var k = 1; k <= t.CliticCount; k++)
            {
                Add(t.BaseCandidate(k).ToString());
            }

            // "ال" + the rest after a prefix of two to four letters that keeps the article (TokenIs's last case).
            for (var p = 2; p <= 4 && p <= norm.Length; p++)
            {
                if (DocumentIndex.KeepsArticle(norm.AsSpan(0, p)))
                {
                    Add(string.Concat("ال", norm.AsSpan(p)));
                }
            }

            found.Sort();
            return found;
        }
    }
}
