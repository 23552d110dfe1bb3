using NodaTime;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// old-style-ambiguity: a day dated in a country that still used the Julian calendar then (Russia
/// before 14 February 1918, Greece before 1923, … — the table <c>julian-countries.tsv</c>), written
/// without saying which calendar. Info, with both readings. Dates before 1582 (Julian everywhere by
/// convention), dates with a stated equivalent and dates followed by a calendar name are left alone.
/// </summary>
public sealed class OldStyleAmbiguityRule : ICheckRule
{
    private static readonly LocalDate GregorianReform = new(1582, 10, 15);

    /// <inheritdoc />
    public string Id => "old-style-ambiguity";

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
    {
        var timexes = ctx.Timexes;
        var linked = ctx.EquivalenceLinked;

        for (var i = 0; i < timexes.Length; i++)
        {
            var t = timexes[i];
            if (linked.Contains(i) || !ctx.Usable(t) || t.Calendar == CalendarKind.Hijri)
            {
                continue;
            }

            var g = t.Gregorian!.Value;
            if (DateText.PrecisionOf(g, t.Calendar) != DatePrecision.Day)
            {
                continue;
            }

            // The date as written (its day/month/year fields).
            var written = g.Start.WithCalendar(DateText.System(t.Calendar));

            // A day the Gregorian calendar does not have (29 February 1700, 1800, 1900 as written in the
            // Julian calendar) can only be Old Style: no ambiguity to report.
            if (written.Day > CalendarSystem.Iso.GetDaysInMonth(written.Year, written.Month))
            {
                continue;
            }

            var asGregorian = new LocalDate(written.Year, written.Month, written.Day);
            if (asGregorian < GregorianReform || HasCalendarMark(ctx, t) || IsEquivalencePair(ctx, i))
            {
                continue;
            }

            var sentence = ctx.SentenceOf(t);
            if (!ctx.IsContent(sentence) || FindCountry(ctx, sentence) is not { } found)
            {
                continue;
            }

            var (country, placeSpan) = found;
            if (asGregorian >= country.FirstGregorianDay)
            {
                continue;
            }

            LocalDate julianRead;
            try
            {
                julianRead = new LocalDate(written.Year, written.Month, written.Day, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso);
            }
            catch (ArgumentOutOfRangeException)
            {
                continue;
            }

            var gregorianAsJulian = asGregorian.WithCalendar(CalendarSystem.Julian);
            var switchEn = DateText.DayEn(country.FirstGregorianDay, CalendarKind.Gregorian);
            var switchAr = DateText.DayAr(country.FirstGregorianDay, CalendarKind.Gregorian);
            yield return CheckContext.MakeFlag(Id, Severity.Info, [t.Span, placeSpan],
                $"«{t.Text}» تاريخ في {country.NameAr} التي بقيت على التقويم اليولياني (الشرقي) حتى {switchAr}، والنص لا يذكر التقويم: إن كان بالتقويم القديم فهو {DateText.DayAr(julianRead, CalendarKind.Gregorian)} بالتقويم الغريغوري؛ وإن كان بالغريغوري فهو {DateText.DayAr(gregorianAsJulian, CalendarKind.Julian)} بالتقويم القديم.",
                $"“{t.Text}” is a date in {country.NameEn}, which used the Julian (Old Style) calendar until {switchEn}, and the text does not say which calendar: if Old Style, it is {DateText.DayEn(julianRead, CalendarKind.Gregorian)} (Gregorian); if New Style, it is {DateText.DayEn(gregorianAsJulian, CalendarKind.Julian)} in the Julian calendar.",
                ("country", country.Id), ("written", DateText.DayEn(asGregorian, CalendarKind.Gregorian)),
                ("if_julian_gregorian_is", GregorianInterval.Format(julianRead)),
                ("if_gregorian_julian_is", $"{gregorianAsJulian.Year:D4}-{gregorianAsJulian.Month:D2}-{gregorianAsJulian.Day:D2}"),
                ("country_switched", GregorianInterval.Format(country.FirstGregorianDay)), ("place", ctx.Text(placeSpan)));
        }
    }

    private static bool HasCalendarMark(CheckContext ctx, Timex t)
    {
        if (t.Calendar == CalendarKind.Julian && CalendarEquivalenceRule.JulianMarkerAfter(ctx, t) >= 0)
        {
            return true;
        }

        var end = ctx.EndToken(t.Span);
        var stop = Math.Min(ctx.Tokens.Length, end + 8);
        for (var k = Math.Max(0, ctx.FirstToken(t.Span) - 4); k < stop; k++)
        {
            if (ctx.MatchCue(k, "julian-marker", out _) is not null || ctx.MatchCue(k, "gregorian-marker", out _) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEquivalencePair(CheckContext ctx, int i)
    {
        var from = ctx.FirstToken(ctx.Timexes[i].Span);
        var to = ctx.EndToken(ctx.Timexes[i].Span);
        return ctx.FindCue(Math.Max(0, from - 3), from, "equivalence") >= 0 || ctx.FindCue(to, Math.Min(ctx.Tokens.Length, to + 3), "equivalence") >= 0;
    }

    /// <summary>A Julian-calendar country named in the sentence (place, country or demonym), with the span naming it.</summary>
    internal static (JulianCountry Country, TextSpan Span)? FindCountry(CheckContext ctx, int sentence)
    {
        var (ss, se) = ctx.SentenceTokens(sentence);
        for (var k = ss; k < se; k++)
        {
            foreach (var c in ctx.Lexicon.JulianCountries)
            {
                foreach (var p in c.Places)
                {
                    if (ctx.MatchPhrase(k, p, out var n))
                    {
                        return (c, new TextSpan(ctx.Tokens[k].Span.Start, ctx.Tokens[k + n - 1].Span.End));
                    }
                }
            }
        }

        return null;
    }
}
