using Tarikh.Core.Entities;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// name-anomaly, work slips (split from NameAnomalyRule.Works.cs in round 20): where the text makes a person a work's maker — a maker
/// noun or making verb, an attribution noun, an answer line, a noun pointing back to the author — and the given-part slip.
/// </summary>
public sealed partial class NameAnomalyRule
{
    /// <summary>Nouns that make the name before them a work's maker ("… صاحب «…»"، "… مؤلف كتاب «…»").</summary>
    private static readonly HashSet<string> MakerNouns = new(
        ["صاحب", "صاحبه", "صاحبة", "مؤلف", "مؤلفه", "مؤلفة", "كاتب", "كاتبه", "كاتبة", "ناظم", "ملحن", "واضع", "مصنف", "مبدع", "مبدعه"],
        StringComparer.Ordinal);

    /// <summary>
    /// True when the person mention, before the title, is its maker: a maker noun between the name and the title ("… صاحب «…»"،
    /// "… مؤلف كتاب «…»"), the title at most four words after (round 9).
    /// </summary>
    private static bool MakerBefore(CheckContext ctx, Entities.EntityMention e, int titleToken)
    {
        var tokens = ctx.Tokens;
        var first = ctx.FirstToken(e.Span);
        var end = ctx.EndToken(e.Span);
        if (end > titleToken || titleToken - end > 4 || tokens[first].Sentence != tokens[titleToken].Sentence)
        {
            return false;
        }

        for (var i = end; i < titleToken; i++)
        {
            if (MakerNouns.Contains(tokens[i].Norm) || MakerNouns.Contains(tokens[i].Base))
            {
                return true;
            }
        }

        // A making verb right before the name, a work noun between the name and the title ("ألّف رفاعة … كتاب «…»"، "نظم أحمد …
        // قصيدة «…»"): the verb's subject is the maker (round 18).
        // Descriptors between the verb and the name are passed over ("نظم الشاعر خليل … النشيد «…»") (round 23).
        var v = first - 1;
        while (v > 0 && v >= first - 2 && tokens[v].Sentence == tokens[first].Sentence && Descriptors.Contains(tokens[v].Norm))
        {
            v--;
        }

        return v >= 0 && tokens[v].Sentence == tokens[first].Sentence && MakingVerbs.Contains(tokens[v].Base)
            && Enumerable.Range(end, titleToken - end).Any(i => WorkNouns.Contains(tokens[i].Norm) || WorkNouns.Contains(tokens[i].Base));
    }

    /// <summary>
    /// The name right before a maker noun that stands before the title, only work nouns between ("… غازي العريض صاحب رواية «…»"),
    /// read from the words when the tagger did not tag it (round 21): the two words before the noun, three when the first two are
    /// a compound («عبد»، «أبو» + word; word + «الدين»/«الله»). None when a word is a stop, a descriptor, a work noun or carries
    /// a conjunction.
    /// </summary>
    private static (string[] Words, TextSpan Span)? NameBeforeMaker(CheckContext ctx, int titleToken, int sentence)
    {
        var tokens = ctx.Tokens;
        var m = titleToken - 1;
        while (m >= 0 && m >= titleToken - 3 && tokens[m].Sentence == sentence && (WorkNouns.Contains(tokens[m].Norm) || WorkNouns.Contains(tokens[m].Base)))
        {
            m--;
        }

        if (m < 2 || tokens[m].Sentence != sentence || !MakerNouns.Contains(tokens[m].Norm))
        {
            return null;
        }

        var length = 2;
        if (m >= 3 && (tokens[m - 2].Norm is "عبد" or "ابو" or "ابي" or "ام" || tokens[m - 1].Norm is "الدين" or "الله"))
        {
            length = 3;
        }

        var first = m - length;
        var words = new string[length];
        for (var i = first; i < m; i++)
        {
            var t = tokens[i];
            if (t.Sentence != sentence || t.Kind != TokenKind.Arabic || NameStops.Contains(t.Norm) || NameStops.Contains(t.Base)
                || Descriptors.Contains(t.Norm) || WorkNouns.Contains(t.Norm) || MakerNouns.Contains(t.Norm)
                || (t.Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0)
            {
                return null;
            }

            words[i - first] = t.Norm;
        }

        return (words, new TextSpan(tokens[first].Span.Start, tokens[m - 1].Span.End));
    }

    /// <summary>Verbs of making a work, their subject its maker ("ألّف"، "صنّف"، "نظم"، "لحّن"، "كتب") (round 18).</summary>
    private static readonly HashSet<string> MakingVerbs = new(
        ["الف", "الفت", "صنف", "صنفت", "نظم", "نظمت", "لحن", "لحنت", "كتب", "كتبت", "وضع", "وضعت", "املي", "جمع"], StringComparer.Ordinal);

    /// <summary>
    /// Making verbs with an object pronoun for the work named before ("«الأطلال» التي لحّنها …"، "القصيدة التي نظمها …"، "الكتاب الذي
    /// ألّفه …"): the name after the verb is the maker's (round 18).
    /// </summary>
    private static readonly HashSet<string> MakingVerbsWithObject = new(
        ["لحنها", "لحنه", "نظمها", "نظمه", "الفها", "الفه", "كتبها", "كتبه", "صنفه", "صنفها", "غناها", "غناه", "انشدها", "انشده", "وضعها", "وضعه",
         "املاها", "املاه", "رواها", "رواه", "جمعها", "جمعه", "حققه", "حققها"],
        StringComparer.Ordinal);

    /// <summary>Nouns that name who made a work, before the name ("من تأليف"، "من ألحان"، "بقلم"، "كلمات") (round 9).</summary>
    private static readonly HashSet<string> AttributionNouns = new(
        ["تاليف", "الحان", "لحن", "تلحين", "كلمات", "نظم", "بقلم", "تصنيف"], StringComparer.Ordinal);

    /// <summary>
    /// True when the written name, read where the text names a work's maker, begins with the author's whole given part (all his
    /// name but its last word: "عبد الرحمن" of "عبد الرحمن الكواكبي"، "ليف" of "ليف تولستوي") and ends with one other word that is
    /// none of his names — the text gives the work to its author's given name with a family name not his, known or not ("«طبائع
    /// الاستبداد» لعبد الرحمن المويلحي"). Silent when any word of the whole name read is one of his other names (a nasab written
    /// between: "لعز الدين بن الأثير") or the last word is a particle, a descriptor or a word with a preposition ("بالفرنسية"; a
    /// lam or a ba the segmenter may have split off a foreign name, "ليرمونتوف"، "برنار", is kept) (round 9).
    /// </summary>
    private static bool GivenSlip(CheckContext ctx, WorkAuthor author, string[] whole, string[] written, int lastToken)
    {
        var own = author.Forms.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
        var last = written[^1];
        if (own.Contains(last) || last.Length < 3 || NameParticles.Contains(last) || Descriptors.Contains(last) || NameStops.Contains(last)
            || WorkNouns.Contains(last) || AttributionNouns.Contains(last) || lastToken >= ctx.Tokens.Length || ctx.Tokens[lastToken].Kind != TokenKind.Arabic
            || (ctx.Tokens[lastToken].Clitics & (Proclitics.Wa | Proclitics.Fa | Proclitics.Sa)) != 0
            || ((ctx.Tokens[lastToken].Clitics & (Proclitics.Bi | Proclitics.Ka)) != 0 && (ctx.Tokens[lastToken].Clitics & Proclitics.Al) != 0))
        {
            return false;
        }

        foreach (var f in author.Forms)
        {
            if (f.Length < 2 || written.Length != f.Length)
            {
                continue;
            }

            var given = f[..^1];
            if ((given.Length == 1 && (NameParticles.Contains(given[0]) || given[0].Length < 2)) || !written.AsSpan(0, given.Length).SequenceEqual(given.AsSpan()))
            {
                continue;
            }

            if (ctx.Lexicon.FamousNames.IsPartOfListedName(string.Join(' ', written)))
            {
                return false; // a real person known by the written name ("من كلمات أحمد رامي" beside a composer called أحمد)
            }

            if (written.Length < whole.Length && NasabWords.Contains(whole[written.Length]))
            {
                return false; // "أبو الحسن علي بن …": his ism in a classical chain, not a family name (round 11)
            }

            var givenWords = given.ToHashSet(StringComparer.Ordinal);
            if (whole.Any(w => own.Contains(w) && !givenWords.Contains(w)))
            {
                return false; // another of his names is written further on
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// The answer line of a question about a work (round 17): the work's sentence ends with a question mark, and the next sentence
    /// opens with the answer mark ("ج:"، "الجواب:"، "الإجابة:") and the person's name within three words ("س: من صاحب كتاب «…»؟ ج:
    /// عبد الرحمن …"). The question asks for the maker, so the answer names him.
    /// </summary>
    private static bool AnswerLine(CheckContext ctx, int workSentence, Entities.EntityMention e)
    {
        var (qs, qe) = ctx.SentenceTokens(workSentence);
        if (qe <= qs || !ctx.Text(ctx.Tokens[qe - 1].Span).Contains('؟', StringComparison.Ordinal))
        {
            return false;
        }

        var first = ctx.FirstToken(e.Span);
        var (ss, _) = ctx.SentenceTokens(workSentence + 1);
        if (first - ss > 3 || first <= ss)
        {
            return false;
        }

        for (var i = ss; i < first; i++)
        {
            if (ctx.Tokens[i].Norm is "ج" or "الجواب" or "جواب" or "الاجابه" or "الإجابة" or "اجابه")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns that point back to a work's author with a pronoun ("مؤلفها"، "صاحبه"، "كاتبتها").</summary>
    private static readonly HashSet<string> AuthorNouns = new(
        ["مؤلفها", "مؤلفه", "مؤلفتها", "مؤلفته", "كاتبها", "كاتبه", "كاتبتها", "كاتبته", "صاحبها", "صاحبه", "صاحبتها", "ناظمها", "ناظمه", "شاعرها",
         "ملحنها", "ملحنه", "مبدعها", "مبدعه", "واضعها", "واضعه", "مصنفها", "مصنفه"], StringComparer.Ordinal);

    /// <summary>
    /// A person named in the sentence after a work's through a noun that points back to its author ("… خماسية «مدن الملح». ويتناول
    /// النقاد تجربة مؤلفها الروائي …"): the noun within three words before the name.
    /// </summary>
    private static bool AuthorBackReference(CheckContext ctx, Entities.EntityMention e)
    {
        var first = ctx.FirstToken(e.Span);
        for (var i = first - 1; i >= 0 && i >= first - 3 && ctx.Tokens[i].Sentence == ctx.Tokens[first].Sentence; i--)
        {
            if (AuthorNouns.Contains(ctx.Tokens[i].Norm) || AuthorNouns.Contains(ctx.Tokens[i].Base))
            {
                return true;
            }
        }

        return false;
    }
}
