using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Entities.Names;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

/// <summary>Document consistency: one type per name (type voting) and a name found once marked where it recurs untagged.</summary>
public sealed partial class EntityRecognizer
{
    /// <summary>
    /// One type per name in a document: a mention whose name (or, for a one-word mention, a word of
    /// longer names; the last word of a person's name counts double) is given another type at least
    /// twice as often elsewhere takes that type. The list is retyped in place and returned.
    /// </summary>
    internal static List<MentionDraft> VoteTypes(List<MentionDraft> mentions)
    {
        // The votes are kept in the table (five counts, no array per name), and a mention's name is looked up as its
        // words joined in a scratch buffer: a string is made only for a name not seen before.
        // (About 0.6 distinct names and words per mention on the mixed benchmark documents: the table's first size.)
        var votes = new Dictionary<string, TypeVotes>(mentions.Count * 2 / 3, StringComparer.Ordinal);
        var byName = votes.GetAlternateLookup<ReadOnlySpan<char>>();
        var scratch = new char[64];
        foreach (var m in mentions)
        {
            // A one-word name is its word: the key is that string (a span would make a copy).
            (m.Words.Length == 1
                ? ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(votes, m.Words[0], out _)
                : ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byName, WordLists.Joined(m.Words, ref scratch), out _))[m.Type] += 2;
            if (m.Words.Length > 1)
            {
                for (var i = 0; i < m.Words.Length; i++)
                {
                    // The family name of a person ("لينين" of "فلاديمير لينين") is how the text names him alone.
                    ref var w = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(votes, m.Words[i], out _);
                    w[m.Type] += m.Type == 0 && i == m.Words.Length - 1 ? 2 : 1;
                    if (m.Type == Organization)
                    {
                        w[WordOfOrganization]++;
                    }
                }
            }
        }

        // Round 22 (22k2): the family names of the persons named in two words or more ("بلافريج" of "أحمد بلافريج").
        HashSet<string>? familyNames = null;
        foreach (var m in mentions)
        {
            if (m.Type == 0 && m.Words.Length > 1)
            {
                (familyNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.Words[^1]);
            }
        }

        // The votes are all counted above, so each mention is retyped in place (no second list).
        for (var x = 0; x < mentions.Count; x++)
        {
            var m = mentions[x];

            // A person's family name the tagger read alone as a place or another name with next to no confidence ("وولد
            // بلافريج بالرباط" read as "ب" + a place after a birth verb) is the person: one vote of his whole name outweighs it.
            if (m.Words.Length == 1 && m.Type is Place or Misc && m.Source == MentionSource.Tagger && m.Confidence < LowTaggerConfidence
                && familyNames is not null && familyNames.Contains(m.Words[0]))
            {
                mentions[x] = m with { Type = 0 };
                continue;
            }

            byName.TryGetValue(WordLists.Joined(m.Words, ref scratch), out var v);
            if (m.Words.Length == 1 && m.Type is Place or Misc)
            {
                // A word of an organization's name is not that organization where the tagger read it alone as a place or
                // another name (round 16): the genitive or adjective of a name in construct names its own thing ("في
                // مدريد" beside "ريال مدريد"، "إن شاء الله" beside "حزب الله"، "ريال" the currency). Only the whole name's
                // votes retype it; the organization's short form is its first word with the article (OrganizationShortForms).
                v[Organization] -= v[WordOfOrganization];
            }

            var best = m.Type;
            for (var t = 0; t < 4; t++)
            {
                if (v[t] >= 2 * Math.Max(1, v[m.Type]) && v[t] > v[best])
                {
                    best = t;
                }
            }

            if (best != m.Type)
            {
                mentions[x] = m with { Type = best };
            }
        }

        return mentions;
    }

    /// <summary>Below this a tagger's one-word place or other name yields to a person's family name of the same word.</summary>
    private const double LowTaggerConfidence = 0.1;

    private const int Place = 1;
    private const int Organization = 2;
    private const int Misc = 3;

    // The sixth count of TypeVotes: the organization votes a word received as a word of a longer organization's name.
    private const int WordOfOrganization = 5;

    /// <summary>The votes a name received for each of the five types, and (slot 5) those of its organization votes that came from longer names.</summary>
    [System.Runtime.CompilerServices.InlineArray(6)]
    private struct TypeVotes
    {
        private int _type;
    }

    /// <summary>
    /// Document consistency: a name the tagger found (twice, or once with high confidence; a place, an organization or
    /// a person in Arabic letters once) is also marked where it occurs untagged (with or without proclitics, للبنك for
    /// البنك), longest names first. A one-word name found once is not marked where the word is a common word of the
    /// training text.
    /// </summary>
    internal void Propagate(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, List<MentionDraft> mentions, bool[] taken, HashSet<int> extended)
    {
        // (About 0.37 distinct names per mention on the mixed benchmark documents: the table's first size.)
        var stats = new Dictionary<string, (int Count, double Conf, int[] Types, string[] Words)>(mentions.Count * 2 / 5, StringComparer.Ordinal);
        var statsByName = stats.GetAlternateLookup<ReadOnlySpan<char>>(); // a string only for a name not seen before
        var scratch = new char[64];
        foreach (var m in mentions)
        {
            bool exists;
            ref var e = ref m.Words.Length == 1
                ? ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(stats, m.Words[0], out exists)
                : ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(statsByName, WordLists.Joined(m.Words, ref scratch), out exists);
            if (!exists)
            {
                e = (Count: 0, Conf: 0.0, Types: new int[5], Words: m.Words);
            }

            e.Types[m.Type]++;
            e = (e.Count + 1, Math.Max(e.Conf, m.Confidence), e.Types, e.Words);
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

        // The family name of a person named in two words or more (ستولمان of ريتشارد ستولمان) is how the text names him
        // alone later; see FamilyNamesToPropagate (the CoNLL commands' document pass does the same).
        foreach (var (form, conf) in FamilyNamesToPropagate(doc, mentions, extended))
        {
            if (!stats.ContainsKey(form))
            {
                var types = new int[5];
                types[0] = 1;
                stats[form] = (2, conf, types, [form]);
            }
        }

        // Round 22 (22k2): the given name of a person whose family name is a nisba or a name with the article (علال of علال
        // الفاسي، مأمون of مأمون الهضيبي) is how the text names him alone later; see GivenNamesToPropagate.
        foreach (var (form, conf) in GivenNamesToPropagate(doc, mentions, extended))
        {
            if (!stats.ContainsKey(form))
            {
                var types = new int[5];
                types[0] = 1;
                stats[form] = (2, conf, types, [form]);
            }
        }

        // A one-word person name whose word the training text reads mostly as a common word ("دين" is debt more often than
        // David Dein) is marked only within NearSentences of a sentence that names the person; see SentencesNamingAmbiguous.
        var near = SentencesNamingAmbiguous(stats, mentions, doc, taken);

        var byFirst = new Dictionary<string, List<(string[] Words, int Type, double Conf, bool Once)>>(StringComparer.Ordinal);
        foreach (var (_, (count, conf, types, keyWords)) in stats)
        {
            // A name found once with low confidence is looked for again when it is a place or an organization, or a person
            // written in Arabic letters (as the CoNLL commands' document pass does; round 9): other names (MISC, Latin
            // words such as "E - mail") keep the old threshold, twice or once with high confidence.
            var type = Array.IndexOf(types, types.Max());
            if (count < 2 && conf < 0.8 && !(type is 1 or 2 || (type == 0 && keyWords.All(IsArabicWord))))
            {
                continue;
            }

            // A chain's short form may start with a chain word (ابن تاشفين); an organization or place may start with its head
            // noun (البنك التجاري، جزيرة سردينيا: two words or more, of the head's type); other names never start with a cue.
            var cue = _resources.Lexicon.CueOf(keyWords[0]).Class;
            if (keyWords.Any(w => w.Length < 2) || (keyWords.Length == 1 && keyWords[0].Length < 3)
                || (cue != CueClass.None && !chainForms.Contains(string.Join(' ', keyWords))
                    && !(keyWords.Length > 1 && ((cue == CueClass.OrgHead && type == 2) || (cue == CueClass.LocHead && type == 1)))))
            {
                continue;
            }

            if (!byFirst.TryGetValue(keyWords[0], out var list))
            {
                list = [];
                byFirst[keyWords[0]] = list;
            }

            list.Add((keyWords, type, conf, count < 2 && conf < 0.8));
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

                // "للبنك التجاري" is "البنك التجاري" after ل: the article form is one more key to look up.
                var articleForm = t.Kind == TokenKind.Arabic && t.Norm.Length > 4 && t.Norm.StartsWith("\u0644\u0644", StringComparison.Ordinal);
                for (var k = 0; k <= t.CliticCount + (articleForm ? 1 : 0); k++)
                {
                    var viaArticle = k > t.CliticCount;
                    if (!(viaArticle ? byFirst.TryGetValue(string.Concat("\u0627", t.Norm.AsSpan(1)), out var candidates) : byFirstLookup.TryGetValue(t.BaseCandidate(k), out candidates)))
                    {
                        continue;
                    }

                    var matched = false;
                    foreach (var (keyWords, type, conf, once) in candidates)
                    {
                        // A one-word name found once is not looked for where the word is a common word of the training text.
                        if (once && keyWords.Length == 1 && (_resources.Tagger.Model.Stats.Of(t.NormBase).LabelCode == WordStats.CommonWordCode
                            || _resources.Tagger.Model.Stats.Of(FeatureBase(t)).LabelCode == WordStats.CommonWordCode))
                        {
                            continue;
                        }

                        var end = i + keyWords.Length;
                        if (end > sentence.EndToken
                            || (near is not null && keyWords.Length == 1 && type == 0 && near.TryGetValue(keyWords[0], out var naming) && !IsNear(naming, t.Sentence)))
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
                        if (m is null || !(viaArticle ? m.Words.Length == keyWords.Length && m.Words.AsSpan(1).SequenceEqual(keyWords.AsSpan(1)) : WordLists.SameJoined(m.Words, keyWords)))
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

    /// <summary>
    /// The family names to look for alone: the last word of a person mention of two words or more (فيرمي of إنريكو فيرمي,
    /// ستولمان of ريتشارد ماثيو ستولمان), written in Arabic letters, when the mention does not begin with the article (السوفت
    /// وير is no given name and family name), the word is no part of a classical chain's grammar (a nisba, laqab or regnal
    /// name is a chain short form instead; بالله، الدين، الثاني are none), does not follow a nasab link, kunya head, عبد or
    /// laqab head (بن أيوب names the father, أبو بكر and عبد الله are one name), is not a function word under any spelling
    /// (علي), not a cue, not a word the training text saw three times or more and never in a name, and was not added to the
    /// name by the rare-word extension (<paramref name="extended"/>: a guess, not the tagger's reading). A family name with
    /// the article (الحداد، الصباح) is left to the claims' document index, which reads such short forms and leaves a name
    /// two persons share alone (one copy of that rule); a family name two persons of the document share is never taken.
    /// </summary>
    internal IEnumerable<(string Form, double Confidence)> FamilyNamesToPropagate(AnalyzedDocument doc, List<MentionDraft> mentions, IReadOnlySet<int> extended)
    {
        // A family name two persons share (two given names before it: يوسف الحداد and his son كمال يوسف الحداد) names neither
        // alone; ريتشارد ستولمان and ريتشارد ماثيو ستولمان are one person.
        // A name that is the tail of the other is the same person too: "كي مون" of "بان كي مون" (round 13).
        var owners = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type != 0 || m.Words.Length < 2)
            {
                continue;
            }

            if (!owners.TryGetValue(m.Words[^1], out var owner))
            {
                owners[m.Words[^1]] = m.Words;
            }
            else if (owner[0] != m.Words[0] && !IsTail(owner, m.Words))
            {
                if (IsTail(m.Words, owner))
                {
                    owners[m.Words[^1]] = m.Words;
                }
                else
                {
                    shared.Add(m.Words[^1]);
                }
            }
        }

        foreach (var m in mentions)
        {
            if (m.Type != 0 || m.Words.Length < 2 || m.EndToken - m.FirstToken != m.Words.Length || extended.Contains(m.EndToken - 1)
                || (m.Words[0].StartsWith("\u0627\u0644", StringComparison.Ordinal) && doc.Source.Slice(m.Span).StartsWith("\u0627\u0644", StringComparison.Ordinal)))
            {
                continue;
            }

            var last = m.Words[^1];
            var token = doc.Tokens[m.EndToken - 1];
            if (token.Kind != TokenKind.Arabic || last.Length < 3 || shared.Contains(last) || last.StartsWith("\u0627\u0644", StringComparison.Ordinal)
                || ClassicalNames.RoleOf(last) != NameRole.None
                || ClassicalNames.RoleOf(m.Words[^2]) is NameRole.Link or NameRole.Kunya or NameRole.Abd or NameRole.LaqabHead
                || Gazetteers.FunctionWords.IsFoldedFunctionWord(FeatureBase(token))
                || _resources.Lexicon.CueOf(last).Class != CueClass.None
                || _resources.Tagger.Model.Stats.Of(FeatureBase(token)).LabelCode == WordStats.CommonWordCode)
            {
                continue;
            }

            yield return (last, m.Confidence);
        }
    }

    /// <summary>
    /// Round 22 (22k2): the given names to look for alone: the first word of a person mention of two words or more whose last
    /// word bears the article (a nisba or a family name such as الفاسي، الهضيبي، which FamilyNamesToPropagate leaves alone),
    /// in Arabic letters, when the first word itself has no article, is no part of a classical chain's grammar (بن، أبو، عبد,
    /// a laqab), no function word, no cue and no common word of the training text, and was not added by the rare-word
    /// extension, and when the document names the person in full twice at least. A given name two persons of the document share (two different last words after it) is never taken: the
    /// father and the son of one family (حسن الهضيبي، مأمون الهضيبي) keep their own given names.
    /// </summary>
    internal IEnumerable<(string Form, double Confidence)> GivenNamesToPropagate(AnalyzedDocument doc, List<MentionDraft> mentions, IReadOnlySet<int> extended)
    {
        var lastOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        var times = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type != 0 || m.Words.Length < 2)
            {
                continue;
            }

            times[m.Words[0]] = times.GetValueOrDefault(m.Words[0]) + 1;
            if (!lastOf.TryAdd(m.Words[0], m.Words[^1]) && lastOf[m.Words[0]] != m.Words[^1])
            {
                shared.Add(m.Words[0]);
            }
        }

        foreach (var m in mentions)
        {
            if (m.Type != 0 || m.Words.Length < 2 || m.EndToken - m.FirstToken != m.Words.Length || extended.Contains(m.FirstToken)
                || !m.Words[^1].StartsWith("\u0627\u0644", StringComparison.Ordinal))
            {
                continue;
            }

            var first = m.Words[0];
            var token = doc.Tokens[m.FirstToken];
            // Named in full twice at least ("علال الفاسي" and "علال بن عبد الواحد الفاسي"): a tagger's one reading of a common phrase
            // as a name ("رمزه الكيماوي") spreads nothing.
            if (times.GetValueOrDefault(first) < 2)
            {
                continue;
            }

            if (token.Kind != TokenKind.Arabic || first.Length < 3 || shared.Contains(first) || first.StartsWith("\u0627\u0644", StringComparison.Ordinal)
                || ClassicalNames.RoleOf(first) != NameRole.None
                || Gazetteers.FunctionWords.IsFoldedFunctionWord(FeatureBase(token))
                || _resources.Lexicon.CueOf(first).Class != CueClass.None
                || _resources.Tagger.Model.Stats.Of(FeatureBase(token)).LabelCode == WordStats.CommonWordCode)
            {
                continue;
            }

            yield return (first, m.Confidence);
        }
    }

    /// <summary>True when <paramref name="shorter"/> is the last words of <paramref name="longer"/> (كي مون of بان كي مون).</summary>
    private static bool IsTail(string[] longer, string[] shorter)
        => shorter.Length <= longer.Length && longer.AsSpan(longer.Length - shorter.Length).SequenceEqual(shorter);

    /// <summary>How far (in sentences) a one-word person name with a common reading is marked from a sentence naming the person: the CoNLL document pass's window.</summary>
    internal const int NearSentences = 20;

    /// <summary>
    /// The one-word person names to look for only near their person, with the sentences that name the person (a mention the
    /// passes before found, alone or as the last word of a longer name): names whose word is also a common word — the training
    /// text saw it three times or more and in a name at most about a third of the time, or this document writes it with the
    /// article outside any name ("الدين" of "أوراق الدين": debt; David Dein). A document of news holds many stories, and a family
    /// name that is also a common word names its person only near the full name; far from it (another story: "أدوات دين"،
    /// "سندات دين") the common reading wins. Null when there is none (round 13).
    /// </summary>
    private Dictionary<string, List<int>>? SentencesNamingAmbiguous(Dictionary<string, (int Count, double Conf, int[] Types, string[] Words)> stats, List<MentionDraft> mentions, AnalyzedDocument doc, bool[] taken)
    {
        var tokens = doc.Tokens;
        Dictionary<string, List<int>>? near = null;
        HashSet<string>? pending = null; // no common word in training: does this document write it with the article outside any name?
        foreach (var (key, (_, _, types, keyWords)) in stats)
        {
            if (keyWords.Length != 1 || Array.IndexOf(types, types.Max()) != 0 || key.StartsWith("\u0627\u0644", StringComparison.Ordinal))
            {
                continue;
            }

            var code = _resources.Tagger.Model.Stats.Of(key).LabelCode;
            if (code != 0 && (code - 1) % 2 == 1 && ((code - 1) / 10 == 0 || ((code - 1) % 10) / 2 <= 1))
            {
                (near ??= new Dictionary<string, List<int>>(StringComparer.Ordinal))[key] = [];
            }
            else
            {
                (pending ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
            }
        }

        if (pending is not null)
        {
            var lookup = pending.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!taken[i] && tokens[i].Kind == TokenKind.Arabic && (tokens[i].Clitics & Proclitics.Al) != 0 && lookup.TryGetValue(tokens[i].NormBase, out var key))
                {
                    (near ??= new Dictionary<string, List<int>>(StringComparer.Ordinal)).TryAdd(key, []);
                }
            }
        }

        if (near is not null)
        {
            foreach (var m in mentions)
            {
                if (m.Type == 0 && near.TryGetValue(m.Words[^1], out var at))
                {
                    at.Add(tokens[m.FirstToken].Sentence);
                }
            }
        }

        return near;
    }

    /// <summary>True when a sentence in <paramref name="naming"/> is at most <see cref="NearSentences"/> from <paramref name="sentence"/>.</summary>
    private static bool IsNear(List<int> naming, int sentence)
    {
        foreach (var s in naming)
        {
            if (Math.Abs(s - sentence) <= NearSentences)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of Arabic letters only (no Latin, digits or marks).</summary>
    private static bool IsArabicWord(string word) => word.Length > 0 && word.All(c => c is >= '\u0621' and <= '\u064A');
}
