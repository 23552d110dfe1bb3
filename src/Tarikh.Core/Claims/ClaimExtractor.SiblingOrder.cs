using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Claims of birth order that the kinship readers do not take (round 10, issue 12k): ranked lists of children ("أنجب ولدين: البكر
/// كريم …، والثاني سليم …"), a superlative over the children ("أكبر أبنائه عمر"، "صغرى بناته ليلى"), a relative born in a clause of
/// its own ("وولدت أخته الصغرى فاطمة سنة …"), a birth compared with the person's ("وولد أخوه محمد قبله")، and an age in
/// parentheses after a name ("شقيقه الأكبر نيكولا (19 عاماً)").
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>The <see cref="Claim.Relation"/> of an age stated in parentheses right after a name, at the time of the text.</summary>
    internal const string StatedAge = "stated";

    /// <summary>Children or siblings nouns with a pronoun that a superlative ranks ("أكبر أبنائه"، "صغرى بناتها"), normalized.</summary>
    private static readonly HashSet<string> ChildrenOfPronoun = [.. new[]
    {
        "أبنائه", "أبنائها", "أبنائهما", "أولاده", "أولادها", "أولادهما", "بناته", "بناتها", "بناتهما", "ابنائه", "ابنائها",
    }.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w))];

    /// <summary>Words that make a sentence speak of a family's children (a ranked list is only read there), normalized.</summary>
    private static readonly HashSet<string> FamilyWords = [.. new[]
    {
        "ولدين", "ابنين", "ابنتين", "بنتين", "أبناء", "أولاد", "بنات", "أبناؤه", "أبناؤها", "أولاده", "أولادها", "أبنائه", "أبنائها", "بناته",
        "بناتها", "أنجب", "أنجبت", "أنجبا", "رزق", "رزقت", "رزقا", "أخوين", "شقيقين", "الإخوة", "الأخوين", "الشقيقين", "الأخوات", "الشقيقات",
        "إخوته", "إخوتها", "الأبناء", "الأولاد", "البنات", "توأم", "بابنتين", "بولدين", "بابنين", "الولد",
    }.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w))];

    /// <summary>A rank word's place among siblings: 1 the eldest, 2–5 by ordinal, 50 the middle one, 100 the youngest; null otherwise.</summary>
    private static int? RankWord(string norm)
    {
        // A span, not a substring: this runs on every token (ClaimsTokenAllocationTests).
        var n = norm.Length > 3 && norm[0] is 'و' or 'ف' ? norm.AsSpan(1) : norm.AsSpan();
        return n switch
        {
            "البكر" or "بكرهما" or "بكره" or "بكرها" or "بكرهم" or "الاكبر" or "الكبري" or "الكبرى" or "الاول" or "الاولي" or "الاولى" => 1,
            // "كبراهما آنا …، وصغراهما ماريا": the superlative with the pronoun of the pair (or of the children) it ranks.
            "كبراهما" or "اكبرهما" or "كبراهم" or "اكبرهم" or "كبراهن" or "اكبرهن" => 1,
            "صغراهما" or "اصغرهما" or "صغراهم" or "اصغرهم" or "صغراهن" or "اصغرهن" => 100,
            "الثاني" or "الثانيه" => 2,
            "الثالث" or "الثالثه" => 3,
            "الرابع" or "الرابعه" => 4,
            "الخامس" or "الخامسه" => 5,
            "الاوسط" or "الوسطي" or "الوسطى" => 50,
            "الاصغر" or "الصغري" or "الصغرى" or "الاخير" or "الاخيره" => 100,
            _ => null,
        };
    }

    /// <summary>
    /// True when the sentence speaks of half-siblings or stepchildren ("من زوجته الثانية"، "أخوه غير الشقيق"، "أخوه لأبيه"، "ربيبه"):
    /// a rank there may count the children of one marriage only, so no order is read from it.
    /// </summary>
    private static bool HalfOrStep(DocumentIndex index, int sentence)
    {
        var (ss, se) = index.SentenceTokens(sentence);
        for (var k = ss; k < se; k++)
        {
            // Spans, not substrings: this runs on every token of a sentence (ClaimsTokenAllocationTests).
            var n = index.SourceNorm(k).AsSpan();
            n = n.Length > 3 && n[0] is 'و' or 'ف' or 'ب' or 'ل' && n[1..].StartsWith("زوج", StringComparison.Ordinal) ? n[1..] : n;
            if (n.StartsWith("زوج", StringComparison.Ordinal) || n.StartsWith("زواج", StringComparison.Ordinal) || n.StartsWith("ربيب", StringComparison.Ordinal)
                || n is "لابيه" or "لامه" or "لابيها" or "لامها" || n is "غير" && k + 1 < se && index.SourceNorm(k + 1).StartsWith("الشقيق", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>All the order readings of this file, run after the kinship readers (their claims are in <paramref name="list"/>).</summary>
    private void FromSiblingOrder(DocumentIndex index, List<Claim> list)
    {
        FromRankedLists(index, list);
        FromChildSuperlatives(index, list);
        FromRelativeBirths(index, list);
        FromBirthComparisons(index, list);
        FromStatedAges(index, list);
        FromGappedAndRankedAfter(index, list);
    }

    // ---------- "أنجب ولدين: البكر كريم (ولد 1921)، والثاني سليم (ولد 1918)" ----------

    private void FromRankedLists(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            if (!index.IsContent(s))
            {
                continue;
            }

            var (ss, se) = index.SentenceTokens(s);
            var family = false;
            for (var k = ss; k < se && !family; k++)
            {
                var n = index.SourceNorm(k);
                family = FamilyWords.Contains(n) || FamilyWords.Contains(index.Tokens[k].Norm) || FamilyWords.Contains(index.Tokens[k].Base)
                    || Lexicon.Match(index, k, "kin-child") > 0 || Lexicon.Match(index, k, "kin-sibling") > 0;
            }

            if (!family || HalfOrStep(index, s))
            {
                continue;
            }

            // (rank, mention, rank token): the rank right before the name (past one title) or the first word of the name itself.
            var ranked = new List<(int Rank, int Mention, int Token)>();
            for (var k = ss; k < se; k++)
            {
                if (RankWord(index.SourceNorm(k)) is not { } rank)
                {
                    continue;
                }

                var m = index.MentionAtToken(k);
                if (m >= 0 && doc.Entities[m].Span.Start != index.Tokens[k].Span.Start)
                {
                    continue;
                }

                if (m < 0)
                {
                    for (var j = k + 1; j < Math.Min(se, k + 3) && m < 0; j++)
                    {
                        var mj = index.MentionAtToken(j);
                        if (mj >= 0)
                        {
                            m = doc.Entities[mj].Span.Start == index.Tokens[j].Span.Start ? mj : -2;
                        }
                        else if (index.Tokens[j].Kind != TokenKind.Arabic || !index.Tokens[j].Norm.StartsWith("ال", StringComparison.Ordinal))
                        {
                            break;
                        }
                    }
                }

                if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person && !ranked.Any(r => r.Mention == m))
                {
                    ranked.Add((rank, m, k));
                }
            }

            UnrankedInList(index, ss, se, ranked);
            if (ranked.Select(r => r.Rank).Distinct().Count() < 2)
            {
                continue;
            }

            foreach (var a in ranked)
            {
                foreach (var b in ranked)
                {
                    // The elder's younger sibling; a middle one is compared with the extremes only.
                    if (a.Rank >= b.Rank || (a.Rank == 50 || b.Rank == 50) && a.Rank != 1 && b.Rank != 100)
                    {
                        continue;
                    }

                    var ca = doc.Entities[a.Mention].Cluster;
                    var cb = doc.Entities[b.Mention].Cluster;
                    if (SamePerson(index, ca, cb))
                    {
                        continue;
                    }

                    list.Add(new Claim(0, ca, ClaimProperties.Sibling, ClaimValue.OfEntity(cb, doc.Source[doc.Entities[b.Mention].Span]),
                        Spans(index.Tokens[a.Token].Span, doc.Entities[a.Mention].Span, index.Tokens[b.Token].Span, doc.Entities[b.Mention].Span),
                        ModalityOf(index, a.Token), Options.AppositionConfidence)
                    {
                        Source = ClaimSources.KinshipList,
                        Relation = "younger",
                        Sentence = s,
                    });
                }
            }
        }
    }

    /// <summary>
    /// "خلّف ولدين: بكره عبد الرحيم …، وخديجة …": a list of children with one extreme ranked (the firstborn, the eldest, the youngest)
    /// and the others named without a rank. The firstborn or the eldest is older than every other child the list names, the youngest
    /// younger; the others get the opposite extreme. Only the names after the first family word of the sentence (the list, not the
    /// parent before it), only persons, at most four, and only when one name alone is ranked.
    /// </summary>
    private static bool Opens(DocumentIndex index, int k)
        => (index.Tokens[k].Clitics & Proclitics.Wa) != 0 || index.Tokens[k - 1].Norm is "،" or "," or ":" or "و";

    private void UnrankedInList(DocumentIndex index, int ss, int se, List<(int Rank, int Mention, int Token)> ranked)
    {
        if (ranked.Count != 1 || ranked[0].Rank is not (1 or 100))
        {
            return;
        }

        var doc = index.Document;
        var listStart = -1;
        for (var k = ss; k < se && listStart < 0; k++)
        {
            var n = index.SourceNorm(k);
            if (FamilyWords.Contains(n) || FamilyWords.Contains(index.Tokens[k].Norm) || FamilyWords.Contains(index.Tokens[k].Base))
            {
                listStart = k;
            }
        }

        if (listStart < 0 || listStart > ranked[0].Token)
        {
            listStart = ranked[0].Token;
        }

        var others = new List<(int Mention, int Token)>();
        for (var k = listStart + 1; k < se; k++)
        {
            var m = index.MentionAtToken(k);
            if (m < 0 || m == ranked[0].Mention || doc.Entities[m].Label != EntityLabels.Person || index.MentionAtToken(k - 1) == m
                || others.Any(o => o.Mention == m))
            {
                continue;
            }

            // A list item opens after a comma, "و" or the colon, or after a kinship word that opens so ("، وأختها هالة"، "وشقيقته
            // نورة"); a name inside another item's phrase ("ابنة عمه سعاد") is no child here.
            var opens = Opens(index, k) || (index.MentionAtToken(k - 1) < 0 && index.Tokens[k - 1].Kind == TokenKind.Arabic && Opens(index, k - 1)
                && (Lexicon.Match(index, k - 1, "kin-sibling") > 0 || Lexicon.Match(index, k - 1, "kin-child") > 0));
            if (opens && !ranked.Any(r => r.Mention == m))
            {
                others.Add((m, k));
            }
        }

        if (others.Count is 0 or > 4)
        {
            return;
        }

        var opposite = ranked[0].Rank == 1 ? 100 : 1;
        foreach (var (m, k) in others)
        {
            ranked.Add((opposite, m, k));
        }
    }

    // ---------- "أكبر أبنائه عمر"، "صغرى بناتها ليلى" ----------

    private void FromChildSuperlatives(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        for (var k = 0; k + 1 < index.Tokens.Length; k++)
        {
            var n = index.SourceNorm(k);
            n = n.Length > 3 && n[0] is 'و' or 'ف' ? n[1..] : n;
            bool? eldest = n is "اكبر" or "كبري" or "كبرى" ? true : n is "اصغر" or "صغري" or "صغرى" ? false : null;
            var sentence = index.Tokens[k].Sentence;
            if (eldest is null || index.Tokens[k + 1].Sentence != sentence || !ChildrenOfPronoun.Contains(index.SourceNorm(k + 1)) || !index.IsContent(sentence)
                || HalfOrStep(index, sentence))
            {
                continue;
            }

            if (NamedAfter(index, k + 1, 3, allowPrefix: false) is not { } child)
            {
                continue;
            }

            var relation = eldest.Value ? "eldest" : "youngest";
            list.Add(new Claim(0, doc.Entities[child].Cluster, ClaimProperties.BirthOrder, new ClaimValue(ClaimValueKind.Text, Text: relation),
                Spans(TokenSpan(index, k, k + 2), doc.Entities[child].Span), ModalityOf(index, k), Options.AppositionConfidence)
            {
                Source = ClaimSources.KinshipList,
                Relation = relation,
                Sentence = sentence,
            });
        }
    }

    // ---------- "وولدت أخته الصغرى فاطمة سنة تسع وأربعين وسبعمائة" ----------

    /// <summary>
    /// True for a birth verb ("ولد"، "وُلدت"، "فولد"), the imperfect of a narration in the present ("يولد أخوه الأصغر حسن"، "وتولد أخته")
    /// or the colloquial forms ("اتولد"، "انولدت"); not a noun of birth.
    /// </summary>
    private static bool BirthVerb(DocumentIndex index, int k)
    {
        // A span, not a substring: this runs on every token (ClaimsTokenAllocationTests).
        var norm = index.SourceNorm(k);
        var n = norm.Length > 4 && norm[0] is 'و' or 'ف' && norm[1] is 'ي' or 'ت' or 'ا' ? norm.AsSpan(1) : norm.AsSpan();
        return n is "ولد" or "ولدت" or "وولد" or "وولدت" or "فولد" or "فولدت" or "فوولد" or "فوولدت" or "يولد" or "تولد" or "اتولد" or "اتولدت" or "انولد" or "انولدت";
    }

    /// <summary>The kinship claim category of a kinship word with a pronoun: sibling, child, father, mother; null otherwise.</summary>
    private string? KinCategory(DocumentIndex index, int k)
        => Lexicon.Match(index, k, "kin-sibling") > 0 ? ClaimProperties.Sibling
            : Lexicon.Match(index, k, "kin-child") > 0 ? ClaimProperties.Child
            : Lexicon.Match(index, k, "kin-father") > 0 ? ClaimProperties.Father
            : Lexicon.Match(index, k, "kin-mother") > 0 ? ClaimProperties.Mother
            : null;

    /// <summary>
    /// A birth verb followed by a kinship word with a pronoun and a name ("وولد أخوه محمد"، "في حين ولد شقيقه أيمن عام 1993"): the
    /// date of its clause is the relative's birth, and the relative is the person's named before (else the sentence's subject).
    /// </summary>
    private void FromRelativeBirths(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        for (var v = 0; v + 2 < index.Tokens.Length; v++)
        {
            var sentence = index.Tokens[v].Sentence;
            if (!BirthVerb(index, v) || !index.IsContent(sentence) || index.Tokens[v + 1].Sentence != sentence || index.MentionAtToken(v + 1) >= 0)
            {
                continue;
            }

            var kin = v + 1;
            if (KinCategory(index, kin) is not { } property || !EndsWithPronoun(index, kin))
            {
                continue;
            }

            var (ss, se) = index.SentenceTokens(sentence);
            var (_, ce) = index.ClauseOf(v);
            bool? older = null;
            var m = -1;
            for (var j = kin + 1; j < Math.Min(Math.Min(se, ce), kin + 4) && m < 0; j++)
            {
                var mj = index.MentionAtToken(j);
                if (mj >= 0)
                {
                    m = doc.Entities[mj].Label == EntityLabels.Person && doc.Entities[mj].Span.Start == index.Tokens[j].Span.Start ? mj : -2;
                    break;
                }

                if (RankWord(index.SourceNorm(j)) is { } r)
                {
                    older = r == 1 ? true : r == 100 ? false : older;
                }
                else if (!KinGapWord(index, j))
                {
                    break;
                }
            }

            if (m < 0)
            {
                continue;
            }

            var relative = doc.Entities[m].Cluster;
            var possessor = -1;
            for (var j = v - 1; j >= ss && possessor < 0; j--)
            {
                var c = index.ClusterAtToken(j);
                if (c >= 0 && IsPerson(index, c))
                {
                    possessor = c;
                }
            }

            if (possessor < 0)
            {
                possessor = index.SubjectAt(sentence) ?? -1;
            }

            if (possessor < 0 || !IsPerson(index, possessor) || SamePerson(index, possessor, relative))
            {
                continue;
            }

            var relSpan = doc.Entities[m].Span;
            if (!KinClaimOfPair(index, list, relative, possessor))
            {
                list.Add(new Claim(0, possessor, property, ClaimValue.OfEntity(relative, doc.Source[relSpan]), Spans(index.Tokens[kin].Span, relSpan),
                    ClaimModality.Asserted, Options.AppositionConfidence)
                {
                    Source = ClaimSources.Apposition,
                    Relation = property == ClaimProperties.Sibling ? older switch { true => "older", false => "younger", _ => "sibling" } : null,
                    Sentence = sentence,
                });
            }

            var nameEnd = index.EndTokenOf(relSpan);
            foreach (var ti in index.TimexesInClause(v).Concat(DateRightBefore(index, v)))
            {
                var tt = index.TimexToken(ti);
                if ((tt < nameEnd || tt >= ce) && !(tt < v && ti == DateRightBefore(index, v).FirstOrDefault(-1)) || index.AppositionAt(tt) is not null
                    || TimeOf(index, ti) is not { } value || tt > v && DeathVerbBetween(index, nameEnd, tt))
                {
                    continue;
                }

                if (!HasBirthClaim(index, list, ti, relative))
                {
                    list.Add(new Claim(0, relative, ClaimProperties.BirthDate, value, Spans(index.Tokens[v].Span, relSpan, doc.Timexes[ti].Span), ModalityOf(index, v),
                        Options.AppositionConfidence)
                    {
                        Source = ClaimSources.Apposition,
                        Sentence = sentence,
                    });
                }

                break;
            }
        }
    }

    /// <summary>
    /// The date fronted right before a birth verb, at most a comma between ("في عام 1788، يولد أخوه الأصغر حسن"): taken when the clause
    /// after the name has no date of its own (those come first).
    /// </summary>
    private static IEnumerable<int> DateRightBefore(DocumentIndex index, int verb)
    {
        // Only a fronted adverbial ("في عام 1788، يولد"، a sentence opening on its date) and a verb with no "و" of its own: in "توفي
        // والده سنة 1290، وولد أخوه علي" the date ends the clause before.
        var sentence = index.Tokens[verb].Sentence;
        var end = verb > 0 && index.Tokens[verb - 1].Norm is "،" or "," ? verb - 1 : verb;
        if ((index.Tokens[verb].Clitics & Proclitics.Wa) != 0 || index.SourceNorm(verb).StartsWith('ف'))
        {
            yield break;
        }

        var ss = index.SentenceTokens(sentence).Start;
        foreach (var ti in index.TimexesInSentence(sentence))
        {
            var first = index.TimexToken(ti);
            if (index.EndTokenOf(index.Document.Timexes[ti].Span) == end
                && (first == ss || index.SourceNorm(first - 1) is "في" or "وفي" || index.SourceNorm(first) is "في" or "وفي"))
            {
                yield return ti;
            }
        }
    }

    // ---------- "وولد أخوه محمد قبله بسنتين"، "وأخوه الأصغر شهاب الدين ولد قبله" ----------

    /// <summary>
    /// "قبله/قبلها" ("before him") or "بعده/بعدها" after a birth verb in the clause of a sibling the text names: the sibling was born
    /// before (after) the person the pronoun stands for, the sibling claim's possessor: an order claim of its own.
    /// </summary>
    // In methods of their own so that their closures are made only when they run (in the loop bodies they were made for
    // every token).
    private static bool KinClaimOfPair(DocumentIndex index, List<Claim> list, int relative, int possessor) =>
        list.Any(c => c.Property is ClaimProperties.Sibling or ClaimProperties.Child or ClaimProperties.Father or ClaimProperties.Mother
            && c.Value.Cluster is { } vc && (SamePerson(index, vc, relative) && SamePerson(index, c.Subject, possessor) || SamePerson(index, vc, possessor) && SamePerson(index, c.Subject, relative)));

    private static bool HasBirthClaim(DocumentIndex index, List<Claim> list, int timex, int relative) =>
        list.Any(c => c.Property == ClaimProperties.BirthDate && c.Value.Timex == timex && SamePerson(index, c.Subject, relative));

    private static bool OtherActBetween(AnalyzedDocument doc, int from, int to) =>
        doc.Events.Any(e => e.Type != "birth" && e.Trigger.Start > from && e.Trigger.Start < to);

    private void FromBirthComparisons(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        for (var q = 1; q < index.Tokens.Length; q++)
        {
            var n = index.SourceNorm(q);
            bool? before = n is "قبله" or "قبلها" ? true : n is "بعده" or "بعدها" ? false : null;
            var sentence = index.Tokens[q].Sentence;
            if (before is null || !index.IsContent(sentence))
            {
                continue;
            }

            // The sibling: the nearest sibling claim of the sentence whose name lies before "قبله" (and no other person between).
            Claim? link = null;
            foreach (var c in list)
            {
                if (c.Property != ClaimProperties.Sibling || c.Value.Cluster is null || c.Spans.IsDefaultOrEmpty || doc.SentenceAt(c.Spans[0].Start) != sentence
                    || c.Spans[^1].Start >= index.Tokens[q].Span.Start || index.EndTokenOf(c.Spans[^1]) < q - 6 || c.Source == ClaimSources.Comparison)
                {
                    continue;
                }

                if (link is null || c.Spans[^1].Start > link.Spans[^1].Start)
                {
                    link = c;
                }
            }

            if (link is null)
            {
                continue;
            }

            // The birth verb of the sibling's own clause: right before the kinship word ("وولد أخوه محمد قبله") or after the name
            // ("وأخوه الأصغر شهاب الدين ولد قبله"); never the person's own birth earlier in the sentence, and no other act (a death:
            // "وتوفي أخوه قبله") between the verb and "قبله".
            var verb = -1;
            for (var j = q - 1; j >= Math.Max(0, index.FirstTokenOf(link.Spans[0]) - 2) && verb < 0; j--)
            {
                if (BirthVerb(index, j))
                {
                    verb = j;
                }
            }

            if (verb < 0 || OtherActBetween(doc, index.Tokens[verb].Span.Start, index.Tokens[q].Span.Start))
            {
                continue;
            }

            var other = false;
            for (var j = index.EndTokenOf(link.Spans[^1]); j < q && !other; j++)
            {
                var c = index.ClusterAtToken(j);
                other = c >= 0 && IsPerson(index, c) && !SamePerson(index, c, link.Value.Cluster!.Value);
            }

            if (other)
            {
                continue;
            }

            // Read from the sibling's side (the person is the sibling's younger one when the sibling was born before him): the
            // kinship claim of the same pair, from the person's side, stays beside it.
            var sibling = link.Value.Cluster!.Value;
            list.Add(new Claim(0, sibling, ClaimProperties.Sibling, ClaimValue.OfEntity(link.Subject, index.Cluster(link.Subject)?.Name),
                Spans(TokenSpan(index, Math.Min(verb, q), q + 1), link.Spans[^1]), ModalityOf(index, verb), Options.AppositionConfidence)
            {
                Source = ClaimSources.Comparison,
                Relation = before.Value ? "younger" : "older",
                Sentence = sentence,
            });
        }
    }

    // ---------- "ماركو يانكوفيتش (22 عاماً)" ----------

    /// <summary>An age in parentheses right after a person's name: the age at the text's own time, with no act.</summary>
    private void FromStatedAges(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        for (var m = 0; m < doc.Entities.Length; m++)
        {
            var e = doc.Entities[m];
            if (e.Label != EntityLabels.Person)
            {
                continue;
            }

            var k = index.EndTokenOf(e.Span);
            if (k + 3 >= index.Tokens.Length || index.Tokens[k].Norm != "(" || !index.Tokens[k + 1].IsNumber
                || !int.TryParse(index.Tokens[k + 1].Base, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var years)
                || years is < 1 or > 120 || !index.Tokens[k + 2].Norm.StartsWith("عام", StringComparison.Ordinal) && !index.Tokens[k + 2].Norm.StartsWith("سن", StringComparison.Ordinal)
                || index.Tokens[k + 3].Norm != ")" || !index.IsContent(index.Tokens[k].Sentence))
            {
                continue;
            }

            list.Add(new Claim(0, e.Cluster, ClaimProperties.Age, ClaimValue.OfQuantity(years, doc.Source[TokenSpan(index, k + 1, k + 3)]),
                Spans(e.Span, TokenSpan(index, k, k + 4)), ClaimModality.Asserted, Options.AppositionConfidence)
            {
                Source = ClaimSources.AgePhrase,
                Relation = StatedAge,
                Sentence = index.Tokens[k].Sentence,
            });
        }
    }

    /// <summary>
    /// True when a death verb stands between the relative's name and the date ("وُلد أخوه ميكيلانجلو الذي صار عازف عود في
    /// ميونخ وتوفي فيها سنة 1631"): the date is the death's, not the birth's.
    /// </summary>
    private static bool DeathVerbBetween(DocumentIndex index, int fromToken, int toToken)
    {
        if (toToken <= fromToken)
        {
            return false;
        }

        var doc = index.Document;
        foreach (var e in index.EventsWithTriggerStartIn(index.Tokens[fromToken].Span.Start, index.Tokens[toToken].Span.Start))
        {
            if (doc.Events[e].Type == "death" && doc.Events[e].Pos == "verb")
            {
                return true;
            }
        }

        return false;
    }
}
