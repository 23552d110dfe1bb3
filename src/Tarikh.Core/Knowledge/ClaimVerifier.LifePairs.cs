using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 19 (19k1): a person's birth and death told together right after the person's name — the way biographies and
/// chronicles bring in a side person: "اللورد كرومر، المعتمد البريطاني في مصر، المولود سنة 1841 والمتوفى في لندن سنة 1919"،
/// "علي باش حامبة المولود سنة 1876، الذي توفي في إسطنبول سنة 1922"، "وسونتاغ، المولودة في شيكاغو سنة 1933، توفيت بعد ذلك
/// سنة 2005"، "وإلسنر ولد سنة 1769 في وارسو، وتوفي سنة 1854". The claims stage often reads the birth but gives the death to
/// the article's subject (or to nobody): the second predicate has no name of its own, and its subject is the name the first
/// predicate hangs on. Here the name is a linked person (a KB human); the birth word follows it (after at most an apposition
/// between commas or a parenthesis, and only with the participle "المولود"); between the birth word and the death word stand
/// only the birth's own date and place; the death word agrees in gender with the birth word and the person. The date after the
/// death word in its own clause, and the place after its "في", are compared with the person's KB death date and place (and the
/// birth's, when no claim compared them). A contradiction is a warning: the subject was found by the sentence's shape.
/// </summary>
public sealed partial class ClaimVerifier
{
    private const string LifeApposition = "life-apposition";

    // A word of the birth's complement between the birth word and the death word: its date's and place's lead-ins.
    private static readonly string[] BirthComplementWords =
        ["في", "ب", "قرب", "من", "نواحي", "اعمال", "مدينة", "بمدينة", "قرية", "بقرية", "سنة", "عام", "حوالي", "نحو", "الموافق", "للميلاد", "للهجرة", "م", "هـ"];

    private static readonly string[] MasculineBirthWords = ["المولود", "مولود", "ولد", "وولد"];
    private static readonly string[] FeminineBirthWords = ["المولودة", "مولودة", "ولدت", "وولدت"];

    private static readonly string[] MasculineDeathWords =
        ["المتوفى", "والمتوفى", "توفي", "وتوفي", "فتوفي", "مات", "ومات", "فمات", "سيتوفى", "وسيتوفى", "يتوفى",
            "هلك", "وهلك", "فهلك", "اغتيل", "واغتيل", "فاغتيل", "استشهد", "واستشهد", "فاستشهد"]; // round 20 (20k1): the passive and "هلك"

    private static readonly string[] FeminineDeathWords =
        ["المتوفاة", "والمتوفاة", "توفيت", "وتوفيت", "فتوفيت", "ماتت", "وماتت", "فماتت", "ستتوفى", "وستتوفى", "تتوفى",
            "هلكت", "وهلكت", "اغتيلت", "واغتيلت", "استشهدت", "واستشهدت"];


    // Words that may stand right before the death word: a relative pronoun, "ثم"، "قد".
    private static readonly string[] DeathLeadIns = ["الذي", "والذي", "التي", "والتي", "ثم", "فقد", "وقد", "قد"];

    // Words that may stand between the name and a birth verb: "وإلسنر ولد"، "وفاغانوفا نفسها وُلدت"، "ونابليون الثالث هذا ولد".
    private static readonly string[] NameEchoWords = ["هذا", "هذه", "نفسه", "نفسها"];

    private readonly record struct Word(int Start, int End, string Key, bool Punctuation);

    /// <summary>The births and deaths told right after a linked person's name (see the type's remarks), compared with the KB.</summary>
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> LifePairsAfterNames(
        AnalyzedDocument document, IReadOnlyList<Verification> verified, Dictionary<int, KbLink> byCluster, IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        // Dates and places a reading already compared with a KB person: not compared again.
        var compared = new HashSet<int>();
        foreach (var v in verified)
        {
            if (v.Verdict is Verdicts.Supported or Verdicts.Contradicted && v.Claim is { } ci && ci >= 0 && ci < document.Claims.Length)
            {
                var value = document.Claims[ci].Value;
                if (value.Kind == ClaimValueKind.Time && value.Timex is { } t)
                {
                    compared.Add(t);
                }
                else if (value.Kind == ClaimValueKind.Entity && value.Cluster is { } c)
                {
                    compared.Add(-1 - c);
                }
            }
            else if (v.Claim is null && v.Verdict is Verdicts.Supported or Verdicts.Contradicted && v.Timex is { } vt)
            {
                compared.Add(vt);
            }
        }

        var text = document.Source.Text;
        var done = new HashSet<int>();
        foreach (var m in document.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (m.Label != EntityLabels.Person || m.Cluster < 0 || !byCluster.TryGetValue(m.Cluster, out var link) || !IsHuman(link, kb)
                || kb.Get(link.Item) is not { } person || document.SentenceAt(m.Span.Start) is var si && si < 0)
            {
                continue;
            }

            // The mention must be a name of this KB person (a namesake linked to it by its other words is not).
            var names = person.Names().SelectMany(n => _memo.Words(_memo.Key(n.Name))).ToHashSet(StringComparer.Ordinal);
            if (!_memo.Words(_memo.Key(StripMarks(m.Text))).Where(w => w.Length >= 3).All(w => names.Contains(w) || (w.Length > 3 && w[0] == 'و' && names.Contains(w[1..]))))
            {
                continue;
            }

            // The last word of a longer name ("إيفان م. هافل"): another person's name ends right before this one.
            if (document.Entities.Any(e => e.Label == EntityLabels.Person && e.Cluster != m.Cluster && e.Span.End <= m.Span.Start && m.Span.Start - e.Span.End <= 4
                && !text[e.Span.End..m.Span.Start].Contains('،') && !text[e.Span.End..m.Span.Start].Contains(',')))
            {
                continue;
            }

            // The genitive of "ابن"/"بنت" ("نابليون الثالث، ابن أخيه لويس، المولود …"): the one born is the son, not the name.
            if (AfterSonOf(document, WordsBetween(document, document.Sentences[si].Span.Start, m.Span.Start, 400)))
            {
                continue;
            }

            var words = WordsBetween(document, m.Span.End, document.Sentences[si].Span.End);
            if (LifeWordAfterName(document, words, link, byCluster) is not { } b || !done.Add(words[b].Start))
            {
                continue;
            }

            foreach (var r in ReadLifeFrom(document, words, b, person, link, compared, byCluster, kb))
            {
                yield return r;
            }
        }

        // Round 19 (19k1): the same after a name the entity stage left untagged or unlinked ("علي باش حامبة المولود سنة 1876، الذي
        // توفي …"، "وإلسنر ولد سنة 1769 …"، "مهذب الدين الدخوار المتوفى سنة 1240"): the words right before the life word that are
        // together the whole name of exactly one KB human.
        for (var si = 0; si < document.Sentences.Length; si++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[si].Span;
            var all = WordsBetween(document, sentence.Start, sentence.End, 200);
            for (var b = 1; b < all.Count; b++)
            {
                var lifeWord = IsBirthWord(all[b].Key) || IsDeathWord(all[b].Key);
                var relative = !lifeWord && b + 1 < all.Count && AppositiveLifeWord(all, b) is { } r0 && r0 == b + 1;
                if ((!lifeWord && !relative) || done.Contains(all[relative ? b + 1 : b].Start)
                    || UntaggedNameBefore(document, all, b, byCluster, kb) is not { } found)
                {
                    continue;
                }

                var at = relative ? b + 1 : b;
                done.Add(all[at].Start);
                var link = new KbLink(-1, found.Id, found.LabelIn("ar", "en"), 1.0, "name-before-life-word");
                foreach (var r in ReadLifeFrom(document, all, at, found, link, compared, byCluster, kb))
                {
                    yield return r;
                }
            }
        }

        // Round 21 (21k1): a participle after a short name of a person named in full before (ClaimVerifier.Surnames.cs).
        foreach (var r in LifeAfterAShortName(document, compared, done, byCluster, kb, cancellationToken))
        {
            yield return r;
        }

        // Round 20 (20k1): the life verbs of the person a sentence opens with (ClaimVerifier.TopicLives.cs).
        foreach (var r in TopicLives(document, compared, done, byCluster, kb, cancellationToken))
        {
            yield return r;
        }
    }

    // The life predicates from the life word at `b` on, for one KB person (see the type's remarks).
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> ReadLifeFrom(AnalyzedDocument document, List<Word> words, int b,
        KbEntity person, KbLink link, HashSet<int> compared, Dictionary<int, KbLink> byCluster, IKnowledgeBase kb)
    {
        var sex = person.ItemValues("P21").FirstOrDefault();
        if (IsDeathWord(words[b].Key))
        {
            // A death told alone after the name ("علي … المتوفى سنة 1240"، "بيلا بارتوك الأب، …، الذي توفي سنة 1890").
            if (DeathWordFits(words, b, masculineBirth: false, feminineBirth: false, sex))
            {
                foreach (var r in Compare(document, words, b, ClauseEnd(words, b + 1), person, link, ClaimProperties.DeathDate, ClaimProperties.DeathPlace, compared, byCluster, kb))
                {
                    yield return r;
                }
            }

            yield break;
        }

        var feminineBirth = FeminineBirthWords.Any(w => _memo.Key(w) == words[b].Key);
        if (feminineBirth && sex == Male)
        {
            yield break;
        }

        // The birth's complement, up to the death word.
        var untagged = 0;
        var d = -1;
        for (var i = b + 1; i < words.Count && i <= b + 16; i++)
        {
            var w = words[i];
            if (IsDeathWord(w.Key) || (DeathLeadIns.Any(x => _memo.Key(x) == w.Key) && i + 1 < words.Count && IsDeathWord(words[i + 1].Key)))
            {
                d = IsDeathWord(w.Key) ? i : i + 1;
                break;
            }

            var cache = CacheOf(document);
            if (w.Punctuation || cache.OverlapsTimex(w.Start, w.End) || char.IsDigit(w.Key[0]) || BirthComplementWords.Any(x => _memo.Key(x) == w.Key))
            {
                continue;
            }

            if (cache.OverlapsMention(w.Start, w.End))
            {
                if (document.Entities.Any(e => e.Label == EntityLabels.Person && e.Span.Overlaps(new TextSpan(w.Start, w.End))))
                {
                    break; // another person: the words after are not this one's
                }

                continue;
            }

            if (++untagged > 3)
            {
                break;
            }
        }

        // The birth: its date (the first after the birth word, before the death word or the clause's end), its place.
        var birthEnd = d >= 0 ? d : ClauseEnd(words, b + 1);
        foreach (var r in Compare(document, words, b, birthEnd, person, link, ClaimProperties.BirthDate, ClaimProperties.BirthPlace, compared, byCluster, kb))
        {
            yield return r;
        }

        if (d < 0)
        {
            yield break;
        }

        if (!DeathWordFits(words, d, MasculineBirthWords.Any(w => _memo.Key(w) == words[b].Key), feminineBirth, sex))
        {
            yield break; // the death word is another person's
        }

        foreach (var r in Compare(document, words, d, ClauseEnd(words, d + 1), person, link, ClaimProperties.DeathDate, ClaimProperties.DeathPlace, compared, byCluster, kb))
        {
            yield return r;
        }
    }

    // Up to four words right before a word, untagged or inside an unlinked person mention, of which the last one to four are together
    // the whole name of exactly one KB human (two words or more, or one of five letters or more); else null.
    private KbEntity? UntaggedNameBefore(AnalyzedDocument document, List<Word> words, int b, Dictionary<int, KbLink> byCluster, IKnowledgeBase kb)
    {
        var end = b;
        while (end > 0 && b - end < 2 && NameEchoWords.Any(x => _memo.Key(x) == words[end - 1].Key))
        {
            end--; // "وفاغانوفا نفسها وُلدت": past the echo word
        }

        var first = end;
        while (first > 0 && end - first < 4)
        {
            var w = words[first - 1];
            var span = new TextSpan(w.Start, w.End);
            if (w.Punctuation || char.IsDigit(w.Key[0]) || CacheOf(document).OverlapsTimex(w.Start, w.End) || FunctionWords.IsClosedClass(w.Key)
                || IsBirthWord(w.Key) || IsDeathWord(w.Key)
                || document.Entities.Any(e => e.Span.Overlaps(span) && (e.Label != EntityLabels.Person || (e.Cluster >= 0 && byCluster.ContainsKey(e.Cluster)))))
            {
                break;
            }

            first--;
        }

        for (var start = first; start < end; start++)
        {
            var n = end - start;
            var phrase = string.Join(" ", words.Skip(start).Take(n).Select(w => w.Key));
            if (n == 1 && phrase.Length > 4 && phrase[0] == 'و')
            {
                phrase = phrase[1..];
            }
            else if (n > 1 && phrase[0] == 'و' && phrase.IndexOf(' ') > 4)
            {
                phrase = phrase[1..];
            }

            if (n == 1 && phrase.Length < 5)
            {
                continue;
            }

            var found = kb.Lookup(_memo.Key(phrase), KbKeyKind.Name, 3).Select(kb.Get).Where(e => e is not null).Select(e => e!).DistinctBy(e => e.Id).ToList();
            if (found.Count == 1 && KbTypes.Of(found[0], kb) == KbType.Human && !AfterSonOf(document, words.Take(start).ToList()))
            {
                return found[0];
            }
        }

        return null;
    }

    // The index of the life word after a name: right after it (past "هذا"، "نفسها"); a participle or a relative clause of death
    // right after a comma or a parenthesis ("وسونتاغ، المولودة …"، "(المولود سنة 1884 …)"، "، الذي توفي …"); or the same after one
    // apposition between commas or in parentheses of up to five words that names no one else and gives no date ("اللورد كرومر،
    // المعتمد البريطاني في مصر، المولود …"، "أمير كبير (ميرزا تقي خان)، المولود …"); else null. A death word's index points at its
    // verb or participle (past "الذي").
    private int? LifeWordAfterName(AnalyzedDocument document, List<Word> words, KbLink link, Dictionary<int, KbLink> byCluster)
    {
        var i = 0;
        while (i < words.Count && i < 2 && NameEchoWords.Any(x => _memo.Key(x) == words[i].Key))
        {
            i++;
        }

        if (i < words.Count && (IsBirthWord(words[i].Key) || IsDeathWord(words[i].Key)))
        {
            return i;
        }

        if (i < words.Count && AppositiveLifeWord(words, i) is { } relative)
        {
            return relative;
        }

        if (words.Count < 2 || !words[0].Punctuation || words[0].Key is not ("(" or "،" or ","))
        {
            return null;
        }

        if (AppositiveLifeWord(words, 1) is { } at)
        {
            return at;
        }

        // One apposition, then the participle or the relative clause.
        var close = words[0].Key == "(" ? ")" : "،";
        var k = 1;
        while (k < words.Count && k <= 6 && !(words[k].Punctuation && (words[k].Key == close || (close == "،" && words[k].Key == ","))))
        {
            var span = new TextSpan(words[k].Start, words[k].End);
            if (words[k].Punctuation || CacheOf(document).OverlapsTimex(words[k].Start, words[k].End) || IsBirthWord(words[k].Key) || IsDeathWord(words[k].Key)
                || document.Entities.Any(e => e.Label == EntityLabels.Person && e.Span.Overlaps(span)
                    && !(byCluster.TryGetValue(e.Cluster, out var other) && other.Item == link.Item)))
            {
                return null;
            }

            k++;
        }

        if (k >= words.Count || k > 6 || k == 1)
        {
            return null;
        }

        k++;
        if (k < words.Count && words[k].Punctuation && words[k].Key is "،" or ",")
        {
            k++;
        }

        return AppositiveLifeWord(words, k);
    }

    // A participle of birth or death at a word ("المولود"، "المتوفى"), or a relative pronoun and a death verb ("الذي توفي"): the
    // index of the participle or the verb.
    private int? AppositiveLifeWord(List<Word> words, int k)
    {
        if (k >= words.Count || words[k].Punctuation)
        {
            return null;
        }

        if (IsParticiple(words[k].Key))
        {
            return k;
        }

        var relative = words[k].Key == _memo.Key("الذي") || words[k].Key == _memo.Key("التي") || words[k].Key == _memo.Key("والذي") || words[k].Key == _memo.Key("والتي");
        return relative && k + 1 < words.Count && IsDeathWord(words[k + 1].Key) ? k + 1 : null;
    }

    // True when the death word's gender is the birth word's and the person's.
    private bool DeathWordFits(List<Word> words, int d, bool masculineBirth, bool feminineBirth, string? sex)
    {
        var feminineDeath = FeminineDeathWords.Any(w => _memo.Key(w) == words[d].Key)
            || (d > 0 && words[d - 1].Key is var lead && (lead == _memo.Key("التي") || lead == _memo.Key("والتي")));
        return feminineDeath ? !masculineBirth && sex != Male : !feminineBirth && (sex is null || sex == Male);
    }

    // True when one of the last two words before a name (no punctuation between) is "ابن"، "بن" or "بنت": the name is the
    // father's in a genitive, and what follows it is told of the son or daughter.
    private bool AfterSonOf(AnalyzedDocument document, List<Word> before)
    {
        for (var i = before.Count - 1; i >= 0 && i >= before.Count - 2; i--)
        {
            if (before[i].Punctuation)
            {
                return false;
            }

            if (before[i].Key is var k && (k == _memo.Key("ابن") || k == _memo.Key("بن") || k == _memo.Key("بنت")))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsBirthWord(string key) => MasculineBirthWords.Concat(FeminineBirthWords).Any(w => _memo.Key(w) == key);

    private bool IsParticiple(string key) => key == _memo.Key("المولود") || key == _memo.Key("المولودة") || key == _memo.Key("المتوفى") || key == _memo.Key("المتوفاة");

    private bool IsDeathWord(string key) => MasculineDeathWords.Concat(FeminineDeathWords).Any(w => _memo.Key(w) == key);

    // The end of the clause that starts at a word: the next comma or the next birth or death word.
    private int ClauseEnd(List<Word> words, int from)
    {
        for (var i = from; i < words.Count; i++)
        {
            if ((words[i].Punctuation && words[i].Key is "،" or "," or "؛" or "(") || IsDeathWord(words[i].Key) || IsBirthWord(words[i].Key)
                || DeathLeadIns.Take(4).Any(x => _memo.Key(x) == words[i].Key))
            {
                return i;
            }
        }

        return words.Count;
    }

    // The date and place of one life predicate (its word at `at`, its clause up to `end`) against the person's KB statements.
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> Compare(AnalyzedDocument document, List<Word> words,
        int at, int end, KbEntity person, KbLink link, string dateProperty, string placeProperty, HashSet<int> compared, Dictionary<int, KbLink> byCluster, IKnowledgeBase kb)
    {
        var trigger = new TextSpan(words[at].Start, words[at].End);
        var clause = new TextSpan(words[at].End, end < words.Count ? words[end].Start : words[^1].End);
        var ti = -1;
        for (var t = 0; t < document.Timexes.Length; t++)
        {
            if (document.Timexes[t].Span.Start >= clause.Start && document.Timexes[t].Span.End <= clause.End && DocumentIndex.IsDated(document.Timexes[t]))
            {
                ti = t;
                break;
            }
        }

        if (ti >= 0 && !compared.Contains(ti) && TimexValue(document, ti) is { } value && TimeStatements(person, dateProperty).Any())
        {
            compared.Add(ti);
            var claim = new Claim(-1, link.Cluster, dateProperty, value, [trigger, document.Timexes[ti].Span], ClaimModality.Asserted, 0.5);
            var v = VerifyTime(claim, person, kb, out _) with { Claim = null, Cluster = link.Cluster, Timex = ti, Property = dateProperty };
            if (v.Verdict is Verdicts.Supported or Verdicts.Contradicted && v.Note != "one-day-apart")
            {
                yield return (v with { Cluster = link.Cluster >= 0 ? link.Cluster : null }, [trigger, document.Timexes[ti].Span], document.Timexes[ti].Text, link);
            }
        }

        // The place: a linked place mention after "في" in the clause, else an untagged name of one KB place.
        var statements = person.Best(placeProperty).Where(s => s.MainSnak.Value.Item is not null).ToList();
        if (statements.Count == 0)
        {
            yield break;
        }

        (string Item, TextSpan Span, string Text)? found = null;
        for (var i = at + 1; i < end && i < words.Count; i++)
        {
            if (words[i].Key != "في" || i + 1 >= words.Count)
            {
                // Another predicate before the place ("المولود سنة 1855 تاجراً كبيراً في حلب"): the place is that predicate's.
                if (!CacheOf(document).OverlapsTimex(words[i].Start, words[i].End) && !char.IsDigit(words[i].Key[0]) && !words[i].Punctuation
                    && !BirthComplementWords.Any(x => _memo.Key(x) == words[i].Key) && !CacheOf(document).OverlapsMention(words[i].Start, words[i].End)
                    && !(i == at + 1 && words[i].Key is "بعد" or "ذلك"))
                {
                    break;
                }

                continue;
            }

            var next = words[i + 1];
            var place = document.Entities.FirstOrDefault(e => e.Label != EntityLabels.Person && e.Span.Start == next.Start && e.Cluster >= 0);
            if (place is not null && byCluster.TryGetValue(place.Cluster, out var placeLink) && kb.Get(placeLink.Item) is { } pe && KbTypes.Of(pe, kb) == KbType.Place)
            {
                found = compared.Contains(-1 - place.Cluster) ? null : (placeLink.Item, place.Span, place.Text);
            }
            else if (place is null && PlaceAfterFi(document, words[i].Start, kb) is { } untagged)
            {
                found = (untagged.Item.Id, untagged.Span, untagged.Text);
            }

            break;
        }

        if (found is not { } f)
        {
            yield break;
        }

        var agrees = statements.FirstOrDefault(s => s.MainSnak.Value.Item == f.Item || LocatedIn(kb, s.MainSnak.Value.Item!, f.Item) || LocatedIn(kb, f.Item, s.MainSnak.Value.Item!));
        var verdict = agrees is null ? Verdicts.Contradicted : Verdicts.Supported;
        yield return (new Verification(null, verdict, Evidence(person, agrees ?? statements[0], kb), null) { Cluster = link.Cluster >= 0 ? link.Cluster : null, Property = placeProperty },
            [trigger, f.Span], f.Text, link);
    }

    // The words and punctuation marks between two positions, each with its normalized key.
    private List<Word> WordsBetween(AnalyzedDocument document, int from, int to, int most = 40)
    {
        var text = document.Source.Text;
        var list = new List<Word>();
        var at = from;
        while (at < to && list.Count < most)
        {
            var c = text[at];
            if (char.IsWhiteSpace(c) || c == '\u0640')
            {
                at++;
                continue;
            }

            if (c is '،' or ',' or '.' or '؛' or ';' or ':' or '(' or ')' or '؟')
            {
                list.Add(new Word(at, at + 1, c.ToString(), true));
                at++;
                continue;
            }

            var end = at;
            while (end < to && !char.IsWhiteSpace(text[end]) && text[end] is not ('،' or ',' or '.' or '؛' or ';' or ':' or '(' or ')' or '؟'))
            {
                end++;
            }

            var key = _memo.Key(StripMarks(text[at..end]));
            if (key.Length > 0)
            {
                list.Add(new Word(at, end, key, false));
            }

            at = end;
        }

        return list;
    }
}
