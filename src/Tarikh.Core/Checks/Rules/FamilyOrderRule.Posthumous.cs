using System.Collections.Frozen;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// family-order (round 16, issue 12a): a child born long after the death of the man it is given to, told in two sentences with no
/// person cluster to hold the claims ("توفي الزوج في … 2009. وقضت المحكمة بثبوت نسب الطفل المولود في … 2012 إليه باعتباره ابنه"،
/// "توفي الوالي … سنة 1310 هـ. وقيد … مولود له … سنة 1312 هـ").
/// </summary>
public sealed partial class FamilyOrderRule
{
    private static readonly FrozenSet<string> DeathWords = new[] { "توفي", "توفيت", "مات", "ماتت", "قتل", "استشهد", "هلك" }
        .Select(N).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that tie a birth to the man who died: "مولود له"، "ابنه"، "نسب".</summary>
    private static readonly FrozenSet<string> ChildTies = new[] { "ابنه", "ابنته", "نسب", "نسبه" }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that make the birth another generation's or another's child: "حفيده"، "زوجته"، "أرملته".</summary>
    private static readonly FrozenSet<string> OtherTies = new[] { "حفيد", "حفيده", "حفيدته", "حفيدة", "أحفاده", "سبط", "سبطه", "ربيبه", "أرملته", "تبنى", "تبناه" }
        .Select(N).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A dated death in one sentence, the next sentence dating a birth tied to the dead man ("مولود له"، "ابنه"، "نسب"), more than
    /// <see cref="ChecksOptions.PosthumousChildMonths"/> months after the death. The dead man must be the sentence's subject, not a
    /// relative named by a kin noun ("توفي والده" — the birth after may be the person's own child); hedged or negated sentences are skipped.
    /// </summary>
    private IEnumerable<Flag> PosthumousKin(CheckContext ctx, List<Flag> already)
    {
        var idx = ctx.Index;
        for (var s = 0; s + 1 < ctx.Document.Sentences.Length; s++)
        {
            if (!ctx.IsContent(s) || !ctx.IsContent(s + 1) || DatedWord(ctx, s, DeathWords, out var dk, out var dt) is not { } death)
            {
                continue;
            }

            var (ds, de) = ctx.SentenceTokens(s);
            var kinSubject = false;
            for (var j = dk + 1; j < ctx.FirstToken(ctx.Timexes[dt].Span) && j < de; j++)
            {
                kinSubject |= KinNounAt(ctx, j, de) is { } kw && !(kw.Word.Person == 0 && kw.Word.Role == KinRole.Parent) || idx.SourceNorm(j).StartsWith("زوج", StringComparison.Ordinal);
            }

            if (kinSubject || DatedWord(ctx, s + 1, BirthWords, out var bk, out var bt) is not { } birth)
            {
                continue;
            }

            var (bs, be) = ctx.SentenceTokens(s + 1);
            var tied = bk + 1 < be && idx.SourceNorm(bk + 1) is "له";
            var other = false;
            for (var j = bs; j < be; j++)
            {
                var n = StripConjunction(idx.SourceNorm(j));
                tied |= ChildTies.Contains(n) || ChildTies.Contains(idx.SourceNorm(j));
                other |= OtherTies.Contains(n) || OtherTies.Contains(idx.SourceNorm(j)) || HedgeWords.Contains(idx.SourceNorm(j));
            }

            if (!tied || other || birth.Start <= death.End.PlusMonths(ctx.Options.PosthumousChildMonths)
                || already.Any(f => f.Spans.Any(x => x.Overlaps(ctx.Timexes[bt].Span) || x.Overlaps(ctx.Timexes[dt].Span))))
            {
                continue;
            }

            var dx = ctx.Timexes[dt];
            var bx = ctx.Timexes[bt];
            yield return CheckContext.MakeFlag(Id, Severity.Warning, [dx.Span, bx.Span],
                $"يؤرخ النص ميلاد الطفل المنسوب إلى المتوفى («{bx.Text}») بعد وفاته («{dx.Text}») بأكثر من {ctx.Options.PosthumousChildMonths} أشهر.",
                $"The text dates the birth of the child it gives to the dead man ({bx.Text}) more than {ctx.Options.PosthumousChildMonths} months after his death ({dx.Text}).",
                ("reason", "posthumous-kin"));
        }
    }

    /// <summary>The first word of <paramref name="words"/> in sentence <paramref name="s"/> with a usable written year within six tokens after it.</summary>
    private static GregorianInterval? DatedWord(CheckContext ctx, int s, FrozenSet<string> words, out int token, out int timex)
    {
        var idx = ctx.Index;
        var (ss, se) = ctx.SentenceTokens(s);
        token = -1;
        timex = -1;
        for (var k = ss; k < se; k++)
        {
            var n = idx.SourceNorm(k);
            if (!words.Contains(n) && !words.Contains(StripConjunction(n)) || k > ss && HedgeWords.Contains(idx.SourceNorm(k - 1)))
            {
                continue;
            }

            foreach (var ti in ctx.TimexesInSentence(s))
            {
                var t = ctx.Timexes[ti];
                var at = idx.TimexToken(ti);
                if (at > k && at <= k + 7 && ctx.Usable(t) && (CheckContext.HasWrittenYear(t) || t.YearInWords) && t.Mod is null && t.Range is null && t.Gregorian is { } g)
                {
                    token = k;
                    timex = ti;
                    return g;
                }
            }

            return null;
        }

        return null;
    }
}
