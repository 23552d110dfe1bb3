using System.Collections.Immutable;
using Tarikh.Core.Text;

namespace Tarikh.Core.Events;

/// <summary>A participant of an event.</summary>
/// <param name="Role">Its role: <c>agent</c>, <c>patient</c>, <c>spouse</c>, <c>with</c>, <c>organization</c>…</param>
/// <param name="Cluster">Entity cluster id.</param>
public readonly record struct Participant(string Role, int Cluster);

/// <summary>An event the text reports.</summary>
/// <param name="Type">birth, death, marriage, education, office, arrest, exile, travel, publication, founding, decree, treaty, congress…</param>
/// <param name="Trigger">Span of the trigger word or phrase.</param>
/// <param name="TriggerText">Exactly the original text under <paramref name="Trigger"/>.</param>
/// <param name="Time">Index into <see cref="AnalyzedDocument.Timexes"/>, or null.</param>
/// <param name="Date">The Gregorian interval of the event, or null.</param>
/// <param name="Place">Cluster id of the place, or null.</param>
/// <param name="Participants">Participants with roles.</param>
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
    double Confidence);
