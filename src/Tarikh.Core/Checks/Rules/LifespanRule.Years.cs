using Tarikh.Core.Claims;

namespace Tarikh.Core.Checks.Rules;

/// <summary>Years written short: a cut, colloquial or elliptical year is not compared with a full one.</summary>
public sealed partial class LifespanRule
{
    /// <summary>
    /// True when one of two dated claims writes its year with fewer digits than the other and the short year reads as a
    /// form of a year near the other rather than as a year of its own, so comparing them as written would only measure a
    /// slip of writing (the malformed-date check owns it) or a convention the date stage does not resolve:
    /// <list type="bullet">
    /// <item>one or two digits against four ("عام 48" beside 1921; "8 هـ" beside 1245 هـ): a colloquial or cut year;</item>
    /// <item>three digits against four whose completion by the missing digits falls within a life of the other year
    /// ("179" beside 1858: one of 1790–1799): a year cut short;</item>
    /// <item>fewer digits written after a longer year whose centuries, lent to it, put it within a life of that year
    /// ("ولد سنة إحدى عشرة وسبعمائة … وولي القضاء سنة خمسين": 750, the tarjama's elliptical year).</item>
    /// </list>
    /// "ولد سنة 93 هـ وتوفي سنة 279 هـ" stays comparable: the short year comes first and no completion fits.
    /// </summary>
    internal static bool ShortYearAgainst(CheckContext ctx, Claim a, Claim b, bool aIsTime = false, bool bIsTime = false)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var va = aIsTime ? a.Time : a.Value;
        var vb = bIsTime ? b.Time : b.Value;
        if (va?.Date is null || vb?.Date is null)
        {
            return false;
        }

        var ya = ClaimFacts.YearOf(va);
        var yb = ClaimFacts.YearOf(vb);
        var pa = PositionOf(ctx, va, a);
        var pb = PositionOf(ctx, vb, b);
        return Digits(ya) < Digits(yb) ? Truncated(ya, yb, pa > pb, ctx.Options.MaxAge)
            : Digits(yb) < Digits(ya) && Truncated(yb, ya, pb > pa, ctx.Options.MaxAge);
    }

    /// <summary>The short-year test on two years (see <see cref="ShortYearAgainst"/>); <paramref name="after"/>: the short one is written after the long one.</summary>
    internal static bool Truncated(int shortYear, int longYear, bool after, int maxAge)
    {
        var n = Digits(shortYear);
        var m = Digits(longYear);
        if (shortYear <= 0 || n >= m)
        {
            return false;
        }

        if (n <= 2 && m >= 4)
        {
            return true;
        }

        if (m >= 4)
        {
            var p = Pow10(m - n);
            var lo = shortYear * p;
            var hi = lo + p - 1;
            if (hi >= longYear - maxAge && lo <= longYear + maxAge)
            {
                return true;
            }
        }

        if (after)
        {
            var q = Pow10(n);
            var lent = longYear / q * q + shortYear;
            return Math.Abs(lent - longYear) <= maxAge || Math.Abs(lent + q - longYear) <= maxAge;
        }

        return false;
    }

    /// <summary>
    /// True when a death before the birth comes only from hundreds lent to a year in words ("وفي سنة خمس وعشرين ومئة مات …،
    /// وكان مولده سنة اثنتين وسبعين": 72, not 172): read as written, without the lent hundreds, the two years make a life
    /// of at most <see cref="ChecksOptions.MaxAge"/> years, or with one hundred less (the hundreds of the year before it, not
    /// the next: "مات سنة سبع وتسعين ومئة، وكان قد ولد سنة خمس وعشرين" is 125), so the text is consistent and the flag would
    /// only measure the date stage's completion, which reads a year written later as later in time.
    /// </summary>
    private static bool LentCenturyExplains(CheckContext ctx, Claim birth, Claim death)
    {
        var bl = Lent(ctx, birth.Value);
        var dl = Lent(ctx, death.Value);
        if (!bl && !dl)
        {
            return false;
        }

        var by = ClaimFacts.YearOf(birth.Value!);
        var dy = ClaimFacts.YearOf(death.Value!);
        foreach (var b in bl ? [by % 100, by - 100] : new[] { by })
        {
            foreach (var d in dl ? [dy % 100, dy - 100] : new[] { dy })
            {
                if (b >= 0 && b <= d && d - b <= ctx.Options.MaxAge)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Lent(CheckContext ctx, ClaimValue? v)
        => v is { Timex: { } t } && t >= 0 && t < ctx.Timexes.Length && ctx.Timexes[t].CenturyLent;

    private static int PositionOf(CheckContext ctx, ClaimValue v, Claim c)
        => v.Timex is { } t && t >= 0 && t < ctx.Timexes.Length ? ctx.Timexes[t].Span.Start : c.Spans.IsDefaultOrEmpty ? 0 : c.Spans[0].Start;

    private static int Digits(int year)
    {
        var y = Math.Abs(year);
        var d = 1;
        while (y >= 10)
        {
            y /= 10;
            d++;
        }

        return d;
    }

    private static int Pow10(int e)
    {
        var r = 1;
        for (var i = 0; i < e; i++)
        {
            r *= 10;
        }

        return r;
    }
}
