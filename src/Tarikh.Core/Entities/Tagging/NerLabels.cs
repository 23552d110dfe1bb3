namespace Tarikh.Core.Entities.Tagging;

/// <summary>The BIO label set of the tagger: O, then B/I for PER, LOC, ORG, MISC.</summary>
public static class NerLabels
{
    /// <summary>The outside label.</summary>
    public const byte O = 0;

    /// <summary>Entity types in label order (type t has B = 2t+1, I = 2t+2).</summary>
    public static IReadOnlyList<string> Types { get; } = [EntityLabels.Person, EntityLabels.Location, EntityLabels.Organization, EntityLabels.Misc];

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    /// <summary>The label's name (<c>B-PER</c>…).</summary>
    public static string Name(byte label) => Names[label];

    /// <summary>True for a B- label.</summary>
    public static bool IsBegin(byte label) => label != O && (label & 1) == 1;

    /// <summary>True for an I- label.</summary>
    public static bool IsInside(byte label) => label != O && (label & 1) == 0;

    /// <summary>The entity type index (0 PER, 1 LOC, 2 ORG, 3 MISC) or -1 for O.</summary>
    public static int TypeOf(byte label) => label == O ? -1 : (label - 1) / 2;

    /// <summary>The B- label of a type.</summary>
    public static byte Begin(int type) => (byte)(2 * type + 1);

    /// <summary>The I- label of a type.</summary>
    public static byte Inside(int type) => (byte)(2 * type + 2);

    /// <summary>True when <paramref name="next"/> may follow <paramref name="previous"/> (I-X only after B-X or I-X); previous = -1 at the start.</summary>
    public static bool Allowed(int previous, byte next)
        => !IsInside(next) || (previous > 0 && TypeOf((byte)previous) == TypeOf(next));

    /// <summary>
    /// Number of labels the model decodes internally: BILOU (O, then Begin, Inside, Last and Unit for each
    /// type), which lets the model learn how names end. Callers see BIO (<see cref="FromInternal"/>).
    /// </summary>
    public const int InternalCount = 17;

    private static int Part(int internalLabel) => (internalLabel - 1) % 4; // 0 Begin, 1 Inside, 2 Last, 3 Unit

    /// <summary>The type index of an internal (BILOU) label, or -1 for O.</summary>
    public static int InternalTypeOf(int internalLabel) => internalLabel == O ? -1 : (internalLabel - 1) / 4;

    /// <summary>
    /// True when internal label <paramref name="next"/> may follow <paramref name="previous"/> (-1 at the start):
    /// after Begin or Inside of a type only Inside or Last of that type; otherwise O, Begin or Unit.
    /// </summary>
    public static bool AllowedInternal(int previous, int next)
    {
        var open = previous > 0 && Part(previous) <= 1;
        if (open)
        {
            return next != O && InternalTypeOf(next) == InternalTypeOf(previous) && Part(next) is 1 or 2;
        }

        return next == O || Part(next) is 0 or 3;
    }

    /// <summary>True when a sentence may end on internal label <paramref name="label"/> (not inside an open name).</summary>
    public static bool AllowedLastInternal(int label) => label == O || Part(label) >= 2;

    /// <summary>Converts BIO labels to the internal BILOU labels.</summary>
    public static void ToInternal(ReadOnlySpan<byte> bio, Span<byte> result)
    {
        result[..bio.Length].Clear();
        foreach (var (start, end, type) in Chunks(bio))
        {
            if (end - start == 1)
            {
                result[start] = (byte)(4 * type + 4);
                continue;
            }

            result[start] = (byte)(4 * type + 1);
            for (var i = start + 1; i < end - 1; i++)
            {
                result[i] = (byte)(4 * type + 2);
            }

            result[end - 1] = (byte)(4 * type + 3);
        }
    }

    /// <summary>Converts internal BILOU labels (a sequence the constraints allow) to BIO.</summary>
    public static void FromInternal(ReadOnlySpan<byte> bilou, Span<byte> result)
    {
        for (var i = 0; i < bilou.Length; i++)
        {
            var l = bilou[i];
            result[i] = l == O ? O : Part(l) is 0 or 3 ? Begin(InternalTypeOf(l)) : Inside(InternalTypeOf(l));
        }
    }

    /// <summary>Parses a BIO label name; accepts PERS for PER and MIS* for MISC; unknown types map to O.</summary>
    public static byte Parse(string label)
    {
        if (label.Length < 3 || label[1] != '-' || (label[0] != 'B' && label[0] != 'I'))
        {
            return O;
        }

        var type = TypeIndex(label.AsSpan(2));
        if (type < 0)
        {
            return O;
        }

        return label[0] == 'B' ? Begin(type) : Inside(type);
    }

    /// <summary>Type index of a type name (PER/PERS, LOC, ORG, MISC/MIS…), or -1.</summary>
    public static int TypeIndex(ReadOnlySpan<char> type)
    {
        type = type.TrimStart('-');
        if (type.StartsWith("PER", StringComparison.Ordinal))
        {
            return 0;
        }

        if (type.StartsWith("LOC", StringComparison.Ordinal))
        {
            return 1;
        }

        if (type.StartsWith("ORG", StringComparison.Ordinal))
        {
            return 2;
        }

        return type.StartsWith("MIS", StringComparison.Ordinal) ? 3 : -1;
    }

    /// <summary>Repairs a label sequence so that every I-X follows B-X or I-X (a stray I-X becomes B-X).</summary>
    public static void Repair(Span<byte> labels)
    {
        var previous = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            if (!Allowed(previous, labels[i]))
            {
                labels[i] = Begin(TypeOf(labels[i]));
            }

            previous = labels[i];
        }
    }

    /// <summary>The entity chunks of a label sequence: (start, end exclusive, type).</summary>
    public static List<(int Start, int End, int Type)> Chunks(ReadOnlySpan<byte> labels)
    {
        var chunks = new List<(int Start, int End, int Type)>();
        Chunks(labels, chunks);
        return chunks;
    }

    /// <summary>The same chunks, added to <paramref name="chunks"/> (cleared first): a list reused sentence after sentence.</summary>
    internal static void Chunks(ReadOnlySpan<byte> labels, List<(int Start, int End, int Type)> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        chunks.Clear();
        var start = -1;
        var type = -1;
        for (var i = 0; i <= labels.Length; i++)
        {
            var l = i < labels.Length ? labels[i] : O;
            var continues = i < labels.Length && IsInside(l) && TypeOf(l) == type && start >= 0;
            if (continues)
            {
                continue;
            }

            if (start >= 0)
            {
                chunks.Add((start, i, type));
                start = -1;
                type = -1;
            }

            if (l != O)
            {
                start = i;
                type = TypeOf(l);
            }
        }
    }
}
