using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <summary>The granularity of a date expression.</summary>
internal enum Granularity : byte
{
    None,
    Day,
    Weekday,
    Week,
    Month,
    Quarter,
    Season,
    Year,
    Decade,
    Century,
}

/// <summary>What a relative expression is relative to.</summary>
internal enum Relativity : byte
{
    None,
    Narrative,
    Reference,
}

/// <summary>
/// A temporal expression while it is being recognized and resolved (one per run, never shared): the
/// recognizer fills the parts the text states, the resolver anchors, converts and formats it.
/// </summary>
internal sealed class RawTimex
{
    public int StartToken;
    public int EndToken;
    public int Strip;
    public int SpanStart;
    public int SpanEnd;
    public int Sentence;
    public TimexType Type = TimexType.Date;
    public CalendarKind Calendar = CalendarKind.Gregorian;
    public bool CalendarExplicit;
    public bool Bc;
    /// <summary>The era is written "م"/"ميلادي" (not a named calendar): before 15 October 1582 such a date is Julian.</summary>
    public bool EraAD;
    /// <summary>The year is written in the Ottoman fiscal (Rumi, "مالي") era; <see cref="RumiYear"/> keeps it as written.</summary>
    public bool Rumi;
    /// <summary>The Rumi year as written, once <see cref="Year"/> holds the Julian or Gregorian year it was converted to.</summary>
    public int? RumiYear;
    public int? Year;
    public int YearDigits;
    public bool YearWritten;
    public bool YearInWords;
    /// <summary>A year in words below one hundred that took the hundreds of an earlier year (<c>ApplyElidedCentury</c>).</summary>
    public bool CenturyLent;
    public int? Month;
    public int? Day;
    public int? Weekday;
    public int? Quarter;
    public string? Season;
    public int? Decade;
    public int? Century;
    public Granularity Granularity = Granularity.Year;
    public TimexMod? Mod;
    public string? Value;
    public Relativity Relative;
    public TimeUnit RelativeUnit;
    public int RelativeOffset;
    public bool MonthRelative;
    public bool WeekdayRelative;
    public bool ShiftByDuration;

    /// <summary>
    /// Deictic in form ("هذا العام"، "العام المقبل"، "قبل يومين") but read as narrative because the document has no reference date:
    /// under a news dateline it counts from the dateline instead.
    /// </summary>
    public bool DeicticForm;
    public NodaTime.Period? ShiftPeriod;
    public string? DayPart;
    public int HolidayDays;
    public bool HolidayHijri;
    public HolidayRule? Movable;
    /// <summary>"عيد الفطر القادم" (+1), "عيد الميلاد الماضي" (−1): the next or last occurrence from the reference date.</summary>
    public int HolidayDirection;
    /// <summary>The nth weekday of the month (1–5, −1 for the last): "أول يوم جمعة من يوليو".</summary>
    public int? Nth;
    public bool Partial;
    /// <summary>"بقية الأسبوع": from the reference date to the end of the relative unit.</summary>
    public bool RestOf;
    /// <summary>+1 when the clause speaks of the future (سوف، رح، سيعقد), −1 otherwise; set for bare weekdays and feasts.</summary>
    public int Tense;
    /// <summary>The weekday the text states for a date (الخميس 15 آب), kept to check it against the date.</summary>
    public int? StatedWeekday;
    /// <summary>The weekday named after a deictic day ("أمس الثلاثاء": 2), checked once the day is anchored.</summary>
    public int? NamedWeekday;
    /// <summary>Month or year written once for the two days of a pair ("16 (28) مارس 1881") and taken from after them.</summary>
    public bool SharedParts;
    /// <summary>The calendar is named by "شرقي"/"غربي" after the date (Old or New Style), so the date may pair with its other side.</summary>
    public bool StyleMarked;
    /// <summary>The weekday the date really falls on, when it differs from the stated one.</summary>
    public int? ActualWeekday;
    /// <summary>The week of a month or year (1–5, −1 for the last): "الأسبوع الأول من أكتوبر".</summary>
    public int? WeekOf;
    /// <summary>The Monday that starts a week of a month, once placed.</summary>
    public NodaTime.LocalDate? WeekStart;
    public RawTimex? RangeWith;
    public RawTimex? EquivalentWith;
    public RawTimex? AnchorTo;
    public bool AnchorReference;
    public string? Reason;
    public double Confidence = 0.9;

    public bool IsDateLike => Type == TimexType.Date;

    public RawTimex CloneShallow() => (RawTimex)MemberwiseClone();
}
