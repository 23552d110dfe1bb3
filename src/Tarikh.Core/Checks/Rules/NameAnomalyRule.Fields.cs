using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// name-anomaly, field chimera (round 18, issue-12e): the given part of one famous member of a field joined to the family part of
/// another member of the same field ("عبد الباسط الحصري" of two reciters, "نوال الكروج" of two Moroccan Olympic champions), in a
/// sentence that tells a deed of the field (a word of its deeds; for a field whose members carry deed years, one of the two
/// members' years too). Read from <see cref="FamousFields"/>. Silent when a member's own name is consistent with the written one
/// ("محمد المنشاوي" shortens "محمد صديق المنشاوي"), when a kinship word stands before it, and for two ordinary people: both halves
/// must belong to members of the same field. A warning.
/// </summary>
public sealed partial class NameAnomalyRule
{
    private IEnumerable<Flag> FieldChimeras(CheckContext ctx)
    {
        var fields = FamousFields.Default;
        var tokens = ctx.Tokens;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Arabic || !ctx.IsContent(tokens[i].Sentence))
            {
                continue;
            }

            if (FieldChimeraAt(ctx, fields, i) is not { } hit)
            {
                continue;
            }

            var (a, b, end) = hit;
            var span = new TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End);
            var written = ctx.Text(span);
            i = end - 1;
            yield return CheckContext.MakeFlag(Id, Severity.Warning, [span],
                $"«{written}»: يجمع الاسم المكتوب الاسم الأول لـ{a.Arabic} إلى اسم عائلة {b.Arabic}، وكلاهما مشهور في المجال نفسه الذي تذكره الجملة؛ الأرجح أن في الاسم خطأ، فتحقق منه.",
                $"“{written}”: the name written joins {a.English}'s given name to {b.English}'s family name, both famous in the field the sentence speaks of; the name is probably a slip — check it.",
                ("written", written), ("given-of", a.English), ("family-of", b.English), ("field", a.Field), ("source", "famous-fields"));
        }
    }

    private static (FieldMember Given, FieldMember Family, int End)? FieldChimeraAt(CheckContext ctx, FamousFields fields, int i)
    {
        // The members whose given part the token can begin (see CheckContext.TokenIs): the token itself, its forms without
        // clitics, and, for a given part with the article, the token's end after a prefix of one to three letters.
        var t = ctx.Tokens[i];
        if (FieldChimeraFrom(ctx, fields, i, fields.WithFirstGiven(t.Norm)) is { } hit)
        {
            return hit;
        }

        for (var k = 1; k <= t.CliticCount; k++)
        {
            if (FieldChimeraFrom(ctx, fields, i, fields.WithFirstGiven(t.BaseCandidate(k))) is { } h)
            {
                return h;
            }
        }

        for (var p = 1; p <= 3 && p < t.Norm.Length - 1; p++)
        {
            if (FieldChimeraFrom(ctx, fields, i, fields.WithFirstGivenAfterArticle(t.Norm.AsSpan(p))) is { } h)
            {
                return h;
            }
        }

        return null;
    }

    private static (FieldMember Given, FieldMember Family, int End)? FieldChimeraFrom(
        CheckContext ctx, FamousFields fields, int i, System.Collections.Immutable.ImmutableArray<(FieldMember Member, System.Collections.Immutable.ImmutableArray<string> Given)> candidates)
    {
        var tokens = ctx.Tokens;
        foreach (var (a, g) in candidates)
        {
            if (!WordsAt(ctx, i, g, clitics: true))
            {
                continue;
            }

            var j = i + g.Length;
            if (j < tokens.Length && tokens[j].Kind == TokenKind.Arabic && FullNameAfterGiven(ctx, fields, i, a, g, j) is { } full)
            {
                return full;
            }

            if (j >= tokens.Length || tokens[j].Kind != TokenKind.Arabic || !fields.BeginsFamily(tokens[j].Norm))
            {
                continue; // no member's family part begins here: nothing to pair, and nothing allocated
            }

            foreach (var b in fields.Members)
            {
                if (ReferenceEquals(a, b) || b.Field != a.Field)
                {
                    continue;
                }

                // The family forms to look for after the given part (FamilyForms), in their order, without an iterator per member.
                foreach (var listed in b.Family)
                {
                    var forms = Spliced(g, listed) ? 2 : 1;
                    for (var form = 0; form < forms; form++)
                    {
                        var f = form == 0 ? listed : listed[1..];
                        if (!WordsAt(ctx, j, f, clitics: false) || OwnOrShared(fields, a, g, f)
                            || Relative(ctx, i) || !FieldDeed(ctx, fields, tokens[i].Sentence, a, b) || ListedPerson(ctx, i, g, f))
                        {
                            continue;
                        }

                        return (a, b, j + f.Length);
                    }
                }
            }
        }

        return null;
    }

    // The given part of one member followed by another member's whole name (round 22): "زياد وديع الصافي" — Ziad Rahbani's
    // given name before Wadih al-Safi's full name, in a sentence that tells a deed or work of the given part's own member
    // ("نزل السرور"). Read as a father's name after a son's, such a name could be a real son's: so only beside the first member's
    // own deed, never when the two share a family part, and not when the written name is a listed person's.
    private static (FieldMember Given, FieldMember Family, int End)? FullNameAfterGiven(
        CheckContext ctx, FamousFields fields, int i, FieldMember a, System.Collections.Immutable.ImmutableArray<string> g, int j)
    {
        if (a.Deeds.IsEmpty)
        {
            return null;
        }

        foreach (var (b, bg) in fields.WithFirstGiven(ctx.Tokens[j].Norm))
        {
            if (ReferenceEquals(a, b) || b.Field != a.Field || b.CommonGiven || b.Family.IsEmpty || !WordsAt(ctx, j, bg, clitics: false))
            {
                continue;
            }

            var k = j + bg.Length;
            foreach (var f in b.Family)
            {
                if (!WordsAt(ctx, k, f, clitics: false) || a.Family.Any(own => own.AsSpan().SequenceEqual(f.AsSpan()))
                    || Relative(ctx, i) || !OwnDeed(ctx, ctx.Tokens[i].Sentence, a) || ListedPerson(ctx, i, g, [.. bg, .. f]))
                {
                    continue;
                }

                return (a, b, k + f.Length);
            }
        }

        return null;
    }

    /// <summary>True when the sentence holds a deed or work of <paramref name="a"/> himself.</summary>
    private static bool OwnDeed(CheckContext ctx, int sentence, FieldMember a) => MemberDeed(ctx, sentence, a with { CommonGiven = true }, a);

    // The name written is itself a listed person's ("سعد الحريري"، "جمال مبارك": a son with his own fame), not a slip (round 20):
    // a listed name with this given part and this family part. Not a run inside a longer name (round 21): "أحمد سعيد" inside
    // "علي أحمد سعيد" (Adonis) is his father's and grandfather's names, no person called so.
    // A father's name after «بن»/«ابن»/«بنت», or a run of a listed name whose word before it stands before it in the text too
    // ("زايد بن سلطان آل نهيان"، "علي أحمد سعيد"), is part of that longer name: no chimera (round 21).
    private static bool ListedPerson(CheckContext ctx, int i, System.Collections.Immutable.ImmutableArray<string> given, System.Collections.Immutable.ImmutableArray<string> family)
    {
        var g = given.Length == 1 ? given[0] : string.Join(' ', given);
        var f = family.Length == 1 ? family[0] : string.Join(' ', family);
        if (i > 0 && ctx.Tokens[i - 1].Sentence == ctx.Tokens[i].Sentence && ctx.Tokens[i - 1].Kind == TokenKind.Arabic)
        {
            var before = ctx.Tokens[i - 1].Norm;
            if (before is "بن" or "ابن" or "بنت" || (given.Length + family.Length <= 3 && ctx.Lexicon.FamousNames.IsPartOfListedName(before + " " + g + " " + f)))
            {
                return true;
            }
        }

        foreach (var p in ctx.Lexicon.FamousNames.WithGiven(g))
        {
            if (p.Family == f)
            {
                return true;
            }
        }

        return false;
    }

    // The family part is the given member's own, or another member of the field has both it and a given name that starts
    // with the written one. In its own method so that the lambdas' captures are allocated only when a family part is there.
    private static bool OwnOrShared(FamousFields fields, FieldMember a, System.Collections.Immutable.ImmutableArray<string> g, System.Collections.Immutable.ImmutableArray<string> f)
        => a.Family.Any(own => own.AsSpan().SequenceEqual(f.AsSpan()))
            || fields.Members.Any(c => c.Field == a.Field && c.Family.Any(cf => cf.AsSpan().SequenceEqual(f.AsSpan()))
                && c.Given.Any(cg => cg.Length >= g.Length && cg.AsSpan(0, g.Length).SequenceEqual(g.AsSpan())));

    /// <summary>The words at token <paramref name="k"/> in one sentence, the first with or without proclitics when <paramref name="clitics"/>.</summary>
    private static bool WordsAt(CheckContext ctx, int k, System.Collections.Immutable.ImmutableArray<string> words, bool clitics)
    {
        var tokens = ctx.Tokens;
        if (k + words.Length > tokens.Length)
        {
            return false;
        }

        for (var n = 0; n < words.Length; n++)
        {
            var t = tokens[k + n];
            if (t.Sentence != tokens[k].Sentence || t.Kind != TokenKind.Arabic
                || !(n == 0 && clitics ? CheckContext.TokenIs(t, words[n]) : t.Norm == words[n]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the sentence tells a deed of the field: one of its deed words, and, when either member carries deed years, one of
    /// those years written in the sentence.
    /// </summary>
    private static bool FieldDeed(CheckContext ctx, FamousFields fields, int sentence, FieldMember a, FieldMember b)
    {
        if (!a.Deeds.IsEmpty || !b.Deeds.IsEmpty || a.CommonGiven)
        {
            return MemberDeed(ctx, sentence, a, b);
        }

        if (!fields.Cues.TryGetValue(a.Field, out var cues))
        {
            return false;
        }

        var (ss, se) = ctx.SentenceTokens(sentence);
        var cue = false;
        for (var k = ss; k < se && !cue; k++)
        {
            cue = cues.Any(c => WordsAt(ctx, k, c, clitics: true));
        }

        if (!cue)
        {
            return false;
        }

        if (a.Years.IsEmpty && b.Years.IsEmpty)
        {
            return true;
        }

        for (var k = ss; k < se; k++)
        {
            if (int.TryParse(ctx.Tokens[k].Norm, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
                && (a.Years.Contains(year) || b.Years.Contains(year)))
            {
                return true;
            }
        }

        return false;
    }
}
