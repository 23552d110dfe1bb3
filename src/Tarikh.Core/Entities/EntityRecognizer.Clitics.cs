using System.Collections.Frozen;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

/// <summary>Proclitics and cue words of a name's tokens: which proclitics to strip, titles and kinship nouns with proclitics.</summary>
public sealed partial class EntityRecognizer
{
    /// <summary>The cue of the token's base with the article written before it (ال + base), built on the stack.</summary>
    private Cue CueWithArticle(Token t)
    {
        var b = t.NormBase;
        if (b.Length > 126)
        {
            return _resources.Lexicon.CueOf("\u0627\u0644" + t.Base);
        }

        Span<char> word = stackalloc char[b.Length + 2];
        word[0] = '\u0627';
        word[1] = '\u0644';
        b.CopyTo(word[2..]);
        return _resources.Lexicon.CueOf(word);
    }

    /// <summary>True when the token is a title or kinship noun, with or without proclitics (للقيصر، والرئيس).</summary>
    internal bool IsTitleOrKin(Token t)
    {
        if (t.Kind != TokenKind.Arabic)
        {
            return false;
        }

        for (var k = 0; k <= t.CliticCount; k++)
        {
            var c = _resources.Lexicon.CueOf(t.BaseCandidate(k));
            if (c.Class is CueClass.Title or CueClass.Kin)
            {
                return true;
            }
        }

        return (t.Clitics & Proclitics.Al) != 0 && CueWithArticle(t).Class == CueClass.Title;
    }

    /// <summary>True when the token is a title (not a kinship noun), with or without proclitics (والرئيس).</summary>
    private bool IsTitle(Token t)
    {
        if (t.Kind != TokenKind.Arabic)
        {
            return false;
        }

        for (var k = 0; k <= t.CliticCount; k++)
        {
            if (_resources.Lexicon.CueOf(t.BaseCandidate(k)).Class == CueClass.Title)
            {
                return true;
            }
        }

        return (t.Clitics & Proclitics.Al) != 0 && CueWithArticle(t).Class == CueClass.Title;
    }

    /// <summary>
    /// How many proclitics of a name's first token to strip: the candidate (whole token, without the
    /// conjunction, without conjunction and preposition…) with the most evidence — how often it
    /// occurs as a whole token elsewhere in the document, the gazetteer, the names seen in training.
    /// Without evidence a conjunction (و ف) is stripped and a preposition (ب ل ك) kept, since many
    /// foreign names begin with ب or ل (برلين، لندن). The article is kept unless merged in لل.
    /// </summary>
    internal int CliticsToStrip(Token head, Dictionary<string, int> docNorms)
    {
        if (head.Clitics == Proclitics.None || head.Kind != TokenKind.Arabic)
        {
            return 0;
        }

        var n = head.CliticCount;
        var max = (head.Clitics & Proclitics.Al) != 0 && (head.Clitics & Proclitics.Li) == 0 ? n - 1 : n;
        if (max <= 0)
        {
            return 0;
        }

        var conj = (head.Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0 ? 1 : 0;
        if ((head.Clitics & Proclitics.Sa) != 0)
        {
            // A name is not a verb: the future marker (سـ) belongs to the name (ستالين).
            return conj;
        }

        var fallback = conj;
        // "بال…", "وبال…": the preposition before the article is never part of a name.
        if ((head.Clitics & (Proclitics.Bi | Proclitics.Ka)) != 0 && (head.Clitics & Proclitics.Al) != 0)
        {
            fallback = max;
        }

        if ((head.Clitics & Proclitics.Li) != 0 && (head.Clitics & Proclitics.Al) != 0)
        {
            fallback = n; // لل: strip ل and the elided article
        }

        var best = fallback;
        var bestScore = Score(head, fallback, docNorms);
        for (var k = 0; k <= max; k++)
        {
            var candidate = head.BaseCandidate(k);
            if (candidate.Length < 2 || k == fallback)
            {
                continue;
            }

            var s = Score(head, k, docNorms);
            if (s > bestScore)
            {
                best = k;
                bestScore = s;
            }
        }

        return best;
    }

    private double Score(Token head, int k, Dictionary<string, int> docNorms)
    {
        // Looked up as a span of the token's norm: no string per candidate.
        var candidate = head.BaseCandidate(k);
        var count = (docNorms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(candidate, out var seen) ? seen : 0) - (k == 0 ? 1 : 0);
        var score = Math.Min(count, 5);
        var gaz = _resources.Lexicon.Places;
        if (gaz.KindOf(candidate) is not null)
        {
            score += 3;
        }

        if (_resources.Tagger.Model.NameWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(candidate))
        {
            score += 2;
        }

        // The first word of a listed name (وديع of "وديع الصافي", وفاء of "وفاء عامر"): a given name that begins with
        // و or ف keeps its letter instead of losing it as a conjunction ("ديع", "اء").
        if (_resources.Lexicon.Names.BeginsAnEntry(candidate))
        {
            score += 2;
        }

        return score;
    }

    // Prepositions and particles a conjunction never follows (normalized; على، إلى، حتى، لدى are protected function
    // words, checked by their spelling in ConjunctionCannotFollow).
    private static readonly FrozenSet<string> NoConjunctionAfter = new[]
    {
        "من", "عن", "في", "مع", "عند", "بين", "منذ", "ضد", "نحو", "أن", "إن", "لأن", "كأن", "لكن", "ليت", "لعل",
    }.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the word before a name's first token leaves no room for a conjunction, so a و or ف that begins the token
    /// is the name's own first letter (وسام، وداد، فؤاد، فريد، وهران): a preposition or particle (مع وداد، إلى وليد، أن فريد),
    /// a verb that announces a person (قال وسام، التقى فريد), a title (الدكتور وجدي) or a link of a name chain (ابن وهب،
    /// أبو الوليد). A kinship noun with a pronoun may end a phrase ("مع زوجها وهنري بيكريل": and), and "ومحمد" after a name or
    /// a noun keeps its conjunction.
    /// </summary>
    internal bool ConjunctionCannotFollow(AnalyzedDocument doc, int previous, int head)
    {
        if (previous < 0)
        {
            return false;
        }

        var p = doc.Tokens[previous];
        if (p.Kind != TokenKind.Arabic || p.Sentence != doc.Tokens[head].Sentence || p.Span.End == doc.Tokens[head].Span.Start)
        {
            return false;
        }

        if (IsFunctionWord(doc, previous) || (p.Clitics == Proclitics.None && NoConjunctionAfter.Contains(p.Norm)) || IsTitle(p))
        {
            return true;
        }

        // The cue of the word as written, or of its base (وقال → قال) as either clitic analysis reads it.
        var cue = _resources.Lexicon.CueOf(p.Norm).Class;
        return cue is CueClass.PersonCue or CueClass.Chain
            || (cue == CueClass.None && (_resources.Lexicon.CueOf(p.NormBase).Class == CueClass.PersonCue || _resources.Lexicon.CueOf(FeatureBase(p)).Class == CueClass.PersonCue));
    }

    /// <summary>
    /// True when a name's first token is a conjunction (و or ف, alone) before a stem the lexicon, the gazetteer, the list
    /// of names and the tagger's training statistics never saw, and the letter after it is a bare long vowel (ا ي و, no
    /// hamza): the shape of a transliterated name that begins with V/F/W (فاندا، فينتسنتي، فاغانوفا، واشنطن). Arabic after a
    /// conjunction is a known word, and a foreign name written after one begins with a hamza (وإيفان، فأوتو), so the letter
    /// is the name's own: stripping it leaves a stem that is no word ("اندا"، "ينتسنتي").
    /// </summary>
    internal bool KeepsTransliteratedLetter(Token t, ReadOnlySpan<char> raw)
    {
        if (t.Kind != TokenKind.Arabic || t.Clitics is not (Proclitics.Wa or Proclitics.Fa) || t.NormBase.Length < 3)
        {
            return false;
        }

        // The written letter after the conjunction, past any short vowel marks.
        var i = 1;
        while (i < raw.Length && raw[i] is >= '\u064B' and <= '\u0652' or '\u0640')
        {
            i++;
        }

        if (i >= raw.Length || raw[i] is not ('\u0627' or '\u064A' or '\u0648'))
        {
            return false;
        }

        var stem = t.NormBase;
        var model = _resources.Tagger.Model;
        return model.Stats.Of(stem).FrequencyBucket == 0
            && !model.NameWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(stem)
            && _resources.Lexicon.CueOf(stem).Class == CueClass.None
            && _resources.Lexicon.Places.KindOf(stem) is null
            && !_resources.Lexicon.Names.BeginsAnEntry(stem)
            && !_resources.Lexicon.IsNeverAName(stem)
            && !Gazetteers.FunctionWords.IsClosedClass(stem);
    }
}
