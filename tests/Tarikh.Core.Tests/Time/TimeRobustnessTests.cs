using CsCheck;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>Any sequence of temporal words, numbers and punctuation yields valid timexes, never an exception.</summary>
public class TimeRobustnessTests
{
    private static readonly AnalysisPipeline Pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());

    private static readonly string[] Words =
    [
        "في", "من", "إلى", "حتى", "بين", "و", "منذ", "عام", "سنة", "عامي", "شهر", "يوم", "لمدة", "كل", "بعد", "قبل", "ذلك", "بعامين",
        "الأول", "الحادي", "والعشرين", "عشر", "ثلاث", "سنوات", "أيام", "بضعة", "نصف", "ونصف", "ساعتين", "أواخر", "مطلع", "حوالي",
        "نيسان", "أبريل", "كانون", "الثاني", "2", "شباط", "رمضان", "صفر", "ذي", "الحجة", "هـ", "م", "ق.م", "قبل الميلاد", "القرن",
        "التاسع", "العشرينيات", "صيف", "الربيع", "التالي", "ذاته", "الماضي", "القادم", "الموافق", "للرابع", "التقويم", "الشرقي",
        "حسب", "اليولياني", "أمس", "غداً", "سنوياً", "الأحد", "الجمعة", "صباح", "الحج", "عيد", "الفطر", "الربع", "الثالث",
        "1870", "190", "31", "0", "13", "2016", "4", "22", "/", "-", "(", ")", "،", ".", "–", "١٩٤٨", "فترة", "وجيزة", "شهوراً",
        "عيد الفصح", "شم النسيم", "يوم الشكر", "يوم الأب", "ليلة رأس السنة", "أول", "آخر", "جمعة", "أحد", "الأولى", "الأخير", "الخامس",
        "4.22", "4/22", "11/12", ",", "!", "27", "الشهر", "هذا", "الأسبوع", "الآن", "جزيرة", "ارتفع", "الاثنين", "خمسة",
    ];

    [Fact]
    public void RandomTemporalWordSoupNeverThrows()
    {
        Gen.Int[0, Words.Length - 1].Array[1, 14].Select(Gen.Bool).Sample((idx, spaced) =>
        {
            var text = string.Join(spaced ? " " : "  ", idx.Select(k => Words[k]));
            var doc = Pipeline.Run(new SourceText(text), null, new NodaTime.LocalDate(2020, 2, 29));
            SpanAssert.Document(doc);
            foreach (var t in doc.Timexes)
            {
                Assert.True(t.Valid || t.Reason is not null);
                Assert.True(t.Range is null || (t.Range >= 0 && t.Range < doc.Timexes.Length));
                Assert.True(t.Equivalent is null || (t.Equivalent >= 0 && t.Equivalent < doc.Timexes.Length));
            }
        }, iter: 4000);
    }
}
