using System.Collections.Frozen;
using Tarikh.Core.Entities;
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

        if (PeriodicalNounAfter(document, ev.Trigger, verb) < 0)
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

    /// <summary>
    /// Round 23 (23k2): the start of the periodical's noun that a trigger of issuing has for its object, or -1. Right after the
    /// verb, or after the issuer's name and a place in Arabic's verb–subject–object order ("أصدر الشدياق في إسطنبول صحيفة
    /// «الجوائب»": tagged mentions of a person or place and the a place after "في" between, at most six words); after an
    /// intransitive "صدر" the periodical's first number ("صدر العدد الأول من مجلة «الآداب»"، "صدر أول عدد من جريدة …").
    /// </summary>
    private int PeriodicalNounAfter(AnalyzedDocument document, TextSpan trigger, string verb)
    {
        var text = document.Source.Text;
        var bare = verb.Length > 3 && verb[0] is 'و' or 'ف' ? verb[1..] : verb;
        var intransitive = bare is "صدر" or "صدرت";
        var at = trigger.End;
        var afterFirstNumber = false;
        for (var skipped = 0; skipped <= 6; skipped++)
        {
            var (word, end) = NextWord(text, at);
            if (word.Length == 0)
            {
                return -1;
            }

            var start = end - word.Length;
            var key = _memo.Key(word);
            if (PeriodicalNouns.Contains(key))
            {
                return start;
            }

            // The issuer: a tagged person, or right after the verb a word of a person's name the text tags elsewhere ("الشدياق").
            var person = document.Entities.FirstOrDefault(m => m.Span.Start <= start && m.Span.End >= end && m.Label == EntityLabels.Person);
            if (person is not null || (skipped == 0 && PersonNameWord(document, key)))
            {
                at = Math.Max(end, person?.Span.End ?? end);
                continue;
            }

            // A place: "في" and a tagged place ("في إسطنبول"); "في مجلة" is a publication in it, not its launch.
            if (key == "في" && NextWord(text, end) is var (place, placeEnd) && place.Length > 0
                && document.Entities.FirstOrDefault(m => m.Span.Start <= placeEnd - place.Length && m.Span.End >= placeEnd && m.Label == EntityLabels.Location) is { } where)
            {
                at = Math.Max(placeEnd, where.Span.End);
                continue;
            }

            if (intransitive && (key is "العدد" or "الاول" or "اول" or "عدد" || (key == "من" && afterFirstNumber)))
            {
                afterFirstNumber |= key is "الاول" or "اول";
                at = end;
                continue;
            }

            return -1;
        }

        return -1;
    }

    // A word (normalized) of the name of a person the text tags, of four letters or more.
    private bool PersonNameWord(AnalyzedDocument document, string key)
        => key.Length >= 4 && document.Clusters.Any(c => c.Label == EntityLabels.Person && _memo.Words(_memo.Key(c.Name)).Contains(key));
}
