using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>ordinal-series: the owner of a series noun — possessive pronouns, construct with a name, bare items joined to an owned series.</summary>
public sealed partial class OrdinalSeriesRule
{
    /// <summary>
    /// The possessive pronouns a series noun takes before its ordinal ("مؤتمره الثالث"، "حجتي الأولى"، "رحلتنا الثانية"): the first
    /// person's too since round 16, for memoirs and interviews.
    /// </summary>
    private static readonly string[] Owners = ["هما", "هم", "هن", "ها", "ه", "نا", "ي"];

    /// <summary>The third person's pronouns, for an ordinal standing for a counted noun ("ثانيها"، "ثالثهما").</summary>
    private static readonly string[] ThirdOwners = ["هما", "هم", "هن", "ها", "ه"];

    /// <summary>The head prefix of a series read from ordinals with a pronoun (no noun written).</summary>
    private const string PronounSeries = "ـ";

    /// <summary>
    /// "ثانيها"، "ثالثهما"، "أولها": an ordinal word (Time's number words) with an owner's pronoun, standing for the n-th of a counted
    /// noun; its number and the pronoun, or null. "أولها" alone is not read ("أولها وآخرها" is a phrase); the token must carry no
    /// preposition (<c>لثانيها</c>، <c>بثالثها</c> are complements).
    /// </summary>
    private static (int Number, string Suffix)? PossessedOrdinal(CheckContext ctx, int i, Dictionary<string, int?> cache)
    {
        var t = ctx.Tokens[i];
        if (t.Kind != TokenKind.Arabic || HasArticle(t) || (t.Clitics & (Proclitics.Li | Proclitics.Bi | Proclitics.Ka)) != 0)
        {
            return null;
        }

        foreach (var suffix in ThirdOwners)
        {
            if (t.Base.Length > suffix.Length + 2 && t.Base.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = t.Base[..^suffix.Length];
                if (!cache.TryGetValue(stem, out var number))
                {
                    cache[stem] = number = OrdinalWord(stem);
                }

                return number is { } n and >= 2 ? (n, suffix) : null;
            }
        }

        return null;
    }

    /// <summary>The value of one ordinal word (2–10) by Time's number words, or null.</summary>
    private static int? OrdinalWord(string word)
    {
        foreach (var (entry, single) in TimeMatches("ال" + word))
        {
            if (entry.Kind == Time.Lexicon.LexKind.Number && entry.B == 1 && entry.A is >= 2 and <= 10 && single)
            {
                return entry.A;
            }
        }

        return null;
    }

    /// <summary>
    /// "مؤتمر مسلمي روسيا الثالث": the series noun without article, in construct with one to three words without article of which
    /// one at least is in a name (an owner the text names), right before the ordinal at <paramref name="i"/>, in its clause. The
    /// noun's token and the head (noun and owner words), or (-1, "").
    /// </summary>
    private static (int Start, string Head) OwnedByName(CheckContext ctx, int i, HashSet<string> heads)
    {
        var tk = ctx.Tokens;
        var (cs, _) = ctx.ClauseOf(i);
        var named = false;
        for (var k = i - 1; k >= Math.Max(cs, i - 4); k--)
        {
            if (tk[k].Kind == TokenKind.Arabic && HasArticle(tk[k]) && (tk[k].Clitics & Proclitics.Li) != 0 && tk[k].Sentence == tk[i].Sentence)
            {
                // "معرض دبي للطيران الثالث"، "مهرجان قرطاج للسينما الثاني": a ل-phrase of the name's field closes the name (round 20).
                continue;
            }

            if (tk[k].Kind != TokenKind.Arabic || HasArticle(tk[k]) || tk[k].Sentence != tk[i].Sentence)
            {
                return (-1, "");
            }

            var bare = heads.Contains(tk[k].Norm) ? tk[k].Norm : (tk[k].Clitics & (Proclitics.Li | Proclitics.Bi | Proclitics.Ka)) == 0 && heads.Contains(tk[k].Base) ? tk[k].Base : null;
            if (bare is not null && k < i - 1)
            {
                return named ? (k, bare + " " + string.Join(' ', Enumerable.Range(k + 1, i - k - 1).Select(x => Bare(tk[x])))) : (-1, "");
            }

            if (tk[k].Norm.Length < 3 || CheckContext.TimeLexicon.IsTemporalPreposition(tk[k].Norm))
            {
                return (-1, "");
            }

            named |= ctx.MentionAtToken(k) >= 0;
        }

        return (-1, "");
    }

    /// <summary>
    /// "عُقد مؤتمر مسلمي روسيا الثالث سنة …، بعد المؤتمر الثاني الذي …": a bare item (its noun with the article, no owner, no
    /// adjective) told in the sentence of an owned item of the same noun, or the one after it, is of that series when there is
    /// only one such: it joins it (its flags are warnings).
    /// </summary>
    private static void JoinBareItems(List<Item> items)
    {
        for (var j = 0; j < items.Count; j++)
        {
            var x = items[j];
            if (x.Qualifier is not null || x.Inferred || x.Head.Contains(' ', StringComparison.Ordinal) || x.Head.StartsWith(PronounSeries, StringComparison.Ordinal))
            {
                continue;
            }

            // Only a bare noun written after the owned item refers back to it, and only when no bare item of the noun comes before
            // the owned one ("أقيمت البطولة الرابعة … ثم البطولة الثالثة …، ونُظّمت بطولة القدس الدولية الرابعة": two series).
            var owned = items.Where(o => o != x && !o.Inferred && o.Head.StartsWith(x.Head + " ", StringComparison.Ordinal) && x.Sentence - o.Sentence is 0 or 1
                    && o.Span.End <= x.Span.Start)
                .Select(o => (o.Head, o.Qualifier, o.Between, o.Span)).ToList();
            if (owned.Select(o => o.Head).Distinct().Count() == 1
                && !items.Any(b => b.Head == x.Head && b.Qualifier is null && !b.Inferred && b.Span.End <= owned[0].Span.Start))
            {
                items[j] = x with { Head = owned[0].Head, Qualifier = owned[0].Qualifier, Between = owned[0].Between, Joined = true };
            }
        }
    }

    /// <summary>
    /// The series noun of a word that carries an owner's pronoun ("مؤتمره"، "رحلته"، "وزارتها" → مؤتمر، رحلة،
    /// وزارة), or null: the noun is definite by its owner, as with the article.
    /// </summary>
    private static string? Possessed(Token t, HashSet<string> heads)
    {
        if (t.Kind != TokenKind.Arabic || HasArticle(t))
        {
            return null;
        }

        return PossessedIn(t.Base, heads) ?? ((t.Clitics & Proclitics.Li) != 0 ? PossessedIn(t.Norm, heads) : null);
    }

    /// <summary>
    /// The series noun of one written form that ends with an owner's pronoun, or null. The whole word is read too when the segmenter
    /// took its first letters for clitics ("ولايته" read و + ل + ايته).
    /// </summary>
    private static string? PossessedIn(string b, HashSet<string> heads)
    {
        foreach (var suffix in Owners)
        {
            if (b.Length > suffix.Length + 2 && b.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = b[..^suffix.Length];
                if (heads.Contains(stem))
                {
                    return stem;
                }

                // The feminine ending is written ت before a pronoun: رحلته → رحلة.
                if (stem.EndsWith('ت') && heads.Contains(stem[..^1] + TaMarbuta))
                {
                    return stem[..^1] + TaMarbuta;
                }

                // A final hamza takes the seat of the case vowel before a pronoun: جزؤها، جزئه، جزأه → جزء.
                if (stem.Length > 2 && stem[^1] is 'ؤ' or 'ئ' or 'أ' or 'ا' && heads.Contains(stem[..^1] + "ء"))
                {
                    return stem[..^1] + "ء";
                }
            }
        }

        return null;
    }
}
