using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Names;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

/// <summary>The recognizer's classical-name and group passes (see <see cref="NameChainPass"/> and <see cref="GroupNames"/>).</summary>
public sealed partial class EntityRecognizer
{
    /// <summary>
    /// Classical name chains: persons take the rest of their chain and a kunya before them, a title followed by a
    /// regnal or compound name makes a person, titles and ordinals alone are dropped (<see cref="NameChainPass"/>);
    /// then organizations named by a head noun (<see cref="OrganizationHeadPass"/>).
    /// </summary>
    private void ApplyNameChains(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, List<MentionDraft> mentions, bool[] taken)
    {
        var tokens = doc.Tokens;
        var stats = _resources.Tagger.Model.Stats;
        mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        var result = new List<MentionDraft>(mentions.Count);
        var k = 0;

        // Scratch of one sentence, cleared for the next (allocated once per document).
        var inSentence = new List<MentionDraft>();
        var chunks = new List<(int Start, int End, int Type)>();
        var byChunk = new Dictionary<(int, int, int), MentionDraft>();
        var longest = 0;
        foreach (var sentence in doc.Sentences)
        {
            longest = Math.Max(longest, sentence.TokenCount);
        }

        // The sentence's words and function-word flags, in arrays as long as the longest sentence; the pass sees the
        // sentence's part of them. One delegate for the document (it reads the sentence's first token from `first`).
        var words = new WordWindow(longest);
        var function = new bool[longest];
        var first = 0;
        bool IsName(int j)
        {
            var t = tokens[first + j];
            if (t.Kind != TokenKind.Arabic || function[j] || (t.Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0)
            {
                return false;
            }

            return taken[first + j] || ClassicalNames.RoleOf(t.Norm) != NameRole.None || stats.Of(t.NormBase).LabelCode != WordStats.CommonWordCode;
        }

        Func<int, bool> isName = IsName;
        var scratch = new ChunkScratch();
        foreach (var sentence in doc.Sentences)
        {
            // Mentions before this sentence (none expected) pass through.
            while (k < mentions.Count && mentions[k].FirstToken < sentence.FirstToken)
            {
                result.Add(mentions[k++]);
            }

            inSentence.Clear();
            while (k < mentions.Count && mentions[k].FirstToken < sentence.EndToken)
            {
                inSentence.Add(mentions[k++]);
            }

            if (sentence.IsNoise || sentence.TokenCount == 0)
            {
                result.AddRange(inSentence);
                continue;
            }

            first = sentence.FirstToken;
            var n = sentence.TokenCount;
            words.Reset(n);
            for (var j = 0; j < n; j++)
            {
                var t = tokens[first + j];
                function[j] = IsFunctionWord(doc, first + j);
                words.Set(j, function[j] ? Gazetteers.FunctionWords.ProtectedForm(doc.Source.Slice(t.Span), t.Norm, t.PrefixLength) : t.Norm);
            }

            chunks.Clear();
            byChunk.Clear();
            foreach (var m in inSentence)
            {
                var c = (m.FirstToken - first, Math.Min(m.EndToken, sentence.EndToken) - first, m.Type);
                if (chunks.Count == 0 || chunks[^1].End <= c.Item1)
                {
                    chunks.Add(c);
                    byChunk[c] = m;
                }
                else
                {
                    result.Add(m); // overlapping drafts are left as they are
                }
            }

            // Then organizations named by a head noun and what follows (منتخب البرتغال، وزارة الخارجية الأمريكية).
            foreach (var c in OrganizationHeadPass.Apply(doc.Tokens.AsSpan().Slice(first, n), NameChainPass.Apply(words, chunks, isName, scratch), scratch))
            {
                if (byChunk.TryGetValue(c, out var same))
                {
                    result.Add(same);
                    continue;
                }

                var old = Covering(inSentence, first + c.Start, first + c.End);
                var m2 = Build(doc, normalized, docNorms, first + c.Start, first + c.End, c.Type, old?.Confidence ?? 0.6, old?.Source ?? MentionSource.Tagger);
                if (m2 is not null)
                {
                    result.Add(m2);
                    for (var j = m2.FirstToken; j < m2.EndToken; j++)
                    {
                        taken[j] = true;
                    }
                }
            }
        }

        while (k < mentions.Count)
        {
            result.Add(mentions[k++]);
        }

        mentions.Clear();
        mentions.AddRange(result);
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>The first mention that covers tokens [start, end), or null (a loop: no closure per chunk).</summary>
    private static MentionDraft? Covering(List<MentionDraft> mentions, int start, int end)
    {
        foreach (var m in mentions)
        {
            if (m.FirstToken <= start && m.EndToken >= end)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// The short forms of organizations named in the document (<see cref="OrganizationShortForms"/>: الريال after ريال
    /// مدريد): a definite word whose base is the first word of an organization of two words or more becomes that
    /// organization where a one-word mention of another type holds it (the tagger's currency); a word no mention holds
    /// stays free (الكلية after كلية الطب is a common noun).
    /// </summary>
    internal void ApplyOrganizationShortForms(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, List<MentionDraft> mentions, bool[] taken)
    {
        var tokens = doc.Tokens.AsSpan();
        var stats = _resources.Tagger.Model.Stats;
        var firsts = new HashSet<string>(StringComparer.Ordinal);
        var organizations = mentions.Where(m => m.Type == 2).Select(m => (m.FirstToken, m.EndToken, m.Type)).ToList();
        firsts.UnionWith(OrganizationShortForms.FirstWords(tokens, organizations,
            w => _resources.Lexicon.CueOf(w).Class != CueClass.None || stats.Of(w).LabelCode == WordStats.CommonWordCode));
        if (firsts.Count == 0)
        {
            return;
        }

        for (var holder = 0; holder < mentions.Count; holder++)
        {
            var i = mentions[holder].FirstToken;
            if (mentions[holder].EndToken - i != 1 || mentions[holder].Type == 2)
            {
                continue;
            }

            var t = tokens[i];
            if (t.Kind != TokenKind.Arabic || (t.Clitics & Proclitics.Al) == 0 || !firsts.Contains(t.Base))
            {
                continue;
            }

            var m2 = Build(doc, normalized, docNorms, i, i + 1, 2, mentions[holder].Confidence, mentions[holder].Source);
            if (m2 is not null)
            {
                mentions[holder] = m2;
                taken[i] = true;
            }
        }
    }

    /// <summary>Whether a mention lies across the group hit [hs, he), or inside it when the hit is a house (a loop: no closure per hit).</summary>
    private static bool OverlapsGroup(List<MentionDraft> mentions, int hs, int he, bool house)
    {
        foreach (var m in mentions)
        {
            if (m.FirstToken < he && m.EndToken > hs && (house || m.FirstToken < hs || m.EndToken > he))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when token <paramref name="i"/> is written with a final alef maksura (بنى "built", not بني "sons of").</summary>
    private static bool EndsInAlefMaksura(AnalyzedDocument doc, int i)
    {
        var surface = doc.Source.Slice(doc.Tokens[i].Span).TrimEnd("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640");
        return surface.Length > 0 && surface[^1] == Gazetteers.FunctionWords.AlefMaksura;
    }

    /// <summary>
    /// The short forms of the person chains found (<see cref="Clustering.NameChainKeys.ShortForms"/>) that the document
    /// pass looks for where the tagger left them: forms of two words or more (صلاح الدين، المعتمد على الله، يوسف بن
    /// أيوب) except a kunya alone (أبو عبد الله names many), and one definite word of five letters or more (a regnal
    /// epithet or a nisba: المعتضد، الخوارزمي). The clusterer then joins them to their chain.
    /// </summary>
    internal static IEnumerable<(string[] Form, double Confidence)> ChainShortFormsToPropagate(List<MentionDraft> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Type != 0 || m.Words.Length < 3)
            {
                continue;
            }

            foreach (var f in Clustering.NameChainKeys.ShortForms(m.Words))
            {
                var keep = f.Length >= 2
                    ? ClassicalNames.RoleOf(f[0]) != NameRole.Kunya
                    : f[0].Length >= 5 && f[0].StartsWith("\u0627\u0644", StringComparison.Ordinal) && ClassicalNames.RoleOf(f[0]) is NameRole.None or NameRole.Nisba;
                if (keep)
                {
                    yield return (f, m.Confidence);
                }
            }
        }
    }

    /// <summary>
    /// Groups (<see cref="EntityLabels.Group"/>): peoples, dynasties, communities and tribes named in the text
    /// become GRP mentions; a mention of another type lying inside the group's words is replaced, and a group
    /// inside a longer name ("جامعة الأمريكيين") is left to that name.
    /// </summary>
    private void ApplyGroups(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, List<MentionDraft> mentions, bool[] taken)
    {
        var tokens = doc.Tokens.AsSpan();

        // One delegate for the document (it reads the sentence's first token from `first`), not one per sentence.
        var first = 0;
        Func<int, bool> isFunctionWord = j => IsFunctionWord(doc, first + j) || EndsInAlefMaksura(doc, first + j);
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.IsNoise || sentence.TokenCount == 0)
            {
                continue;
            }

            first = sentence.FirstToken;
            var hits = _resources.Lexicon.Groups.MatchWithForms(tokens.Slice(first, sentence.TokenCount), isFunctionWord);
            foreach (var h in hits)
            {
                var (hs, he) = (first + h.Start, first + h.Start + h.Length);
                // A house hit (بني سويف) never replaces a name found otherwise; a listed group replaces what lies inside it.
                var house = h.Kind == GroupNames.House;
                if (OverlapsGroup(mentions, hs, he, house) || (house && IsBuiltBeforeAdverb(doc.Tokens, hs, he)))
                {
                    continue;
                }

                var g = Build(doc, normalized, docNorms, hs, he, EntityLabels.GroupType, 0.8, MentionSource.Gazetteer);
                if (g is null)
                {
                    continue;
                }

                mentions.RemoveAll(m => m.FirstToken >= hs && m.EndToken <= he);
                mentions.Add(g);
                for (var j = hs; j < he; j++)
                {
                    taken[j] = true;
                }
            }
        }

        AddNisbaPluralGroups(doc, normalized, docNorms, mentions, taken);
        RetypePeopleAfterGroupNoun(doc, mentions);

        // Last: no person is only a title, an ordinal, a chain word or the tail of a regnal name ("الله" of "بالله"),
        // whichever pass made it.
        mentions.RemoveAll(m => m.Type == 0 && ClassicalNames.IsOnlyCueWords(m.Words));
    }

    /// <summary>
    /// A people named by the nisba plural of a listed place or group (round 13): المدريديون، الكاتالونيين، الكوفيون، البغداديين،
    /// الإغريقيون — the place (مدريد، كاتالونيا، الكوفة: a city, country or region, as listed) or the group (الإغريق) + يون/يين,
    /// with the article, where no other name lies, and not a word the training text saw three times or more and never in a
    /// name (الرياضيين: athletes, not Riyadh's people). The lists hold the nationalities' plurals (المصريون) but not a city's
    /// or a region's, which historical prose names as actors ("ثار القرطبيون"، "خرج الكوفيون").
    /// </summary>
    private void AddNisbaPluralGroups(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, List<MentionDraft> mentions, bool[] taken)
    {
        var tokens = doc.Tokens;
        var stats = _resources.Tagger.Model.Stats;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (taken[i] || t.Kind != TokenKind.Arabic || doc.Sentences[t.Sentence].IsNoise)
            {
                continue;
            }

            var b = t.NormBase;
            var definite = (t.Clitics & Proclitics.Al) != 0;
            if (b.StartsWith("\u0627\u0644", StringComparison.Ordinal))
            {
                b = b[2..];
                definite = true;
            }

            if (!definite || b.Length < 6 || !(b.EndsWith("\u064A\u0648\u0646", StringComparison.Ordinal) || b.EndsWith("\u064A\u064A\u0646", StringComparison.Ordinal))
                || !IsPlaceOrGroupStem(b[..^3])
                || stats.Of(FeatureBase(t)).LabelCode == WordStats.CommonWordCode || stats.Of(t.NormBase).LabelCode == WordStats.CommonWordCode
                || stats.Of(b).LabelCode == WordStats.CommonWordCode || HasCommonSingular(b[..^3]))
            {
                continue;
            }

            var g = Build(doc, normalized, docNorms, i, i + 1, EntityLabels.GroupType, 0.7, MentionSource.Gazetteer);
            if (g is not null)
            {
                mentions.Add(g);
                taken[i] = true;
            }
        }
    }

    /// <summary>
    /// True when the nisba's singular (رياضي، رياضيه) is a word the training text saw three times or more and in a name at most
    /// about a third of the time: an adjective of its own ("sporting"), not "of Riyadh".
    /// </summary>
    private bool HasCommonSingular(ReadOnlySpan<char> stem)
    {
        Span<char> form = stackalloc char[stem.Length + 2];
        stem.CopyTo(form);
        form[stem.Length] = '\u064A';
        form[stem.Length + 1] = '\u0647';
        var stats = _resources.Tagger.Model.Stats;
        return MostlyCommon(stats.Of(form[..(stem.Length + 1)]).LabelCode) || MostlyCommon(stats.Of(form).LabelCode);

        static bool MostlyCommon(byte code) => code != 0 && (code - 1) % 2 == 1 && ((code - 1) / 10 == 0 || ((code - 1) % 10) / 2 <= 1);
    }

    /// <summary>True when a nisba's stem is a listed city, country or region (مدريد، كاتالونيا، الكوفة) or a listed group (الإغريق).</summary>
    private bool IsPlaceOrGroupStem(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 3)
        {
            return false;
        }

        // The stem as written (مدريد), with ا (كاتالونيا: the stem of الكاتالونيين is كاتالون, so with يا too) or the folded ة
        // (قرطبة), and with the article (الكوفة، الإغريق).
        Span<char> form = stackalloc char[stem.Length + 4];
        foreach (var (article, ending) in (ReadOnlySpan<(bool, string)>)[(false, ""), (false, "\u0627"), (false, "\u064A\u0627"), (false, "\u0647"), (true, ""), (true, "\u0647")])
        {
            var n = 0;
            if (article)
            {
                form[n++] = '\u0627';
                form[n++] = '\u0644';
            }

            stem.CopyTo(form[n..]);
            n += stem.Length;
            ending.CopyTo(form[n..]);
            n += ending.Length;

            var candidate = form[..n];
            if ((_resources.Lexicon.Places.ListsExactly(candidate) && _resources.Lexicon.Places.KindOf(candidate) is "city" or "country" or "region")
                || (article && _resources.Lexicon.Groups.Gazetteer.ListsExactly(candidate)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a house hit "بني X" is the passive verb بُني ("was built") before an indefinite accusative adverb: the word
    /// after it ends in the alef of tanween and is four letters or more, of which the training text saw none in a name
    /// ("بني اعتمادا على"، "بني وفقا لـ"، "بني طبقا لـ"). The tagger's group features are left as they are (the committed
    /// model was trained with them); only the pipeline's group mention is refused.
    /// </summary>
    private bool IsBuiltBeforeAdverb(System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int end)
    {
        if (end - start != 2 || tokens[start].Norm != "\u0628\u0646\u064A")
        {
            return false;
        }

        var next = tokens[start + 1];
        return next.Kind == TokenKind.Arabic && next.Clitics == Proclitics.None && next.Norm.Length >= 4 && next.Norm[^1] == '\u0627'
            && _resources.Tagger.Model.Stats.Of(next.Norm).LabelCode is 0 or 1 or WordStats.CommonWordCode;
    }

    // Nouns that name a people or a tribe by the definite word after them (شعب الآينو، قبيلة الخزرج), normalized.
    private static readonly System.Collections.Frozen.FrozenSet<string> PeopleNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[] { "شعب", "شعوب", "قبيلة", "قبائل" }
        .Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w)), StringComparer.Ordinal);

    /// <summary>
    /// A one-word person with the article right after a noun for a people or a tribe ("درس شعب الآينو"، "قبيلة الخزرج") is the
    /// people's name in construct, a group: a person's name does not follow "شعب" as its genitive.
    /// </summary>
    private static void RetypePeopleAfterGroupNoun(AnalyzedDocument doc, List<MentionDraft> mentions)
    {
        var tokens = doc.Tokens;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type != 0 || m.EndToken - m.FirstToken != 1 || m.FirstToken == 0 || (tokens[m.FirstToken].Clitics & Proclitics.Al) == 0)
            {
                continue;
            }

            var p = tokens[m.FirstToken - 1];
            if (p.Kind == TokenKind.Arabic && p.Sentence == tokens[m.FirstToken].Sentence && p.Clitics is Proclitics.None or Proclitics.Wa or Proclitics.Bi or Proclitics.Li
                && PeopleNouns.Contains(p.Base))
            {
                mentions[k] = m with { Type = EntityLabels.GroupType };
            }
        }
    }
}
