using Tarikh.Core.Entities;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// name-anomaly, work slips (split from NameAnomalyRule.Works.cs in round 20): whether the name written beside a work is its author's
/// own (a shortening, a classical chain) or a slip (another known family name), and whether the text sets it apart as a namesake.
/// </summary>
public sealed partial class NameAnomalyRule
{
    /// <summary>
    /// The normalized words of a person mention; when the tagger left a letter of the first word out as a clitic ("فاتن" read as
    /// ف + اتن), the whole written word if a listed author's name begins with it.
    /// </summary>
    // In methods of their own so that their closures are made only when they run: in the loop over every entity of the
    // document for each title found, the closure over the words was made for every entity, read or not.
    private static bool AnyConsistent(FamousWorks works, IReadOnlyList<WorkAuthor> authors, string[] words) => authors.Any(a => Consistent(works, a, words));

    private static WorkAuthor? FirstSlip(CheckContext ctx, FamousWorks works, IReadOnlyList<WorkAuthor> authors, string[] words) =>
        authors.FirstOrDefault(a => Slip(ctx, works, a, words));

    /// <summary>
    /// A compound of «عبد» written as one word ("عبدالرحمن"، "عبدالله", common in Gulf and Maghrebi writing) split into its two
    /// words as the lists write them (round 20). The mention's first word is kept as the tagger read it.
    /// </summary>
    private static string[] JoinedAbd(string[] words)
    {
        if (!words.Any(w => w.Length > 5 && w.StartsWith("عبدال", StringComparison.Ordinal)))
        {
            return words;
        }

        var split = new List<string>(words.Length + 1);
        foreach (var w in words)
        {
            if (w.Length > 5 && w.StartsWith("عبدال", StringComparison.Ordinal))
            {
                split.Add("عبد");
                split.Add(w[3..]);
            }
            else
            {
                split.Add(w);
            }
        }

        return [.. split];
    }

    /// <summary>The kunya or nasab word of a first word that carries the attribution lam ("لابي" → "ابو"، "لابن" → "ابن"), or null.</summary>
    private static string? KunyaAfterLam(string word) => word switch
    {
        "لابي" or "لابو" or "لابا" => "ابو",
        "لابن" => "ابن",
        _ => null,
    };

    private static string[] WrittenWords(CheckContext ctx, FamousWorks works, Entities.EntityMention e)
    {
        var words = ArabicNormalizer.Default.NormalizeString(e.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keep = words.Length;
        while (keep > 1 && (WorkNouns.Contains(words[keep - 1]) || works.IsBare(words[keep - 1])))
        {
            keep--; // a work noun the tagger ran into ("… رحمانينوف متتاليته")
        }

        while (keep > 2 && MadhhabNisbas.Contains(words[keep - 1]))
        {
            keep--; // "بدر الدين … الحنفي": a school of law after the name, not a family (round 19)
        }

        words = JoinedAbd(words[..keep]);
        if (words.Length >= 3 && KunyaAfterLam(words[0]) is { } kunya)
        {
            words[0] = kunya; // "لأبي محمد علي بن أحمد …": the title's lam taken into the name by the tagger, the kunya in the genitive (round 20)
        }

        var first = ctx.FirstToken(e.Span);
        if (words.Length > 0 && first < ctx.Tokens.Length && ctx.Tokens[first].Span.Start < e.Span.Start && works.FirstWordOwners(ctx.Tokens[first].Norm) > 0)
        {
            words[0] = ctx.Tokens[first].Norm;
        }
        else if (words.Length > 0 && first < ctx.Tokens.Length && ctx.Tokens[first].Span.Start < e.Span.Start
            && ArticleDropped(ctx.Tokens[first].Norm, words[0]) is { } withArticle)
        {
            words[0] = withArticle; // "للطاهر الحداد": the tagger's name starts after "لل", the article's alif dropped after the lam (round 21)
        }

        return words;
    }

    /// <summary>
    /// The word with its article restored, when <paramref name="token"/> is the word after a preposition that took the article
    /// with it: "لل" (لـ + ال, the alif dropped: "للطاهر" = لـ + الطاهر, also "ولل"، "فلل") or "بال"/"كال" (with "و"/"ف"
    /// before them) when the name read begins after the article. Null when the token is not so made.
    /// </summary>
    internal static string? ArticleDropped(string token, string word)
    {
        if (word.Length < 2 || word.StartsWith("ال", StringComparison.Ordinal) || token.Length <= word.Length || !token.EndsWith(word, StringComparison.Ordinal))
        {
            return null;
        }

        var pre = token[..^word.Length];
        return pre is "لل" or "ولل" or "فلل" or "بال" or "كال" or "وبال" or "فبال" or "وكال" or "فكال" ? "ال" + word : null;
    }

    /// <summary>
    /// True when the written name is the author's: a shortening of one of his names, or one of his names with words added that
    /// begin no other listed author's name ("الإمام أبو حامد الغزالي"، but not "بديع الزمان الحريري" for al-Hariri).
    /// </summary>
    private static bool Consistent(FamousWorks works, WorkAuthor author, string[] written)
    {
        var own = author.Forms.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
        var joined = string.Concat(written);
        foreach (var form in author.Forms)
        {
            if (joined.EndsWith(string.Concat(form), StringComparison.Ordinal) && form.Length >= 2)
            {
                return true; // a word written apart ("الاصفها ني"): the same letters
            }

            if (written.All(form.Contains))
            {
                return true;
            }

            if (form.All(written.Contains) && written.Where(w => !own.Contains(w)).All(w => works.FirstWordOwners(w) == 0 && works.LastWordOwners(w) == 0))
            {
                return true;
            }
        }

        return OwnNasabWithNisbas(works, author, written);
    }

    /// <summary>
    /// True when the written name is a slip of the author's: it ends with another known person's family name (a listed author's or
    /// a famous name's) and shares a distinctive word of his names (not a particle, not a common first name) or begins as one of
    /// them ("محمود الشابي" for "محمود درويش").
    /// </summary>
    private static bool Slip(CheckContext ctx, FamousWorks works, WorkAuthor author, string[] written)
    {
        if (LaqabSlip(author, written) || TwoAuthorsJoined(works, author, Nominative(written)))
        {
            return true; // "عماد الدين بن الأثير" for "عز الدين ابن الأثير": a kinsman's laqab before the author's own family (round 19)
        }

        var own = author.Forms.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
        var index = ctx.Lexicon.FamousNames;
        if (MiddleSwapped(works, author, written))
        {
            return true; // "محمد مردم علي" for "محمد كرد علي": the first part of a compound family swapped for another's (round 23)
        }

        var last = written[^1];
        if (own.Contains(last) || !KnownFamily(works, index, last) || ClassicalChain(works, index, author, written))
        {
            return false; // the name must end with another known person's family name
        }

        return written.Any(w => own.Contains(w) && w.Length >= 3 && !NameParticles.Contains(w) && index.AnyWordCount(w) <= MaxGivenWordUse)
            || author.Forms.Any(f => f.Length >= 2 && SameFirst(f[0], Nominative(written[0])) && (!NameParticles.Contains(f[0]) || (f.Length >= 3 && written.Length >= 3 && f[1] == written[1])));
    }

    private static readonly HashSet<string> NasabWords = new(["بن", "ابن", "بنت"], StringComparer.Ordinal);

    /// <summary>
    /// True when the written name is one of the author's names of three words or more with one inner word swapped for the last
    /// word of another listed author's name ("محمد مردم علي" for "محمد كرد علي"; «مردم» is Khalil Mardam's): the first and last
    /// words his, neither the swapped word nor his own word there a name particle (round 23).
    /// </summary>
    private static bool MiddleSwapped(FamousWorks works, WorkAuthor author, string[] written)
    {
        foreach (var form in author.Forms)
        {
            if (form.Length < 3 || form.Length != written.Length || form[0] != written[0] || form[^1] != written[^1])
            {
                continue;
            }

            var diff = -1;
            for (var i = 1; i < form.Length - 1; i++)
            {
                if (form[i] != written[i])
                {
                    diff = diff < 0 ? i : int.MaxValue;
                }
            }

            if (diff > 0 && diff != int.MaxValue && !NameParticles.Contains(form[diff]) && !NameParticles.Contains(written[diff])
                && !NasabWords.Contains(form[diff - 1]) && written[diff].Length >= 3 && works.LastWordOwners(written[diff]) > 0
                && !author.Forms.Any(f => f.Contains(written[diff])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The author's first word as written, or written without its article after the title's lam ("لطيب …" for "الطيب"): a lam
    /// before a name with the article is "لل", so a single lam dropped it (round 18).
    /// </summary>
    private static bool SameFirst(string own, string written)
        => own == written || (own.Length >= 5 && own.StartsWith("ال", StringComparison.Ordinal) && !written.StartsWith("ال", StringComparison.Ordinal) && own[2..] == written);

    /// <summary>
    /// True when the written name is a classical chain (ism, nasab, nisbas) whose last word is not a family name taken from
    /// another person (round 11): the last word follows بن/ابن/بنت and is a given name ("أبو الريحان محمد بن أحمد": his father's
    /// ism, not a family), or the chain also carries one of the author's own family names or nisbas ("محمد بن أحمد البيروني
    /// الخوارزمي": a second nisba beside his own). A chain ending in another's family name after بن with none of his own
    /// ("أبي حامد بن خلدون") is still a slip.
    /// </summary>
    private static bool ClassicalChain(FamousWorks works, FamousNameIndex index, WorkAuthor author, string[] written)
    {
        var last = written[^1];
        if (written.Length >= 3 && NasabWords.Contains(written[^2]))
        {
            var bare = last.StartsWith("ال", StringComparison.Ordinal) && last.Length >= 5 ? last[2..] : last;
            if (index.FirstWordCount(last) > 0 || index.FirstWordCount(bare) > 0 || works.FirstWordOwners(last) > 0 || works.FirstWordOwners(bare) > 0)
            {
                return true;
            }
        }

        for (var i = 1; i < written.Length - 1; i++)
        {
            // His family name or nisba after the first word, and not his given name too ("جبران خليل جبران": "جبران أبو ماضي"
            // begins with his given name, not his family).
            var w = written[i];
            if (w.Length >= 3 && !NameParticles.Contains(w) && author.Forms.Any(f => f[^1] == w && (f.Length >= 2 || w.StartsWith("ال", StringComparison.Ordinal)))
                && !author.Forms.Any(f => f.Length >= 2 && f[0] == w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the written name is the author's own ism and nasab ("علي بن محمد …", as one of his listed forms gives them, a
    /// kunya before it or not) followed only by nisbas (al-…ī: tribe, town, school) that the list does not hold (round 20): the
    /// chain agrees with him word for word, and a nisba after it is his, even when another famous man is known by the same nisba
    /// ("علي بن محمد بن محمد الشيباني الجزري" for Ibn al-Athir). A family name that is not a nisba after the chain ("علي بن محمد
    /// بن خلدون"), or a chain whose father differs from his, is not read as his.
    /// </summary>
    private static bool OwnNasabWithNisbas(FamousWorks works, WorkAuthor author, string[] written)
    {
        var w = written.AsSpan(KunyaLength(written));
        if (w.Length < 4 || !NasabWords.Contains(w[1]))
        {
            return false;
        }

        var agrees = false;
        foreach (var form in author.Forms)
        {
            var f = form.AsSpan()[KunyaLength(form)..];
            agrees |= f.Length >= 3 && NasabWords.Contains(f[1]) && f[0] == w[0] && f[2] == w[2];
        }

        if (!agrees)
        {
            return false;
        }

        var i = 3;
        while (i + 1 < w.Length && NasabWords.Contains(w[i]) && !IsNisba(w[i + 1]))
        {
            i += 2; // the rest of the chain: "بن محمد بن محمد"
        }

        if (i >= w.Length)
        {
            return false;
        }

        foreach (var rest in w[i..])
        {
            // A nisba that another listed author goes by alone ("الغزالي") is that author's name, unless the list gives it as this
            // author's own too (Ibn al-Athir's "الشيباني", column 5): the nisba's owner decides (round 21).
            if (!IsNisba(rest) || (works.SoleNameOwners(rest) > 0 && !author.OwnNisbas.Contains(rest) && !author.Forms.Any(f => f.Contains(rest))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The length of a name's leading kunya ("ابو الحسن علي …": 2), or 0.</summary>
    private static int KunyaLength(IReadOnlyList<string> words)
        => words.Count >= 3 && words[0] is "ابو" or "ابي" or "ابا" or "ام" ? 2 : 0;

    /// <summary>A nisba with the article (al-…ī: "الشيباني"، "الجزري"), not a laqab compound nor a bare given name.</summary>
    private static bool IsNisba(string word)
        => word.Length >= 5 && word.StartsWith("ال", StringComparison.Ordinal) && word.EndsWith('ي') && word != "الدين";

    /// <summary>
    /// True when the word is a listed author's or a famous person's family name, written with or without the article ("القباني"
    /// for "قباني") (round 11).
    /// </summary>
    private static bool KnownFamily(FamousWorks works, FamousNameIndex index, string word)
    {
        bool Known(string w) => works.LastWordOwners(w) > 0 || index.WithFamily(w).Any(p => p.Famous);
        return Known(word) || (word.StartsWith("ال", StringComparison.Ordinal) && word.Length >= 5 && Known(word[2..]))
            || (!word.StartsWith("ال", StringComparison.Ordinal) && word.Length >= 3 && Known("ال" + word));
    }

    /// <summary>Words denying that the person named is another ("هذا غير ابن …"، "وليس هو …"، "سوى …").</summary>
    private static readonly HashSet<string> OtherThanWords = new(["غير", "سوي", "ليس", "ليست"], StringComparer.Ordinal);

    /// <summary>Words saying the person only shares the other's name ("سميّ …"، "وافقه في الاسم"، "يشاركه في الكنية").</summary>
    private static readonly HashSet<string> NamesakeWords = new(
        ["سمي", "سميه", "سميها", "وافقه", "وافقها", "يوافقه", "يوافقها", "شاركه", "يشاركه", "تشابه", "يشتبه", "اشتبه"], StringComparer.Ordinal);

    /// <summary>
    /// True when the text itself sets the person named apart from a namesake: an "other than" word a few words after the name
    /// ("… البغدادي هذا غير ابن الجوزي"، "… وليس هو صاحب …"), or, in the same sentence, a word saying the two only share a
    /// name ("سميّ …"، "وإن وافقه في الكنية والاسم"). A slip is a name written wrong, not a second man the text distinguishes (round 13).
    /// </summary>
    private static bool Distinguished(CheckContext ctx, TextSpan name)
    {
        var tokens = ctx.Tokens;
        var first = ctx.FirstToken(name);
        var end = ctx.EndToken(name);
        var sentence = tokens[first].Sentence;
        for (var i = end; i < tokens.Length && i <= end + 3 && tokens[i].Sentence == sentence; i++)
        {
            if (OtherThanWords.Contains(tokens[i].Base))
            {
                return true;
            }
        }

        for (var i = first; i < tokens.Length && tokens[i].Sentence == sentence; i++)
        {
            var b = tokens[i].Base;
            if (NamesakeWords.Contains(b) || NamesakeWords.Contains(tokens[i].Norm))
            {
                return true;
            }
        }

        return false;
    }
}
