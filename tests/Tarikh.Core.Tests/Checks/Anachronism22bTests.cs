using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes of round 22 (issue #12, coder 22b) for the anachronism rule, each both ways through the whole pipeline, sentences
/// written here: a date fronted with its equivalent in parentheses ("وفي سنة 1340 هـ (1921 م) عُيّن …") dates the act after it; a
/// birth told in a clause set off before the act does not date the act; "قبل أن" opening the person's next act is no retrospection;
/// the Friday sermon said in a dynasty's ruler's name, and said again for him ("ثم دُعي له"), after the dynasty's end.
/// </summary>
public class Anachronism22bTests
{
    [Theory]
    // A state named before it took the name, the date fronted with its equivalent in parentheses.
    [InlineData("وفي سنة 1340 هـ (1921 م) عُيّن السيد أحمد قنصلًا للمملكة العربية السعودية في القاهرة.", "مملكة العربية السعودية")]
    [InlineData("وفي عام 1348 هـ (1929 م) عُيّن الشيخ حافظ سفيرًا للمملكة العربية السعودية في لندن.", "مملكة العربية السعودية")]
    [InlineData("وفي سنة 1928 (1347 هـ) عين قنصلا للمملكة الأردنية الهاشمية في القدس.", "مملكة الأردنية الهاشمية")]
    // The year of the act, then "قبل أن" and the person's next act.
    [InlineData("درس الشيخ صالح في جامعة أم القرى وتخرج فيها سنة 1950 م قبل أن يعمل في تجارة أبيه.", "جامعة أم القرى")]
    [InlineData("تخرج الشيخ عبد الله في جامعة أم القرى سنة 1955 م قبل أن يسافر إلى مصر.", "جامعة أم القرى")]
    // The sermon in a dynasty's ruler's name after the dynasty's end, and said again for him.
    [InlineData("وفي سنة خمس وسبعين وخمسمائة أقيمت الخطبة للخليفة الفاطمي في الصعيد.", "خليفة الفاطمي")]
    [InlineData("وفي سنة خمس وستين وخمسمائة خطب الخطيب بالقاهرة للخليفة الفاطمي العاضد بإذن صلاح الدين ثم دُعي له في سنة تسع وستين وخمسمائة أيضًا.", "خليفة الفاطمي")]
    [InlineData("وفي سنة أربعين وستمائة خطب بدمشق للسلطان الأيوبي الصالح أيوب، ثم خطب له في سنة خمس وأربعين وسبعمائة أيضا.", "سلطان الأيوبي")]
    // A state's ministry named by its portfolio, the document dated in the clause after it; a listed name's other spelling.
    [InlineData("برقية من وزارة خارجية دولة الإمارات العربية المتحدة إلى حاكم دبي، مؤرخة في مايو 1969.", "الإمارات العربية المتحدة")]
    [InlineData("رسالة من خارجية المملكة الأردنية الهاشمية إلى القنصل البريطاني، مؤرخة في يناير 1930.", "المملكة الأردنية الهاشمية")]
    [InlineData("وفي سنة 1312 التحق بكلية غردون بالخرطوم.", "كلية غردون")]
    public void ActsBeforeTheNameOrAfterTheEndFire(string text, string evidence)
        => FiresAt(text, "anachronism", evidence);

    [Theory]
    // Within the years, or the name after the date.
    [InlineData("وفي سنة 1935 (1354 هـ) عين قنصلا للمملكة العربية السعودية في القاهرة.")]
    [InlineData("وفي سنة خمس وستين وخمسمائة خطب للخليفة الفاطمي العاضد بمصر.")]
    // Retrospective phrasing or the naming told.
    [InlineData("وفي سنة 1340 هـ (1921 م) عُيّن قنصلًا لسلطان نجد في القاهرة، في ما يعرف اليوم بالمملكة العربية السعودية.")]
    [InlineData("عمل في جامعة أم القرى سنة 1950 قبل أن تصبح جامعة.")]
    [InlineData("درس في الجامعة الأمريكية في بيروت سنة 1910 قبل أن تحمل هذا الاسم.")]
    // The year fronted before the act is a birth's.
    [InlineData("وكان ابن حمص، المولود فيها سنة 1908، قد درس في الجامعة الأمريكية في بيروت.")]
    [InlineData("وفي سنة 1340 هـ (1921 م) ولد في نجد، وعمل بعد ذلك في سفارة المملكة العربية السعودية بالقاهرة.")]
    // The pronoun is another ruler's: the sermon is said for the sultan named after the caliph.
    [InlineData("وفي سنة خمس وستين وخمسمائة خطب للخليفة الفاطمي العاضد، ثم مات العاضد وتولى السلطان صلاح الدين فدعي له في سنة سبعين وخمسمائة.")]
    [InlineData("وفي سنة خمس وستين وخمسمائة خطب للخليفة الفاطمي العاضد ثم خطب لصلاح الدين في سنة سبعين وخمسمائة.")]
    // The document dated after the state's founding; the state spoken of as what it would become.
    [InlineData("برقية من وزارة خارجية دولة الإمارات العربية المتحدة إلى حاكم دبي، مؤرخة في مايو 1975.")]
    [InlineData("رسالة من معتمد الإمارات المتصالحة إلى حاكم دبي، مؤرخة في مايو 1965، تذكر ما سيصير دولة الإمارات العربية المتحدة.")]
    // A later name of the same rank: the Egyptian University.
    [InlineData("درس في جامعة القاهرة سنة 1920 وتخرج فيها سنة 1924.")]
    public void RightOrRetrospectiveTextsAreSilent(string text)
        => Assert.Empty(Flags(text, "anachronism"));
}
