using System.Diagnostics.CodeAnalysis;
using Tarikh.Core.Text;

namespace Tarikh.Core.Input;

/// <summary>The result of decoding an input: either a <see cref="SourceText"/> or an <see cref="InputError"/>.</summary>
public sealed record DecodedInput
{
    private DecodedInput(SourceText? text, InputError? error)
    {
        Text = text;
        Error = error;
    }

    /// <summary>The decoded text, when successful.</summary>
    public SourceText? Text { get; }

    /// <summary>Why decoding failed, when it did.</summary>
    public InputError? Error { get; }

    /// <summary>True when <see cref="Text"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Text))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Text is not null;

    /// <summary>A success.</summary>
    public static DecodedInput Success(SourceText text) => new(text ?? throw new ArgumentNullException(nameof(text)), null);

    /// <summary>A failure.</summary>
    public static DecodedInput Failure(InputError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
