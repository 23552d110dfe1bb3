using System.Collections.Frozen;
using Tarikh.Core.Claims;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// Round 21 (issue-21a): an act after a death done by a relative named as the verb's subject ("وبعد ثلاث سنوات افتتحت أرملته معرضاً
/// لأعماله"، "فتسلمته ابنته نيابة عنه"). Arabic puts the subject after the verb and the verb agrees with it: a feminine verb followed by
/// a feminine kin noun of his ("أرملته"، "ابنته") is the widow's or the daughter's act, not the dead man's; the same with a masculine
/// verb and a masculine kin noun ("افتتح ابنها") for a woman. A verb whose gender is the person's own ("زار ابنه") keeps the kin noun
/// as its object and is weighed as before.
/// </summary>
public sealed partial class LifespanRule
{
    private static readonly FrozenSet<string> FeminineKin = Words("أرملته", "أرملتها", "زوجته", "ابنته", "ابنتها", "أخته", "أختها", "شقيقته", "شقيقتها",
        "حفيدته", "حفيدتها", "كريمته", "كريمتها", "نجلته", "نجلتها", "أسرته", "أسرتها", "عائلته", "عائلتها", "والدته", "والدتها", "أمه", "أمها", "بناته", "بناتها");

    private static readonly FrozenSet<string> MasculineKin = Words("ابنه", "ابنها", "زوجها", "أخوه", "أخوها", "شقيقه", "شقيقها", "حفيده", "حفيدها",
        "نجله", "نجلها", "أبوه", "أبوها", "والده", "والدها", "ورثته", "ورثتها", "أبناؤه", "أبناؤها", "أولاده", "أولادها");

    /// <summary>
    /// True when the act's verb is followed, in the next two words, by a kin noun of the verb's gender while the person is known (or, for
    /// a feminine verb, taken) to be of the other: the relative is the verb's subject.
    /// </summary>
    private static bool RelativeDoes(CheckContext ctx, Claim act)
    {
        if (act.Spans.IsDefaultOrEmpty)
        {
            return false;
        }

        var trigger = VerbOf(ctx, act);
        if (trigger < 0 || trigger >= ctx.Tokens.Length)
        {
            return false;
        }

        // A perfect verb's feminine ending, with or without an object pronoun after it ("افتتحت"، "تسلمته"), or the index's reading.
        var norm = ctx.Tokens[trigger].Norm;
        var feminineVerb = ctx.Index.TriggerGender(trigger) ?? (norm.Length > 3 && (norm.EndsWith('ت') || norm.EndsWith("ته", StringComparison.Ordinal) || norm.EndsWith("تها", StringComparison.Ordinal)));

        var person = ctx.Index.PersonGender(act.Subject);
        for (var k = trigger + 1; k < Math.Min(ctx.Tokens.Length, trigger + 3) && ctx.Tokens[k].Sentence == ctx.Tokens[trigger].Sentence; k++)
        {
            var word = ctx.Tokens[k].Norm;
            if (feminineVerb && person != true && FeminineKin.Contains(word))
            {
                return true;
            }

            if (!feminineVerb && person == true && MasculineKin.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
