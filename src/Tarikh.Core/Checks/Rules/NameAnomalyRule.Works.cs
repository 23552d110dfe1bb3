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
         "تفسير", "معجم", "قاموس", "مقدمه", "مقامات", "ملحمه", "قصه", "قصته", "نظريه", "نظريته", "نشيد", "النشيد"], StringComparer.Ordinal);

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
            foreach (var (words, span) in CandidateNames(ctx, k, end, sentence))
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
    private static IEnumerable<(string[] Words, TextSpan Span)> CandidateNames(CheckContext ctx, int start, int end, int sentence)
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
        if (NameBeforeMaker(ctx, start, sentence) is { } maker)
        {
            yield return maker;
        }

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
            // Descriptors before the name, and relative adjectives after one ("للروائي السوداني الطيب …") (round 11); a word shaped
            // like a nisba that begins a listed author's name is his given name, not an adjective ("للشاعر السوداني الهادي …",
            // "التيجاني …") (round 21).
            if (words.Count == 0 && (Descriptors.Contains(word)
                || (described && Nisba(word) && i + 2 < tokens.Length && tokens[i + 2].Sentence == sentence && ctx.Lexicon.FamousWorks.FirstWordOwners(word) == 0)))
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
}
