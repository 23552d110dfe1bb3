using Tarikh.Core.Text;

namespace Tarikh.Core.Normalization;

/// <summary>A span of web noise (a whole line, without its line break) and the rule that recognized it.</summary>
/// <param name="Span">The line in the original text.</param>
/// <param name="Kind">The rule's kind: <c>video</c>, <c>related</c>, <c>share</c>, <c>subscribe</c>, <c>navigation</c>…</param>
public readonly record struct NoiseSpan(TextSpan Span, string Kind) : ISpanned;
