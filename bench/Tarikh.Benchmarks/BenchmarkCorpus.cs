using System.Text;

namespace Tarikh.Benchmarks;

/// <summary>
/// Builds an Arabic benchmark corpus of at least <c>minBytes</c> UTF-8 bytes from the texts available:
/// the shared web article, the sample biography, and the NER token files (ANERcorp train, AQMAR,
/// WikiFANE) joined back into sentences. Read once at benchmark setup.
/// </summary>
public static class BenchmarkCorpus
{
    /// <summary>The repository root (holding Tarikh.slnx).</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tarikh.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    /// <summary>The shared data folder: $TARIKH_SHARED or ../shared beside the repository.</summary>
    public static string SharedRoot() => Environment.GetEnvironmentVariable("TARIKH_SHARED") is { Length: > 0 } env ? env : Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared"));

    /// <summary>The corpus as UTF-8 bytes (no BOM), at least <paramref name="minBytes"/> long.</summary>
    public static byte[] Build(int minBytes = 5 << 20)
    {
        var pieces = new List<string>();
        var shared = SharedRoot();
        AddFile(pieces, Path.Combine(shared, "corpus", "lenin-web-article.ar.txt"));
        AddFile(pieces, Path.Combine(RepoRoot(), "samples", "biography.ar.txt"));
        AddTokenFile(pieces, Path.Combine(shared, "data", "ner", "anercorp-camel", "train.txt"));
        foreach (var f in Directory.Exists(Path.Combine(shared, "data", "ner", "aqmar")) ? Directory.GetFiles(Path.Combine(shared, "data", "ner", "aqmar"), "*.txt").Order().ToArray() : [])
        {
            AddTokenFile(pieces, f);
        }

        AddTokenFile(pieces, Path.Combine(shared, "data", "ner", "wikifane", "WikiFANE_Gold_2014_500K.txt"));
        if (pieces.Count == 0)
        {
            throw new InvalidOperationException($"No Arabic text found under {shared}.");
        }

        var sb = new StringBuilder(minBytes);
        var bytes = 0;
        var round = 0;
        while (bytes < minBytes)
        {
            foreach (var p in pieces)
            {
                sb.Append(p).Append('\n');
                bytes += Encoding.UTF8.GetByteCount(p) + 1;
                if (bytes >= minBytes && round > 0)
                {
                    break;
                }
            }

            round++;
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>
    /// The corpus cut into article-sized documents of about <paramref name="targetBytes"/> each, at line
    /// breaks (a '\n' byte never occurs inside a UTF-8 sequence, so every piece is valid UTF-8).
    /// </summary>
    public static byte[][] SplitDocuments(byte[] corpus, int targetBytes = 64 << 10)
    {
        var documents = new List<byte[]>();
        var start = 0;
        while (start < corpus.Length)
        {
            var end = Math.Min(corpus.Length, start + targetBytes);
            if (end < corpus.Length)
            {
                var newline = Array.IndexOf(corpus, (byte)'\n', end);
                end = newline < 0 ? corpus.Length : newline + 1;
            }

            documents.Add(corpus[start..end]);
            start = end;
        }

        return [.. documents];
    }

    private static void AddFile(List<string> pieces, string path)
    {
        if (File.Exists(path))
        {
            pieces.Add(File.ReadAllText(path));
        }
    }

    /// <summary>CoNLL-style "token TAG" lines joined back into running text, a line per sentence, paragraphs of ~8 sentences.</summary>
    private static void AddTokenFile(List<string> pieces, string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var text = new StringBuilder();
        var sentence = new StringBuilder();
        var sentences = 0;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Replace("\u200E", string.Empty).Trim();
            var space = line.IndexOfAny([' ', '\t']);
            var token = space < 0 ? line : line[..space];
            if (token.Length == 0)
            {
                continue;
            }

            var attach = token is "." or "،" or "," or ":" or "؟" or "!" or ")" or ";" or "؛";
            if (sentence.Length > 0 && !attach)
            {
                sentence.Append(' ');
            }

            sentence.Append(token);
            if (token is "." or "؟" or "!")
            {
                text.Append(sentence).Append(++sentences % 8 == 0 ? "\n" : " ");
                sentence.Clear();
            }
        }

        text.Append(sentence);
        pieces.Add(text.ToString());
    }
}
