using System.Globalization;
using CsCheck;
using NodaTime;
using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Calendars;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>
/// Old-Style/New-Style pairs that write their month or year once ("16 (28) مارس 1881", "22 أغسطس (3 سبتمبر) 1880"): the
/// offset Time computes is checked against .NET's <see cref="JulianCalendar"/>, and random true pairs are read as one Julian
/// and one Gregorian day of the same instant, while pairs moved by one to three days are flagged.
/// </summary>
public class OldStylePairPropertyTests
{
    private static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    [Fact]
    public void TheOldStyleOffsetAgreesWithDotNetJulianCalendar()
    {
        var net = new JulianCalendar();
        Gen.Int[1583, 2099].Select(Gen.Int[1, 12], Gen.Int[1, 28]).Sample((y, m, d) =>
        {
            var gregorian = LocalDate.FromDateTime(net.ToDateTime(y, m, d, 0, 0, 0, 0));
            var expected = Period.Between(new LocalDate(y, m, d), gregorian, PeriodUnits.Days).Days;
            Assert.Equal(expected, TarikhCalendars.OldStyleOffsetDays(y, m, d));
        });
    }

    [Theory]
    [InlineData(1650, 5, 5, 10)]
    [InlineData(1750, 5, 5, 11)]
    [InlineData(1881, 3, 16, 12)]
    [InlineData(1917, 10, 25, 13)]
    public void TheOffsetIsThatOfTheCentury(int y, int m, int d, int offset)
        => Assert.Equal(offset, TarikhCalendars.OldStyleOffsetDays(y, m, d));

    /// <summary>A random Julian day of 1583–2099 (the pair's year must not change across it) and its Gregorian day.</summary>
    private static readonly Gen<(LocalDate Julian, LocalDate Gregorian)> Pairs =
        Gen.Int[1583, 2099].Select(Gen.Int[1, 12], Gen.Int[1, 28])
            .Select((y, m, d) => (Julian: new LocalDate(y, m, d, CalendarSystem.Julian), Gregorian: new LocalDate(y, m, d, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso)))
            .Where(p => p.Gregorian.Year == p.Julian.Year);

    private static string Pair(LocalDate j, LocalDate g)
        => j.Month == g.Month
            ? $"وصل القنصل إلى المدينة في {j.Day.ToString(CultureInfo.InvariantCulture)} ({g.Day.ToString(CultureInfo.InvariantCulture)}) {Months[j.Month - 1]} {j.Year.ToString(CultureInfo.InvariantCulture)} بعد رحلة طويلة."
            : $"وصل القنصل إلى المدينة في {j.Day.ToString(CultureInfo.InvariantCulture)} {Months[j.Month - 1]} ({g.Day.ToString(CultureInfo.InvariantCulture)} {Months[g.Month - 1]}) {j.Year.ToString(CultureInfo.InvariantCulture)} بعد رحلة طويلة.";

    [Fact]
    public void ATruePairIsReadAsOneDayInTwoCalendars()
    {
        Pairs.Sample(p =>
        {
            var doc = TimeStageTests.Run(Pair(p.Julian, p.Gregorian));
            var days = doc.Timexes.Where(t => t.SharedParts).ToArray();
            Assert.Equal(2, days.Length);
            Assert.Equal(CalendarKind.Julian, days[0].Calendar);
            Assert.Equal(CalendarKind.Gregorian, days[1].Calendar);
            Assert.Equal(p.Gregorian, days[0].Gregorian!.Value.Start);
            Assert.Equal(p.Gregorian, days[1].Gregorian!.Value.Start);
            Assert.Equal(doc.Timexes.IndexOf(days[1]), days[0].Equivalent);
        }, iter: 60);
    }

    [Fact]
    public void ATruePairIsNotFlaggedAndAShiftedOneIs()
    {
        Pairs.Select(Gen.Int[1, 3]).Sample((p, shift) =>
        {
            var right = ClaimExtractorTests.Run(Pair(p.Julian, p.Gregorian));
            Assert.DoesNotContain(right.Flags, f => f.Rule == "calendar-equivalence");
            var moved = p.Gregorian.PlusDays(shift);
            if (moved.Year != p.Julian.Year)
            {
                return;
            }

            var wrong = ClaimExtractorTests.Run(Pair(p.Julian, moved));
            Assert.Contains(wrong.Flags, f => f.Rule == "calendar-equivalence" && f.Severity == Severity.Error);
        }, iter: 30);
    }
}
