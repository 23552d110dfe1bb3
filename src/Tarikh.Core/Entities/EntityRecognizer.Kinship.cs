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
    /// An imperfect verb with an object pronoun as written (تستأذنه، يستقبلها، نكتبهم): a prefix أ/ا/ت/ي/ن, five letters
    /// or more, and a written ه، ها، هم، هما، ني or كم at the end. A name after a kinship noun is never such a word
    /// (نزيه، نبيه have four letters; a ة ending is no ه as written).
    /// </summary>
    internal static bool LooksLikeVerbWithObject(AnalyzedDocument doc, int i)
    {
        var t = doc.Tokens[i];
        if (t.Kind != TokenKind.Arabic || t.Clitics != Proclitics.None)
        {
            return false;
        }

        Span<char> letters = stackalloc char[32];
        var n = 0;
        foreach (var c in doc.Source.Slice(t.Span))
        {
            if (c is (>= '\u064B' and <= '\u0652') or '\u0640')
            {
                continue;
            }

            if (n == letters.Length)
            {
                return false;
            }

            letters[n++] = c;
        }

        var word = letters[..n];
        if (word.Length < 5 || word[0] is not ('\u0623' or '\u0627' or '\u062A' or '\u064A' or '\u0646'))
        {
            return false;
        }

        return word.EndsWith("\u0647") || word.EndsWith("\u0647\u0627") || word.EndsWith("\u0647\u0645") || word.EndsWith("\u0647\u0645\u0627")
            || word.EndsWith("\u0646\u064A") || word.EndsWith("\u0643\u0645");
    }

    /// <summary>
    /// After a possessive kinship noun, a definite word no list holds as a kinship adjective (الأثيرة، الوحيد) and
    /// then a name: the name is a person when it is unseen in the training text or followed by a definite nisba
    /// (اعتماد الرميكية), and the adjective is not part of it. Returns the name's tokens, or null. Every word must be
    /// free (no mention starts or lies there), Arabic, with no conjunction, and no cue.
    /// </summary>
    private (int Start, int End)? NameAfterUnlistedAdjective(AnalyzedDocument doc, bool[] taken, Dictionary<int, MentionDraft> starts, int j, int sentenceEnd)
    {
        var tokens = doc.Tokens;
        bool Free(int k) => k < sentenceEnd && !taken[k] && !starts.ContainsKey(k) && tokens[k].Kind == TokenKind.Arabic
            && (tokens[k].Clitics & (Proclitics.Wa | Proclitics.Fa | Proclitics.Bi | Proclitics.Li | Proclitics.Ka)) == 0
            && !IsFunctionWord(doc, k) && _resources.Lexicon.CueOf(tokens[k].Norm).Class == CueClass.None;

        var adjective = j;
        if (!Free(adjective) || (tokens[adjective].Clitics & Proclitics.Al) == 0 || !Free(adjective + 1))
        {
            return null;
        }

        var name = tokens[adjective + 1];
        if ((name.Clitics & Proclitics.Al) != 0 || name.Norm.Length < 3 || LooksLikeVerbWithObject(doc, adjective + 1)
            || _resources.Lexicon.IsNeverAName(name.Norm))
        {
            return null;
        }

        if (Free(adjective + 2) && Names.OrganizationHeadPass.IsAdjective(tokens[adjective + 2]) && tokens[adjective + 2].Norm.Length >= 6)
        {
            return (adjective + 1, adjective + 3);
        }

        var unseen = _resources.Tagger.Model.Stats.Of(name.Norm).FrequencyBucket == 0;
        return unseen ? (adjective + 1, adjective + 2) : null;
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
