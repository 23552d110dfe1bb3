using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>ordinal-series: ordinals that number a noun the text has just counted ("ثلاث مرات: الأولى … والثانية …"), and the
/// coordinators that join an elided ordinal to the item before it.</summary>
public sealed partial class OrdinalSeriesRule
{
    /// <summary>Tokens searched back from an ordinal for the count it numbers (its sentence and the one before).</summary>
    private const int CountWindow = 30;

    /// <summary>The count given to the items of a list a colon opens: its length is not written.</summary>
    private const int ColonList = 99;

    /// <summary>Words after which a bare ordinal opens its phrase as the subject of "كان" ("وكانت الثانية سنة …").</summary>
    private static readonly HashSet<string> KanaForms = new(["كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"], StringComparer.Ordinal);

    /// <summary>Partitive pronouns after an ordinal ("الثالثة منها"): the ordinal stands for one of a counted noun.</summary>
    private static readonly HashSet<string> OfThem = new(["منها", "منهم", "منهما", "منهن"], StringComparer.Ordinal);

    /// <summary>
    /// "ولي قضاء حلب ثلاث مرات: الأولى سنة 760، والثانية سنة 767"، "رحل إلى مصر رحلتين، الأولى سنة … . وكانت الثانية سنة …"،
    /// "قام بأربع رحلات؛ كانت الثالثة منها …": a bare ordinal with the article that opens its phrase (after "و"، "ف"، punctuation,
    /// "أما"، "ثم"، a form of "كان", or followed by "منها"), with a count of a noun before it in its sentence or the one before — a
    /// cardinal word from two to ten with its noun, or a feminine dual ("رحلتين"، "مرتين") — that is no span of time ("ثلاث
    /// سنوات"، "سنتين") and is at least the ordinal's number. The item's series is the count's; null when there is none.
    /// </summary>
    private static Item? CountedItem(CheckContext ctx, int i, int value, int len, List<Item> items, Dictionary<string, int?> cache)
    {
        var tk = ctx.Tokens;
        if (!HasArticle(tk[i]) || tk[i].Kind != TokenKind.Arabic || (tk[i].Clitics & (Proclitics.Bi | Proclitics.Ka)) != 0)
        {
            return null;
        }

        var after = i + len;
        var partitive = after < tk.Length && tk[after].Sentence == tk[i].Sentence && OfThem.Contains(tk[after].Norm)
            && !(i > 0 && tk[i - 1].Kind == TokenKind.Arabic && HasArticle(tk[i - 1]));
        var opens = (tk[i].Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0 || i == 0 || tk[i - 1].Sentence != tk[i].Sentence
            || tk[i - 1].Kind == TokenKind.Punctuation || tk[i - 1].Norm is "اما" or "ثم" or "و" or "بينما" || KanaForms.Contains(tk[i - 1].Norm) || partitive;
        if (!opens)
        {
            return null;
        }

        var sentence = tk[i].Sentence;
        var (ps, _) = ctx.SentenceTokens(Math.Max(0, sentence - 1));
        var from = sentence > 0 ? ps : ctx.SentenceTokens(sentence).Start;
        for (var k = i - 1; k >= Math.Max(from, i - CountWindow); k--)
        {
            if (tk[k].Norm == ":" && tk[k].Sentence == sentence && k + 1 < tk.Length && HasArticle(tk[k + 1])
                && (ctx.OrdinalAt(k + 1, out _) == 1 || BirthOrderColon(ctx, k) || IndefiniteListColon(ctx, k))
                && k > 0 && tk[k - 1].Sentence == sentence && tk[k - 1].Kind == TokenKind.Arabic)
            {
                // "تولى المشيخة بعده خلفاؤه: الأول … سنة 1240 هـ، والثاني … سنة 1275 هـ": a list a colon opens with "الأول" after a
                // noun numbers that noun's items (round 18); after a birth verb, whatever ordinal it begins with (round 19: "ولادي
                // الكل تولدو في صفاقس: الثاني عام 1985 والثالث عام 1983").
                var lsp = new TextSpan(tk[i].Span.Start, tk[i + len - 1].Span.End);
                return new Item($"{PronounSeries}n{k}", null, value, lsp, ctx.Text(lsp), []) { Joined = true, Count = ColonList };
            }

            if (tk[k].Kind != TokenKind.Arabic || !ctx.IsContent(tk[k].Sentence) || InTimex(ctx, k))
            {
                continue;
            }

            var count = CountAt(ctx, k, cache);
            if (count is not { } n)
            {
                continue;
            }

            // An item written with its noun between the count and the ordinal ("ثلاثة دواوين: ديوانه الأول …، والثاني …") is the one
            // the ordinal continues (the elided reading), not the count.
            if (n < value || items.Count > 0 && items[^1].Count == 0 && items[^1].Span.Start > tk[k].Span.Start && items[^1].Span.End <= tk[i].Span.Start)
            {
                return null;
            }

            var sp = new TextSpan(tk[i].Span.Start, tk[i + len - 1].Span.End);
            return new Item($"{PronounSeries}n{k}", null, value, sp, ctx.Text(sp), []) { Joined = true, Count = n };
        }

        return null;
    }

    /// <summary>
    /// "أرسل وزيره في سفارات متتابعة: الثالثة سنة …، والرابعة سنة …": a colon after an indefinite noun (and up to one adjective) that no
    /// name, number or date is, with an ordinal right after it, opens a list of that noun's items whatever number it starts with (round 23).
    /// </summary>
    private static bool IndefiniteListColon(CheckContext ctx, int colon)
    {
        var tk = ctx.Tokens;
        if (colon < 1 || ctx.OrdinalAt(colon + 1, out _) is null)
        {
            return false;
        }

        for (var k = colon - 1; k >= Math.Max(0, colon - 2) && tk[k].Sentence == tk[colon].Sentence; k--)
        {
            var t = tk[k];
            if (t.Kind != TokenKind.Arabic || t.IsNumber || HasArticle(t) || InTimex(ctx, k) || ctx.MentionAtToken(k) >= 0 || t.Norm.Length < 4)
            {
                return false;
            }

            // A plural of the feminine sound form ("سفارات"، "رحلات") or a broken plural told with its adjective: the noun the list numbers.
            if (t.Norm.EndsWith("ات", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when token <paramref name="k"/> lies inside a date ("سنة خمس وأربعين وستمائة"): its number words count no items.</summary>
    private static bool InTimex(CheckContext ctx, int k)
    {
        var span = ctx.Tokens[k].Span;
        foreach (var ti in ctx.TimexesInSentence(ctx.Tokens[k].Sentence))
        {
            if (ctx.Timexes[ti].Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The count a token gives to a noun of items: a cardinal word (2–10, Time's number words) followed by a noun in its sentence, or a
    /// feminine dual noun ("رحلتين"، "مرتين": 2); null for a span of time ("ثلاث سنوات"، "سنتين"، "عامين") or anything else.
    /// </summary>
    private static int? CountAt(CheckContext ctx, int k, Dictionary<string, int?> cache)
    {
        var tk = ctx.Tokens;
        if (TimeWord(tk[k].Norm, cache) || TimeWord(tk[k].Base, cache))
        {
            return null;
        }

        if (CardinalWord(tk[k].Base, cache) is { } n)
        {
            if (k + 1 < tk.Length && tk[k + 1].Sentence == tk[k].Sentence && tk[k + 1].Norm is "،" or "," or ":" or "؛" or ";" && !HasArticle(tk[k])
                && k > 0 && tk[k - 1].Sentence == tk[k].Sentence && tk[k - 1].Kind == TokenKind.Arabic && !tk[k - 1].IsNumber && !InTimex(ctx, k - 1))
            {
                // "جدي تزوج ثلاث، الثانية سنة 1958 والأولى سنة 1964": the count with its noun left out, closed by punctuation (round 23).
                return n;
            }


            return k + 1 < tk.Length && tk[k + 1].Sentence == tk[k].Sentence && tk[k + 1].Kind == TokenKind.Arabic && !TimeWord(tk[k + 1].Norm, cache)
                && !TimeWord(tk[k + 1].Base, cache) && !HasArticle(tk[k + 1]) ? n : null;
        }

        var b = tk[k].Base;
        return b.Length >= 5 && b.EndsWith("تين", StringComparison.Ordinal) && !HasArticle(tk[k]) && ctx.MentionAtToken(k) < 0 ? 2 : null;
    }

    /// <summary>The value of one cardinal word (2–10) by Time's number words, or null (cached by word).</summary>
    private static int? CardinalWord(string word, Dictionary<string, int?> cache)
    {
        if (cache.TryGetValue(word, out var value))
        {
            return value;
        }

        int? found = null;
        foreach (var m in TimeMatches(word))
        {
            if (m.Entry.Kind == Time.Lexicon.LexKind.Number && m.Entry.B == 0 && m.Entry.A is >= 2 and <= 10 && m.Single)
            {
                found = m.Entry.A;
            }
        }

        cache[word] = found;
        return found;
    }

    /// <summary>True when the word alone is a time unit or a year word in Time's lexicon ("سنوات"، "سنتين"، "أعوام"، "أشهر").</summary>
    private static bool TimeWord(string word, Dictionary<string, int?> cache)
    {
        var key = "\u0001" + word;
        if (!cache.TryGetValue(key, out var value))
        {
            value = TimeMatches(word).Any(m => m.Single && m.Entry.Kind is Time.Lexicon.LexKind.Unit or Time.Lexicon.LexKind.YearWord
                or Time.Lexicon.LexKind.MonthWord or Time.Lexicon.LexKind.DayWord) ? 1 : 0;
            cache[key] = value;
        }

        return value == 1;
    }

    /// <summary>The matches of Time's lexicon at the start of one word, each with whether it covers the whole word.</summary>
    private static List<(Time.Lexicon.LexEntry Entry, bool Single)> TimeMatches(string word)
    {
        var result = new List<(Time.Lexicon.LexEntry, bool)>();
        if (word.Length == 0)
        {
            return result;
        }

        var normalized = Normalization.ArabicNormalizer.Default.Normalize(word);
        using var pool = new StringPool(16);
        var tokens = new Token[Tokenizer.Default.Count(normalized, new TextSpan(0, normalized.Length))];
        var n = Tokenizer.Default.Tokenize(normalized, new TextSpan(0, normalized.Length), 0, tokens, pool);
        var matches = new List<Time.Lexicon.LexMatch>();
        CheckContext.TimeLexicon.Trie.MatchAt(tokens.AsSpan(0, n).ToArray(), 0, n, matches);
        foreach (var m in matches)
        {
            result.Add((m.Entry, m.End == n));
        }

        return result;
    }

    /// <summary>
    /// True when the ordinal at <paramref name="i"/> follows "في" that itself follows "و" or "ثم" ("شارك في المؤتمر الأول سنة 1905، ثم
    /// في الثالث سنة 1906"، "وفي الثانية"): the preposition of the written item repeated with a coordinator, its noun left out (round
    /// 16). "ثم" joins like "و", and marks the order of telling as well (round 16; a pair made with "ثم" is <see cref="Item.Paired"/>
    /// under the same conditions as one made with "و").
    /// </summary>
    private static bool JoinedPreposition(CheckContext ctx, int i)
    {
        var tk = ctx.Tokens;
        if (i < 2 || tk[i - 1].Sentence != tk[i].Sentence || tk[i - 1].Base != "في")
        {
            return false;
        }

        return (tk[i - 1].Clitics & Proclitics.Wa) != 0 || (tk[i - 2].Sentence == tk[i].Sentence && tk[i - 2].Norm is "ثم" or "و");
    }
}
