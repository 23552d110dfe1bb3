using Tarikh.Storage.Knowledge;
using Tarikh.Testing;

namespace Tarikh.Web.Tests.Knowledge;

/// <summary>
/// The server of <see cref="ServerFixture"/> started with a knowledge base (<c>serve --kb</c>): the shared article's
/// KB (data/kb/lenin.json) imported into a fresh SQLite file, with Lenin's English label carrying markup, so the
/// page is seen to show every KB text as text.
/// </summary>
public sealed class KbServerFixture : ServerFixture
{
    /// <summary>Lenin's English label in this KB: markup that would run if the page inserted it as HTML.</summary>
    public const string HostileLabel = "Vladimir Lenin <img src=x onerror=window.__xss=1>";

    private readonly string _kbDir = Directory.CreateTempSubdirectory("tarikh-web-kb-").FullName;

    protected override TarikhWebOptions Configure(TarikhWebOptions options)
    {
        var dump = File.ReadAllText(SharedData.Repo("data", "kb", "lenin.json"))
            .Replace("\"en\":{\"language\":\"en\",\"value\":\"Vladimir Lenin\"}", "\"en\":{\"language\":\"en\",\"value\":\"" + HostileLabel + "\"}", StringComparison.Ordinal);
        var dumpPath = Path.Combine(_kbDir, "kb.json");
        File.WriteAllText(dumpPath, dump);
        var kbPath = Path.Combine(_kbDir, "kb.db");
        using (var store = KnowledgeStore.Open(kbPath))
        {
            new KbImporter(store).ImportFile(dumpPath);
        }

        return options with { KnowledgeBase = kbPath };
    }
}
