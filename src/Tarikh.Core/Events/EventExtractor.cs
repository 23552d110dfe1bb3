using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Events;

/// <summary>
/// Finds events: triggers (<see cref="TriggerMatcher"/>) with their participants, place, time and
/// confidence. Rules:
/// <list type="bullet">
/// <item>Time: the nearest usable timex of the trigger's clause (clauses end at , ; : ( ) and quotes),
/// unless a participle or relative trigger (الصادر، الذي نشر) stands between them; else the nearest
/// timex of the sentence in a clause with no trigger of its own; else, for verbs in running text, the
/// narrative anchor (the last date given before, in the same section) — marked uncertain.</item>
/// <item>Participants: an explicit person after the verb (VSO), a person opening the clause before it
/// (SVO), a person in the genitive after a noun; otherwise the current topic (Arabic drops
/// subjects): the article's subject, the subject a list inherits from the line ending with ':' above
/// it, the person a list item starts with, the person a parenthesis comments on, or the last explicit
/// subject of the section. A feminine verb without subject refers to the nearest feminine name.</item>
/// <item>Place: the first place after في/إلى/من (or directly after the verb) in the clause.</item>
/// <item>Triggers in quotes, negated or governed by بتهمة… are skipped; nouns with the article and no
/// date are references, not reports, and are skipped.</item>
/// <item>Repeats (a heading restating its section, a second mention in the same sentence, an undated
/// second birth or death of the same person) are kept with <see cref="EventMention.DuplicateOf"/>.</item>
/// </list>
/// Pure and thread-safe.
/// </summary>
public sealed partial class EventExtractor
{
    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "\u0641\u064A", "\u0627\u0644\u064A", "\u0645\u0646", "\u0639\u0644\u064A", "\u0639\u0646", "\u0645\u0639", "\u0645\u0646\u0630", "\u062D\u062A\u064A",
        "\u0646\u062D\u0648", "\u062F\u0627\u062E\u0644", "\u0642\u0631\u0628", "\u0628\u064A\u0646", "\u0644\u062F\u064A", "\u0639\u0646\u062F", "\u0628\u0639\u062F", "\u0642\u0628\u0644",
        "\u062D\u0648\u0644", "\u062E\u0644\u0627\u0644", "\u062F\u0648\u0646", "\u0636\u062F", "\u062A\u062D\u062A", "\u0641\u0648\u0642", "\u0628\u0634\u0627\u0646",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlacePrepositions = new[]
    {
        "\u0641\u064A", "\u0627\u0644\u064A", "\u0645\u0646", "\u0646\u062D\u0648", "\u062F\u0627\u062E\u0644", "\u0642\u0631\u0628", "\u0628\u0645\u062F\u064A\u0646\u0647", "\u0645\u062F\u064A\u0646\u0647",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlaceNouns = new[]
    {
        "\u0642\u0631\u064A\u0647", "\u0645\u062F\u064A\u0646\u0647", "\u0628\u0644\u062F\u0647", "\u0645\u0646\u0637\u0642\u0647", "\u0645\u062D\u0627\u0641\u0638\u0647",
        "\u0648\u0644\u0627\u064A\u0647", "\u0639\u0627\u0635\u0645\u0647", "\u062C\u0632\u064A\u0631\u0647", "\u0627\u0642\u0644\u064A\u0645", "\u0628\u0644\u0627\u062F",
        "\u0645\u0642\u0627\u0637\u0639\u0647", "\u062D\u064A", "\u0645\u062D\u0637\u0647", "\u0645\u064A\u0646\u0627\u0621", "\u0642\u0635\u0631",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Round 23 (23c): the colloquial "اللي" ("وباه السلطان محمد الرابع اللي تزاد عام 1840") is a relative as الذي/التي are.
    private static readonly FrozenSet<string> Relatives = new[]
    {
        "\u0627\u0644\u0644\u064A", "\u0627\u0644\u0630\u064A", "\u0627\u0644\u062A\u064A", "\u0627\u0644\u0630\u064A\u0646", "\u0627\u0644\u0644\u0630\u064A\u0646", "\u0627\u0644\u0644\u062A\u064A\u0646", "\u0627\u0644\u0644\u0648\u0627\u062A\u064A", "\u0627\u0644\u0644\u0627\u062A\u064A",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "-", "\u062B\u0645", "\u0648", "\u0641", "\u0643\u0645\u0627", "\u062D\u064A\u062B", "\u0648\u0642\u062F", "\u0642\u062F", "\u0644\u0643\u0646",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OnceTypes = new[] { "birth", "death" }.ToFrozenSet(StringComparer.Ordinal);

    // Events a person undergoes once at a given date: two mentions with the same person and date are one event.
    private static readonly FrozenSet<string> SingularTypes = new[] { "birth", "death", "execution", "assassination", "marriage" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly TriggerMatcher _matcher;

    /// <summary>Creates an extractor.</summary>
    public EventExtractor(TriggerMatcher matcher, EventOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        _matcher = matcher;
        Options = options ?? EventOptions.Default;
    }

    /// <summary>The default extractor (embedded lexicon, default options).</summary>
    public static EventExtractor Default { get; } = new(new TriggerMatcher(TriggerLexicon.Default));

    /// <summary>The options in force.</summary>
    public EventOptions Options { get; }

    /// <summary>The lexicon in use.</summary>
    public TriggerLexicon Lexicon => _matcher.Lexicon;

    /// <summary>Extracts the events of a document that has tokens (and, ideally, time and entity layers).</summary>
    public ImmutableArray<EventMention> Extract(AnalyzedDocument doc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.Tokens.IsDefaultOrEmpty || doc.Sentences.IsDefaultOrEmpty)
        {
            return ImmutableArray<EventMention>.Empty;
        }

        var ix = new DocIndex(doc);
        var drafts = new List<Draft>();
        var matches = new List<TriggerMatch>();
        var baseTopic = doc.Subject is { } subj && subj >= 0 && subj < doc.Clusters.Length && doc.Clusters[subj].Label == EntityLabels.Person ? subj : MostMentionedPerson(doc);
        int? topic = baseTopic;
        int? listTopic = baseTopic;
        var lastSection = -2;
        var lifeBounds = new HashSet<int>(); // timexes of births and deaths: no narrative anchor for what follows them
        var background = new HashSet<int>(); // timexes of background events (الصادر في عام 1848): skipped by the narrative anchor
        var foreground = new HashSet<int>();

        for (var si = 0; si < doc.Sentences.Length; si++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var s = doc.Sentences[si];
            if (s.IsNoise || s.TokenCount == 0)
            {
                continue;
            }

            var section = s.Kind == SentenceKind.Heading ? si : s.Heading;
            if (section != lastSection)
            {
                topic = baseTopic;
                lastSection = section;
            }

            int? sentenceTopic;
            if (s.Kind == SentenceKind.Heading)
            {
                sentenceTopic = baseTopic;
            }
            else if (s.Kind == SentenceKind.ListItem)
            {
                sentenceTopic = OpeningPerson(doc, ix, s) ?? listTopic;
            }
            else
            {
                sentenceTopic = topic;
            }

            matches.Clear();
            _matcher.Match(doc, s, matches);
            var sentenceDrafts = new List<Draft>();
            foreach (var m in matches)
            {
                if (Cancelled(doc, ix, s, m))
                {
                    continue;
                }

                sentenceDrafts.Add(new Draft(m, si));
            }

            // Which clauses have triggers (for the sentence-level time fallback).
            var clausesWithTriggers = new HashSet<int>();
            foreach (var d in sentenceDrafts)
            {
                clausesWithTriggers.Add(ix.Clause[d.Match.FirstToken]);
            }

            foreach (var d in sentenceDrafts)
            {
                AssignTime(doc, ix, s, d, sentenceDrafts, clausesWithTriggers);
                AssignParticipants(doc, ix, s, d, ref sentenceTopic);
                AssignPlace(doc, ix, d);
                Score(doc, d);
            }

            foreach (var d in sentenceDrafts)
            {
                if (Keep(d))
                {
                    if (d.Date is null && Options.UseNarrativeAnchor && d.Match.Entry.Pos == TriggerPos.Verb && s.Kind == SentenceKind.Body)
                    {
                        Narrative(doc, ix, si, d, lifeBounds, background, foreground);
                    }

                    if (d.Time is { } ti && d.DateSource != EventDateSources.Narrative)
                    {
                        if (OnceTypes.Contains(d.Match.Entry.Type))
                        {
                            lifeBounds.Add(ti);
                        }
                        else if (d.Match.Entry.Blocker || d.Match.Entry.NoSubject || PrecededByRelative(doc, d.Match.FirstToken))
                        {
                            background.Add(ti);
                        }
                        else
                        {
                            foreground.Add(ti);
                        }
                    }

                    drafts.Add(d);
                }
            }

            if (s.Kind == SentenceKind.Body)
            {
                topic = sentenceTopic;
                if (EndsWithColon(doc, s))
                {
                    listTopic = sentenceTopic;
                }
                else
                {
                    listTopic = baseTopic;
                }
            }
            else if (s.Kind == SentenceKind.Heading)
            {
                listTopic = EndsWithColon(doc, s) ? sentenceTopic : baseTopic;
            }
        }

        return Finish(doc, drafts);
    }

    private static int? MostMentionedPerson(AnalyzedDocument doc)
    {
        EntityCluster? best = null;
        foreach (var c in doc.Clusters)
        {
            if (c.Label == EntityLabels.Person && (best is null || c.Mentions.Length > best.Mentions.Length))
            {
                best = c;
            }
        }

        return best?.Id;
    }

    private static bool EndsWithColon(AnalyzedDocument doc, Sentence s)
    {
        var text = doc.Source.Text;
        for (var p = s.Span.End - 1; p >= s.Span.Start; p--)
        {
            if (!char.IsWhiteSpace(text[p]))
            {
                return text[p] == ':';
            }
        }

        return false;
    }

    /// <summary>The person a sentence opens with (within its first two tokens, after a list marker), or null.</summary>
    private static int? OpeningPerson(AnalyzedDocument doc, DocIndex ix, Sentence s)
    {
        var seen = 0;
        for (var t = s.FirstToken; t < s.EndToken && seen < 2; t++)
        {
            var tok = doc.Tokens[t];
            if (tok.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                continue;
            }

            var m = ix.MentionAt[t];
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person)
            {
                return doc.Entities[m].Cluster;
            }

            // A bare given name opening a list item is a person even when the tagger called it ORG/MISC.
            if (m >= 0 && doc.Entities[m].Label != EntityLabels.Location && ix.MentionFirstToken[m] == ix.MentionLastToken[m]
                && doc.Entities[m].Cluster < doc.Clusters.Length && !doc.Clusters[doc.Entities[m].Cluster].Name.Contains(' ', StringComparison.Ordinal))
            {
                return doc.Entities[m].Cluster;
            }

            seen++;
        }

        return null;
    }

    private bool Cancelled(AnalyzedDocument doc, DocIndex ix, Sentence s, TriggerMatch m)
    {
        if (ix.InQuote[m.FirstToken])
        {
            return true;
        }

        var prev = m.FirstToken - 1;
        if (prev < s.FirstToken)
        {
            return false;
        }

        var p = doc.Tokens[prev];

        // Round 23 (23c): "ولما مات هشام بدمشق بويع الوليد" — "لمّا" before a perfect verb is "when", not the negation "ما" after
        // the preposition ل the segmenter saw in it; only before an imperfect ("لمّا يمت": not yet) does it negate.
        var when = m.Entry.Pos == TriggerPos.Verb && p.Kind == TokenKind.Arabic && p.Norm is "لما" or "ولما" or "فلما"
            && !doc.Tokens[m.FirstToken].NormBase.StartsWith('\u064A');
        for (var k = 0; k <= p.CliticCount; k++)
        {
            if (_matcher.Lexicon.Cancels(p.BaseCandidate(k), m.Entry.Pos) && !(when && p.BaseCandidate(k).SequenceEqual("ما")))
            {
                return true;
            }
        }

        if (m.Entry.Pos == TriggerPos.Verb)
        {
            // A verb cannot follow a preposition: حول نشر الماركسية is a noun.
            if (p.Kind == TokenKind.Arabic && Prepositions.Contains(p.Norm) && !(UntilDeath(p, m) && OnePersonBefore(doc, ix, s, m.FirstToken)))
            {
                return true;
            }

            // يجب أن تبني، قرر أن يعود: a complement, not a reported event (but بعد أن / قبل أن / منذ أن report one).
            if (p.Norm is "\u0627\u0646" or "\u0643\u064A" or "\u0644\u0643\u064A")
            {
                var before = prev - 1 >= s.FirstToken ? doc.Tokens[prev - 1].Base : string.Empty;
                if (before is not ("\u0628\u0639\u062F" or "\u0642\u0628\u0644" or "\u0645\u0646\u0630") && !(m.Entry.Type == "death" && p.Norm == "\u0627\u0646" && before is "\u0627\u0644\u064A" or "\u062D\u062A\u064A"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "وعمّر طويلاً حتى توفي سنة 665 هـ": حتى before a death verb is the conjunction "until", and the death is told (round 13);
    /// حتى before any other verb keeps the noun reading ("حتى نشر الكتاب").
    /// </summary>
    private static bool UntilDeath(Token p, TriggerMatch m) => m.Entry.Type == "death" && p.Norm == "\u062D\u062A\u064A";

    /// <summary>
    /// The "until he died" reading has no subject of its own: it continues the verb before حتى. It is read only when the
    /// sentence names at most one person before it, and that person is the text's subject; "فخلفه ابنه توفيق، وعاش في المنفى حتى توفي" names the successor and the
    /// deposed father (by a pronoun), and who died is not for a reader of tokens to decide (lead, round 13).
    /// </summary>
    private static bool OnePersonBefore(AnalyzedDocument doc, DocIndex ix, Sentence s, int trigger)
    {
        var cluster = -1;
        for (var t = s.FirstToken; t < trigger; t++)
        {
            var mi = ix.MentionAt[t];
            if (mi < 0 || doc.Entities[mi].Label != EntityLabels.Person)
            {
                continue;
            }

            if (cluster >= 0 && doc.Entities[mi].Cluster != cluster)
            {
                return false;
            }

            cluster = doc.Entities[mi].Cluster;
        }

        // The one person named must be the one the text is about: a successor or a relative named alone is not the
        // subject a bare verb continues.
        var topic = doc.Subject is { } subj && subj >= 0 && subj < doc.Clusters.Length && doc.Clusters[subj].Label == EntityLabels.Person ? subj : MostMentionedPerson(doc);
        return cluster < 0 || cluster == topic;
    }

    private void AssignTime(AnalyzedDocument doc, DocIndex ix, Sentence s, Draft d, List<Draft> sentenceDrafts, HashSet<int> clausesWithTriggers)
    {
        var trig = d.Match.FirstToken;
        // "أحيت الوزارة في 14 أيار 2024 الذكرى الخامسة لوفاة الباحث": a birth or a death named by an anniversary is not dated by the
        // sentence, whose dates are the anniversary's (round 21, issue-21a).
        if (d.Match.Entry.Pos == TriggerPos.Noun && d.Match.Entry.Type is "death" or "birth" && AnniversaryBefore(doc, trig))
        {
            return;
        }

        var clause = ix.Clause[trig];
        int best = -1, bestDist = int.MaxValue;
        int fallback = -1, fallbackDist = int.MaxValue;
        foreach (var ti in ix.TimexesOf(s))
        {
            var tt = ix.TimexToken[ti];
            if (Blocked(doc, ix, d, tt, sentenceDrafts))
            {
                continue;
            }

            var dist = tt > trig ? tt - d.Match.LastToken : trig - tt + 1; // prefer after on ties
            if (ix.Clause[tt] == clause)
            {
                if (dist < bestDist)
                {
                    best = ti;
                    bestDist = dist;
                }
            }
            else if (!clausesWithTriggers.Contains(ix.Clause[tt]) && dist < fallbackDist)
            {
                fallback = ti;
                fallbackDist = dist;
            }
        }

        if (best >= 0)
        {
            SetTime(doc, ix, d, best, EventDateSources.Clause);
        }
        else if (fallback >= 0)
        {
            SetTime(doc, ix, d, fallback, EventDateSources.Sentence);
        }
    }

    /// <summary>The anniversary's noun ("ذكرى"، "الذكرى"، "ذكراه") up to four words before a life noun, in its sentence.</summary>
    private static bool AnniversaryBefore(AnalyzedDocument doc, int token)
    {
        for (var k = token - 1; k >= 0 && k >= token - 4 && doc.Tokens[k].Sentence == doc.Tokens[token].Sentence; k--)
        {
            var t = doc.Tokens[k];
            if (t.Base is "ذكري" or "الذكري" or "ذكراه" or "ذكراها" || t.Norm is "الذكري" or "ذكري")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when another trigger that owns the timexes after it stands between the trigger and the timex.</summary>
    private static bool Blocked(AnalyzedDocument doc, DocIndex ix, Draft d, int timexToken, List<Draft> sentenceDrafts)
    {
        if (timexToken <= d.Match.LastToken)
        {
            return false;
        }

        foreach (var o in sentenceDrafts)
        {
            if (ReferenceEquals(o, d) || o.Match.FirstToken <= d.Match.LastToken || o.Match.FirstToken >= timexToken)
            {
                continue;
            }

            var oe = o.Match.Entry;
            if (oe.Blocker || (o.Match.HasArticle && oe.Pos == TriggerPos.Noun && oe.ArticleOk) || PrecededByRelative(doc, o.Match.FirstToken))
            {
                return true;
            }

            // وُلد … الذي صار عازف عود … وتوفي فيها سنة 1631: a verb of the other end of a life, between, owns the date after it.
            if (oe.Type != d.Match.Entry.Type && oe.Type is "birth" or "death" && d.Match.Entry.Type is "birth" or "death" && oe.Pos == TriggerPos.Verb)
            {
                return true;
            }

            // "استشهد في معركة جبل بوزقزة في 7 جوان 1957"، "قُتل في معركة حطين سنة 583": a death in a battle is on the battle's day;
            // the date after the battle's noun is the death's too (round 23).
            if (d.Match.Entry.Type == "death" && d.Match.Entry.Pos == TriggerPos.Verb && oe.Type == "war" && oe.Pos == TriggerPos.Noun
                && o.Match.FirstToken - d.Match.LastToken <= 2)
            {
                continue;
            }

            // بعد إعدام أخيه في عام 1887: the date is closer to the noun in construct; عند وصوله … شغل منصب … 1917: the verb owns it.
            if (oe.Type != d.Match.Entry.Type && ((oe.Pos == TriggerPos.Noun && !o.Match.HasArticle && GovernedByPreposition(doc, o.Match.FirstToken)) || (d.Match.Entry.Pos == TriggerPos.Noun && oe.Pos == TriggerPos.Verb)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a noun is the object of a preposition (بعد إعدام، إلى إنشاء، بتأميم).</summary>
    private static bool GovernedByPreposition(AnalyzedDocument doc, int token)
    {
        var t = doc.Tokens[token];
        if ((t.Clitics & (Proclitics.Bi | Proclitics.Li | Proclitics.Ka)) != 0)
        {
            return true;
        }

        return token > 0 && doc.Tokens[token - 1].Sentence == t.Sentence && IsPreposition(doc.Tokens[token - 1]);
    }

    private static bool PrecededByRelative(AnalyzedDocument doc, int token)
    {
        if (token == 0)
        {
            return false;
        }

        var p = doc.Tokens[token - 1];
        return p.Sentence == doc.Tokens[token].Sentence && Relatives.Contains(p.CliticCount > 0 && p.Clitics == Proclitics.Wa ? p.Base : p.Norm);
    }

    private static void SetTime(AnalyzedDocument doc, DocIndex ix, Draft d, int ti, string source)
    {
        var t = doc.Timexes[ti];
        var g = t.Gregorian!.Value;
        var uncertain = t.Mod is TimexMod.Approx or TimexMod.Before or TimexMod.After;
        d.Evidence.Add(t.Span);
        if (t.Range is { } r && r >= 0 && r < doc.Timexes.Length && doc.Timexes[r].Gregorian is { } rg)
        {
            // The event spans the range when the trigger comes before it, or right after a range that opens its
            // clause ("من عام 1919 إلى عام 1925 عمل طبيباً"); further after its end, it happens at the end.
            var hi = Math.Max(ti, r);
            var trigger = d.Match.FirstToken;
            if (trigger < ix.TimexToken[Math.Min(ti, r)] || (source == EventDateSources.Clause && trigger < ix.TimexToken[hi])
                || FrontedRange(doc, ix, Math.Min(ti, r), hi, trigger))
            {
                g = new GregorianInterval(g.Start < rg.Start ? g.Start : rg.Start, g.End > rg.End ? g.End : rg.End);
                uncertain = true;
                d.Evidence.Add(doc.Timexes[r].Span);
            }
        }

        d.Time = ti;
        d.Date = g;
        d.DateSource = source;
        d.Uncertain = uncertain;
    }

    /// <summary>
    /// True when a range stands at the head of the trigger's clause and the trigger follows its end at once
    /// (one word at most between them): the range is the time of the whole clause.
    /// </summary>
    private static bool FrontedRange(AnalyzedDocument doc, DocIndex ix, int lo, int hi, int trigger)
    {
        var start = ix.TimexToken[lo];
        var end = doc.FirstTokenAtOrAfter(doc.Timexes[hi].Span.End) - 1;
        if (end < start || trigger <= end || trigger - end > 2 || ix.Clause[trigger] != ix.Clause[end])
        {
            return false;
        }

        // Only a preposition or connective (من، بين، منذ، في، و) may stand before the range in its clause.
        var first = start;
        while (first > 0 && ix.Clause[first - 1] == ix.Clause[start] && doc.Tokens[first - 1].Sentence == doc.Tokens[start].Sentence)
        {
            first--;
        }

        return start - first <= 1;
    }

    private void Narrative(AnalyzedDocument doc, DocIndex ix, int si, Draft d, HashSet<int> lifeBounds, HashSet<int> background, HashSet<int> foreground)
    {
        var s = doc.Sentences[si];
        var section = s.Heading;

        // Candidates from the nearest backwards: earlier in the sentence, then the sentences before.
        var candidates = new List<int>();
        foreach (var ti in ix.TimexesOf(s))
        {
            if (ix.TimexToken[ti] < d.Match.FirstToken)
            {
                candidates.Insert(0, ti);
            }
        }

        for (var back = 1; back <= Options.NarrativeSentences && si - back >= 0; back++)
        {
            var p = doc.Sentences[si - back];
            if (p.IsNoise)
            {
                continue;
            }

            if (p.Kind != SentenceKind.Body || p.Heading != section)
            {
                break;
            }

            var inSentence = ix.TimexesOf(p).ToList();
            inSentence.Reverse();
            candidates.AddRange(inSentence);
        }

        foreach (var ti in candidates)
        {
            if (background.Contains(ti) && !foreground.Contains(ti))
            {
                continue;
            }

            if (!lifeBounds.Contains(ti))
            {
                SetTime(doc, ix, d, ti, EventDateSources.Narrative);
                d.Uncertain = true;
            }

            return;
        }
    }

    private void AssignPlace(AnalyzedDocument doc, DocIndex ix, Draft d)
    {
        var m = d.Match;
        var s = doc.Sentences[d.Sentence];
        var clause = ix.Clause[m.FirstToken];
        var limit = Math.Min(s.EndToken, m.LastToken + 1 + Options.PlaceWindow);
        var directOk = true;
        for (var t = m.LastToken + 1; t < limit; t++)
        {
            if (ix.Clause[t] != clause)
            {
                break;
            }

            var mi = ix.MentionAt[t];
            if (mi < 0)
            {
                directOk = false;
                continue;
            }

            var mention = doc.Entities[mi];
            if (mention.Label == EntityLabels.Location)
            {
                if (PlaceIntroduced(doc, ix.MentionFirstToken[mi], m.LastToken) || directOk)
                {
                    d.Place = mention.Cluster;
                    d.Evidence.Add(mention.Span);
                    return;
                }
            }
            else
            {
                directOk = EntityLabels.IsActor(mention.Label) && directOk; // استولى الصليبيون بيت المقدس، انتزع الفاطميون مصر
            }

            t = ix.MentionLastToken[mi];
        }

        FrontedPlace(doc, ix, d, s, clause);
    }

    /// <summary>
    /// A place fronted before its verb at the head of the clause: "وفي سوسة رأى النور", "وبدمشق توفي" — the prepositional
    /// phrase put first for emphasis, the verb right after the place.
    /// </summary>
    private static void FrontedPlace(AnalyzedDocument doc, DocIndex ix, Draft d, Sentence s, int clause)
    {
        var before = d.Match.FirstToken - 1;
        if (before <= s.FirstToken || ix.Clause[before] != clause)
        {
            return;
        }

        var mi = ix.MentionAt[before];
        if (mi < 0 || doc.Entities[mi].Label != EntityLabels.Location || ix.MentionLastToken[mi] != before)
        {
            return;
        }

        var first = ix.MentionFirstToken[mi];
        var head = first;
        if ((doc.Tokens[first].Clitics & Proclitics.Bi) == 0)
        {
            head = first - 1;
            if (head < s.FirstToken || !(doc.Tokens[head].Norm is "\u0641\u064A" or "\u0648\u0641\u064A" || doc.Tokens[head].Base == "\u0641\u064A"))
            {
                return;
            }
        }

        var opensClause = head == s.FirstToken || ix.Clause[head - 1] != ix.Clause[head]
            || doc.Tokens[head - 1].Norm is "\u060C" or "," or "\u0648" or "\u062B\u0645";
        if (!opensClause)
        {
            return;
        }

        d.Place = doc.Entities[mi].Cluster;
        d.Evidence.Add(doc.Entities[mi].Span);
    }

    /// <summary>True when a place starting at <paramref name="first"/> follows a preposition, possibly through place nouns and adjectives (في قرية الكيلو، إلى العاصمة الفرنسية باريس).</summary>
    private static bool PlaceIntroduced(AnalyzedDocument doc, int first, int trigger)
    {
        var tok = doc.Tokens[first];
        if ((tok.Clitics & Proclitics.Bi) != 0)
        {
            return true;
        }

        for (var t = first - 1; t > trigger && t >= first - 4; t--)
        {
            var p = doc.Tokens[t];
            if (PlacePrepositions.Contains(p.Norm))
            {
                return true;
            }

            var isPlaceNoun = PlaceNouns.Contains(p.Base);
            if (isPlaceNoun && (p.Clitics & Proclitics.Bi) != 0)
            {
                return true; // بمحافظة المنيا
            }

            if (!isPlaceNoun && (p.Clitics & Proclitics.Al) == 0)
            {
                return false;
            }
        }

        return false;
    }

    private static void Score(AnalyzedDocument doc, Draft d)
    {
        var e = d.Match.Entry;
        var c = e.PassiveConfidence > 0 && PassiveVowel(doc, d.Match.FirstToken) ? e.PassiveConfidence : e.Confidence;
        c *= d.DateSource switch
        {
            EventDateSources.Clause => 1.0,
            EventDateSources.Sentence => 0.95,
            _ => 0.9,
        };
        if (d.MainFromTopic)
        {
            c *= 0.95;
        }

        if (d.Match.HasArticle && e.Pos == TriggerPos.Noun)
        {
            c *= 0.9;
        }

        d.Confidence = Math.Clamp(c, 0, 1);
    }

    /// <summary>
    /// True when the verb at token <paramref name="i"/> is written with the passive vowel: a damma on its first letter
    /// (قُتل), or on its second when the first is the conjunction و or ف (وقُتل، فقُتل).
    /// </summary>
    internal static bool PassiveVowel(AnalyzedDocument doc, int i)
    {
        var text = doc.Source[doc.Tokens[i].Span].AsSpan();
        var letter = -1;
        var first = '\0';
        for (var k = 0; k < text.Length; k++)
        {
            var ch = text[k];
            if (ch is >= '\u064B' and <= '\u0652' or '\u0670' or '\u0640')
            {
                if (ch == '\u064F' && (letter == 0 || (letter == 1 && first is '\u0648' or '\u0641')))
                {
                    return true;
                }

                continue;
            }

            letter++;
            if (letter == 0)
            {
                first = ch;
            }
            else if (letter > 1)
            {
                return false;
            }
        }

        return false;
    }

    private bool Keep(Draft d)
    {
        var e = d.Match.Entry;
        if (d.Confidence < Options.MinConfidence)
        {
            return false;
        }

        if (e.Pos != TriggerPos.Noun || e.ArticleOk || d.Date is not null)
        {
            return true;
        }

        // An undated noun reports an event only when it says whose (وفاته، زواج لينين) or names its object.
        if (d.Match.HasArticle)
        {
            return false;
        }

        return d.Match.HasPronoun || d.Participants.Length > 0 && !d.MainFromTopic || d.Place is not null;
    }

    private ImmutableArray<EventMention> Finish(AnalyzedDocument doc, List<Draft> drafts)
    {
        drafts.Sort((a, b) => a.Match.FirstToken.CompareTo(b.Match.FirstToken));
        var result = ImmutableArray.CreateBuilder<EventMention>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var first = doc.Tokens[d.Match.FirstToken];
            var last = doc.Tokens[d.Match.LastToken];
            var span = new TextSpan(first.Span.Start, last.Span.End);
            var evidence = d.Evidence.Prepend(span).Distinct().Order().ToImmutableArray();
            result.Add(new EventMention(d.Match.Entry.Type, span, doc.Source[span], d.Time, d.Date, d.Place, d.Participants, d.Sentence, Math.Round(d.Confidence, 3))
            {
                Subtype = d.Match.Entry.Subtype,
                Pos = d.Match.Entry.Pos == TriggerPos.Verb ? "verb" : "noun",
                DateSource = d.Date is null ? null : d.DateSource,
                Uncertain = d.Uncertain,
                Evidence = evidence,
            });
        }

        // Repeats: by buckets of type and main participant (see EventRepeats), not every pair.
        EventRepeats.Mark(doc, result, OnceTypes, SingularTypes);
        return result.ToImmutable();
    }
}
