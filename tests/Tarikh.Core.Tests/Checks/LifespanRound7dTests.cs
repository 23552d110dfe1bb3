using Tarikh.Core.Checks;
using Tarikh.Core.Events;
using Tarikh.Core.Normalization;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 7d of the lifespan rule (issue 12d): deaths written as the fixed idioms of obituaries and biographies
/// ("انتقل إلى رحمة الله"، "وافته المنية"، "غيّب الموت"، "لفظ أنفاسه الأخيرة"، "قضى نحبه"), and the verb قتل written with
/// the passive vowel (قُتل), which settles that the person named is the one killed. Both ways, through the whole pipeline,
/// on sentences written for these tests.
/// </summary>
public class LifespanRound7dTests
{
    // A death idiom is a death: an act after it is flagged. The same sentence with a move or a plain act instead is not.
    [Theory]
    [InlineData("وانتقل إلى رحمة الله في طرابلس عام 1931", true)]
    [InlineData("ووافته المنية في طرابلس عام 1931", true)]
    [InlineData("وقضى نحبه في طرابلس عام 1931", true)]
    [InlineData("وانتقل إلى طرابلس عام 1931", false)]
    [InlineData("ودرّس في طرابلس عام 1931", false)]
    public void ADeathIdiomEndsTheLife(string clause, bool flagged)
    {
        var text = $"وُلد المؤرخ رشيد الجسر في صيدا عام 1875، {clause}، وفي عام 1938 ألقى محاضرة في جمعية المقاصد.";
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }

    // "غيّب الموت X": the person is the object, and the idiom is a death of that person.
    [Theory]
    [InlineData("غيّب الموت الملحن نجيب الصافي الحلبي عام 1962 في حلب", "death")]
    [InlineData("غادر الملحن نجيب الصافي الحلبي حلب عام 1962", null)]
    public void DeathTookHimIsADeath(string sentence, string? type)
    {
        var doc = ClaimExtractorTests.Run(sentence + ".");
        var deaths = doc.Events.Where(e => e.Type == "death").ToArray();
        if (type is null)
        {
            Assert.Empty(deaths);
            return;
        }

        var death = Assert.Single(deaths);
        var person = Assert.Single(death.Participants);
        Assert.Equal("نجيب الصافي الحلبي", doc.Entities.First(m => m.Cluster == person.Cluster).Text);
        Assert.NotNull(death.Date);
    }

    // "لفظ أنفاسه الأخيرة" with the subject between the verb and its object is a death; لفظ with another object is not.
    [Theory]
    [InlineData("لفظ الشيخ عبد القادر المغربي أنفاسه الأخيرة في دمشق عام 1956.", true)]
    [InlineData("لفظ الشيخ عبد القادر المغربي الكلمة بلهجة أهل طرابلس في درسه عام 1930.", false)]
    public void BreathedHisLastIsADeath(string text, bool death)
        => Assert.Equal(death, ClaimExtractorTests.Run(text).Events.Any(e => e.Type == "death"));

    // قُتل with its damma can only be "was killed": the death is explicit and an act years later is a warning. Without the
    // vowel the verb may be "he killed" (the person the doer, not the dead), so the death stays too weak for a warning.
    [Theory]
    [InlineData("قُتل", true)]
    [InlineData("وقُتل", true)]
    [InlineData("قتل", false)]
    public void ThePassiveVowelMakesTheKillingSure(string verb, bool flagged)
    {
        var text = $"{verb} الفارس عمرو بن هلال الكلبي في وقعة الحرّة سنة 1263، وفي سنة 1270 عاد إلى الرملة فبنى بها داراً.";
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }

    // The vowel test itself: a damma on the verb's first letter, or on the second after the conjunction; not elsewhere.
    [Theory]
    [InlineData("قُتل الأمير", true)]
    [InlineData("وقُتل الأمير", true)]
    [InlineData("فقُتل الأمير", true)]
    [InlineData("قَتل الأمير", false)]
    [InlineData("قتلُ الأمير", false)]
    [InlineData("قتل الأمير", false)]
    public void PassiveVowel(string text, bool passive)
    {
        var doc = ClaimExtractorTests.Run(text);
        Assert.Equal(passive, EventExtractor.PassiveVowel(doc, 0));
    }

    // A lexicon line with a passive confidence reads it; a line without keeps none; a malformed value is a clear error.
    [Fact]
    public void TheLexiconReadsThePassiveOption()
    {
        const string Types = "death\tوفاة\tDeath\n";
        var lexicon = TriggerLexicon.Parse("قتل\tdeath\tkilled\tverb\tpatient\t0.7\tpassive=0.85\nمات\tdeath\t-\tverb\tpatient\t0.8\n", "", Types, ArabicNormalizer.Default);
        Assert.True(lexicon.TryGet("قتل", out var killed));
        Assert.Equal(0.85, Assert.Single(killed).PassiveConfidence, 3);
        Assert.True(lexicon.TryGet("مات", out var died));
        Assert.Equal(0, Assert.Single(died).PassiveConfidence);
        Assert.ThrowsAny<FormatException>(() => TriggerLexicon.Parse("قتل\tdeath\tkilled\tverb\tpatient\t0.7\tpassive=x\n", "", Types, ArabicNormalizer.Default));
    }
}
