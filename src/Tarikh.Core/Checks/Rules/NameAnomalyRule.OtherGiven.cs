using Tarikh.Core.Entities;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// name-anomaly, work-based, round 11 (issue-12l): the reverse slip — a known work given to the author's family name with another
/// listed author's given part ("«اللص والكلاب» لتوفيق محفوظ": Mahfouz's novel, Tawfiq al-Hakim's given name; "«مقدمة» أبي حامد
/// بن خلدون": Ibn Khaldun's book, al-Ghazali's kunya). The name must be tied to the title (right after it, after its lam, after
/// descriptors, or before a maker noun), end with one of the author's family names, carry none of his other names, and its given
/// part must be exactly the given part of another listed author. The author's own name stays silent ("«الثلاثية» لنجيب محفوظ").
/// A warning, like the other work slips.
/// </summary>
public sealed partial class NameAnomalyRule
{
    /// <summary>The nominative of a kunya written in another case ("ابي"، "ابا" → "ابو"), so "لأبي حامد" matches "أبو حامد".</summary>
    private static string Nominative(string word) => word is "ابي" or "ابا" ? "ابو" : word;

    private static string[] Nominative(string[] words)
    {
        var copy = (string[])words.Clone();
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = Nominative(copy[i]);
        }

        return copy;
    }

    private IEnumerable<Flag> OtherGivenSlips(CheckContext ctx, HashSet<int> alreadyFlagged)
    {
        var works = ctx.Lexicon.FamousWorks;
        var tokens = ctx.Tokens;
        var flagged = new HashSet<int>(alreadyFlagged);
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!ctx.IsContent(tokens[k].Sentence) || Title(ctx, works, k) is not { } found)
            {
                continue;
            }

            var (authors, titleSpan, end) = found;
            var sentence = tokens[k].Sentence;
            var candidates = new List<(string[] Words, TextSpan Span)>();
            foreach (var e in ctx.Document.Entities)
            {
                if (e.Label != EntityLabels.Person || ctx.Document.SentenceAt(e.Span.Start) != sentence || e.Span.Overlaps(titleSpan))
                {
                    continue;
                }

                if (AttachedAfter(ctx, e, end) || MakerBefore(ctx, e, k) || LeadMaker(ctx, e, k) || CitedIn(ctx, e, k))
                {
                    var words = WrittenWords(ctx, works, e);
                    if (words.Length > 0 && words[0].Length > 3 && words[0][0] == 'ل' && ctx.FirstToken(e.Span) == end
                        && (Nominative(words[0][1..]) == "ابو" || works.FirstWordOwners(words[0][1..]) > 0) && works.FirstWordOwners(words[0]) == 0)
                    {
                        words[0] = words[0][1..]; // the tagger kept the title's lam ("لأبي حامد …")
                    }

                    candidates.Add((words, e.Span));
                }
            }

            candidates.AddRange(CandidateNames(ctx, k, end, sentence)); // after the tagger's names: one flag per name
            var spans = new List<TextSpan>();
            foreach (var (raw, span) in candidates)
            {
                if (flagged.Any(span.Contains) || spans.Any(span.Overlaps) || Relative(ctx, ctx.FirstToken(span)) || Distinguished(ctx, span))
                {
                    continue;
                }

                var lead = 0;
                while (lead < raw.Length - 2 && (Descriptors.Contains(raw[lead]) || (lead > 0 && Nisba(raw[lead]))))
                {
                    lead++;
                }

                var words = Nominative(raw[lead..]);
                if (words.Length < 2 || authors.Any(a => Consistent(works, a, words)))
                {
                    continue;
                }

                // The name read may run into the words after it ("لأوليا خليفة بخط تركي"): a shorter reading ending before a word with a
                // preposition or a stop word is tried too (round 18).
                var first = ctx.FirstToken(span) + lead;
                var readings = Enumerable.Range(2, Math.Max(0, words.Length - 1)).Reverse()
                    .Where(n => n == words.Length || (first + n < tokens.Length && ((tokens[first + n].Clitics & (Proclitics.Bi | Proclitics.Li | Proclitics.Ka | Proclitics.Wa | Proclitics.Fa)) != 0 || NameStops.Contains(tokens[first + n].Norm))));
                foreach (var (author, reading) in authors.SelectMany(a => readings.Select(n => (a, n))))
                {
                    if (OtherGiven(ctx, works, author, words[..reading]) is not { } other)
                    {
                        continue;
                    }

                    var nameSpan = reading == words.Length ? span : new TextSpan(span.Start, tokens[first + reading - 1].Span.End);
                    flagged.Add(span.Start);
                    spans.Add(span);
                    var written = ctx.Text(nameSpan);
                    var title = ctx.Text(titleSpan);
                    var authorName = string.Join(' ', author.Forms[0]);
                    yield return CheckContext.MakeFlag(Id, Severity.Warning, [nameSpan, titleSpan],
                        $"«{written}»: ينسب النص إليه «{title}»، وهو من أعمال {authorName}، لكن الاسم المكتوب يجمع اسم {other} الأول إلى اسم عائلة {authorName}؛ الأرجح أن في الاسم خطأ، فتحقق منه.",
                        $"“{written}”: the text ties it to “{title}”, a work of {authorName}, but the name written joins {other}'s given name to {authorName}'s family name; the name is probably a slip — check it.",
                        ("written", written), ("work", title), ("author", authorName), ("other", other), ("source", "famous-works"));
                    break;
                }
            }

            k = Math.Max(k, end - 1);
        }
    }

    /// <summary>
    /// True when the person mention opens its sentence (an encyclopedia's subject: "ميخائيل … (1883–1931) أديب مهجري، صاحب كتاب
    /// «…»") and a maker noun stands at most two words before the title.
    /// </summary>
    private static bool LeadMaker(CheckContext ctx, EntityMention e, int titleToken)
    {
        var first = ctx.FirstToken(e.Span);
        var (ss, _) = ctx.SentenceTokens(ctx.Tokens[titleToken].Sentence);
        if (first != ss || first >= titleToken)
        {
            return false;
        }

        for (var i = titleToken - 1; i >= 0 && i >= titleToken - 2; i--)
        {
            if (MakerNouns.Contains(ctx.Tokens[i].Norm) || MakerNouns.Contains(ctx.Tokens[i].Base))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A relative adjective ("السوداني"، "الروسي") standing after a descriptor before the name.</summary>
    private static bool Nisba(string word) => word.Length >= 5 && word.StartsWith("ال", StringComparison.Ordinal) && word[^1] == 'ي';

    /// <summary>
    /// True when the person mention stands right after the title, only descriptors between (and the title's lam on its first
    /// word or on a descriptor): "«…» للشاعر سميح …"، "«…» الشاعر سميح …"، "«…» أبي حامد …".
    /// </summary>
    private static bool AttachedAfter(CheckContext ctx, EntityMention e, int end)
    {
        var first = ctx.FirstToken(e.Span);
        if (first < end || first - end > 3)
        {
            return false;
        }

        for (var i = end; i < first; i++)
        {
            var n = ctx.Tokens[i].Norm;
            var bare = n.StartsWith("لل", StringComparison.Ordinal) ? "ال" + n[2..] : n;
            if (!(Descriptors.Contains(bare) || (i > end && Nisba(bare))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The name of the other listed author whose given part the written name carries, when the written name is that given part and
    /// one of <paramref name="author"/>'s family names (the last word, or "ابن/بن" and the last word), with none of his other names.
    /// </summary>
    private static string? OtherGiven(CheckContext ctx, FamousWorks works, WorkAuthor author, string[] written)
    {
        var own = author.Forms.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
        var last = written[^1];
        var familyLength = written.Length >= 3 && written[^2] is "ابن" or "بن" ? 2 : 1;
        if (written.Length <= familyLength || NameParticles.Contains(last) || last.Length < 3)
        {
            return null;
        }

        // The written family must be the author's: the last word of a form of two words or more, or of a one-word family form.
        var family = author.Forms.Any(f => f.Length >= 1 && f[^1] == last && (f.Length >= 2 || f[0].Length >= 4));
        if (!family)
        {
            return null;
        }

        if (ctx.Lexicon.FamousNames.IsPartOfListedName(string.Join(' ', written)))
        {
            return null; // a real person known by the written name: the text may well mean him
        }

        var given = written[..^familyLength];
        if (given.Any(w => own.Contains(w) && !NameParticles.Contains(w)))
        {
            return null; // one of his own names is written too
        }

        // A given part written without its article after the title's lam ("لطيب محفوظ" for "الطيب"): read with it too (round 18).
        var withArticle = given[0].StartsWith("ال", StringComparison.Ordinal) || given[0].Length < 3 ? null : "ال" + given[0];
        foreach (var (form, other) in withArticle is null ? works.NamesStartingWith(given[0]) : works.NamesStartingWith(given[0]).Concat(works.NamesStartingWith(withArticle)))
        {
            if (ReferenceEquals(other, author) || form.Length <= given.Length || form[^1] == last)
            {
                continue;
            }

            var rest = form.Length - given.Length;
            var sameGiven = form.AsSpan(1, given.Length - 1).SequenceEqual(given.AsSpan(1)) && (form[0] == given[0] || form[0] == withArticle);
            if (sameGiven && (rest == 1 || (rest == 2 && form[^2] is "ابن" or "بن")))
            {
                return string.Join(' ', other.Forms[0]);
            }
        }

        return null;
    }
}
