using System.Collections.Frozen;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Attribution guards: a claim whose own words name another subject than the item it is verified against is
/// not compared (verdict <c>unlinked</c>, note <c>another-subject</c>), since a wrong subject makes a false
/// alarm. Three signs, read from the text the claim points at: the verb agrees with a woman while the item is
/// a man ("توفيت عام 1979"), the verb's explicit subject is a person of another cluster ("وتوفي البيروني" read
/// as a claim about the sultan named before it), or the claim is an answer naming no one to a question about a
/// relative ("س: متى توفي والدها؟ ج: توفي عام 1929").
/// </summary>
public sealed partial class ClaimVerifier
{
    /// <summary>Wikidata's "male" (P21 value).</summary>
    private const string Male = "Q6581097";

    // Verbs of death (normalized, without a conjunction) in the feminine: a dead man never says "I died", so the
    // final ت is the feminine's. Births ("ولدت") are left out: in a memoir "وُلدتُ" is the writer's own birth.
    private static readonly FrozenSet<string> FeminineDeathVerbs = new[]
    {
        "توفيت", "ماتت", "رحلت", "قتلت", "اغتيلت", "استشهدت", "فارقت", "هلكت",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The same verbs in the masculine.
    private static readonly FrozenSet<string> MasculineDeathVerbs = new[]
    {
        "توفي", "مات", "رحل", "قتل", "اغتيل", "استشهد", "فارق", "هلك",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the claim's own words attribute it to someone other than <paramref name="subject"/>.</summary>
    private bool AnotherSubject(AnalyzedDocument document, Claim claim, KbEntity subject, Dictionary<int, KbLink> links, IKnowledgeBase? kb = null)
    {
        if (claim.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.BirthPlace or ClaimProperties.DeathPlace))
        {
            return false;
        }

        if (!LifeVerbOfARelativeClause(document, claim) && (AnswerAboutARelative(document, claim) || KinshipNamesAnotherSubject(document, claim))
            || (kb is not null && UntaggedPersonOpensSentence(document, claim, subject.Id, kb)))
        {
            return true;
        }

        var death = claim.Property is ClaimProperties.DeathDate or ClaimProperties.DeathPlace;
        var sex = subject.ItemValues("P21").FirstOrDefault();
        foreach (var span in claim.Spans)
        {
            var word = VerbKey(document.Source.Text[span.Start..span.End]);
            if (death && sex == Male && FeminineDeathVerbs.Contains(word))
            {
                return true;
            }

            // "تزوج سنة 1743 إليزابيث …، وقد وُلدت سنة 1720": a feminine birth verb for a man, past the opening of its sentence or
            // with another person named before it, is hers. (A memoir's "وُلدتُ" opens its sentence, with no one else named:
            // the writer's own birth, still the subject's.)
            if (!death && sex == Male && word == "ولدت" && (AnotherPersonBefore(document, claim, span.Start) || !OpensItsSentence(document, claim, span.Start)))
            {
                return true;
            }

            if (!MasculineDeathVerbs.Contains(word) && !FeminineDeathVerbs.Contains(word) && !IsBirthVerb(word))
            {
                continue;
            }

            // The verb's explicit subject: a person named right after it (Arabic puts the subject after the verb).
            if (PersonRightAfter(document, span.End) is { } named && named != claim.Subject
                && !(links.TryGetValue(named, out var l) && l.Item == subject.Id))
            {
                return true;
            }
        }

        return false;
    }

    // A person of another cluster than the claim's subject named in the claim's sentence before a position.
    private static bool AnotherPersonBefore(AnalyzedDocument document, Claim claim, int position)
    {
        if (claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return false;
        }

        var sentence = document.Sentences[claim.Sentence].Span;
        return document.Entities.Any(m => m.Label == EntityLabels.Person && m.Cluster >= 0 && m.Cluster != claim.Subject
            && m.Span.Start >= sentence.Start && m.Span.End <= position);
    }

    // True when at most one word ("وقد"، "ثم") stands between the sentence's start and a position.
    private static bool OpensItsSentence(AnalyzedDocument document, Claim claim, int position)
    {
        if (claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return true;
        }

        var start = document.Sentences[claim.Sentence].Span.Start;
        if (position < start)
        {
            return true;
        }

        var before = document.Source.Text[start..position];
        return before.Split([' ', '\t', '\n', '-', '–', '•', '*'], StringSplitOptions.RemoveEmptyEntries).Length <= 1;
    }

    /// <summary>
    /// The links a claim is verified with: the cluster's, except that a subject mention the claim points at (or the
    /// explicit subject right after its verb) that bears a generational suffix ("توفي ألكسندر دوما الابن") is linked by
    /// its whole name; a cluster that merged a father and his son is NIL, its mentions are not.
    /// </summary>
    private Dictionary<int, KbLink> ClaimLinks(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (claim.Spans.IsDefaultOrEmpty)
        {
            return links; // no span: no mention is pointed at
        }

        // Round 14 (issue-18): only the subject's mentions that can touch a span (in layer order), not a walk of all mentions.
        var lo = int.MaxValue;
        var hi = int.MinValue;
        foreach (var s in claim.Spans)
        {
            (lo, hi) = (Math.Min(lo, s.Start), Math.Max(hi, s.End + 2));
        }

        foreach (var i in CacheOf(document).MentionsOfNear(claim.Subject, lo, hi))
        {
            var m = document.Entities[i];
            if (m.Label != EntityLabels.Person)
            {
                continue;
            }

            var pointed = false;
            foreach (var s in claim.Spans)
            {
                pointed |= s.Overlaps(m.Span) || (m.Span.Start >= s.End && m.Span.Start - s.End <= 2);
            }

            if (pointed && _linker.LinkSuffixedMention(document, i, kb) is { } own)
            {
                return links.TryGetValue(claim.Subject, out var current) && current.Item == own.Item
                    ? links
                    : new Dictionary<int, KbLink>(links) { [claim.Subject] = own with { Cluster = claim.Subject } };
            }
        }

        return links;
    }

    /// <summary>
    /// A founding or end whose subject mention follows words for a part of an organization ("منظمة الشبيبة التابعة
    /// للحزب … التي تأسست عام 1918"): the part's date, not the organization's.
    /// </summary>
    private bool OfSubOrganization(AnalyzedDocument document, Claim claim)
    {
        if (claim.Property is not (ClaimProperties.Founded or ClaimProperties.Dissolved))
        {
            return false;
        }

        // The subject's mentions in the claim's sentence, from the per-document windows (a walk of every mention before).
        foreach (var i in CacheOf(document).Mentions.OfClusterInSentence(claim.Subject, claim.Sentence))
        {
            if (SubOrganization.Before(document.Source.Text, document.Entities[i].Span, _names))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A marriage whose partner the text names but the claims stage read as the subject himself ("تزوج غورباتشوف من
    /// رايسا تيتارينكو عام 1951"): the one KB spouse of the subject whose name (two words or more) the sentence holds, and
    /// the marriage's date against that statement's start. Null when no spouse, or more than one, is named there.
    /// </summary>
    private Verification? SpouseNamedInSentence(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (claim.Property != ClaimProperties.Spouse || claim.Time?.Date is null || !links.TryGetValue(claim.Subject, out var link)
            || kb.Get(link.Item) is not { } subject || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return null;
        }

        var span = document.Sentences[claim.Sentence].Span;
        var words = Stems(document.Source.Text[span.Start..span.End]).ToHashSet(StringComparer.Ordinal);
        var found = new List<KbStatement>();
        foreach (var s in subject.Best(ClaimProperties.Spouse))
        {
            if (s.MainSnak.Value.Item is { } id && kb.Get(id) is { } spouse
                && spouse.Names().Any(n => Stems(n.Name) is { Count: >= 2 } w && w.All(words.Contains)))
            {
                found.Add(s);
            }
        }

        if (found.Count != 1)
        {
            return null;
        }

        return TimesAgree(claim, found[0]) is { } note
            ? new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, found[0], kb), note) { Property = claim.Property }
            : new Verification(claim.Id, Verdicts.Supported, Evidence(subject, found[0], kb), "spouse-named-in-sentence") { Property = claim.Property };
    }

    /// <summary>
    /// A dated act with no value ("انضم في شبابه إلى الكومسومول عام 1946" with the organization tagged as a place; "تزوج
    /// … عام 1951" with the partner untagged): the one KB relation of the subject the act is about (a membership P463/P102,
    /// a marriage P26, an education P69) whose value's name the sentence holds — two words or more, or one word of five
    /// letters or more — and the act's date against that statement's qualifiers. Null when none or several fit, or when a
    /// claim of that relation for the subject in the same sentence is verified already.
    /// </summary>
    private Verification? ActNamedInSentence(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        var property = claim.Act switch
        {
            "membership" => ClaimProperties.MemberOf,
            "marriage" => ClaimProperties.Spouse,
            "award" => "P166",
            { } a when a.StartsWith("education", StringComparison.Ordinal) => ClaimProperties.EducatedAt,
            _ => null,
        };
        if (property is null || TeachingVerb(document, claim) || claim.Property != ClaimProperties.Act || claim.Time?.Date is null || !links.TryGetValue(claim.Subject, out var link)
            || kb.Get(link.Item) is not { } subject || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length
            || document.Claims.Any(c => c.Subject == claim.Subject && c.Sentence == claim.Sentence && c.Property == property))
        {
            return null;
        }

        var span = document.Sentences[claim.Sentence].Span;
        var statements = RelationStatements(subject, property);

        // The act's own clause first ("ينال جائزة لينين، وكان قد نال لقب بطل العمل الاشتراكي سنة 1959": two awards in one
        // sentence, one in each clause), then the whole sentence.
        var found = new List<KbStatement>();
        if (ActClause(document, claim) is { } clause)
        {
            found = ValuesNamedIn(document.Source.Text[clause.Start..clause.End], statements, kb);
        }

        if (found.Count == 0)
        {
            // An award's grant is an act of its own clause: an award named in another dated clause is that clause's. (A graduation,
            // "درس في مدرسة … بين 1832 و1834، وتخرّج … سنة 1835", completes the study named before: the whole sentence.)
            found = ValuesNamedIn(claim.Act == "award" ? WithoutOtherDatedClauses(document, claim, span) : document.Source.Text[span.Start..span.End], statements, kb);
        }

        if (found.Select(s => s.MainSnak.Value.Item).Distinct().Count() != 1)
        {
            return null;
        }

        // An award given twice (two statements of one value): the act's date agrees with either.
        var dated = found.Where(s => s.Qualifiers.Length > 0).ToList();
        foreach (var s in dated)
        {
            if (TimesAgree(claim, s) is null)
            {
                return new Verification(claim.Id, Verdicts.Supported, Evidence(subject, s, kb), "named-in-sentence") { Property = property };
            }
        }

        var best = dated.FirstOrDefault() ?? found[0];
        return TimesAgree(claim, best) is { } note
            ? new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, best, kb), note) { Property = property }
            : new Verification(claim.Id, Verdicts.Supported, Evidence(subject, best, kb), "named-in-sentence") { Property = property };
    }

    /// <summary>
    /// Round 13 (x2), for an award's grant: the sentence's text without the clauses (cut at commas and semicolons) that hold a date of their own and
    /// none of the claim's words: "ونال وسام الاستحقاق سنة 1925، ومُنح لقب بارون سنة 1931" — the award named in the first clause
    /// is that clause's, dated there; the second clause's date is not its.
    /// </summary>
    private static string WithoutOtherDatedClauses(AnalyzedDocument document, Claim claim, TextSpan span)
    {
        var text = document.Source.Text;
        var kept = new System.Text.StringBuilder();
        var start = span.Start;
        for (var i = span.Start; i <= span.End; i++)
        {
            if (i < span.End && text[i] is not ('،' or ',' or '؛' or ';'))
            {
                continue;
            }

            var (a, b) = (start, i);
            var own = claim.Spans.Any(s => s.Start >= a && s.Start < b);
            var dated = document.Timexes.Any(x => x.Span.Start >= a && x.Span.Start < b);
            if (own || !dated)
            {
                kept.Append(text, a, b - a).Append(' ');
            }

            start = i + 1;
        }

        return kept.ToString();
    }

    // The statements whose value's name (two words or more, or one of five letters or more) a text holds, every word.
    private List<KbStatement> ValuesNamedIn(string text, List<KbStatement> statements, IKnowledgeBase kb)
    {
        var words = Stems(text);
        var found = new List<KbStatement>();
        foreach (var s in statements)
        {
            if (kb.Get(s.MainSnak.Value.Item!) is { } value
                && value.Names().Any(n => Stems(n.Name) is var w && (w.Count >= 2 || (w.Count == 1 && w[0].Length >= 5))
                    && w.All(x => words.Any(y => SameStem(y, x)))))
            {
                found.Add(s);
            }
        }

        return found;
    }

    // The act's clause: from its trigger (the span whose text is the claim's value) to the next comma, semicolon or full stop.
    private static TextSpan? ActClause(AnalyzedDocument document, Claim claim)
    {
        var text = document.Source.Text;
        foreach (var s in claim.Spans)
        {
            if (claim.Value.Text is { } t && text[s.Start..s.End] == t)
            {
                var end = s.End;
                var sentenceEnd = claim.Sentence >= 0 && claim.Sentence < document.Sentences.Length ? document.Sentences[claim.Sentence].Span.End : text.Length;
                while (end < sentenceEnd && text[end] is not ('،' or ',' or '؛' or ';' or '.'))
                {
                    end++;
                }

                return new TextSpan(s.Start, end);
            }
        }

        return null;
    }

    // Kinship nouns (normalized) that, with a pronoun, name the subject's relative: "زوجته"، "والدها"، "ابنته".
    private static readonly FrozenSet<string> KinStems = new[]
    {
        "زوج", "زوجت", "ابن", "ابنت", "بنت", "اب", "ابو", "ابي", "والد", "والدت", "ام", "امه", "اخ", "اخو", "اخي", "اخت", "شقيق",
        "شقيقت", "جد", "جدت", "حفيد", "حفيدت", "عم", "عمت", "خال", "خالت", "اولاد", "ابناء", "بنات",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// An answer that names no one ("ج: توفيت عام 1979") to a question about the subject's relative ("س: متى توفيت زوجته؟"):
    /// the claim is the relative's, whoever the claims stage gave it to. True when the claim's sentence follows a question
    /// (a sentence ending with "؟") that holds a kinship noun with a pronoun, and no mention of the claim's subject lies in
    /// the claim's sentence.
    /// </summary>
    private bool AnswerAboutARelative(AnalyzedDocument document, Claim claim) => AskedKinStem(document, claim) is not null;

    // The kinship noun's stem of the question an answer about a relative answers (see AnswerAboutARelative), or null.
    private string? AskedKinStem(AnalyzedDocument document, Claim claim)
    {
        if (claim.Sentence <= 0 || claim.Sentence >= document.Sentences.Length)
        {
            return null;
        }

        var text = document.Source.Text;
        var sentence = document.Sentences[claim.Sentence].Span;
        if (document.Entities.Any(m => m.Cluster == claim.Subject && m.Span.Start >= sentence.Start && m.Span.End <= sentence.End))
        {
            return null;
        }

        var question = document.Sentences[claim.Sentence - 1].Span;
        var q = text[question.Start..question.End].TrimEnd();
        // Round 23 (23k1): an interviewer's prompt that is no question ("— حدثنا عن والدك."), in a dialogue whose turns open
        // with a dash or with "س:"/"ج:", asks about that relative just the same when it addresses the one who answers ("والدك").
        var asked = q.EndsWith('؟') || q.EndsWith('?');
        if (!asked && !(DialogueTurn(q) && DialogueTurn(text[sentence.Start..sentence.End])))
        {
            return null;
        }

        foreach (var w in _memo.Words(_memo.Key(q)))
        {
            // The relative of the person asked ("والدك"، "أخيك": the interviewee's) or of the one talked about ("زوجته").
            foreach (var suffix in asked ? new[] { "ها", "ه", "هم", "كم", "ك" } : ["كم", "ك"])
            {
                if (w.Length > suffix.Length + 1 && w.EndsWith(suffix, StringComparison.Ordinal) && KinStems.Contains(w[..^suffix.Length]))
                {
                    return w[..^suffix.Length];
                }
            }
        }

        return null;
    }

    // A turn of a written dialogue: the line opens with a dash or with "س:"/"ج:" (question, answer).
    private static bool DialogueTurn(string line)
    {
        var t = line.TrimStart();
        return t.Length > 2 && (t[0] is '—' or '–' or '-' || ((t[0] is 'س' or 'ج') && t[1..].TrimStart().StartsWith(':')));
    }

    private static bool IsBirthVerb(string word) => word is "ولد" or "ولدت";

    // The normalized word without one leading conjunction و/ف.
    private string VerbKey(string text)
    {
        var key = _memo.Key(text);
        return key.Length > 3 && key[0] is '\u0648' or '\u0641' && (MasculineDeathVerbs.Contains(key[1..]) || FeminineDeathVerbs.Contains(key[1..]) || IsBirthVerb(key[1..]))
            ? key[1..]
            : key;
    }

    // The cluster of a person mention that starts right after a position (one space, or a diacritic between), else null.
    private int? PersonRightAfter(AnalyzedDocument document, int position)
    {
        var text = document.Source.Text;
        var at = position;
        while (at < text.Length && at - position < 3 && (text[at] == ' ' || char.GetUnicodeCategory(text[at]) == System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            at++;
        }

        // The first such mention in layer order, by a binary search over the person mentions sorted by start.
        var first = CacheOf(document).Mentions.FirstPersonStartingAt(at);
        return first >= 0 ? document.Entities[first].Cluster : null;
    }

    /// <summary>
    /// A date whose sentence also names another person ("وُلدت الملكة في 21 نيسان 1926، وأنجبت ابنها أندرو …"): the claims
    /// layer chose one of them, an inference, so a contradiction it yields is a warning, not an error.
    /// </summary>
    private static bool DateSharedWithAnotherPerson(AnalyzedDocument document, Claim claim)
    {
        if (claim.Value.Kind != ClaimValueKind.Time || claim.Spans.IsEmpty)
        {
            return false;
        }

        var sentences = claim.Spans.Select(s => document.SentenceAt(s.Start)).ToHashSet();
        foreach (var cluster in document.Clusters)
        {
            if (cluster.Id == claim.Subject || cluster.Label != EntityLabels.Person)
            {
                continue;
            }

            foreach (var m in cluster.Mentions)
            {
                if (sentences.Contains(document.SentenceAt(document.Entities[m].Span.Start)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A claim whose sentence names a person other than its subject and its value ("ج: سنة 1877 بعد عزل أبيه الخديوي
    /// إسماعيل، وبقي فيه حتى وفاته في حلوان"): whose the claim is was chosen among several, so a contradiction is a warning.
    /// </summary>
    private static bool SentenceNamesAnotherPerson(AnalyzedDocument document, Claim claim)
    {
        var sentences = claim.Spans.Select(s => document.SentenceAt(s.Start)).ToHashSet();
        if (claim.Sentence >= 0)
        {
            sentences.Add(claim.Sentence);
        }

        return document.Entities.Any(m => m.Label == EntityLabels.Person && m.Cluster >= 0 && m.Cluster != claim.Subject
            && m.Cluster != claim.Value.Cluster && sentences.Contains(document.SentenceAt(m.Span.Start)));
    }
}
