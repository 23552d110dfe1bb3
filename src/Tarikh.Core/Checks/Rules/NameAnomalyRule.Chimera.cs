using Tarikh.Core.Entities;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// name-anomaly, second class (round 6): a famous given name joined to another famous person's family name or nisba — the
/// given name of one famous singer with the family name of another, a Russian writer's first name with another writer's
/// surname, one philosopher's kunya with another's nisba ("فيودور تولستوي"، "أبو حامد الفارابي"). Read from the famous
/// names indexed by their parts (<see cref="FamousNameIndex"/>, sourced from Arabic Wikipedia titles). Flagged as a
/// warning only when both parts are distinctive (the given part carried by at most two famous names and rare as a word
/// in any listed name; the family part by at most three given names and rarely a first name), no listed name carries
/// the written words, the text does not introduce the name as a relative ("ابنه"، "زوجته") nor name the family's famous
/// member without the given name's owner (a relative of his is likelier), and the name is written at most twice.
/// </summary>
public sealed partial class NameAnomalyRule
{
    /// <summary>At most this many famous names may carry the given part (spelling variants of one person count apart).</summary>
    private const int MaxGivenOwners = 3;

    /// <summary>At most this many different given parts may carry the family part (a famous family: "بريسلي" of Elvis and Priscilla).</summary>
    private const int MaxFamilyOwners = 3;

    /// <summary>A given word found in more listed names than this (anywhere in them) is too common to be evidence.</summary>
    private const int MaxGivenWordUse = 4;

    private IEnumerable<Flag> FamousChimeras(CheckContext ctx)
    {
        var index = ctx.Lexicon.FamousNames;
        var tokens = ctx.Tokens;
        var norm = ArabicNormalizer.Default;
        var docText = ctx.Document.Normalized?.Text ?? norm.NormalizeString(ctx.Document.Source.Text);
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Arabic || !ctx.IsContent(tokens[i].Sentence))
            {
                continue;
            }

            if (Chimera(ctx, index, i) is not { } c)
            {
                continue;
            }

            var (givenLen, familyLen, givenOwner, familyOwner) = c;
            var end = i + givenLen + familyLen - 1;
            var span = new TextSpan(tokens[i].Span.Start, tokens[end].Span.End);
            var written = ctx.Text(span);
            var writtenNorm = c.GivenOwner.Given + " " + string.Join(' ', Enumerable.Range(i + givenLen, familyLen).Select(k => tokens[k].Norm));
            if (CountOccurrences(docText, writtenNorm) > 2 || Relative(ctx, i) || FamilyNamedAlone(ctx, docText, c, writtenNorm, span))
            {
                i = end;
                continue;
            }

            var givenText = ctx.Text(new TextSpan(tokens[i].Span.Start, tokens[i + givenLen - 1].Span.End));
            var familyText = ctx.Text(new TextSpan(tokens[i + givenLen].Span.Start, tokens[end].Span.End));

            // Real text is full of real people whose names join a famous given name and a famous family name ("براين
            // روبسون"، "رامون كالديرون"): a warning only when the text names the given name's famous owner elsewhere by his
            // family name (an article about Dostoevsky that writes "فيودور تولستوي" once); otherwise a note.
            static string LastWord(string f) => f[(f.LastIndexOf(' ') + 1)..];
            var meant = ctx.Lexicon.FamousNames.WithGiven(c.GivenOwner.Given)
                .FirstOrDefault(p => p.Famous && p.Family.Length > 0 && LastWord(p.Family).Length >= 4 && CountOccurrences(docText, LastWord(p.Family)) > 0);
            var corroborated = meant is not null;
            if (meant is not null)
            {
                givenOwner = meant;
            }

            yield return CheckContext.MakeFlag(Id, corroborated ? Severity.Warning : Severity.Info, [span],
                $"«{written}»: الاسم الأول «{givenText}» معروف لـ{givenOwner.Name}، واسم العائلة «{familyText}» معروف لـ{familyOwner.Name}، ولا يُعرف شخص مشهور بالاسمين معاً؛ الأرجح أن أحد الاسمين خطأ، فتحقق منه.",
                $"“{written}”: the given name “{givenText}” is that of {Display(givenOwner)} and the family name “{familyText}” that of {Display(familyOwner)}; no famous person carries both, so one of the two is probably a slip — check the name.",
                ("written", written), ("given_of", Display(givenOwner)), ("family_of", Display(familyOwner)), ("source", "famous-names"), ("corroborated", corroborated ? "yes" : "no"));
            i = end;
        }
    }

    private static string Display(FamousName p) => p.NameEn.Length > 0 ? $"{p.Name} ({p.NameEn})" : p.Name;

    /// <summary>
    /// A famous given part at token <paramref name="i"/> followed right away by another famous person's family part, both
    /// distinctive, the words no listed name's: the lengths of the two parts and an owner of each.
    /// </summary>
    private static (int GivenLen, int FamilyLen, FamousName GivenOwner, FamousName FamilyOwner)? Chimera(CheckContext ctx, FamousNameIndex index, int i)
    {
        var tokens = ctx.Tokens;
        var sentence = tokens[i].Sentence;
        if (i > 0 && tokens[i - 1].Sentence == sentence && ctx.MentionAtToken(i - 1) is var before and >= 0 && before == ctx.MentionAtToken(i)
            && ctx.Document.Entities[before].Label == EntityLabels.Person && tokens[i - 1].Kind == TokenKind.Arabic && (tokens[i - 1].Clitics & Proclitics.Al) == 0)
        {
            return null; // the middle of a longer name ("ألكسي فيودور …")
        }

        for (var givenLen = 2; givenLen >= 1; givenLen--)
        {
            // The first word as written, then without the letters the segmenter read as clitics ("فيودور" is no ف + يودور,
            // "وفيودور" is و + فيودور).
            IReadOnlyList<FamousName> owners = [];
            var given = "";
            for (var bare = 0; bare <= 1 && owners.Count == 0; bare++)
            {
                owners = Owners(ctx, index, i, givenLen, sentence, bare == 1, family: false, out given);
            }

            if (owners.Count == 0)
            {
                continue;
            }

            for (var familyLen = 2; familyLen >= 1; familyLen--)
            {
                var f = i + givenLen;
                var familyOwners = Owners(ctx, index, f, familyLen, sentence, stripFirst: false, family: true, out var family);
                if (familyOwners.Count == 0)
                {
                    continue;
                }

                var next = f + familyLen;
                if (next < tokens.Length && tokens[next].Sentence == sentence && ctx.MentionAtToken(next) is var m and >= 0 && m == ctx.MentionAtToken(f)
                    && tokens[next].Kind == TokenKind.Arabic && (tokens[next].Clitics & Proclitics.Al) == 0 && index.AnyWordCount(tokens[next].Norm) > 0)
                {
                    return null; // the name goes on with a name's word: another, longer name
                }

                if (CarriedByListed(index, owners, familyOwners, given, family))
                {
                    return null; // a listed person carries both parts (the famous person himself, or a listed namesake)
                }

                // Fame is evidence only from the sourced list of famous people and the life-years table; the gazetteer's
                // press names ("فايز …"، "نعمان …") count for how common a word is, not as owners.
                var famousGiven = owners.FirstOrDefault(p => p.Famous);
                var famousFamily = familyOwners.FirstOrDefault(p => p.Famous);
                if (famousGiven is null || famousFamily is null || given.StartsWith("ال", StringComparison.Ordinal)
                    || (givenLen == 2 && given.StartsWith("ابو", StringComparison.Ordinal) && family.StartsWith("ابن ", StringComparison.Ordinal))
                    || !Distinctive(index, given, givenLen, owners, family, familyOwners))
                {
                    return null; // no famous owner, a definite word ("الحكم")، or a kunya before a nasab ("أبو الفرج ابن الجوزي")
                }

                return (givenLen, familyLen, famousGiven, famousFamily);
            }

            return null; // a famous given part not followed by a famous family part
        }

        return null;
    }

    /// <summary>
    /// True when a listed person carries both parts: a family owner with the given part (or a spelling of it, or it inside his
    /// name), the two parts a run of a listed name, or a given owner with the family part. A method of its own so that the
    /// lambdas' closure is made only when it is asked, not for every token <see cref="Chimera"/> looks at.
    /// </summary>
    private static bool CarriedByListed(FamousNameIndex index, IReadOnlyList<FamousName> owners, IReadOnlyList<FamousName> familyOwners, string given, string family)
        => familyOwners.Any(p => p.Given == given || Variant(p.Given, given) || ContainsWithoutSpaces(p.Name, given))
            || index.IsPartOfListedName(given + " " + family) || owners.Any(p => p.Family.Length > 0 && (SameFamily(p.Family, family) || Variant(p.Family, family)));

    /// <summary>
    /// <c>name.Replace(" ", "").Contains(part)</c> (ordinal) without making the string: <paramref name="name"/> with its
    /// spaces removed, into a stack buffer.
    /// </summary>
    private static bool ContainsWithoutSpaces(string name, string part)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var n = 0;
        foreach (var ch in name)
        {
            if (ch != ' ')
            {
                buffer[n++] = ch;
            }
        }

        return buffer[..n].IndexOf(part.AsSpan()) >= 0;
    }

    /// <summary>Two spellings of one name: the same letters but for one long vowel or one letter ("مارتن"/"مارتين"، "أندري"/"أندريه").</summary>
    private static bool Variant(string a, string b)
    {
        // The skeletons are written into stack buffers (issue #18, round 11): a Where iterator, an array and a string per
        // word before, and this is asked for every owner of a given or family part.
        static int Skeleton(string w, Span<char> into)
        {
            var n = 0;
            foreach (var ch in w)
            {
                if (ch is not ('ا' or 'و' or 'ي' or 'ه' or ' '))
                {
                    into[n++] = ch;
                }
            }

            return n;
        }

        Span<char> xs = a.Length <= 128 ? stackalloc char[a.Length] : new char[a.Length];
        Span<char> ys = b.Length <= 128 ? stackalloc char[b.Length] : new char[b.Length];
        ReadOnlySpan<char> x = xs[..Skeleton(a, xs)];
        ReadOnlySpan<char> y = ys[..Skeleton(b, ys)];
        if (x.SequenceEqual(y))
        {
            return true;
        }

        if (Math.Abs(x.Length - y.Length) > 1 || Math.Min(x.Length, y.Length) < 3)
        {
            return false;
        }

        var diff = 0;
        for (int p = 0, q = 0; p < x.Length || q < y.Length;)
        {
            if (p < x.Length && q < y.Length && x[p] == y[q])
            {
                p++;
                q++;
                continue;
            }

            if (++diff > 1)
            {
                return false;
            }

            if (x.Length > y.Length)
            {
                p++;
            }
            else if (y.Length > x.Length)
            {
                q++;
            }
            else
            {
                p++;
                q++;
            }
        }

        return true;
    }

    private static bool SameFamily(string a, string b)
        => a == b || a.EndsWith(" " + b, StringComparison.Ordinal) || b.EndsWith(" " + a, StringComparison.Ordinal);

    /// <summary>
    /// Both parts are evidence: the given part is carried by at most <see cref="MaxGivenOwners"/> famous names and (one word) is
    /// rare in listed names; the family part by at most <see cref="MaxFamilyOwners"/> given parts, rarely a first name, and
    /// of four letters or more.
    /// </summary>
    private static bool Distinctive(FamousNameIndex index, string given, int givenLen, IReadOnlyList<FamousName> owners, string family, IReadOnlyList<FamousName> familyOwners)
    {
        var givenPeople = owners.Select(p => p.Family).Distinct(StringComparer.Ordinal).Count();
        if (givenPeople > MaxGivenOwners || (givenLen == 1 && (index.AnyWordCount(given) > MaxGivenWordUse || given.Length < 3)))
        {
            return false;
        }

        var familyPeople = familyOwners.Select(p => p.Given).Distinct(StringComparer.Ordinal).Count();
        var familyWord = family.Contains(' ', StringComparison.Ordinal) ? family[(family.LastIndexOf(' ') + 1)..] : family;
        var asFirst = index.FirstWordCount(familyWord);
        return familyPeople <= MaxFamilyOwners && familyWord.Length >= 4 && asFirst <= 1 && asFirst < familyOwners.Count;
    }

    /// <summary>
    /// The normalized words of <paramref name="count"/> Arabic tokens from <paramref name="start"/> in one sentence, as written, or
    /// with <paramref name="stripFirst"/> the first without its clitics ("وفيودور").
    /// </summary>
    /// <summary>
    /// The listed persons whose given (or family) part is the words at [start, start + count), looked up without making
    /// them a string (asked for every token); <paramref name="words"/> is the string only when someone is found, else "".
    /// </summary>
    private static IReadOnlyList<FamousName> Owners(CheckContext ctx, FamousNameIndex index, int start, int count, int sentence, bool stripFirst, bool family, out string words)
    {
        words = "";
        var tokens = ctx.Tokens;
        if (count != 2 || start + count > tokens.Length || !Valid(tokens, start, count, sentence, stripFirst))
        {
            if (!Words(ctx, start, count, sentence, out var joined, stripFirst))
            {
                return [];
            }

            var found = family ? index.WithFamily(joined) : index.WithGiven(joined);
            words = found.Count > 0 ? joined : "";
            return found;
        }

        var first = stripFirst ? tokens[start].Base : tokens[start].Norm;
        var second = tokens[start + 1].Norm;
        var length = first.Length + 1 + second.Length;
        Span<char> buffer = length <= 128 ? stackalloc char[length] : new char[length];
        first.AsSpan().CopyTo(buffer);
        buffer[first.Length] = ' ';
        second.AsSpan().CopyTo(buffer[(first.Length + 1)..]);
        var owners = family ? index.WithFamily(buffer) : index.WithGiven(buffer);
        if (owners.Count > 0)
        {
            words = new string(buffer);
        }

        return owners;
    }

    /// <summary>The check of <see cref="Words"/>: Arabic words of the sentence, and something to strip when asked to.</summary>
    private static bool Valid(System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int count, int sentence, bool stripFirst)
    {
        for (var k = 0; k < count; k++)
        {
            var t = tokens[start + k];
            if (t.Kind != TokenKind.Arabic || t.Sentence != sentence)
            {
                return false;
            }

            if (k == 0 && stripFirst && (t.Clitics & ~Proclitics.Al) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Words(CheckContext ctx, int start, int count, int sentence, out string words, bool stripFirst)
    {
        words = "";
        var tokens = ctx.Tokens;
        if (start + count > tokens.Length)
        {
            return false;
        }

        for (var k = 0; k < count; k++)
        {
            var t = tokens[start + k];
            if (t.Kind != TokenKind.Arabic || t.Sentence != sentence)
            {
                return false;
            }

            // Words are read as written: the segmenter splits foreign names that only look cliticized ("بريسلي"، "فيودور").
            var hasClitics = (t.Clitics & ~Proclitics.Al) != 0;
            if (k == 0 && stripFirst && !hasClitics)
            {
                return false; // nothing to strip: the form as written was tried
            }
        }

        // The words joined by single spaces (asked for every token: no array of parts, one string at most).
        var first = stripFirst ? tokens[start].Base : tokens[start].Norm;
        words = count switch
        {
            1 => first,
            2 => string.Concat(first, " ", tokens[start + 1].Norm),
            _ => JoinNorms(tokens, start, count, first),
        };
        return true;
    }

    private static string JoinNorms(System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int count, string first)
    {
        var parts = new string[count];
        parts[0] = first;
        for (var k = 1; k < count; k++)
        {
            parts[k] = tokens[start + k].Norm;
        }

        return string.Join(' ', parts);
    }

    /// <summary>Verbs of authorship with the work's pronoun ("وضعها"، "ألّفه"، "كتبها"، "صنّفه"، "نظمها"), normalized.</summary>
    private static readonly HashSet<string> AuthorshipVerbs = new(
        ["وضعها", "وضعه", "الفها", "الفه", "ألفها", "ألفه", "كتبها", "كتبه", "صنفها", "صنفه", "نظمها", "نظمه", "ابدعها", "أبدعها", "انشاها", "أنشأها"],
        StringComparer.Ordinal);

    /// <summary>A kinship word or a relative's description right before the name ("ابنه إيليا تولستوي"، "زوجته صوفيا").</summary>
    private static bool Relative(CheckContext ctx, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 2) && ctx.Tokens[k].Sentence == ctx.Tokens[i].Sentence; k--)
        {
            // "المؤرخ" is a relative word as "dated" ("الكتاب المؤرخ في …") but a descriptor as "the historian" right before a name
            // ("المؤرخ عبد الرحمن …"): a descriptor is no relative (round 15).
            if (Descriptors.Contains(ctx.Tokens[k].Norm))
            {
                continue;
            }

            if (ctx.MatchCue(k, "kin", out _) is not null)
            {
                return true;
            }

            // "«العبقريات» التي وضعها …": a relative pronoun before an authorship verb introduces the author, not a relative
            // (round 17); before any other verb ("التي ترجمها"، "التي غناها") it still keeps the name apart.
            if (ctx.MatchCue(k, "relative", out _) is not null && !(k + 1 < i && AuthorshipVerbs.Contains(ctx.Tokens[k + 1].Norm)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the text names a famous person of the family part in full (given and family: "ليو تولستوي") and no famous
    /// person of the given part: a namesake of the family, a relative, is likelier than a slip.
    /// </summary>
    private static bool FamilyNamedAlone(CheckContext ctx, string docText, (int GivenLen, int FamilyLen, FamousName GivenOwner, FamousName FamilyOwner) c, string writtenNorm, TextSpan span)
    {
        var index = ctx.Lexicon.FamousNames;
        var norm = ArabicNormalizer.Default;
        var givenNamed = index.WithGiven(c.GivenOwner.Given).Any(p => p.Family.Length > 0 && docText.Contains(p.Given + " " + p.Family, StringComparison.Ordinal));
        if (givenNamed)
        {
            return false;
        }

        return index.WithFamily(c.FamilyOwner.Family).Any(p => p.Given.Length > 0 && p.Given + " " + p.Family != writtenNorm
            && docText.Contains(p.Given + " " + p.Family, StringComparison.Ordinal))
            || (ctx.SubjectDisplayName is { } subject && norm.NormalizeString(subject).Contains(c.FamilyOwner.Family, StringComparison.Ordinal)
                && ctx.Subject is { } sc && !sc.Mentions.Any(m => m >= 0 && m < ctx.Document.Entities.Length && ctx.Document.Entities[m].Span.Overlaps(span)));
        // (the subject is of the family; when the written name is itself a mention of the subject, it is no evidence)
    }

    private static int CountOccurrences(string text, string phrase)
    {
        var count = 0;
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
