using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

/// <summary>
/// The name in apposition after a kinship noun ("أخته الكبرى سلمى"، "ابنه البكر علي"، "زوجته الثانية هند"):
/// the adjectives between the noun and the name are no name, and the name is a person even when the
/// tagger typed it a place or an organization.
/// </summary>
public sealed partial class EntityRecognizer
{
    /// <summary>
    /// The cue of a word as a kinship noun: the word itself (والدته), after a conjunction (ووالدته), or with
    /// another possessive pronoun than the listed one (شقيقتها، والدهم، أخواهما → شقيقته، والده، أخواه).
    /// </summary>
    private Cue KinshipCue(AnalyzedDocument doc, int i)
    {
        var t = doc.Tokens[i];
        var lexicon = _resources.Lexicon;
        var word = t.Norm.AsSpan();
        if ((t.Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0 && word.Length > 3 && lexicon.CueOf(word).Class != CueClass.Kin)
        {
            word = word[1..];
        }

        var cue = lexicon.CueOf(word);
        if (cue.Class == CueClass.Kin)
        {
            return cue;
        }

        // ابنه (his son) folds to the chain link ابنة (daughter of); the written ه, not ة, tells them apart.
        if (cue.Class == CueClass.Chain && word.SequenceEqual("\u0627\u0628\u0646\u0647") && IsPossessiveKin(doc, i))
        {
            return new Cue(CueClass.Kin, "son");
        }

        foreach (var suffix in (ReadOnlySpan<string>)["\u0647\u0627", "\u0647\u0645\u0627", "\u0647\u0645"])
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var other = lexicon.CueOf(string.Concat(word[..^suffix.Length], "\u0647"));
                if (other.Class == CueClass.Kin)
                {
                    return other;
                }
            }
        }

        return default;
    }

    /// <summary>
    /// True when the kinship noun at token <paramref name="i"/> carries a possessive pronoun as written
    /// (أخته، زوجها، أبوه): a name right after it is in apposition with it. The bare noun (شقيقة، جدة،
    /// والد) is read with a genitive after it ("والد لينين"، "جدة" the city), so it does not count; the
    /// written letter decides, since normalization folds ة into ه.
    /// </summary>
    private static bool IsPossessiveKin(AnalyzedDocument doc, int i)
    {
        var surface = doc.Source.Slice(doc.Tokens[i].Span);
        var end = surface.Length;
        while (end > 0 && surface[end - 1] is >= '\u064B' and <= '\u0652')
        {
            end--;
        }

        surface = surface[..end];
        return surface.EndsWith("\u0647", StringComparison.Ordinal) || surface.EndsWith("\u0647\u0627", StringComparison.Ordinal)
            || surface.EndsWith("\u0647\u0645\u0627", StringComparison.Ordinal) || surface.EndsWith("\u0647\u0645", StringComparison.Ordinal);
    }

    /// <summary>
    /// An adjective that may stand between a kinship noun and the name (الكبرى، الأصغر، البكر); after a
    /// possessive noun also a feminine or masculine ordinal ("زوجته الثانية"، "ابنه الثالث").
    /// </summary>
    private bool IsKinAdjective(Token t, bool possessive)
    {
        var c = _resources.Lexicon.CueOf(t.Norm).Class;
        return c == CueClass.Modifier || (possessive && c == CueClass.Ordinal && (t.Clitics & (Proclitics.Wa | Proclitics.Fa)) == 0);
    }

    /// <summary>
    /// The tagger sometimes makes a person of the adjective itself ("ابنته الصغرى ليلى" → الصغرى): a mention
    /// that begins on one of the adjectives in [<paramref name="from"/>, <paramref name="to"/>) loses them,
    /// and is dropped when nothing else is left.
    /// </summary>
    private void DropKinAdjectives(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms,
        List<MentionDraft> mentions, Dictionary<int, MentionDraft> starts, bool[] taken, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!starts.TryGetValue(k, out var m) || m.Type == 4)
            {
                continue;
            }

            var index = mentions.IndexOf(m);
            starts.Remove(k);
            for (var x = m.FirstToken; x < Math.Min(m.EndToken, to); x++)
            {
                taken[x] = false;
            }

            var rest = m.EndToken > to ? Build(doc, normalized, docNorms, to, m.EndToken, m.Type, m.Confidence, m.Source)
                : m.Type == 0 && CanShiftTo(doc, taken, to) ? Build(doc, normalized, docNorms, to, to + 1, 0, m.Confidence, m.Source, whole: true) : null;
            if (rest is null)
            {
                if (index >= 0)
                {
                    mentions.RemoveAt(index);
                }

                for (var x = to; x < m.EndToken; x++)
                {
                    taken[x] = false;
                }
            }
            else
            {
                if (index >= 0)
                {
                    mentions[index] = rest;
                }

                starts[rest.FirstToken] = rest;
                for (var x = rest.FirstToken; x < rest.EndToken; x++)
                {
                    taken[x] = true;
                }
            }
        }
    }

    /// <summary>
    /// The tagger saw a person on the adjective alone ("ابنته الصغرى ليلى" → الصغرى): the person is the word
    /// after it when that word is free, Arabic, no cue or function word and carries no article.
    /// </summary>
    private bool CanShiftTo(AnalyzedDocument doc, bool[] taken, int k)
    {
        var tokens = doc.Tokens;
        if (k >= tokens.Length || taken[k] || tokens[k].Sentence != tokens[k - 1].Sentence)
        {
            return false;
        }

        var t = tokens[k];
        return t.Kind == TokenKind.Arabic && (t.Clitics & Proclitics.Al) == 0 && t.Norm.Length >= 3 && !IsFunctionWord(doc, k)
            && _resources.Lexicon.CueOf(t.Norm).Class == CueClass.None && !_resources.Lexicon.IsNeverAName(t.Norm);
    }

    /// <summary>
    /// A mention of one or two words the tagger typed as a place, organization or other name right after a
    /// possessive kinship noun (and its adjectives) is the relative's name: it becomes a person. A name the
    /// place lists know as a whole (a country, a city) keeps its type. Returns true when it retyped one.
    /// </summary>
    private bool RetypeAfterKin(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms,
        List<MentionDraft> mentions, Dictionary<int, MentionDraft> starts, int j)
    {
        if (!starts.TryGetValue(j, out var m) || m.Type is 0 or 4 || m.Words.Length > 2 || m.Source != MentionSource.Tagger)
        {
            return false;
        }

        // A place the lists give as written (مصر، الهند; not هند, the name, which the list has only with the article).
        var places = _resources.Lexicon.Places;
        if (m.Words.Length == 1 ? places.ListsExactly(ArticleForm(doc.Tokens[m.FirstToken])) || places.ListsExactly(doc.Tokens[m.FirstToken].Norm)
            : places.KindOf(m.Key) is not null)
        {
            return false;
        }

        var person = Build(doc, normalized, docNorms, m.FirstToken, m.EndToken, 0, Math.Max(m.Confidence, 0.55), m.Source);
        var index = mentions.IndexOf(m);
        if (person is null || index < 0)
        {
            return false;
        }

        mentions[index] = person;
        starts[j] = person;
        return true;
    }
}
