using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>The anachronism rule's names: a body named again by its head noun, a quoted title or a relative adjective, untagged bodies, and when two names name the same body.</summary>
public sealed partial class AnachronismRule
{
    private static string Norm(string s) => Normalization.ArabicNormalizer.Default.NormalizeString(s);

    /// <summary>The first word of a name without its article ("جمعية المقاصد" → "جمعيه").</summary>
    private static string Head(string normalizedName)
    {
        var first = normalizedName.Split(' ', 2)[0];
        return first.StartsWith("ال", StringComparison.Ordinal) && first.Length > 4 ? first[2..] : first;
    }

    /// <summary><see cref="BareBase"/> as a span of the token's norm: asked of every token, looked up without a string (issue #18, round 11).</summary>
    private static ReadOnlySpan<char> BareBaseSpan(Segmentation.Token t)
    {
        var b = t.NormBase;
        if ((t.Clitics & Segmentation.Proclitics.Al) != 0)
        {
            return b;
        }

        return b.StartsWith("ال", StringComparison.Ordinal) && b.Length > 4 ? b[2..] : b;
    }

    private static string BareBase(Segmentation.Token t)
    {
        var b = t.Base;
        if ((t.Clitics & Segmentation.Proclitics.Al) != 0)
        {
            return b; // the article is already a clitic: "الألعاب" → "ألعاب", not "عاب"
        }

        return b.StartsWith("ال", StringComparison.Ordinal) && b.Length > 4 ? b[2..] : b;
    }

    private static bool Definite(Segmentation.Token t) => (t.Clitics & Segmentation.Proclitics.Al) != 0 || t.Base.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>
    /// A definite head noun at <paramref name="k"/> that names a founded or ended body again ("للجمعية"، "في
    /// الجامعة"): the body's key and the span (with the body's own adjectives when the text repeats them). Not when
    /// another definite word follows that is not part of the body's name ("الجامعة الأمريكية" is another university).
    /// </summary>
    private static (int Cluster, TextSpan Span)? HeadAnaphor(CheckContext ctx, int k, Dictionary<string, int> byHead, Dictionary<int, Bound> founded, Dictionary<int, Bound> ended)
    {
        var t = ctx.Tokens[k];
        if (ctx.Document.Source.Slice(t.Span) is "«")
        {
            return QuotedTitle(ctx, k, founded, ended);
        }

        if (t.Kind == Segmentation.TokenKind.Arabic && Definite(t) && Nisba(ctx, k, founded, ended) is { } nisba)
        {
            return nisba;
        }

        // The head noun with the article ("للجمعية"), or without it when the whole name follows ("صحيفة الأيام", in construct).
        if (t.Kind != Segmentation.TokenKind.Arabic || !byHead.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(BareBaseSpan(t), out var cluster) || cluster == int.MinValue)
        {
            return null;
        }

        var bound = founded.TryGetValue(cluster, out var b) ? b : ended[cluster];
        if (bound.NameSpan.Contains(t.Span) || bound.NameSpan.Start > t.Span.Start
            || t.Sentence - ctx.Document.SentenceAt(bound.NameSpan.Start) > MaxAnaphorSentences)
        {
            return null; // the founding or ending statement's own name, or a name too far back (or after) to be meant
        }

        // The nearest earlier name with the same head word is the one meant ("درس في جامعة كوبنهاغن … أستاذاً في
        // الجامعة نفسها"): the bound's body only when no other such name stands between.
        // (Only the mentions that start in that stretch: found by a binary search, not a walk of every mention.)
        var head = BareBase(t);
        var entities = ctx.Document.Entities;
        for (var x = FirstEntityFrom(entities, bound.NameSpan.End); x < entities.Length && entities[x].Span.Start < t.Span.Start; x++)
        {
            var e = entities[x];
            ctx.Index.Probes++; // a candidate visited (growth tests)
            if (e.Span.Start >= bound.NameSpan.End && e.Span.End <= t.Span.Start && e.Cluster != cluster && Head(Norm(e.Text)) == head)
            {
                return null;
            }
        }

        var words = bound.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = k;
        for (var w = 1; w < words.Length && end + 1 < ctx.Tokens.Length && ctx.Tokens[end + 1].Sentence == t.Sentence; w++)
        {
            var next = ctx.Tokens[end + 1];
            var want = words[w].StartsWith("ال", StringComparison.Ordinal) && words[w].Length > 4 ? words[w][2..] : words[w];
            if (BareBase(next) != want)
            {
                break;
            }

            end++;
        }

        if (!Definite(t) && (words.Length < 2 || end - k + 1 < words.Length))
        {
            return null; // an indefinite head noun alone ("جمعية"، "صحيفة أخرى") names no particular body
        }

        if (end == k && k + 1 < ctx.Tokens.Length && ctx.Tokens[k + 1].Sentence == t.Sentence && ctx.Tokens[k + 1].Kind == Segmentation.TokenKind.Arabic
            && Definite(ctx.Tokens[k + 1]) && ctx.Tokens[k + 1].Clitics == Segmentation.Proclitics.Al)
        {
            return null; // "الجامعة الأمريكية": a definite adjective that is not the body's makes another body
        }

        return (cluster, new TextSpan(t.Span.Start, ctx.Tokens[end].Span.End));
    }

    /// <summary>How many sentences back a head noun may refer to a founded or ended body named in full.</summary>
    private const int MaxAnaphorSentences = 6;

    /// <summary>A title in quotation marks that is the quoted name of a founded or ended body («الفجر الجديد»).</summary>
    private static (int Cluster, TextSpan Span)? QuotedTitle(CheckContext ctx, int k, Dictionary<int, Bound> founded, Dictionary<int, Bound> ended)
    {
        for (var q = k + 1; q < ctx.Tokens.Length && q <= k + 7 && ctx.Tokens[q].Sentence == ctx.Tokens[k].Sentence; q++)
        {
            if (ctx.Text(ctx.Tokens[q].Span) != "»")
            {
                continue;
            }

            var span = new TextSpan(ctx.Tokens[k].Span.Start, ctx.Tokens[q].Span.End);
            var inner = Norm(ctx.Text(span));
            foreach (var b in founded.Values.Concat(ended.Values))
            {
                if (!b.NameSpan.Overlaps(span) && b.Name.EndsWith(inner, StringComparison.Ordinal))
                {
                    return (b.Cluster, span);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// A relative adjective of a founded or ended state used for its people or its ruler: "للفاطميين" (the Fatimids)
    /// for "الدولة الفاطمية", "الخليفة الأموي" for "الدولة الأموية" (a ruler's title before the adjective).
    /// </summary>
    private static (int Cluster, TextSpan Span)? Nisba(CheckContext ctx, int k, Dictionary<int, Bound> founded, Dictionary<int, Bound> ended)
    {
        var bare = BareBase(ctx.Tokens[k]);
        var plural = bare.Length > 5 && (bare.EndsWith("ين", StringComparison.Ordinal) || bare.EndsWith("ون", StringComparison.Ordinal));
        var titled = k > 0 && ctx.Tokens[k - 1].Sentence == ctx.Tokens[k].Sentence && ctx.MatchCue(k - 1, "ruler-title", out _) is not null;
        if (!plural && !titled)
        {
            return null;
        }

        var stem = plural ? bare[..^2] : bare;
        if (!stem.EndsWith('ي'))
        {
            return null;
        }

        foreach (var b in founded.Values.Concat(ended.Values))
        {
            var words = b.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || b.NameSpan.Contains(ctx.Tokens[k].Span) || !IsBodyHead(ctx, Head(b.Name)))
            {
                continue;
            }

            foreach (var w in words.Skip(1))
            {
                var wb = w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 4 ? w[2..] : w;
                // "الفاطمية" for "الفاطميين"; a broken plural by its letters: "المماليك" for "المملوكي" (مملك).
                if (wb == stem + "ه" || wb == stem + "ة" || (wb.Length >= 5 && Skeleton(wb) is { Length: >= 4 } sk && sk == Skeleton(stem)))
                {
                    var start = titled ? ctx.Tokens[k - 1].Span.Start : ctx.Tokens[k].Span.Start;
                    return (b.Cluster, new TextSpan(start, ctx.Tokens[k].Span.End));
                }
            }
        }

        return null;
    }

    /// <summary>The consonants of a word: without long vowels, the final ta marbuta and the relative ending's ya.</summary>
    private static string Skeleton(string word) => new([.. word.Where(c => c is not ('ا' or 'و' or 'ي' or 'ى' or 'ة' or 'ه' or 'أ' or 'إ' or 'آ'))]);

    /// <summary>
    /// An untagged state or body right after a founding or ending cue: a state or body head word ("السلطنة"،
    /// "مملكة"، "جمعية"، "صحيفة"), with or without the article, and the name after it: up to three words with the
    /// article only ("العثمانية"، "الوادي الأخضر") or a title in quotation marks («الفجر الجديد»).
    /// </summary>
    private static TextSpan? UntaggedBody(CheckContext ctx, int from, int ce)
    {
        if (from >= ce || ctx.Tokens[from].Kind != Segmentation.TokenKind.Arabic || ctx.MentionAtToken(from) >= 0
            || (ctx.Tokens[from].Clitics & ~Segmentation.Proclitics.Al) != 0)
        {
            return null;
        }

        var head = BareBase(ctx.Tokens[from]);
        if (!IsBodyHead(ctx, head))
        {
            return null;
        }

        var end = from;
        if (from + 1 < ce && ctx.Text(ctx.Tokens[from + 1].Span) == "«")
        {
            for (var q = from + 2; q < ce && q <= from + 8; q++)
            {
                if (ctx.Text(ctx.Tokens[q].Span) == "»")
                {
                    return q > from + 2 ? new TextSpan(ctx.Tokens[from].Span.Start, ctx.Tokens[q].Span.End) : null;
                }
            }

            return null;
        }

        while (end + 1 < ce && end - from < 3 && ctx.Tokens[end + 1].Kind == Segmentation.TokenKind.Arabic && ctx.Tokens[end + 1].Clitics == Segmentation.Proclitics.Al)
        {
            end++;
        }

        return end == from ? null : new TextSpan(ctx.Tokens[from].Span.Start, ctx.Tokens[end].Span.End);
    }

    private static bool IsBodyHead(CheckContext ctx, string bare)
    {
        foreach (var category in (ReadOnlySpan<string>)["state-head", "body-head"])
        {
            foreach (var c in ctx.Lexicon.Cues(category))
            {
                if (c.Tokens.Length == 1 && (c.Tokens[0] == bare || (c.Tokens[0].StartsWith("ال", StringComparison.Ordinal) && c.Tokens[0][2..] == bare)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when no entity is named in the clause.</summary>
    private static bool NoNameIn(CheckContext ctx, int cs, int ce)
    {
        for (var k = cs; k < ce; k++)
        {
            if (ctx.MentionAtToken(k) >= 0)
            {
                return false;
            }
        }

        return true;
    }


    /// <summary>
    /// True when two normalized names are the same (the article aside: "للاتحاد السوفيتي"), or the shorter (two words or
    /// more) begins the longer, or the longer is the shorter (two words or more) after a body's head word ("جمعية العروة
    /// الوثقى" and "العروة الوثقى").
    /// </summary>
    private static bool SameName(CheckContext ctx, string a, string b)
        => SameNameOnce(ctx, a, b) || SameNameOnce(ctx, WithoutProclitic(a), b) || SameNameOnce(ctx, a, WithoutProclitic(b));

    /// <summary>A name without the one-letter preposition or conjunction the tagger left on its first word ("لجمعية العروة الوثقى").</summary>
    private static string WithoutProclitic(string name)
        => name.Length > 4 && name[0] is 'ل' or 'ب' or 'و' or 'ف' or 'ك' && name.IndexOf(' ', StringComparison.Ordinal) is var sp && (sp < 0 ? name.Length : sp) >= 4 ? name[1..] : name;

    private static bool SameNameOnce(CheckContext ctx, string a, string b)
    {
        a = WithoutArticles(a);
        b = WithoutArticles(b);
        if (a == b)
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (!shorter.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        return longer.StartsWith(shorter + " ", StringComparison.Ordinal)
            || (longer.EndsWith(" " + shorter, StringComparison.Ordinal) && longer.IndexOf(' ', StringComparison.Ordinal) == longer.Length - shorter.Length - 1
                && IsBodyHead(ctx, longer[..(longer.Length - shorter.Length - 1)]));
    }

    /// <summary>
    /// The name's words joined by single spaces, each without the article when longer than three letters. Written over
    /// spans (issue #18, round 11): the split, the select iterator, a string per word and the join made five objects per
    /// call, and most names have nothing to take away — then the name itself is returned.
    /// </summary>
    private static string WithoutArticles(string name)
    {
        var source = name.AsSpan();
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var range in source.Split(' '))
        {
            var w = source[range];
            if (w.IsEmpty)
            {
                continue;
            }

            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            if (w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 3)
            {
                w = w[2..];
            }

            w.CopyTo(buffer[length..]);
            length += w.Length;
        }

        var result = buffer[..length];
        return result.SequenceEqual(source) ? name : new string(result);
    }

    /// <summary>
    /// True when the date belongs to a place, organization or other non-person name of another cluster written between
    /// it and the mention, right before the date ("… في سورية … اتفاقية باريس لعام 1883"); the actor may stand between.
    /// </summary>
    private static bool OtherNameBetween(CheckContext ctx, TextSpan mention, TextSpan date, int cluster)
    {
        if (mention.End > date.Start)
        {
            return false;
        }

        var to = ctx.FirstToken(date);
        var from = Math.Max(ctx.EndToken(mention), to - 3);
        for (var k = from; k < to; k++)
        {
            var c = ctx.ClusterNamedAt(k, out var span);
            if (c >= 0 && c != cluster && ctx.ClusterById(c)?.Label != EntityLabels.Person)
            {
                // A place of the act after a preposition ("تولى القضاء للدولة العباسية في بغداد سنة 670 هـ"، "واليا على الكوفة
                // سنة 30 هـ") owns no date; a name in construct before it does ("اتفاقية باريس لعام 1883").
                if (ctx.ClusterById(c)?.Label == EntityLabels.Location && !IsOrg(ctx, c) && AffiliationBefore(ctx, k, pronoun: false)
                    && ctx.MentionAtToken(k - 1) < 0)
                {
                    k = Math.Max(k, ctx.EndToken(span) - 1);
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    private static bool IsOrg(CheckContext ctx, int cluster)
    {
        var c = ctx.ClusterById(cluster);
        return c?.Label == EntityLabels.Organization || (c?.Label == EntityLabels.Location && (c.Kind is "country" or "state" || StateHead(ctx, c.Name)));
    }

    /// <summary>True when a place's name begins with a word that makes it a state ("الدولة الأموية", "المملكة العراقية").</summary>
    private static bool StateHead(CheckContext ctx, string name)
    {
        var first = Norm(name).Split(' ', 2)[0];
        return ctx.Lexicon.Cues("state-head").Any(c => c.Tokens.Length == 1 && c.Tokens[0] == first);
    }

    /// <summary>
    /// The body a founding or ending cue in a relative clause is about: the relative pronoun's antecedent ("نقابة المهندسين
    /// المصرية، التي لم تؤسس إلا عام 1946"، "مجلة الهلال التي أسسها جرجي زيدان") — a named body right before the pronoun, or a
    /// definite body head noun ("وهي المنظمة التي أنشئت") that names again the nearest body with that head named before it in the
    /// sentence or the one before.
    /// </summary>
    private static (int Cluster, TextSpan Span)? RelativeAntecedent(CheckContext ctx, int cue)
    {
        var tokens = ctx.Tokens;
        var sentence = tokens[cue].Sentence;
        var j = cue - 1;
        while (j >= 0 && tokens[j].Sentence == sentence && tokens[j].Norm is "قد" or "لم" or "وقد")
        {
            j--;
        }

        if (j < 1 || tokens[j].Sentence != sentence || tokens[j].Norm is not ("التي" or "الذي" or "التى"))
        {
            return null;
        }

        j--;
        if (tokens[j].Sentence == sentence && tokens[j].Kind == Segmentation.TokenKind.Punctuation && tokens[j].Norm is "،" or ",")
        {
            j--;
        }

        if (j < 0 || tokens[j].Sentence != sentence)
        {
            return null;
        }

        var c = ctx.ClusterNamedAt(j, out var span);
        if (c >= 0)
        {
            return IsOrg(ctx, c) ? (c, span) : null;
        }

        var t = tokens[j];
        if (t.Kind != Segmentation.TokenKind.Arabic || !Definite(t) || (t.Clitics & ~(Segmentation.Proclitics.Al | Segmentation.Proclitics.Wa)) != 0
            || !IsBodyHead(ctx, BareBase(t)))
        {
            return null;
        }

        var head = BareBase(t);
        var doc = ctx.Document;
        for (var m = doc.Entities.Length - 1; m >= 0; m--)
        {
            var e = doc.Entities[m];
            if (e.Span.End > t.Span.Start)
            {
                continue;
            }

            if (sentence - doc.SentenceAt(e.Span.Start) > 1)
            {
                break;
            }

            if (e.Cluster >= 0 && IsOrg(ctx, e.Cluster) && Head(WithoutProclitic(Norm(e.Text))) == head)
            {
                return (e.Cluster, e.Span);
            }
        }

        return null;
    }

    /// <summary>
    /// True when the body at token <paramref name="first"/> is where an act took place or whom it served, not its topic: a
    /// preposition of place or affiliation before it ("في"، "لدى"، "إلى"، "على"، "من"، the clitics ل and ب), or a pronoun that
    /// is itself such a preposition ("فيها"، "لديها"); not "عن" or "حول" ("كتب عن الدولة العثمانية").
    /// </summary>
    private static bool AffiliationBefore(CheckContext ctx, int first, bool pronoun)
    {
        if (pronoun)
        {
            return true;
        }

        var t = ctx.Tokens[first];
        if ((t.Clitics & (Segmentation.Proclitics.Li | Segmentation.Proclitics.Bi)) != 0)
        {
            return true;
        }

        if (first == 0 || ctx.Tokens[first - 1].Sentence != t.Sentence)
        {
            return false;
        }

        var before = ctx.Tokens[first - 1];
        return before.Norm is "في" or "فى" or "لدى" or "لدي" or "الى" or "الي" or "إلى" or "على" or "علي" or "من" or "داخل" or "ضمن" or "امام" or "أمام"
            || UnderAuspices(ctx, first - 1);
    }

    /// <summary>
    /// "تحت راية جامعة الدول العربية"، "تحت لواء الدولة"، "تحت مظلة الأمم المتحدة"، "تحت إشراف"، "برعاية": an act under a body's
    /// banner, umbrella, supervision or patronage is an act in the body (round 17). The noun must follow تحت, or carry the
    /// preposition ب (رعاية، إشراف), right before the body's name.
    /// </summary>
    private static bool UnderAuspices(CheckContext ctx, int noun)
    {
        var t = ctx.Tokens[noun];
        var word = t.Base;
        if (word is not ("رايه" or "راية" or "لواء" or "مظله" or "مظلة" or "رعايه" or "رعاية" or "اشراف" or "إشراف"))
        {
            return false;
        }

        if ((t.Clitics & Segmentation.Proclitics.Bi) != 0 && word is "رعايه" or "رعاية" or "اشراف" or "إشراف")
        {
            return true;
        }

        return noun > 0 && ctx.Tokens[noun - 1].Sentence == t.Sentence && ctx.Tokens[noun - 1].Base == "تحت";
    }

    /// <summary>
    /// The body is the agent or the object right at a dated event's trigger (round 17): the verb right before its name ("أرسلت
    /// الأمم المتحدة لجنة"، "احتلت الدولة العثمانية …") or right after it ("الاتحاد السوفيتي انتزع منها القرم"). Births, deaths,
    /// burials, foundings and endings are not such events (see <see cref="EventClauses"/>).
    /// </summary>
    private static bool TriggerNextTo(CheckContext ctx, int first, int end)
    {
        var sentence = ctx.Tokens[first].Sentence;
        foreach (var e in ctx.Document.Events)
        {
            if (e.Sentence != sentence || e.Trigger.Length == 0 || e.Type is "founding" or "dissolution" or "birth" or "death" or "burial")
            {
                continue;
            }

            if ((first > 0 && e.Trigger.Overlaps(ctx.Tokens[first - 1].Span)) || (end < ctx.Tokens.Length && ctx.Tokens[end].Sentence == sentence && e.Trigger.Overlaps(ctx.Tokens[end].Span)))
            {
                return true;
            }
        }

        return false;
    }
}
