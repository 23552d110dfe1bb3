using System.Collections.Frozen;
using Tarikh.Core.Events;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Claims;

/// <summary>Who an event is about, through kinship words: a relative introduced by a kinship noun, a kin participle, a kin-opened sentence (split from ClaimExtractor.Attribution.cs by concern, code unchanged).</summary>
public sealed partial class ClaimExtractor
{
    /// <summary>
    /// True when a mention of <paramref name="person"/> in [start, end) is introduced by a kinship word ("وأمه فاطمة بنت إبراهيم"): the
    /// sentence opened by that word is the relative's story, and the relative is this person.
    /// </summary>
    private bool KinIntroducedIn(DocumentIndex index, int person, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var m = index.MentionAtToken(k);
            if (m >= 0 && (k == start || index.MentionAtToken(k - 1) != m) && index.Document.Entities[m].Cluster == person && KinIntroduced(index, m)
                && !KinIntroducedSelf(index, m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the trigger is a definite participle ("المولود"، "المولودة"، "المتوفى") right after a kinship word with its pronoun, over at
    /// most two linking or definite words and no name ("أبوه المولود"، "والدها التاجر المولود"): the participle describes that unnamed relative.
    /// </summary>
    private bool KinParticipleOf(DocumentIndex index, int trigger)
    {
        if (!index.Tokens[trigger].Norm.StartsWith("ال", StringComparison.Ordinal) || index.MentionAtToken(trigger) >= 0)
        {
            return false;
        }

        var (cs, _) = index.ClauseOf(trigger);
        for (var k = trigger - 1; k >= Math.Max(cs, trigger - 3); k--)
        {
            if (index.MentionAtToken(k) >= 0 || index.ShortFormAt(k) >= 0)
            {
                return false;
            }

            if (Lexicon.Match(index, k, "kin") > 0)
            {
                return true;
            }

            if (!KinGapWord(index, k))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> LifeParticiples =
        new[] { "المولود", "المولودة", "المتوفى", "المتوفاة" }.Select(w => Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the event's date is written right after another word's birth or death participle that describes an unnamed relative
    /// ("وتوفي أبوه المولود عام 1915 بعد ولادته بخمس سنوات": 1915 is the father's birth, not the date of "ولادته").
    /// </summary>
    private bool DateOfKinParticiple(DocumentIndex index, EventMention e, int trigger)
    {
        if (e.Time is not { } tx || tx < 0 || tx >= index.Document.Timexes.Length)
        {
            return false;
        }

        var k = index.FirstTokenOf(index.Document.Timexes[tx].Span) - 1;
        if (k >= 0 && index.Tokens[k].Norm is "في" or "فى" && index.Tokens[k].Sentence == index.Tokens[trigger].Sentence)
        {
            k--;
        }

        return k >= 0 && k != trigger && index.Tokens[k].Sentence == index.Tokens[trigger].Sentence
            && LifeParticiples.Contains(index.Tokens[k].Norm) && KinParticipleOf(index, k);
    }

    /// <summary>How sure a birth or a death is the relative's when a kinship word introduced him earlier in the sentence (inferred: below a named subject).</summary>
    private const double KinRelativeConfidence = 0.8;

    /// <summary>
    /// The person a kinship word introduces in [start, trigger) ("وعمه منصور، تاجر الحبوب، مات"), the first such one,
    /// never <paramref name="main"/>; null when the kinship word names nobody ("وكانت أمه قد توفيت").
    /// </summary>
    private int? KinNamedBefore(DocumentIndex index, int start, int trigger, int main)
    {
        for (var k = start; k < trigger; k++)
        {
            var m = index.MentionAtToken(k);
            if (m < 0 || (k > start && index.MentionAtToken(k - 1) == m))
            {
                continue;
            }

            var c = index.Document.Entities[m].Cluster;
            if (IsPerson(index, c) && index.PersonKey(c) != index.PersonKey(main) && KinIntroduced(index, m))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// True when a person mention is introduced by a kinship word ("لأبيه علي الموسوي"، "وله أخ أصغر اسمه عمر"، "شقيقه الأكبر
    /// الحاج أحمد") and yet stands in the cluster of the person whose relative it names: Arabic names repeat the father's
    /// name in the son's, and such a mention is another man. What is said through it is not the subject's.
    /// </summary>
    private bool KinIntroducedSelf(DocumentIndex index, int mention)
        => mention >= 0 && index.Document.Entities[mention].Cluster == (index.SubjectAt(index.Document.SentenceAt(index.Document.Entities[mention].Span.Start)) ?? -1)
            && KinIntroduced(index, mention);

    /// <summary>
    /// True when every mention of the person follows a kinship word with its pronoun, over at most three linking words or titles
    /// ("الورثة: ابنه الأكبر حسن …"): a relative of someone the text leaves unnamed. Such a person is never the fallback possessor of a later
    /// kinship word's pronoun ("… وابنه الأوسط محمود …، وابنته الصغرى خديجة": his brother and sister, not his children) (round 15).
    /// </summary>
    private bool NamedOnlyAsPronounRelative(DocumentIndex index, int person)
    {
        var any = false;
        foreach (var m in index.MentionsOf(person))
        {
            var first = index.FirstTokenOf(index.Document.Entities[m].Span);
            var (ss, _) = index.SentenceTokens(index.Tokens[first].Sentence);
            var k = first - 1;
            for (var skipped = 0; k >= ss && skipped < 3 && index.MentionAtToken(k) < 0 && KinGapWord(index, k); skipped++)
            {
                k--;
            }

            if (k < ss || index.MentionAtToken(k) >= 0 || !PronounKin(index, k))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// True when a kinship word stands right before a person mention, with at most a few linking words ("اسمه"، "الأكبر"،
    /// "الحاج") or one untagged given name ("لأبيه علي الموسوي") between: the mention names a relative.
    /// </summary>
    private bool KinIntroduced(DocumentIndex index, int mention)
    {
        if (mention < 0)
        {
            return false;
        }

        var first = index.FirstTokenOf(index.Document.Entities[mention].Span);
        var (ss, _) = index.SentenceTokens(index.Tokens[first].Sentence);
        var k = first - 1;
        for (var skipped = 0; k >= ss && skipped < 3 && index.MentionAtToken(k) < 0 && KinGapWord(index, k); skipped++)
        {
            k--;
        }

        if (IsKinWord(index, k, ss))
        {
            return true;
        }

        // One untagged word of the name itself.
        return k == first - 1 && k > ss && index.Tokens[k].Kind == TokenKind.Arabic && IsKinWord(index, k - 1, ss);
    }

    /// <summary>
    /// True when a token may stand between a kinship word and the relative's name: a linking word ("اسمه"، "الأكبر"، "الحاج") or
    /// a title or occupation in the definite state ("لأبيه القاضي فيودور"، "ووالده التاجر يوسف"، "شقيقه الموسيقي هشام").
    /// </summary>
    private bool KinGapWord(DocumentIndex index, int k)
    {
        if (Lexicon.Match(index, k, "kin-link") == 1)
        {
            return true;
        }

        var t = index.Tokens[k];
        return t.Kind == TokenKind.Arabic && index.MentionAtToken(k) < 0 && t.Norm.Length >= 5 && t.Norm.StartsWith("ال", StringComparison.Ordinal)
            && Lexicon.Match(index, k, "kin") == 0 && Lexicon.Match(index, k, "relative") == 0 && Lexicon.Match(index, k, "obituary-anaphor") == 0;
    }

    private bool IsKinWord(DocumentIndex index, int k, int sentenceStart)
        => k >= sentenceStart && index.MentionAtToken(k) < 0
            && (Lexicon.Match(index, k, "kin") > 0 || Lexicon.Match(index, k, "kin-of") > 0 || Lexicon.Match(index, k, "kin-noun") > 0);

    /// <summary>
    /// True when <paramref name="main"/> is named in the trigger's sentence, up to the end of its clause, only through a kinship word with
    /// its pronoun ("وهو أكبر من أخيه خالد؛ ولد سنة …"، "وُلدت … لأبيها حسن الكاتب"), and that word neither opens the sentence nor stands
    /// in the trigger's clause before the verb ("وأمه سلمى ولدت سنة …" is the mother's own story): the relative is not the one the verb is about.
    /// </summary>
    private bool OnlyKinNamedFor(DocumentIndex index, int main, int trigger)
    {
        if (main < 0)
        {
            return false;
        }

        if (NasabRunIntoChild(index, main, trigger))
        {
            return true;
        }

        var (ss, _) = index.SentenceTokens(index.Tokens[trigger].Sentence);
        var (cs, ce) = index.ClauseOf(trigger);
        var kin = false;
        // Token by token over the sentence (not over all the person's mentions: that grows with the document).
        for (var first = ss; first < ce; first++)
        {
            var m = index.MentionAtToken(first);
            if (m < 0 || (first > ss && index.MentionAtToken(first - 1) == m) || index.Document.Entities[m].Cluster != main)
            {
                continue;
            }

            if (!KinIntroduced(index, m) || !KinUnderPreposition(index, ss, first) || (first >= cs && first < trigger) || KinOpensSentence(index, ss, first))
            {
                return false;
            }

            kin = true;
        }

        return kin;
    }

    /// <summary>
    /// True when the kinship word before a mention is governed by a preposition ("لأبيها"، "من أخيه"، "عن عمه"): the relative is a
    /// complement, never the subject of a verb ("وُلدت ابنته سلمى"، "ثم ابنه زياد" are the relatives' own births).
    /// </summary>
    private bool KinUnderPreposition(DocumentIndex index, int sentenceStart, int first)
    {
        var k = first - 1;
        while (k >= sentenceStart && first - k <= 4 && !IsKinWord(index, k, sentenceStart))
        {
            k--;
        }

        if (k < sentenceStart || first - k > 4)
        {
            return false;
        }

        var t = index.Tokens[k];
        var prefix = t.Norm[..(t.Norm.Length - t.Base.Length)];
        return prefix.EndsWith('ل') || prefix.EndsWith('ب')
            || (k > sentenceStart && index.Tokens[k - 1].Norm is "من" or "عن" or "على" or "الى" or "مع" or "الي");
    }

    /// <summary>True when nothing but a conjunction and linking words stands between the sentence start and the kinship word before a mention.</summary>
    private bool KinOpensSentence(DocumentIndex index, int sentenceStart, int first)
    {
        var k = first - 1;
        while (k > sentenceStart && !IsKinWord(index, k, sentenceStart))
        {
            k--;
        }

        return k <= sentenceStart + 1;
    }

    /// <summary>Words that set a namesake apart ("سميّه"، "سميها"): a person named right after one is another man of the same name.</summary>
    private static readonly FrozenSet<string> NamesakeWords =
        new[] { "سميه", "سميها", "سميهم", "سمي" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the trigger stands in the apposition of a person mention a namesake word introduces ("بل سميّه المهندس خالد … المولود سنة …").</summary>
    private bool NamesakeApposition(DocumentIndex index, int trigger)
        => index.AppositionAt(trigger) is { } a && NamesakeIntroduced(index, a.Mention);

    /// <summary>
    /// True when a person mention is introduced by a namesake word, over at most three linking words or definite titles ("بل سميّه
    /// المهندس خالد"): another man of the same name, whom the index joined to the person; what is said of him is nobody's known.
    /// </summary>
    private bool NamesakeIntroduced(DocumentIndex index, int mention)
    {
        if (mention < 0)
        {
            return false;
        }

        var first = index.FirstTokenOf(index.Document.Entities[mention].Span);
        var (ss, _) = index.SentenceTokens(index.Tokens[first].Sentence);
        for (var k = first - 1; k >= ss && k >= first - 4; k--)
        {
            var t = index.Tokens[k];
            if (NamesakeWords.Contains(t.Norm) || NamesakeWords.Contains(t.Base))
            {
                return true;
            }

            if (!KinGapWord(index, k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Child nouns with a possessive pronoun that may stand inside a mention the tagger ran on ("سيف بن حمد ابنه حمد"), normalized.</summary>
    private static readonly FrozenSet<string> PronounChildWords =
        new[] { "ابنه", "ابنته", "ابنها", "ابنتها", "نجله", "نجلها" }.Select(w => Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the mention of <paramref name="main"/> in the trigger's clause runs a nasab on into a child noun and the child's name ("ولد
    /// لسيف بن حمد ابنه حمد": the tagger read "سيف بن حمد ابنه حمد" as one person): the birth (death) told is the child's, who has no mention of
    /// his own, never the father's whose name opens the mention (round 19, issue 19b).
    /// </summary>
    private static bool NasabRunIntoChild(DocumentIndex index, int main, int trigger)
    {
        var (cs, ce) = index.ClauseOf(trigger);
        for (var k = cs; k < ce; k++)
        {
            var m = index.MentionAtToken(k);
            if (m < 0 || (k > cs && index.MentionAtToken(k - 1) == m) || index.Document.Entities[m].Cluster != main)
            {
                continue;
            }

            var end = Math.Min(index.EndTokenOf(index.Document.Entities[m].Span), ce);
            var nasab = false;
            for (var t = k + 1; t + 1 < end; t++)
            {
                var n = index.Tokens[t].Norm;
                nasab |= n is "بن" or "ابن" or "بنت";
                // The written pronoun, not a folded tā' marbūṭa ("ابنة" in construct is no "his son").
                if (nasab && PronounChildWords.Contains(index.SourceNorm(t)) && EndsWithPronoun(index, t))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
