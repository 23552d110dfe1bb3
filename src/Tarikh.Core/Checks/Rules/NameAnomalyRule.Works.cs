using Tarikh.Core.Entities;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// name-anomaly, third class (round 7): a known work written beside a name that shares part of its author's name but not the
/// rest — "بدر شاكر البياتي صاحب «أنشودة المطر»" (al-Sayyab's poem; al-Bayati's family name), "كتب فيودور ميخائيلوفيتش
/// تورغينيف رواية «الجريمة والعقاب»". The work points to its author, so the name is a slip: a warning. Read from
/// <see cref="FamousWorks"/> (titles inside quotation marks or after a work noun). Silent when the name is one of the author's
/// own names or a shortening of one, when it shares nothing with the author (a translator, an actor, a critic), or when a kinship
/// word stands before it.
/// </summary>
public sealed partial class NameAnomalyRule
{
    private static readonly HashSet<string> WorkNouns = new(
        ["كتاب", "كتابه", "كتابها", "روايه", "روايته", "روايتها", "قصيده", "قصيدته", "قصيدتها", "ديوان", "ديوانه", "مسرحيه", "مسرحيته", "فيلم",
         "اغنيه", "اغنيته", "لوحه", "لوحته", "سيمفونيه", "اوبرا", "اوبراه", "باليه", "متتاليه", "متتاليته", "مؤلفه", "مجموعه", "رسالته", "صحيح",
         "تفسير", "معجم", "قاموس", "مقدمه", "مقامات", "ملحمه", "قصه", "قصته", "نظريه", "نظريته"], StringComparer.Ordinal);

    private static readonly HashSet<string> NameParticles = new(["ابن", "بن", "ابو", "ابي", "ام", "عبد", "ال", "بنت", "الدين", "الله"], StringComparer.Ordinal);

    private IEnumerable<Flag> WorkSlips(CheckContext ctx)
    {
        var works = ctx.Lexicon.FamousWorks;
        var tokens = ctx.Tokens;
        var flagged = new HashSet<int>();
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!ctx.IsContent(tokens[k].Sentence) || Title(ctx, works, k) is not { } found)
            {
                continue;
            }

            var (authors, titleSpan, end) = found;
            var sentence = tokens[k].Sentence;
            foreach (var e in ctx.Document.Entities)
            {
                var at = ctx.Document.SentenceAt(e.Span.Start);
                if (e.Label != EntityLabels.Person || (at != sentence && !(at == sentence + 1 && (AuthorBackReference(ctx, e) || AnswerLine(ctx, sentence, e)))) || e.Span.Overlaps(titleSpan)
                    || flagged.Contains(e.Span.Start))
                {
                    continue;
                }

                var words = WrittenWords(ctx, works, e);
                if (words.Length < 2 || Relative(ctx, ctx.FirstToken(e.Span)) || AnyConsistent(works, authors, words) || Distinguished(ctx, e.Span))
                {
                    continue;
                }

                if (FirstSlip(ctx, works, authors, words) is not { } author)
                {
                    // The person the text makes the maker ("… صاحب «…»"، "… مؤلف كتاب «…»"): the author's given part with
                    // a family name not his is a slip too (round 9).
                    var lead = 0;
                    while (lead < words.Length - 2 && Descriptors.Contains(words[lead]))
                    {
                        lead++; // "المؤرخ شكيب …" tagged as one name
                    }

                    var named = words[lead..];
                    var lastWord = ctx.FirstToken(e.Span) + words.Length - 1;
                    if (!MakerBefore(ctx, e, k) || authors.FirstOrDefault(a => GivenSlip(ctx, a, named, named, lastWord)) is not { } givenOf)
                    {
                        continue;
                    }

                    author = givenOf;
                }

                flagged.Add(e.Span.Start);
                var title = ctx.Text(titleSpan);
                var authorName = string.Join(' ', author.Forms[0]);
                yield return CheckContext.MakeFlag(Id, Severity.Warning, [e.Span, titleSpan],
                    $"«{e.Text}»: ينسب النص إليه «{title}»، وهو من أعمال {authorName}، لكن الاسم المكتوب يخلط اسم {authorName} باسم آخر؛ الأرجح أن في الاسم خطأ، فتحقق منه.",
                    $"“{e.Text}”: the text ties it to “{title}”, a work of {authorName}, but the name written mixes {authorName}'s name with another; the name is probably a slip — check it.",
                    ("written", e.Text), ("work", title), ("author", authorName), ("source", "famous-works"));
            }

            // Names the tagger missed or cut short, read from the words themselves: after the title's "لـ" ("«بستان الكرز» لأنطون
            // بافلوفيتش غوغول"، "«بتونس بيك» للراحلة وردة الأطرش"), after a plural of works ("من أشهر قصائد نازك الحيدري"), or
            // after a noun pointing back to the author ("على مؤلفه لسان الدين …"، "تجربة مؤلفها الروائي عبد الرحمن …").
            foreach (var (words, span) in CandidateNames(ctx, end, sentence))
            {
                if (flagged.Any(span.Contains) || Relative(ctx, ctx.FirstToken(span)) || Distinguished(ctx, span))
                {
                    continue;
                }

                // The longest reading first: a slip (it ends with another known person's family name) is flagged; an author's own
                // name, or a shortening of it, stops the search ("لأنطون تشيخوف لأول مرة" reads "أنطون تشيخوف" and is silent).
                // When no reading is either, the author's given part with a family name not his is a slip too (round 9).
                (WorkAuthor Author, int Length)? hit = null;
                // The author's own full name at the start ends the name, whatever is read after it ("لأحمد فارس الشدياق صدر في …").
                var consistent = authors.Any(a => a.Forms.Any(f => f.Length >= 2 && f.Length <= words.Length && words.AsSpan(0, f.Length).SequenceEqual(f.AsSpan())));
                var consistentAt = consistent ? words.Length : 0;
                for (var n = words.Length; n >= 2 && hit is null && consistentAt == 0; n--)
                {
                    var p = words[..n];
                    if (authors.FirstOrDefault(a => Slip(ctx, works, a, p)) is { } slipOf)
                    {
                        hit = (slipOf, n);
                    }
                    else if (authors.Any(a => Consistent(works, a, p)))
                    {
                        consistentAt = n; // a shortening of his name: the words after it may still be another's family name
                    }
                }

                for (var n = consistentAt + 1; n <= words.Length && hit is null; n++)
                {
                    if (n < 2)
                    {
                        continue;
                    }

                    var p = words[..n];
                    var lastToken = ctx.FirstToken(span) + n - 1;
                    if (authors.FirstOrDefault(a => GivenSlip(ctx, a, words, p, lastToken)) is { } givenOf)
                    {
                        hit = (givenOf, n);
                    }
                }

                if (hit is { } h)
                {
                    var author = h.Author;
                    var nameSpan = new TextSpan(span.Start, ctx.Tokens[ctx.FirstToken(span) + h.Length - 1].Span.End);
                    flagged.Add(nameSpan.Start);
                    var written = ctx.Text(nameSpan);
                    var title = ctx.Text(titleSpan);
                    var authorName = string.Join(' ', author.Forms[0]);
                    yield return CheckContext.MakeFlag(Id, Severity.Warning, [nameSpan, titleSpan],
                        $"«{written}»: ينسب النص إليه «{title}»، وهو من أعمال {authorName}، لكن الاسم المكتوب يخلط اسم {authorName} باسم آخر؛ الأرجح أن في الاسم خطأ، فتحقق منه.",
                        $"“{written}”: the text ties it to “{title}”, a work of {authorName}, but the name written mixes {authorName}'s name with another; the name is probably a slip — check it.",
                        ("written", written), ("work", title), ("author", authorName), ("source", "famous-works"));
                }
            }

            k = Math.Max(k, end - 1);
        }
    }

    private static readonly HashSet<string> WorkPlurals = new(
        ["قصائد", "روايات", "كتب", "مؤلفات", "اعمال", "اغاني", "مسرحيات", "دواوين", "قصص", "لوحات", "افلام", "سيمفونيات", "اوبرات", "مقالات", "رسائل",
         "قصائده", "قصائدها", "رواياته", "رواياتها", "مؤلفاته", "مؤلفاتها", "اعماله", "اعمالها", "اغانيه", "اغانيها"], StringComparer.Ordinal);

    /// <summary>Words that describe a person before the name ("للراحلة"، "للشاعر"، "الروائي"): passed over, not read as the name.</summary>
    private static readonly HashSet<string> Descriptors = new(
        ["الراحل", "الراحله", "الكاتب", "الكاتبه", "الشاعر", "الشاعره", "الروائي", "الروائيه", "الفنان", "الفنانه", "المطرب", "المطربه", "الموسيقار",
         "الملحن", "المؤلف", "المؤلفه", "الاديب", "الاديبه", "الشيخ", "الامام", "العلامه", "المورخ", "المولف", "المولفه", "الحافظ", "القاص", "القاصه", "المسرحي", "الموسيقي", "المؤرخ",
         "الفقيه", "القاضي", "الدكتور", "الدكتوره", "الاستاذ", "الاستاذه", "المغني", "المغنيه", "السيده", "الكبير", "الكبيره", "الروسي", "المصري",
         "اللبناني", "الفلسطيني", "السوري", "العراقي", "الجزائري", "التونسي", "المغربي", "الفرنسي", "الانجليزي", "الالماني", "السعودي"], StringComparer.Ordinal);

    /// <summary>Words that end a name read from the text (prepositions, time words, verbs of the frame).</summary>
    private static readonly HashSet<string> NameStops = new(
        ["في", "من", "عن", "علي", "على", "الي", "إلى", "الى", "عام", "سنه", "وسط", "مع", "حين", "عندما", "بعد", "قبل", "الذي", "التي", "منذ", "حتى", "حتي",
         "وهي", "وهو", "هو", "هي", "ثم", "او", "أو", "بين", "لدى", "لدي", "عند", "خلال", "اثناء", "ضمن", "بدمشق", "بغرناطه", "بالقاهره", "بخط", "بخطه", "بخطها", "بخطوط"], StringComparer.Ordinal);

    /// <summary>
    /// Name candidates read from the tokens of the title's sentence (and the next one, after an author noun): each is up to four
    /// words with its span; descriptors before the name are passed over.
    /// </summary>
    private static IEnumerable<(string[] Words, TextSpan Span)> CandidateNames(CheckContext ctx, int end, int sentence)
    {
        var tokens = ctx.Tokens;
        // The attribution may stand a few words after the title (round 9): a work noun ("«…» كتاب لعبد الرحمن …"، "«…» رواية
        // لـ…") or an attribution noun ("من تأليف"، "من ألحان"، "بقلم"، "كلمات") between them.
        var at = end;
        for (var skip = 0; skip < 3 && at < tokens.Length && tokens[at].Sentence == sentence && tokens[at].Kind == TokenKind.Arabic; skip++)
        {
            var n = tokens[at].Norm;
            if (WorkNouns.Contains(n) || WorkNouns.Contains(tokens[at].Base)
                || (n == "من" && at + 1 < tokens.Length && (AttributionNouns.Contains(tokens[at + 1].Norm) || AttributionNouns.Contains(tokens[at + 1].Base))))
            {
                at++;
                continue;
            }

            if (AttributionNouns.Contains(n) || AttributionNouns.Contains(tokens[at].Base) || DialectGenitives.Contains(n))
            {
                if (at + 1 < tokens.Length && tokens[at + 1].Sentence == sentence && tokens[at + 1].Kind == TokenKind.Arabic
                    && NameFrom(ctx, at + 1, tokens[at + 1].Norm, sentence) is { } byNoun)
                {
                    yield return byNoun;
                }
            }

            break;
        }

        foreach (var lam in at == end ? new[] { end } : new[] { end, at })
        {
            if (lam < tokens.Length && tokens[lam].Sentence == sentence && tokens[lam].Kind == TokenKind.Arabic && tokens[lam].Norm.Length > 2
                && tokens[lam].Norm[0] == 'ل')
            {
                var w = tokens[lam].Norm;
                var first = w.StartsWith("لل", StringComparison.Ordinal) ? "ال" + w[2..] : w[1..];
                if (NameFrom(ctx, lam, first, sentence) is { } c)
                {
                    yield return c;
                }

                // "لليف …"، "للطفي …": a double lam is also the preposition before a name that begins with lam (round 9).
                if (w.StartsWith("لل", StringComparison.Ordinal) && NameFrom(ctx, lam, w[1..], sentence) is { } c2)
                {
                    yield return c2;
                }
            }
        }

        var (ss, se) = ctx.SentenceTokens(sentence);
        var (ns, ne) = sentence + 1 < ctx.Document.Sentences.Length ? ctx.SentenceTokens(sentence + 1) : (se, se);
        for (var i = ss; i < ne; i++)
        {
            var t = tokens[i];
            var inNext = i >= se;
            if (t.Kind != TokenKind.Arabic || i + 1 >= tokens.Length || tokens[i + 1].Sentence != t.Sentence)
            {
                continue;
            }

            var isAuthorNoun = AuthorNouns.Contains(t.Norm) || AuthorNouns.Contains(t.Base) || (!inNext && (MakingVerbsWithObject.Contains(t.Norm) || MakingVerbsWithObject.Contains(t.Base)));
            if (!inNext && i < end && MakingVerbs.Contains(t.Base) && NameFrom(ctx, i + 1, tokens[i + 1].Norm, t.Sentence) is { } made)
            {
                // "ألّف رفاعة … كتاب «…»": a making verb, the name, a work noun and the title (round 18).
                var after = ctx.EndToken(made.Span);
                if (after < end && WorkNouns.Contains(tokens[after].Base) && end - after <= 12)
                {
                    yield return made;
                }
            }

            var isPlural = !inNext && (WorkPlurals.Contains(t.Norm) || WorkPlurals.Contains(t.Base));
            if ((isAuthorNoun || isPlural) && NameFrom(ctx, i + 1, tokens[i + 1].Norm, t.Sentence) is { } c)
            {
                yield return c;
            }
        }
    }

    /// <summary>The name read from token <paramref name="start"/> (its first word given as <paramref name="firstWord"/>): descriptors passed over, then up to four words.</summary>
    private static (string[] Words, TextSpan Span)? NameFrom(CheckContext ctx, int start, string firstWord, int sentence)
    {
        var tokens = ctx.Tokens;
        var words = new List<string>();
        var i = start;
        var word = firstWord;
        var spanStart = -1;
        var described = false;
        while (i < tokens.Length && tokens[i].Sentence == sentence && tokens[i].Kind == TokenKind.Arabic && words.Count < 4)
        {
            // Descriptors before the name, and relative adjectives after one ("للروائي السوداني الطيب …") (round 11).
            if (words.Count == 0 && (Descriptors.Contains(word) || (described && Nisba(word) && i + 2 < tokens.Length && tokens[i + 2].Sentence == sentence)))
            {
                described = true;
                i++;
                word = i < tokens.Length ? tokens[i].Norm : "";
                continue;
            }

            if (NameStops.Contains(word) || WorkNouns.Contains(word)
                || (words.Count > 0 && (AttributionNouns.Contains(tokens[i].Base) || WorkNouns.Contains(tokens[i].Base) || NameStops.Contains(tokens[i].Base))))
            {
                break; // "… رياض السنباطي وكلمات إبراهيم ناجي": the next attribution ends the name
            }

            if (words.Count == 0)
            {
                spanStart = i;
            }

            words.Add(word);
            i++;
            word = i < tokens.Length ? tokens[i].Norm : "";
        }

        if (words.Count < 2 || spanStart < 0)
        {
            return null;
        }

        return (words.ToArray(), new TextSpan(tokens[spanStart].Span.Start, tokens[spanStart + words.Count - 1].Span.End));
    }

    /// <summary>Prepositions that open the second, rhymed half of a classical title ("… في …"، "… بذكر …"، "… على …"), normalized.</summary>
    private static readonly HashSet<string> TitleHinges = new(["في", "فى", "على", "علي", "عن", "من", "الى"], StringComparer.Ordinal);

    /// <summary>
    /// The authors of a quoted title written in full when the list holds its short form, the head before the rhymed second half: a
    /// classical title is two rhymed halves joined by a preposition ("«المواعظ والاعتبار بذكر الخطط والآثار»"), and the works are
    /// known by the first ("المواعظ والاعتبار"). The head must be two words or more and the next word a preposition, alone or as the
    /// clitic ب or ل on a noun, so that a listed title does not match a longer title that merely begins with it (round 14).
    /// </summary>
    private static IReadOnlyList<WorkAuthor> RhymedTitleHead(FamousWorks works, List<string> words, List<int> wordTokens, System.Collections.Immutable.ImmutableArray<Token> tokens)
    {
        for (var len = words.Count - 1; len >= 2; len--)
        {
            var next = tokens[wordTokens[len]];
            var hinge = TitleHinges.Contains(next.Norm) || ((next.Clitics & (Proclitics.Bi | Proclitics.Li)) != 0 && next.PrefixLength == 1);
            if (hinge && works.AuthorsOf(string.Join(' ', words.Take(len))) is { Count: > 0 } authors)
            {
                return authors;
            }
        }

        return [];
    }

    /// <summary>
    /// A known title at token <paramref name="k"/>: inside quotation marks, right after a work noun ("رواية الجريمة والعقاب"), or a
    /// bare title word ("مقاماته"): its authors, its span and the token after it.
    /// </summary>
    private static (IReadOnlyList<WorkAuthor> Authors, TextSpan Span, int End)? Title(CheckContext ctx, FamousWorks works, int k)
    {
        var tokens = ctx.Tokens;
        var t = tokens[k];
        var sentence = t.Sentence;
        if (t.Kind == TokenKind.Punctuation && ctx.Document.Source.Slice(t.Span) is "«" or "\"" or "“")
        {
            var words = new List<string>();
            var wordTokens = new List<int>();
            for (var q = k + 1; q < tokens.Length && q <= k + 14 && tokens[q].Sentence == sentence; q++)
            {
                if (ctx.Document.Source.Slice(tokens[q].Span) is "»" or "\"" or "”")
                {
                    var authors = words.Count > 0 ? works.AuthorsOf(string.Join(' ', words)) : [];
                    if (authors.Count == 0 && words.Count > 0 && !words[0].StartsWith("ال", StringComparison.Ordinal))
                    {
                        authors = works.AuthorsOf("ال" + string.Join(' ', words)); // a quoted title without its article ("«مقدمة»") (round 11)
                    }

                    if (authors.Count == 0)
                    {
                        authors = RhymedTitleHead(works, words, wordTokens, tokens);
                    }

                    return authors.Count > 0 && q > k + 1 ? (authors, new TextSpan(tokens[k + 1].Span.Start, tokens[q - 1].Span.End), q + 1) : null;
                }

                if (tokens[q].Kind is TokenKind.Arabic or TokenKind.Number)
                {
                    words.Add(tokens[q].Norm);
                    wordTokens.Add(q);
                }
            }

            return null;
        }

        if (t.Kind != TokenKind.Arabic)
        {
            return null;
        }

        if (works.IsBare(t.Norm) && works.AuthorsOf(t.Norm) is { Count: > 0 } bare)
        {
            return (bare, t.Span, k + 1);
        }

        if (MakerTitle(ctx, works, k) is { } made)
        {
            return made;
        }

        if (!WorkNouns.Contains(t.Norm) && !WorkNouns.Contains(t.Base))
        {
            return null;
        }

        for (var len = Math.Min(8, tokens.Length - k - 1); len >= 1; len--)
        {
            if (tokens[k + len].Sentence != sentence)
            {
                continue;
            }

            if (!WordsOnly(tokens, k + 1, len))
            {
                continue;
            }

            var authors = works.AuthorsOf(JoinedNorms(tokens, k + 1, len));
            if (authors.Count > 0)
            {
                return (authors, new TextSpan(tokens[k + 1].Span.Start, tokens[k + len].Span.End), k + len + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// A known title written bare right after a maker noun ("… صاحب المقدمة"، "… صاحب الشوقيات"، "مؤلف تحفة النظار"): the classical way
    /// to name an author by his work, without quotation marks or a work noun (round 15). A title of one word must have at least
    /// five letters after its article, so that "صاحب الدار" or "صاحب الأرض" (an owner) is not read as a work.
    /// </summary>
    private static (IReadOnlyList<WorkAuthor> Authors, TextSpan Span, int End)? MakerTitle(CheckContext ctx, FamousWorks works, int k)
    {
        var tokens = ctx.Tokens;
        var sentence = tokens[k].Sentence;
        if (k == 0 || tokens[k - 1].Sentence != sentence || !(MakerNouns.Contains(tokens[k - 1].Norm) || MakerNouns.Contains(tokens[k - 1].Base)))
        {
            return null;
        }

        for (var len = Math.Min(8, tokens.Length - k); len >= 1; len--)
        {
            if (tokens[k + len - 1].Sentence != sentence || !WordsOnly(tokens, k, len))
            {
                continue;
            }

            var joined = JoinedNorms(tokens, k, len);
            var letters = joined.StartsWith("ال", StringComparison.Ordinal) ? joined.Length - 2 : joined.Length;
            if (len == 1 && letters < 5)
            {
                continue;
            }

            var authors = works.AuthorsOf(joined);
            if (authors.Count > 0)
            {
                return (authors, new TextSpan(tokens[k].Span.Start, tokens[k + len - 1].Span.End), k + len);
            }
        }

        return null;
    }

    /// <summary>True when the <paramref name="count"/> tokens from <paramref name="start"/> are all words or numbers.</summary>
    private static bool WordsOnly(System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Arabic or TokenKind.Number))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The normalized forms of <paramref name="count"/> tokens from <paramref name="start"/>, joined by single spaces.</summary>
    private static string JoinedNorms(System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int count)
    {
        if (count == 1)
        {
            return tokens[start].Norm;
        }

        var parts = new string[count];
        for (var i = 0; i < count; i++)
        {
            parts[i] = tokens[start + i].Norm;
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// The normalized words of a person mention; when the tagger left a letter of the first word out as a clitic ("فاتن" read as
    /// ف + اتن), the whole written word if a listed author's name begins with it.
    /// </summary>
    // In methods of their own so that their closures are made only when they run: in the loop over every entity of the
    // document for each title found, the closure over the words was made for every entity, read or not.
    private static bool AnyConsistent(FamousWorks works, IReadOnlyList<WorkAuthor> authors, string[] words) => authors.Any(a => Consistent(works, a, words));

    private static WorkAuthor? FirstSlip(CheckContext ctx, FamousWorks works, IReadOnlyList<WorkAuthor> authors, string[] words) =>
        authors.FirstOrDefault(a => Slip(ctx, works, a, words));

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

        words = words[..keep];
        var first = ctx.FirstToken(e.Span);
        if (words.Length > 0 && first < ctx.Tokens.Length && ctx.Tokens[first].Span.Start < e.Span.Start && works.FirstWordOwners(ctx.Tokens[first].Norm) > 0)
        {
            words[0] = ctx.Tokens[first].Norm;
        }

        return words;
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

        return false;
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

    /// <summary>Nouns that make the name before them a work's maker ("… صاحب «…»"، "… مؤلف كتاب «…»").</summary>
    private static readonly HashSet<string> MakerNouns = new(
        ["صاحب", "صاحبه", "صاحبة", "مؤلف", "مؤلفه", "مؤلفة", "كاتب", "كاتبه", "كاتبة", "ناظم", "ملحن", "واضع", "مصنف", "مبدع", "مبدعه"],
        StringComparer.Ordinal);

    /// <summary>
    /// True when the person mention, before the title, is its maker: a maker noun between the name and the title ("… صاحب «…»"،
    /// "… مؤلف كتاب «…»"), the title at most four words after (round 9).
    /// </summary>
    private static bool MakerBefore(CheckContext ctx, Entities.EntityMention e, int titleToken)
    {
        var tokens = ctx.Tokens;
        var first = ctx.FirstToken(e.Span);
        var end = ctx.EndToken(e.Span);
        if (end > titleToken || titleToken - end > 4 || tokens[first].Sentence != tokens[titleToken].Sentence)
        {
            return false;
        }

        for (var i = end; i < titleToken; i++)
        {
            if (MakerNouns.Contains(tokens[i].Norm) || MakerNouns.Contains(tokens[i].Base))
            {
                return true;
            }
        }

        // A making verb right before the name, a work noun between the name and the title ("ألّف رفاعة … كتاب «…»"، "نظم أحمد …
        // قصيدة «…»"): the verb's subject is the maker (round 18).
        return first > 0 && tokens[first - 1].Sentence == tokens[first].Sentence && MakingVerbs.Contains(tokens[first - 1].Base)
            && Enumerable.Range(end, titleToken - end).Any(i => WorkNouns.Contains(tokens[i].Norm) || WorkNouns.Contains(tokens[i].Base));
    }

    /// <summary>Verbs of making a work, their subject its maker ("ألّف"، "صنّف"، "نظم"، "لحّن"، "كتب") (round 18).</summary>
    private static readonly HashSet<string> MakingVerbs = new(
        ["الف", "الفت", "صنف", "صنفت", "نظم", "نظمت", "لحن", "لحنت", "كتب", "كتبت", "وضع", "وضعت"], StringComparer.Ordinal);

    /// <summary>
    /// Making verbs with an object pronoun for the work named before ("«الأطلال» التي لحّنها …"، "القصيدة التي نظمها …"، "الكتاب الذي
    /// ألّفه …"): the name after the verb is the maker's (round 18).
    /// </summary>
    private static readonly HashSet<string> MakingVerbsWithObject = new(
        ["لحنها", "لحنه", "نظمها", "نظمه", "الفها", "الفه", "كتبها", "كتبه", "صنفه", "صنفها", "غناها", "غناه", "انشدها", "انشده", "وضعها", "وضعه"],
        StringComparer.Ordinal);

    /// <summary>Nouns that name who made a work, before the name ("من تأليف"، "من ألحان"، "بقلم"، "كلمات") (round 9).</summary>
    private static readonly HashSet<string> AttributionNouns = new(
        ["تاليف", "الحان", "لحن", "تلحين", "كلمات", "نظم", "بقلم", "تصنيف"], StringComparer.Ordinal);

    /// <summary>
    /// True when the written name, read where the text names a work's maker, begins with the author's whole given part (all his
    /// name but its last word: "عبد الرحمن" of "عبد الرحمن الكواكبي"، "ليف" of "ليف تولستوي") and ends with one other word that is
    /// none of his names — the text gives the work to its author's given name with a family name not his, known or not ("«طبائع
    /// الاستبداد» لعبد الرحمن المويلحي"). Silent when any word of the whole name read is one of his other names (a nasab written
    /// between: "لعز الدين بن الأثير") or the last word is a particle, a descriptor or a word with a preposition ("بالفرنسية"; a
    /// lam or a ba the segmenter may have split off a foreign name, "ليرمونتوف"، "برنار", is kept) (round 9).
    /// </summary>
    private static bool GivenSlip(CheckContext ctx, WorkAuthor author, string[] whole, string[] written, int lastToken)
    {
        var own = author.Forms.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
        var last = written[^1];
        if (own.Contains(last) || last.Length < 3 || NameParticles.Contains(last) || Descriptors.Contains(last) || NameStops.Contains(last)
            || WorkNouns.Contains(last) || AttributionNouns.Contains(last) || lastToken >= ctx.Tokens.Length || ctx.Tokens[lastToken].Kind != TokenKind.Arabic
            || (ctx.Tokens[lastToken].Clitics & (Proclitics.Wa | Proclitics.Fa | Proclitics.Sa)) != 0
            || ((ctx.Tokens[lastToken].Clitics & (Proclitics.Bi | Proclitics.Ka)) != 0 && (ctx.Tokens[lastToken].Clitics & Proclitics.Al) != 0))
        {
            return false;
        }

        foreach (var f in author.Forms)
        {
            if (f.Length < 2 || written.Length != f.Length)
            {
                continue;
            }

            var given = f[..^1];
            if ((given.Length == 1 && (NameParticles.Contains(given[0]) || given[0].Length < 2)) || !written.AsSpan(0, given.Length).SequenceEqual(given.AsSpan()))
            {
                continue;
            }

            if (ctx.Lexicon.FamousNames.IsPartOfListedName(string.Join(' ', written)))
            {
                return false; // a real person known by the written name ("من كلمات أحمد رامي" beside a composer called أحمد)
            }

            if (written.Length < whole.Length && NasabWords.Contains(whole[written.Length]))
            {
                return false; // "أبو الحسن علي بن …": his ism in a classical chain, not a family name (round 11)
            }

            var givenWords = given.ToHashSet(StringComparer.Ordinal);
            if (whole.Any(w => own.Contains(w) && !givenWords.Contains(w)))
            {
                return false; // another of his names is written further on
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// The answer line of a question about a work (round 17): the work's sentence ends with a question mark, and the next sentence
    /// opens with the answer mark ("ج:"، "الجواب:"، "الإجابة:") and the person's name within three words ("س: من صاحب كتاب «…»؟ ج:
    /// عبد الرحمن …"). The question asks for the maker, so the answer names him.
    /// </summary>
    private static bool AnswerLine(CheckContext ctx, int workSentence, Entities.EntityMention e)
    {
        var (qs, qe) = ctx.SentenceTokens(workSentence);
        if (qe <= qs || !ctx.Text(ctx.Tokens[qe - 1].Span).Contains('؟', StringComparison.Ordinal))
        {
            return false;
        }

        var first = ctx.FirstToken(e.Span);
        var (ss, _) = ctx.SentenceTokens(workSentence + 1);
        if (first - ss > 3 || first <= ss)
        {
            return false;
        }

        for (var i = ss; i < first; i++)
        {
            if (ctx.Tokens[i].Norm is "ج" or "الجواب" or "جواب" or "الاجابه" or "الإجابة" or "اجابه")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns that point back to a work's author with a pronoun ("مؤلفها"، "صاحبه"، "كاتبتها").</summary>
    private static readonly HashSet<string> AuthorNouns = new(
        ["مؤلفها", "مؤلفه", "مؤلفتها", "مؤلفته", "كاتبها", "كاتبه", "كاتبتها", "كاتبته", "صاحبها", "صاحبه", "صاحبتها", "ناظمها", "ناظمه", "شاعرها",
         "ملحنها", "ملحنه", "مبدعها", "مبدعه", "واضعها", "واضعه", "مصنفها", "مصنفه"], StringComparer.Ordinal);

    /// <summary>
    /// A person named in the sentence after a work's through a noun that points back to its author ("… خماسية «مدن الملح». ويتناول
    /// النقاد تجربة مؤلفها الروائي …"): the noun within three words before the name.
    /// </summary>
    private static bool AuthorBackReference(CheckContext ctx, Entities.EntityMention e)
    {
        var first = ctx.FirstToken(e.Span);
        for (var i = first - 1; i >= 0 && i >= first - 3 && ctx.Tokens[i].Sentence == ctx.Tokens[first].Sentence; i--)
        {
            if (AuthorNouns.Contains(ctx.Tokens[i].Norm) || AuthorNouns.Contains(ctx.Tokens[i].Base))
            {
                return true;
            }
        }

        return false;
    }
}
