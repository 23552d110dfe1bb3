using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Pipeline;

/// <summary>
/// The immutable lexicons and models the stages use, loaded once and shared by every run
/// (and every thread). Later stages add their resources here.
/// </summary>
public sealed record TarikhResources
{
    /// <summary>The normalizer.</summary>
    public ArabicNormalizer Normalizer { get; init; } = ArabicNormalizer.Default;

    /// <summary>The web-noise detector.</summary>
    public NoiseDetector Noise { get; init; } = NoiseDetector.Default;

    /// <summary>The sentence splitter.</summary>
    public SentenceSplitter Splitter { get; init; } = SentenceSplitter.Default;

    /// <summary>The tokenizer.</summary>
    public Tokenizer Tokenizer { get; init; } = Tokenizer.Default;

    /// <summary>The temporal lexicon (months, numbers, units, markers, holidays).</summary>
    public Time.Lexicon.TimeLexicon TimeLexicon { get; init; } = Time.Lexicon.TimeLexicon.Default;

    /// <summary>The calendars (tabular Hijri Base16 + Civil, Umm al-Qura, Julian, Gregorian).</summary>
    public Time.Calendars.TarikhCalendars Calendars { get; init; } = Time.Calendars.TarikhCalendars.Default;

    /// <summary>The entity tagger and lexicons (null: the pipeline has no entity stage).</summary>
    public Entities.EntityResources? Entities { get; init; }

    /// <summary>The event extractor (embedded trigger lexicon).</summary>
    public Events.EventExtractor Events { get; init; } = Tarikh.Core.Events.EventExtractor.Default;

    /// <summary>The timeline builder.</summary>
    public Timeline.TimelineBuilder Timeline { get; init; } = Tarikh.Core.Timeline.TimelineBuilder.Default;

    /// <summary>The claims extractor (cue words, settings).</summary>
    public Claims.ClaimExtractor Claims { get; init; } = Tarikh.Core.Claims.ClaimExtractor.Default;

    /// <summary>The consistency checker (rules, cue lexicon, thresholds).</summary>
    public Checks.ConsistencyChecker Checker { get; init; } = Checks.ConsistencyChecker.Default;

    /// <summary>
    /// Loads the default resources (embedded lexicons, committed models). The entity model, the longest to
    /// read, loads on another thread while the lexicons load on this one, and the event and check lexicons (which
    /// need neither the tokenizer nor the time lexicon) on a third (a shorter start on two cores).
    /// </summary>
    public static TarikhResources LoadDefault() => LoadDefault(null);

    /// <summary>
    /// As <see cref="LoadDefault()"/>, with lexicon images kept in <paramref name="images"/> (the CLI's cache
    /// directory): a process that finds valid images there skips parsing those lexicons' text.
    /// </summary>
    public static TarikhResources LoadDefault(IResourceImageStore? images)
    {
        var entities = Task.Run(() => Tarikh.Core.Entities.EntityResources.LoadDefault(images));

        // The same immutable defaults the initializers below read, built once whichever thread comes first (type
        // initialization is thread-safe, and these do not wait on the tokenizer or the time lexicon built here).
        var lexicons = Task.Run(() => (Tarikh.Core.Events.EventExtractor.Default, Checks.ConsistencyChecker.Default));
        var resources = new TarikhResources();
        lexicons.GetAwaiter().GetResult();
        return resources with { Entities = entities.GetAwaiter().GetResult() };
    }
}
