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
    {
        var normalized = doc.Normalized ?? throw new InvalidOperationException("The normalization stage must run first.");
        var tokens = doc.Tokens.AsSpan();
        var docNorms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in doc.Sentences)
        {
            if (s.IsNoise)
            {
                continue;
            }

            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                docNorms[tokens[i].Norm] = docNorms.GetValueOrDefault(tokens[i].Norm) + 1;
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

        ExtendNames(doc, normalized, docNorms, mentions, taken);
        ApplyNameChains(doc, normalized, docNorms, mentions, taken);
        ApplyOrganizationShortForms(doc, normalized, docNorms, mentions, taken);
        if (_options.DocumentConsistency)
        {
            mentions = VoteTypes(mentions);
            Propagate(doc, normalized, docNorms, mentions, taken);
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
                if (free && strong && !common && _resources.Lexicon.CueOf(t0.Norm).Class == CueClass.None)
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
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return (mentions, docNorms);
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

        while (end - first > 1 && (tokens[first].Kind == TokenKind.Punctuation
            || (type == 0 && IsTitleOrKin(tokens[first]))))
        {
            first++;
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
        var start = head.Span.Start;
        var firstWord = head.Norm;
        if (strip > 0)
        {
            var k = 0;
            foreach (var (_, cliticSpan) in head.CliticSpans(normalized))
            {
                if (++k == strip)
                {
                    start = cliticSpan.End;
                    break;
                }
            }

            firstWord = head.BaseCandidate(strip).ToString();
            if (start >= head.Span.End || firstWord.Length == 0)
            {
                start = head.Span.Start;
                firstWord = head.Norm;
            }
        }

        if (end - first == 1 && _resources.Lexicon.IsNeverAName(firstWord))
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

    /// <summary>
    /// Two rules for foreign names the model half-sees: a person's name is extended by a following
    /// rare word that carries no proclitic (فريدريك + إنجلز), and a place head noun (نهر، بحيرة، جبل،
    /// جزيرة، قرية) followed by a rare word makes that word a place (نهر ينيسي). "Rare" means seen at
    /// most three times in the training text, never as a common cue word, and written without vowel marks
    /// (a vocalized word such as "تُعيده" is a common word the writer disambiguated, not a foreign name).
    /// </summary>
    internal void ExtendNames(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, List<MentionDraft> mentions, bool[] taken)
    {
        var tokens = doc.Tokens;
        var stats = _resources.Tagger.Model.Stats;
        bool Unseen(ReadOnlySpan<char> word)
        {
            // Never seen and rare, or seen mostly inside names (at least 40% of its occurrences).
            var st = stats.Of(word);
            var seenAsName = st.LabelCode > 10 && ((st.LabelCode - 1) % 10) / 2 >= 2;
            return (st.LabelCode == 0 && st.FrequencyBucket <= 2) || seenAsName;
        }

        bool Rare(int i, bool whole = false)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Arabic || taken[i] || (t.Clitics & (Proclitics.Al | Proclitics.Wa | Proclitics.Fa)) != 0 || t.Norm.Length < 3
                || doc.Source.Slice(t.Span).IndexOfAnyInRange('\u064B', '\u0652') >= 0
                || _resources.Lexicon.CueOf(t.Norm).Class != CueClass.None)
            {
                return false;
            }

            return Unseen(t.Norm) && (whole || t.Clitics == Proclitics.None || Unseen(t.NormBase));
        }

        // Adjacent person names are one name (فلاديمير + لينين).
        for (var k = mentions.Count - 2; k >= 0; k--)
        {
            var a = mentions[k];
            var b = mentions[k + 1];
            // …but not across a conjunction: "ماركس وفريدريك إنجلز" are two persons.
            if (a.Type == 0 && b.Type == 0 && a.EndToken == b.FirstToken && tokens[a.FirstToken].Sentence == tokens[b.FirstToken].Sentence
                && (tokens[b.FirstToken].Clitics & Proclitics.Wa) == 0)
            {
                var joined = Build(doc, normalized, docNorms, a.FirstToken, b.EndToken, 0, Math.Min(a.Confidence, b.Confidence), a.Source);
                if (joined is not null)
                {
                    mentions[k] = joined;
                    mentions.RemoveAt(k + 1);
                }
            }
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type != 0 || m.EndToken >= tokens.Length || tokens[m.EndToken].Sentence != tokens[m.FirstToken].Sentence)
            {
                continue;
            }

            if (Rare(m.EndToken))
            {
                var longer = Build(doc, normalized, docNorms, m.FirstToken, m.EndToken + 1, 0, m.Confidence * 0.9, m.Source);
                if (longer is not null)
                {
                    taken[m.EndToken] = true;
                    mentions[k] = longer;
                }
            }
        }

        foreach (var sentence in doc.Sentences)
        {
            if (sentence.IsNoise)
            {
                continue;
            }

            for (var i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
            {
                var head = _resources.Lexicon.CueOf(tokens[i].NormBase);
                if (head.Class != CueClass.LocHead)
                {
                    head = _resources.Lexicon.CueOf(tokens[i].Norm);
                }

                if (head.Class != CueClass.LocHead || head.Kind is not ("river" or "lake" or "mountain" or "island" or "village") || !Rare(i + 1))
                {
                    continue;
                }

                var m = Build(doc, normalized, docNorms, i + 1, i + 2, 1, 0.55, MentionSource.Tagger);
                if (m is not null)
                {
                    mentions.Add(m);
                    taken[i + 1] = true;
                }
            }
        }

        // A kinship noun (with an optional possessor name and punctuation) followed by rare words: a person.
        // "والدته ماريا"، "صهر ماركس؛ بول لافارج".
        var starts = new Dictionary<int, MentionDraft>(mentions.Count);
        foreach (var m in mentions)
        {
            starts.TryAdd(m.FirstToken, m);
        }

        foreach (var sentence in doc.Sentences)
        {
            if (sentence.IsNoise)
            {
                continue;
            }

            for (var i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
            {
                if (KinshipCue(doc, i).Class != CueClass.Kin)
                {
                    continue;
                }

                var j = i + 1;
                var afterPossessor = false;
                var possessive = IsPossessiveKin(doc, i);
                if (starts.TryGetValue(j, out var possessor) && possessor.Type == 0 && !IsKinAdjective(tokens[j], possessive))
                {
                    j = possessor.EndToken;
                    afterPossessor = true;
                }

                var adjectives = j;
                while (j < sentence.EndToken && IsKinAdjective(tokens[j], possessive))
                {
                    j++;
                }

                DropKinAdjectives(doc, normalized, docNorms, mentions, starts, taken, adjectives, j);
                var punctuated = false;
                if (j < sentence.EndToken && tokens[j].Kind == TokenKind.Punctuation && tokens[j].Norm is ";" or "," or ":")
                {
                    j++;
                    punctuated = true;
                }

                if (j < sentence.EndToken && (possessive || (afterPossessor && punctuated))
                    && RetypeAfterKin(doc, normalized, docNorms, mentions, starts, j))
                {
                    continue;
                }

                // An adjective no list holds between a possessive noun and the name ("زوجته الأثيرة اعتماد الرميكية"):
                // taken when a name follows it that is unseen or carries a nisba (NameAfterUnlistedAdjective).
                if (possessive && j == adjectives && NameAfterUnlistedAdjective(doc, taken, starts, j, sentence.EndToken) is { } apposed)
                {
                    var named = Build(doc, normalized, docNorms, apposed.Start, apposed.End, 0, 0.55, MentionSource.Tagger, whole: true);
                    if (named is not null)
                    {
                        mentions.Add(named);
                        starts.TryAdd(named.FirstToken, named);
                        for (var k = named.FirstToken; k < named.EndToken; k++)
                        {
                            taken[k] = true;
                        }
                    }

                    continue;
                }

                // A verb with an object pronoun after the noun is no name ("إلى أبيها تستأذنه").
                if (j < sentence.EndToken && LooksLikeVerbWithObject(doc, j))
                {
                    continue;
                }

                // In apposition after a possessive noun the word is read whole: "ابنته ليلى" is no ل + يلى.
                var rare = j < sentence.EndToken && Rare(j);
                var whole = !rare && possessive && j < sentence.EndToken && Rare(j, whole: true);
                if (!rare && !whole)
                {
                    continue;
                }

                var end = j + 1;
                if (end < sentence.EndToken && Rare(end))
                {
                    end++;
                }
                else if (end < sentence.EndToken && starts.TryGetValue(end, out var other) && other.Type != 0 && other.EndToken == end + 1
                    && tokens[end].Kind == TokenKind.Arabic && other.Words.Length == 1 && other.Words[0] == tokens[end].Norm)
                {
                    // "صهر ماركس؛ بول لافارج": the family name the tagger took for a one-word company or place.
                    mentions.Remove(other);
                    starts.Remove(end);
                    end++;
                }

                var m = Build(doc, normalized, docNorms, j, end, 0, 0.55, MentionSource.Tagger, whole);
                if (m is not null)
                {
                    mentions.Add(m);
                    starts.TryAdd(j, m);
                    for (var k = j; k < end; k++)
                    {
                        taken[k] = true;
                    }
                }
            }
        }

        // An organization head with an ordinal: "المؤتمر الثاني للماركسيين الروس", "الأممية الثالثة".
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.IsNoise)
            {
                continue;
            }

            for (var i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
            {
                var head = _resources.Lexicon.CueOf(tokens[i].Norm);
                if (head.Class != CueClass.OrgHead && tokens[i].CliticCount > 0)
                {
                    head = CueWithArticle(tokens[i]);
                }

                if (head.Class != CueClass.OrgHead || taken[i] || taken[i + 1] || _resources.Lexicon.CueOf(tokens[i + 1].Norm).Class != CueClass.Ordinal)
                {
                    continue;
                }

                var end = i + 2;
                // An optional genitive complement in لل… and its adjective in ال….
                if (end < sentence.EndToken && !taken[end] && tokens[end].Norm.StartsWith("\u0644\u0644", StringComparison.Ordinal))
                {
                    end++;
                    if (end < sentence.EndToken && !taken[end] && (tokens[end].Clitics == Proclitics.Al) && _resources.Lexicon.CueOf(tokens[end].Norm).Class == CueClass.None)
                    {
                        end++;
                    }
                }

                var m = Build(doc, normalized, docNorms, i, end, 2, 0.55, MentionSource.Tagger);
                if (m is not null)
                {
                    mentions.Add(m);
                    for (var j = i; j < end; j++)
                    {
                        taken[j] = true;
                    }
                }
            }
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>
    /// One type per name in a document: a mention whose name (or, for a one-word mention, a word of
    /// longer names; the last word of a person's name counts double) is given another type at least
    /// twice as often elsewhere takes that type.
    /// </summary>
    internal static List<MentionDraft> VoteTypes(List<MentionDraft> mentions)
    {
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        void Vote(string key, int type, int weight)
        {
            if (!votes.TryGetValue(key, out var v))
            {
                v = new int[5];
                votes[key] = v;
            }

            v[type] += weight;
        }

        // Each mention's key, joined once for both loops.
        var keys = new string[mentions.Count];
        for (var x = 0; x < mentions.Count; x++)
        {
            var m = mentions[x];
            keys[x] = m.Key;
            Vote(keys[x], m.Type, 2);
            if (m.Words.Length > 1)
            {
                for (var i = 0; i < m.Words.Length; i++)
                {
                    // The family name of a person ("لينين" of "فلاديمير لينين") is how the text names him alone.
                    Vote(m.Words[i], m.Type, m.Type == 0 && i == m.Words.Length - 1 ? 2 : 1);
                }
            }
        }

        var result = new List<MentionDraft>(mentions.Count);
        for (var x = 0; x < mentions.Count; x++)
        {
            var m = mentions[x];
            var v = votes[keys[x]];
            var best = m.Type;
            for (var t = 0; t < 4; t++)
            {
                if (v[t] >= 2 * Math.Max(1, v[m.Type]) && v[t] > v[best])
                {
                    best = t;
                }
            }

            result.Add(best == m.Type ? m : m with { Type = best });
        }

        return result;
    }

    /// <summary>
    /// A mention that begins a longer name of the same type found elsewhere in the document, and is followed
    /// here by the rest of that name, takes the whole name: "وُلد خليل إبراهيم الصيداوي" after the heading
    /// "خليل إبراهيم الصيداوي", where the tagger stopped at "خليل إبراهيم".
    /// </summary>
    internal void ExtendToKnownNames(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, List<MentionDraft> mentions, bool[] taken)
    {
        // Multi-word names by first word, longest first.
        var longer = mentions.Where(m => m.Words.Length > 1)
            .DistinctBy(m => (m.Key, m.Type))
            .OrderByDescending(m => m.Words.Length)
            .GroupBy(m => m.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => (m.Words, m.Type)).ToList(), StringComparer.Ordinal);
        if (longer.Count == 0)
        {
            return;
        }

        var tokens = doc.Tokens;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (!longer.TryGetValue(m.Words[0], out var candidates))
            {
                continue;
            }

            foreach (var (words, type) in candidates)
            {
                var end = m.EndToken + words.Length - m.Words.Length;
                if (type != m.Type || words.Length <= m.Words.Length || end > tokens.Length
                    || tokens[end - 1].Sentence != tokens[m.FirstToken].Sentence || !words.AsSpan(0, m.Words.Length).SequenceEqual(m.Words))
                {
                    continue;
                }

                var ok = true;
                for (var j = m.EndToken; j < end && ok; j++)
                {
                    ok = !taken[j] && tokens[j].Norm == words[m.Words.Length + j - m.EndToken];
                }

                if (ok && Build(doc, normalized, docNorms, m.FirstToken, end, m.Type, m.Confidence, m.Source) is { } whole)
                {
                    mentions[k] = whole;
                    for (var j = m.EndToken; j < end; j++)
                    {
                        taken[j] = true;
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// Document consistency: a name the tagger found (twice, or once with high confidence) is also
    /// marked where it occurs untagged (with or without proclitics), longest names first.
    /// </summary>
    private void Propagate(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, List<MentionDraft> mentions, bool[] taken)
    {
        var stats = new Dictionary<string, (int Count, double Conf, int[] Types, string[] Words)>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var mKey = m.Key;
            var e = stats.TryGetValue(mKey, out var found) ? found : (Count: 0, Conf: 0.0, Types: new int[5], Words: m.Words);
            e.Types[m.Type]++;
            stats[mKey] = (e.Count + 1, Math.Max(e.Conf, m.Confidence), e.Types, e.Words);
        }

        // The short forms of a person's name chain recur alone later (المعتضد، الخوارزمي، صلاح الدين، يوسف بن أيوب):
        // they are looked for as the person; see ChainShortFormsToPropagate.
        var chainForms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (form, conf) in ChainShortFormsToPropagate(mentions))
        {
            var key = string.Join(' ', form);
            if (!stats.ContainsKey(key))
            {
                chainForms.Add(key);
                var types = new int[5];
                types[0] = 1;
                stats[key] = (2, conf, types, form);
            }
        }

        var byFirst = new Dictionary<string, List<(string[] Words, int Type, double Conf)>>(StringComparer.Ordinal);
        foreach (var (_, (count, conf, types, keyWords)) in stats)
        {
            if (count < 2 && conf < 0.8)
            {
                continue;
            }

            // A chain's short form may start with a chain word (ابن تاشفين); other names never start with a cue.
            if (keyWords.Any(w => w.Length < 2) || (keyWords.Length == 1 && keyWords[0].Length < 3)
                || (_resources.Lexicon.CueOf(keyWords[0]).Class != CueClass.None && !chainForms.Contains(string.Join(' ', keyWords))))
            {
                continue;
            }

            var type = Array.IndexOf(types, types.Max());
            if (!byFirst.TryGetValue(keyWords[0], out var list))
            {
                list = [];
                byFirst[keyWords[0]] = list;
            }

            list.Add((keyWords, type, conf));
        }

        foreach (var list in byFirst.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        var tokens = doc.Tokens;
        var byFirstLookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>(); // no string per token and candidate
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.IsNoise)
            {
                continue;
            }

            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var t = tokens[i];
                if (taken[i] || t.Kind is not (TokenKind.Arabic or TokenKind.Latin))
                {
                    continue;
                }

                for (var k = 0; k <= t.CliticCount; k++)
                {
                    if (!byFirstLookup.TryGetValue(t.BaseCandidate(k), out var candidates))
                    {
                        continue;
                    }

                    var matched = false;
                    foreach (var (keyWords, type, conf) in candidates)
                    {
                        var end = i + keyWords.Length;
                        if (end > sentence.EndToken)
                        {
                            continue;
                        }

                        var ok = true;
                        for (var j = 1; j < keyWords.Length && ok; j++)
                        {
                            ok = !taken[i + j] && tokens[i + j].Norm == keyWords[j];
                        }

                        if (!ok)
                        {
                            continue;
                        }

                        var m = Build(doc, normalized, docNorms, i, end, type, conf * 0.8, MentionSource.Propagated);
                        if (m is null || !WordLists.SameJoined(m.Words, keyWords))
                        {
                            continue;
                        }

                        mentions.Add(m);
                        for (var j = i; j < end; j++)
                        {
                            taken[j] = true;
                        }

                        matched = true;
                        break;
                    }

                    if (matched)
                    {
                        break;
                    }
                }
            }
        }
    }

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
        var candidate = head.BaseCandidate(k).ToString();
        var count = docNorms.GetValueOrDefault(candidate) - (k == 0 ? 1 : 0);
        var score = Math.Min(count, 5);
        var gaz = _resources.Lexicon.Places;
        if (gaz.KindOf(candidate) is not null)
        {
            score += 3;
        }

        if (_resources.Tagger.Model.NameWords.Contains(candidate))
        {
            score += 2;
        }

        return score;
    }
}
