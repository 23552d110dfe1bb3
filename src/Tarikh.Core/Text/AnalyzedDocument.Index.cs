using Tarikh.Core.Claims;

namespace Tarikh.Core.Text;

/// <summary>The document index carried by the document (<see cref="DocumentIndex.For"/>): built once, read by every later stage.</summary>
public sealed partial record AnalyzedDocument
{
    // Not a property: not serialized, not printed. A `with` copy copies the slot, so it starts with the index of the
    // document it was copied from; DocumentIndex.For uses that only when the copy's indexed layers are the very same.
    private IndexSlot _index;

    /// <summary>The slot itself, for <see cref="DocumentIndex.For"/> (a reference to this document's own field).</summary>
    internal ref DocumentIndex? IndexField => ref _index.Value;

    /// <summary>
    /// Holds the lazily built index. Every slot equals every other and hashes to 0, so whether the index was built yet
    /// never changes the document's record equality or hash code.
    /// </summary>
    internal struct IndexSlot : IEquatable<IndexSlot>
    {
        /// <summary>The index, or null before the first <see cref="DocumentIndex.For"/>.</summary>
        public DocumentIndex? Value;

        /// <inheritdoc />
        public readonly bool Equals(IndexSlot other) => true;

        /// <inheritdoc />
        public override readonly bool Equals(object? obj) => obj is IndexSlot;

        /// <inheritdoc />
        public override readonly int GetHashCode() => 0;
    }
}
