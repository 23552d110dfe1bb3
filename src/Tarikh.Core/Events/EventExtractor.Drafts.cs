using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Events;

/// <summary>The working state of the extractor: an event draft before it is finished, and the per-document index of clauses, timexes and mentions the rules read.</summary>
public sealed partial class EventExtractor
{
    private sealed class Draft(TriggerMatch match, int sentence)
    {
        public TriggerMatch Match { get; } = match;

        public int Sentence { get; } = sentence;

        public int? Time { get; set; }

        public GregorianInterval? Date { get; set; }

        public string? DateSource { get; set; }

        public bool Uncertain { get; set; }

        public int? Place { get; set; }

        public ImmutableArray<Participant> Participants { get; set; } = ImmutableArray<Participant>.Empty;

        public bool MainFromTopic { get; set; }

        public string? OtherRoleOverride { get; set; }

        public double Confidence { get; set; }

        public List<TextSpan> Evidence { get; } = [];
    }

    /// <summary>Per-document indexes: mention per token, clauses, parentheses, quotes, usable timexes.</summary>
    private sealed class DocIndex
    {
        private readonly int[] _sentenceTimexStart;
        private readonly int[] _sentenceTimexEnd;
        private readonly List<int> _usable = [];

        public DocIndex(AnalyzedDocument doc)
        {
            var n = doc.Tokens.Length;
            MentionAt = new int[n];
            Array.Fill(MentionAt, -1);
            MentionFirstToken = new int[doc.Entities.Length];
            MentionLastToken = new int[doc.Entities.Length];
            for (var mi = 0; mi < doc.Entities.Length; mi++)
            {
                var span = doc.Entities[mi].Span;
                var t = doc.FirstTokenAtOrAfter(span.Start);
                if (t > 0 && doc.Tokens[t - 1].Span.End > span.Start)
                {
                    t--; // the mention starts inside a token (after a clitic)
                }

                MentionFirstToken[mi] = t;
                MentionLastToken[mi] = t;
                for (; t < n && doc.Tokens[t].Span.Start < span.End; t++)
                {
                    if (MentionAt[t] < 0)
                    {
                        MentionAt[t] = mi;
                    }

                    MentionLastToken[mi] = t;
                }
            }

            Clause = new int[n];
            InQuote = new bool[n];
            ParenOpen = new int[n];
            var clause = 0;
            var nextClause = 1;
            var sentence = -1;
            var quote = false;
            var parens = new Stack<int>();
            var outer = new Stack<int>(); // the clause an opened parenthesis or quote interrupts
            for (var t = 0; t < n; t++)
            {
                var tok = doc.Tokens[t];
                if (tok.Sentence != sentence)
                {
                    sentence = tok.Sentence;
                    clause = nextClause++;
                    quote = false;
                    parens.Clear();
                    outer.Clear();
                }

                var boundary = false;
                var open = false;
                var close = false;
                if (tok.Kind == TokenKind.Punctuation)
                {
                    foreach (var ch in tok.Norm)
                    {
                        switch (ch)
                        {
                            case ',' or ';' or ':' or '.' or '!' or '?':
                                boundary = true;
                                break;
                            case '(' or '[':
                                parens.Push(t);
                                open = true;
                                break;
                            case ')' or ']':
                                if (parens.Count > 0)
                                {
                                    parens.Pop();
                                }

                                close = true;
                                break;
                            case '"' or '\u00AB' or '\u00BB':
                                quote = ch == '\u00AB' || (ch != '\u00BB' && !quote);
                                if (quote)
                                {
                                    open = true;
                                }
                                else
                                {
                                    close = true;
                                }

                                break;
                        }
                    }
                }

                // Punctuation gets a clause of its own; a parenthesis or quote interrupts the clause around it.
                if (open)
                {
                    outer.Push(clause);
                    Clause[t] = nextClause++;
                    clause = nextClause++;
                }
                else if (close)
                {
                    Clause[t] = nextClause++;
                    clause = outer.Count > 0 ? outer.Pop() : nextClause++;
                }
                else if (boundary)
                {
                    Clause[t] = nextClause++;
                    clause = nextClause++;
                }
                else
                {
                    Clause[t] = clause;
                }

                InQuote[t] = quote;
                ParenOpen[t] = parens.Count > 0 ? parens.Peek() : -1;
            }

            // Usable timexes (dated), grouped by sentence.
            TimexToken = new int[doc.Timexes.Length];
            _sentenceTimexStart = new int[doc.Sentences.Length];
            _sentenceTimexEnd = new int[doc.Sentences.Length];
            for (var ti = 0; ti < doc.Timexes.Length; ti++)
            {
                var tx = doc.Timexes[ti];
                TimexToken[ti] = Math.Min(n - 1, doc.FirstTokenAtOrAfter(tx.Span.Start));
                if (tx.Gregorian is not null && tx.Valid && tx.Type is TimexType.Date or TimexType.Time)
                {
                    _usable.Add(ti);
                }
            }

            _usable.Sort((a, b) => doc.Timexes[a].Span.Start.CompareTo(doc.Timexes[b].Span.Start));
            var u = 0;
            for (var si = 0; si < doc.Sentences.Length; si++)
            {
                var span = doc.Sentences[si].Span;
                while (u < _usable.Count && doc.Timexes[_usable[u]].Span.Start < span.Start)
                {
                    u++;
                }

                _sentenceTimexStart[si] = u;
                var v = u;
                while (v < _usable.Count && doc.Timexes[_usable[v]].Span.Start < span.End)
                {
                    v++;
                }

                _sentenceTimexEnd[si] = v;
                u = v;
            }

            SentenceIndex = doc.Sentences.Select((s, i) => (s.Span.Start, i)).ToDictionary(x => x.Start, x => x.i);
        }

        public int[] MentionAt { get; }

        public int[] MentionFirstToken { get; }

        public int[] MentionLastToken { get; }

        public int[] Clause { get; }

        public bool[] InQuote { get; }

        public int[] ParenOpen { get; }

        public int[] TimexToken { get; }

        private Dictionary<int, int> SentenceIndex { get; }

        public IEnumerable<int> TimexesOf(Sentence s)
        {
            var si = SentenceIndex[s.Span.Start];
            for (var i = _sentenceTimexStart[si]; i < _sentenceTimexEnd[si]; i++)
            {
                yield return _usable[i];
            }
        }
    }
}
