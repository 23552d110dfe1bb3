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
            if (!(eldest || youngest) || tokens[k + 1].Sentence != sentence || !SiblingsOfPronoun.Contains(tokens[k + 1].Norm) || !index.IsContent(sentence))
            {
                continue;
            }

            var (ss, _) = index.SentenceTokens(sentence);
            var subject = -1;
            var confidence = 0.85;
            for (var j = k - 1; j >= ss && subject < 0; j--)
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
            list.Add(new Claim(0, subject, ClaimProperties.BirthOrder, new ClaimValue(ClaimValueKind.Text, Text: relation), Spans(TokenSpan(index, k, k + 2)),
                ModalityOf(index, k), confidence)
            {
                Source = ClaimSources.Comparison,
                Relation = relation,
                Sentence = sentence,
            });
        }
    }
}
