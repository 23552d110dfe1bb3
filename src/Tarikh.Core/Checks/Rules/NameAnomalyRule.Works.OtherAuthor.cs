using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// name-anomaly, work slips, fourth class (round 23, issue #12): a known work of two words or more given whole to another known
/// person, where the text makes that person its maker — "محمد عبده صاحب «الإسلام وأصول الحكم»" (Ali Abd al-Raziq's book),
/// "خير الدين الزركلي مؤلف «طبائع الاستبداد»" (al-Kawakibi's), "العقاد في كتابه «الاستقصا …»" (al-Nasiri's). The name shares
/// nothing with the author's, so the work slips of round 7 stay silent on it; here the name must be a listed person's whole name
/// (a famous-works author, or a famous-fields member outside song, film and sport), written right before a maker noun (صاحب،
/// مؤلف، مول، مصنف، واضع) or before "في كتابه/مذكراته/روايته/ديوانه", nothing but a comma, "هو" and work nouns between.
/// Silent when the person is one of the title's listed makers or his name is consistent with one, when the sentence speaks of
/// song, film or translation (a singer is called the "صاحب" of a song he sang), when a kinship or relative word, a word that
/// may begin a longer name, or a preposition ("رد على صاحب «…»") stands before the name, or when the text sets him apart.
/// </summary>
public sealed partial class NameAnomalyRule
{
    /// <summary>Maker nouns that make the name before them the work's author ("… صاحب «…»"، Maghrebi "مول الكتاب").</summary>
    private static readonly HashSet<string> WholeMakerNouns = new(
        ["صاحب", "صاحبه", "مؤلف", "مولف", "مول", "مصنف", "واضع"], StringComparer.Ordinal);

    /// <summary>Possessive work nouns after "في" that make the subject before them the author ("… في كتابه «…»").</summary>
    private static readonly HashSet<string> OwnWorkNouns = new(
        ["كتابه", "كتابها", "مذكراته", "مذكراتها", "روايته", "روايتها", "ديوانه", "ديوانها", "تاريخه", "رحلته", "معجمه", "موسوعته"], StringComparer.Ordinal);

    /// <summary>Nouns of one's works before the name that a bare possessive work noun follows ("ومن آثار الشيخ … كتابه «…»").</summary>
    private static readonly HashSet<string> WorksOfNouns = new(["اثار", "مؤلفات", "مولفات", "تصانيف", "مصنفات"], StringComparer.Ordinal);

    /// <summary>Verbs of writing a book, their subject its author ("ألّف"، "صنّف"، "وضع"), by base.</summary>
    private static readonly HashSet<string> BookVerbs = new(["الف", "الفت", "صنف", "صنفت", "وضع", "وضعت"], StringComparer.Ordinal);

    /// <summary>Verbs of telling before the author's name ("روى … في مذكراته"، "ذكر … في كتابه"): no part of the name.</summary>
    private static readonly HashSet<string> TellingVerbs = new(
        ["روي", "يروي", "ذكر", "يذكر", "قال", "يقول", "اورد", "يورد", "ارخ", "يؤرخ", "وصف", "يصف", "حكي", "يحكي", "سجل", "يسجل", "نقل", "ينقل", "كتب", "يكتب"],
        StringComparer.Ordinal);

    /// <summary>Titles of office before a name: no part of the name ("الوزير مصطفى …"، "رئيس الجمهورية شكري …").</summary>
    private static readonly HashSet<string> OfficeTitles = new(
        ["الوزير", "الرئيس", "الملك", "الامير", "السلطان", "الباشا", "الزعيم", "المفكر", "المصلح", "الجمهوريه", "الوزراء", "العالم", "المجاهد"],
        StringComparer.Ordinal);

    /// <summary>Words allowed between the maker noun and the title: work nouns and their usual adjectives.</summary>
    private static readonly HashSet<string> BookWords = new(
        ["كتاب", "الكتاب", "روايه", "الروايه", "ديوان", "الديوان", "موسوعه", "الموسوعه", "معجم", "المعجم", "مذكرات", "المذكرات", "الكبير",
         "الشهير", "المشهور", "المعروف", "الذائع", "المسمي", "المسمى", "مشهور", "كبير"], StringComparer.Ordinal);

    /// <summary>Words of song, film, stage, performance and translation: where "صاحب" may name a performer or a translator.</summary>
    private static readonly HashSet<string> PerformanceWords = new(
        ["اغنيه", "الاغنيه", "اغنيته", "اغنيتها", "غني", "غنت", "غناء", "غناها", "غناه", "لحن", "الحان", "تلحين", "فيلم", "الفيلم", "مسلسل",
         "ألبوم", "البوم", "مطرب", "المطرب", "مطربه", "المطربه", "المغني", "المغنيه", "ممثل", "الممثل", "مخرج", "المخرج", "اخراج", "بطوله",
         "مسرحيه", "المسرحيه", "ترجم", "ترجمه", "ترجمها", "ترجمة", "مترجم", "المترجم", "حقق", "حققه", "تحقيق", "محقق", "المحقق", "شرح", "شارح",
         "اختصر", "مختصر", "ذيل", "قصيده", "القصيده", "انشد", "نشيد", "النشيد"], StringComparer.Ordinal);

    /// <summary>Fields whose members are makers of what they perform, play or win, not authors of books.</summary>
    private static readonly HashSet<string> PerformingFields = new(["singers", "film", "football", "olympic", "reciters"], StringComparer.Ordinal);

    private IEnumerable<Flag> OtherAuthorSlips(CheckContext ctx)
    {
        var works = ctx.Lexicon.FamousWorks;
        var tokens = ctx.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!ctx.IsContent(tokens[k].Sentence) || ctx.Document.Source.Slice(tokens[k].Span) is not ("«" or "\"" or "“") || Title(ctx, works, k) is not { } found)
            {
                continue;
            }

            var (authors, titleSpan, end) = found;
            var titleWords = 0;
            for (var q = k + 1; q < end - 1; q++)
            {
                titleWords += tokens[q].Kind == TokenKind.Arabic ? 1 : 0;
            }

            var sentence = tokens[k].Sentence;
            if (titleWords < 2 || SentenceHas(ctx, sentence, PerformanceWords))
            {
                k = Math.Max(k, end - 1);
                continue;
            }

            if (NameBeforeRelation(ctx, k, sentence) is { } name && OtherKnownPerson(ctx, works, authors, name) is { } other)
            {
                var author = authors[0];
                var authorName = string.Join(' ', author.Forms[0]);
                var written = ctx.Text(name.Span);
                var title = ctx.Text(titleSpan);
                yield return CheckContext.MakeFlag(Id, Severity.Warning, [name.Span, titleSpan],
                    $"«{written}»: يجعله النص صاحب «{title}»، وهو من أعمال {authorName} لا من أعمال {other}؛ الأرجح أن في الاسم أو في نسبة الكتاب خطأ، فتحقق منه.",
                    $"“{written}”: the text makes him the maker of “{title}”, a work of {authorName}, not of {other}; the name or the attribution is probably a slip — check it.",
                    ("written", written), ("work", title), ("author", authorName), ("source", "famous-works"));
            }

            k = Math.Max(k, end - 1);
        }
    }

    private static bool SentenceHas(CheckContext ctx, int sentence, HashSet<string> words)
    {
        var (ss, se) = ctx.SentenceTokens(sentence);
        for (var i = ss; i < se; i++)
        {
            if (words.Contains(ctx.Tokens[i].Norm) || words.Contains(ctx.Tokens[i].Base))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words right before the relation that stands before the title at <paramref name="quote"/> (the opening quotation mark):
    /// back over work nouns and their adjectives, then a maker noun (with "هو" or a comma before it) or "في" + a possessive work
    /// noun; the name is the two to four words before, normalized, descriptors before it passed over by the caller's match.
    /// </summary>
    private static (string[] Words, int First, TextSpan Span)? NameBeforeRelation(CheckContext ctx, int quote, int sentence)
    {
        var tokens = ctx.Tokens;
        var m = quote - 1;
        while (m >= 0 && m >= quote - 4 && tokens[m].Sentence == sentence && tokens[m].Kind == TokenKind.Arabic && BookWords.Contains(tokens[m].Norm))
        {
            m--;
        }

        if (m < 1 || tokens[m].Sentence != sentence || tokens[m].Kind != TokenKind.Arabic)
        {
            return null;
        }

        var n = tokens[m].Norm;
        var bare = false;
        var byVerb = false;
        if (m < quote - 1 && (WorkNouns.Contains(tokens[m + 1].Norm) || WorkNouns.Contains(tokens[m + 1].Base)) && !OwnWorkNouns.Contains(n) && !WholeMakerNouns.Contains(n))
        {
            byVerb = true; // "ألّف المؤرخ … كتاب «…»": the name between a making verb and the work noun, checked below
        }
        else if (OwnWorkNouns.Contains(n) && m - 1 >= 0 && tokens[m - 1].Norm == "في")
        {
            m -= 2; // "… في كتابه «…»"
        }
        else if (OwnWorkNouns.Contains(n) && (tokens[m].Clitics & (Proclitics.Wa | Proclitics.Fa | Proclitics.Li | Proclitics.Bi | Proclitics.Ka)) == 0)
        {
            m--; // "ومن آثار الشيخ … كتابه «…»": only after a noun of one's works, checked below
            bare = true;
        }
        else if (WholeMakerNouns.Contains(n) && (tokens[m].Clitics & (Proclitics.Wa | Proclitics.Fa | Proclitics.Li | Proclitics.Bi | Proclitics.Ka)) == 0)
        {
            m--;
            if (m >= 0 && tokens[m].Sentence == sentence && (tokens[m].Norm == "هو" || tokens[m].Kind == TokenKind.Punctuation && ctx.Document.Source.Slice(tokens[m].Span) is "،" or ","))
            {
                m--;
            }
        }
        else
        {
            return null;
        }

        // The name ends at token m: up to four words, each Arabic, in the sentence, none with a conjunction but the first.
        var words = new List<string>();
        var first = m + 1;
        for (var i = m; i >= 0 && i > m - 4 && tokens[i].Sentence == sentence && tokens[i].Kind == TokenKind.Arabic; i--)
        {
            // "علي" the name is no stop; "على" the preposition is (both normalize alike, the written letter tells them apart).
            var isAli = tokens[i].Norm == "علي" && ctx.Document.Source.Slice(tokens[i].Span).EndsWith("ي", StringComparison.Ordinal);
            if ((NameStops.Contains(tokens[i].Norm) && !isAli) || Descriptors.Contains(tokens[i].Norm))
            {
                break;
            }

            words.Insert(0, tokens[i].Norm);
            first = i;
            if ((tokens[i].Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0)
            {
                break;
            }
        }

        if (byVerb)
        {
            var v = first - 1;
            while (v >= 0 && v >= first - 3 && tokens[v].Sentence == sentence && Descriptors.Contains(tokens[v].Norm))
            {
                v--;
            }

            if (v < 0 || tokens[v].Sentence != sentence || !BookVerbs.Contains(tokens[v].Base))
            {
                return null;
            }
        }

        if (bare)
        {
            var p = first - 1;
            while (p >= 0 && tokens[p].Sentence == sentence && Descriptors.Contains(tokens[p].Norm))
            {
                p--;
            }

            var nounAt = words.Count > 0 && !WorksOfNouns.Contains(words[0]) ? p : first;
            if (nounAt < 0 || tokens[nounAt].Sentence != sentence || !WorksOfNouns.Contains(tokens[nounAt].Norm))
            {
                return null;
            }
        }

        return words.Count >= 2 ? ([.. words], first, new TextSpan(tokens[first].Span.Start, tokens[m].Span.End)) : null;
    }

    /// <summary>
    /// The listed person whose whole name ends the words read (the longest match), when he is none of the title's makers and the
    /// word before his name is no kinship or relative word, no name particle and no word that may begin a longer name; null otherwise.
    /// </summary>
    private string? OtherKnownPerson(CheckContext ctx, FamousWorks works, IReadOnlyList<WorkAuthor> authors, (string[] Words, int First, TextSpan Span) name)
    {
        var words = name.Words;
        for (var start = 0; start <= words.Length - 2; start++)
        {
            var tail = words[start..];
            var at = name.First + start;
            if (WholeNameOf(ctx, works, tail) is not { } person)
            {
                continue;
            }

            if (AnyConsistent(works, authors, tail) || Distinguished(ctx, new TextSpan(ctx.Tokens[at].Span.Start, name.Span.End)))
            {
                return null;
            }

            if (at > 0 && ctx.Tokens[at - 1].Sentence == ctx.Tokens[at].Sentence && ctx.Tokens[at - 1].Kind == TokenKind.Arabic)
            {
                var prev = ctx.Tokens[at - 1].Norm;
                var joined = (ctx.Tokens[at - 1].Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0;
                if (!joined && !Descriptors.Contains(prev) && !OfficeTitles.Contains(prev) && !TellingVerbs.Contains(prev) && !TellingVerbs.Contains(ctx.Tokens[at - 1].Base) && (NameParticles.Contains(prev) || ctx.Lexicon.FamousNames.FirstWordCount(prev) > 0 || works.FirstWordOwners(prev) > 0))
                {
                    return null; // "أحمد محمد عبده": a longer name, another man
                }
            }

            return person;
        }

        return null;
    }

    /// <summary>The listed name (as listed) of a famous-works author or a famous-fields member outside the performing fields whose whole name is <paramref name="words"/>.</summary>
    private static string? WholeNameOf(CheckContext ctx, FamousWorks works, string[] words)
    {
        foreach (var (form, author) in works.NamesStartingWith(words[0]))
        {
            if (form.Length == words.Length && form.AsSpan().SequenceEqual(words))
            {
                return author.Name;
            }
        }

        foreach (var member in FamousFields.Default.Members)
        {
            if (PerformingFields.Contains(member.Field) || member.Given.IsDefaultOrEmpty)
            {
                continue;
            }

            foreach (var g in member.Given)
            {
                foreach (var f in member.Family)
                {
                    if (g.Length + f.Length == words.Length && g.AsSpan().SequenceEqual(words.AsSpan(0, g.Length)) && f.AsSpan().SequenceEqual(words.AsSpan(g.Length)))
                    {
                        return member.Arabic;
                    }
                }
            }
        }

        return null;
    }
}
