namespace Tarikh.Core.Events;

/// <summary>Options of the event extractor.</summary>
/// <param name="SubjectWindow">How many tokens after a verb an explicit subject may start.</param>
/// <param name="PlaceWindow">How many tokens after a trigger a place may start.</param>
/// <param name="NarrativeSentences">How many earlier sentences of the same section the narrative anchor may come from.</param>
/// <param name="UseNarrativeAnchor">Date undated verbal events by the last date the text gave before them.</param>
/// <param name="MinConfidence">Events below this confidence are dropped.</param>
public sealed record EventOptions(
    int SubjectWindow = 6,
    int PlaceWindow = 10,
    int NarrativeSentences = 2,
    bool UseNarrativeAnchor = true,
    double MinConfidence = 0.3)
{
    /// <summary>The defaults.</summary>
    public static EventOptions Default { get; } = new();
}
