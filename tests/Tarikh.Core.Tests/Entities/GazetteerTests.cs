using CsCheck;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Segmentation;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>Phrase matching of the gazetteers: longest match, clitics, article, and a reference check.</summary>
public class GazetteerTests
{
    private static readonly Gazetteer Names = new([
        ("جامعة الدول العربية", "international"),
        ("جامعة القاهرة", "university"),
        ("الأمم المتحدة", "international"),
        ("دينامو كييف", "club"),
        ("كييف", "city"),
    ]);

    private static Token[] Tokens(string sentence) => [.. sentence.Split(' ').Select(w => NerWord.FromRaw(w).Token)];

    [Fact]
    public void TheModelProvenanceHashesEveryEmbeddedListOfTheEntityStage()
    {
        const string prefix = "Tarikh.Core.Entities.Data.";
        var embedded = typeof(NerLexicon).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Select(n => n[prefix.Length..]).Order(StringComparer.Ordinal);
        Assert.Equal(embedded, NerLexicon.DefaultFiles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheLongestPhraseWins()
    {
        var hit = Assert.Single(Names.Match(Tokens("فاز دينامو كييف أمس")));
        Assert.Equal((1, 2, "club"), (hit.Start, hit.Length, hit.Kind));
    }

    [Fact]
    public void AProclicticOnTheFirstWordAndTheArticleAreAllowed()
    {
        var hit = Assert.Single(Names.Match(Tokens("قرار للأمم المتحدة")));
        Assert.Equal((1, 2, "international"), (hit.Start, hit.Length, hit.Kind));
    }

    [Fact]
    public void APrefixOfAPhraseIsNotAMatch()
    {
        Assert.Empty(Names.Match(Tokens("اجتماع جامعة الدول الأسبوع المقبل")));
    }

    [Fact]
    public void MatchingAgreesWithTryingEveryLengthLongestFirst()
    {
        string[] vocabulary = ["جامعة", "الدول", "العربية", "القاهرة", "الأمم", "المتحدة", "دينامو", "كييف", "في", "وكييف", "للأمم"];
        Gen.Int[0, vocabulary.Length - 1].Array[0, 12].Sample(picks =>
        {
            var tokens = Tokens(string.Join(' ', picks.Select(p => vocabulary[p])));
            var expected = new List<GazetteerHit>();
            for (var i = 0; i < tokens.Length;)
            {
                GazetteerHit? found = null;
                for (var len = Math.Min(Names.MaxWords, tokens.Length - i); len >= 1 && found is null; len--)
                {
                    for (var k = tokens[i].CliticCount; k >= 0 && found is null; k--)
                    {
                        var words = new[] { tokens[i].BaseCandidate(k).ToString() }.Concat(tokens.Skip(i + 1).Take(len - 1).Select(t => t.Norm));
                        if (Names.KindOf(string.Join(' ', words)) is { } kind)
                        {
                            found = new GazetteerHit(i, len, kind);
                        }
                    }
                }

                if (found is { } f)
                {
                    expected.Add(f);
                    i += f.Length;
                }
                else
                {
                    i++;
                }
            }

            Assert.Equal(expected, Names.Match(tokens));
        });
    }
}
