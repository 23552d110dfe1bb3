using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Dated acts (round 6): a founding or a proclamation whose organization or state the claims stage left without a value
/// ("وهي مدرسة عليا تأسست عام 1882"، "أُعلنت الجمهورية العراقية في …"); an education stated with its degree ("حصل على
/// الدكتوراه من جامعة …") against the KB's statement of that degree (qualifier P512); an affiliation the text's verb leaves
/// open ("التحق بـ" is both enrolment and employment) found under the KB's other affiliation property; and a date one day
/// from the KB's day, which is not a contradiction (see <see cref="OneDayApart"/>).
/// </summary>
public sealed partial class ClaimVerifier
{
    // Academic degrees (normalized stems of the words the text uses) and their Wikidata items (P512 values).
    private static readonly FrozenDictionary<string, string[]> DegreeWords = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["دكتوراه"] = ["Q752297", "Q849697"],
        ["دكتوراة"] = ["Q752297", "Q849697"],
        ["ماجستير"] = ["Q183816", "Q2091008"],
        ["بكالوريوس"] = ["Q163727"],
        ["ليسانس"] = ["Q163727"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Properties of affiliation a verb like "التحق" may state: studying, working, belonging.
    private static readonly ImmutableArray<string> Affiliations = [ClaimProperties.EducatedAt, ClaimProperties.Employer, ClaimProperties.MemberOf];

    // Words that make a proclaimed polity a regime (a republic, a kingdom…), not necessarily its state's founding.
    private static readonly FrozenSet<string> RegimeWords = new[] { "جمهوريه", "الجمهوريه", "جمهوريت", "مملكه", "المملكه", "سلطنه", "السلطنه", "اماره", "الاماره" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A dated founding or proclamation with no value: the organization or state it founded, read from the sentence —
    /// the nearest linked organization before an intransitive founding verb ("دار العلوم، وهي مدرسة عليا تأسست عام 1882"),
    /// else the longest KB name (two to four words, or one of five letters or more) that starts within three words after
    /// the verb ("أسس … الرابطة القلمية"، "أُعلنت الجمهورية العراقية"). A proclaimed republic or kingdom is the founding only of
    /// an item whose own label names it so ("الجمهورية العراقية"), not of the country of which it is an alias ("الجمهورية
    /// التونسية" of Tunisia, founded at independence). Compared with the item's inception (P571). Null when no item is
    /// found, when a P571 claim of the same sentence has it, or when the item has no inception.
    /// </summary>
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> VerifyFoundingEvents(
        AnalyzedDocument document, ImmutableArray<KbLink> links, IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        var byCluster = links.ToDictionary(l => l.Cluster);
        for (var ei = 0; ei < document.Events.Length; ei++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ev = document.Events[ei];
            if ((ev.Type is "founding" or "declaration" || PeriodicalLaunched(document, ev)) && ev.DuplicateOf is null && ev.Time is { } ti && !AnaphorDefinedByItsClause(document, ti)
                && TimexValue(document, ti) is { } value
                && ev.Sentence >= 0 && ev.Sentence < document.Sentences.Length && FoundingNamed(document, ev, ti, value, byCluster, kb) is { } found)
            {
                yield return (found.V with { Event = ei, Timex = ti }, found.Spans, value.Text ?? "", found.Link);
            }
        }

        foreach (var dissolved in DissolvedInRelativeClause(document, kb, cancellationToken))
        {
            yield return dissolved;
        }
    }

    // Verbs of dissolving with the body as their object or passive subject, after a relative pronoun ("التي حلّتها الحكومة"، "الذي
    // ألغته السلطات"، "التي أُلغيت"، "التي أُغلقت"): normalized, without diacritics. "التي حلّت" alone is left out: it is also "took the
    // place of" ("التي حلت محلها").
    private static readonly FrozenSet<string> DissolvingVerbs = new[]
    {
        "حلها", "حلتها", "حله", "حلته", "حلوها", "حلوه", "الغاها", "الغتها", "الغاه", "الغته", "الغوها", "الغيت", "الغي",
        "اغلقها", "اغلقتها", "اغلقته", "اغلقه", "اغلقت", "انحلت", "انحل", "حظرتها", "صفيت",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The end of a body named before a relative clause of dissolving ("وأسست سنة 1982 جمعية تضامن المرأة العربية، التي حلّتها
    /// الحكومة سنة 1995"): the longest KB name of an organization (or a state, by its head noun) ending right before the relative
    /// pronoun, and the first date of the relative clause, compared with the item's dissolution (P576). The entity stage need not
    /// have tagged the name. A warning: the body is found by its name in the sentence.
    /// </summary>
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> DissolvedInRelativeClause(
        AnalyzedDocument document, IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        var text = document.Source.Text;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = SentenceWords(text, sentence.Span);
            for (var i = 1; i + 1 < words.Count; i++)
            {
                var pronoun = _memo.Key(words[i].Word);
                if (pronoun is not ("التي" or "الذي" or "التى") || !DissolvingVerbs.Contains(_memo.Key(words[i + 1].Word)))
                {
                    continue;
                }

                if (DissolvedBody(text, words, i, kb) is not { } body)
                {
                    continue;
                }

                // The relative clause's first date: within six words of the verb, before the clause ends.
                var ti = RelativeClauseDate(document, words, i, 6);
                if (ti < 0 || TimexValue(document, ti) is not { } value
                    || document.Claims.Any(c => c.Property == ClaimProperties.Dissolved && (c.Value.Timex == ti || c.Time?.Timex == ti)))
                {
                    continue;
                }

                var (item, nameSpan) = body;
                var claim = new Claim(-1, -1, ClaimProperties.Dissolved, value, [new TextSpan(words[i + 1].Start, words[i + 1].End)], ClaimModality.Asserted, 0.6)
                {
                    Sentence = document.SentenceAt(words[i].Start),
                };
                var v = VerifyTime(claim, item, kb, out _) with { Property = ClaimProperties.Dissolved, Claim = null, Timex = ti };
                if (v.Verdict == Verdicts.NotInKb)
                {
                    continue;
                }

                var link = new KbLink(-1, item.Id, item.LabelIn("ar", "en"), 1.0, "named-in-sentence");
                yield return (v, [nameSpan, new TextSpan(words[i + 1].Start, words[i + 1].End), document.Timexes[ti].Span], value.Text ?? "", link);
            }
        }
    }

    // The KB organization (or state, by its head noun) whose name ends right before the word at index (two to six words, or one of
    // five letters or more), the longest first; it must have a dissolution date.
    private (KbEntity Item, TextSpan Span)? DissolvedBody(string text, List<(string Word, int Start, int End)> words, int relative, IKnowledgeBase kb)
    {
        for (var n = Math.Min(6, relative); n >= 1; n--)
        {
            var first = relative - n;
            var phrase = text[words[first].Start..words[relative - 1].End];
            var key = _memo.Key(phrase);
            if (n == 1 && key.Length < 5)
            {
                continue;
            }

            foreach (var id in kb.Lookup(key, KbKeyKind.Name, 5))
            {
                if (kb.Get(id) is { } e && KbTypes.Of(e, kb) is var type
                    && (type == KbType.Organization || (type == KbType.Place && StateHead(words[first].Word)))
                    && e.Best(ClaimProperties.Dissolved).Any(s => s.MainSnak.Value.Time is not null))
                {
                    return (e, new TextSpan(words[first].Start, words[relative - 1].End));
                }
            }
        }

        return null;
    }

    private (Verification V, KbLink Link, ImmutableArray<TextSpan> Spans)? FoundingNamed(AnalyzedDocument document, Events.EventMention ev, int ti,
        ClaimValue value, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        var sentence = document.Sentences[ev.Sentence].Span;
        var text = document.Source.Text;
        var trigger = ev.Trigger;
        var act = ev.Type;
        KbEntity? item = null;
        var nameSpan = default(TextSpan);
        var cluster = -1;
        var key = _memo.Key(text[trigger.Start..trigger.End]);
        var intransitive = key.StartsWith("تاسس", StringComparison.Ordinal) || key.StartsWith("وتاسس", StringComparison.Ordinal)
            || key.StartsWith("انشئ", StringComparison.Ordinal) || key.StartsWith("وانشئ", StringComparison.Ordinal);
        if (intransitive && act == "founding")
        {
            // The nearest linked organization named before the verb in the sentence (the relative clause's antecedent).
            var best = -1;
            foreach (var m in document.Entities)
            {
                if (m.Cluster >= 0 && m.Span.End <= trigger.Start && m.Span.Start >= sentence.Start && m.Span.Start > best)
                {
                    // Any nearer mention decides, linked or not: the antecedent is the nearest name.
                    best = m.Span.Start;
                    (item, nameSpan, cluster) = links.TryGetValue(m.Cluster, out var l) && kb.Get(l.Item) is { } e && KbTypes.Of(e, kb) == KbType.Organization
                        ? (e, m.Span, m.Cluster)
                        : (null, default, -1);
                }
            }

            // A parent organization named after a part of it ("منظمة الشبيبة التابعة للحزب … التي تأسست"), or the object of a
            // preposition ("للحزب"): not the antecedent of the founding verb.
            if (item is not null && (SubOrganization.Before(text, nameSpan, _names) || GenitiveAfterLam(text, nameSpan.Start)))
            {
                return null;
            }
        }

        string? phrase = null;
        if (item is null)
        {
            // Round 23 (23k2): a periodical issued is named after its noun, which may follow the issuer's name and a place.
            var nameFrom = act == "publication" && PeriodicalNounAfter(document, trigger, key) is var noun and >= 0 ? noun : trigger.End;
            (item, nameSpan, phrase) = NameAfter(text, nameFrom, sentence.End, kb, act == "declaration");
            if (item is null && act == "founding" && FounderAfterVerb(document, text, trigger, sentence) is var founder and > 0)
            {
                (item, nameSpan, phrase) = NameAfter(text, founder, sentence.End, kb, polity: false); // round 19: verb, founder, body
            }

            if (item is null && act == "founding" && BodyOfTheFoundingPronoun(text, trigger, sentence, kb) is { } body)
            {
                (item, nameSpan, phrase) = (body.Item, body.Span, null); // round 19: "وقد أسسه فلان"، "منذ تأسيسها"
            }

            if (item is null && act == "founding" && document.Timexes[ti].Span.Start >= trigger.End && BodyByClassNoun(document, links, text, trigger, sentence, intransitive, kb) is { } byClass)
            {
                (item, nameSpan, phrase) = (byClass.Item, byClass.Span, null); // round 22: "تأسيس الحزب سنة …"، "أن الجبهة تأسست سنة …"
            }

            if (item is null && act == "founding" && document.Timexes[ti].Span.Start >= trigger.End && BareFoundingNoun(text, trigger)
                && BodyFoundedInSentenceBefore(document, links, ev.Sentence, kb) is { } before)
            {
                item = before; // round 22: "وأسس الحزب سنة 1932. وتقول رواية إن التأسيس كان سنة 1935"
            }

            if (item is not null)
            {
                cluster = document.Entities.FirstOrDefault(m => m.Span.Overlaps(nameSpan) && m.Cluster >= 0)?.Cluster ?? -1;
            }
        }

        if (item is null || !item.Best(ClaimProperties.Founded).Any(s => s.MainSnak.Value.Time is not null))
        {
            return null;
        }

        // "وأعلن الأردن إنهاء الاتحاد"، "أعلنت مصر الحرب": a name followed by the act it proclaims is the proclaimer, not the
        // polity proclaimed.
        if (act == "declaration" && phrase is not null && ProclaimedActAfter(text, nameSpan.End))
        {
            return null;
        }

        // Already read by the claims stage for this sentence: verified there.
        // Round 19: a claim whose subject the linker left unlinked compared nothing.
        if (document.Claims.Any(c => c.Property == ClaimProperties.Founded && c.Sentence == ev.Sentence && links.TryGetValue(c.Subject, out var cl)
            && (c.Value.Timex == ti || cl.Item == item.Id)))
        {
            return null;
        }

        if (phrase is not null && _memo.Words(_memo.Key(phrase)).Any(RegimeWords.Contains)
            && !_memo.Words(_memo.Key(item.LabelIn("ar", "en"))).Any(RegimeWords.Contains))
        {
            return null; // a regime proclaimed in a country the KB founds otherwise
        }

        var founding = new Claim(-1, cluster, ClaimProperties.Founded, value, [trigger], ClaimModality.Asserted, ev.Confidence) { Sentence = ev.Sentence };
        var v = VerifyTime(founding, item, kb, out _) with { Property = ClaimProperties.Founded, Claim = null };
        if (v.Verdict == Verdicts.NotInKb)
        {
            return null;
        }

        var link = new KbLink(cluster, item.Id, item.LabelIn("ar", "en"), 1.0, "named-in-sentence");
        var timex = document.Timexes[ti].Span;
        return (v, link, [.. new[] { nameSpan, timex }.Where(s => !s.IsEmpty).Distinct().OrderBy(s => s.Start)]);
    }

    // Verbal nouns of the act a state proclaims ("أعلن الأردن إنهاء الاتحاد"): the name before them is the proclaimer.
    private static readonly FrozenSet<string> ProclaimedActs = new[]
    {
        "انهاء", "حل", "الغاء", "انتهاء", "نهايه", "انسحاب", "انسحابه", "انسحابها", "الانسحاب", "قطع", "ضم", "الحرب", "الحداد", "الحياد",
        "حياده", "حيادها", "استقلاله", "استقلالها", "الاستقلال", "قيام", "تاسيس", "وقف", "تعليق", "انضمامه", "انضمامها", "الانضمام",
        "رفض", "رفضه", "رفضها", "قبول", "قبوله", "قبولها", "تاييد", "تاييده", "تاييدها", "اعترافه", "اعترافها", "الاعتراف", "الطوارئ", "التعبئه",
    }.ToFrozenSet(StringComparer.Ordinal);

    private bool ProclaimedActAfter(string text, int nameEnd)
    {
        var (word, _) = NextWord(text, nameEnd);
        return word.Length > 0 && ProclaimedActs.Contains(_memo.Key(word));
    }

    // "تأسست إمارة شرق الأردن"، "قامت مملكة الحجاز": a name opening with a state's head noun right after a founding verb is the
    // state founded (a place in the KB), not a place where something else was founded ("تأسست في القاهرة جمعية").
    private static readonly FrozenSet<string> StateHeads = new[]
    {
        "اماره", "الاماره", "مملكه", "المملكه", "سلطنه", "السلطنه", "دوله", "الدوله", "جمهوريه", "الجمهوريه", "خلافه", "الخلافه",
        "امبراطوريه", "الامبراطوريه", "مشيخه", "المشيخه", "ولايه", "الولايه", "دويله", "اتحاد", "الاتحاد",
    }.ToFrozenSet(StringComparer.Ordinal);

    private bool StateHead(string word) => StateHeads.Contains(_memo.Key(word));

    // A mention glued to the preposition ل ("للحزب"، "لجامعة"): the object of "belonging to", not a relative clause's antecedent.
    private static bool GenitiveAfterLam(string text, int start)
        => start >= 1 && text[start - 1] == '\u0644' && (start < 2 || !char.IsLetter(text[start - 2]) || text[start - 2] == '\u0644');

    // The longest KB name (an organization, or for a proclamation a place or organization) that starts within three words after a position.
    private (KbEntity? Item, TextSpan Span, string? Phrase) NameAfter(string text, int from, int sentenceEnd, IKnowledgeBase kb, bool polity)
    {
        var words = new List<(string Word, int Start, int End)>();
        var at = from;
        while (words.Count < 7 && at < sentenceEnd)
        {
            var (w, end) = NextWord(text, at);
            if (w.Length == 0 || end > sentenceEnd)
            {
                break;
            }

            words.Add((w, end - w.Length, end));
            at = end;
        }

        // Round 17 (13b): a one-word name followed by a longer one within the window is the genitive of the verb's subject ("وأسس
        // خريجو الصادقية جمعية قدماء الصادقية سنة 1905"): the longer name, the verb's object, is the body founded.
        (KbEntity? Item, TextSpan Span, string? Phrase) single = (null, default, null);
        for (var first = 0; first < Math.Min(3, words.Count); first++)
        {
            for (var n = Math.Min(4, words.Count - first); n >= (single.Item is null ? 1 : 2); n--)
            {
                var phrase = text[words[first].Start..words[first + n - 1].End];
                var key = _memo.Key(phrase);
                if (n == 1 && key.Length < 5)
                {
                    continue;
                }

                foreach (var id in kb.Lookup(key, KbKeyKind.Name, 5))
                {
                    if (kb.Get(id) is { } e && KbTypes.Of(e, kb) is var type
                        && (type == KbType.Organization || (type == KbType.Place && (polity || (first == 0 && n >= 2 && StateHead(words[0].Word))))))
                    {
                        if (n == 1 && single.Item is null)
                        {
                            single = (e, new TextSpan(words[first].Start, words[first + n - 1].End), phrase);
                            break;
                        }

                        return (e, new TextSpan(words[first].Start, words[first + n - 1].End), phrase);
                    }
                }
            }
        }

        return single;
    }

    /// <summary>
    /// An education the text states with its degree ("حصل على الدكتوراه من جامعة ميشيغان"): the KB's statements of that
    /// degree (qualifier P512). The text's institution is none of them → contradicted (the evidence is the degree's
    /// statement); it is one of them → that statement (its dates are compared). Null when the sentence names no degree,
    /// two kinds of degree, or the KB gives no statement with that degree.
    /// </summary>
    private List<KbStatement>? DegreeStatements(AnalyzedDocument document, Claim claim, KbEntity subject)
    {
        if (claim.Property != ClaimProperties.EducatedAt || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return null;
        }

        var span = document.Sentences[claim.Sentence].Span;
        var kinds = new HashSet<string[]>();
        foreach (var w in _memo.Words(_memo.Key(document.Source.Text[span.Start..span.End])))
        {
            var stem = w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 4 ? w[2..] : w;
            if (DegreeWords.TryGetValue(stem, out var items))
            {
                kinds.Add(items);
            }
        }

        if (kinds.Count != 1)
        {
            return null;
        }

        var degree = kinds.First();
        var statements = subject.Best(ClaimProperties.EducatedAt)
            .Where(s => s.MainSnak.Value.Item is not null && s.Qualifiers.Any(q => q.Property == "P512" && q.Value.Item is { } d && degree.Contains(d)))
            .ToList();
        return statements.Count == 0 ? null : statements;
    }

    /// <summary>
    /// An affiliation the text's verb leaves open ("التحق بمعهد كاليفورنيا للتقنية عام 1976" read as an enrolment) whose value
    /// the KB holds under another affiliation (employer P108 rather than educated at P69): that statement, or null.
    /// </summary>
    private static KbStatement? OtherAffiliation(Claim claim, KbEntity subject, string? valueItem)
    {
        if (valueItem is null || !Affiliations.Contains(claim.Property)
            || RelationStatements(subject, claim.Property).Any(s => s.MainSnak.Value.Item == valueItem))
        {
            return null;
        }

        foreach (var p in Affiliations.Append("P102"))
        {
            if (p != claim.Property && subject.Best(p).FirstOrDefault(s => s.MainSnak.Value.Item == valueItem) is { } s)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>
    /// Policy: a day in the text one day from the KB's day (both at day precision, same calendar reading) is not a
    /// contradiction. A death (or birth, or signing) near midnight is dated by the sources of each time zone by their own
    /// clock — Arab and Asian press a day after an American or European death, and the reverse — and Wikidata keeps one
    /// of them with no hour; a wrong date in an article is almost never one day off, while a Julian/Gregorian slip is
    /// 10–13 days and a misread month 28 or more. The verification is <c>supported</c> with note <c>one-day-apart</c> and an
    /// <c>info</c> flag (rule <c>kb-day-apart</c>) shows both days.
    /// </summary>
    private static bool OneDayApart(GregorianInterval text, int textPrecision, GregorianInterval kb, int kbPrecision)
        => textPrecision >= KbPrecision.Day && kbPrecision >= KbPrecision.Day && text.Start == text.End && kb.Start == kb.End
            && Math.Abs(NodaTime.Period.Between(text.Start, kb.Start, NodaTime.PeriodUnits.Days).Days) == 1;

    // The info flag of a date one day from the KB's: both days, in Arabic and English (not a contradiction).
    private Flag DayApartFlag(AnalyzedDocument document, Claim claim, Verification v, KbLink link, IKnowledgeBase kb)
    {
        var item = kb.Get(link.Item);
        var labelAr = item?.LabelIn("ar", "en") ?? link.Label;
        var labelEn = item?.LabelIn("en", "ar") ?? link.Label;
        var kbValue = v.Kb?.Value ?? "";
        var textValue = TextValue(document, claim);
        var property = v.Kb?.Property ?? claim.Property;
        var messageAr = $"يختلف النص عن قاعدة المعرفة بيوم واحد: {KbProperties.Arabic(property)} {Li(labelAr)} ({link.Item}) فيها {kbValue}، والنص يذكر «{textValue}» (فرق التوقيت بين المصادر على الأرجح، لا خطأ).";
        var messageEn = $"The text is one day from the knowledge base: {KbProperties.English(property)} of {labelEn} ({link.Item}) is {kbValue} there; the text says \"{textValue}\" (most likely a time-zone difference between sources, not an error).";
        var evidence = System.Collections.Immutable.ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        evidence["claim"] = claim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        evidence["item"] = link.Item;
        evidence["kb_property"] = property;
        evidence["kb_value"] = kbValue;
        evidence["text_value"] = textValue;
        evidence["note"] = "one-day-apart";
        return new Flag("kb-day-apart", Severity.Info, FlagSpans(document, claim), messageAr, messageEn, evidence.ToImmutable());
    }
}
