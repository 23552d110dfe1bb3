using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Claims;

/// <summary>
/// A relative or a family that reports with a pronoun complementizer (issue 12c, round 18): "وتذكر ابنته أنه فارق الحياة سنة 1986"،
/// "وذكرت أسرته أنه من مواليد عام 1949"، "وقال أبناؤه إنه توفي". The pronoun of "أنه/إنها" cannot be a reporter of the other gender
/// or number (a daughter would say "أنها" of herself, a family "أنها" or "أنهم"), so it is the person the reporter's own pronoun points
/// to: the topic person, as for "قال نجله إن والده ولد". A reporter of the pronoun's own gender and number ("وقال نجله إنه ولد …")
/// stays open: he may speak of himself.
/// </summary>
public sealed partial class DocumentIndex
{
    /// <summary>Collective words for the topic's family with a pronoun: grammatically feminine (a family, a household), normalized.</summary>
    private static readonly FrozenWords FamilyReporters = new("أسرته", "أسرتها", "عائلته", "عائلتها");

    /// <summary>Plural reporters with a pronoun: never "أنه" or "أنها" of themselves, normalized.</summary>
    private static readonly FrozenWords PluralReporters = new("أبناؤه", "أبناءه", "أبنائه", "أولاده", "أبناؤها", "أولادها", "أهله", "أهلها", "ذووه", "ذويه", "أحفاده");

    /// <summary>Pronoun complementizers, masculine singular, with their conjunctions and prepositions, normalized.</summary>
    private static readonly FrozenWords HeComplementizers = new("أنه", "إنه", "وأنه", "وإنه", "بأنه", "فإنه");

    /// <summary>Pronoun complementizers, feminine singular, normalized.</summary>
    private static readonly FrozenWords SheComplementizers = new("أنها", "إنها", "وأنها", "وإنها", "بأنها", "فإنها");

    /// <summary>
    /// The gender a pronoun complementizer right before the trigger gives its subject (across "قد"، "كان"): true for "أنها"، false for
    /// "أنه", null when none stands there.
    /// </summary>
    private bool? ComplementizerGenderAt(int trigger)
    {
        for (var k = trigger - 1; k >= 0 && k >= trigger - 3 && Tokens[k].Sentence == Tokens[trigger].Sentence; k--)
        {
            var t = Tokens[k];
            if (HeComplementizers.Contains(t.Norm))
            {
                return false;
            }

            if (SheComplementizers.Contains(t.Norm))
            {
                return true;
            }

            if (t.Norm is not ("قد" or "كان" or "كانت"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the reporter at <paramref name="reporter"/> cannot be the subject of the pronoun complementizer right before the trigger:
    /// a feminine relative before "أنه"، a masculine one before "أنها"، a family or a plural reporter before either.
    /// </summary>
    private bool ReporterIsNotPronoun(int reporter, int trigger)
    {
        if (ComplementizerGenderAt(trigger) is not { } feminine)
        {
            return false;
        }

        var t = Tokens[reporter];
        if (PluralReporters.Contains(t.Norm) || PluralReporters.Contains(t.Base))
        {
            return true;
        }

        if (FamilyReporters.Contains(t.Norm) || FamilyReporters.Contains(t.Base) || FeminineKinWords.Contains(t.Norm) || FeminineKinWords.Contains(t.Base))
        {
            return !feminine;
        }

        return (MasculineKinWords.Contains(t.Norm) || MasculineKinWords.Contains(t.Base)) && feminine;
    }

    /// <summary>True for a family word with a pronoun that reports ("وذكرت أسرته"، "وأفادت عائلته"، "وقال أهله").</summary>
    private bool IsFamilyReporter(int token)
        => token >= 0 && token < Tokens.Length && Tokens[token].Kind == TokenKind.Arabic
            && (FamilyReporters.Contains(Tokens[token].Norm) || FamilyReporters.Contains(Tokens[token].Base)
                || PluralReporters.Contains(Tokens[token].Norm) || PluralReporters.Contains(Tokens[token].Base));
}
