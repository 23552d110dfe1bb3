using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 14 of family-order and ordinal-series (issue 12f), by class, on sentences written for these tests: ordinals numbering a
/// noun counted just before them, an elided ordinal coordinated with a written item (now a warning), the eldest of a named person's
/// siblings, a parent named after "، وابن", the firstborn with the parent's pronoun ("بكره"), a ranked list of "الولد". Both ways,
/// through the whole pipeline (span-checked).
/// </summary>
public class FamilyOrdinalRound14Tests
{
    // "ثلاث مرات: الأولى … والثانية … والثالثة": the count gives the ordinals their series.
    [Theory]
    [InlineData("1945", true)]
    [InlineData("1958", false)]
    public void OrdinalsOfACountedNoun(string year, bool flagged)
    {
        var text = $"تولى المحامي فريد النجار رئاسة بلدية صيدا ثلاث مرات: الأولى سنة 1950، والثانية سنة {year}، والثالثة سنة 1966.";
        Assert.Equal(flagged, Flags(text, "ordinal-series").Length > 0);
    }

    // A dual count ("رحلتين") with years in words: the number words of the first date count nothing.
    [Theory]
    [InlineData("سنة خمس وخمسين وستمائة", true)]
    [InlineData("سنة سبعين وستمائة", false)]
    public void ADualCountWithYearsInWords(string date, bool flagged)
    {
        var text = $"رحل الفقيه عز الدين يوسف الدمشقي إلى مكة رحلتين، الأولى سنة ستين وستمائة. وكانت الثانية {date}، وجاور فيها بمكة.";
        Assert.Equal(flagged, Flags(text, "ordinal-series").Length > 0);
    }

    // A span of time ("ثلاث سنوات") counts no items: its ordinals are not a series.
    [Fact]
    public void ASpanOfTimeIsNoCount()
    {
        var text = "قضى المناضل حسن الزين في السجون ثلاث سنوات متفرقة، الأولى في عكا سنة 1939، والثانية في يافا سنة 1936.";
        Assert.Empty(Flags(text, "ordinal-series"));
    }

    // "طبعته الأولى سنة …، والثانية سنة …": the elided second edition, coordinated with the written first.
    [Theory]
    [InlineData("1958", true)]
    [InlineData("1970", false)]
    public void AnElidedOrdinalCoordinatedWithAWrittenItem(string year, bool flagged)
    {
        var text = $"«مرايا الغربة» مجموعة قصصية للكاتب سليم داود. صدرت طبعتها الأولى سنة 1962، والثانية سنة {year} في بيروت.";
        Assert.Equal(flagged, Flags(text, "ordinal-series").Length > 0);
    }

    // "أكبر إخوة الشاعر نديم": the person named before is older than the named one.
    [Theory]
    [InlineData("1936", true)]
    [InlineData("1925", false)]
    public void TheEldestOfANamedPersonsSiblings(string year, bool flagged)
    {
        var text = $"كان سليم الحداد أكبر إخوة الشاعر نديم الحداد المولود في حمص عام 1931. أما سليم فقد وُلد عام {year} وعمل في التجارة.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "، وابن الشيخ منصور العلي (…)": the subject's father, born after him.
    [Theory]
    [InlineData("1926", true)]
    [InlineData("1890", false)]
    public void AFatherNamedAfterACommaAndWaIbn(string year, bool flagged)
    {
        var text = $"عادل منصور العلي (1920 – 1985) محامٍ أردني، وابن الشيخ منصور العلي ({year} – 1970) أحد وجهاء السلط.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "بكره محمود": the parent's firstborn, with a sister the text dates earlier.
    [Theory]
    [InlineData("1980", true)]
    [InlineData("1970", false)]
    public void TheFirstbornWithTheParentsPronoun(string year, bool flagged)
    {
        var text = $"كرّمت البلدية اسم الراحل يوسف الشامي. وتسلم الدرع بكره محمود المولود عام {year}، بحضور شقيقته رنا المولودة عام 1975.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "من الولد اثنين: أكبرهما عبد اللطيف …، وإبراهيم …": a ranked list of a classical "الولد".
    [Theory]
    [InlineData("سنة 812 هـ", true)]
    [InlineData("سنة 796 هـ", false)]
    public void ARankedListOfTheOffspring(string date, bool flagged)
    {
        var text = $"ترك القاضي شمس الدين محمود الحلبي من الولد اثنين: أكبرهما عبد اللطيف ومولده {date}، وإبراهيم ومولده سنة 805 هـ.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }
}
