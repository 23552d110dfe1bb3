namespace Tarikh.Core.Text;

/// <summary>The layers a document can carry. Stages declare which they require and which they produce.</summary>
public enum Layer
{
    /// <summary>Web-noise lines (kept, marked, skipped by later stages).</summary>
    Noise,
    /// <summary>The normalized view with its offset map.</summary>
    Normalized,
    /// <summary>Sentences, headings and list items.</summary>
    Sentences,
    /// <summary>Tokens with clitic analysis.</summary>
    Tokens,
    /// <summary>Temporal expressions.</summary>
    Time,
    /// <summary>Entity mentions and clusters.</summary>
    Entities,
    /// <summary>Events with arguments.</summary>
    Events,
    /// <summary>The ordered timeline.</summary>
    Timeline,
    /// <summary>Claims: who, what, when, where, as the text states them.</summary>
    Claims,
    /// <summary>Consistency flags.</summary>
    Checks,
    /// <summary>Knowledge-base links and verifications (and their <c>kb-contradiction</c> flags).</summary>
    Knowledge,
}
