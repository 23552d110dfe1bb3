using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 23 (issue #12, 23w): world knowledge behind name-anomaly and anachronism, both ways — a known work given whole to another
/// known person made its maker ("صاحب «…»"، "مؤلف «…»"، "مول الكتاب"، "في كتابه"، "ومن آثاره كتابه"، "ألّف … كتاب «…»"); an inner word of a
/// compound family swapped for another author's; descriptors between a making verb and the name; acts in a body before its
/// founding and office acts of a king before his accession. Full pipeline, sentences written here.
/// </summary>
public class Rules23wWorldKnowledgeTests
{
    [Theory]
    [InlineData("وقد عرفت الأوساط الأدبية الشيخ محمد عبده صاحب «طبائع الاستبداد ومصارع الاستعباد» منذ مطلع القرن.", "محمد عبده")]
    [InlineData("قرأنا في المدرسة ما كتبه أحمد شوقي مؤلف «تخليص الإبريز في تلخيص باريز» عن رحلته إلى فرنسا.", "أحمد شوقي")]
    [InlineData("وكان طه حسين صاحب كتاب «الإسلام وأصول الحكم» قد فصل من هيئة كبار العلماء.", "طه حسين")]
    [InlineData("ويذكر عباس محمود العقاد في كتابه «الاستقصا لأخبار دول المغرب الأقصى» أخبار السعديين.", "عباس محمود العقاد")]
    [InlineData("ألف المؤرخ محمد كرد علي كتاب «طبائع الاستبداد ومصارع الاستعباد» ونشره في القاهرة.", "محمد كرد علي")]
    [InlineData("ومن آثار المؤرخ محمد كرد علي كتابه «كارثة فلسطين» الذي طبع في عمان.", "محمد كرد علي")]
    [InlineData("وذكر شكري القوتلي، صاحب «إتحاف أهل الزمان»، أن البلاد عانت كثيرا.", "شكري القوتلي")]
    [InlineData("الأستاذ طه حسين هو مول الكتاب المشهور «خطط الشام» اللي كيقراوه الطلبة.", "طه حسين")]
    public void AKnownWorkGivenWholeToAnotherKnownPersonIsASlip(string text, string evidence)
    {
        FiresAt(text, "name-anomaly", evidence);
        Assert.All(Flags(text, "name-anomaly"), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    // The authors' own names.
    [InlineData("وقد عرفت الأوساط الأدبية الشيخ عبد الرحمن الكواكبي صاحب «طبائع الاستبداد ومصارع الاستعباد» منذ مطلع القرن.")]
    [InlineData("ويذكر أحمد بن خالد الناصري في كتابه «الاستقصا لأخبار دول المغرب الأقصى» أخبار السعديين.")]
    [InlineData("ومن آثار المؤرخ عبد الله التل كتابه «كارثة فلسطين» الذي طبع في القاهرة.")]
    [InlineData("رأس المجمع العلمي العربي محمد كرد علي صاحب «خطط الشام» سنين طويلة.")]
    // A reader, a translator, a critic, a giver: no maker relation right after the name.
    [InlineData("ورد الشيخ محمد عبده على صاحب «الإسلام وأصول الحكم» في مقالة طويلة.")]
    [InlineData("وقد ترجم طه حسين إلى الفرنسية كتاب «تخليص الإبريز في تلخيص باريز» في شبابه.")]
    [InlineData("وقد قرأ أحمد شوقي كتاب «طبائع الاستبداد ومصارع الاستعباد» وأعجب به.")]
    [InlineData("وقد نقل عباس محمود العقاد عن كتاب «الاستقصا لأخبار دول المغرب الأقصى» أخبار السعديين.")]
    [InlineData("وأهدى رفاعة الطهطاوي محمد عبده كتابه «تخليص الإبريز في تلخيص باريز» في زيارته.")]
    [InlineData("ومن الكتب التي أثرت في محمد عبده «طبائع الاستبداد ومصارع الاستعباد» وغيره.")]
    // A singer in a sentence of song; a longer name, another man.
    [InlineData("وغنى محمد عبده صاحب الصوت الشجي قصيدة «أقوم المسالك في معرفة أحوال الممالك» في حفل.")]
    [InlineData("وللشيخ أحمد محمد عبده صاحب «الإسلام وأصول الحكم» مقالات في الصحف.")]
    public void TheAuthorOrAPersonNotMadeTheMakerStaysSilent(string text)
        => Assert.Empty(Flags(text, "name-anomaly"));

    [Theory]
    // Kurd Ali's book, an inner word of his compound family swapped for Khalil Mardam's.
    [InlineData("رأس المجمع العلمي العربي محمد مردم علي صاحب «خطط الشام» سنين طويلة.", "محمد مردم علي")]
    // Khalil Mardam's anthem, a descriptor between the verb and the name, another family name.
    [InlineData("نظم الشاعر خليل الحلبي النشيد السوري «حماة الديار» في الثلاثينيات.", "خليل الحلبي")]
    public void ASwappedOrForeignFamilyBesideTheWorkIsASlip(string text, string evidence)
        => FiresAt(text, "name-anomaly", evidence);

    [Theory]
    [InlineData("نظم الشاعر خليل مردم بك النشيد السوري «حماة الديار» في الثلاثينيات.")]
    [InlineData("ووضع محمد فليفل لحن «حماة الديار» وصار النشيد على كل لسان.")]
    public void TheAnthemsOwnMakersStaySilent(string text)
        => Assert.Empty(Flags(text, "name-anomaly"));

    [Theory]
    // The Sadiki College (1875) and al-Azhar's faculty of medicine (1961) before their founding.
    [InlineData("في سنة 1860 درس الشاب في المدرسة الصادقية بتونس على شيوخها.")]
    [InlineData("وفي سنة 1955 تخرج الطبيب في كلية الطب بجامعة الأزهر وعمل في الريف.")]
    // King Hussein's office acts before his accession (1952).
    [InlineData("وفي سنة 1950 أصدر الملك الحسين بن طلال أمرا بتعيين قائد جديد للجيش.")]
    [InlineData("وفي سنة 1950 عين الملك الحسين بن طلال قائدا جديدا للجيش.")]
    public void AnActBeforeTheFoundingOrTheAccessionIsAnAnachronism(string text)
        => Assert.NotEmpty(Flags(text, "anachronism"));

    [Theory]
    [InlineData("في سنة 1880 درس الشاب في المدرسة الصادقية بتونس على شيوخها.")]
    [InlineData("وفي سنة 1970 تخرج الطبيب في كلية الطب بجامعة الأزهر وعمل في الريف.")]
    [InlineData("وفي سنة 1960 أصدر الملك الحسين بن طلال أمرا بتعيين قائد جديد للجيش.")]
    // A king's birth and schooling under his later title.
    [InlineData("ولد الملك الحسين بن طلال سنة 1935 في عمان، ودرس في كلية فيكتوريا بالإسكندرية.")]
    [InlineData("ولد السلطان قابوس بن سعيد سنة 1940 في صلالة، وتعلم في بريطانيا.")]
    [InlineData("ولد الملك الحسن الثاني عام 1929 في الرباط، وتلقى تعليمه في المدرسة المولوية.")]
    public void AnActAfterTheFoundingOrALifeEventUnderTheLaterTitleStaysSilent(string text)
        => Assert.Empty(Flags(text, "anachronism"));
}
