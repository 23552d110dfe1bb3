using System.Collections.Immutable;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// The anachronism rule's list-based check (round 7): an act dated in a listed body, state, newspaper, school, technique or
/// reign before it began or after it ended (<c>bounded-bodies.tsv</c>), when the text states no founding or ending of its own
/// for it ("عُيّن مندوبا لدى جامعة الدول العربية عام 1938"، "استقبل رئيس جمهورية اليمن الديمقراطية الشعبية" under a 1992
/// dateline). The years come from a list, not from the text: a warning, never an error.
/// </summary>
public sealed partial class AnachronismRule
{
    private static IEnumerable<Flag> KnownBounds(CheckContext ctx, Dictionary<int, Bound> founded, Dictionary<int, Bound> ended, HashSet<int> flaggedAt)
    {
        foreach (var f in KnownBounds(ctx, ctx.Lexicon.BoundedBodies, founded, ended, flaggedAt))
        {
            flaggedAt.Add(f.Spans[0].Start);
            yield return f;
        }

        // With a knowledge base: the founding and dissolution years (P571/P576) of the bodies and states the document links,
        // named as the text names them, read the same way (a name the list already flagged is not flagged twice).
        if (ctx.Knowledge?.Bodies is { } linked)
        {
            foreach (var f in KnownBounds(ctx, linked, founded, ended, flaggedAt))
            {
                flaggedAt.Add(f.Spans[0].Start);
                yield return f;
            }
        }

        // A meeting with a well-known person outside that person's life (round 10, AnachronismRule.People).
        foreach (var f in MeetingsOutsideLife(ctx))
        {
            if (flaggedAt.Add(f.Spans[0].Start))
            {
                yield return f;
            }
        }
    }

    private static IEnumerable<Flag> KnownBounds(CheckContext ctx, BoundedBodies list, Dictionary<int, Bound> founded, Dictionary<int, Bound> ended, HashSet<int> flaggedAt)
    {
        var doc = ctx.Document;
        var docText = doc.Normalized?.Text ?? Norm(doc.Source.Text);
        // Each stated name once, and each written name compared with them once per document (issue #18: not every stated name for
        // every listed body found).
        var statedNames = founded.Values.Concat(ended.Values).Select(b => b.Name).Distinct(StringComparer.Ordinal).ToList();
        var namedAsStated = new Dictionary<string, bool>(StringComparer.Ordinal);
        HashSet<int>? eventClauses = null;
        HashSet<int>? actClauses = null;
        HashSet<int>? lifeClauses = null;
        Dictionary<string, bool>? unlessInText = null;
        LifeDates? lifeDates = null;
        var reported = new HashSet<(BoundedBody, int)>();
        for (var k = 0; k < ctx.Tokens.Length; k++)
        {
            var t = ctx.Tokens[k];
            if (t.Kind != Segmentation.TokenKind.Arabic || !ctx.IsContent(t.Sentence))
            {
                continue;
            }

            if (Listed(ctx, list, k) is not { } match)
            {
                continue;
            }

            var (body, end) = match;
            var span = new TextSpan(t.Span.Start, ctx.Tokens[end - 1].Span.End);
            var skipTo = end - 1;
            var sentenceText = SentenceNorm(ctx, t.Sentence);
            if ((body.Requires is { } req && !sentenceText.Contains(req, StringComparison.Ordinal))
                || (body.Unless is { } unless && InText(unlessInText ??= new(StringComparer.Ordinal), docText, unless))
                || NamedAsStated(ctx, statedNames, namedAsStated, span) || flaggedAt.Contains(span.Start))
            {
                k = skipTo;
                continue; // the text states its own founding or ending: the text-based check owns the body
            }

            var (cs, ce) = Clause(ctx, k);
            ce = PastParenthesis(ctx, ce, t.Sentence);
            var actOnName = false;
            if (DateInClause(ctx, cs, ce, k) is null && FrontedDate(ctx, cs) is null && RestatingClauseEnd(ctx, ce, t.Sentence, out actOnName) is { } further)
            {
                ce = further; // "…، وذلك سنة 1975"، "…، التقطها مصور سنة 1790": the next clause dates this one (round 18)
            }

            k = skipTo;
            // "في الاجتماع التأسيسي لمجلس التعاون …": the founding meeting is the founding itself (round 9), not the making before it.
            var meeting = body.Start is not null && body.Kind is not ("reign" or "office" or "name" or "tech") && FoundingMeetingBefore(ctx, ctx.FirstToken(span));
            var ruler = body.Kind is "reign" or "office";
            if ((ruler && NamedAfterRuler(ctx, ctx.FirstToken(span))) || RetroForList(ctx, cs, ce) || FoundingIn(ctx, cs, ce) || ctx.FindCue(cs, ce, "ending") >= 0 || ctx.FindCue(cs, ce, "refounding") >= 0
                || (!meeting && PreFounding(ctx, t.Sentence)) || Commemorated(ctx, ce, cs, whole: true) || TopicBefore(ctx, ctx.FirstToken(span)))
            {
                continue;
            }

            // A ruler is read only as the agent of an office act ("عيّن القيصر …"), never in a mention after his reign ("نُقل رفات
            // الملك فاروق"); a body or a technique also by a dated event in its clause (not a birth or a death: "ولد في المملكة
            // الأردنية الهاشمية عام 1924" names the birthplace by its present state).
            eventClauses ??= EventClauses(ctx);
            actClauses ??= ActClauses(ctx);
            // A former name of a place (kind name) is wrong for any dated event in its clause, a birth or a death too ("وُلد في
            // سفيردلوفسك عام 1899"), unless the sentence speaks of the naming itself ("لينينغراد لاحقاً"، "التي سُمّيت").
            var formerName = body.Kind == "name";
            if (formerName && Renaming(WithoutInTheNameOf(sentenceText)))
            {
                continue;
            }

            var activity = meeting || actOnName || ctx.FindCue(cs, ce, "activity") >= 0 || IssuedBy(ctx, ctx.FirstToken(span), body)
                || (ruler && (InTheReignOf(ctx, ctx.FirstToken(span)) || InNameOf(ctx, ctx.FirstToken(span), cs)))
                || (body.Kind == "tech" && NewAfterName(ctx, end)) || RepresentsCountry(ctx, cs, ctx.FirstToken(span))
                || (formerName && (eventClauses.Contains(cs) || (lifeClauses ??= LifeEventClauses(ctx)).Contains(cs) || LocatedHere(ctx, ctx.FirstToken(span))))
                || (body.Kind is not ("reign" or "office" or "name") && (actClauses.Contains(cs)
                    || (eventClauses.Contains(cs) && (body.Kind is "tech" or "press" || AffiliationBefore(ctx, ctx.FirstToken(span), pronoun: false)
                        || TriggerNextTo(ctx, ctx.FirstToken(span), end)))));
            // A later formal name (round 21): an act in a department or organ of the state named by it ("لدى دائرة الأوقاف … في مملكة
            // البحرين") is read as an act of the state too.
            var organAct = body.Named is not null && OrganBeforePlace(ctx, ctx.FirstToken(span), cs);
            if ((!activity && !organAct) || PresentName(ctx, t.Sentence))
            {
                continue;
            }

            // The act's date: its clause's, a date fronted before it, the dateline's; else, for an act told right after a dated
            // sentence ("… سنة تسعين وخمسمائة. فولاه الخليفة الفاطمي …"), that date as a lower bound (only an after-the-end test).
            var stated = DateInClause(ctx, cs, ce, ctx.FirstToken(span)) ?? FrontedDate(ctx, cs) ?? DatelineDate(ctx, t.Sentence);
            var carried = stated is null;
            if ((stated ?? CarriedDate(ctx, t.Sentence) ?? CarriedInSentence(ctx, cs)) is not { } when
                || !MarkedYear(ctx, when.Span) || (!formerName && (lifeDates ??= new LifeDates(ctx)).Near(ctx, when.Span, ctx.FirstToken(span)))
                || RelativeBetween(ctx, ctx.FirstToken(span), ctx.FirstToken(when.Span)) || !reported.Add((body, when.Span.Start)))
            {
                continue; // a birth or death year coordinated with the act ("وُلد عام 1939 وبدأ النشر في مجلة «الآداب» شاباً") dates the life, not the act
            }

            var written = ctx.Text(span);
            var alternative = HijriReading(ctx, when.Span);
            if (alternative is { } alt && body.Start is { } s0 && body.End is { } e0 && when.Date.End.Year < s0 && alt.Start.Year > e0)
            {
                // A year without an era ("سنة تسعين وخمسمائة"): as a Gregorian year before the body, as a Hijri year after it; out
                // of its years either way, told by the Hijri reading (a classical text's default).
                when = (alt, when.Span);
            }

            if (!carried && body.Start is { } start && when.Date.End.Year < (meeting ? start - 1 : start) && (alternative is not { } a1 || a1.End.Year < start))
            {
                if (alternative is { } hijri && !ctx.Text(when.Span).Any(char.IsDigit))
                {
                    when = (hijri, when.Span); // a year without an era, before the body either way: told by the Hijri reading (round 18)
                }

                yield return body.Item is { } item
                    ? CheckContext.MakeFlag("anachronism", Severity.Warning, [span, when.Span],
                        $"يربط النص «{written}» بتاريخ {DateText.IntervalAr(when.Date)}، لكن {written} لم يوجد قبل عام {start} (بحسب قاعدة المعرفة: تاريخ التأسيس P571 للعنصر {item}).",
                        $"The text ties “{written}” to {DateText.IntervalEn(when.Date)}, but {body.English} did not exist before {start} (knowledge base: inception P571 of {item}).",
                        ("entity", body.English), ("date", DateText.Iso(when.Date)), ("founded", start.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        ("reason", "before-founding"), ("reference", "kb"), ("source", "knowledge-base"), ("item", item), ("property", "P571"))
                    : CheckContext.MakeFlag("anachronism", Severity.Warning, [span, when.Span],
                    $"يربط النص «{written}» بتاريخ {DateText.IntervalAr(when.Date)}، لكن {written} لم يوجد قبل عام {start} (بحسب قائمة المؤسسات والدول المعروفة).",
                    $"The text ties “{written}” to {DateText.IntervalEn(when.Date)}, but {body.English} did not exist before {start} (list of known bodies and states).",
                    ("entity", body.English), ("date", DateText.Iso(when.Date)), ("founded", start.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ("reason", "before-founding"), ("reference", "list"), ("source", "bounded-bodies"));
            }
            else if (body.End is { } stop && when.Date.Start.Year > stop && (alternative is not { } a2 || a2.Start.Year > stop))
            {
                yield return body.Item is { } item
                    ? CheckContext.MakeFlag("anachronism", Severity.Warning, [span, when.Span],
                        $"يربط النص «{written}» بتاريخ {DateText.IntervalAr(when.Date)}، لكن {written} انتهى عام {stop} (بحسب قاعدة المعرفة: تاريخ الانحلال P576 للعنصر {item}).",
                        $"The text ties “{written}” to {DateText.IntervalEn(when.Date)}, but {body.English} ended in {stop} (knowledge base: dissolution P576 of {item}).",
                        ("entity", body.English), ("date", DateText.Iso(when.Date)), ("ended", stop.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        ("reason", "after-end"), ("reference", "kb"), ("source", "knowledge-base"), ("item", item), ("property", "P576"))
                    : CheckContext.MakeFlag("anachronism", Severity.Warning, [span, when.Span],
                    $"يربط النص «{written}» بتاريخ {DateText.IntervalAr(when.Date)}، لكن {written} انتهى عام {stop} (بحسب قائمة المؤسسات والدول المعروفة).",
                    $"The text ties “{written}” to {DateText.IntervalEn(when.Date)}, but {body.English} ended in {stop} (list of known bodies and states).",
                    ("entity", body.English), ("date", DateText.Iso(when.Date)), ("ended", stop.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ("reason", "after-end"), ("reference", "list"), ("source", "bounded-bodies"));
            }
            else if (!carried && NamedLater(ctx, body, when.Date, alternative, cs, ce, ctx.FirstToken(span), sentenceText, actClauses, organAct) is { } named)
            {
                yield return NamedLaterFlag(body, span, written, when.Date, when.Span, named);
            }
            else if (ruler && body.Item is null && body.End is { } last && InNameOf(ctx, ctx.FirstToken(span), cs) && SermonRepeated(ctx, end) is { } again
                && AfterEnd(ctx, body, again) is { } late && reported.Add((body, late.Span.Start)))
            {
                // "خطب … للخليفة الفاطمي العاضد … ثم دُعي له في سنة تسع وستين وخمسمائة": the sermon said again, after the dynasty's end.
                yield return CheckContext.MakeFlag("anachronism", Severity.Warning, [span, late.Span],
                    $"يربط النص «{written}» بتاريخ {DateText.IntervalAr(late.Date)}، لكن {written} انتهى عام {last} (بحسب قائمة المؤسسات والدول المعروفة).",
                    $"The text ties “{written}” to {DateText.IntervalEn(late.Date)}, but {body.English} ended in {last} (list of known bodies and states).",
                    ("entity", body.English), ("date", DateText.Iso(late.Date)), ("ended", last.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ("reason", "after-end"), ("reference", "pronoun"), ("source", "bounded-bodies"));
            }
        }
    }

    /// <summary>
    /// A country represented in the body (round 12, issue-12l): the verb "مثّل/مثّلت" opening its clause or a relative clause ("الذي مثّل
    /// لبنان في الجمعية العامة للأمم المتحدة"، "مثّل الدبلوماسي فؤاد حبيش لبنان في اجتماعات جامعة الدول العربية") with a place the entity
    /// stage tagged between it and the body's name. The same letters as a preposition ("دول مثل لبنان": "such as") stand after a noun,
    /// never at the head of a clause, so the head position is what makes it the verb.
    /// </summary>
    private static bool RepresentsCountry(CheckContext ctx, int cs, int body)
    {
        for (var k = cs; k < body; k++)
        {
            var t = ctx.Tokens[k];
            if (t.Base is not ("مثل" or "مثلت") || t.Kind != Segmentation.TokenKind.Arabic)
            {
                continue;
            }

            var head = k == cs || ctx.Tokens[k - 1].Norm is "الذي" or "التي" or "ثم" or "وقد" or "قد" or "حيث" or "كما";
            if (!head)
            {
                continue;
            }

            if (k + 1 == body)
            {
                return true; // the state itself is represented ("مثّل دولة الإمارات العربية المتحدة في دورة …", round 13)
            }

            for (var j = k + 1; j < body && j <= k + 6; j++)
            {
                if (ctx.MentionAtToken(j) is var m and >= 0 && ctx.Document.Entities[m].Label == Entities.EntityLabels.Location)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A founding meeting or congress right before the name ("في الاجتماع التأسيسي لمجلس …"، "المؤتمر التأسيسي للحزب"): it dates the
    /// founding itself, so a year well before the listed founding is an anachronism (round 9).
    /// </summary>
    private static bool FoundingMeetingBefore(CheckContext ctx, int first)
    {
        if (first < 2 || ctx.Tokens[first - 2].Sentence != ctx.Tokens[first].Sentence)
        {
            return false;
        }

        var adjective = ctx.Tokens[first - 1].Norm;
        var noun = ctx.Tokens[first - 2].Base;
        return adjective is "التاسيسي" or "التأسيسي" or "التاسيسيه" or "التأسيسيه"
            && noun is "الاجتماع" or "اجتماع" or "المؤتمر" or "مؤتمر" or "الجلسه" or "جلسه" or "الاجتماعات" or "المجلس" or "الكونغرس" or "الموتمر";
    }

    /// <summary>True when the name under the span is one whose founding or ending the text states (a method of its own: the lambda's closure is made only for a listed name, not for every token).</summary>
    private static bool NamedAsStated(CheckContext ctx, List<string> statedNames, Dictionary<string, bool> seen, TextSpan span)
    {
        var written = Norm(ctx.Text(span));
        if (!seen.TryGetValue(written, out var same))
        {
            seen[written] = same = statedNames.Any(n => SameName(ctx, n, written));
        }

        return same;
    }

    /// <summary>
    /// The listed name at token <paramref name="k"/> (its first word with or without clitics, the others as written, quotation
    /// marks passed over: "صحيفة «برافدا»"), the longest first, and the token after it; not when a longer name goes on after it.
    /// </summary>
    private static (BoundedBody Body, int End)? Listed(CheckContext ctx, BoundedBodies list, int k)
    {
        var t = ctx.Tokens[k];
        (BoundedBody, int)? best = null;
        var bestLen = 0;
        // The token as written, then its base when it has proclitics (the base differs from the form only then).
        ListedFrom(ctx, list.StartingWith(t.Norm.AsSpan()), k, ref best, ref bestLen);
        if (t.PrefixLength > 0)
        {
            ListedFrom(ctx, list.StartingWith(t.NormBase), k, ref best, ref bestLen);
        }

        // "للأمم المتحدة": the preposition لـ takes the article's alef (لل); the listed name is written with the article (round 12).
        var ll = t.Norm.IndexOf("لل", StringComparison.Ordinal);
        if (ll is >= 0 and <= 1 && t.Norm.Length > ll + 2 && (ll == 0 || t.Norm[0] is 'و' or 'ف'))
        {
            ListedFrom(ctx, list.StartingWith(("ال" + t.Norm[(ll + 2)..]).AsSpan()), k, ref best, ref bestLen);
        }

        return best;
    }

    private static void ListedFrom(CheckContext ctx, List<(ImmutableArray<string> Phrase, BoundedBody Body)>? candidates, int k, ref (BoundedBody, int)? best, ref int bestLen)
    {
        if (candidates is null)
        {
            return;
        }

        var t = ctx.Tokens[k];
        foreach (var (phrase, body) in candidates)
        {
            if (phrase.Length <= bestLen || !CheckContext.TokenIs(t, phrase[0]))
            {
                continue;
            }

            var j = k + 1;
            var ok = true;
            for (var w = 1; w < phrase.Length && ok; w++)
            {
                while (j < ctx.Tokens.Length && IsQuote(ctx.Tokens[j]) && ctx.Tokens[j].Sentence == t.Sentence)
                {
                    j++;
                }

                ok = j < ctx.Tokens.Length && ctx.Tokens[j].Sentence == t.Sentence
                    && CheckContext.TokenIs(ctx.Tokens[j], phrase[w], allowClitics: phrase[w].StartsWith("ال", StringComparison.Ordinal));
                j++;
            }

            if (!ok)
            {
                continue;
            }

            var last = j - 1;
            if (j < ctx.Tokens.Length && ctx.Tokens[j].Sentence == t.Sentence && ctx.MentionAtToken(j) is var m and >= 0 && m == ctx.MentionAtToken(last)
                && ctx.Tokens[j].Kind == Segmentation.TokenKind.Arabic && !SeatAfterName(ctx, j, m) && !DateAfterName(ctx, j) && !DynastyTitle(body, phrase))
            {
                continue; // a longer name goes on ("الاتحاد الأوروبي لكرة القدم")
            }

            best = (body, j);
            bestLen = phrase.Length;
        }
    }

    /// <summary>
    /// The Hijri reading of a year the time stage read as Gregorian without a written era ("سنة أربع وثمانين وأربعمائة" in a
    /// classical text): a year before 1600 with no "م" or "ميلادي" is either; a list-based flag needs both readings out of range.
    /// </summary>
    private static GregorianInterval? HijriReading(CheckContext ctx, TextSpan dateSpan)
    {
        foreach (var t in ctx.Timexes)
        {
            if (t.Span != dateSpan || t.Calendar != Time.CalendarKind.Gregorian || t.Gregorian is not { } g || g.Start.Year >= 1600)
            {
                continue;
            }

            var text = Norm(t.Text);
            var after = ctx.EndToken(t.Span);
            var marked = text.Contains("ميلاد", StringComparison.Ordinal) || text.EndsWith(" م", StringComparison.Ordinal)
                || (after < ctx.Tokens.Length && ctx.Tokens[after].Norm is "م" or "ميلادي" or "ميلاديه" or "للميلاد");
            if (marked)
            {
                return null;
            }

            return Time.Calendars.TarikhCalendars.Default.TryYears(Time.CalendarKind.Hijri, g.Start.Year, g.End.Year, out var hijri, out _) ? hijri : null;
        }

        return null;
    }

    /// <summary>
    /// A dash that closes a news dateline ("بيروت، 12 مارس 2019 - نشرت …"، "الجزائر (وأج) - …"): a dash standing alone, no
    /// parenthesis before it (a lifespan "(1921–1999)" is no dateline), a year just before it and a word after it.
    /// </summary>
    private static bool DatelineDash(CheckContext ctx, int ss, int j, int se)
    {
        var t = ctx.Tokens[j];
        if (t.Kind != Segmentation.TokenKind.Punctuation || ctx.Text(t.Span) is not ("-" or "–" or "—") || j == ss || j + 1 >= se
            || ctx.Tokens[j + 1].Kind != Segmentation.TokenKind.Arabic || ctx.Tokens[j - 1].Kind != Segmentation.TokenKind.Number)
        {
            return false;
        }

        for (var i = ss; i < j; i++)
        {
            if (ctx.Text(ctx.Tokens[i].Span).Contains('(', StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A sentence that speaks of a place's naming ("سُمّيت"، "لاحقاً"، "سابقاً"، "قبل أن تُسمّى"): a former name in it is no slip.</summary>
    private static bool Renaming(string sentenceNorm)
        => sentenceNorm.Split(' ').Any(w => w is "لاحقا" or "سابقا" or "اسم" or "اسمها" or "اسمه" or "باسم" or "تسميه" or "تسميتها" or "سميت" or "سمي"
            or "تسمي" or "تسمى" or "عرفت" or "تعرف" or "المعروفه" or "المسماه" or "فيما" or "حاليا" or "اليوم");

    /// <summary>
    /// The date an undated sentence carries over from the sentence before it when it goes on from it ("فولاه"، "ثم"، "وبعدها"): the
    /// last usable written year of the previous sentence. The act came then or later, so it bounds the act from below only.
    /// </summary>
    private static (GregorianInterval Date, TextSpan Span)? CarriedDate(CheckContext ctx, int sentence)
    {
        if (sentence <= 0 || !ctx.IsContent(sentence - 1) || ctx.TimexesInSentence(sentence).Any(ti => ctx.Usable(ctx.Timexes[ti])))
        {
            return null;
        }

        var (ss, se) = ctx.SentenceTokens(sentence);
        if (ss >= se)
        {
            return null;
        }

        var first = ctx.Tokens[ss];
        var goesOn = first.Norm is "ثم" or "وبعدها" or "بعدها" or "وبعد" || (first.PrefixLength > 0 && first.Norm[0] == 'ف');
        if (!goesOn)
        {
            return null;
        }

        (GregorianInterval, TextSpan)? last = null;
        foreach (var ti in ctx.TimexesInSentence(sentence - 1))
        {
            var tx = ctx.Timexes[ti];
            if (ctx.Usable(tx) && YearWritten(tx) && tx.Gregorian is { } g)
            {
                last = (g, tx.Span);
            }
        }

        return last;
    }

    /// <summary>
    /// True when a relative pronoun, a causal conjunction ("لأن") or a present-time phrase stands between the body's name and the date ("هزيمتهم في أكتوبر 1973
    /// والتي أفرجت عنها إسرائيل مؤخراً وتنشرها صحيفة الشرق الأوسط هذه الأيام"): the date belongs to another predicate.
    /// </summary>
    /// <summary>
    /// The mention goes on past a listed name with its seat only: one word with the preposition ب that ends the mention
    /// ("منظمة اليونسكو بباريس"، "جامعة الملك سعود بالرياض", tagged as one organization). The city places the body; it does not
    /// make another body's name (round 13; "الاتحاد الأوروبي لكرة القدم" still goes on).
    /// </summary>
    /// <summary>
    /// True when the word after a listed name starts a date ("تخرّج في جامعة قطر سنة 1969": the entity stage may run the mention
    /// over "سنة"): a date is never part of a body's name, so the name ends before it (round 14).
    /// </summary>
    private static bool DateAfterName(CheckContext ctx, int j)
    {
        var start = ctx.Tokens[j].Span.Start;
        foreach (var ti in ctx.TimexesInSentence(ctx.Tokens[j].Sentence))
        {
            if (ctx.Timexes[ti].Span.Start == start)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SeatAfterName(CheckContext ctx, int j, int mention)
    {
        var t = ctx.Tokens[j];
        return (t.Clitics & Segmentation.Proclitics.Bi) != 0 && t.Base.Length >= 3
            && (j + 1 >= ctx.Tokens.Length || ctx.Tokens[j + 1].Sentence != t.Sentence || ctx.MentionAtToken(j + 1) != mention);
    }

    private static bool RelativeBetween(CheckContext ctx, int nameToken, int dateToken)
    {
        var (a, b) = nameToken < dateToken ? (nameToken + 1, dateToken) : (dateToken + 1, nameToken);
        for (var i = a; i < b && i < ctx.Tokens.Length; i++)
        {
            var w = ctx.Tokens[i].Base;
            if (w is "التي" or "الذي" or "الذين" or "اللذين" or "اللتين" or "اللاتي" or "اللواتي" or "مؤخرا")
            {
                return true;
            }

            // A causal clause ("… وفقا لإحصائية من سنة 2001، وذلك لأن الهجرة بدأت من متصرفية جبل لبنان") is a predicate of its own
            // (round 9, found by the real-text survey).
            var n = ctx.Tokens[i].Norm;
            if (n is "لان" or "لانه" or "لانها" or "لانهم" or "لكون" or "لاْن" || (n == "ان" && i > 0 && ctx.Tokens[i - 1].Norm == "ل"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The same carry inside a sentence: a clause that goes on from the one before it ("قدم بغداد سنة سبعين وستمائة، فخلع عليه
    /// الخليفة العباسي …") takes the last written year of the clauses before it in the sentence, as a lower bound.
    /// </summary>
    private static (GregorianInterval Date, TextSpan Span)? CarriedInSentence(CheckContext ctx, int cs)
    {
        if (cs <= 0 || cs >= ctx.Tokens.Length || ctx.Tokens[cs - 1].Sentence != ctx.Tokens[cs].Sentence)
        {
            return null;
        }

        var first = ctx.Tokens[cs];
        if (!(first.Norm is "ثم" || (first.PrefixLength > 0 && first.Norm[0] == 'ف')))
        {
            return null;
        }

        (GregorianInterval, TextSpan)? last = null;
        foreach (var ti in ctx.TimexesInSentence(first.Sentence))
        {
            var tx = ctx.Timexes[ti];
            if (tx.Span.End <= first.Span.Start && ctx.Usable(tx) && YearWritten(tx) && tx.Gregorian is { } g)
            {
                last = (g, tx.Span);
            }
        }

        return last;
    }

    /// <summary>A founding cue in the clause that is no issue of a periodical ("في عددها الصادر صباح اليوم" dates an issue, not the founding).</summary>
    private static bool FoundingIn(CheckContext ctx, int cs, int ce)
    {
        for (var k = ctx.FindCue(cs, ce, "founding"); k >= 0; k = ctx.FindCue(k + 1, ce, "founding"))
        {
            if (!(k > cs && ctx.Tokens[k - 1].Base.StartsWith("عدد", StringComparison.Ordinal) || (k > cs && ctx.Tokens[k - 1].Base.StartsWith("العدد", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Clauses holding a birth, a death or a burial trigger (a former place name is wrong for them too).</summary>
    private static HashSet<int> LifeEventClauses(CheckContext ctx)
    {
        var set = new HashSet<int>();
        foreach (var e in ctx.Document.Events)
        {
            if (e.Type is "birth" or "death" or "burial" && e.Trigger.Length > 0 && ctx.IsContent(e.Sentence))
            {
                set.Add(Clause(ctx, ctx.FirstToken(e.Trigger)).Start);
            }
        }

        return set;
    }

    /// <summary>A place name right after "في" or written with the preposition ب ("ولد في سفيردلوفسك"، "بلينينغراد").</summary>
    private static bool LocatedHere(CheckContext ctx, int first)
        => (first > 0 && ctx.Tokens[first - 1].Sentence == ctx.Tokens[first].Sentence && ctx.Tokens[first - 1].Norm is "في" or "من" or "الي" or "الى")
            || (first < ctx.Tokens.Length && ctx.Tokens[first].Norm.Length > ctx.Tokens[first].Base.Length && ctx.Tokens[first].Norm[0] == 'ب');

    /// <summary>
    /// A sentence that names a place by its present state ("(إمارة شرق الأردن آنذاك)"، "حالياً"، "اليوم"); a word inside a time
    /// expression ("صباح اليوم" in a news item) is a date, not a naming.
    /// </summary>
    private static bool PresentName(CheckContext ctx, int sentence)
    {
        var (ss, se) = ctx.SentenceTokens(sentence);
        for (var i = ss; i < se; i++)
        {
            if ((ctx.Tokens[i].Norm is "انذاك" or "آنذاك" or "حاليا" or "اليوم" or "الان" or "الحاليه" or "الحالي" or "وقتئذ" or "حينذاك" or "حينئذ"
                    || (ctx.Tokens[i].Norm == "الايام" && i > ss && ctx.Tokens[i - 1].Norm == "هذه"))
                && !ctx.TimexesInSentence(sentence).Any(ti => ctx.Timexes[ti].Span.Contains(ctx.Tokens[i].Span)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The clause's end moved past a short parenthesis right at it ("لوكالة الأنباء الأردنية (بترا) في القدس منذ عام 1962").</summary>
    private static int PastParenthesis(CheckContext ctx, int ce, int sentence)
    {
        var tokens = ctx.Tokens;
        if (ce >= tokens.Length || tokens[ce].Sentence != sentence || !ctx.Text(tokens[ce].Span).StartsWith('('))
        {
            return ce;
        }

        for (var j = ce + 1; j < tokens.Length && j <= ce + 5 && tokens[j].Sentence == sentence; j++)
        {
            if (ctx.Text(tokens[j].Span).Contains(')', StringComparison.Ordinal))
            {
                return j + 1 < tokens.Length && tokens[j + 1].Sentence == sentence ? Math.Max(ce, ctx.ClauseOf(j + 1).End) : ce;
            }
        }

        return ce;
    }

    /// <summary>
    /// A dynasty's ruler title (a title and the dynasty's relative adjective, read by the dynasty's years: "الخليفة الفاطمي"،
    /// "السلطان الحفصي"): the ruler's own name after it ("الخليفة الفاطمي العاضد") names one ruler of that dynasty, within its years,
    /// so a name going on does not make another body (round 22).
    /// </summary>
    private static bool DynastyTitle(BoundedBody body, ImmutableArray<string> phrase)
        => body.Kind == "reign" && phrase.Length == 2 && body.Unless is null && body.English.EndsWith("(the dynasty's years)", StringComparison.Ordinal);

    /// <summary>
    /// The date when it falls after the body's end in every reading (a year without an era read as Hijri when the Gregorian
    /// reading falls before the body); null otherwise.
    /// </summary>
    private static (GregorianInterval Date, TextSpan Span)? AfterEnd(CheckContext ctx, BoundedBody body, (GregorianInterval Date, TextSpan Span) when)
    {
        if (body.End is not { } stop || !MarkedYear(ctx, when.Span))
        {
            return null;
        }

        var alternative = HijriReading(ctx, when.Span);
        if (alternative is { } alt && body.Start is { } s0 && when.Date.End.Year < s0 && alt.Start.Year > stop)
        {
            return (alt, when.Span);
        }

        return when.Date.Start.Year > stop && (alternative is not { } a || a.Start.Year > stop) ? when : null;
    }

    /// <summary>
    /// "قبل أن" after the clause's own year, opening the person's next act ("وتخرج فيها سنة 1950 م قبل أن يعمل في تجارة أبيه"): the
    /// year dates the act before it, nothing is told in retrospect (round 22). Not when the words after it tell a founding, an ending
    /// or a naming ("قبل أن تصبح جامعة"، "قبل أن تُسمّى"، "قبل أن تُؤسس").
    /// </summary>
    private static bool LaterActAfter(CheckContext ctx, int k, int cs, int ce)
    {
        if (ctx.Tokens[k].Norm != "قبل" || k + 2 >= ce || ctx.Tokens[k + 1].Norm is not ("ان" or "أن"))
        {
            return false;
        }

        var before = new TextSpan(ctx.Tokens[cs].Span.Start, ctx.Tokens[k].Span.Start);
        if (!ctx.TimexesInSentence(ctx.Tokens[k].Sentence).Any(ti => before.Contains(ctx.Timexes[ti].Span) && ctx.Usable(ctx.Timexes[ti])))
        {
            return false;
        }

        var rest = string.Join(' ', Enumerable.Range(k + 2, ce - k - 2).Select(i => ctx.Tokens[i].Norm));
        return ctx.FindCue(k + 2, ce, "founding") < 0 && ctx.FindCue(k + 2, ce, "ending") < 0 && ctx.FindCue(k + 2, ce, "refounding") < 0
            && !SpeaksOfNaming(rest);
    }

    /// <summary>
    /// A retrospective word in the clause, but not "بعد" before an event noun when the clause states its own year ("بعد تخرجه
    /// عُيّن … عام 1962": the year dates the act; "بعد ذلك بعامين"، "بعد عام 1958" shift it).
    /// </summary>
    private static bool RetroForList(CheckContext ctx, int cs, int ce)
    {
        for (var k = ctx.FindCue(cs, ce, "retro"); k >= 0; k = ctx.FindCue(k + 1, ce, "retro"))
        {
            if ((k > cs && ctx.Tokens[k - 1].Norm == "من" && ctx.Tokens[k].Norm == "قبل") || LaterActAfter(ctx, k, cs, ce))
            {
                continue;
            }

            var next = k + 1 < ce ? ctx.Tokens[k + 1] : default;
            var eventNoun = ctx.Tokens[k].Base == "بعد" && k + 1 < ce && next.Kind == Segmentation.TokenKind.Arabic
                && next.Norm is not ("ذلك" or "ذاك" or "هذا" or "ها" or "عام" or "سنه" or "سنوات" or "اعوام" or "عامين" or "سنتين" or "وفاته" or "وفاتها" or "موته" or "رحيله" or "رحيلها")
                && !ctx.TimexesInSentence(ctx.Tokens[k].Sentence).Any(ti => ctx.Timexes[ti].Span.Overlaps(next.Span));
            if (!eventNoun)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the date writes its year with a word (عام، سنة، a month, an era): a bare number is too often a count, a resolution's
    /// number or a stray figure ("1600 طائرة"، "القرار رقم 1701").
    /// </summary>
    private static bool MarkedYear(CheckContext ctx, TextSpan dateSpan)
    {
        var first = ctx.FirstToken(dateSpan);
        return (ctx.Text(dateSpan).Any(char.IsLetter) || (first > 0 && ctx.Tokens[first - 1].Norm is "تاريخ" or "وتاريخ" or "بتاريخ" or "وبتاريخ")
                || BareModernYearAfterIn(ctx, dateSpan, first))
            && !(first > 0 && ctx.Tokens[first - 1].Norm is "رقم" or "بالرقم");
    }

    /// <summary>A word that makes the body the act's topic, not its place: "عن"، "حول"، "تاريخ"، "ذكرى" right before the name.</summary>
    private static bool TopicBefore(CheckContext ctx, int first)
        => first > 0 && ctx.Tokens[first - 1].Sentence == ctx.Tokens[first].Sentence
            && ctx.Tokens[first - 1].Norm is "عن" or "حول" or "تاريخ" or "ذكري" or "ذكرى" or "انشاء" or "تاسيس" or "قيام" or "زوال" or "سقوط";

    private static string SentenceNorm(CheckContext ctx, int sentence)
    {
        var (s, e) = ctx.SentenceTokens(sentence);
        return string.Join(' ', Enumerable.Range(s, e - s).Select(i => ctx.Tokens[i].Norm));
    }

    /// <summary>Clauses holding the trigger of an event of any type but a founding or an ending.</summary>
    private static HashSet<int> EventClauses(CheckContext ctx)
    {
        var set = new HashSet<int>();
        foreach (var e in ctx.Document.Events)
        {
            if (e.Type is not ("founding" or "dissolution" or "birth" or "death" or "burial") && e.Trigger.Length > 0 && ctx.IsContent(e.Sentence))
            {
                set.Add(Clause(ctx, ctx.FirstToken(e.Trigger)).Start);
            }
        }

        return set;
    }

    /// <summary>Clauses holding a dated office, membership, employment or study of a person (claims layer).</summary>
    private static HashSet<int> ActClauses(CheckContext ctx)
    {
        var set = new HashSet<int>();
        var doc = ctx.Document;
        foreach (var c in ctx.Claims)
        {
            if (c.Time is not null && c.Event is { } ev && ev >= 0 && ev < doc.Events.Length && c.Modality == Claims.ClaimModality.Asserted
                && c.Property is Claims.ClaimProperties.PositionHeld or Claims.ClaimProperties.MemberOf or Claims.ClaimProperties.Employer or Claims.ClaimProperties.EducatedAt)
            {
                set.Add(Clause(ctx, ctx.FirstToken(doc.Events[ev].Trigger)).Start);
            }
        }

        return set;
    }

    /// <summary>
    /// A news dateline's date ("أبوظبي – 14 أبريل 1969: …"): the first clause of the sentence, or of the text's first sentence,
    /// ends with a colon, is short and holds a dated year.
    /// </summary>
    private static (GregorianInterval Date, TextSpan Span)? DatelineDate(CheckContext ctx, int sentence)
    {
        foreach (var s in sentence == 0 ? [0] : new[] { sentence, 0 })
        {
            if (!ctx.IsContent(s))
            {
                continue;
            }

            var (ss, se) = ctx.SentenceTokens(s);
            for (var j = ss; j < se && j <= ss + 8; j++)
            {
                var colon = ctx.Tokens[j].Kind == Segmentation.TokenKind.Punctuation && ctx.Tokens[j].Norm.Contains(':', StringComparison.Ordinal);
                if (colon || DatelineDash(ctx, ss, j, se))
                {
                    if (j > ss && DateInClause(ctx, ss, j, ss) is { } d)
                    {
                        return d;
                    }

                    break;
                }
            }
        }

        return null;
    }
}
