namespace Tarikh.Core.Claims;

/// <summary>Claims of a place among siblings: "أكبر إخوته"، "وهي أصغر إخوتها سنّاً".</summary>
public sealed partial class ClaimExtractor
{
    /// <summary>Sibling nouns with a pronoun, normalized: "إخوته"، "إخوتها"، "أشقائه"، "أخواتها"…</summary>
    private static readonly HashSet<string> SiblingsOfPronoun = [.. new[]
    {
        "إخوته", "إخوتها", "اخوته", "اخوتها", "إخوانه", "إخوانها", "أخواته", "أخواتها", "اخواته", "اخواتها",
        "أشقائه", "أشقائها", "اشقائه", "اشقائها", "شقيقاته", "شقيقاتها", "إخوتِه", "إخوتِها",
    }.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w))];

    /// <summary>
    /// "عبد القادر الرملي (1907–1980) أكبر إخوته"، "وهي أصغر إخوتها سنّاً": the superlative before a sibling noun with a pronoun says
    /// the person the pronoun stands for is the eldest (youngest) of them. The person: the nearest person named before it in its
    /// sentence, else the sentence's subject when it names nobody else.
    /// </summary>
    private void FromBirthOrder(DocumentIndex index, List<Claim> list)
    {
        var tokens = index.Tokens;
        for (var k = 0; k + 1 < tokens.Length; k++)
        {
            var eldest = tokens[k].Base is "اكبر" or "أكبر";
            var youngest = tokens[k].Base is "اصغر" or "أصغر";
            var sentence = tokens[k].Sentence;
            var (first, end) = (k, k + 2);
            var childFirstborn = false;
            if (FirstbornAt(index, k) is var (fs, fe) && fe > fs)
            {
                childFirstborn = index.SourceNorm(fe - 1) == "البكر" || PossessedFirstborn(index, fe - 1);
                // "وكان بكر أبيه"، "ابنها البكر": the firstborn is the eldest of the siblings.
                (eldest, youngest, first, end) = (true, false, fs, fe);
            }
            else if (!(eldest || youngest) || tokens[k + 1].Sentence != sentence || !SiblingsOfPronoun.Contains(tokens[k + 1].Norm) || !index.IsContent(sentence))
            {
                continue;
            }

            if (!index.IsContent(sentence))
            {
                continue;
            }

            var (ss, _) = index.SentenceTokens(sentence);
            var subject = -1;
            var confidence = 0.85;

            // "ابنها البكر سامي"، "وابنه البكر الطبيب جورج": the firstborn is the child named after the phrase, not its possessor
            // (round 10); with no name after it the phrase says nothing of a person the text names.
            if (childFirstborn)
            {
                var named = index.MentionAtToken(end - 1) is var own and >= 0 && index.Document.Entities[own].Label == Entities.EntityLabels.Person ? own
                    : NamedAfter(index, end - 1, 3, allowPrefix: false) ?? -1;
                if (named < 0)
                {
                    continue;
                }

                subject = index.Document.Entities[named].Cluster;
            }

            for (var j = first - 1; j >= ss && subject < 0; j--)
            {
                var c = index.ClusterAtToken(j);
                if (c < 0 && index.ShortFormAt(j) is var sf and >= 0)
                {
                    c = sf;
                }

                if (c >= 0 && IsPerson(index, c))
                {
                    subject = c;
                }
            }

            if (subject < 0)
            {
                if (index.SubjectAt(sentence) is not { } s || !IsPerson(index, s) || !NoOtherPerson(index, sentence, s) || !index.InSegment(s, sentence))
                {
                    continue;
                }

                subject = s;
                confidence = Options.ProDropConfidence;
            }

            var relation = eldest ? "eldest" : "youngest";
            list.Add(new Claim(0, subject, ClaimProperties.BirthOrder, new ClaimValue(ClaimValueKind.Text, Text: relation), Spans(TokenSpan(index, first, end)),
                ModalityOf(index, k), confidence)
            {
                Source = ClaimSources.Comparison,
                Relation = relation,
                Sentence = sentence,
            });
        }

        FromSiblingOrder(index, list);
    }

    /// <summary>True for "بكره"، "بكرها"، "بكرهما" (the parent's firstborn), with or without "و"/"ف" before it.</summary>
    private static bool PossessedFirstborn(DocumentIndex index, int k)
    {
        var n = index.SourceNorm(k);
        n = n.Length > 4 && n[0] is 'و' or 'ف' ? n[1..] : n;
        return n is "بكره" or "بكرها" or "بكرهما";
    }

    /// <summary>Parent nouns with a pronoun after "بكر" ("بكر أبيه"، "بكر والديها"), normalized.</summary>
    private static readonly HashSet<string> ParentsOfPronoun = [.. new[]
    {
        "أبيه", "أبويه", "والديه", "أمه", "والده", "والدته", "أبيها", "أبويها", "والديها", "أمها", "والدها", "والدتها",
    }.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w))];

    /// <summary>Child nouns before "البكر" ("ابنه البكر"، "الابنة البكر"، "المولود البكر"): the stem, without article or pronoun.</summary>
    private static readonly HashSet<string> ChildStems = new(["ابن", "ابنه", "ابنة", "بنت", "ولد", "مولود", "طفل"], StringComparer.Ordinal);

    /// <summary>
    /// The token range of a firstborn phrase at <paramref name="k"/>: "بكر" in construct with a parent noun with a pronoun ("بكر
    /// أبيه"), or "البكر" after a child noun ("ابنه البكر"، "الابنة البكر"); (0, 0) when there is none.
    /// </summary>
    private static (int Start, int End) FirstbornAt(DocumentIndex index, int k)
    {
        var tokens = index.Tokens;
        var norm = index.SourceNorm(k);
        // "ابنها البكر سامي" tagged with "البكر" as the name's first word: still the firstborn phrase.
        if (index.MentionAtToken(k) is var m and >= 0 && !(norm == "البكر" && index.Document.Entities[m].Span.Start == tokens[k].Span.Start))
        {
            return (0, 0);
        }

        if ((norm is "بكر" || tokens[k].Base == "بكر") && k + 1 < tokens.Length && tokens[k + 1].Sentence == tokens[k].Sentence
            && ParentsOfPronoun.Contains(index.SourceNorm(k + 1).TrimStart('ل')))
        {
            return (k, k + 2);
        }

        // "وتسلمها بكره خالد"، "بِكرها هدى": the firstborn noun with the parent's pronoun, right before the child's name.
        if (PossessedFirstborn(index, k) && k + 1 < tokens.Length && tokens[k + 1].Sentence == tokens[k].Sentence
            && index.MentionAtToken(k + 1) is var child and >= 0 && index.Document.Entities[child].Label == Entities.EntityLabels.Person
            && index.Document.Entities[child].Span.Start == tokens[k + 1].Span.Start)
        {
            return (k, k + 1);
        }

        if (norm == "البكر" && k > 0 && tokens[k - 1].Sentence == tokens[k].Sentence)
        {
            var before = index.SourceNorm(k - 1);
            var stem = before.StartsWith("ال", StringComparison.Ordinal) ? before[2..] : before.Length > 3 && (before.EndsWith('ه') || before.EndsWith("ها", StringComparison.Ordinal)) ? before : before;
            if (ChildStems.Contains(stem) || ChildStems.Contains(tokens[k - 1].Base) || ChildStems.Contains(stem.TrimEnd('ه')) || ChildStems.Contains(stem.EndsWith("ها", StringComparison.Ordinal) ? stem[..^2] : stem))
            {
                return (k - 1, k + 1);
            }
        }

        return (0, 0);
    }
}
