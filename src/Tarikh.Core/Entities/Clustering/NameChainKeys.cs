using Tarikh.Core.Entities.Names;

namespace Tarikh.Core.Entities.Clustering;

/// <summary>
/// The short forms by which a classical name chain is named again later, so that a cluster holding the
/// full chain also holds them: "أبو عبد الله محمد بن موسى الخوارزمي" → الخوارزمي (nisba), أبو عبد الله (kunya),
/// محمد بن موسى, محمد الخوارزمي; "الملك الناصر صلاح الدين يوسف بن أيوب" → صلاح الدين (laqab), يوسف بن أيوب;
/// "جعفر المتوكل على الله" → المتوكل على الله and المتوكل (regnal name); "يوسف بن تاشفين" → ابن تاشفين. A word after بن
/// names the father, never the person: the father's name alone (موسى) is no short form, but ابن + the father's name is. Words are normalized (a mention's
/// <see cref="MentionDraft.Words"/>). Pure.
/// </summary>
public static class NameChainKeys
{
    private const string IbnWord = "\u0627\u0628\u0646"; // ابن

    /// <summary>The short forms of a person's name (each as its words), without the name itself; empty for a name that is no chain.</summary>
    public static List<string[]> ShortForms(IReadOnlyList<string> words)
    {
        static string[] Slice(IReadOnlyList<string> words, int from, int end)
        {
            var part = new string[end - from];
            for (var j = from; j < end; j++)
            {
                part[j - from] = words[j];
            }

            return part;
        }

        var result = new List<string[]>();
        var n = words.Count;
        if (n < 2)
        {
            return result;
        }

        // Kunya at the start: أبو + name (+ name after عبد).
        var i = 0;
        if (ClassicalNames.RoleOf(words[0]) == NameRole.Kunya && n > 2)
        {
            i = ClassicalNames.RoleOf(words[1]) == NameRole.Abd && n > 3 ? 3 : 2;
            result.Add(Slice(words, 0, i));
        }

        // Laqabs and regnal names anywhere: X الدين/الدولة, X بالله, X على الله, X لدين الله.
        var own = OwnWords(words);
        for (var j = 0; j + 1 < n; j++)
        {
            if (!own[j])
            {
                continue; // a father's laqab (بن المعتصم بالله) is not the son's
            }

            var next = ClassicalNames.RoleOf(words[j + 1]);
            if (next == NameRole.LaqabTail && ClassicalNames.RoleOf(words[j]) == NameRole.LaqabHead)
            {
                result.Add([words[j], words[j + 1]]);
            }
            else if (next == NameRole.Regnal && j + 2 < n && ClassicalNames.IsAllah(words[j + 2]))
            {
                result.Add([words[j], words[j + 1], words[j + 2]]);
                result.Add([words[j]]);
            }
            else if (next == NameRole.Regnal)
            {
                result.Add([words[j], words[j + 1]]);
                result.Add([words[j]]);
            }
            else if (words[j + 1] == "\u0639\u0644\u0649" && j + 2 < n && ClassicalNames.IsAllah(words[j + 2]))
            {
                // The regnal epithet alone (المتوكل) names the caliph too.
                result.Add([words[j], words[j + 1], words[j + 2]]);
                result.Add([words[j]]);
            }
        }

        // Nisbas at the end (one or more): each alone, and the ism with each.
        var end = n;
        while (end > i + 1 && ClassicalNames.RoleOf(words[end - 1]) == NameRole.Nisba)
        {
            end--;
        }

        for (var j = end; j < n; j++)
        {
            result.Add([words[j]]);
        }

        // The ism (first own word after the kunya and any laqab before it) and its nasab up to the nisbas.
        if (i < end && ClassicalNames.RoleOf(words[i]) is NameRole.None)
        {
            var link = -1;
            for (var j = i + 1; j < end; j++)
            {
                if (ClassicalNames.RoleOf(words[j]) == NameRole.Link)
                {
                    link = j;
                    break;
                }
            }

            if (link > i && link + 1 < end)
            {
                // "ابن X" names the person by the father (ابن تاشفين، ابن عبد الحق): the father's words up to the person's own.
                var father = new List<string> { IbnWord };
                for (var k = link + 1; k < n && !own[k]; k++)
                {
                    father.Add(words[k]);
                }

                if (father.Count > 1)
                {
                    result.Add([.. father]);
                }
            }

            if (link > i + 1)
            {
                // The name just before the first بن is the ism when other words (a laqab) come before it.
                var ism = link - 1;
                if (ism > i)
                {
                    result.Add(Slice(words, ism, end));
                }
            }

            var from = link > i + 1 ? link - 1 : i;
            if (from > 0 && n - from > 1)
            {
                result.Add(Slice(words, from, n));
            }

            if (link > 0 && end > from + 1)
            {
                result.Add(Slice(words, from, end));
            }

            for (var j = end; j < n; j++)
            {
                result.Add([words[from], words[j]]);
            }
        }

        // The name itself is no short form (a loop: a predicate over `n` made a closure and a delegate per name).
        for (var r = result.Count - 1; r >= 0; r--)
        {
            if (result[r].Length == n)
            {
                result.RemoveAt(r);
            }
        }

        return result;
    }

    /// <summary>True when the word at <paramref name="j"/> heads a laqab or regnal name (X الدين، X بالله، X على الله).</summary>
    private static bool StartsEpithet(IReadOnlyList<string> words, int j)
    {
        if (j + 1 >= words.Count)
        {
            return false;
        }

        var next = ClassicalNames.RoleOf(words[j + 1]);
        return (next == NameRole.LaqabTail && ClassicalNames.RoleOf(words[j]) == NameRole.LaqabHead) || next == NameRole.Regnal
            || (words[j + 1] == "\u0639\u0644\u0649" && j + 2 < words.Count && ClassicalNames.IsAllah(words[j + 2]));
    }

    /// <summary>
    /// True for the words of a name that name the person (not a father or ancestor after بن/ابن/بنت, nor the
    /// link itself): the words by which the person alone may be named again.
    /// </summary>
    public static bool[] OwnWords(IReadOnlyList<string> words)
    {
        var own = new bool[words.Count];
        Array.Fill(own, true);
        for (var j = 0; j < words.Count; j++)
        {
            if (ClassicalNames.RoleOf(words[j]) != NameRole.Link || j == 0 || j + 1 >= words.Count)
            {
                continue;
            }

            // The link and the ancestor's name (with its عبد/أبو compound, and a laqab right after the link: بن المعتصم
            // بالله) up to the next link or nisba. A laqab or regnal name after the ancestor's name is the person's own
            // ("أحمد بن طلحة المعتضد بالله": al-Muʿtaḍid is Aḥmad, named again as المعتضد).
            own[j] = false;
            var k = j + 1;
            var atAncestor = true;
            while (k < words.Count && ClassicalNames.RoleOf(words[k]) is not (NameRole.Nisba or NameRole.Link))
            {
                if (!atAncestor && StartsEpithet(words, k))
                {
                    break;
                }

                atAncestor &= ClassicalNames.RoleOf(words[k]) is NameRole.Abd or NameRole.Kunya;
                own[k++] = false;
            }
        }

        return own;
    }
}
