using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Claims;

/// <summary>Claims from what follows a name: the lifespan in parentheses and the comma apposition.</summary>
public sealed partial class ClaimExtractor
{
    // ---------- lifespans after a name ----------

    private void FromLifespans(DocumentIndex index, List<Claim> list, Dictionary<int, string> used)
    {
        var doc = index.Document;
        foreach (var a in index.Appositions)
        {
            if (!a.Parenthesized || a.EndToken - a.FirstToken > Options.MaxLifespanTokens || !IsPerson(index, a.Cluster)
                || !index.IsContent(index.Tokens[a.FirstToken].Sentence) || KinIntroducedSelf(index, a.Mention))
            {
                continue;
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
            if (sides.Count > 2)
            {
                continue;
            }

            var mention = doc.Entities[a.Mention].Span;

            // "أسرة تانغ (618–907)": the years of a dynasty, state or house named by a head word are a reign, not a life.
            var head = index.FirstTokenOf(mention) - 1;
            if (head >= 0 && Lexicon.Match(index, head, "polity") > 0)
            {
                continue;
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
                continue;
            }

            foreach (var (property, ti, cue) in read)
            {
                if (TimeOf(index, ti) is not { } value)
                {
                    continue;
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
        foreach (var a in index.Appositions)
        {
            if (a.Parenthesized || !IsPerson(index, a.Cluster) || !index.IsContent(index.Tokens[a.FirstToken].Sentence) || KinIntroducedSelf(index, a.Mention))
            {
                continue;
            }

            string? property = null;
            var n = Lexicon.Match(index, a.FirstToken, "birth");
            if (n > 0)
            {
                property = ClaimProperties.BirthDate;
            }
            else if ((n = Lexicon.Match(index, a.FirstToken, "death")) > 0 && index.Tokens[a.FirstToken].Norm != "ت")
            {
                property = ClaimProperties.DeathDate;
            }

            if (property is null)
            {
                continue;
            }

            var cue = TokenSpan(index, a.FirstToken, a.FirstToken + n);
            foreach (var ti in index.TimexesInClause(a.FirstToken))
            {
                var tt = index.TimexToken(ti);
                if (tt < a.FirstToken + n || tt >= a.EndToken || TimeOf(index, ti) is not { } value)
                {
                    continue;
                }

                used[ti] = property;
                if (doc.Timexes[ti].Equivalent is { } eq)
                {
                    used[eq] = property;
                }

                list.Add(new Claim(0, a.Cluster, property, value, Spans(doc.Entities[a.Mention].Span, cue, doc.Timexes[ti].Span), ClaimModality.Asserted, Options.AppositionConfidence)
                {
                    Source = ClaimSources.Apposition,
                    Sentence = index.Tokens[a.FirstToken].Sentence,
                });
                break;
            }

            // A place after the participle: "المولود في حلب".
            for (var k = a.FirstToken + n; k < a.EndToken; k++)
            {
                var m = index.MentionAtToken(k);
                if (m >= 0 && doc.Entities[m].Label == EntityLabels.Location)
                {
                    list.Add(new Claim(0, a.Cluster, property == ClaimProperties.BirthDate ? ClaimProperties.BirthPlace : ClaimProperties.DeathPlace,
                        ClaimValue.OfEntity(doc.Entities[m].Cluster, doc.Entities[m].Text), Spans(doc.Entities[a.Mention].Span, cue, doc.Entities[m].Span),
                        ClaimModality.Asserted, Options.AppositionConfidence)
                    {
                        Source = ClaimSources.Apposition,
                        Place = doc.Entities[m].Cluster,
                        Sentence = index.Tokens[a.FirstToken].Sentence,
                    });
                    break;
                }
            }
        }
    }
}
