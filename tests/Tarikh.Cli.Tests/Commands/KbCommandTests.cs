using System.Text.Json;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Cli.Tests.Commands;

public sealed class KbCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tarikh-kbcli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Kb => Path.Combine(_dir, "kb.db");

    private string ImportLenin()
    {
        var r = CliRunner.InProcess(null, "kb", "import", SharedData.Repo("data", "kb", "lenin.json"), "--kb", Kb);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return r.Stdout;
    }

    [Fact]
    public void Import_then_show_gives_the_entity_in_wikidatas_shape()
    {
        Assert.Contains("0 bad lines", ImportLenin(), StringComparison.Ordinal);
        var show = CliRunner.InProcess(null, "kb", "show", "Q1394", "--kb", Kb);
        Assert.Equal(0, show.ExitCode);
        using var json = JsonDocument.Parse(show.Stdout);
        Assert.Equal("فلاديمير لينين", json.RootElement.GetProperty("labels").GetProperty("ar").GetProperty("value").GetString());
        Assert.Equal("http://www.wikidata.org/entity/Q1985727",
            json.RootElement.GetProperty("claims").GetProperty("P569")[0].GetProperty("mainsnak").GetProperty("datavalue").GetProperty("value").GetProperty("calendarmodel").GetString());
    }

    [Fact]
    public void A_second_import_of_the_same_file_says_it_was_done()
    {
        ImportLenin();
        Assert.Contains("already imported", ImportLenin(), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_finds_a_transliteration_variant()
    {
        ImportLenin();
        var r = CliRunner.InProcess(null, "kb", "search", "سيمبرسك", "--kb", Kb);
        Assert.StartsWith("Q90000102\t", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_with_json_prints_one_object_per_hit_with_arabic_unescaped()
    {
        ImportLenin();
        var r = CliRunner.InProcess(null, "kb", "search", "سيمبرسك", "--kb", Kb, "--json");
        Assert.Equal(0, r.ExitCode);
        var first = r.Stdout.Split('\n')[0];
        Assert.Matches("^\\{\"id\":\"Q90000102\",\"label_ar\":\"[\u0600-\u06FF ]+\",\"label_en\":\"[^\"]+\",\"score\":[0-9.]+,\"match\":\"[a-z]+\",\"type\":\"[a-z]+\"\\}$", first);
    }

    [Fact]
    public void A_broken_line_is_a_warning_with_its_line_number_and_a_partial_exit_code()
    {
        var path = Path.Combine(_dir, "bad.json");
        File.WriteAllLines(path, ["[", "{\"type\":\"item\",\"id\":\"Q90000001\",\"labels\":{}},", "{\"type\":\"item\",\"id\":", "]"]);
        var r = CliRunner.InProcess(null, "kb", "import", path, "--kb", Kb);
        Assert.Equal(ExitCodes.PartialFailure, r.ExitCode);
        Assert.Contains("bad.json:3:", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("تعذّرت قراءة السطر", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_a_missing_kb_is_a_clear_error_in_both_languages()
    {
        var r = CliRunner.InProcess(null, "kb", "show", "Q1", "--kb", Path.Combine(_dir, "none.db"));
        Assert.Equal(ExitCodes.InputError, r.ExitCode);
        Assert.Contains("no knowledge base", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("لا توجد قاعدة معرفة", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Synth_writes_a_dump_that_imports_whole()
    {
        var dump = Path.Combine(_dir, "synth.json.gz");
        Assert.Equal(0, CliRunner.InProcess(null, "kb", "synth", "--entities", "120", "--output", dump).ExitCode);
        var r = CliRunner.InProcess(null, "kb", "import", dump, "--kb", Kb);
        Assert.Contains("120 stored", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_with_a_kb_links_clusters_in_the_json()
    {
        ImportLenin();
        var r = CliRunner.InProcess(null, "analyze", SharedData.LeninArticlePath, "--kb", Kb);
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var json = JsonDocument.Parse(r.Stdout);
        var root = json.RootElement;
        var subject = root.GetProperty("subject").GetInt32();
        Assert.Equal("Q1394", root.GetProperty("clusters")[subject].GetProperty("kb").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("verifications").ValueKind);
        SpanAssert.Json(File.ReadAllText(SharedData.LeninArticlePath), root);
        using var schema = JsonDocument.Parse(File.ReadAllText(SharedData.Repo("docs", "tarikh-1.schema.json")));
        var errors = new Tarikh.Cli.Tests.Schema.MiniSchemaValidator(schema.RootElement).Validate(root);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void The_text_report_lists_contradicted_and_supported_claims_with_the_kb_value_and_link()
    {
        ImportLenin();
        var r = CliRunner.InProcess(null, "analyze", SharedData.LeninArticlePath, "--kb", Kb, "--format", "text", "--bidi", "logical");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var section = r.Stdout[r.Stdout.IndexOf("Knowledge base / قاعدة المعرفة", StringComparison.Ordinal)..];
        Assert.Contains("CONTRADICTED", section, StringComparison.Ordinal);
        Assert.Contains("SUPPORTED", section, StringComparison.Ordinal);
        Assert.Contains("أوليانوفسك (Q90000102)", section, StringComparison.Ordinal);
        Assert.Contains("https://www.wikidata.org/wiki/Q1394", section, StringComparison.Ordinal);
        Assert.True(section.IndexOf("CONTRADICTED", StringComparison.Ordinal) < section.IndexOf("SUPPORTED", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_kb_the_text_report_has_no_knowledge_section()
    {
        var r = CliRunner.InProcess(null, "analyze", SharedData.LeninArticlePath, "--format", "text", "--bidi", "logical");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.DoesNotContain("Knowledge base / قاعدة المعرفة", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_page_shows_the_verified_claims_with_escaped_text_and_wikidata_links()
    {
        ImportLenin();
        var r = CliRunner.InProcess(null, "analyze", SharedData.LeninArticlePath, "--kb", Kb, "--format", "html");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var kb = r.Stdout[r.Stdout.IndexOf("Knowledge base (", StringComparison.Ordinal)..];
        Assert.Contains("<a href=\"https://www.wikidata.org/wiki/Q1394\" rel=\"noopener noreferrer\"", kb, StringComparison.Ordinal);
        Assert.Contains("يخالفه المرجع", kb, StringComparison.Ordinal);
        Assert.Contains("يؤيده المرجع", kb, StringComparison.Ordinal);
        Assert.Contains("«موسكو»", kb, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("kb-show")]
    [InlineData("serve")]
    public void A_wikidata_json_given_as_the_kb_is_a_clear_error_not_a_crash(string command)
    {
        // The dump itself, before `tarikh kb import`: a user's likeliest slip. It must be refused as input, never reach SQLite.
        var dump = SharedData.Repo("data", "kb", "lenin.json");
        var r = command switch
        {
            "analyze" => CliRunner.InProcess(null, "analyze", SharedData.LeninArticlePath, "--kb", dump),
            "kb-show" => CliRunner.InProcess(null, "kb", "show", "Q1394", "--kb", dump),
            _ => CliRunner.InProcess(null, "serve", "--kb", dump, "--db", Path.Combine(_dir, "web.db")),
        };
        Assert.Equal(ExitCodes.InputError, r.ExitCode);
        Assert.Contains("[kb-not-a-database]", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("ليس قاعدة معرفة", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_imported_kb_is_accepted_by_the_same_check()
    {
        ImportLenin();
        Assert.Null(Tarikh.Storage.Knowledge.KnowledgeStore.Problem(Kb));
        Assert.Equal("kb-not-found", Tarikh.Storage.Knowledge.KnowledgeStore.Problem(Path.Combine(_dir, "none.db"))?.Code);
    }

    [Fact]
    public void Serve_with_a_missing_kb_is_refused_in_both_languages()
    {
        var r = CliRunner.InProcess(null, "serve", "--kb", Path.Combine(_dir, "none.db"), "--db", Path.Combine(_dir, "web.db"));
        Assert.Equal(ExitCodes.InputError, r.ExitCode);
        Assert.Contains("no knowledge base there", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("لا توجد قاعدة معرفة", r.Stderr, StringComparison.Ordinal);
    }
}
