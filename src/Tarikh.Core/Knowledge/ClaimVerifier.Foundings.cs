using System.Collections.Frozen;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 19 (issue-19k2): foundings of bodies — madrasas, hospitals, academies, theatres, companies — read where the earlier
/// readers lost them:
/// <list type="bullet">
/// <item>The verb, then its subject, then the body (Arabic's verb–subject–object order: "أسس الوزير نظام الملك المدرسة النظامية
/// سنة …"، "افتتح الأمير فلان مدرسة الفنون الجميلة سنة …"): the body's name is looked for after the founder's mention, not only
/// within three words of the verb.</item>
/// <item>A verb or verbal noun carrying the body as its pronoun ("مسرح موسكو الفني …، وقد أسسه فلان سنة …"، "لأكاديمية العلوم …
/// منذ تأسيسها سنة …"): the one KB body named before it in the sentence whose gender agrees with the pronoun.</item>
/// <item>A founding told in a relative clause right after the body's name ("البيمارستان العضدي الذي أسسه عضد الدولة سنة …"): the
/// founder named inside the clause is the agent, not a second subject competing for the date, so the claim is inherited
/// (a warning), not ambiguous.</item>
/// <item>An anaphoric year defined by its own relative clause ("في السنة نفسها التي افتتحت فيها الكلية") is the year of that
/// clause's act, not the year the anaphor took from the sentence before: not compared.</item>
/// </list>
/// </summary>
public sealed partial class ClaimVerifier
{
    // A founding verb or verbal noun with the founded body as its attached pronoun (normalized, without و/ف/ب): ه masculine, ها feminine.
    private static readonly FrozenSet<string> FoundingWithPronoun = new[]
    {
        "اسسه", "اسسها", "انشاه", "انشاها", "بناه", "بناها", "افتتحه", "افتتحها", "تاسيسه", "تاسيسها", "انشائه", "انشائها",
        "افتتاحه", "افتتاحها", "بنائه", "بنائها", "اسسته", "اسستها", "انشاته", "انشاتها", "افتتحته", "افتتحتها",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The KB body a founding trigger names by its pronoun: the nearest KB name of an organization (or of a body of a class the type
    /// list does not know, a theatre; never a person, place or event) (one to six words; a leading ل or ب
    /// taken off the first word) before the trigger in its sentence, when the sentence names no other KB organization before the
    /// trigger and the body's first word agrees with the pronoun (feminine ة with ها, masculine without). Null otherwise.
    /// </summary>
    private (KbEntity Item, TextSpan Span)? BodyOfTheFoundingPronoun(string text, TextSpan trigger, TextSpan sentence, IKnowledgeBase kb)
    {
        var key = _memo.Key(text[trigger.Start..trigger.End]);
        if (key.Length > 4 && key[0] is 'و' or 'ف' && FoundingWithPronoun.Contains(key[1..]))
        {
            key = key[1..];
        }

        if (!FoundingWithPronoun.Contains(key))
        {
            return null;
        }

        var feminine = key.EndsWith("ها", StringComparison.Ordinal);
        var words = SentenceWords(text, new TextSpan(sentence.Start, trigger.Start));
        (KbEntity Item, TextSpan Span)? found = null;
        for (var last = words.Count - 1; last >= 0; last--)
        {
            for (var n = Math.Min(6, last + 1); n >= 1; n--)
            {
                var first = last - n + 1;
                foreach (var (phrase, start) in BodyPhrases(text, words, first, last))
                {
                    var k = _memo.Key(phrase);
                    if ((n == 1 && k.Length < 5) || k.Length == 0)
                    {
                        continue;
                    }

                    foreach (var id in kb.Lookup(k, KbKeyKind.Name, 5))
                    {
                        if (kb.Get(id) is not { } e || KbTypes.Of(e, kb) is not (KbType.Organization or KbType.Other))
                        {
                            continue;
                        }

                        if (found is { } f && f.Item.Id != e.Id)
                        {
                            return null; // two bodies named before the pronoun: whose it is, is not known
                        }

                        var head = _memo.Words(k).FirstOrDefault() ?? "";
                        if (found is null && head.EndsWith('ه') == feminine)
                        {
                            found = (e, new TextSpan(start, words[last].End));
                        }
                        else if (found is null)
                        {
                            return null; // the nearest body disagrees in gender with the pronoun
                        }

                        goto nextEnd;
                    }
                }
            }

        nextEnd:;
        }

        return found is { } body && body.Item.Best(ClaimProperties.Founded).Any(s => s.MainSnak.Value.Time is not null) ? body : null;
    }

    // The phrase of words first..last, and the same with a leading ل or ب taken off the first word ("لأكاديمية العلوم").
    private static IEnumerable<(string Phrase, int Start)> BodyPhrases(string text, List<(string Word, int Start, int End)> words, int first, int last)
    {
        var start = words[first].Start;
        yield return (text[start..words[last].End], start);
        var w = words[first].Word;
        if (w.Length > 3 && w[0] is 'ل' or 'ب')
        {
            yield return (text[(start + 1)..words[last].End], start + 1);
        }
    }

    /// <summary>
    /// The founder named right after the verb ("أسس الوزير السلجوقي نظام الملك المدرسة النظامية"): the end of the first person
    /// mention that starts within three words of the verb, or -1.
    /// </summary>
    private static int FounderAfterVerb(AnalyzedDocument document, string text, TextSpan trigger, TextSpan sentence)
    {
        var at = trigger.End;
        var limit = at;
        for (var k = 0; k < 3 && limit < sentence.End; k++)
        {
            var (w, end) = NextWord(text, limit);
            if (w.Length == 0)
            {
                break;
            }

            limit = end;
        }

        var best = -1;
        foreach (var m in document.Entities)
        {
            if (m.Label == "PER" && m.Span.Start >= at && m.Span.Start < limit && m.Span.End <= sentence.End && (best < 0 || m.Span.End > best))
            {
                best = m.Span.End;
            }
        }

        return best;
    }

    /// <summary>
    /// True when the timex is an anaphoric year ("السنة نفسها"، "العام ذاته") followed right away by a relative pronoun: the
    /// clause after it says which year it is, and the year the anaphor was anchored to is not known to be that one.
    /// </summary>
    private bool AnaphorDefinedByItsClause(AnalyzedDocument document, int timex)
    {
        if (timex < 0 || timex >= document.Timexes.Length || document.Timexes[timex].Anchor is not { Timex: not null })
        {
            return false;
        }

        var (next, _) = NextWord(document.Source.Text, document.Timexes[timex].Span.End);
        return _memo.Key(next) is "التي" or "الذي" or "التى";
    }

    /// <summary>
    /// An inception claim whose founding verb stands in a relative clause right after its subject's name ("البيمارستان العضدي
    /// الذي أسسه عضد الدولة سنة 890"، "الجامع الأزهر الذي أُسس سنة 975"): the person the clause names is the founder, not another
    /// subject, so a grade the claims stage lowered for him becomes inherited (a warning). Any other claim keeps its grade.
    /// </summary>
    private AttributionGrading FoundedInTheClauseGrade(AnalyzedDocument document, Claim claim, AttributionGrading grading)
    {
        if (claim.Property != ClaimProperties.Founded || grading.Grade <= AttributionGrade.Inherited
            || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return grading;
        }

        var text = document.Source.Text;
        var sentence = document.Sentences[claim.Sentence].Span;
        var words = SentenceWords(text, sentence);
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (_memo.Key(words[i].Word) is not ("التي" or "الذي" or "التى"))
            {
                continue;
            }

            var verb = _memo.Key(words[i + 1].Word);
            var passiveBare = verb is "اسس" or "اسست" && i + 2 < words.Count && _memo.Key(words[i + 2].Word) is "سنه" or "عام" or "في";
            if (!RelativeFoundingVerbs.Contains(verb) && !passiveBare)
            {
                continue;
            }

            // The subject's own mention ends right before the pronoun, and the claim's date is the clause's.
            var named = document.Entities.Any(m => m.Cluster == claim.Subject && m.Span.End <= words[i].Start
                && m.Span.End >= words[i - 1].End && m.Span.Start >= sentence.Start);
            var clauseDate = RelativeClauseDate(document, words, i, 10);
            var claimDate = claim.Value.Timex ?? claim.Time?.Timex;
            if (named && clauseDate >= 0 && claimDate == clauseDate)
            {
                return new AttributionGrading(AttributionGrade.Inherited, "founded-in-the-clause");
            }
        }

        return grading;
    }
}
