using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 17 (issue-13b): the founding of a body told in a relative clause after its name — "ألقى محاضرته في الجمعية الأدبية
/// التي تأسست سنة 1911"، "درس في الطريقة التي أسسها الشيخ فلان في مكة سنة 1840"، "المدرسة الأهلية التي أُنشئت عام 1902". The
/// entity stage often leaves such a name untagged (the founding event then has no antecedent and no name after its verb), so
/// the body is found as <see cref="DissolvedInRelativeClause"/> finds a dissolved one: the longest KB name of an organization
/// ending right before the relative pronoun, with an inception (P571). The date is the first of the relative clause, within
/// ten words of the verb and before a comma. The verbs are the passive or the object-pronoun forms only ("تأسست"، "أُنشئت"،
/// "أسسها"، "أنشأه"): an active "التي أسست" is the body founding something else. A warning: the body is found by its name.
/// </summary>
public sealed partial class ClaimVerifier
{
    // Founding verbs after a relative pronoun whose subject or object is the antecedent (normalized keys).
    private static readonly FrozenSet<string> RelativeFoundingVerbs = new[]
    {
        "تاسست", "تاسس", "انشئت", "انشئ", "اسسها", "اسسه", "انشاها", "انشاه", "اسستها", "اسسته", "انشاتها", "انشاته",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Foundings in relative clauses whose date no earlier reading has compared with an inception (<paramref name="read"/>: the
    /// timexes of the founding events read and of the inception claims whose subject was linked).
    /// </summary>
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> FoundedInRelativeClause(
        AnalyzedDocument document, IKnowledgeBase kb, IReadOnlySet<int> read, CancellationToken cancellationToken)
    {
        var text = document.Source.Text;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = SentenceWords(text, sentence.Span);
            for (var i = 1; i + 1 < words.Count; i++)
            {
                var pronoun = _memo.Key(words[i].Word);
                if (pronoun is not ("التي" or "الذي" or "التى") || !RelativeFoundingVerbs.Contains(_memo.Key(words[i + 1].Word)))
                {
                    continue;
                }

                if (FoundedBody(text, words, i, kb) is not { } body)
                {
                    continue;
                }

                // The relative clause's first date: within ten words of the verb, before a comma ends the clause.
                var ti = RelativeClauseDate(document, words, i, 10);
                if (ti < 0 || read.Contains(ti) || TimexValue(document, ti) is not { } value)
                {
                    continue;
                }

                var (item, nameSpan) = body;
                var verb = new TextSpan(words[i + 1].Start, words[i + 1].End);
                var claim = new Claim(-1, -1, ClaimProperties.Founded, value, [verb], ClaimModality.Asserted, 0.6)
                {
                    Sentence = document.SentenceAt(words[i].Start),
                };
                var v = VerifyTime(claim, item, kb, out _) with { Property = ClaimProperties.Founded, Claim = null, Timex = ti };
                if (v.Verdict == Verdicts.NotInKb)
                {
                    continue;
                }

                var link = new KbLink(-1, item.Id, item.LabelIn("ar", "en"), 1.0, "named-in-sentence");
                yield return (v, [nameSpan, verb, document.Timexes[ti].Span], value.Text ?? "", link);
            }
        }
    }

    // The first date of the relative clause whose verb is the word after the pronoun at <paramref name="pronoun"/>: a timex that
    // starts after the verb and within the clause, which runs up to <paramref name="window"/> words past the verb and ends at a
    // comma. -1 when there is none. (Shared by the founding and the dissolution readers.)
    private static int RelativeClauseDate(AnalyzedDocument document, List<(string Word, int Start, int End)> words, int pronoun, int window)
    {
        var text = document.Source.Text;
        var verb = pronoun + 1;
        var clauseEnd = words[verb].End;
        for (var j = verb + 1; j < Math.Min(words.Count, verb + 1 + window) && !text[words[j - 1].End..words[j].Start].Contains('،')
            && !text[words[j - 1].End..words[j].Start].Contains(','); j++)
        {
            clauseEnd = words[j].End;
        }

        for (var x = 0; x < document.Timexes.Length; x++)
        {
            var span = document.Timexes[x].Span;
            if (span.Start > words[verb].Start && span.Start < clauseEnd)
            {
                return x;
            }
        }

        return -1;
    }

    // The words of a sentence with their offsets (punctuation left out).
    private static List<(string Word, int Start, int End)> SentenceWords(string text, TextSpan span)
    {
        var words = new List<(string Word, int Start, int End)>();
        var at = span.Start;
        while (at < span.End)
        {
            var (w, end) = NextWord(text, at);
            if (end <= at)
            {
                at++;
                continue;
            }

            if (w.Length > 0)
            {
                words.Add((w, end - w.Length, end));
            }

            at = end;
        }

        return words;
    }

    // The KB organization (or a body of a class the type list does not know: an order, a movement; never a person, a place or an
    // event) whose name ends right before the word at index (two to six words, or one of five letters or more), the longest
    // first; it must have an inception date.
    private (KbEntity Item, TextSpan Span)? FoundedBody(string text, List<(string Word, int Start, int End)> words, int relative, IKnowledgeBase kb)
    {
        for (var n = Math.Min(6, relative); n >= 1; n--)
        {
            var first = relative - n;
            var key = _memo.Key(text[words[first].Start..words[relative - 1].End]);
            if (n == 1 && key.Length < 5)
            {
                continue;
            }

            foreach (var id in kb.Lookup(key, KbKeyKind.Name, 5))
            {
                if (kb.Get(id) is { } e && KbTypes.Of(e, kb) is KbType.Organization or KbType.Other
                    && e.Best(ClaimProperties.Founded).Any(s => s.MainSnak.Value.Time is not null))
                {
                    return (e, new TextSpan(words[first].Start, words[relative - 1].End));
                }
            }
        }

        return null;
    }
}
