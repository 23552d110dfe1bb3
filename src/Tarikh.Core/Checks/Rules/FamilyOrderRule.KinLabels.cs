using System.Collections.Frozen;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// family-order (round 18, issue 12b): the lexical shapes the kin-noun reading of <see cref="KinNounBirths"/> adds — a bare rank
/// label that names a child or a sibling ("الكبرى سعاد ولدت …"، "أما زياد الأصغر فولد …"، "وأنا الأصغر مولود …")، a child's
/// birth told from the parent ("ولد له ابنه …"، "رزق … بابنته البكر … سنة …")، and the subject of a biographical entry ("صاحب الترجمة").
/// </summary>
public sealed partial class FamilyOrderRule
{
    /// <summary>Verbs of a parent given a child: "رزق … بابنه"، "رزقت … بابنتها"، "أنجب ابنه".</summary>
    private static readonly FrozenSet<string> GivenVerbs = new[] { "رزق", "رزقت", "رزقه", "رزقها", "انجب", "انجبت" }
        .Select(N).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A bare rank label at token <paramref name="j"/> that names the one born: "الكبرى سعاد"، "والأصغر حسن" opening a clause (after
    /// punctuation or with a conjunction), "أما زياد الأصغر"، "وأنا الأصغر"، "هو الأكبر"، "أحمد وهو الأكبر" (round 20: the pronoun with its conjunction, and the middle one "والأوسط"). Not after a noun it would qualify ("الجزء الأكبر"،
    /// "أخوه الأكبر", which <see cref="KinNounAt"/> reads with its rank). "البكر" and "البكرية" name the firstborn.
    /// </summary>
    private static KinAt? BareRankAt(CheckContext ctx, int j, int ss, int se)
    {
        var idx = ctx.Index;
        var n = idx.SourceNorm(j);
        var listed = RankOf(n) is null ? ListLabelRank(ctx, j, ss) : null;
        if (RankOf(n) is not { } rank && StripConjunction(n) is not "البكريه" && listed is null)
        {
            return null;
        }

        var r = RankOf(n) ?? listed ?? 1;
        var conjunction = StripConjunction(n).Length < n.Length;
        var opens = j == ss || ctx.Tokens[j - 1].Kind == TokenKind.Punctuation || conjunction;
        var afterSelf = j > ss && SelfWords.Contains(StripConjunction(idx.SourceNorm(j - 1))) && StripConjunction(idx.SourceNorm(j - 1)) is not ("نفسه" or "نفسها" or "نفسي");
        var afterAmma = j - 2 >= ss && StripConjunction(idx.SourceNorm(j - 2)) == "اما" && ctx.Tokens[j - 1].Kind != TokenKind.Punctuation;
        if (!(opens || afterSelf || afterAmma) || j > ss && KinNounAt(ctx, j - 1, se) is not null)
        {
            return null;
        }

        var raw = ctx.Text(ctx.Tokens[j].Span);
        var phrase = conjunction && raw.Length > 1 ? raw[1..] : raw;
        var word = new KinWord(KinRole.Sibling, -1, null, false, r, r == 1 ? "the elder" : r == 50 ? "the middle one" : r == 100 ? "the younger" : "the child ranked " + r.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new KinAt(word, j, j + 1, r, false, phrase) { Bare = true };
    }

    /// <summary>Plural nouns of a family's children or siblings that open a labelled list ("أبناء الشيخ …: الكبير …، والثاني …"), normalized.</summary>
    private static readonly FrozenSet<string> ListHeads = new[]
    {
        "أبناء", "أبناؤه", "أبناؤها", "أبنائه", "أبنائها", "أولاد", "أولاده", "أولادها", "بنات", "بناته", "بناتها", "الإخوة", "الإخوان", "إخوان", "إخوة",
        "إخوته", "إخوتها", "الأبناء", "الأولاد", "البنات", "ابنان", "ابنين", "ابنتان", "ابنتين", "ولدان", "ولدين", "بنتان", "بنتين", "أخوة", "الأخوة",
    }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Round 20: the labels of a list of children or siblings that are ranks only there — the plain adjectives "الكبير"، "الصغيرة" and the
    /// ordinals "الأول" … "الخامس" ("أبناء الشيخ مثقال: الكبير سليمان ولد …، والثاني حمدان ولد …") — when a plural noun of the family
    /// (<see cref="ListHeads"/>) stands before them in the sentence. 1 the eldest, 2–5 by order, 100 the youngest; null otherwise.
    /// </summary>
    private static int? ListLabelRank(CheckContext ctx, int j, int ss)
    {
        int? r = StripConjunction(ctx.Index.SourceNorm(j)) switch
        {
            "الكبير" or "الكبيره" or "الاول" or "الاولي" or "الاولى" => 1,
            "الثاني" or "الثانيه" => 2,
            "الثالث" or "الثالثه" => 3,
            "الرابع" or "الرابعه" => 4,
            "الخامس" or "الخامسه" => 5,
            "الصغير" or "الصغيره" => 100,
            _ => null,
        };
        if (r is null)
        {
            return null;
        }

        for (var i = ss; i < j; i++)
        {
            if (ListHeads.Contains(StripConjunction(ctx.Index.SourceNorm(i))) || ListHeads.Contains(ctx.Index.SourceNorm(i)))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>
    /// True when two ranks of a list can be compared: different, and not the middle one against an ordinal (the second of five may be the
    /// middle one's elder or junior).
    /// </summary>
    private static bool ComparableRanks(int a, int b) => a > 0 && b > 0 && a != b && !(a == 50 && b is >= 2 and <= 5) && !(b == 50 && a is >= 2 and <= 5);

    /// <summary>Words before a birth word that make it a birthday kept ("عيد مولده"، "ذكرى مولد ابنه"، "بمناسبة مولدها"), not a birth.</summary>
    private static readonly FrozenSet<string> CelebrationWords = new[] { "عيد", "ذكرى", "ذكري", "احتفال", "احتفل", "احتفلت", "بمناسبة", "مناسبة" }
        .Select(N).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the noun "مولد" at <paramref name="k"/> names a birthday kept: after a word of <see cref="CelebrationWords"/>.</summary>
    private static bool IsCelebratedBirth(CheckContext ctx, int k, int ss)
    {
        var n = StripConjunction(ctx.Index.SourceNorm(k));
        return n.StartsWith("مولد", StringComparison.Ordinal) && k > ss && CelebrationWords.Contains(StripConjunction(ctx.Index.SourceNorm(k - 1)));
    }

    /// <summary>"له"، "لها"، "للإمام …": the phrase after "ولد" that names the parent a child was born to.</summary>
    private static bool IsToPhrase(string norm) => norm is "له" or "لها" || norm.Length > 3 && norm.StartsWith("لل", StringComparison.Ordinal);

    /// <summary>
    /// The child a parent was given, at token <paramref name="k"/>: "بابنته" or "بولده" after "رزق" (within ten words before it), or
    /// "ابنه" right after "أنجب". The kin noun is read as <see cref="KinNounAt"/> reads it, without the preposition.
    /// </summary>
    private static KinAt? GivenChildAt(CheckContext ctx, int k, int ss, int se)
    {
        var idx = ctx.Index;
        var n = idx.SourceNorm(k);
        // Round 19: or with the parent's name between ("أنجبت المعلمة فاطمة الزيدي ابنتها سعاد عام 1952"), no punctuation between.
        for (var j = k - 1; j >= Math.Max(ss, k - 5) && ctx.Tokens[j].Kind != TokenKind.Punctuation; j--)
        {
            if (StripConjunction(idx.SourceNorm(j)) is "انجب" or "انجبت")
            {
                return KinNounAt(ctx, k, se) is { Word.Role: KinRole.Child, Word.Person: 3 } direct ? direct : null;
            }
        }

        if (n.Length < 4 || n[0] != 'ب' || !KinLexicon.TryGetValue(n[1..], out var w) || w.Role != KinRole.Child || w.Person != 3)
        {
            return null;
        }

        var verb = false;
        for (var j = k - 1; j >= Math.Max(ss, k - 15) && !verb; j--)
        {
            verb = GivenVerbs.Contains(StripConjunction(idx.SourceNorm(j)));
        }

        if (!verb)
        {
            return null;
        }

        var end = k + 1;
        var rank = 0;
        if (end < se && RankOf(idx.SourceNorm(end)) is { } r)
        {
            rank = r;
            end++;
        }

        var raw = ctx.Document.Source[new Text.TextSpan(ctx.Tokens[k].Span.Start, ctx.Tokens[end - 1].Span.End)].ToString();
        return new KinAt(w, k, end, rank, false, raw.Length > 1 ? raw[1..] : raw);
    }

    /// <summary>The usable timex that ends right before token <paramref name="k"/> ("وفي سنة خمس وسبعين ومائة وألف ولد له …"), or null.</summary>
    private static int? TimexEndingAt(CheckContext ctx, Dictionary<int, int> timexAt, int k)
    {
        foreach (var ti in timexAt.Values)
        {
            if (ctx.EndToken(ctx.Timexes[ti].Span) == k)
            {
                return ti;
            }
        }

        return null;
    }

    /// <summary>"صاحب الترجمة"، "صاحب هذه الترجمة"، "المترجم": the person a biographical entry is about, at token <paramref name="j"/> (either word).</summary>
    private static bool IsEntrySubject(CheckContext ctx, int j)
    {
        var idx = ctx.Index;
        var n = StripConjunction(idx.SourceNorm(j));
        // Round 20: the obituary's "الفقيد"/"الفقيدة"/"المرحوم" ("والفقيد من مواليد عام …"): the person mourned, whom the text is about.
        if (n is "المترجم" or "الفقيد" or "الفقيده" or "المرحوم" or "المرحومه")
        {
            return true;
        }

        bool At(int i, string w) => i >= 0 && i < ctx.Tokens.Length && StripConjunction(idx.SourceNorm(i)) == w;
        return n == "صاحب" && (At(j + 1, "الترجمه") || At(j + 1, "هذه") && At(j + 2, "الترجمه"))
            || n == "الترجمه" && (At(j - 1, "صاحب") || At(j - 1, "هذه") && At(j - 2, "صاحب"));
    }

    /// <summary>True when <paramref name="o"/> names by "أما …" a person named before the kin noun of <paramref name="k"/> in its sentence (the possessor).</summary>
    private static bool NamesPossessor(CheckContext ctx, DatedBirth o, DatedBirth k)
    {
        if (o.Named is not { Length: > 1 } name || k.Kin is null)
        {
            return false;
        }

        var (ss, _) = ctx.SentenceTokens(k.Sentence);
        for (var j = ss; j < k.Kin.Token; j++)
        {
            if (StripConjunction(ctx.Index.SourceNorm(j)) == name)
            {
                return true;
            }
        }

        return false;
    }
}
