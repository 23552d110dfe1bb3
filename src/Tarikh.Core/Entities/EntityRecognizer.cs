using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

/// <summary>
/// Finds entity mentions in a document: tags every non-noise sentence with the trained model,
/// adds gazetteer places the model missed, trims titles and proclitics that are not part of the
/// name, and maps every mention back to the original text. Pure and thread-safe.
/// </summary>
public sealed partial class EntityRecognizer
{
    private readonly EntityResources _resources;
    private readonly EntityOptions _options;

    /// <summary>Creates a recognizer.</summary>
    public EntityRecognizer(EntityResources resources, EntityOptions? options = null)
    {
        _resources = resources;
        _options = options ?? EntityOptions.Default;
    }

    /// <summary>Finds the mentions of a document that carries sentences and tokens, ordered by start.</summary>
    public List<MentionDraft> Recognize(AnalyzedDocument doc, CancellationToken cancellationToken = default)
        => RecognizeWithIndex(doc, cancellationToken).Mentions;

    /// <summary>Finds the mentions and returns the document's word counts (used to build more mentions later).</summary>
    internal (List<MentionDraft> Mentions, Dictionary<string, int> DocNorms) RecognizeWithIndex(AnalyzedDocument doc, CancellationToken cancellationToken = default)
        => RecognizeWithIndex(doc, out _, cancellationToken);

    /// <summary>
    /// As <see cref="RecognizeWithIndex(AnalyzedDocument, CancellationToken)"/>, and hands over the document's token-flag
    /// array (one flag per token, contents undefined) for the clusterer to reuse: one such array per document.
    /// </summary>
    internal (List<MentionDraft> Mentions, Dictionary<string, int> DocNorms) RecognizeWithIndex(AnalyzedDocument doc, out bool[] tokenFlags, CancellationToken cancellationToken = default)
    {
        var normalized = doc.Normalized ?? throw new InvalidOperationException("The normalization stage must run first.");
        var tokens = doc.Tokens.AsSpan();
        var docNorms = new Dictionary<string, int>(NormCapacity(doc), StringComparer.Ordinal);
        foreach (var s in doc.Sentences)
        {
            if (s.IsNoise)
            {
                continue;
            }

            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(docNorms, tokens[i].Norm, out _)++;
            }
        }

        var mentions = new List<MentionDraft>();
        var words = new List<NerWord>();
        var margins = new float[64];
        var taken = new bool[tokens.Length];
        var tagged = new List<(int Start, int End, int Type)>();
        foreach (var sentence in doc.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sentence.IsNoise || sentence.TokenCount == 0)
            {
                continue;
            }

            words.Clear();
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var t = tokens[i];
                words.Add(new NerWord(t, doc.Source.Text.AsMemory(t.Span.Start, t.Span.Length)));
            }

            if (margins.Length < words.Count)
            {
                margins = new float[words.Count * 2];
            }

            var labels = _resources.Tagger.Tag(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words), margins);
            NerLabels.Chunks(labels, tagged);
            SplitPersonsAtConjunction(tagged, words, _resources.Tagger.Model.Stats);
            foreach (var (start, end, type) in JoinHeads(tagged, words))
            {
                var conf = 0.0;
                for (var i = start; i < end; i++)
                {
                    conf += margins[i];
                }

                conf = 1 / (1 + Math.Exp(-conf / (end - start) / 4));
                var m = Build(doc, normalized, docNorms, sentence.FirstToken + start, sentence.FirstToken + end, type, conf, MentionSource.Tagger);
                if (m is not null && m.Confidence >= _options.MinConfidence)
                {
                    mentions.Add(m);
                    for (var i = m.FirstToken; i < m.EndToken; i++)
                    {
                        taken[i] = true;
                    }
                }
            }
        }

        var extended = new HashSet<int>();
        ExtendNames(doc, normalized, docNorms, mentions, taken, extended);
        ApplyNameChains(doc, normalized, docNorms, mentions, taken);
        ApplyOrganizationShortForms(doc, normalized, docNorms, mentions, taken);
        ApplyLifespanNames(doc, normalized, docNorms, mentions, taken);
        // The spans that are not persons yet: one a later pass makes a person is built again as one (TrimRetypedPersons).
        var notPersons = SpansNotPersons(mentions);
        mentions = WithLifeVerbPersons(doc, mentions);
        if (_options.DocumentConsistency)
        {
            mentions = VoteTypes(mentions);
        }

        TrimRetypedPersons(doc, normalized, docNorms, mentions, notPersons);
        PlacesOfSelfOrigin(doc, normalized, docNorms, mentions, taken);
        if (_options.DocumentConsistency)
        {
            Propagate(doc, normalized, docNorms, mentions, taken, extended);
            ExtendToKnownNames(doc, normalized, docNorms, mentions, taken);
        }

        // Gazetteer places the model missed (countries, continents, regions, or longer names).
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.IsNoise || sentence.TokenCount == 0)
            {
                continue;
            }

            var sentenceTokens = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
            foreach (var hit in _resources.Lexicon.Places.Hits(sentenceTokens))
            {
                var free = true;
                for (var i = hit.Start; i < hit.Start + hit.Length; i++)
                {
                    free &= !taken[sentence.FirstToken + i];
                }

                var t0 = sentenceTokens[hit.Start];
                var strong = hit.Kind is "country" or "continent" or "region" || hit.Length > 1 || t0.Norm.Length - t0.PrefixLength >= 5;

                // A one-word place that is also a common word (حديثة، العمارة) is left to the tagger when the
                // training text saw the word three times or more and never in a name, or when the text drops
                // or adds the article the list gives it ("نوبة قلبية" is not النوبة, Nubia).
                var common = hit.Length == 1
                    && (_resources.Tagger.Model.Stats.Of(t0.NormBase).LabelCode == WordStats.CommonWordCode
                        || !_resources.Lexicon.Places.ListsExactly(ArticleForm(t0)));
                // A word that reads otherwise where it stands ("مركز مالي"، "ونجد أن") is left too; see HasOtherReadingThanPlace.
                if (free && strong && !common && _resources.Lexicon.CueOf(t0.Norm).Class == CueClass.None
                    && !(hit.Length == 1 && HasOtherReadingThanPlace(doc.Tokens, sentence.FirstToken, sentence.EndToken, sentence.FirstToken + hit.Start)))
                {
                    var m = Build(doc, normalized, docNorms, sentence.FirstToken + hit.Start, sentence.FirstToken + hit.Start + hit.Length, 1, 0.6, MentionSource.Gazetteer);
                    if (m is not null)
                    {
                        mentions.Add(m);
                        for (var i = m.FirstToken; i < m.EndToken; i++)
                        {
                            taken[i] = true;
                        }
                    }
                }
            }
        }

        ApplyGroups(doc, normalized, docNorms, mentions, taken);
        mentions.RemoveAll(m => IsAgreeingAdjective(doc.Tokens, m));
        // `taken` is read no more: the description pass and then the clusterer reuse it as their token flags.
        mentions = WithoutDescriptions(doc, mentions, taken);
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        tokenFlags = taken;
        return (mentions, docNorms);
    }

    /// <summary>
    /// How many distinct words to make room for in the document's word counts: Heaps' law fitted a little above the
    /// mixed benchmark documents (25,101 distinct words in 108,261 tokens, 56,727 in 474,215: about 43·n^0.55), never
    /// more than the tokens. A guess that only sets the first size of the table (it grows past it); it saves the copies
    /// of a table grown from empty by doubling.
    /// </summary>
    private static int NormCapacity(AnalyzedDocument doc)
    {
        var n = doc.Tokens.Length;
        return (int)Math.Min(n, 64 + 48 * Math.Pow(n, 0.55));
    }

    /// <summary>True when token <paramref name="i"/> is a function word the writer spelled with alef maksura (على، وإلى).</summary>
    internal static bool IsFunctionWord(AnalyzedDocument doc, int i)
    {
        var t = doc.Tokens[i];
        return t.Kind == TokenKind.Arabic && Gazetteers.FunctionWords.IsProtected(doc.Source.Slice(t.Span), t.Norm, t.PrefixLength);
    }

    /// <summary>The normalized word with its article (if it has one) and without other proclitics: وبالقاهرة → القاهره.</summary>
    private static string ArticleForm(Token t) => (t.Clitics & Proclitics.Al) != 0 ? "\u0627\u0644" + t.Base : t.Base;

    /// <summary>
    /// A one-word place the tagger found that is a definite relational adjective agreeing with the definite
    /// noun before it ("السلطات الروسية"، "الحكومة القيصرية"): the adjective names no place. Places the
    /// gazetteer lists with the article (الإسكندرية، اللاذقية) and words after an indefinite or construct noun
    /// ("مدينة الإسكندرية") stay.
    /// </summary>
    internal bool IsAgreeingAdjective(System.Collections.Immutable.ImmutableArray<Token> tokens, MentionDraft m)
    {
        if (m.Type != 1 || m.Words.Length != 1 || m.FirstToken == 0)
        {
            return false;
        }

        // The analysis either strips the article (flag Al) or keeps it in the base (بالنظام → النظام).
        static bool Definite(Token t) => (t.Clitics & Proclitics.Al) != 0 || t.NormBase.StartsWith("\u0627\u0644", StringComparison.Ordinal);
        var t = tokens[m.FirstToken];
        var previous = tokens[m.FirstToken - 1];
        var adjective = t.Kind == TokenKind.Arabic && Definite(t)
            && (t.Norm.EndsWith('\u064A') || t.Norm.EndsWith("\u064A\u0647", StringComparison.Ordinal))
            && previous.Sentence == t.Sentence && previous.Kind == TokenKind.Arabic && Definite(previous);
        if (!adjective)
        {
            return false;
        }

        // A place listed with its article stays (الإسكندرية); one listed without it does not ("النظام القيصري"
        // is not Kayseri, قيصري).
        var gazetteer = _resources.Lexicon.Places;
        return !gazetteer.ListsExactly(ArticleForm(t)) && gazetteer.KindOf(previous.Norm + " " + t.Norm) is null
            && _resources.Lexicon.CueOf(previous.Norm).Class != CueClass.LocHead;
    }

    /// <summary>
    /// Joins a lone head noun tagged as its own name to the name of the same type right after it: the tagger
    /// sometimes starts a second chunk inside "جامعة كازان" (B-ORG B-ORG); a head noun is never a name alone.
    /// </summary>
    private List<(int Start, int End, int Type)> JoinHeads(List<(int Start, int End, int Type)> chunks, List<NerWord> words)
    {
        for (var c = chunks.Count - 2; c >= 0; c--)
        {
            var (start, end, type) = chunks[c];
            var next = chunks[c + 1];
            if (end - start != 1 || next.Start != end || next.Type != type)
            {
                continue;
            }

            var head = _resources.Lexicon.CueOf(words[start].Token.Norm);
            if ((head.Class == CueClass.OrgHead && type == 2) || (head.Class == CueClass.LocHead && type == 1))
            {
                chunks[c] = (start, next.End, type);
                chunks.RemoveAt(c + 1);
            }
        }

        return chunks;
    }

    /// <summary>
    /// Builds a mention over tokens [first, end): drops leading titles, strips proclitics not part of the name
    /// (none when <paramref name="whole"/>: a name in apposition, read as written).
    /// </summary>
    internal MentionDraft? Build(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, int first, int end, int type, double confidence, MentionSource source,
        bool whole = false)
    {
        var tokens = doc.Tokens;
        while (end - first > 1 && tokens[end - 1].Kind == TokenKind.Punctuation)
        {
            end--;
        }

        // The edge rule (round 14-15) corrects the tagger's edges only: a span a list, a group name or the grammar of the
        // text gave (a gazetteer hit, "بنو ذي النون", a name in apposition after "زوجته الأثيرة") keeps its edges.
        var trimEdges = !whole && source is MentionSource.Tagger or MentionSource.Propagated;
        while (end - first > 1 && (tokens[first].Kind == TokenKind.Punctuation
            || (type == 0 && (IsTitleOrKin(tokens[first]) || (trimEdges && IsNeverPersonOpening(tokens[first]) && !IsChainWord(tokens[first + 1]))))))
        {
            first++;
        }

        while (trimEdges && end - first > 1 && (IsNeverNameEnding(tokens[end - 1]) || (type == 0 && IsPlaceAfterName(tokens[end - 1]) && HasChainLink(tokens, first, end - 1)))
            && !IsChainWord(tokens[end - 2]))
        {
            end--;
        }

        // A function word spelled with alef maksura (على، إلى) neither begins nor ends a name, nor is one;
        // inside a name it stays ("المتوكل على الله").
        while (first < end && IsFunctionWord(doc, first))
        {
            first++;
        }

        while (end > first && IsFunctionWord(doc, end - 1))
        {
            end--;
        }

        if (first >= end || tokens[first].Kind == TokenKind.Punctuation)
        {
            return null;
        }

        var head = tokens[first];
        var strip = _options.StripClitics && !whole ? CliticsToStrip(head, docNorms) : 0;

        // Stripping the conjunction alone, where the word before leaves no room for one (قال وسام، مع وداد): keep it.
        // Nor where it would leave a stem that is no word before a transliterated name (فاندا → "اندا").
        if (strip == 1 && (head.Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0
            && (ConjunctionCannotFollow(doc, first - 1, first) || KeepsTransliteratedLetter(head, doc.Source.Slice(head.Span))))
        {
            strip = 0;
        }
        var start = head.Span.Start;
        var firstWord = head.Norm;
        if (strip > 0)
        {
            if (head.CliticSpan(normalized, strip) is { } cliticSpan)
            {
                start = cliticSpan.End;
            }

            firstWord = head.BaseCandidate(strip).ToString();
            if (start >= head.Span.End || firstWord.Length == 0)
            {
                start = head.Span.Start;
                firstWord = head.Norm;
            }
        }

        // A one-word mention that is a preposition, pronoun or the like (في، مع، هو) is no name either.
        if (end - first == 1 && (_resources.Lexicon.IsNeverAName(firstWord) || Gazetteers.FunctionWords.IsClosedClass(firstWord)
            || Gazetteers.FunctionWords.IsClosedClass(head.Norm) || Gazetteers.FunctionWords.IsClosedClass(head.NormBase)))
        {
            return null;
        }

        var words = new string[end - first];
        words[0] = firstWord;
        for (var i = first + 1; i < end; i++)
        {
            words[i - first] = IsFunctionWord(doc, i) ? Gazetteers.FunctionWords.ProtectedForm(doc.Source.Slice(tokens[i].Span), tokens[i].Norm, tokens[i].PrefixLength) : tokens[i].Norm;
        }

        var span = new TextSpan(start, tokens[end - 1].Span.End);
        return new MentionDraft(first, end, type, span, words, confidence, source);
    }
}
