using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Foundings and ends of states read by <see cref="PolityClaims"/> (round 8): a state's name may begin with a head noun the entity
/// stage left outside the mention ("وسقطت الخلافة بقرطبة": the mention is the city, the KB's item the caliphate, named
/// "الخلافة بقرطبة"); the whole name, looked up in the KB, is the claim's subject when it names a state or body that has the
/// claim's date property. An end inside the state's own lifetime in the KB is the same polity (never "another polity").
/// </summary>
public sealed partial class ClaimVerifier
{
    private static readonly string[] PolityHeadWords =
        ["الخلافه", "الدوله", "المملكه", "الاماره", "السلطنه", "الامبراطوريه", "الجمهوريه", "الاتحاد", "الحزب", "الجمعيه", "المجلس", "دوله", "مملكه", "اماره", "سلطنه", "خلافه"];

    /// <summary>The links of a <see cref="PolityClaims"/> claim: its subject relinked to the state named by the head noun and the mention together.</summary>
    private Dictionary<int, KbLink> PolityLinks(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (claim.Source != PolityClaims.Source)
        {
            return links;
        }

        var text = document.Source.Text;
        foreach (var m in document.Entities)
        {
            if (m.Cluster != claim.Subject || !claim.Spans.Contains(m.Span))
            {
                continue;
            }

            // A proclitic glued to the mention ("بقرطبة") belongs to the name's words.
            var wordStart = m.Span.Start;
            while (wordStart > 0 && wordStart > m.Span.Start - 3 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            var (head, headStart) = WordBeforeAt(text, wordStart);
            if (headStart < 0 || Array.IndexOf(PolityHeadWords, _memo.Key(head)) < 0)
            {
                return links;
            }

            var phrase = text[headStart..m.Span.End];
            foreach (var id in kb.Lookup(_memo.Key(phrase), KbKeyKind.Name, 5))
            {
                if (kb.Get(id) is { } e && KbTypes.Of(e, kb) is KbType.Organization or KbType.Place
                    && e.Best(claim.Property).Any(s => s.MainSnak.Value.Time is not null))
                {
                    return new Dictionary<int, KbLink>(links) { [claim.Subject] = new KbLink(claim.Subject, e.Id, e.LabelIn("ar", "en"), 0.9, "named-with-head-noun") };
                }
            }

            return links;
        }

        return links;
    }

    /// <summary>True when a text date lies inside the KB state's own lifetime (its inception to its end): the same polity.</summary>
    private bool WithinLifetime(KbEntity subject, GregorianInterval text)
    {
        var start = subject.Best(ClaimProperties.Founded).Select(s => s.MainSnak.Value.Time).FirstOrDefault(t => t is not null);
        var end = subject.Best(ClaimProperties.Dissolved).Select(s => s.MainSnak.Value.Time).FirstOrDefault(t => t is not null);
        return start is not null && end is not null && _time.ToInterval(start) is { } a && _time.ToInterval(end) is { } b
            && text.Start >= a.Start && text.End <= b.End;
    }
}
