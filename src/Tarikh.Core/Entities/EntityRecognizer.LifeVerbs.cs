using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

public sealed partial class EntityRecognizer
{
    /// <summary>
    /// Verbs only people do, normalized, masculine and feminine (ولد، توفي، تزوج، مات): a body is founded or dissolved, never
    /// born, married or dead. "نشأ" is left out (نشأت الجمعية: a body arises too).
    /// </summary>
    private static readonly HashSet<string> LifeVerbs = new(
        ["ولد", "ولدت", "توفي", "توفيت", "توفى", "تزوج", "تزوجت", "مات", "ماتت"], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LifeVerbSpans = LifeVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A name right after a verb only people do, tagged as an organization or a miscellaneous name, is a person (round 11):
    /// the tagger reads a rare foreign given name with a family name it knows from a company as an organization ("وُلد
    /// غولييلمو ماركوني في بولونيا"). A name that opens with an organization's head noun stays as it is.
    /// </summary>
    internal List<MentionDraft> WithLifeVerbPersons(AnalyzedDocument doc, List<MentionDraft> mentions)
    {
        var tokens = doc.Tokens;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            var before = m.FirstToken - 1;
            if (m.Type is not (2 or 3) || before < 0 || tokens[before].Sentence != tokens[m.FirstToken].Sentence
                || !IsLifeVerb(tokens[before]) || _resources.Lexicon.CueOf(tokens[m.FirstToken].NormBase).Class == CueClass.OrgHead
                || _resources.Lexicon.CueOf(tokens[m.FirstToken].Norm).Class == CueClass.OrgHead)
            {
                continue;
            }

            mentions[k] = m with { Type = 0 };
        }

        return mentions;
    }

    private static bool IsLifeVerb(Token t)
    {
        if (t.Kind != TokenKind.Arabic)
        {
            return false;
        }

        for (var k = 0; k <= t.CliticCount; k++)
        {
            if (LifeVerbSpans.Contains(t.BaseCandidate(k)))
            {
                return true;
            }
        }

        return false;
    }
}
