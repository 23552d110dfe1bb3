using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities.Gazetteers;

/// <summary>
/// Nationality adjectives with the article (الألماني، للإيطالي، الفرنسية): the masculine adjective's sound plural
/// (النمساويون) or its broken plural one letter shorter (الصرب، الألمان) is a people of the group lists; the feminine
/// (ة, folded to ه) is the masculine with that letter added. Spans and a stack buffer only: no string is made. Pure.
/// </summary>
internal static class Demonyms
{
    /// <summary>
    /// True for a definite nationality adjective: masculine only, or either gender when <paramref name="feminineToo"/>.
    /// A word with و or ف is not one (the conjunction begins a new phrase).
    /// </summary>
    internal static bool IsDefiniteAdjective(Token t, Gazetteer groups, bool feminineToo = false)
    {
        // Runs on every token: the cheap tests first, no string before the word is definite and ends in ي (or يه).
        if (t.Kind != TokenKind.Arabic || (t.Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0 || t.Norm.Length < 6)
        {
            return false;
        }

        var feminine = feminineToo && t.Norm[^1] == '\u0647' && t.Norm[^2] == '\u064A';
        if ((t.Norm[^1] != '\u064A' && !feminine)
            || ((t.Clitics & Proclitics.Al) == 0 && !t.NormBase.StartsWith("\u0627\u0644", StringComparison.Ordinal)))
        {
            return false;
        }

        // The analysis either strips the article (flag Al) or keeps it in the base.
        var b = t.NormBase;
        if ((t.Clitics & Proclitics.Al) == 0)
        {
            if (!b.StartsWith("\u0627\u0644", StringComparison.Ordinal))
            {
                return false;
            }

            b = b[2..];
        }

        if (feminine && b.Length > 0 && b[^1] == '\u0647')
        {
            b = b[..^1];
        }

        if (b.Length < 4 || b[^1] != '\u064A' || b.Length > 60)
        {
            return false;
        }

        // A sound plural (النمساوي → النمساويون) or a broken plural one letter shorter (الصربي → الصرب، الألماني → الألمان).
        Span<char> key = stackalloc char[64];
        "\u0627\u0644".CopyTo(key);
        b.CopyTo(key[2..]);
        key[2 + b.Length] = '\u0648';
        key[3 + b.Length] = '\u0646';
        return groups.KindOf(key[..(4 + b.Length)]) == "people" || groups.KindOf(key[..(1 + b.Length)]) == "people";
    }
}
