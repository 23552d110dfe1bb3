using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

public sealed partial class EntityRecognizer
{
    /// <summary>
    /// A person mention that is a description, not a name: a masculine nationality adjective with the article
    /// (<see cref="IsDemonym"/>) alone ("الزعيم الجزائري"، "قصة الإيطالي الذي…") or after one or two definite words that
    /// the training text mostly saw outside person names — the portfolio or institution a title governs ("وزير الدفاع
    /// السوداني"، "وزير الخارجية المصري"، "أمام القضاء الأمريكي"), left as a "person" once the title is dropped. A
    /// lone adjective stays when the document holds a longer person name ending in it (its short form: "عبد القادر
    /// الجزائري" … "الجزائري"), unless it follows a definite word outside any name that it agrees with ("الشعب
    /// الجزائري"); a word the person lists hold, or one the training text saw mostly in person names (الحسن), keeps
    /// the mention. The descriptions are taken out of the list in place; the list is returned. <paramref name="tokenFlags"/>,
    /// when given, is a free array of one flag per token to use for the covered tokens (its contents are overwritten).
    /// </summary>
    internal List<MentionDraft> WithoutDescriptions(AnalyzedDocument doc, List<MentionDraft> mentions, bool[]? tokenFlags = null)
    {
        HashSet<string>? lastWords = null;
        var tokens = doc.Tokens;
        var stats = _resources.Tagger.Model.Stats;
        var names = _resources.Lexicon.Names;
        static bool Definite(Token t) => (t.Clitics & Proclitics.Al) != 0 || t.NormBase.StartsWith("\u0627\u0644", StringComparison.Ordinal);
        bool Description(MentionDraft m)
        {
            var length = m.EndToken - m.FirstToken;
            if (m.Type != 0 || length > 3 || m.Words.Length != length || !IsDemonym(tokens[m.EndToken - 1]))
            {
                return false;
            }

            for (var j = m.FirstToken; j < m.EndToken - 1; j++)
            {
                var t = tokens[j];
                var code = stats.Of(FeatureBase(t)).LabelCode;
                if (t.Kind != TokenKind.Arabic || !Definite(t) || code == 0 || (code - 1) / 10 == 1 || names.KindOf(m.Words[j - m.FirstToken]) is not null)
                {
                    return false;
                }
            }

            if (length > 1)
            {
                return true;
            }

            // An adjective agreeing with the definite noun before it, outside any name ("الشعب الجزائري"، "الملاح
            // الإيطالي"), describes that noun whatever names the document holds.
            var previous = m.FirstToken - 1;
            if (previous >= 0 && tokens[previous].Sentence == tokens[m.FirstToken].Sentence && tokens[previous].Kind == TokenKind.Arabic && Definite(tokens[previous])
                && names.KindOf(tokens[previous].Norm) is null && !Covered(previous))
            {
                return true;
            }

            if (lastWords is null)
            {
                lastWords = new HashSet<string>(StringComparer.Ordinal);
                foreach (var other in mentions)
                {
                    if (other.Type == 0 && other.Words.Length > 1)
                    {
                        lastWords.Add(other.Words[^1]);
                    }
                }
            }

            return !lastWords.Contains(m.Words[0]);
        }

        // Tokens inside a mention, marked once when first asked (one pass over the mentions, not one per question).
        bool[]? covered = null;
        bool Covered(int token)
        {
            if (covered is null)
            {
                if (tokenFlags is not null && tokenFlags.Length == tokens.Length)
                {
                    covered = tokenFlags;
                    Array.Clear(covered);
                }
                else
                {
                    covered = new bool[tokens.Length];
                }

                foreach (var other in mentions)
                {
                    for (var t = other.FirstToken; t < other.EndToken && t < covered.Length; t++)
                    {
                        covered[t] = true;
                    }
                }
            }

            return covered[token];
        }

        // Every question is asked of the whole list (its last words and covered tokens are read on first need), so the
        // descriptions are only noted here and taken out of the list in place afterwards (no second list).
        List<int>? dropped = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (Description(mentions[k]))
            {
                (dropped ??= []).Add(k);
            }
        }

        if (dropped is not null)
        {
            var write = dropped[0];
            for (int k = write, d = 0; k < mentions.Count; k++)
            {
                if (d < dropped.Count && dropped[d] == k)
                {
                    d++;
                }
                else
                {
                    mentions[write++] = mentions[k];
                }
            }

            mentions.RemoveRange(write, mentions.Count - write);
        }

        return mentions;
    }
}
