using System.Collections.Immutable;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Property identifiers of claims. They are Wikidata's property ids, so a claim can be compared with a
/// knowledge base in Wikidata's format directly; a few properties Wikidata has no single id for use a
/// <c>tarikh:</c> name.
/// </summary>
public static class ClaimProperties
{
    /// <summary>Date of birth.</summary>
    public const string BirthDate = "P569";
    /// <summary>Date of death.</summary>
    public const string DeathDate = "P570";
    /// <summary>Place of birth.</summary>
    public const string BirthPlace = "P19";
    /// <summary>Place of death.</summary>
    public const string DeathPlace = "P20";
    /// <summary>Place of burial (round 21): "ودُفن في دمشق"، "ودفنت بها"، "وكان مدفنه بحلب".</summary>
    public const string BurialPlace = "P119";
    /// <summary>Spouse.</summary>
    public const string Spouse = "P26";
    /// <summary>Father.</summary>
    public const string Father = "P22";
    /// <summary>Mother.</summary>
    public const string Mother = "P25";
    /// <summary>Sibling (qualifier <see cref="Claim.Relation"/> says older/younger/brother/sister when stated).</summary>
    public const string Sibling = "P3373";
    /// <summary>Child.</summary>
    public const string Child = "P40";
    /// <summary>Position held (with start and end).</summary>
    public const string PositionHeld = "P39";
    /// <summary>Educated at.</summary>
    public const string EducatedAt = "P69";
    /// <summary>Employer.</summary>
    public const string Employer = "P108";
    /// <summary>Member of.</summary>
    public const string MemberOf = "P463";
    /// <summary>Occupation.</summary>
    public const string Occupation = "P106";
    /// <summary>Inception: founding of an organization or a state.</summary>
    public const string Founded = "P571";
    /// <summary>Dissolved, abolished or ended (an organization or a state).</summary>
    public const string Dissolved = "P576";
    /// <summary>Point in time of a dated event (the subject is the event's cluster, or the person it happened to).</summary>
    public const string PointInTime = "P585";
    /// <summary>Location of a dated event.</summary>
    public const string Location = "P276";
    /// <summary>Notable work (a book the subject wrote or published).</summary>
    public const string NotableWork = "P800";
    /// <summary>An age the text states at a time ("وهو في السابعة والعشرين", "عن عمر ناهز"): <see cref="ClaimValue.Quantity"/> in years.</summary>
    public const string Age = "tarikh:age";
    /// <summary>
    /// The subject's place among his siblings as the text states it ("أكبر إخوته"، "أصغر إخوتها"): <see cref="ClaimValue.Text"/> and
    /// <see cref="Claim.Relation"/> are <c>eldest</c> or <c>youngest</c>.
    /// </summary>
    public const string BirthOrder = "tarikh:birth-order";
    /// <summary>A dated act of the subject that has no Wikidata property of its own (travel, arrest, exile…): the act type is <see cref="Claim.Act"/>.</summary>
    public const string Act = "tarikh:act";
}

/// <summary>How the text states a claim.</summary>
public enum ClaimModality
{
    /// <summary>Stated as fact.</summary>
    Asserted,
    /// <summary>Attributed to a source: "يُذكر"، "حسب رواية"، "ذكر المؤرخ".</summary>
    Reported,
    /// <summary>Hedged or one of several versions: "قيل"، "وقيل"، "في رواية أخرى"، "ربما"، "يُرجَّح".</summary>
    Hedged,
    /// <summary>Denied: "لم يولد في …"، "ليس صحيحاً أنه".</summary>
    Negated,
    /// <summary>Happens after the subject's death and says so: "نُشر بعد وفاته"، "دُفن".</summary>
    Posthumous,
}

/// <summary>The kind of a claim's value.</summary>
public enum ClaimValueKind
{
    /// <summary>A time: <see cref="ClaimValue.Date"/> (and the timex it came from).</summary>
    Time,
    /// <summary>An entity of the document: <see cref="ClaimValue.Cluster"/>.</summary>
    Entity,
    /// <summary>A number with a unit: <see cref="ClaimValue.Quantity"/> (an age in years).</summary>
    Quantity,
    /// <summary>A string the text gives (an occupation or position word not linked to an entity).</summary>
    Text,
}

/// <summary>
/// The value of a claim. Exactly the fields of its <see cref="Kind"/> are set. A time value keeps the
/// calendar the text wrote it in and the Gregorian interval after conversion, so checks compare
/// converted values and never raw numbers across calendars.
/// </summary>
/// <param name="Kind">What the value is.</param>
/// <param name="Date">Time values: the proleptic Gregorian interval of days the text's date denotes.</param>
/// <param name="Timex">Time values: index into <see cref="AnalyzedDocument.Timexes"/>, or null when the time came from elsewhere (a lifespan range split in two, an age).</param>
/// <param name="Cluster">Entity values: the cluster id.</param>
/// <param name="Quantity">Quantity values: the number.</param>
/// <param name="Text">Text values, and for every kind the original text the value was read from (exact, from the source).</param>
public sealed record ClaimValue(
    ClaimValueKind Kind,
    GregorianInterval? Date = null,
    int? Timex = null,
    int? Cluster = null,
    double? Quantity = null,
    string? Text = null)
{
    /// <summary>Time values: the calendar the text used (<c>gregorian</c>, <c>julian</c>, <c>hijri</c>…), or null.</summary>
    public string? Calendar { get; init; }

    /// <summary>Time values: the precision the text gives (<c>day</c>, <c>month</c>, <c>year</c>, <c>decade</c>, <c>century</c>), as Wikidata names them.</summary>
    public string? Precision { get; init; }

    /// <summary>Time values: true for "نحو"، "حوالي"، "قرابة" and ranges the text leaves open.</summary>
    public bool Approximate { get; init; }

    /// <summary>A time value.</summary>
    public static ClaimValue OfTime(GregorianInterval date, int? timex, string? text) => new(ClaimValueKind.Time, Date: date, Timex: timex, Text: text);

    /// <summary>An entity value.</summary>
    public static ClaimValue OfEntity(int cluster, string? text) => new(ClaimValueKind.Entity, Cluster: cluster, Text: text);

    /// <summary>A quantity value.</summary>
    public static ClaimValue OfQuantity(double quantity, string? text) => new(ClaimValueKind.Quantity, Quantity: quantity, Text: text);
}

/// <summary>Where a claim was read from.</summary>
public static class ClaimSources
{
    /// <summary>An event of the events layer (<see cref="Claim.Event"/> names it).</summary>
    public const string Event = "event";
    /// <summary>An apposition after a name: "شقيقته الكبرى زينب، المولودة عام 1861".</summary>
    public const string Apposition = "apposition";
    /// <summary>A lifespan written after a name: "(1889–1973)"، "(ت 456 هـ)".</summary>
    public const string Lifespan = "lifespan";
    /// <summary>A kinship list: "وله من الإخوة: …".</summary>
    public const string KinshipList = "kinship-list";
    /// <summary>"من مواليد …".</summary>
    public const string BornIn = "born-in";
    /// <summary>An age phrase: "عن عمر ناهز"، "وهو في السابعة والعشرين".</summary>
    public const string AgePhrase = "age";
    /// <summary>A comparison: "أكبر منه بسنتين"، "أصغر إخوته".</summary>
    public const string Comparison = "comparison";
}

/// <summary>
/// One statement the text makes about one entity: who (<see cref="Subject"/>), what
/// (<see cref="Property"/> and <see cref="Value"/>), when (<see cref="Time"/>, <see cref="Start"/>,
/// <see cref="End"/>) and where (<see cref="Place"/>), as the text states it, with evidence spans into
/// the original text. Claims are read once, by the claims stage, from the layers before it; the checks
/// and the knowledge-base verification read claims and never re-derive them.
/// </summary>
/// <param name="Id">Index of the claim in <see cref="AnalyzedDocument.Claims"/>.</param>
/// <param name="Subject">The cluster the claim is about (the relative, not the article's subject, for a kinship apposition).</param>
/// <param name="Property">A <see cref="ClaimProperties"/> id.</param>
/// <param name="Value">The value.</param>
/// <param name="Spans">Evidence spans, ordered: the words that state the claim, the value, the subject mention.</param>
/// <param name="Modality">How the text states it.</param>
/// <param name="Confidence">0..1: how sure the reading (attribution, value) is.</param>
public sealed record Claim(
    int Id,
    int Subject,
    string Property,
    ClaimValue Value,
    ImmutableArray<TextSpan> Spans,
    ClaimModality Modality,
    double Confidence)
{
    /// <summary>When the claim holds (a marriage's date, an office's point in time), or null.</summary>
    public ClaimValue? Time { get; init; }

    /// <summary>Start of the claim's validity (an office from …), or null.</summary>
    public ClaimValue? Start { get; init; }

    /// <summary>End of the claim's validity (an office until …), or null.</summary>
    public ClaimValue? End { get; init; }

    /// <summary>Cluster of the place it happened, or null.</summary>
    public int? Place { get; init; }

    /// <summary>Where it was read from (<see cref="ClaimSources"/>).</summary>
    public string Source { get; init; } = ClaimSources.Event;

    /// <summary>Index of the event it came from, or null.</summary>
    public int? Event { get; init; }

    /// <summary>For <see cref="ClaimProperties.Act"/>: the event type (travel, arrest, publication…); otherwise the event type it came from, or null.</summary>
    public string? Act { get; init; }

    /// <summary>The relation the text names (<c>older</c>, <c>younger</c>, <c>brother</c>, <c>sister</c>, <c>eldest</c>…) for family claims, or null.</summary>
    public string? Relation { get; init; }

    /// <summary>Index of the sentence that states it.</summary>
    public int Sentence { get; init; }

    /// <summary>
    /// How the subject was found when the clause does not name it: an <see cref="ImplicitSubjectEvidence"/> code (<c>epithet</c>,
    /// <c>title-anaphor</c>, <c>possessive</c>, <c>reporting-relative</c>), decided by <see cref="DocumentIndex.ImplicitSubjectAt"/>;
    /// null for a subject the text names at the claim. Such a claim's confidence is at most
    /// <see cref="DocumentIndex.TiedImplicitConfidence"/>: a flag resting on it is at most a <c>warning</c>.
    /// </summary>
    public string? Attribution { get; init; }

    /// <summary>
    /// True when the text makes the subject the doer of the act in so many words: the verb's subject named right at it ("أصدر
    /// سرحان كتابه"، "نشر الصباغ ديوانه") or "بنفسه". An act usually done after a death too (a publication) is the subject's own
    /// then, and cannot follow his death. Not exported (a reading aid of the checks).
    /// </summary>
    public bool Agentive { get; init; }

    /// <summary>
    /// How directly the text ties the value to the subject (<see cref="AttributionGrade"/> and a reason), graded by the claims stage
    /// (<see cref="ClaimAttribution"/>); null for a claim no grader saw (read as <see cref="AttributionGrading.Ungraded"/>: direct).
    /// The knowledge-base verifier flags only the grades its gate admits.
    /// </summary>
    public AttributionGrading? Grading { get; init; }
}
