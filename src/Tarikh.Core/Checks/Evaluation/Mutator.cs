using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Checks.Evaluation;

/// <summary>A known contradiction injected into a real text.</summary>
/// <param name="Operator">The mutation operator (<see cref="Mutator.Operators"/>).</param>
/// <param name="Rule">The rule expected to flag it.</param>
/// <param name="Text">The mutated text.</param>
/// <param name="Site">The changed or inserted characters, in the mutated text.</param>
/// <param name="Description">What was changed (English), for the report.</param>
public sealed record Mutation(string Operator, string Rule, string Text, TextSpan Site, string Description);

/// <summary>
/// Injects known contradictions into real biographies and histories, one operator per class of
/// error the checks must catch. Each operator reads the analysis of the original text (events, dates,
/// clusters, claims) to find a site where the mutation is meaningful and changes only the words at that
/// site, or inserts a copy of one of the text's own sentences with one value changed. Deterministic:
/// the same text gives the same mutations. Operators that find no site yield nothing.
/// </summary>
public sealed class Mutator
{
    private static readonly string[] NonActs = ["death", "burial", "funeral", "birth", "commemoration", "posthumous"];

    /// <summary>Creates a mutator.</summary>
    /// <param name="famousPersons">Full names of well-known persons (given name first), for the name swap.</param>
    /// <param name="timeLexicon">The temporal lexicon (ordinal words).</param>
    public Mutator(IEnumerable<string> famousPersons, TimeLexicon? timeLexicon = null)
    {
        ArgumentNullException.ThrowIfNull(famousPersons);
        FamousPersons = [.. famousPersons.Select(n => n.Trim()).Where(n => n.Contains(' ', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        TimeLexicon = timeLexicon ?? TimeLexicon.Default;
    }

    /// <summary>The operators and the rule each is meant for, in run order.</summary>
    public static ImmutableArray<(string Operator, string Rule)> Operators { get; } =
    [
        ("death-before-act", "lifespan"),
        ("act-after-death", "lifespan"),
        ("birth-duplicate-year", "conflicting-values"),
        ("birth-duplicate-place", "conflicting-values"),
        ("hijri-pair-break", "calendar-equivalence"),
        ("julian-shift", "calendar-equivalence"),
        ("sibling-year-swap", "family-order"),
        ("series-renumber", "ordinal-series"),
        ("famous-surname", "name-anomaly"),
    ];

    /// <summary>Full names of well-known persons.</summary>
    public ImmutableArray<string> FamousPersons { get; }

    /// <summary>The temporal lexicon.</summary>
    public TimeLexicon TimeLexicon { get; }

    /// <summary>Every mutation the operators find in a document (at most one per operator).</summary>
    public IEnumerable<Mutation> Generate(AnalyzedDocument original)
    {
        ArgumentNullException.ThrowIfNull(original);
        Mutation?[] found =
        [
            DeathBeforeAct(original),
            ActAfterDeath(original),
            BirthDuplicate(original, place: false),
            BirthDuplicate(original, place: true),
            HijriPairBreak(original),
            JulianShift(original),
            SiblingYearSwap(original),
            SeriesRenumber(original),
            FamousSurname(original),
        ];
        return found.OfType<Mutation>();
    }

    // ---- lifespan ----

    private static Mutation? DeathBeforeAct(AnalyzedDocument d)
    {
        foreach (var (death, person, deathYear) in Deaths(d))
        {
            var birthYear = BirthYear(d, person);
            var act = LatestAct(d, person, deathYear, death);
            if (act is null)
            {
                continue;
            }

            var newYear = act.Value.Year - 3;
            if (birthYear is { } b && newYear <= b + 10)
            {
                continue;
            }

            var year = YearDigits(d, d.Timexes[death.Time!.Value])!.Value;
            return Replace(d, "death-before-act", "lifespan", year.Span, Digits(newYear, year.Text),
                $"death year {deathYear} → {newYear}, before the act dated {act.Value.Year}");
        }

        return null;
    }

    private static Mutation? ActAfterDeath(AnalyzedDocument d)
    {
        foreach (var (death, person, deathYear) in Deaths(d))
        {
            var act = LatestAct(d, person, deathYear, death);
            if (act is null)
            {
                continue;
            }

            var newYear = deathYear + 4;
            return Replace(d, "act-after-death", "lifespan", act.Value.Span, Digits(newYear, act.Value.Text),
                $"act year {act.Value.Year} → {newYear}, after the death in {deathYear}");
        }

        return null;
    }

    /// <summary>
    /// Deaths of the document's subject dated by a Gregorian year written in digits. Only the subject's:
    /// an operator builds on the analysis of the original text, and the subject's own dates are where that
    /// analysis is surest; a contradiction built on a misattributed date would be no contradiction at all.
    /// </summary>
    private static IEnumerable<(EventMention Death, int Person, int Year)> Deaths(AnalyzedDocument d)
    {
        var index = DocumentIndex.Build(d);
        for (var ei = 0; ei < d.Events.Length; ei++)
        {
            var e = d.Events[ei];
            if (e.Type == "death" && e.Time is { } t && ClaimantOf(d, ei, ClaimProperties.DeathDate) is { } p && IsSubjectAt(d, index, p, e.Sentence) && e.DuplicateOf is null
                && d.Timexes[t].Calendar == CalendarKind.Gregorian && YearDigits(d, d.Timexes[t]) is { } y
                && ClaimedFor(d, ei, p, ClaimProperties.DeathDate))
            {
                yield return (e, p, y.Year);
            }
        }
    }

    /// <summary>
    /// True when the claims layer reads the event as the person's (a claim of the property from that event, about him):
    /// a site the events stage gave to the document's subject but the claims give to nobody (a relative's death, a date of
    /// another article joined into the same document) would be no contradiction at all.
    /// </summary>
    /// <summary>
    /// True when the person is the one the sentence's article is about: the document's subject, or in a document joining several
    /// articles (<see cref="DocumentIndex.Segments"/>) the subject of the sentence's own article.
    /// </summary>
    private static bool IsSubjectAt(AnalyzedDocument d, DocumentIndex index, int person, int sentence)
        => index.Segments.Length <= 1 ? person == d.Subject : index.SubjectAt(sentence) == person;

    /// <summary>The person the claims layer gives the event's fact of the property to, or null.</summary>
    private static int? ClaimantOf(AnalyzedDocument d, int eventIndex, string property)
        => d.Claims.IsDefault ? null : d.Claims.FirstOrDefault(c => c.Event == eventIndex && c.Property == property)?.Subject;

    private static bool ClaimedFor(AnalyzedDocument d, int eventIndex, int person, string? property = null)
        => !d.Claims.IsDefault && d.Claims.Any(c => c.Event == eventIndex && c.Subject == person && (property is null || c.Property == property));

    private static int? BirthYear(AnalyzedDocument d, int person)
    {
        foreach (var e in d.Events)
        {
            if (e.Type == "birth" && e.MainParticipant == person && e.Date is { } date)
            {
                return date.Start.Year;
            }
        }

        return d.Claims.IsDefault ? null
            : d.Claims.FirstOrDefault(c => c.Subject == person && c.Property == ClaimProperties.BirthDate && c.Value.Date is not null)?.Value.Date!.Value.Start.Year;
    }

    /// <summary>The latest act of the person dated by a year of its own clause, before the death year.</summary>
    private static (TextSpan Span, string Text, int Year)? LatestAct(AnalyzedDocument d, int person, int deathYear, EventMention death)
    {
        (TextSpan Span, string Text, int Year)? best = null;
        for (var ei = 0; ei < d.Events.Length; ei++)
        {
            var e = d.Events[ei];
            if (!ClaimedFor(d, ei, person) || e.Time is not { } t || t == death.Time || e.DateSource != EventDateSources.Clause
                || e.Uncertain || e.DuplicateOf is not null || NonActs.Contains(e.Type, StringComparer.Ordinal)
                || d.Timexes[t].Calendar != CalendarKind.Gregorian || d.Timexes[t].Range is not null)
            {
                continue;
            }

            if (YearDigits(d, d.Timexes[t]) is { } y && y.Year < deathYear && y.Year > deathYear - 100 && (best is null || y.Year > best.Value.Year))
            {
                best = y;
            }
        }

        return best;
    }

    // ---- conflicting values ----

    private static Mutation? BirthDuplicate(AnalyzedDocument d, bool place)
    {
        var index = DocumentIndex.Build(d);
        for (var ei = 0; ei < d.Events.Length; ei++)
        {
            var e = d.Events[ei];
            if (e.Type != "birth" || e.DuplicateOf is not null || ClaimantOf(d, ei, place ? ClaimProperties.BirthPlace : ClaimProperties.BirthDate) is not { } p0 || !IsSubjectAt(d, index, p0, e.Sentence) || d.Sentences[e.Sentence].IsNoise
                || !ClaimedFor(d, ei, p0, place ? ClaimProperties.BirthPlace : ClaimProperties.BirthDate))
            {
                continue;
            }

            var sentence = d.Sentences[e.Sentence].Span;
            var copy = d.TextOf(sentence);
            string description;
            if (place)
            {
                if (e.Place is not { } p || OtherPlace(d, p) is not { } other)
                {
                    continue;
                }

                var mention = d.Entities.FirstOrDefault(m => m.Cluster == p && sentence.Contains(m.Span));
                if (mention is null)
                {
                    continue;
                }

                var at = mention.Span.Start - sentence.Start;
                copy = string.Concat(copy.AsSpan(0, at), other, copy.AsSpan(at + mention.Span.Length));
                description = $"a second birth sentence with the place {mention.Text} → {other}";
            }
            else
            {
                if (e.Time is not { } t || !sentence.Contains(d.Timexes[t].Span) || d.Timexes[t].Calendar != CalendarKind.Gregorian || YearDigits(d, d.Timexes[t]) is not { } y)
                {
                    continue;
                }

                var at = y.Span.Start - sentence.Start;
                var newYear = Digits(y.Year + 6, y.Text);
                copy = string.Concat(copy.AsSpan(0, at), newYear, copy.AsSpan(at + y.Span.Length));
                description = $"a second birth sentence with the year {y.Year} → {y.Year + 6}";
            }

            // The copy goes after the next body sentence, so the two statements are apart as in a real text.
            var after = e.Sentence + 1 < d.Sentences.Length ? d.Sentences[e.Sentence + 1].Span.End : sentence.End;
            var insert = " " + copy.Trim();
            var text = string.Concat(d.Source.Text.AsSpan(0, after), insert, d.Source.Text.AsSpan(after));
            return new Mutation(place ? "birth-duplicate-place" : "birth-duplicate-year", "conflicting-values", text,
                new TextSpan(after + 1, after + insert.Length), description);
        }

        return null;
    }

    /// <summary>
    /// Another town of the text for a birth in a town: only a town (city or village) against a town is a contradiction a reader can
    /// judge without a map; a town against a country, a province or a continent may be the same place ("مدريد" in "أوروبا").
    /// </summary>
    private static string? OtherPlace(AnalyzedDocument d, int place)
    {
        var ownCluster = d.Clusters.FirstOrDefault(c => c.Id == place);
        var own = ownCluster?.Name;
        if (ownCluster?.Kind is not (null or "city" or "village"))
        {
            return null;
        }

        foreach (var c in d.Clusters)
        {
            if (c.Id != place && c.Label == EntityLabels.Location && c.Kind is "city" or "village" && own is not null && !c.Name.Contains(own, StringComparison.Ordinal) && !own.Contains(c.Name, StringComparison.Ordinal))
            {
                return c.Name;
            }
        }

        return null;
    }

    // ---- calendar equivalence ----

    private static Mutation? HijriPairBreak(AnalyzedDocument d)
    {
        for (var i = 0; i + 1 < d.Timexes.Length; i++)
        {
            var (a, b) = (d.Timexes[i], d.Timexes[i + 1]);
            var greg = a.Calendar == CalendarKind.Gregorian && b.Calendar == CalendarKind.Hijri ? a
                : a.Calendar == CalendarKind.Hijri && b.Calendar == CalendarKind.Gregorian ? b : null;
            if (greg is null || a.Gregorian is not { } ga || b.Gregorian is not { } gb || !ga.Overlaps(gb) || !IsPairing(d, a.Span.End, b.Span.Start)
                || YearDigits(d, greg) is not { } y)
            {
                continue;
            }

            return Replace(d, "hijri-pair-break", "calendar-equivalence", y.Span, Digits(y.Year + 7, y.Text),
                $"Gregorian side of a Hijri/Gregorian pair {y.Year} → {y.Year + 7}");
        }

        return null;
    }

    private static Mutation? JulianShift(AnalyzedDocument d)
    {
        for (var i = 0; i + 1 < d.Timexes.Length; i++)
        {
            var (a, b) = (d.Timexes[i], d.Timexes[i + 1]);
            // One side Julian, the other Gregorian; when both resolve to a day they must agree (a consistent pair to break).
            if ((a.Calendar == CalendarKind.Julian) == (b.Calendar == CalendarKind.Julian) || a.Calendar == CalendarKind.Hijri || b.Calendar == CalendarKind.Hijri
                || (a.Gregorian is { } ga && b.Gregorian is { } gb && ga != gb) || !IsPairing(d, a.Span.End, b.Span.Start)
                // Both sides a day of a month: a weekday "equated" with a date ("يوم الجمعة الموافق 9 مايو") is no pair.
                || !DayOfMonth(a) || !DayOfMonth(b))
            {
                continue;
            }

            foreach (var t in new[] { b, a })
            {
                if (DayDigits(d, t) is { } day)
                {
                    var shifted = day.Value > 25 ? day.Value - 2 : day.Value + 2;
                    return Replace(d, "julian-shift", "calendar-equivalence", day.Span, Digits(shifted, day.Text),
                        $"day of an Old/New Style pair {day.Value} → {shifted}");
                }
            }
        }

        return null;
    }

    private static bool DayOfMonth(Timex t) => t.Value is { Length: 10 } v && v[4] == '-' && v[7] == '-' && !v.Contains('W', StringComparison.Ordinal);

    /// <summary>True when the text between two dates joins them as one pairing unit ("X (Y)", "X / Y", "X = Y", "الموافق"), not a range.</summary>
    private static bool IsPairing(AnalyzedDocument d, int from, int to)
    {
        if (to < from || to - from > 24)
        {
            return false;
        }

        var between = d.Source.Text.AsSpan(from, to - from).Trim();
        return between is "/" or "(" or "=" || (between.StartsWith("(") && between.Length <= 3)
            || between.Contains("الموافق", StringComparison.Ordinal) || between.Contains("الموافقة", StringComparison.Ordinal);
    }

    // ---- family order ----

    private static Mutation? SiblingYearSwap(AnalyzedDocument d)
    {
        foreach (var c in d.Claims)
        {
            if (c.Property != ClaimProperties.Sibling || c.Value.Cluster is not { } sibling || c.Relation is not ("older" or "younger"))
            {
                continue;
            }

            var own = d.Claims.FirstOrDefault(x => x.Subject == c.Subject && x.Property == ClaimProperties.BirthDate && x.Modality == ClaimModality.Asserted && x.Value.Date is not null);
            var theirs = d.Claims.FirstOrDefault(x => x.Subject == sibling && x.Property == ClaimProperties.BirthDate && x.Value.Timex is not null);
            if (own?.Value.Date is not { } ownDate || theirs?.Value.Timex is not { } t || YearDigits(d, d.Timexes[t]) is not { } y)
            {
                continue;
            }

            var newYear = c.Relation == "older" ? ownDate.Start.Year + 3 : ownDate.Start.Year - 3;
            return Replace(d, "sibling-year-swap", "family-order", y.Span, Digits(newYear, y.Text),
                $"birth year of the {c.Relation} sibling {y.Year} → {newYear} (the subject was born in {ownDate.Start.Year})");
        }

        return null;
    }

    // ---- ordinal series ----

    private Mutation? SeriesRenumber(AnalyzedDocument d)
    {
        var ordinals = new List<(int Token, int Value, string Head)>();
        var matches = new List<LexMatch>();
        for (var i = 1; i < d.Tokens.Length; i++)
        {
            matches.Clear();
            TimeLexicon.Trie.MatchAt(d.Tokens, i, Math.Min(d.Tokens.Length, i + 1), matches);
            foreach (var m in matches)
            {
                // Not an ordinal inside a temporal expression ("القرن السابع", "التاسع من يناير"): a date, not a member of a series.
                if (m.Entry.Kind == LexKind.Number && m.Entry.B == 1 && m.End == i + 1 && d.Tokens[i].Norm.StartsWith("ال", StringComparison.Ordinal)
                    && d.Tokens[i - 1].Sentence == d.Tokens[i].Sentence && d.Tokens[i - 1].Kind == d.Tokens[i].Kind
                    && !d.Timexes.Any(t => t.Span.Contains(d.Tokens[i].Span) || t.Span.Contains(d.Tokens[i - 1].Span))
                    // Nor a regnal number ("يوحنا الثامن"، "يوسف الثاني"): rulers of one name in different realms are no
                    // series; nor a split pronoun ("ابن ه الثانية").
                    && d.Tokens[i - 1].Norm.Length > 2 && !d.Entities.Any(e => e.Label == EntityLabels.Person && e.Span.Contains(d.Tokens[i - 1].Span)))
                {
                    ordinals.Add((i, m.Entry.A, d.Tokens[i - 1].Norm));
                    break;
                }
            }
        }

        for (var x = 0; x < ordinals.Count; x++)
        {
            for (var y = x + 1; y < ordinals.Count; y++)
            {
                var (p, q) = (ordinals[x], ordinals[y]);
                if (p.Head != q.Head || q.Value != p.Value + 1 || p.Value == 1)
                {
                    continue;
                }

                var (sp, sq) = (d.Tokens[p.Token].Sentence, d.Tokens[q.Token].Sentence);
                if (sp == sq || SentenceYear(d, sp) is not { } yp || SentenceYear(d, sq) is not { } yq || yp >= yq)
                {
                    continue;
                }

                // Swap the two ordinal words: the later-dated member now has the lower number.
                var (a, b) = (d.Tokens[p.Token].Span, d.Tokens[q.Token].Span);
                var (ta, tb) = (d.TextOf(a), d.TextOf(b));
                var sb = new StringBuilder(d.Source.Text.Length + 8);
                sb.Append(d.Source.Text.AsSpan(0, a.Start)).Append(tb).Append(d.Source.Text.AsSpan(a.End, b.Start - a.End)).Append(ta).Append(d.Source.Text.AsSpan(b.End));
                var delta = tb.Length - ta.Length;
                return new Mutation("series-renumber", "ordinal-series", sb.ToString(), new TextSpan(a.Start, b.End + delta),
                    $"ordinals swapped: {p.Head} {ta} ({yp}) ↔ {q.Head} {tb} ({yq})");
            }
        }

        return null;
    }

    private static int? SentenceYear(AnalyzedDocument d, int sentence)
    {
        var span = d.Sentences[sentence].Span;
        foreach (var t in d.Timexes)
        {
            if (span.Contains(t.Span) && t.Gregorian is { } g && g.Start.Year == g.End.Year && t.Range is null)
            {
                return g.Start.Year;
            }
        }

        return null;
    }

    // ---- name anomaly ----

    private Mutation? FamousSurname(AnalyzedDocument d)
    {
        if (d.Subject is not { } subject || d.Clusters.FirstOrDefault(c => c.Id == subject) is not { Label: EntityLabels.Person } cluster || cluster.Mentions.Length < 2)
        {
            return null;
        }

        // A mention in the body, not the lead that introduces the subject: a lead written with another man's family
        // name makes that man the document's subject, and the text holds no other trace of the name meant.
        var firstSentence = d.SentenceAt(d.Entities[cluster.Mentions.Min()].Span.Start);
        foreach (var m in cluster.Mentions.Select(i => d.Entities[i]))
        {
            var words = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || words.Length > 4 || d.SentenceAt(m.Span.Start) <= firstSentence)
            {
                continue;
            }

            // A compound given name (عبد الله، أبو بكر) or a nasab (ابن خلدون) is not "given name + family name".
            var given = words[0];
            if (given is "عبد" or "أبو" or "ابو" or "أبي" or "ابي" or "ابن" or "بن" or "أم" or "ام" || given.StartsWith("عبد", StringComparison.Ordinal))
            {
                continue;
            }

            var ownName = cluster.Name.Split(' ');
            foreach (var famous in FamousPersons)
            {
                var f = famous.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (f.Length == 2 && f[0] == given && !ownName.Contains(f[1]) && !cluster.Aliases.Any(a => a.Contains(f[1], StringComparison.Ordinal)))
                {
                    var last = m.Text.LastIndexOf(' ') + 1;
                    var span = new TextSpan(m.Span.Start + last, m.Span.End);
                    return Replace(d, "famous-surname", "name-anomaly", span, f[1], $"family name {d.TextOf(span)} → {f[1]} (as in {famous})");
                }
            }
        }

        return null;
    }

    // ---- text edits ----

    private static Mutation Replace(AnalyzedDocument d, string op, string rule, TextSpan span, string replacement, string description)
    {
        var text = string.Concat(d.Source.Text.AsSpan(0, span.Start), replacement, d.Source.Text.AsSpan(span.End));
        return new Mutation(op, rule, text, TextSpan.FromLength(span.Start, replacement.Length), description);
    }

    /// <summary>The one run of three or four digits in a date (its year), or null when there is none or more than one.</summary>
    private static (TextSpan Span, string Text, int Year)? YearDigits(AnalyzedDocument d, Timex t)
    {
        (TextSpan, string, int)? found = null;
        foreach (var (span, text, value) in DigitRuns(d, t.Span))
        {
            if (text.Length is 3 or 4)
            {
                if (found is not null)
                {
                    return null;
                }

                found = (span, text, value);
            }
        }

        return found;
    }

    /// <summary>A run of one or two digits in a date (its day), or null.</summary>
    private static (TextSpan Span, string Text, int Value)? DayDigits(AnalyzedDocument d, Timex t)
    {
        foreach (var run in DigitRuns(d, t.Span))
        {
            if (run.Text.Length <= 2 && run.Value is >= 1 and <= 31)
            {
                return run;
            }
        }

        return null;
    }

    private static IEnumerable<(TextSpan Span, string Text, int Value)> DigitRuns(AnalyzedDocument d, TextSpan within)
    {
        var s = d.Source.Text;
        var i = within.Start;
        while (i < within.End)
        {
            if (!IsDigit(s[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var value = 0;
            while (i < within.End && IsDigit(s[i]))
            {
                value = (value * 10) + (int)char.GetNumericValue(s[i]);
                i++;
            }

            yield return (new TextSpan(start, i), s[start..i], value);
        }
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9';

    /// <summary>A number written in the digits of <paramref name="like"/> (Western, Arabic-Indic or Persian).</summary>
    private static string Digits(int value, string like)
    {
        var western = value.ToString(CultureInfo.InvariantCulture);
        var zero = like.Length > 0 && like[0] is >= '\u0660' and <= '\u0669' ? '\u0660' : like.Length > 0 && like[0] is >= '\u06F0' and <= '\u06F9' ? '\u06F0' : '0';
        return zero == '0' ? western : new string([.. western.Select(c => (char)(zero + (c - '0')))]);
    }
}
