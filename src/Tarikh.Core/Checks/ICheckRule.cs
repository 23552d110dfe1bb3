namespace Tarikh.Core.Checks;

/// <summary>
/// One consistency rule. A rule reads the document through a <see cref="CheckContext"/> and reports
/// the flags it finds. Rules are immutable and thread-safe; they never throw for odd input.
/// </summary>
public interface ICheckRule
{
    /// <summary>The rule id written in every flag (<c>calendar-equivalence</c>, <c>lifespan</c>…).</summary>
    string Id { get; }

    /// <summary>Checks a document and returns the flags found.</summary>
    IEnumerable<Flag> Check(CheckContext context);
}
