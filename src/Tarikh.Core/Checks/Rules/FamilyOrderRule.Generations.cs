using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// family-order (round 20, issue 20b): the kin nouns of spoken Arabic in one table (Gulf, Levantine, Egyptian, Maghrebi: "أبوي"، "بيي"،
/// "خيي"، "جدي"، "ستي"، "عمي"، …), the generations between a speaker's own relatives ("جدي" above "أبوي" above the speaker), a child
/// noun in apposition to a first-person kin noun ("وأبوي محمد ولده البكر"), a comparison stated after a kin noun ("وأبوي أصغر منه"),
/// and the members of a labelled list ranked against each other ("الأكبر …، والأوسط …، والأصغر …").
/// </summary>
public sealed partial class FamilyOrderRule
{
    /// <summary>The outcome of a reading that took a pair of births: its flag, or null when the pair is consistent (or left silent).</summary>
    private sealed record Handled(Flag? Flag);

    /// <summary>
    /// The spoken kin nouns (one table for the dialects): first-person forms a narrator uses of his own relatives, and the grandparents and
    /// uncles of every person. Forms that are also common words elsewhere are left out ("بابا" also the Pope, "يدي" also "my hand",
    /// "سيدي" also "sir").
    /// </summary>
    private static void AddSpokenKin(Dictionary<string, KinWord> d)
    {
        void First(KinRole role, bool female, string en, params string[] words)
        {
            foreach (var w in words)
            {
                d.TryAdd(N(w), new KinWord(role, 1, null, female, 0, "my " + en));
            }
        }

        void Third(KinRole role, bool female, string en, string[] his, string[] hers)
        {
            foreach (var w in his)
            {
                d.TryAdd(N(w), new KinWord(role, 3, false, female, 0, "his " + en));
            }

            foreach (var w in hers)
            {
                d.TryAdd(N(w), new KinWord(role, 3, true, female, 0, "her " + en));
            }
        }

        // Gulf and Levantine "أبوي"، Levantine "بيي" and "إمي"، "خيي"، "خييّ"؛ Egyptian "أبويا"، "أمي"، "أخويا" are in the main table.
        First(KinRole.Parent, false, "father", "أبوي", "ابوي", "بيي");
        First(KinRole.Parent, true, "mother", "إمي", "أمي");
        First(KinRole.Sibling, false, "brother", "خيي", "اخوي");
        // Grandparents: standard "جدي"، "جدتي"؛ Egyptian and Levantine "ستي"، "تيتة"، "جدو"؛ uncles and aunts "عمي"، "خالتي".
        First(KinRole.Grandparent, false, "grandfather", "جدي", "جدو", "جدّو");
        First(KinRole.Grandparent, true, "grandmother", "جدتي", "ستي", "تيتة", "تيتا", "ستو");
        First(KinRole.Uncle, false, "uncle", "عمي", "خالي");
        First(KinRole.Uncle, true, "aunt", "عمتي", "خالتي");
        Third(KinRole.Grandparent, false, "grandfather", ["جده"], ["جدها"]);
        Third(KinRole.Grandparent, true, "grandmother", ["جدته"], ["جدتها"]);
    }

    /// <summary>The generation of a lineal relative above its possessor (1 a parent, 2 a grandparent, -1 a child); null for siblings and uncles.</summary>
    private static int? Generation(KinRole role) => role switch
    {
        KinRole.Parent => 1,
        KinRole.Grandparent => 2,
        KinRole.Child => -1,
        _ => null,
    };

    /// <summary>
    /// "وأبوي محمد ولده البكر انولد …"، "وأمي بنتها الكبيرة اتولدت …": when the kin noun found before a birth word is a third-person child noun
    /// and a first-person kin noun heads the same subject a few words before it (no punctuation between), the head is the one born, and the
    /// child noun says whose child it is (the relative dated before it). Null when the shape is not there.
    /// </summary>
    private static KinAt? AppositionHead(CheckContext ctx, KinAt? kin, int ss, int se)
    {
        if (kin is not { Word.Role: KinRole.Child, Word.Person: 3, Bare: false, Inverted: false, Word.Construct: false })
        {
            return null;
        }

        for (var j = kin.Token - 1; j >= Math.Max(ss, kin.Token - 4); j--)
        {
            if (ctx.Tokens[j].Kind == TokenKind.Punctuation || BirthWord(ctx.Index.SourceNorm(j)) is not null)
            {
                return null;
            }

            if (KinNounAt(ctx, j, se) is { Word.Person: 1, Word.Role: not KinRole.Child } head)
            {
                return head with { ChildOfOther = true };
            }
        }

        return null;
    }

    /// <summary>
    /// A kin noun whose own apposition makes it the child of the other dated birth before it ("ولد عبد الرحمن سنة 1902. وأبوي محمد ولده
    /// البكر انولد سنة 1898"): that person is its parent, at least <see cref="ChecksOptions.MinParentAge"/> years older. Null when the pair is
    /// left to the other readings.
    /// </summary>
    private Handled? OneKinGenerations(CheckContext ctx, DatedBirth k, DatedBirth o)
    {
        if (k.Kin is not { ChildOfOther: true } kin || o.Anchor > k.Anchor || o.Self || o.FirstPerson || o.Addressee || k.Sentence - o.Sentence > 1)
        {
            return null;
        }

        return new Handled(YearsBetween(o.Date, k.Date) < ctx.Options.MinParentAge ? ParentFlag(ctx, o, k, kin) : null);
    }

    /// <summary>
    /// Two relatives both named by kin nouns of one possessor (two first-person nouns, or two second-person ones): a comparison stated after
    /// the later one ("عمي … مواليد 1958، وأبوي أصغر منه ومواليد 1955"), or two lineal relatives of different generations ("جدي انولد سنة
    /// 1902، وأبوي انولد سنة 1898"): the elder generation is born first — by <see cref="ChecksOptions.MinParentAge"/> when the text makes
    /// one the other's child ("وأبوي محمد ولده البكر"), else by any margin (a grandfather on the mother's side is not the father's father).
    /// Null when the pair is left to the other readings.
    /// </summary>
    private Handled? TwoKinGenerations(CheckContext ctx, DatedBirth a, DatedBirth b)
    {
        var (first, second) = a.Anchor < b.Anchor ? (a, b) : (b, a);
        if (first.Kin is not { } kf || second.Kin is not { } ks || kf.Inverted || ks.Inverted || kf.Word.Construct || ks.Word.Construct || kf.Bare || ks.Bare)
        {
            return null;
        }

        if (ks.Compared is 1 or 100 && kf.Word.Person > 0)
        {
            // "وأبوي أصغر منه": the comparison is with the relative dated before it.
            var (elder, junior) = ks.Compared == 1 ? (second, first) : (first, second);
            return new Handled(elder.Date.Start > junior.Date.End ? OrderFlag(ctx, elder, junior, ks) : null);
        }

        if (kf.Word.Person != ks.Word.Person || kf.Word.Person is not (1 or 2) || Generation(kf.Word.Role) is not { } gf || Generation(ks.Word.Role) is not { } gs || gf == gs
            || kf.Word.Role is not KinRole.Grandparent && ks.Word.Role is not KinRole.Grandparent && !kf.ChildOfOther && !ks.ChildOfOther)
        {
            // (Parent against child of one possessor is read below as before: "أبي … وابني …" are two generations apart, left to it.)
            return null;
        }

        var (older, younger) = gf > gs ? (first, second) : (second, first);
        var margin = younger.Kin!.ChildOfOther && ReferenceEquals(younger, second) && Math.Abs(gf - gs) == 1 ? ctx.Options.MinParentAge : 1;
        return new Handled(YearsBetween(older.Date, younger.Date) < margin ? GenerationFlag(ctx, older, younger, margin) : null);
    }

    /// <summary>Pairs of members of a labelled list in one sentence (bare labels with different ranks: the eldest, the middle one, the youngest).</summary>
    private static IEnumerable<(DatedBirth, DatedBirth)> LabelledRanks(List<DatedBirth> births)
    {
        for (var i = 0; i < births.Count; i++)
        {
            for (var j = i + 1; j < births.Count; j++)
            {
                if (births[i].Kin is { Bare: true } a && births[j].Kin is { Bare: true } b && ComparableRanks(a.Rank, b.Rank))
                {
                    yield return (births[i], births[j]);
                }
            }
        }
    }

    /// <summary>A relative of an elder generation born after (or too soon before) one of a younger generation.</summary>
    private Flag GenerationFlag(CheckContext ctx, DatedBirth older, DatedBirth younger, int margin)
    {
        var ot = ctx.Timexes[older.Timex];
        var yt = ctx.Timexes[younger.Timex];
        var gap = YearsBetween(older.Date, younger.Date);
        var (ar, en) = gap <= 0
            ? ($"يجعل النص ميلاد {WhoAr(older)} («{ot.Text}») بعد ميلاد {WhoAr(younger)} («{yt.Text}») أو معه، وهو من جيل أقدم.",
                $"The text dates the birth of {WhoEn(older)} ({ot.Text}) no earlier than that of {WhoEn(younger)} ({yt.Text}), a generation below.")
            : ($"يجعل النص ميلاد {WhoAr(older)} («{ot.Text}») قبل ميلاد {WhoAr(younger)} («{yt.Text}») بنحو {gap} سنوات فقط، وبينهما جيل أو أكثر (أقل فارق معقول {margin} سنة).",
                $"The text dates the birth of {WhoEn(older)} ({ot.Text}) only about {gap} years before that of {WhoEn(younger)} ({yt.Text}), a generation or more below (at least {margin} years expected).");
        return CheckContext.MakeFlag(Id, Severity.Warning, [ot.Span, yt.Span, ctx.Tokens[(older.Kin ?? younger.Kin)!.Token].Span], ar, en,
            ("older", WhoAr(older)), ("younger", WhoAr(younger)), ("reason", "kin-noun-generation"));
    }
}
