using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Claims;

/// <summary>Claims from kinship links and "من مواليد".</summary>
public sealed partial class ClaimExtractor
{
    // ---------- kinship ----------

    private void FromKinship(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        foreach (var link in index.Kinship)
        {
            var k = link;

            // "والده الشيخ راشد (1870–1931) …، ووالدته فاطمة": a kinship word with a pronoun whose possessor was read as a
            // person the sentence names as a relative through another such word speaks of the same possessor as that word.
            if (PossessorIsRelative(index, k))
            {
                if ((index.Subject?.Cluster ?? index.SolePerson) is not { } topic || topic == k.Relative)
                {
                    continue;
                }

                k = k with { Of = topic };
            }

            if (!IsPerson(index, k.Relative) || !IsPerson(index, k.Of) || k.Relative == k.Of)
            {
                continue;
            }

            var (property, relation) = k.Kind switch
            {
                "father" => (ClaimProperties.Father, null),
                "mother" => (ClaimProperties.Mother, null),
                "brother" or "sister" or "sibling" or "siblings" => (ClaimProperties.Sibling, k.Older switch { true => "older", false => "younger", _ => k.Kind }),
                "son" or "daughter" or "child" => (ClaimProperties.Child, (string?)k.Kind),
                "wife" or "husband" or "spouse" => (ClaimProperties.Spouse, k.Kind),
                _ => ((string?)null, (string?)null),
            };
            if (property is null)
            {
                continue;
            }

            var sentence = doc.SentenceAt(k.Evidence.Start);
            TextSpan? relSpan = null;
            foreach (var m in index.MentionsOf(k.Relative))
            {
                if (doc.Entities[m].Span.Start >= k.Evidence.Start)
                {
                    relSpan = doc.Entities[m].Span;
                    break;
                }
            }

            list.Add(new Claim(0, k.Of, property, ClaimValue.OfEntity(k.Relative, relSpan is { } rs ? doc.Source[rs] : index.Cluster(k.Relative)?.Name), Spans(k.Evidence, relSpan),
                ClaimModality.Asserted, Options.AppositionConfidence)
            {
                Source = ClaimSources.Apposition,
                Relation = relation,
                Sentence = sentence,
            });
        }
    }

    /// <summary>
    /// True when the link's kinship word carries a pronoun ("ووالدته") and its possessor is named earlier in the sentence
    /// right after another kinship word with a pronoun ("والده الشيخ راشد"): that name is a relative, not the pronoun's referent.
    /// </summary>
    private bool PossessorIsRelative(DocumentIndex index, KinshipLink k)
    {
        var doc = index.Document;
        var evidence = index.FirstTokenOf(k.Evidence);
        if (evidence >= index.Tokens.Length || !PronounKin(index, evidence))
        {
            return false;
        }

        var sentence = index.Tokens[evidence].Sentence;
        foreach (var m in index.MentionsInSentence(sentence))
        {
            if (doc.Entities[m].Cluster != k.Of || doc.Entities[m].Span.Start >= k.Evidence.Start)
            {
                continue;
            }

            var first = index.FirstTokenOf(doc.Entities[m].Span);
            var (ss, _) = index.SentenceTokens(sentence);
            var j = first - 1;
            for (var skipped = 0; j >= ss && skipped < 3 && Lexicon.Match(index, j, "kin-link") == 1; skipped++)
            {
                j--;
            }

            if (j >= ss && Lexicon.Match(index, j, "kin") > 0 && PronounKin(index, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the token is a kinship word ending with a possessive pronoun ("والده"، "أخته"، "ابنها").</summary>
    private bool PronounKin(DocumentIndex index, int token)
    {
        if (Lexicon.Match(index, token, "kin") == 0)
        {
            return false;
        }

        var text = index.Document.Source.Text.AsSpan(index.Tokens[token].Span.Start, index.Tokens[token].Span.Length);
        return text.EndsWith("ه", StringComparison.Ordinal) || text.EndsWith("ها", StringComparison.Ordinal) || text.EndsWith("هما", StringComparison.Ordinal);
    }

    // ---------- "من مواليد" ----------

    private void FromBornIn(DocumentIndex index, List<Claim> list, Dictionary<int, string> used)
    {
        var doc = index.Document;
        for (var i = 0; i < index.Tokens.Length; i++)
        {
            if (index.Tokens[i].Base != "مواليد" || !index.IsContent(index.Tokens[i].Sentence))
            {
                continue;
            }

            var (cs, ce) = index.ClauseOf(i);
            var (ss, _) = index.SentenceTokens(index.Tokens[i].Sentence);
            // Whose: the nearest person named before it in the clause, else in the sentence.
            var who = -1;
            TextSpan? whoSpan = null;
            for (var k = i - 1; k >= ss && who < 0; k--)
            {
                var c = index.ClusterAtToken(k);
                if (c >= 0 && IsPerson(index, c))
                {
                    who = c;
                    whoSpan = doc.Entities[index.MentionAtToken(k)].Span;
                }
            }

            if (who < 0)
            {
                continue;
            }

            var cue = TokenSpan(index, i > cs && index.Tokens[i - 1].Norm == "من" ? i - 1 : i, i + 1);
            foreach (var ti in index.TimexesInClause(i))
            {
                var tt = index.TimexToken(ti);
                if (tt <= i || tt > i + 4 || used.ContainsKey(ti) || TimeOf(index, ti) is not { } value)
                {
                    continue;
                }

                list.Add(new Claim(0, who, ClaimProperties.BirthDate, value, Spans(whoSpan, cue, doc.Timexes[ti].Span), ModalityOf(index, i), Options.AppositionConfidence)
                {
                    Source = ClaimSources.BornIn,
                    Sentence = index.Tokens[i].Sentence,
                });
                break;
            }

            for (var k = i + 1; k < Math.Min(ce, i + 4); k++)
            {
                var m = index.MentionAtToken(k);
                if (m >= 0 && doc.Entities[m].Label == EntityLabels.Location)
                {
                    list.Add(new Claim(0, who, ClaimProperties.BirthPlace, ClaimValue.OfEntity(doc.Entities[m].Cluster, doc.Entities[m].Text), Spans(whoSpan, cue, doc.Entities[m].Span),
                        ModalityOf(index, i), Options.AppositionConfidence)
                    {
                        Source = ClaimSources.BornIn,
                        Place = doc.Entities[m].Cluster,
                        Sentence = index.Tokens[i].Sentence,
                    });
                    break;
                }
            }
        }
    }
}
