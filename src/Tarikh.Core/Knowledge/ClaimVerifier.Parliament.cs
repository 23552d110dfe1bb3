namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 20 (issue-20k2): a seat in parliament named by the deputy's noun. "فانتُخب نائبًا في البرلمان سنة 1922"، "انتُخبت نائبة عن
/// القاهرة في مجلس الأمة": in Arabic a "نائب" in a parliament is its member; the KB names the office "عضو مجلس النواب …" (member of
/// the House of Representatives), whose words the clause does not hold. The clause must hold the deputy's noun (not "نائب الرئيس" /
/// "نائب رئيس", a vice-president) and a noun of a parliament; the office is the subject's one position whose label holds a member's
/// or deputy's noun and a parliament's noun. Two such offices (two chambers) → none.
/// </summary>
public sealed partial class ClaimVerifier
{
    // The nouns of a parliament or its chamber, as the words of a clause or an office's label hold them.
    private static readonly string[] ParliamentWords = ["برلمان", "نواب", "النواب", "الأمة", "الامة", "الشعب", "النيابي", "العموم"];

    // The clause names a seat in a parliament: a deputy's noun not followed by a president's, and a parliament's noun.
    private bool DeputyInParliament(string clause)
    {
        var stems = Stems(clause);
        var deputy = Stems("نائب")[0];
        var president = Stems("رئيس")[0];
        var seat = false;
        for (var i = 0; i < stems.Count; i++)
        {
            if (SameStem(stems[i], deputy) || SameStem(stems[i], Stems("نائبة")[0]))
            {
                if (i + 1 < stems.Count && SameStem(stems[i + 1], president))
                {
                    return false; // "نائب الرئيس": a vice-president
                }

                seat = true;
            }
        }

        return seat && stems.Any(IsParliamentStem);
    }

    private bool IsParliamentStem(string stem)
        => ParliamentWords.Any(p => Stems(p) is { Count: > 0 } ps && SameStem(stem, ps[0]));

    /// <summary>The subject's one office of a member of a parliament (its label: a member's or deputy's noun and a parliament's), or null.</summary>
    private KbStatement? ParliamentSeat(string clause, KbEntity subject, IKnowledgeBase kb)
    {
        if (!DeputyInParliament(clause))
        {
            return null;
        }

        var member = Stems("عضو")[0];
        var deputy = Stems("نائب")[0];
        var seats = RelationStatements(subject, Claims.ClaimProperties.PositionHeld)
            .Where(s => kb.Get(s.MainSnak.Value.Item!) is { } office
                && office.Names().Any(n => Stems(n.Name) is var w && w.Any(x => SameStem(x, member) || SameStem(x, deputy)) && w.Any(IsParliamentStem)))
            .ToList();
        return seats.Select(s => s.MainSnak.Value.Item).Distinct().Count() == 1 ? seats[0] : null;
    }
}
