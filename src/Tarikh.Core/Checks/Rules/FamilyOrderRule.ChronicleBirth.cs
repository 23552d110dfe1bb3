using System.Globalization;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// family-order: the chronicle's "born to him" — "وفيها ولد للأمير سيف الدين طاز ابنه محمد سنة …" — against the father's own birth told
/// after it, in the same or the next sentence, as a noun or a verb with the father named by a short form ("وكان مولد الأمير طاز سنة …"،
/// "وكان مولد الإمام يحيى نفسه سنة …").
/// </summary>
public sealed partial class FamilyOrderRule
{
    /// <summary>Child nouns with the possessive pronoun that follow "ولد لـX" ("ابنه"، "ابنته"، "ولده"، "بنته"; normalized).</summary>
    private static readonly HashSet<string> BornToChildNouns = new(StringComparer.Ordinal) { "ابنه", "ابنته", "ولده", "بنته", "ابنها", "ابنتها" };

    /// <summary>
    /// Name words that do not identify a person when the father is named again: titles and the parts of compound names and laqabs
    /// (normalized, without the article).
    /// </summary>
    private static readonly HashSet<string> NonIdentifyingNameWords = new(StringComparer.Ordinal)
    {
        "امير", "امام", "شيخ", "سلطان", "ملك", "قاضي", "خليفه", "سيد", "حاج", "مولى", "مولاي", "وزير", "اتابك", "باشا", "بك", "خان", "شريف",
        "دين", "دوله", "اسلام", "عبد", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ام",
    };

    /// <summary>
    /// A birth verb followed by the preposition "ل" and a name (the father), then a child noun with its pronoun ("ابنه") within six
    /// tokens, and a date with a written year within eight tokens after the child noun (the child's birth); the father's birth is a
    /// later birth word (noun or verb) of the same or the next sentence followed, within five tokens and before its own date, by a word of
    /// the father's name that identifies him (no title, no part of a compound name), with no child noun between. A father born after the
    /// child, or fewer than <see cref="ChecksOptions.MinParentAge"/> years before, is a <c>warning</c>. Spans already flagged are not repeated.
    /// </summary>
    private IEnumerable<Flag> ChronicleBornTo(CheckContext ctx, List<Flag> already)
    {
        var tokens = ctx.Tokens;
        var births = ctx.Document.Events.Where(e => e.Type == "birth").Select(e => ctx.FirstToken(e.Trigger)).Distinct().Order().ToList();
        var lifeTriggers = new HashSet<int>(ctx.Document.Events.Where(e => e.Type is "birth" or "death").Select(e => ctx.FirstToken(e.Trigger)));
        foreach (var v in births)
        {
            if (v + 2 >= tokens.Length || !ctx.IsContent(tokens[v].Sentence) || tokens[v].Base != "ولد"
                || (tokens[v + 1].Clitics & Proclitics.Li) == 0 || tokens[v + 1].Sentence != tokens[v].Sentence)
            {
                continue;
            }

            // The father's name: from the word under "ل" to the child noun.
            var name = new List<string>();
            var kin = -1;
            for (var j = v + 1; j < tokens.Length && j <= v + 7 && tokens[j].Sentence == tokens[v].Sentence && tokens[j].Kind == TokenKind.Arabic; j++)
            {
                if (j > v + 1 && BornToChildNouns.Contains(tokens[j].Norm))
                {
                    kin = j;
                    break;
                }

                name.Add(tokens[j].Base);
            }

            var identifying = name.Where(w => w.Length > 1 && !NonIdentifyingNameWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
            if (kin < 0 || identifying.Count == 0 || DatedAfter(ctx, kin, 8, lifeTriggers) is not { } childTimex)
            {
                continue;
            }

            var ct = ctx.Timexes[childTimex];
            var childEnd = ctx.EndToken(ct.Span);
            foreach (var m in births.Where(b => b >= childEnd && tokens[b].Sentence - tokens[v].Sentence is 0 or 1 && ctx.IsContent(tokens[b].Sentence)))
            {
                if (FatherBirthAt(ctx, m, identifying, lifeTriggers) is not { } pti || Covered(already, ct.Span))
                {
                    continue;
                }

                var pt = ctx.Timexes[pti];
                var pbd = pt.Gregorian!.Value;
                var cbd = ct.Gregorian!.Value;
                var father = ctx.Document.Source[new Text.TextSpan(tokens[v + 1].Span.Start, tokens[kin - 1].Span.End)].ToString();
                if (pbd.Start > cbd.End)
                {
                    yield return CheckContext.MakeFlag(Id, Severity.Warning, [pt.Span, ct.Span],
                        $"الأب ({father}) مولود في {DateText.IntervalAr(pbd, pt.Calendar)}، أي بعد مولد ابنه ({DateText.IntervalAr(cbd, ct.Calendar)}).",
                        $"The father ({father}) is born {DateText.IntervalEn(pbd, pt.Calendar)}, after the child born to him ({DateText.IntervalEn(cbd, ct.Calendar)}).",
                        ("parent_birth", DateText.Iso(pbd)), ("child_birth", DateText.Iso(cbd)), ("reason", "born-to-parent"));
                }
                else if (DateText.YearsBetween(pbd.Start, cbd.End) is var gap && gap < ctx.Options.MinParentAge)
                {
                    yield return CheckContext.MakeFlag(Id, Severity.Warning, [pt.Span, ct.Span],
                        $"الأب ({father}) مولود في {DateText.IntervalAr(pbd, pt.Calendar)}، فعمره عند ميلاد ابنه ({DateText.IntervalAr(cbd, ct.Calendar)}) {gap} سنوات على الأكثر، وهذا غير معقول.",
                        $"The father ({father}), born {DateText.IntervalEn(pbd, pt.Calendar)}, would be at most {gap} at the birth of the child born to him ({DateText.IntervalEn(cbd, ct.Calendar)}): implausible.",
                        ("parent_birth", DateText.Iso(pbd)), ("child_birth", DateText.Iso(cbd)), ("age", gap.ToString(CultureInfo.InvariantCulture)),
                        ("reason", "parent-too-young"));
                }

                break;
            }
        }
    }

    /// <summary>
    /// The first usable timex with a written year (digits or words) opening within <paramref name="window"/> tokens after token
    /// <paramref name="k"/> in its sentence, with no birth or death word and no sentence-level stop before it.
    /// </summary>
    private static int? DatedAfter(CheckContext ctx, int k, int window, HashSet<int> lifeTriggers)
    {
        var tokens = ctx.Tokens;
        var sentence = tokens[k].Sentence;
        var best = (int?)null;
        var bestFirst = int.MaxValue;
        foreach (var ti in ctx.TimexesInSentence(sentence))
        {
            var t = ctx.Timexes[ti];
            var first = ctx.FirstToken(t.Span);
            if (first > k && first <= k + window && first < bestFirst && ctx.Usable(t) && (CheckContext.HasWrittenYear(t) || t.YearInWords) && t.Gregorian is not null)
            {
                (best, bestFirst) = (ti, first);
            }
        }

        if (best is null)
        {
            return null;
        }

        for (var j = k + 1; j < bestFirst; j++)
        {
            if (lifeTriggers.Contains(j) || tokens[j].Kind == TokenKind.Punctuation && tokens[j].Norm is "." or ";" or "؛" or ":")
            {
                return null;
            }
        }

        return best;
    }

    /// <summary>
    /// The date of a birth word at <paramref name="m"/> whose person is named by one of the father's identifying words within the five
    /// tokens before the date ("مولد الأمير طاز سنة …"، "مولد الإمام يحيى نفسه سنة …"); null when a child noun or a comma stands between.
    /// </summary>
    private static int? FatherBirthAt(CheckContext ctx, int m, HashSet<string> identifying, HashSet<int> lifeTriggers)
    {
        if (DatedAfter(ctx, m, 6, lifeTriggers) is not { } ti)
        {
            return null;
        }

        var tokens = ctx.Tokens;
        var named = false;
        for (var j = m + 1; j < ctx.FirstToken(ctx.Timexes[ti].Span); j++)
        {
            if (tokens[j].Kind == TokenKind.Punctuation || BornToChildNouns.Contains(tokens[j].Norm) || ctx.MatchCue(j, "father", out _) is not null
                || ctx.MatchCue(j, "mother", out _) is not null)
            {
                return null;
            }

            named |= identifying.Contains(tokens[j].Base);
        }

        return named ? ti : null;
    }
}
