using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// anachronism and name-anomaly, round 18 (issue 12e): a listed body dated by the next clause ("، وذلك سنة …"، "، التقطها … سنة …"),
/// a thing a state issues before its name, a technique called new at its date, currencies, corps and Mamluk foundations read with
/// the Hijri reading, a coin struck "باسم" a caliph; a work's author written without the article or with a making verb, and two
/// famous members of one field in one name. Both ways, with sentences written for these tests.
/// </summary>
public class Rules12eRound18Tests
{
    private static AnalyzedDocument Run(string text) => ClaimExtractorTests.Run(text);

    private static List<Flag> Of(AnalyzedDocument doc, string rule) => [.. doc.Flags.Where(f => f.Rule == rule)];

    [Theory]
    [InlineData("عمل المهندس سامي الحلبي في الاتحاد الأوروبي ببروكسل، وذلك سنة 1980.", true)]
    [InlineData("عمل المهندس سامي الحلبي في الاتحاد الأوروبي ببروكسل، وذلك سنة 1998.", false)]
    [InlineData("هذه صورة فوتوغرافية قديمة لسوق المدينة، التقطها رحالة إنجليزي سنة 1810.", true)]
    [InlineData("هذه صورة فوتوغرافية قديمة لسوق المدينة، التقطها رحالة إنجليزي سنة 1870.", false)]
    [InlineData("وفي سنة 1990 تسلم موظفو الشركة رواتبهم باليورو الجديد لأول مرة.", true)]
    [InlineData("وفي سنة 2003 تسلم موظفو الشركة رواتبهم باليورو الجديد لأول مرة.", false)]
    [InlineData("وفي الأرشيف رسالة عليها ختم الجمهورية العربية المتحدة وتاريخ 1955.", true)]
    [InlineData("وفي الأرشيف رسالة عليها ختم الجمهورية العربية المتحدة وتاريخ 1960.", false)]
    [InlineData("وفي سنة ستين ومائتين وألف عزل الوالي أغا الإنكشارية في بغداد.", true)]
    [InlineData("وفي سنة عشرين ومائتين وألف عزل الوالي أغا الإنكشارية في بغداد.", false)]
    [InlineData("يوسف بن عمر الحموي، ولي نظر البيمارستان المنصوري سنة ستين وستمائة، وكان فقيها.", true)]
    [InlineData("يوسف بن عمر الحموي، ولي نظر البيمارستان المنصوري سنة تسعين وستمائة، وكان فقيها.", false)]
    [InlineData("ضرب هذا الدرهم بمدينة السلام سنة 130 هـ باسم الخليفة مروان بن محمد.", true)]
    [InlineData("ضرب هذا الدرهم بمدينة السلام سنة 170 هـ باسم الخليفة هارون الرشيد.", false)]
    public void ListedBodyDatedOutsideItsYears(string text, bool flagged)
    {
        var flags = Of(Run(text), "anachronism");
        if (flagged)
        {
            var f = Assert.Single(flags);
            Assert.Equal(Severity.Warning, f.Severity);
        }
        else
        {
            Assert.Empty(flags);
        }
    }

    [Theory]
    [InlineData("قرأت في المكتبة رواية «عرس الزين» لطيب محفوظ قبل سفري.", true)]
    [InlineData("قرأت في المكتبة رواية «عرس الزين» للطيب صالح قبل سفري.", false)]
    [InlineData("حفظ التلاميذ قصيدة «نهج البردة» لأحمد حافظ في الصف السادس.", true)]
    [InlineData("حفظ التلاميذ قصيدة «نهج البردة» لأحمد شوقي في الصف السادس.", false)]
    [InlineData("ألّف رفاعة عبده كتاب «المرشد الأمين للبنات والبنين» في أواخر حياته.", true)]
    [InlineData("ألّف رفاعة الطهطاوي كتاب «المرشد الأمين للبنات والبنين» في أواخر حياته.", false)]
    [InlineData("سمعنا قصيدة «الأطلال» التي لحنها رياض السنباطي في حفلة الإذاعة.", false)]
    [InlineData("فاز العداء المغربي سعيد الكروج بذهبية سباق 5000 متر في أولمبياد لوس أنجلس 1984.", true)]
    [InlineData("فاز العداء المغربي سعيد عويطة بذهبية سباق 5000 متر في أولمبياد لوس أنجلس 1984.", false)]
    [InlineData("حصل التلميذ سعيد الكروج على جائزة المدرسة في الرسم سنة 1984.", false)]
    [InlineData("أذاعت المحطة ابتهالات الشيخ نصر الدين الحصري في ليالي رمضان.", true)]
    [InlineData("أذاعت المحطة ابتهالات الشيخ نصر الدين طوبار في ليالي رمضان.", false)]
    public void FamousNameWrittenWrong(string text, bool flagged)
    {
        var flags = Of(Run(text), "name-anomaly").Where(f => f.Severity >= Severity.Warning).ToList();
        if (flagged)
        {
            Assert.Single(flags);
        }
        else
        {
            Assert.Empty(flags);
        }
    }
}
