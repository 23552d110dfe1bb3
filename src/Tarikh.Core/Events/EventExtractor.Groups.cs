using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Events;

/// <summary>
/// Groups (<see cref="EntityLabels.Group"/>: peoples, dynasties, communities, armies) as event participants.
/// <list type="bullet">
/// <item>Events a body of people does together (<see cref="CollectiveTypes"/>: wars, conquests, treaties,
/// migrations, foundings, offices a dynasty holds, decrees…) take a group wherever they take a person:
/// the subject after the verb or the noun, the subject opening the clause, a further participant.</item>
/// <item>Events of one life (birth, death, marriage, education, illness, arrest…) never take a group as their
/// main participant. A group is only the agent of such an event when the verb has an object pronoun or a
/// person follows as its object (قتله المغول، قتل المغول الخليفة المستعصم): without either, the unvocalized
/// verb may be passive (قُتل المغول) and the group is left out.</item>
/// <item>A verb whose subject is its doer (agent), with a plural subject suffix and no named subject (استولوا،
/// غزوا), never refers to the singular person of the topic: its subject is the group named last in this or the
/// previous sentence when the event is collective, else nobody. A plural verb of what one undergoes (وأعدموا) may be
/// passive with the topic among its subjects, and keeps the topic — unless a group was named before it in this or
/// the previous sentence: that group is then its doer (وقتلوا الخليفة: agent; وقتلوا فيه خلقا كثيرا: the victims are
/// unnamed, so no participant; قتلوه: the pronoun is the patient, the group the agent).</item>
/// <item>A group never becomes the topic that later singular verbs fall back on.</item>
/// </list>
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>Event types a group may be the main participant of.</summary>
    private static readonly FrozenSet<string> CollectiveTypes = new[]
    {
        "war", "treaty", "travel", "founding", "office", "decree", "declaration", "protest", "congress", "meeting", "adoption", "membership",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when a mention of this label may fill the main or a further participant slot of the event, as a person does.</summary>
    private static bool ActsAsPerson(string label, TriggerEntry entry)
        => label == EntityLabels.Person || (label == EntityLabels.Group && CollectiveTypes.Contains(entry.Type));

    /// <summary>True when a group may be the agent of an event of one life (see the class remarks).</summary>
    private static bool GroupMayBeAgent(TriggerEntry entry)
        => entry.Pos == TriggerPos.Verb && entry.MainRole == "patient" && !CollectiveTypes.Contains(entry.Type);

    /// <summary>
    /// True when the verb's suffix marks a plural subject (استولوا، غزوا، سافروا), also in the irregular plural
    /// forms the lexicon lists whole (the ending وا of the trigger word).
    /// </summary>
    private static bool PluralSubject(AnalyzedDocument doc, TriggerMatch m)
    {
        if (m.Entry.Pos != TriggerPos.Verb)
        {
            return false;
        }

        if (m.Suffix.Length > 0)
        {
            return m.Suffix[0] == '\u0648';
        }

        var word = doc.Tokens[m.FirstToken].Norm;
        return word.Length > 4 && word.EndsWith("\u0648\u0627", StringComparison.Ordinal);
    }

    /// <summary>The mention of the group named last before the trigger, in its sentence or the one before (a body sentence), or null.</summary>
    private static int? RecentGroup(AnalyzedDocument doc, DocIndex ix, int sentence, int trigger)
    {
        for (var si = sentence; si >= 0 && si >= sentence - 1; si--)
        {
            var s = doc.Sentences[si];
            if (si != sentence && (s.IsNoise || s.Kind != SentenceKind.Body))
            {
                break;
            }

            var end = si == sentence ? trigger : s.EndToken;
            for (var t = end - 1; t >= s.FirstToken; t--)
            {
                var mi = ix.MentionAt[t];
                if (mi < 0)
                {
                    continue;
                }

                if (doc.Entities[mi].Label == EntityLabels.Group)
                {
                    return mi;
                }

                t = ix.MentionFirstToken[mi];
            }
        }

        return null;
    }

    /// <summary>True when the cluster is a person (a group never becomes the topic of later singular verbs).</summary>
    private static bool IsPersonCluster(AnalyzedDocument doc, int cluster)
        => cluster >= 0 && cluster < doc.Clusters.Length && doc.Clusters[cluster].Label == EntityLabels.Person;
}
