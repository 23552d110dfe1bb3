using System.Text;
using Tarikh.Core.Output;
using Tarikh.Core.Tests.Events;
using Tarikh.Core.Timeline.Export;
using Xunit;

namespace Tarikh.Core.Tests.Timeline;

/// <summary>A cell a spreadsheet would run as a formula is defused (OWASP, CSV injection); numbers and dates are not.</summary>
public class CsvInjectionTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"انقر\")", "'=HYPERLINK(\"http://evil.example\",\"انقر\")")]
    [InlineData("+SUM(A1:A9)", "'+SUM(A1:A9)")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("- تأسيس جمعية طبية في صيدا سنة 1934", "'- تأسيس جمعية طبية في صيدا سنة 1934")]
    public void FormulaLikeCellsGetALeadingApostrophe(string field, string expected) =>
        Assert.Equal(expected, CsvExporter.Neutralize(field));

    [Theory]
    [InlineData("ولد خالد في دمشق سنة 1900.")]
    [InlineData("-0044-03-15")] // a date before the common era
    [InlineData("-12")]
    [InlineData("+3.5")]
    [InlineData("1900-04-10")]
    [InlineData("")]
    public void TextNumbersAndDatesStayAsTheyAre(string field) => Assert.Equal(field, CsvExporter.Neutralize(field));

    [Fact]
    public void AnEvidenceSentenceStartingWithAListDashIsDefusedInTheExport()
    {
        const string text = "سيرة خالد\n- ولد خالد في دمشق عام 1900.\n=HYPERLINK(\"http://evil.example\") توفي خالد في دمشق عام 1960.";
        var doc = new EventTestDocs(text).Person("خالد").Place("دمشق").Subject("خالد").Time("عام 1900", "1900").Time("عام 1960", "1960").Run();
        using var ms = new MemoryStream();
        new CsvExporter().Write(ms, doc, ExportOptions.Default);
        var rows = CsvExporter.Parse(Encoding.UTF8.GetString(ms.ToArray()).TrimStart('\uFEFF'));
        var sentences = rows.Skip(1).Select(r => r[^1]).ToList();
        Assert.Contains("'- ولد خالد في دمشق عام 1900.", sentences);
        Assert.All(sentences, s => Assert.DoesNotMatch("^[=+\\-@\t\r]", s));
    }
}
