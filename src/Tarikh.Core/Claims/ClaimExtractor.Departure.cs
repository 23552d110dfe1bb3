using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// "رحل" as a death: Arabic obituaries and biographies write a death as a departure ("رحل الممثل سليم الحمصي سنة 1992 عن
/// ثمانية وستين عامًا"، "وقد رحل الشامي في شتاء عام 1976 تاركاً أكثر من مئتي لحن"), while the same verb with a destination or a
/// place left ("رحل إلى بغداد"، "رحل عن دمشق"، "رحل في طلب الحديث") is a journey. The claims stage reads the death only when its clause
/// has no destination or place left and a death's context: an age at it ("عن عمر ناهز"، "عن ستين عاماً"), a world left ("عن
/// عالمنا"، "عن الدنيا"), an illness ("بعد صراع مع المرض"، "إثر"، "متأثراً") or what he left behind ("تاركاً").
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>The source of a death read from a verb of departure.</summary>
    internal const string DepartureSource = "departure";

    private static readonly HashSet<string> DepartureVerbs = new(["رحل", "رحلت"], StringComparer.Ordinal);

    private static readonly HashSet<string> JourneyWords = new(["الى", "إلى", "نحو", "باتجاه", "صوب", "طلب", "لطلب", "منها", "منه"], StringComparer.Ordinal);

    private static readonly HashSet<string> WorldLeft = new(["عمر", "عالمنا", "دنيانا", "الدنيا", "الحياه", "الحياة", "الدنيا"], StringComparer.Ordinal);

    private static readonly HashSet<string> DeathContext = new(["تاركا", "تاركه", "تاركة", "تاركاً", "متاثرا", "متأثرا", "متأثراً", "اثر", "إثر", "صراع"], StringComparer.Ordinal);

    private static readonly HashSet<string> AgeUnits = new(["عاما", "عامًا", "عاماً", "عام", "سنه", "سنة", "سنوات", "سنين", "سنا"], StringComparer.Ordinal);

    private void FromDepartureDeaths(DocumentIndex index, List<Claim> list, Dictionary<int, string> used)
    {
        var doc = index.Document;
        for (var k = 0; k < index.Tokens.Length; k++)
        {
            var tok = index.Tokens[k];
            if (tok.Kind != TokenKind.Arabic || !(DepartureVerbs.Contains(tok.Norm) || DepartureVerbs.Contains(tok.Base)) || index.MentionAtToken(k) >= 0 || !index.IsContent(tok.Sentence))
            {
                continue;
            }

            var (ss, se) = index.SentenceTokens(tok.Sentence);
            var (_, ce) = index.ClauseOf(k);
            var end = Math.Max(ce, Math.Min(se, k + 14));
            var journey = false;
            var death = false;
            for (var j = k + 1; j < end && !journey; j++)
            {
                var norm = index.Tokens[j].Norm;
                var bare = index.SourceNorm(j);
                if (JourneyWords.Contains(norm) || JourneyWords.Contains(bare) || (index.Tokens[j].Base is "طلب" or "رحله"))
                {
                    journey = true;
                }
                else if (bare == "عن" && j + 1 < se)
                {
                    var next = index.SourceNorm(j + 1);
                    if (index.MentionAtToken(j + 1) is var m and >= 0 && doc.Entities[m].Label != EntityLabels.Person)
                    {
                        journey = true;
                    }
                    else if (WorldLeft.Contains(next) || next.StartsWith("عمر", StringComparison.Ordinal) || AgeAfter(index, j + 1, se))
                    {
                        death = true;
                    }
                }
                else if (DeathContext.Contains(bare) || DeathContext.Contains(index.Tokens[j].Base))
                {
                    death = true;
                }
            }

            // "ويذكر ابنه أن أباه رحل في 10 ديسمبر 1974": a relative who reports his parent's departure, with no destination, reports the
            // parent's death (round 18, issue 12c); the parent is the topic person the index ties the reporter to.
            var reported = !journey && !death && index.ImplicitSubjectAt(k, Lexicon) is { Evidence: ImplicitSubjectEvidence.ReportingRelative } rep
                && IsPerson(index, rep.Cluster) ? rep : null;
            if (journey || !(death || reported is not null))
            {
                continue;
            }

            // Whose: a person named right after the verb (across a title or an occupation), else the dropped subject of a sentence that names nobody else.
            var who = reported?.Cluster ?? -1;
            TextSpan? whoSpan = null;
            var confidence = reported?.Confidence ?? Options.ExplicitTriggerConfidence;
            for (var j = k + 1; j < Math.Min(se, k + 5) && who < 0; j++)
            {
                var c = index.ClusterAtToken(j);
                if (c < 0 && index.ShortFormAt(j) is var sf and >= 0)
                {
                    c = sf;
                }

                if (c >= 0)
                {
                    if (!IsPerson(index, c))
                    {
                        break;
                    }

                    who = c;
                    whoSpan = index.MentionAtToken(j) is var wm and >= 0 ? doc.Entities[wm].Span : index.Tokens[j].Span;
                }
            }

            if (who < 0)
            {
                if (index.SubjectAt(tok.Sentence) is not { } subject || !NoOtherPerson(index, tok.Sentence, subject) || KinWordIn(index, ss, k))
                {
                    continue;
                }

                who = subject;
                confidence = Options.ProDropConfidence;
            }

            if (KinIntroduced(index, index.MentionAtToken(whoSpan is { } ws ? index.FirstTokenOf(ws) : -1)))
            {
                continue;
            }

            var modality = ModalityOf(index, k);
            foreach (var ti in index.TimexesInSentence(tok.Sentence))
            {
                var tt = index.TimexToken(ti);
                if (tt <= k || tt >= end || used.ContainsKey(ti) || TimeOf(index, ti) is not { } value || value.Approximate)
                {
                    continue;
                }

                var dateConfidence = tt < ce ? Options.ClauseDateConfidence : Options.SentenceDateConfidence;
                list.Add(new Claim(0, who, ClaimProperties.DeathDate, value, Spans(tok.Span, whoSpan, doc.Timexes[ti].Span), modality, Math.Round(Math.Min(confidence, dateConfidence), 3))
                {
                    Source = DepartureSource,
                    Act = "death",
                    Sentence = tok.Sentence,
                    Attribution = reported?.Evidence,
                });
                break;
            }

            // "رحل … في دمشق": a place after في in the clause is where he died.
            for (var j = k + 1; j + 1 < ce; j++)
            {
                if (index.SourceNorm(j) is "في" && index.MentionAtToken(j + 1) is var pm and >= 0 && doc.Entities[pm].Label == EntityLabels.Location)
                {
                    list.Add(new Claim(0, who, ClaimProperties.DeathPlace, ClaimValue.OfEntity(doc.Entities[pm].Cluster, doc.Entities[pm].Text), Spans(tok.Span, whoSpan, doc.Entities[pm].Span),
                        modality, confidence)
                    {
                        Source = DepartureSource,
                        Act = "death",
                        Place = doc.Entities[pm].Cluster,
                        Sentence = tok.Sentence,
                        Attribution = reported?.Evidence,
                    });
                    break;
                }
            }
        }
    }

    /// <summary>True when an age follows: a number (in digits or words) and a unit of years within three tokens ("عن ثمانية وستين عامًا").</summary>
    private static bool AgeAfter(DocumentIndex index, int from, int end)
    {
        for (var j = from; j < Math.Min(end, from + 4); j++)
        {
            if (AgeUnits.Contains(index.SourceNorm(j)) || AgeUnits.Contains(index.Tokens[j].Norm))
            {
                return j > from;
            }
        }

        return false;
    }
}
