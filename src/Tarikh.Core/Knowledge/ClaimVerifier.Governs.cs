using System.Collections.Frozen;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Government guards (round 11): a claim is compared only when the word that makes it governs the value it reads.
/// Four signs that it does not, read from the text between the claim's spans: the date stands before a death or birth
/// verb that opens a new coordinated clause ("أحرق المخطوطة ليلة 24 شباط 1852، وتوفي …": the night is the burning's);
/// the kinship noun's pronoun agrees with someone of the other sex ("وكان أبوها آصف خان" is a woman's father, never a
/// man's); a possessive noun of death or birth ("حتى وفاته") whose subject the sentence names only as another person's
/// relative in the oblique case ("بعد عزل أبيه إسماعيل، وبقي فيه حتى وفاته"); a place after another predicate than the birth or death word
/// ("تيو المولود سنة 1857 كان تاجر لوحات في باريس": where he worked). Such a claim is not compared (verdict
/// <c>unlinked</c>, note <c>not-governed</c>): a wrong reading makes a false alarm.
/// </summary>
public sealed partial class ClaimVerifier
{
    // Words (normalized, without a conjunction) that open another predicate between a birth or death word and a place:
    // the place after them is where the person did that, not where he was born or died.
    private static readonly FrozenSet<string> OtherPredicates = new[]
    {
        "كان", "كانت", "عمل", "عملت", "اشتغل", "اشتغلت", "اقام", "اقامت", "عاش", "عاشت", "انتقل", "انتقلت", "سافر", "سافرت",
        "درس", "درست", "اصبح", "اصبحت", "صار", "صارت", "ظل", "ظلت", "بقي", "بقيت", "استقر", "استقرت", "نشا", "نشات",
        "تعلم", "تعلمت", "هاجر", "هاجرت", "رحل", "قضى", "قضت", "تولى", "تولت", "دفن", "دفنت",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words (normalized) that lead in to a place after a date: "سنة 1857 في مدينة باريس".
    private static readonly FrozenSet<string> PlaceLeadIns = new[]
    {
        "في", "ب", "مدينه", "بمدينه", "قريه", "بقريه", "بلده", "ببلده", "العاصمه", "عاصمه", "بالعاصمه", "ناحيه", "بلدة", "منطقه", "بمنطقه", "وفي", "م", "هـ", "ه",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Possessive nouns of death and birth with the masculine or feminine pronoun ("حتى وفاته"، "منذ مولدها").
    private static readonly FrozenSet<string> PossessiveLifeNouns = new[]
    {
        "وفاته", "وفاتها", "موته", "موتها", "مقتله", "مقتلها", "رحيله", "رحيلها", "اغتياله", "استشهاده", "مولده", "مولدها",
        "ولادته", "ولادتها", "مماته",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the word that makes the claim does not govern the value the claim reads (see the type's summary).</summary>
    private bool NotGoverned(AnalyzedDocument document, Claim claim, KbEntity subject)
        => DateOfAnotherClause(document, claim) || KinPronounOfTheOtherSex(document, claim, subject)
            || PossessiveOfARelative(document, claim) || PlaceOfAnotherPredicate(document, claim);

    // "أحرق … ليلة 24 شباط 1852، وتوفي …": a date before the verb, with a comma and the verb's conjunction between them.
    private bool DateOfAnotherClause(AnalyzedDocument document, Claim claim)
    {
        if (claim.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate))
        {
            return false;
        }

        var text = document.Source.Text;
        TextSpan date;
        if (claim.Value.Timex is { } x && x >= 0 && x < document.Timexes.Length)
        {
            date = document.Timexes[x].Span;
        }
        else if (claim.Value.Text is { Length: > 0 } written && claim.Spans.FirstOrDefault(s => text[s.Start..s.End] == written) is { } at && at.End > at.Start)
        {
            date = at;
        }
        else
        {
            return false;
        }
        foreach (var span in claim.Spans)
        {
            if (span.Start < date.End)
            {
                continue;
            }

            var raw = _memo.Key(text[span.Start..span.End]);
            var verb = VerbKey(text[span.Start..span.End]);
            if (!(MasculineDeathVerbs.Contains(verb) || FeminineDeathVerbs.Contains(verb) || IsBirthVerb(verb)) || raw == verb)
            {
                continue; // not a verb of the claim, or a verb without its conjunction ("وفي عام 1924، توفي")
            }

            var between = text[date.End..span.Start];
            if (between.Contains('،') || between.Contains(','))
            {
                return true;
            }
        }

        return false;
    }

    // "وكان أبوها آصف خان" as a man's father, "ابنه" (with ه, not the ة of "ابنة") as a woman's son.
    private bool KinPronounOfTheOtherSex(AnalyzedDocument document, Claim claim, KbEntity subject)
    {
        if (claim.Property is not (ClaimProperties.Father or ClaimProperties.Mother or ClaimProperties.Spouse or ClaimProperties.Sibling
            or ClaimProperties.Child))
        {
            return false;
        }

        var sex = subject.ItemValues("P21").FirstOrDefault();
        if (sex is not (Male or Female))
        {
            return false;
        }

        var text = document.Source.Text;
        foreach (var span in claim.Spans)
        {
            var word = StripMarks(text[span.Start..span.End]);
            var key = KinKey(word);
            if (KinWithPronoun(key) is null)
            {
                continue;
            }

            var feminine = key.EndsWith("ها", StringComparison.Ordinal) && !key.EndsWith("هما", StringComparison.Ordinal);
            var masculine = word.EndsWith('\u0647') && !feminine && !key.EndsWith("هما", StringComparison.Ordinal);
            if ((feminine && sex == Male) || (masculine && sex == Female))
            {
                return true;
            }
        }

        return false;
    }

    // "بعد عزل أبيه الخديوي إسماعيل، وبقي فيه حتى وفاته": the subject named in the sentence only as another's relative.
    private bool PossessiveOfARelative(AnalyzedDocument document, Claim claim)
    {
        if (claim.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.BirthPlace or ClaimProperties.DeathPlace)
            || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return false;
        }

        var text = document.Source.Text;
        if (!claim.Spans.Any(s => PossessiveLifeNouns.Contains(_memo.Key(StripMarks(text[s.Start..s.End])))))
        {
            return false;
        }

        var sentence = document.Sentences[claim.Sentence].Span;
        var own = document.Entities.Where(m => m.Label == EntityLabels.Person && m.Cluster == claim.Subject
            && m.Span.Start >= sentence.Start && m.Span.End <= sentence.End).ToList();
        return own.Count > 0 && own.All(m => AfterObliqueKin(text, m.Span.Start));
    }

    // A kinship noun in the oblique case with a pronoun among the two words before a position ("أبيه إسماعيل"، "أبيه الخديوي
    // إسماعيل"): the relative is the object of another's act, not the subject of the sentence ("وكان أبوه إيليا … حتى وفاته" is).
    private bool AfterObliqueKin(string text, int position)
    {
        var at = position;
        for (var i = 0; i < 2; i++)
        {
            var (word, start) = WordBeforeAt(text, at);
            if (start < 0)
            {
                return false;
            }

            var key = KinKey(StripMarks(word));
            if (KinWithPronoun(key) is not null && (key.StartsWith("ابي", StringComparison.Ordinal) || key.StartsWith("اخي", StringComparison.Ordinal)))
            {
                return true;
            }

            at = start;
        }

        return false;
    }

    // "تيو المولود سنة 1857 كان تاجر لوحات في باريس": another predicate (or the other life event) between the word and the place.
    private bool PlaceOfAnotherPredicate(AnalyzedDocument document, Claim claim)
    {
        if (claim.Property is not (ClaimProperties.BirthPlace or ClaimProperties.DeathPlace) || claim.Value.Cluster is not { } place
            || place < 0 || place >= document.Clusters.Length)
        {
            return false;
        }

        var text = document.Source.Text;
        var places = document.Clusters[place].Mentions.Select(m => document.Entities[m].Span).ToList();
        var birth = claim.Property == ClaimProperties.BirthPlace;
        foreach (var span in claim.Spans)
        {
            var key = _memo.Key(StripMarks(text[span.Start..span.End]));
            var verb = VerbKey(text[span.Start..span.End]);
            var trigger = birth ? IsBirthVerb(verb) || key.StartsWith("المولود", StringComparison.Ordinal) || key.StartsWith("مولود", StringComparison.Ordinal)
                : MasculineDeathVerbs.Contains(verb) || FeminineDeathVerbs.Contains(verb) || key.StartsWith("المتوفى", StringComparison.Ordinal);
            if (!trigger)
            {
                continue;
            }

            var target = places.Where(p => p.Start >= span.End && claim.Spans.Any(s => s.Overlaps(p))).Select(p => p.Start).DefaultIfEmpty(-1).Min();
            if (target < 0)
            {
                continue;
            }

            // After a date in the gap ("المولود سنة 1857 تاجراً كبيراً في باريس"), two words or more other than the place's own
            // lead-in ("في"، "مدينة") make the place another predicate's.
            var lastDate = document.Timexes.Where(t => t.Span.Start >= span.End && t.Span.End <= target).Select(t => t.Span.End).DefaultIfEmpty(-1).Max();
            if (lastDate >= 0 && text[lastDate..target].Split([' ', '\t', '\n', '،', ','], StringSplitOptions.RemoveEmptyEntries)
                .Count(w => !PlaceLeadIns.Contains(_memo.Key(StripMarks(w)))) >= 2)
            {
                return true;
            }

            foreach (var w in text[span.End..target].Split([' ', '\t', '\n', '،', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            {
                var k = _memo.Key(StripMarks(w));
                var bare = k.Length > 3 && k[0] is '\u0648' or '\u0641' ? k[1..] : k;
                var other = birth ? MasculineDeathVerbs.Contains(bare) || FeminineDeathVerbs.Contains(bare) : IsBirthVerb(bare);
                if (OtherPredicates.Contains(k) || OtherPredicates.Contains(bare) || other)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string StripMarks(string word)
    {
        // Round 14 (issue-18): the word itself when it has nothing to strip (most words), no enumerator or builder per word.
        var i = 0;
        while (i < word.Length && !IsMark(word[i]))
        {
            i++;
        }

        if (i == word.Length)
        {
            return word;
        }

        var kept = new System.Text.StringBuilder(word.Length).Append(word, 0, i);
        for (; i < word.Length; i++)
        {
            if (!IsMark(word[i]))
            {
                kept.Append(word[i]);
            }
        }

        return kept.ToString();

        static bool IsMark(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || c == '\u0640';
    }
}
