using Tarikh.Core.Entities;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// A knowledge base's labels and aliases of people, places and organizations as <see cref="IKnownNames"/> for the entity
/// stage: a name of two words or more whose items (up to <see cref="MaxItems"/>) are all humans, all places or all
/// organizations gets that type. One-word names are not used (a one-word label is too often a common word or a given name
/// shared by many), nor names whose items are of mixed or other types (events, works, positions). Stateless and
/// thread-safe; the entity stage remembers each name's answer for the document.
/// </summary>
public sealed class KbKnownNames : IKnownNames
{
    /// <summary>Items looked at per name; a name shared by more is left alone.</summary>
    public const int MaxItems = 8;

    private readonly IKnowledgeBase _kb;
    private readonly KbNames _names;

    /// <summary>Known names from <paramref name="kb"/>, keyed as the knowledge base indexes them.</summary>
    public KbKnownNames(IKnowledgeBase kb, KbNames? names = null)
    {
        _kb = kb ?? throw new ArgumentNullException(nameof(kb));
        _names = names ?? KbNames.Default;
    }

    /// <inheritdoc />
    public int TypeOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = _names.Key(name);
        if (key.IndexOf(' ', StringComparison.Ordinal) < 0)
        {
            return -1;
        }

        var ids = _kb.Lookup(key, KbKeyKind.Name, MaxItems + 1);
        if (ids.Count == 0 || ids.Count > MaxItems)
        {
            return -1;
        }

        var type = -1;
        foreach (var id in ids)
        {
            var t = _kb.Get(id) is { } entity ? KbTypes.Of(entity, _kb) switch
            {
                KbType.Human => 0,
                KbType.Place => 1,
                KbType.Organization => 2,
                _ => -1,
            } : -1;
            if (t < 0 || (type >= 0 && t != type))
            {
                return -1;
            }

            type = t;
        }

        return type;
    }
}
