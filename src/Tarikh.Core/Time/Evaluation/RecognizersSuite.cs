using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Core.Time.Evaluation;

/// <summary>One expected result of a Recognizers-Text test case.</summary>
/// <param name="Span">Its span in the input.</param>
/// <param name="Type">Recognizers' type name (date, daterange, duration, set, datetimeV2.date…).</param>
/// <param name="Timex">Expected TIMEX value, or null (extractor files have none).</param>
public sealed record RecognizersExpected(TextSpan Span, string Type, string? Timex);

/// <summary>One Recognizers-Text test case.</summary>
/// <param name="Index">Position in its file.</param>
/// <param name="Input">The input sentence.</param>
/// <param name="ReferenceDate">The reference date of the case.</param>
/// <param name="Expected">The expected results.</param>
public sealed record RecognizersCase(int Index, string Input, LocalDate ReferenceDate, IReadOnlyList<RecognizersExpected> Expected);

/// <summary>Per-file result of the Recognizers conformance run.</summary>
/// <param name="File">File name.</param>
/// <param name="Split">all, dev or heldout.</param>
/// <param name="Cases">Cases scored.</param>
/// <param name="Scores">Span scores (values scored when the file has them).</param>
public sealed record RecognizersFileResult(string File, string Split, int Cases, TimexScores Scores);

/// <summary>
/// Runs Microsoft Recognizers-Text's Arabic date-time specifications as a conformance suite. Ranges are
/// scored merged into one span (Recognizers returns "من 4 إلى 22 يناير" as one result). Every case counts,
/// including those Recognizers marks as not supported. Cases whose index is 3 mod 4 form the held-out split.
/// </summary>
public static class RecognizersSuite
{
    /// <summary>The default reference date when a case has none (the suite's usual one).</summary>
    public static LocalDate DefaultReference { get; } = new(2016, 11, 7);

    /// <summary>True when the case belongs to the held-out split.</summary>
    public static bool IsHeldOut(int index) => index % 4 == 3;

    /// <summary>Parses a Recognizers specification file (a JSON array).</summary>
    public static List<RecognizersCase> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var list = new List<RecognizersCase>();
        var index = 0;
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var input = c.GetProperty("Input").GetString() ?? "";
            var reference = DefaultReference;
            if (c.TryGetProperty("Context", out var ctx) && ctx.TryGetProperty("ReferenceDateTime", out var rd) && rd.GetString() is { Length: >= 10 } s)
            {
                var r = LocalDatePattern.Iso.Parse(s[..10]);
                if (r.Success)
                {
                    reference = r.Value;
                }
            }

            var expected = new List<RecognizersExpected>();
            if (c.TryGetProperty("Results", out var results) && results.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in results.EnumerateArray())
                {
                    var text = e.TryGetProperty("Text", out var tp) ? tp.GetString() ?? "" : "";
                    var start = e.TryGetProperty("Start", out var sp) ? sp.GetInt32() : input.IndexOf(text, StringComparison.Ordinal);
                    var length = e.TryGetProperty("Length", out var lp) ? lp.GetInt32() : e.TryGetProperty("End", out var ep) ? ep.GetInt32() - start + 1 : text.Length;
                    start = Math.Clamp(start, 0, input.Length);
                    length = Math.Clamp(length, 0, input.Length - start);

                    // Trim spaces Recognizers sometimes includes (" أكتوبر/ 2").
                    while (length > 0 && char.IsWhiteSpace(input[start]))
                    {
                        start++;
                        length--;
                    }

                    while (length > 0 && char.IsWhiteSpace(input[start + length - 1]))
                    {
                        length--;
                    }

                    var type = e.TryGetProperty("Type", out var ty) ? ty.GetString() ?? "" : e.TryGetProperty("TypeName", out var tn) ? tn.GetString() ?? "" : "";
                    expected.Add(new RecognizersExpected(new TextSpan(start, start + length), type, TimexOf(e)));
                }
            }

            list.Add(new RecognizersCase(index++, input, reference, expected));
        }

        return list;
    }

    // An empty expected TIMEX ("عيد الفصح": "") states no value: the result is scored for its span only.
    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string? TimexOf(JsonElement e)
    {
        if (e.TryGetProperty("Value", out var v) && v.ValueKind == JsonValueKind.Object && v.TryGetProperty("Timex", out var t))
        {
            return NullIfEmpty(t.GetString());
        }

        if (e.TryGetProperty("Resolution", out var r) && r.ValueKind == JsonValueKind.Object && r.TryGetProperty("values", out var vals) && vals.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in vals.EnumerateArray())
            {
                if (x.TryGetProperty("timex", out var tx))
                {
                    return NullIfEmpty(tx.GetString());
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Reads an errata list: tab-separated <c>file</c> (without .json), <c>case index</c> and the reason, one
    /// expected value per line that contradicts its own input (# starts a comment). Those values are not
    /// scored; their spans still are.
    /// </summary>
    public static IReadOnlyDictionary<(string File, int Index), string> ParseErrata(string tsv)
    {
        var errata = new Dictionary<(string, int), string>();
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 3 || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                throw new FormatException($"errata line is not 'file<TAB>index<TAB>reason': {line}");
            }

            errata[(parts[0], index)] = parts[2];
        }

        return errata;
    }

    /// <summary>Runs the cases of one file and scores them (split: all, dev or heldout), leaving the values listed in <paramref name="errata"/> unscored.</summary>
    public static RecognizersFileResult Run(string file, IReadOnlyList<RecognizersCase> cases, AnalysisPipeline pipeline, string split = "all", List<TimexError>? errors = null,
        IReadOnlyDictionary<(string File, int Index), string>? errata = null)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var total = TimexScores.Empty;
        var n = 0;
        foreach (var c in cases)
        {
            if ((split == "dev" && IsHeldOut(c.Index)) || (split == "heldout" && !IsHeldOut(c.Index)))
            {
                continue;
            }

            n++;
            var doc = pipeline.Run(new SourceText(c.Input), null, c.ReferenceDate);
            var system = TimexScorer.FromDocument(doc, mergeRanges: true);
            var wrong = errata is not null && errata.ContainsKey((name, c.Index));
            var gold = c.Expected.Select(e => new GoldTimex(e.Span, MapType(e.Type), wrong ? null : e.Timex)).ToList();
            total += TimexScorer.Score(gold, system, errors, c.Input);
        }

        return new RecognizersFileResult(file, split, n, total);
    }

    private static string MapType(string type)
    {
        var t = type.Replace("datetimeV2.", "", StringComparison.Ordinal).ToLowerInvariant();
        return t switch
        {
            "duration" => "DURATION",
            "set" => "SET",
            "time" or "timerange" => "TIME",
            _ => "DATE",
        };
    }
}
