using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// malformed-date, forms of round 16 (issue-x1): a year slot left empty before punctuation. A range between two years
/// ("بين عامي … و …") with one side missing ("بين سنتي - 1900"، "بين عامي 1820 و ، ثم"), and a bare year word after its actor or
/// after "في" with a space and then a comma ("تولى الإمارة فلان سنة ، ثم"): the space before the comma is where the year was.
/// </summary>
public sealed partial class MalformedDateRule
{
    /// <summary>
    /// "بين سنتي - 1900"، "بين عامي 1820 و ، لتشمل": after "بين" a dual year word ("سنتي"، "عامي") opens a range of two years; a
    /// dash or a comma right after it (the first year missing), or a year, "و" and then a comma or the sentence's end (the second
    /// missing), leaves a slot empty. "بين عامي 1820 و1830" and "بين عامي 1820 و 1830" are whole.
    /// </summary>
    private IEnumerable<Flag> RangesWithEmptyYear(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 1; k + 1 < tk.Length; k++)
        {
            if (!ctx.IsContent(tk[k].Sentence) || tk[k].Kind != TokenKind.Arabic || tk[k].Clitics != Proclitics.None
                || StripDiacritics(tk[k].Norm) is not ("سنتي" or "عامي") || tk[k - 1].Norm is not ("بين" or "وبين") || tk[k - 1].Sentence != tk[k].Sentence)
            {
                continue;
            }

            var next = tk[k + 1];
            var end = -1;
            if (next.Sentence == tk[k].Sentence && next.Kind == TokenKind.Punctuation && next.Norm is "-" or "–" or "—" or "،" or ",")
            {
                end = k + 1;
            }
            else if (next.Sentence == tk[k].Sentence && next.Kind == TokenKind.Number && next.Clitics == Proclitics.None && k + 2 < tk.Length
                && tk[k + 2].Sentence == tk[k].Sentence && tk[k + 2].Norm is "و" or "إلى" or "الى"
                && (k + 3 >= tk.Length || tk[k + 3].Sentence != tk[k].Sentence || (tk[k + 3].Kind == TokenKind.Punctuation && tk[k + 3].Norm is "،" or "," or "." or "؛" or ";")))
            {
                end = k + 2;
            }

            if (end < 0)
            {
                continue;
            }

            var span = new TextSpan(tk[k - 1].Span.Start, tk[end].Span.End);
            if (Incomplete(ctx, flagged, span, "أحد طرفي المدة بين السنتين فارغ.", "one side of the range between two years is empty.", "missing-year") is { } flag)
            {
                yield return flag;
            }

            k = end;
        }
    }

    /// <summary>
    /// "تولى الإمارة الأمير فلان سنة ، ثم"، "وفي عام ، انتقل"، "وتوفي سنة ، ولم": a bare year word ("سنة"، "عام") right after a person's
    /// name, "في" or a birth or death word ("ولد"، "توفي"، "مات": the checks' birth-cue and death-cue words),
    /// then a space and a comma: the year was dropped from its slot. A duration ("أقام بها سنة، ثم"، "بعد سنة") follows no name,
    /// and "بشكل عام،" follows neither; a comma written tight to the word is no gap and stays silent.
    /// </summary>
    private IEnumerable<Flag> BareYearWordsBeforeGap(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        var text = ctx.Document.Source.Text;
        for (var k = 1; k + 1 < tk.Length; k++)
        {
            if (!ctx.IsContent(tk[k].Sentence) || tk[k].Kind != TokenKind.Arabic || tk[k].Clitics != Proclitics.None || tk[k].Norm is not ("سنة" or "سنه" or "عام")
                || tk[k + 1].Sentence != tk[k].Sentence || tk[k + 1].Kind != TokenKind.Punctuation || tk[k + 1].Norm is not ("،" or ",")
                || tk[k + 1].Span.Start == tk[k].Span.End || !char.IsWhiteSpace(text[tk[k].Span.End]))
            {
                continue;
            }

            var before = tk[k - 1];
            var afterName = ctx.MentionAtToken(k - 1) is var m and >= 0 && ctx.Document.Entities[m].Label == EntityLabels.Person
                && ctx.Document.Entities[m].Span.End == before.Span.End;
            // "وتوفي سنة ، ولم يذكر": right after a birth or death word, whose year the word's clause exists to give (round 20).
            var afterLifeWord = (ctx.MatchCue(k - 1, "birth-cue", out var bl) is not null && bl == 1) || (ctx.MatchCue(k - 1, "death-cue", out var dl) is not null && dl == 1);
            if (before.Sentence != tk[k].Sentence || !(afterName || afterLifeWord || before.Norm is "في" or "وفي"))
            {
                continue;
            }

            var span = tk[k].Span;
            if (Incomplete(ctx, flagged, span, "كلمة «سنة» أو «عام» لا تتبعها السنة.", "the word for “year” is not followed by the year.", "missing-year") is { } flag)
            {
                yield return flag;
            }
        }
    }

    /// <summary>
    /// "وفي سنة ... وأربعمائة اشتد الغلاء"، "سنة … وخمسمائة"، "عام كذا وثلاثمائة"، "سنة ثلاث و... وستمائة": a year word, then
    /// (after number words, if any) a gap a copyist left in the number (an ellipsis, or "كذا" standing for a word he could not
    /// read), then "و" and a hundred (Time's number words): the year in words has a part missing (round 22). The ellipsis
    /// may end the segmenter's sentence; the gap must stand between the year word and the hundreds with nothing else between.
    /// "سنة كذا وكذا" (a formulary's placeholder) names no hundred and stays silent, as does "سنة خمس وأربعمائة".
    /// </summary>
    private IEnumerable<Flag> WordYearsWithGap(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        var matches = new List<LexMatch>();
        for (var k = 0; k + 2 < tk.Length; k++)
        {
            if (!ctx.IsContent(tk[k].Sentence) || tk[k].Kind != TokenKind.Arabic || tk[k].Clitics != Proclitics.None || tk[k].Norm is not ("سنة" or "سنه" or "عام"))
            {
                continue;
            }

            // the number words written before the gap ("ثلاث و"), all in the year word's sentence
            var j = k + 1;
            while (j < tk.Length && j < k + 5 && tk[j].Sentence == tk[k].Sentence && (tk[j].Norm == "و" || NumberWord(tk, j, tk.Length, matches)))
            {
                j++;
            }

            // the gap: dots ("..."، "…", "..") or one "كذا"
            var gapStart = j;
            var dots = 0;
            while (j < tk.Length && tk[j].Kind == TokenKind.Punctuation && j < gapStart + 6 && ctx.Text(tk[j].Span) is { Length: > 0 } dot && dot.All(c => c is '.' or '…'))
            {
                dots += dot.Contains('…', StringComparison.Ordinal) ? 3 : dot.Length;
                j++;
            }

            var gap = dots >= 2;
            if (!gap && dots == 0 && j < tk.Length && tk[j].Sentence == tk[k].Sentence && tk[j].Kind == TokenKind.Arabic && tk[j].Clitics == Proclitics.None && tk[j].Norm == "كذا")
            {
                gap = true;
                j++;
            }

            // "وفي سنة … من المائة السابعة": the gap stands for the whole year, which the text places only by its century.
            if (gap && dots >= 2 && j + 1 < tk.Length && tk[j].Norm == "من" && tk[j + 1].Norm is "المائة" or "المئة" or "القرن")
            {
                var cspan = new TextSpan(tk[k].Span.Start, tk[j + 1].Span.End);
                if (Incomplete(ctx, flagged, cspan, "مكان السنة فراغ (نقاط) لا يبقى منه إلا قرنها.", "the year is a gap (dots); only its century is given.", "gap-in-words") is { } cflag)
                {
                    yield return cflag;
                }

                k = j + 1;
                continue;
            }

            if (!gap || j >= tk.Length || tk[j].Kind != TokenKind.Arabic || (tk[j].Clitics & Proclitics.Wa) == 0
                || (tk[j].Sentence != tk[k].Sentence && tk[j - 1].Kind != TokenKind.Punctuation))
            {
                continue;
            }

            matches.Clear();
            CheckContext.TimeLexicon.Trie.MatchAt(ctx.Tokens, j, ctx.Tokens.Length, matches);
            var hundreds = false;
            foreach (var m in matches)
            {
                hundreds |= m.Entry.Kind == LexKind.Number && m.Entry.B == 0 && m.End == j + 1 && m.Entry.A is 100 or 200 or 300 or 400 or 500 or 600 or 700 or 800 or 900;
            }

            if (!hundreds)
            {
                continue;
            }

            var span = new TextSpan(tk[k].Span.Start, tk[j].Span.End);
            if (Incomplete(ctx, flagged, span, "في السنة المكتوبة بالحروف فراغ (نقاط أو «كذا») مكان جزء منها.",
                "the year in words has a gap (dots or “كذا”) where one of its parts should be.", "gap-in-words") is { } flag)
            {
                yield return flag;
            }

            k = j;
        }
    }

    private static string StripDiacritics(string s) => s.Replace("\u064E", "").Replace("\u064F", "").Replace("\u0650", "").Replace("\u0651", "").Replace("\u0652", "");
}
