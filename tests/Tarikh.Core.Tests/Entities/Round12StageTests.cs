using Tarikh.Core.Entities;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// Round 12 (issue #14): what the entity stage read as a name where the words read otherwise — a nationality adjective
/// in parentheses taken for a second name, a person's "alias" that is only an ordinal, a listed place that is a relational
/// adjective or a verb where it stands, and بُني "was built" read as a house. Sentences written for these tests, the whole
/// stage run on them, both ways; every output through <see cref="SpanAssert"/>.
/// </summary>
public class Round12StageTests
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(new TarikhResources());
    private static readonly EntityStage Stage = new(EntityResources.LoadDefault());

    private static List<(string Text, string Label)> Entities(string text)
    {
        var doc = Stage.Run(Foundation.Run(new SourceText(text)));
        SpanAssert.Document(doc);
        SpanAssert.Spans(doc.Source, doc.Entities.Select(e => e.Span), "entities", disjoint: true);
        return [.. doc.Entities.Select(e => (e.Text, e.Label))];
    }

    [Theory]
    [InlineData("وتواصلت الاشتباكات بقوة في العاصمة بغداد ( الفرنسية ) .", "الفرنسية")] // a news agency's credit
    [InlineData("وقال المتحدث إن الهدنة صمدت في مدينة حلب ( الفرنسية ) .", "الفرنسية")]
    [InlineData("وألقى الفيزيائي فيرنر هايزنبرغ (الألماني) محاضرة في الجامعة.", "الألماني")] // a nationality, no alias
    public void ANationalityAdjectiveInParenthesesIsNoSecondName(string text, string adjective)
        => Assert.DoesNotContain(Entities(text), e => e.Text == adjective);

    [Fact]
    public void AShortNameInParenthesesStaysASecondName()
        => Assert.Contains(Entities("انضم الحزب إلى المنظمة العالمية للشيوعية (الكومنترن) في ذلك العام."), e => e.Text == "الكومنترن");

    [Theory]
    [InlineData("فاز اللاعب راؤول غونزاليس بالبطولة مع فريقه، وكان لقبه الأول في ذلك الموسم.", "الأول")]
    [InlineData("تسلم السلطان سليم الحكم بعد أبيه، وكان لقبه الثاني في الروايات ضعيفا.", "الثاني")]
    public void AnAliasThatIsOnlyAnOrdinalIsNoName(string text, string ordinal)
        => Assert.DoesNotContain(Entities(text), e => e.Text == ordinal);

    [Fact]
    public void ANameGivenAfterHisNameIsStaysEvenWhenItIsATitleWord()
        => Assert.Contains(Entities("عاش أحمد بن علي في القاهرة، وكان له حفيد آخر هو عسكري متقاعد اسمه سلطان ."), e => e.Text == "سلطان" && e.Label == EntityLabels.Person);

    [Fact]
    public void ADeclaredAliasThatIsANameStays()
        => Assert.Contains(Entities("تولى عمر بن الخطاب الخلافة بعد أبي بكر، وكان لقبه الفاروق."), e => e.Text == "الفاروق");

    [Theory]
    [InlineData("ويتمتع البنك بحجم وقوة مركز مالي وتاريخ طويل من الأداء المتميز.", "مالي")] // a financial centre
    [InlineData("وقدمت الحكومة دعم مالي كبير للمزارعين هذا العام.", "مالي")]
    [InlineData("ونجد أن الأمر مختلف بعض الشيء عند المقارنة بالعام الماضي.", "نجد")] // and we find that
    public void AListedPlaceThatReadsOtherwiseIsNoPlace(string text, string word)
        => Assert.DoesNotContain(Entities(text), e => e.Text.EndsWith(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("وصل الجنود الفرنسيون إلى مالي في الربيع الماضي.", "مالي")] // after a preposition
    [InlineData("واندلعت اشتباكات جديدة في شمال مالي أمس.", "مالي")] // a noun that governs a place
    [InlineData("وسافر الأمير إلى نجد في العام التالي مع أتباعه.", "نجد")]
    [InlineData("وتقع الرياض في نجد وسط الجزيرة العربية.", "نجد")]
    public void AListedPlaceStaysAPlace(string text, string word)
        => Assert.Contains(Entities(text), e => e.Text == word && e.Label == EntityLabels.Location);

    [Fact]
    public void BuiltBeforeAnAdverbIsNoHouse()
        => Assert.DoesNotContain(Entities("وهو نظام تشغيل بني اعتمادا على عدة أنظمة سابقة."), e => e.Label == EntityLabels.Group);

    [Fact]
    public void AHouseBeforeItsEponymStays()
        => Assert.Contains(Entities("وقاتل بني عامر جيش الخليفة."), e => e.Text == "بني عامر" && e.Label == EntityLabels.Group);
}
