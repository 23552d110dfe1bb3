using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Calendars;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Claims;

/// <summary>Claims from what follows a name: the lifespan in parentheses and the comma apposition.</summary>
public sealed partial class ClaimExtractor
{
    // ---------- lifespans after a name ----------

    private void FromLifespans(DocumentIndex index, List<Claim> list, Dictionary<int, string> used)
    {
        foreach (var a in index.Appositions)
        {
            FromLifespan(index, list, used, a);
        }

        // Round 19 (issue-19a): "سليم الخوري، طبيب لبناني (1842–1973)"، "علي إبراهيم باشا (1880–1947):" — the parenthesis after a
        // short description or a title of a name.
        foreach (var a in DescribedLifespans(index))
        {
            FromLifespan(index, list, used, a);
        }
    }

    /// <summary>Reads the lifespan in one parenthesized apposition of a person, if it is one.</summary>
    private void FromLifespan(DocumentIndex index, List<Claim> list, Dictionary<int, string> used, Apposition a)
    {
        var doc = index.Document;
        {
            if (!a.Parenthesized || a.EndToken - a.FirstToken > Options.MaxLifespanTokens || !IsPerson(index, a.Cluster)
                || !index.IsContent(index.Tokens[a.FirstToken].Sentence) || KinIntroducedSelf(index, a.Mention)
                || NamesakeIntroduced(index, a.Mention))
            {
                return;
            }

            // Sides split at a range dash outside any pairing unit: "(A هـ / B م – C هـ / D م)".
            var sides = new List<(int Start, int End)>();
            var s = a.FirstToken;
            for (var k = a.FirstToken; k < a.EndToken; k++)
            {
                if (IsDash(index.Tokens[k]) && !InsideTimex(index, k))
                {
                    sides.Add((s, k));
                    s = k + 1;
                }
            }

            sides.Add((s, a.EndToken));

            // "(1285–1354 هـ / 1868–1935 م)": two ranges, one per calendar, joined by a slash; the first range is the life,
            // the second restates it (the calendar-equivalence check compares them).
            var restated = new List<(int Start, int End)>();
            if (sides.Count == 3 && SlashIn(index, sides[1]) is var slash and >= 0)
            {
                restated.Add((slash + 1, sides[1].End));
                restated.Add(sides[2]);
                sides = [sides[0], (sides[1].Start, slash)];
            }

            // "(وُلد 1924، توفي 2011)": a birth side and a death side joined by a comma, not a dash.
            if (sides.Count == 1 && DeathAfterBirth(index, sides[0]) is var split and >= 0)
            {
                sides = [(sides[0].Start, split), (split, sides[0].End)];
            }

            if (sides.Count > 2)
            {
                return;
            }

            var mention = doc.Entities[a.Mention].Span;

            // "أسرة تانغ (618–907)": the years of a dynasty, state or house named by a head word are a reign, not a life.
            var head = index.FirstTokenOf(mention) - 1;
            if (head >= 0 && Lexicon.Match(index, head, "polity") > 0)
            {
                return;
            }

            var read = new List<(string Property, int Timex, TextSpan? Cue)>();
            var ok = true;
            for (var i = 0; i < sides.Count && ok; i++)
            {
                var (ss, se) = sides[i];
                var (ti, cue, kind, clean) = ReadSide(index, ss, se);
                if (!clean)
                {
                    ok = false;
                    break;
                }

                if (ti < 0)
                {
                    continue;
                }

                var property = kind ?? (sides.Count == 2 ? (i == 0 ? ClaimProperties.BirthDate : ClaimProperties.DeathDate) : null);
                // The other end of a range written as one side ("1868–1932" read as a range by Time).
                if (property is null && sides.Count == 1 && doc.Timexes[ti].Range is { } r && r > ti)
                {
                    read.Add((ClaimProperties.BirthDate, ti, null));
                    read.Add((ClaimProperties.DeathDate, r, null));
                    continue;
                }

                if (property is null)
                {
                    ok = false;
                    break;
                }

                read.Add((property, ti, cue));
            }

            if (!ok || read.Count == 0 || CutRange(index, read))
            {
                return;
            }

            // "(1285–1354 هـ)": the calendar written after the range holds for both ends; a bare end takes it.
            var hijriEnd = read.Count == 2 && sides.Count == 2 && (EraOf(index, sides[0]) == 'h') != (EraOf(index, sides[1]) == 'h')
                && EraOf(index, sides[0]) is not ('g' or 'b') && EraOf(index, sides[1]) is not ('g' or 'b');

            for (var r = 0; r < restated.Count && ok; r++)
            {
                var (rti, _, _, _) = ReadSide(index, restated[r].Start, restated[r].End);
                if (rti >= 0)
                {
                    used[rti] = r == 0 ? ClaimProperties.BirthDate : ClaimProperties.DeathDate;
                }
            }

            foreach (var (property, ti, cue) in read)
            {
                if (TimeOf(index, ti) is not { } value)
                {
                    continue;
                }

                if (hijriEnd && doc.Timexes[ti].Calendar != CalendarKind.Hijri && AsHijriYear(doc.Timexes[ti], value) is { } hijri)
                {
                    value = hijri;
                }

                used[ti] = property;
                if (doc.Timexes[ti].Equivalent is { } eq)
                {
                    used[eq] = property;
                }

                // After a ruler's title, years with no birth or death word may be the reign.
                var confidence = cue is null && ((head >= 0 && Lexicon.Match(index, head, "ruler") > 0) || Lexicon.Match(index, index.FirstTokenOf(mention), "ruler") > 0) ? Options.ReignOrLifeConfidence : Options.LifespanConfidence;
                list.Add(new Claim(0, a.Cluster, property, value, Spans(mention, cue, doc.Timexes[ti].Span), ClaimModality.Asserted, confidence)
                {
                    Source = ClaimSources.Lifespan,
                    Sentence = index.Tokens[a.FirstToken].Sentence,
                });
            }
        }
    }

    /// <summary>
    /// True when a lifespan's two years are written with different numbers of digits and read as written would make a life longer
    /// than any ("(189–1961)"): one of them is cut short (the malformed-date check says so); neither is read as a birth or a death.
    /// "(950–1020)" keeps both: seventy years.
    /// </summary>
    private static bool CutRange(DocumentIndex index, List<(string Property, int Timex, TextSpan? Cue)> read)
    {
        if (read.Count != 2)
        {
            return false;
        }

        var timexes = index.Document.Timexes;
        var a = timexes[read[0].Timex];
        var b = timexes[read[1].Timex];
        if (a.Gregorian is not { } ga || b.Gregorian is not { } gb || YearDigits(a.Text) == YearDigits(b.Text))
        {
            return false;
        }

        var (first, last) = ga.Start < gb.Start ? (ga, gb) : (gb, ga);
        return last.Start.Year - first.End.Year > MaxPlausibleLifeYears;
    }

    /// <summary>Beyond this many years between two ends of a lifespan one end is misread (the checks' own limit is 120).</summary>
    private const int MaxPlausibleLifeYears = 130;

    /// <summary>
    /// The token of a slash between two sides of a pairing ("1354 هـ / 1868") in [start, end), or -1. An equals sign joins them
    /// the same way in modern biographical dictionaries ("(1318 - 1388 هـ = 1900 - 1968 م)", round 16).
    /// </summary>
    private static int SlashIn(DocumentIndex index, (int Start, int End) side)
    {
        for (var k = side.Start; k < side.End; k++)
        {
            if (index.Tokens[k].Kind is TokenKind.Punctuation or TokenKind.Symbol && index.Tokens[k].Norm is "/" or "=")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The token of a death word after a birth word in [start, end) ("وُلد 1924، توفي 2011"), or -1.</summary>
    private int DeathAfterBirth(DocumentIndex index, (int Start, int End) side)
    {
        var birth = false;
        for (var k = side.Start; k < side.End; k++)
        {
            if (Lexicon.Match(index, k, "birth") > 0)
            {
                birth = true;
            }
            else if (birth && k > side.Start && Lexicon.Match(index, k, "death") > 0 && index.Tokens[k].Norm != "ت")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The era written in a side: 'h' for a Hijri mark (هـ، ه), 'g' for a Gregorian one (م، ميلادي), '\0' for none.</summary>
    private static char EraOf(DocumentIndex index, (int Start, int End) side)
    {
        var era = '\0';
        for (var k = side.Start; k < side.End; k++)
        {
            var norm = index.Tokens[k].Norm;
            var mark = norm is "ه" or "هـ" || (index.Tokens[k].IsNumber && norm.EndsWith('ه')) || index.Document.Source[index.Tokens[k].Span].EndsWith("هـ", StringComparison.Ordinal) ? 'h'
                : norm is "م" or "ميلادي" or "ميلاديه" or "ميلادية" ? 'g' : '\0';

            // "(1325 هـ / 1907 م – 1980)": a side that pairs both eras marks neither for the other side; 'b'.
            if (mark != '\0')
            {
                era = era == '\0' || era == mark ? mark : 'b';
            }
        }

        return era;
    }

    /// <summary>A bare year re-read as a Hijri year through Time's calendars (the mark written after the range holds for it), or null.</summary>
    private static ClaimValue? AsHijriYear(Timex t, ClaimValue value)
    {
        if (t.Value is not { Length: > 0 and <= 4 } v || !v.All(char.IsDigit) || !int.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var year) || year < 1
            || !TarikhCalendars.Default.TryYears(CalendarKind.Hijri, year, year, out var interval, out _))
        {
            return null;
        }

        return value with { Date = interval, Calendar = "hijri" };
    }

    /// <summary>The length of the longest run of digits in a timex's text.</summary>
    private static int YearDigits(string text)
    {
        int best = 0, run = 0;
        foreach (var ch in text)
        {
            run = char.IsDigit(ch) ? run + 1 : 0;
            best = Math.Max(best, run);
        }

        return best;
    }

    private static bool IsDash(Token t) => t.Kind == TokenKind.Punctuation && t.Norm is "-" or "–" or "—" or "−" or "ـ";

    private static bool InsideTimex(DocumentIndex index, int token)
    {
        var pos = index.Tokens[token].Span.Start;
        foreach (var ti in index.TimexesInSentence(index.Tokens[token].Sentence))
        {
            var span = index.Document.Timexes[ti].Span;
            if (span.Start < pos && pos < span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One side of a lifespan: its first dated timex (a pairing unit counts once), a birth or death
    /// marker, and whether the side holds nothing else (a parenthesis with other words is not a lifespan).
    /// </summary>
    private (int Timex, TextSpan? Cue, string? Kind, bool Clean) ReadSide(DocumentIndex index, int start, int end)
    {
        var doc = index.Document;
        var timex = -1;
        TextSpan? cue = null;
        string? kind = null;
        var covered = new bool[end - start];
        foreach (var ti in index.TimexesInSentence(index.Tokens[start].Sentence))
        {
            var tt = index.TimexToken(ti);
            if (tt < start || tt >= end)
            {
                continue;
            }

            var span = doc.Timexes[ti].Span;
            for (var k = tt; k < end && index.Tokens[k].Span.Start < span.End; k++)
            {
                covered[k - start] = true;
            }

            if (timex < 0 && DocumentIndex.IsDated(doc.Timexes[ti]))
            {
                timex = ti;
            }
        }

        var other = 0;
        for (var k = start; k < end; k++)
        {
            if (covered[k - start])
            {
                continue;
            }

            int n;
            if ((n = Lexicon.Match(index, k, "birth")) > 0 || (n = Lexicon.Match(index, k, "death")) > 0)
            {
                kind = Lexicon.Match(index, k, "birth") > 0 ? ClaimProperties.BirthDate : ClaimProperties.DeathDate;
                cue = TokenSpan(index, k, k + n);
                for (var j = k; j < k + n && j < end; j++)
                {
                    covered[j - start] = true;
                }

                continue;
            }

            var t = index.Tokens[k];
            if (t.Kind == TokenKind.Punctuation || t.Norm is "م" or "ه" or "هـ" or "سنه" or "عام" or "نحو" or "حوالي" or "في")
            {
                continue;
            }

            other++;
        }

        return (timex, cue, kind, other == 0);
    }

    // ---------- comma appositions: "زينب، المولودة عام 1861" ----------

    private void FromCommaAppositions(DocumentIndex index, List<Claim> list, Dictionary<int, string> used)
    {
        var doc = index.Document;
        var read = new HashSet<int>();
        foreach (var a in index.Appositions)
        {
            if (a.Parenthesized || !IsPerson(index, a.Cluster) || !index.IsContent(index.Tokens[a.FirstToken].Sentence) || KinIntroducedSelf(index, a.Mention)
                || NamesakeIntroduced(index, a.Mention))
            {
                continue;
            }

            if (FromParticiple(index, list, used, doc.Entities[a.Mention].Span, a.Cluster, a.FirstToken, a.EndToken))
            {
                read.Add(a.Mention);
            }
        }

        // "شيّع جثمان فهد العنزي المولود عام 1970"، "والده الشيخ نعمان المولود عام 1944": the participle right after the name,
        // with no comma, says the same of that name.
        for (var m = 0; m < doc.Entities.Length; m++)
        {
            if (read.Contains(m) || doc.Entities[m].Label != EntityLabels.Person || !IsPerson(index, doc.Entities[m].Cluster) || NamesakeIntroduced(index, m))
            {
                continue;
            }

            var after = index.EndTokenOf(doc.Entities[m].Span);

            // "أختها سعاد المولودة عام 1941": the tagger ran the name on into the participle; the participle still speaks of her.
            if (after - index.FirstTokenOf(doc.Entities[m].Span) >= 2 && (Lexicon.Match(index, after - 1, "birth") == 1 || Lexicon.Match(index, after - 1, "death") == 1)
                && index.Tokens[after - 1].Norm.StartsWith("ال", StringComparison.Ordinal))
            {
                after--;
            }

            if (after >= index.Tokens.Length || index.Tokens[after].Sentence != index.Tokens[after - 1].Sentence || !index.IsContent(index.Tokens[after].Sentence)
                || !index.Tokens[after].Norm.StartsWith("ال", StringComparison.Ordinal))
            {
                continue;
            }

            var (_, ce) = index.ClauseOf(after);
            FromParticiple(index, list, used, doc.Entities[m].Span, doc.Entities[m].Cluster, after, ce);
        }

        // "وكان الراحل، المولود عام 1949 في حي شرق، قد أسس": an obituary's word for the dead man with a participle after its comma
        // speaks of the article's subject, when the sentence names nobody else.
        for (var k = 0; k + 2 < index.Tokens.Length; k++)
        {
            var sentence = index.Tokens[k].Sentence;
            if (Lexicon.Match(index, k, "obituary-anaphor") != 1 || index.Tokens[k + 1].Norm is not ("،" or ",") || index.Tokens[k + 2].Sentence != sentence
                || !index.IsContent(sentence) || index.MentionAtToken(k) >= 0 || index.SubjectAt(sentence) is not { } subject || !IsPerson(index, subject)
                || !index.InSegment(subject, sentence) || !NoOtherPerson(index, sentence, subject))
            {
                continue;
            }

            var (_, end) = index.ClauseOf(k + 2);
            FromParticiple(index, list, used, index.Tokens[k].Span, subject, k + 2, end, Options.ProDropConfidence);
        }

        FromPronounParticiples(index, list, used);
    }

    /// <summary>
    /// Round 22 (issue 12): "وقد أتم عامه الستين يوم وفاته سنة 1978 وهو المولود سنة 1918"، "وهي المولودة في حمص": a detached pronoun
    /// right before a definite birth or death participle predicates it of the person the sentence speaks of, when the sentence names
    /// nobody else, no kinship word stands before the pronoun ("وتوفي أبوه وهو المولود …" is the father's) and the pronoun's gender
    /// agrees with the person's. The claim carries the pro-drop confidence (at most a warning against another value).
    /// </summary>
    private void FromPronounParticiples(DocumentIndex index, List<Claim> list, Dictionary<int, string> used)
    {
        for (var k = 0; k + 1 < index.Tokens.Length; k++)
        {
            var norm = index.Tokens[k].Norm;
            bool feminine;
            if (norm is "هو" or "وهو")
            {
                feminine = false;
            }
            else if (norm is "هي" or "وهي")
            {
                feminine = true;
            }
            else
            {
                continue;
            }

            var sentence = index.Tokens[k].Sentence;
            if (index.Tokens[k + 1].Sentence != sentence || !index.IsContent(sentence) || index.MentionAtToken(k + 1) >= 0
                || !index.Tokens[k + 1].Norm.StartsWith("ال", StringComparison.Ordinal)
                || (Lexicon.Match(index, k + 1, "birth") != 1 && Lexicon.Match(index, k + 1, "death") != 1)
                || index.Tokens[k + 1].Norm.EndsWith('ه') != feminine
                || index.SubjectAt(sentence) is not { } subject || !IsPerson(index, subject) || !index.InSegment(subject, sentence)
                || !NoOtherPerson(index, sentence, subject) || (index.PersonGender(subject) is { } g && g != feminine))
            {
                continue;
            }

            var (ss, _) = index.SentenceTokens(sentence);
            var kin = false;
            for (var j = ss; j < k && !kin; j++)
            {
                kin = IsKinWord(index, j, ss);
            }

            if (kin)
            {
                continue;
            }

            var (_, end) = index.ClauseOf(k + 1);
            FromParticiple(index, list, used, index.Tokens[k].Span, subject, k + 1, end, Options.ProDropConfidence);
        }
    }

    /// <summary>
    /// A birth or death participle opening [first, end) ("المولودة عام 1861"، "المولود في حلب"، "المتوفى سنة 1920") gives the
    /// person named at <paramref name="mention"/> (its span) that date and place, at <paramref name="confidence"/> (an apposition's by
    /// default); true when it read one.
    /// </summary>
    private bool FromParticiple(DocumentIndex index, List<Claim> list, Dictionary<int, string> used, TextSpan mention, int cluster, int first, int end, double? confidence = null)
    {
        var sure = confidence ?? Options.AppositionConfidence;
        var doc = index.Document;
        string? property = null;
        var n = Lexicon.Match(index, first, "birth");
        if (n > 0)
        {
            property = ClaimProperties.BirthDate;
        }
        else if ((n = Lexicon.Match(index, first, "death")) > 0 && index.Tokens[first].Norm != "ت")
        {
            property = ClaimProperties.DeathDate;
        }

        if (property is null)
        {
            return false;
        }

        var cue = TokenSpan(index, first, first + n);
        var found = false;

        // Round 15 (issue-13k): "المولود في كاشان سنة 1380 والمتوفى في سمرقند سنة 1429": a second participle coordinated after the
        // first opens its own date and place; the first's stop before it (else the death's year was read as the birth's).
        var all = end;
        for (var k = first + n; k < end; k++)
        {
            var norm = index.Tokens[k].Norm;
            if (norm.Length > 1 && norm[0] == '\u0648' && LifeParticiples.Contains(norm[1..]))
            {
                end = k;
                break;
            }
        }

        foreach (var ti in index.TimexesInClause(first))
        {
            var tt = index.TimexToken(ti);
            if (tt < first + n || tt >= end || TimeOf(index, ti) is not { } value)
            {
                continue;
            }

            used[ti] = property;
            if (doc.Timexes[ti].Equivalent is { } eq)
            {
                used[eq] = property;
            }

            list.Add(new Claim(0, cluster, property, value, Spans(mention, cue, doc.Timexes[ti].Span), ClaimModality.Asserted, sure)
            {
                Source = ClaimSources.Apposition,
                Sentence = index.Tokens[first].Sentence,
            });
            found = true;
            break;
        }

        // A place after the participle: "المولود في حلب". Round 15 (issue-x3): only a place that a preposition opens ("في حلب"،
        // "بحلب"، "في مدينة حلب"); a bare place is the main verb's object ("حاصر فلان المولود سنة 1771 عكا"), and a relative clause
        // ("الذي يقيم اليوم في …") speaks of where he lives, not where he was born.
        for (var k = first + n; k < end; k++)
        {
            if (ParticipleRelatives.Contains(index.Tokens[k].Norm))
            {
                break;
            }

            var m = index.MentionAtToken(k);
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Location && PlaceOpenedByPreposition(index, k, first + n, doc.Entities[m].Span))
            {
                list.Add(new Claim(0, cluster, property == ClaimProperties.BirthDate ? ClaimProperties.BirthPlace : ClaimProperties.DeathPlace,
                    ClaimValue.OfEntity(doc.Entities[m].Cluster, doc.Entities[m].Text), Spans(mention, cue, doc.Entities[m].Span),
                    ClaimModality.Asserted, sure)
                {
                    Source = ClaimSources.Apposition,
                    Place = doc.Entities[m].Cluster,
                    Sentence = index.Tokens[first].Sentence,
                });
                found = true;
                break;
            }
        }

        if (end < all)
        {
            found |= FromParticiple(index, list, used, mention, cluster, end, all, confidence);
        }

        return found;
    }

    // Relative pronouns that open a clause about something else after a participle ("… الذي يقيم اليوم في عمّان").
    private static readonly System.Collections.Frozen.FrozenSet<string> ParticipleRelatives =
        new[] { "الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي", "حيث" }
            .Select(w => Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    // Place nouns that may stand between "في" and a place's name ("في مدينة حلب"، "بقرية عين").
    private static readonly System.Collections.Frozen.FrozenSet<string> PlaceHeads =
        new[] { "مدينة", "قرية", "بلدة", "ولاية", "محافظة", "منطقة", "إقليم", "جزيرة", "حي", "ضاحية", "عاصمة" }
            .Select(w => Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    // True when a preposition opens the place at token k (the participle's words end at start): "في" right before it, "ب" glued
    // to it, or either before one place noun ("في مدينة حلب"، "بمدينة حلب").
    private static bool PlaceOpenedByPreposition(DocumentIndex index, int k, int start, TextSpan place)
    {
        var tokens = index.Tokens;
        if (tokens[k].Clitics.HasFlag(Proclitics.Bi) || (place.Start > tokens[k].Span.Start && index.Document.Source.Text.AsSpan(tokens[k].Span.Start, place.Start - tokens[k].Span.Start).Contains('\u0628')))
        {
            return true;
        }

        if (k - 1 >= start && tokens[k - 1].Base is "في" or "فى")
        {
            return true;
        }

        return k - 1 >= start && PlaceHeads.Contains(tokens[k - 1].Base)
            && (tokens[k - 1].Clitics.HasFlag(Proclitics.Bi) || (k - 2 >= start && tokens[k - 2].Base is "في" or "فى"));
    }
}
