using System.Collections.Frozen;
using System.Reflection;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Entities.Gazetteers;

/// <summary>Cue-word classes (see <c>Entities/Data/cues.tsv</c>).</summary>
public enum CueClass : byte
{
    /// <summary>Not a cue.</summary>
    None,
    /// <summary>A title before a person's name (الملك، الرئيس).</summary>
    Title,
    /// <summary>A link in an Arabic name chain (بن، أبو، عبد).</summary>
    Chain,
    /// <summary>A kinship noun with a pronoun (والدته، شقيقه).</summary>
    Kin,
    /// <summary>An adjective after a kinship noun (الأكبر).</summary>
    Modifier,
    /// <summary>A head noun of an organization name (حزب، جامعة).</summary>
    OrgHead,
    /// <summary>A head noun of a place name (نهر، مدينة).</summary>
    LocHead,
    /// <summary>A word that often precedes a person (قال، ولد).</summary>
    PersonCue,
    /// <summary>The start of an alias declaration (المعروف، الملقب، اسمه).</summary>
    Alias,
    /// <summary>A word between an alias cue and the alias (باسم، الحقيقي، المستعار).</summary>
    AliasLink,
    /// <summary>An ordinal adjective (الثاني، الثالثة) that can complete an organization name (المؤتمر الثاني).</summary>
    Ordinal,
    /// <summary>A function word never part of a name (الذي، التي).</summary>
    Stop,
}

/// <summary>A cue word's class and the finer kind it implies (party, river…), if any.</summary>
/// <param name="Class">The class.</param>
/// <param name="Kind">The finer kind, or null.</param>
public readonly record struct Cue(CueClass Class, string? Kind);

/// <summary>
/// The entity stage's lexicons: cue words and the place gazetteer. Loaded from embedded data files;
/// immutable and thread-safe.
/// </summary>
public sealed class NerLexicon
{
    private readonly FrozenDictionary<string, Cue> _cues;
    private readonly FrozenDictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> _cueLookup;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _notNames;

    /// <summary>Creates a lexicon from cue entries, a place gazetteer, words that are never a name alone, and a gazetteer of other names.</summary>
    public NerLexicon(IEnumerable<(string Word, Cue Cue)> cues, Gazetteer places, ArabicNormalizer? normalizer = null, IEnumerable<string>? notNames = null, Gazetteer? names = null, global::Tarikh.Core.Entities.Names.GroupNames? groups = null)
    {
        Names = names ?? Gazetteer.Empty;
        Groups = groups ?? global::Tarikh.Core.Entities.Names.GroupNames.Empty;
        normalizer ??= ArabicNormalizer.Default;
        _notNames = (notNames ?? []).Select(w => normalizer.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var dict = new Dictionary<string, Cue>(StringComparer.Ordinal);
        foreach (var (word, cue) in cues)
        {
            dict.TryAdd(normalizer.NormalizeString(word), cue);
        }

        _cues = dict.ToFrozenDictionary(StringComparer.Ordinal);
        _cueLookup = _cues.GetAlternateLookup<ReadOnlySpan<char>>();
        Places = places;
    }

    /// <summary>The place gazetteer.</summary>
    public Gazetteer Places { get; }

    /// <summary>
    /// Organizations, persons and other names (currencies, prizes, wars, landmarks…), kinds prefixed
    /// <c>org:</c>, <c>per:</c>, <c>misc:</c>. Used as tagger features only: a hit is evidence the model
    /// weighs against the context, never a mention by itself.
    /// </summary>
    public Gazetteer Names { get; }

    /// <summary>Groups that act in history (peoples, dynasties, religious communities, tribes): the GRP label.</summary>
    public global::Tarikh.Core.Entities.Names.GroupNames Groups { get; }

    /// <summary>Number of cue words.</summary>
    public int CueCount => _cues.Count;

    /// <summary>True for a normalized word that is never a name on its own (a calendar adjective: الغريغوري).</summary>
    public bool IsNeverAName(ReadOnlySpan<char> normalizedWord) => _notNames.Contains(normalizedWord);

    /// <summary>The cue of a normalized word, or <see cref="CueClass.None"/>.</summary>
    public Cue CueOf(ReadOnlySpan<char> normalizedWord) => _cueLookup.TryGetValue(normalizedWord, out var c) ? c : default;

    /// <summary>
    /// Loads the embedded cue list, the place gazetteers (CLDR countries, then the hand-written places),
    /// the hand-written name gazetteers (organizations, persons, other names) and the group names
    /// (hand-written dynasties, communities and tribes; nationalities from ArWikiCats).
    /// </summary>
    public static NerLexicon LoadDefault() => LoadDefault(null);

    /// <summary>
    /// As <see cref="LoadDefault()"/>; the three gazetteers (places, names, groups: most of the loading time, spent
    /// parsing and normalizing their text) come from images in <paramref name="images"/> when it holds valid ones
    /// of this build, and are built from the text and stored there otherwise. The lexicon is the same either way.
    /// </summary>
    public static NerLexicon LoadDefault(Pipeline.IResourceImageStore? images)
    {
        var cues = ParseCues(ReadResource("cues.tsv"));
        var places = Pipeline.ResourceImage.LoadOrBuild(images, "ner-places", () => new Gazetteer(
            Gazetteer.ParseTsv(ReadResource("places-cldr.tsv"))
                .Concat(Gazetteer.ParseTsv(ReadResource("places-extra.tsv")))
                .Concat(Gazetteer.ParseTsv(ReadResource("places-world.tsv")))), WriteGazetteer, Gazetteer.ReadImage);
        var names = Pipeline.ResourceImage.LoadOrBuild(images, "ner-names", () => new Gazetteer(
            Prefixed("org:", ReadResource("organizations.tsv"))
                .Concat(Prefixed("per:", ReadResource("persons.tsv")))
                .Concat(Prefixed("misc:", ReadResource("misc.tsv")))
                .Concat(SourcedNames())), WriteGazetteer, Gazetteer.ReadImage);
        var notNames = ReadResource("not-names.txt").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#');
        var groups = Pipeline.ResourceImage.LoadOrBuild(
            images,
            "ner-groups",
            () => new global::Tarikh.Core.Entities.Names.GroupNames(Gazetteer.ParseTsv(ReadResource("groups.tsv")).Concat(Gazetteer.ParseTsv(ReadResource("groups-nationalities.tsv")))),
            (g, w) => g.Gazetteer.WriteImage(w),
            r => new global::Tarikh.Core.Entities.Names.GroupNames(Gazetteer.ReadImage(r)));
        return new NerLexicon(cues, places, notNames: notNames, names: names, groups: groups);
    }

    private static void WriteGazetteer(Gazetteer gazetteer, Pipeline.ImageWriter writer) => gazetteer.WriteImage(writer);

    /// <summary>The embedded data files <see cref="LoadDefault()"/> reads, in that order.</summary>
    public static IReadOnlyList<string> DefaultFiles { get; } =
        ["cues.tsv", "places-cldr.tsv", "places-extra.tsv", "places-world.tsv", "organizations.tsv", "persons.tsv", "misc.tsv", "not-names.txt", "groups.tsv", "groups-nationalities.tsv",
         .. SourcedNameFiles];

    /// <summary>
    /// The sourced name lists (generated by <c>tools/build-wiki-names.py</c> from ArWikiCats, MIT, and
    /// world-cities-translations, CC BY 4.0; see <c>Entities/Data/README.md</c>) with the coarse type each
    /// feeds. They come after the hand-written lists, so a name both list keeps its hand-written kind.
    /// </summary>
    private static (string File, string Prefix)[] SourcedNameLists =>
        [("wiki-persons.tsv", "per:"), ("wiki-places.tsv", "loc:"), ("wiki-clubs.tsv", "org:")];

    /// <summary>The embedded files of <see cref="SourcedNameLists"/> that this build carries.</summary>
    private static string[] SourcedNameFiles => SourcedNameLists.Select(l => l.File).Where(HasResource).ToArray();

    /// <summary>
    /// Entries of the sourced lists, kinds prefixed by their coarse type and marked by their source
    /// (<c>per:wiki-person</c>, <c>loc:wiki-city</c>, <c>loc:world-city</c>, <c>org:wiki-club</c>) so that the
    /// tagger learns a weight for each source apart from the hand-written lists. A list absent from
    /// the build (a cross-validation run without it) is skipped.
    /// </summary>
    private static IEnumerable<(string Name, string Kind)> SourcedNames()
        => SourcedNameLists.Where(l => HasResource(l.File))
            .SelectMany(l => Gazetteer.ParseTsv(ReadResource(l.File)).Select(e => (e.Name, l.Prefix + (e.Kind.StartsWith("world", StringComparison.Ordinal) ? e.Kind : "wiki-" + e.Kind))));

    private static bool HasResource(string name)
        => typeof(NerLexicon).Assembly.GetManifestResourceInfo("Tarikh.Core.Entities.Data." + name) is not null;

    /// <summary>SHA-256 (hex) of each of <see cref="DefaultFiles"/>, for the provenance of a trained model.</summary>
    public static IReadOnlyList<(string File, string Sha256)> DefaultFileHashes()
        => [.. DefaultFiles.Select(f => (f, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ReadResource(f))))))];

    private static IEnumerable<(string Name, string Kind)> Prefixed(string prefix, string tsv)
        => Gazetteer.ParseTsv(tsv).Select(e => (e.Name, prefix + e.Kind));

    /// <summary>An embedded data file of the entity stage, as text.</summary>
    internal static string ReadResource(string name)
    {
        var asm = typeof(NerLexicon).Assembly;
        var full = "Tarikh.Core.Entities.Data." + name;
        using var stream = asm.GetManifestResourceStream(full) ?? throw new InvalidOperationException("Missing embedded resource " + full);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parses cue lines (<c>word&lt;TAB&gt;CLASS[&lt;TAB&gt;kind]</c>).</summary>
    public static IEnumerable<(string Word, Cue Cue)> ParseCues(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            var cls = parts[1].Trim() switch
            {
                "TITLE" => CueClass.Title,
                "CHAIN" => CueClass.Chain,
                "KIN" => CueClass.Kin,
                "MOD" => CueClass.Modifier,
                "ORG" => CueClass.OrgHead,
                "LOC" => CueClass.LocHead,
                "PERCUE" => CueClass.PersonCue,
                "ALIAS" => CueClass.Alias,
                "ALIASLINK" => CueClass.AliasLink,
                "ORDINAL" => CueClass.Ordinal,
                "STOP" => CueClass.Stop,
                _ => CueClass.None,
            };
            if (cls != CueClass.None)
            {
                yield return (parts[0].Trim(), new Cue(cls, parts.Length > 2 && parts[2].Trim().Length > 0 ? parts[2].Trim() : null));
            }
        }
    }
}
