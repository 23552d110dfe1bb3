using System.Collections.Frozen;

namespace Tarikh.Core.Events;

/// <summary>What an act says about its doer's life.</summary>
public enum LifeNeed
{
    /// <summary>Neither: the act tells nothing about the doer being alive (a decree, a war).</summary>
    None,
    /// <summary>The person must be alive to do it: an office, a lecture, a journey, a signature, a marriage, teaching.</summary>
    Alive,
    /// <summary>Often done after a death, by others, in the person's name: a publication, an award, a naming, a burial.</summary>
    Posthumous,
}

/// <summary>
/// The lexicon of acts by what they need of their doer's life (<c>Events/Lexicon/life.tsv</c>): an act that needs the person
/// alive cannot follow his death, whoever reports it; a posthumous one can. Read by the lifespan check; immutable.
/// </summary>
public sealed class ActLife
{
    private readonly FrozenDictionary<string, LifeNeed> _needs;

    /// <summary>A lexicon of act types (<c>type</c> or <c>type/subtype</c>) and their needs.</summary>
    public ActLife(IEnumerable<KeyValuePair<string, LifeNeed>> needs)
    {
        ArgumentNullException.ThrowIfNull(needs);
        _needs = needs.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The embedded lexicon.</summary>
    public static ActLife Default { get; } = Parse(ReadResource());

    /// <summary>
    /// What an act (an event type, or <c>type/subtype</c>) needs of its doer's life: the subtype's row, else the type's row,
    /// else <see cref="LifeNeed.None"/>.
    /// </summary>
    public LifeNeed Of(string? act)
    {
        if (string.IsNullOrEmpty(act))
        {
            return LifeNeed.None;
        }

        if (_needs.TryGetValue(act, out var need))
        {
            return need;
        }

        var slash = act.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && _needs.TryGetValue(act[..slash], out need) ? need : LifeNeed.None;
    }

    /// <summary>Parses the TSV format of <c>life.tsv</c> (act, life, note; <c>#</c> comments).</summary>
    public static ActLife Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var list = new List<KeyValuePair<string, LifeNeed>>();
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 2)
            {
                continue;
            }

            var need = f[1].Trim() switch
            {
                "alive" => LifeNeed.Alive,
                "posthumous" => LifeNeed.Posthumous,
                _ => LifeNeed.None,
            };
            list.Add(new(f[0].Trim(), need));
        }

        return new ActLife(list.DistinctBy(p => p.Key));
    }

    private static string ReadResource()
    {
        const string full = "Tarikh.Core.Events.Lexicon.life.tsv";
        using var stream = typeof(ActLife).Assembly.GetManifestResourceStream(full) ?? throw new InvalidOperationException($"Embedded resource {full} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
