using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// Round 8 (issue #14), classes found by scoring the whole entity stage in AQMAR cross-validation: a person named
/// later by the family name alone, a person's name not extended over a common word with an accusative or pronoun
/// ending, a و/ف that begins a name after a word that leaves no room for a conjunction, and the projection of the
/// stage's mentions onto CoNLL words. Each rule both ways.
/// </summary>
public class Round8NameTests
{
    private static readonly AnalysisPipeline Pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());

    private static AnalyzedDocument Run(string text)
    {
        var doc = Pipeline.Run(new SourceText(text));
        SpanAssert.Document(doc);
        return doc;
    }

    private static List<string> Persons(AnalyzedDocument doc)
        => doc.Entities.Where(e => e.Label == EntityLabels.Person).Select(e => e.Text).ToList();

    // Family names -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("وُلد الفيزيائي إنريكو فيرمي في روما عام 1901. وفي عام 1938 هاجر فيرمي إلى الولايات المتحدة.", "فيرمي")]
    [InlineData("أسس ريتشارد ستولمان حركة البرمجيات الحرة عام 1983. ويقول ستولمان إن البرمجيات يجب أن تكون حرة.", "ستولمان")]
    public void AFamilyNameAloneLaterIsThePerson(string text, string family)
    {
        var doc = Run(text);
        Assert.Contains(family, Persons(doc));
        var full = doc.Entities.First(e => e.Label == EntityLabels.Person && e.Text.EndsWith(family, StringComparison.Ordinal) && e.Text != family);
        var alone = doc.Entities.Last(e => e.Text == family);
        Assert.Equal(full.Cluster, alone.Cluster);
    }

    private static readonly EntityRecognizer Recognizer = new(EntityResources.LoadDefault());

    [Theory]
    [InlineData("وُلد الفيزيائي إنريكو فيرمي في روما عام 1901.", "فيرمي", true)]
    // The father's name after بن is not the person's family name.
    [InlineData("تولى يوسف بن أيوب الوزارة في مصر.", "ايوب", false)]
    // A regnal number, a nisba and a laqab are no family names (a nisba is a chain short form instead).
    [InlineData("استقبل فيصل الأول الوفد في بغداد.", "الاول", false)]
    [InlineData("ألّف محمد بن موسى الخوارزمي كتاب الجبر.", "الخوارزمي", false)]
    // ʿAlī is also the preposition على spelled with ya: never propagated alone.
    [InlineData("عاد محمد علي إلى القاهرة بعد الحملة.", "علي", false)]
    public void OnlyAFamilyNameIsPropagated(string text, string word, bool expected)
    {
        var doc = Run(text);
        var mentions = Recognizer.Recognize(doc);
        var forms = Recognizer.FamilyNamesToPropagate(doc, mentions, new HashSet<int>()).Select(f => f.Form).ToList();
        Assert.Equal(expected, forms.Contains(word));
    }

    // The rare-word extension ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("وفي موسمه الثاني أصبح راؤول مشهورا في إسبانيا كلها.", "راؤول")]
    [InlineData("وتوصل إليها ألبرت أينشتاين بشكل منفرد ونشرها عام 1915.", "ألبرت أينشتاين")]
    [InlineData("وكان صلاح الدين قبله قد دخل دمشق.", "صلاح الدين")]
    public void APersonIsNotExtendedOverACommonWord(string text, string name)
        => Assert.Contains(name, Persons(Run(text)));

    [Fact]
    public void APersonIsStillExtendedByAnUnseenForeignWord()
        => Assert.Contains("فريدريك إنجلز", Persons(Run("التقى ماركس في باريس بصديقه فريدريك إنجلز عام 1844.")));

    // A nationality adjective before a foreign name --------------------------------------------------------------

    [Theory]
    [InlineData("نجح العالم الألماني هيزنبرج في صياغة ميكانيكا المصفوفات.", "هيزنبرج")]
    [InlineData("وصف المؤرخ اليوناني هيرودوت مصر بأنها هبة النيل.", "هيرودوت")]
    [InlineData("سجل الهدف اللاعب الصربي مياتوفيتش في الدقيقة الأخيرة.", "مياتوفيتش")]
    public void ANameAfterANationalityAdjectiveIsAPerson(string text, string name)
        => Assert.Contains(name, Persons(Run(text)));

    [Theory]
    // A common word after the adjective, and an adjective that is no nationality, make no person.
    [InlineData("وقف الجيش الألماني بقوة على حدود فرنسا.", "بقوة")]
    [InlineData("أصدر المجلس التشريعي قرارا بتأجيل الانتخابات.", "قرارا")]
    public void NoPersonAfterAnAdjectiveWithoutAName(string text, string word)
        => Assert.DoesNotContain(Persons(Run(text)), p => p.Contains(word, StringComparison.Ordinal));

    // و and ف that begin a name -------------------------------------------------------------------------------------

    [Theory]
    [InlineData("وقال وسام الخطيب إن المفاوضات ستستأنف غدا.", "وسام الخطيب")]
    [InlineData("سافر الوفد مع وداد حداد إلى دمشق.", "وداد حداد")]
    [InlineData("استقبل الدكتور فؤاد شهاب الوفد في قصره.", "فؤاد شهاب")]
    public void AWawOrFaAfterAWordThatTakesNoConjunctionIsTheName(string text, string name)
        => Assert.Contains(name, Persons(Run(text)));

    [Theory]
    [InlineData("وصل الوفد إلى بيروت مساء الأحد ومحمد علي في القاهرة.", "محمد علي")]
    [InlineData("عاد الرسام إلى قريته، وجبران خليل جبران في نيويورك.", "جبران خليل جبران")]
    [InlineData("نالت جائزة نوبل عام 1903 مع زوجها وهنري بيكريل.", "هنري بيكريل")]
    public void AConjunctionAfterANounIsStillStripped(string text, string name)
        => Assert.Contains(name, Persons(Run(text)));

    // Projection of the stage onto CoNLL words ----------------------------------------------------------------------

    [Fact]
    public void TheStageProjectsMentionsOntoWholeWords()
    {
        var sentences = new List<ConllSentence>
        {
            new(["وقال", "فريد", "الأطرش", "إنه", "سيغني", "في", "القاهرة", "."], new byte[8], "doc"),
            new(["وعاد", "الأطرش", "إلى", "بيروت", "."], new byte[5], "doc"),
        };
        var (text, starts) = PipelineConll.Write(sentences);
        Assert.Equal("الأطرش", text.Substring(starts[1][1], 6));
        var doc = Run(text);
        var labels = PipelineConll.Project(sentences, starts, doc.Entities, 0);
        Assert.Equal(["O", "B-PER", "I-PER", "O", "O", "O", "B-LOC", "O"], labels[0].Select(NerLabels.Name));
        Assert.Equal("B-LOC", NerLabels.Name(labels[1][3]));
    }

    [Fact]
    public void AGroupIsProjectedAsTheGivenTypeOrLeftOut()
    {
        var sentences = new List<ConllSentence> { new(["استولى", "الصليبيون", "على", "بيت", "المقدس", "."], new byte[6], "doc") };
        var (text, starts) = PipelineConll.Write(sentences);
        var doc = Run(text);
        Assert.Contains(doc.Entities, e => e.Label == EntityLabels.Group);
        Assert.Equal("B-PER", NerLabels.Name(PipelineConll.Project(sentences, starts, doc.Entities, 0)[0][1]));
        Assert.Equal("O", NerLabels.Name(PipelineConll.Project(sentences, starts, doc.Entities, -1)[0][1]));
    }
}
