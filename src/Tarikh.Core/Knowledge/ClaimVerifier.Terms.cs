using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 16 (13a): an office held more than once. The KB holds each term of one office as its own P39 statement (a prime
/// minister's two governments, a ruler restored); the text's dates agree with the office when they agree with any of its terms.
/// When they agree with none, the term nearest in time to the text's date is the evidence, so the note names the one term the
/// text confuses ("رئيس الوزراء من 1926 حتى 1929" against the first term's 1926–1928, not the second term from 1930).
/// </summary>
public sealed partial class ClaimVerifier
{
    private Verification VerifyTerms(Claim claim, KbEntity subject, List<KbStatement> terms, IKnowledgeBase kb)
    {
        (KbStatement Statement, string Note, long Distance)? nearest = null;
        foreach (var s in terms)
        {
            if (TimesAgree(claim, s) is not { } note)
            {
                return Supported(claim, subject, s, "position-by-words", kb);
            }

            var distance = TermDistance(claim, s);
            if (nearest is null || distance < nearest.Value.Distance)
            {
                nearest = (s, note, distance);
            }
        }

        return new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, nearest!.Value.Statement, kb), nearest.Value.Note);
    }

    // Days between the text's first date of the term (its start, else its lone date, else its end) and the term's own start (else end).
    private long TermDistance(Claim claim, KbStatement s)
    {
        var text = (claim.Start ?? claim.Time ?? claim.End)?.Date;
        var kbTime = s.Qualifier("P580")?.Time ?? s.Qualifier("P582")?.Time;
        if (text is not { } when || kbTime is null || _time.ToInterval(kbTime) is not { } kbDays)
        {
            return long.MaxValue;
        }

        return Math.Abs((long)NodaTime.Period.Between(when.Start.WithCalendar(NodaTime.CalendarSystem.Iso),
            kbDays.Start.WithCalendar(NodaTime.CalendarSystem.Iso), NodaTime.PeriodUnits.Days).Days);
    }

    /// <summary>
    /// The subject's one P39 statement of a ruler's office: its Arabic label (else a name) opens with the title of a ruler over a
    /// land (<see cref="RulerHolders"/>). Null when the subject holds none, or two different such offices (which one the text
    /// means is unknown).
    /// </summary>
    private KbStatement? OneRulerOffice(KbEntity subject, IKnowledgeBase kb)
    {
        var titles = RulerHolders.SelectMany(Stems).ToHashSet(StringComparer.Ordinal);
        bool Opens(string name) => (Stems(name) is { Count: > 0 } words && titles.Any(h => SameStem(h, words[0]))) || HeadOfState(name);
        var fitting = subject.Best(ClaimProperties.PositionHeld)
            .Where(s => s.MainSnak.Value.Item is { } id && kb.Get(id) is { } office
                && (office.LabelIn("ar") is { } label ? Opens(label) : office.Names().Any(n => Opens(n.Name))))
            .ToList();
        return fitting.Count > 0 && fitting.Select(s => s.MainSnak.Value.Item).Distinct().Count() == 1 ? fitting[0] : null;
    }

    // Round 21 (21k2): a state's president is its ruler too ("ولم يدم حكم خلفه إلا حتى سنة 1980" of "رئيس موريتانيا"): a label of
    // two words, "رئيس" and a land's bare name (no article: not "رئيس الوزراء"، "رئيس التحرير"، "رئيس الجامعة"), and that name no
    // noun of a body or a post.
    private static readonly string[] NotALand = ["وزراء", "حكومة", "تحرير", "جامعة", "مجلس", "حزب", "بلدية", "أركان", "ديوان", "جمعية", "نادي", "وزارة", "لجنة", "هيئة", "شركة", "مؤسسة", "اتحاد", "نقابة", "محكمة", "جمهورية", "دولة"];

    private static bool HeadOfState(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && words[0] == "رئيس" && !words[1].StartsWith("ال", StringComparison.Ordinal) && !NotALand.Contains(words[1]);
    }

    // Round 18 (13b): the holders' titles an office noun stands for when it is the clause's only word ("تولى شامل الإمامة سنة
    // 1832"، "تولى الرئاسة منذ سنة 1969"، "انتُخب رئيساً سنة 1920"، "وانتُخب بابا سنة 1979"): the verbal nouns of OfficeNouns and
    // the titles themselves, as an indefinite predicate. Only a head's title, held once in a life: a qadi, a vizier, a mufti or a
    // governor serves in many places and posts, and "ولي القضاء" alone does not say which (Round7bTests).
    private static readonly string[] BareTitles = ["رئيس", "إمام", "بابا", "ملك", "سلطان", "أمير", "خليفة", "شاه", "إمبراطور", "قيصر", "خديوي", "بطريرك"];

    /// <summary>
    /// An office the clause names by one bare noun between the verb and the date, nothing else but the subject's own name and
    /// "سنة"/"عام"/"منذ": the subject's one P39 statement whose Arabic label (else a name) opens with that noun's holder title
    /// ("الإمامة" → "إمام القوقاز"، "رئيساً" → "رئيس تشيكوسلوفاكيا"). Null when the clause says more (a body, a place: "رئاسة
    /// الحزب" is not the state's presidency), when the noun is the definite "الملك"/"الحكم" (rule, not a king), or when the
    /// subject holds no such office or two different ones.
    /// </summary>
    private KbStatement? BareOfficeNoun(AnalyzedDocument document, Claim claim, KbEntity subject, IKnowledgeBase kb, int dateStart)
    {
        var verb = claim.Spans[0];
        if (dateStart <= verb.End || dateStart - verb.End > 60)
        {
            return null;
        }

        var rest = document.Source.Text[verb.End..dateStart].ToCharArray();
        foreach (var m in document.Entities)
        {
            if (m.Cluster == claim.Subject && m.Span.Start >= verb.End && m.Span.End <= dateStart)
            {
                for (var c = m.Span.Start; c < m.Span.End; c++)
                {
                    rest[c - verb.End] = ' ';
                }
            }
        }

        var function = Stems("سنة عام منذ");
        string? holder = null;
        foreach (var word in new string(rest).Split([' ', '\t', '\n', '،', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var stems = Stems(word);
            if (stems.Count == 0 || function.Contains(stems[0]))
            {
                continue; // "في"، "من"، "سنة"
            }

            var key = _memo.Key(word);
            var definite = key.StartsWith("ال", StringComparison.Ordinal) || key.StartsWith("وال", StringComparison.Ordinal);
            string? title = null;
            foreach (var (office, h) in OfficeNouns)
            {
                if (BareTitles.Contains(h) && Stems(office) is [var o] && SameStem(stems[0], o))
                {
                    title = h;
                }
            }

            title ??= BareTitles.FirstOrDefault(t => Stems(t) is [var ts] && SameStem(stems[0], ts));
            if (title is null || holder is not null || stems.Count != 1 || (definite && title is "ملك"))
            {
                return null;
            }

            holder = title;
        }

        if (holder is null || Stems(holder) is not [var stem])
        {
            return null;
        }

        bool Opens(string name) => Stems(name) is { Count: > 0 } words && SameStem(stem, words[0]);
        var fitting = subject.Best(ClaimProperties.PositionHeld)
            .Where(s => s.MainSnak.Value.Item is { } id && kb.Get(id) is { } office
                && (office.LabelIn("ar") is { } label ? Opens(label) : office.Names().Any(n => Opens(n.Name))))
            .ToList();
        return fitting.Count > 0 && fitting.Select(s => s.MainSnak.Value.Item).Distinct().Count() == 1 ? fitting[0] : null;
    }

    // Verbs of becoming ("صار أمينًا عامًا سنة 1936"، "أصبح رئيسًا للوزراء عام 1958"), normalized, without و/ف.
    private static readonly string[] BecomingVerbs = ["صار", "اصبح", "غدا"];

    /// <summary>
    /// Round 22 (22k1): an office the subject "became" in a year ("وتزعم مجلة أنه صار أمينًا عامًا سنة 1944") dates the start of
    /// the term, not a year somewhere inside it: the lone date of a claim of holding whose trigger is a verb of becoming is
    /// compared with the term's start (P580). Unchanged when the claim has a start or an end of its own, or another trigger.
    /// </summary>
    private Claim BecameDatesStart(AnalyzedDocument document, Claim claim)
    {
        if (claim.Act != "office/held" || claim.Time is null || claim.Start is not null || claim.End is not null || claim.Spans.IsDefaultOrEmpty)
        {
            return claim;
        }

        var first = claim.Spans.MinBy(s => s.Start);
        var key = _memo.Key(document.Source.Text[first.Start..first.End]);
        if (key.Length > 3 && key[0] is 'و' or 'ف')
        {
            key = key[1..];
        }

        return BecomingVerbs.Contains(key) ? claim with { Start = claim.Time, Time = null } : claim;
    }
}
