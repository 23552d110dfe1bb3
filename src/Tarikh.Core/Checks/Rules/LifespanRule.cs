using System.Globalization;
using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// lifespan: a person acting before birth or after death by the text's own dates, and implausible
/// ages: a death before the birth, an age over the maximum, marrying or entering a university
/// implausibly young. An act counts only when the person is the event's agent, is named in the
/// sentence, and the date sits in the trigger's clause with no relative clause between them
/// ("البيان الشيوعي الصادر عام 1848" dates the manifesto, not the translator).
/// </summary>
public sealed class LifespanRule : ICheckRule
{
    /// <inheritdoc />
    public string Id => "lifespan";

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
    {
        var posthumous = new HashSet<string>(ctx.Lexicon.Cues("posthumous").Select(c => c.Tokens[0]), StringComparer.Ordinal);
        var persons = ctx.Persons.Facts.Select(f => f.Person).Distinct().ToList();
        foreach (var p in persons)
        {
            var name = ctx.ClusterById(p)?.Name ?? "";
            var birth = ctx.Persons.Consistent(p, "birth");
            var death = ctx.Persons.Consistent(p, "death");
            if (birth is { Date: { } b, DateSpan: { } bs } && death is { Date: { } d, DateSpan: { } ds })
            {
                if (d.End < b.Start)
                {
                    yield return CheckContext.MakeFlag(Id, Severity.Error, [bs, ds],
                        $"وفاة {name} ({DateText.IntervalAr(d, death.Calendar)}) قبل ميلاده ({DateText.IntervalAr(b, birth.Calendar)}).",
                        $"{name} dies ({DateText.IntervalEn(d, death.Calendar)}) before being born ({DateText.IntervalEn(b, birth.Calendar)}).",
                        ("person", name), ("birth", DateText.Iso(b)), ("death", DateText.Iso(d)), ("reason", "negative-age"));
                }
                else if (DateText.YearsBetween(b.End, d.Start) > ctx.Options.MaxAge)
                {
                    var age = DateText.YearsBetween(b.End, d.Start);
                    yield return CheckContext.MakeFlag(Id, Severity.Error, [bs, ds],
                        $"بين ميلاد {name} ({DateText.IntervalAr(b, birth.Calendar)}) ووفاته ({DateText.IntervalAr(d, death.Calendar)}) {age} سنة على الأقل، وهذا عمر غير معقول.",
                        $"{name} would have lived at least {age} years (born {DateText.IntervalEn(b, birth.Calendar)}, died {DateText.IntervalEn(d, death.Calendar)}), which is implausible.",
                        ("person", name), ("birth", DateText.Iso(b)), ("death", DateText.Iso(d)), ("age", age.ToString(CultureInfo.InvariantCulture)), ("reason", "too-old"));
                }
            }

            foreach (var e in ctx.Document.Events)
            {
                if (posthumous.Contains(e.Type) || !e.Participants.Any(x => x.Cluster == p && x.Role == "agent"))
                {
                    continue;
                }

                if (DateOf(ctx, e, p) is not { } when)
                {
                    continue;
                }

                var (date, span) = when;
                var trigger = e.Trigger;
                if (birth is { Date: { } b2, DateSpan: { } bs2 })
                {
                    if (date.End < b2.Start)
                    {
                        yield return CheckContext.MakeFlag(Id, Severity.Error, [trigger, span, bs2],
                            $"يُنسب إلى {name} «{e.TriggerText}» في {DateText.IntervalAr(date)}، أي قبل ميلاده في {DateText.IntervalAr(b2, birth.Calendar)}.",
                            $"{name} is said to act (“{e.TriggerText}”) in {DateText.IntervalEn(date)}, before being born in {DateText.IntervalEn(b2, birth.Calendar)}.",
                            ("person", name), ("event", e.Type), ("event_date", DateText.Iso(date)), ("birth", DateText.Iso(b2)), ("reason", "before-birth"));
                        continue;
                    }

                    var age = DateText.YearsBetween(b2.End, date.Start);
                    var university = e.Type == "education" && ctx.FindCue(ctx.SentenceTokens(e.Sentence).Start, ctx.SentenceTokens(e.Sentence).End, "university") >= 0;
                    var (limit, whatAr, whatEn) = e.Type == "marriage" ? (ctx.Options.MinMarriageAge, "الزواج", "married")
                        : university ? (ctx.Options.MinUniversityAge, "الدراسة في الجامعة", "at university")
                        : (0, "", "");
                    var maxAge = DateText.YearsBetween(b2.Start, date.End);
                    if (limit > 0 && maxAge < limit)
                    {
                        yield return CheckContext.MakeFlag(Id, Severity.Warning, [trigger, span, bs2],
                            $"عمر {name} عند {whatAr} ({DateText.IntervalAr(date)}) {maxAge} سنوات على الأكثر بحسب ميلاده في {DateText.IntervalAr(b2, birth.Calendar)}، وهذا غير معقول.",
                            $"{name} would be at most {maxAge} years old when {whatEn} ({DateText.IntervalEn(date)}), being born in {DateText.IntervalEn(b2, birth.Calendar)}: implausible.",
                            ("person", name), ("event", e.Type), ("event_date", DateText.Iso(date)), ("birth", DateText.Iso(b2)), ("age", maxAge.ToString(CultureInfo.InvariantCulture)), ("reason", "too-young"));
                    }
                    else if (age > ctx.Options.MaxAge)
                    {
                        yield return CheckContext.MakeFlag(Id, Severity.Error, [trigger, span, bs2],
                            $"عمر {name} في {DateText.IntervalAr(date)} سيكون {age} سنة على الأقل، وهذا غير معقول.",
                            $"{name} would be at least {age} years old in {DateText.IntervalEn(date)}: implausible.",
                            ("person", name), ("event", e.Type), ("event_date", DateText.Iso(date)), ("birth", DateText.Iso(b2)), ("age", age.ToString(CultureInfo.InvariantCulture)), ("reason", "too-old"));
                    }
                }

                if (death is { Date: { } d2, DateSpan: { } ds2 } && date.Start > d2.End)
                {
                    yield return CheckContext.MakeFlag(Id, Severity.Error, [trigger, span, ds2],
                        $"يُنسب إلى {name} «{e.TriggerText}» في {DateText.IntervalAr(date)}، أي بعد وفاته في {DateText.IntervalAr(d2, death.Calendar)}.",
                        $"{name} is said to act (“{e.TriggerText}”) in {DateText.IntervalEn(date)}, after dying in {DateText.IntervalEn(d2, death.Calendar)}.",
                        ("person", name), ("event", e.Type), ("event_date", DateText.Iso(date)), ("death", DateText.Iso(d2)), ("reason", "after-death"));
                }
            }
        }
    }

    /// <summary>The event's date when it is safely the event's own: a usable timex in the trigger's clause, no relative clause between, the person named in the sentence.</summary>
    private static (GregorianInterval Date, TextSpan Span)? DateOf(CheckContext ctx, EventMention e, int person)
    {
        if (e.Time is not { } ti || ti < 0 || ti >= ctx.Timexes.Length || !ctx.Usable(ctx.Timexes[ti]))
        {
            return null;
        }

        // The person must be named in the trigger's own clause ("في حين كانت الأممية الأولى هي تأسيس
        // جمعية العمال عام 1864" is not the subject's act even if he is named elsewhere in the sentence).
        var trigTok = ctx.FirstToken(e.Trigger);
        if (trigTok >= ctx.Tokens.Length)
        {
            return null;
        }

        var (cs, ce) = ctx.ClauseOf(trigTok);
        if (!ctx.ClusterNamedIn(person, cs, ce))
        {
            return null;
        }

        var t = ctx.Timexes[ti];
        var trig = ctx.FirstToken(e.Trigger);
        var tt = ctx.FirstToken(t.Span);
        if (trig >= ctx.Tokens.Length || ctx.Tokens[trig].Sentence != ctx.Tokens[Math.Min(tt, ctx.Tokens.Length - 1)].Sentence)
        {
            return null;
        }

        var (lo, hi) = trig < tt ? (trig, tt) : (ctx.EndToken(t.Span), trig);
        for (var k = lo; k < hi; k++)
        {
            if (ctx.IsClauseBreak(k) || ctx.MatchCue(k, "relative", out _) is not null)
            {
                return null;
            }

            var m = ctx.MentionAtToken(k);
            if (m >= 0 && ctx.Document.Entities[m].Label == EntityLabels.Person && ctx.Document.Entities[m].Cluster != person
                && !e.Participants.Any(x => x.Cluster == ctx.Document.Entities[m].Cluster))
            {
                return null;
            }
        }

        return (t.Gregorian!.Value, t.Span);
    }
}
