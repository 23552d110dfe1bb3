using System.Collections.Immutable;
using NodaTime;
using Tarikh.Core.Checks;
using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Timeline;
using Tarikh.Testing;

namespace Tarikh.Storage.Tests;

/// <summary>
/// Documents with every layer filled by hand (so store and search tests do not depend on how far the
/// analysis stages have come): the foundation pipeline runs first, then timexes, clusters, events and
/// flags are added at the offsets of their words.
/// </summary>
public static class Samples
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(TarikhResources.LoadDefault());

    /// <summary>The self-written texts of the workbench.</summary>
    public static string TextPath(string name) => SharedData.Repo("data", "texts", name);

    /// <summary>Damascus 1860: a birth-less chronicle with a place, two persons, an event and a flag.</summary>
    public static AnalyzedDocument Damascus(string? suffix = null)
    {
        var text = File.ReadAllText(TextPath("workbench-damascus-1860.ar.txt")) + (suffix ?? string.Empty);
        var doc = Foundation.Run(new SourceText(text, "data/texts/workbench-damascus-1860.ar.txt"));
        var july = Span(text, "تموز/ يوليو عام 1860");
        var t0 = new Timex(july, text[july.Start..july.End], TimexType.Date, "1860-07", null, CalendarKind.Gregorian,
            new GregorianInterval(new LocalDate(1860, 7, 1), new LocalDate(1860, 7, 31)), null, null, null, true, null, 0.9);
        var day = Span(text, "السابع عشر من تموز");
        var t1 = new Timex(day, text[day.Start..day.End], TimexType.Date, "1860-07-17", null, CalendarKind.Gregorian,
            GregorianInterval.Day(new LocalDate(1860, 7, 17)), TimexAnchor.To(0), null, null, true, null, 0.8);
        var m0 = Mention(text, "دمشق", "LOC", 0);
        var m1 = Mention(text, "الأمير عبد القادر الجزائري", "PER", 1);
        var m2 = Mention(text, "فؤاد باشا", "PER", 2);
        var clusters = ImmutableArray.Create(
            new EntityCluster(0, "LOC", "دمشق", [0], ["الشام"], "city"),
            new EntityCluster(1, "PER", "الأمير عبد القادر الجزائري", [1], ["عبد القادر"], null),
            new EntityCluster(2, "PER", "فؤاد باشا", [2], [], null));
        var fitna = Span(text, "اندلعت");
        var arrive = Span(text, "وصل");
        var events = ImmutableArray.Create(
            new EventMention("conflict", fitna, text[fitna.Start..fitna.End], 0, t0.Gregorian, 0, [new Participant("with", 1)], 1, 0.7),
            new EventMention("travel", arrive, text[arrive.Start..arrive.End], 1, t1.Gregorian, 0, [new Participant("agent", 2)], 2, 0.8));
        var flag = new Flag("test-rule", Severity.Warning, [day], "قاعدة اختبار", "test rule", ImmutableSortedDictionary<string, string>.Empty.Add("value", "1860-07-17"));
        return doc with
        {
            Timexes = [t0, t1],
            Entities = [m0, m1, m2],
            Clusters = clusters,
            Events = events,
            Timeline = [new TimelineEntry(0, t0.Gregorian, false, [fitna]), new TimelineEntry(1, t1.Gregorian, false, [arrive])],
            Flags = [flag],
            Layers = doc.Layers.Add(Layer.Time).Add(Layer.Entities).Add(Layer.Events).Add(Layer.Timeline).Add(Layer.Checks),
        };
    }

    /// <summary>A text run through the foundation pipeline only (no time, entity, event layers).</summary>
    public static AnalyzedDocument Plain(string text, string? path = null) => Foundation.Run(new SourceText(text, path));

    /// <summary>The span of the first occurrence of a substring.</summary>
    public static TextSpan Span(string text, string part)
    {
        var i = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(i >= 0, "not in text: " + part);
        return TextSpan.FromLength(i, part.Length);
    }

    private static EntityMention Mention(string text, string part, string label, int cluster)
    {
        var s = Span(text, part);
        return new EntityMention(s, part, label, cluster, 0.9);
    }
}
