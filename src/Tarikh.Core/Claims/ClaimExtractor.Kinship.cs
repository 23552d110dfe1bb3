using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Clustering;
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
        // "X، المولود سنة A، أبا Y": a kin noun predicated past a birth apposition (no kinship link of the entity stage).
        FromKinPredicates(index, list);
        var doc = index.Document;
        foreach (var link in index.Kinship)
        {
            var k = link;

            // "والده الشيخ راشد (1870–1931) …، ووالدته فاطمة": a kinship word with a pronoun whose possessor was read as a
            // person the sentence names as a relative through another such word speaks of the same possessor as that word.
            if (PossessorIsRelative(index, k))
            {
                if (index.SubjectAt(doc.SentenceAt(k.Evidence.Start)) is not { } topic || topic == k.Relative || NamedOnlyAsPronounRelative(index, topic))
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

            // "وهي ابنة القاضي عارف"، "وهو والد الفنان سمير": a kinship noun in construct with the name (no pronoun) makes the person
            // spoken of the name's child (or parent): the relation runs the other way.
            var evidenceToken = index.FirstTokenOf(k.Evidence);
            var reversed = false;
            if (evidenceToken < index.Tokens.Length && Lexicon.Match(index, evidenceToken, "kin-of") == 1 && !PronounKin(index, evidenceToken)
                && property is ClaimProperties.Child or ClaimProperties.Father or ClaimProperties.Mother)
            {
                reversed = true;
                var (parent, child) = property == ClaimProperties.Child ? (k.Relative, k.Of) : (k.Of, k.Relative);
                k = k with { Of = parent, Relative = child };
                (property, relation) = (ClaimProperties.Child, null);
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

            // "ثم ولي بعده ابنه تاشفين بن علي": a child whose own name says whose son he is ("بن علي") is that person's child; with no such
            // person in the text other than the possessor read, the claim is dropped.
            if (property == ClaimProperties.Child && !reversed && relSpan is { } named && NasabParent(index, named, k.Of, k.Relative) is var owner && owner != k.Of)
            {
                if (owner < 0)
                {
                    continue;
                }

                k = k with { Of = owner };
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
    /// Kinship the entity stage did not link because a title, an occupation or "منه" stands between the kinship word and
    /// the name ("شقيقه الأكبر الحاج أحمد الزعبي"، "شقيقه الأصغر منه، الموسيقي هشام الأيوبي"، "وأبوه الشيخ محمد بن عثمان"):
    /// the possessor is the person named before the word in its sentence, else the document's subject.
    /// </summary>
    private void FromKinWords(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        var linked = new HashSet<int>(index.Kinship.Select(k => k.Evidence.Start));
        for (var k = 0; k < index.Tokens.Length; k++)
        {
            if (index.MentionAtToken(k) >= 0 || linked.Contains(index.Tokens[k].Span.Start) || !index.IsContent(index.Tokens[k].Sentence))
            {
                continue;
            }

            var (property, kind) = Lexicon.Match(index, k, "kin-father") > 0 ? (ClaimProperties.Father, "father")
                : Lexicon.Match(index, k, "kin-mother") > 0 ? (ClaimProperties.Mother, "mother")
                : Lexicon.Match(index, k, "kin-sibling") > 0 ? (ClaimProperties.Sibling, "sibling")
                : Lexicon.Match(index, k, "kin-child") > 0 ? (ClaimProperties.Child, "child")
                : ((string?)null, (string?)null);

            // "وهي ابنة عارف": the written ة is no pronoun, though "ابنة" and "ابنه" (his son) fold together when normalized; the
            // words of these categories all end with a possessive pronoun.
            if (property is not null && !EndsWithPronoun(index, k))
            {
                (property, kind) = ((string?)null, (string?)null);
            }

            // "لابن أخيه هنري"، "حفيد أخته": governed by a kinship noun in construct, the word is part of a compound term (a nephew), no relation of its own.
            if (property is not null && k > 0 && index.Tokens[k - 1].Sentence == index.Tokens[k].Sentence && KinConstruct.Governs(index.Tokens[k - 1]))
            {
                (property, kind) = ((string?)null, (string?)null);
            }

            // "وكانت والدة الفقيد الحاجة فاطمة"، "شقيق الراحل": a kinship noun in construct with an obituary's word for the dead
            // person speaks of the article's subject's relative.
            var obituary = k + 1 < index.Tokens.Length && Lexicon.Match(index, k, "kin-of") == 1
                && Lexicon.Match(index, k + 1, "obituary-anaphor") > 0;
            if (obituary)
            {
                // The written word, not its normalized form: "والدة" (mother) and "والده" (his father) fold together.
                var word = new string([.. doc.Source.Slice(index.Tokens[k].Span).ToString().Where(ch => ch is < '\u064B' or > '\u0652')]);
                (property, kind) = word.TrimStart('و', 'ف') switch
                {
                    "الد" or "والد" => (ClaimProperties.Father, "father"),
                    "الدة" or "والدة" => (ClaimProperties.Mother, "mother"),
                    "شقيق" or "شقيقة" or "أخ" or "أخت" => (ClaimProperties.Sibling, "sibling"),
                    "ابن" or "ابنة" or "بنت" => (ClaimProperties.Child, "child"),
                    _ => (property, kind),
                };
            }

            // "وهي ابنة القاضي عارف": "ابن"/"ابنة"/"بنت" in construct, as the predicate of "هو"/"هي", makes the person spoken of the
            // named person's child (the name is the parent, read below like a relative).
            var childOf = false;
            // "ريم الدباغ (مواليد 1970) ممثلة سورية، ابنة الممثل وائل الدباغ": the same construct opening an apposition after a comma (round 10),
            // unless it names a cousin or a nephew ("، ابن عمه أحمد").
            // A stepchild ("، ابن زوجته") or a cousin ("، ابنة خالته") names no parent: the next word may be no kinship word and no spouse.
            var afterComma = k > 0 && index.Tokens[k - 1].Norm is "،" or "," && k + 1 < index.Tokens.Length
                && Lexicon.Match(index, k + 1, "kin") == 0 && Lexicon.Match(index, k + 1, "kin-of") == 0 && Lexicon.Match(index, k + 1, "kin-noun") == 0
                && Lexicon.Match(index, k + 1, "relative") == 0
                && !index.SourceNorm(k + 1).StartsWith("زوج", StringComparison.Ordinal) && !index.SourceNorm(k + 1).StartsWith("عم", StringComparison.Ordinal)
                && !index.SourceNorm(k + 1).StartsWith("خال", StringComparison.Ordinal) && !index.SourceNorm(k + 1).StartsWith("اخ", StringComparison.Ordinal)
                && !index.SourceNorm(k + 1).StartsWith("شقيق", StringComparison.Ordinal);
            // After "هو/هي" too, a second kinship word names an uncle or a cousin, not a parent: "وهو ابن أخي لورنزو" (round 11).
            var predicate = k > 0 && index.SourceNorm(k - 1) is "هو" or "هي" or "وهو" or "وهي"
                && !(k + 1 < index.Tokens.Length && SecondKinWords.Contains(index.SourceNorm(k + 1)));
            if (property is null && !obituary && k > 0 && Lexicon.Match(index, k, "kin-of") == 1 && (predicate || afterComma)
                && new string([.. doc.Source.Slice(index.Tokens[k].Span).ToString().Where(ch => ch is < '\u064B' or > '\u0652')]) is "ابن" or "ابنة" or "بنت")
            {
                (property, kind, childOf) = (ClaimProperties.Child, "child", true);
            }

            // "فاطمة العبادي (1948–2022) والدة الدكتور خالد"، "سعيد النجار، والد الطبيبة ليلى": a parent noun in construct right after a
            // person (or the parenthesis or comma closing his lifespan or apposition) makes that person the named one's parent.
            var parentOf = false;
            if (property is null && !obituary && k > 0 && Lexicon.Match(index, k, "kin-of") == 1
                && new string([.. doc.Source.Slice(index.Tokens[k].Span).ToString().Where(ch => ch is < '\u064B' or > '\u0652')]) is var written
                && written is "والد" or "والدة" or "ووالد" or "ووالدة"
                && (index.Tokens[k - 1].Norm is ")" or "،" or "," || index.MentionAtToken(k - 1) is var pm and >= 0 && doc.Entities[pm].Label == EntityLabels.Person))
            {
                (property, kind, parentOf) = written.EndsWith('ة') ? (ClaimProperties.Mother, "mother", true) : (ClaimProperties.Father, "father", true);
            }

            if (property is null)
            {
                continue;
            }

            var sentence = index.Tokens[k].Sentence;
            var (ss, se) = index.SentenceTokens(sentence);
            bool? older = null;

            // "تكبر أخاها خالد": she is older than him, so the brother named is the younger ("تصغر": the older).
            if (k > ss && Lexicon.Match(index, k - 1, "compare-older") > 0)
            {
                older = false;
            }
            else if (k > ss && Lexicon.Match(index, k - 1, "compare-younger") > 0)
            {
                older = true;
            }

            var open = 0;
            var relative = -1;
            for (var j = obituary ? k + 2 : k + 1; j < Math.Min(se, k + 7) && relative < 0; j++)
            {
                var t = index.Tokens[j];
                if (index.MentionAtToken(j) is var m and >= 0)
                {
                    relative = doc.Entities[m].Label == EntityLabels.Person && doc.Entities[m].Span.Start == t.Span.Start ? m : -2;
                    break;
                }

                // Round 23 (23c): "الكبير"/"الصغير" right after the kinship word are its rank too ("وخوه الصغير مولاي عبد الحفيظ").
                var norm = index.SourceNorm(j);
                if (norm is "الاكبر" or "الكبري" or "الكبرى" or "البكر" or "اكبر" or "الكبير" or "الكبيره" or "الكبيرة")
                {
                    older = true;
                }
                else if (norm is "الاصغر" or "الصغري" or "الصغرى" or "اصغر" or "الصغير" or "الصغيره" or "الصغيرة")
                {
                    older = false;
                }
                else if (t.Kind == TokenKind.Punctuation ? t.Norm is not ("،" or ",") : norm is not ("منه" or "منها") && Lexicon.Match(index, j, "kin-link") == 0 && ++open > 1)
                {
                    break;
                }
            }

            if (relative < 0)
            {
                continue;
            }

            var rel = doc.Entities[relative].Cluster;
            var possessor = -1;
            for (var j = k - 1; j >= ss && possessor < 0 && !obituary; j--)
            {
                var m = index.MentionAtToken(j);
                if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person && !KinIntroduced(index, m))
                {
                    possessor = doc.Entities[m].Cluster;
                }
            }

            if (possessor < 0 && index.SubjectAt(index.Tokens[k].Sentence) is { } topic && !NamedOnlyAsPronounRelative(index, topic))
            {
                possessor = topic;
            }

            // "شُيّع جثمان المهندس زياد …. وكانت والدة الفقيد": with no subject found, the obituary's dead person is the first person
            // the text names (not as anyone's relative).
            for (var m = 0; possessor < 0 && obituary && m < doc.Entities.Length && doc.Entities[m].Span.Start < index.Tokens[k].Span.Start; m++)
            {
                if (doc.Entities[m].Label == EntityLabels.Person && !KinIntroduced(index, m))
                {
                    possessor = doc.Entities[m].Cluster;
                }
            }

            if (possessor < 0 || index.PersonKey(possessor) == index.PersonKey(rel))
            {
                continue;
            }

            var evidence = TokenSpan(index, k, k + 1);
            if (childOf)
            {
                list.Add(new Claim(0, rel, ClaimProperties.Child, ClaimValue.OfEntity(possessor, index.Cluster(possessor)?.Name), Spans(evidence, doc.Entities[relative].Span),
                    ClaimModality.Asserted, Options.AppositionConfidence)
                {
                    Source = ClaimSources.Apposition,
                    Relation = "child",
                    Sentence = sentence,
                });
                continue;
            }

            if (parentOf)
            {
                list.Add(new Claim(0, rel, property, ClaimValue.OfEntity(possessor, index.Cluster(possessor)?.Name), Spans(evidence, doc.Entities[relative].Span),
                    ClaimModality.Asserted, Options.AppositionConfidence)
                {
                    Source = ClaimSources.Apposition,
                    Sentence = sentence,
                });
                continue;
            }

            // "ثم ولي بعده ابنه تاشفين بن علي": the child's own name says whose child he is.
            if (property == ClaimProperties.Child && NasabParent(index, doc.Entities[relative].Span, possessor, rel) is var owner && owner != possessor)
            {
                if (owner < 0)
                {
                    continue;
                }

                possessor = owner;
            }

            list.Add(new Claim(0, possessor, property, ClaimValue.OfEntity(rel, doc.Source[doc.Entities[relative].Span]), Spans(evidence, doc.Entities[relative].Span),
                ClaimModality.Asserted, Options.AppositionConfidence)
            {
                Source = ClaimSources.Apposition,
                Relation = kind == "sibling" ? older switch { true => "older", false => "younger", _ => "sibling" } : null,
                Sentence = sentence,
            });
        }
    }

    /// <summary>
    /// The parent a child's name names ("تاشفين بن علي" → علي): the possessor read when one of its mentions carries that name, else the
    /// nearest person named before the child whose mention opens with it, else -1; the possessor read when the name has no "بن/بنت".
    /// </summary>
    private static int NasabParent(DocumentIndex index, TextSpan named, int possessor, int relative)
    {
        var doc = index.Document;
        var first = index.FirstTokenOf(named);
        var end = Math.Min(index.EndTokenOf(named), index.Tokens.Length);
        var father = -1;
        for (var t = first + 1; t + 1 < end; t++)
        {
            if (index.Tokens[t].Norm is "بن" or "ابن" or "بنت" or "ابنه")
            {
                father = t + 1;
                break;
            }
        }

        if (father < 0)
        {
            return possessor;
        }

        var name = index.Tokens[father].Norm;
        foreach (var m in index.MentionsOf(possessor))
        {
            var (ms, me) = (index.FirstTokenOf(doc.Entities[m].Span), Math.Min(index.EndTokenOf(doc.Entities[m].Span), index.Tokens.Length));
            for (var t = ms; t < me; t++)
            {
                if (index.Tokens[t].Norm == name || index.Tokens[t].Base == name)
                {
                    return possessor;
                }
            }
        }

        var found = -1;
        for (var m = 0; m < doc.Entities.Length && doc.Entities[m].Span.Start < named.Start; m++)
        {
            var c = doc.Entities[m].Cluster;
            if (doc.Entities[m].Label == EntityLabels.Person && c != relative && c != possessor
                && index.FirstTokenOf(doc.Entities[m].Span) is var f && f < index.Tokens.Length && (index.Tokens[f].Norm == name || index.Tokens[f].Base == name))
            {
                found = c;
            }
        }

        return found;
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
            for (var skipped = 0; j >= ss && skipped < 3 && index.MentionAtToken(j) < 0 && KinGapWord(index, j); skipped++)
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

    /// <summary>True when the written token ends with a possessive pronoun (ه، ها، هما، هم), not with a tā' marbūṭa.</summary>
    private static bool EndsWithPronoun(DocumentIndex index, int token)
    {
        var text = index.Document.Source.Text.AsSpan(index.Tokens[token].Span.Start, index.Tokens[token].Span.Length).TrimEnd("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652");
        return text.EndsWith("ه", StringComparison.Ordinal) || text.EndsWith("ها", StringComparison.Ordinal) || text.EndsWith("هما", StringComparison.Ordinal) || text.EndsWith("هم", StringComparison.Ordinal);
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
            if (!BornInCue(index, i) || !index.IsContent(index.Tokens[i].Sentence))
            {
                continue;
            }

            var (cs, ce) = index.ClauseOf(i);
            var (ss, _) = index.SentenceTokens(index.Tokens[i].Sentence);
            // Whose: the nearest person named before it in the clause, else in the sentence.
            var who = -1;
            var whoMention = -1;
            TextSpan? whoSpan = null;
            for (var k = i - 1; k >= ss && who < 0; k--)
            {
                var c = index.ClusterAtToken(k);
                if (c >= 0 && IsPerson(index, c))
                {
                    who = c;
                    whoMention = index.MentionAtToken(k);
                    whoSpan = doc.Entities[whoMention].Span;
                }
            }

            // "والمومى إليه من مواليد عكا"، "علماً بأن النائب من مواليد سنة 1896": an epithet or the topic person's title right before the
            // cue, after any name, is its subject (issue 12b, round 17); the claim then rests on an inferred attribution.
            string? attribution = null;
            var confidence = Options.AppositionConfidence;
            if (index.ImplicitSubjectAt(i, Lexicon) is { Evidence: ImplicitSubjectEvidence.Epithet or ImplicitSubjectEvidence.TitleAnaphor } tied
                && IsPerson(index, tied.Cluster) && tied.Cue.End <= index.Tokens[i].Span.Start && (whoSpan is not { } named || tied.Cue.Start >= named.End))
            {
                who = tied.Cluster;
                whoMention = -1;
                whoSpan = tied.Cue;
                attribution = tied.Evidence;
                confidence = Math.Min(confidence, tied.Confidence);
            }

            // "وأبوه أرتيم زويف، وهو من مواليد 1850": a relative introduced by a kinship word whom the index joined to the subject
            // (by the family name they share) was born then, not the subject (round 13).
            if (who < 0 || KinWordBetween(index, whoSpan!.Value, i) || (whoMention >= 0 && KinIntroducedSelf(index, whoMention)))
            {
                continue;
            }

            // "لوفاة والده نقولا الخوري …، علماً بأن النائب من مواليد سنة 1896": a title standing for another person between the name
            // and "من مواليد" is its subject; the event reader gives the birth to that person, never to the name before (round 17).
            if (index.ImplicitSubjectAt(i, Lexicon) is { Evidence: ImplicitSubjectEvidence.TitleAnaphor } titled && !SamePerson(index, titled.Cluster, who)
                && titled.Cue.Start >= whoSpan.Value.End && titled.Cue.End <= index.Tokens[i].Span.Start)
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

                list.Add(new Claim(0, who, ClaimProperties.BirthDate, value, Spans(whoSpan, cue, doc.Timexes[ti].Span), ModalityOf(index, i), confidence)
                {
                    Source = ClaimSources.BornIn,
                    Sentence = index.Tokens[i].Sentence,
                    Attribution = attribution,
                });
                break;
            }

            for (var k = i + 1; k < Math.Min(ce, i + 4); k++)
            {
                var m = index.MentionAtToken(k);
                if (m >= 0 && doc.Entities[m].Label == EntityLabels.Location && !IsLandmarkPlace(index, doc.Entities[m].Span))
                {
                    list.Add(new Claim(0, who, ClaimProperties.BirthPlace, ClaimValue.OfEntity(doc.Entities[m].Cluster, doc.Entities[m].Text), Spans(whoSpan, cue, doc.Entities[m].Span),
                        ModalityOf(index, i), confidence)
                    {
                        Source = ClaimSources.BornIn,
                        Place = doc.Entities[m].Cluster,
                        Sentence = index.Tokens[i].Sentence,
                        Attribution = attribution,
                    });
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The cue of a birth stated as a noun: "من مواليد"، or the indefinite participle as a predicate ("وهو مولود في صيدا"، "أن النائب
    /// المذكور مولود سنة 1915"; issue 12b, round 17), never the definite "المولود" of an apposition (read with lifespans).
    /// </summary>
    private static bool BornInCue(DocumentIndex index, int i)
        => index.Tokens[i].Base == "مواليد" || (index.Tokens[i].Norm is "مولود" or "مولوده" && index.MentionAtToken(i) < 0);

    /// <summary>
    /// True when a kinship word stands between a person's mention and a token of the same sentence ("وُلدت ليلى عام 1935، وأمها
    /// نجيبة (مواليد 1910)"): what follows it is said of the relative (whose name the entity stage may have missed), not of the
    /// person named before.
    /// </summary>
    private bool KinWordBetween(DocumentIndex index, TextSpan mention, int token)
    {
        var (ss, _) = index.SentenceTokens(index.Tokens[token].Sentence);
        for (var k = token - 1; k >= ss && index.Tokens[k].Span.Start >= mention.End; k--)
        {
            if (IsKinWord(index, k, ss))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Kinship words that, after "ابن/ابنة/بنت", make the construct an uncle's, aunt's, sibling's or spouse's child (normalized).</summary>
    private static readonly HashSet<string> SecondKinWords = new(
        ["اخ", "اخي", "اخيه", "اخيها", "اخو", "اخت", "اخته", "اختها", "شقيق", "شقيقه", "شقيقها", "عم", "عمه", "عمها", "عمته", "عمتها", "خال",
         "خاله", "خالها", "خالته", "خالتها", "زوج", "زوجه", "زوجها", "زوجته"], StringComparer.Ordinal);
}
