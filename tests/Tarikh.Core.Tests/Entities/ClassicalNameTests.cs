using Tarikh.Core.Entities.Clustering;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Names;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>The classical-name grammar, the chain pass, the chain keys of clusters, and the group names.</summary>
public class ClassicalNameTests
{
    private static readonly GroupNames Groups = NerLexicon.LoadDefault().Groups;

    private static Token[] Tokens(string sentence) => [.. sentence.Split(' ').Select(w => NerWord.FromRaw(w).Token)];

    private static string[] Words(string sentence) => [.. sentence.Split(' ').Select(w => NerWord.FromRaw(w).Token.Norm)];

    private static bool NotFunction(string[] words, int j) => words[j][^1] != FunctionWords.AlefMaksura && words[j] is not ("في" or "سنه" or "عام");

    /// <summary>Runs the chain pass on one sentence with the given chunks; returns the resulting chunks as text.</summary>
    private static List<string> Pass(string sentence, params (int Start, int End, int Type)[] chunks)
    {
        var raw = sentence.Split(' ');
        var words = Words(sentence);
        return [.. NameChainPass.Apply(words, chunks, j => NotFunction(words, j)).Select(c => $"{c.Type}:{string.Join(' ', raw[c.Start..c.End])}")];
    }

    [Theory]
    [InlineData("استولى الصليبيون على القدس", "الصليبيون", "people")]
    [InlineData("وقاتل العباسيين في خراسان", "العباسيين", "dynasty")]
    [InlineData("وانتصر الفرس على الروم", "الفرس", "people")]
    [InlineData("ثم زحف بنو هلال إلى إفريقية", "بنو هلال", "tribe")]
    [InlineData("سقطت دولة بني أمية سنة 132", "بني أمية", "dynasty")]
    [InlineData("وصل الأمريكيون إلى بغداد", "الأمريكيون", "people")]
    [InlineData("وهاجم الأمريكيين", "الأمريكيين", "people")]
    [InlineData("واختلف الشيعة والمعتزلة", "الشيعة", "religion")]
    public void AGroupIsFound(string sentence, string name, string kind)
    {
        var raw = sentence.Split(' ');
        var hits = Groups.Match(Tokens(sentence));
        Assert.Contains(hits, h => string.Join(' ', raw[h.Start..(h.Start + h.Length)]) == name && h.Kind == kind);
    }

    [Theory]
    [InlineData("ركب فرس أبيه")] // فرس is a horse: the list gives الفرس (the Persians) with its article
    [InlineData("بني المسجد في عهده")] // بني the verb "was built": only بنو or listed pairs
    [InlineData("ضم الروس شبه جزيرة القرم")] // القرم is Crimea, not "the Crimeans"
    [InlineData("قال الفيزيائيون إن الضوء موجة")] // an occupation is no people
    public void NoGroupIsFound(string sentence)
    {
        var raw = sentence.Split(' ');
        var hits = Groups.Match(Tokens(sentence));
        Assert.DoesNotContain(hits, h => raw[h.Start] is "فرس" or "بني" or "القرم" or "الفيزيائيون");
    }

    [Theory]
    [InlineData("قال أبو عبد الله محمد بن موسى الخوارزمي إن", 4, 5, "0:أبو عبد الله محمد بن موسى الخوارزمي")]
    [InlineData("وتوج شارل الخامس إمبراطورا", 1, 2, "0:شارل الخامس")]
    [InlineData("وتولى لويس الرابع عشر الحكم", 1, 2, "0:لويس الرابع عشر")]
    [InlineData("وعاصر علي بن أبي طالب", 1, 2, "0:علي بن أبي طالب")]
    public void APersonTakesTheRestOfItsChain(string sentence, int start, int end, string expected)
        => Assert.Equal([expected], Pass(sentence, (start, end, 0)));

    [Theory]
    [InlineData("قال محمد في كتابه", 1, 2, "0:محمد")]
    [InlineData("التقى محمد ثم عاد", 1, 2, "0:محمد")]
    public void APersonWithoutAChainStaysAsItIs(string sentence, int start, int end, string expected)
        => Assert.Equal([expected], Pass(sentence, (start, end, 0)));

    [Fact]
    public void ATitleBeforeARegnalNameMakesAPersonWithoutTheTitle()
        => Assert.Equal(["0:المتوكل على الله"], Pass("بويع الخليفة المتوكل على الله في سامراء"));

    [Fact]
    public void ACompoundLaqabAloneIsAPerson()
        => Assert.Equal(["0:صلاح الدين"], Pass("وحاصر صلاح الدين المدينة"));

    [Fact]
    public void AReligiousPhraseIsNoLaqab()
        => Assert.Empty(Pass("وتحدث في أمور الدين والدنيا"));

    [Theory]
    [InlineData("خطب الملك في الناس", 1, 2)]
    [InlineData("كان الأول في صفه", 1, 2)]
    public void ATitleOrAnOrdinalAloneIsNoPerson(string sentence, int start, int end)
        => Assert.Empty(Pass(sentence, (start, end, 0)));

    [Fact]
    public void AChainIsNamedAgainByItsNisbaKunyaAndNasab()
    {
        var forms = NameChainKeys.ShortForms(Words("أبو عبد الله محمد بن موسى الخوارزمي")).Select(f => string.Join(' ', f)).ToList();
        Assert.Contains(Words("الخوارزمي")[0], forms);
        Assert.Contains(string.Join(' ', Words("أبو عبد الله")), forms);
        Assert.Contains(string.Join(' ', Words("محمد بن موسى")), forms);
        Assert.Contains(string.Join(' ', Words("محمد الخوارزمي")), forms);
        Assert.DoesNotContain(Words("موسى")[0], forms);
    }

    [Fact]
    public void ALaqabAndARegnalNameAreShortForms()
    {
        var saladin = NameChainKeys.ShortForms(Words("الناصر صلاح الدين يوسف بن أيوب")).Select(f => string.Join(' ', f)).ToList();
        Assert.Contains(string.Join(' ', Words("صلاح الدين")), saladin);
        Assert.Contains(string.Join(' ', Words("يوسف بن أيوب")), saladin);
        var mutawakkil = NameChainKeys.ShortForms(Words("جعفر المتوكل على الله")).Select(f => string.Join(' ', f)).ToList();
        Assert.Contains(string.Join(' ', Words("المتوكل على الله")), mutawakkil);
    }

    [Fact]
    public void AFathersNameIsNotThePersonsOwn()
    {
        var own = NameChainKeys.OwnWords(Words("يوسف بن أيوب الدويني"));
        Assert.Equal([true, false, false, true], own);
        Assert.All(NameChainKeys.OwnWords(Words("فلاديمير إيليتش لينين")), Assert.True);
    }

    [Theory]
    [InlineData("بن", NameRole.Link)]
    [InlineData("أبو", NameRole.Kunya)]
    [InlineData("الدين", NameRole.LaqabTail)]
    [InlineData("بالله", NameRole.Regnal)]
    [InlineData("السابع", NameRole.Ordinal)]
    [InlineData("الخليفة", NameRole.Title)]
    [InlineData("البغدادي", NameRole.Nisba)]
    [InlineData("الذي", NameRole.None)]
    [InlineData("العربي", NameRole.None)]
    [InlineData("القاهرة", NameRole.None)]
    public void EachWordHasItsRole(string word, NameRole role)
        => Assert.Equal(role, ClassicalNames.RoleOf(ArabicNormalizer.Default.NormalizeString(word)));

    [Fact]
    public void AFathersRegnalNameIsNoShortFormOfTheSon()
    {
        var forms = NameChainKeys.ShortForms(Words("جعفر المتوكل على الله بن المعتصم بالله")).Select(f => string.Join(' ', f)).ToList();
        Assert.Contains(Words("المتوكل")[0], forms);
        Assert.DoesNotContain(Words("المعتصم")[0], forms);
        Assert.DoesNotContain(string.Join(' ', Words("المعتصم بالله")), forms);
    }

    [Fact]
    public void ACompoundLaqabTypedAsAPlaceIsAPerson()
    {
        var words = Words("وكان معه الظاهر ركن الدين بيبرس");
        var result = NameChainPass.Apply(words, [(3, 5, 1)], j => NotFunction(words, j));
        Assert.Equal([(3, 5, 0)], result);
    }

    [Fact]
    public void AVerbWrittenWithAlefMaksuraIsNoHouseHead()
    {
        var tokens = Tokens("وبنى قائدهم جوهر مدينة القاهرة");
        Assert.Empty(Groups.Match(tokens, j => j == 0));
        Assert.Single(Groups.Match(Tokens("وحارب بنو هلال")));
    }

    [Theory]
    [InlineData("الملك", true)]
    [InlineData("بالله", true)]
    [InlineData("الله", true)]
    [InlineData("الرابع عشر", true)]
    [InlineData("عبد الله", false)]
    [InlineData("أبو بكر", false)]
    [InlineData("المنتصر بالله", false)]
    public void OnlyCueWordsAreNoPerson(string name, bool only)
        => Assert.Equal(only, ClassicalNames.IsOnlyCueWords(Words(name)));
}
