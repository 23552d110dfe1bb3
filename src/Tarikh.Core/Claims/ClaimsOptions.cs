namespace Tarikh.Core.Claims;

/// <summary>Settings of the claims stage.</summary>
/// <param name="ClauseDateConfidence">Confidence of an event claim dated by a timex in the trigger's clause.</param>
/// <param name="SentenceDateConfidence">Confidence of an event claim dated by a timex elsewhere in the sentence.</param>
/// <param name="LifespanConfidence">Confidence of a claim read from a lifespan after a name.</param>
/// <param name="AppositionConfidence">Confidence of a claim read from a comma apposition or a kinship link.</param>
/// <param name="MaxLifespanTokens">Longest parenthesis (in tokens) read as a lifespan.</param>
/// <param name="ProDropConfidence">Attribution confidence of an act in a sentence that names no person, after one that names no
/// person but the document's subject (Arabic drops a known subject): enough to weigh the act, not enough for an <c>error</c>.</param>
public sealed record ClaimsOptions(
    double ClauseDateConfidence = 0.9,
    double SentenceDateConfidence = 0.7,
    double LifespanConfidence = 0.9,
    double AppositionConfidence = 0.8,
    int MaxLifespanTokens = 16,
    double ProDropConfidence = 0.78)
{
    /// <summary>
    /// Confidence of bare years in parentheses after a ruler's title ("السلطان إبراهيم الأول (1640–1648)"): the reign as often as
    /// the life, so compared but never enough for more than an <c>info</c> flag.
    /// </summary>
    public double ReignOrLifeConfidence { get; init; } = 0.7;

    /// <summary>
    /// Least confidence of a birth or death read from a word with its person named right at it ("ومات النجار"، "وكان مولد العطار"):
    /// the events stage lowers a noun or a subject found by topic, but here the person is written beside the word.
    /// </summary>
    public double ExplicitTriggerConfidence { get; init; } = 0.85;

    /// <summary>
    /// Least confidence of the person's own act read from a verb dated in its own clause (its attribution and its date are weighed
    /// apart): enough to weigh the act against the person's life, not enough for an <c>error</c>.
    /// </summary>
    public double DatedVerbActConfidence { get; init; } = 0.76;

    /// <summary>Below this events-stage confidence a verb reading is too weak for <see cref="DatedVerbActConfidence"/> ("يعمل" as a present).</summary>
    public double DatedVerbFloorFrom { get; init; } = 0.65;

    /// <summary>The default settings.</summary>
    public static ClaimsOptions Default { get; } = new();
}
