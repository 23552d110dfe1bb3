using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

/// <summary>Name extension: foreign names the model half-sees (a rare word after a person, a rare word after a place
/// head noun) and a mention that begins a longer name found elsewhere in the document.</summary>
public sealed partial class EntityRecognizer
{
    /// <summary>
    /// Two rules for foreign names the model half-sees: a person's name is extended by a following
    /// rare word that carries no proclitic (فريدريك + إنجلز), and a place head noun (نهر، بحيرة، جبل،
    /// جزيرة، قرية) followed by a rare word makes that word a place (نهر ينيسي). "Rare" means seen at
    /// most three times in the training text, never as a common cue word, and written without vowel marks
    /// (a vocalized word such as "تُعيده" is a common word the writer disambiguated, not a foreign name).
    /// </summary>
    /// <param name="doc">The document.</param>
    /// <param name="normalized">Its normalized text.</param>
    /// <param name="docNorms">Its word counts.</param>
    /// <param name="mentions">The mentions so far (changed in place).</param>
    /// <param name="taken">Tokens inside a mention (changed in place).</param>
    /// <param name="extended">When given, receives the token of every rare word added after a person (a guess: no
    /// family name is taken from it, see <see cref="FamilyNamesToPropagate"/>).</param>
    internal void ExtendNames(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, List<MentionDraft> mentions, bool[] taken, HashSet<int>? extended = null)
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

            // The training text's statistics are kept by the base the tagger's features see (the shape-only clitic
            // analysis: بشكل → شكل), which the pipeline's analysis may not split: that base must be unseen too.
            return Unseen(t.Norm) && (whole || ((t.Clitics == Proclitics.None || Unseen(t.NormBase)) && Unseen(FeatureBase(t))));
        }

        // A known word with an accusative or a pronoun ending is no part of a name: "رونالدو مشهورا"، "كيروش تعقيبا"،
        // "رونالدو اغتصبها"، "نور الدين قبله"، "يبقى فينغر مدربا"، "طالباني متضامنا" (the word less its ending is one the
        // training text saw and found in a name at most a quarter of the time, or a cue word such as مدرب; a final ه may
        // be a folded ta marbuta, and the rule holds for it too: عطيه is not عطي + ه). Round 9 widened "seen three times
        // or more and never in a name" to this on the ANERcorp development slice (circumstantial accusatives after a name).
        bool CommonWithEnding(int i)
        {
            var b = FeatureBase(tokens[i]);
            foreach (var ending in (ReadOnlySpan<string>)["\u0627", "\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627"])
            {
                if (b.Length - ending.Length < 3 || !b.EndsWith(ending, StringComparison.Ordinal))
                {
                    continue;
                }

                var stem = b[..^ending.Length];
                var code = stats.Of(stem).LabelCode;
                if ((code != 0 && ((code - 1) % 10) / 2 <= 1) || _resources.Lexicon.CueOf(stem.ToString()).Class != CueClass.None)
                {
                    return true;
                }
            }

            return false;
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

            if (Rare(m.EndToken) && !CommonWithEnding(m.EndToken) && !LooksLikeVerbWithObject(doc, m.EndToken) && !IsCompleteName(m) && !NoFamilyName(doc, m.EndToken))
            {
                var longer = Build(doc, normalized, docNorms, m.FirstToken, m.EndToken + 1, 0, m.Confidence * 0.9, m.Source);
                if (longer is not null)
                {
                    taken[m.EndToken] = true;
                    extended?.Add(m.EndToken);
                    mentions[k] = longer;
                }
            }
        }

        // A nationality adjective before a foreign name the model missed: a person ("العالم الألماني هيزنبرج"، "الصربي
        // مياتوفيتش"، "المؤرخ اليوناني هيرودوت"). The adjective is the masculine singular of a listed people, with the
        // article (IsDemonym); the name is one to three rare words that are not common words with an ending or verbs.
        // (No preposition or conjunction under either analysis: "البريطاني ببكنجهام" is "in Buckingham"; a س that may be
        // the future prefix is the name's own letter: ستانلي.)
        bool NameWord(int j) => Rare(j) && (NerWord.FeatureClitics.Analyze(tokens[j].Norm).Clitics & ~Proclitics.Sa) == Proclitics.None
            && !CommonWithEnding(j) && !LooksLikeVerbWithObject(doc, j);
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.IsNoise)
            {
                continue;
            }

            for (var i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
            {
                // …not after a team's or a place's head noun (المنتخب البرتغالي، النادي البرتغالي: the adjective is the team's).
                if (!IsDemonym(tokens[i]) || !NameWord(i + 1)
                    || (i > sentence.FirstToken && (CueWithArticle(tokens[i - 1]).Class is CueClass.OrgHead or CueClass.LocHead
                        || _resources.Lexicon.CueOf(tokens[i - 1].Base).Class is CueClass.OrgHead or CueClass.LocHead
                        || Names.OrganizationHeadPass.IsHead(tokens[i - 1].Base))))
                {
                    continue;
                }

                var end = i + 2;
                while (end < sentence.EndToken && end < i + 4 && NameWord(end))
                {
                    end++;
                }

                var m = Build(doc, normalized, docNorms, i + 1, end, 0, 0.55, MentionSource.Tagger);
                if (m is not null)
                {
                    mentions.Add(m);
                    for (var j = m.FirstToken; j < m.EndToken; j++)
                    {
                        taken[j] = true;
                    }

                    extended?.Add(m.EndToken - 1);
                    i = end - 1;
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
    /// A person's name that takes no rare word after it (round 10, issue #14: the rare-word extension cost F1 on every
    /// development set, almost always after a name already whole): its last word is a family name or a mononym the
    /// person lists hold alone (رونالدو، هتلر، إيتو، قرنق) or the whole mention is a listed person ("كريستيانو رونالدو");
    /// or it is an Arabic name, whose grammar the name-chain pass reads instead: a last word with the article (a nisba or
    /// laqab, الوليد، الخور) or a nasab link or kunya in it ("محمد بن المنكدر"، "محمد بن راشد آل مكتوم"). A foreign
    /// given name alone or with a middle name still takes its family name (هنري + موزلي).
    /// </summary>
    internal bool IsCompleteName(MentionDraft m)
    {
        var last = m.Words[^1];
        var names = _resources.Lexicon.Names;
        if (names.KindOf(last) is "per:surname" or "per:mononym" || (m.Words.Length > 1 && names.KindOf(m.Key) is "per:person"))
        {
            return true;
        }

        if (last.Length >= 4 && last.StartsWith("\u0627\u0644", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var w in m.Words)
        {
            if (Names.ClassicalNames.RoleOf(w) is Names.NameRole.Link or Names.NameRole.Kunya)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word that is no family name whatever the statistics say (round 10): a word written with a final ta marbuta (a
    /// feminine noun or adjective: "لفظة"، "مستشارية"), or a country, region or continent of the place lists ("انتقد
    /// القرضاوي قطر").
    /// </summary>
    internal bool NoFamilyName(AnalyzedDocument doc, int i)
    {
        var surface = doc.Source.Slice(doc.Tokens[i].Span).TrimEnd("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640");
        if (surface.Length > 0 && surface[^1] == '\u0629')
        {
            return true;
        }

        return _resources.Lexicon.Places.KindOf(ArticleForm(doc.Tokens[i])) is "country" or "region" or "continent";
    }

    /// <summary>
    /// A mention that begins a longer name of the same type found elsewhere in the document, and is followed
    /// here by the rest of that name, takes the whole name: "وُلد خليل إبراهيم الصيداوي" after the heading
    /// "خليل إبراهيم الصيداوي", where the tagger stopped at "خليل إبراهيم".
    /// </summary>
    internal void ExtendToKnownNames(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, List<MentionDraft> mentions, bool[] taken)
    {
        // Multi-word names by first word, longest first (the first of each name and type, in mention order on a tie:
        // a stable sort). Names are compared by their words, without joining them into keys.
        var distinct = new HashSet<MentionDraft>(WordLists.NameAndType);
        var multi = new List<(MentionDraft Mention, int Order)>();
        foreach (var m in mentions)
        {
            if (m.Words.Length > 1 && distinct.Add(m))
            {
                multi.Add((m, multi.Count));
            }
        }

        if (multi.Count == 0)
        {
            return;
        }

        multi.Sort(static (a, b) => a.Mention.Words.Length != b.Mention.Words.Length ? b.Mention.Words.Length.CompareTo(a.Mention.Words.Length) : a.Order.CompareTo(b.Order));
        var longer = new Dictionary<string, List<(string[] Words, int Type)>>(StringComparer.Ordinal);
        foreach (var (m, _) in multi)
        {
            if (!longer.TryGetValue(m.Words[0], out var list))
            {
                list = [];
                longer[m.Words[0]] = list;
            }

            list.Add((m.Words, m.Type));
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
    /// The normalized base of a token as the tagger's features and the training text's statistics see it (the
    /// shape-only clitic analysis of <see cref="NerWord.FeatureClitics"/>), which may strip a proclitic the
    /// pipeline's own analysis keeps (بشكل → شكل).
    /// </summary>
    internal static ReadOnlySpan<char> FeatureBase(Token t)
        => t.Kind == TokenKind.Arabic ? t.Norm.AsSpan(NerWord.FeatureClitics.Analyze(t.Norm).PrefixLength) : t.Norm.AsSpan();

    /// <summary>
    /// True for a masculine nationality adjective with the article (الألماني، للإيطالي، الصربي): its sound plural
    /// (النمساويون) or its broken plural one letter shorter (الصرب، الألمان) is a people of the group lists.
    /// </summary>
    internal bool IsDemonym(Token t) => Gazetteers.Demonyms.IsDefiniteAdjective(t, _resources.Lexicon.Groups.Gazetteer);
}
