using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Births and deaths told with the verb elided, and siblings ranked by a word after the name (round 17, issue 12a):
/// "ولد محمد سنة 1890، وأخوه علي سنة 1893" (the second conjunct keeps the name and the date, the verb is understood), "عارف الأكبر
/// ولد سنة 1879، وسليم الأصغر سنة 1883"، "لأن عبد الله هو الأكبر" after "الأخوان عبد الله وفيصل".
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>Dual nouns naming a pair of siblings ("ولد فيه الأخوان عارف وسليم"), normalized.</summary>
    private static readonly HashSet<string> SiblingPairNouns = [.. new[]
    {
        "الأخوان", "الأخوين", "الشقيقان", "الشقيقين", "الأختان", "الأختين", "الشقيقتان", "الشقيقتين", "أخوان", "أخوين", "شقيقان", "شقيقين",
    }.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w))];

    /// <summary>The order readings of this file, run with the other order readings (after the event and kinship readers).</summary>
    private void FromGappedAndRankedAfter(DocumentIndex index, List<Claim> list)
    {
        FromGappedLives(index, list);
        FromRanksAfterNames(index, list);
    }

    // ---------- "ولد محمد سنة 1890، وأخوه علي سنة 1893" ----------

    /// <summary>
    /// A birth or a death with its date, followed at once by a conjunct of a person's name and a date with no verb of its own
    /// ("، وسليم الأصغر سنة 1874"، "، وأخوه علي سنة 1890"): the verb is elided, the second date is the second person's birth (death).
    /// The conjunct must close its clause (a verb after the date would make it that verb's time), and its person must be another one.
    /// </summary>
    private void FromGappedLives(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        var anchors = list.Where(c => c.Property is ClaimProperties.BirthDate or ClaimProperties.DeathDate && c.Value.Timex is not null
            && c.Modality == ClaimModality.Asserted && c.Source is ClaimSources.Event or ClaimSources.Apposition).ToList();
        foreach (var anchor in anchors)
        {
            var ti = anchor.Value.Timex!.Value;

            // Round 17 (lead): one date that closes both a birth and a death ("صوفيا التي ولدت وماتت سنة 1868، وليوبوف سنة 1869"):
            // the elided verb of the conjunct could be either; nothing is read.
            var verbToken = index.FirstTokenOf(anchor.Spans[0]);
            if (anchors.Exists(o => o.Property != anchor.Property && o.Value.Timex == ti)
                || BirthAndDeathBefore(index, Math.Max(index.SentenceTokens(index.Tokens[verbToken].Sentence).Start, verbToken - 3), index.TimexToken(ti)))
            {
                continue;
            }

            var k = index.EndTokenOf(doc.Timexes[ti].Span);
            if (k >= index.Tokens.Length || index.Tokens[k].Sentence != index.Tokens[index.TimexToken(ti)].Sentence)
            {
                continue;
            }

            var sentence = index.Tokens[k].Sentence;
            var se = index.SentenceTokens(sentence).End;
            if (index.Tokens[k].Norm is "،" or ",")
            {
                k++;
            }

            // The conjunct opens with "و" on a name or on a kinship word with a pronoun before the name.
            if (k >= se || (index.Tokens[k].Clitics & Proclitics.Wa) == 0)
            {
                continue;
            }

            var first = k;
            if (index.MentionAtToken(k) < 0 && KinCategory(index, k) is not null && EndsWithPronoun(index, k))
            {
                // "، وأخوه الأصغر نبيل سنة …": past the rank after the kinship word.
                k++;
                while (k < se && k < first + 3 && index.MentionAtToken(k) < 0 && RankWord(index.SourceNorm(k)) is not null)
                {
                    k++;
                }
            }

            if (k >= se || PersonStartingAt(index, k, sentence) is not { } named || SamePerson(index, named.Cluster, anchor.Subject))
            {
                continue;
            }

            var person = named.Cluster;

            // Past rank words and a detached pronoun ("وسليم الأصغر"، "وعلي وهو الأصغر") to the date.
            var j = named.End;
            for (var skipped = 0; j < se && skipped < 2 && index.MentionAtToken(j) < 0 && (RankWord(index.SourceNorm(j)) is not null || index.SourceNorm(j) is "هو" or "وهو" or "هي" or "وهي"); skipped++)
            {
                j++;
            }

            var date = index.TimexesInSentence(sentence).FirstOrDefault(t => index.TimexToken(t) == j, -1);
            if (date < 0 || TimeOf(index, date) is not { } value)
            {
                continue;
            }

            var after = index.EndTokenOf(doc.Timexes[date].Span);
            if (after < se && index.Tokens[after].Kind != TokenKind.Punctuation)
            {
                continue;
            }

            var property = anchor.Property;
            if (list.Any(c => c.Property == property && SamePerson(index, c.Subject, person)))
            {
                continue;
            }

            list.Add(new Claim(0, person, property, value, Spans(anchor.Spans[0], named.Span, doc.Timexes[date].Span), ModalityOf(index, first),
                Options.AppositionConfidence)
            {
                Source = ClaimSources.Apposition,
                Sentence = sentence,
            });
        }
    }

    private static bool AnyRankedSame(DocumentIndex index, List<(bool Eldest, int Cluster, TextSpan Name, int Token)>? ranked, int cluster)
    {
        if (ranked is null)
        {
            return false;
        }

        foreach (var r in ranked)
        {
            if (SamePerson(index, r.Cluster, cluster))
            {
                return true;
            }
        }

        return false;
    }

    // A birth verb and a death verb both before the date ("التي ولدت وماتت سنة 1868").
    private static bool BirthAndDeathBefore(DocumentIndex index, int fromToken, int toToken)
    {
        if (toToken <= fromToken)
        {
            return false;
        }

        var (birth, death) = (false, false);
        foreach (var e in index.EventsWithTriggerStartIn(index.Tokens[fromToken].Span.Start, index.Tokens[toToken].Span.Start))
        {
            birth |= index.Document.Events[e].Type == "birth";
            death |= index.Document.Events[e].Type == "death";
        }

        return birth && death;
    }

    // ---------- "عارف الأكبر … وسليم الأصغر"، "الشقيقان حسام وإبراهيم … وحسام هو الأكبر" ----------

    /// <summary>
    /// Two siblings ranked by a word right after each name ("عارف الأكبر ولد سنة 1879، وسليم الأصغر …"، "عبد الله هو الأكبر …
    /// وفيصل الأصغر"), or one of a pair the text names with a dual ("الأخوان عارف وسليم"، "الشقيقان حسام وإبراهيم") ranked so: the
    /// eldest is older than the other. Only where the sentence or the one before speaks of siblings, never for half-siblings, and
    /// never for a rank compared with someone else ("الأكبر منه").
    /// </summary>
    private void FromRanksAfterNames(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            if (!index.IsContent(s) || HalfOrStep(index, s))
            {
                continue;
            }

            var (ss, se) = index.SentenceTokens(s);
            // Allocated at the first ranked name only: most sentences have none (ClaimsTokenAllocationTests).
            List<(bool Eldest, int Cluster, TextSpan Name, int Token)>? ranked = null;
            for (var k = ss + 1; k < se; k++)
            {
                if (RankWord(index.SourceNorm(k)) is not (1 or 100) || RankedAgainst(index, k + 1, se))
                {
                    continue;
                }

                // The rank after the name, past a detached pronoun ("عبد الله هو الأكبر"), or the last word of a name the tagger
                // took it into ("وفيصل الأصغر").
                (int Cluster, TextSpan Span, int End)? named = null;
                var inside = index.MentionAtToken(k);
                if (inside >= 0)
                {
                    var span = doc.Entities[inside].Span;
                    if (doc.Entities[inside].Label == EntityLabels.Person && index.EndTokenOf(span) == k + 1 && index.FirstTokenOf(span) < k)
                    {
                        named = (doc.Entities[inside].Cluster, span, k + 1);
                    }
                }
                else
                {
                    var n = index.SourceNorm(k - 1);
                    var nameEnd = n is "هو" or "وهو" or "هي" or "وهي" ? k - 2 : k - 1;
                    var m = index.MentionAtToken(nameEnd);
                    if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person && index.EndTokenOf(doc.Entities[m].Span) == nameEnd + 1)
                    {
                        named = (doc.Entities[m].Cluster, doc.Entities[m].Span, nameEnd + 1);
                    }
                    else if (m < 0 && nameEnd >= ss && PersonStartingAt(index, nameEnd, s) is { } given && given.End == nameEnd + 1)
                    {
                        named = given;
                    }
                }

                // No lambda over the loop's locals here: its closure would be allocated for every token.
                if (named is not { } p || AnyRankedSame(index, ranked, p.Cluster))
                {
                    continue;
                }

                (ranked ??= []).Add((RankWord(index.SourceNorm(k)) == 1, p.Cluster, p.Span, k));
            }

            if (ranked is null || ranked.Count > 2 || !SiblingsSpokenOf(index, s))
            {
                continue;
            }

            var pairs = new List<((int Cluster, TextSpan Name, int Token) Older, (int Cluster, TextSpan Name, int Token) Younger)>();
            if (ranked.Count == 2 && ranked[0].Eldest != ranked[1].Eldest)
            {
                var (o, y) = ranked[0].Eldest ? (ranked[0], ranked[1]) : (ranked[1], ranked[0]);
                pairs.Add(((o.Cluster, o.Name, o.Token), (y.Cluster, y.Name, y.Token)));
            }
            else if (ranked.Count == 1 && DualPairOther(index, s, ranked[0].Cluster) is { } other and >= 0)
            {
                var r = ranked[0];
                var (oc, os) = (doc.Entities[other].Cluster, doc.Entities[other].Span);
                pairs.Add(r.Eldest ? ((r.Cluster, r.Name, r.Token), (oc, os, -1)) : ((oc, os, -1), (r.Cluster, r.Name, r.Token)));
            }

            foreach (var (older, younger) in pairs)
            {
                var co = older.Cluster;
                var cy = younger.Cluster;
                if (SamePerson(index, co, cy) || list.Any(c => c.Property == ClaimProperties.Sibling && c.Relation is "older" or "younger" && c.Value.Cluster is { } v
                    && (SamePerson(index, c.Subject, co) && SamePerson(index, v, cy) || SamePerson(index, c.Subject, cy) && SamePerson(index, v, co))))
                {
                    continue;
                }

                var rankToken = older.Token >= 0 ? older.Token : younger.Token;
                list.Add(new Claim(0, co, ClaimProperties.Sibling, ClaimValue.OfEntity(cy, doc.Source[younger.Name]),
                    Spans(index.Tokens[rankToken].Span, older.Name, younger.Name), ModalityOf(index, rankToken), Options.AppositionConfidence)
                {
                    Source = ClaimSources.KinshipList,
                    Relation = "younger",
                    Sentence = s,
                });
            }
        }
    }

    /// <summary>
    /// The person named from a token on: a tagged person mention that starts there, or, when the token is untagged, a given name
    /// alone ("وسليم" after "الأخوان عارف وسليم الأيوبي"): the token (past its "و") equal to the first word of the name of exactly one
    /// person named in this sentence or the one before. The cluster, the name's span and the token after it; null otherwise.
    /// </summary>
    private static (int Cluster, TextSpan Span, int End)? PersonStartingAt(DocumentIndex index, int k, int sentence)
    {
        var doc = index.Document;
        var m = index.MentionAtToken(k);
        if (m >= 0)
        {
            return doc.Entities[m].Label == EntityLabels.Person && index.FirstTokenOf(doc.Entities[m].Span) == k
                ? (doc.Entities[m].Cluster, doc.Entities[m].Span, index.EndTokenOf(doc.Entities[m].Span))
                : null;
        }

        var t = index.Tokens[k];
        if (t.Kind != TokenKind.Arabic || t.Base.Length < 3 || t.Base.StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }

        var found = -1;
        var from = index.SentenceTokens(Math.Max(0, sentence - 1)).Start;
        for (var j = from; j < k; j++)
        {
            var mj = index.MentionAtToken(j);
            if (mj < 0 || doc.Entities[mj].Label != EntityLabels.Person || index.FirstTokenOf(doc.Entities[mj].Span) != j)
            {
                continue;
            }

            var first = index.Tokens[j].Base;
            if (first != t.Base)
            {
                continue;
            }

            if (found >= 0 && !SamePerson(index, found, doc.Entities[mj].Cluster))
            {
                return null;
            }

            found = doc.Entities[mj].Cluster;
        }

        return found >= 0 ? (found, t.Span, k + 1) : null;
    }

    /// <summary>True when a rank word is compared with someone ("الأكبر منه"، "الأصغر من أخيه") or ranks a noun ("الأكبر سناً" is kept).</summary>
    private static bool RankedAgainst(DocumentIndex index, int next, int se)
    {
        if (next >= se)
        {
            return false;
        }

        var n = index.SourceNorm(next);
        return n is "من" or "منه" or "منها" or "منهما" or "منهم" || n.StartsWith("بين", StringComparison.Ordinal);
    }

    /// <summary>True when the sentence or the content sentence before it speaks of siblings (a dual, a sibling word, a family word).</summary>
    private bool SiblingsSpokenOf(DocumentIndex index, int s)
    {
        foreach (var sentence in new[] { s, s - 1 })
        {
            if (!index.IsContent(sentence))
            {
                continue;
            }

            var (ss, se) = index.SentenceTokens(sentence);
            for (var k = ss; k < se; k++)
            {
                var n = index.SourceNorm(k);
                if (SiblingPairNouns.Contains(n) || FamilyWords.Contains(n) || Lexicon.Match(index, k, "kin-sibling") > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The other mention of a pair named with a dual sibling noun in this sentence or the one before ("الأخوان عارف وسليم"): the two
    /// person mentions right after the noun, joined by "و"; -1 when the ranked person is not one of them. Null when there is none.
    /// </summary>
    private static int? DualPairOther(DocumentIndex index, int s, int rankedCluster)
    {
        var doc = index.Document;
        foreach (var sentence in new[] { s, s - 1 })
        {
            if (!index.IsContent(sentence))
            {
                continue;
            }

            var (ss, se) = index.SentenceTokens(sentence);
            for (var k = ss; k + 1 < se; k++)
            {
                if (!SiblingPairNouns.Contains(index.SourceNorm(k)))
                {
                    continue;
                }

                var a = index.MentionAtToken(k + 1);
                if (a < 0 || doc.Entities[a].Label != EntityLabels.Person)
                {
                    continue;
                }

                var next = index.EndTokenOf(doc.Entities[a].Span);
                var b = next < se && (index.Tokens[next].Clitics & Proclitics.Wa) != 0 ? index.MentionAtToken(next) : -1;
                if (b < 0 || b == a || doc.Entities[b].Label != EntityLabels.Person)
                {
                    continue;
                }

                if (SamePerson(index, doc.Entities[a].Cluster, rankedCluster))
                {
                    return b;
                }

                if (SamePerson(index, doc.Entities[b].Cluster, rankedCluster))
                {
                    return a;
                }
            }
        }

        return null;
    }
}
