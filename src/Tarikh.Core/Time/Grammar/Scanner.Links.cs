using System.Collections.Frozen;
using System.Globalization;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <content>
/// Sentence post-processing: set + clock, day + clock, calendar equivalences, named calendar cues.
/// </content>
public sealed partial class TimexRecognizer
{
    internal sealed partial class Scanner
    {
        private void PostProcess(List<RawTimex> output, int first)
        {
            // A set and a clock time next to each other are one recurring time: "كل يوم اثنين الساعة 4 مساءً".
            for (var k = first; k + 1 < output.Count; k++)
            {
                var a = output[k];
                var b = output[k + 1];
                var (set, time) = a.Type == TimexType.Set && b.Type == TimexType.Time ? (a, b) : b.Type == TimexType.Set && a.Type == TimexType.Time ? (b, a) : (null, null);
                if (set is null || time is null || !GapIsSmall(a.EndToken, b.StartToken))
                {
                    continue;
                }

                set.Value = set.Value switch
                {
                    "P1D" or "TMO" or "TEV" or "TNI" or "TAF" => time.Value,
                    { } v when v.StartsWith("XXXX", StringComparison.Ordinal) => v + time.Value,
                    var v => v,
                };
                set.StartToken = Math.Min(a.StartToken, b.StartToken);
                set.EndToken = Math.Max(a.EndToken, b.EndToken);
                set.Strip = a.Strip;
                Finish(set);
                output.Remove(time);
            }

            // A day and a clock time next to each other are one date-time: "غداً الساعة 3 مساءً".
            for (var k = first; k + 1 < output.Count; k++)
            {
                var a = output[k];
                var b = output[k + 1];
                var (date, time) = a.Type == TimexType.Date && b.Type == TimexType.Time ? (a, b) : b.Type == TimexType.Date && a.Type == TimexType.Time ? (b, a) : (null, null);
                if (date is null || time is null || date.Granularity != Granularity.Day || date.DayPart is not null || date.RangeWith is not null || !GapIsSmall(a.EndToken, b.StartToken))
                {
                    continue;
                }

                date.DayPart = time.Value!.Length > 1 ? time.Value[1..] : null;
                date.StartToken = a.StartToken;
                date.EndToken = b.EndToken;
                date.Strip = a.Strip;
                Finish(date);
                output.Remove(time);
            }

            for (var k = first; k < output.Count; k++)
            {
                var t = output[k];

                // "تقريباً" after an expression.
                if (Find(t.EndToken, LexKind.Approx) is { } ap && ap.Entry.S == "APPROX" && _tokens[t.EndToken].Norm == "تقريبا")
                {
                    t.Mod ??= TimexMod.Approx;
                }

                if (k + 1 >= output.Count)
                {
                    continue;
                }

                var u = output[k + 1];
                if (t.Type != TimexType.Date || u.Type != TimexType.Date || t.RangeWith == u)
                {
                    continue;
                }

                var gap = Gap(t.EndToken, u.StartToken, out var hasEquiv, out var slashOrParen);
                if (!gap)
                {
                    continue;
                }

                var explicitPair = t.CalendarExplicit && u.CalendarExplicit && (t.Calendar != u.Calendar || t.Bc != u.Bc) && slashOrParen;
                if (hasEquiv || explicitPair)
                {
                    t.EquivalentWith = u;
                    u.EquivalentWith = t;
                    if (!u.CalendarExplicit && t.Calendar == CalendarKind.Gregorian && t.Month is not null && u.Month is not null && u.Calendar == CalendarKind.Gregorian)
                    {
                        // Equated with a Gregorian date and written with the same month names: Old Style. Not when the
                        // first side is a weekday alone ("يوم الجمعة الموافق 9 مايو 2008"): that names the date's own day.
                        u.Calendar = CalendarKind.Julian;
                        u.CalendarExplicit = true;
                        u.Confidence = Math.Min(u.Confidence, 0.8);
                    }
                    else if (!t.CalendarExplicit && u.Calendar == CalendarKind.Gregorian && u.CalendarExplicit && t.Month is not null && t.Calendar == CalendarKind.Gregorian && hasEquiv)
                    {
                        t.Calendar = CalendarKind.Julian;
                        t.CalendarExplicit = true;
                    }

                    if (hasEquiv)
                    {
                        GlossedHijriYear(t, u);
                        GlossedHijriYear(u, t);
                    }
                }
            }

            ApplyCalendarCues(output, first);
            OldStylePairs(output, first);
            StylePairs(output, first);
        }

        /// <summary>
        /// "سنة ثمان عشرة ومائتين، وهي سنة 840 للميلاد"، "عام 1250 أي عام 1834 م": a year with no calendar of its own, equated with a
        /// larger year the text marks as of the Christian era, is the Hijri year the gloss converts (round 20). Years alone on
        /// both sides, neither before Christ.
        /// </summary>
        private static void GlossedHijriYear(RawTimex bare, RawTimex ad)
        {
            if (!bare.CalendarExplicit && bare.Calendar == CalendarKind.Gregorian && (ad.CalendarExplicit || ad.EraAD)
                && ad.Calendar is CalendarKind.Gregorian or CalendarKind.Julian && !bare.Bc && !ad.Bc && !bare.Rumi
                && bare.Month is null && ad.Month is null && bare.Day is null && bare.Year is { } by && ad.Year is { } ay && by >= 1 && by < ay)
            {
                bare.Calendar = CalendarKind.Hijri;
                bare.CalendarExplicit = true;
            }
        }

        private bool GapIsSmall(int from, int to)
        {
            if (to < from || to - from > 2)
            {
                return false;
            }

            for (var k = from; k < to; k++)
            {
                if (!IsNorm(k, "في") && _tokens[k].Kind != TokenKind.Punctuation)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when only punctuation and an equivalence marker lie between two expressions.</summary>
        private bool Gap(int from, int to, out bool hasEquiv, out bool slashOrParen)
        {
            hasEquiv = false;
            slashOrParen = false;
            var k = from;
            var cueTokens = 0;
            while (k < to)
            {
                if (_tokens[k].Kind == TokenKind.Punctuation)
                {
                    slashOrParen |= _tokens[k].Norm[0] is '/' or '(' or '-' or ')';
                    k++;
                    continue;
                }

                // A named calendar that qualifies the first date does not separate it from its equivalent:
                // "7 نوفمبر 1917 (ن.س.)، أي 25 أكتوبر"، "… بالتقويم الجديد، أي …".
                var intro = Find(k, LexKind.CalendarIntro);
                if ((intro is not null && Find(intro.Value.End, LexKind.CalendarCue) is { } cue1 ? cue1 : Find(k, LexKind.CalendarCue)) is { } cue && cue.End <= to)
                {
                    cueTokens += cue.End - k;
                    k = cue.End;
                    continue;
                }

                if (Find(k, LexKind.Equivalence) is { } eq)
                {
                    hasEquiv = true;
                    k = eq.End;
                    if (IsNorm(k, "ل"))
                    {
                        k++;
                    }
                    else if (IsNorm(k, "في") && k + 1 == to)
                    {
                        // "في رمضان سنة 1302، يعني في يونيو 1885": the preposition of the restated date (round 19).
                        k++;
                    }

                    continue;
                }

                if (IsNorm(k, "و"))
                {
                    k++;
                    continue;
                }

                return false;
            }

            return k == to && to - from - cueTokens <= 5;
        }

        /// <summary>
        /// "في التقويم الشرقي"، "حسب التقويم اليولياني": the named calendar applies to the expression just before
        /// the cue (within a few tokens) or, when the cue opens a clause, to the one just after it.
        /// </summary>
        private void ApplyCalendarCues(List<RawTimex> output, int first)
        {
            for (var c = _s; c < _e; c++)
            {
                if (Find(c, LexKind.CalendarCue) is not { } cue)
                {
                    continue;
                }

                // The cue must be introduced: "في/حسب/وفق/ب التقويم…" (not "من التقويم الشرقي إلى الغربي").
                var introduced = (_tokens[c].Clitics & Proclitics.Bi) != 0 && cue.Stripped > 0
                    || (c - 1 >= _s && Find(c - 1, LexKind.CalendarIntro) is not null)
                    || (c - 1 >= _s && IsPunct(c - 1, '('))
                    || (cue.End - c > 1 && IsPunct(c + 1, '.')); // an abbreviation ("ن.س.") needs no introduction
                if (!introduced)
                {
                    continue;
                }

                var kind = cue.Entry.S switch { "julian" => CalendarKind.Julian, "hijri" => CalendarKind.Hijri, _ => CalendarKind.Gregorian };
                RawTimex? target = null;
                for (var k = output.Count - 1; k >= first; k--)
                {
                    var t = output[k];
                    if (t.EndToken <= c && c - t.EndToken <= 4 && t.Type == TimexType.Date)
                    {
                        target = t;
                        break;
                    }
                }

                if (target is null)
                {
                    for (var k = first; k < output.Count; k++)
                    {
                        var t = output[k];
                        if (t.StartToken >= cue.End && t.StartToken - cue.End <= 2 && t.Type == TimexType.Date)
                        {
                            target = t;
                            break;
                        }
                    }
                }

                if (target is null || (target.Calendar == CalendarKind.Hijri && kind != CalendarKind.Hijri && target.Month is not null))
                {
                    continue;
                }

                target.Calendar = kind;
                target.EraAD = false;
                target.CalendarExplicit = true;
                if (target.RangeWith is { } other && !other.CalendarExplicit)
                {
                    other.Calendar = kind;
                    other.CalendarExplicit = true;
                }
            }
        }
    }
}
