using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Dated relations: a claim's time compared with the qualifiers of the KB statement it matches. The act the
/// text names says which qualifier a lone date is: a marriage, a joining, an appointment or an enrolment
/// dates the relation's start (P580); a divorce, a resignation, a dismissal or a graduation its end (P582);
/// "held" or "studied" a year inside the span; anything else a point in time (P585). A position the text
/// names in words ("عُيّن أمينًا عامًا للحزب …", "تولى منصب رئيس …") is found among the subject's own P39
/// values by the words of its label; a party joined (P463 in the claims) may be held as P102 in the KB.
/// </summary>
public sealed partial class ClaimVerifier
{
    private enum TimeRole
    {
        Point,
        Start,
        End,
        During,
    }

    /// <summary>The qualifier a claim's lone time is compared with, from the act the text names.</summary>
    private static TimeRole RoleOf(Claim claim)
    {
        var act = claim.Act ?? "";
        var slash = act.IndexOf('/', StringComparison.Ordinal);
        var sub = slash >= 0 ? act[(slash + 1)..] : "";
        var main = slash >= 0 ? act[..slash] : act;
        return sub switch
        {
            "divorce" or "resigned" or "dismissed" or "graduation" or "expulsion" => TimeRole.End,
            "appointed" or "elected" or "crowned" or "power" or "enrolment" => TimeRole.Start,
            "held" or "study" => TimeRole.During,
            _ => main switch
            {
                "marriage" or "membership" => TimeRole.Start,
                "office" or "education" => TimeRole.During,
                _ => TimeRole.Point,
            },
        };
    }

    /// <summary>The statements a relation claim is compared with: a membership also with the party membership P102.</summary>
    private static List<KbStatement> RelationStatements(KbEntity subject, string property)
    {
        var list = subject.Best(property).Where(s => s.MainSnak.Value.Item is not null).ToList();
        if (property == ClaimProperties.MemberOf)
        {
            list.AddRange(subject.Best("P102").Where(s => s.MainSnak.Value.Item is not null));
        }

        return list;
    }

    /// <summary>
    /// A claim of education without a date takes the graduation year the text gives in the same sentence for the
    /// same subject ("التحق بجامعة موسكو … وتخرج فيها عام 1955"): the act's time becomes the claim's end.
    /// </summary>
    private static Claim WithJoinedDates(AnalyzedDocument document, Claim claim)
    {
        if (claim.Property != ClaimProperties.EducatedAt || claim.Time is not null || claim.End is not null)
        {
            return claim;
        }

        foreach (var other in document.Claims)
        {
            if (other.Property == ClaimProperties.Act && other.Subject == claim.Subject && other.Sentence == claim.Sentence
                && other.Act == "education/graduation" && other.Time?.Date is not null && other.Modality == claim.Modality
                && !AnotherSchoolBetween(document, claim, other))
            {
                return claim with { End = other.Time };
            }
        }

        return claim;
    }

    // Head nouns of a school's name: another school named between a study and a graduation takes the graduation ("درس في كلية
    // كوماسي … ثم نال منحة إلى كلية ماكالستر … فتخرّج فيها سنة 1961").
    private static readonly string[] SchoolHeads = ["كلية", "جامعة", "معهد", "مدرسة", "أكاديمية", "اكاديمية", "الكلية", "الجامعة", "المعهد", "المدرسة"];

    // True when an organization, or a school's head noun, stands between the claim's value and the graduation's first span.
    private static bool AnotherSchoolBetween(AnalyzedDocument document, Claim claim, Claim graduation)
    {
        if (claim.Spans.IsDefaultOrEmpty || graduation.Spans.IsDefaultOrEmpty)
        {
            return false;
        }

        var from = claim.Spans.Max(s => s.End);
        var to = graduation.Spans.Min(s => s.Start);
        if (to <= from)
        {
            return false;
        }

        if (document.Entities.Any(m => m.Label == EntityLabels.Organization && m.Span.Start >= from && m.Span.End <= to
            && m.Cluster != claim.Value.Cluster))
        {
            return true;
        }

        var between = new string([.. document.Source.Text[from..to].Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
        return between.Split([' ', '،', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => SchoolHeads.Contains(w) || (w.Length > 4 && w[0] is 'و' or 'ف' or 'ب' or 'ل' && SchoolHeads.Contains(w[1..])));
    }

    // A dated relation (a marriage, a membership, an office from–to) whose dates the KB's qualifiers contradict: a note, else null.
    private string? TimesAgree(Claim claim, KbStatement s)
    {
        foreach (var (value, qualifier) in new[] { (claim.Start, "P580"), (claim.End, "P582") })
        {
            if (value?.Date is { } && s.Qualifier(qualifier)?.Time is { } t && _time.ToInterval(t) is { } kbDays
                && !QualifierAgrees(value, t, kbDays))
            {
                return $"{qualifier}: {t.Display()}";
            }
        }

        if (claim.Time is not { Date: { } when } time)
        {
            return null;
        }

        var precision = PrecisionOf(time);
        var role = RoleOf(claim);
        var single = role switch { TimeRole.Start => "P580", TimeRole.End => "P582", TimeRole.Point => "P585", _ => null };
        if (single is not null)
        {
            return s.Qualifier(single)?.Time is { } t && _time.ToInterval(t) is { } kbDays
                && !QualifierAgrees(time, t, kbDays)
                ? $"{single}: {t.Display()}"
                : null;
        }

        // "held" or "studied" in a year: that year lies inside the KB's span (at year level; either end may be open).
        var year = time.Calendar == "hijri" ? when : KbTimeConverter.Widen(when, KbPrecision.Year);
        if (s.Qualifier("P580")?.Time is { } st && _time.ToInterval(st) is { } start
            && year.End < KbTimeConverter.Widen(start, Math.Min(st.Precision, KbPrecision.Year)).Start)
        {
            return $"P580: {st.Display()}";
        }

        if (s.Qualifier("P582")?.Time is { } en && _time.ToInterval(en) is { } end
            && year.Start > KbTimeConverter.Widen(end, Math.Min(en.Precision, KbPrecision.Year)).End)
        {
            return $"P582: {en.Display()}";
        }

        return null;
    }

    /// <summary>
    /// A text date agrees with a qualifier's date: at the coarser precision after conversion; or, for an unmarked day up to the
    /// last Julian year, read as Old Style (a Russian "25 أيار 1901" is 7 June); or one day apart (time zones of the sources).
    /// </summary>
    private bool QualifierAgrees(ClaimValue value, KbTime t, GregorianInterval kbDays)
    {
        var text = value.Date!.Value;
        var precision = PrecisionOf(value);
        if (value.Approximate)
        {
            text = new GregorianInterval(text.Start.PlusYears(-Options.ApproximateYears), text.End.PlusYears(Options.ApproximateYears));
            precision = Math.Min(precision, KbPrecision.Year);
        }

        if (KbTimeConverter.AgreeIn(text, precision, value.Calendar, kbDays, t.Precision) || OneDayApart(text, precision, kbDays, t.Precision))
        {
            return true;
        }

        return precision >= KbPrecision.Day && value.Calendar is null or "gregorian" && text.Start.Year <= Options.LastJulianYear
            && _time.Calendars.TryDay(Time.CalendarKind.Julian, text.Start.Year, text.Start.Month, text.Start.Day, out var julian, out _)
            && KbTimeConverter.Agree(GregorianInterval.Day(julian), KbPrecision.Day, kbDays, t.Precision);
    }

    private static int PrecisionOf(ClaimValue value)
        => value.Precision is { } p ? KbPrecision.Parse(p) : KbTimeConverter.PrecisionOf(value.Date!.Value);

    // ---- positions named in words -------------------------------------------------------------------

    /// <summary>
    /// The subject's P39 statement whose position the claim's clause names: every word of the position's label but
    /// at most one (and at least two) among the words from the claim's first span to its date, compared without the
    /// article, the clitics لل/ل/ب/و and the accusative alif ("أمينًا عامًا للحزب" ~ "الأمين العام للحزب"). Null
    /// unless exactly one position fits best.
    /// </summary>
    private KbStatement? PositionByWords(AnalyzedDocument document, Claim claim, KbEntity subject, IKnowledgeBase kb)
    {
        if (claim.Spans.IsDefaultOrEmpty)
        {
            return null;
        }

        var from = claim.Spans[0].Start;
        var at = document.SentenceAt(from);
        var sentence = at >= 0 && at < document.Sentences.Length ? document.Sentences[at].Span : new TextSpan(from, claim.Spans[^1].End);
        var dateTimex = (claim.Time ?? claim.Start ?? claim.End)?.Timex;
        var to = dateTimex is { } x && x >= 0 && x < document.Timexes.Length && document.Timexes[x].Span.Start > from
            ? document.Timexes[x].Span.Start
            : sentence.End;
        if (to <= from || to - from > 300)
        {
            return null;
        }

        var (best, tie) = PositionNamedIn(document.Source.Text[from..to], subject, kb);

        // The office named earlier in the sentence, the clause only pointing at it ("وكان الجيش العربي قد تأسس سنة 1920، وعُيّن
        // غلوب قائداً له سنة 1939"، "… وبقي في منصبه حتى سنة 1958"): the sentence up to the date, when the clause names none.
        if (best is null && !tie && sentence.Start < from && to - sentence.Start <= 400)
        {
            (best, tie) = PositionNamedIn(document.Source.Text[sentence.Start..to], subject, kb);
        }

        // "وترأسها المعماري كريستوفر رن من سنة 1678": a verb or noun of presiding with a pronoun, in a history of a body (the
        // document's subject an organization): the presidency of that body.
        if (best is null && !tie && PresidesOverTheBody(document, document.Source.Text[from..to]) is { } body)
        {
            (best, tie) = PositionNamedIn("رئيس " + body, subject, kb);
        }

        // Round 16 (13a): rule over a land ("وتولى الحكم من 1863 إلى 1882"، "وحكم فلان حتى سنة 2019"), the land not named in the
        // clause: the subject's one office of a ruler (its label opens with a ruler's title), as an accession is found.
        if (best is null && !tie && (claim.Source == RuleClaims.Source || Stems(document.Source.Text[from..to]).Contains("حكم")))
        {
            best = OneRulerOffice(subject, kb);
        }

        // Round 17 (13b): "تولى" with no object, only the ruler's own name and the date after it ("ثم تولى ابنه محمد سنة 1940"،
        // "وتولى محمد المنصف باي سنة 1940"): the dynastic chronicle's elliptic accession — the subject's one office of a ruler.
        if (best is null && !tie && ElidedAccession(document, claim, to))
        {
            best = OneRulerOffice(subject, kb);
        }

        // Round 18 (13b): one bare office noun between the verb and the date ("تولى شامل الإمامة سنة 1832"): the subject's one office
        // whose title that noun names (ClaimVerifier.Terms.cs).
        if (best is null && !tie && BareOfficeNoun(document, claim, subject, kb, to) is { } bare)
        {
            best = bare;
        }

        // Round 20 (20k2): "فانتُخب نائبًا في البرلمان سنة 1922": a deputy's seat is the KB's member of parliament (ClaimVerifier.Parliament.cs).
        if (best is null && !tie && ParliamentSeat(document.Source.Text[from..to], subject, kb) is { } seat)
        {
            return seat;
        }

        // Round 13 (x2): "انتُخب زميلاً في الجمعية الملكية سنة 1903": election as a fellow or a member is a membership (P463), not an
        // office of the body — the clause names the body, not "رئيس الجمعية الملكية". An office fits only when its own name holds
        // the member's noun ("انتُخب عضواً في مجلس الشيوخ" and "عضو مجلس الشيوخ").
        if (best is not null && !tie && MemberNounIn(document.Source.Text[from..to]) is { } member
            && !(best.MainSnak.Value.Item is { } item && kb.Get(item) is { } office && office.Names().Any(n => Stems(n.Name).Any(w => SameStem(w, member)))))
        {
            return null;
        }

        return tie ? null : best;
    }

    // The claim's first span is the verb "تولى" and what stands between it and the date is the subject's own name (mentions of the
    // claim's subject), over "سنة"/"عام"/"في" before the date and a kinship noun before the name ("تولى ابنه محمد").
    private static bool ElidedAccession(AnalyzedDocument document, Claim claim, int dateStart)
    {
        var verb = claim.Spans[0];
        var word = StripMarks(document.Source.Text[verb.Start..verb.End]).Replace('\u0649', '\u064A');
        if (word is not ("تولي" or "وتولي" or "فتولي") || dateStart <= verb.End || dateStart - verb.End > 80)
        {
            return false;
        }

        var rest = document.Source.Text[verb.End..dateStart].ToCharArray();
        var named = false;
        foreach (var m in document.Entities)
        {
            if (m.Cluster == claim.Subject && m.Span.Start >= verb.End && m.Span.End <= dateStart)
            {
                named = true;
                for (var c = m.Span.Start; c < m.Span.End; c++)
                {
                    rest[c - verb.End] = ' ';
                }
            }
        }

        return named && new string(rest).Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .All(w => StripMarks(w) is "سنة" or "عام" or "في" or "ابنه" or "أخوه" or "اخوه" or "حفيده" or "عمه" or "ابن");
    }

    // The nouns of a member and a fellow, as stems ("عضواً"، "زميلاً"): a membership, not an office.
    private static readonly string[] MemberNounStems = ["عضو", "زميل"];

    private string? MemberNounIn(string clause)
        => Stems(clause).SelectMany(w => MemberNounStems.Where(m => SameStem(w, m))).FirstOrDefault();

    // Words of presiding with a pronoun (normalized when used): "ترأسها"، "رئاستها"، "رئيسا لها".
    private static readonly string[] PresidingWords = ["ترأسها", "ترأسه", "رئاستها", "رئاسته", "ورئاستها", "وترأسها", "وترأسه"];

    // The words that name the body a presiding word with a pronoun points to: the document's subject when it is an
    // organization, else the document's first sentence (a history of a body opens with its name, often untagged:
    // "الجمعية الملكية في لندن أقدم جمعية علمية …"). Null when the clause has no such word.
    private string? PresidesOverTheBody(AnalyzedDocument document, string clause)
    {
        var keys = PresidingWords.Select(w => _memo.Key(w)).ToHashSet(StringComparer.Ordinal);
        var words = clause.Split([' ', '\t', '\n', '،', ','], StringSplitOptions.RemoveEmptyEntries);
        if (!words.Any(w => keys.Contains(_memo.Key(StripMarks(w)))))
        {
            return null;
        }

        if (document.Subject is { } main && main >= 0 && main < document.Clusters.Length && document.Clusters[main].Label == EntityLabels.Organization)
        {
            return document.Clusters[main].Name;
        }

        return document.Sentences.Length > 0 && document.Sentences[0].Span is var first && first.End - first.Start <= 400
            ? document.Source.Text[first.Start..first.End]
            : null;
    }

    // The subject's P39 statement whose position's name a text holds best (two words at least, all but one), and whether two tie.
    private (KbStatement? Best, bool Tie) PositionNamedIn(string words, KbEntity subject, IKnowledgeBase kb)
    {
        var clause = Stems(words);
        clause.AddRange(OfficeHolders(clause));
        KbStatement? best = null;
        var bestHits = 0;
        var tie = false;
        foreach (var s in subject.Best(ClaimProperties.PositionHeld))
        {
            if (s.MainSnak.Value.Item is not { } id || kb.Get(id) is not { } position)
            {
                continue;
            }

            // The words of the office's best-matching name the clause holds: more words found, the better the office fits.
            var hits = 0;
            foreach (var (_, name) in position.Names())
            {
                var nameWords = Stems(name);
                var h = nameWords.Count(w => clause.Any(c => SameStem(c, w)));
                if (h >= 2 && h >= nameWords.Count - 1 && h > hits)
                {
                    hits = h;
                }
            }

            if (hits > bestHits)
            {
                (best, bestHits, tie) = (s, hits, false);
            }
            else if (hits > 0 && hits == bestHits && best?.MainSnak.Value.Item != id)
            {
                tie = true; // round 16 (13a): two terms of one office are no tie; two offices are
            }
        }

        return (best, tie);
    }

    // An office named by its verbal noun, in the classical "ولي القضاء"، "تولى الوزارة", and the holder's noun a KB label
    // uses ("قاضي إشبيلية"، "وزير السلاجقة"). Only offices whose holder is one person's title; "الملك" (rule, or the king)
    // and "الحكم" (rule, or a judgement) are left out, as they name no one office.
    private static readonly (string Office, string Holder)[] OfficeNouns =
    [
        ("القضاء", "قاضي"), ("الوزارة", "وزير"), ("الخلافة", "خليفة"), ("الإمارة", "أمير"), ("السلطنة", "سلطان"),
        ("المشيخة", "شيخ"), ("الخطابة", "خطيب"), ("النيابة", "نائب"), ("الحسبة", "محتسب"), ("الإمامة", "إمام"),
        ("الحجابة", "حاجب"), ("الإفتاء", "مفتي"), ("الرئاسة", "رئيس"), ("الولاية", "والي"),
    ];

    // The titles of a ruler over a land: what "حكم X" (rule over X) is held as (round 17, 13b: the bey of Tunis, the dey of Algiers;
    // round 21, 21k2: the pasha of an Ottoman province, "باشا طرابلس" — an office so labelled is a governorship, never the honorific).
    private static readonly string[] RulerHolders = ["حاكم", "والي", "خديوي", "ملك", "سلطان", "أمير", "شاه", "إمبراطور", "قيصر", "باي", "داي", "باشا"];

    /// <summary>
    /// The holders' nouns of the offices a clause names by their verbal noun ("القضاء" → "قاضي"), as stems: added to the
    /// clause's words, so that "ولي القضاء في إشبيلية" holds both words of "قاضي إشبيلية".
    /// </summary>
    private List<string> OfficeHolders(List<string> clause)
    {
        var holders = new List<string>();
        // "تولى حكم مصر": rule over a place is the office of its ruler, whatever his title ("خديوي مصر"، "والي مصر"، "ملك العراق");
        // the place's word must still be in the clause (two words of the title at least), and two such offices tie.
        if (clause.Any(c => c == "حكم"))
        {
            foreach (var title in RulerHolders)
            {
                holders.AddRange(Stems(title));
            }
        }

        foreach (var (office, holder) in OfficeNouns)
        {
            var o = Stems(office);
            if (o.Count == 1 && clause.Any(c => SameStem(c, o[0])))
            {
                holders.AddRange(Stems(holder));
            }
        }

        return holders;
    }

    // The content words of a text, each without its article, clitics and accusative alif.
    private List<string> Stems(string text)
    {
        var result = new List<string>();
        foreach (var w in _memo.Words(_memo.Key(text)))
        {
            var s = w;
            foreach (var prefix in new[] { "وال", "بال", "فال", "لل", "ال" })
            {
                if (s.StartsWith(prefix, StringComparison.Ordinal) && s.Length - prefix.Length >= 2)
                {
                    s = s[prefix.Length..];
                    break;
                }
            }

            if (s.Length > 3 && s[^1] == '\u0627')
            {
                s = s[..^1];
            }

            if (s.Length >= 3 && !char.IsDigit(s[0]))
            {
                result.Add(s);
            }
        }

        return result;
    }

    // The same stem, or one with a clitic letter before the other ("لوزراء" ~ "وزراء").
    private static bool SameStem(string a, string b)
        => a == b
            || (a.Length == b.Length + 1 && b.Length >= 3 && a[0] is '\u0644' or '\u0628' or '\u0648' or '\u0641' && a.AsSpan(1).SequenceEqual(b))
            || (b.Length == a.Length + 1 && a.Length >= 3 && b[0] is '\u0644' or '\u0628' or '\u0648' or '\u0641' && b.AsSpan(1).SequenceEqual(a));

    /// <summary>True when a contradiction was found on a dated qualifier, not on the relation's value.</summary>
    private static bool OnQualifier(Verification v) => v.Note is { } n && n.Length > 5 && n[0] == 'P' && n.Contains(": ", StringComparison.Ordinal);

    // The spans of a claim whose dates contradict the KB's qualifiers: the words of the act and its date, not the value's name.
    private static IEnumerable<TextSpan> QualifierSpans(AnalyzedDocument document, Claim claim)
    {
        var value = new List<TextSpan>();
        if (claim.Value.Cluster is { } c && c >= 0 && c < document.Clusters.Length)
        {
            value.AddRange(document.Clusters[c].Mentions.Select(m => document.Entities[m].Span));
        }

        var kept = claim.Spans.Where(s => !value.Any(o => o.Overlaps(s))).ToList();
        foreach (var t in new[] { claim.Time, claim.Start, claim.End })
        {
            if (t?.Timex is { } x && x >= 0 && x < document.Timexes.Length && !kept.Contains(document.Timexes[x].Span))
            {
                kept.Add(document.Timexes[x].Span);
            }
        }

        return kept.Count > 0 ? kept : claim.Spans;
    }
}
