using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Entities.Names;

/// <summary>How the CoNLL commands score the group label, which the tagger's four types do not have.</summary>
public enum GroupScoring : byte
{
    /// <summary>Group names are not looked for: the tagger's labels stay as they are.</summary>
    Off,
    /// <summary>Group names become O (ANERcorp and WikiFANE leave peoples and communities untagged).</summary>
    Outside,
    /// <summary>Group names become PER (AQMAR annotates peoples as persons).</summary>
    Person,
}

/// <summary>
/// The pipeline's name passes applied to the BIO labels of one tagged sentence, so that the CoNLL commands
/// (<c>tarikh eval ner</c>; <c>tarikh ner --conll</c> does not run them yet) score what the pipeline does: the classical-name chain
/// pass (<see cref="NameChainPass"/>) and the group names (<see cref="GroupNames"/>), scored as
/// <see cref="GroupScoring"/> says. Pure.
/// </summary>
public static class LabelPasses
{
    /// <summary>
    /// Applies the passes to <paramref name="labels"/> in place; with <paramref name="organizationHeads"/> also the
    /// organization head pass (<see cref="OrganizationHeadPass"/>: منتخب البرتغال، وزارة الخارجية as one name) and the
    /// place head pass (<see cref="PlaceHeadPass"/>: جبل طارق، نهر النيل), which follow the Wikipedia corpora's annotation
    /// and not ANERcorp's. A one-word person before a detached pronoun suffix is dropped first (<see cref="WithoutPronounHosts"/>).
    /// </summary>
    public static void Apply(ReadOnlySpan<NerWord> words, byte[] labels, NerLexicon lexicon, WordStats stats, GroupScoring groups, bool organizationHeads = false)
    {
        var n = words.Length;
        if (n == 0)
        {
            return;
        }

        var tokens = new Token[n];
        var norms = new string[n];
        var function = new bool[n];
        var maksura = new bool[n];
        for (var i = 0; i < n; i++)
        {
            tokens[i] = words[i].ForFeatures().Token;
            norms[i] = tokens[i].Norm;
            function[i] = tokens[i].Norm.Length > 0 && tokens[i].Norm[^1] == FunctionWords.AlefMaksura;
            var surface = words[i].Surface.Span.TrimEnd("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640");
            maksura[i] = function[i] || (surface.Length > 0 && surface[^1] == FunctionWords.AlefMaksura);
        }

        var chunks = WithoutPronounHosts(norms, NerLabels.Chunks(labels));
        var inChunk = new bool[n];
        foreach (var (s, e, _) in chunks)
        {
            for (var j = s; j < e; j++)
            {
                inChunk[j] = true;
            }
        }

        bool IsName(int j)
        {
            var t = tokens[j];
            if (t.Kind != TokenKind.Arabic || function[j] || (t.Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0)
            {
                return false;
            }

            return inChunk[j] || ClassicalNames.RoleOf(t.Norm) != NameRole.None || stats.Of(t.NormBase).LabelCode != WordStats.CommonWordCode;
        }

        var result = NameChainPass.Apply(norms, chunks, IsName);
        if (organizationHeads)
        {
            result = OrganizationHeadPass.Apply(tokens, result);
            result = PlaceHeadPass.Apply(tokens, result);
        }

        if (groups != GroupScoring.Off)
        {
            result = WithGroups(result, lexicon.Groups.MatchWithForms(tokens, j => maksura[j]), groups == GroupScoring.Person ? 0 : -1);
        }

        Write(labels, result);
    }

    /// <summary>
    /// The organizations' short forms (<see cref="OrganizationShortForms"/>: الريال after ريال مدريد) over tagged
    /// sentences: an organization named in a sentence of the same group (document) at most <paramref name="window"/>
    /// sentences away lends its first word, unless the training text saw that word three times or more and never in a
    /// name (حلف). Labels are changed in place.
    /// </summary>
    public static void ApplyShortForms(IReadOnlyList<NerWord[]> words, IReadOnlyList<byte[]> labels, IReadOnlyList<string> groups, NerLexicon lexicon, WordStats stats, int window)
    {
        var n = words.Count;
        var tokens = new Token[n][];
        var firsts = new List<string>[n];
        var any = false;
        for (var s = 0; s < n; s++)
        {
            tokens[s] = words[s].Select(w => w.ForFeatures().Token).ToArray();
            firsts[s] = OrganizationShortForms.FirstWords(tokens[s], NerLabels.Chunks(labels[s]), w => lexicon.CueOf(w).Class != CueClass.None || stats.Of(w).LabelCode == WordStats.CommonWordCode).ToList();
            any |= firsts[s].Count > 0;
        }

        if (!any)
        {
            return;
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < n; s++)
        {
            set.Clear();
            var from = Math.Max(0, s - window);
            var to = (int)Math.Min(n - 1L, (long)s + window);
            for (var o = from; o <= to; o++)
            {
                if (groups[o] == groups[s])
                {
                    set.UnionWith(firsts[o]);
                }
            }

            if (set.Count > 0)
            {
                Write(labels[s], OrganizationShortForms.Apply(tokens[s], NerLabels.Chunks(labels[s]), set));
            }
        }
    }

    /// <summary>
    /// Scoring against WikiFANE, whose 50 fine classes differ from ANERcorp's MISC: they have none for currencies,
    /// religions, events, wars, tournaments, prizes or God (persons are people, scripture is Book), and they file
    /// buildings, streets and monuments under facility classes that map to LOC (Building-Grounds, Path). So an
    /// other-name chunk (MISC) that is exactly a name of the list <c>misc.tsv</c> of kind <c>currency</c>, <c>religion</c>,
    /// <c>event</c>, <c>war</c>, <c>tournament</c> or <c>prize</c>, or the word الله, becomes O, and one of kind
    /// <c>landmark</c> becomes a place, as the group label is mapped per corpus. Checked on WikiFANE's training part
    /// outside the blocks its cross-validation scores (blocks 4–5): those kinds occur as a name of their own 0–4 times
    /// against 17–142 times untagged each; landmarks are a whole Building-Grounds or Path name 83 times of 112. The
    /// pipeline keeps its MISC mentions; every path that scores against WikiFANE (the CoNLL passes and the entity stage,
    /// through <c>EvalNerCommand.ToGoldClasses</c>) applies this mapping, and only against WikiFANE.
    /// </summary>
    public static void ApplyWikiFaneClasses(ReadOnlySpan<NerWord> words, byte[] labels, NerLexicon lexicon)
    {
        const int place = 1;
        const int other = 3;
        foreach (var (s, e, type) in NerLabels.Chunks(labels))
        {
            if (type != other || e > words.Length)
            {
                continue;
            }

            var parts = new string[e - s];
            for (var j = s; j < e; j++)
            {
                parts[j - s] = words[j].ForFeatures().Token.NormBase.ToString();
            }

            var kind = lexicon.Names.KindOf(string.Join(' ', parts));
            if (kind is "misc:currency" or "misc:religion" or "misc:event" or "misc:war" or "misc:tournament" or "misc:prize" || (e == s + 1 && words[s].ForFeatures().Token.Norm == God))
            {
                Array.Clear(labels, s, e - s);
            }
            else if (kind is "misc:landmark")
            {
                labels[s] = NerLabels.Begin(place);
                for (var j = s + 1; j < e; j++)
                {
                    labels[j] = NerLabels.Inside(place);
                }
            }
        }
    }

    private static readonly string God = Normalization.ArabicNormalizer.Default.NormalizeString("الله");

    /// <summary>
    /// Drops a one-word person right before a pronoun suffix the corpus's segmentation wrote apart (ه، ها): a name takes
    /// no pronoun suffix, so the word is a preposition or a noun (WikiFANE writes عليه as "علي ه", the preposition على
    /// spelled with ya, which the alef-maksura protection cannot see). Independent pronouns (هم، هما) are not suffixes
    /// only, so they do not count.
    /// </summary>
    internal static List<(int Start, int End, int Type)> WithoutPronounHosts(string[] norms, List<(int Start, int End, int Type)> chunks)
    {
        chunks.RemoveAll(c => c.Type == 0 && c.End == c.Start + 1 && c.End < norms.Length && norms[c.End] is "\u0647" or "\u0647\u0627");
        return chunks;
    }

    private static void Write(byte[] labels, List<(int Start, int End, int Type)> chunks)
    {
        Array.Clear(labels);
        foreach (var (s, e, type) in chunks)
        {
            labels[s] = NerLabels.Begin(type);
            for (var j = s + 1; j < e; j++)
            {
                labels[j] = NerLabels.Inside(type);
            }
        }
    }

    /// <summary>
    /// Puts group hits into a chunk list: chunks lying inside a hit are replaced by it (as <paramref name="type"/>,
    /// or by nothing when it is -1); a hit inside a longer chunk (جامعة الأمريكيين) is left alone, and a house hit
    /// (<see cref="GroupNames.House"/>) only takes words no chunk has.
    /// </summary>
    internal static List<(int Start, int End, int Type)> WithGroups(List<(int Start, int End, int Type)> chunks, List<GazetteerHit> hits, int type)
    {
        foreach (var h in hits)
        {
            var (hs, he) = (h.Start, h.Start + h.Length);
            var house = h.Kind == GroupNames.House;
            if (chunks.Any(c => c.Start < he && c.End > hs && (house || c.Start < hs || c.End > he)))
            {
                continue;
            }

            chunks.RemoveAll(c => c.Start >= hs && c.End <= he);
            if (type >= 0)
            {
                chunks.Add((hs, he, type));
            }
        }

        chunks.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chunks;
    }
}
