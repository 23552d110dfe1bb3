using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Memberships with their years (<see cref="ClaimProperties.MemberOf"/>, Wikidata's P463): the noun "عضو" with the body it
/// names and a date in its clause — "انتُخب سنة 1742 عضواً كاملاً فيها" (the body named before, "فيها"), "انتُخب عضواً عاملاً
/// في أكاديمية العلوم سنة 1907", "وكان عضواً في مجلس إدارة الأزهر منذ 1895", a timeline's "- 1953: يُنتخب عضواً في …، ثم
/// عضواً كاملاً سنة 1958" (the second grade of the same body). A corresponding or honorary membership ("عضواً مراسلاً"،
/// "عضو شرف") is another grade than the KB's membership and gives no claim. The date is the membership's start (a date
/// after "حتى"/"إلى" its end). The member is the person named in the clause before the noun, else, when no other person
/// is named before it in the sentence, the subject of the article's segment. Pure.
/// </summary>
public static class MembershipClaims
{
    /// <summary>The <see cref="Claim.Source"/> of these claims.</summary>
    public const string Source = "membership";

    /// <summary>The confidence of a claim read this way.</summary>
    public const double Confidence = 0.7;

    private static readonly FrozenSet<string> MemberNouns = new[] { "عضوا", "عضو" }.ToFrozenSet(StringComparer.Ordinal);

    // A fellowship ("انتُخب زميلاً في الجمعية الملكية سنة 1974"): the membership of a learned society, read only right after a verb
    // of election and right before "في" — "زميل" alone is also a colleague ("كان زميلاً له في الجامعة").
    private static readonly FrozenSet<string> FellowNouns = new[] { "زميلا", "زميل" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ElectionVerbs = new[]
    {
        "انتخب", "انتخبت", "ينتخب", "تنتخب", "اختير", "اختيرت", "وانتخب", "وانتخبت", "فانتخب", "واختير", "واختيرت",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "انتُخب [سنة 1974] زميلاً في": a verb of election within the three words before the noun, in its clause, and "في" after it.
    private static bool Fellowship(DocumentIndex index, int cue, int clauseStart, int sentenceEnd)
    {
        var tokens = index.Tokens;
        if (!FellowNouns.Contains(tokens[cue].Norm) || cue + 1 >= sentenceEnd || tokens[cue + 1].Norm != "في")
        {
            return false;
        }

        for (var k = cue - 1; k >= Math.Max(clauseStart, cue - 4); k--)
        {
            if (ElectionVerbs.Contains(tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    // Grades that are not the membership a KB holds as P463 (a corresponding, honorary, associate or observer member).
    private static readonly FrozenSet<string> OtherGrades = new[]
    {
        "مراسلا", "مراسل", "شرف", "شرفيا", "شرفي", "فخريا", "فخري", "مشاركا", "مشارك", "منتسبا", "منتسب", "مراقبا", "مراقب", "مؤازرا",
        "احتياطيا", "مناوبا", "مساعدا", "مؤسسا", "مؤسس", "سابقا", "سابق",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Grades that are the full membership: skipped to reach the body's name.
    private static readonly FrozenSet<string> FullGrades = new[] { "كاملا", "عاملا", "اصيلا", "دائما", "عاديا", "منتخبا", "كامل", "عامل", "اصيل", "دائم" }
        .ToFrozenSet(StringComparer.Ordinal);

    // A pronoun that names the body named before: "عضواً فيها".
    private static readonly FrozenSet<string> BodyPronouns = new[] { "فيها", "فيه", "بها", "به" }.ToFrozenSet(StringComparer.Ordinal);

    // Words that end a body's name written after "في".
    private static readonly FrozenSet<string> NameStops = new[]
    {
        "منذ", "سنه", "عام", "عاما", "حتي", "الي", "من", "في", "بين", "ثم", "و", "حيث", "الذي", "التي", "بعد", "قبل", "خلال", "مده", "طيله", "لمده",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Negations = new[] { "لم", "لا", "لن", "ليس", "ليست", "دون", "بدون" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adds the membership claims of the document to <paramref name="list"/>.</summary>
    public static void Add(DocumentIndex index, List<Claim> list)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(list);
        var tokens = index.Tokens;
        var doc = index.Document;
        var lastBodyOfSentence = (Sentence: -1, Body: (ClaimValue?)null, Span: (TextSpan?)null);
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (!(MemberNouns.Contains(t.Base) || FellowNouns.Contains(t.Norm)) || !index.IsContent(t.Sentence))
            {
                continue;
            }

            var (clauseStart, clauseEnd) = index.ClauseOf(i);
            var (sentenceStart, sentenceEnd) = index.SentenceTokens(t.Sentence);
            if (!MemberNouns.Contains(t.Base) && !Fellowship(index, i, clauseStart, sentenceEnd))
            {
                continue;
            }
            if (Negated(index, clauseStart, i))
            {
                continue;
            }

            var k = i + 1;
            var otherGrade = k < sentenceEnd && OtherGrades.Contains(tokens[k].Norm);
            if (otherGrade)
            {
                k++;
            }

            // Grades of full membership, and up to one other accusative adjective ("عضواً أجنبياً في"), before the body.
            var adjectives = 0;
            while (k < sentenceEnd && (FullGrades.Contains(tokens[k].Norm)
                || (adjectives++ == 0 && tokens[k].Kind == Segmentation.TokenKind.Arabic && tokens[k].Norm.Length > 3 && tokens[k].Norm.EndsWith('ا')
                    && k + 1 < sentenceEnd && (tokens[k + 1].Norm == "في" || BodyPronouns.Contains(tokens[k + 1].Norm)))))
            {
                k++;
            }

            ClaimValue? body = null;
            TextSpan? bodySpan = null;
            if (k < sentenceEnd && BodyPronouns.Contains(tokens[k].Norm))
            {
                (body, bodySpan) = BodyBefore(index, i);
            }
            else if (k < sentenceEnd && (tokens[k].Norm == "في" || (tokens[k].Clitics.HasFlag(Segmentation.Proclitics.Bi) && tokens[k].Base.Length > 2)))
            {
                (body, bodySpan) = BodyNamedAt(index, tokens[k].Norm == "في" ? k + 1 : k, sentenceEnd);
            }
            else if (lastBodyOfSentence.Sentence == t.Sentence && k < sentenceEnd && (tokens[k].IsNumber || tokens[k].Norm is "سنه" or "عام" or "منذ"))
            {
                // "يُنتخب عضواً مراسلاً في الأكاديمية، ثم عضواً كاملاً سنة 1958": the same body, another grade.
                (body, bodySpan) = (lastBodyOfSentence.Body, lastBodyOfSentence.Span);
            }

            if (body is null)
            {
                continue;
            }

            lastBodyOfSentence = (t.Sentence, body, bodySpan);
            if (otherGrade)
            {
                continue; // "عضواً مراسلاً": another grade than the KB's membership
            }
            if (DateOf(index, i, clauseStart, clauseEnd, sentenceStart) is not { } dated)
            {
                continue;
            }

            var member = Member(index, i, clauseStart, sentenceStart);
            if (member is not { } subject || index.LabelOf(subject) != EntityLabels.Person)
            {
                continue;
            }

            var spans = new[] { t.Span, doc.Timexes[dated.Timex].Span, bodySpan ?? t.Span }.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End);
            list.Add(new Claim(0, subject, ClaimProperties.MemberOf, body, [.. spans], ClaimModality.Asserted, Confidence)
            {
                Source = Source,
                Act = "membership",
                Time = dated.End ? null : dated.Value,
                End = dated.End ? dated.Value : null,
                Sentence = t.Sentence,
            });
        }
    }

    private static bool Negated(DocumentIndex index, int clauseStart, int cue)
    {
        for (var k = Math.Max(clauseStart, cue - 4); k < cue; k++)
        {
            if (Negations.Contains(index.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    // The body named after "في" (or glued to ب): the organization mention there when it covers the whole name, else the
    // words up to a date, a preposition or the clause's end (at most six).
    private static (ClaimValue? Value, TextSpan? Span) BodyNamedAt(DocumentIndex index, int first, int sentenceEnd)
    {
        var tokens = index.Tokens;
        var end = first;
        while (end < sentenceEnd && end - first < 6 && tokens[end].Kind != Segmentation.TokenKind.Punctuation && !tokens[end].IsNumber
            && !NameStops.Contains(tokens[end].Norm) && !(end > first && tokens[end].Clitics.HasFlag(Segmentation.Proclitics.Wa)))
        {
            end++;
        }

        if (end == first)
        {
            return (null, null);
        }

        var doc = index.Document;
        var span = new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End);
        var m = index.MentionAtToken(first);
        if (m >= 0 && doc.Entities[m].Label is EntityLabels.Organization or EntityLabels.Location && doc.Entities[m].Cluster >= 0
            && index.EndTokenOf(doc.Entities[m].Span) == end)
        {
            return (ClaimValue.OfEntity(doc.Entities[m].Cluster, doc.Source[doc.Entities[m].Span]), doc.Entities[m].Span);
        }

        return (new ClaimValue(ClaimValueKind.Text, Text: doc.Source[span]), span);
    }

    // "عضواً فيها": the nearest organization named before the noun, in its sentence or the sentence before.
    private static (ClaimValue? Value, TextSpan? Span) BodyBefore(DocumentIndex index, int cue)
    {
        var doc = index.Document;
        var sentence = index.Tokens[cue].Sentence;
        var first = sentence > 0 ? index.SentenceTokens(sentence - 1).Start : index.SentenceTokens(sentence).Start;
        for (var k = cue - 1; k >= first; k--)
        {
            var m = index.MentionAtToken(k);
            if (m >= 0 && doc.Entities[m].Cluster >= 0)
            {
                if (doc.Entities[m].Label == EntityLabels.Organization)
                {
                    return (ClaimValue.OfEntity(doc.Entities[m].Cluster, doc.Source[doc.Entities[m].Span]), doc.Entities[m].Span);
                }

                if (doc.Entities[m].Label == EntityLabels.Person)
                {
                    return (null, null); // a person nearer than any body: "فيها" may refer to anything
                }
            }

            // "وعمل في أكاديمية العلوم، وانتُخب … عضواً فيها": a body's name the entity stage left untagged, by its head noun.
            if (m < 0 && BodyHeads.Any(h => index.Tokens[k].Base.StartsWith(h, StringComparison.Ordinal)) && (k == 0 || index.Tokens[k - 1].Norm == "في"))
            {
                return BodyNamedAt(index, k, index.SentenceTokens(index.Tokens[k].Sentence).End);
            }
        }

        return (null, null);
    }

    // Head nouns of bodies one is a member of (normalized, without the article).
    private static readonly string[] BodyHeads =
        ["اكاديميه", "مجمع", "مجلس", "جمعيه", "حزب", "نقابه", "هيئه", "لجنه", "رابطه", "معهد", "اتحاد", "منظمه", "نادي", "برلمان"];

    // The membership's date: the nearest dated timex in the noun's clause; for a timeline line ("- 1953: يُنتخب عضواً …") the
    // date that opens the sentence before a colon. A date after "حتى"/"إلى" is the end.
    private static (ClaimValue Value, int Timex, bool End)? DateOf(DocumentIndex index, int cue, int clauseStart, int clauseEnd, int sentenceStart)
    {
        var doc = index.Document;
        var best = -1;
        var bestDistance = int.MaxValue;
        foreach (var ti in index.TimexesInClause(cue))
        {
            if (!DocumentIndex.IsDated(doc.Timexes[ti]))
            {
                continue;
            }

            var at = index.TimexToken(ti);
            var distance = Math.Abs(at - cue);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (ti, distance);
            }
        }

        if (best < 0)
        {
            foreach (var ti in index.TimexesInSentence(index.Tokens[cue].Sentence))
            {
                var at = index.TimexToken(ti);
                var endToken = index.EndTokenOf(doc.Timexes[ti].Span);
                if (DocumentIndex.IsDated(doc.Timexes[ti]) && at <= sentenceStart + 1 && endToken < clauseStart && index.Tokens[endToken].Norm == ":")
                {
                    best = ti;
                }

                break;
            }
        }

        if (best < 0 || ClaimExtractor.TimeOf(index, best) is not { } value)
        {
            return null;
        }

        var first = index.TimexToken(best);
        var end = first > 0 && index.Tokens[first - 1].Norm is "حتي" or "الي";
        return (value, best, end);
    }

    // The member: the nearest person named in the clause before the noun; else, with no person named before it in the
    // sentence, the subject of the sentence's segment.
    private static int? Member(DocumentIndex index, int cue, int clauseStart, int sentenceStart)
    {
        var doc = index.Document;
        for (var k = cue - 1; k >= clauseStart; k--)
        {
            var m = index.MentionAtToken(k);
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person && doc.Entities[m].Cluster >= 0)
            {
                return doc.Entities[m].Cluster;
            }
        }

        for (var k = cue - 1; k >= sentenceStart; k--)
        {
            var m = index.MentionAtToken(k);
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person)
            {
                return null;
            }
        }

        return index.SubjectAt(index.Tokens[cue].Sentence);
    }
}
