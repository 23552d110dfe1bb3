using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// The anachronism rule's references to a body that is not named where the act is dated (round 6): a pronoun ("لديها"،
/// "فيها"، "له"، "أمانتها"), a unit of a state named with the state ("جيش الجمهورية المصرية"), and the body of a
/// founding or proclamation written before its verb ("وكانت الجمهورية المصرية قد أُعلنت"). Guards: a refounding, a
/// second cue of the same clause, the making of a body before its founding.
/// </summary>
public sealed partial class AnachronismRule
{
    /// <summary>How many sentences back a pronoun may refer to a body.</summary>
    private const int MaxPronounSentences = 2;

    /// <summary>True when a refounding word stands right before the founding cue ("أُعيد تأسيس"، "إعادة إنشاء").</summary>
    private static bool Refounded(CheckContext ctx, int cue)
        => cue > 0 && ctx.Tokens[cue - 1].Sentence == ctx.Tokens[cue].Sentence && ctx.MatchCue(cue - 1, "refounding", out _) is not null;

    /// <summary>
    /// The part of a clause a founding or ending cue reads when the clause holds another such cue: a later cue starts its own
    /// part (its subject is left out: "قامت الجمهورية … عام 1958 وانتهت بانفصال سوريا عام 1961"), an earlier one ends at it.
    /// </summary>
    private static (int Start, int End) CueRegion(CheckContext ctx, int cue, int cs, int ce)
    {
        var start = cs;
        var end = ce;
        for (var j = cs; j < ce; j++)
        {
            if (j == cue || !IsBoundCue(ctx, j))
            {
                continue;
            }

            if ((ctx.Tokens[j].Clitics & Proclitics.Bi) != 0)
            {
                continue; // "انتهت المملكة العراقية بقيام ثورة 14 تموز 1958": the cause of the end, not a cue of its own
            }

            if (j < cue)
            {
                start = cue;
            }
            else if (j > cue + 1 || (j == cue + 1 && ctx.MatchCue(cue, "proclaiming", out _) is null))
            {
                end = Math.Min(end, j);
                break;
            }
        }

        return (start, end);
    }

    private static bool IsBoundCue(CheckContext ctx, int k)
        => ctx.MatchCue(k, "founding", out _) is not null || ctx.MatchCue(k, "ending", out _) is not null || ctx.MatchCue(k, "proclaiming", out _) is not null;

    /// <summary>
    /// A phrase of means or cause after an ending verb ("انتهت بانفصال سوريا"، "سقطت بسقوط بغداد"): a word with the
    /// preposition ب that names nothing itself. The name after it is the cause's, not the body that ended.
    /// </summary>
    private static bool CausePhrase(CheckContext ctx, int k)
        => k < ctx.Tokens.Length && ctx.Tokens[k].Kind == TokenKind.Arabic && (ctx.Tokens[k].Clitics & Proclitics.Bi) != 0 && ctx.MentionAtToken(k) < 0;

    /// <summary>
    /// An untagged state or body right before a founding or proclaiming verb, its subject: a definite state or body head word and
    /// its definite adjectives, "قد"، "التي"، "الذي" set aside ("وكانت الجمهورية المصرية قد أُعلنت"، "المملكة التي أُعلنت").
    /// </summary>
    private static TextSpan? UntaggedBodyBefore(CheckContext ctx, int cue, int cs)
    {
        var tokens = ctx.Tokens;
        var j = cue - 1;
        while (j >= cs && tokens[j].Norm is "قد" or "وقد" or "التي" or "الذي")
        {
            j--;
        }

        var end = j;
        while (j >= cs && end - j < 4 && tokens[j].Kind == TokenKind.Arabic && ctx.MentionAtToken(j) < 0 && tokens[j].Clitics == Proclitics.Al)
        {
            j--;
        }

        var first = j + 1;
        if (end - first < 1 || !IsBodyHead(ctx, BareBase(tokens[first])))
        {
            return null; // one word alone ("الجمهورية") or no body head: not a name
        }

        return new TextSpan(tokens[first].Span.Start, tokens[end].Span.End);
    }

    /// <summary>
    /// True when a proclamation founds the state: the name begins with a state's head word ("الجمهورية المصرية"، not "إيطاليا"
    /// nor "الاتحاد الفلكي الدولي"'s announcement), it stands before the verb ("الجمهورية التي أُعلنت"، passive) or after the
    /// noun ("إعلان الجمهورية"), and no object follows ("أعلنت المملكة المتحدة الحرب"): after the proclamation comes a date,
    /// a preposition or the clause's end.
    /// </summary>
    private static bool Proclaimed(CheckContext ctx, int cue, TextSpan nameSpan)
    {
        var words = Norm(ctx.Text(nameSpan)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !ctx.Lexicon.Cues("state-head").Any(p => p.Tokens.Length == 1 && p.Tokens[0] == WithoutProclitic(words[0])))
        {
            return false;
        }

        var after = nameSpan.Start > ctx.Tokens[cue].Span.Start;
        if (after && ctx.Tokens[cue].Base != "اعلان")
        {
            return false; // "أعلنت الجمهورية الفرنسية الحرب": an active verb, the state its subject
        }

        var next = Math.Max(cue + 1, ctx.EndToken(nameSpan));
        if (next >= ctx.Tokens.Length || ctx.Tokens[next].Sentence != ctx.Tokens[cue].Sentence)
        {
            return true;
        }

        var t = ctx.Tokens[next];
        return t.Kind is TokenKind.Punctuation or TokenKind.Number
            || t.Norm is "عام" or "سنه" or "في" or "فى" or "يوم" or "رسميا" or "بعد" or "اثر" or "عقب" or "منذ";
    }

    /// <summary>
    /// True when the sentence places an act in the making of a body, before its founding, legitimately: "شارك في تأسيسها"،
    /// "اللجنة التحضيرية التي مهّدت لتأسيسها"، "عضوا مؤسسا"، "عصبة الأمم التي سبقتها".
    /// </summary>
    private static bool PreFounding(CheckContext ctx, int sentence)
    {
        var (start, end) = ctx.SentenceTokens(sentence);
        return ctx.FindCue(start, end, "pre-founding") >= 0;
    }

    /// <summary>A place named as the seat after a founding verb: a place (no state) after "في" or with the preposition ب ("في لندن"، "بالقاهرة").</summary>
    private static bool Seat(CheckContext ctx, int j, int cluster)
    {
        if (ctx.ClusterById(cluster)?.Label != EntityLabels.Location)
        {
            return false;
        }

        return (ctx.Tokens[j].Clitics & Proclitics.Bi) != 0
            || (j > 0 && ctx.Tokens[j - 1].Sentence == ctx.Tokens[j].Sentence && ctx.Tokens[j - 1].Norm is "في" or "فى");
    }

    /// <summary>True when a unit of a state or body stands right before the name ("في جيش الجمهورية المصرية" with the state tagged alone).</summary>
    private static bool UnitBefore(CheckContext ctx, int first)
        => first > 0 && ctx.Tokens[first - 1].Sentence == ctx.Tokens[first].Sentence && ctx.MentionAtToken(first - 1) < 0
            && ctx.MatchCue(first - 1, "unit-head", out _) is not null;

    /// <summary>
    /// The founded or ended body a name of a unit stands for: a unit head word and then the body's full name ("جيش الجمهورية
    /// المصرية" for "الجمهورية المصرية"، "حكومة الدولة العثمانية").
    /// </summary>
    private static int? UnitOf(CheckContext ctx, TextSpan mentionSpan, Dictionary<int, Bound> founded, Dictionary<int, Bound> ended)
    {
        var first = ctx.FirstToken(mentionSpan);
        if (ctx.MatchCue(first, "unit-head", out var n) is null || n != 1)
        {
            return null;
        }

        var words = WithoutProclitic(Norm(ctx.Text(mentionSpan))).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return null; // the body's name after the unit has two words at least ("الجمهورية المصرية"), not a bare head
        }

        var rest = string.Join(' ', words.Skip(1));
        foreach (var b in founded.Values.Concat(ended.Values))
        {
            if (b.Name.Contains(' ', StringComparison.Ordinal) && !b.NameSpan.Overlaps(mentionSpan) && WithoutArticles(rest) == WithoutArticles(b.Name))
            {
                return b.Cluster;
            }
        }

        return null;
    }

    /// <summary>
    /// The body a pronoun refers to: a preposition with a pronoun ("لديها"، "فيها"، "له") or a body's organ with an owner's
    /// pronoun ("أمانتها"، "رئيسه"), resolved to the nearest body or place named before it (in its sentence or the two
    /// before) that agrees with it in gender. Passed over: persons and groups; the party a representative speaks for
    /// ("مندوبا لمصر لديها"); a place named as the seat in a founding statement ("تأسست الجامعة في القاهرة"). The first
    /// agreeing name decides: when it is not a founded or ended body, there is no reference. Returns the key and the
    /// pronoun's span.
    /// </summary>
    private static (int Cluster, TextSpan Span)? PronounReference(CheckContext ctx, int k, Dictionary<string, int> byHead,
        Dictionary<int, Bound> founded, Dictionary<int, Bound> ended, HashSet<int> boundClauses)
    {
        var t = ctx.Tokens[k];
        if (t.Kind != TokenKind.Arabic || !ctx.IsContent(t.Sentence))
        {
            return null;
        }

        var gender = ctx.MatchCue(k, "org-pronoun", out _)?.Value ?? OrganGender(ctx, k);
        if (gender is null)
        {
            return null;
        }

        var untagged = founded.Values.Concat(ended.Values).Where(b => b.Cluster < -1).ToList();
        var (cs, _) = ctx.ClauseOf(k);
        for (var j = k - 1; j >= 0 && ctx.Tokens[j].Sentence >= t.Sentence - MaxPronounSentences; j--)
        {
            if (!ctx.IsContent(ctx.Tokens[j].Sentence))
            {
                continue;
            }

            int key;
            TextSpan span;
            string? label;
            if (Covering(untagged, ctx.Tokens[j].Span) is { } ub)
            {
                (key, span, label) = (ub.Cluster, ub.NameSpan, EntityLabels.Organization);
            }
            else if (ctx.MentionAtToken(j) is var m and >= 0)
            {
                var e = ctx.Document.Entities[m];
                (key, span, label) = (e.Cluster, e.Span, e.Label);
            }
            else if (HeadAnaphor(ctx, j, byHead, founded, ended) is { } ha)
            {
                (key, span, label) = (ha.Cluster, ha.Span, EntityLabels.Organization);
            }
            else
            {
                continue;
            }

            var first = ctx.FirstToken(span);
            j = Math.Min(j, first);
            if (label is not (EntityLabels.Organization or EntityLabels.Location))
            {
                continue; // a person or a group is not the body
            }

            var nameNorm = Norm(ctx.Text(span));
            var isBody = label == EntityLabels.Organization || key < -1 || IsOrg(ctx, key);
            if (first >= cs && first > 0 && ((ctx.Tokens[first].Clitics & Proclitics.Li) != 0 || ctx.Tokens[first].Norm.StartsWith('ل'))
                && ctx.MatchCue(first - 1, "activity", out _) is not null)
            {
                continue; // "مندوبا لمصر لديها": the party the representative speaks for
            }

            if (!isBody && boundClauses.Contains(Clause(ctx, first).Start))
            {
                continue; // "تأسست جامعة الدول العربية في القاهرة": the seat named in the founding statement
            }

            var g = isBody && (label == EntityLabels.Organization || key < -1 || StateHead(ctx, nameNorm)) ? NameGender(nameNorm) : PlaceGender(nameNorm);
            if (g != "any" && g != gender)
            {
                continue;
            }

            return (key, t.Span);
        }

        return null;
    }

    /// <summary>The first bound whose name covers the span, or null (a loop: no closure per pronoun looked at).</summary>
    private static Bound? Covering(List<Bound> bounds, TextSpan span)
    {
        foreach (var b in bounds)
        {
            if (b.NameSpan.Contains(span))
            {
                return b;
            }
        }

        return null;
    }

    /// <summary>The gender of the owner's pronoun on a body's organ ("أمانتها" f, "مجلسه" m), or null when the word is no such organ.</summary>
    private static string? OrganGender(CheckContext ctx, int k)
    {
        var t = ctx.Tokens[k];
        var b = t.Base;
        var written = ctx.Document.Source.Slice(t.Span);
        string stem;
        string gender;
        if (b.Length > 4 && b.EndsWith("ها", StringComparison.Ordinal))
        {
            (stem, gender) = (b[..^2], "f");
        }
        else if (b.Length > 3 && b.EndsWith('ه') && !written.EndsWith('ة'))
        {
            (stem, gender) = (b[..^1], "m"); // "رئيسه" (his president), not "رئيسة" (a woman president)
        }
        else
        {
            return null;
        }

        foreach (var c in ctx.Lexicon.Cues("org-part"))
        {
            if (c.Tokens.Length == 1 && c.Tokens[0] == stem)
            {
                return gender;
            }
        }

        return null;
    }

    /// <summary>
    /// A body's grammatical gender from its normalized name: feminine when its head word ends in ta marbuta ("جامعة الدول
    /// العربية"، "الدولة الأيوبية"), or when a definite head takes a feminine definite adjective ("الأمم المتحدة");
    /// otherwise masculine ("اتحاد الكتاب"، "الاتحاد السوفيتي").
    /// </summary>
    internal static string NameGender(string normalizedName)
    {
        var words = WithoutProclitic(normalizedName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return "any";
        }

        if (words[0].EndsWith('ه'))
        {
            return "f";
        }

        return words.Length >= 2 && words[0].StartsWith("ال", StringComparison.Ordinal) && words[1].StartsWith("ال", StringComparison.Ordinal) && words[1].EndsWith('ه') ? "f" : "m";
    }

    /// <summary>A place's gender: feminine when its first word ends in ta marbuta ("القاهرة"); others may be either ("لبنان"، "لندن"، "العراق").</summary>
    private static string PlaceGender(string normalizedName)
    {
        var words = WithoutProclitic(normalizedName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words[0].EndsWith('ه') ? "f" : "any";
    }
}
