using System.Collections.Immutable;
using Tarikh.Core.Checks;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 21 (issue xe): a value the text gives as an alternative beside its main one. Arabic biography gives a second version of
/// a fact with a hedge ("وقيل سنة 1911"، "ويقال إنه مات في حلب"، "وفي رواية …") or as another writer's word ("وذكر غيره أنه …"،
/// "وزعم بعضهم …"), and often weighs it in the same sentence ("والصحيح ما قدمناه"، "وهو خطأ"، "ولا يصح"). A contradicted
/// alternative is still worth telling a fact-checker (the text repeats a wrong value), but it is not the text's own statement:
/// at most a <c>warning</c>, its message saying it is the text's alternative; one the text itself rejects is an <c>info</c> note
/// (the text already corrects it). Read on the value's own clause (between commas and stops) and what follows it in the sentence.
/// </summary>
public sealed partial class ClaimVerifier
{
    /// <summary>Evidence key of the kind of alternative a contradicted value is: <c>hedged</c>, <c>reported</c> or <c>rejected</c>.</summary>
    public const string AlternativeKey = "alternative";

    // Hedges that give one version among others (normalized: alef, ta marbuta and final ya folded).
    private static readonly ImmutableHashSet<string> HedgeCues = ["قيل", "وقيل", "يقال", "ويقال", "فقيل"];

    // Verbs that report another writer's version when their subject is "another", "some" or "others".
    private static readonly ImmutableHashSet<string> ReportVerbs = ["ذكر", "وذكر", "جعل", "وجعل", "روي", "وروي", "قال", "وقال"];

    private static readonly ImmutableHashSet<string> ReportSubjects = ["غيره", "بعضهم", "اخرون", "اخر", "غيرهم", "اخرين"];

    // "زعم": a version the writer does not share, whoever holds it.
    private static readonly ImmutableHashSet<string> ClaimVerbs = ["زعم", "وزعم", "يزعم", "ويزعم", "زعموا", "وزعموا", "زعمه"];

    private static string? AlternativeOf(AnalyzedDocument document, ImmutableArray<TextSpan> spans)
    {
        if (spans.IsDefaultOrEmpty)
        {
            return null;
        }

        var text = document.Source.Text;
        var value = spans.MaxBy(s => s.Start);
        var sentence = document.Sentences.FirstOrDefault(s => s.Span.Start <= value.Start && value.Start < s.Span.End).Span;
        if (sentence.End <= sentence.Start)
        {
            return null;
        }

        var clauseStart = value.Start;
        while (clauseStart > sentence.Start && text[clauseStart - 1] is not ('،' or ',' or '؛' or ';' or '.' or ':' or '\n'))
        {
            clauseStart--;
        }

        var before = Words(text[clauseStart..value.Start]);
        var after = Words(text[Math.Min(value.End, sentence.End)..sentence.End]);
        if (Rejected(after))
        {
            return "rejected";
        }

        for (var i = 0; i < before.Length; i++)
        {
            var w = before[i];
            if (HedgeCues.Contains(w) || (w is "رواية" or "روايه" && i > 0 && before[i - 1] is "في" or "وفي"))
            {
                return "hedged";
            }

            if (ClaimVerbs.Contains(w) || (ReportVerbs.Contains(w) && i + 1 < before.Length && ReportSubjects.Contains(before[i + 1])))
            {
                return "reported";
            }
        }

        return null;
    }

    // Words after the value in its sentence by which the text rejects it: "والصحيح ما قدمناه"، "وهو خطأ"، "ولا يصح"، "غير صحيح".
    private static bool Rejected(string[] after)
    {
        for (var i = 0; i < after.Length; i++)
        {
            var w = after[i];
            if (w is "والصحيح" or "الصحيح" or "والصواب" && i + 1 < after.Length && after[i + 1] is "ما" or "انه" or "ان")
            {
                return true;
            }

            if (w is "خطا" or "غلط" && i > 0 && after[i - 1] is "وهو" or "وهذا" or "هو" or "وذلك")
            {
                return true;
            }

            if (w is "يصح" && i > 0 && after[i - 1] is "لا" or "ولا")
            {
                return true;
            }

            if (w is "صحيح" && i > 0 && after[i - 1] is "غير")
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Words(string s)
    {
        var parts = s.Split([' ', '\t', '\n', '،', ',', '؛', ';', '.', ':', '«', '»', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return [.. parts.Select(FoldWord)];
    }

    private static string FoldWord(string w)
    {
        var b = new System.Text.StringBuilder(w.Length);
        foreach (var c in w)
        {
            switch (c)
            {
                case 'أ' or 'إ' or 'آ' or 'ٱ': b.Append('ا'); break;
                case 'ى': b.Append('ي'); break;
                case 'ة': b.Append('ه'); break;
                case >= '\u064B' and <= '\u0652' or 'ـ': break; // diacritics and tatweel
                default: b.Append(c); break;
            }
        }

        return b.ToString();
    }

    /// <summary>A contradiction on an alternative the text gives: a warning at most (info when the text rejects it), its message saying so.</summary>
    private static Flag AsAlternative(Flag f)
    {
        var kind = f.Evidence.GetValueOrDefault(AlternativeKey);
        return kind switch
        {
            "rejected" => f with
            {
                Severity = Severity.Info,
                MessageAr = f.MessageAr + " والنص نفسه يذكر هذه القيمة رواية بديلة ثم يردّها، فلا تُعدّ خطأً منه.",
                MessageEn = f.MessageEn + " The text gives this value as an alternative and itself rejects it: not held against the text.",
            },
            "hedged" or "reported" => f with
            {
                Severity = f.Severity == Severity.Error ? Severity.Warning : f.Severity,
                MessageAr = f.MessageAr + (kind == "hedged"
                    ? " وهذه القيمة رواية بديلة يذكرها النص بصيغة التمريض («قيل»)، لا قوله الأول."
                    : " وهذه القيمة رواية بديلة ينقلها النص عن غيره، لا قوله الأول."),
                MessageEn = f.MessageEn + (kind == "hedged"
                    ? " This value is the text's hedged alternative (\"قيل\"), not its main statement."
                    : " This value is an alternative the text reports from others, not its main statement."),
            },
            _ => f,
        };
    }
}
