namespace Tarikh.Core.Segmentation;

/// <summary>Character classes on normalized text.</summary>
public static class CharClass
{
    /// <summary>An Arabic letter (after normalization: harakat and tatweel are gone).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsArabicLetter(char c)
    {
        var offset = (uint)(c - '\u0600');
        return offset < 0x200 && (ArabicLetterBits[(int)(offset >> 6)] & (1UL << (int)(offset & 63))) != 0;
    }

    // One bit per code point of U+0600–U+07FF, filled once from the definition below.
    private static readonly ulong[] ArabicLetterBits = BuildArabicLetterBits();

    private static ulong[] BuildArabicLetterBits()
    {
        var bits = new ulong[8];
        for (var c = '\u0600'; c < '\u0800'; c++)
        {
            if (IsArabicLetterSlow(c))
            {
                var offset = c - 0x600;
                bits[offset >> 6] |= 1UL << (offset & 63);
            }
        }

        return bits;
    }

    /// <summary>The definition the bit table is built from.</summary>
    internal static bool IsArabicLetterSlow(char c) =>
        c is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A' or >= '\u066E' and <= '\u066F' or >= '\u0671' and <= '\u06D3' or '\u06D5' or >= '\u06FA' and <= '\u06FC' or >= '\u0750' and <= '\u077F';

    /// <summary>An ASCII digit (normalization maps other digits to ASCII).</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>A Latin letter (ASCII or Latin-1/Extended).</summary>
    public static bool IsLatinLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '\u00C0' and <= '\u024F' && c != '\u00D7' && c != '\u00F7';

    /// <summary>A letter of another script (Cyrillic, Greek…), kept in Latin-like tokens.</summary>
    public static bool IsOtherLetter(char c) => c > '\u024F' && !IsArabicLetter(c) && char.IsLetter(c);

    /// <summary>Punctuation that forms its own token.</summary>
    public static bool IsPunctuation(char c) => c is '.' or ',' or ';' or ':' or '?' or '!' or '(' or ')' or '[' or ']' or '{' or '}' or '"' or '\'' or '-' or '/' or '\\' or '*' or '\u2022' or '<' or '>' or '|' or '_' or '\u066D';
}
