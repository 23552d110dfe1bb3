using System.Text;
using Tarikh.Core.Input;
using Xunit;

namespace Tarikh.Core.Tests.Input;

public class InputDecoderTests
{
    private const string Sentence = "وُلد في مدينة صيدا في شهر تشرين الأول/ أكتوبر عام 1891.";
    private static readonly Encoding Windows1256 = CodePagesEncodingProvider.Instance.GetEncoding(1256)!;

    [Fact]
    public void Utf8WithoutBomIsDecoded()
    {
        var result = InputDecoder.Default.Decode(Encoding.UTF8.GetBytes(Sentence));
        Assert.True(result.IsSuccess);
        Assert.Equal(Sentence, result.Text.Text);
        Assert.Equal("utf-8", result.Text.Encoding);
    }

    [Fact]
    public void Utf8BomIsRemovedSoOffsetsStartAtTheFirstLetter()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Sentence)).ToArray();
        var result = InputDecoder.Default.Decode(bytes);
        Assert.True(result.IsSuccess);
        Assert.Equal(Sentence, result.Text.Text);
        Assert.Equal("utf-8-bom", result.Text.Encoding);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Utf16WithBomIsDecoded(bool bigEndian, string name)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Sentence)).ToArray();
        var result = InputDecoder.Default.Decode(bytes);
        Assert.True(result.IsSuccess);
        Assert.Equal(Sentence, result.Text.Text);
        Assert.Equal(name, result.Text.Encoding);
    }

    [Fact]
    public void Windows1256IsDetectedFromItsArabicLetters()
    {
        const string text = "تولى الحكم سنة 1309 هـ بعد وفاة أبيه، وبقي في منصبه عشرين عاماً.";
        var result = InputDecoder.Default.Decode(Windows1256.GetBytes(text));
        Assert.True(result.IsSuccess);
        Assert.Equal("windows-1256", result.Text.Encoding);
        Assert.Equal(text, result.Text.Text);
    }

    [Fact]
    public void Latin1TextIsNotMistakenForWindows1256()
    {
        var bytes = Encoding.Latin1.GetBytes("Le médecin était très âgé à l'époque où il écrivit ses mémoires.");
        var result = InputDecoder.Default.Decode(bytes);
        Assert.False(result.IsSuccess);
        Assert.Equal(InputError.Undecodable, result.Error.Code);
    }

    [Fact]
    public void Utf8WithOneBrokenSequenceIsUndecodableWithItsOffset()
    {
        var good = Encoding.UTF8.GetBytes(Sentence);
        var bytes = good.Take(9).Append((byte)0xC3).Append((byte)0x28).Concat(good.Skip(9)).ToArray(); // after "وُلد "
        var result = InputDecoder.Default.Decode(bytes);
        Assert.False(result.IsSuccess);
        Assert.Equal(InputError.Undecodable, result.Error.Code);
        Assert.EndsWith("offset 9.", result.Error.MessageEn);
    }

    [Fact]
    public void NulBytesMeanBinary()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        var result = InputDecoder.Default.Decode(bytes);
        Assert.False(result.IsSuccess);
        Assert.Equal(InputError.Binary, result.Error.Code);
    }

    [Fact]
    public void ManyControlCharactersMeanBinary()
    {
        var text = "abc" + new string('\u0001', 20) + "def" + new string('\u0002', 20);
        var result = InputDecoder.Default.Decode(Encoding.UTF8.GetBytes(text));
        Assert.False(result.IsSuccess);
        Assert.Equal(InputError.Binary, result.Error.Code);
    }

    [Fact]
    public void RandomBytesAreRejected()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        var result = InputDecoder.Default.Decode(bytes);
        Assert.False(result.IsSuccess);
        Assert.Contains(result.Error.Code, new[] { InputError.Binary, InputError.Undecodable });
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0D, 0x0A, 0x09 })]
    public void EmptyOrBlankInputIsEmpty(byte[] bytes)
    {
        var result = InputDecoder.Default.Decode(bytes);
        Assert.False(result.IsSuccess);
        Assert.Equal(InputError.Empty, result.Error.Code);
    }

    [Fact]
    public void InputAboveTheLimitIsTooLargeAndSaysBothSizes()
    {
        var decoder = new InputDecoder(new InputOptions(MaxBytes: 1024));
        var result = decoder.Decode(new byte[4096]);
        Assert.False(result.IsSuccess);
        Assert.Equal(InputError.TooLarge, result.Error.Code);
        Assert.Contains("4 KB", result.Error.MessageEn);
        Assert.Contains("1 KB", result.Error.MessageAr);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ALargeUtf8InputDecodesWholeOrIsUndecodableAtItsBadByte(bool brokenAtTheEnd)
    {
        // Above 16 MB the decoder takes its unpooled path; both paths must agree.
        var line = System.Text.Encoding.UTF8.GetBytes("وُلد لينين في سمبيرسك عام 1870.\n");
        var bytes = new byte[(17 << 20) / line.Length * line.Length + (brokenAtTheEnd ? 1 : 0)];
        for (var k = 0; k + line.Length <= bytes.Length; k += line.Length)
        {
            line.CopyTo(bytes, k);
        }

        if (brokenAtTheEnd)
        {
            bytes[^1] = 0xFF;
        }

        var result = InputDecoder.Default.Decode(bytes);
        if (brokenAtTheEnd)
        {
            Assert.Equal(InputError.Undecodable, result.Error!.Code);
            Assert.Contains((bytes.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error.MessageEn, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(result.IsSuccess);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(bytes), result.Text!.Text);
        }
    }

    [Fact]
    public void EveryErrorHasAnArabicAndAnEnglishMessage()
    {
        foreach (var error in new[] { InputError.EmptyInput(), InputError.BinaryInput("x"), InputError.UndecodableInput(3), InputError.TooLargeInput(100 << 20, 64 << 20), InputError.NotFoundInput("a.txt") })
        {
            Assert.Matches("[a-zA-Z]{4}", error.MessageEn);
            Assert.Matches("[\u0621-\u064A]{3}", error.MessageAr);
        }
    }

    [Fact]
    public void LineEndingsAreKeptAsInTheFile()
    {
        const string text = "السطر الأول\r\nالسطر الثاني\r\n";
        var result = InputDecoder.Default.Decode(Encoding.UTF8.GetBytes(text));
        Assert.Equal(text, result.Text!.Text);
    }

    [Fact]
    public void HtmlIsSniffedWhenTheFormatIsAuto()
    {
        var html = "<!DOCTYPE html><html><body><p>ولد سنة 1870.</p></body></html>";
        var result = InputDecoder.Default.Decode(Encoding.UTF8.GetBytes(html));
        Assert.True(result.IsSuccess);
        Assert.Equal("html", result.Text.Format);
        Assert.Equal("ولد سنة 1870.", result.Text.Text);
    }

    [Fact]
    public void TextFormatKeepsMarkupAsText()
    {
        const string text = "<p>ليس HTML هنا</p>";
        var result = InputDecoder.Default.Decode(Encoding.UTF8.GetBytes(text), format: InputFormat.Text);
        Assert.Equal(text, result.Text!.Text);
        Assert.Equal("text", result.Text.Format);
    }

    [Theory]
    [InlineData("a.html", InputFormat.Html)]
    [InlineData("b.HTM", InputFormat.Html)]
    [InlineData("c.txt", InputFormat.Text)]
    [InlineData("d.md", InputFormat.Text)]
    [InlineData("e", InputFormat.Auto)]
    public void FormatFollowsTheExtension(string path, InputFormat expected) => Assert.Equal(expected, InputOptions.FormatOfPath(path));
}
