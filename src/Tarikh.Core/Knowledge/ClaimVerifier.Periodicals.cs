using System.Collections.Frozen;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 20 (issue-20k2): the launch of a periodical. "أصدرت مجلة «صباح الخير» سنة 1958"، "وأصدر جريدة المؤيد عام 1889": in
/// Arabic, to issue (أصدر) a magazine, newspaper or journal named as its object is to found it — its first number is its
/// inception — while to issue a book or a statement is a publication. A publication event whose trigger is followed at once by a
/// periodical's noun is read as that periodical's founding (the body found by its KB name after the verb, as a founding verb's
/// object is; compared with its inception P571, a warning). A renewed issue ("أعاد إصدار"، "استأنف إصدار") is not a launch.
/// </summary>
public sealed partial class ClaimVerifier
{
    // Nouns of a periodical (normalized, without diacritics), with or without the article.
    private static readonly FrozenSet<string> PeriodicalNouns = new[]
    {
        "مجله", "المجله", "جريده", "الجريده", "صحيفه", "الصحيفه", "دوريه", "الدوريه", "نشره", "النشره",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Verbs before a verbal noun of issuing that make it a renewal, not a launch (normalized).
    private static readonly FrozenSet<string> RenewalVerbs = new[]
    {
        "اعاد", "واعاد", "فاعاد", "اعادت", "واعادت", "فاعادت", "استانف", "واستانف", "استانفت", "واستانفت", "عاود", "وعاود", "عاودت", "وعاودت",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when a publication event issues a periodical named as its object: a periodical's noun right after its trigger.</summary>
    private bool PeriodicalLaunched(AnalyzedDocument document, Events.EventMention ev)
    {
        if (ev.Type != "publication" || ev.Subtype is { Length: > 0 })
        {
            return false;
        }

        var text = document.Source.Text;
        var verb = _memo.Key(text[ev.Trigger.Start..ev.Trigger.End]);
        if (!verb.Contains("صدر", StringComparison.Ordinal))
        {
            return false; // issuing (أصدر، إصدار), not writing or printing
        }

        var (next, _) = NextWord(text, ev.Trigger.End);
        if (!PeriodicalNouns.Contains(_memo.Key(next)))
        {
            return false;
        }

        var before = ev.Trigger.Start;
        while (before > 0 && text[before - 1] == ' ')
        {
            before--;
        }

        var wordStart = before;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordStart >= before || !RenewalVerbs.Contains(_memo.Key(text[wordStart..before]));
    }
}
