using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Entities;

public sealed partial class EntityRecognizer
{
    /// <summary>
    /// Splits the tagger's person chunks at a conjunction that opens a second name (round 16): in a list of persons the
    /// conjunction و is written on the next person's first word ("أندريه غلوكسمان وبرنار هنري ليفي"، "محمد بن علي وأحمد بن
    /// يحيى"), and no Arabic name carries it inside: a word inside a person's chunk that is و + a word the training text
    /// reads mostly as a person's name begins another person. The word with its و must not itself be such a name (وليد،
    /// وائل، وديع are given names that begin with the letter و, not with the conjunction). The adjacent-person join
    /// (<see cref="ExtendNames"/>) does not join across a conjunction, so the two names stay apart. Chunks are split in
    /// place, in order.
    /// </summary>
    internal static void SplitPersonsAtConjunction(List<(int Start, int End, int Type)> chunks, List<NerWord> words, WordStats stats)
    {
        for (var c = chunks.Count - 1; c >= 0; c--)
        {
            var (start, end, type) = chunks[c];
            if (type != 0 || end - start < 2)
            {
                continue;
            }

            for (var i = end - 1; i > start; i--)
            {
                var t = words[i].Token;
                if (t.Kind != TokenKind.Arabic || (t.Clitics & Proclitics.Wa) == 0 || t.NormBase.Length < 3
                    || !IsMostlyPersonName(stats.Of(t.NormBase)) || IsMostlyPersonName(stats.Of(t.Norm))
                    || BeginsLikeATransliteratedW(t.NormBase, words[i].Surface.Span))
                {
                    continue;
                }

                chunks[c] = (start, i, type);
                chunks.Insert(c + 1, (i, end, type));
                end = i;
            }
        }

        // A foreign name that begins with W is written و + a long vowel (ويليامز، واغا، ويسلي، وودز): the clitic analysis, in the
        // training text as here, reads its و as the conjunction, so the statistics of the rest say nothing. An Arabic name
        // after the conjunction that begins with alef carries its hamza (وأحمد، وإبراهيم); one that begins with ي (ويوسف،
        // ويحيى) is left joined: the rule gives up those rather than cut a foreign name in two.
        static bool BeginsLikeATransliteratedW(ReadOnlySpan<char> b, ReadOnlySpan<char> surface)
        {
            if (b[0] is '\u064A' or '\u0648')
            {
                return true;
            }

            if (b[0] != '\u0627')
            {
                return false;
            }

            // The letter after the conjunction's و in the written word: hamza on or under alef, or madda, marks an Arabic name.
            var at = surface.IndexOf('\u0648') + 1;
            while (at > 0 && at < surface.Length && surface[at] is >= '\u064B' and <= '\u0652')
            {
                at++; // the conjunction's vowel (وَأحمد)
            }

            return at <= 0 || at >= surface.Length || surface[at] is not ('\u0623' or '\u0625' or '\u0622');
        }

        // Label code (WordStats.LabelCodeOf): 1 + 10·(dominant type + 1) + 2·(share in fifths) + (seen three times or more);
        // a person's name dominant (type 0 → tens digit 1) in about 40% of the word's occurrences or more (share ≥ 2 of 4).
        static bool IsMostlyPersonName(WordStat s) => s.LabelCode > 10 && (s.LabelCode - 1) / 10 == 1 && ((s.LabelCode - 1) % 10) / 2 >= 2;
    }
}
