using System.Text;

namespace Tarikh.Cli.Reporting;

/// <summary>
/// Displays Arabic on terminals that do not implement the Unicode bidi algorithm (most do not):
/// a simplified bidi reordering for one line (paragraph direction from the first strong letter;
/// Arabic runs right-to-left; Latin words and numbers, with their inner separators, kept
/// left-to-right; neutrals between two runs of the same direction take it; brackets mirrored),
/// plus contextual shaping to presentation forms so letters join. Display only: the JSON output
/// always carries the logical text. Long lines are wrapped logically before reordering, so each
/// visual line reads from right to left and the lines follow each other top to bottom.
/// </summary>
public static class TerminalBidi
{
    private enum Dir : byte
    {
        Neutral,
        L,
        R,
        Number,
    }

    /// <summary>Wraps a text at spaces to <paramref name="width"/> columns; reorders each line when <paramref name="visual"/>.</summary>
    public static IEnumerable<string> Layout(string text, int width, bool visual)
    {
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            foreach (var line in Wrap(raw, width))
            {
                yield return visual ? Visual(line) : line;
            }
        }
    }

    /// <summary>Wraps at spaces (a word longer than the width is cut).</summary>
    public static IEnumerable<string> Wrap(string line, int width)
    {
        var result = new List<string>();
        var rest = line.AsSpan().Trim();
        if (rest.IsEmpty)
        {
            result.Add(string.Empty);
            return result;
        }

        while (rest.Length > width)
        {
            var cut = rest[..(width + 1)].LastIndexOf(' ');
            if (cut <= 0)
            {
                cut = width;
            }

            result.Add(rest[..cut].TrimEnd().ToString());
            rest = rest[cut..].TrimStart();
        }

        if (!rest.IsEmpty)
        {
            result.Add(rest.ToString());
        }

        return result;
    }

    /// <summary>The visual (left-to-right display) order of one logical line, with Arabic shaped.</summary>
    public static string Visual(string line)
    {
        if (!ContainsRtl(line))
        {
            return line;
        }

        var shaped = ArabicShaper.Shape(line);
        var n = shaped.Length;
        var dirs = new Dir[n];
        var paragraphRtl = false;
        var foundStrong = false;
        for (var i = 0; i < n; i++)
        {
            dirs[i] = Classify(shaped[i]);
            if (!foundStrong && dirs[i] is Dir.L or Dir.R)
            {
                paragraphRtl = dirs[i] == Dir.R;
                foundStrong = true;
            }
        }

        // Separators inside numbers (1.5, 1,000, 12:30, 1917/1918) belong to the number.
        for (var i = 1; i + 1 < n; i++)
        {
            if (dirs[i] == Dir.Neutral && shaped[i] is '.' or ',' or ':' or '/' or '-' && dirs[i - 1] == Dir.Number && dirs[i + 1] == Dir.Number)
            {
                dirs[i] = Dir.Number;
            }
        }

        // Levels: base 1 (RTL) or 0 (LTR); Arabic odd, Latin and numbers even above it.
        var baseLevel = paragraphRtl ? 1 : 0;
        var levels = new int[n];
        for (var i = 0; i < n; i++)
        {
            levels[i] = dirs[i] switch
            {
                Dir.R => 1,
                Dir.L => paragraphRtl ? 2 : 0,
                Dir.Number => paragraphRtl || PrecededByRtl(dirs, i) ? 2 : 0,
                _ => -1,
            };
        }

        // Neutrals: between the same direction take it (numbers count as R), else the paragraph direction.
        for (var i = 0; i < n; i++)
        {
            if (levels[i] >= 0)
            {
                continue;
            }

            var j = i;
            while (j < n && levels[j] < 0)
            {
                j++;
            }

            var before = i > 0 ? Strong(dirs[i - 1]) : (paragraphRtl ? Dir.R : Dir.L);
            var after = j < n ? Strong(dirs[j]) : (paragraphRtl ? Dir.R : Dir.L);
            var level = before == after ? (before == Dir.R ? 1 : (paragraphRtl ? 2 : 0)) : baseLevel;
            for (var k = i; k < j; k++)
            {
                levels[k] = level;
            }

            i = j - 1;
        }

        // Reverse every run at or above each level, from the highest down to 1.
        var chars = shaped.ToCharArray();
        var max = levels.Max();
        for (var level = max; level >= 1; level--)
        {
            for (var i = 0; i < n; i++)
            {
                if (levels[i] < level)
                {
                    continue;
                }

                var j = i;
                while (j < n && levels[j] >= level)
                {
                    j++;
                }

                Array.Reverse(chars, i, j - i);
                Array.Reverse(levels, i, j - i);
                i = j;
            }
        }

        // Mirror brackets that ended up in right-to-left runs.
        var sb = new StringBuilder(n);
        for (var i = 0; i < n; i++)
        {
            sb.Append((levels[i] & 1) == 1 ? Mirror(chars[i]) : chars[i]);
        }

        return sb.ToString();
    }

    /// <summary>True when the text contains a right-to-left letter.</summary>
    public static bool ContainsRtl(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (Classify(c) == Dir.R)
            {
                return true;
            }
        }

        return false;
    }

    private static bool PrecededByRtl(Dir[] dirs, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            if (dirs[k] is Dir.L or Dir.R)
            {
                return dirs[k] == Dir.R;
            }
        }

        return false;
    }

    private static Dir Strong(Dir d) => d == Dir.Number ? Dir.R : d;

    private static Dir Classify(char c)
    {
        if (c is >= '0' and <= '9' or >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9')
        {
            return Dir.Number;
        }

        if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
        {
            // Arabic punctuation (، ؛ ؟) is strong enough in practice: it sits inside Arabic runs.
            return c is >= '\u064B' and <= '\u065F' or '\u0670' ? Dir.R : Dir.R;
        }

        return char.IsLetter(c) ? Dir.L : Dir.Neutral;
    }

    private static char Mirror(char c) => c switch
    {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '\u00AB' => '\u00BB',
        '\u00BB' => '\u00AB',
        _ => c,
    };
}
