using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Foundings and ends of states and organizations written with an intransitive verb (<see cref="ClaimProperties.Founded"/>
/// and <see cref="ClaimProperties.Dissolved"/>, Wikidata's P571 and P576): the name right after the verb ("قام الاتحاد
/// العربي بين … في 14 شباط 1958"، "وسقطت الخلافة بقرطبة سنة 422 هـ"), the antecedent of a relative clause ("المملكة العراقية
/// التي قامت سنة 1921"، "مجلة المنار التي أسسها سنة 1898"), or, for an end after "حتى" with no name ("وبقيت إمارة حلب في
/// أعقابه حتى زالت سنة 394 هـ"), the state named before it in the sentence; a periodical's founding is its first issue
/// ("أصدرا مجلة العروة الوثقى سنة 1884"). The date is the nearest in the verb's clause. "قام" followed by a verbal noun with
/// ب ("قامت مصر بإرسال") is an act, not a founding. Pure.
/// </summary>
public static class PolityClaims
{
    /// <summary>The <see cref="Claim.Source"/> of these claims.</summary>
    public const string Source = "polity";

    /// <summary>The confidence of a claim read this way.</summary>
    public const double Confidence = 0.7;

    private static readonly FrozenSet<string> FoundingVerbs = new[]
    {
        "قام", "قامت", "تاسس", "تاسست", "انشئ", "انشئت", "نشا", "نشات",
    }.ToFrozenSet(StringComparer.Ordinal);

    // After a relative pronoun only: "التي أُسست"، "التي أسسها"، "الذي أنشأه" (founded by the person of the clause). An active
    // "أسست مصر جامعة" has the founder after it.
    private static readonly FrozenSet<string> RelativeFoundingVerbs = new[]
    {
        "اسس", "اسست", "اسسها", "اسسه", "انشاها", "انشاه", "اسساها", "اسساه", "اسسوها", "اسسوه",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Head nouns of a state's or body's name the entity stage may leave outside the mention ("الخلافة بقرطبة").
    private static readonly FrozenSet<string> PolityHeads = new[]
    {
        "الخلافه", "الدوله", "المملكه", "الاماره", "السلطنه", "الامبراطوريه", "الجمهوريه", "الاتحاد", "الحزب", "الجمعيه", "المجلس", "دوله", "مملكه",
        "اماره", "سلطنه", "خلافه",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "حلت" is left out: "حُلّت" (was dissolved) and "حلّت" (took the place of: "التي حلت عام 2008 بديلاً") are one word unvowelled.
    private static readonly FrozenSet<string> EndingVerbs = new[]
    {
        "سقط", "سقطت", "زال", "زالت", "انتهي", "انتهت", "انهار", "انهارت", "انقرض", "انقرضت", "الغي", "الغيت", "انحل", "انحلت",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Laying out a city ("وفي سنة 219 اختط مدينة سامراء"، "واختطّ جوهر القاهرة سنة 358"): its founding, the city after the verb
    // (over "مدينة" and the founder's name).
    private static readonly FrozenSet<string> LayingOutVerbs = new[] { "اختط", "اختطت", "اختطها", "اختطه" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PublishingVerbs = new[] { "اصدر", "اصدرت", "اصدرا", "اصدروا" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Periodicals = new[] { "مجله", "صحيفه", "جريده" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Relatives = new[] { "التي", "الذي", "اللتي" }.ToFrozenSet(StringComparer.Ordinal);

    // Words between the verb and the name that do not stop it: "فقامت بذلك الخلافة"، "أصدرا معاً مجلة".
    private static readonly FrozenSet<string> Fillers = new[] { "بذلك", "رسميا", "فعليا", "معا", "عندئذ", "حينئذ", "بعدها", "فيها" }.ToFrozenSet(StringComparer.Ordinal);

    // Words with ب after "قام X" that are no act of the subject: "قام الاتحاد بين …"، "قامت الدولة بقيادة …".
    private static readonly FrozenSet<string> NotActs = new[] { "بين", "بعد", "بقياده", "برئاسه", "بزعامه", "بدعم", "بفضل" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Negations = new[] { "لم", "لا", "لن", "ما" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adds the founding and ending claims of the document to <paramref name="list"/>.</summary>
    public static void Add(DocumentIndex index, List<Claim> list)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(list);
        var tokens = index.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind == Segmentation.TokenKind.Punctuation || !index.IsContent(t.Sentence))
            {
                continue;
            }

            var word = Verb(t);
            var relative = i > 0 && Relatives.Contains(tokens[i - 1].Norm);
            string? property = FoundingVerbs.Contains(word) || (relative && RelativeFoundingVerbs.Contains(word)) || LayingOutVerbs.Contains(word) ? ClaimProperties.Founded
                : EndingVerbs.Contains(word) ? ClaimProperties.Dissolved
                : PublishingVerbs.Contains(word) ? ClaimProperties.Founded
                : null;
            if (property is null || (i > 0 && Negations.Contains(tokens[i - 1].Norm)))
            {
                continue;
            }

            var (sentenceStart, sentenceEnd) = index.SentenceTokens(t.Sentence);
            int mention;
            if (PublishingVerbs.Contains(word))
            {
                mention = PeriodicalAfter(index, i + 1, sentenceEnd);
            }
            else if (LayingOutVerbs.Contains(word))
            {
                mention = relative && word.Length > 4 ? (i >= 2 ? NameEndingAt(index, i - 2) : -1) : CityAfter(index, i + 1, sentenceEnd);
            }
            else if (relative)
            {
                mention = i >= 2 ? NameEndingAt(index, i - 2) : -1;
                if (word is "قام" or "قامت" && ActAfter(index, i + 1, sentenceEnd))
                {
                    continue;
                }
            }
            else
            {
                mention = NameAfter(index, i + 1, sentenceEnd);
                if (mention >= 0 && word is "قام" or "قامت" && ActAfter(index, index.EndTokenOf(index.Document.Entities[mention].Span), sentenceEnd))
                {
                    continue;
                }

                if (mention < 0 && property == ClaimProperties.Dissolved && i > 0 && tokens[i - 1].Norm == "حتي")
                {
                    mention = StateBefore(index, i - 1, sentenceStart);
                }
            }

            if (mention < 0 || DateAfter(index, i) is not { } dated)
            {
                continue;
            }

            var doc = index.Document;
            var spans = new[] { t.Span, doc.Timexes[dated.Timex].Span, doc.Entities[mention].Span }.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End);
            list.Add(new Claim(0, doc.Entities[mention].Cluster, property, dated.Value, [.. spans], ClaimModality.Asserted, Confidence)
            {
                Source = Source,
                Act = property == ClaimProperties.Founded ? "founding" : "dissolution",
                Sentence = t.Sentence,
            });
        }
    }

    // The verb's normalized form without one leading و/ف.
    private static string Verb(in Segmentation.Token t)
    {
        var n = t.Norm;
        return n.Length > 3 && n[0] is '\u0648' or '\u0641' ? n[1..] : n;
    }

    private static bool IsPolity(DocumentIndex index, int m)
        => m >= 0 && index.Document.Entities[m].Cluster >= 0 && index.Document.Entities[m].Label is EntityLabels.Organization or EntityLabels.Location;

    // An organization or place mention that starts at a token, after filler words or one head noun of a state's name.
    private static int NameAfter(DocumentIndex index, int k, int sentenceEnd)
    {
        var heads = 0;
        for (var j = k; j < Math.Min(sentenceEnd, k + 3); j++)
        {
            var m = index.MentionAtToken(j);
            if (m >= 0)
            {
                return IsPolity(index, m) && index.FirstTokenOf(index.Document.Entities[m].Span) == j ? m : -1;
            }

            var norm = index.Tokens[j].Norm;
            if (Fillers.Contains(norm))
            {
                continue;
            }

            if (PolityHeads.Contains(norm) && heads++ == 0)
            {
                continue;
            }

            return -1;
        }

        return -1;
    }

    // "اختط مدينة سامراء"، "اختط جوهر القاهرة": the place named after the verb, over the noun "مدينة" and one person's name.
    private static int CityAfter(DocumentIndex index, int k, int sentenceEnd)
    {
        var doc = index.Document;
        var person = false;
        var j = k;
        while (j < Math.Min(sentenceEnd, k + 6))
        {
            var m = index.MentionAtToken(j);
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person && !person)
            {
                person = true;
                j = index.EndTokenOf(doc.Entities[m].Span);
                continue;
            }

            if (m >= 0)
            {
                return doc.Entities[m].Label == EntityLabels.Location && doc.Entities[m].Cluster >= 0 && index.FirstTokenOf(doc.Entities[m].Span) == j ? m : -1;
            }

            if (index.Tokens[j].Norm is not ("مدينه" or "المدينه"))
            {
                return -1;
            }

            j++;
        }

        return -1;
    }

    // "أصدرا معاً مجلة العروة الوثقى": the periodical named after its kind.
    private static int PeriodicalAfter(DocumentIndex index, int k, int sentenceEnd)
    {
        for (var j = k; j < Math.Min(sentenceEnd, k + 3); j++)
        {
            if (Periodicals.Contains(index.Tokens[j].Base))
            {
                var m = index.MentionAtToken(j + 1 < sentenceEnd ? j + 1 : j);
                if (m < 0)
                {
                    m = index.MentionAtToken(j);
                }

                return m >= 0 && index.Document.Entities[m].Cluster >= 0 && index.Document.Entities[m].Label != EntityLabels.Person ? m : -1;
            }

            if (!Fillers.Contains(index.Tokens[j].Norm))
            {
                return -1;
            }
        }

        return -1;
    }

    // The organization or place mention that ends at a token (the antecedent of "التي").
    private static int NameEndingAt(DocumentIndex index, int k)
    {
        var m = index.MentionAtToken(k);
        return IsPolity(index, m) && index.EndTokenOf(index.Document.Entities[m].Span) == k + 1 ? m : -1;
    }

    // "قامت مصر بإرسال …": a verbal noun with ب after the name makes "قام" an act.
    // "قام نادي مانشستر يونايتد في يوليو 2009 بالموافقة على …": the verbal noun may follow a date; any word with ب in the rest of
    // the clause (six words) that is no name and no "بين"، "بقيادة" makes it an act.
    private static bool ActAfter(DocumentIndex index, int k, int sentenceEnd)
    {
        var (_, clauseEnd) = index.ClauseOf(Math.Min(k, sentenceEnd - 1));
        for (var j = k; j < Math.Min(Math.Min(sentenceEnd, clauseEnd), k + 6); j++)
        {
            var t = index.Tokens[j];
            if (t.Clitics.HasFlag(Segmentation.Proclitics.Bi) && !NotActs.Contains(t.Norm) && index.MentionAtToken(j) < 0 && t.Kind != Segmentation.TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    // "وبقيت إمارة حلب في ولده … حتى زالت": the nearest organization or place named before in the sentence.
    private static int StateBefore(DocumentIndex index, int k, int sentenceStart)
    {
        for (var j = k - 1; j >= sentenceStart; j--)
        {
            var m = index.MentionAtToken(j);
            if (IsPolity(index, m))
            {
                return m;
            }
        }

        return -1;
    }

    private static bool AnotherPredicateBetween(DocumentIndex index, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var w = Verb(index.Tokens[k]);
            if (Relatives.Contains(index.Tokens[k].Norm) || FoundingVerbs.Contains(w) || EndingVerbs.Contains(w) || PublishingVerbs.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    // The nearest dated timex in the verb's clause after it, else before it; none after "حتى"/"إلى" (the end of something else).
    private static (ClaimValue Value, int Timex)? DateAfter(DocumentIndex index, int verb)
    {
        var doc = index.Document;
        int after = -1, before = -1;
        foreach (var ti in index.TimexesInClause(verb))
        {
            if (!DocumentIndex.IsDated(doc.Timexes[ti]))
            {
                continue;
            }

            // A date past a relative pronoun or another founding or ending verb is that clause's: "انتهت المملكة التي قامت سنة 1921".
            var at = index.TimexToken(ti);
            if (at > verb && after < 0 && !AnotherPredicateBetween(index, verb + 1, at))
            {
                after = ti;
            }
            else if (at < verb && !AnotherPredicateBetween(index, at + 1, verb))
            {
                before = ti;
            }
        }

        var best = after >= 0 ? after : before;
        if (best < 0)
        {
            return null;
        }

        var first = index.TimexToken(best);
        if (first > 0 && index.Tokens[first - 1].Norm is "حتي" or "الي")
        {
            return null;
        }

        return ClaimExtractor.TimeOf(index, best) is { } value ? (value, best) : null;
    }
}
