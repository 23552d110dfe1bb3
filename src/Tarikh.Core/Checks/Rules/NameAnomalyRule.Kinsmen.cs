namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// name-anomaly, work-based (round 19, issue-19e): a work given to its author's family under a kinsman's or a namesake's laqab
/// ("«الكامل في التاريخ» لعماد الدين بن الأثير": the history is Izz al-Din's; "«النجوم الزاهرة» لتقي الدين ابن تغري بردي": Jamal
/// al-Din's), and the genitives of the spoken dialects that tie a work to its maker ("«إرادة الحياة» متاع …" in Tunisian, "بتاع"
/// in Egyptian, "حقت" in Sudanese and Gulf speech, "ديال" in Moroccan, "نتاع" in Algerian).
/// </summary>
public sealed partial class NameAnomalyRule
{
    /// <summary>Dialect genitives read like the attribution nouns after a title ("«…» متاع أبو القاسم …"), normalized.</summary>
    private static readonly HashSet<string> DialectGenitives = new(
        ["متاع", "متاعه", "متاعت", "بتاع", "بتاعه", "بتاعت", "تبع", "تبعه", "تبعت", "حق", "حقت", "حقه", "ديال", "نتاع", "نتاعه", "تاع"],
        StringComparer.Ordinal);

    /// <summary>
    /// True when the written name is the author's name with another compound laqab ("X الدين") in the place of his: the words after
    /// the laqab (his nasab and family, "ابن" and "بن" alike) are those after his own laqab in one of his names, at least one of them a
    /// word of three letters or more that is no particle, and no name of his carries the written laqab.
    /// </summary>
    private static bool LaqabSlip(WorkAuthor author, string[] written)
    {
        var at = Array.IndexOf(written, "الدين");
        if (at < 1 || at >= written.Length - 1)
        {
            return false;
        }

        var laqab = written[at - 1];
        var rest = written[(at + 1)..].Select(w => w == "ابن" ? "بن" : w).ToArray();
        if (!rest.Any(w => w.Length >= 3 && !NameParticles.Contains(w)))
        {
            return false;
        }

        var mismatch = false;
        foreach (var form in author.Forms)
        {
            var j = form.IndexOf("الدين");
            if (j < 1)
            {
                continue;
            }

            if (form[j - 1] == laqab)
            {
                return false; // one of his own laqabs
            }

            var formRest = form.Skip(j + 1).Select(w => w == "ابن" ? "بن" : w).ToArray();
            mismatch |= formRest.Length == rest.Length && formRest.SequenceEqual(rest, StringComparer.Ordinal);
        }

        return mismatch;
    }

    /// <summary>The four schools of law written after a jurist's name ("الحنفي"، "الشافعي"، "المالكي"، "الحنبلي"), normalized.</summary>
    private static readonly HashSet<string> MadhhabNisbas = new(["الحنفي", "الشافعي", "المالكي", "الحنبلي"], StringComparer.Ordinal);

    /// <summary>
    /// True when the person is cited in the work: the name, then "في" and the title's opening quotation mark, a work noun with its
    /// pronoun between them or not ("كما بسطه … في «روح الشرائع»"، "ما قرره … في كتابه «الوسيط»") (round 19).
    /// </summary>
    private static bool CitedIn(CheckContext ctx, Entities.EntityMention e, int titleToken)
    {
        var end = ctx.EndToken(e.Span);
        var tokens = ctx.Tokens;
        if (end >= titleToken || tokens[end].Sentence != tokens[titleToken].Sentence || tokens[end].Norm != "في")
        {
            return false;
        }

        return titleToken == end + 1 || (titleToken == end + 2 && (WorkNouns.Contains(tokens[end + 1].Norm) || WorkNouns.Contains(tokens[end + 1].Base)));
    }
}
