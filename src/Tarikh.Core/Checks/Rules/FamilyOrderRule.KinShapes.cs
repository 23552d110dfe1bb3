using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// family-order (round 19, issue 19b): more shapes of the kin-noun reading of <see cref="KinNounBirths"/> — a parent noun as the
/// predicate of a pronoun ("هو والد الطبيبة هالة المولودة …": the named one is the person's child), a kin noun opening the sentence after
/// the other birth ("ولد حسن سنة 1925. وكان أخوه الأكبر … المولود سنة …"), and two relatives of one kind ranked against each other in a
/// sentence that dates more births ("على ابنه الأكبر محمد المولود سنة … وابنه الأصغر علي المولود سنة …").
/// </summary>
public sealed partial class FamilyOrderRule
{
    /// <summary>
    /// "والد"/"والدة" written without a pronoun, in construct with the name after it, as the predicate of a detached pronoun right before it
    /// ("هو والد …"، "وهي والدة …"): a child relation seen from the pronoun's person, read like "نجل" the other way (<see cref="KinWord.Construct"/>).
    /// </summary>
    private static KinWord? ParentPredicateAt(CheckContext ctx, int k)
    {
        // Round 20: or before "كل من" and a list of the children ("الفقيد المولود عام … والد كل من: محمد المولود عام …، وفهد").
        var eachOf = k + 2 < ctx.Tokens.Length && ctx.Tokens[k + 2].Sentence == ctx.Tokens[k].Sentence && ctx.Index.SourceNorm(k + 1) == "كل" && ctx.Index.SourceNorm(k + 2) == "من";
        if (k == 0 || ctx.Tokens[k - 1].Sentence != ctx.Tokens[k].Sentence || StripConjunction(ctx.Index.SourceNorm(k - 1)) is not ("هو" or "هي") && !eachOf)
        {
            return null;
        }

        var raw = new string([.. ctx.Text(ctx.Tokens[k].Span).Where(ch => ch is < '\u064B' or > '\u0652')]);
        return raw is "والد" or "والدة"
            ? new KinWord(KinRole.Child, 0, null, false, 0, "his child") { Construct = true }
            : null;
    }

    /// <summary>
    /// True when the kin noun opens its sentence: the first word, with its conjunction, or after "كان"/"وكان" ("وأبوه خميس ولد …"،
    /// "وكان أخوه الأكبر صالح …").
    /// </summary>
    private static bool OpensSentence(CheckContext ctx, KinAt kin)
    {
        var (ss, _) = ctx.SentenceTokens(ctx.Tokens[kin.Token].Sentence);
        var j = kin.Token - 1;
        while (j >= ss && ctx.Tokens[j].Kind == TokenKind.Punctuation)
        {
            j--;
        }

        return j < ss || j == ss && StripConjunction(ctx.Index.SourceNorm(j)) is "كان" or "كانت";
    }

    /// <summary>
    /// Pairs of dated births in one sentence whose kin nouns name relatives of one kind (two children, two siblings) of one possessor with
    /// opposite ranks: "ابنه الأكبر" against "ابنه الأصغر". Bare labels and superlatives are left to the two-birth reading.
    /// </summary>
    private static IEnumerable<(DatedBirth, DatedBirth)> OppositeRanks(List<DatedBirth> births)
    {
        for (var i = 0; i < births.Count; i++)
        {
            for (var j = i + 1; j < births.Count; j++)
            {
                if (births[i].Kin is { Bare: false, Inverted: false, Word.Construct: false } a && births[j].Kin is { Bare: false, Inverted: false, Word.Construct: false } b
                    && a.Word.Person > 0 && a.Word.Person == b.Word.Person && a.Word.Role == b.Word.Role && a.Word.Role != KinRole.Parent
                    && a.Word.OwnerFemale == b.Word.OwnerFemale && (a.Rank, b.Rank) is (1, 100) or (100, 1))
                {
                    yield return (births[i], births[j]);
                }
            }
        }
    }

    /// <summary>
    /// A sibling's rank stated after the kin noun within [<paramref name="from"/>, <paramref name="to"/>): "أكبر منه"، "أسنّ منها"، "أصغر
    /// مني" (1 or 100), or the verbs "يكبرها"، "تكبره" (older than him, her) and "يصغره"، "تصغرها" (younger); null when none stands there.
    /// </summary>
    private static int? RankStatedAfter(CheckContext ctx, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            var n = StripConjunction(ctx.Index.SourceNorm(j));
            var than = j + 1 < to && ctx.Index.SourceNorm(j + 1) is "منه" or "منها" or "مني";
            if (n is "اكبر" or "اسن" && than || n is "يكبره" or "يكبرها" or "تكبره" or "تكبرها" or "يكبرني" or "تكبرني")
            {
                return 1;
            }

            if (n is "اصغر" && than || n is "يصغره" or "يصغرها" or "تصغره" or "تصغرها" or "يصغرني" or "تصغرني")
            {
                return 100;
            }
        }

        return null;
    }

    /// <summary>"(مواليد 1975) وهو أكبرهم"، "، وهي كبراهن": a superlative set beside the dated name by "وهو/وهي" right after its date (past a closing bracket or a comma).</summary>
    private static KinAt? SuperlativeAfter(CheckContext ctx, int dateEnd, int se)
    {
        var j = dateEnd;
        for (var skipped = 0; j < se && skipped < 2 && ctx.Tokens[j].Kind == TokenKind.Punctuation; skipped++)
        {
            j++;
        }

        return j + 1 < se && ctx.Index.SourceNorm(j) is "وهو" or "وهي" && KinNounAt(ctx, j + 1, se) is { Word.Person: < 0 } sup ? sup with { Apposed = true } : null;
    }

    /// <summary>
    /// The eldest (youngest) of a list, set beside its name by "وهو" ("محمد وهو أكبر أولاده ولد سنة …، وعبد الله ولد سنة …"), against another
    /// birth of its sentence that no kin noun or pronoun names (another member of the list): the eldest is born no later, the youngest no earlier.
    /// </summary>
    private Flag? ListedAgainstEldest(CheckContext ctx, DatedBirth k, DatedBirth o)
    {
        if (k.Sentence != o.Sentence || o.Kin is not null || o.Self || o.FirstPerson || o.Addressee || o.Lifespan || k.Kin is not { Rank: 1 or 100 } kin)
        {
            return null;
        }

        var other = o with { Who = NameBefore(ctx, o.Anchor) };
        return kin.Rank == 1
            ? k.Date.Start > o.Date.End ? OrderFlag(ctx, k, other, kin) : null
            : o.Date.Start > k.Date.End ? OrderFlag(ctx, other, k, kin) : null;
    }

    /// <summary>Pairs of a listed eldest (youngest) and each other plain birth of the sentence, in a sentence that dates more than two births.</summary>
    private static IEnumerable<(DatedBirth, DatedBirth)> ApposedSuperlatives(List<DatedBirth> births)
    {
        foreach (var k in births)
        {
            if (k.Kin is not { Apposed: true })
            {
                continue;
            }

            foreach (var o in births)
            {
                if (!ReferenceEquals(o, k) && o.Kin is null && !o.Self && !o.FirstPerson && !o.Addressee && !o.Lifespan)
                {
                    yield return (k, o);
                }
            }
        }
    }

    /// <summary>The person named right before a birth word ("وخالد (مواليد 1972)"، "وعبد الله ولد …"), past a bracket: the mention's text or the word; null at the sentence start.</summary>
    private static string? NameBefore(CheckContext ctx, int anchor)
    {
        var (ss, _) = ctx.SentenceTokens(ctx.Tokens[anchor].Sentence);
        var j = anchor - 1;
        while (j >= ss && ctx.Tokens[j].Kind == TokenKind.Punctuation)
        {
            j--;
        }

        if (j < ss)
        {
            return null;
        }

        var m = ctx.Index.MentionAtToken(j);
        var text = m >= 0 ? ctx.Document.Entities[m].Text : ctx.Text(ctx.Tokens[j].Span);
        return text.Length > 1 && text[0] is 'و' && m < 0 ? text[1..] : text;
    }

    /// <summary>True when the pronoun at <paramref name="j"/> follows a kin noun (one or two words before it): a copula ("أخ أكبر هو ديمتري"، "لأب شاعر هو محمود").</summary>
    private static bool CopulaAfterKin(CheckContext ctx, int j, int ss, int se)
    {
        for (var i = j - 1; i >= Math.Max(ss, j - 3); i--)
        {
            if (ctx.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (KinNounAt(ctx, i, se) is { } kin && kin.End >= j - 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "أخ أكبر"، "أخت كبرى"، "أخ أصغر منه": an indefinite sibling with its rank ("وله أخ أكبر منه اسمه محمد ولد …"، "كان لها أخ أكبر هو …"), the
    /// sibling of the one the sentence's "له"/"لها" names; null for another word or without the rank.
    /// </summary>
    private static KinWord? IndefiniteSiblingAt(CheckContext ctx, int k, int sentenceEnd, out int end)
    {
        end = k + 1;
        var n = StripConjunction(ctx.Index.SourceNorm(k));
        if (n is not ("اخ" or "اخت") || k + 1 >= sentenceEnd)
        {
            return null;
        }

        int? rank = ctx.Index.SourceNorm(k + 1) switch
        {
            "اكبر" or "كبري" or "كبرى" => 1,
            "اصغر" or "صغري" or "صغرى" => 100,
            _ => null,
        };
        if (rank is not { } r)
        {
            return null;
        }

        end = k + 2;
        var female = n == "اخت";
        return new KinWord(KinRole.Sibling, 3, null, female, r, female ? "sister" : "brother");
    }

    /// <summary>"وهو ابن التاجر جرجس …"، "وهي بنت الشاعر …"، "وهو نجل الحاج سعيد …": a child noun as the predicate of a pronoun, in construct with a name or a title.</summary>
    private static KinWord? ChildPredicateAt(CheckContext ctx, int k, int sentenceEnd)
    {
        if (k == 0 || k + 1 >= sentenceEnd || ctx.Tokens[k - 1].Sentence != ctx.Tokens[k].Sentence || StripConjunction(ctx.Index.SourceNorm(k - 1)) is not ("هو" or "هي"))
        {
            return null;
        }

        var raw = new string([.. ctx.Text(ctx.Tokens[k].Span).Where(ch => ch is < '\u064B' or > '\u0652')]);
        var next = ctx.Index.SourceNorm(k + 1);
        // A name or a title after it; not a second kin noun ("ابن أخيه"، "ابن عمه": a nephew, a cousin) and not an age ("ابن عشرين").
        var named = ctx.Index.MentionAtToken(k + 1) >= 0 || next.StartsWith("ال", StringComparison.Ordinal) && next.Length > 3;
        var kinNext = KinLexicon.ContainsKey(StripConjunction(next)) || next.StartsWith("عم", StringComparison.Ordinal) || next.StartsWith("خال", StringComparison.Ordinal)
            || next.StartsWith("اخ", StringComparison.Ordinal) || next.StartsWith("زوج", StringComparison.Ordinal);
        return raw is "ابن" or "ابنة" or "بنت" or "نجل" or "نجلة" && named && !kinNext
            ? new KinWord(KinRole.Parent, 0, null, false, 0, "his parent") { Construct = true }
            : null;
    }
}
