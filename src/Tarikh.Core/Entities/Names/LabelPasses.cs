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
    /// organization head pass (<see cref="OrganizationHeadPass"/>: منتخب البرتغال، وزارة الخارجية as one name), which
    /// follows the Wikipedia corpora's annotation and not ANERcorp's.
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

        var chunks = NerLabels.Chunks(labels);
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
        }

        if (groups != GroupScoring.Off)
        {
            result = WithGroups(result, lexicon.Groups.MatchWithForms(tokens, j => maksura[j]), groups == GroupScoring.Person ? 0 : -1);
        }

        Array.Clear(labels);
        foreach (var (s, e, type) in result)
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
