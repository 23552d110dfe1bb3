using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Calendars;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <summary>
/// The temporal stage: finds and normalizes dates, durations, sets and relative expressions in every
/// non-noise sentence (<see cref="TimexRecognizer"/>), then anchors and converts them (Gregorian, Julian,
/// Hijri: tabular and Umm al-Qura). Adds <see cref="Layer.Time"/>. Thread-safe.
/// </summary>
public sealed class TimeStage : IStage
{
    private readonly TimexRecognizer _recognizer;
    private readonly TimexResolver _resolver;

    /// <summary>Creates the stage.</summary>
    public TimeStage(TimeLexicon? lexicon = null, TarikhCalendars? calendars = null, TimeOptions? options = null)
    {
        _recognizer = new TimexRecognizer(lexicon ?? TimeLexicon.Default);
        _resolver = new TimexResolver(calendars ?? TarikhCalendars.Default, options ?? TimeOptions.Default);
    }

    /// <inheritdoc />
    public string Name => "time";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires => [Layer.Normalized, Layer.Sentences, Layer.Tokens];

    /// <inheritdoc />
    public IReadOnlyList<Layer> Produces => [Layer.Time];

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var raws = _recognizer.Recognize(document, cancellationToken);
        var timexes = _resolver.Resolve(document, raws);
        return document with { Timexes = timexes, Layers = document.Layers.Add(Layer.Time) };
    }
}
