using Tarikh.Core.Entities;

namespace Tarikh.Core.Claims;

/// <summary>
/// Round 15 (issue-x2): a death stated as a noun phrase after "بعد" ("بعد وفاته سنة …") with its own date. The claims layer reads
/// a date right after a posthumous "بعد وفاته" as the later act's ("مُنحت له الجائزة بعد وفاته عام 1996") unless it is to the day
/// or the month; two cases where the year can only be the death's are read here.
/// </summary>
internal static class NominalLifeClaims
{
    /// <summary>
    /// True when the year written right after the death noun at <paramref name="trigger"/> (preceded by "بعد") is the death's:
    /// the phrase opens its clause, before any verb ("وبعد وفاته سنة 1971 عدنا إلى حلب"، "…، بعد وفاته عام 1959"), or it follows a
    /// burial in its clause ("ودُفن في داره بعد وفاته سنة 990 هـ"): a burial is at the death, so its year is the death's year.
    /// </summary>
    public static bool DeathPhraseOwnsYear(DocumentIndex index, ClaimLexicon lexicon, int trigger)
    {
        var b = trigger - 1;
        if (b < 0 || trigger >= index.Tokens.Length || index.Tokens[b].Base != "بعد" || index.Tokens[b].Sentence != index.Tokens[trigger].Sentence)
        {
            return false;
        }

        var sentenceStart = index.SentenceTokens(index.Tokens[b].Sentence).Start;
        var (clauseStart, _) = index.ClauseOf(b);
        if (b == sentenceStart || AfterComma(index, b))
        {
            return true;
        }

        return lexicon.Find(index, Math.Max(clauseStart, sentenceStart), b, "burial") >= 0 || FuneralWords.In(index, Math.Max(clauseStart, sentenceStart), b);
    }

    /// <summary>
    /// True when a comma, a semicolon or a colon is written right before the token: a clause of its own. A closing quote or bracket
    /// is no such break ("ونُشر «الأنفس الميتة» بعد وفاته عام …" is still the publication's clause).
    /// </summary>
    private static bool AfterComma(DocumentIndex index, int token)
    {
        var text = index.Document.Source.Text;
        var i = index.Tokens[token].Span.Start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] is ',' or '،' or ';' or '؛' or ':';
    }

    /// <summary>
    /// Round 16 (issue-x1): the person a birth or death noun names in its own construct ("بعد وفاة عبد الناصر عام 1970"، "منذ ميلاد
    /// الملكة فيكتوريا"): a person's mention starting on the word right after the noun is the one born or dead, whoever the clause
    /// before it is about ("افتُتح عام 1971 في عهد السادات، بعد وفاة عبد الناصر"). The cluster, or null.
    /// </summary>
    public static int? NamedInConstruct(DocumentIndex index, int trigger, string pos)
    {
        var next = trigger + 1;
        if (pos != "noun" || next >= index.Tokens.Length || index.Tokens[next].Sentence != index.Tokens[trigger].Sentence)
        {
            return null;
        }

        var m = index.MentionAtToken(next);
        if (m < 0 || (next > 0 && index.MentionAtToken(next - 1) == m))
        {
            return null;
        }

        var mention = index.Document.Entities[m];
        return mention.Span.Start == index.Tokens[next].Span.Start && index.LabelOf(mention.Cluster) == EntityLabels.Person ? mention.Cluster : null;
    }
}
