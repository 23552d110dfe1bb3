using System.Collections.Frozen;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 23 (23k2): an editorship or a directorship the claims stage reads as an office whose value is only its verb or a
/// pronoun — "وتولى محمد حسنين هيكل رئاسة تحريرها سنة 1960، وبقي فيها حتى سنة 1974"، "وفي سنة 1995 تسلم رئاسة التحرير سماح
/// إدريس"، "عُيّن الحكيم مديرا لدار الكتب المصرية سنة 1954" — compared with the subject's employment (P108) at the body the
/// post belongs to. The clause (or the question it answers) must name the post by a noun of editing or directing ("تحرير"،
/// "إدارة"، "مدير"); the body is the one dated employer of the subject named there (linked, or by its KB name), else the one
/// dated employer of the subject the text names anywhere (the magazine an article is about). Not when the clause names an
/// office the subject holds, or the subject studied at the body, or two employers fit.
/// Dates: a taking-up verb ("تولى"، "تسلم"، "عُيّن"، "اختير") dates the start of the post; "وبقي فيها حتى …" (the tenure claim of
/// the same sentence) its end. A start and an end told together are the KB's tenure only when one of them agrees with the KB's
/// (<see cref="SameTenure"/>: directing a body may begin after one was first employed there); each claim is compared on its own
/// date only. A lone date after another verb ("كان رئيس تحريرها سنة 1960") is compared by overlap. Approximate dates ("ذلك
/// العام") are not compared. A warning at most: the relation is the KB's reading of the post.
/// </summary>
public sealed partial class ClaimVerifier
{
    // Verbs of taking up a post (normalized, without و/ف and an object pronoun).
    private static readonly FrozenSet<string> TakingUpVerbs = new[]
    {
        "تولى", "تولي", "تولت", "تسلم", "تسلمت", "عين", "عينت", "اختير", "اختيرت", "انتخب", "انتخبت", "تقلد", "تقلدت", "صار", "صارت",
        "اصبح", "اصبحت",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The subject's employment at the body of an editorship or directorship the claim tells as an office (see the type's summary), or null.</summary>
    private KbStatement? PostAtEmployer(AnalyzedDocument document, Claim claim, KbEntity subject, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (claim.Property != ClaimProperties.PositionHeld || claim.Act is not ("office/held" or "office/appointed") || claim.Value.Kind != ClaimValueKind.Text
            || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length
            || (claim.Time ?? claim.Start ?? claim.End) is not { Date: not null } date || date.Approximate
            || PositionByWords(document, claim, subject, kb) is not null)
        {
            return null;
        }

        var text = document.Source.Text;
        var sentence = document.Sentences[claim.Sentence].Span;
        var from = sentence.Start;
        // An answer ("ج: تولاها سنة 1957"): the question before it names the post.
        if (claim.Sentence > 0 && text[document.Sentences[claim.Sentence - 1].Span.Start..document.Sentences[claim.Sentence - 1].Span.End].TrimEnd().EndsWith('؟'))
        {
            from = document.Sentences[claim.Sentence - 1].Span.Start;
        }

        if (!WordsIn(text, from, sentence.End).Any(w => PostNoun(_memo.Key(w.Word))))
        {
            return null;
        }

        var studied = RelationStatements(subject, ClaimProperties.EducatedAt).Select(s => s.MainSnak.Value.Item).ToHashSet(StringComparer.Ordinal);
        var employers = subject.Best(ClaimProperties.Employer)
            .Where(s => s.MainSnak.Value.Item is { } item && !studied.Contains(item) && (s.Qualifier("P580") is not null || s.Qualifier("P582") is not null))
            .ToList();
        if (employers.Count == 0)
        {
            return null;
        }

        HashSet<string> Linked(int start, int end) => document.Entities
            .Where(m => m.Span.Start >= start && m.Span.End <= end && m.Cluster >= 0 && links.ContainsKey(m.Cluster))
            .Select(m => links[m.Cluster].Item).ToHashSet(StringComparer.Ordinal);

        var named = Linked(from, sentence.End);
        var fitting = employers.Where(s => named.Contains(s.MainSnak.Value.Item!)).ToList();
        if (fitting.Count == 0)
        {
            fitting = ValuesNamedIn(text[from..sentence.End], employers, kb);
        }

        if (fitting.Count == 0)
        {
            var anywhere = Linked(0, text.Length);
            fitting = employers.Where(s => anywhere.Contains(s.MainSnak.Value.Item!)).ToList();
        }

        return fitting.Count == 1 ? fitting[0] : null;
    }

    // A noun of editing or directing a body, with its clitics ("رئاسة تحريرها"، "التحرير"، "مديرا"، "إدارة").
    private static bool PostNoun(string key)
    {
        var w = key;
        if (w.Length > 4 && w[0] is 'و' or 'ف')
        {
            w = w[1..];
        }

        if (w.Length > 4 && w[0] is 'ب' or 'ل')
        {
            w = w[1..];
        }

        if (w.Length > 4 && w.StartsWith("ال", StringComparison.Ordinal))
        {
            w = w[2..];
        }

        return w.StartsWith("تحرير", StringComparison.Ordinal) || w.StartsWith("مدير", StringComparison.Ordinal)
            || w.StartsWith("ادارة", StringComparison.Ordinal) || w.StartsWith("اداره", StringComparison.Ordinal) || w.StartsWith("ادارت", StringComparison.Ordinal);
    }

    /// <summary>
    /// The claim as compared with the employment of a post: a taking-up verb's lone date is the start. The tenure for
    /// <see cref="SameTenure"/> adds the other end told in the same sentence by the subject's other claim of the post.
    /// </summary>
    private (Claim Own, Claim Tenure) PostDates(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, string? body)
    {
        // A post the text tells after an earlier tie of the subject to the body ("- 1948: انتقل إلى كلية بايلور للطب …"، "- 1969: صار
        // رئيسًا لكلية بايلور للطب"): a promotion, begun after the employment; its date is compared by overlap, not as the start.
        var own = TakingUpStart(document, claim) is { } start && !EarlierTie(document, claim, links, body) ? claim with { Start = start, Time = null } : claim;
        var tenure = own;
        foreach (var other in document.Claims)
        {
            if (other.Id == claim.Id || other.Sentence != claim.Sentence || other.Subject != claim.Subject
                || other.Property != ClaimProperties.PositionHeld || other.Act is not ("office/held" or "office/appointed"))
            {
                continue;
            }

            if (tenure.End is null && tenure.Start is not null && other.End is { Approximate: false } end && other.Start is null && other.Time is null)
            {
                tenure = tenure with { End = end };
            }
            else if (tenure.Start is null && tenure.End is not null && tenure.Time is null && TakingUpStart(document, other) is { Approximate: false } otherStart)
            {
                tenure = tenure with { Start = otherStart };
            }
        }

        return (own, tenure);
    }

    // An earlier sentence that names the body (linked) and holds a claim of the same subject.
    private static bool EarlierTie(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, string? body)
        => body is not null && document.Entities.Any(m => m.Cluster >= 0 && links.TryGetValue(m.Cluster, out var l) && l.Item == body
            && document.SentenceAt(m.Span.Start) is var si && si >= 0 && si < claim.Sentence
            && document.Claims.Any(c => c.Sentence == si && c.Subject == claim.Subject));

    // The lone date of a claim whose trigger (a word of its evidence) is a taking-up verb ("وتولى"، "تولاها"، "تسلم"، "عُيّن"), or null.
    private ClaimValue? TakingUpStart(AnalyzedDocument document, Claim claim)
    {
        if (claim.Time is not { } lone || claim.Start is not null || claim.End is not null || claim.Spans.IsDefaultOrEmpty)
        {
            return null;
        }

        foreach (var span in claim.Spans)
        {
            var key = _memo.Key(document.Source.Text[span.Start..span.End]);
            if (key.Length > 3 && key[0] is 'و' or 'ف')
            {
                key = key[1..];
            }

            if (TakingUpVerbs.Contains(key)
                || (key.Length > 4 && key.EndsWith("ها", StringComparison.Ordinal) && TakingUpVerbs.Contains(key[..^2]))
                || (key.Length > 4 && key.EndsWith("اه", StringComparison.Ordinal) && (TakingUpVerbs.Contains(key[..^2] + "ى") || TakingUpVerbs.Contains(key[..^2] + "ي")))
                || (key.Length > 4 && key.EndsWith("اها", StringComparison.Ordinal) && (TakingUpVerbs.Contains(key[..^3] + "ى") || TakingUpVerbs.Contains(key[..^3] + "ي"))))
            {
                return lone;
            }
        }

        return null;
    }
}
