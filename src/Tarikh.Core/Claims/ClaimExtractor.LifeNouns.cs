using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Claims;

/// <summary>
/// Round 21 (issue-21c): a birth or a death stated by its possessive noun as the head of a nominal clause — "ومولده بدمشق سنة
/// سبعمائة"، "وكانت وفاته بها"، "وفي هامش السجل: مولده في 4 أيار 1925"، "نعاه الاتحاد يوم رحيله عام 2019"، "وكان استشهاده في 9
/// أكتوبر 1960". The events stage reads some of these nouns (مولد، وفاة) and not others (رحيل، استشهاد، ميلاد); what it leaves out, a
/// value written right after the noun, is read here. "بها"/"فيها" right after the noun points back to the last place named before it in
/// its sentence ("أصله من طليطلة ومولده بها"). The person is the pronoun's, as the index decides it (<see cref="DocumentIndex.ImplicitSubjectAt"/>).
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>The source of a claim read from a possessive birth or death noun heading its clause.</summary>
    internal const string LifeNounSource = "life-noun";

    private static string N(string w) => Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString(w);

    /// <summary>Possessive birth and death nouns (normalized) → the event type they state.</summary>
    private static readonly FrozenDictionary<string, string> LifeNouns = new Dictionary<string, string>
    {
        [N("مولده")] = "birth", [N("مولدها")] = "birth", [N("ولادته")] = "birth", [N("ولادتها")] = "birth", [N("ميلاده")] = "birth", [N("ميلادها")] = "birth",
        [N("وفاته")] = "death", [N("وفاتها")] = "death", [N("رحيله")] = "death", [N("رحيلها")] = "death", [N("موته")] = "death", [N("موتها")] = "death",
        [N("استشهاده")] = "death", [N("استشهادها")] = "death", [N("مقتله")] = "death", [N("مقتلها")] = "death",
        // Round 22 (22k2): an execution or an assassination heading its clause is the death ("وكتب مؤرخ أن إعدامه كان في دمشق").
        [N("إعدامه")] = "death", [N("إعدامها")] = "death", [N("اغتياله")] = "death", [N("اغتيالها")] = "death",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words right before the noun that make it the head of its own clause ("وكان مولده"، "أن مولده"، "أما وفاته").</summary>
    private static readonly FrozenSet<string> NounClauseOpeners = new[]
    {
        "كان", "وكان", "فكان", "كانت", "وكانت", "فكانت", "أن", "وأن", "إن", "وإن", "فإن", "أما", "وأما", "قد", "وقد",
    }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a death noun that make it the day of the death ("نعاه الاتحاد يوم رحيله عام 2019"): one dies once, so the date is the death's.</summary>
    private static readonly FrozenSet<string> DayWords = new[] { "يوم", "ويوم", "ليلة", "وليلة" }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after the noun that relate it to another act ("وفاته بعد أخيه بسنة"، "مولده قبل الحرب"): the values after them are not its own.</summary>
    private static readonly FrozenSet<string> RelationalWords = new[]
    {
        "بعد", "قبل", "حتى", "منذ", "حين", "عند", "إثر", "عقب", "إلى", "ثم", "بين", "أثناء", "خلال",
    }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The resumptive prepositional pronouns of a place ("بها"، "فيها").</summary>
    private static readonly FrozenSet<string> ResumptivePlace = new[] { "بها", "فيها" }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> LifeNounSpans = LifeNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The noun's event type when the token is a possessive birth or death noun, bare or after "و"/"ف" only; else null.</summary>
    private static string? LifeNounAt(DocumentIndex index, int k)
    {
        var word = index.Tokens[k].Norm.AsSpan();
        if (LifeNounSpans.TryGetValue(word, out var kind))
        {
            return kind;
        }

        return word.Length > 1 && word[0] is 'و' or 'ف' && LifeNounSpans.TryGetValue(word[1..], out kind) ? kind : null;
    }

    private void FromLifeNouns(DocumentIndex index, List<Claim> list, Dictionary<int, string> used)
    {
        var doc = index.Document;
        for (var k = 0; k < index.Tokens.Length; k++)
        {
            var tok = index.Tokens[k];
            if (tok.Kind != TokenKind.Arabic || index.MentionAtToken(k) >= 0 || !index.IsContent(tok.Sentence) || LifeNounAt(index, k) is not { } kind
                || !HeadsOwnClause(index, k, kind))
            {
                continue;
            }

            // What the events stage read at this word: a value it already has is its own claim's (read with its attribution).
            var ev = -1;
            for (var i = 0; i < doc.Events.Length; i++)
            {
                if (doc.Events[i].Type == kind && doc.Events[i].Trigger.Length > 0 && index.FirstTokenOf(doc.Events[i].Trigger) == k)
                {
                    ev = i;
                    break;
                }
            }

            var (time, place) = ValuesAfterLifeNoun(index, k, used);
            if (ev >= 0)
            {
                time = doc.Events[ev].Time is null ? time : null;
                place = doc.Events[ev].Place is null ? place : null;
            }

            if (time is null && place is null)
            {
                continue;
            }

            // Whose: the event's own claim's subject when it has one; else the pronoun's person as the index decides it.
            var eventClaim = ev >= 0 ? LifeClaimOfEvent(list, ev) : null;
            int who;
            double confidence;
            string? evidence;
            if (eventClaim is not null)
            {
                (who, confidence, evidence) = (eventClaim.Subject, eventClaim.Confidence, eventClaim.Attribution);
            }
            else if (index.ImplicitSubjectAt(k, Lexicon) is { } tied && IsPerson(index, tied.Cluster) && index.InSegment(tied.Cluster, tok.Sentence)
                && tied.Evidence is ImplicitSubjectEvidence.Possessive or ImplicitSubjectEvidence.Epithet)
            {
                (who, confidence, evidence) = (tied.Cluster, tied.Confidence, tied.Evidence);
            }
            else
            {
                continue;
            }

            var modality = ModalityOf(index, k);
            if (modality == ClaimModality.Asserted && SourceNoteAt(index, k))
            {
                modality = ClaimModality.Reported;
            }

            var birth = kind == "birth";
            if (time is { } ti && TimeOf(index, ti) is { } value)
            {
                list.Add(new Claim(0, who, birth ? ClaimProperties.BirthDate : ClaimProperties.DeathDate, value, Spans(tok.Span, doc.Timexes[ti].Span), modality, Math.Round(confidence, 3))
                {
                    Source = LifeNounSource,
                    Act = kind,
                    Sentence = tok.Sentence,
                    Attribution = evidence,
                });
            }

            if (place is { } pm)
            {
                var mention = doc.Entities[pm];
                list.Add(new Claim(0, who, birth ? ClaimProperties.BirthPlace : ClaimProperties.DeathPlace, ClaimValue.OfEntity(mention.Cluster, doc.Source[mention.Span]),
                    Spans(tok.Span, mention.Span), modality, Math.Round(confidence, 3))
                {
                    Source = LifeNounSource,
                    Act = kind,
                    Place = mention.Cluster,
                    Sentence = tok.Sentence,
                    Attribution = evidence,
                });
            }
        }
    }

    /// <summary>The birth or death claim the event reader made from event <paramref name="ev"/>, or null (a loop, not a lambda: no closure per token).</summary>
    private static Claim? LifeClaimOfEvent(List<Claim> list, int ev)
    {
        foreach (var c in list)
        {
            if (c.Event == ev && c.Source == ClaimSources.Event && c.Property is ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.BirthPlace or ClaimProperties.DeathPlace)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the noun at <paramref name="k"/> heads its own clause: it opens its sentence, follows a comma, a colon or an opening
    /// quote, carries a conjunction ("ومولده"), or stands after "كان"، "أن"، "أما"; a death noun also after "يوم" (the day of the death).
    /// After "بعد"، "قبل"، "منذ"، "حتى"، "ذكرى"، "عيد" and any other word it is another act's reference point, not a statement of its own.
    /// </summary>
    private static bool HeadsOwnClause(DocumentIndex index, int k, string kind)
    {
        var (ss, _) = index.SentenceTokens(index.Tokens[k].Sentence);
        var word = index.Tokens[k].Norm.AsSpan();
        if (k == ss || (word[0] is 'و' or 'ف' && LifeNounSpans.ContainsKey(word[1..])))
        {
            return true;
        }

        var prev = index.SourceNorm(k - 1);
        return prev is "،" or "," or ":" or "؛" or ";" or "«" or "\"" or "(" || NounClauseOpeners.Contains(prev) || (kind == "death" && DayWords.Contains(prev));
    }

    /// <summary>
    /// The date (a timex) and the place (a location mention) written right after a life noun, in its clause: over "كان"، "قد"، a colon,
    /// "في"، "سنة"، one head noun ("مدينة"); a place after "في" or with "بـ" attached; "بها"/"فيها" right after the noun is the last place
    /// named before it in its sentence. The walk stops at a comma, another person, another event's word, or a word that relates the
    /// noun to another act ("بعد"، "قبل"، "حتى"). A timex another reader took (a lifespan's) is not read again.
    /// </summary>
    private (int? Time, int? Place) ValuesAfterLifeNoun(DocumentIndex index, int k, Dictionary<int, string> used)
    {
        var doc = index.Document;
        var (_, se) = index.SentenceTokens(index.Tokens[k].Sentence);
        int? time = null;
        int? place = null;
        var j = k + 1;
        while (j < se && (index.SourceNorm(j) is ":" || NounClauseOpeners.Contains(index.SourceNorm(j))))
        {
            j++;
        }

        if (j < se && (ResumptivePlace.Contains(index.SourceNorm(j)) || ResumptivePlace.Contains(index.Tokens[j].Norm)))
        {
            place = PlaceBefore(index, k);
            j++;
        }

        var stop = Math.Min(se, j + 8);
        for (; j < stop; j++)
        {
            var t = index.Tokens[j];
            var word = index.SourceNorm(j);
            if (InTimexAt(index, j) is { } ti)
            {
                if (time is null && !used.ContainsKey(ti) && TimeOf(index, ti) is not null && index.TimexToken(ti) == j)
                {
                    time = ti;
                }

                continue;
            }

            if ((t.Kind == TokenKind.Punctuation && word is not ":") || RelationalWords.Contains(word) || RelationalWords.Contains(t.Base) || OtherTriggerAt(index, j, k))
            {
                break;
            }

            if (index.MentionAtToken(j) is var m and >= 0)
            {
                var mention = doc.Entities[m];
                if (mention.Label == EntityLabels.Person)
                {
                    break;
                }

                if (place is null && mention.Label == EntityLabels.Location && index.FirstTokenOf(mention.Span) == j && PlaceIntroduced(index, j, mention.Span)
                    && !IsLandmarkPlace(index, mention.Span))
                {
                    place = m;
                }

                j = Math.Max(j, index.EndTokenOf(mention.Span) - 1);
            }
        }

        return (time, place);
    }

    /// <summary>True when a place mention is introduced as where: "بدمشق" (the preposition attached), "في دمشق", "في مدينة حلب".</summary>
    private static bool PlaceIntroduced(DocumentIndex index, int j, Text.TextSpan mention)
    {
        if (index.Tokens[j].Span.Start < mention.Start && index.SourceNorm(j)[0] == 'ب')
        {
            return true;
        }

        var p = j - 1;
        if (p >= 0 && PlaceHeadNouns.Contains(index.SourceNorm(p)))
        {
            p--;
        }

        return p >= 0 && index.SourceNorm(p) is "في" or "ب";
    }

    /// <summary>The last location mention before the token in its sentence (the antecedent of "بها"), or null.</summary>
    private static int? PlaceBefore(DocumentIndex index, int k)
    {
        var (ss, _) = index.SentenceTokens(index.Tokens[k].Sentence);
        for (var p = k - 1; p >= ss; p--)
        {
            if (index.MentionAtToken(p) is var m and >= 0)
            {
                var mention = index.Document.Entities[m];
                if (mention.Label == EntityLabels.Location)
                {
                    return IsLandmarkPlace(index, mention.Span) ? null : m;
                }
            }
        }

        return null;
    }

    /// <summary>The timex covering the token, or null.</summary>
    private static int? InTimexAt(DocumentIndex index, int token)
    {
        var pos = index.Tokens[token].Span.Start;
        foreach (var ti in index.TimexesInSentence(index.Tokens[token].Sentence))
        {
            var span = index.Document.Timexes[ti].Span;
            if (span.Start <= pos && pos < span.End)
            {
                return ti;
            }
        }

        return null;
    }

    /// <summary>True when another event's trigger starts at the token (a new act: its values are its own).</summary>
    private static bool OtherTriggerAt(DocumentIndex index, int token, int noun)
    {
        if (token == noun)
        {
            return false;
        }

        foreach (var e in index.Document.Events)
        {
            if (e.Trigger.Length > 0 && index.FirstTokenOf(e.Trigger) == token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the word stands in a source's note: its sentence opens with "في"/"وفي"/"جاء"/"ورد" (not a date: "وفي سنة 1950") and a
    /// colon or "أن" stands between that opening and the word ("وفي هامش السجل: مولده …"، "وفي دفتر العائلة أن مولده …"، "وجاء في
    /// الحاشية: …"): the value is the note's report, not the writer's own statement.
    /// </summary>
    private static bool SourceNoteAt(DocumentIndex index, int k)
    {
        var (ss, _) = index.SentenceTokens(index.Tokens[k].Sentence);
        if (k - ss < 2 || InTimexAt(index, ss) is not null || InTimexAt(index, ss + 1) is not null || index.SourceNorm(ss) is not ("في" or "وفي" or "جاء" or "وجاء" or "ورد" or "وورد"))
        {
            return false;
        }

        for (var p = ss + 1; p < k; p++)
        {
            if (index.SourceNorm(p) is ":" or "ان" or "أن")
            {
                return true;
            }
        }

        return false;
    }
}
