using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Normalization;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks;

/// <summary>
/// What a knowledge base knows about the clusters a document links (<see cref="AnalyzedDocument.KbLinks"/>), read for the
/// anachronism and name-anomaly rules: the founding and dissolution years of linked bodies and states (P571/P576) and the
/// birth and death years of linked people (P569/P570). The rules read the links; they never link a name themselves. Built
/// once per document by <see cref="ChecksStage"/> when it is given a knowledge base; immutable.
/// </summary>
public sealed class CheckKnowledge
{
    private readonly Dictionary<int, KbPerson> _people = [];

    /// <summary>Reads the linked items of a document.</summary>
    /// <param name="document">The document (its clusters and mentions name the linked items in the text).</param>
    /// <param name="knowledgeBase">The knowledge base.</param>
    /// <param name="links">The document's links (cluster → item).</param>
    public CheckKnowledge(AnalyzedDocument document, IKnowledgeBase knowledgeBase, ImmutableArray<KbLink> links)
    {
        ArgumentNullException.ThrowIfNull(document);
        KnowledgeBase = knowledgeBase ?? throw new ArgumentNullException(nameof(knowledgeBase));
        Links = links.IsDefault ? [] : links;
        var norm = ArabicNormalizer.Default;
        var rows = new List<string[]>();
        foreach (var link in Links)
        {
            if (link.Cluster < 0 || link.Cluster >= document.Clusters.Length || knowledgeBase.Get(link.Item) is not { } item)
            {
                continue;
            }

            var cluster = document.Clusters.FirstOrDefault(c => c.Id == link.Cluster) ?? document.Clusters[link.Cluster];
            var label = item.LabelIn("en", "ar");
            if (item.ItemValues("P31").Contains("Q5"))
            {
                var born = Year(item, "P569", first: true);
                var died = Year(item, "P570", first: false);
                if (born is not null || died is not null)
                {
                    _people[cluster.Id] = new KbPerson(link.Item, label, born, died);
                }

                continue;
            }

            // A place is a land before and after its state: a linked place is bounded only by a dissolution (a state's name
            // that ended with it: "تشيكوسلوفاكيا" after 1992), never by the founding of its present state ("مصر" before 1953).
            var place = cluster.Label == EntityLabels.Location;
            var start = place ? null : Year(item, "P571", first: true);
            var end = Year(item, "P576", first: false);
            if ((start is null && end is null) || cluster.Label == EntityLabels.Person)
            {
                continue;
            }

            // The names the text gives the linked body: its mentions as written (normalized), each at least one letter word.
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in cluster.Mentions)
            {
                if (m >= 0 && m < document.Entities.Length)
                {
                    names.Add(norm.NormalizeString(document.Entities[m].Text).Trim());
                }
            }

            names.Add(norm.NormalizeString(cluster.Name).Trim());
            names.RemoveWhere(n => n.Length < 3);
            if (names.Count > 0)
            {
                rows.Add([Y(start), Y(end), "org", $"{label} ({link.Item})", string.Join('|', names), "", "", "", link.Item]);
            }
        }

        Bodies = rows.Count == 0 ? null : new BoundedBodies(rows, norm);

        static string Y(int? y) => y?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>The knowledge base.</summary>
    public IKnowledgeBase KnowledgeBase { get; }

    /// <summary>The document's links.</summary>
    public ImmutableArray<KbLink> Links { get; }

    /// <summary>The linked bodies and states with a founding or dissolution year, named as the text names them; null when none.</summary>
    internal BoundedBodies? Bodies { get; }

    /// <summary>The linked person of a cluster with a birth or death year in the knowledge base, or null.</summary>
    public KbPerson? PersonOf(int cluster) => _people.TryGetValue(cluster, out var p) ? p : null;

    /// <summary>
    /// The year of a time statement, in the Gregorian calendar: the earliest year of the first usable statement's interval
    /// (a birth or a founding), the latest for an end; only values at year precision or finer.
    /// </summary>
    private static int? Year(KbEntity item, string property, bool first)
    {
        foreach (var s in item.Best(property))
        {
            if (s.MainSnak.Value.Time is { Precision: >= KbPrecision.Year } t && KbTimeConverter.Default.ToInterval(t) is { } interval)
            {
                return first ? interval.Start.Year : interval.End.Year;
            }
        }

        return null;
    }
}

/// <summary>A linked person's life in the knowledge base.</summary>
/// <param name="Item">The item id.</param>
/// <param name="Label">The item's label (English, else Arabic).</param>
/// <param name="Born">Birth year (Gregorian), or null.</param>
/// <param name="Died">Death year (Gregorian), or null.</param>
public sealed record KbPerson(string Item, string Label, int? Born, int? Died);
