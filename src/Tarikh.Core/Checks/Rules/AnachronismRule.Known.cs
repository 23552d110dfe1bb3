using System.Collections.Immutable;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// The anachronism rule's list-based check (round 7): an act dated in a listed body, state, newspaper, school, technique or
/// reign before it began or after it ended (<c>bounded-bodies.tsv</c>), when the text states no founding or ending of its own
/// for it ("عُيّن مندوبا لدى جامعة الدول العربية عام 1938"، "استقبل رئيس جمهورية اليمن الديمقراطية الشعبية" under a 1992
/// dateline). The years come from a list, not from the text: a warning, never an error.
/// </summary>
public sealed partial class AnachronismRule
{
    private static IEnumerable<Flag> KnownBounds(CheckContext ctx, Dictionary<int, Bound> founded, Dictionary<int, Bound> ended, HashSet<int> flaggedAt)
    {
        var doc = ctx.Document;
        var list = ctx.Lexicon.BoundedBodies;
        var docText = doc.Normalized?.Text ?? Norm(doc.Source.Text);
        var statedNames = founded.Values.Concat(ended.Values).Select(b => b.Name).ToList();
        HashSet<int>? eventClauses = null;
        HashSet<int>? actClauses = null;
        var reported = new HashSet<(BoundedBody, int)>();
        for (var k = 0; k < ctx.Tokens.Length; k++)
        {
            var t = ctx.Tokens[k];
            if (t.Kind != Segmentation.TokenKind.Arabic || !ctx.IsContent(t.Sentence))
            {
                continue;
            }

            if (Listed(ctx, list, k) is not { } match)
            {
                continue;
            }

            var (body, end) = match;
            var span = new TextSpan(t.Span.Start, ctx.Tokens[end - 1].Span.End);
            var skipTo = end - 1;
            var sentenceText = SentenceNorm(ctx, t.Sentence);
            if ((body.Requires is { } req && !sentenceText.Contains(req, StringComparison.Ordinal))
                || (body.Unless is { } unless && docText.Contains(unless, StringComparison.Ordinal))
                || NamedAsStated(ctx, statedNames, span) || flaggedAt.Contains(span.Start))
            {
                k = skipTo;
                continue; // the text states its own founding or ending: the text-based check owns the body
            }

            var (cs, ce) = Clause(ctx, k);
            k = skipTo;
            if (Retro(ctx, cs, ce) || ctx.FindCue(cs, ce, "founding") >= 0 || ctx.FindCue(cs, ce, "ending") >= 0 || ctx.FindCue(cs, ce, "refounding") >= 0
                || PreFounding(ctx, t.Sentence) || Commemorated(ctx, ce, cs, whole: true) || TopicBefore(ctx, ctx.FirstToken(span)))
            {
                continue;
            }

            // A ruler is read only as the agent of an office act ("عيّن القيصر …"), never in a mention after his reign ("نُقل رفات
            // الملك فاروق"); a body or a technique also by a dated event in its clause (not a birth or a death: "ولد في المملكة
            // الأردنية الهاشمية عام 1924" names the birthplace by its present state).
            eventClauses ??= EventClauses(ctx);
            actClauses ??= ActClauses(ctx);
            var activity = ctx.FindCue(cs, ce, "activity") >= 0
                || (body.Kind != "reign" && (actClauses.Contains(cs)
                    || (eventClauses.Contains(cs) && (body.Kind == "tech" || AffiliationBefore(ctx, ctx.FirstToken(span), pronoun: false)))));
            if (!activity || PresentName(sentenceText)
                || (DateInClause(ctx, cs, ce, ctx.FirstToken(span)) ?? FrontedDate(ctx, cs) ?? DatelineDate(ctx, t.Sentence)) is not { } when
                || !MarkedYear(ctx, when.Span) || !reported.Add((body, when.Span.Start)))
            {
                continue;
            }

            var written = ctx.Text(span);
            var alternative = HijriReading(ctx, when.Span);
            if (body.Start is { } start && when.Date.End.Year < start && (alternative is not { } a1 || a1.End.Year < start))
            {
                yield return CheckContext.MakeFlag("anachronism", Severity.Warning, [span, when.Span],
                    $"يربط النص «{written}» بتاريخ {DateText.IntervalAr(when.Date)}، لكن {written} لم يوجد قبل عام {start} (بحسب قائمة المؤسسات والدول المعروفة).",
                    $"The text ties “{written}” to {DateText.IntervalEn(when.Date)}, but {body.English} did not exist before {start} (list of known bodies and states).",
                    ("entity", body.English), ("date", DateText.Iso(when.Date)), ("founded", start.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ("reason", "before-founding"), ("reference", "list"), ("source", "bounded-bodies"));
            }
            else if (body.End is { } stop && when.Date.Start.Year > stop && (alternative is not { } a2 || a2.Start.Year > stop))
            {
                yield return CheckContext.MakeFlag("anachronism", Severity.Warning, [span, when.Span],
                    $"يربط النص «{written}» بتاريخ {DateText.IntervalAr(when.Date)}، لكن {written} انتهى عام {stop} (بحسب قائمة المؤسسات والدول المعروفة).",
                    $"The text ties “{written}” to {DateText.IntervalEn(when.Date)}, but {body.English} ended in {stop} (list of known bodies and states).",
                    ("entity", body.English), ("date", DateText.Iso(when.Date)), ("ended", stop.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ("reason", "after-end"), ("reference", "list"), ("source", "bounded-bodies"));
            }
        }
    }

    /// <summary>True when the name under the span is one whose founding or ending the text states (a method of its own: the lambda's closure is made only for a listed name, not for every token).</summary>
    private static bool NamedAsStated(CheckContext ctx, List<string> statedNames, TextSpan span)
        => statedNames.Any(n => SameName(ctx, n, Norm(ctx.Text(span))));

    /// <summary>
    /// The listed name at token <paramref name="k"/> (its first word with or without clitics, the others as written, quotation
    /// marks passed over: "صحيفة «برافدا»"), the longest first, and the token after it; not when a longer name goes on after it.
    /// </summary>
    private static (BoundedBody Body, int End)? Listed(CheckContext ctx, BoundedBodies list, int k)
    {
        var t = ctx.Tokens[k];
        (BoundedBody, int)? best = null;
        var bestLen = 0;
        // The token as written, then its base when it has proclitics (the base differs from the form only then).
        ListedFrom(ctx, list.StartingWith(t.Norm.AsSpan()), k, ref best, ref bestLen);
        if (t.PrefixLength > 0)
        {
            ListedFrom(ctx, list.StartingWith(t.NormBase), k, ref best, ref bestLen);
        }

        return best;
    }

    private static void ListedFrom(CheckContext ctx, List<(ImmutableArray<string> Phrase, BoundedBody Body)>? candidates, int k, ref (BoundedBody, int)? best, ref int bestLen)
    {
        if (candidates is null)
        {
            return;
        }

        var t = ctx.Tokens[k];
        foreach (var (phrase, body) in candidates)
        {
            if (phrase.Length <= bestLen || !CheckContext.TokenIs(t, phrase[0]))
            {
                continue;
            }

            var j = k + 1;
            var ok = true;
            for (var w = 1; w < phrase.Length && ok; w++)
            {
                while (j < ctx.Tokens.Length && IsQuote(ctx.Tokens[j]) && ctx.Tokens[j].Sentence == t.Sentence)
                {
                    j++;
                }

                ok = j < ctx.Tokens.Length && ctx.Tokens[j].Sentence == t.Sentence
                    && CheckContext.TokenIs(ctx.Tokens[j], phrase[w], allowClitics: phrase[w].StartsWith("ال", StringComparison.Ordinal));
                j++;
            }

            if (!ok)
            {
                continue;
            }

            var last = j - 1;
            if (j < ctx.Tokens.Length && ctx.Tokens[j].Sentence == t.Sentence && ctx.MentionAtToken(j) is var m and >= 0 && m == ctx.MentionAtToken(last)
                && ctx.Tokens[j].Kind == Segmentation.TokenKind.Arabic)
            {
                continue; // a longer name goes on ("الاتحاد الأوروبي لكرة القدم")
            }

            best = (body, j);
            bestLen = phrase.Length;
        }
    }

    /// <summary>
    /// The Hijri reading of a year the time stage read as Gregorian without a written era ("سنة أربع وثمانين وأربعمائة" in a
    /// classical text): a year before 1600 with no "م" or "ميلادي" is either; a list-based flag needs both readings out of range.
    /// </summary>
    private static GregorianInterval? HijriReading(CheckContext ctx, TextSpan dateSpan)
    {
        foreach (var t in ctx.Timexes)
        {
            if (t.Span != dateSpan || t.Calendar != Time.CalendarKind.Gregorian || t.Gregorian is not { } g || g.Start.Year >= 1600)
            {
                continue;
            }

            var text = Norm(t.Text);
            var after = ctx.EndToken(t.Span);
            var marked = text.Contains("ميلاد", StringComparison.Ordinal) || text.EndsWith(" م", StringComparison.Ordinal)
                || (after < ctx.Tokens.Length && ctx.Tokens[after].Norm is "م" or "ميلادي" or "ميلاديه" or "للميلاد");
            if (marked)
            {
                return null;
            }

            return Time.Calendars.TarikhCalendars.Default.TryYears(Time.CalendarKind.Hijri, g.Start.Year, g.End.Year, out var hijri, out _) ? hijri : null;
        }

        return null;
    }

    /// <summary>A sentence that names a place by its present state ("(إمارة شرق الأردن آنذاك)"، "حالياً"، "اليوم").</summary>
    private static bool PresentName(string sentenceNorm)
        => sentenceNorm.Split(' ').Any(w => w is "انذاك" or "آنذاك" or "حاليا" or "اليوم" or "الان" or "الحاليه" or "الحالي" or "وقتئذ" or "حينذاك" or "حينئذ");

    /// <summary>
    /// True when the date writes its year with a word (عام، سنة، a month, an era): a bare number is too often a count, a resolution's
    /// number or a stray figure ("1600 طائرة"، "القرار رقم 1701").
    /// </summary>
    private static bool MarkedYear(CheckContext ctx, TextSpan dateSpan)
    {
        var first = ctx.FirstToken(dateSpan);
        return ctx.Text(dateSpan).Any(char.IsLetter) && !(first > 0 && ctx.Tokens[first - 1].Norm is "رقم" or "بالرقم");
    }

    /// <summary>A word that makes the body the act's topic, not its place: "عن"، "حول"، "تاريخ"، "ذكرى" right before the name.</summary>
    private static bool TopicBefore(CheckContext ctx, int first)
        => first > 0 && ctx.Tokens[first - 1].Sentence == ctx.Tokens[first].Sentence
            && ctx.Tokens[first - 1].Norm is "عن" or "حول" or "تاريخ" or "ذكري" or "ذكرى" or "انشاء" or "تاسيس" or "قيام" or "زوال" or "سقوط";

    private static string SentenceNorm(CheckContext ctx, int sentence)
    {
        var (s, e) = ctx.SentenceTokens(sentence);
        return string.Join(' ', Enumerable.Range(s, e - s).Select(i => ctx.Tokens[i].Norm));
    }

    /// <summary>Clauses holding the trigger of an event of any type but a founding or an ending.</summary>
    private static HashSet<int> EventClauses(CheckContext ctx)
    {
        var set = new HashSet<int>();
        foreach (var e in ctx.Document.Events)
        {
            if (e.Type is not ("founding" or "dissolution" or "birth" or "death" or "burial") && e.Trigger.Length > 0 && ctx.IsContent(e.Sentence))
            {
                set.Add(Clause(ctx, ctx.FirstToken(e.Trigger)).Start);
            }
        }

        return set;
    }

    /// <summary>Clauses holding a dated office, membership, employment or study of a person (claims layer).</summary>
    private static HashSet<int> ActClauses(CheckContext ctx)
    {
        var set = new HashSet<int>();
        var doc = ctx.Document;
        foreach (var c in ctx.Claims)
        {
            if (c.Time is not null && c.Event is { } ev && ev >= 0 && ev < doc.Events.Length && c.Modality == Claims.ClaimModality.Asserted
                && c.Property is Claims.ClaimProperties.PositionHeld or Claims.ClaimProperties.MemberOf or Claims.ClaimProperties.Employer or Claims.ClaimProperties.EducatedAt)
            {
                set.Add(Clause(ctx, ctx.FirstToken(doc.Events[ev].Trigger)).Start);
            }
        }

        return set;
    }

    /// <summary>
    /// A news dateline's date ("أبوظبي – 14 أبريل 1969: …"): the first clause of the sentence, or of the text's first sentence,
    /// ends with a colon, is short and holds a dated year.
    /// </summary>
    private static (GregorianInterval Date, TextSpan Span)? DatelineDate(CheckContext ctx, int sentence)
    {
        foreach (var s in sentence == 0 ? [0] : new[] { sentence, 0 })
        {
            if (!ctx.IsContent(s))
            {
                continue;
            }

            var (ss, se) = ctx.SentenceTokens(s);
            for (var j = ss; j < se && j <= ss + 8; j++)
            {
                if (ctx.Tokens[j].Kind == Segmentation.TokenKind.Punctuation && ctx.Tokens[j].Norm.Contains(':', StringComparison.Ordinal))
                {
                    if (j > ss && DateInClause(ctx, ss, j, ss) is { } d)
                    {
                        return d;
                    }

                    break;
                }
            }
        }

        return null;
    }
}
