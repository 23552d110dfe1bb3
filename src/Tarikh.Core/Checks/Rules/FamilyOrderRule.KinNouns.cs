using System.Collections.Frozen;
using Tarikh.Core.Claims;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// family-order (round 16, issue 12a): births of relatives the text names by a kin noun only ("أمي"، "أخوه الأكبر"، "الأب"، "بكرها")
/// against the other birth of the passage — the narrator's ("وأنا ولدت سنة …"), the person's ("وكان هو قد ولد …") or another relative's.
/// These relatives have no person mention (a first-person narrator, "الأب" as a subject), so the claims layer keeps no claim of them;
/// the reading here is lexical and deliberately narrow: one sentence or two adjacent ones holding exactly two dated births.
/// </summary>
public sealed partial class FamilyOrderRule
{
    private static string N(string w) => Normalization.ArabicNormalizer.Default.NormalizeString(w);

    private static readonly FrozenDictionary<string, KinWord> KinLexicon = BuildKinLexicon();

    private static FrozenDictionary<string, KinWord> BuildKinLexicon()
    {
        var d = new Dictionary<string, KinWord>(StringComparer.Ordinal);
        void Add(KinRole role, bool female, string en, string[] third, string[] thirdFem, string[] first, string[] definite)
        {
            foreach (var w in third)
            {
                d[N(w)] = new KinWord(role, 3, false, female, 0, "his " + en);
            }

            foreach (var w in thirdFem)
            {
                d[N(w)] = new KinWord(role, 3, true, female, 0, "her " + en);
            }

            foreach (var w in first)
            {
                d[N(w)] = new KinWord(role, 1, null, female, 0, "my " + en);
            }

            foreach (var w in definite)
            {
                d[N(w)] = new KinWord(role, 0, null, female, 0, "the " + en);
            }
        }

        Add(KinRole.Parent, false, "father", ["أبوه", "أباه", "أبيه", "والده"], ["أبوها", "أباها", "أبيها", "والدها"], ["أبي", "والدي"], ["الأب", "الوالد"]);
        Add(KinRole.Parent, true, "mother", ["أمه", "والدته"], ["أمها", "والدتها"], ["أمي", "والدتي"], ["الأم", "الوالدة"]);
        Add(KinRole.Child, false, "son", ["ابنه", "نجله", "ولده"], ["ابنها", "نجلها", "ولدها"], ["ابني", "ولدي"], ["الابن", "النجل"]);
        Add(KinRole.Child, true, "daughter", ["ابنته", "بنته"], ["ابنتها", "بنتها"], ["ابنتي", "بنتي"], ["الابنة", "البنت"]);
        Add(KinRole.Sibling, false, "brother", ["أخوه", "أخاه", "أخيه", "شقيقه"], ["أخوها", "أخاها", "أخيها", "شقيقها"], ["أخي", "أخوي", "أخويا", "أخونا", "أخانا", "أخينا", "شقيقي", "شقيقنا"], ["الأخ", "الشقيق"]);
        Add(KinRole.Sibling, true, "sister", ["أخته", "شقيقته"], ["أختها", "شقيقتها"], ["أختي", "أختنا", "شقيقتي", "شقيقتنا"], ["الأخت", "الشقيقة"]);

        // Round 19: the addressee's relatives ("أمك ولدت سنة …، وأنت ولدت سنة …"), Person 2, against "أنت"; and the spoken first-person
        // forms of Maghrebi and Egyptian ("خويا الكبير"، "ختي"، "أبويا").
        Add(KinRole.Parent, false, "father", [], [], ["أبويا", "بويا"], []);
        Add(KinRole.Sibling, false, "brother", [], [], ["خويا", "خوي"], []);
        Add(KinRole.Sibling, true, "sister", [], [], ["ختي", "أختي"], []);
        foreach (var (role, female, en, words) in new (KinRole, bool, string, string[])[]
        {
            (KinRole.Parent, false, "your father", ["أبوك", "أباك", "أبيك", "والدك"]),
            (KinRole.Parent, true, "your mother", ["أمك", "والدتك"]),
            (KinRole.Child, false, "your son", ["ابنك", "ولدك"]),
            (KinRole.Child, true, "your daughter", ["ابنتك", "بنتك"]),
            (KinRole.Sibling, false, "your brother", ["أخوك", "أخاك", "أخيك", "شقيقك"]),
            (KinRole.Sibling, true, "your sister", ["أختك", "شقيقتك"]),
        })
        {
            foreach (var w in words)
            {
                d[N(w)] = new KinWord(role, 2, null, female, 0, en);
            }
        }

        // Round 20: the spoken kin nouns of Gulf, Levantine, Egyptian and Maghrebi Arabic, grandparents and uncles (one table).
        AddSpokenKin(d);

        // "ولد … عام 1920 لأب من مواليد 1925"، "ولدت … لأب شاعر هو محمود … المولود سنة …": the indefinite parent one was born to.
        d[N("لأب")] = new KinWord(KinRole.Parent, 3, null, false, 0, "his father");
        d[N("لأم")] = new KinWord(KinRole.Parent, 3, null, true, 0, "his mother");

        foreach (var w in new[] { "نجل", "نجلة" })
        {
            d[N(w)] = new KinWord(KinRole.Parent, 0, null, false, 0, "his parent") { Construct = true };
        }

        // Superlatives over the children or siblings: the eldest or youngest of all, not only of the person.
        foreach (var w in new[] { "أكبرهم", "أكبرهما", "كبراهم", "كبراهما", "كبراهن", "أكبرهن", "بكره", "بكرها", "بكرهما", "بكري", "أكبرنا" })
        {
            d[N(w)] = new KinWord(KinRole.Sibling, -1, null, false, 1, "the eldest");
        }

        foreach (var w in new[] { "أصغرهم", "أصغرهما", "صغراهم", "صغراهما", "صغراهن", "أصغرهن", "أصغرنا" })
        {
            d[N(w)] = new KinWord(KinRole.Sibling, -1, null, false, 100, "the youngest");
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static readonly FrozenSet<string> BirthWords = new[]
    {
        "ولد", "ولدت", "المولود", "المولودة", "مولود", "مولودا", "مولودة", "مواليد", "يولد", "تولد",
        // Round 18: the noun of the biographical idiom ("ومولد صاحب الترجمة سنة …"، "فمولده سنة …") and the spoken verb ("اتولدت سنة …").
        "مولد", "مولده", "مولدها", "اتولد", "اتولدت",
        // Round 19: the spoken births the kin-noun reading meets — Maghrebi "تولدت" (I was / she was born) and Moroccan "تزاد"، "المزداد"
        // (the civil register's participle), Levantine "انولد". The events stage's own dialect lexicon (round 19, issue 19a) is read
        // too: any verb it tags as a birth is a birth word here (see DatedBirths).
        "تولدت", "انولد", "انولدت", "تزاد", "تزادت", "المزداد", "المزدادة", "مزداد", "مزدادة",
    }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SelfWords = new[] { "هو", "هي", "أنا", "وأنا", "فأنا", "نفسه", "نفسها", "نفسي", "أنت", "وأنت", "أنتِ", "انتي", "وانتي" }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The addressee's pronoun among <see cref="SelfWords"/> (normalized, without the conjunction).</summary>
    private static bool IsAddresseeWord(string norm) => StripConjunction(norm) is "انت" or "انتي";

    /// <summary>
    /// True when token <paramref name="j"/> is a pronoun of <see cref="SelfWords"/>, not a name written like one: a token inside a person's
    /// mention, or written with a madda ("آنا" Anna, which folds onto "أنا"), is a name.
    /// </summary>
    private static bool IsSelfWord(CheckContext ctx, int j)
    {
        if (!SelfWords.Contains(ctx.Index.SourceNorm(j)) || ctx.Index.MentionAtToken(j) >= 0)
        {
            return false;
        }

        var raw = ctx.Text(ctx.Tokens[j].Span).TrimStart('و', 'ف');
        return raw.Length == 0 || raw[0] != 'آ';
    }

    /// <summary>Nouns a kin noun stands in the genitive after ("بيت أبيه"، "زوجة أخيه"، "كنف أمه"): the relative is then not the one born.</summary>
    private static readonly FrozenSet<string> GenitiveHeads = new[]
    {
        "بيت", "دار", "منزل", "كنف", "حجر", "رعاية", "عهد", "زمن", "أيام", "حياة", "زوجة", "زوج", "حفيد", "حفيدة", "صديق", "صديقة", "عم", "خال",
        "قبر", "وفاة", "موت", "مقتل", "اسم", "ذكرى", "أصدقاء", "أبناء", "بنات", "أولاد", "جد", "جدة", "أرملة", "خادم", "تلميذ", "أسرة", "عائلة",
    }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> HedgeWords = new[] { "قيل", "وقيل", "يقال", "ويقال", "ربما", "لعل", "لعله", "يرجح", "رواية", "لم", "ولم" }
        .Select(N).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ChildrenNouns = new[] { "أولاده", "أولادها", "أبنائه", "أبنائها", "بناته", "بناتها", "إخوته", "إخوتها", "ولده", "ولدها" }
        .Select(N).ToFrozenSet(StringComparer.Ordinal);

    private static string StripConjunction(string n) => n.Length > 2 && n[0] is 'و' or 'ف' ? n[1..] : n;

    /// <summary>The birth word of a normalized token (with or without a conjunction), or null.</summary>
    private static string? BirthWord(string n) => BirthWords.Contains(n) ? n : BirthWords.Contains(StripConjunction(n)) ? StripConjunction(n) : null;

    /// <summary>The kin noun at token <paramref name="k"/> (after a conjunction, never under "ل" or "ب"), with the rank word after it.</summary>
    private static KinAt? KinNounAt(CheckContext ctx, int k, int sentenceEnd)
    {
        var idx = ctx.Index;
        var n = idx.SourceNorm(k);
        var bare = StripConjunction(n);
        var end = k + 1;
        KinWord? w = null;
        if ((ParentPredicateAt(ctx, k) ?? ChildPredicateAt(ctx, k, sentenceEnd)) is { } predicate)
        {
            // Round 19: "هو والد الطبيبة هالة …"، "وهي والدة …": the named one is the child of the pronoun's person; "وهو ابن التاجر جرجس …":
            // the named one is the parent.
            w = predicate;
        }
        else if (IndefiniteSiblingAt(ctx, k, sentenceEnd, out var indefiniteEnd) is { } indefinite)
        {
            // Round 19: "وله أخ أكبر منه اسمه محمد …": an indefinite sibling with its rank.
            w = indefinite;
            end = indefiniteEnd;
        }
        else if (KinLexicon.TryGetValue(bare, out var found))
        {
            w = found;
        }
        else if (KinLexicon.TryGetValue(n, out var whole))
        {
            w = whole;
        }
        else if (bare is "اكبر" or "اصغر" && k + 1 < sentenceEnd && ChildrenNouns.Contains(idx.SourceNorm(k + 1)))
        {
            // "أكبر أولاده"، "أصغر بناتها": the superlative in construct with the children.
            w = new KinWord(KinRole.Sibling, -1, null, false, bare == "اكبر" ? 1 : 100, bare == "اكبر" ? "the eldest" : "the youngest");
            end = k + 2;
        }

        if (w is null)
        {
            return null;
        }

        // "والدة الشاعر …"، "ابنة فلان": a noun in construct spelled with ta marbuta folds onto the possessive "ـه" — not "his".
        if (ctx.Text(ctx.Tokens[k].Span) is { Length: > 0 } raw && raw[^1] == 'ة' && w.Person == 3)
        {
            return null;
        }

        // "بن أبي طالب": a father word inside a name.
        if (k > 0 && StripConjunction(idx.SourceNorm(k - 1)) is "بن" or "ابن" or "بنت" or "ابنه" or "ابو" or "ابي")
        {
            return null;
        }

        var rank = w.Rank;
        if (rank == 0 && end == k + 1 && w.Person >= 0 && end < sentenceEnd && (RankOf(idx.SourceNorm(end)) ?? (w.Role == KinRole.Sibling ? SiblingRankOf(idx.SourceNorm(end)) : null)) is { } r)
        {
            rank = r;
            end++;
        }

        var inverted = end < sentenceEnd && w.Person == 0 && idx.SourceNorm(end) is { Length: > 2 } next && next[0] == 'ل' && !next.StartsWith("لم", StringComparison.Ordinal);
        var phrase = ctx.Document.Source[new TextSpan(ctx.Tokens[k].Span.Start, ctx.Tokens[end - 1].Span.End)].ToString();
        if (phrase.Length > 0 && phrase[0] is 'و' or 'ف' && bare.Length < n.Length)
        {
            phrase = phrase[1..];
        }

        return new KinAt(w, k, end, rank, inverted, phrase);
    }

    /// <summary>1 for an "elder" rank word, 100 for a "younger" one, else null.</summary>
    private static int? RankOf(string norm) => StripConjunction(norm) switch
    {
        "الاكبر" or "الكبري" or "الكبرى" or "البكر" => 1,
        "الاصغر" or "الصغري" or "الصغرى" => 100,
        // Round 20: the middle one of a labelled list ("والأوسط مختار ولد …").
        "الاوسط" or "الوسطي" or "الوسطى" => 50,
        _ => null,
    };

    /// <summary>"أخي الكبير"، "أختها الصغيرة": the plain adjectives rank a sibling (not a parent: "أبي الكبير" is no rank).</summary>
    private static int? SiblingRankOf(string norm) => StripConjunction(norm) switch
    {
        "الكبير" or "الكبيره" => 1,
        "الصغير" or "الصغيره" => 100,
        _ => null,
    };

    /// <summary>
    /// The dated births of sentence <paramref name="s"/>: a birth word with a written year within six words, an elided "والابن سنة …"
    /// after one, and (round 18) a child's birth told from the parent ("ولد له ابنه …" with the year before or after it, "رزق … بابنته
    /// البكر … سنة …"، "أنجب ابنه … سنة …").
    /// </summary>
    private static List<DatedBirth> DatedBirths(CheckContext ctx, int s, Dictionary<int, int> timexAt, Dictionary<int, int> lifeAt, HashSet<int> birthVerbs, HashSet<int> anyTimexAt)
    {
        var idx = ctx.Index;
        var (ss, se) = ctx.SentenceTokens(s);
        var list = new List<DatedBirth>();
        for (var k = ss; k < se; k++)
        {
            var n = idx.SourceNorm(k);

            // A lifespan in parentheses after a name ("عثمان الطيب بابكر (1940–2011)"، "المعلومة (1960–)"): its first year is a birth.
            var lifespan = n == "(" && k + 2 < se && lifeAt.ContainsKey(k + 1) && idx.SourceNorm(k + 2) is "–" or "-" or "—";
            // A verb the events stage tags as a birth (its dialect lexicon, round 19) is a birth word too.
            var bare = lifespan ? n : BirthWord(n) ?? (birthVerbs.Contains(k) ? StripConjunction(n) : null);
            if (bare is not null && !lifespan && IsCelebratedBirth(ctx, k, ss))
            {
                // "احتفل بعيد مولد ابنه سنة …"، "بمناسبة مولده": a birthday kept, not a birth dated.
                continue;
            }

            // "رزق … بابنته البكر ريتا سنة …"، "أنجب ابنه … سنة …": the child the parent was given, dated.
            var given = bare is null ? GivenChildAt(ctx, k, ss, se) : null;
            if (bare is null && given is null)
            {
                continue;
            }

            if (k > ss && HedgeWords.Contains(idx.SourceNorm(k - 1)))
            {
                return [];
            }

            // "ولد له ابنه …"، "ولد للإمام يحيى ابنه …": the one born is the child the pronoun's or the phrase's referent was given.
            var toParent = given is not null || bare is "ولد" or "ولدت" && k + 1 < se && IsToPhrase(idx.SourceNorm(k + 1));
            var y = lifespan ? k + 1 : -1;
            // Round 19: past six words only while no punctuation stands between ("ولدت المربية … وداد السمان في طرابلس سنة 1930": a long
            // subject and a place before the year).
            var punctuated = false;
            for (var j = k + 1; y < 0 && j < Math.Min(se, k + 11); j++)
            {
                punctuated |= ctx.Tokens[j].Kind == TokenKind.Punctuation;
                if (!toParent && j >= k + 7 && punctuated)
                {
                    break;
                }

                if (timexAt.ContainsKey(j))
                {
                    y = j;
                    break;
                }

                // The first date after the word is its own: an approximate or unusable one ("(ولد نحو 1797 – توفي 1871)") leaves the birth
                // undated, never dated by the next year (round 19).
                if (BirthWord(idx.SourceNorm(j)) is not null || anyTimexAt.Contains(j))
                {
                    break;
                }
            }

            int ti;
            if (y >= 0)
            {
                ti = lifespan ? lifeAt[y] : timexAt[y];
            }
            else if (toParent && given is null && TimexEndingAt(ctx, timexAt, k) is { } before)
            {
                // "وفي سنة خمس وسبعين ومائة وألف ولد له ابنه …": the year stands before the verb.
                ti = before;
                y = k;
            }
            else
            {
                continue;
            }

            var t = ctx.Timexes[ti];
            KinAt? kin = given;
            var self = false;
            var narrator = false;
            string? named = null;

            // The subject right after the verb: "ولد الأب سنة …"، "ولد أخوه الأكبر سنة …" (not "ولد في بيت أخيه …": a genitive is no subject).
            if (kin is null && k + 1 < y && KinNounAt(ctx, k + 1, se) is { Word.Person: >= 0 } subject && subject.Phrase is not ['ل', ..])
            {
                kin = subject;
            }

            // "ولد له ابنه إبراهيم"، "ولد للإمام يحيى ابنه أحمد": the child after the "ل" phrase.
            // (Round 19: with the year before the verb, "y" is the verb itself: the child is then looked for over the next few words.)
            for (var j = k + 2; kin is null && toParent && j < Math.Min(y > k ? Math.Max(y, k + 2) : se, k + 5); j++)
            {
                if (KinNounAt(ctx, j, se) is { Word.Role: KinRole.Child, Word.Person: >= 0 } child)
                {
                    kin = child;
                }
            }

            if (toParent && kin is null)
            {
                // "ولد له حفيده …"، "ولد له في تلك السنة …": not a child the lexicon names; read as any birth with its year after it.
                if (y == k || y >= k + 7)
                {
                    continue;
                }

                toParent = false;
            }

            var addressee = false;
            if (kin is null && k + 1 < y && IsSelfWord(ctx, k + 1))
            {
                self = true;
                narrator = StripConjunction(idx.SourceNorm(k + 1)) is "انا" or "نفسي";
                addressee = IsAddresseeWord(idx.SourceNorm(k + 1));
            }

            // "ومولد صاحب الترجمة سنة …": the person the entry is about.
            for (var j = k + 1; kin is null && !self && j < y && j < k + 5; j++)
            {
                // (Not "مولد الإمام يحيى نفسه": "نفسه" after the verb also qualifies other nouns, and read as the person it paired wrongly.)
                self = IsEntrySubject(ctx, j);
            }

            // Else the subject before it: "أخيه الأكبر سيدي العربي المولود …"، "وأمه فاطمة بنت علي المولودة …"، "وكان هو قد ولد …"
            // (punctuation between the name and the verb is not counted: "وكان الابن، الشيخ علاء الدين الكركي، قد ولد …").
            var words = 0;
            for (var j = k - 1; kin is null && !self && j >= ss && words < 7; j--)
            {
                if (ctx.Tokens[j].Kind == TokenKind.Punctuation && ctx.Tokens[j].Norm is "،" or ",")
                {
                    continue;
                }

                words++;
                var jn = idx.SourceNorm(j);
                if (timexAt.ContainsKey(j) || BirthWord(jn) is not null || jn is "اما" or "واما" or "بينما")
                {
                    // "أما يوسف فولد …": the name after "أما" (one word) may be the possessor of a kin noun before it.
                    if (jn is "اما" or "واما" && words == 2 && j + 1 < k && !idx.SourceNorm(j + 1).StartsWith("ال", StringComparison.Ordinal))
                    {
                        named = StripConjunction(idx.SourceNorm(j + 1));
                    }

                    break;
                }

                if (IsEntrySubject(ctx, j))
                {
                    self = true;
                    break;
                }

                // "أخ أكبر هو ديمتري، المولود …"، "لأب شاعر هو محمود …": a pronoun after a kin noun is a copula, not the one born (round 19).
                if (IsSelfWord(ctx, j) && !CopulaAfterKin(ctx, j, ss, se))
                {
                    self = true;
                    narrator = StripConjunction(jn) is "انا" or "نفسي";
                    addressee = IsAddresseeWord(jn);
                    break;
                }

                if (IsSelfWord(ctx, j))
                {
                    continue;
                }

                kin = KinNounAt(ctx, j, se) ?? BareRankAt(ctx, j, ss, se);
                if (kin is { Bare: true, Rank: 50 } && j - 1 >= ss && IsSelfWord(ctx, j - 1))
                {
                    // Round 20: "وأنا الأوسط مواليد …": the middle label after a pronoun ranks against the other labels only; the pronoun
                    // names the one born (the narrator against "أخوي الكبير").
                    kin = null;
                    self = true;
                    narrator = StripConjunction(idx.SourceNorm(j - 1)) is "انا" or "نفسي";
                    addressee = IsAddresseeWord(idx.SourceNorm(j - 1));
                    break;
                }

                if (kin is { Word.Person: < 0, Bare: false } sup && j - 1 >= ss && StripConjunction(idx.SourceNorm(j - 1)) is "هو" or "هي")
                {
                    // Only right before the birth word ("محمد وهو أكبر أولاده ولد …"); further back it is a list member's before this one
                    // ("فهد (مواليد 1969) وهو أكبرهم، وسلطان (مواليد 1966)").
                    kin = sup.End == k ? sup with { Apposed = true } : null;
                    break;
                }

                // Round 19: "وأنا بكرها اتولدت …"، "وأنت أصغرهم": a superlative over the children in apposition to the pronoun before it
                // names the pronoun's person (the narrator, the addressee) as the possessor's child; the birth is that person's.
                if (kin is { Word.Person: < 0, Bare: false } && j - 1 >= ss && IsSelfWord(ctx, j - 1)
                    && StripConjunction(idx.SourceNorm(j - 1)) is "انا" or "انت" or "انتي")
                {
                    kin = null;
                    self = true;
                    narrator = StripConjunction(idx.SourceNorm(j - 1)) == "انا";
                    addressee = !narrator;
                    break;
                }
                if (kin is not null && j > ss && GenitiveHeads.Contains(StripConjunction(idx.SourceNorm(j - 1))))
                {
                    // "في بيت أبيه المولود …": the kin noun is a genitive of another noun, not the one born.
                    kin = null;
                    break;
                }
            }

            // Round 20: "وأبوي محمد ولده البكر انولد …": the first-person kin noun heads the subject; the child noun after it is its apposition.
            kin = AppositionHead(ctx, kin, ss, se) ?? kin;

            // The verb's gender: "ولدت"، "المولودة" feminine (or first person), "ولد"، "المولود" masculine.
            // (Round 19: "تولد" is the Maghrebi past "he was born" as well as the standard present "she is born": no gender.)
            bool? female = toParent ? null
                : bare is "ولدت" or "المولوده" or "مولوده" or "اتولدت" or "تولدت" or "انولدت" or "تزادت" or "المزداده" or "مزداده" or "مولدها" ? true
                : bare is "ولد" or "المولود" or "مولود" or "مولودا" or "يولد" or "اتولد" or "انولد" or "تزاد" or "المزداد" or "مزداد" or "مولده" ? false : null;
            // The narrator: "وأنا ولدت …"، or "ولدت سنة … في …" opening its sentence with no subject after it.
            var firstPerson = kin is null && (narrator || !self && bare is "ولدت" or "اتولدت" or "تولدت" or "انولدت" or "تزادت" && k == ss && y == k + 1);
            if (kin is { } ik && (ik.Inverted || ik.Word.Construct))
            {
                // "الأخ الأكبر للشاعر نزار المولود …"، "نجل الحاج محمود (مواليد …)": the dated one is the person the construct names.
                var from = ctx.Tokens[ik.End].Span.Start;
                var to = ctx.Tokens[k - 1].Span.End;
                var namedPhrase = from < to ? ctx.Document.Source[new TextSpan(from, to)].ToString().Trim(' ', '(', '،', ',') : ik.Phrase;
                namedPhrase = ik.Inverted && namedPhrase.StartsWith("لل", StringComparison.Ordinal) ? namedPhrase[1..] : ik.Inverted && namedPhrase.StartsWith('ل') ? namedPhrase[1..] : namedPhrase;
                kin = ik with { Phrase = namedPhrase };
            }

            // The lifespan after the head name of the text ("عثمان الطيب بابكر (1940–2011) …" opening it) is the person's own birth.
            // Round 19: a sibling's rank told after the name or the date ("وأخته سلمى، المولودة عام 1945، أكبر منه"، "شقيقها حسن، الذي
            // يكبرها بثلاث سنوات، قد ولد …"), and a superlative after the date set beside the name ("محمد (مواليد 1975) وهو أكبرهم").
            var dateEnd = ctx.EndToken(t.Span);
            if (kin is { Word.Role: KinRole.Sibling, Rank: 0, Word.Person: > 0, Bare: false } sib && RankStatedAfter(ctx, sib.End, Math.Min(se, Math.Max(sib.End, dateEnd) + 4)) is { } stated)
            {
                kin = sib with { Rank = stated };
            }
            else if (kin is { Word.Role: not KinRole.Sibling, Word.Person: > 0, Bare: false, Inverted: false, Word.Construct: false } other
                && RankStatedAfter(ctx, other.End, Math.Min(se, Math.Max(other.End, dateEnd) + 4)) is { } compared)
            {
                // Round 20: "وأبوي أصغر منه ومواليد 1955": a comparison with the relative dated before it.
                kin = other with { Compared = compared };
            }

            if (kin is null && !self && !lifespan && SuperlativeAfter(ctx, dateEnd, se) is { } listed)
            {
                kin = listed;
            }

            self = self || lifespan && kin is null && k < 10;
            list.Add(new DatedBirth(k, ti, t.Gregorian!.Value, kin, firstPerson, female, s)
            {
                Self = self, Lifespan = lifespan, ToParent = toParent, Named = named, Addressee = kin is null && addressee,
                Nominal = bare is "مواليد",
            });

            // An elided birth right after it: "ولد الأب سنة 1210 هـ والابن سنة 1208 هـ". Only punctuation may stand between the date
            // and the coordinated kin noun: "وُلد سنة 1870، وتوفي والده سنة 1885" gives the father a death, not a birth.
            var after = Math.Max(y + 1, ctx.EndToken(t.Span));
            while (after < se && ctx.Tokens[after].Kind == TokenKind.Punctuation)
            {
                after++;
            }

            if (after + 1 < se && idx.SourceNorm(after)[0] == 'و' && KinNounAt(ctx, after, se) is { Word.Person: >= 0 } ek && timexAt.TryGetValue(ek.End, out var et))
            {
                list.Add(new DatedBirth(after, et, ctx.Timexes[et].Gregorian!.Value, ek, false, null, s));
            }
        }

        return list;
    }

    /// <summary>
    /// Pairs of dated births in one sentence or two adjacent ones, one of them a relative the text names by a kin noun: a parent born
    /// after the child or fewer than <see cref="ChecksOptions.MinParentAge"/> years before; an elder (or the eldest) born after a
    /// younger one.
    /// </summary>
    private IEnumerable<Flag> KinNounBirths(CheckContext ctx, List<Flag> already)
    {
        var doc = ctx.Document;
        var timexAt = new Dictionary<int, int>();
        var lifeAt = new Dictionary<int, int>();
        var anyTimexAt = new HashSet<int>();
        for (var i = 0; i < ctx.Timexes.Length; i++)
        {
            var t = ctx.Timexes[i];
            anyTimexAt.Add(ctx.Index.TimexToken(i));
            if (ctx.Usable(t) && (CheckContext.HasWrittenYear(t) || t.YearInWords) && t.Mod is null && t.Gregorian is not null)
            {
                lifeAt.TryAdd(ctx.Index.TimexToken(i), i);
                if (t.Range is null)
                {
                    timexAt.TryAdd(ctx.Index.TimexToken(i), i);
                }
            }
        }

        // (Round 19: two lifespans are two births too — "(1952–2023) … نجل الحاج سعيد (1955–2001)" — the ranges are in lifeAt only.)
        if (lifeAt.Count < 2)
        {
            yield break;
        }

        // The verbs the events stage reads as births (its dialect lexicon among them): birth words of this reading too.
        var birthVerbs = new HashSet<int>();
        foreach (var e in doc.Events)
        {
            if (e.Type == "birth" && e.Pos == "verb")
            {
                birthVerbs.Add(ctx.FirstToken(e.Trigger));
            }
        }

        var births = new List<DatedBirth>[doc.Sentences.Length];
        for (var s = 0; s < births.Length; s++)
        {
            births[s] = ctx.IsContent(s) ? DatedBirths(ctx, s, timexAt, lifeAt, birthVerbs, anyTimexAt) : [];
        }

        var done = new HashSet<(int, int)>();
        for (var s = 0; s < births.Length; s++)
        {
            List<DatedBirth> window = s + 1 < births.Length ? [.. births[s], .. births[s + 1]] : births[s];
            if (window.Count != 2)
            {
                window = births[s];
            }

            var pairs = new List<(DatedBirth, DatedBirth)>();
            if (window.Count == 2)
            {
                pairs.Add((window[0], window[1]));
            }
            else if (window.Count > 2)
            {
                // More births: only the narrator's own ("وأنا مواليد …") with a relative he calls his ("أخوي الكبير").
                foreach (var n in births[s].Where(b => b.FirstPerson && b.Self))
                {
                    pairs.AddRange(births[s].Where(b => b.Kin is { Word.Person: 1 }).Select(b => (b, n)));
                }

                // Round 19: or two relatives of one kind and one possessor with opposite ranks ("على ابنه الأكبر محمد المولود سنة …
                // وابنه الأصغر علي المولود سنة …"), whatever else the sentence dates (the father's own birth).
                pairs.AddRange(OppositeRanks(births[s]));
                pairs.AddRange(ApposedSuperlatives(births[s]));
                // Round 20: the members of a labelled list ("الأكبر عمر ولد …، والأوسط مختار ولد …، والأصغر رابح ولد …").
                pairs.AddRange(LabelledRanks(births[s]));
            }

            foreach (var (a, b) in pairs)
            {
                if (!done.Add((a.Anchor, b.Anchor)) || Judge(ctx, a, b) is not { } f
                    || already.Any(x => x.Spans.Any(sp => sp.Overlaps(ctx.Timexes[a.Timex].Span) || sp.Overlaps(ctx.Timexes[b.Timex].Span))))
                {
                    continue;
                }

                yield return f;
            }
        }
    }

    private static int YearsBetween(GregorianInterval earlier, GregorianInterval later) => later.Start.Year - earlier.End.Year;

    /// <summary>The flag two dated births make, or null.</summary>
    private Flag? Judge(CheckContext ctx, DatedBirth a, DatedBirth b)
    {
        if (a.Kin is null && b.Kin is null)
        {
            return null;
        }

        if (a.Kin is null || b.Kin is null)
        {
            var k = a.Kin is null ? b : a;
            var o = a.Kin is null ? a : b;
            var w = k.Kin!.Word;
            if (k.Kin.Apposed)
            {
                return ListedAgainstEldest(ctx, k, o);
            }

            // The one the possessive names: a pronoun ("وكان هو قد ولد")، "صاحب الترجمة"، or a name after "أما" met before the kin noun.
            var possessor = o.Self || NamesPossessor(ctx, o, k);

            // The possessor must be the other one: "أمي" with the narrator, "أبوها" with a woman's birth.
            // A third-person pronoun refers back: the other birth stands before the relative's ("ولد سالم سنة …، وأبوه ولد سنة …"), or a
            // pronoun names its subject ("وكان هو قد ولد").
            // Round 19: a third-person kin noun opening the sentence after the other birth's ("ولد حسن سنة 1925. وكان أخوه الأكبر …")
            // speaks of the one born there, when the verb's gender is the pronoun's.
            // Round 20: a nominal birth ("من مواليد 1930") shows no gender; the possessive then refers to its person all the same.
            var opener = w.Person == 3 && o.Sentence == k.Sentence - 1 && OpensSentence(ctx, k.Kin) && (o.Female is { } og ? w.OwnerFemale == og : o.Nominal);
            if (OneKinGenerations(ctx, k, o) is { } handled)
            {
                return handled.Flag;
            }

            if (w.Person < 0 || w.Person == 0 && !k.Kin.Inverted && !w.Construct || w.Person == 1 && !o.FirstPerson || w.Person == 3 && (o.FirstPerson || o.Addressee)
                || w.Person == 2 && !o.Addressee
                || w.Person == 3 && o.Anchor > k.Anchor && !possessor
                // Across a sentence break the other birth must be named by a pronoun ("وولد هو …") or be the narrator's, or the child's
                // birth is told from the parent dated before it ("ولد الوالي سنة …. وفي سنة … ولد له ابنه …").
                || k.Sentence != o.Sentence && !possessor && !o.FirstPerson && !o.Addressee && !(k.ToParent && o.Anchor < k.Anchor) && !opener
                || w.Person == 3 && o.Female is { } of && w.OwnerFemale is { } wf && of != wf)
            {
                return null;
            }

            if (w.Role == KinRole.Grandparent && !k.Kin.Inverted)
            {
                // Round 20: "جدي … انولد سنة …، وأنا …": a grandparent at least two generations' margin before the grandchild.
                return YearsBetween(k.Date, o.Date) < 2 * ctx.Options.MinParentAge ? GenerationFlag(ctx, k, o, 2 * ctx.Options.MinParentAge) : null;
            }

            if (w.Role is KinRole.Parent or KinRole.Child && !k.Kin.Inverted)
            {

                var (parent, child) = w.Role == KinRole.Parent ? (k, o) : (o, k);
                return YearsBetween(parent.Date, child.Date) < ctx.Options.MinParentAge ? ParentFlag(ctx, parent, child, k.Kin) : null;
            }

            // A rank is relative to the one the pronoun names ("أخوه الأكبر … وكان هو قد ولد"، "أخي الأكبر … وأنا"): another named
            // birth beside it may be a third sibling's.
            // Round 18: or the person's own birth stands before the kin noun in the same sentence ("ولد … سنة 1924، وأخوه الأصغر منه
            // جميل ولد سنة 1921"), the one the pronoun refers back to.
            if (w.Role == KinRole.Sibling && k.Kin.Rank is 1 or 100
                && (possessor || o.FirstPerson || o.Addressee || opener || w.Person == 3 && o.Anchor < k.Anchor && o.Sentence == k.Sentence))
            {
                // "أخوه الأكبر" is older than the person; "الأخ الأكبر للشاعر …" makes the person the elder of the dated one.
                var kinOlder = k.Kin.Rank == 1 != k.Kin.Inverted;
                var (elder, junior) = kinOlder ? (k, o) : (o, k);
                return elder.Date.Start > junior.Date.End ? OrderFlag(ctx, elder, junior, k.Kin) : null;
            }

            return null;
        }

        var ka = a.Kin;
        var kb = b.Kin;
        if (TwoKinGenerations(ctx, a, b) is { } generations)
        {
            return generations.Flag;
        }

        if (ka.Inverted || kb.Inverted || ka.Word.Construct || kb.Word.Construct)
        {
            return null;
        }

        // A parent and a child, one of them the definite noun: "ولد الأب سنة … والابن سنة …"، "ابنه كمال … وكان الأب قد ولد …".
        // Round 18: or both possessive ("أبوه … ولد سنة …. وأما ابنه صاحب هذه الترجمة فمولده …"): the father of the one the pronouns name
        // against his son, or the grandfather against the grandson — the parent word is the elder either way, by at least a generation.
        if ((ka.Word.Role, kb.Word.Role) is (KinRole.Parent, KinRole.Child) or (KinRole.Child, KinRole.Parent)
            && (ka.Word.Person == 0 || kb.Word.Person == 0 || ka.Word.Person == 3 && kb.Word.Person == 3)
            && ka.Word.Person >= 0 && kb.Word.Person >= 0)
        {
            var (parent, child) = ka.Word.Role == KinRole.Parent ? (a, b) : (b, a);
            return YearsBetween(parent.Date, child.Date) < ctx.Options.MinParentAge ? ParentFlag(ctx, parent, child, parent.Kin) : null;
        }

        if (ka.Word.Role is KinRole.Parent || kb.Word.Role is KinRole.Parent)
        {
            return null;
        }

        // Two children or siblings with opposite ranks, or the eldest (youngest) of all and a sibling of his.
        var (ra, rb) = (ka.Rank, kb.Rank);
        if ((ra is 50 or (>= 2 and <= 5) || rb is 50 or (>= 2 and <= 5)) && ComparableRanks(ra, rb) && ka.Bare == kb.Bare && ka.Word.Role == kb.Word.Role)
        {
            // Round 20: the middle one or an ordinal of a labelled list against another member's label.
            var (o50, y50) = ra < rb ? (a, b) : (b, a);
            return o50.Date.Start > y50.Date.End ? OrderFlag(ctx, o50, y50, o50.Kin!) : null;
        }

        // A bare label ("الكبرى سعاد") ranks only within the set it labels: the elder of two daughters may have an older brother.
        var superlativeA = ka.Word.Person < 0 && !ka.Bare || ka.Rank == 1 && StripConjunction(ctx.Index.SourceNorm(ka.End - 1)) == "البكر";
        var superlativeB = kb.Word.Person < 0 && !kb.Bare || kb.Rank == 1 && StripConjunction(ctx.Index.SourceNorm(kb.End - 1)) == "البكر";
        DatedBirth older, younger;
        if (ra == 1 && rb == 100 || ra == 100 && rb == 1)
        {
            (older, younger) = ra == 1 ? (a, b) : (b, a);
        }
        else if (superlativeA && rb == 0 && kb.Word.Role == KinRole.Sibling && kb.Word.Person == 3)
        {
            (older, younger) = ra == 1 ? (a, b) : (b, a);
        }
        else if (superlativeB && ra == 0 && ka.Word.Role == KinRole.Sibling && ka.Word.Person == 3)
        {
            (older, younger) = rb == 1 ? (b, a) : (a, b);
        }
        else
        {
            return null;
        }

        return older.Date.Start > younger.Date.End ? OrderFlag(ctx, older, younger, older.Kin!) : null;
    }

    private static string WhoAr(DatedBirth d) => d.Kin?.Phrase ?? (d.FirstPerson ? "الراوي" : d.Addressee ? "المخاطَب" : d.Who ?? "صاحب الترجمة");

    private static string WhoEn(DatedBirth d) => d.Kin is { } k ? KinEn(k) : d.FirstPerson ? "the narrator" : d.Addressee ? "the addressee" : d.Who ?? "the person";

    private static string KinEn(KinAt k)
    {
        if (k.Word.Construct)
        {
            return k.Word.Role == KinRole.Child ? $"his child {k.Phrase}" : $"his parent {k.Phrase}";
        }

        if (k.Inverted)
        {
            return $"his {(k.Rank == 1 ? "younger" : "elder")} sibling {k.Phrase}";
        }

        var rank = k.Word.Person < 0 ? "" : k.Rank == 1 ? "elder " : k.Rank == 100 ? "younger " : "";
        var en = k.Word.En;
        var space = en.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 || rank.Length == 0 ? en : en[..(space + 1)] + rank + en[(space + 1)..];
    }

    private Flag ParentFlag(CheckContext ctx, DatedBirth parent, DatedBirth child, KinAt? kin)
    {
        var pt = ctx.Timexes[parent.Timex];
        var ct = ctx.Timexes[child.Timex];
        var gap = YearsBetween(parent.Date, child.Date);
        var (ar, en) = gap <= 0
            ? ($"يجعل النص ميلاد {WhoAr(parent)} («{pt.Text}») بعد ميلاد {WhoAr(child)} («{ct.Text}») أو معه، وهو والده.",
                $"The text dates the birth of {WhoEn(parent)} ({pt.Text}) no earlier than that of {WhoEn(child)} ({ct.Text}), the child.")
            : ($"يجعل النص ميلاد {WhoAr(parent)} («{pt.Text}») قبل ميلاد {WhoAr(child)} («{ct.Text}») بنحو {gap} سنوات فقط: فارق لا يُعقل بين والد وولده.",
                $"The text dates the birth of {WhoEn(parent)} ({pt.Text}) only about {gap} years before that of {WhoEn(child)} ({ct.Text}): implausible for a parent.");
        return CheckContext.MakeFlag(Id, Severity.Warning, [pt.Span, ct.Span, ctx.Tokens[(kin ?? parent.Kin ?? child.Kin)!.Token].Span], ar, en,
            ("parent", WhoAr(parent)), ("child", WhoAr(child)), ("reason", "kin-noun-parent"));
    }

    private Flag OrderFlag(CheckContext ctx, DatedBirth older, DatedBirth younger, KinAt kin)
    {
        var ot = ctx.Timexes[older.Timex];
        var yt = ctx.Timexes[younger.Timex];
        return CheckContext.MakeFlag(Id, Severity.Warning, [ot.Span, yt.Span, ctx.Tokens[kin.Token].Span],
            $"يجعل النص {WhoAr(older)} أكبر سنًّا من {WhoAr(younger)}، لكنه يؤرخ ميلاده («{ot.Text}») بعد ميلاد {WhoAr(younger)} («{yt.Text}»).",
            $"The text makes {WhoEn(older)} older than {WhoEn(younger)}, but dates the birth of {WhoEn(older)} ({ot.Text}) after that of {WhoEn(younger)} ({yt.Text}).",
            ("older", WhoAr(older)), ("younger", WhoAr(younger)), ("reason", "kin-noun-order"));
    }
}
