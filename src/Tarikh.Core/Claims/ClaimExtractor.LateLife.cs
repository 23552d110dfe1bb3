using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Round 18 (issue-12a): a life stated after the act, or as a span of living. "انضمت فلانة إلى اللجنة سنة 1931، وهي المولودة في زحلة
/// سنة 1927": a circumstantial pronoun with a birth or death participle after it gives the person the clause before speaks of that
/// date; "عاش فلان بين 1850 و1981"، "عاش فلان من سنة 1100هـ إلى سنة 1240هـ": the two years of a life.
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>Circumstantial pronouns that restate the subject before a participle ("وهو المولود"، "وهي المتوفاة"), normalized; true for feminine.</summary>
    private static readonly FrozenDictionary<string, bool> CircumstantialPronouns = new Dictionary<string, bool>
    {
        ["وهو"] = false, ["وهي"] = true, ["هو"] = false, ["هي"] = true,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// "…، وهو المولود سنة 1147 هـ"، "…، وهي المولودة في زحلة سنة 1927": a pronoun after a clause break with a birth or death participle right
    /// after it speaks of the one person its sentence names before it (of the pronoun's gender when the text gives his): the participle's date
    /// and place are that person's, at an apposition's confidence. A sentence naming another person before the pronoun gives nothing
    /// (whose pronoun it is would be a guess).
    /// </summary>
    private void FromCircumstantialParticiples(DocumentIndex index, List<Claim> list, Dictionary<int, string> used)
    {
        var doc = index.Document;
        for (var k = 1; k + 1 < index.Tokens.Length; k++)
        {
            var sentence = index.Tokens[k].Sentence;
            if (!CircumstantialPronouns.TryGetValue(index.Tokens[k].Norm, out var feminine) || index.Tokens[k + 1].Sentence != sentence
                || !index.IsContent(sentence) || !index.Tokens[k + 1].Norm.StartsWith("ال", StringComparison.Ordinal)
                || (Lexicon.Match(index, k + 1, "birth") != 1 && Lexicon.Match(index, k + 1, "death") != 1)
                || !index.IsClauseBreak(k - 1))
            {
                continue;
            }

            // The one person named before the pronoun in its sentence.
            var (ss, _) = index.SentenceTokens(sentence);
            int? person = null;
            var other = false;
            for (var j = ss; j < k; j++)
            {
                var c = index.ClusterAtToken(j);
                if (c < 0 || !IsPerson(index, c))
                {
                    continue;
                }

                if (person is { } p && index.PersonKey(p) != index.PersonKey(c))
                {
                    other = true;
                    break;
                }

                person ??= c;
            }

            if (other || person is not { } who || (index.PersonGender(who) is { } g && g != feminine))
            {
                continue;
            }

            var (_, end) = index.ClauseOf(k + 1);
            FromParticiple(index, list, used, index.Tokens[k].Span, who, k + 1, end);
        }
    }

    /// <summary>
    /// "عاش المنشد أبو خليل الصواف بين 1850 و1981"، "عاش الشيخ ناصر بن حمود من سنة 1100هـ إلى سنة 1240هـ": the verb of living with its
    /// subject named right after it (titles allowed) and nothing else before "بين" or "من", then two dated years joined by "و" or "إلى"
    /// and nothing between them but "سنة"/"عام": a birth and a death, read as a lifespan. A place or any other word before the span ("عاش
    /// في القاهرة بين 1950 و1960") makes it a stay, not a life: nothing is read.
    /// </summary>
    private void FromLivedBetween(DocumentIndex index, List<Claim> list, Dictionary<int, string> used)
    {
        var doc = index.Document;
        for (var k = 0; k + 3 < index.Tokens.Length; k++)
        {
            var norm = index.Tokens[k].Norm;
            var bare = norm.Length == 4 && norm[0] is '\u0648' or '\u0641' ? norm[1..] : norm;
            if (bare != "عاش" || !index.IsContent(index.Tokens[k].Sentence))
            {
                continue;
            }

            // The subject: a person mention starting right after the verb, or after title words of the article.
            var sentence = index.Tokens[k].Sentence;
            var (_, ce) = index.ClauseOf(k);
            var j = k + 1;
            while (j < ce && index.MentionAtToken(j) < 0 && index.Tokens[j].Norm.StartsWith("ال", StringComparison.Ordinal) && j - k <= 3)
            {
                j++;
            }

            var m = index.MentionAtToken(j);
            if (m < 0 || !IsPerson(index, doc.Entities[m].Cluster) || index.FirstTokenOf(doc.Entities[m].Span) != j)
            {
                continue;
            }

            var after = index.EndTokenOf(doc.Entities[m].Span);
            if (after >= ce || index.Tokens[after].Norm is not ("بين" or "من" or "ما"))
            {
                continue;
            }

            var open = index.Tokens[after].Norm == "ما" && after + 1 < ce && index.Tokens[after + 1].Norm == "بين" ? after + 1 : after;
            var between = index.Tokens[open].Norm == "بين";
            var years = new List<int>();
            foreach (var ti in index.TimexesInSentence(sentence))
            {
                var tt = index.TimexToken(ti);
                if (tt > open && tt < ce && DocumentIndex.IsDated(doc.Timexes[ti]))
                {
                    years.Add(ti);
                }
            }

            if (years.Count != 2 || !OnlySpanWords(index, open + 1, index.EndTokenOf(doc.Timexes[years[1]].Span), years, between)
                || TimeOf(index, years[0]) is not { } born || TimeOf(index, years[1]) is not { } died
                || born.Date is not { } b || died.Date is not { } d || d.End < b.Start)
            {
                continue;
            }

            var mention = doc.Entities[m].Span;
            var cluster = doc.Entities[m].Cluster;
            var cue = index.Tokens[k].Span;
            foreach (var (property, ti, value) in new[] { (ClaimProperties.BirthDate, years[0], born), (ClaimProperties.DeathDate, years[1], died) })
            {
                used[ti] = property;
                list.Add(new Claim(0, cluster, property, value, Spans(mention, cue, doc.Timexes[ti].Span), ClaimModality.Asserted, Options.LifespanConfidence)
                {
                    Source = ClaimSources.Lifespan,
                    Sentence = sentence,
                });
            }
        }
    }

    /// <summary>
    /// True when [start, end) holds the two timexes of a span and only the words that join them: "و" (after "بين") or "إلى"/"حتى" (after
    /// "من"), "سنة"، "عام"، "عامي"، "سنتي", era marks and punctuation.
    /// </summary>
    private static bool OnlySpanWords(DocumentIndex index, int start, int end, List<int> timexes, bool between)
    {
        var joined = false;
        for (var k = start; k < end; k++)
        {
            var span = index.Tokens[k].Span;
            if (timexes.Any(ti => index.Document.Timexes[ti].Span.Start < span.End && span.Start < index.Document.Timexes[ti].Span.End))
            {
                // "و1981": the conjunction glued to the second year.
                joined |= between && k > start && index.Document.Source.Text[span.Start] == '\u0648'
                    && index.Document.Timexes[timexes[1]].Span.Start > span.Start;
                continue;
            }

            var t = index.Tokens[k];
            if (t.Kind == Segmentation.TokenKind.Punctuation || t.Norm is "سنه" or "عام" or "عامي" or "سنتي" or "ه" or "هـ" or "م")
            {
                continue;
            }

            if (between ? t.Norm == "و" : t.Norm is "الي" or "إلى" or "حتي" or "حتى")
            {
                joined = true;
                continue;
            }

            return false;
        }

        return joined;
    }
}
