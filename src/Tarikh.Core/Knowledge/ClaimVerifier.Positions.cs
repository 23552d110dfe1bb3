using Tarikh.Core.Claims;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Accessions to a ruler's office (<see cref="PositionClaims"/>: "بويع بالخلافة"، "جلس على العرش"): the subject's own P39
/// positions whose title is the holder of the office the text names (the throne a sultan's, king's, emperor's or shah's;
/// the caliphate a caliph's; the emirate an emir's; the sultanate a sultan's). One such position only: the text's date
/// agrees with the start (P580) of any of its statements (a reign held twice is two statements); two different such
/// positions, or none, say nothing (not in the KB), never a contradiction.
/// </summary>
public sealed partial class ClaimVerifier
{
    // The titles of the holders of each office noun (as the stems the position labels are compared in).
    private static readonly (string Office, string[] Holders)[] RulerTitles =
    [
        ("عرش", ["سلطان", "ملك", "إمبراطور", "امبراطور", "قيصر", "شاه", "ملكة", "إمبراطورة"]),
        ("خلاف", ["خليفة"]),
        ("امار", ["أمير"]),
        ("سلطن", ["سلطان"]),

        // Titles themselves (BecameRulerClaims: "صار البابا"، "صار ملكاً"), normalized as the value's text is.
        ("بابا", ["بابا"]),
        ("خليف", ["خليفة"]),
        ("سلطان", ["سلطان"]),
        ("ملك", ["ملك", "ملكة"]),
        ("امير", ["أمير"]),
        ("امبراطور", ["إمبراطور", "امبراطور"]),
        ("شاه", ["شاه"]),
        ("قيصر", ["قيصر"]),
    ];

    private Verification VerifyAccession(Claim claim, KbEntity subject, List<KbStatement> statements, IKnowledgeBase kb, out bool ambiguous)
    {
        ambiguous = true; // the office is known by its title, not by a linked value: a warning at most
        var key = (claim.Value.Text ?? "").Replace('\u0625', '\u0627').Replace('\u0623', '\u0627').Replace('\u0622', '\u0627');
        var holders = RulerTitles.Where(r => key.Contains(r.Office, StringComparison.Ordinal)).SelectMany(r => r.Holders).SelectMany(Stems).ToHashSet(StringComparer.Ordinal);
        // Positions whose Arabic label opens with the holder's title; only when none does, those with such an alias (an alias
        // like "أمير المؤمنين" of a caliphate is no emirate).
        bool Opens(string name) => Stems(name) is { Count: > 0 } words && holders.Any(h => SameStem(h, words[0]));
        var fitting = statements.Where(s => s.MainSnak.Value.Item is { } id && kb.Get(id)?.LabelIn("ar") is { } label && Opens(label)).ToList();
        if (fitting.Count == 0)
        {
            fitting = statements.Where(s => s.MainSnak.Value.Item is { } id && kb.Get(id) is { } position && position.Names().Any(n => Opens(n.Name))).ToList();
        }

        // Round 17 (13b): two titles of one reign ("سلطان المغرب" until 1957, then "ملك المغرب" from that day): one accession to the
        // throne, the first term's start; a date agreeing with a later start is still supported below.
        if (fitting.Count > 1 && fitting.Select(s => s.MainSnak.Value.Item).Distinct().Count() > 1 && OneChainedReign(fitting) is { } chained)
        {
            if (fitting.Any(s => TimesAgree(claim, s) is null))
            {
                return Supported(claim, subject, fitting.First(s => TimesAgree(claim, s) is null), "accession", kb);
            }

            return BareYearOtherEra(claim, [chained]) || TimesAgree(claim, chained) is not { } chainNote
                ? new Verification(claim.Id, Verdicts.NotInKb, null, "accession")
                : new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, chained, kb), chainNote);
        }

        if (fitting.Count == 0 || fitting.Select(s => s.MainSnak.Value.Item).Distinct().Count() > 1)
        {
            return new Verification(claim.Id, Verdicts.NotInKb, null, "accession");
        }

        (KbStatement Statement, string Note, long Distance)? nearest = null;
        foreach (var s in fitting)
        {
            if (TimesAgree(claim, s) is not { } n)
            {
                return Supported(claim, subject, s, "accession", kb);
            }

            var distance = claim.Time?.Date is { } when && s.Qualifier("P580")?.Time is { } t && _time.ToInterval(t) is { } start
                ? Math.Abs((long)NodaTime.Period.Between(when.Start.WithCalendar(NodaTime.CalendarSystem.Iso), start.Start.WithCalendar(NodaTime.CalendarSystem.Iso), NodaTime.PeriodUnits.Days).Days)
                : long.MaxValue;
            if (nearest is null || distance < nearest.Value.Distance)
            {
                nearest = (s, n, distance);
            }
        }

        // Round 13 (13b): a bare year in digits read as Hijri ("تسلطن سنة 1347" in a chronicle) that, read as a Gregorian year,
        // is the year a term starts: the era is the reading's guess, not the text's — not compared.
        if (BareYearOtherEra(claim, fitting))
        {
            return new Verification(claim.Id, Verdicts.NotInKb, null, "accession");
        }

        // The text's date agrees with no term of the office: the term that starts nearest to it is the evidence.
        return new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, nearest!.Value.Statement, kb), nearest.Value.Note);
    }

    private bool BareYearOtherEra(Claim claim, List<KbStatement> fitting)
    {
        if (claim.Time is not { Calendar: "hijri", Text: { } text } || text.Contains('\u0647', StringComparison.Ordinal))
        {
            return false;
        }

        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        if (digits.Length is < 3 or > 4 || !int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        return fitting.Any(s => s.Qualifier("P580")?.Time is { } t && _time.ToInterval(t) is { } start && start.Start.Year == year);
    }

    // The first statement of ruler positions that follow one another without a gap (each starts within a month of the previous
    // one's end), or null when they do not (two reigns, or a gap: the text's accession could be either's).
    private KbStatement? OneChainedReign(List<KbStatement> fitting)
    {
        var terms = new List<(KbStatement Statement, NodaTime.LocalDate Start, NodaTime.LocalDate End)>();
        foreach (var s in fitting)
        {
            if (s.Qualifier("P580")?.Time is not { Precision: >= KbPrecision.Day } a || _time.ToInterval(a) is not { } start
                || s.Qualifier("P582")?.Time is not { Precision: >= KbPrecision.Day } b || _time.ToInterval(b) is not { } end)
            {
                return null;
            }

            terms.Add((s, start.Start, end.End));
        }

        terms.Sort((x, y) => x.Start.CompareTo(y.Start));
        for (var k = 1; k < terms.Count; k++)
        {
            var gap = NodaTime.Period.Between(terms[k - 1].End.WithCalendar(NodaTime.CalendarSystem.Iso), terms[k].Start.WithCalendar(NodaTime.CalendarSystem.Iso), NodaTime.PeriodUnits.Days).Days;
            if (Math.Abs(gap) > 31)
            {
                return null;
            }
        }

        return terms[0].Statement;
    }
}
