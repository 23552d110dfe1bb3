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

            if (form[j - 1] == laqab || (at == 1 && laqab.Length > 2 && laqab[0] == 'ل' && form[j - 1] == laqab[1..]))
            {
                return false; // one of his own laqabs (with the title's lam the tagger kept: "لعز الدين …")
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

    /// <summary>
    /// True when the written name is the start of one of the author's names followed by the whole short name of another listed
    /// author ("«تاريخ دمشق» لأبي القاسم ابن كثير": Ibn Asakir's kunya, then "ابن كثير"): two known men joined, not a chain of his
    /// own. The start must hold a word that is no particle ("أبو القاسم"، "عز الدين"), and the other's name must not be one of his.
    /// </summary>
    private static bool TwoAuthorsJoined(FamousWorks works, WorkAuthor author, string[] written)
    {
        for (var split = 1; split <= written.Length - 2; split++)
        {
            var head = written.AsSpan(0, split);
            var tail = written.AsSpan(split);
            var headHasWord = false;
            foreach (var w in head)
            {
                headHasWord |= w.Length >= 3 && !NameParticles.Contains(w);
            }

            if (!headHasWord || !StartsOneOf(author, head) || IsOneOf(author, tail))
            {
                continue;
            }

            foreach (var (form, other) in works.NamesStartingWith(tail[0]))
            {
                if (!ReferenceEquals(other, author) && form.Length == tail.Length && form.AsSpan().SequenceEqual(tail))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool StartsOneOf(WorkAuthor author, ReadOnlySpan<string> head)
    {
        foreach (var f in author.Forms)
        {
            if (f.Length > head.Length && f.AsSpan(0, head.Length).SequenceEqual(head))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(WorkAuthor author, ReadOnlySpan<string> words)
    {
        foreach (var f in author.Forms)
        {
            if (f.AsSpan().SequenceEqual(words))
            {
                return true;
            }
        }

        return false;
    }
}
