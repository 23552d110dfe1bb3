using System.Collections.Frozen;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Entities.Names;

/// <summary>
/// Organizations named by a head noun and what follows it, the way Arabic Wikipedia writes them (and annotates
/// them: AQMAR and WikiFANE take the head into the name; ANERcorp leaves it outside, so the CoNLL commands run
/// this pass only against the Wikipedia corpora). Three shapes, over one sentence's chunks (start, end, type;
/// 0 person, 1 place, 2 organization):
/// <list type="bullet">
/// <item>a team or club: منتخب، منتخبات، نادي (construct, no article) right before a place or an organization —
/// and, after نادي, a person's name (نادي فاسكو دي غاما) — is one organization with it, and takes the definite
/// nisba adjectives right after (نادي أرسنال الإنجليزي): منتخب البرتغال، لمنتخب إنجلترا، نادي ريال مدريد;</item>
/// <item>the national team by its adjective: المنتخب + one or two definite ي-adjectives (المنتخب البرتغالي،
/// للمنتخب الإسباني);</item>
/// <item>a ministry or union: وزارة، اتحاد (construct) + a definite noun (وزارة الخارجية) or an indefinite noun and
/// a definite one or a place (وزارة دفاع الولايات المتحدة، اتحاد كرة القدم), then the definite adjectives
/// (وزارة الدفاع الأمريكية، اتحاد كرة القدم العالمي).</item>
/// </list>
/// A conjunction (و، ف) or a preposition written on a word stops the name; a chunk that would stick out of the
/// new name leaves the text as it was. Pure.
/// </summary>
public static class OrganizationHeadPass
{
    private const int Person = 0;
    private const int Place = 1;
    private const int Organization = 2;

    private static FrozenSet<string> Set(params string[] words)
        => words.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> TeamHeads = Set("منتخب", "منتخبات", "نادي");
    private static readonly FrozenSet<string> NationalTeam = Set("منتخب");
    private static readonly FrozenSet<string> NoPersonAfter = Set("منتخب", "منتخبات");
    private static readonly FrozenSet<string> BodyHeads = Set("وزارة", "اتحاد");

    // Definite ي-ending words that do not qualify a name: pronouns, ordinals, time words.
    private static readonly FrozenSet<string> NotAdjectives = Set(
        "الذي", "التي", "اللذين", "الثاني", "الحادي", "الماضي", "الحالي", "التالي", "الأولي", "النهائي", "الجاري", "المقبلي");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TeamLookup = TeamHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyLookup = BodyHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a normalized base is one of the pass's head nouns (منتخب، نادي، وزارة، اتحاد).</summary>
    public static bool IsHead(ReadOnlySpan<char> word) => TeamLookup.Contains(word) || BodyLookup.Contains(word);

    /// <summary>The head noun a token holds (its base, or the whole word when the clitic analysis split it), or empty.</summary>
    private static ReadOnlySpan<char> HeadOf(Token t, out bool definite)
    {
        definite = (t.Clitics & Proclitics.Al) != 0;
        var body = t.NormBase;
        if (definite && body.StartsWith("\u0627\u0644", StringComparison.Ordinal))
        {
            body = body[2..];
        }

        if (IsHead(body))
        {
            return body;
        }

        // The shape-only clitic analysis may read a head's first letter as a conjunction (وزارة → و + زارة).
        definite = false;
        return IsHead(t.Norm) ? t.Norm.AsSpan() : [];
    }

    /// <summary>Returns the sentence's chunks after the pass, ordered by start, without overlaps.</summary>
    /// <param name="tokens">The sentence's tokens (normalized words with their proclitics).</param>
    /// <param name="chunks">The chunks found so far, ordered by start, without overlaps.</param>
    public static List<(int Start, int End, int Type)> Apply(ReadOnlySpan<Token> tokens, IReadOnlyList<(int Start, int End, int Type)> chunks)
        => Apply(tokens, chunks, null);

    /// <summary>As <see cref="Apply(ReadOnlySpan{Token}, IReadOnlyList{ValueTuple{int, int, int}})"/>, working in
    /// <paramref name="scratch"/> when given (the result is then <see cref="ChunkScratch.Heads"/>).</summary>
    internal static List<(int Start, int End, int Type)> Apply(ReadOnlySpan<Token> tokens, IReadOnlyList<(int Start, int End, int Type)> chunks, ChunkScratch? scratch)
    {
        var n = tokens.Length;
        var any = false;
        for (var j = 0; j + 1 < n && !any; j++)
        {
            any = tokens[j].Kind == TokenKind.Arabic && !HeadOf(tokens[j], out _).IsEmpty;
        }

        List<(int Start, int End, int Type)> list;
        if (scratch is null)
        {
            list = chunks.ToList();
        }
        else
        {
            list = scratch.Heads;
            list.Clear();
            list.AddRange(chunks);
        }

        if (!any)
        {
            return list;
        }

        // (owner may be longer than the sentence: only its first n entries are used.)
        var owner = scratch?.Owner(n) ?? new int[n];
        Array.Fill(owner, -1, 0, n);
        for (var c = 0; c < list.Count; c++)
        {
            for (var j = list[c].Start; j < list[c].End && j < n; j++)
            {
                owner[j] = c;
            }
        }

        var changed = false;
        for (var h = 0; h + 1 < n; h++)
        {
            var head = tokens[h];
            if (head.Kind != TokenKind.Arabic)
            {
                continue;
            }

            var body = HeadOf(head, out var definite);
            if (body.IsEmpty)
            {
                continue;
            }

            // The head is free, or a chunk of its own word only (the tagger made "منتخب" a name alone).
            var ho = owner[h];
            if (ho >= 0 && (list[ho].Start != h || list[ho].End != h + 1))
            {
                continue;
            }

            int end;
            if (!definite && TeamLookup.Contains(body))
            {
                var next = owner[h + 1];
                if (next < 0 || list[next].Start != h + 1)
                {
                    continue;
                }

                var type = list[next].Type;
                if (!(type is Place or Organization || (type == Person && !NoPersonAfter.GetAlternateLookup<ReadOnlySpan<char>>().Contains(body))))
                {
                    continue;
                }

                end = Adjectives(tokens, list[next].End, owner, 2);
            }
            else if (definite && NationalTeam.GetAlternateLookup<ReadOnlySpan<char>>().Contains(body))
            {
                end = Adjectives(tokens, h + 1, owner, 2);
                if (end == h + 1)
                {
                    continue;
                }
            }
            else if (!definite && BodyLookup.Contains(body))
            {
                var j = h + 1;
                if (!Plain(tokens[j]) || owner[j] >= 0)
                {
                    continue;
                }

                if (IsDefinite(tokens[j]))
                {
                    end = j + 1;
                }
                else if (j + 1 < n && owner[j + 1] >= 0 && list[owner[j + 1]].Start == j + 1 && list[owner[j + 1]].Type == Place && Plain(tokens[j + 1]))
                {
                    end = list[owner[j + 1]].End;
                }
                else if (j + 1 < n && owner[j + 1] < 0 && Plain(tokens[j + 1]) && IsDefinite(tokens[j + 1]))
                {
                    end = j + 2;
                }
                else
                {
                    continue;
                }

                end = Adjectives(tokens, end, owner, 2);
            }
            else
            {
                continue;
            }

            // Chunks inside [h, end) are absorbed; one sticking out stops the pass here.
            var fits = true;
            for (var j = h; j < end; j++)
            {
                var o = owner[j];
                fits &= o < 0 || (list[o].Start >= h && list[o].End <= end);
            }

            if (!fits)
            {
                continue;
            }

            list.RemoveAll(c => c.Start >= h && c.End <= end);
            list.Add((h, end, Organization));
            changed = true;
            Array.Fill(owner, -1, 0, n);
            for (var c = 0; c < list.Count; c++)
            {
                for (var j = list[c].Start; j < list[c].End && j < n; j++)
                {
                    owner[j] = c;
                }
            }

            h = end - 1;
        }

        if (changed)
        {
            list.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return list;
    }

    /// <summary>Where a run of at most <paramref name="max"/> free definite ي-adjectives starting at <paramref name="from"/> ends.</summary>
    private static int Adjectives(ReadOnlySpan<Token> tokens, int from, int[] owner, int max)
    {
        var end = from;
        while (end < tokens.Length && end - from < max && owner[end] < 0 && Plain(tokens[end]) && IsAdjective(tokens[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>An Arabic word with no conjunction or preposition written on it (the article is fine).</summary>
    private static bool Plain(Token t)
        => t.Kind == TokenKind.Arabic && (t.Clitics & ~Proclitics.Al) == 0;

    private static bool IsDefinite(Token t) => (t.Clitics & Proclitics.Al) != 0 || t.Norm.StartsWith("\u0627\u0644", StringComparison.Ordinal);

    /// <summary>A definite word ending in ي or its feminine يه (ة folded): الأمريكية، البرتغالي، العالمي.</summary>
    internal static bool IsAdjective(Token t)
    {
        var w = t.Norm;
        if (!w.StartsWith("\u0627\u0644", StringComparison.Ordinal) || w.Length < 5 || NotAdjectives.Contains(w))
        {
            return false;
        }

        var masculine = w[^1] == '\u064A';
        var feminine = w.Length >= 6 && w[^1] == '\u0647' && w[^2] == '\u064A';
        return (masculine || feminine) && ClassicalNames.RoleOf(w) != NameRole.Ordinal;
    }
}
