using System.Collections.Immutable;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// name-anomaly, field chimera with the members' own deeds (round 19, issue-x3): for the fields whose members carry their deeds
/// and works in <c>famous-fields.tsv</c> (leaders of the Algerian revolution, Coptic reformers, aviation pioneers, Arab singers and
/// composers, Abbasid caliphs), a chimera is flagged only when the sentence tells a deed or work of one of the two members — of the
/// given part's member when that given part is a common first name (محمد، عبد الله). Two ordinary people whose names happen to
/// join two members' parts stay silent without such a deed. Also the spliced compound: "عبد الحليم" joined to "(عبد) الوهاب".
/// </summary>
public sealed partial class NameAnomalyRule
{
    /// <summary>
    /// The family forms to look for after the given part <paramref name="g"/> (FamilyForms): each listed form <paramref name="f"/>,
    /// and, when this is true — both the given part and the family form are compounds of «عبد» (عبد الحليم، عبد الوهاب) — after it
    /// the family form without its «عبد»: the two compounds spliced into one ("عبد الحليم الوهاب").
    /// </summary>
    private static bool Spliced(ImmutableArray<string> g, ImmutableArray<string> f)
        => g.Length == 2 && g[0] == "عبد" && f.Length == 2 && f[0] == "عبد";

    /// <summary>True when the sentence holds a deed of <paramref name="a"/> or <paramref name="b"/> (of <paramref name="a"/> alone when its given part is common).</summary>
    private static bool MemberDeed(CheckContext ctx, int sentence, FieldMember a, FieldMember b)
    {
        var deeds = a.CommonGiven ? a.Deeds : a.Deeds.AddRange(b.Deeds);
        if (deeds.IsEmpty)
        {
            return false;
        }

        var (ss, se) = ctx.SentenceTokens(sentence);
        for (var k = ss; k < se; k++)
        {
            foreach (var d in deeds)
            {
                if (WordsAt(ctx, k, d, clitics: true))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
