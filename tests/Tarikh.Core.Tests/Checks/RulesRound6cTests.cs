using Tarikh.Core.Checks;
using Tarikh.Core.Normalization;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 6 (issue 12, 12c): anachronism through a pronoun for the body ("لديها"، "فيها"، "له"، "أمانتها"), a unit of a state
/// ("جيش الجمهورية المصرية"), a proclaimed state and a state whose end has a cause phrase; the guards (a refounding, the making
/// of a body, a predecessor, an announcement that founds nothing); and name-anomaly's famous given name joined to another
/// famous person's family name. Each class both ways, full pipeline, sentences written here; spans checked against the text.
/// </summary>
public class RulesRound6cTests
{
    // ---- anachronism ----

    [Theory]
    // A representative to an organization (لديها) before its founding.
    [InlineData("تأسست منظمة الأقطار المصدرة للنفط في بغداد عام 1960. وكان المهندس سامي الراوي قد عُيّن ممثلا للعراق لديها عام 1955، ثم تقاعد.", "لديها")]
    // A member (فيها) of a body before its founding, Hijri dates.
    [InlineData("قامت الدولة الفاطمية سنة 297 هـ على يد عبيد الله المهدي. وكان الفقيه أبو القاسم التنوخي قد ولي الحسبة فيها سنة 280 هـ.", "فيها")]
    // The first president of a union (له), elected before the founding the text gives.
    [InlineData("اتحاد المؤرخين العرب هيئة علمية أسست في القاهرة عام 1974. وكان أول رئيس له المؤرخ حسن عثمان الذي انتخب عام 1969.", "له")]
    // A body's organ with an owner's pronoun (أمانتها).
    [InlineData("المنظمة العربية للتربية والثقافة والعلوم منظمة إقليمية تأسست في القاهرة عام 1970. وقد انتُخب التربوي كمال ناصر عضوا في أمانتها العامة عام 1964.", "أمانتها")]
    public void APronounForAFoundedBodyDatedBeforeItIsFlagged(string text, string evidence)
        => FiresAt(text, "anachronism", evidence);

    [Theory]
    // After the founding.
    [InlineData("تأسست منظمة الأقطار المصدرة للنفط في بغداد عام 1960. وكان المهندس سامي الراوي قد عُيّن ممثلا للعراق لديها عام 1965، ثم تقاعد.")]
    // The pronoun's nearest agreeing body is another one, named after the founding statement.
    [InlineData("تأسست منظمة الأقطار المصدرة للنفط عام 1960. وكان سامي الراوي قد عمل قبل ذلك في شركة نفط العراق، وعُيّن مديرا فيها عام 1950.")]
    // A founding member and the preparatory committee act before the founding.
    [InlineData("تأسست نقابة الأطباء البيطريين عام 1952. وكان الطبيب فوزي الحلبي قد شارك في تأسيسها، وعمل عام 1950 في اللجنة التحضيرية التي مهّدت لتأسيسها.")]
    // A refounding is not the founding.
    [InlineData("أُعيد تأسيس الجمعية التاريخية الأردنية عام 1990 بعد توقف طويل. وكان المؤرخ سليمان الموسى قد انتُخب عضوا فيها عام 1975.")]
    // A predecessor organization.
    [InlineData("تأسست منظمة الصحة العالمية عام 1948. وكان الطبيب علي إبراهيم قد عُيّن عام 1930 مندوبا لمصر في المكتب الدولي للصحة العامة الذي سبقها.")]
    public void APronounAfterTheFoundingOrAnotherBodyIsSilent(string text)
        => Assert.Empty(Flags(text, "anachronism"));

    [Theory]
    // An appointment in a state after the text says it ended, the end with a cause phrase and a founding in the same clause.
    [InlineData("قامت الجمهورية العربية المتحدة عام 1958 وانتهت بانفصال سوريا عام 1961. وقد عُيّن السياسي نور الدين الأتاسي عام 1963 وزيرا للداخلية في الجمهورية العربية المتحدة.", "1963")]
    // An army of a state dated before the state was proclaimed (the state untagged before its verb).
    [InlineData("خدم الضابط سمير الجندي في جيش الجمهورية التونسية عام 1950، ثم انتقل إلى الأمن. وكانت الجمهورية التونسية قد أُعلنت عام 1957 بعد إلغاء الملكية.", "1950")]
    public void AStateActOutsideTheStatesSpanIsFlagged(string text, string evidence)
        => FiresAt(text, "anachronism", evidence);

    [Theory]
    [InlineData("قامت الجمهورية العربية المتحدة عام 1958 وانتهت بانفصال سوريا عام 1961. وقد عُيّن السياسي نور الدين الأتاسي عام 1959 وزيرا للداخلية في الجمهورية العربية المتحدة.")]
    [InlineData("خدم الضابط سمير الجندي في جيش الجمهورية التونسية عام 1960، ثم انتقل إلى الأمن. وكانت الجمهورية التونسية قد أُعلنت عام 1957 بعد إلغاء الملكية.")]
    // An announcement by a country or body founds nothing ("أعلنت إيطاليا الحرب"، "أعلن الاتحاد").
    [InlineData("أعلنت إيطاليا الحرب على فرنسا في 10 يونيو 1940. وكان السفير الإيطالي قد زار القاهرة عام 1939 والتقى بملك مصر.")]
    [InlineData("أعلن الاتحاد الدولي لكرة القدم في 2010 إقامة البطولة في قطر. وكان الاتحاد الدولي لكرة القدم قد انتخب رئيسه عام 1998.")]
    public void AStateActInsideItsSpanOrAnAnnouncementIsSilent(string text)
        => Assert.Empty(Flags(text, "anachronism"));

    // ---- name-anomaly: a famous given name with another famous person's family name ----

    [Theory]
    // A Russian writer's given name with another writer's surname, in a text that names the writer meant by his surname.
    [InlineData("يعد تشيخوف من أعظم كتاب القصة القصيرة. وقد كتب الروائي أنطون دوستويفسكي مسرحية «بستان الكرز» قبل وفاته بقليل.", "أنطون دوستويفسكي")]
    // One philosopher's kunya with another's nisba.
    [InlineData("لقب الفارابي بالمعلم الثاني. وقد شرح الفيلسوف أبو نصر الغزالي كتب أرسطو في المنطق.", "أبو نصر الغزالي")]
    // A composer's given name with another composer's family name.
    [InlineData("عاش بيتهوفن في فيينا. وألّف الموسيقار لودفيج موتسارت سيمفونيته التاسعة وهو أصم تماما.", "لودفيج موتسارت")]
    public void AFamousGivenNameWithAnotherFamousFamilyNameIsFlagged(string text, string evidence)
        => FiresAt(text, "name-anomaly", evidence);

    [Theory]
    // Without the meant person named elsewhere, the same names are a note only: real text is full of real people whose
    // names join a famous given name and a famous family name.
    // (Round 7: with a listed work of the given name's owner beside it — Chekhov's «بستان الكرز» — the same join is a warning; see
    // RulesRound7bTests.)
    [InlineData("كتب الروائي أنطون دوستويفسكي مسرحية قبل وفاته بقليل.", "أنطون دوستويفسكي")]
    [InlineData("ألّف الموسيقار لودفيج موتسارت سيمفونيته التاسعة وهو أصم تماما.", "لودفيج موتسارت")]
    public void AnUncorroboratedJoinIsANoteOnly(string text, string evidence)
    {
        Assert.Empty(Flags(text, "name-anomaly"));
        Assert.Contains(Flags(text, "name-anomaly", Severity.Info), f => f.Spans.Any(s => text[s.Start..s.End].Contains(evidence, StringComparison.Ordinal)));
    }

    [Theory]
    // Spelling variants of one famous name are no join of two.
    [InlineData("أخرج المخرج مارتين سكورسيزي فيلم «سائق التاكسي».")]
    [InlineData("فاز لاعب التنس أندري أغاسي ببطولة ويمبلدون.")]
    public void ASpellingVariantIsNoJoin(string text)
        => Assert.Empty(Flags(text, "name-anomaly", Severity.Info));

    [Theory]
    [InlineData("كتب الروائي أنطون تشيخوف مسرحية «بستان الكرز» قبل وفاته بقليل.")]
    [InlineData("شرح الفيلسوف أبو نصر الفارابي كتب أرسطو في المنطق، ولقب بالمعلم الثاني.")]
    [InlineData("ألّف الموسيقار لودفيج فان بيتهوفن سيمفونيته التاسعة وهو أصم تماما.")]
    // A common given name with a famous nisba or surname: a modern namesake.
    [InlineData("قال الباحث أحمد الغزالي في ندوة بالرباط أمس إن المخطوطات تحتاج إلى فهرسة.")]
    // A relative of the famous person carries the family name.
    [InlineData("كتب ليو تولستوي رواية «الحرب والسلام»، وقد نشرت ابنته ألكسندرا تولستوي مذكراتها عنه بعد وفاته.")]
    public void TheFamousNameOrANamesakeIsSilent(string text)
        => Assert.Empty(Flags(text, "name-anomaly"));

    [Fact]
    public void TheFamousNamesAreIndexedByTheirParts()
    {
        var index = CheckLexicon.Default.FamousNames;
        var norm = ArabicNormalizer.Default;
        Assert.Contains(index.WithGiven(norm.NormalizeString("فيودور")), p => p.Family == norm.NormalizeString("دوستويفسكي"));
        Assert.Contains(index.WithFamily(norm.NormalizeString("تولستوي")), p => p.Given == norm.NormalizeString("ليو"));
        Assert.Contains(index.WithGiven(norm.NormalizeString("أبو حامد")), p => p.Family == norm.NormalizeString("الغزالي"));
        Assert.Contains(index.WithFamily(norm.NormalizeString("بيتهوفن")), p => p.Given == norm.NormalizeString("لودفيج"));
        Assert.True(index.IsPartOfListedName(norm.NormalizeString("أنطون تشيخوف")));
        Assert.False(index.IsPartOfListedName(norm.NormalizeString("أنطون دوستويفسكي")));
    }

    [Theory]
    [InlineData("فيودور دوستويفسكي", "فيودور", "دوستويفسكي")]
    [InlineData("أبو حامد الغزالي", "ابو حامد", "الغزالي")]
    [InlineData("جمال الدين الأفغاني", "جمال الدين", "الافغاني")]
    [InlineData("ابن سينا", "", "ابن سينا")]
    [InlineData("جمال عبد الناصر", "جمال", "عبد الناصر")]
    [InlineData("لودفيج فان بيتهوفن", "لودفيج", "فان بيتهوفن")]
    public void TheGivenAndFamilyPartsOfANameAreRead(string name, string given, string family)
    {
        var words = ArabicNormalizer.Default.NormalizeString(name).Split(' ');
        Assert.Equal((given, family), FamousNameIndex.Parts(words));
    }
}
