using System.Collections.Immutable;

namespace Tarikh.Core.Checks;

/// <summary>Thresholds of the consistency rules.</summary>
/// <param name="MaxAge">Ages above this are implausible (lifespan).</param>
/// <param name="MinMarriageAge">Marrying younger than this is implausible (lifespan).</param>
/// <param name="MinUniversityAge">Studying at a university younger than this is implausible (lifespan).</param>
/// <param name="PosthumousChildMonths">A child born more than this many months after a parent's death is impossible (family-order).</param>
/// <param name="HijriToleranceDays">Allowed difference between a Hijri day and its stated Gregorian equivalent (tabular vs observed calendars).</param>
/// <param name="FarAnchorSentences">An anchoring year this many sentences back or more is unreliable (underspecified-date).</param>
/// <param name="Disabled">Rule ids not to run.</param>
/// <param name="MinPublicationAge">Publishing younger than this is implausible (lifespan).</param>
/// <param name="MinCommandAge">Commanding troops younger than this is implausible (lifespan).</param>
/// <param name="MinClaimConfidence">Claims below this confidence (an inferred subject outside its sentence) are not compared by any rule.</param>
/// <param name="MinActConfidence">Dated acts below this confidence are not weighed against a person's life (lifespan).</param>
/// <param name="FlagConfidence">A flag resting on a claim below this confidence (a subject inferred from outside the claim's sentence) is only <c>info</c>.</param>
/// <param name="SureConfidence">Claims at or above this confidence are explicit enough for an <c>error</c>; below it a flag is a <c>warning</c>.</param>
public sealed record ChecksOptions(
    int MaxAge = 120,
    int MinMarriageAge = 10,
    int MinUniversityAge = 12,
    int PosthumousChildMonths = 10,
    int HijriToleranceDays = 2,
    int FarAnchorSentences = 4,
    ImmutableHashSet<string>? Disabled = null,
    int MinPublicationAge = 8,
    int MinCommandAge = 12,
    double SureConfidence = 0.8,
    double MinClaimConfidence = 0.7,
    double MinActConfidence = 0.75,
    double FlagConfidence = 0.75)
{
    /// <summary>
    /// Being elected ("انتخب") younger than this is implausible (lifespan): candidacy ages run from 18 to 30, and the
    /// same verb names a selection to a youth team, which starts at about 16. Offices held, inherited or crowned have no
    /// lower bound (child rulers), and appointments none either (heirs are named as infants).
    /// </summary>
    public int MinElectedAge { get; init; } = 16;

    /// <summary>
    /// A parent younger than this at a child's birth, on the most generous reading of both dates, is implausible
    /// (family-order, at most a warning): the youngest fathers on record are about 12; younger mothers are medical rarities.
    /// </summary>
    public int MinParentAge { get; init; } = 12;

    /// <summary>
    /// Holding an office or being appointed to one younger than this is implausible (lifespan, a warning): a judge, a minister, a
    /// director or a teacher at ten is a misread date. Rulers and heirs are exempt (see the <c>ruler-office</c> cues): child
    /// caliphs and kings were crowned as infants and princes named nominal governors.
    /// </summary>
    public int MinOfficeAge { get; init; } = 12;

    /// <summary>The default thresholds.</summary>
    public static ChecksOptions Default { get; } = new();
}
