using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// ordinal-series, round 21 (issue-21d): the times of one repeated act ("جُدّدت الوقفية للمرة الثانية سنة …، ثم للمرة الثالثة
/// سنة …"), and a term of office told both by "للمرة N" and by the office noun with its owner ("عاد إلى الملك للمرة الثانية …
/// وكانت سلطنته الثالثة …"). "للمرة الثانية" alone is common in prose of different acts ("فاز بالبطولة للمرة الثانية" for another
/// title than the first), so two "للمرة" items are one series only when the second repeats the first's act: its verb left out
/// ("ثم للمرة الثالثة"), or the same verb with no other object ("وكانت قد جُدّدت للمرة الثانية"). A series of offices joins the one
/// owned office noun of the same office near it. The items' flags are warnings (their series is inferred).
/// </summary>
public sealed partial class OrdinalSeriesRule
{
    /// <summary>The head prefix of the series of one repeated act.</summary>
    private const string TimesSeries = "مره:";

    /// <summary>Words of a clause that tell nothing of its act: connectors, auxiliaries, particles and the preposition of a date.</summary>
    private static readonly HashSet<string> ActFiller = new(
        ["و", "ف", "ثم", "قد", "لقد", "كان", "كانت", "في", "كما", "ان", "إن", "أن", "بعد", "ذلك", "حين", "حيث", "ايضا", "أيضا", "عندما", "لما"],
        StringComparer.Ordinal);

    /// <summary>
    /// Offices held for a term (normalized lemma → the office): a reign is one office whatever its word ("الملك"، "السلطنة"،
    /// "العرش"، "الحكم"، "الخلافة"، "الإمارة"); "الولاية" (a governorship or a reign) joins any.
    /// </summary>
    private static readonly Dictionary<string, string> Offices = new(StringComparer.Ordinal)
    {
        ["ملك"] = "reign", ["سلطنه"] = "reign", ["عرش"] = "reign", ["حكم"] = "reign", ["خلافه"] = "reign", ["اماره"] = "reign",
        ["وزاره"] = "vizierate", ["رئاسه"] = "presidency", ["قضاء"] = "judgeship", ["مشيخه"] = "sheikhdom", ["نيابه"] = "deputyship",
        ["ولايه"] = "*",
    };

    /// <summary>Verbs of taking an office, right before the office noun ("تولى السلطنة"، "ولي القضاء"، "اعتلى العرش"; normalized).</summary>
    private static readonly HashSet<string> TakesOffice = new(["تولي", "تولى", "ولي", "تقلد", "تسلم", "استلم", "اعتلي", "اعتلى", "الي", "الى", "إلى", "علي", "على"], StringComparer.Ordinal);

    /// <summary>
    /// An item "للمرة N" at the ordinal <paramref name="i"/>: "للمرة" right before it, and the phrase closed right after it (punctuation,
    /// the sentence's end or a date), so that no object follows it. Its series is the act of the item before it when this one
    /// repeats it, else one of its own. Null otherwise.
    /// </summary>
    private static Item? TimesItem(CheckContext ctx, int i, int value, int len, List<Item> items)
    {
        var tk = ctx.Tokens;
        var adverbial = i >= 1 && AdverbialTimesWord(ctx, i - 1);
        if (i < 1 || tk[i - 1].Sentence != tk[i].Sentence || !(TimesWord(tk[i - 1]) || adverbial) || !Feminine(tk[i]) || InTimex(ctx, i)
            || !(ClosedAfter(ctx, i + len, tk[i].Sentence) || (adverbial && i + len < tk.Length && tk[i + len].Sentence == tk[i].Sentence && KanaForms.Contains(tk[i + len].Norm))))
        {
            return null;
        }

        var (cs, _) = ctx.ClauseOf(i);
        var act = Act(ctx, cs, i - 1);
        var office = Office(ctx, cs, i - 1);
        var sp = new TextSpan(tk[i - 1].Span.Start, tk[i + len - 1].Span.End);
        var prev = items.LastOrDefault(x => x.Head.StartsWith(TimesSeries, StringComparison.Ordinal));
        var head = TimesSeries + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (prev is not null && tk[i].Sentence - prev.Sentence is 0 or 1 && prev.Number != value && Repeats(act, prev.Act))
        {
            head = prev.Head;
            office ??= prev.Office;
        }

        return new Item(head, null, value, sp, ctx.Text(sp), []) { Joined = true, Act = act, Office = office };
    }

    /// <summary>True when the phrase ends at token <paramref name="k"/>: punctuation, the sentence's end, a date, or "في" and a date.</summary>
    private static bool ClosedAfter(CheckContext ctx, int k, int sentence)
    {
        var tk = ctx.Tokens;
        return k >= tk.Length || tk[k].Sentence != sentence || tk[k].Kind == TokenKind.Punctuation || InTimex(ctx, k)
            || (tk[k].Norm == "في" && k + 1 < tk.Length && tk[k + 1].Sentence == sentence && InTimex(ctx, k + 1));
    }

    /// <summary>The content words of the clause [<paramref name="cs"/>, <paramref name="end"/>): its verb and objects, without dates and fillers.</summary>
    private static List<string> Act(CheckContext ctx, int cs, int end)
    {
        var tk = ctx.Tokens;
        var words = new List<string>();
        for (var k = cs; k < end; k++)
        {
            var b = tk[k].Base.Length > 0 ? tk[k].Base : tk[k].Norm;
            if (tk[k].Kind != TokenKind.Arabic || InTimex(ctx, k) || ActFiller.Contains(tk[k].Norm) || ActFiller.Contains(b))
            {
                continue;
            }

            words.Add(b);
        }

        return words;
    }

    /// <summary>
    /// True when an act repeats the one before: left out ("ثم للمرة الثالثة"), or the same verb alone or with the same words
    /// ("وكانت قد جُدّدت للمرة الثانية" after "جُدّدت إجارة الأرض للمرة الثالثة").
    /// </summary>
    private static bool Repeats(List<string> act, List<string>? before)
        => before is not null && (act.Count == 0 || (before.Count > 0 && act[0] == before[0] && (act.Count == 1 || act.SequenceEqual(before))));

    /// <summary>
    /// The office the clause takes ("عاد إلى الملك"، "تولى السلطنة"، "تولى الأمير الحكم للمرة الثانية"): an office noun with the article
    /// after a verb of taking or "إلى"/"على", or right before "للمرة" (its object); "الملك" there may be the king, so it needs the verb.
    /// </summary>
    private static string? Office(CheckContext ctx, int cs, int end)
    {
        var tk = ctx.Tokens;
        for (var k = Math.Max(cs, 1); k < end; k++)
        {
            if (tk[k].Kind == TokenKind.Arabic && HasArticle(tk[k]) && (tk[k].Clitics & (Proclitics.Li | Proclitics.Bi | Proclitics.Ka)) == 0
                && Offices.TryGetValue(Bare(tk[k]), out var office)
                && (TakesOffice.Contains(tk[k - 1].Norm) || TakesOffice.Contains(tk[k - 1].Base) || (k == end - 1 && Bare(tk[k]) != "ملك")))
            {
                return office;
            }
        }

        return null;
    }

    /// <summary>
    /// "عاد إلى الملك للمرة الثانية، وكانت سلطنته الثالثة سنة …": a series of times of an office joins the one series of an owned noun
    /// of the same office ("سلطنته"، "ولايته") in the same sentence or the next; the items of the times take its head.
    /// </summary>
    private static void JoinOfficeTimes(List<Item> items)
    {
        foreach (var group in items.Where(x => x.Head.StartsWith(TimesSeries, StringComparison.Ordinal) && (x.Office is not null || x.Act is { Count: > 0 }))
            .GroupBy(x => x.Head).ToList())
        {
            var office = group.FirstOrDefault(x => x.Office is not null)?.Office;
            var act = group.First().Act;
            var owned = items.Where(x => !x.Head.StartsWith(TimesSeries, StringComparison.Ordinal) && group.Any(g => Math.Abs(g.Sentence - x.Sentence) <= 1)
                    && (office is not null
                        ? Offices.TryGetValue(OfficeLemma(x.Head), out var o) && (o == office || o == "*" || office == "*")
                        : (x.Head.StartsWith(AnyNounSeries, StringComparison.Ordinal) ? x.Head.Contains('+', StringComparison.Ordinal) : !x.Head.Contains(':', StringComparison.Ordinal) && Owned(x.Surface))
                            && NounOfAct(OfficeLemma(x.Head), act)))
                .Select(x => x.Head).Distinct().ToList();
            if (owned.Count != 1)
            {
                continue;
            }

            for (var k = 0; k < items.Count; k++)
            {
                if (items[k].Head == group.Key)
                {
                    items[k] = items[k] with { Head = owned[0] };
                }
            }
        }
    }

    /// <summary>
    /// Round 22 (issue 12): "قدم المعز مصر للمرة الثانية … وكانت قدمته الأولى سنة …"، "زار دمشق للمرة الثالثة … وكانت زيارته الثانية":
    /// the owned noun is the act's verbal noun when its letters without the weak ones (ا و ي ى) and the final ه are the verb's (one of the
    /// act's first two words).
    /// </summary>
    private static bool NounOfAct(string lemma, List<string>? act)
    {
        if (act is null)
        {
            return false;
        }

        var noun = Skeleton(lemma.EndsWith('ه') ? lemma[..^1] : lemma);
        return noun.Length >= 2 && act.Take(2).Any(w => Skeleton(w) == noun);

        static string Skeleton(string w) => string.Concat(w.Where(c => c is not ('ا' or 'و' or 'ي' or 'ى' or 'أ' or 'إ' or 'آ')));
    }

    /// <summary>True when the item's noun (its first word as written) carries an owner's pronoun ("رحلته"، "زيارتها"), not a bare "رحلة".</summary>
    private static bool Owned(string surface)
    {
        var space = surface.IndexOf(' ', StringComparison.Ordinal);
        var noun = space > 0 ? surface[..space] : surface;
        return noun.Length > 3 && (noun.EndsWith('ه') || noun.EndsWith("ها", StringComparison.Ordinal) || noun.EndsWith("هم", StringComparison.Ordinal));
    }

    /// <summary>The noun of a series head: "سلطنه" of "سلطنه" (a listed noun) and of "~سلطنه+ه" (any noun with its owner).</summary>
    private static string OfficeLemma(string head)
    {
        var h = head.StartsWith(AnyNounSeries, StringComparison.Ordinal) ? head[AnyNounSeries.Length..] : head;
        var plus = h.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? h[..plus] : h;
    }

    /// <summary>"للمرة": the times word with "ل" and the article, which numbers the times of an act, not an item of the noun before it.</summary>
    private static bool TimesWord(Token t) => (t.Clitics & Proclitics.Li) != 0 && HasArticle(t) && Bare(t) == "مره";

    /// <summary>
    /// "سافر للسعودية المرة الثالثة سنة 1980، والمرة الرابعة كانت قبلها سنة 1976": "المرة" with the article and no preposition, an
    /// adverb of the act as "للمرة" is (round 23); its phrase may go on with "كان" ("والمرة الرابعة كانت …"). After a demonstrative
    /// ("هذه المرة الثانية التي …") it names a time, not an act's number, and is left out.
    /// </summary>
    private static bool AdverbialTimesWord(CheckContext ctx, int k)
    {
        var t = ctx.Tokens[k];
        return (t.Clitics & (Proclitics.Li | Proclitics.Bi | Proclitics.Ka)) == 0 && HasArticle(t) && Bare(t) == "مره" && t.Kind == TokenKind.Arabic
            && !(k > 0 && ctx.Tokens[k - 1].Sentence == t.Sentence && ctx.Tokens[k - 1].Norm is "هذه" or "وهذه" or "تلك" or "وتلك" or "هي" or "وهي");
    }

    /// <summary>
    /// "أقيم مهرجان الخرطوم الرابع سنة 1978 وأقيم الخامس سنة 1975": the ordinal stands after the same verb as the item before it,
    /// repeated with "و" or "ثم"; the noun the verb took the first time is left out the second.
    /// </summary>
    private static bool RepeatedVerb(CheckContext ctx, int i, Item prev)
    {
        var tk = ctx.Tokens;
        var first = ctx.FirstToken(prev.Span);
        if (i < 2 || first < 1 || prev.Sentence != tk[i].Sentence || prev.Span.End > tk[i].Span.Start || tk[i - 1].Kind != TokenKind.Arabic
            || tk[first - 1].Kind != TokenKind.Arabic || tk[i - 1].Base.Length < 3 || tk[i - 1].Base != tk[first - 1].Base || HasArticle(tk[i - 1]))
        {
            return false;
        }

        return (tk[i - 1].Clitics & Proclitics.Wa) != 0 || tk[i - 2].Norm is "و" or "ثم";
    }
}
