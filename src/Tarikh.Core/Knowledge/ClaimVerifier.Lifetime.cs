using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Attribution by lifetime (round 8): a dated act that the claims stage gave to a person the KB has dead years before it
/// ("واغتاله إبراهيم ناصف الورداني سنة 1910 … وترأس المجلس القومي لحقوق الإنسان منذ 2001", the last person named taken as
/// the subject of every later act) is not that person's. When the act's sentence names no person at all, it is the
/// article's subject's if the KB has him alive then (re-attributed: a warning at most); otherwise nobody's (not compared).
/// </summary>
public sealed partial class ClaimVerifier
{
    // Years past the KB's death before an act is no longer the dead person's (a posthumous publication is marked as such).
    private const int YearsPastDeath = 1;

    /// <summary>
    /// The links that give a dated act of a dead person to the article's subject; null when the act is within the linked
    /// person's life or names its person. <paramref name="noOne"/> is true when the act is after the death but no living
    /// article subject takes it.
    /// </summary>
    private Dictionary<int, KbLink>? ActAfterDeath(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb, out bool noOne)
    {
        noOne = false;
        if (claim.Property is ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.BirthPlace or ClaimProperties.DeathPlace
                or ClaimProperties.Founded or ClaimProperties.Dissolved or ClaimProperties.PointInTime or ClaimProperties.Location or ClaimProperties.Age
            || claim.Modality == ClaimModality.Posthumous
            || (claim.Time ?? claim.Start ?? claim.End)?.Date is not { } date
            || !links.TryGetValue(claim.Subject, out var link) || kb.Get(link.Item) is not { } item || KbTypes.Of(item, kb) != KbType.Human
            || LastYear(item, ClaimProperties.DeathDate) is not { } died || date.Start.Year <= died + YearsPastDeath
            || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return null;
        }

        // The sentence names a person (the subject or anyone else): the text says whose act it is.
        var sentence = document.Sentences[claim.Sentence].Span;
        if (document.Entities.Any(m => m.Label == EntityLabels.Person && m.Span.Start >= sentence.Start && m.Span.End <= sentence.End))
        {
            return null;
        }

        noOne = true;
        if (MainPerson(document, links, kb) is not { } main || main == claim.Subject || !links.TryGetValue(main, out var mainLink)
            || mainLink.Item == link.Item || kb.Get(mainLink.Item) is not { } mainItem)
        {
            return null;
        }

        // The article's subject alive at the act's date (born before it, not dead more than a year before it).
        if (FirstYear(mainItem, ClaimProperties.BirthDate) is not { } born || born > date.Start.Year
            || (LastYear(mainItem, ClaimProperties.DeathDate) is { } mainDied && mainDied + YearsPastDeath < date.Start.Year))
        {
            return null;
        }

        noOne = false;
        return new Dictionary<int, KbLink>(links) { [claim.Subject] = mainLink with { Cluster = claim.Subject } };
    }

    // The latest (or earliest) Gregorian year of a person's KB dates of one property.
    private int? LastYear(KbEntity item, string property)
        => item.Best(property).Select(s => s.MainSnak.Value.Time is { } t ? _time.ToInterval(t) : null).Where(i => i is not null).Select(i => (int?)i!.Value.End.Year).Max();

    private int? FirstYear(KbEntity item, string property)
        => item.Best(property).Select(s => s.MainSnak.Value.Time is { } t ? _time.ToInterval(t) : null).Where(i => i is not null).Select(i => (int?)i!.Value.Start.Year).Min();
}
