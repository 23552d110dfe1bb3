using System.Collections.Immutable;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities.Clustering;

/// <summary>Kinship relations between clusters, the document subject, and the kind of a place or organization cluster by vote.</summary>
public sealed partial class MentionClusterer
{
    /// <summary>Kinship: "شقيقه الأكبر ألكسندر" → ألكسندر is brother of the last person named before; "شقيق لينين الأكبر ألكسندر" → of لينين.</summary>
    private void Relations(AnalyzedDocument doc, List<MentionDraft> mentions, List<Group> groups, int[] groupOf)
    {
        var tokens = doc.Tokens;
        var byStart = new Dictionary<int, int>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            byStart.TryAdd(mentions[i].FirstToken, i);
        }

        // Persons by end token: the tokens below are visited in order, so "the last person (in list order) that
        // ends before token i" is kept up to date by one sweep.
        var persons = new List<int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type == 0)
            {
                persons.Add(i);
            }
        }

        persons.Sort((a, b) => mentions[a].EndToken != mentions[b].EndToken ? mentions[a].EndToken.CompareTo(mentions[b].EndToken) : a.CompareTo(b));
        var swept = 0;
        var lastBefore = -1;

        foreach (var s in doc.Sentences)
        {
            if (s.IsNoise)
            {
                continue;
            }

            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                var cue = CueForKin(tokens[i]);
                if (cue.Class != CueClass.Kin || cue.Kind is null)
                {
                    continue;
                }

                // "لابن أخيه هنري" (a nephew)، "بنت عمه": a kinship noun in construct before the word makes a compound term; the inner word is no relation.
                if (i > s.FirstToken && KinConstruct.Governs(tokens[i - 1]))
                {
                    continue;
                }

                var kind = cue.Kind;
                var surface = doc.Source.Slice(tokens[i].Span);
                if (surface.EndsWith("ة") && kind is "father" or "brother" or "husband")
                {
                    kind = kind switch { "father" => "mother", "brother" => "sister", _ => "wife" };
                }

                int? possessor = null;
                var j = i + 1;
                if (byStart.TryGetValue(j, out var pm) && mentions[pm].Type == 0 && !surface.EndsWith("ه") && !surface.EndsWith("ها"))
                {
                    possessor = groupOf[pm];
                    j = mentions[pm].EndToken;
                }

                while (j < s.EndToken && _lexicon.CueOf(tokens[j].Norm).Class == CueClass.Modifier)
                {
                    j++;
                }

                if (!byStart.TryGetValue(j, out var rm) || mentions[rm].Type != 0)
                {
                    continue;
                }

                if (possessor is null)
                {
                    while (swept < persons.Count && mentions[persons[swept]].EndToken <= i)
                    {
                        lastBefore = Math.Max(lastBefore, persons[swept]);
                        swept++;
                    }

                    if (lastBefore < 0)
                    {
                        continue;
                    }

                    possessor = groupOf[FirstIndexOf(mentions, mentions[lastBefore])];
                }

                var relative = groups[groupOf[rm]];
                if (groupOf[rm] == possessor)
                {
                    continue;
                }

                var evidence = new TextSpan(tokens[i].Span.Start, tokens[j - 1].Span.End);
                if (!HasRelation(relative.Relations ??= [], kind, possessor.Value))
                {
                    relative.Relations.Add(new EntityRelation(kind, possessor.Value, evidence));
                }

                if (j == i + 1 || !byStart.ContainsKey(i + 1))
                {
                    (relative.DeclaredAliases ??= []).Add(doc.Source[evidence]);
                }
            }
        }
    }

    // A loop, not Any with a lambda: the lambda's captures made the loop allocate a closure for every token.
    private static bool HasRelation(List<EntityRelation> relations, string kind, int of)
    {
        foreach (var r in relations)
        {
            if (r.Kind == kind && r.Of == of)
            {
                return true;
            }
        }

        return false;
    }

    private Cue CueForKin(Token t)
    {
        var c = _lexicon.CueOf(t.Norm);
        if (c.Class == CueClass.Kin)
        {
            return c;
        }

        // "وشقيقه", "ووالدته": a conjunction before the kinship noun.
        if ((t.Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0 && t.Norm.Length > 3)
        {
            return _lexicon.CueOf(t.Norm.AsSpan(1));
        }

        return default;
    }

    private static int? Subject(AnalyzedDocument doc, List<MentionDraft> mentions, List<Group> groups, int[] groupOf)
    {
        if (groups.Count == 0)
        {
            return null;
        }

        var firstSentences = doc.Sentences.Select((s, i) => (s, i)).Where(p => !p.s.IsNoise && p.s.TokenCount > 0).Take(2).Select(p => p.i).ToList();
        var scores = new double[groups.Count];
        var firstNamed = false;
        for (var i = 0; i < mentions.Count; i++)
        {
            var g = groupOf[i];
            scores[g] += 1;
            var sentence = doc.Tokens[mentions[i].FirstToken].Sentence;
            if (firstSentences.Count > 0 && sentence == firstSentences[0])
            {
                // The first person the opening sentence names is the one it is about ("وُلد غاليليو غاليلي …، ابناً للموسيقي
                // فينتشنزو غاليلي"), even when a namesake of the father (a grandson named after him) adds to the father's mentions.
                var first = !firstNamed && groups[g].Type == 0;
                scores[g] += first ? 16 : 10;
                firstNamed |= first;
            }
            else if (firstSentences.Count > 1 && sentence == firstSentences[1])
            {
                scores[g] += 4;
            }
        }

        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Type == 0)
            {
                scores[g] *= 1.5;
            }
        }

        var best = 0;
        for (var g = 1; g < groups.Count; g++)
        {
            if (scores[g] > scores[best])
            {
                best = g;
            }
        }

        return best;
    }

    private string? KindOf(AnalyzedDocument doc, List<MentionDraft> mentions, Group g, Func<int, string> keyOf, List<(string Kind, int Count)> votes)
    {
        if (g.Type == 0)
        {
            return null;
        }

        votes.Clear();
        foreach (var i in g.Members)
        {
            var m = mentions[i];
            string? kind = null;
            if (g.Type == 1)
            {
                kind = _lexicon.Places.KindOf(keyOf(i));
            }
            else if (_lexicon.Names.KindOf(keyOf(i)) is { } listed && listed.StartsWith(g.Type == 2 ? "org:" : "misc:", StringComparison.Ordinal))
            {
                // The name lists give organizations (club, newspaper, party…) and other names (currency, war, prize…) a kind.
                var fine = listed[(listed.IndexOf(':') + 1)..];
                fine = fine.StartsWith("wiki-", StringComparison.Ordinal) ? fine[5..] : fine;
                kind = fine == "other" ? null : fine;
            }

            var head = _lexicon.CueOf(m.Words[0]);
            if (kind is null && g.Type != 3 && head.Kind is not null && head.Class == (g.Type == 1 ? CueClass.LocHead : CueClass.OrgHead))
            {
                kind = head.Kind;
            }

            if (kind is null && g.Type != 3 && m.FirstToken > 0)
            {
                var before = doc.Tokens[m.FirstToken - 1];
                var c = _lexicon.CueOf(before.Norm);
                if (c.Class == CueClass.None && before.CliticCount > 0)
                {
                    c = _lexicon.CueOf(before.NormBase);
                }

                if (c.Kind is not null && c.Class == (g.Type == 1 ? CueClass.LocHead : CueClass.OrgHead))
                {
                    kind = c.Kind;
                }
            }

            if (kind is not null)
            {
                Vote(votes, kind);
            }
        }

        // The kind with the most votes, the ordinally first on a tie.
        string? winner = null;
        var most = 0;
        foreach (var (kind, count) in votes)
        {
            if (count > most || (count == most && string.CompareOrdinal(kind, winner) < 0))
            {
                winner = kind;
                most = count;
            }
        }

        return winner;
    }

    private static void Vote(List<(string Kind, int Count)> votes, string kind)
    {
        for (var v = 0; v < votes.Count; v++)
        {
            if (votes[v].Kind == kind)
            {
                votes[v] = (kind, votes[v].Count + 1);
                return;
            }
        }

        votes.Add((kind, 1));
    }
}
