using Tarikh.Core.Entities.Names;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

public sealed partial class EntityRecognizer
{
    /// <summary>
    /// True when a person's mention must not begin with this token (round 14): a frequent word of the training text (16
    /// times or more) never seen inside a name and no word of the name grammar (ابن، أبو، عبد), a verb only people do ("ولد" before
    /// "الشيخ …"), or a definite title of the classical-name grammar ("الحافظ"، "القاضي"). The title is a cue before the
    /// name, not part of it; an undefined title stays ("سلطان بن زايد": a given name). A rare word stays: the statistics
    /// of a word seen a few times say little ("ديل" of "ديل بوسكي").
    /// </summary>
    private bool IsNeverPersonOpening(Token t)
    {
        if (t.Kind != TokenKind.Arabic)
        {
            return false;
        }

        if (IsLifeVerb(t) || (ClassicalNames.RoleOf(t.NormBase) == NameRole.None && IsCommonWord(t)))
        {
            return true;
        }

        return (t.Clitics & Proclitics.Al) != 0
            ? ClassicalNames.RoleOf(ArticleForm(t)) == NameRole.Title
            : t.NormBase.StartsWith("\u0627\u0644", StringComparison.Ordinal) && ClassicalNames.RoleOf(t.NormBase) == NameRole.Title;
    }

    /// <summary>
    /// True when no mention may end with this token (round 14): a frequent word of the training text never seen inside a
    /// name ("سنة" after "جامعة قطر"), unless it ends in ي or ية: an adjective of that shape is a name's part in the text
    /// ("ماري كوري"، "المنتخب الإيطالي") although its base ("كوري" of "الكوري", Korean) is mostly a common word.
    /// </summary>
    private bool IsNeverNameEnding(Token t)
    {
        if (t.Kind != TokenKind.Arabic || !IsCommonWord(t))
        {
            return false;
        }

        var b = t.NormBase;
        return !(b.EndsWith("\u064A", StringComparison.Ordinal) || b.EndsWith("\u064A\u0647", StringComparison.Ordinal));
    }

    // A link, kunya or عبد of a name chain: a word next to it is the chain's, whatever the statistics say ("أبان بن أبي عمرو"،
    // "فلان بن شهرة"), and cutting it would leave the chain's link at the mention's edge.
    private static bool IsChainWord(Token t) => ClassicalNames.RoleOf(t.NormBase) is NameRole.Link or NameRole.Kunya or NameRole.Abd;

    // Seen 16 times or more in the training text (frequency bucket log2(n) + 1 ≥ 5) and never in a name; a word the
    // analysis left whole with an initial و or ف ("وفيها") is looked up without it too. (A looser test, in a name less than
    // one time in eight, also cut "فان" of "فان نيستلروي" and "بان" of "بان كي مون": −4 on ANERcorp slice A.)
    private bool IsCommonWord(Token t)
    {
        var stats = _resources.Tagger.Model.Stats;
        var b = t.NormBase;
        if (IsCommon(stats.Of(b)))
        {
            return true;
        }

        return t.Clitics == Proclitics.None && b.Length >= 4 && b[0] is '\u0648' or '\u0641' && IsCommon(stats.Of(b[1..]));

        static bool IsCommon(WordStat s) => s.FrequencyBucket >= 5 && s.LabelCode == WordStats.CommonWordCode;
    }

    /// <summary>
    /// Persons whose first word is no name's opening (<see cref="IsNeverPersonOpening"/>) built again without it: a mention
    /// typed as a person only after it was built (a type vote, a life verb before it) kept the words that the person rule
    /// of <see cref="Build"/> drops.
    /// </summary>
    private void TrimPersonOpenings(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, List<MentionDraft> mentions)
    {
        var tokens = doc.Tokens;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type != 0 || m.EndToken - m.FirstToken < 2
                || !(IsNeverPersonOpening(tokens[m.FirstToken]) || IsTitleOrKin(tokens[m.FirstToken])))
            {
                continue;
            }

            if (Build(doc, normalized, docNorms, m.FirstToken, m.EndToken, 0, m.Confidence, m.Source) is { } trimmed)
            {
                mentions[k] = trimmed;
            }
        }
    }
}
