using System.Globalization;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// conflicting-values, a birth year an age implies (issue 12c, round 18): an age the text states at a dated act ("عُيّن مدرباً سنة 1994
/// وهو في الثالثة والخمسين من عمره"، "توفي سنة 1980 عن ستين عاماً") tells a birth year of its own — the act's year less the age, or
/// one year before when the birthday had not yet come that year. When that year and the birth date the text writes are more than a
/// year apart, the text gives two birth dates. An age is counted in the calendar the act's date is written in: a Hijri date's age
/// may be in lunar years, some three in a hundred shorter, so both readings are tolerated. The value is computed from two claims, so
/// the flag is at most a <c>warning</c> (and <c>info</c> when either is hedged, or rests on a loose attribution).
/// </summary>
public sealed partial class ConflictingValuesRule
{
    /// <summary>Mean days of a lunar (Hijri) year and of a solar one: an age in lunar years is this much shorter in solar ones.</summary>
    private const double LunarToSolar = 354.367 / 365.2425;

    internal Flag? AgeBirthConflict(CheckContext ctx, int person, string name)
    {
        var facts = ctx.Facts;
        var births = facts.Of(person, ClaimProperties.BirthDate)
            .Where(c => c.Modality is ClaimModality.Asserted or ClaimModality.Reported && facts.Usable(c.Value) && facts.WritesYear(c.Value) && !c.Value.Approximate
                && !NarratorsOwn(ctx, c) && !KinTriggered(ctx, c) && !OtherSubjectBeforeVerb(ctx, c))
            .ToList();
        if (births.Count == 0)
        {
            return null;
        }

        foreach (var age in facts.Of(person, ClaimProperties.Age))
        {
            // An upper bound ("ولم يكد يبلغ العشرين") or an approximate age ("في نحو الستين"، "ناهز") gives no exact year.
            if (age.Modality is not (ClaimModality.Asserted or ClaimModality.Reported or ClaimModality.Hedged) || age.Value.Quantity is not { } stated
                || age.Relation == ClaimExtractor.AgeBelow || !facts.Usable(age.Time) || age.Time!.Approximate || !facts.WritesYear(age.Time)
                || age.Spans.IsDefaultOrEmpty || ApproximateAge(ctx, age))
            {
                continue;
            }

            var at = age.Time.Date!.Value;
            foreach (var birth in births)
            {
                var b = birth.Value.Date!.Value;
                if (LifespanRule.ShortYearAgainst(ctx, age, birth, aIsTime: true) || AgeFits(b, at, stated, ClaimFacts.CalendarOf(age.Time) == CalendarKind.Hijri
                    || ClaimFacts.CalendarOf(birth.Value) == CalendarKind.Hijri))
                {
                    continue;
                }

                var severity = age.Modality == ClaimModality.Hedged ? Severity.Info : ClaimFacts.Calibrated(ctx, age, birth);
                if (severity == Severity.Error)
                {
                    severity = Severity.Warning;
                }

                var implied = at.Start.Year - (int)stated;
                var bc = ClaimFacts.CalendarOf(birth.Value);
                var statedText = stated.ToString(CultureInfo.InvariantCulture);
                return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, severity, [age.Spans[^1], facts.TimeSpan(age), facts.ValueSpan(birth)],
                    $"يذكر النص أن عمر {name} كان {statedText} سنة في {DateText.IntervalAr(at)}، فيكون ميلاده نحو {implied - 1}–{implied}، ويذكر النص في موضع آخر أنه وُلد في {DateText.IntervalAr(b, bc)}.",
                    $"The text gives {name}'s age as {statedText} in {DateText.IntervalEn(at)}, which puts the birth in about {implied - 1}–{implied}, and elsewhere a birth in {DateText.IntervalEn(b, bc)}.",
                    ("person", name), ("fact", "birth_date"), ("first", DateText.Iso(b)), ("second", (implied - 1).ToString(CultureInfo.InvariantCulture) + "/" + implied.ToString(CultureInfo.InvariantCulture)),
                    ("stated_age", statedText), ("reason", "age-implies-birth")), birth, age);
            }
        }

        return null;
    }

    /// <summary>
    /// True when a stated age at a time fits a birth interval within a year either way (a birthday not yet reached, a year's
    /// reckoning), in solar years, or, when either date is Hijri, in lunar years too.
    /// </summary>
    internal static bool AgeFits(GregorianInterval birth, GregorianInterval at, double stated, bool lunar)
    {
        var lo = DateText.YearsBetween(birth.End, at.Start);
        var hi = DateText.YearsBetween(birth.Start, at.End);
        if (stated >= lo - 1 && stated <= hi + 1)
        {
            return true;
        }

        var solar = stated * LunarToSolar;
        return lunar && solar >= lo - 1.5 && solar <= hi + 1;
    }

    /// <summary>Words that make an age approximate: "نحو"، "حوالي"، "قرابة"، "ناهز"، "يناهز"، "تجاوز"، "جاوز"، "بضع"، "نيف" (normalized).</summary>
    private static readonly string[] ApproximateAgeWords = ["نحو", "حوالي", "حوالى", "قرابه", "ناهز", "يناهز", "تجاوز", "جاوز", "يقارب", "قارب", "بضع", "نيف", "ونيف", "زهاء", "اكثر", "اقل", "فوق", "دون"];

    /// <summary>True when the age phrase, or the two words before it, hedges its number.</summary>
    private static bool ApproximateAge(CheckContext ctx, Claim age)
    {
        var phrase = age.Spans[^1];
        var first = ctx.FirstToken(phrase);
        var end = ctx.EndToken(phrase);
        for (var k = Math.Max(0, first - 2); k < Math.Min(ctx.Tokens.Length, end); k++)
        {
            var norm = ctx.Tokens[k].Norm;
            foreach (var w in ApproximateAgeWords)
            {
                if (norm == w || ctx.Tokens[k].Base == w || (norm.Length > w.Length && norm.EndsWith(w, StringComparison.Ordinal) && norm.Length - w.Length <= 2))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
