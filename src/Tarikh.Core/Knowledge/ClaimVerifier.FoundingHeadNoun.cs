using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 22 (22k1, issue 13): a founding whose body the text names only by its class noun with the article, the way a profile
/// refers back to the party or front it is about ("ويجعل بعضهم تأسيس الحزب سنة 1930"، "وتذكر بعض الكتب أن الجبهة تأسست سنة
/// 1952"، "وأعلن عن تأسيس الحركة عام …"). The noun stands alone (the next word is no definite adjective or genitive continuing a
/// name: "الحزب الوطني" is another party), right after the founding verb or verbal noun, or right before an intransitive founding
/// verb. It is the one organization linked in the document before the trigger whose name opens with that noun ("الحزب الشيوعي
/// السوري"، "حزب الاستقلال"، "جبهة التحرير الوطني"); none, or two different ones, or an unlinked organization of that class
/// named before it, say nothing.
/// </summary>
public sealed partial class ClaimVerifier
{
    // Class nouns of political and civic bodies, with the article (normalized keys): the bare noun a body's name opens with.
    private static readonly FrozenDictionary<string, string> BodyClassNouns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["الحزب"] = "حزب",
        ["الجبهه"] = "جبهه",
        ["الحركه"] = "حركه",
        ["الجماعه"] = "جماعه",
        ["الجمعيه"] = "جمعيه",
        ["المنظمه"] = "منظمه",
        ["الرابطه"] = "رابطه",
        ["النقابه"] = "نقابه",
        ["الكتله"] = "كتله",
        ["التنظيم"] = "تنظيم",
        ["الاتحاد"] = "اتحاد",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private (KbEntity Item, TextSpan Span)? BodyByClassNoun(AnalyzedDocument document, Dictionary<int, KbLink> links, string text,
        TextSpan trigger, TextSpan sentence, bool intransitive, IKnowledgeBase kb)
    {
        var words = SentenceWords(text, sentence);
        var at = words.FindIndex(w => w.Start >= trigger.Start && w.End <= trigger.End + 1);
        if (at < 0)
        {
            return null;
        }

        // The class noun right after the trigger, or (an intransitive verb) right before it.
        var candidates = new List<int>();
        if (at + 1 < words.Count)
        {
            candidates.Add(at + 1);
        }

        if (intransitive && at > 0)
        {
            candidates.Add(at - 1);
        }

        foreach (var k in candidates)
        {
            if (!BodyClassNouns.TryGetValue(_memo.Key(words[k].Word), out var head))
            {
                continue;
            }

            // A definite word after the noun continues a name ("الحزب الوطني"، "الجبهة الشعبية"): not the bare class noun. Only when
            // nothing but a space stands between them (a comma ends the noun phrase).
            if (k + 1 < words.Count && _memo.Key(words[k + 1].Word) is { } next && next.StartsWith("ال", StringComparison.Ordinal)
                && string.IsNullOrWhiteSpace(text[words[k].End..words[k + 1].Start]))
            {
                continue;
            }

            return OneBodyOfClass(document, links, head, trigger.Start, kb) is { } item ? (item, new TextSpan(words[k].Start, words[k].End)) : null;
        }

        return null;
    }

    // The one KB organization named in the document before the position whose name opens with the class noun (with or without
    // the article): a linked mention, or a KB name read in the text (the entity stage need not have tagged it: "أسس مع رفاقه حزب
    // الاستقلال"). Null when none, two, or a name of that class the KB does not hold (an unlinked organization mention, or the
    // noun followed by a definite word that starts no KB name: "الحزب الوطني") stands before it.
    private KbEntity? OneBodyOfClass(AnalyzedDocument document, Dictionary<int, KbLink> links, string head, int before, IKnowledgeBase kb)
    {
        var text = document.Source.Text;
        bool Opens(string name) => _memo.Words(_memo.Key(name)) is { Length: > 1 } w && (w[0] == head || w[0] == "ال" + head);
        KbEntity? found = null;
        foreach (var m in document.Entities)
        {
            if (m.Span.End > before || !Opens(text[m.Span.Start..m.Span.End]))
            {
                continue;
            }

            if (m.Cluster < 0 || !links.TryGetValue(m.Cluster, out var link) || kb.Get(link.Item) is not { } e)
            {
                if (m.Label == EntityLabels.Organization)
                {
                    return null; // a body of this class the KB does not hold: the noun may be it
                }

                continue;
            }

            if (KbTypes.Of(e, kb) != KbType.Organization)
            {
                continue;
            }

            if (found is not null && found.Id != e.Id)
            {
                return null;
            }

            found = e;
        }

        foreach (var sentence in document.Sentences)
        {
            if (sentence.Span.Start >= before)
            {
                break;
            }

            var words = SentenceWords(text, new TextSpan(sentence.Span.Start, Math.Min(sentence.Span.End, before)));
            for (var i = 0; i + 1 < words.Count; i++)
            {
                var key = _memo.Key(words[i].Word);
                if (key.Length > 3 && key[0] is 'و' or 'ب' or 'ل' or 'ف' && key[1..] is var bare && (bare == head || bare == "ال" + head))
                {
                    key = bare;
                }

                if (key != head && key != "ال" + head)
                {
                    continue;
                }

                KbEntity? named = null;
                for (var n = Math.Min(6, words.Count - i); n >= 2 && named is null; n--)
                {
                    var phrase = key + " " + _memo.Key(text[words[i + 1].Start..words[i + n - 1].End]);
                    foreach (var id in kb.Lookup(phrase, KbKeyKind.Name, 5))
                    {
                        if (kb.Get(id) is { } e && KbTypes.Of(e, kb) == KbType.Organization)
                        {
                            named = e;
                            break;
                        }
                    }
                }

                if (named is null)
                {
                    // A name the KB does not hold: the bare noun in construct with a definite word ("حزب الأمة"), or the noun with a
                    // relative adjective ("الحزب الوطني"، "الجبهة الشعبية"); not its object ("أعلنت الجبهة الثورة").
                    var after = _memo.Key(words[i + 1].Word);
                    if (after.StartsWith("ال", StringComparison.Ordinal) && string.IsNullOrWhiteSpace(text[words[i].End..words[i + 1].Start])
                        && (key == head || after.EndsWith('ي') || after.EndsWith("يه", StringComparison.Ordinal)))
                    {
                        return null; // the noun may be that body
                    }

                    continue;
                }

                if (found is not null && found.Id != named.Id)
                {
                    return null;
                }

                found = named;
            }
        }

        return found;
    }

    // The definite verbal noun of founding with no body after it ("إن التأسيس كان سنة …"، "وكان التأسيس في …"): the founding the
    // text just told.
    private bool BareFoundingNoun(string text, TextSpan trigger)
    {
        var key = _memo.Key(text[trigger.Start..trigger.End]);
        if (key.Length > 6 && key[0] is 'و' or 'ف' or 'ب')
        {
            key = key[1..];
        }

        if (key is not ("التاسيس" or "الانشاء"))
        {
            return false;
        }

        var (next, _) = NextWord(text, trigger.End);
        return !_memo.Key(next).StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>
    /// The one KB body whose founding the sentence before tells (its founding verb or noun with the body named after it, by its
    /// name, its pronoun or its class noun): the body a bare "التأسيس" of the next sentence refers to. Null when that sentence
    /// tells no founding, or foundings of two bodies.
    /// </summary>
    private KbEntity? BodyFoundedInSentenceBefore(AnalyzedDocument document, Dictionary<int, KbLink> links, int sentence, IKnowledgeBase kb)
    {
        if (sentence < 1)
        {
            return null;
        }

        var text = document.Source.Text;
        var span = document.Sentences[sentence - 1].Span;
        KbEntity? found = null;
        foreach (var ev in document.Events)
        {
            if (ev.Type != "founding" || ev.Sentence != sentence - 1)
            {
                continue;
            }

            var item = NameAfter(text, ev.Trigger.End, span.End, kb, polity: false).Item
                ?? BodyOfTheFoundingPronoun(text, ev.Trigger, span, kb)?.Item
                ?? BodyByClassNoun(document, links, text, ev.Trigger, span, intransitive: false, kb)?.Item;
            if (item is null || (found is not null && found.Id != item.Id))
            {
                return null;
            }

            found = item;
        }

        return found;
    }
}
