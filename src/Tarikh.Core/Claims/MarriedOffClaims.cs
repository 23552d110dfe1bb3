using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Claims;

/// <summary>
/// Round 21 (21k2): a marriage told as a guardian's act — a father or a brother gives his daughter or sister in marriage
/// ("وزوّج فلان ابنته فلانة من فلان سنة 1929"، "زوّج الأمير أخته زينب لابن عمه علي عام 1900"). The events stage reads no marriage
/// of the two from the causative verb. Read only in its full shape: the verb, the guardian's name, the kin noun of a woman in
/// his care, her name, "من" or "لـ" with the groom's name, and a dated timex within three words after it (over "سنة"/"عام"/"في").
/// The claim is the groom's marriage (<see cref="ClaimProperties.Spouse"/> of the groom, the bride its value) with that date as
/// its time, from <see cref="MarriageClaims.Source"/> (the verifier compares only the date, never the partner). The verb's
/// form "زوج" is also the noun "husband": the guardian's name must follow it at once. Pure.
/// </summary>
internal static class MarriedOffClaims
{
    // The causative verb of giving in marriage, normalized, with the conjunctions.
    private static readonly FrozenSet<string> Verbs = new[] { "زوج", "وزوج", "فزوج" }.ToFrozenSet(StringComparer.Ordinal);

    // Kin nouns of a woman in the guardian's care, with his pronoun.
    private static readonly FrozenSet<string> Wards = new[] { "ابنته", "اخته", "حفيدته", "ابنه", "بنته" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adds the marriages given by a guardian to <paramref name="list"/>.</summary>
    public static void Add(DocumentIndex index, List<Claim> list)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(list);
        var tokens = index.Tokens;
        var doc = index.Document;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!Verbs.Contains(tokens[i].Norm) || !index.IsContent(tokens[i].Sentence) || index.MentionAtToken(i) >= 0)
            {
                continue;
            }

            var (_, clauseEnd) = index.ClauseOf(i);
            if (PersonAt(index, i + 1, clauseEnd) is not { End: var afterGuardian, Cluster: var guardian }
                || afterGuardian >= clauseEnd || !Wards.Contains(tokens[afterGuardian].Norm)
                || PersonAt(index, afterGuardian + 1, clauseEnd) is not { End: var afterBride, Cluster: var bride }
                || bride == guardian || afterBride >= clauseEnd)
            {
                continue;
            }

            // "من فلان" or "لفلان" (the preposition a clitic of the name's first word).
            var groomAt = tokens[afterBride].Norm == "من" ? afterBride + 1 : afterBride;
            if (groomAt == afterBride && !(tokens[afterBride].Norm.StartsWith('ل') && tokens[afterBride].PrefixLength > 0))
            {
                continue;
            }

            if (PersonAt(index, groomAt, clauseEnd) is not { End: var afterGroom, Cluster: var groom } || groom == bride || groom == guardian
                || DateAfter(index, afterGroom, clauseEnd) is not { } date
                || ClaimExtractor.TimeOf(index, date) is not { Approximate: false, Date: not null } time)
            {
                continue;
            }

            list.Add(new Claim(0, groom, ClaimProperties.Spouse, new ClaimValue(ClaimValueKind.Entity, Cluster: bride, Text: doc.Source[Span(index, afterGuardian + 1, afterBride)]),
                [tokens[i].Span, Span(index, afterGuardian + 1, afterBride), Span(index, groomAt, afterGroom), doc.Timexes[date].Span],
                ClaimModality.Asserted, MarriageClaims.Confidence)
            {
                Source = MarriageClaims.Source,
                Act = "marriage",
                Time = time,
                Sentence = tokens[i].Sentence,
            });
        }
    }

    private static Text.TextSpan Span(DocumentIndex index, int from, int to)
        => new(index.Tokens[from].Span.Start, index.Tokens[to - 1].Span.End);

    // A person's mention that opens at the token: its cluster and the token after it.
    private static (int Cluster, int End)? PersonAt(DocumentIndex index, int token, int clauseEnd)
    {
        if (token >= clauseEnd)
        {
            return null;
        }

        var m = index.MentionAtToken(token);
        if (m < 0 || index.Document.Entities[m] is not { Label: EntityLabels.Person, Cluster: >= 0 } e || index.FirstTokenOf(e.Span) != token)
        {
            return null;
        }

        return (e.Cluster, index.EndTokenOf(e.Span));
    }

    // A dated timex opening within three tokens after the groom's name, over "سنة"/"عام"/"في" only.
    private static int? DateAfter(DocumentIndex index, int from, int clauseEnd)
    {
        var tokens = index.Tokens;
        for (var k = from; k < Math.Min(clauseEnd, from + 3); k++)
        {
            foreach (var x in index.TimexesInSentence(tokens[k].Sentence))
            {
                if (index.TimexToken(x) == k && DocumentIndex.IsDated(index.Document.Timexes[x]))
                {
                    return x;
                }
            }

            if (tokens[k].Norm is not ("سنه" or "عام" or "في"))
            {
                return null;
            }
        }

        return null;
    }
}
