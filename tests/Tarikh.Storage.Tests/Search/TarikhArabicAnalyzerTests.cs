using Tarikh.Storage.Search;

namespace Tarikh.Storage.Tests.Search;

public sealed class TarikhArabicAnalyzerTests
{
    private static readonly TarikhArabicAnalyzer Analyzer = new();

    [Theory]
    [InlineData("الرئيس")]
    [InlineData("لرئيس")]
    [InlineData("للرئيس")]
    [InlineData("والرئيس")]
    [InlineData("بالرئيس")]
    [InlineData("رَئِيس")]
    [InlineData("رئيـــس")]
    public void Clitics_harakat_and_tatweel_reduce_to_the_bare_word(string word) =>
        Assert.Equal(Analyzer.Terms("رئيس"), Analyzer.Terms(word));

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إسطنبول", "اسطنبول")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("١٨٦٠", "1860")]
    public void Letter_and_digit_variants_fold_to_one_term(string a, string b) =>
        Assert.Equal(Analyzer.Terms(b), Analyzer.Terms(a));

    [Fact]
    public void Stop_words_are_dropped() =>
        Assert.Equal(Analyzer.Terms("دمشق"), Analyzer.Terms("في دمشق"));

    [Fact]
    public void Latin_words_are_lower_cased() =>
        Assert.Equal(["lenin"], Analyzer.Terms("LENIN"));
}
