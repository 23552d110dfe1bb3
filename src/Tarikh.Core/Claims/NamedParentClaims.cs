using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// A parent named with "يدعى/تدعى/اسمه/اسمها" after the kinship noun: "وُلد … لأب يعمل موظفًا وأم تدعى روحية سعد"، "أمه
/// تدعى زينب"، "والده اسمه خليل". The mother (<see cref="ClaimProperties.Mother"/>) or father (<see cref="ClaimProperties.Father"/>)
/// of the person born in that sentence (the birth event's main participant), else of the document's subject; the value is
/// the one or two words after the cue as a text value (the entity stage often tags only a part of such a name). Also a
/// parent named with the pronoun that agrees with it: "لأب تاجر هو توفيق قباني وأم هي زهرة آقبيق" (round 7). Pure.
/// </summary>
internal static class NamedParentClaims
{
    /// <summary>The <see cref="Claim.Source"/> of these claims.</summary>
    public const string Source = "named-parent";

    /// <summary>The confidence of a claim read this way.</summary>
    public const double Confidence = 0.6;

    private static readonly ImmutableArray<string> Cues = ["تدعي", "تدعى", "يدعي", "يدعى", "اسمها", "اسمه", "تسمي", "تسمى", "يسمي", "يسمى"];
    // "لأب"/"لأم" keep their ل: the segmenter leaves a two-letter base whole.
    private static readonly ImmutableArray<string> Mothers = ["ام", "امه", "امها", "والدته", "والدتها", "والده", "لام"];
    private static readonly ImmutableArray<string> Fathers = ["اب", "ابوه", "ابيه", "ابوها", "ابيها", "والدها", "لاب"];

    // Words that end a name: prepositions, "عام/سنة", conjunction-led words are checked apart.
    private static readonly ImmutableArray<string> Stops = ["من", "في", "عام", "سنة", "وكان", "وكانت", "التي", "الذي", "بن", "ابن", "بنت",
        "ابنه", "ابنة", "زوجه", "زوجة", "اخت", "اخته", "شقيقه", "شقيقة", "احد", "احدى", "واحد", "واحده"];

    /// <summary>Adds the claims of every parent named this way to <paramref name="list"/>.</summary>
    public static void Add(DocumentIndex index, List<Claim> list)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(list);
        var tokens = index.Tokens;
        for (var i = 1; i < tokens.Length - 1; i++)
        {
            if ((!Cues.Contains(tokens[i].Norm) && !Pronouns.Contains(tokens[i].Norm)) || tokens[i - 1].Sentence != tokens[i].Sentence || !index.IsContent(tokens[i].Sentence))
            {
                continue;
            }

            // "لأب تاجر هو توفيق قباني وأم هي زهرة آقبيق": the pronoun, right after the kinship noun or after one word
            // describing it, agrees with the parent (هو a father, هي a mother).
            var pronoun = Pronouns.Contains(tokens[i].Norm);
            var k = i - 1;
            if (pronoun && !IsParent(tokens[k].Base) && k > 0 && tokens[k - 1].Sentence == tokens[i].Sentence && IsParent(tokens[k - 1].Base)
                && tokens[k].PrefixLength == 0)
            {
                k--;
            }

            // "والده" is "his father" but, with ة normalized, also "his mother" (والدة): only the written form decides.
            var kin = tokens[k].Base;
            var written = index.Document.Source.Text[tokens[k].Span.Start..tokens[k].Span.End];
            var property = Mothers.Contains(kin) && !(kin == "والده" && !written.Contains('ة', StringComparison.Ordinal)) ? ClaimProperties.Mother
                : Fathers.Contains(kin) || kin == "والده" ? ClaimProperties.Father
                : null;
            if (property is null || (pronoun && (tokens[i].Norm == "هو") != (property == ClaimProperties.Father)))
            {
                continue;
            }

            var first = i + 1;
            var last = first;
            if (!IsNameWord(tokens[first]) || tokens[first].Sentence != tokens[i].Sentence)
            {
                continue;
            }

            if (last + 1 < tokens.Length && tokens[last + 1].Sentence == tokens[i].Sentence && IsNameWord(tokens[last + 1])
                && tokens[last + 1].PrefixLength == 0 && tokens[last + 1].Span.Start - tokens[last].Span.End <= 1)
            {
                last++;
            }

            var sentence = tokens[i].Sentence;
            var subject = BornIn(index, sentence) ?? index.Document.Subject;
            if (subject is not { } s || index.LabelOf(s) != EntityLabels.Person)
            {
                continue;
            }

            var valueSpan = new TextSpan(tokens[first].Span.Start, tokens[last].Span.End);
            var value = new ClaimValue(ClaimValueKind.Text, Text: index.Document.Source.Text[valueSpan.Start..valueSpan.End]);
            list.Add(new Claim(0, s, property, value, [tokens[k].Span, valueSpan], ClaimModality.Asserted, Confidence)
            {
                Source = Source,
                Relation = property == ClaimProperties.Mother ? "mother" : "father",
                Sentence = sentence,
            });
        }
    }

    private static readonly ImmutableArray<string> Pronouns = ["هو", "هي"];

    private static bool IsParent(string kin) => Mothers.Contains(kin) || Fathers.Contains(kin);

    private static bool IsNameWord(in Token t)
        => t.Kind == TokenKind.Arabic && t.Norm.Length >= 2 && !Stops.Contains(t.Norm) && !char.IsDigit(t.Norm[0]);

    // The main participant of the first birth event of the sentence, or null.
    private static int? BornIn(DocumentIndex index, int sentence)
    {
        foreach (var e in index.Document.Events)
        {
            if (e.Sentence == sentence && e.Type == "birth" && e.MainParticipant is { } p)
            {
                return p;
            }
        }

        return null;
    }
}
