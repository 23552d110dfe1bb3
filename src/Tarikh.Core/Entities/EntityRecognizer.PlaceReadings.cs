using System.Collections.Frozen;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

public sealed partial class EntityRecognizer
{
    // Nouns that govern a place in construct far more often than they take a relational adjective ("شمال مالي"، "حكومة
    // مالي"، "رئيس مالي"): after them a listed place keeps its place reading. Normalized (ة → ه).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceGovernors = new[]
    {
        "شمال", "جنوب", "شرق", "غرب", "وسط", "عاصمه", "حكومه", "رئيس", "جيش", "شعب", "سفير", "سفاره", "منتخب", "اراضي", "حدود",
        "ملك", "سلطان", "امير", "اهل", "ابناء", "سكان",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when a one-word place of the gazetteer, which the tagger left untagged, has another reading where it stands:
    /// (1) a relational adjective after an indefinite noun ("مركز مالي": a financial centre, not Mali): the word is written
    /// without any proclitic, ends in ي, its stem without ي is a word the training text saw three times or more and (almost) never
    /// in a name (مال), and the word before it, in the same sentence, is a word seen mostly outside names (مركز), without the article or a
    /// proclitic, no cue, no function word, and no noun that usually governs a place in construct (شمال، حكومة، رئيس);
    /// (2) an imperfect verb opening the sentence after و or ف and followed by أن ("ونجد أن": and we find that).
    /// </summary>
    internal bool HasOtherReadingThanPlace(System.Collections.Immutable.ImmutableArray<Token> tokens, int sentenceFirst, int sentenceEnd, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Arabic)
        {
            return false;
        }

        var stats = _resources.Tagger.Model.Stats;
        if (t.Clitics == Proclitics.None && t.Norm.Length >= 4 && t.Norm[^1] == '\u064A' && i > sentenceFirst
            && MostlyOutsideNames(stats.Of(t.Norm.AsSpan(0, t.Norm.Length - 1)).LabelCode))
        {
            var previous = tokens[i - 1];
            if (previous.Kind == TokenKind.Arabic && previous.Clitics == Proclitics.None && !previous.Norm.StartsWith("\u0627\u0644", StringComparison.Ordinal)
                && MostlyOutsideNames(stats.Of(previous.Norm).LabelCode)
                && _resources.Lexicon.CueOf(previous.Norm).Class == CueClass.None
                && !FunctionWords.IsClosedClass(previous.Norm) && !IsFoldedFunctionWordAt(tokens, i - 1)
                && !PlaceGovernors.Contains(previous.Norm))
            {
                return true;
            }
        }

        return i == sentenceFirst && (t.Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0 && (t.Clitics & ~(Proclitics.Wa | Proclitics.Fa)) == 0
            && i + 1 < sentenceEnd && tokens[i + 1].Norm is "\u0627\u0646";
    }

    /// <summary>
    /// True for a word the training text saw three times or more, never or almost never (under one in eight) inside a
    /// name: its label code (<see cref="WordStats.LabelCodeOf"/>) is the common-word code, or a name type with a share of
    /// zero fifths and the seen-three-times bit (مركز, mostly outside names, tagged ORG a few times).
    /// </summary>
    private static bool MostlyOutsideNames(byte code) => code == WordStats.CommonWordCode || (code > 10 && (code - 1) % 10 == 1);

    private static bool IsFoldedFunctionWordAt(System.Collections.Immutable.ImmutableArray<Token> tokens, int i)
        => tokens[i].Kind == TokenKind.Arabic && FunctionWords.IsFoldedFunctionWord(tokens[i].Norm);
}
