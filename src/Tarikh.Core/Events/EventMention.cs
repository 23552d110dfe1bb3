using System.Collections.Immutable;
using Tarikh.Core.Text;

namespace Tarikh.Core.Events;

/// <summary>A participant of an event.</summary>
/// <param name="Role">Its role: <c>agent</c>, <c>patient</c>, <c>spouse</c>, <c>with</c>, <c>organization</c>…</param>
/// <param name="Cluster">Entity cluster id.</param>
public readonly record struct Participant(string Role, int Cluster);

/// <summary>Where the date of an event comes from.</summary>
public static class EventDateSources
{
    /// <summary>A temporal expression in the trigger's clause.</summary>
    public const string Clause = "clause";

    /// <summary>A temporal expression elsewhere in the trigger's sentence.</summary>
    public const string Sentence = "sentence";

    /// <summary>The narrative anchor: the last date the text gave before the event.</summary>
    public const string Narrative = "narrative";
}

/// <summary>An event the text reports.</summary>
/// <param name="Type">birth, death, marriage, education, office, arrest, exile, travel, publication, founding, decree, treaty, congress…</param>
/// <param name="Trigger">Span of the trigger word or phrase.</param>
/// <param name="TriggerText">Exactly the original text under <paramref name="Trigger"/>.</param>
/// <param name="Time">Index into <see cref="AnalyzedDocument.Timexes"/>, or null.</param>
/// <param name="Date">The Gregorian interval of the event, or null.</param>
/// <param name="Place">Cluster id of the place, or null.</param>
/// <param name="Participants">Participants with roles; the main participant (the one the event is about) first.</param>
/// <param name="Sentence">Index of the sentence.</param>
/// <param name="Confidence">0..1.</param>
public sealed record EventMention(
    string Type,
    TextSpan Trigger,
    string TriggerText,
    int? Time,
    GregorianInterval? Date,
    int? Place,
    ImmutableArray<Participant> Participants,
    int Sentence,
    double Confidence)
{
    /// <summary>Finer type (<c>enrolment</c>, <c>graduation</c>, <c>appointed</c>, <c>return</c>…), or null.</summary>
    public string? Subtype { get; init; }

    /// <summary><c>verb</c> or <c>noun</c>: the part of speech of the trigger.</summary>
    public string Pos { get; init; } = "verb";

    /// <summary>Where <see cref="Date"/> comes from (<see cref="EventDateSources"/>), or null when undated.</summary>
    public string? DateSource { get; init; }

    /// <summary>True when the date is approximate, a range, or taken from the narrative anchor.</summary>
    public bool Uncertain { get; init; }

    /// <summary>Index of an earlier-reported event this one repeats (a heading restating the body, a second mention), or null.</summary>
    public int? DuplicateOf { get; init; }

    /// <summary>Spans supporting the event: trigger, time, place and participant mentions, ordered.</summary>
    public ImmutableArray<TextSpan> Evidence { get; init; } = ImmutableArray<TextSpan>.Empty;

    /// <summary>The main participant's cluster (the first participant), or null.</summary>
    public int? MainParticipant => Participants.IsDefaultOrEmpty ? null : Participants[0].Cluster;
}
