using NodaTime;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// conflicting-values: two different values of a single-valued fact of one person — two birth
/// dates (or death dates) that do not overlap, two different places of birth (or death). Two days
/// exactly the Old-Style offset apart are reported as info (probably both styles), not as an error.
/// </summary>
public sealed class ConflictingValuesRule : ICheckRule
{
    /// <inheritdoc />
    public string Id => "conflicting-values";

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
    {
        foreach (var group in ctx.Persons.Facts.GroupBy(f => (f.Person, f.Kind)))
        {
            var facts = group.ToList();
            var name = ctx.ClusterById(group.Key.Person)?.Name ?? "";
            var (kindAr, kindEn) = group.Key.Kind == "birth" ? ("ميلاد", "birth") : ("وفاة", "death");
            var dated = facts.Where(f => f.Date is not null && f.DateSpan is not null).ToList();
            var reported = false;
            for (var a = 0; a < dated.Count && !reported; a++)
            {
                for (var b = a + 1; b < dated.Count && !reported; b++)
                {
                    var fa = dated[a];
                    var fb = dated[b];
                    var da = fa.Date!.Value;
                    var db = fb.Date!.Value;
                    if (da.Overlaps(db) || fa.DateSpan == fb.DateSpan || !WritesYear(ctx, fa.DateSpan!.Value) || !WritesYear(ctx, fb.DateSpan!.Value))
                    {
                        continue;
                    }

                    var severity = Severity.Error;
                    var noteAr = "";
                    var noteEn = "";
                    if (da.Days == 1 && db.Days == 1)
                    {
                        var diff = Math.Abs(Period.Between(da.Start, db.Start, PeriodUnits.Days).Days);
                        if (diff == CalendarEquivalenceRule.JulianOffsetDays(da.Start < db.Start ? db.Start : da.Start))
                        {
                            severity = Severity.Info;
                            noteAr = "؛ الفرق يساوي فرق التقويمين اليولياني والغريغوري، فالأرجح أنهما التاريخ نفسه بالتقويمين";
                            noteEn = "; the difference is exactly the Julian–Gregorian offset, so they are probably the same day in the two calendars";
                        }
                    }

                    reported = true;
                    yield return CheckContext.MakeFlag(Id, severity, [fa.DateSpan!.Value, fb.DateSpan!.Value],
                        $"يذكر النص تاريخين مختلفين لـ{kindAr} {name}: {DateText.IntervalAr(da, fa.Calendar)} و{DateText.IntervalAr(db, fb.Calendar)}{noteAr}.",
                        $"The text gives two different {kindEn} dates for {name}: {DateText.IntervalEn(da, fa.Calendar)} and {DateText.IntervalEn(db, fb.Calendar)}{noteEn}.",
                        ("person", name), ("fact", kindEn + "_date"), ("first", DateText.Iso(da)), ("second", DateText.Iso(db)));
                }
            }

            var placed = facts.Where(f => f.Place is not null && f.PlaceSpan is not null).ToList();
            for (var a = 0; a < placed.Count; a++)
            {
                var pa = ctx.ClusterById(placed[a].Place!.Value);
                var other = placed.Skip(a + 1).FirstOrDefault(f => f.Place != placed[a].Place
                    && ctx.ClusterById(f.Place!.Value) is { } pb && pa is not null
                    && Norm(ctx, pb.Name) != Norm(ctx, pa.Name) && !IsRegion(pa.Kind) && !IsRegion(pb.Kind)
                    && !Norm(ctx, pb.Name).Contains(Norm(ctx, pa.Name), StringComparison.Ordinal) && !Norm(ctx, pa.Name).Contains(Norm(ctx, pb.Name), StringComparison.Ordinal));
                if (other is null || pa is null)
                {
                    continue;
                }

                var pbName = ctx.ClusterById(other.Place!.Value)!.Name;
                yield return CheckContext.MakeFlag(Id, Severity.Warning, [placed[a].PlaceSpan!.Value, other.PlaceSpan!.Value],
                    $"يذكر النص مكانين مختلفين لـ{kindAr} {name}: {pa.Name} و{pbName}.",
                    $"The text gives two different places of {kindEn} for {name}: {pa.Name} and {pbName}.",
                    ("person", name), ("fact", kindEn + "_place"), ("first", pa.Name), ("second", pbName));
                break;
            }
        }
    }

    /// <summary>True when the date expression writes its year ("اليوم التالي" is relative: it cannot conflict).</summary>
    private static bool WritesYear(CheckContext ctx, TextSpan span) => ctx.Timexes.Any(t => t.Span == span && CheckContext.HasWrittenYear(t));

    private static string Norm(CheckContext ctx, string s) => Normalization.ArabicNormalizer.Default.NormalizeString(s);

    private static bool IsRegion(string? kind) => kind is "country" or "region" or "province" or "state";
}
