using CsCheck;
using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Names;
using Tarikh.Core.Normalization;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// Round 10 of issue #18: the entity stage's helpers that look names up by span, reuse scratch lists and size tables
/// ahead answer exactly as the string-building code they replaced, and the passes that allocated per mention or per
/// sentence no longer do.
/// </summary>
public class EntityAllocationTests
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(new TarikhResources());
    private static readonly string[] Pieces = ["", " ", "ال", "لينين", "فلاديمير", "ا", "ب ج", "  "];
    private static readonly Gen<string[]> WordArrays = Gen.Int[0, Pieces.Length - 1].Array[0, 4].Select(ix => ix.Select(i => Pieces[i]).ToArray());

    [Fact]
    public void JoinedWordsAreTheJoinedString()
    {
        // CsCheck samples on several threads: each sample has its own scratch (grown as needed from two chars).
        WordArrays.Sample(words =>
        {
            var scratch = new char[2];
            Assert.Equal(string.Join(' ', words), WordLists.Joined(words, ref scratch).ToString());
        }, iter: 5_000);
    }

    [Fact]
    public void MentionsAreTheSameNameAndTypeExactlyWhenTheirKeysAndTypesAre()
    {
        var mentions = Gen.Select(WordArrays, Gen.Int[0, 1]).Select((w, t) => new MentionDraft(0, 1, t, new TextSpan(0, 1), w, 0.5, MentionSource.Tagger));
        Gen.Select(mentions, mentions).Sample((a, b) =>
        {
            var same = a.Key == b.Key && a.Type == b.Type;
            Assert.Equal(same, WordLists.NameAndType.Equals(a, b));
            if (same)
            {
                Assert.Equal(WordLists.NameAndType.GetHashCode(a), WordLists.NameAndType.GetHashCode(b));
            }
        }, iter: 20_000);
    }

    [Fact]
    public void NormalizingIntoABufferWritesWhatNormalizeStringReturns()
    {
        var normalizer = ArabicNormalizer.Default;
        var chars = Gen.OneOf(Gen.Char['\u0600', '\u06FF'], Gen.Char['\uFB50', '\uFEFF'], Gen.Char[' ', '~']);
        chars.Array[0, 300].Select(c => new string(c)).Sample(text =>
        {
            var buffer = new char[normalizer.NormalizedLength(text)];
            Assert.Equal(buffer.Length, normalizer.NormalizeInto(text, buffer));
            Assert.Equal(normalizer.NormalizeString(text), new string(buffer));
        }, iter: 3_000);
    }

    [Theory]
    [InlineData("القاهرة")]
    [InlineData("  القَاهرة ")]
    [InlineData("سانت بطرسبرغ")]
    [InlineData("كلمة لا تسمي مكانا")]
    [InlineData("")]
    public void APlaceKindLookedUpByItsCharactersIsTheKindOfItsString(string phrase)
    {
        var places = NerLexicon.LoadDefault().Places;
        Assert.Equal(places.KindOf(phrase), places.KindOf(phrase.AsSpan()));
    }

    [Fact]
    public void APlaceKindLongerThanTheStackBufferIsLookedUpToo()
    {
        var places = NerLexicon.LoadDefault().Places;
        var phrase = string.Concat(Enumerable.Repeat("القاهرة ", 60));
        Assert.Equal(places.KindOf(phrase), places.KindOf(phrase.AsSpan()));
    }

    [Fact]
    public void EachProcliticSpanIsTheOneTheIteratorGives()
    {
        var doc = Foundation.Run(new SourceText("وبالقاهرة وللبنك والكتاب فسيكتب ولد في دمشق."));
        var checkedAny = false;
        foreach (var t in doc.Tokens)
        {
            var spans = t.CliticSpans(doc.Normalized!).Select(c => c.Span).ToList();
            for (var k = 1; k <= spans.Count; k++)
            {
                Assert.Equal(spans[k - 1], t.CliticSpan(doc.Normalized!, k));
                checkedAny = true;
            }

            Assert.Null(t.CliticSpan(doc.Normalized!, spans.Count + 1));
            Assert.Null(t.CliticSpan(doc.Normalized!, 0));
        }

        Assert.True(checkedAny);
    }

    [Fact]
    public void TheNameChainPassesReuseTheirScratchFromSentenceToSentence()
    {
        // The second sentence through the same scratch allocates nothing: no list, copy or word array per sentence.
        string[] words = ["قال", "الخليفة", "المتوكل", "على", "الله", "في", "بغداد"];
        (int, int, int)[] chunks = [(2, 3, 1), (6, 7, 1)];
        Func<int, bool> isName = j => j != 0 && j != 5;
        var tokens = Foundation.Run(new SourceText(string.Join(' ', words))).Tokens.AsSpan()[..words.Length];
        var scratch = new ChunkScratch();
        var expected = OrganizationHeadPass.Apply(tokens, NameChainPass.Apply(words, chunks, isName));
        var first = OrganizationHeadPass.Apply(tokens, NameChainPass.Apply(words, chunks, isName, scratch), scratch);
        Assert.Equal(expected, first);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var second = OrganizationHeadPass.Apply(tokens, NameChainPass.Apply(words, chunks, isName, scratch), scratch);
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(expected, second);
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void TypeVotingAllocatesNoStringPerRepeatedName()
    {
        // 2,000 mentions of four three-word names: the votes are counted per name, not per mention (a joined key of about
        // 70 bytes and a slot of 8 per mention before); what is left is the result list (8 bytes a mention) and the table,
        // sized ahead at two thirds of the mention count (about 29 bytes a mention).
        string[][] names = [["فلاديمير", "إيليتش", "لينين"], ["ليف", "نيكولايفيتش", "تولستوي"], ["مكسيم", "ألكسيفيتش", "غوركي"], ["سانت", "بطرسبرغ", "القديمة"]];
        var mentions = Enumerable.Range(0, 2000).Select(i => new MentionDraft(i, i + 1, i % 4 == 3 ? 1 : 0, new TextSpan(i, i + 1), names[i % 4], 0.9, MentionSource.Tagger)).ToList();
        EntityRecognizer.VoteTypes(mentions); // warm up
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = EntityRecognizer.VoteTypes(mentions);
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(mentions, result);
        Assert.True(bytes < 2000 * 52, $"{bytes} bytes for 2,000 mentions");
    }
}
