namespace Tarikh.Cli.Reporting;

/// <summary>
/// Contextual shaping for terminals: replaces Arabic letters by their isolated, initial, medial or
/// final presentation forms (U+FE70–U+FEFC) according to their neighbours, and lam + alef by the
/// ligature. Display only. Harakat are dropped (terminals draw them as separate cells).
/// </summary>
public static class ArabicShaper
{
    // letter → (isolated form, number of forms: 2 = joins only to the right, 4 = dual-joining)
    private static readonly Dictionary<char, (char Isolated, int Forms)> Table = Build();

    /// <summary>Shapes a logical string (output stays in logical order).</summary>
    public static string Shape(string text)
    {
        var letters = new List<char>(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640')
            {
                continue; // harakat and tatweel: not drawn separately.
            }

            letters.Add(c);
        }

        var result = new char[letters.Count];
        var count = 0;
        for (var i = 0; i < letters.Count; i++)
        {
            var c = letters[i];
            if (!Table.TryGetValue(c, out var entry))
            {
                result[count++] = c;
                continue;
            }

            var prevJoins = i > 0 && Table.TryGetValue(letters[i - 1], out var p) && p.Forms == 4;
            // Lam + alef ligature.
            if (c == '\u0644' && i + 1 < letters.Count && LamAlef(letters[i + 1]) is var lig && lig != '\0')
            {
                result[count++] = (char)(lig + (prevJoins ? 1 : 0));
                i++;
                continue;
            }

            var nextJoins = entry.Forms == 4 && i + 1 < letters.Count && Table.TryGetValue(letters[i + 1], out var n) && n.Forms != 0;
            if (entry.Forms == 0)
            {
                result[count++] = entry.Isolated;
                continue;
            }

            var offset = (prevJoins, nextJoins) switch
            {
                (false, false) => 0,
                (true, false) => 1,
                (false, true) => 2,
                _ => 3,
            };
            result[count++] = (char)(entry.Isolated + offset);
        }

        return new string(result, 0, count);
    }

    private static char LamAlef(char next) => next switch
    {
        '\u0622' => '\uFEF5',
        '\u0623' => '\uFEF7',
        '\u0625' => '\uFEF9',
        '\u0627' => '\uFEFB',
        _ => '\0',
    };

    private static Dictionary<char, (char, int)> Build()
    {
        // Letters in the order of the presentation-forms block FE80…, with their number of forms.
        (char Letter, int Forms)[] order =
        [
            ('\u0621', 1), ('\u0622', 2), ('\u0623', 2), ('\u0624', 2), ('\u0625', 2), ('\u0626', 4), ('\u0627', 2), ('\u0628', 4),
            ('\u0629', 2), ('\u062A', 4), ('\u062B', 4), ('\u062C', 4), ('\u062D', 4), ('\u062E', 4), ('\u062F', 2), ('\u0630', 2),
            ('\u0631', 2), ('\u0632', 2), ('\u0633', 4), ('\u0634', 4), ('\u0635', 4), ('\u0636', 4), ('\u0637', 4), ('\u0638', 4),
            ('\u0639', 4), ('\u063A', 4), ('\u0641', 4), ('\u0642', 4), ('\u0643', 4), ('\u0644', 4), ('\u0645', 4), ('\u0646', 4),
            ('\u0647', 4), ('\u0648', 2), ('\u0649', 2), ('\u064A', 4),
        ];
        var table = new Dictionary<char, (char, int)>();
        var code = 0xFE80;
        foreach (var (letter, forms) in order)
        {
            // Hamza (one form) never joins; store it as a right-joining letter that takes no forms.
            table[letter] = ((char)code, forms == 1 ? 2 : forms);
            code += forms;
        }

        table['\u0621'] = ('\uFE80', 0);
        return table;
    }
}
