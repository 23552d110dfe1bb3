using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// ordinal-series: numbered series (المؤتمر الأول/الثاني/الثالث…, الأممية الأولى/الثانية…, الحرب
/// العالمية الأولى/الثانية) whose dates do not advance with the number. The series nouns
/// (<c>series-head</c>) are data; ordinal words are Time's number words; an item is dated by the
/// nearest usable date in its own clause. Flags a later number dated wholly before an earlier one
/// (error), and two consecutive numbers in the very same month (warning).
/// </summary>
public sealed partial class OrdinalSeriesRule : ICheckRule
{
    /// <inheritdoc />
    public string Id => "ordinal-series";

    private sealed record Item(string Head, string? Qualifier, int Number, TextSpan Span, string Surface, List<(GregorianInterval Date, TextSpan Span, string Text, Time.CalendarKind Calendar)> Dates)
    {
        /// <summary>Adjectives between the noun and the ordinal ("السنوي" in "المعرض السنوي الخامس"), or null.</summary>
        public string? Between { get; init; }

        /// <summary>The owner after the ordinal ("لجمعية الفنانين" → جمعية), or null.</summary>
        public string? After { get; init; }

        /// <summary>The ordinal is feminine ("الثانية"، "الأولى"): an elided noun after it is one of the same gender.</summary>
        public bool Feminine { get; init; }

        /// <summary>
        /// The item is read without its noun written before the number (an elided noun, or digits after the noun): its flags
        /// are info only. Such readings raised false alarms on correct texts of three burned held-out sets (summary lines
        /// only), so they are shown to the reader but not asserted.
        /// </summary>
        public bool Inferred { get; init; }

        /// <summary>
        /// The elided item is coordinated with "و" to an item written with its noun in the same sentence ("صدرت طبعته الأولى عام 1950،
        /// والثانية عام 1948"): the noun it leaves out is the one just written, so it may skip one number ("الأول … والثالث").
        /// </summary>
        public bool Coordinated { get; init; }

        /// <summary>
        /// The item is one of a noun the text counts right before ("ثلاث مرات: الأولى … والثانية …"): its series is the count's, and
        /// its number is at most <see cref="Count"/>. Its flags are warnings.
        /// </summary>
        public int Count { get; init; }

        /// <summary>The written item an elided, coordinated one continues ("طبعته الأولى …، والثانية …"), or null.</summary>
        public Item? Partner { get; init; }

        /// <summary>
        /// The elided item and its <see cref="Partner"/> are each dated after themselves, the partner before the elided ordinal
        /// ("طبعته الأولى عام 1950، والثانية عام 1948"): each date is its own item's, and the flag is a warning (round 14). Borrowed
        /// dates ("بعد القمة الأولى في القاهرة والثانية في الإسكندرية سنة 1964") keep it info.
        /// </summary>
        public bool Paired { get; init; }

        /// <summary>The item is of a noun outside the series list (round 18): its flags are warnings.</summary>
        public bool AnyNoun { get; init; }

        /// <summary>A numbered item ("الدورة 12 للكأس: 2004") dated by the date set off right after it: its flags are warnings.</summary>
        public bool Apposed { get; init; }

        /// <summary>The sentence of the ordinal.</summary>
        public int Sentence { get; init; }

        /// <summary>
        /// The item's series is inferred but not elided: an ordinal with the pronoun of a counted noun ("أربعة دواوين … ثانيها …
        /// ثالثها"), or a bare noun joined to the one owned series of its noun told beside it ("مؤتمر مسلمي روسيا الثالث … بعد المؤتمر
        /// الثاني"). Its flags are warnings.
        /// </summary>
        public bool Joined { get; init; }

        /// <summary>The content words of the act of a "للمرة N" item (round 21), or null.</summary>
        public List<string>? Act { get; init; }

        /// <summary>The office the act of a "للمرة N" item takes ("عاد إلى الملك"), or null.</summary>
        public string? Office { get; init; }
    }

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
    {
        var heads = new HashSet<string>(ctx.Lexicon.Cues("series-head").Select(c => string.Join(' ', c.Tokens)), StringComparer.Ordinal);
        var items = new List<Item>();
        var tokens = ctx.Tokens;
        var ordinals = new Dictionary<string, int?>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int?>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!ctx.IsContent(tokens[i].Sentence))
            {
                continue;
            }

            // An ordinal with the preposition ل ("لأول مرة") is a phrase of time, never an item's number.
            if ((tokens[i].Clitics & Proclitics.Li) == 0 && ctx.OrdinalAt(i, out var len) is { } value)
            {
                Item? item = null;
                if (len == 1 && value == 1 && tokens[i].Norm == "اول" && i + 1 < tokens.Length && tokens[i + 1].Sentence == tokens[i].Sentence)
                {
                    // "أول مؤتمر": the noun follows.
                    var head = Bare(tokens[i + 1]);
                    if (heads.Contains(head))
                    {
                        var sp = new TextSpan(tokens[i].Span.Start, tokens[i + 1].Span.End);
                        item = new Item(head, Qualifier(ctx, i + 2), 1, sp, ctx.Text(sp), []);
                    }
                }
                else if (i > 0 && tokens[i - 1].Sentence == tokens[i].Sentence && (HasArticle(tokens[i - 1]) || Possessed(tokens[i - 1], heads) is not null)
                    && !TimesWord(tokens[i - 1]) && !AdverbialTimesWord(ctx, i - 1))
                {
                    var one = Possessed(tokens[i - 1], heads) ?? Bare(tokens[i - 1]);
                    var start = i - 1;
                    string? head = null;
                    var before = i > 1 && tokens[i - 2].Sentence == tokens[i].Sentence ? (HasArticle(tokens[i - 2]) ? Bare(tokens[i - 2]) : Possessed(tokens[i - 2], heads)) : null;
                    if (before is not null && heads.Contains(before + " " + one))
                    {
                        head = before + " " + one;
                        start = i - 2;
                    }
                    else if (heads.Contains(one))
                    {
                        head = one;
                    }

                    // Adjectives between the noun and the ordinal ("المؤتمر العام الثالث"، "الحرب الأهلية
                    // الأمريكية الثانية"): up to three words with the article, in the same clause.
                    string? between = null;
                    if (head is null)
                    {
                        var (cs, _) = ctx.ClauseOf(i);
                        for (var k = i - 2; k >= Math.Max(cs, i - 4) && HasArticle(tokens[k + 1]) && tokens[k + 1].Kind == TokenKind.Arabic; k--)
                        {
                            if (Possessed(tokens[k], heads) is { } owned)
                            {
                                // "مؤتمره الوطني الثالث"، "مؤتمرها العام الخامس": the noun made definite by its owner.
                                head = owned;
                                start = k;
                                between = string.Join(' ', Enumerable.Range(k + 1, i - k - 1).Select(x => Bare(tokens[x])));
                                break;
                            }

                            if (!HasArticle(tokens[k]) || tokens[k].Kind != TokenKind.Arabic)
                            {
                                // "كونشرتو البيانو الثاني"، "مؤتمر الحزب العشرون"، "مؤتمر الحزب الشيوعي التاسع عشر": the noun in
                                // construct with a definite owner, which makes the whole phrase definite; the owner words are the
                                // item's qualifier (another owner, another series).
                                var bare = heads.Contains(tokens[k].Norm) ? tokens[k].Norm
                                    : (tokens[k].Clitics & (Proclitics.Li | Proclitics.Bi | Proclitics.Ka)) == 0 && heads.Contains(tokens[k].Base) ? tokens[k].Base : null;
                                if (tokens[k].Kind == TokenKind.Arabic && bare is not null)
                                {
                                    // The owner names the series ("بطولة القدس الدولية الرابعة" is not the fourth of "البطولة"
                                    // told elsewhere): noun and owner together are the series' head, never merged with the bare noun's items.
                                    between = string.Join(' ', Enumerable.Range(k + 1, i - k - 1).Select(x => Bare(tokens[x])));
                                    head = bare + " " + between;
                                    start = k;
                                }

                                break;
                            }

                            if (heads.Contains(Bare(tokens[k])) || (k > cs && HasArticle(tokens[k - 1]) && heads.Contains(Bare(tokens[k - 1]) + " " + Bare(tokens[k]))))
                            {
                                var two = k > cs && HasArticle(tokens[k - 1]) && heads.Contains(Bare(tokens[k - 1]) + " " + Bare(tokens[k]));
                                head = two ? Bare(tokens[k - 1]) + " " + Bare(tokens[k]) : Bare(tokens[k]);
                                start = two ? k - 1 : k;
                                between = string.Join(' ', Enumerable.Range(k + 1, i - k - 1).Select(x => Bare(tokens[x])));
                                break;
                            }
                        }
                    }

                    Item? full = null;
                    if (head is null && HasArticle(tokens[i - 1]) && !heads.Contains(one) && ShortenedHead(items, one, tokens[i].Sentence) is { } longer)
                    {
                        // "في الفصل التشريعي الثالث عام 1975، ثم في الفصل الرابع": a series noun of two words written once in full and
                        // then by its first word alone (round 18). Joined: its flags are warnings.
                        (head, full) = (longer.Head, longer);
                    }

                    if (full is not null)
                    {
                        var sp = new TextSpan(tokens[i - 1].Span.Start, tokens[i + len - 1].Span.End);
                        item = new Item(full.Head, full.Qualifier, value, sp, ctx.Text(sp), []) { Between = full.Between, After = full.After, Joined = true };
                    }
                    else if (head is not null)
                    {
                        var sp = new TextSpan(tokens[start].Span.Start, tokens[i + len - 1].Span.End);
                        var after = Qualifier(ctx, i + len);
                        var qualifier = between is null ? after : after is null ? between : between + " " + after;
                        item = new Item(head, qualifier, value, sp, ctx.Text(sp), []) { Between = between, After = after };
                    }
                }

                if (item is null && TimesItem(ctx, i, value, len, items) is { } times)
                {
                    // "جُدّدت الوقفية للمرة الثانية سنة …، ثم للمرة الثالثة سنة …": the times of one repeated act (round 21).
                    item = times;
                }

                if (item is null && HasArticle(tokens[i]) && OwnedByName(ctx, i, heads) is var (ownerStart, ownerHead) && ownerStart >= 0)
                {
                    // "مؤتمر مسلمي روسيا الثالث"، "مهرجان قرطاج الثاني": the noun in construct with a name owner, no article before
                    // the ordinal. Noun and owner are the series' head, as with a definite owner.
                    var sp = new TextSpan(tokens[ownerStart].Span.Start, tokens[i + len - 1].Span.End);
                    var between = ownerHead[(ownerHead.IndexOf(' ', StringComparison.Ordinal) + 1)..];
                    item = new Item(ownerHead, between, value, sp, ctx.Text(sp), []) { Between = between };
                }

                if (item is null && AnyNounItem(ctx, i, value, len, heads, counts) is { } any)
                {
                    // "الطاعون الثالث"، "ولايته الثانية": a series of a noun outside the list (round 18).
                    item = any;
                }

                if (item is null && PartitiveItem(ctx, i, value, len) is { } partitive)
                {
                    // "الخامس من شيوخ الأزهر تولى سنة …": the series named by "من" and a plural noun after the ordinal (round 23).
                    item = partitive;
                }

                if (item is null && CountedItem(ctx, i, value, len, items, counts) is { } counted)
                {
                    // "ولي القضاء ثلاث مرات: الأولى سنة …، والثانية سنة …"، "رحل إلى مصر رحلتين، الأولى …": ordinals standing for
                    // the n-th of a noun the text counts just before them.
                    item = counted;
                }

                if (item is null && value >= 2 && ElidedAfter(ctx, i, items) is { } prev
                    && (Math.Abs(prev.Number - value) == 1 || (CoordinatedWith(ctx, i, prev) && Math.Abs(prev.Number - value) == 2)))
                {
                    // "ديوانه الأول سنة 1956 والثاني سنة 1963"، "سيمفونيته الرابعة … أما الخامسة فقد قدّمها": an ordinal
                    // standing alone after an item of a series, of the same gender, is the next (or the one before) with its noun
                    // left out. "الأول" alone is "the former" of two things just named ("أما الأول فـ… وأما الثاني فـ…"), and
                    // a number far from the item before is no continuation of it: neither is read.
                    var sp = new TextSpan(tokens[i].Span.Start, tokens[i + len - 1].Span.End);
                    item = new Item(prev.Head, prev.Qualifier, value, sp, ctx.Text(sp), [])
                    {
                        Between = prev.Between, After = prev.After, Inferred = true, Coordinated = CoordinatedWith(ctx, i, prev),
                        Partner = CoordinatedWith(ctx, i, prev) ? prev : null,
                    };
                }

                if (item is not null)
                {
                    item = item with { Feminine = Feminine(tokens[i]), Sentence = tokens[i].Sentence };
                    DateItem(ctx, item, i);
                    if (item.Count > 0 && item.Dates.Count > 0 && Anchored(ctx, item.Dates[0].Span))
                    {
                        // "والثاني سنة إحدى وثلاثين": a year completed from another date is no order of a counted item.
                        item.Dates.Clear();
                    }

                    if (item.Partner is { } partner && OwnDate(item) && OwnDate(partner) && partner.Dates[0].Span.End <= item.Span.Start
                        && !Anchored(ctx, item.Dates[0].Span) && !Anchored(ctx, partner.Dates[0].Span) && !OrdinalBetween(ctx, partner.Span.End, i))
                    {
                        item = item with { Paired = true };
                    }

                    items.Add(item);
                    i += len - 1;
                }
            }
            else if (PossessedOrdinal(ctx, i, ordinals) is { } owned)
            {
                // "له أربعة دواوين، صدر ثانيها سنة 1962 … أما ثالثها فصدر سنة 1958": an ordinal with the pronoun of a counted noun.
                // The series is the pronoun's, one for a run of sentences that follow each other.
                var last = items.LastOrDefault(x => x.Head.StartsWith(PronounSeries, StringComparison.Ordinal));
                var head = last is not null && last.Head.EndsWith(" " + owned.Suffix, StringComparison.Ordinal) && tokens[i].Sentence - last.Sentence is 0 or 1
                    ? last.Head : $"{PronounSeries}{tokens[i].Sentence} {owned.Suffix}";
                var numbered = new Item(head, null, owned.Number, tokens[i].Span, ctx.Text(tokens[i].Span), []) { Sentence = tokens[i].Sentence, Joined = true };
                DateItem(ctx, numbered, i);
                items.Add(numbered);
            }
            else if (CardinalItem(ctx, i, heads) is { } numbered)
            {
                // "صدر العدد 500 من المجلة … وكان العدد 499 قد صدر": a series noun numbered by digits. Dated by a date set off right
                // after it ("- الدورة 12 للكأس: 2004"، "العدد 12 (1931)"), a list's entry, its flags are warnings (round 18).
                var apposed = DateItem(ctx, numbered, i);
                items.Add(apposed ? numbered with { Apposed = true } : numbered);
            }
        }

        JoinOfficeTimes(items);
        JoinBareItems(items);
        foreach (var f in StatedOrder(ctx, [.. items.Where(x => !x.Inferred)]))
        {
            yield return f;
        }

        foreach (var group in items.GroupBy(x => x.Head))
        {
            // A qualifier the text writes in full once and shortened after ("الدورة البرلمانية الخامسة لمجلس النواب" …
            // "الدورة البرلمانية السادسة") is the same series: each qualifier joins the shortest one it begins with.
            var written = group.Select(x => x.Qualifier).Where(q => q is not null).Select(q => q!).Distinct().ToList();
            string? Canonical(string? q) => q is null ? null
                : written.Where(w => w == q || q.StartsWith(w + " ", StringComparison.Ordinal)).MinBy(w => w.Length) ?? q;
            var qualifiers = written.Select(Canonical).Distinct().ToList();
            var series = qualifiers.Count <= 1
                ? [group.ToList()]
                : qualifiers.Select(q => group.Where(x => Canonical(x.Qualifier) == q).ToList()).ToList();

            // An adjective written once and left out after ("المعرض السنوي الخامس لجمعية الفنانين" … "المعرض السادس للجمعية"): the
            // items without adjectives join the one series with them, when their owners agree and only one adjective is written.
            var betweens = group.Select(x => x.Between).Where(b => b is not null).Distinct().ToList();
            if (series.Count > 1 && betweens.Count == 1 && group.Select(x => x.After).Distinct().Count() == 1)
            {
                series = [group.ToList()];
            }
            foreach (var s in series)
            {
                foreach (var f in CheckSeries(s))
                {
                    yield return f;
                }
            }
        }
    }

    /// <summary>
    /// An order the text states between two items of one series, without dates: "اختُتمت الدورة الخامسة عشرة … بعد عام واحد من
    /// دورته السادسة عشرة" puts the 15th after the 16th. The offset ("بعد"/"قبل" + a span + "من") is measured from the item right
    /// after it, and tells of the nearest item before it in the same sentence. A warning: the two items' series is inferred.
    /// </summary>
    private IEnumerable<Flag> StatedOrder(CheckContext ctx, List<Item> items)
    {
        foreach (var t in ctx.Timexes)
        {
            if (t.Anchor is null || !ctx.Usable(t))
            {
                continue;
            }

            var first = ctx.FirstToken(t.Span);
            var word = first < ctx.Tokens.Length ? ctx.Tokens[first].Base : "";
            if (word is not ("بعد" or "قبل"))
            {
                continue;
            }

            var reference = items.FirstOrDefault(x => OffsetFrom(ctx, t, x));
            if (reference is null)
            {
                continue;
            }

            var sentence = ctx.Tokens[first].Sentence;
            var told = items.Where(x => x != reference && x.Head == reference.Head && x.Span.End <= t.Span.Start && ctx.Tokens[ctx.FirstToken(x.Span)].Sentence == sentence)
                .OrderByDescending(x => x.Span.Start).FirstOrDefault();
            if (told is null || told.Number == reference.Number)
            {
                continue;
            }

            var after = word == "بعد";
            if (after ? told.Number < reference.Number : told.Number > reference.Number)
            {
                yield return CheckContext.MakeFlag(Id, Severity.Warning, [told.Span, t.Span, reference.Span],
                    $"يقول النص إن «{told.Surface}» جاء {(after ? "بعد" : "قبل")} «{reference.Surface}»، مع أن رقمه ({told.Number}) يقتضي أن يأتي {(after ? "قبله" : "بعده")} ({reference.Number}).",
                    $"The text puts “{told.Surface}” (number {told.Number}) {(after ? "after" : "before")} “{reference.Surface}” (number {reference.Number}), though its number says it came {(after ? "earlier" : "later")}.",
                    ("series", told.Head), ("told_number", told.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ("reference_number", reference.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("order", after ? "after" : "before"));
            }
        }
    }

    private IEnumerable<Flag> CheckSeries(List<Item> items)
    {
        var byNumber = items.Where(x => x.Dates.Count > 0).GroupBy(x => x.Number).OrderBy(g => g.Key).ToList();
        for (var a = 0; a < byNumber.Count; a++)
        {
            for (var b = a + 1; b < byNumber.Count; b++)
            {
                var lower = byNumber[a];
                var higher = byNumber[b];
                var lowDates = lower.SelectMany(x => x.Dates).ToList();
                var highDates = higher.SelectMany(x => x.Dates).ToList();
                var lowMin = lowDates.MinBy(d => d.Date.Start);
                var highMax = highDates.MaxBy(d => d.Date.End);
                var lowItem = lower.First(x => x.Dates.Contains(lowMin));
                var highItem = higher.First(x => x.Dates.Contains(highMax));
                if (lowMin.Date.Start.Year < 100 != highMax.Date.Start.Year < 100
                    || (CutYear(lowMin.Date, lowMin.Text) != CutYear(highMax.Date, highMax.Text) && lowMin.Date.Start.Year / 100 != highMax.Date.Start.Year / 100))
                {
                    // "الثالثة سنة تسع وأربعين، وكانت الأولى سنة … وسبعمائة": a year without its century beside a full one is a cut
                    // year (Time leaves it unanchored), not an order; nor when Time completed it with the next century, a guess
                    // (the full year's century would put it before). In the full year's century ("الثالثة سنة ستين وسبعمائة، ثم
                    // الثانية سنة أربع وستين") the order stands.
                    continue;
                }

                if (highMax.Date.End < lowMin.Date.Start)
                {
                    yield return CheckContext.MakeFlag(Id, Loose(highItem) || Loose(lowItem) ? Severity.Info
                        : highItem.Joined || lowItem.Joined || highItem.Inferred || lowItem.Inferred || highItem.AnyNoun || lowItem.AnyNoun ? Severity.Warning : Severity.Error,
                        [highItem.Span, highMax.Span, lowItem.Span, lowMin.Span],
                        $"«{Text(highItem)}» مؤرخ بـ{DateText.IntervalAr(highMax.Date, highMax.Calendar)}، أي قبل «{Text(lowItem)}» ({DateText.IntervalAr(lowMin.Date, lowMin.Calendar)})، مع أن رقمه يقتضي أن يأتي بعده.",
                        $"“{Text(highItem)}” (number {higher.Key}) is dated {DateText.IntervalEn(highMax.Date, highMax.Calendar)}, before “{Text(lowItem)}” (number {lower.Key}, {DateText.IntervalEn(lowMin.Date, lowMin.Calendar)}), though its number says it came later.",
                        ("series", lowItem.Head), ("earlier_number", lower.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        ("earlier_date", DateText.Iso(lowMin.Date)), ("later_number", higher.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        ("later_date", DateText.Iso(highMax.Date)));
                }
                else if (higher.Key == lower.Key + 1 && lowDates.Count == 1 && highDates.Count == 1
                    && lowMin.Date == highMax.Date && DateText.PrecisionOf(lowMin.Date, lowMin.Calendar) is DatePrecision.Month or DatePrecision.Day)
                {
                    yield return CheckContext.MakeFlag(Id, Loose(highItem) || Loose(lowItem) ? Severity.Info : Severity.Warning, [highItem.Span, highMax.Span, lowItem.Span, lowMin.Span],
                        $"«{Text(lowItem)}» و«{Text(highItem)}» مؤرخان كلاهما بـ{DateText.IntervalAr(lowMin.Date, lowMin.Calendar)}: يندر أن ينعقد اثنان متتاليان من السلسلة في الوقت نفسه.",
                        $"“{Text(lowItem)}” and “{Text(highItem)}” are both dated {DateText.IntervalEn(lowMin.Date, lowMin.Calendar)}: two consecutive numbers of a series rarely fall in the same month.",
                        ("series", lowItem.Head), ("earlier_number", lower.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        ("later_number", higher.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("date", DateText.Iso(lowMin.Date)));
                }
            }
        }

        static string Text(Item x) => x.Surface;
    }

    /// <summary>Dates the item (adds its date to <see cref="Item.Dates"/>); true when the date is set off right after it (a parenthesis or an apposition).</summary>
    private static bool DateItem(CheckContext ctx, Item item, int ordinalToken)
    {
        // "طبعته الأولى (1951)": a date in parentheses right after the item is its own, whatever else its clause holds.
        var afterItem = ctx.EndToken(item.Span);
        if (afterItem + 1 < ctx.Tokens.Length && ctx.Tokens[afterItem].Norm == "(" && ctx.Tokens[afterItem].Sentence == ctx.Tokens[ordinalToken].Sentence)
        {
            foreach (var ti in ctx.TimexesInSentence(ctx.Tokens[ordinalToken].Sentence))
            {
                var t = ctx.Timexes[ti];
                if (ctx.FirstToken(t.Span) == afterItem + 1 && ctx.Usable(t) && t.Range is null && DateText.PrecisionOf(t.Gregorian!.Value, t.Calendar) != DatePrecision.Other)
                {
                    item.Dates.Add((t.Gregorian!.Value, t.Span, t.Text, t.Calendar));
                    return true;
                }
            }

            // "والحرب الثانية (العدوان الثلاثي) 1967": a name of the item in parentheses, then its date right after them (round 18).
            if (DateAfterParenthesis(ctx, afterItem, ctx.Tokens[ordinalToken].Sentence) is { } named)
            {
                item.Dates.Add((named.Gregorian!.Value, named.Span, named.Text, named.Calendar));
                return true;
            }
        }

        // The nearest usable timex in the item's clause, preferring one after it. A quoted title ("من شرحه على «التنبيه» في
        // رجب سنة 760") breaks the clause in the document index but not the sentence's grammar: when the clause has no date,
        // it runs on past the title.
        var (cs, ce) = ctx.ClauseOf(ordinalToken);
        var best = Nearest(ctx, item, ordinalToken, cs, ce);
        for (var hop = 0; best is null && hop < 4 && ce < ctx.Tokens.Length && ctx.Tokens[ce].Sentence == ctx.Tokens[ordinalToken].Sentence
            && ctx.Tokens[ce].Norm is "«" or "»" or "\"" or "“" or "”"; hop++)
        {
            var next = ctx.ClauseOf(Math.Min(ce + 1, ctx.Tokens.Length - 1));
            if (next.End <= ce)
            {
                break;
            }

            ce = next.End;
            best = Nearest(ctx, item, ordinalToken, cs, ce);
        }

        // "الدورة الحادية عشرة من المهرجان، التي أقيمت هذا العام 2019": a relative clause right after the item's clause
        // tells of the item itself and dates it.
        var sentence = ctx.Tokens[ordinalToken].Sentence;
        if (best is null && ce < ctx.Tokens.Length && ctx.Tokens[ce].Sentence == sentence)
        {
            var r = ctx.Tokens[ce].Kind == TokenKind.Punctuation && ce + 1 < ctx.Tokens.Length ? ce + 1 : ce;
            if (r < ctx.Tokens.Length && ctx.Tokens[r].Sentence == sentence && ctx.Tokens[r].Norm is "التي" or "الذي" or "والتي" or "والذي")
            {
                var next = ctx.ClauseOf(r);
                if (next.End > r)
                {
                    best = Nearest(ctx, item, ordinalToken, r, next.End);
                }
            }
        }

        best ??= PredicateOfAmma(ctx, item, ordinalToken) ?? IdentifiedEvent(ctx, item, ordinalToken);
        var apposition = false;
        if (best is null && AppositionDate(ctx, item, ordinalToken, ce) is { } apposed)
        {
            best = apposed;
            apposition = true;
        }

        if (best is not null && Dating(best) && (item.Act is not null || !Redone(ctx, item, cs)))
        {
            item.Dates.Add((best.Gregorian!.Value, best.Span, best.Text, best.Calendar));
            return apposition;
        }

        return false;
    }

    /// <summary>
    /// True when a year is written without its hundreds: below 100, or written in words with no hundreds and no thousand ("سنة
    /// اثنتي عشرة", completed by Time from a full year nearby). Its century is the context's guess, not the text's.
    /// </summary>
    private static bool CutYear(GregorianInterval date, string text)
    {
        if (date.Start.Year < 100)
        {
            return true;
        }

        if (text.Any(char.IsDigit) || !(text.Contains("سنة", StringComparison.Ordinal) || text.Contains("عام", StringComparison.Ordinal)))
        {
            return false;
        }

        return !(text.Contains("مائ", StringComparison.Ordinal) || text.Contains("مئ", StringComparison.Ordinal) || text.Contains("ألف", StringComparison.Ordinal)
            || text.Contains("الف", StringComparison.Ordinal) || text.Contains("آلاف", StringComparison.Ordinal));
    }

    /// <summary>The usable timex nearest the item in the tokens [cs, ce) of its sentence, preferring one after it, or null.</summary>
    private static Time.Timex? Nearest(CheckContext ctx, Item item, int ordinalToken, int cs, int ce)
    {
        var clause = new TextSpan(ctx.Tokens[cs].Span.Start, ctx.Tokens[ce - 1].Span.End);
        Time.Timex? best = null;
        var bestDistance = int.MaxValue;
        foreach (var ti in ctx.TimexesInSentence(ctx.Tokens[ordinalToken].Sentence))
        {
            var t = ctx.Timexes[ti];
            if (!clause.Contains(t.Span) || !ctx.Usable(t) || t.Range is not null || OffsetFrom(ctx, t, item))
            {
                continue;
            }

            var distance = t.Span.Start >= item.Span.End ? t.Span.Start - item.Span.End : (item.Span.Start - t.Span.End) * 2;
            if (distance < bestDistance)
            {
                best = t;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// True when the timex is an offset measured from the item ("بعد عام من القمة الثانية والثلاثين"): it dates what the sentence
    /// tells of, counted from the item, not the item itself.
    /// </summary>
    private static bool OffsetFrom(CheckContext ctx, Time.Timex t, Item item)
    {
        var after = ctx.EndToken(t.Span);
        var itemStart = ctx.FirstToken(item.Span);
        return t.Anchor is not null && after < ctx.Tokens.Length && ctx.Tokens[after].Norm == "من" && itemStart >= after + 1 && itemStart <= after + 2;
    }

    /// <summary>
    /// An item numbered by digits right after its series noun with the article ("العدد 500"، "الدورة 12"): one to three digits,
    /// or four that cannot be a year; the number ends its phrase (punctuation, "من"، "في", a year word or a verb particle after
    /// it), so that a count with its noun ("العدد 500 نسخة") is no item. Null otherwise.
    /// </summary>
    private static Item? CardinalItem(CheckContext ctx, int i, HashSet<string> heads)
    {
        var tk = ctx.Tokens;
        if (i == 0 || !tk[i].IsNumber || tk[i].Clitics != Proclitics.None || !tk[i].Norm.All(char.IsAsciiDigit) || tk[i].Norm.Length is < 1 or > 4
            || tk[i - 1].Sentence != tk[i].Sentence || !HasArticle(tk[i - 1]) || tk[i - 1].Kind != TokenKind.Arabic || !heads.Contains(Bare(tk[i - 1]))
            || !int.TryParse(tk[i].Norm, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            || n == 0 || (tk[i].Norm.Length == 4 && n is >= 1000 and <= 2100))
        {
            return null;
        }

        // "العدد 500 من مجلة …": "من" and an indefinite noun (the publication, in construct with its name); "العدد 300 من
        // الطلاب" is a count of a definite set, no item.
        var ends = i + 1 >= tk.Length || tk[i + 1].Sentence != tk[i].Sentence || tk[i + 1].Kind == TokenKind.Punctuation
            || tk[i + 1].Norm is "في" or "عام" or "سنه" or "قد" or "الذي" or "التي"
            || (tk[i + 1].Norm == "من" && i + 2 < tk.Length && tk[i + 2].Sentence == tk[i].Sentence && tk[i + 2].Kind == TokenKind.Arabic && !HasArticle(tk[i + 2]))
            || (Qualifier(ctx, i + 1) is not null && i + 2 < tk.Length && tk[i + 2].Sentence == tk[i].Sentence && tk[i + 2].Norm is ":" or "،" or ",");
        if (!ends)
        {
            return null;
        }

        var sp = new TextSpan(tk[i - 1].Span.Start, tk[i].Span.End);
        return new Item(Bare(tk[i - 1]), Qualifier(ctx, i + 1), n, sp, ctx.Text(sp), []) { After = Qualifier(ctx, i + 1), Sentence = tk[i].Sentence, Inferred = true };
    }

    /// <summary>
    /// The item an ordinal at <paramref name="i"/> stands for with its noun left out: the ordinal carries the article and
    /// opens its phrase (after "و"، "ف"، "أما"، "ثم"، "بينما" or punctuation), and the last item found, in this sentence or
    /// the one before, has an ordinal of the same gender. Null otherwise.
    /// </summary>
    private static Item? ElidedAfter(CheckContext ctx, int i, List<Item> items)
    {
        var tk = ctx.Tokens;
        if (items.Count == 0 || !HasArticle(tk[i]) || tk[i].Kind != TokenKind.Arabic)
        {
            return null;
        }

        var opens = (tk[i].Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0 || i == 0 || tk[i - 1].Sentence != tk[i].Sentence
            || tk[i - 1].Kind == TokenKind.Punctuation || tk[i - 1].Norm is "اما" or "ثم" or "و" or "بينما" || JoinedPreposition(ctx, i)
            || RepeatedVerb(ctx, i, items[^1]);
        var prev = items[^1];
        return opens && tk[i].Sentence - prev.Sentence is 0 or 1 && prev.Feminine == Feminine(tk[i]) ? prev : null;
    }

    /// <summary>
    /// An item read without its noun: its flags are info, unless it is <see cref="Item.Paired"/>. Raising every coordinated one to a
    /// warning (round 13) flagged correct texts whose items borrow a date told before them ("وكانت القمة الأولى قد انعقدت … في يناير
    /// 1964 والثانية في الإسكندرية في سبتمبر من العام نفسه"); round 14 raises only the pairs each dated after itself.
    /// </summary>
    private static bool Loose(Item x) => x.Inferred && !x.Paired && !x.Apposed;

    /// <summary>
    /// True when another ordinal stands between the written item and the elided one ("فرغ من الجزء الثالث …، وكان قد أتم الأول …،
    /// والثاني …"): the elided ordinal continues that one, not the written item.
    /// </summary>
    private static bool OrdinalBetween(CheckContext ctx, int from, int ordinalToken)
    {
        for (var k = ordinalToken - 1; k >= 0 && ctx.Tokens[k].Span.Start >= from; k--)
        {
            if (ctx.OrdinalAt(k, out _) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the timex at <paramref name="span"/> was completed from another expression (a year without its century).</summary>
    private static bool Anchored(CheckContext ctx, TextSpan span)
    {
        foreach (var t in ctx.Timexes)
        {
            if (t.Span == span)
            {
                return t.Anchor is not null;
            }
        }

        return false;
    }

    /// <summary>True when the item's one date is written after it ("والثانية سنة 1948"), not borrowed from before it.</summary>
    private static bool OwnDate(Item x) => x.Dates.Count == 1 && x.Dates[0].Span.Start >= x.Span.End;

    /// <summary>
    /// True when the ordinal at <paramref name="i"/> carries "و" (as a clitic or a word before it) and the item before it, in the same
    /// sentence, is written with its own noun ("ديوانها الأول عام 1961، والثالث عام 1966").
    /// </summary>
    private static bool CoordinatedWith(CheckContext ctx, int i, Item prev)
    {
        var tk = ctx.Tokens;
        var wa = (tk[i].Clitics & Proclitics.Wa) != 0 || (i > 0 && tk[i - 1].Norm is "و" or "ثم") || JoinedPreposition(ctx, i) || RepeatedVerb(ctx, i, prev);
        return wa && (!prev.Inferred || prev.Paired) && !prev.Joined && prev.Sentence == tk[i].Sentence && prev.Span.End <= tk[i].Span.Start;
    }

    /// <summary>True for a feminine ordinal ("الثانية"، "الأولى").</summary>
    private static bool Feminine(Token t)
    {
        var n = t.Base.Length > 0 ? t.Base : t.Norm;
        return n.EndsWith(TaMarbuta, StringComparison.Ordinal) || n.EndsWith('ة') || n.EndsWith("ولى", StringComparison.Ordinal) || n.EndsWith("ولي", StringComparison.Ordinal);
    }

    private static readonly string TaMarbuta = Normalization.ArabicNormalizer.Default.NormalizeString("ة");

    private static bool HasArticle(Token t) => (t.Clitics & Proclitics.Al) != 0 || t.Base.StartsWith("ال", StringComparison.Ordinal);

    private static string Bare(Token t)
    {
        var b = t.Base;
        if ((t.Clitics & Segmentation.Proclitics.Al) != 0)
        {
            return b; // the article is already a clitic: "الألعاب" → "ألعاب", not "عاب"
        }

        return b.StartsWith("ال", StringComparison.Ordinal) && b.Length > 3 ? b[2..] : b;
    }

    private static string? Qualifier(CheckContext ctx, int k)
    {
        if (k >= ctx.Tokens.Length)
        {
            return null;
        }

        var t = ctx.Tokens[k];
        if ((t.Clitics & Proclitics.Li) == 0 || t.Kind != TokenKind.Arabic)
        {
            return null;
        }

        var b = Bare(t);
        // "أُذيع الموسم الثاني لأول مرة"، "للمرة الأخيرة": a phrase of time after the item, not its owner.
        return b.Length <= 2 || b is "اول" or "اولي" or "مره" or "اخر" or "اخيره" or "اخير" ? null : b;
    }
}
