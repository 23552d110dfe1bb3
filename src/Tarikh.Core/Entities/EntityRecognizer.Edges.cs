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
    /// name ("سنة" after "جامعة قطر"، "حاليا"، "سابقا"), unless it ends in ي or ية: an adjective of that shape is a name's part
    /// in the text ("ماري كوري"، "المنتخب الإيطالي") although its base ("كوري" of "الكوري", Korean) is mostly a common word.
    /// A word with the article is never cut (round 15): after a name it is the name's attribute or its genitive ("اتحاد
    /// المؤرخين"، "بنو ذي النون"، "دار الكتب"), however common the word; what trails a name without being part of it is an
    /// indefinite adverb or a noun of time.
    /// </summary>
    private bool IsNeverNameEnding(Token t)
    {
        if (t.Kind != TokenKind.Arabic || (t.Clitics & Proclitics.Al) != 0 || t.NormBase.StartsWith("\u0627\u0644", StringComparison.Ordinal)
            || !IsCommonWord(t))
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

    /// <summary>The token ranges of the mentions that are not persons (before the passes that retype a mention as one).</summary>
    private static HashSet<(int First, int End)> SpansNotPersons(List<MentionDraft> mentions)
    {
        var spans = new HashSet<(int First, int End)>();
        foreach (var m in mentions)
        {
            if (m.Type != 0)
            {
                spans.Add((m.FirstToken, m.EndToken));
            }
        }

        return spans;
    }

    /// <summary>
    /// A mention that became a person only after it was built (a life verb before it, a type vote) is built again as a
    /// person, so that the person rule of <see cref="Build"/> drops the opening that is no name's ("ولد"، "الحافظ"). Only
    /// those: a person built as one kept the edges Build gave it (round 14 rebuilt every person, and so cut the name a
    /// grammar pass had taken whole: "زوجته الأثيرة اعتماد الرميكية").
    /// </summary>
    private void TrimRetypedPersons(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms,
        List<MentionDraft> mentions, HashSet<(int First, int End)> notPersons)
    {
        var tokens = doc.Tokens;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type != 0 || m.EndToken - m.FirstToken < 2 || !notPersons.Contains((m.FirstToken, m.EndToken))
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
