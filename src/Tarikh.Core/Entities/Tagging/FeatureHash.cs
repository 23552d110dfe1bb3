namespace Tarikh.Core.Entities.Tagging;

/// <summary>64-bit FNV-1a style hashing of feature parts, combined without allocating strings.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of a character span.</summary>
    public static ulong Of(ReadOnlySpan<char> chars)
    {
        var h = Offset;
        foreach (var c in chars)
        {
            h = (h ^ c) * Prime;
        }

        return Mix(h);
    }

    /// <summary>Feature key of a template and one value.</summary>
    public static uint Key(int template, ulong value) => Fold(Mix(value ^ ((ulong)template * 0x9E3779B97F4A7C15UL)));

    /// <summary>Feature key of a template and two values.</summary>
    public static uint Key(int template, ulong a, ulong b) => Fold(Mix(Mix(a ^ ((ulong)template * 0x9E3779B97F4A7C15UL)) + b));

    /// <summary>Feature key of a template and three values.</summary>
    public static uint Key(int template, ulong a, ulong b, ulong c) => Fold(Mix(Mix(Mix(a ^ ((ulong)template * 0x9E3779B97F4A7C15UL)) + b) + c));

    private static uint Fold(ulong h) => (uint)(h ^ (h >> 32));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
