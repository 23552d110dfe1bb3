using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 18 (13a): the place of a birth or a death that the entity tagger left untagged. "ولد في أجمير في ذي القعدة سنة
/// 1027"، "توفي إراكلي في تفليس سنة 1798": the claims stage reads the date of the verb but, with no place mention, no place
/// claim. When the words after "في" right after the verb (or after the subject's own name there) are the whole name of
/// exactly one KB place, that place is compared with the subject's KB birth or death place, the subject being the person
/// the date claim was verified against. The place is known by its name only: a contradiction is a warning.
/// </summary>
public sealed partial class ClaimVerifier
{
    // Words after "في" that end a place name: another preposition, a date word, a conjunction.
    private static readonly HashSet<string> PlaceNameEnds = new(StringComparer.Ordinal)
    {
        "في", "سنه", "عام", "يوم", "شهر", "من", "الى", "عن", "على", "بعد", "قبل", "حيث", "وهو", "وهي", "اثر", "ثم",
    };

    /// <summary>The untagged places right after the birth and death verbs whose dates were compared with a KB person.</summary>
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> PlacesAtLifeVerbs(
        AnalyzedDocument document, IReadOnlyList<Verification> verified, Dictionary<int, KbLink> links, IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        var placed = document.Claims.Where(c => c.Property is ClaimProperties.BirthPlace or ClaimProperties.DeathPlace && c.Event is not null)
            .Select(c => c.Event!.Value).ToHashSet();
        var done = new HashSet<int>();
        var text = document.Source.Text;
        foreach (var v in verified.ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (v.Verdict is not (Verdicts.Supported or Verdicts.Contradicted) || v.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate)
                || v.Claim is not { } ci || ci < 0 || ci >= document.Claims.Length || v.Kb?.Item is not { } itemId
                || document.Claims[ci] is not { Source: ClaimSources.Event, Event: { } ei } claim || ei < 0 || ei >= document.Events.Length
                || placed.Contains(ei) || !done.Add(ei) || kb.Get(itemId) is not { } person)
            {
                continue;
            }

            var ev = document.Events[ei];
            var verb = VerbKey(text[ev.Trigger.Start..ev.Trigger.End]);
            var death = v.Property == ClaimProperties.DeathDate;
            if (ev.Pos != "verb" || (death ? !(MasculineDeathVerbs.Contains(verb) || FeminineDeathVerbs.Contains(verb)) : !IsBirthVerb(verb)))
            {
                continue;
            }

            // The verb, then the subject's own name if it is written there ("توفي إراكلي في …"), then "في".
            var at = ev.Trigger.End;
            if (PersonRightAfter(document, at) is { } named)
            {
                if (named != claim.Subject && !(links.TryGetValue(named, out var namedLink) && namedLink.Item == person.Id))
                {
                    continue; // another person's death
                }

                at = CacheOf(document).Mentions.FirstPersonStartingAt(SkipSpaces(text, at)) is var m and >= 0 ? document.Entities[m].Span.End : at;
            }

            // "توفي إراكلي في تفليس": the subject's short name, untagged, between the verb and "في" (one or two words of the KB person's names).
            at = AfterOwnName(document, at, person);
            var found = PlaceAfterFi(document, at, kb);
            if (found is null && AfterTheDate(document, at) is { } past)
            {
                // Round 20 (20k1): the place after the verb's date ("توفي الأمير في 26 أيار/ مايو 1883 في بيروت"، "وتوفي سنة 1396
                // للهجرة، وهي سنة 1976 للميلاد، في الإسكندرية"): tagged or not, when the claims stage gave no place.
                found = PlaceAfterFi(document, past, kb) ?? TaggedPlaceAfterFi(document, past, links, kb);
            }

            if (found is null)
            {
                continue;
            }

            var property = death ? ClaimProperties.DeathPlace : ClaimProperties.BirthPlace;
            var statements = person.Best(property).Where(s => s.MainSnak.Value.Item is not null).ToList();
            if (statements.Count == 0)
            {
                continue;
            }

            var place = found.Value.Item.Id;
            var agrees = statements.FirstOrDefault(s => s.MainSnak.Value.Item == place
                || LocatedIn(kb, s.MainSnak.Value.Item!, place) || LocatedIn(kb, place, s.MainSnak.Value.Item!));
            var link = new KbLink(claim.Subject, person.Id, person.LabelIn("ar", "en"), 1.0, "place-at-verb");
            if (agrees is not null)
            {
                yield return (Supported(claim, person, agrees, null, kb) with { Claim = null, Cluster = claim.Subject, Property = property },
                    [ev.Trigger, found.Value.Span], found.Value.Text, link);
                continue;
            }

            var contradicted = new Verification(null, Verdicts.Contradicted, Evidence(person, statements[0], kb), null)
            {
                Cluster = claim.Subject,
                Property = property,
            };
            yield return (contradicted, [ev.Trigger, found.Value.Span], found.Value.Text, link);
        }
    }

    // Up to three words after a position that could be a name the tagger missed: each of two letters or more, not a digit,
    // not a word that ends a place name, not inside a date or a mention (with stopAtClosedClass, not a function word); the
    // walk stops after a word followed by punctuation. Shared by the readers of an untagged person and an untagged place.
    private List<(int Start, int End)> UntaggedWordsAfter(AnalyzedDocument document, int position, bool stopAtClosedClass)
    {
        var text = document.Source.Text;
        var words = new List<(int Start, int End)>();
        var at = position;
        while (words.Count < 3)
        {
            var (w, end) = NextWord(text, at);
            var start = end - w.Length;
            var key = _memo.Key(StripMarks(w));
            if (w.Length == 0 || key.Length < 2 || char.IsDigit(key[0]) || PlaceNameEnds.Contains(key)
                || (stopAtClosedClass && FunctionWords.IsClosedClass(key))
                || CacheOf(document).OverlapsTimex(start, end) || CacheOf(document).OverlapsMention(start, end))
            {
                break;
            }

            words.Add((start, end));
            at = end;
            if (end < text.Length && text[end] is '،' or ',' or '.' or '؛' or ':' or '(' or ')')
            {
                break;
            }
        }

        return words;
    }

    // "في" at a position, then one to three words that are together the whole name of exactly one KB place, untagged and not
    // inside a date; the longest name first.
    private (KbEntity Item, TextSpan Span, string Text)? PlaceAfterFi(AnalyzedDocument document, int position, IKnowledgeBase kb)
    {
        var text = document.Source.Text;
        var (fi, at) = NextWord(text, position);
        if (_memo.Key(fi) != "في" || (at < text.Length && text[at] is '،' or ',' or '.'))
        {
            return null;
        }

        var words = UntaggedWordsAfter(document, at, stopAtClosedClass: false);

        for (var n = words.Count; n >= 1; n--)
        {
            var span = new TextSpan(words[0].Start, words[n - 1].End);
            var phrase = text[span.Start..span.End];
            var key = _memo.Key(StripMarks(phrase));
            if (key.Length < 3)
            {
                continue;
            }

            var places = kb.Lookup(key, KbKeyKind.Name, 5).Select(kb.Get)
                .Where(e => e is not null && KbTypes.Of(e, kb) == KbType.Place).Select(e => e!).DistinctBy(e => e.Id).ToList();
            if (places.Count == 1)
            {
                return (places[0], span, phrase);
            }

            if (places.Count > 1)
            {
                return null; // a name of two places: which one the text means is not known
            }
        }

        return null;
    }

    // Past one or two untagged words right after a position that are words of the person's KB names; else the position itself.
    private int AfterOwnName(AnalyzedDocument document, int position, KbEntity person)
    {
        var text = document.Source.Text;
        var names = person.Names().SelectMany(n => _memo.Words(_memo.Key(n.Name))).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);
        var at = position;
        for (var i = 0; i < 2; i++)
        {
            var (w, end) = NextWord(text, at);
            var key = _memo.Key(StripMarks(w));
            if (w.Length == 0 || !names.Contains(key) || CacheOf(document).OverlapsMention(end - w.Length, end))
            {
                break;
            }

            at = end;
        }

        return at;
    }

    // Words that restate or introduce a date after a verb: "في 26 أيار"، "، وهي سنة 1976"، "الموافق …"، "أي سنة …".
    private static readonly HashSet<string> DateLeadWords = new(StringComparer.Ordinal) { "في", "وهي", "وهو", "اي", "الموافق", "الموافقه", "وذلك" };

    // Past the date (or dates: a Hijri year and its Gregorian restatement) that follow a position, and past the commas after them;
    // null when no date follows.
    private int? AfterTheDate(AnalyzedDocument document, int position)
    {
        var text = document.Source.Text;
        var pos = position;
        var skipped = false;
        for (var guard = 0; guard < 4; guard++)
        {
            var p = pos;
            while (p < text.Length && (text[p] is ' ' or '،' or ','))
            {
                p++;
            }

            var t = TimexStartingAt(document, p);
            if (t < 0)
            {
                var (w, end) = NextWord(text, p);
                if (w.Length == 0 || !DateLeadWords.Contains(_memo.Key(StripMarks(w))))
                {
                    break;
                }

                t = TimexStartingAt(document, SkipSpaces(text, end));
            }

            if (t < 0 || !DocumentIndex.IsDated(document.Timexes[t]))
            {
                break;
            }

            pos = document.Timexes[t].Span.End;
            skipped = true;
        }

        if (!skipped)
        {
            return null;
        }

        while (pos < text.Length && text[pos] is ' ' or '،' or ',')
        {
            pos++;
        }

        return pos;
    }

    private static int TimexStartingAt(AnalyzedDocument document, int position)
    {
        for (var t = 0; t < document.Timexes.Length; t++)
        {
            if (document.Timexes[t].Span.Start == position)
            {
                return t;
            }
        }

        return -1;
    }

    // "في" at a position, then a tagged place mention linked to a KB place.
    private (KbEntity Item, TextSpan Span, string Text)? TaggedPlaceAfterFi(AnalyzedDocument document, int position, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        var text = document.Source.Text;
        var (fi, at) = NextWord(text, position);
        if (_memo.Key(fi) != "في")
        {
            return null;
        }

        var start = SkipSpaces(text, at);
        var place = document.Entities.FirstOrDefault(e => e.Label != Entities.EntityLabels.Person && e.Span.Start == start && e.Cluster >= 0);
        return place is not null && links.TryGetValue(place.Cluster, out var link) && kb.Get(link.Item) is { } item && KbTypes.Of(item, kb) == KbType.Place
            ? (item, place.Span, place.Text)
            : null;
    }

    private static int SkipSpaces(string text, int at)
    {
        var start = at;
        while (at < text.Length && at - start < 3 && (text[at] == ' ' || char.GetUnicodeCategory(text[at]) == System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            at++;
        }

        return at;
    }
}
