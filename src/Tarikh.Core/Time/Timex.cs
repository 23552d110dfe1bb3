using Tarikh.Core.Text;

namespace Tarikh.Core.Time;

/// <summary>TIMEX3 type.</summary>
public enum TimexType
{
    /// <summary>A calendar date or coarser period (day, month, year, decade, century, season).</summary>
    Date,
    /// <summary>A time of day.</summary>
    Time,
    /// <summary>A length of time (P3Y).</summary>
    Duration,
    /// <summary>A recurring time (سنوياً).</summary>
    Set,
}

/// <summary>TIMEX3 modifier.</summary>
public enum TimexMod
{
    /// <summary>أوائل، مطلع، بداية.</summary>
    Start,
    /// <summary>منتصف، أواسط.</summary>
    Mid,
    /// <summary>أواخر، نهاية.</summary>
    End,
    /// <summary>حوالي، نحو، قرابة.</summary>
    Approx,
    /// <summary>قبل.</summary>
    Before,
    /// <summary>بعد.</summary>
    After,
}

/// <summary>The calendar an expression is written in.</summary>
public enum CalendarKind
{
    /// <summary>Gregorian (New Style).</summary>
    Gregorian,
    /// <summary>Julian (Old Style).</summary>
    Julian,
    /// <summary>Islamic (Hijri).</summary>
    Hijri,
}

/// <summary>What anchored an underspecified or relative expression.</summary>
/// <param name="Timex">Index of the anchoring expression in <see cref="AnalyzedDocument.Timexes"/>, or null.</param>
/// <param name="IsReference">True when anchored on the document's reference date.</param>
public readonly record struct TimexAnchor(int? Timex, bool IsReference)
{
    /// <summary>Anchored on another expression.</summary>
    public static TimexAnchor To(int timex) => new(timex, false);

    /// <summary>Anchored on the reference date.</summary>
    public static TimexAnchor Reference => new(null, true);
}

/// <summary>A temporal expression, normalized.</summary>
/// <param name="Span">Span in the original text.</param>
/// <param name="Text">Exactly the original text under <paramref name="Span"/>.</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">TIMEX3 value (<c>1870-04-10</c>, <c>XXXX-08</c>, <c>18</c>, <c>P3Y</c>…), or null when unknown.</param>
/// <param name="Mod">Modifier, or null.</param>
/// <param name="Calendar">The calendar the expression is written in.</param>
/// <param name="Gregorian">The proleptic-Gregorian interval denoted (inclusive), or null (durations, unanchored).</param>
/// <param name="Anchor">What anchored it, or null.</param>
/// <param name="Range">Index of the other end of a range, or null.</param>
/// <param name="Equivalent">Index of an expression the text says denotes the same time, or null.</param>
/// <param name="Valid">False for an impossible date (31 شباط, month 13).</param>
/// <param name="Reason">Reason code when not valid (<c>day-out-of-range</c>, <c>month-out-of-range</c>, <c>year-zero</c>, <c>malformed-year</c>…), else null.</param>
/// <param name="Confidence">0..1.</param>
public sealed record Timex(
    TextSpan Span,
    string Text,
    TimexType Type,
    string? Value,
    TimexMod? Mod,
    CalendarKind Calendar,
    GregorianInterval? Gregorian,
    TimexAnchor? Anchor,
    int? Range,
    int? Equivalent,
    bool Valid,
    string? Reason,
    double Confidence) : ISpannedText
{
    /// <summary>
    /// The arithmetic that produced <see cref="Gregorian"/>: <c>gregorian</c>, <c>julian</c>, <c>hijri-umalqura-official</c> (the official table, 1343–1500 AH) or
    /// <c>hijri-tabular-base16-civil</c>; null when there is no interval.
    /// </summary>
    public string? Conversion { get; init; }

    /// <summary>
    /// The weekday the text states for this date when the date does not fall on it ("الجمعة 15 آب 2024": Friday), else null;
    /// <see cref="ActualWeekday"/> then gives the weekday it really falls on. The checks stage flags it (<c>weekday-mismatch</c>).
    /// </summary>
    public NodaTime.IsoDayOfWeek? StatedWeekday { get; init; }

    /// <summary>The weekday the date really falls on, when the text states another one (<see cref="StatedWeekday"/>); else null.</summary>
    public NodaTime.IsoDayOfWeek? ActualWeekday { get; init; }

    /// <summary>
    /// True when the month or year of this date is written once, after it, for the two days of an Old-Style/New-Style pair
    /// ("16 (28) مارس 1881", "22 أغسطس (3 سبتمبر) 1880"): the span holds the day (and month) only, and the value is complete.
    /// </summary>
    public bool SharedParts { get; init; }

    /// <summary>True when the year is written in number words ("سنة اثنتين وخمسين وثمانمائة"), not digits.</summary>
    public bool YearInWords { get; init; }

    /// <summary>True when the year, written in words below one hundred, took the hundreds of an earlier year ("سنة خمسين" after "سنة إحدى عشرة وسبعمائة").</summary>
    internal bool CenturyLent { get; init; }
}
