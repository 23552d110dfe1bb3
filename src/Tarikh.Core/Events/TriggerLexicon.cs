using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Events;

/// <summary>Part of speech of a trigger.</summary>
public enum TriggerPos
{
    /// <summary>A verb (perfect or imperfect).</summary>
    Verb,
    /// <summary>A noun (masdar) or participle.</summary>
    Noun,
}

/// <summary>One entry of the trigger lexicon (one line of <c>Events/Lexicon/triggers.tsv</c>).</summary>
/// <param name="Words">The normalized words of the trigger (one for a single word, more for a phrase).</param>
/// <param name="Type">Event type.</param>
/// <param name="Subtype">Finer type, or null.</param>
/// <param name="Pos">Verb or noun.</param>
/// <param name="MainRole">Role of the main participant: <c>agent</c> or <c>patient</c>.</param>
/// <param name="Confidence">Base confidence.</param>
/// <param name="Context">Normalized words one of which must follow within <paramref name="Window"/> tokens; empty when none.</param>
/// <param name="Window">Context window in tokens.</param>
/// <param name="ArticleOk">A noun that reports an event even with the article and no date.</param>
/// <param name="NoSubject">Never give the topic as participant.</param>
/// <param name="Blocker">A participle or relative trigger: timexes after it belong to it, not to earlier triggers.</param>
/// <param name="TaMarbuta">The written form ends with ة (so a token ending with the pronoun ه is not it: كتابه ≠ كتابة).</param>
public sealed record TriggerEntry(
    ImmutableArray<string> Words,
    string Type,
    string? Subtype,
    TriggerPos Pos,
    string MainRole,
    double Confidence,
    FrozenSet<string> Context,
    int Window,
    bool ArticleOk,
    bool NoSubject,
    bool Blocker,
    bool TaMarbuta = false)
{
    /// <summary>
    /// For a verb read both ways (قتل: "he killed" or "he was killed"), the confidence when the text writes the passive vowel
    /// (a damma on its first letter: قُتل), which settles the reading; 0 when none (option <c>passive=C</c>).
    /// </summary>
    public double PassiveConfidence { get; init; }

    /// <summary>
    /// The trigger counts only when the text writes a shadda on it (option <c>shadda</c>, round 13): "حدّث" (narrated, taught
    /// hadith) against "حدث" (happened), which the normalized form cannot tell apart.
    /// </summary>
    internal bool RequiresShadda { get; init; }

    /// <summary>
    /// The trigger counts only with an object pronoun on it (option <c>pronoun</c>, round 19): "ولّاه الخليفة القضاء" (he appointed
    /// him) against the bare "ولا" (and not), which the pronoun alone tells apart.
    /// </summary>
    internal bool RequiresPronoun { get; init; }
}

/// <summary>The label of an event type in Arabic and English.</summary>
/// <param name="Type">Type id.</param>
/// <param name="Arabic">Arabic label.</param>
/// <param name="English">English label.</param>
public sealed record EventTypeInfo(string Type, string Arabic, string English);

/// <summary>
/// The event trigger lexicon: entries keyed by their first normalized word, cancel words, type labels.
/// Loaded from the embedded data files under <c>Events/Lexicon/</c>; immutable and thread-safe.
/// </summary>
public sealed class TriggerLexicon
{
    // Declared first: the static Default below needs it.
    private static readonly ArabicNormalizer KinNormalizer = new(new NormalizerOptions(FoldTaMarbuta: false));

    private readonly FrozenDictionary<string, ImmutableArray<TriggerEntry>> _entries;
    private readonly FrozenDictionary<string, ImmutableArray<TriggerEntry>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenDictionary<string, string> _cancel;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _cancelLookup;

    private FrozenDictionary<string, string> _kin = FrozenDictionary<string, string>.Empty;
    private FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _kinLookup = FrozenDictionary<string, string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Creates a lexicon from parsed entries.</summary>
    public TriggerLexicon(IEnumerable<TriggerEntry> entries, IEnumerable<KeyValuePair<string, string>> cancelWords, IEnumerable<EventTypeInfo> types)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = entries
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _cancel = cancelWords.ToFrozenDictionary(StringComparer.Ordinal);
        _cancelLookup = _cancel.GetAlternateLookup<ReadOnlySpan<char>>();
        Types = types.ToFrozenDictionary(t => t.Type, StringComparer.Ordinal);
        Count = _entries.Sum(e => e.Value.Length);
    }

    /// <summary>The default lexicon, from the embedded data files.</summary>
    public static TriggerLexicon Default { get; } = LoadEmbedded(ArabicNormalizer.Default);

    /// <summary>Number of entries.</summary>
    public int Count { get; }

    /// <summary>Event types with their labels.</summary>
    public FrozenDictionary<string, EventTypeInfo> Types { get; }

    /// <summary>The entries whose first word is <paramref name="word"/> (normalized), in file order.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out ImmutableArray<TriggerEntry> entries) => _lookup.TryGetValue(word, out entries);

    /// <summary>True when <paramref name="word"/> (normalized) cancels a following trigger of <paramref name="pos"/>.</summary>
    public bool Cancels(ReadOnlySpan<char> word, TriggerPos pos)
        => _cancelLookup.TryGetValue(word, out var scope) && (scope == "all" || (scope == "verb") == (pos == TriggerPos.Verb));

    /// <summary>Kinship nouns (normalized singular → itself), e.g. والده، شقيقه.</summary>
    public IEnumerable<string> KinWords => _kin.Keys;

    /// <summary>A lexicon with these kinship nouns (written forms; normalized keeping ة, so that والدته "his mother" ≠ والده "his father").</summary>
    public TriggerLexicon WithKin(IEnumerable<string> words, ArabicNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(normalizer);
        var copy = (TriggerLexicon)MemberwiseClone();
        copy._kin = words.Select(w => KinNormalizer.NormalizeString(w)).Distinct().ToFrozenDictionary(w => w, w => w, StringComparer.Ordinal);
        copy._kinLookup = copy._kin.GetAlternateLookup<ReadOnlySpan<char>>();
        return copy;
    }

    /// <summary>The kinship noun a token of <paramref name="source"/> is (seeing through و ف ل ب, the article and a possessive suffix: والدته، أخيه، لوالده), or null.</summary>
    public string? KinOf(Segmentation.Token token, Text.SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (_kin.Count == 0 || token.Kind != Segmentation.TokenKind.Arabic)
        {
            return null;
        }

        var word = KinNormalizer.NormalizeString(source.Slice(token.Span));
        for (var p = 0; p <= 2 && p < word.Length - 1; p++)
        {
            if (p > 0 && word[p - 1] is not ('\u0648' or '\u0641' or '\u0644' or '\u0628'))
            {
                break;
            }

            var c = word.AsSpan(p);
            if (_kinLookup.TryGetValue(c, out var w))
            {
                return w;
            }

            foreach (var suffix in (ReadOnlySpan<string>)["\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0627", "\u0647"])
            {
                if (c.Length <= suffix.Length + 1 || !c.EndsWith(suffix, StringComparison.Ordinal))
                {
                    continue;
                }

                var stem = c[..^suffix.Length];
                if (_kinLookup.TryGetValue(stem, out w))
                {
                    return w;
                }

                // والدته → والدة (ta marbuta written ت before the suffix); أخيه، أبيه → أخ، أب
                if (stem[^1] == '\u062A' && _kinLookup.TryGetValue(string.Concat(stem[..^1], "\u0629"), out w))
                {
                    return w;
                }

                if (stem.Length > 2 && stem[^1] is '\u064A' or '\u0648' or '\u0627' && _kinLookup.TryGetValue(stem[..^1], out w))
                {
                    return w;
                }
            }
        }

        return null;
    }

    /// <summary>Arabic label of a type (the id when unknown).</summary>
    public string ArabicLabel(string type) => Types.TryGetValue(type, out var t) ? t.Arabic : type;

    /// <summary>English label of a type (the id when unknown).</summary>
    public string EnglishLabel(string type) => Types.TryGetValue(type, out var t) ? t.English : type;

    /// <summary>Loads the embedded data files.</summary>
    public static TriggerLexicon LoadEmbedded(ArabicNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        var kin = ReadResource("kin.tsv").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#');
        return Parse(ReadResource("triggers.tsv") + "\n" + ReadResource("dialect-life.tsv"), ReadResource("cancel.tsv"), ReadResource("types.tsv"), normalizer).WithKin(kin, normalizer);
    }

    /// <summary>Parses the three data files (triggers, cancel words, types). Malformed lines throw: the data ships with the code.</summary>
    public static TriggerLexicon Parse(string triggers, string cancel, string types, ArabicNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        var entries = new List<TriggerEntry>();
        var lineNo = 0;
        foreach (var raw in triggers.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 6)
            {
                throw new FormatException($"triggers.tsv line {lineNo}: expected at least 6 tab-separated fields.");
            }

            var words = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => normalizer.NormalizeString(w)).ToImmutableArray();
            var pos = f[3] switch
            {
                "verb" => TriggerPos.Verb,
                "noun" => TriggerPos.Noun,
                _ => throw new FormatException($"triggers.tsv line {lineNo}: pos must be verb or noun."),
            };
            var options = f.Length > 6 ? f[6] : string.Empty;
            var context = FrozenSet<string>.Empty;
            var window = 4;
            bool artOk = false, noSubject = false, blocker = false;
            var passive = 0.0;
            var shadda = false;
            var pronoun = false;
            foreach (var opt in options.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (opt.StartsWith("ctx=", StringComparison.Ordinal))
                {
                    context = opt[4..].Split('|').Select(w => normalizer.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);
                }
                else if (opt.StartsWith("window=", StringComparison.Ordinal))
                {
                    window = int.Parse(opt[7..], CultureInfo.InvariantCulture);
                }
                else if (opt == "artok")
                {
                    artOk = true;
                }
                else if (opt == "nosubject")
                {
                    noSubject = true;
                }
                else if (opt == "blocker")
                {
                    blocker = true;
                }
                else if (opt.StartsWith("passive=", StringComparison.Ordinal))
                {
                    passive = double.Parse(opt[8..], CultureInfo.InvariantCulture);
                }
                else if (opt == "shadda")
                {
                    shadda = true;
                }
                else if (opt == "pronoun")
                {
                    pronoun = true;
                }
                else if (opt != "person")
                {
                    throw new FormatException($"triggers.tsv line {lineNo}: unknown option '{opt}'.");
                }
            }

            entries.Add(new TriggerEntry(
                words,
                f[1],
                f[2] == "-" ? null : f[2],
                pos,
                f[4],
                double.Parse(f[5], CultureInfo.InvariantCulture),
                context,
                window,
                artOk,
                noSubject,
                blocker,
                f[0].TrimEnd().EndsWith('\u0629'))
            {
                PassiveConfidence = passive,
                RequiresShadda = shadda,
                RequiresPronoun = pronoun,
            });
        }

        var cancelWords = new List<KeyValuePair<string, string>>();
        foreach (var raw in cancel.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            cancelWords.Add(new(normalizer.NormalizeString(f[0]), f.Length > 1 ? f[1] : "all"));
        }

        var typeList = new List<EventTypeInfo>();
        foreach (var raw in types.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            typeList.Add(new EventTypeInfo(f[0], f[1], f[2]));
        }

        return new TriggerLexicon(entries, cancelWords.DistinctBy(c => c.Key), typeList);
    }

    private static string ReadResource(string name)
    {
        var asm = typeof(TriggerLexicon).Assembly;
        var full = "Tarikh.Core.Events.Lexicon." + name;
        using var stream = asm.GetManifestResourceStream(full) ?? throw new InvalidOperationException($"Embedded resource {full} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
