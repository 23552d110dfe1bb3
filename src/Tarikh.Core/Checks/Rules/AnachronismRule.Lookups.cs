using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// Lookups of the list-based check made once per document (issue #18): a question asked for every listed body found reads
/// the few candidates that can answer it, not every claim of the document or the whole text again.
/// </summary>
public sealed partial class AnachronismRule
{
    /// <summary>True when <paramref name="word"/> occurs in <paramref name="text"/>; each word is searched for once per document.</summary>
    private static bool InText(Dictionary<string, bool> seen, string text, string word)
    {
        if (!seen.TryGetValue(word, out var found))
        {
            seen[word] = found = text.Contains(word, StringComparison.Ordinal);
        }

        return found;
    }

    /// <summary>
    /// The values of the birth and death claims (the life's dates, not an act's), sorted by the start of their time expression,
    /// each with the first token of its event's trigger.
    /// </summary>
    private sealed class LifeDates
    {
        private readonly (TextSpan Date, int Trigger)[] _dates;
        private readonly int _longest;

        public LifeDates(CheckContext ctx)
        {
            var doc = ctx.Document;
            var list = new List<(TextSpan, int)>();
            foreach (var c in ctx.Claims)
            {
                if (c.Property is Claims.ClaimProperties.BirthDate or Claims.ClaimProperties.DeathDate && c.Value.Timex is { } ti && ti >= 0 && ti < ctx.Timexes.Length
                    && c.Event is { } ev && ev >= 0 && ev < doc.Events.Length && doc.Events[ev].Trigger.Length > 0)
                {
                    list.Add((ctx.Timexes[ti].Span, ctx.FirstToken(doc.Events[ev].Trigger)));
                    _longest = Math.Max(_longest, ctx.Timexes[ti].Span.Length);
                }
            }

            _dates = [.. list];
            Array.Sort(_dates, (x, y) => x.Date.Start.CompareTo(y.Date.Start));
        }

        /// <summary>
        /// True when the date is the value of a birth or death claim whose trigger stands nearer the date than the body's name
        /// does (the life's date, not the act's).
        /// </summary>
        public bool Near(CheckContext ctx, TextSpan dateSpan, int nameToken)
        {
            var dateToken = ctx.FirstToken(dateSpan);
            // Only a value starting after dateSpan.Start - longest and before dateSpan.End can overlap the date.
            int lo = 0, hi = _dates.Length;
            var from = dateSpan.Start - _longest;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_dates[mid].Date.Start <= from)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            for (var i = lo; i < _dates.Length && _dates[i].Date.Start < dateSpan.End; i++)
            {
                var (date, trigger) = _dates[i];
                if (date.Overlaps(dateSpan) && Math.Abs(trigger - dateToken) < Math.Abs(nameToken - dateToken))
                {
                    return true; // the birth or death trigger stands nearer the date than the body's name does
                }
            }

            return false;
        }
    }
}
