using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Claims from a birth-giving verb ("أنجبت ابنتها سعاد عام 1958": the child's birth), from sibling and parent phrases the
/// kinship links miss ("وهو الأخ الأصغر للنحات بيوتر"، "وكان أسنّ من أخيه"، "يكبرها أخوها هشام"، "وهو ابن المؤرخ عبد الغني"),
/// and from birthplace phrases ("مسقط رأسه طرابلس"، "تلمسان، المدينة التي ولد فيها").
/// </summary>
public sealed partial class ClaimExtractor
{
    // ---------- a birth-giving verb: the subject is the parent, the object the child ----------

    private void FromBirthGiving(DocumentIndex index, List<Claim> list, Dictionary<int, string> used)
    {
        var doc = index.Document;
        foreach (var e in doc.Events)
        {
            if (e.Type != "family" || e.Subtype != "child" || !index.IsContent(e.Sentence))
            {
                continue;
            }

            var trigger = index.FirstTokenOf(e.Trigger);
            if (ChildAfter(index, trigger) is not { } child)
            {
                continue;
            }

            var childCluster = doc.Entities[child].Cluster;
            var (cs, ce) = index.ClauseOf(trigger);
            foreach (var ti in index.TimexesInClause(trigger))
            {
                var tt = index.TimexToken(ti);
                if (tt < cs || tt >= ce || used.ContainsKey(ti) || index.AppositionAt(tt) is not null || TimeOf(index, ti) is not { } value)
                {
                    continue;
                }

                used[ti] = ClaimProperties.BirthDate;
                list.Add(new Claim(0, childCluster, ClaimProperties.BirthDate, value, Spans(e.Trigger, doc.Entities[child].Span, doc.Timexes[ti].Span), ModalityOf(index, trigger), Options.AppositionConfidence)
                {
                    Source = ClaimSources.Apposition,
                    Sentence = e.Sentence,
                });
                break;
            }
        }
    }

    /// <summary>
    /// The person born in a birth-giving clause: the first person named after the verb in its clause, past a kinship word
    /// ("ابنتها"، "ابنه"), a title or its own subject ("أنجبت هيفاء ابنتها سعاد": سعاد); null when the only name is the verb's
    /// subject or none follows.
    /// </summary>
    private int? ChildAfter(DocumentIndex index, int trigger)
    {
        var doc = index.Document;
        var (_, ce) = index.ClauseOf(trigger);
        var kin = false;
        for (var k = trigger + 1; k < Math.Min(ce, trigger + 8); k++)
        {
            if (Lexicon.Match(index, k, "kin-child") > 0 || index.Tokens[k].Norm is "ولدا" or "طفلا" or "طفله" or "مولودا" or "ابنا" or "ابنه" or "بنتا")
            {
                kin = true;
                continue;
            }

            var m = index.MentionAtToken(k);
            if (m < 0 || doc.Entities[m].Label != EntityLabels.Person)
            {
                continue;
            }

            if (kin)
            {
                return m;
            }

            k = index.EndTokenOf(doc.Entities[m].Span) - 1;
        }

        // With no kinship word the one name after the verb is its subject ("أنجبت هيفاء عام 1958"), not the child.
        return null;
    }

    // ---------- siblings and parents by other words ----------

    private void FromSiblingPhrases(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        for (var k = 0; k < index.Tokens.Length; k++)
        {
            if (!index.IsContent(index.Tokens[k].Sentence) || index.MentionAtToken(k) >= 0)
            {
                continue;
            }

            var sentence = index.Tokens[k].Sentence;
            var (ss, se) = index.SentenceTokens(sentence);
            var norm = Norm(index, k);

            // "وهو الأخ الأصغر للنحات بيوتر سوكولوف": the subject is the younger, the named one the older.
            if (norm is "الاخ" or "الاخت" or "الشقيق" or "الشقيقه" && k + 2 < se && RankOf(Norm(index, k + 1)) is { } rank
                && index.Tokens[k + 2].Norm.StartsWith('ل') && Possessor(index, k) is var who and >= 0
                && NamedAfter(index, k + 2, 4, allowPrefix: true) is { } m && !SamePerson(index, who, doc.Entities[m].Cluster))
            {
                AddRelative(index, list, who, ClaimProperties.Sibling, m, rank ? "older" : "younger", k, k + 2);
                continue;
            }

            // "وكان أسنّ من أخيه شرف الدين": the named brother is the younger ("أصغر من أخيه": the older).
            if (Lexicon.Match(index, k, "kin-sibling") > 0 && k - 2 >= ss && index.Tokens[k - 1].Norm == "من"
                && (Lexicon.Match(index, k - 2, "older-than") > 0 || Lexicon.Match(index, k - 2, "younger-than") > 0)
                && Possessor(index, k - 2) is var w and >= 0 && NamedAfter(index, k, 4, allowPrefix: false) is { } sib && !SamePerson(index, w, doc.Entities[sib].Cluster))
            {
                AddRelative(index, list, w, ClaimProperties.Sibling, sib, Lexicon.Match(index, k - 2, "older-than") > 0 ? "younger" : "older", k - 2, k + 1);
                continue;
            }

            // "إذ يكبرها أخوها هشام": the brother, the verb's subject, is the older ("يصغرها أخوها": the younger).
            if (Lexicon.Match(index, k, "kin-sibling") > 0 && k - 1 >= ss
                && (Lexicon.Match(index, k - 1, "older-by") > 0 || Lexicon.Match(index, k - 1, "younger-by") > 0)
                && Possessor(index, k - 1) is var v and >= 0 && NamedAfter(index, k, 3, allowPrefix: false) is { } s2 && !SamePerson(index, v, doc.Entities[s2].Cluster))
            {
                AddRelative(index, list, v, ClaimProperties.Sibling, s2, Lexicon.Match(index, k - 1, "older-by") > 0 ? "older" : "younger", k - 1, k + 1);
                continue;
            }

            // "كان فؤاد أكبر إخوة الطبيب جورج الخوري": the person named before is the eldest (youngest) of the named one's siblings,
            // so older (younger) than him. The sibling noun is written without a pronoun ("إخوة"، not "إخوته").
            if (norm.TrimStart('و') is "اكبر" or "اصغر" && k + 1 < se && SiblingsWithout(index, k + 1)
                && NamedAfter(index, k + 1, 4, allowPrefix: false) is { } named && PersonBefore(index, k) is var ranked and >= 0
                && !SamePerson(index, doc.Entities[ranked].Cluster, doc.Entities[named].Cluster))
            {
                AddRelative(index, list, doc.Entities[named].Cluster, ClaimProperties.Sibling, ranked, norm.TrimStart('و') == "اكبر" ? "older" : "younger", k, k + 2);
                continue;
            }

            // "يوسف بن حمّودة (1905 – 1988) قاضٍ تونسي، وابن الشيخ حمّودة بن عاشور": "وابن/وابنة" opening a predicate after a comma, a
            // title, then a name: the sentence's subject is the named one's child ("وابنه" with a pronoun is "and his son": not read).
            if (k - 1 >= ss && index.Tokens[k - 1].Norm is "،" or "," && WrittenSonOf(index, k) && k + 1 < se && index.MentionAtToken(k + 1) < 0
                && Lexicon.Match(index, k + 1, "kin-of") == 0 && !SecondKinWords.Contains(Norm(index, k + 1))
                && index.SubjectAt(sentence) is { } subj && PersonBefore(index, k) is var own and >= 0 && SamePerson(index, doc.Entities[own].Cluster, subj)
                && FirstPersonOf(index, sentence) == own
                && NamedAfter(index, k, 3, allowPrefix: false) is { } father && !SamePerson(index, subj, doc.Entities[father].Cluster))
            {
                AddRelative(index, list, doc.Entities[own].Cluster, ClaimProperties.Father, father, null, k, k + 1);
                continue;
            }

            // "وهو ابن المؤرخ عبد الغني الجابري": after هو/هي, "ابن/ابنة" and a title or an occupation, the name is a parent's.
            if (norm is "ابن" or "ابنه" or "بنت" && k - 1 >= ss && Norm(index, k - 1) is "هو" or "وهو" or "هي" or "وهي"
                && k + 1 < se && Lexicon.Match(index, k + 1, "kin-of") == 0 && !SecondKinWords.Contains(Norm(index, k + 1))
                && index.MentionAtToken(k + 1) < 0
                && Possessor(index, k) is var c and >= 0 && NamedAfter(index, k, 4, allowPrefix: false) is { } parent && !SamePerson(index, c, doc.Entities[parent].Cluster))
            {
                AddRelative(index, list, c, ClaimProperties.Father, parent, null, k, k + 1);
            }
        }
    }

    private static string Norm(DocumentIndex index, int k) => index.SourceNorm(k);

    /// <summary>True for a plural sibling noun written without a pronoun ("إخوة"، "أشقاء"، "أخوات"، "شقيقات"), in construct with a name.</summary>
    private static bool SiblingsWithout(DocumentIndex index, int k)
    {
        var written = index.Document.Source.Slice(index.Tokens[k].Span).ToString().Trim('\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652');
        return written is "إخوة" or "اخوة" or "أخوة" or "أشقاء" or "اشقاء" or "أخوات" or "اخوات" or "شقيقات";
    }

    /// <summary>True for "وابن" or "وابنة"/"وبنت" as written (not "وابنه", "and his son", which normalization folds with "وابنة").</summary>
    private static bool WrittenSonOf(DocumentIndex index, int k)
    {
        var written = index.Document.Source.Slice(index.Tokens[k].Span).ToString();
        return written is "وابن" or "وابنة" or "وبنت" or "وإبن";
    }

    /// <summary>The nearest person mention before token <paramref name="k"/> in its sentence, or -1.</summary>
    private static int PersonBefore(DocumentIndex index, int k)
    {
        var doc = index.Document;
        var (ss, _) = index.SentenceTokens(index.Tokens[k].Sentence);
        for (var j = k - 1; j >= ss; j--)
        {
            var m = index.MentionAtToken(j);
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>The first person mention of a sentence, or -1.</summary>
    private static int FirstPersonOf(DocumentIndex index, int sentence)
    {
        var doc = index.Document;
        var (ss, se) = index.SentenceTokens(sentence);
        for (var j = ss; j < se; j++)
        {
            var m = index.MentionAtToken(j);
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>True for الأصغر/الصغرى (younger), false for الأكبر/الكبرى (older), null otherwise.</summary>
    private static bool? RankOf(string norm) => norm switch
    {
        "الاصغر" or "الصغري" or "الصغرى" => true,
        "الاكبر" or "الكبري" or "الكبرى" => false,
        _ => null,
    };

    /// <summary>
    /// The first person mention starting within <paramref name="window"/> tokens after <paramref name="k"/> in its clause (past
    /// titles and occupations); with <paramref name="allowPrefix"/> the mention may start at the token right after a ل prefix.
    /// </summary>
    private static int? NamedAfter(DocumentIndex index, int k, int window, bool allowPrefix)
    {
        var doc = index.Document;
        var (_, ce) = index.ClauseOf(k);
        for (var j = k + (allowPrefix ? 0 : 1); j < Math.Min(ce, k + 1 + window); j++)
        {
            var m = index.MentionAtToken(j);
            if (m >= 0)
            {
                return doc.Entities[m].Label == EntityLabels.Person ? m : null;
            }
        }

        return null;
    }

    /// <summary>Whose relative: the nearest person named before the token in its sentence (not one introduced as a relative), else the sentence's subject.</summary>
    private int Possessor(DocumentIndex index, int k)
    {
        var doc = index.Document;
        var (ss, _) = index.SentenceTokens(index.Tokens[k].Sentence);
        for (var j = k - 1; j >= ss; j--)
        {
            var m = index.MentionAtToken(j);
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person && !KinIntroduced(index, m))
            {
                return doc.Entities[m].Cluster;
            }
        }

        return index.SubjectAt(index.Tokens[k].Sentence) ?? -1;
    }

    private static bool SamePerson(DocumentIndex index, int a, int b) => index.PersonKey(a) == index.PersonKey(b);

    private void AddRelative(DocumentIndex index, List<Claim> list, int who, string property, int relativeMention, string? relation, int first, int end)
    {
        var doc = index.Document;
        if (!IsPerson(index, who))
        {
            return;
        }

        list.Add(new Claim(0, who, property, ClaimValue.OfEntity(doc.Entities[relativeMention].Cluster, doc.Source[doc.Entities[relativeMention].Span]),
            Spans(TokenSpan(index, first, end), doc.Entities[relativeMention].Span), ClaimModality.Asserted, Options.AppositionConfidence)
        {
            Source = ClaimSources.Apposition,
            Relation = relation,
            Sentence = index.Tokens[first].Sentence,
        });
    }

    // ---------- birthplaces: "مسقط رأسه" and "التي ولد فيها" ----------

    private void FromBirthplacePhrases(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        for (var k = 0; k + 1 < index.Tokens.Length; k++)
        {
            if (!index.IsContent(index.Tokens[k].Sentence) || index.MentionAtToken(k) >= 0)
            {
                continue;
            }

            var sentence = index.Tokens[k].Sentence;
            var (ss, se) = index.SentenceTokens(sentence);
            int place = -1, first = k, end = k + 1;
            if (index.Tokens[k].Base == "مسقط" && Norm(index, k + 1) is "راسه" or "راسها")
            {
                end = k + 2;
                // "إلى مسقط رأسه سانت بطرسبورغ": the place after; "في مراكش، مسقط رأسه": the place before the comma.
                if (end < se && index.MentionAtToken(end) is var after and >= 0 && doc.Entities[after].Label == EntityLabels.Location)
                {
                    place = after;
                }
                else if (k - 2 >= ss && index.Tokens[k - 1].Norm is "،" or "," && index.MentionAtToken(k - 2) is var before and >= 0 && doc.Entities[before].Label == EntityLabels.Location)
                {
                    place = before;
                }
            }
            else if (Norm(index, k) is "التي" or "الذي" or "حيث" && k + 2 < se && Lexicon.Match(index, k + 1, "birth") > 0
                && Norm(index, k + 1) is not ("المولود" or "المولوده" or "مواليد" or "مولود")
                && (Norm(index, k) == "حيث" || Norm(index, k + 2) is "فيها" or "فيه" or "بها" or "به"))
            {
                end = k + 2;
                // "تلمسان، المدينة التي ولد فيها"، "بلده الموصل التي ولد فيها": the place named just before.
                for (var j = k - 1; j >= Math.Max(ss, k - 4) && place < 0; j--)
                {
                    var m = index.MentionAtToken(j);
                    if (m >= 0)
                    {
                        place = doc.Entities[m].Label == EntityLabels.Location ? m : -2;
                    }
                }
            }

            if (place < 0 || Possessor(index, first) is not (var who and >= 0) || !IsPerson(index, who))
            {
                continue;
            }

            list.Add(new Claim(0, who, ClaimProperties.BirthPlace, ClaimValue.OfEntity(doc.Entities[place].Cluster, doc.Entities[place].Text),
                Spans(TokenSpan(index, first, end), doc.Entities[place].Span), ModalityOf(index, first), Options.AppositionConfidence)
            {
                Source = ClaimSources.Apposition,
                Place = doc.Entities[place].Cluster,
                Sentence = sentence,
            });
        }
    }
}
