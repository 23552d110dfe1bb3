using System.Collections.Immutable;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Events;

/// <summary>A trigger found in the tokens.</summary>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="LastToken">Index of its last token (inclusive; phrases span several).</param>
/// <param name="Entry">The lexicon entry.</param>
/// <param name="Suffix">The normalized suffix seen through (<c>ته</c>, <c>ه</c>…), or empty.</param>
/// <param name="HasArticle">True when the trigger word carries the article ال.</param>
/// <param name="ContextToken">Index of the context word that selected the entry, or -1.</param>
public readonly record struct TriggerMatch(int FirstToken, int LastToken, TriggerEntry Entry, string Suffix, bool HasArticle, int ContextToken)
{
    /// <summary>True when a verb suffix marks a feminine singular subject (ت، ته، تها…).</summary>
    public bool FeminineSubject => Entry.Pos == TriggerPos.Verb && Suffix.Length > 0 && Suffix[0] == '\u062A' && Suffix != "\u062A\u0645" && Suffix != "\u062A\u0645\u0627";

    /// <summary>True when the suffix contains an object (verb) or possessive (noun) pronoun.</summary>
    public bool HasPronoun => Suffix.Length > 0 && (Suffix.Contains('\u0647') || Suffix is "\u0643" or "\u0643\u0645" or "\u0646\u064A" || (Entry.Pos == TriggerPos.Noun && Suffix is "\u064A" or "\u0646\u0627"));

    /// <summary>True when the pronoun of the suffix is feminine (ها).</summary>
    public bool FemininePronoun => Suffix.EndsWith("\u0647\u0627", StringComparison.Ordinal);
}

/// <summary>
/// Finds triggers of the <see cref="TriggerLexicon"/> in tokens, seeing through proclitics
/// (<see cref="Token.BaseCandidate"/>), verb suffixes, possessive suffixes, ta marbuta before a suffix
/// and imperfect prefixes. Pure and thread-safe.
/// </summary>
public sealed class TriggerMatcher
{
    // Longest first. Verb: subject and object suffixes; noun: possessives and the accusative alef.
    private static readonly string[] VerbSuffixes =
    [
        "\u062A\u0645\u0648\u0647\u0627", "\u062A\u0647\u0645\u0627", "\u062A\u0647\u0645", "\u062A\u0647\u0627", "\u0648\u0647\u0645", "\u0648\u0647\u0627",
        "\u062A\u0645\u0627", "\u0647\u0645\u0627", "\u062A\u0647", "\u062A\u0645", "\u062A\u0646", "\u0648\u0647", "\u0646\u0627", "\u0646\u064A", "\u0648\u0627",
        "\u0647\u0645", "\u0647\u0627", "\u0643\u0645", "\u062A", "\u0627", "\u0647", "\u0643",
    ];

    private static readonly string[] NounSuffixes =
    [
        "\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0646", "\u0647\u0627", "\u0643\u0645", "\u0646\u0627", "\u0647", "\u0643", "\u0627",
    ];

    private readonly TriggerLexicon _lexicon;
    private readonly ArabicNormalizer _normalizer;

    /// <summary>Creates a matcher over a lexicon.</summary>
    public TriggerMatcher(TriggerLexicon lexicon, ArabicNormalizer? normalizer = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _normalizer = normalizer ?? ArabicNormalizer.Default;
    }

    /// <summary>The lexicon.</summary>
    public TriggerLexicon Lexicon => _lexicon;

    /// <summary>Finds the triggers of a sentence, in token order, without overlaps.</summary>
    public void Match(AnalyzedDocument doc, Sentence sentence, List<TriggerMatch> into)
    {
        var tokens = doc.Tokens;
        var end = sentence.EndToken;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Arabic)
            {
                continue;
            }

            if (TryMatchAt(doc, i, end, out var m))
            {
                into.Add(m);
                i = Math.Max(m.LastToken, m.ContextToken);

                // أصدر مرسوماً بتأميم…: a noun of the same type right after the context word is the same event.
                if (m.ContextToken >= 0 && i + 1 < end && TryMatchAt(doc, i + 1, end, out var next) && next.Entry.Type == m.Entry.Type && next.Entry.Pos == TriggerPos.Noun)
                {
                    i = Math.Max(next.LastToken, next.ContextToken);
                }
            }
        }
    }

    /// <summary>Tries to match a trigger starting at token <paramref name="i"/> (before token <paramref name="end"/>).</summary>
    public bool TryMatchAt(AnalyzedDocument doc, int i, int end, out TriggerMatch match)
    {
        var t = doc.Tokens[i];
        var taMarbuta = EndsWithTaMarbuta(doc, t);
        var count = t.CliticCount;

        // 1. Whole candidates (with 0..all clitics stripped).
        for (var k = 0; k <= count; k++)
        {
            if (TryEntries(doc, i, end, t.BaseCandidate(k), StrippedClitics(t.Clitics, k), string.Empty, imperfect: false, out match, pronounH: !taMarbuta && EndsWithHa(t)))
            {
                return true;
            }
        }

        // 2. With a suffix.
        for (var k = 0; k <= count; k++)
        {
            var cand = t.BaseCandidate(k);
            var stripped = StrippedClitics(t.Clitics, k);
            if (TrySuffixes(doc, i, end, cand, stripped, taMarbuta, imperfect: false, out match))
            {
                return true;
            }
        }

        // 3. Imperfect prefix ي ت ن (verbs only), with or without a suffix.
        Span<char> buf = stackalloc char[64];
        for (var k = 0; k <= count; k++)
        {
            var cand = t.BaseCandidate(k);
            if (cand.Length < 4 || cand.Length > 63 || cand[0] is not ('\u064A' or '\u062A' or '\u0646'))
            {
                continue;
            }

            var stripped = StrippedClitics(t.Clitics, k);
            if ((stripped & (Proclitics.Al | Proclitics.Bi | Proclitics.Ka)) != 0)
            {
                continue;
            }

            var rest = cand[1..];
            buf[0] = '\u0627';
            rest.CopyTo(buf[1..]);
            var withAlef = buf[..(rest.Length + 1)];
            if (TryEntries(doc, i, end, rest, stripped, string.Empty, imperfect: true, out match)
                || TryEntries(doc, i, end, withAlef, stripped, string.Empty, imperfect: true, out match)
                || TrySuffixes(doc, i, end, rest, stripped, taMarbuta, imperfect: true, out match)
                || TrySuffixes(doc, i, end, withAlef, stripped, taMarbuta, imperfect: true, out match))
            {
                return true;
            }
        }

        match = default;
        return false;
    }

    private bool TrySuffixes(AnalyzedDocument doc, int i, int end, ReadOnlySpan<char> cand, Proclitics stripped, bool taMarbuta, bool imperfect, out TriggerMatch match)
    {
        Span<char> buf = stackalloc char[64];
        if (cand.Length > 63)
        {
            match = default;
            return false;
        }

        foreach (var suffixes in (ReadOnlySpan<string[]>)[VerbSuffixes, NounSuffixes])
        {
            var verb = ReferenceEquals(suffixes, VerbSuffixes);
            if (imperfect && !verb)
            {
                continue;
            }

            foreach (var s in suffixes)
            {
                if (taMarbuta && s[^1] == '\u0647' && s.Length == 1)
                {
                    continue; // a final ة is not the pronoun ه
                }

                if (cand.Length - s.Length < 3 || !cand.EndsWith(s, StringComparison.Ordinal))
                {
                    continue;
                }

                var stem = cand[..^s.Length];
                if (TryEntries(doc, i, end, stem, stripped, s, imperfect, out match, verbOnly: verb, nounOnly: !verb))
                {
                    return true;
                }

                // Ta marbuta written ت before a suffix: وفاته → وفاة.
                if (!verb && stem[^1] == '\u062A')
                {
                    stem.CopyTo(buf);
                    buf[stem.Length - 1] = '\u0647';
                    if (TryEntries(doc, i, end, buf[..stem.Length], stripped, s, imperfect, out match, nounOnly: true))
                    {
                        return true;
                    }
                }
            }
        }

        match = default;
        return false;
    }

    private static bool EndsWithHa(Token t) => t.Norm.Length > 0 && t.Norm[^1] == '\u0647';

    private bool TryEntries(AnalyzedDocument doc, int i, int end, ReadOnlySpan<char> word, Proclitics stripped, string suffix, bool imperfect, out TriggerMatch match, bool verbOnly = false, bool nounOnly = false, bool pronounH = false)
    {
        match = default;
        if (!_lexicon.TryGet(word, out var entries))
        {
            return false;
        }

        var hasArticle = (stripped & Proclitics.Al) != 0;
        var nounish = (stripped & (Proclitics.Al | Proclitics.Bi | Proclitics.Ka)) != 0;
        foreach (var e in entries)
        {
            if ((verbOnly && e.Pos != TriggerPos.Verb) || (nounOnly && e.Pos != TriggerPos.Noun))
            {
                continue;
            }

            if (e.Pos == TriggerPos.Verb && nounish)
            {
                continue;
            }

            if (imperfect && e.Pos != TriggerPos.Verb)
            {
                continue;
            }

            if (pronounH && e.TaMarbuta && e.Words.Length == 1)
            {
                continue; // written ه, not ة: a pronoun (كتابه "his book"), not the noun كتابة
            }

            if (e.Type == "birth" && e.Pos == TriggerPos.Verb && !imperfect && suffix is "\u0647" or "\u0647\u0627" or "\u0647\u0645" or "\u0647\u0645\u0627")
            {
                continue; // "نقله ولده": a birth verb takes no object pronoun (one is born), so "ولده" is "his child" (round 13)
            }

            if (e.RequiresShadda && !doc.Source[doc.Tokens[i].Span].Contains('\u0651', StringComparison.Ordinal))
            {
                continue; // "حدث" without its shadda is "happened", not "narrated"
            }

            if (e.RequiresPronoun && !suffix.Contains('\u0647', StringComparison.Ordinal))
            {
                continue; // "ولا" (and not) is no appointment; "ولّاه" is
            }

            var last = i;
            var ok = true;
            for (var w = 1; w < e.Words.Length; w++)
            {
                var j = i + w;
                if (j >= end || !WordEquals(doc.Tokens[j], e.Words[w]))
                {
                    ok = false;
                    break;
                }

                last = j;
            }

            if (!ok)
            {
                continue;
            }

            var ctx = -1;
            if (e.Context.Count > 0)
            {
                ctx = FindContext(doc, last + 1, last + 1 + e.Window, end, e);
                if (ctx < 0)
                {
                    continue;
                }
            }

            match = new TriggerMatch(i, last, e, suffix, hasArticle, ctx);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The first context word within the window after a trigger. A parenthesized aside does not use up the window (round 13):
    /// "قرأ ميخائيل ليرمونتوف (1814–1841) قصيدته" finds its poem past the lifespan written after the name.
    /// </summary>
    private static int FindContext(AnalyzedDocument doc, int from, int to, int end, TriggerEntry e)
    {
        var lookup = e.Context.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var j = from; j < Math.Min(to, end); j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind == TokenKind.Punctuation && t.Norm is "." or "," or ";" or ":")
            {
                return -1;
            }

            if (t.Kind == TokenKind.Punctuation && doc.Source[t.Span].StartsWith('(') && AsideEnd(doc, j, end) is var close and > 0)
            {
                to += close - j + 1;
                j = close;
                continue;
            }

            for (var k = 0; k <= t.CliticCount; k++)
            {
                var c = t.BaseCandidate(k);
                if (lookup.Contains(c))
                {
                    return j;
                }

                foreach (var s in NounSuffixes)
                {
                    if (c.Length - s.Length >= 2 && c.EndsWith(s, StringComparison.Ordinal) && lookup.Contains(c[..^s.Length]))
                    {
                        return j;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>The token closing a short parenthesis opened at <paramref name="open"/> (at most eight tokens, in the sentence), or -1.</summary>
    private static int AsideEnd(AnalyzedDocument doc, int open, int end)
    {
        for (var j = open + 1; j < end && j <= open + 8; j++)
        {
            var w = doc.Source[doc.Tokens[j].Span];
            if (w.Contains(')', StringComparison.Ordinal))
            {
                return j;
            }

            if (w.Contains('(', StringComparison.Ordinal) || doc.Tokens[j].Norm is "." or ";")
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool WordEquals(Token t, string word)
    {
        for (var k = 0; k <= t.CliticCount; k++)
        {
            if (t.BaseCandidate(k).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The clitics removed when the first <paramref name="k"/> are stripped.</summary>
    public static Proclitics StrippedClitics(Proclitics clitics, int k)
    {
        var result = Proclitics.None;
        var taken = 0;
        foreach (var c in Token.Order)
        {
            if (taken == k)
            {
                break;
            }

            if ((clitics & c) != 0)
            {
                result |= c;
                taken++;
            }
        }

        return result;
    }

    private bool EndsWithTaMarbuta(AnalyzedDocument doc, Token t)
    {
        var text = doc.Source.Text;
        for (var p = t.Span.End - 1; p >= t.Span.Start; p--)
        {
            var c = text[p];
            if (_normalizer.IsDeleted(c))
            {
                continue;
            }

            return c == '\u0629';
        }

        return false;
    }
}
