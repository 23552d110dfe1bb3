using System.Collections.Frozen;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Dated marriages seen from the partner's side (round 9). A marriage is one relation with two sides, and a KB often holds it
/// on one side only ("عبد الله بن الحسين" P26 "مصباح" with its start, nothing on hers); a claim may also name the partner right
/// and the one who married wrongly (a dropped subject resolved to the person named last: "وفي سنة 1966 تزوجت الكاتب شريف
/// حتاتة" read for the daughter named before). When the claim's subject holds no marriage to its linked value, the value's own
/// P26 statements are read instead: the one whose spouse is the claim's subject, else whose spouse the sentence names, else
/// the article's subject — exactly one such spouse — and the claim is verified on that statement (its start P580 and end P582
/// against the text's date). Never a contradiction of the spouse itself (the spouse is taken from the KB), and only a warning.
/// </summary>
public sealed partial class ClaimVerifier
{
    /// <summary>
    /// The links under which a dated marriage claim is verified on its value's side: the claim's subject linked to the value's
    /// item and the value linked to the value's one fitting spouse. Null when the claim is no dated marriage with a linked
    /// human value, when the subject's own statements already hold the value, or when not exactly one spouse fits.
    /// </summary>
    private Dictionary<int, KbLink>? MarriageSeenFromPartner(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (claim.Property != ClaimProperties.Spouse || (claim.Time ?? claim.Start ?? claim.End)?.Date is null
            || claim.Value.Cluster is not { } vc || vc == claim.Subject || !links.TryGetValue(vc, out var valueLink)
            || kb.Get(valueLink.Item) is not { } partner || KbTypes.Of(partner, kb) != KbType.Human)
        {
            return null;
        }

        links.TryGetValue(claim.Subject, out var subjectLink);
        if (subjectLink is not null && (subjectLink.Item == partner.Id
            || (kb.Get(subjectLink.Item) is { } subject && subject.Best(ClaimProperties.Spouse).Any(s => s.MainSnak.Value.Item == partner.Id))))
        {
            return null; // the subject's own statement is there: verified as it stands
        }

        var spouses = partner.Best(ClaimProperties.Spouse).Where(s => s.MainSnak.Value.Item is not null).ToList();
        if (spouses.Count == 0)
        {
            return null;
        }

        // The claim's subject on the partner's side; else the spouse the sentence names; else the article's subject.
        var fitting = subjectLink is null ? [] : spouses.Where(s => s.MainSnak.Value.Item == subjectLink.Item).ToList();
        if (fitting.Count == 0 && claim.Sentence >= 0 && claim.Sentence < document.Sentences.Length)
        {
            var span = document.Sentences[claim.Sentence].Span;
            fitting = ValuesNamedIn(document.Source.Text[span.Start..span.End], spouses, kb);
        }

        if (fitting.Count == 0 && MainPerson(document, links, kb) is { } main && links.TryGetValue(main, out var mainLink))
        {
            fitting = spouses.Where(s => s.MainSnak.Value.Item == mainLink.Item).ToList();
        }

        if (fitting.Select(s => s.MainSnak.Value.Item).Distinct().Count() != 1 || kb.Get(fitting[0].MainSnak.Value.Item!) is not { } spouse)
        {
            return null;
        }

        return new Dictionary<int, KbLink>(links)
        {
            [claim.Subject] = new KbLink(claim.Subject, partner.Id, partner.LabelIn("ar", "en"), Math.Min(valueLink.Confidence, 0.7), "marriage-partner"),
            [vc] = new KbLink(vc, spouse.Id, spouse.LabelIn("ar", "en"), Math.Min(valueLink.Confidence, 0.7), "marriage-partner"),
        };
    }

    /// <summary>
    /// A <see cref="MarriageClaims"/> partner (read over describing words) the subject's KB statements do not hold: not compared —
    /// the partner was read from the clause, and a wrong reading must never become a wrong spouse.
    /// </summary>
    private static bool PartnerNotHeld(Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
        => claim.Source == MarriageClaims.Source && claim.Value.Cluster is { } vc
            && (!links.TryGetValue(vc, out var value) || !links.TryGetValue(claim.Subject, out var subject) || kb.Get(subject.Item) is not { } item
                || !item.Best(ClaimProperties.Spouse).Any(s => s.MainSnak.Value.Item == value.Item));

    // Round 15 (issue-13v): the nouns that count times ("مرة"، "مرات"، "مرتين") and the cardinals that open a counted phrase.
    private static readonly string[] CountNouns = ["مرة", "مرات", "مرتين", "مرتان"];
    private static readonly string[] Cardinals =
    [
        "اثنتين", "اثنين", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثماني", "ثمان", "ثمانية", "تسع", "تسعة", "عشر", "عشرة",
    ];

    /// <summary>
    /// Round 15 (issue-13v): a relative's value that counts, no name ("تزوج ثلاث مرات: من …"، "تزوج مرتين"): the entity stage tagged the
    /// count as a person, and compared by name it contradicted the KB's spouse. A value with a noun of times, or opened by a cardinal
    /// (or digits) in at most three words, names nobody.
    /// </summary>
    private bool CountValue(AnalyzedDocument document, Claim claim)
    {
        var text = claim.Value.Text
            ?? (claim.Value.Cluster is { } c && c >= 0 && c < document.Clusters.Length ? document.Clusters[c].Name : null);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var words = _memo.Words(_memo.Key(text));
        if (words.Length == 0)
        {
            return false;
        }

        return words.Any(w => CountNouns.Any(n => _memo.Key(n) == w))
            || (words.Length <= 3 && (words[0].All(char.IsDigit) || Cardinals.Any(n => _memo.Key(n) == words[0])));
    }

    // Round 21 (21k2): a spouse named by a kin noun and dated by a relative clause right after the name ("زوجته مريم التي اقترن بها
    // سنة 1956"، "زوجها فلان الذي تزوجته عام 1931"): the relative pronoun, a verb of marrying with its pronoun or preposition,
    // "سنة"/"عام"/"في", then a dated timex. Normalized forms.
    private static readonly FrozenSet<string> RelativePronouns = new[] { "التي", "الذي" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MarryingVerbs = new[]
    {
        "اقترن", "اقترنت", "تزوج", "تزوجت", "تزوجها", "تزوجته", "عقد", "عقدت",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MarryingFillers = new[]
    {
        "بها", "به", "عليها", "عليه", "قرانه", "قرانها", "سنه", "عام", "في",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// An undated spouse claim whose value's name is followed by a relative clause of marrying with its date: the claim with that
    /// date as its time (compared with the statement's start P580) and the date's span added. Unchanged otherwise.
    /// </summary>
    private static Claim WithMarriageClause(AnalyzedDocument document, Claim claim)
    {
        if (claim.Property != ClaimProperties.Spouse || claim.Time is not null || claim.Start is not null || claim.End is not null
            || claim.Value.Kind != ClaimValueKind.Entity || claim.Spans.IsDefaultOrEmpty)
        {
            return claim;
        }

        var index = DocumentIndex.For(document);
        var tokens = index.Tokens;
        var k = index.EndTokenOf(claim.Spans[^1]);
        if (k >= tokens.Length || !RelativePronouns.Contains(tokens[k].Norm) || k + 1 >= tokens.Length || !MarryingVerbs.Contains(tokens[k + 1].Norm))
        {
            return claim;
        }

        var sentence = tokens[k].Sentence;
        for (var j = k + 2; j < Math.Min(tokens.Length, k + 5) && tokens[j].Sentence == sentence; j++)
        {
            foreach (var x in index.TimexesInSentence(sentence))
            {
                if (index.TimexToken(x) == j && DocumentIndex.IsDated(document.Timexes[x])
                    && ClaimExtractor.TimeOf(index, x) is { Approximate: false, Date: not null } time)
                {
                    return claim with
                    {
                        Time = time,
                        Act = "marriage",
                        Spans = [.. claim.Spans.Append(document.Timexes[x].Span).OrderBy(s => s.Start)],
                    };
                }
            }

            if (!MarryingFillers.Contains(tokens[j].Norm))
            {
                return claim;
            }
        }

        return claim;
    }
}
