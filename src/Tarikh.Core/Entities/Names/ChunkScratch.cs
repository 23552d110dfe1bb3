namespace Tarikh.Core.Entities.Names;

/// <summary>
/// The lists and arrays the chunk passes (<see cref="NameChainPass"/>, <see cref="OrganizationHeadPass"/>) work in, made
/// once per document and cleared for each sentence instead of new ones per sentence. A pass's result is one of these
/// lists: read it before the next sentence. Not thread-safe; per document.
/// </summary>
internal sealed class ChunkScratch
{
    /// <summary>The name-chain pass's working copy of the chunks.</summary>
    public readonly List<(int Start, int End, int Type)> Chain = [];

    /// <summary>Which of them are still alive.</summary>
    public readonly List<bool> Alive = [];

    /// <summary>The name-chain pass's result.</summary>
    public readonly List<(int Start, int End, int Type)> ChainResult = [];

    /// <summary>The organization-head pass's working copy and result.</summary>
    public readonly List<(int Start, int End, int Type)> Heads = [];

    private int[] _owner = [];

    /// <summary>An array of at least <paramref name="n"/> entries for the owner of each word (contents undefined).</summary>
    public int[] Owner(int n)
    {
        if (_owner.Length < n)
        {
            _owner = new int[Math.Max(n, _owner.Length * 2)];
        }

        return _owner;
    }
}
