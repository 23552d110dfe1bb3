using Tarikh.Core.Entities.Names;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

public sealed partial class EntityRecognizer
{
    /// <summary>
    /// True when a person's mention must not begin with this token (round 14): a frequent word of the training text (16
    /// times or more) never seen inside a name and no word of the name grammar (ابن، أبو، عبد), a verb only people do ("ولد" before
    /// "الشيخ …"), or a definite title of the classical-name grammar ("الحافظ"، "القاضي"). The title is a cue before the
    /// name, not part of it; an undefined title stays ("سلطان بن زايد": a given name). A rare word stays: the statistics
    /// of a word seen a few times say little ("ديل" of "ديل بوسكي").
    /// </summary>
    private bool IsNeverPersonOpening(Token t)
    {
        if (t.Kind != TokenKind.Arabic)
        {
            return false;
        }

        if (IsLifeVerb(t) || (ClassicalNames.RoleOf(t.NormBase) == NameRole.None && IsCommonWord(t)))
        {
            return true;
        }

        return (t.Clitics & Proclitics.Al) != 0
            ? ClassicalNames.RoleOf(ArticleForm(t)) == NameRole.Title
            : t.NormBase.StartsWith("\u0627\u0644", StringComparison.Ordinal) && ClassicalNames.RoleOf(t.NormBase) == NameRole.Title;
    }

    /// <summary>
    /// True when no mention may end with this token (round 14): a frequent word of the training text never seen inside a
    /// name ("سنة" after "جامعة قطر"، "حاليا"، "سابقا"), unless it ends in ي or ية: an adjective of that shape is a name's part
    /// in the text ("ماري كوري"، "المنتخب الإيطالي") although its base ("كوري" of "الكوري", Korean) is mostly a common word.
    /// A word with the article is never cut (round 15): after a name it is the name's attribute or its genitive ("اتحاد
    /// المؤرخين"، "بنو ذي النون"، "دار الكتب"), however common the word; what trails a name without being part of it is an
    /// indefinite adverb or a noun of time.
    /// </summary>
    private bool IsNeverNameEnding(Token t)
    {
        // Round 23 (23c): the colloquial relative "اللي" and the Maghrebi birth verb "تزاد" ("وخوه الصغير رشيد تزاد فعام 1955")
        // never end a name; the tagger, not knowing them, ran the name on over them.
        if (t.Kind == TokenKind.Arabic && t.Norm is "اللي" or "تزاد" or "تزادت")
        {
            return true;
        }

        if (t.Kind != TokenKind.Arabic || (t.Clitics & Proclitics.Al) != 0 || t.NormBase.StartsWith("\u0627\u0644", StringComparison.Ordinal)
            || !IsCommonWord(t))
        {
            return false;
        }

        var b = t.NormBase;
        return !(b.EndsWith("\u064A", StringComparison.Ordinal) || b.EndsWith("\u064A\u0647", StringComparison.Ordinal));
    }

    /// <summary>
    /// True when a person's mention must not end with this token (round 22, issue 12): a listed place with the preposition بـ glued to
    /// it ("ولد النعمان بن محمد بالقيروان"، "ولد أحمد بن محمد بدمشق"): the tagger ran the name on over the place the sentence puts the
    /// person in. A word the training text saw mostly inside persons' names as written (with its ب) stays: a name that merely begins
    /// with ب ("بنيس"، "باراك").
    /// </summary>
    private bool IsPlaceAfterName(Token t)
    {
        if (t.Kind != TokenKind.Arabic || (t.Clitics & Proclitics.Bi) == 0 || t.Base.Length < 3)
        {
            return false;
        }

        var place = ArticleForm(t);
        if (!_resources.Lexicon.Places.ListsExactly(place) || _resources.Lexicon.Places.KindOf(place) is null)
        {
            return false;
        }

        var whole = _resources.Tagger.Model.Stats.Of(t.Norm).LabelCode;
        return whole == 0 || (whole - 1) / 10 != 1;
    }

    /// <summary>
    /// "أنا ابن حمص"، "أنا بنت طرابلس" (round 22, issue 12): after a detached first-person pronoun, "son/daughter of" a listed place says
    /// where the speaker comes from; the tagger read "(أنا) ابن حمص" as a person's name. The mention becomes the place alone.
    /// </summary>
    private void PlacesOfSelfOrigin(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, List<MentionDraft> mentions, bool[] taken)
    {
        var tokens = doc.Tokens;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type != 0)
            {
                continue;
            }

            var p = m.FirstToken;
            if (IsFirstPersonPronoun(tokens[p]))
            {
                p++;
            }
            else if (p == 0 || !IsFirstPersonPronoun(tokens[p - 1]))
            {
                continue;
            }

            if (m.EndToken != p + 2 || tokens[p].Kind != TokenKind.Arabic || tokens[p].Norm is not ("ابن" or "بنت" or "ابنه") || !IsListedPlaceWord(tokens[p + 1]))
            {
                continue;
            }

            if (Build(doc, normalized, docNorms, p + 1, p + 2, 1, m.Confidence, MentionSource.Gazetteer) is { } place)
            {
                for (var i = m.FirstToken; i <= p; i++)
                {
                    taken[i] = false;
                }

                mentions[k] = place;
            }
        }

        static bool IsFirstPersonPronoun(Token t) => t.Kind == TokenKind.Arabic && t.Norm is "انا" or "وانا" or "فانا";
    }

    /// <summary>A word that is a listed place as written (no proclitic but the article) and that the training text did not see mostly in persons' names.</summary>
    private bool IsListedPlaceWord(Token t)
    {
        if (t.Kind != TokenKind.Arabic || (t.Clitics & ~Proclitics.Al) != 0)
        {
            return false;
        }

        var place = ArticleForm(t);
        if (!_resources.Lexicon.Places.ListsExactly(place) || _resources.Lexicon.Places.KindOf(place) is null)
        {
            return false;
        }

        var code = _resources.Tagger.Model.Stats.Of(t.Norm).LabelCode;
        return code == 0 || (code - 1) / 10 != 1;
    }

    // A name chain's link ("بن"، "ابن") among tokens [first, end): the tagger runs a chain name on over the place after it. Other names
    // are left as the tagger made them (the unrestricted trim exposed a KB flag on dev17a's "المولى إسماعيل بمكناس", round 22).
    private static bool HasChainLink(System.Collections.Immutable.ImmutableArray<Token> tokens, int first, int end)
    {
        for (var j = first; j < end; j++)
        {
            if (tokens[j].Kind == TokenKind.Arabic && ClassicalNames.RoleOf(tokens[j].NormBase) == NameRole.Link)
            {
                return true;
            }
        }

        return false;
    }

    // A link, kunya or عبد of a name chain: a word next to it is the chain's, whatever the statistics say ("أبان بن أبي عمرو"،
    // "فلان بن شهرة"), and cutting it would leave the chain's link at the mention's edge.
    private static bool IsChainWord(Token t) => ClassicalNames.RoleOf(t.NormBase) is NameRole.Link or NameRole.Kunya or NameRole.Abd;

    // Seen 16 times or more in the training text (frequency bucket log2(n) + 1 ≥ 5) and never in a name; a word the
    // analysis left whole with an initial و or ف ("وفيها") is looked up without it too. (A looser test, in a name less than
    // one time in eight, also cut "فان" of "فان نيستلروي" and "بان" of "بان كي مون": −4 on ANERcorp slice A.)
    private bool IsCommonWord(Token t)
    {
        var stats = _resources.Tagger.Model.Stats;
        var b = t.NormBase;
        if (IsCommon(stats.Of(b)))
        {
            return true;
        }

        return t.Clitics == Proclitics.None && b.Length >= 4 && b[0] is '\u0648' or '\u0641' && IsCommon(stats.Of(b[1..]));

        static bool IsCommon(WordStat s) => s.FrequencyBucket >= 5 && s.LabelCode == WordStats.CommonWordCode;
    }

    /// <summary>The token ranges of the mentions that are not persons (before the passes that retype a mention as one).</summary>
    private static HashSet<(int First, int End)> SpansNotPersons(List<MentionDraft> mentions)
    {
        var spans = new HashSet<(int First, int End)>();
        foreach (var m in mentions)
        {
            if (m.Type != 0)
            {
                spans.Add((m.FirstToken, m.EndToken));
            }
        }

        return spans;
    }

    /// <summary>
    /// A mention that became a person only after it was built (a life verb before it, a type vote) is built again as a
    /// person, so that the person rule of <see cref="Build"/> drops the opening that is no name's ("ولد"، "الحافظ"). Only
    /// those: a person built as one kept the edges Build gave it (round 14 rebuilt every person, and so cut the name a
    /// grammar pass had taken whole: "زوجته الأثيرة اعتماد الرميكية").
    /// </summary>
    private void TrimRetypedPersons(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms,
        List<MentionDraft> mentions, HashSet<(int First, int End)> notPersons)
    {
        var tokens = doc.Tokens;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type != 0 || m.EndToken - m.FirstToken < 2 || !notPersons.Contains((m.FirstToken, m.EndToken))
                || !(IsNeverPersonOpening(tokens[m.FirstToken]) || IsTitleOrKin(tokens[m.FirstToken])))
            {
                continue;
            }

            if (Build(doc, normalized, docNorms, m.FirstToken, m.EndToken, 0, m.Confidence, m.Source) is { } trimmed)
            {
                mentions[k] = trimmed;
            }
        }
    }
}
