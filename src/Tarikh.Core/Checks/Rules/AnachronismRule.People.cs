using System.Collections.Frozen;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// The anachronism rule's meetings with well-known people (round 10): a meeting, an interview, a recital or a lesson with a
/// well-known person dated outside that person's life ("التقى … بأمير الشعراء أحمد شوقي … سنة 1958"، "درس على الشيخ محمد عبده
/// عام 1912"، "ولد سنة ثمانين وسبعمائة، ولقي بدمشق شيخ الإسلام ابن تيمية"). The life years come from the lists of well-known
/// people (<c>famous-works.tsv</c>, <c>famous-persons.tsv</c>) or, with a knowledge base, from the linked person's P569/P570:
/// a warning that names its source.
/// </summary>
public sealed partial class AnachronismRule
{
    /// <summary>Construct-state titles that may stand before a well-known name ("بأمير الشعراء أحمد شوقي"، "شيخ الإسلام ابن تيمية").</summary>
    private static readonly FrozenWords TitleHeads = new(["امير", "شيخ", "عميد", "سلطان", "قيصر", "موسيقار", "شاعر"]);

    private static IEnumerable<Flag> MeetingsOutsideLife(CheckContext ctx)
    {
        var works = ctx.Lexicon.FamousWorks;
        var reported = new HashSet<int>();
        var givenAt = new List<int>(); // scratch: the well-known people a token may name (per run)
        for (var k = 0; k < ctx.Tokens.Length; k++)
        {
            var t = ctx.Tokens[k];
            if (t.Kind != TokenKind.Arabic || !ctx.IsContent(t.Sentence))
            {
                continue;
            }

            if (PersonWithLife(ctx, works, k, givenAt) is not { } person)
            {
                continue;
            }

            var (name, born, died, source, item, end) = person;
            var span = new TextSpan(t.Span.Start, ctx.Tokens[end - 1].Span.End);
            if (!reported.Add(k))
            {
                continue;
            }

            // Present at the act: a meeting word before the name in the sentence (a study verb only with على/عن/من right
            // before the name or its titles), the name reached through titles, a preposition or the verb itself.
            var from = Math.Max(0, k - 15);
            while (from < k && ctx.Tokens[from].Sentence != t.Sentence)
            {
                from++;
            }

            // The well-known person as the text's subject right after a verb is its agent: his own dated acts are the
            // lifespan rule's. Reached through a preposition or a title, he is the one met, whoever the text is about.
            var mention = ctx.MentionAtToken(k);
            if (Presence(ctx, from, k) is not { } via
                || (mention >= 0 && ctx.Document.Entities[mention].Cluster == ctx.SubjectId && ctx.Tokens[k - 1].Span.End == via.End))
            {
                k = end - 1;
                continue;
            }

            var (cs, ce) = Clause(ctx, k);
            if (Commemorated(ctx, ce, from, whole: true))
            {
                continue;
            }

            // The act's date: its clause's, else the earliest date written before the name in the sentence (a lower bound:
            // "ولد سنة …، ولقي …").
            var clauseDate = DateInClause(ctx, cs, ce, k);
            (GregorianInterval Date, TextSpan Span)? lower = null;
            if (clauseDate is null)
            {
                foreach (var ti in ctx.TimexesInSentence(t.Sentence))
                {
                    var tx = ctx.Timexes[ti];
                    if (tx.Span.End <= t.Span.Start && ctx.Usable(tx) && YearWritten(tx) && tx.Gregorian is { } g)
                    {
                        lower = (g, tx.Span);
                        break;
                    }
                }
            }

            if ((clauseDate ?? lower) is not { } when || !MarkedYear(ctx, when.Span))
            {
                continue;
            }

            // A year without an era is out of the life on both readings (Gregorian and Hijri), or it is not flagged.
            var alternative = HijriReading(ctx, when.Span);
            var after = died is { } d && when.Date.Start.Year > d && (alternative is not { } a1 || a1.Start.Year > d);
            var before = clauseDate is not null && born is { } b && when.Date.End.Year < b
                && (alternative is not { } a2 || a2.End.Year < b || (died is { } d2 && a2.Start.Year > d2));
            if (!after && !before && !(alternative is { } a3 && born is { } b3 && died is { } d3 && when.Date.End.Year < b3 && a3.Start.Year > d3))
            {
                continue;
            }

            var written = ctx.Text(span);
            var life = $"{born?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}–{died?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""}";
            var (srcAr, srcEn) = item is not null
                ? ($"بحسب قاعدة المعرفة: P569/P570 للعنصر {item}", $"knowledge base: P569/P570 of {item}")
                : ("بحسب قائمة الأعلام المعروفين", "list of well-known people");
            var dead = !before;
            yield return CheckContext.MakeFlag("anachronism", Severity.Warning, [span, when.Span, via],
                dead
                    ? $"يجمع النص «{written}» بحدث مؤرخ بـ{DateText.IntervalAr(when.Date)}، لكن {written} عاش {life} ({srcAr})؛ لا يمكن لقاؤه بعد وفاته."
                    : $"يجمع النص «{written}» بحدث مؤرخ بـ{DateText.IntervalAr(when.Date)}، لكن {written} عاش {life} ({srcAr})؛ لم يكن قد ولد بعد.",
                dead
                    ? $"The text brings “{written}” to an act dated {DateText.IntervalEn(when.Date)}, but {name} lived {life} ({srcEn}); he could not be met after his death."
                    : $"The text brings “{written}” to an act dated {DateText.IntervalEn(when.Date)}, but {name} lived {life} ({srcEn}); he was not yet born.",
                ("entity", name), ("date", DateText.Iso(when.Date)), ("life", life), ("reason", dead ? "after-death" : "before-birth"),
                ("reference", item is not null ? "kb" : "list"), ("source", source), ("item", item ?? ""));
            k = end - 1;
        }
    }

    /// <summary>
    /// The well-known person named at token <paramref name="k"/> with the years of the life: a linked person of the knowledge
    /// base (P569/P570), else the longest name of two words or more of the lists of well-known people; the token after the name.
    /// </summary>
    private static (string Name, int? Born, int? Died, string Source, string? Item, int End)? PersonWithLife(CheckContext ctx, FamousWorks works, int k, List<int> givenAt)
    {
        var t = ctx.Tokens[k];
        if (ctx.Knowledge is { } knowledge && ctx.MentionAtToken(k) is var m and >= 0 && ctx.FirstToken(ctx.Document.Entities[m].Span) == k
            && ctx.Document.Entities[m].Label == Entities.EntityLabels.Person && knowledge.PersonOf(ctx.Document.Entities[m].Cluster) is { Died: not null } kp)
        {
            var last = k;
            while (last + 1 < ctx.Tokens.Length && ctx.Tokens[last + 1].Span.End <= ctx.Document.Entities[m].Span.End)
            {
                last++;
            }

            return (kp.Label, kp.Born, kp.Died, "knowledge-base", kp.Item, last + 1);
        }

        (string, int?, int?, string, string?, int)? best = null;
        var bestLen = 1;
        foreach (var key in t.PrefixLength > 0 ? new[] { t.Norm, t.NormBase.ToString() } : [t.Norm])
        {
            foreach (var (form, author) in works.NamesStartingWith(key))
            {
                if (form.Length > bestLen && (author.Death is not null || author.Birth is not null) && ctx.MatchPhrase(k, form, out var n) && n >= form.Length)
                {
                    best = (string.Join(' ', author.Forms[0]), author.Birth, author.Death, "famous-works", null, k + n);
                    bestLen = form.Length;
                }
            }
        }

        // Only the well-known people whose given name the token can be (the lexicon's index), in the list's order.
        var famous = ctx.Lexicon.Famous;
        ctx.Lexicon.FamousWithGivenAt(t, givenAt);
        ctx.Index.Probes += givenAt.Count; // candidates visited (growth tests)
        foreach (var f in givenAt)
        {
            var fp = famous[f];
            if (fp.Family.Length + 1 > bestLen && fp.Born is not null && CheckContext.TokenIs(t, fp.Given) && ctx.MatchPhrase(k + 1, fp.Family, out var n))
            {
                best = (fp.NameEn, fp.Born, fp.Died, "famous-persons", null, k + 1 + n);
                bestLen = fp.Family.Length + 1;
            }
        }

        return best;
    }

    /// <summary>
    /// The word that makes the person at <paramref name="k"/> present at the act, or null: a meeting word between
    /// <paramref name="from"/> and the name, the name reached from it through titles (definite words, a construct title), a
    /// preposition (ب، مع، على، عن، من) or the verb itself; a study verb only through على/عن/من.
    /// </summary>
    private static TextSpan? Presence(CheckContext ctx, int from, int k)
    {
        var j = k;
        var withBa = (ctx.Tokens[k].Clitics & Proclitics.Bi) != 0;
        while (!withBa && j - 1 >= from && ctx.Tokens[j - 1].Kind == TokenKind.Arabic
            && ((((ctx.Tokens[j - 1].Clitics & Proclitics.Al) != 0 || (ctx.Tokens[j - 1].Norm.StartsWith("ال", StringComparison.Ordinal) && ctx.Tokens[j - 1].Norm.Length > 3))
                 && ctx.MatchCue(j - 1, "kin", out _) is null && ctx.MatchCue(j - 1, "relative", out _) is null)
                || TitleHeads.Contains(ctx.Tokens[j - 1].NormBase.ToString())))
        {
            j--;
            withBa = (ctx.Tokens[j].Clitics & Proclitics.Bi) != 0;
        }

        var before = j - 1;
        if (before < from)
        {
            return null;
        }

        var word = ctx.Tokens[before].Norm;
        var study = word is "علي" or "على" or "عن" or "من";
        var preposition = withBa || study || word == "مع";
        for (var c = before; c >= from; c--)
        {
            if (ctx.MatchCue(c, "meeting", out _) is not null && (preposition || c == before))
            {
                return ctx.Tokens[c].Span;
            }

            if (study && ctx.MatchCue(c, "study-with", out _) is not null)
            {
                return ctx.Tokens[c].Span;
            }
        }

        return null;
    }

    /// <summary>A small set of normalized words.</summary>
    private sealed class FrozenWords(IEnumerable<string> words)
    {
        private readonly FrozenSet<string> _set = words.ToFrozenSet(StringComparer.Ordinal);

        public bool Contains(string word) => _set.Contains(word);
    }
}
