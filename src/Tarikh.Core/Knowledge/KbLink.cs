namespace Tarikh.Core.Knowledge;

/// <summary>A cluster of the document linked to a knowledge-base item.</summary>
/// <param name="Cluster">The cluster id.</param>
/// <param name="Item">The item id (<c>Q1394</c>).</param>
/// <param name="Label">The item's label (Arabic, else English, else any).</param>
/// <param name="Confidence">0..1: how sure the link is.</param>
/// <param name="Reason">What decided it: <c>name</c>, <c>skeleton</c>, <c>relative</c> (a name part, confirmed by a linked relative)…</param>
public sealed record KbLink(int Cluster, string Item, string Label, double Confidence, string Reason);

/// <summary>Verdicts of a verification.</summary>
public static class Verdicts
{
    /// <summary>The knowledge base agrees with the claim.</summary>
    public const string Supported = "supported";
    /// <summary>The knowledge base gives another value.</summary>
    public const string Contradicted = "contradicted";
    /// <summary>The subject is linked but the knowledge base has no usable statement of that property.</summary>
    public const string NotInKb = "not-in-kb";
    /// <summary>The claim's subject is not linked to any item (NIL).</summary>
    public const string Unlinked = "unlinked";
}

/// <summary>The knowledge-base statement a verification compared with.</summary>
/// <param name="Item">The subject item id.</param>
/// <param name="Property">The property id.</param>
/// <param name="Statement">The statement id, or null.</param>
/// <param name="Value">The KB value, shown: an item id, or a date (<c>1870-04-22</c>).</param>
/// <param name="ValueLabel">The label of an item value (Arabic, else English), or null.</param>
/// <param name="Calendar">Time values: <c>gregorian</c> or <c>julian</c> (the KB's calendar model); else null.</param>
/// <param name="Precision">Time values: <c>day</c>, <c>month</c>, <c>year</c>…; else null.</param>
public sealed record KbEvidence(string Item, string Property, string? Statement, string? Value, string? ValueLabel, string? Calendar, string? Precision);

/// <summary>
/// The verification of one claim against the knowledge base. A linked event's date read beside its
/// mention (no claim states it) is verified too: then <see cref="Claim"/> is null and <see cref="Cluster"/>
/// and <see cref="Timex"/> say what was compared.
/// </summary>
/// <param name="Claim">Index into <see cref="Text.AnalyzedDocument.Claims"/>, or null for a linked event's date or place.</param>
/// <param name="Verdict">A <see cref="Verdicts"/> value.</param>
/// <param name="Kb">The statement compared with (the one that supports, or the preferred one that contradicts), or null.</param>
/// <param name="Note">An explanation: <c>julian-reading</c> (the text's day is the KB's day in the Old Style), a relation named wrongly ("in the KB, X is the mother of Y")…; or null.</param>
public sealed record Verification(int? Claim, string Verdict, KbEvidence? Kb, string? Note)
{
    /// <summary>For an event's date or place: the event's cluster.</summary>
    public int? Cluster { get; init; }

    /// <summary>For an event the text names in a phrase the entity stage did not tag: the index of the event (<see cref="Text.AnalyzedDocument.Events"/>).</summary>
    public int? Event { get; init; }

    /// <summary>For an event's date: the index of the timex read beside the event's mention.</summary>
    public int? Timex { get; init; }

    /// <summary>For an event's place: the place's cluster.</summary>
    public int? Place { get; init; }

    /// <summary>The <see cref="Note"/> in Arabic, or null when there is no note.</summary>
    public string? NoteAr { get; init; }

    /// <summary>The property compared (<c>P569</c>, <c>P585</c>, <c>P276</c>…).</summary>
    public string? Property { get; init; }
}
