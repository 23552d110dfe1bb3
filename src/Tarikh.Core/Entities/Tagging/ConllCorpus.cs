using System.Collections.Frozen;

namespace Tarikh.Core.Entities.Tagging;

/// <summary>A labelled sentence: raw words and BIO label indexes (see <see cref="NerLabels"/>).</summary>
/// <param name="Words">Raw words.</param>
/// <param name="Labels">Gold labels (all O when the input had none).</param>
/// <param name="Group">Which document or file it came from (for cross-validation by article).</param>
public sealed record ConllSentence(string[] Words, byte[] Labels, string Group);

/// <summary>The label scheme of a CoNLL-style corpus.</summary>
public enum ConllScheme
{
    /// <summary>BIO with PER/PERS, LOC, ORG, MISC (ANERcorp, our own output).</summary>
    Coarse,
    /// <summary>AQMAR: PER, LOC, ORG and MIS0–MIS3 (article-specific miscellaneous classes) → MISC; stray tags are repaired.</summary>
    Aqmar,
    /// <summary>WikiFANE: 50 fine classes mapped to PER/LOC/ORG/MISC (see <see cref="ConllCorpus.WikiFaneMap"/>).</summary>
    WikiFane,
}

/// <summary>Reads CoNLL-style files: one token per line with an optional tag after a space or tab, blank lines between sentences. Pure.</summary>
public static class ConllCorpus
{
    /// <summary>
    /// WikiFANE fine class → coarse type. Person subclasses → PER; geo-political entities, locations
    /// and facilities → LOC; organization subclasses → ORG; products, vehicles and weapons → MISC;
    /// "Group" (peoples, religious communities and tribes such as المسلمين، العرب، بني) → O, because
    /// ANERcorp leaves such collective nouns untagged.
    /// </summary>
    public static FrozenDictionary<string, string?> WikiFaneMap { get; } = new Dictionary<string, string?>
    {
        ["Politician"] = "PER", ["Religious_PER"] = "PER", ["Artist"] = "PER", ["Other_PER"] = "PER", ["Scientist"] = "PER",
        ["Athlete"] = "PER", ["Businessperson"] = "PER", ["Engineer"] = "PER", ["Police"] = "PER", ["Lawyer"] = "PER",
        ["Group"] = null,
        ["Nation"] = "LOC", ["Population-Center"] = "LOC", ["State-or-Province"] = "LOC", ["County-or-District"] = "LOC",
        ["GPE-Cluster"] = "LOC", ["Continent"] = "LOC", ["Water-Body"] = "LOC", ["Land-Region-Natural"] = "LOC",
        ["Celestial"] = "LOC", ["Building-Grounds"] = "LOC", ["Airport"] = "LOC", ["Path"] = "LOC", ["Subarea-Facility"] = "LOC",
        ["Plant"] = "LOC",
        ["Government"] = "ORG", ["Commercial"] = "ORG", ["Non-Governmental"] = "ORG", ["Educational"] = "ORG", ["Media"] = "ORG",
        ["Sports"] = "ORG", ["Religious_ORG"] = "ORG", ["Medical-Science"] = "ORG", ["Entertainment"] = "ORG",
        ["Book"] = "MISC", ["Software"] = "MISC", ["Hardware"] = "MISC", ["Movie"] = "MISC", ["Sound"] = "MISC", ["Food"] = "MISC",
        ["Drug"] = "MISC", ["Air"] = "MISC", ["Water"] = "MISC", ["Land"] = "MISC", ["Projectile"] = "MISC", ["Nuclear"] = "MISC",
        ["Shooting"] = "MISC", ["Blunt"] = "MISC", ["Exploding"] = "MISC", ["Chemical"] = "MISC", ["Sharp"] = "MISC",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses CoNLL text into sentences.</summary>
    public static List<ConllSentence> Parse(string text, ConllScheme scheme = ConllScheme.Coarse, string group = "")
    {
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var labels = new List<byte>();
        foreach (var raw in text.Split('\n'))
        {
            var line = Clean(raw);
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var cut = line.LastIndexOfAny([' ', '\t']);
            string word;
            string tag;
            if (cut > 0)
            {
                word = line[..cut].Trim();
                tag = line[(cut + 1)..].Trim();
            }
            else
            {
                word = line;
                tag = "O";
            }

            if (word.Length == 0)
            {
                continue;
            }

            words.Add(word);
            labels.Add(MapTag(tag, scheme));
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count == 0)
            {
                return;
            }

            var l = labels.ToArray();
            NerLabels.Repair(l);
            sentences.Add(new ConllSentence([.. words], l, group));
            words.Clear();
            labels.Clear();
        }
    }

    /// <summary>Parses only the words (for tagging input); each sentence is the word list.</summary>
    public static List<string[]> ParseWords(string text) => Parse(text).Select(s => s.Words).ToList();

    private static string Clean(string raw)
    {
        var span = raw.AsSpan().Trim();
        if (span.IndexOfAny('\u200E', '\u200F', '\uFEFF') < 0)
        {
            return span.ToString();
        }

        var sb = new System.Text.StringBuilder(span.Length);
        foreach (var c in span)
        {
            if (c is not ('\u200E' or '\u200F' or '\uFEFF'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>Maps a tag of the given scheme to a label index.</summary>
    public static byte MapTag(string tag, ConllScheme scheme)
    {
        if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I'))
        {
            return NerLabels.O;
        }

        var type = tag.AsSpan(2).TrimStart('-');
        int index;
        if (scheme == ConllScheme.WikiFane)
        {
            var coarse = WikiFaneMap.GetValueOrDefault(type.ToString());
            index = coarse is null ? -1 : NerLabels.TypeIndex(coarse);
        }
        else
        {
            index = NerLabels.TypeIndex(type);
        }

        if (index < 0)
        {
            return NerLabels.O;
        }

        return tag[0] == 'B' ? NerLabels.Begin(index) : NerLabels.Inside(index);
    }
}
