using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Entities;

/// <summary>
/// Persons the model misses where the text itself says a person is named: the words before a lifespan in
/// parentheses ("نبيهة القاسمي (1908–1974) مربّية سورية"، "ابنتها هالة (1935–2001)"، "فاطمة السيد (مواليد 1941)"),
/// and an unknown two- or three-word name right after an occupation noun ("توفيت الممثلة نادية الكردي في …").
/// </summary>
public sealed partial class EntityRecognizer
{
    /// <summary>Words that open a lifespan parenthesis (normalized on use): born, died, "ت" for توفي.</summary>
    private static readonly string[] LifespanOpeners = ["ولد", "ولدت", "توفي", "توفيت", "ت", "مواليد", "المولود", "المولوده", "مولده", "مولدها"];

    /// <summary>
    /// Words a writer puts between an invented person's name and the parenthesis to mark it invented ("المتخيَّل");
    /// they describe the person and are no part of the name.
    /// </summary>
    private static readonly string[] InventedMarkers = ["المتخيل", "المتخيله", "المتخيلة", "متخيل", "متخيله", "متخيلة"];

    /// <summary>Particles, prepositions, pronouns and date words that end an unknown name ("نادية الكردي في القاهرة").</summary>
    private static readonly string[] StopWords = ["في", "من", "إلى", "الى", "على", "عن", "مع", "منذ", "حتى", "بعد", "قبل", "عند", "عام", "سنة", "يوم", "شهر",
        "هو", "هي", "وهو", "وهي", "الذي", "التي", "ثم", "قد", "لقد", "وقد", "كان", "كانت", "أن", "ان", "إن", "أو", "او", "لا", "لم", "لن", "ما", "هذا", "هذه", "ذلك", "تلك", "بين", "حيث", "إذ", "اذ"];

    private static readonly HashSet<string> StopWordSet = [.. StopWords.Select(Norm)];

    private static readonly HashSet<string> LifespanOpenerSet = [.. LifespanOpeners.Select(Norm)];
    private static readonly HashSet<string> InventedMarkerSet = [.. InventedMarkers.Select(Norm)];

    private static string Norm(string w) => Normalization.ArabicNormalizer.Default.NormalizeString(w);

    // A method of its own so that its closure is made only when it runs (in the loop body it was made for every token).
    private static int MentionEndingAt(List<MentionDraft> mentions, int end) =>
        mentions.FindIndex(m => m.EndToken == end || (m.FirstToken < end && m.EndToken > end - 1));

    /// <summary>
    /// Adds (or relabels as persons) the names the text marks as persons by a lifespan in parentheses after them, and
    /// the unknown names right after an occupation noun. A lifespan is a parenthesis that opens with a dated year and
    /// holds a range dash ("(1908–1974)"), or opens with a birth or death word ("(مواليد 1941)"، "(ت 456 هـ)"، "(ولدت في صيدا
    /// 1915 – توفيت في القاهرة 1985)"). The name is the one to three words before it (after a writer's marker of an invented
    /// person, "المتخيَّل", is stepped over): a mention of another kind (MISC) ending there becomes a person; otherwise untaken
    /// words that are not cue words, places or function words, the first not a common word, at the sentence's start (two words at
    /// least) or after a title, a kinship noun or a definite noun (one word at least).
    /// </summary>
    internal void ApplyLifespanNames(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, List<MentionDraft> mentions, bool[] taken)
    {
        var tokens = doc.Tokens;
        if (doc.Timexes.IsDefaultOrEmpty)
        {
            return;
        }

        var timexAt = new Dictionary<int, Timex>();
        foreach (var t in doc.Timexes)
        {
            if (t.Type == TimexType.Date && t.Gregorian is not null)
            {
                timexAt.TryAdd(doc.FirstTokenAtOrAfter(t.Span.Start), t);
            }
        }

        foreach (var sentence in doc.Sentences)
        {
            if (sentence.IsNoise)
            {
                continue;
            }

            for (var p = sentence.FirstToken + 1; p + 2 < sentence.EndToken; p++)
            {
                if (!IsLifespanParenthesis(tokens, p, sentence.EndToken, timexAt))
                {
                    continue;
                }

                var end = p;
                if (InventedMarkerSet.Contains(tokens[end - 1].Norm) && end - 1 > sentence.FirstToken)
                {
                    end--;
                }

                var at = MentionEndingAt(mentions, end);
                if (at >= 0)
                {
                    var m = mentions[at];
                    if (m.EndToken == end && m.Type == 3 && Build(doc, normalized, docNorms, m.FirstToken, m.EndToken, 0, m.Confidence, m.Source) is { } person)
                    {
                        mentions[at] = person;
                    }

                    continue;
                }

                var start = end;
                while (start > sentence.FirstToken && end - start < 3 && NameWord(doc, start - 1, taken))
                {
                    start--;
                }

                var atStart = start == sentence.FirstToken;
                var afterNoun = !atStart && (IsTitleOrKin(tokens[start - 1]) || InventedMarkerSet.Contains(tokens[start - 1].Norm)
                    || (tokens[start - 1].Kind == TokenKind.Arabic && (tokens[start - 1].Clitics & Proclitics.Al) != 0 && !taken[start - 1]));
                if (end - start < (atStart ? 2 : 1) || !(atStart || afterNoun) || !NameRun(doc, start, end) || CommonWord(tokens[start])
                    || (atStart && !DescriptionAfter(doc, p)))
                {
                    continue;
                }

                if (Build(doc, normalized, docNorms, start, end, 0, 0.7, MentionSource.Tagger, whole: true) is { } added)
                {
                    mentions.Add(added);
                    for (var k = added.FirstToken; k < added.EndToken; k++)
                    {
                        taken[k] = true;
                    }
                }
            }
        }

        TitledNames(doc, normalized, docNorms, mentions, taken);
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>
    /// An unknown name of two or three words right after an occupation noun or a title that follows a birth, death or speech
    /// verb, or after a title ("توفيت الممثلة نادية الكردي في القاهرة"، "وُلدت الكاتبة وداد الصيرفي في طرابلس"): the name runs up
    /// to a preposition, a function word, a date, a punctuation mark or a name already found.
    /// </summary>
    private void TitledNames(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, List<MentionDraft> mentions, bool[] taken)
    {
        var tokens = doc.Tokens;
        var inTimex = new bool[tokens.Length];
        foreach (var t in doc.Timexes)
        {
            for (var k = doc.FirstTokenAtOrAfter(t.Span.Start); k < tokens.Length && tokens[k].Span.Start < t.Span.End; k++)
            {
                inTimex[k] = true;
            }
        }

        foreach (var sentence in doc.Sentences)
        {
            if (sentence.IsNoise)
            {
                continue;
            }

            for (var o = sentence.FirstToken; o + 2 < sentence.EndToken; o++)
            {
                var noun = tokens[o];
                if (noun.Kind != TokenKind.Arabic || taken[o] || ((noun.Clitics & Proclitics.Al) == 0 && !(noun.Norm.StartsWith("ال", StringComparison.Ordinal) && noun.Norm.Length > 4))
                    || !(IsTitleOrKin(noun) || (o > sentence.FirstToken && PersonCue(tokens[o - 1]))))
                {
                    continue;
                }

                var start = o + 1;
                if (InventedMarkerSet.Contains(tokens[start].Norm))
                {
                    start++;
                }

                var end = start;
                while (end < sentence.EndToken && end - start < 3 && !inTimex[end] && NameWord(doc, end, taken)
                    && (end == start || !Prefixed(tokens[end], second: end == start + 1)))
                {
                    end++;
                }

                var boundary = end >= sentence.EndToken || taken[end] || inTimex[end] || tokens[end].Kind != TokenKind.Arabic || IsFunctionWord(doc, end)
                    || StopWordSet.Contains(tokens[end].Norm) || Prefixed(tokens[end], second: false);
                if (end - start < 2 || !boundary || !NameRun(doc, start, end) || CommonWord(tokens[start]))
                {
                    continue;
                }

                if (Build(doc, normalized, docNorms, start, end, 0, 0.6, MentionSource.Tagger, whole: true) is { } added)
                {
                    mentions.Add(added);
                    for (var k = added.FirstToken; k < added.EndToken; k++)
                    {
                        taken[k] = true;
                    }
                }
            }
        }
    }

    /// <summary>
    /// True when a word after a name's first word starts something else: a conjunction (و، ف), or a preposition (ب، ل، ك); as the
    /// name's second word (the family name of "أناتولي ليادوف") a word that begins with the letter is still the name's unless its
    /// base is a common word. A third word with one ("سمير حداد بقريته") is never.
    /// </summary>
    private bool Prefixed(Token t, bool second)
        => (t.Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0
            || ((t.Clitics & (Proclitics.Bi | Proclitics.Li | Proclitics.Ka)) != 0
                && (!second || _resources.Tagger.Model.Stats.Of(t.NormBase).LabelCode == WordStats.CommonWordCode || _resources.Tagger.Model.Stats.Of(t.NormBase).FrequencyBucket > 2));

    /// <summary>A verb that often has a person right after it (قال، ولد، توفي…, a feminine form too: وُلدت، توفيت).</summary>
    private bool PersonCue(Token t)
    {
        if (t.Kind != TokenKind.Arabic)
        {
            return false;
        }

        for (var k = 0; k <= t.CliticCount; k++)
        {
            var b = t.BaseCandidate(k);
            if (_resources.Lexicon.CueOf(b).Class == CueClass.PersonCue || (b.Length > 3 && b[^1] == 'ت' && _resources.Lexicon.CueOf(b[..^1]).Class == CueClass.PersonCue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the token at <paramref name="p"/> opens a lifespan parenthesis (see <see cref="ApplyLifespanNames"/>).</summary>
    private static bool IsLifespanParenthesis(System.Collections.Immutable.ImmutableArray<Token> tokens, int p, int sentenceEnd, Dictionary<int, Timex> timexAt)
    {
        if (tokens[p].Kind != TokenKind.Punctuation || !tokens[p].Norm.Contains('(', StringComparison.Ordinal))
        {
            return false;
        }

        var close = p + 1;
        var dash = false;
        while (close < sentenceEnd && close - p <= 16 && !tokens[close].Norm.Contains(')', StringComparison.Ordinal))
        {
            dash |= tokens[close].Kind == TokenKind.Punctuation && tokens[close].Norm is "-" or "–" or "—" or "−";
            close++;
        }

        if (close >= sentenceEnd || !tokens[close].Norm.Contains(')', StringComparison.Ordinal) || close == p + 1)
        {
            return false;
        }

        var opener = LifespanOpenerSet.Contains(tokens[p + 1].Norm) || LifespanOpenerSet.Contains(tokens[p + 1].NormBase.ToString());
        return opener || (dash && timexAt.ContainsKey(p + 1));
    }

    /// <summary>A word that can be part of an unknown name: Arabic, untaken, not a function word, cue word or place.</summary>
    private bool NameWord(AnalyzedDocument doc, int i, bool[] taken)
    {
        var t = doc.Tokens[i];
        if (t.Kind != TokenKind.Arabic || taken[i] || t.Norm.Length < 2 || IsFunctionWord(doc, i) || InventedMarkerSet.Contains(t.Norm) || StopWordSet.Contains(t.Norm))
        {
            return false;
        }

        var cue = _resources.Lexicon.CueOf(t.Norm).Class;
        if (cue is not (CueClass.None or CueClass.Chain) || IsTitleOrKin(t) || _resources.Lexicon.Places.ListsExactly(ArticleForm(t)))
        {
            return false;
        }

        return true;
    }

    /// <summary>A word seen three times or more in the training text and never in a name (a family name may be one: العظمة، الحلو).</summary>
    private bool CommonWord(Token t) => _resources.Lexicon.CueOf(t.Norm).Class != CueClass.Chain && _resources.Tagger.Model.Stats.Of(t.NormBase).LabelCode == WordStats.CommonWordCode;

    /// <summary>
    /// The run's first word has no article, the run has no conjunction or preposition inside, and no word carries tanween (a name is
    /// not written "مدرّساً").
    /// </summary>
    private static bool NameRun(AnalyzedDocument doc, int start, int end)
    {
        var tokens = doc.Tokens;
        if ((tokens[start].Clitics & Proclitics.Al) != 0)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if ((k > start && (tokens[k].Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0)
                || doc.Source.Slice(tokens[k].Span).IndexOfAnyInRange('\u064B', '\u064D') >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the lifespan parenthesis at <paramref name="open"/> is followed by a description (an occupation, a nationality, "هو"):
    /// a word with no preposition attached that is not a particle, as the encyclopedia's lead has it ("… (1908–1974) مربّية سورية").
    /// </summary>
    private static bool DescriptionAfter(AnalyzedDocument doc, int open)
    {
        var tokens = doc.Tokens;
        var close = open + 1;
        while (close < tokens.Length && tokens[close].Sentence == tokens[open].Sentence && !tokens[close].Norm.Contains(')', StringComparison.Ordinal))
        {
            close++;
        }

        var next = close + 1;
        if (next < tokens.Length && tokens[next].Norm is "," or "،")
        {
            next++;
        }

        if (next >= tokens.Length || tokens[next].Sentence != tokens[open].Sentence)
        {
            return false;
        }

        var t = tokens[next];
        return t.Kind == TokenKind.Arabic && !StopWordSet.Contains(t.Norm) && !IsFunctionWord(doc, next)
            && (t.Clitics & (Proclitics.Bi | Proclitics.Li | Proclitics.Ka)) == 0;
    }
}
