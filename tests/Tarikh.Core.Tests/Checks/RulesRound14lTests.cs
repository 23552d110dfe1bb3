using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 14 (issue 12, 12l): lifespan and anachronism classes read both ways — a listed body's name that the entity stage ran on
/// over the date after it ("في جامعة الكويت سنة …"); an in-person act
/// after the death with a dropped subject ("ومن أخباره أنه …") of the only person the text names. Full pipeline, sentences written here; spans
/// checked against the text by FlagAssert.
/// </summary>
public class RulesRound14lTests
{
    [Theory]
    [InlineData("درس الطبيب الكويتي خالد العتيبي في جامعة الكويت سنة 1955، ثم سافر إلى القاهرة.")]
    [InlineData("عمل الخبير المصري حسين فوزي في منظمة أوبك عام 1950 مستشارا.")]
    public void AListedBodyRightBeforeItsDateIsReadAtThatDate(string text)
    {
        var flags = Flags(text, "anachronism");
        Assert.NotEmpty(flags);
        Assert.All(flags, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("درس الطبيب الكويتي خالد العتيبي في جامعة الكويت سنة 1975، ثم سافر إلى القاهرة.")]
    [InlineData("عمل الخبير المصري حسين فوزي في منظمة أوبك عام 1970 مستشارا.")]
    public void TheirTwinsInTheBodysYearsStaySilent(string text)
        => Assert.Empty(Flags(text, "anachronism"));

    [Theory]
    // A lecture of a dropped subject after the death, the text naming nobody else.
    [InlineData("ولد الفقيه أبو عبد الله محمد بن يوسف التلمساني سنة 650 هـ، وتوفي سنة 712 هـ. ومن أخباره أنه ألقى آخر دروسه بجامع تلمسان سنة 720 هـ.")]
    public void AnInPersonActOfTheOnlyPersonAfterTheDeathIsFlagged(string text)
    {
        var flags = Flags(text, "lifespan");
        Assert.NotEmpty(flags);
        Assert.All(flags, f => Assert.NotEqual(Severity.Error, f.Severity));
    }

    [Theory]
    [InlineData("ولد الفقيه أبو عبد الله محمد بن يوسف التلمساني سنة 650 هـ، وتوفي سنة 712 هـ. ومن أخباره أنه ألقى آخر دروسه بجامع تلمسان سنة 710 هـ.")]
    // A reported meeting ("روى X أنه التقى Y") is not weighed: X may be untagged, and the act read as Y's.
    [InlineData("روى الناقد ستيبان لوبانوف أنه زار الشاعر ميخائيل غلينكا في بطرسبورغ عام 1862. وكان غلينكا قد توفي في برلين عام 1857.")]
    // Another person named: the dropped subject may be his, so the act is not weighed against the first man's life.
    [InlineData("ولد الفقيه أبو عبد الله محمد بن يوسف التلمساني سنة 650 هـ، وتوفي سنة 712 هـ، وخلفه تلميذه أبو زيد عبد الرحمن الوانشريسي. ومن أخباره أنه ألقى آخر دروسه بجامع تلمسان سنة 720 هـ.")]
    public void TheirTwinsStaySilent(string text)
        => Assert.Empty(Flags(text, "lifespan"));
}
