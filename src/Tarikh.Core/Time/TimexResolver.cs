using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Calendars;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <summary>
/// Turns recognized expressions into <see cref="Timex"/> values: fills years of underspecified dates from
/// their context (an equivalent date, the previous date of the same paragraph), anchors relative expressions
/// (narrative: the nearest suitable earlier date; news: the reference date), flags impossible dates with reason
/// codes, formats TIMEX3 values and converts to the proleptic-Gregorian interval. Pure.
/// </summary>
internal sealed partial class TimexResolver
{
    private readonly TarikhCalendars _calendars;
    private readonly TimeOptions _options;

    public TimexResolver(TarikhCalendars calendars, TimeOptions options)
    {
        _calendars = calendars;
        _options = options;
    }

    /// <summary>The parts of a resolved date in its own calendar.</summary>
    private readonly record struct Resolved(CalendarKind Calendar, int Year, int? Month, int? Day, Granularity Granularity);

    public ImmutableArray<Timex> Resolve(AnalyzedDocument doc, List<RawTimex> raws)
    {
        raws.Sort((a, b) => a.SpanStart != b.SpanStart ? a.SpanStart.CompareTo(b.SpanStart) : a.SpanEnd.CompareTo(b.SpanEnd));
        var text = doc.Source.Text;
        ApplyRumi(raws);
        foreach (var t in raws)
        {
            PlaceHijriMonthInGregorianYear(t);
        }

        ApplyRangeCalendar(raws);
        ApplyDocumentCalendar(raws);
        ApplyNeighbourCalendar(raws);
        ApplyElidedCentury(raws);
        ApplyPairedHijriYear(raws, text);
        ApplyLinkedHijriYear(raws);
        CheckMalformedYears(raws);
        var resolved = new Resolved?[raws.Count];
        var dateline = -1;
        for (var i = 0; i < raws.Count; i++)
        {
            var t = raws[i];
            if (t.Type != TimexType.Date)
            {
                continue;
            }

            if (t.Relative == Relativity.None && t.Reason is null && t.YearWritten && !t.YearInWords && t.YearDigits is 2 or 3 && !t.CalendarExplicit
                && t.Month is not null && IsDateline(doc, text, t))
            {
                // "الرباط (و.م.ع) 12 نونبر 201 -": a dateline gives the day the item was written; a year of two or three digits
                // without an era there is cut short, as one beside four-digit years is.
                t.Reason = TimexReasons.MalformedYear;
                t.Confidence = Math.Min(t.Confidence, 0.7);
            }

            if (t.Relative == Relativity.None)
            {
                FillYear(doc, raws, resolved, i, text);
            }
            else
            {
                Anchor(doc, raws, resolved, i, dateline);
            }

            PlaceMovableDay(t);
            PlaceWeekOf(t);
            PlaceHijriFeastInGregorianYear(t);
            ApplyMedievalJulian(t);
            CheckStatedWeekday(t);
            resolved[i] = Current(t);
            if (IsDatelineDate(t, resolved[i]) && IsDateline(doc, text, t) && (resolved[i] is { Granularity: Granularity.Day } || OpensParagraph(doc, text, t)))
            {
                dateline = i;
            }
        }

        var index = new Dictionary<RawTimex, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < raws.Count; i++)
        {
            index[raws[i]] = i;
        }

        var builder = ImmutableArray.CreateBuilder<Timex>(raws.Count);
        foreach (var t in raws)
        {
            builder.Add(Build(doc, t, index));
        }

        return builder.MoveToImmutable();
    }

    private static Resolved? Current(RawTimex t)
    {
        if (t.Type != TimexType.Date || t.Year is not { } y || t.Reason is not null || t.Granularity is Granularity.Decade or Granularity.Century or Granularity.None)
        {
            return null;
        }

        var g = t.Granularity switch
        {
            Granularity.Day => t.Month is null ? Granularity.None : Granularity.Day,
            Granularity.Month => t.Month is null ? Granularity.None : Granularity.Month,
            Granularity.Weekday => Granularity.None,
            _ => t.Granularity,
        };
        if (g == Granularity.None)
        {
            return null;
        }

        return new Resolved(t.Calendar, t.Bc ? 1 - y : y, t.Month, t.Day, g);
    }

    // ---------------------------------------------------------------- malformed years

    /// <summary>
    /// "عام 190." among 1905, 1907: a year written with fewer digits than the years around it, of which it is
    /// a prefix, was cut short. Eras and Hijri dates are exempt (250 هـ is a real year).
    /// </summary>
    private void CheckMalformedYears(List<RawTimex> raws)
    {
        for (var i = 0; i < raws.Count; i++)
        {
            var t = raws[i];
            if (t.Year is not { } y || !t.YearWritten || t.YearInWords || t.YearDigits is < 2 or > 3 || t.Calendar == CalendarKind.Hijri || t.Bc || (t.CalendarExplicit && t.Calendar == CalendarKind.Gregorian && t.Month is null))
            {
                continue;
            }

            var scale = t.YearDigits == 3 ? 10 : 100;
            for (var k = Math.Max(0, i - _options.MalformedYearWindow); k <= Math.Min(raws.Count - 1, i + _options.MalformedYearWindow); k++)
            {
                var o = raws[k];
                // "من 100 إلى 1000 متر": the other end of its own range is a bound, not the years around it.
                if (k == i || o.Year is not { } oy || o.YearDigits != 4 || !o.YearWritten || ReferenceEquals(t.RangeWith, o) || ReferenceEquals(o.RangeWith, t))
                {
                    continue;
                }

                if (oy / scale == y)
                {
                    t.Reason = TimexReasons.MalformedYear;
                    t.Confidence = Math.Min(t.Confidence, 0.7);
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------- output

    private Timex Build(AnalyzedDocument doc, RawTimex t, Dictionary<RawTimex, int> index)
    {
        var span = new TextSpan(t.SpanStart, t.SpanEnd);
        string? value;
        GregorianInterval? interval = null;
        var reason = t.Reason;
        if (t.Type is TimexType.Duration or TimexType.Set or TimexType.Time)
        {
            value = t.Value;
        }
        else
        {
            value = FormatValue(t);
            if (reason is null)
            {
                if (t.Year == 0 && t.YearWritten && !t.Bc)
                {
                    reason = TimexReasons.YearZero;
                }
                else if (t.Month is > 12 or < 1)
                {
                    reason = TimexReasons.MonthOutOfRange;
                }
                else if (t.Year is null && t.Day is { } yd && t.Month is { } ym && t.Granularity == Granularity.Day && yd > TarikhCalendars.MaxDaysInMonth(t.Calendar, ym))
                {
                    // "الثلاثين من شباط"، "الحادي والثلاثين من جمادى الأولى": a day no year of the month has, with or without
                    // the year written.
                    reason = TimexReasons.DayOutOfRange;
                }
                else
                {
                    interval = Interval(t, out reason);
                }
            }
            else if (reason == TimexReasons.MalformedYear && t.Year is { } y)
            {
                var scale = t.YearDigits == 3 ? 10 : 100;
                _calendars.TryYears(t.Calendar, y * scale, (y * scale) + scale - 1, out var iv, out _);
                interval = iv;
            }
        }

        if (t.RestOf && doc.ReferenceDate is { } restFrom && interval is { } whole && restFrom >= whole.Start && restFrom <= whole.End)
        {
            // "بقية الأسبوع": from the reference date to the end of the week.
            interval = new GregorianInterval(restFrom, whole.End);
        }

        TimexAnchor? anchor = t.AnchorReference ? TimexAnchor.Reference : t.AnchorTo is { } at && index.TryGetValue(at, out var ai) ? TimexAnchor.To(ai) : null;
        int? range = t.RangeWith is { } rw && index.TryGetValue(rw, out var ri) ? ri : null;
        int? equivalent = t.EquivalentWith is { } ew && index.TryGetValue(ew, out var ei) ? ei : null;
        var confidence = reason is null ? t.Confidence : Math.Min(t.Confidence, 0.7);
        return new Timex(span, doc.Source.Text.Substring(span.Start, span.Length), t.Type, value, t.Mod, t.Calendar, interval, anchor, range, equivalent, reason is null, reason, Math.Round(confidence, 3))
        {
            Conversion = interval is not null && t.Year is { } cy ? _calendars.ConversionName(t.Calendar, t.Bc ? 1 - cy : cy) : null,
            StatedWeekday = t.ActualWeekday is null ? null : (IsoDayOfWeek?)t.StatedWeekday,
            ActualWeekday = t.ActualWeekday is { } aw ? (IsoDayOfWeek)aw : null,
            SharedParts = t.SharedParts,
            YearInWords = t.YearInWords && t.YearWritten,
            CenturyLent = t.CenturyLent,
        };
    }

    private GregorianInterval? Interval(RawTimex t) => Interval(t, out _);

    private GregorianInterval? Interval(RawTimex t, out string? reason)
    {
        reason = null;
        var cal = t.Calendar;
        try
        {
            switch (t.Granularity)
            {
                case Granularity.Century when t.Century is { } c:
                    {
                        int first, last;
                        if (t.Bc)
                        {
                            // the 4th century BC: 400–301 BC = astronomical -399..-300
                            first = 1 - (c * 100);
                            last = first + 99;
                        }
                        else
                        {
                            first = (c - 1) * 100;
                            last = first + 99;
                            if (first == 0)
                            {
                                first = 1;
                            }
                        }

                        return Narrow(_calendars.TryYears(cal, first, last, out var iv, out reason) ? iv : null, t.Mod);
                    }

                case Granularity.Decade when t.Decade is { } d:
                    return Narrow(_calendars.TryYears(cal, Math.Max(1, d * 10), (d * 10) + 9, out var div, out reason) ? div : null, t.Mod);
            }

            if (t.Year is not { } y0)
            {
                return null;
            }

            var y = t.Bc ? 1 - y0 : y0;
            switch (t.Granularity)
            {
                case Granularity.Day when t.Month is { } m && t.Day is { } day:
                    if (t.HolidayDays > 0 && t.HolidayHijri && t.Calendar == CalendarKind.Gregorian)
                    {
                        return HijriFeastInGregorianYear(y, m, day, t.HolidayDays);
                    }

                    if (!_calendars.TryDay(cal, y, m, day, out var iso, out reason))
                    {
                        return null;
                    }

                    return t.HolidayDays > 1 ? new GregorianInterval(iso, iso.PlusDays(t.HolidayDays - 1)) : GregorianInterval.Day(iso);
                case Granularity.Month when t.Month is { } mo:
                    return Narrow(_calendars.TryMonth(cal, y, mo, out var miv, out reason) ? miv : null, t.Mod);
                case Granularity.Year when t.RumiYear is { } ry && t.Month is null:
                    return Narrow(RumiYearInterval(ry), t.Mod);
                case Granularity.Year:
                    return Narrow(_calendars.TryYears(cal, y, y, out var yiv, out reason) ? yiv : null, t.Mod);
                case Granularity.Quarter when t.Quarter is { } q:
                    if (_calendars.TryMonth(cal, y, ((q - 1) * 3) + 1, out var q1, out reason) && _calendars.TryMonth(cal, y, q * 3, out var q3, out reason))
                    {
                        return new GregorianInterval(q1.Start, q3.End);
                    }

                    return null;
                case Granularity.Season when t.Season is { } s:
                    {
                        var (m1, m2) = s switch { "SP" => (3, 5), "SU" => (6, 8), "FA" => (9, 11), _ => (12, 14) };
                        var start = new LocalDate(y, m1, 1);
                        var end = new LocalDate(y, 1, 1).PlusMonths(m2).PlusDays(-1);
                        return Narrow(new GregorianInterval(start, end), t.Mod);
                    }

                case Granularity.Week when t.WeekStart is { } ws:
                    return new GregorianInterval(ws.WithCalendar(CalendarSystem.Iso), ws.WithCalendar(CalendarSystem.Iso).PlusDays(6));
                case Granularity.Month when t.WeekOf is not null:
                    return null;
                case Granularity.Week when t.Day is { } w:
                    var monday = LocalDate.FromWeekYearWeekAndDay(y, w, IsoDayOfWeek.Monday);
                    return new GregorianInterval(monday, monday.PlusDays(6));
            }
        }
        catch (ArgumentException)
        {
            reason = TimexReasons.YearOutOfRange;
        }

        return null;
    }

    /// <summary>The first day of the Hijri calendar (1 Muharram 1 AH) in ISO, for the calendar pattern in use.</summary>
    private LocalDate HijriEraStart => new LocalDate(1, 1, 1, _calendars.HijriTabular).WithCalendar(CalendarSystem.Iso);

    private GregorianInterval? HijriFeastInGregorianYear(int gregorianYear, int month, int day, int days)
    {
        // Before the Hijri era there is no Hijri date to convert to (NodaTime throws for those days): a year that
        // ends before it has no feast, and the year of the era itself is searched from 1 AH.
        var jan1 = new LocalDate(gregorianYear, 1, 1);
        var eraStart = HijriEraStart;
        if (new LocalDate(gregorianYear, 12, 31) < eraStart)
        {
            return null;
        }

        var first = jan1 < eraStart ? 1 : _calendars.ToHijri(jan1).Year;
        for (var hy = first; hy <= first + 1; hy++)
        {
            if (_calendars.TryDay(CalendarKind.Hijri, hy, month, day, out var iso, out _) && iso.Year == gregorianYear)
            {
                return new GregorianInterval(iso, iso.PlusDays(days - 1));
            }
        }

        return null;
    }

    /// <summary>START/MID/END take the first, middle or last third of the interval.</summary>
    private static GregorianInterval? Narrow(GregorianInterval? interval, TimexMod? mod)
    {
        if (interval is not { } iv || mod is not (TimexMod.Start or TimexMod.Mid or TimexMod.End))
        {
            return interval;
        }

        var days = iv.Days;
        var third = Math.Max(1, days / 3);
        return mod switch
        {
            TimexMod.Start => new GregorianInterval(iv.Start, iv.Start.PlusDays(third - 1)),
            TimexMod.Mid => new GregorianInterval(iv.Start.PlusDays(third), iv.Start.PlusDays(Math.Min(days - 1, (2 * third) - 1))),
            _ => new GregorianInterval(iv.Start.PlusDays(Math.Min(days - 1, 2 * third)), iv.End),
        };
    }

    private static string FormatValue(RawTimex t)
    {
        var inv = CultureInfo.InvariantCulture;
        string YearText()
        {
            if (t.Year is not { } y)
            {
                return "XXXX";
            }

            if (t.Reason == TimexReasons.MalformedYear)
            {
                return y.ToString(inv).PadRight(4, 'X');
            }

            if (t.Bc)
            {
                return "-" + (y - 1).ToString("D4", inv);
            }

            return y.ToString("D4", inv);
        }

        switch (t.Granularity)
        {
            case Granularity.Day or Granularity.Month when t.Nth is { } nth && t.Weekday is { } nthDay && t.Day is null:
                return $"{YearText()}-{(t.Month is { } nm ? nm.ToString("D2", inv) : "XX")}-WXX-{nthDay}-#{(nth < 0 ? "L" : nth.ToString(inv))}";
            case Granularity.Century when t.Century is { } c:
                return t.Bc ? "-" + (c - 1).ToString("D2", inv) : (c - 1).ToString("D2", inv);
            case Granularity.Decade when t.Decade is { } d:
                return d.ToString("D3", inv);
            case Granularity.Day when t.Relative != Relativity.None && t.Year is null:
            case Granularity.Month when t.Relative != Relativity.None && t.Year is null && t.Month is null:
            case Granularity.Week when t.Year is null:
                return null!;
            case Granularity.Week when t.WeekStart is { } ws && t.Month is { } wm:
                return $"{YearText()}-{wm.ToString("D2", inv)}-W{(((ws.Day - 1) / 7) + 1).ToString("D2", inv)}";
            case Granularity.Month when t.WeekOf is { } wo && t.Month is { } wom && t.Year is null:
                return $"XXXX-{wom.ToString("D2", inv)}-W{(wo < 0 ? "L" : wo.ToString("D2", inv))}";
            case Granularity.Day when t.Movable is { } rule && t.Month is null:
                return rule.UnderspecifiedValue()!;
            case Granularity.Day:
                if (t.Month is null && t.Day is { } onlyDay)
                {
                    return t.Weekday is { } wdd && t.Year is null ? $"XXXX-WXX-{wdd}" : $"{YearText()}-XX-{onlyDay.ToString("D2", inv)}";
                }

                return $"{YearText()}-{(t.Month ?? 0).ToString("D2", inv)}-{(t.Day ?? 0).ToString("D2", inv)}{(t.DayPart is null ? "" : "T" + t.DayPart)}";
            case Granularity.Month:
                return $"{YearText()}-{(t.Month ?? 0).ToString("D2", inv)}";
            case Granularity.Quarter:
                return $"{YearText()}-Q{t.Quarter}";
            case Granularity.Season:
                return $"{YearText()}-{t.Season}";
            case Granularity.Week:
                return $"{YearText()}-W{(t.Day ?? 0).ToString("D2", inv)}";
            case Granularity.Weekday:
                return $"XXXX-WXX-{t.Weekday}";
            default:
                return t.Year is null ? null! : YearText();
        }
    }
}
