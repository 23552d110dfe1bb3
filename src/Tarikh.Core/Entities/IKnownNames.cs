namespace Tarikh.Core.Entities;

/// <summary>
/// Names known from outside the text, each with the type of what it names: a knowledge base's labels and aliases of
/// people, places and organizations. The entity stage, when given such a source, lets a known name of two words or more
/// that covers the mentions the tagger found win over them (a name split in two, a person tagged as a place, a name's
/// first letter taken for the conjunction "و" or "ف").
/// </summary>
public interface IKnownNames
{
    /// <summary>
    /// The type index (0 PER, 1 LOC, 2 ORG) of what <paramref name="name"/> names — the name as the text writes it, without
    /// a proclitic that is not part of it — or -1 when nothing known has that name, or the things that have it are not all of
    /// one of those types.
    /// </summary>
    int TypeOf(string name);
}
