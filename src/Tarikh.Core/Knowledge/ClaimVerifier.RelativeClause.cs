using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

public sealed partial class ClaimVerifier
{
    /// <summary>
    /// Round 20 (xd): a birth or death verb right after a relative pronoun that follows the claim's subject named ("وخلفه ابن أخيه
    /// فلان الذي توفي بالمدينة سنة …"، "… وزوجته فلانة التي وُلدت في …"): the relative clause's verb has the named antecedent as its
    /// subject, whatever kinship phrase or other person opens the sentence, so the sentence-level signs of another subject (a
    /// kinship phrase naming another's relative, an answer about a relative, an untagged person opening the sentence) do not
    /// apply. The verb-level signs (a feminine verb for a man, a person named right after the verb) still do.
    /// </summary>
    private bool LifeVerbOfARelativeClause(AnalyzedDocument document, Claim claim)
    {
        if (claim.Spans.IsDefaultOrEmpty || claim.Subject < 0)
        {
            return false;
        }

        var text = document.Source.Text;
        foreach (var span in claim.Spans)
        {
            var verb = VerbKey(StripMarks(text[span.Start..span.End]));
            if (!(MasculineDeathVerbs.Contains(verb) || FeminineDeathVerbs.Contains(verb) || IsBirthVerb(verb)))
            {
                continue;
            }

            var (pronoun, pronounStart) = WordBeforeAt(text, span.Start);
            if (StripMarks(pronoun) is not ("الذي" or "التي"))
            {
                continue;
            }

            var nameEnd = pronounStart;
            while (nameEnd > 0 && text[nameEnd - 1] == ' ')
            {
                nameEnd--;
            }

            if (document.Entities.Any(m => m.Label == EntityLabels.Person && m.Cluster == claim.Subject && m.Span.End == nameEnd))
            {
                return true;
            }
        }

        return false;
    }
}
