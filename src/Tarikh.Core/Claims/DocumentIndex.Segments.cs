using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>How the start of an <see cref="ArticleSegment"/> was found.</summary>
public static class SegmentEvidence
{
    /// <summary>The document's first sentence.</summary>
    public const string DocumentStart = "document-start";

    /// <summary>
    /// An encyclopedia lead about a person named for the first time: the sentence opens with the name, followed by
    /// a dated parenthesis ("X (1900–1980)"، "X (ولد 1332 – توفي 1406)") or by "هو/هي" ("X هو …"، "X، هي …").
    /// </summary>
    public const string PersonLead = "person-lead";

    /// <summary>
    /// A definitional lead about a place, a body or a work named for the first time: the sentence opens with the name and
    /// "هو/هي" with an indefinite noun ("جبال السروات هي سلسلة جبلية"، "سانجر، هي شركة"): no person is its subject.
    /// </summary>
    public const string EntityLead = "entity-lead";

    /// <summary>After an entity lead, the previous segment's person is named again: the side remark is over.</summary>
    public const string Resumed = "resumed";
}

/// <summary>
/// A stretch of sentences about one topic. A document may join several articles or news items (a corpus part, a
/// collection of biographies): each new article opens with a lead naming its own subject, and the subject and the
/// facts of one article are not another's.
/// </summary>
/// <param name="FirstSentence">Index of its first sentence.</param>
/// <param name="EndSentence">One past its last sentence.</param>
/// <param name="Subject">The person the segment is about (the lead's person, or the document's subject in the first segment), or null.</param>
/// <param name="Evidence">A <see cref="SegmentEvidence"/> code.</param>
/// <param name="Lead">The lead's name, or null for the document's start.</param>
public sealed record ArticleSegment(int FirstSentence, int EndSentence, int? Subject, string Evidence, TextSpan? Lead);

/// <summary>Article segments: where a new article's lead starts, and whose facts each segment holds.</summary>
public sealed partial class DocumentIndex
{
    private readonly int[] _segmentOfSentence;

    /// <summary>The document's article segments, in order; one segment for a document of one article.</summary>
    public ImmutableArray<ArticleSegment> Segments { get; }

    /// <summary>Index of the segment holding a sentence (0 when out of range).</summary>
    public int SegmentOf(int sentence) => sentence >= 0 && sentence < _segmentOfSentence.Length ? _segmentOfSentence[sentence] : 0;

    /// <summary>The person a sentence's segment is about: in a document of one segment the document's subject (or its sole person); otherwise the segment's subject.</summary>
    public int? SubjectAt(int sentence)
        => Segments.Length <= 1 ? Subject?.Cluster ?? SolePerson : Segments[SegmentOf(sentence)].Subject;

    /// <summary>True when the document has one segment or a mention of the person (by <see cref="PersonKey"/>) lies in the sentence's segment.</summary>
    public bool InSegment(int cluster, int sentence)
    {
        if (Segments.Length <= 1 || IsAnonymous(cluster))
        {
            return true;
        }

        return (_segmentPersonKeys ??= SegmentPersonKeys()).Contains((SegmentOf(sentence), PersonKey(cluster)));
    }

    // (segment, person key) of every mention lying in a sentence of the segment: built once, so that InSegment, asked for
    // every claim, is a lookup and not a scan of the segment's sentences (which made the claims stage grow with the square
    // of a long segment).
    private HashSet<(int Segment, int Key)>? _segmentPersonKeys;

    private HashSet<(int Segment, int Key)> SegmentPersonKeys()
    {
        var keys = new HashSet<(int Segment, int Key)>();
        for (var s = 0; s < Document.Sentences.Length; s++)
        {
            var segment = SegmentOf(s);
            foreach (var m in MentionsInSentence(s))
            {
                keys.Add((segment, PersonKey(Document.Entities[m].Cluster)));
            }
        }

        return keys;
    }

    private (ImmutableArray<ArticleSegment> Segments, int[] Of) FindSegments()
    {
        var sentences = Document.Sentences;
        var of = new int[sentences.Length];
        var starts = new List<(int Sentence, int? Subject, string Evidence, TextSpan? Lead)> { (0, null, SegmentEvidence.DocumentStart, null) };
        var seen = new HashSet<int>(); // person keys (and other clusters) named in the current segment
        int? previousPerson = null; // the person of the segment before an entity lead
        for (var si = 0; si < sentences.Length; si++)
        {
            if (IsContent(si) && seen.Count > 0 && Lead(si) is { } lead && !seen.Contains(PersonKey(lead.Cluster)))
            {
                var current = starts[^1];
                var currentPerson = current.Evidence == SegmentEvidence.DocumentStart ? null : current.Subject;
                if (lead.Person)
                {
                    starts.Add((si, lead.Cluster, SegmentEvidence.PersonLead, lead.Span));
                    previousPerson = null;
                }
                else if (!MentionsPersonOf(si, current.Evidence == SegmentEvidence.DocumentStart ? Subject?.Cluster : currentPerson))
                {
                    previousPerson = current.Evidence switch
                    {
                        SegmentEvidence.DocumentStart => -1,
                        SegmentEvidence.EntityLead => previousPerson,
                        _ => currentPerson,
                    };
                    starts.Add((si, null, SegmentEvidence.EntityLead, lead.Span));
                }

                if (starts[^1].Sentence == si)
                {
                    seen.Clear();
                }
            }
            else if (starts[^1].Evidence == SegmentEvidence.EntityLead && starts[^1].Sentence < si && IsContent(si)
                && previousPerson is { } pp && MentionsPersonOf(si, pp == -1 ? Subject?.Cluster : pp))
            {
                // "… القاهرة هي مدينة … . وعاد X إليها": the side remark ended; the previous person's story goes on.
                starts.Add((si, pp == -1 ? null : pp, SegmentEvidence.Resumed, null));
                previousPerson = null;
                seen.Clear();
            }

            foreach (var m in MentionsInSentence(si))
            {
                seen.Add(PersonKey(Document.Entities[m].Cluster));
            }
        }

        // The first segment (and a segment resumed after an entity lead in it) is the document subject's when it names him.
        var builder = ImmutableArray.CreateBuilder<ArticleSegment>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var (first, subject, evidence, leadSpan) = starts[k];
            var end = k + 1 < starts.Count ? starts[k + 1].Sentence : sentences.Length;
            if (evidence is SegmentEvidence.DocumentStart || (evidence == SegmentEvidence.Resumed && subject is null))
            {
                subject = starts.Count == 1 ? Subject?.Cluster : Subject is { } ds && NamedIn(ds.Cluster, first, end) ? ds.Cluster : null;
            }

            for (var s = first; s < end; s++)
            {
                of[s] = k;
            }

            builder.Add(new ArticleSegment(first, end, subject, evidence, leadSpan));
        }

        return (builder.MoveToImmutable(), of);
    }

    private bool NamedIn(int cluster, int first, int end)
    {
        for (var s = first; s < end; s++)
        {
            if (MentionsPersonOf(s, cluster))
            {
                return true;
            }
        }

        return false;
    }

    private bool MentionsPersonOf(int sentence, int? cluster)
    {
        if (cluster is not { } c)
        {
            return false;
        }

        var key = PersonKey(c);
        foreach (var m in MentionsInSentence(sentence))
        {
            if (PersonKey(Document.Entities[m].Cluster) == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a token may be a title before a lead's name: an Arabic word, not led by و or ف, no preposition, not in a date, no event trigger.</summary>
    private bool IsTitleLike(int token)
    {
        var t = Tokens[token];
        if (t.Kind != TokenKind.Arabic || t.Norm.Length < 2 || ((t.Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0 && t.Norm[0] is 'و' or 'ف')
            || t.Norm is "في" or "من" or "عن" or "على" or "الى" or "إلى" or "مع" or "بعد" or "قبل" or "منذ" or "عام" or "سنة" or "كان" or "كانت" or "قد" or "لقد" or "ثم" or "ان" or "أن" or "إن")
        {
            return false;
        }

        var kin = ClaimLexicon.Default;
        if (kin.Match(this, token, "kin") > 0 || kin.Match(this, token, "kin-of") > 0 || kin.Match(this, token, "kin-noun") > 0)
        {
            return false;
        }

        foreach (var ti in TimexesInSentence(t.Sentence))
        {
            if (Document.Timexes[ti].Span.Contains(t.Span))
            {
                return false;
            }
        }

        foreach (var e in Document.Events)
        {
            if (e.Trigger.Start < t.Span.End && t.Span.Start < e.Trigger.End)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The lead a sentence opens with, or null: a named entity at its first word, then an optional parenthesis and comma,
    /// then "هو/هي" (for a non-person, followed by an indefinite noun); a person's name followed by a dated parenthesis
    /// is a lead by itself.
    /// </summary>
    private (int Cluster, bool Person, TextSpan Span)? Lead(int sentence)
    {
        var s = Document.Sentences[sentence];
        var first = s.FirstToken;
        var end = s.EndToken;
        while (first < end && Tokens[first].Kind is TokenKind.Punctuation or TokenKind.Symbol)
        {
            first++;
        }

        // A title or an honorific may stand before the name ("خوجه معمار سنان (1489–1588 م) كان …"): at most two plain words,
        // none a conjunction-led word, a preposition, a date or an act.
        var start = first;
        while (first < end && first - start < 2 && MentionAtToken(first) < 0 && IsTitleLike(first))
        {
            first++;
        }

        if (first >= end || MentionAtToken(first) is not (var m and >= 0))
        {
            return null;
        }

        var mention = Document.Entities[m];
        if (FirstTokenOf(mention.Span) != first || mention.Cluster < 0 || (first > start && mention.Label != EntityLabels.Person))
        {
            return null;
        }

        // A relative introduced ("أخوه الأكبر الطاهر القاسمي (1907–1960)") is part of the subject's story, not a new article's.
        var person = mention.Label == EntityLabels.Person;
        if (person && _kinship.Any(l => l.Relative == mention.Cluster || (l.Evidence.Start < mention.Span.Start && l.Evidence.End > Tokens[start].Span.Start)))
        {
            return null;
        }

        var k = EndTokenOf(mention.Span);
        var datedParenthesis = false;
        // Up to two parentheses: a foreign spelling and the dates ("هنري ديل (Henry Dale) (9 يونيو 1875 – 23 يوليو 1968)").
        for (var parenthesis = 0; parenthesis < 2 && k < end && Tokens[k].Norm.Contains('(', StringComparison.Ordinal); parenthesis++)
        {
            var close = k + 1;
            while (close < end && !Tokens[close].Norm.Contains(')', StringComparison.Ordinal) && close - k < 40)
            {
                close++;
            }

            if (close >= end || !Tokens[close].Norm.Contains(')', StringComparison.Ordinal))
            {
                return null;
            }

            foreach (var ti in TimexesInSentence(sentence))
            {
                var tt = TimexToken(ti);
                datedParenthesis |= tt > k && tt < close && IsDated(Document.Timexes[ti]);
            }

            k = close + 1;
        }

        if (k < end && Tokens[k].Norm is "," or "،")
        {
            k++;
        }

        if (k < end && Tokens[k].Norm == "و" && k + 1 < end && Tokens[k + 1].Norm is "هو" or "هي")
        {
            k++;
        }

        var copula = k < end && Tokens[k].Norm is "هو" or "هي" or "وهو" or "وهي";
        if (person)
        {
            return copula || datedParenthesis ? (mention.Cluster, true, mention.Span) : null;
        }

        if (!copula || k + 1 >= end)
        {
            return null;
        }

        var next = Tokens[k + 1];
        return next.Kind == TokenKind.Arabic && !next.Norm.StartsWith("ال", StringComparison.Ordinal) && MentionAtToken(k + 1) < 0
            && next.Norm is not ("من" or "في" or "على" or "الى" or "إلى" or "عن" or "مع" or "اول" or "أول" or "اكبر" or "أكبر" or "اصغر" or "أصغر" or "اهم" or "أهم" or "احد" or "أحد" or "احدى" or "إحدى")
            ? (mention.Cluster, false, mention.Span) : null;
    }
}
