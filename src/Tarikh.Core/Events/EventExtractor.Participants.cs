using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Events;

/// <summary>Participants of an event: the explicit subject or object around the trigger, kinship subjects, a dropped subject resolved to the topic, and the clause tests they need.</summary>
public sealed partial class EventExtractor
{
    private void AssignParticipants(AnalyzedDocument doc, DocIndex ix, Sentence s, Draft d, ref int? topic)
    {
        var m = d.Match;
        var e = m.Entry;
        var clause = ix.Clause[m.FirstToken];
        int? explicitMain = null;
        var explicitMention = -1;
        var explicitOrgs = new List<int>();
        var others = new List<int>();
        int? groupAgent = null; // a group right after a verb of one life (قتله المغول): its agent, see EventExtractor.Groups
        var groupAgentToken = -1;
        var mainAfterGroup = false;

        // After the trigger: VSO subject (verbs), genitive (nouns), objects.
        var limit = Math.Min(s.EndToken, m.LastToken + 1 + Options.SubjectWindow);
        var afterPreposition = false;
        for (var t = m.LastToken + 1; t < limit; t++)
        {
            if (ix.Clause[t] != clause)
            {
                break;
            }

            var tok = doc.Tokens[t];
            var mi = ix.MentionAt[t];
            if (mi < 0)
            {
                // A preposition, or a word with ب/ل/ك (بخدمة السلطان), opens a phrase: no subject after it.
                if (IsPreposition(tok) || (tok.Kind == TokenKind.Arabic && (tok.Clitics & (Proclitics.Bi | Proclitics.Li | Proclitics.Ka)) != 0))
                {
                    afterPreposition = true;
                }

                if (e.Pos == TriggerPos.Noun && t > m.LastToken + 2 && !afterPreposition)
                {
                    afterPreposition = true; // a genitive follows the noun directly
                }

                continue;
            }

            var mention = doc.Entities[mi];
            if (t > m.LastToken + 1 && (tok.Clitics & Proclitics.Wa) != 0 && PrecededByRankedSubject(doc, ix, s, m, clause))
            {
                break; // "نجيب الأكبر ولد سنة 1881 ونسيب …": the subject stands before the verb; a name joined by و after it opens the next clause
            }

            var startsWithPreposition = StartsWithPreposition(doc, ix, mi);
            if (ActsAsPerson(mention.Label, e))
            {
                if (!afterPreposition && !startsWithPreposition && explicitMain is null && d.Match.ContextToken != t && t - m.LastToken <= 3)
                {
                    explicitMain = mention.Cluster;
                    explicitMention = mi;
                    mainAfterGroup = groupAgent is not null;
                    d.Evidence.Add(mention.Span);
                }
                else if (!others.Contains(mention.Cluster) && mention.Cluster != explicitMain
                    && !(PassiveMaking(e) && !AgentPhraseBefore(doc, t, m.LastToken)))
                {
                    others.Add(mention.Cluster);
                    d.Evidence.Add(mention.Span);
                }
            }
            else if (mention.Label == EntityLabels.Organization && !explicitOrgs.Contains(mention.Cluster))
            {
                explicitOrgs.Add(mention.Cluster);
                d.Evidence.Add(mention.Span);
            }
            else if (mention.Label == EntityLabels.Group && groupAgent is null && explicitMain is null && GroupMayBeAgent(e)
                && !afterPreposition && !startsWithPreposition && t - m.LastToken <= 2)
            {
                groupAgent = mention.Cluster;
                groupAgentToken = t;
            }

            t = ix.MentionLastToken[mi];
        }

        // Before the trigger: SVO subject opening the clause.
        if (explicitMain is null && m.FirstToken > s.FirstToken)
        {
            var pm = ix.MentionAt[m.FirstToken - 1];
            if (pm < 0 && m.FirstToken - 2 >= s.FirstToken && IsNameTail(doc.Tokens[m.FirstToken - 1]))
            {
                pm = ix.MentionAt[m.FirstToken - 2];
            }

            var ranked = false;
            if (pm < 0 && m.FirstToken - 2 >= s.FirstToken && IsRankWord(doc.Tokens[m.FirstToken - 1]) && ix.Clause[m.FirstToken - 1] == clause)
            {
                pm = ix.MentionAt[m.FirstToken - 2]; // "نجيب الأكبر ولد": a rank word between the subject and its verb
                ranked = pm >= 0;
            }

            if (pm >= 0 && ActsAsPerson(doc.Entities[pm].Label, e) && ix.Clause[ix.MentionFirstToken[pm]] == clause
                && (OpensClause(doc, ix, ix.MentionFirstToken[pm]) || (ranked && RankedOpensWithWa(doc, ix, pm))))
            {
                explicitMain = doc.Entities[pm].Cluster;
                d.Evidence.Add(doc.Entities[pm].Span);
            }
        }

        // قتل الحاكمُ برجوان: a verb read both ways, not written passive, whose named person carries the nominative vowel or is
        // followed by another person is active: the named person is the killer, the one after (if tagged) the dead.
        var activeObject = -2;
        if (explicitMention >= 0 && e.MainRole == "patient" && e.Pos == TriggerPos.Verb && e.PassiveConfidence > 0
            && !PassiveVowel(doc, m.FirstToken) && ActiveAgent(doc, ix, explicitMention, clause) is { } obj)
        {
            others.Insert(0, explicitMain!.Value);
            d.OtherRoleOverride = "agent";
            activeObject = obj;
            explicitMain = null;
        }

        int? main;
        var mainRole = e.MainRole;
        var fromTopic = false;
        if (explicitMain is { } em0 && e.Type is "meeting" or "marriage" or "family" && topic is { } tp0 && tp0 != em0 && m.ContextToken < 0 && !FollowedByPartner(doc, ix, m, clause))
        {
            others.Insert(0, em0); // التقى ليبكنشت / تعرف على تروتسكي: the named person is the partner, the topic the subject
            explicitMain = null;
        }

        var kin = KinSubject(doc, ix, s, m);
        if (explicitMain is null && kin is not null)
        {
            explicitMain = kin.Value.Cluster;
            if (kin.Value.Span is { } ks)
            {
                d.Evidence.Add(ks);
            }
        }
        else if (explicitMain is null && KinFollows(doc, m))
        {
            d.Participants = ImmutableArray<Participant>.Empty;
            d.MainFromTopic = false;
            return; // a relative the text does not name: better no participant than the wrong one
        }

        // وقتلوا الخليفة، قتلوه: the plural doer of a verb of one life is the group named last before it, not the topic.
        if (groupAgent is null && GroupMayBeAgent(e) && PluralSubject(doc, m) && RecentGroup(doc, ix, d.Sentence, m.FirstToken) is { } recent)
        {
            groupAgent = doc.Entities[recent].Cluster;
            groupAgentToken = ix.MentionFirstToken[recent];
            mainAfterGroup = true;
        }

        if (explicitMain is { } em)
        {
            if (m.HasPronoun && e.Pos == TriggerPos.Verb && e.MainRole == "patient")
            {
                // أعدمه الملك: the explicit person is the agent, the pronoun the patient.
                main = ResolveDropped(doc, ix, s, d, topic);
                if (main == em)
                {
                    main = em;
                }
                else
                {
                    others.Insert(0, em);
                    d.OtherRoleOverride = "agent";
                }

                fromTopic = main != em;
            }
            else
            {
                main = em;
            }
        }
        else if (e.NoSubject && !m.HasPronoun)
        {
            main = null;
        }
        else if (!m.HasPronoun && e.MainRole == "agent" && PluralSubject(doc, m))
        {
            // استولوا، سافروا: the plural doer is never the singular person of the topic. (A plural verb of what one
            // undergoes, وحوكموا وأعدموا, may be passive with the topic among its subjects: it keeps the topic.)
            main = CollectiveTypes.Contains(e.Type) && RecentGroup(doc, ix, d.Sentence, m.FirstToken) is { } g ? doc.Entities[g].Cluster : null;
            fromTopic = main is not null;
        }
        else if (e.Pos == TriggerPos.Noun && !m.HasPronoun && !d.Match.HasArticle && d.Match.Entry.ArticleOk is false && explicitOrgs.Count > 0)
        {
            main = null; // "تأسيس جمعية العمال": the organization is what the noun is about
        }
        else if (groupAgent is not null && !m.HasPronoun)
        {
            main = null; // قتل الصليبيون: the group died or killed someone unnamed; either way not the topic
        }
        else
        {
            main = ResolveDropped(doc, ix, s, d, topic);
            fromTopic = true;
        }

        if (activeObject != -2)
        {
            main = activeObject >= 0 ? activeObject : null;
            fromTopic = false;
        }

        // A group right after a verb of one life is its agent only when the verb's patient is known: an object pronoun
        // (قتله المغول) or a person named after the group (قتل المغول الخليفة المستعصم); else the verb may be passive.
        if (groupAgent is { } ga && main is { } pat && pat != ga
            && (m.HasPronoun || (explicitMain == pat && mainAfterGroup)))
        {
            others.Insert(0, ga);
            d.Evidence.Add(doc.Entities[ix.MentionAt[groupAgentToken]].Span);
        }

        var parts = ImmutableArray.CreateBuilder<Participant>();
        if (main is { } mc)
        {
            parts.Add(new Participant(mainRole, mc));
        }

        var otherRole = d.OtherRoleOverride ?? e.Type switch
        {
            "marriage" => "spouse",
            "meeting" => "with",
            "family" => "child",
            _ => e.MainRole == "patient" ? "agent" : "with",
        };
        foreach (var o in others)
        {
            if (o != main)
            {
                parts.Add(new Participant(ReferenceEquals(otherRole, d.OtherRoleOverride) && o != others[0] ? "with" : otherRole, o));
            }
        }

        foreach (var org in explicitOrgs)
        {
            parts.Add(new Participant(e.MainRole == "patient" && !parts.Any(p => p.Role == "agent") ? "agent" : "organization", org));
        }

        d.Participants = parts.ToImmutable();
        d.MainFromTopic = fromTopic;

        // The explicit subject of a verb becomes the topic of what follows.
        if (explicitMain is { } ex && e.Pos == TriggerPos.Verb && main == ex && doc.Sentences[d.Sentence].Kind != SentenceKind.Heading && IsPersonCluster(doc, ex))
        {
            topic = ex;
        }
    }

    /// <summary>True when another person follows the first one after مع / من / و (تزوج خالد من ليلى): the first is then the subject.</summary>
    private static bool FollowedByPartner(AnalyzedDocument doc, DocIndex ix, TriggerMatch m, int clause)
    {
        var persons = 0;
        for (var t = m.LastToken + 1; t < doc.Tokens.Length && t <= m.LastToken + 8 && ix.Clause[t] == clause; t++)
        {
            var mi = ix.MentionAt[t];
            if (mi >= 0 && doc.Entities[mi].Label == EntityLabels.Person)
            {
                // "تزوج جاكلين روك في فالوريس": a name after في is where, never a partner (a place the tagger took for a person).
                if (t == 0 || doc.Tokens[t - 1].Norm != "في")
                {
                    persons++;
                }

                t = ix.MentionLastToken[mi];
            }
        }

        return persons >= 2;
    }

    private bool KinFollows(AnalyzedDocument doc, TriggerMatch m)
    {
        var next = m.LastToken + 1;
        if (next < doc.Tokens.Length && doc.Tokens[next].Sentence == doc.Tokens[m.LastToken].Sentence)
        {
            return _matcher.Lexicon.KinOf(doc.Tokens[next], doc.Source) is not null
                || (next != m.ContextToken && AssociateNouns.Contains(doc.Tokens[next].Base) && WrittenWithPronoun(doc, next));
        }

        return false;
    }

    /// <summary>
    /// A pupil, a servant, an assistant, a companion or a successor with the possessive right after a verb is its subject (round 19):
    /// "وبعد ثلاث سنوات أجرى تلميذه أول عملية" is the pupil's act, not the master's (as "توفيت والدته" is the mother's death).
    /// </summary>
    /// <summary>True when the token's last letter is written ه (a pronoun): "تلميذه" (his pupil), not "تلميذة" (a pupil, folded alike).</summary>
    private static bool WrittenWithPronoun(AnalyzedDocument doc, int token)
    {
        var text = doc.Source[doc.Tokens[token].Span];
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] is >= '\u064B' and <= '\u0652')
            {
                continue; // a vowel mark after the last letter
            }

            return text[i] == '\u0647';
        }

        return false;
    }

    private static readonly FrozenSet<string> AssociateNouns = new[]
    {
        "تلميذه", "تلميذها", "تلاميذه", "تلاميذها", "تلامذته", "تلامذتها", "طالبه", "طلابه", "طلابها", "مساعده", "مساعدها",
        "خادمه", "خادمها", "غلامه", "صاحبه", "صاحبها", "أصحابه", "زميله", "زميلها", "رفيقه", "رفيقها", "خليفته", "نائبه",
        "أتباعه", "مريده", "مريدوه",
    }.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A kinship noun as subject (توفيت والدته): the relative named after an earlier mention of the same
    /// kin word in this or the previous sentence, or null.
    /// </summary>
    private (int Cluster, TextSpan? Span)? KinSubject(AnalyzedDocument doc, DocIndex ix, Sentence s, TriggerMatch m)
    {
        var next = m.LastToken + 1;
        if (next >= s.EndToken)
        {
            return null;
        }

        var kin = _matcher.Lexicon.KinOf(doc.Tokens[next], doc.Source);
        if (kin is null)
        {
            return null;
        }

        var si = doc.Tokens[next].Sentence;
        var from = si > 0 ? doc.Sentences[si - 1].FirstToken : s.FirstToken;
        for (var t = from; t < m.FirstToken; t++)
        {
            if (_matcher.Lexicon.KinOf(doc.Tokens[t], doc.Source) != kin)
            {
                continue;
            }

            for (var u = t + 1; u < m.FirstToken && u <= t + 14; u++)
            {
                var mi = ix.MentionAt[u];
                if (mi >= 0 && doc.Entities[mi].Label == EntityLabels.Person)
                {
                    return (doc.Entities[mi].Cluster, doc.Entities[mi].Span);
                }
            }
        }

        return null;
    }

    /// <summary>Who a dropped subject or a pronoun refers to.</summary>
    private static int? ResolveDropped(AnalyzedDocument doc, DocIndex ix, Sentence s, Draft d, int? topic)
    {
        var m = d.Match;

        // A parenthesis right after a name comments on that person: "إيليا أوليانوف (توفي …)".
        if (ix.ParenOpen[m.FirstToken] is var open and >= 0 && open > 0)
        {
            var pm = ix.MentionAt[open - 1];
            if (pm >= 0 && doc.Entities[pm].Label == EntityLabels.Person)
            {
                return doc.Entities[pm].Cluster;
            }
        }

        // A feminine verb or pronoun: the nearest feminine name before it. With an object pronoun
        // (أعدمته السلطات) the participant is the pronoun, whose gender is its own.
        var feminine = m.Entry.Pos == TriggerPos.Noun || (m.HasPronoun && m.Entry.MainRole == "patient") ? m.FemininePronoun : m.FeminineSubject;
        if (feminine)
        {
            if (topic is { } tp && LooksFeminine(doc, tp))
            {
                return tp;
            }

            for (var si = d.Sentence; si >= 0 && si >= d.Sentence - 1; si--)
            {
                var sent = doc.Sentences[si];
                var end = si == d.Sentence ? m.FirstToken : sent.EndToken;
                for (var t = end - 1; t >= sent.FirstToken; t--)
                {
                    var mi = ix.MentionAt[t];
                    if (mi >= 0 && doc.Entities[mi].Label == EntityLabels.Person && LooksFeminine(doc, doc.Entities[mi].Cluster))
                    {
                        return doc.Entities[mi].Cluster;
                    }
                }
            }

        }

        return topic;
    }

    /// <summary>A rough gender cue: Arabic feminine names mostly end in ا or ة (آنا، ماريا، نادية، فاطمة).</summary>
    private static bool LooksFeminine(AnalyzedDocument doc, int cluster)
    {
        if (cluster < 0 || cluster >= doc.Clusters.Length)
        {
            return false;
        }

        var name = doc.Clusters[cluster].Name.AsSpan().Trim();
        var sp = name.IndexOf(' ');
        var first = sp > 0 ? name[..sp] : name;
        return first.Length > 1 && first[^1] is '\u0627' or '\u0629' or '\u0649';
    }

    private static bool OpensClause(AnalyzedDocument doc, DocIndex ix, int token)
    {
        var clause = ix.Clause[token];
        for (var t = token - 1; t >= 0 && ix.Clause[t] == clause; t--)
        {
            var tok = doc.Tokens[t];
            if (tok.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                continue;
            }

            if (!ClauseOpeners.Contains(tok.Norm) && !IsRankWord(tok))
            {
                return false; // a rank word may open it too: "والصغرى عائشة ولدت"
            }
        }

        return true;
    }

    /// <summary>
    /// True for a rank word among siblings, alone or after و (الأكبر، الكبرى، الأصغر، الصغرى، الأوسط، الوسطى): it stands beside
    /// the name it ranks ("نجيب الأكبر ولد"، "والصغرى عائشة ولدت") and does not end the clause.
    /// </summary>
    internal static bool IsRankWord(Token t)
    {
        if (t.Kind != TokenKind.Arabic)
        {
            return false;
        }

        var w = (t.Clitics & Proclitics.Wa) != 0 && t.Norm.Length > 1 && t.Norm[0] == '\u0648' ? t.Norm[1..] : t.Norm;
        return RankWords.Contains(w);
    }

    private static readonly FrozenSet<string> RankWords = new[]
    {
        "الأكبر", "الاكبر", "الكبرى", "الكبري", "الأصغر", "الاصغر", "الصغرى", "الصغري", "الأوسط", "الاوسط", "الوسطى", "الوسطي",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when a person followed by a rank word stands right before the trigger and opens its clause ("نجيب الأكبر ولد").</summary>
    private static bool PrecededByRankedSubject(AnalyzedDocument doc, DocIndex ix, Sentence s, TriggerMatch m, int clause)
    {
        var r = m.FirstToken - 1;
        if (r - 1 < s.FirstToken || !IsRankWord(doc.Tokens[r]) || ix.Clause[r] != clause)
        {
            return false;
        }

        var pm = ix.MentionAt[r - 1];
        return pm >= 0 && doc.Entities[pm].Label == EntityLabels.Person
            && (OpensClause(doc, ix, ix.MentionFirstToken[pm]) || RankedOpensWithWa(doc, ix, pm));
    }

    /// <summary>A ranked name carrying و ("ونسيب الأصغر ولد"): the و joins a new clause whose subject it is.</summary>
    private static bool RankedOpensWithWa(AnalyzedDocument doc, DocIndex ix, int mention)
        => (doc.Tokens[ix.MentionFirstToken[mention]].Clitics & Proclitics.Wa) != 0;

    private static bool IsNameTail(Token t) => t.Kind == TokenKind.Punctuation && t.Norm is ")" or "\"";

    /// <summary>
    /// A passive verb of making (أُنشئت، أُسّست: founding with the made thing as its subject, lexicon role <c>patient</c>,
    /// <c>nosubject</c>): "وأُنشئت سنة 1990 جائزة تحمل اسمه" makes a prize, and a person named after the verb is whom it honours,
    /// not its maker — unless an agent phrase introduces him (على يد، بيد، من قبل، من طرف).
    /// </summary>
    private static bool PassiveMaking(TriggerEntry e) => e.Type == "founding" && e.MainRole == "patient" && e.NoSubject && e.Pos == TriggerPos.Verb;

    /// <summary>True when an agent phrase (يد، يدي، قبل، طرف) stands in the two words before token <paramref name="t"/>, after the trigger.</summary>
    private static bool AgentPhraseBefore(AnalyzedDocument doc, int t, int triggerEnd)
    {
        for (var k = t - 1; k > triggerEnd && k >= t - 2; k--)
        {
            var tok = doc.Tokens[k];
            var bare = tok.Norm[Token.CliticOffsets(tok.Clitics, tok.CliticCount)..];
            if (bare is "يد" or "يدي" or "قبل" or "طرف")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPreposition(Token t)
    {
        for (var k = 0; k <= t.CliticCount; k++)
        {
            if (Prepositions.Contains(t.Norm[Token.CliticOffsets(t.Clitics, k)..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithPreposition(AnalyzedDocument doc, DocIndex ix, int mention)
    {
        var first = ix.MentionFirstToken[mention];
        var tok = doc.Tokens[first];
        if ((tok.Clitics & (Proclitics.Bi | Proclitics.Li | Proclitics.Ka)) != 0 && doc.Entities[mention].Span.Start > tok.Span.Start)
        {
            return true;
        }

        if (first > 0 && IsPreposition(doc.Tokens[first - 1]))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// The dead of an active killing verb whose named person <paramref name="mention"/> is its agent: the cluster of the person
    /// named right after it, or -1 when the agent is marked only by its nominative vowel (a damma or dammatan on its last
    /// letter: "قتل الحاكمُ برجوان"); null when nothing marks the named person as the agent.
    /// </summary>
    private static int? ActiveAgent(AnalyzedDocument doc, DocIndex ix, int mention, int clause)
    {
        var next = ix.MentionLastToken[mention] + 1;
        if (next < doc.Tokens.Length && ix.Clause[next] == clause && ix.MentionAt[next] is var nm and >= 0
            && doc.Entities[nm].Label == EntityLabels.Person && doc.Entities[nm].Cluster != doc.Entities[mention].Cluster
            && !StartsWithPreposition(doc, ix, nm))
        {
            return doc.Entities[nm].Cluster;
        }

        var text = doc.Source[doc.Entities[mention].Span].AsSpan().TrimEnd();
        return text.Length > 1 && text[^1] is '\u064F' or '\u064C' ? -1 : null;
    }
}
