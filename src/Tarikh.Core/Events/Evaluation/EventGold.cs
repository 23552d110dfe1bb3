using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Tarikh.Core.Text;

namespace Tarikh.Core.Events.Evaluation;

/// <summary>One hand-annotated event (a line of a gold file, see data/gold/events/README.md).</summary>
/// <param name="Type">Event type.</param>
/// <param name="Date">Gregorian interval, or null when the text gives no date.</param>
/// <param name="DateText">The date as written in the gold file.</param>
/// <param name="Participant">Main participant's name; <c>-</c> for none, <c>*</c> for any.</param>
/// <param name="Biographical">True for events of the subject or family.</param>
/// <param name="Evidence">Words of the text, for readers.</param>
/// <param name="Line">Line number in the file.</param>
public sealed record GoldEvent(string Type, GregorianInterval? Date, string DateText, string Participant, bool Biographical, string Evidence, int Line);

/// <summary>A gold file: the text it annotates and its events.</summary>
/// <param name="TextPath">The text's path as written (<c>data/texts/…</c>, or <c>shared:corpus/…</c>).</param>
/// <param name="Events">The events.</param>
public sealed record EventGoldFile(string TextPath, ImmutableArray<GoldEvent> Events)
{
    /// <summary>Parses a gold file. Malformed lines come back in <paramref name="errors"/> with their line numbers.</summary>
    public static EventGoldFile Parse(string content, out ImmutableArray<string> errors)
    {
        ArgumentNullException.ThrowIfNull(content);
        var list = ImmutableArray.CreateBuilder<GoldEvent>();
        var errs = ImmutableArray.CreateBuilder<string>();
        string? text = null;
        var lineNo = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("# text:", StringComparison.Ordinal))
            {
                text = line[7..].Trim();
                continue;
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 4)
            {
                errs.Add($"line {lineNo}: expected type, date, participant, bio (tab-separated)");
                continue;
            }

            GregorianInterval? date = null;
            if (f[1] != "-")
            {
                if (!TryParseDate(f[1], out var d))
                {
                    errs.Add($"line {lineNo}: bad date '{f[1]}'");
                    continue;
                }

                date = d;
            }

            list.Add(new GoldEvent(f[0].Trim(), date, f[1], f[2].Trim(), f[3].Trim() == "y", f.Length > 4 ? f[4] : string.Empty, lineNo));
        }

        if (text is null)
        {
            errs.Add("missing '# text: PATH' line");
        }

        errors = errs.ToImmutable();
        return new EventGoldFile(text ?? string.Empty, list.ToImmutable());
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or a range <c>A/B</c> of those.</summary>
    public static bool TryParseDate(string text, out GregorianInterval interval)
    {
        interval = default;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            if (!TryParseDate(text[..slash], out var a) || !TryParseDate(text[(slash + 1)..], out var b) || b.End < a.Start)
            {
                return false;
            }

            interval = new GregorianInterval(a.Start, b.End);
            return true;
        }

        var p = text.Trim().Split('-');
        if (p.Length is < 1 or > 3 || !int.TryParse(p[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return false;
        }

        try
        {
            if (p.Length == 1)
            {
                interval = new GregorianInterval(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31));
                return true;
            }

            var m = int.Parse(p[1], CultureInfo.InvariantCulture);
            if (p.Length == 2)
            {
                var first = new LocalDate(y, m, 1);
                interval = new GregorianInterval(first, first.PlusMonths(1).PlusDays(-1));
                return true;
            }

            interval = GregorianInterval.Day(new LocalDate(y, m, int.Parse(p[2], CultureInfo.InvariantCulture)));
            return true;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or FormatException)
        {
            return false;
        }
    }
}
