using System.Collections.Immutable;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities.Clustering;

/// <summary>Declared aliases ("المعروف بـ", a name in parentheses or quotes after a person) and the mentions the tagger missed for them.</summary>
public sealed partial class MentionClusterer
{
    /// <summary>Finds declared aliases; adds mentions for aliases the tagger missed.</summary>
    private List<(MentionDraft, MentionDraft)> FindAliases(AnalyzedDocument doc, List<MentionDraft> mentions, Func<int, int, int, MentionDraft?>? build, bool[]? tokenFlags = null)
    {
        var pairs = new List<(MentionDraft, MentionDraft)>();
        var tokens = doc.Tokens;
        var byToken = new MentionsByToken(mentions);

        var handled = new HashSet<int>();

        // Which tokens a mention covers (kept up to date as mentions are added), and the persons in list
        // order: the drafts, then those added for parentheses, then those added for alias cues.
        bool[] covered;
        if (tokenFlags is not null && tokenFlags.Length == tokens.Length)
        {
            covered = tokenFlags;
            Array.Clear(covered);
        }
        else
        {
            covered = new bool[tokens.Length];
        }

        var drafted = new PersonRun();
        foreach (var m in mentions)
        {
            Cover(covered, m);
            drafted.Add(m);
        }

        var parenthesised = new PersonRun();
        var declared = new PersonRun();

        // A parenthesised short name right after a name: "المنظمة العالمية للشيوعية (الكومنترن)".
        // The mentions as they were on entry (those added below are not read again here): an index, not a copy.
        for (int q = 0, drafts = mentions.Count; q < drafts; q++)
        {
            var x = mentions[q];
            var open = x.EndToken;
            if (open + 2 >= tokens.Length || tokens[open].Norm != "(" || tokens[open].Sentence != tokens[x.FirstToken].Sentence)
            {
                continue;
            }

            var close = open + 1;
            while (close < tokens.Length && close - open <= 3 && tokens[close].Kind is TokenKind.Arabic or TokenKind.Latin)
            {
                close++;
            }

            if (close >= tokens.Length || tokens[close].Norm != ")" || close == open + 1 || _lexicon.CueOf(tokens[open + 1].Norm).Class is not (CueClass.None or CueClass.OrgHead or CueClass.LocHead))
            {
                continue;
            }

            // A nationality adjective alone in the parentheses is no second name: news credits its agency so ("بغداد
            // (الفرنسية)": Agence France-Presse), a biography a person's nationality ("(الألماني)").
            if (close == open + 2 && Gazetteers.Demonyms.IsDefiniteAdjective(tokens[open + 1], _lexicon.Groups.Gazetteer, feminineToo: true))
            {
                continue;
            }

            if (!byToken.TryGetStarting(open + 1, out var y))
            {
                if (build is null || covered[open + 1])
                {
                    continue;
                }

                y = build(open + 1, close, x.Type);
                if (y is null || (y.Type == 0 && Names.ClassicalNames.IsOnlyCueWords(y.Words)))
                {
                    continue;
                }

                mentions.Add(y);
                byToken.AddStarting(open + 1, y);
                Cover(covered, y);
                parenthesised.Add(y);
            }

            if (y.Type == x.Type && y.EndToken == close)
            {
                pairs.Add((x, y));
                handled.Add(open + 1);
            }
        }

        foreach (var s in doc.Sentences)
        {
            if (s.IsNoise)
            {
                continue;
            }

            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                if (_lexicon.CueOf(tokens[i].Norm).Class != CueClass.Alias)
                {
                    continue;
                }

                // Y: after the cue and its link words, quotes and brackets.
                var j = i + 1;
                while (j < s.EndToken && (IsAliasWord(tokens[j]) || IsQuote(tokens[j])))
                {
                    j++;
                }

                if (j >= s.EndToken || handled.Contains(j))
                {
                    continue;
                }

                // X: the mention just before the cue (المعروف، الملقب), or the nearest person before (اسمه، المستعار).
                var k = i;
                while (k > s.FirstToken && (IsAliasWord(tokens[k - 1]) || tokens[k - 1].Kind == TokenKind.Punctuation))
                {
                    k--;
                }

                var declarative = tokens[i].Norm.StartsWith("الم", StringComparison.Ordinal) && !tokens[i].Norm.EndsWith("ستعار", StringComparison.Ordinal) && !tokens[i].Norm.EndsWith("حقيقي", StringComparison.Ordinal);
                MentionDraft? x = null;
                if (declarative)
                {
                    byToken.TryGetEnding(k, out x);
                }
                else
                {
                    // The last person (in list order) ending before the cue, in this sentence if there is one.
                    x = LastPerson(doc, declared, parenthesised, drafted, tokens[i].Sentence, k, s.FirstToken)
                        ?? LastPerson(doc, declared, parenthesised, drafted, tokens[i].Sentence, k, -1);
                }

                if (x is null)
                {
                    continue;
                }

                if (!byToken.TryGetStarting(j, out var y))
                {
                    if (build is null || tokens[j].Kind is not (TokenKind.Arabic or TokenKind.Latin) || covered[j])
                    {
                        continue;
                    }

                    // One word, or up to three inside quotes.
                    var end = j + 1;
                    if (j > 0 && IsQuote(tokens[j - 1]))
                    {
                        while (end < s.EndToken && end - j < 3 && !IsQuote(tokens[end]) && tokens[end].Kind == TokenKind.Arabic)
                        {
                            end++;
                        }
                    }

                    // A person's alias made only of titles and ordinals is no name ("لقبه الأول": his first title;
                    // "الملقب بالشيخ"), except after اسمه/واسمه, which gives a name ("اسمه سلطان").
                    y = build(j, end, x.Type);
                    if (y is null || (y.Type == 0 && !tokens[i].NormBase.StartsWith("\u0627\u0633\u0645", StringComparison.Ordinal)
                        && Names.ClassicalNames.IsOnlyCueWords(y.Words)))
                    {
                        continue;
                    }

                    mentions.Add(y);
                    byToken.AddStarting(j, y);
                    Cover(covered, y);
                    declared.Add(y);
                }

                if (!ReferenceEquals(x, y) && (x.Type == y.Type))
                {
                    pairs.Add((x, y));
                    handled.Add(j);
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// The mentions by first token and by end token, as two dictionaries filled with TryAdd over the list would answer
    /// (the first mention in list order wins), plus those added later by first token. When the list's first and end
    /// tokens never go back (the recognizer's start-ordered, non-overlapping mentions), a binary search over the list
    /// answers with no table; the added mentions (a few per document) go to a small table. Otherwise two tables, as before.
    /// </summary>
    private sealed class MentionsByToken
    {
        private readonly List<MentionDraft> _mentions;
        private readonly int _count;
        private readonly Dictionary<int, MentionDraft>? _byStart;
        private readonly Dictionary<int, MentionDraft>? _byEnd;
        private Dictionary<int, MentionDraft>? _added;

        public MentionsByToken(List<MentionDraft> mentions)
        {
            _mentions = mentions;
            _count = mentions.Count;
            for (var i = 1; i < _count; i++)
            {
                if (mentions[i].FirstToken < mentions[i - 1].FirstToken || mentions[i].EndToken < mentions[i - 1].EndToken)
                {
                    _byStart = new Dictionary<int, MentionDraft>(_count);
                    _byEnd = new Dictionary<int, MentionDraft>(_count);
                    foreach (var m in mentions)
                    {
                        _byStart.TryAdd(m.FirstToken, m);
                        _byEnd.TryAdd(m.EndToken, m);
                    }

                    break;
                }
            }
        }

        public bool TryGetStarting(int token, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MentionDraft? m)
        {
            if (_byStart is not null)
            {
                return _byStart.TryGetValue(token, out m);
            }

            m = First(token, end: false);
            return m is not null || (_added is not null && _added.TryGetValue(token, out m));
        }

        public bool TryGetEnding(int token, out MentionDraft? m)
        {
            if (_byEnd is not null)
            {
                return _byEnd.TryGetValue(token, out m);
            }

            m = First(token, end: true);
            return m is not null;
        }

        /// <summary>Records a mention added after the index was made (its first token was not found).</summary>
        public void AddStarting(int token, MentionDraft m)
        {
            if (_byStart is not null)
            {
                _byStart[token] = m;
            }
            else
            {
                (_added ??= []).Add(token, m);
            }
        }

        // The first of the original mentions whose first (or end) token is `token`: the lower bound, then a check.
        private MentionDraft? First(int token, bool end)
        {
            int lo = 0, hi = _count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                var at = end ? _mentions[mid].EndToken : _mentions[mid].FirstToken;
                if (at < token)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo < _count && (end ? _mentions[lo].EndToken : _mentions[lo].FirstToken) == token ? _mentions[lo] : null;
        }
    }

    private static void Cover(bool[] covered, MentionDraft m)
    {
        for (var t = Math.Max(0, m.FirstToken); t < m.EndToken && t < covered.Length; t++)
        {
            covered[t] = true;
        }
    }

    /// <summary>Persons in the order they were added to the mention list; knows whether they are in text order.</summary>
    private sealed class PersonRun
    {
        public readonly List<MentionDraft> Items = [];

        /// <summary>True while starts and ends never go back (mentions in text order, not overlapping).</summary>
        public bool InOrder = true;

        public void Add(MentionDraft m)
        {
            if (m.Type != 0)
            {
                return;
            }

            if (Items.Count > 0 && (m.FirstToken < Items[^1].FirstToken || m.EndToken < Items[^1].EndToken))
            {
                InOrder = false;
            }

            Items.Add(m);
        }

        /// <summary>The last person (in list order) ending at or before <paramref name="end"/> and starting at or after <paramref name="minFirst"/>.</summary>
        public MentionDraft? Last(int end, int minFirst)
        {
            if (!InOrder)
            {
                for (var x = Items.Count - 1; x >= 0; x--)
                {
                    if (Items[x].EndToken <= end && Items[x].FirstToken >= minFirst)
                    {
                        return Items[x];
                    }
                }

                return null;
            }

            // In text order: the last one ending in time has the latest start of all that do.
            int lo = 0, hi = Items.Count - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                if (Items[mid].EndToken <= end)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return found >= 0 && Items[found].FirstToken >= minFirst ? Items[found] : null;
        }
    }

    /// <summary>
    /// The last person in the mention list (drafts, then parenthesised additions, then alias additions) that ends
    /// at or before token <paramref name="end"/> (in sentence <paramref name="sentence"/>) and starts at or after
    /// <paramref name="minFirst"/>. The alias additions come sentence by sentence, so the scan of them stops at the
    /// first one from an earlier sentence.
    /// </summary>
    private static MentionDraft? LastPerson(AnalyzedDocument doc, PersonRun declared, PersonRun parenthesised, PersonRun drafted, int sentence, int end, int minFirst)
    {
        var items = declared.Items;
        for (var x = items.Count - 1; x >= 0; x--)
        {
            var m = items[x];
            if (m.EndToken <= end && m.FirstToken >= minFirst)
            {
                return m;
            }

            if (doc.Tokens[m.FirstToken].Sentence < sentence)
            {
                // Added in an earlier sentence, as are all before it: each ends before `end`, so only the
                // sentence limit can have failed, and it fails for all of them.
                break;
            }
        }

        return parenthesised.Last(end, minFirst) ?? drafted.Last(end, minFirst);
    }

    private bool IsAliasWord(Token t) => _lexicon.CueOf(t.Norm).Class is CueClass.Alias or CueClass.AliasLink;

    private static bool IsQuote(Token t) => t.Kind == TokenKind.Punctuation && t.Norm is "\"" or "'" or "(" or ")" or "«" or "»" or ":";
}
