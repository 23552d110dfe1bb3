using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// The spouse of a marriage whose partner the entity stage did not tag: "تزوج فلاديمير لينين من نادية
/// إليزافيتا فاسيليفنا في …" gives a <see cref="ClaimProperties.Spouse"/> claim with a text value (the
/// name as written), so a knowledge base can still compare it by name. Read only from marriage events of
/// the events layer that have no spouse participant; the name is two to four words after "من", before a
/// date, a clause break or a function word, none of them inside an entity mention and none a kinship
/// word or a common noun with the article ("من ابنة عمه"، "من الأميرة"). Pure.
/// </summary>
public static class SpouseNameClaims
{
    /// <summary>The <see cref="Claim.Source"/> of these claims.</summary>
    public const string Source = "marriage-name";

    /// <summary>The confidence of a claim read this way.</summary>
    public const double Confidence = 0.6;

    private const int MaxWords = 4;

    private static readonly ImmutableArray<string> Stops =
        ["في", "عام", "سنه", "بعد", "قبل", "عندما", "حين", "حيث", "وهي", "وهو", "التي", "الذي", "ثم", "منذ", "خلال", "سنة", "و", "او", "ولم", "وكان", "وكانت", "وانجب", "وانجبت"];

    private static readonly ImmutableArray<string> NotNames =
        ["ابنه", "بنت", "اخت", "ارمله", "امراه", "فتاه", "احدى", "زوجه", "مطلقه", "قريبته", "ابنت", "سيده", "اميره", "ابنه"];

    /// <summary>Adds a spouse claim for each marriage event with an untagged partner's name.</summary>
    public static void Add(DocumentIndex index, List<Claim> list)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(list);
        var doc = index.Document;
        foreach (var e in doc.Events)
        {
            if (e.Type != "marriage" || e.Participants.IsDefaultOrEmpty || e.Participants.Any(p => p.Role == "spouse")
                || e.Participants[0].Role != "agent" || index.LabelOf(e.Participants[0].Cluster) != EntityLabels.Person)
            {
                continue;
            }

            var trigger = index.FirstTokenOf(e.Trigger);
            if (trigger < 0 || trigger >= index.Tokens.Length || !index.IsContent(index.Tokens[trigger].Sentence))
            {
                continue;
            }

            // After the trigger: the agent's mention (if written there), then "من".
            var k = index.EndTokenOf(e.Trigger);
            var (_, clauseEnd) = index.ClauseOf(trigger);
            while (k < clauseEnd && index.ClusterAtToken(k) == e.Participants[0].Cluster)
            {
                k++;
            }

            if (k >= clauseEnd || index.Tokens[k].Norm != "من")
            {
                continue;
            }

            var first = k + 1;
            var end = first;
            while (end < clauseEnd && end - first < MaxWords && IsNameWord(index, end))
            {
                end++;
            }

            if (end - first < 2 || NotNames.Contains(index.Tokens[first].Base) || NotNames.Contains(index.Tokens[first].Norm)
                || index.Tokens[first].Norm.StartsWith("ال", StringComparison.Ordinal))
            {
                continue;
            }

            var span = new TextSpan(index.Tokens[first].Span.Start, index.Tokens[end - 1].Span.End);
            var name = doc.TextOf(span);
            var subjectSpan = doc.Entities.Where(m => m.Cluster == e.Participants[0].Cluster && m.Span.Start >= e.Trigger.End && m.Span.End <= span.Start)
                .Select(m => (TextSpan?)m.Span).FirstOrDefault();
            var spans = new[] { (TextSpan?)e.Trigger, span, subjectSpan }.Where(s => s is not null).Select(s => s!.Value).Distinct().OrderBy(s => s.Start).ThenBy(s => s.End);
            var claim = new Claim(0, e.Participants[0].Cluster, ClaimProperties.Spouse, new ClaimValue(ClaimValueKind.Text, Text: name), [.. spans],
                ClaimModality.Asserted, Confidence)
            {
                Source = Source,
                Sentence = e.Sentence,
                Act = "marriage",
            };
            if (e.Time is { } t && ClaimExtractor.TimeOf(index, t) is { } time)
            {
                claim = claim with { Time = time };
            }

            list.Add(claim);
        }
    }

    private static bool IsNameWord(DocumentIndex index, int token)
    {
        var t = index.Tokens[token];
        return t.Kind == TokenKind.Arabic && !Stops.Contains(t.Norm) && index.MentionAtToken(token) < 0
            && !index.Document.Timexes.Any(x => x.Span.Start <= t.Span.Start && t.Span.Start < x.Span.End);
    }
}
