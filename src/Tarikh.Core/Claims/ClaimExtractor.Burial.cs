using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Claims;

/// <summary>
/// Round 21 (issue-21c): the place of burial (Wikidata P119), one value like the place of death: "ودُفن في دمشق"، "ودفنت بالقاهرة"،
/// "ووري الثرى في مقبرة الشهداء ببغداد"، "وكان مدفنه بحلب". "بها"، "فيها"، "في مقبرتها"، "في ثراها" right after the verb point back to
/// the last place named before it in the sentence ("توفيت في ملبورن ودفنت في مقبرتها"). A reburial ("ثم نُقل رفاته إلى"، "أعيد دفنه"،
/// "إعادة دفنه") is a second burial the text tells as such: its clause gives no claim, and the conflicting-values rule compares no two
/// burial places of a text that tells one.
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>The source of a burial place read from a verb or a noun of burying.</summary>
    internal const string BurialSource = "burial";

    /// <summary>Verbs (the passive read in the bare form) and possessive nouns of burying, normalized.</summary>
    private static readonly FrozenSet<string> BurialVerbs = new[] { "دفن", "دفنت", "ووري", "ووريت", "يدفن", "تدفن" }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> BurialNouns = new[] { "دفنه", "دفنها", "مدفنه", "مدفنها" }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BurialVerbSpans = BurialVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BurialNounSpans = BurialNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words after the verb that point back to the place named before ("ودفن بها"، "ودفنت في مقبرتها"، "ووري في ثراها").</summary>
    private static readonly FrozenSet<string> ResumptiveBurial = new[] { "بها", "فيها", "مقبرتها", "ترابها", "ثراها", "بمقبرتها", "بترابها" }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The first word of a place that is a burial ground or a building, not a town: not compared with a town.</summary>
    private static readonly FrozenSet<string> GroundWords = new[]
    {
        "مقبرة", "مقبره", "مقابر", "مدافن", "جبانة", "ضريح", "تربة", "روضة", "جامع", "مسجد", "كنيسة", "دير", "حديقة", "ساحة", "كاتدرائية", "مزار", "مقام",
    }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the word at <paramref name="k"/> is a burial verb or a possessive burial noun heading its clause; <paramref name="noun"/>
    /// says which. A bare "و"/"ف" is seen through.
    /// </summary>
    private static bool BurialAt(DocumentIndex index, int k, out bool noun)
    {
        var word = index.Tokens[k].Norm.AsSpan();
        var bare = word.Length > 1 && word[0] is 'و' or 'ف' ? word[1..] : word;
        noun = BurialNounSpans.Contains(word) || BurialNounSpans.Contains(bare);
        return noun || BurialVerbSpans.Contains(word) || BurialVerbSpans.Contains(bare);
    }

    private void FromBurials(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        for (var k = 0; k < index.Tokens.Length; k++)
        {
            var tok = index.Tokens[k];
            if (tok.Kind != TokenKind.Arabic || index.MentionAtToken(k) >= 0 || !index.IsContent(tok.Sentence) || !BurialAt(index, k, out var noun)
                || (noun && !HeadsOwnClause(index, k, "death")) || ReburialBefore(index, k))
            {
                continue;
            }

            var sentence = tok.Sentence;
            var (ss, se) = index.SentenceTokens(sentence);

            // Whose: a person named right after the verb ("دُفن الشيخ حسن في …"); else the one whose death the sentence told before the
            // verb; else the topic person, when the sentence and the one before name nobody else and the verb's gender agrees.
            var j = k + 1;
            int who = -1;
            Text.TextSpan? whoSpan = null;
            var confidence = DocumentIndex.TiedImplicitConfidence;
            if (!noun && j < se && index.MentionAtToken(j) is var pm0 and >= 0 && doc.Entities[pm0].Label == EntityLabels.Person)
            {
                who = doc.Entities[pm0].Cluster;
                whoSpan = doc.Entities[pm0].Span;
                confidence = Options.ExplicitTriggerConfidence;
                j = index.EndTokenOf(doc.Entities[pm0].Span);
            }
            else if (DeathToldBefore(index, list, sentence, tok.Span.Start) is { } death && index.GenderAgrees(death.Subject, k))
            {
                who = death.Subject;
                confidence = Math.Min(death.Confidence, DocumentIndex.TiedImplicitConfidence);
            }
            else if (index.TopicAt(sentence, Lexicon) is { } topic && IsPerson(index, topic) && index.InSegment(topic, sentence) && NoOtherPerson(index, sentence, topic)
                && NoOtherPerson(index, sentence - 1, topic) && index.GenderAgrees(topic, k) && !KinWordIn(index, ss, k))
            {
                who = topic;
            }

            if (who < 0 && !DocumentIndex.IsAnonymous(who))
            {
                continue;
            }

            var place = BurialPlaceAfter(index, k, j, se);
            if (place is not { } pm)
            {
                continue;
            }

            var mention = doc.Entities[pm];
            var modality = ModalityOf(index, k);
            list.Add(new Claim(0, who, ClaimProperties.BurialPlace, ClaimValue.OfEntity(mention.Cluster, doc.Source[mention.Span]),
                Spans(tok.Span, whoSpan, mention.Span), modality == ClaimModality.Posthumous ? ClaimModality.Asserted : modality, Math.Round(confidence, 3))
            {
                Source = BurialSource,
                Act = "burial",
                Place = mention.Cluster,
                Sentence = sentence,
            });
        }
    }

    /// <summary>The last death claim of a person in the sentence before the position, or null (a loop, not a lambda: no closure per token).</summary>
    private static Claim? DeathToldBefore(DocumentIndex index, List<Claim> list, int sentence, int before)
    {
        Claim? last = null;
        foreach (var c in list)
        {
            if (c.Sentence == sentence && c.Property is ClaimProperties.DeathDate or ClaimProperties.DeathPlace && !c.Spans.IsDefaultOrEmpty
                && c.Spans[0].Start < before && IsPerson(index, c.Subject))
            {
                last = c;
            }
        }

        return last;
    }

    /// <summary>
    /// The place of a burial: "الثرى" stepped over, then a resumptive word ("بها"، "في مقبرتها") for the last place named before the verb,
    /// or the first town after "في" or with "بـ" attached within six words — a burial ground's or a building's own name ("مقبرة الشهداء")
    /// is stepped over for the town after it. The walk stops at a comma, a person, another event's word or a relating word.
    /// </summary>
    private static int? BurialPlaceAfter(DocumentIndex index, int verb, int from, int se)
    {
        var doc = index.Document;
        var j = from;
        if (j < se && index.SourceNorm(j) is "الثرى" or "الثري")
        {
            j++;
        }

        if (j < se && index.SourceNorm(j) is "في" && j + 1 < se && ResumptiveBurial.Contains(index.SourceNorm(j + 1)))
        {
            j++;
        }

        if (j < se && ResumptiveBurial.Contains(index.SourceNorm(j)))
        {
            return PlaceBefore(index, verb) is { } before && !GroundWords.Contains(FirstWord(doc.Entities[before].Text)) ? before : null;
        }

        for (var stop = Math.Min(se, j + 6); j < stop; j++)
        {
            var t = index.Tokens[j];
            var word = index.SourceNorm(j);
            if ((t.Kind == TokenKind.Punctuation && word is not ":") || RelationalWords.Contains(word) || RelationalWords.Contains(t.Base) || OtherTriggerAt(index, j, verb))
            {
                return null;
            }

            if (index.MentionAtToken(j) is var m and >= 0)
            {
                var mention = doc.Entities[m];
                if (mention.Label == EntityLabels.Person)
                {
                    return null;
                }

                if (mention.Label == EntityLabels.Location && index.FirstTokenOf(mention.Span) == j && !GroundWords.Contains(FirstWord(mention.Text))
                    && PlaceIntroduced(index, j, mention.Span) && !IsLandmarkPlace(index, mention.Span))
                {
                    return m;
                }

                j = Math.Max(j, index.EndTokenOf(mention.Span) - 1);
            }
        }

        return null;
    }

    private static string FirstWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return N(space < 0 ? text : text[..space]);
    }

    /// <summary>Words of a reburial: the remains moved ("نُقل رفاته/جثمانه") or the burial done again ("أعيد دفنه"، "إعادة دفنه").</summary>
    private static readonly FrozenSet<string> RemainsWords = new[] { "رفاته", "رفاتها", "رفات", "جثمانه", "جثمانها", "جثمان", "جثته", "جثتها" }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AgainWords = new[] { "أعيد", "اعيد", "وأعيد", "واعيد", "إعادة", "اعادة", "وإعادة", "واعادة", "ثم أعيد" }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the burial at <paramref name="k"/> is a reburial: "أعيد"/"إعادة" right before it, or the remains named moved earlier in its
    /// sentence ("ثم نُقل رفاته إلى دمشق حيث دفن").
    /// </summary>
    private static bool ReburialBefore(DocumentIndex index, int k)
    {
        var (ss, _) = index.SentenceTokens(index.Tokens[k].Sentence);
        if (k > ss && AgainWords.Contains(index.SourceNorm(k - 1)))
        {
            return true;
        }

        for (var p = ss; p < k; p++)
        {
            if (RemainsWords.Contains(index.Tokens[p].Norm) || RemainsWords.Contains(index.Tokens[p].Base))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text tells a reburial anywhere (<see cref="ReburialBefore"/>'s words): its burial places are two in time, not a conflict.</summary>
    internal static bool TellsReburial(DocumentIndex index)
    {
        for (var p = 0; p < index.Tokens.Length; p++)
        {
            var t = index.Tokens[p];
            if (RemainsWords.Contains(t.Norm) || RemainsWords.Contains(t.Base) || ((AgainWords.Contains(t.Norm) || AgainWords.Contains(t.Base)) && p + 1 < index.Tokens.Length
                && BurialAt(index, p + 1, out _)))
            {
                return true;
            }
        }

        return false;
    }
}
