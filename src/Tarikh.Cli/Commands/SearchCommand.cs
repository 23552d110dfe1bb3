using System.CommandLine;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tarikh.Storage.Search;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>tarikh search "…" [--from 1860 --to 1870 | --from 1276h] [--person …] [--place …] [--type …] [--flag …] [--page N] [--format text|json]</c>:
/// searches the library's index. Exit codes: 0 (also with no hits), 1 bad parameters, 5 database unavailable.
/// </summary>
public static partial class SearchCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string?>("QUERY") { Description = "Words to find (all required) / الكلمات المطلوبة", Arity = ArgumentArity.ZeroOrOne };
        var from = new Option<string?>("--from") { Description = "Lower date bound: 1860, 1860-05-03, or Hijri 1276h / بداية المدة" };
        var to = new Option<string?>("--to") { Description = "Upper date bound: 1870, 1870-12-31, or Hijri 1287h / نهاية المدة" };
        var person = new Option<string?>("--person") { Description = "A person among the document's entities / شخص" };
        var place = new Option<string?>("--place") { Description = "A place among the document's entities / مكان" };
        var type = new Option<string?>("--type") { Description = "An event type (birth, death, exile…) / نوع الحدث" };
        var flag = new Option<string?>("--flag") { Description = "A flag rule / قاعدة تنبيه" };
        var page = new Option<int>("--page") { Description = "Page (1-based) / الصفحة", DefaultValueFactory = _ => 1 };
        var pageSize = new Option<int>("--page-size") { Description = "Hits per page (1..100) / عدد النتائج في الصفحة", DefaultValueFactory = _ => 10 };
        var format = new Option<string>("--format", "-f") { Description = "text or json / صيغة المخرجات", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var library = new LibraryOptionsBinding();
        var command = new Command("search", "Search the library: words, date range (Gregorian or Hijri), person, place, event type, flag / البحث في المكتبة")
        {
            query, from, to, person, place, type, flag, page, pageSize, format,
        };
        library.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var request = new SearchRequest(parse.GetValue(query), parse.GetValue(from), parse.GetValue(to), parse.GetValue(person), parse.GetValue(place), parse.GetValue(type), parse.GetValue(flag), parse.GetValue(page), parse.GetValue(pageSize));
            // Bad parameters are a usage error whatever the library: check them on an empty index before opening it.
            using (var probe = SearchIndex.InMemory())
            {
                if (probe.Search(request).Error is { } e)
                {
                    CliErrors.Usage(console, $"--{e.Parameter.Replace('_', '-')}: {e.MessageEn} [{e.Reason}]", $"--{e.Parameter.Replace('_', '-')}: {e.MessageAr} [{e.Reason}]");
                    return ExitCodes.Usage;
                }
            }

            await using var lib = await LibraryOptionsBinding.OpenAsync(library.Get(parse), console, ct, LibraryAccess.Existing).ConfigureAwait(false);
            if (lib is null)
            {
                return IngestCommand.DatabaseError;
            }

            var outcome = lib.Search(request);

            var results = outcome.Results!;
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(JsonSerializer.Serialize(results, CliJson.Search.SearchResults));
                return ExitCodes.Ok;
            }

            WriteText(console.Out, results);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes results as plain text: matches between « ».</summary>
    public static void WriteText(TextWriter w, SearchResults r)
    {
        var pages = Math.Max(1, (r.Total + r.PageSize - 1) / r.PageSize);
        w.WriteLine($"{r.Total} documents · page {r.Page}/{pages} — {r.Total} وثيقة · الصفحة {r.Page} من {pages}");
        foreach (var h in r.Hits)
        {
            w.WriteLine();
            w.WriteLine($"#{h.Id}  {h.Title}" + (h.SourcePath is null ? string.Empty : $"  ({h.SourcePath})"));
            foreach (var s in h.Snippets)
            {
                w.WriteLine("  … " + Plain(s) + " …");
            }

            if (h.EventTypes.Length + h.Flags.Length > 0)
            {
                w.WriteLine("  events: " + string.Join(", ", h.EventTypes) + (h.Flags.Length > 0 ? "  flags: " + string.Join(", ", h.Flags) : string.Empty));
            }
        }
    }

    private static string Plain(string snippet)
    {
        var s = snippet.Replace("<mark>", "«", StringComparison.Ordinal).Replace("</mark>", "»", StringComparison.Ordinal);
        return WhiteSpace().Replace(System.Net.WebUtility.HtmlDecode(s), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
