using System.Collections;
using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// The mention indexes lying in one sentence (<see cref="DocumentIndex.MentionsInSentence"/>), in order: the mentions from
/// the first starting at or after the sentence's start, up to the sentence's end, those wholly inside it. Enumerated with
/// <c>foreach</c> it allocates nothing; it is also an <see cref="IEnumerable{T}"/> for LINQ.
/// </summary>
public readonly struct SentenceMentions : IEnumerable<int>
{
    private readonly ImmutableArray<EntityMention> _entities;
    private readonly TextSpan _sentence;
    private readonly int _first;

    internal SentenceMentions(ImmutableArray<EntityMention> entities, TextSpan sentence, int first)
    {
        _entities = entities;
        _sentence = sentence;
        _first = first;
    }

    /// <summary>The enumerator (a struct).</summary>
    public Enumerator GetEnumerator() => new(_entities, _sentence, _first);

    IEnumerator<int> IEnumerable<int>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the mentions of the sentence.</summary>
    public struct Enumerator : IEnumerator<int>
    {
        private readonly ImmutableArray<EntityMention> _entities;
        private readonly TextSpan _sentence;
        private int _next;

        internal Enumerator(ImmutableArray<EntityMention> entities, TextSpan sentence, int first)
        {
            _entities = entities;
            _sentence = sentence;
            _next = first;
            Current = -1;
        }

        /// <summary>The current mention index.</summary>
        public int Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next mention wholly inside the sentence.</summary>
        public bool MoveNext()
        {
            if (_entities.IsDefault)
            {
                return false;
            }

            while (_next < _entities.Length && _entities[_next].Span.Start < _sentence.End)
            {
                var m = _next++;
                if (_sentence.Contains(_entities[m].Span))
                {
                    Current = m;
                    return true;
                }
            }

            _next = int.MaxValue;
            return false;
        }

        /// <summary>Not supported (enumerate again instead).</summary>
        public readonly void Reset() => throw new NotSupportedException();

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
