using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

/// <summary>Document consistency: one type per name (type voting) and a name found once marked where it recurs untagged.</summary>
public sealed partial class EntityRecognizer
{
    /// <summary>
    /// One type per name in a document: a mention whose name (or, for a one-word mention, a word of
    /// longer names; the last word of a person's name counts double) is given another type at least
    /// twice as often elsewhere takes that type.
    /// </summary>
    internal static List<MentionDraft> VoteTypes(List<MentionDraft> mentions)
    {
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        void Vote(string key, int type, int weight)
        {
            if (!votes.TryGetValue(key, out var v))
            {
                v = new int[5];
                votes[key] = v;
            }

            v[type] += weight;
        }

        // Each mention's key, joined once for both loops.
        var keys = new string[mentions.Count];
        for (var x = 0; x < mentions.Count; x++)
        {
            var m = mentions[x];
            keys[x] = m.Key;
            Vote(keys[x], m.Type, 2);
            if (m.Words.Length > 1)
            {
                for (var i = 0; i < m.Words.Length; i++)
                {
                    // The family name of a person ("لينين" of "فلاديمير لينين") is how the text names him alone.
                    Vote(m.Words[i], m.Type, m.Type == 0 && i == m.Words.Length - 1 ? 2 : 1);
                }
            }
        }

        var result = new List<MentionDraft>(mentions.Count);
        for (var x = 0; x < mentions.Count; x++)
        {
            var m = mentions[x];
            var v = votes[keys[x]];
            var best = m.Type;
            for (var t = 0; t < 4; t++)
            {
                if (v[t] >= 2 * Math.Max(1, v[m.Type]) && v[t] > v[best])
                {
                    best = t;
                }
            }

            result.Add(best == m.Type ? m : m with { Type = best });
        }

        return result;
    }

    /// <summary>
    /// Document consistency: a name the tagger found (twice, or once with high confidence) is also
    /// marked where it occurs untagged (with or without proclitics), longest names first.
    /// </summary>
    private void Propagate(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, List<MentionDraft> mentions, bool[] taken)
    {
        var stats = new Dictionary<string, (int Count, double Conf, int[] Types, string[] Words)>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var mKey = m.Key;
            var e = stats.TryGetValue(mKey, out var found) ? found : (Count: 0, Conf: 0.0, Types: new int[5], Words: m.Words);
            e.Types[m.Type]++;
            stats[mKey] = (e.Count + 1, Math.Max(e.Conf, m.Confidence), e.Types, e.Words);
        }

        // The short forms of a person's name chain recur alone later (المعتضد، الخوارزمي، صلاح الدين، يوسف بن أيوب):
        // they are looked for as the person; see ChainShortFormsToPropagate.
        var chainForms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (form, conf) in ChainShortFormsToPropagate(mentions))
        {
            var key = string.Join(' ', form);
            if (!stats.ContainsKey(key))
            {
                chainForms.Add(key);
                var types = new int[5];
                types[0] = 1;
                stats[key] = (2, conf, types, form);
            }
        }

        var byFirst = new Dictionary<string, List<(string[] Words, int Type, double Conf)>>(StringComparer.Ordinal);
        foreach (var (_, (count, conf, types, keyWords)) in stats)
        {
            if (count < 2 && conf < 0.8)
            {
                continue;
            }

            // A chain's short form may start with a chain word (ابن تاشفين); other names never start with a cue.
            if (keyWords.Any(w => w.Length < 2) || (keyWords.Length == 1 && keyWords[0].Length < 3)
                || (_resources.Lexicon.CueOf(keyWords[0]).Class != CueClass.None && !chainForms.Contains(string.Join(' ', keyWords))))
            {
                continue;
            }

            var type = Array.IndexOf(types, types.Max());
            if (!byFirst.TryGetValue(keyWords[0], out var list))
            {
                list = [];
                byFirst[keyWords[0]] = list;
            }

            list.Add((keyWords, type, conf));
        }

        foreach (var list in byFirst.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        var tokens = doc.Tokens;
        var byFirstLookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>(); // no string per token and candidate
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.IsNoise)
            {
                continue;
            }

            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var t = tokens[i];
                if (taken[i] || t.Kind is not (TokenKind.Arabic or TokenKind.Latin))
                {
                    continue;
                }

                for (var k = 0; k <= t.CliticCount; k++)
                {
                    if (!byFirstLookup.TryGetValue(t.BaseCandidate(k), out var candidates))
                    {
                        continue;
                    }

                    var matched = false;
                    foreach (var (keyWords, type, conf) in candidates)
                    {
                        var end = i + keyWords.Length;
                        if (end > sentence.EndToken)
                        {
                            continue;
                        }

                        var ok = true;
                        for (var j = 1; j < keyWords.Length && ok; j++)
                        {
                            ok = !taken[i + j] && tokens[i + j].Norm == keyWords[j];
                        }

                        if (!ok)
                        {
                            continue;
                        }

                        var m = Build(doc, normalized, docNorms, i, end, type, conf * 0.8, MentionSource.Propagated);
                        if (m is null || !WordLists.SameJoined(m.Words, keyWords))
                        {
                            continue;
                        }

                        mentions.Add(m);
                        for (var j = i; j < end; j++)
                        {
                            taken[j] = true;
                        }

                        matched = true;
                        break;
                    }

                    if (matched)
                    {
                        break;
                    }
                }
            }
        }
    }
}
