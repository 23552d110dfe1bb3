using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Round 20 (issue-20a): a dated act of a person read from the grammar, not from a verb list. A finite past verb that opens its
/// clause with a person named right after it (verb–subject–object, the commonest order of Arabic narrative: "وفي سنة 1953 قاد
/// سامي حداد السرب"، "فلما كانت سنة مائتين دخل إبراهيم الموصلي على المأمون") is that person's act on the date of its clause. The
/// events lexicon reads such verbs one by one; this reader takes the class, so a death years before the act can be weighed
/// against it (lifespan). Verbs that fit a dead person (buried, mourned, honoured, published, named after…), verbs of
/// reporting and of states, and words that open a clause before a name without being verbs are listed in
/// <c>Claims/Data/subject-acts.tsv</c>; a word shaped like a noun (the article, a ta marbuta, a nisba, a verbal noun's or a
/// participle's pattern) is no verb; a passive written with its vowel is no act of the person. The claim's act is
/// <see cref="SubjectAct"/>: the lifespan rule weighs it against the death only, with a margin.
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>The act of a <see cref="FromSubjectActs"/> claim: a verb read by its order, whatever it means.</summary>
    public const string SubjectAct = "act/subject";

    /// <summary>The source of a subject-act claim.</summary>
    internal const string SubjectActSource = "subject-act";

    /// <summary>
    /// The confidence of a subject act: above <c>MinActConfidence</c> (it is weighed) and below <c>SureConfidence</c> (a flag on
    /// it is a warning, never an error: the verb's meaning is not read).
    /// </summary>
    internal const double SubjectActConfidence = 0.78;

    private static readonly FrozenDictionary<string, string> SubjectActWords = LoadSubjectActWords();

    private static readonly TriggerMatcher SubjectActTriggers = new(TriggerLexicon.Default);

    /// <summary>Clause openers after which a verb still opens its clause ("ثم دخل"، "فلما دخل"، "وقد قاد").</summary>
    private static readonly FrozenSet<string> SubjectActOpeners = new[]
    {
        "ثم", "لما", "عندما", "حين", "حينما", "بعدما", "قد", "لقد", "وقد", "فقد", "ولقد", "ولما", "فلما", "وعندما", "وحين", "وبعدما", "ثمه",
    }.Select(w => ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, string> LoadSubjectActWords()
    {
        using var stream = typeof(ClaimExtractor).Assembly.GetManifestResourceStream("Tarikh.Core.Claims.Data.subject-acts.tsv")
            ?? throw new InvalidOperationException("Embedded resource subject-acts.tsv is missing.");
        using var reader = new StreamReader(stream);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 2)
            {
                throw new FormatException($"subject-acts.tsv: '{line}' has no class.");
            }

            words.TryAdd(ArabicNormalizer.Default.NormalizeString(f[0].Trim()), f[1].Trim());
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Adds the subject acts of a document: for each verb-shaped word opening its clause with a person's mention starting on the
    /// next word, and a usable date in the same clause (not a lifespan's, not an apposition's), one <see cref="ClaimProperties.Act"/>
    /// claim of that person, dated by the clause. Words that any events trigger reads are left to the events stage.
    /// </summary>
    private void FromSubjectActs(DocumentIndex index, List<Claim> list, Dictionary<int, string> lifespanTimexes)
    {
        var doc = index.Document;
        var tokens = doc.Tokens;
        for (var si = 0; si < doc.Sentences.Length; si++)
        {
            if (!index.IsContent(si) || index.TimexesInSentence(si).Count == 0)
            {
                continue;
            }

            var (ss, se) = index.SentenceTokens(si);
            for (var i = ss; i + 1 < se; i++)
            {
                if (!VerbShaped(index, i) || !OpensClause(index, i, ss) || SubjectActTriggers.TryMatchAt(doc, i, se, out _))
                {
                    continue;
                }

                // The subject right after the verb, past at most two title words with the article ("رسم الأنبا ميخائيل"، "قاد
                // الطيار سامي حداد"): the first word of a person's mention, with no preposition on it.
                var n = i + 1;
                while (n < se && n <= i + 2 && index.MentionAtToken(n) < 0 && tokens[n].Kind == TokenKind.Arabic && tokens[n].Clitics == Proclitics.Al)
                {
                    n++;
                }

                var m = n < se ? index.MentionAtToken(n) : -1;
                int subject;
                TextSpan subjectSpan;
                if (m >= 0 && index.MentionAtToken(i) != m && doc.Entities[m].Label == EntityLabels.Person
                    && doc.Entities[m].Span.Start == tokens[n].Span.Start && (tokens[n].Clitics & ~Proclitics.Al) == 0)
                {
                    subject = doc.Entities[m].Cluster;
                    subjectSpan = doc.Entities[m].Span;
                }
                else if (EmphaticSubject(index, i, se, si) is { } own)
                {
                    (subject, subjectSpan) = own;
                }
                else
                {
                    continue;
                }

                var (cs, ce) = index.ClauseOf(i);
                ClaimValue? time = null;
                int? timex = null;
                foreach (var ti in index.TimexesInClause(i))
                {
                    var tt = index.TimexToken(ti);
                    if (tt < cs || tt >= ce || lifespanTimexes.ContainsKey(ti) || index.AppositionAt(tt) is not null || TimeOf(index, ti) is not { } value)
                    {
                        continue;
                    }

                    time = value;
                    timex = ti;
                    break;
                }

                if (time is null || timex is not { } tx)
                {
                    continue;
                }

                list.Add(new Claim(0, subject, ClaimProperties.Act, new ClaimValue(ClaimValueKind.Text, Text: doc.Source[tokens[i].Span]),
                    Spans(tokens[i].Span, subjectSpan, doc.Timexes[tx].Span), ModalityOf(index, i), SubjectActConfidence)
                {
                    Source = SubjectActSource,
                    Act = SubjectAct,
                    Time = time,
                    Sentence = si,
                    Agentive = true,
                });
            }
        }
    }

    /// <summary>Emphatic reflexives that make the verb's subject its doer in person ("قاد بنفسه السفينة"، "وحضر التسجيل بنفسه").</summary>
    private static readonly FrozenSet<string> Emphatics = new[] { "بنفسه", "بنفسها", "بذاته", "بذاتها", "شخصيا" }
        .Select(w => ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The subject of a verb with a dropped subject and an emphatic reflexive within three words after it, before any name or clause
    /// break ("وفي سنة 1312هـ قاد بنفسه السفينة"، "سجل أرضه وحضر التسجيل بنفسه"): Arabic says "himself" of the subject the clause
    /// continues, and a man who acts in person is alive. The subject is the person the document index gives the sentence, named in it
    /// or the sentence before; null otherwise. The evidence span is the reflexive's.
    /// </summary>
    private static (int Subject, TextSpan Span)? EmphaticSubject(DocumentIndex index, int i, int sentenceEnd, int sentence)
    {
        var (_, ce) = index.ClauseOf(i);
        for (var k = i + 1; k < Math.Min(Math.Min(ce, sentenceEnd), i + 4); k++)
        {
            if (index.MentionAtToken(k) >= 0 || index.IsClauseBreak(k))
            {
                return null;
            }

            if (Emphatics.Contains(index.Tokens[k].Norm))
            {
                return index.SubjectAt(sentence) is { } p && index.LabelOf(p) == EntityLabels.Person && index.KeyNamedInSentences(index.PersonKey(p), sentence - 1, sentence)
                    ? (p, index.Tokens[k].Span) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the token at <paramref name="i"/> opens its clause: the sentence's first word, a word after a comma or a clause
    /// opener ("ثم"، "فلما"، "وقد"), a word carrying و or ف, or a word right after a date that opens the clause ("وفي سنة 1931 رسم").
    /// </summary>
    private static bool OpensClause(DocumentIndex index, int i, int sentenceStart)
    {
        if (i == sentenceStart || index.IsClauseBreak(i - 1) || (index.Tokens[i].Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0)
        {
            return true;
        }

        var prev = index.Tokens[i - 1];
        if (SubjectActOpeners.Contains(prev.Norm))
        {
            return true;
        }

        // A date adverbial right before the verb: the timex ends on the previous token.
        foreach (var ti in index.TimexesInSentence(prev.Sentence))
        {
            var span = index.Document.Timexes[ti].Span;
            if (span.End > prev.Span.Start && span.End <= prev.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a token has the shape of a finite perfect verb: Arabic letters, no proclitic but و/ف, three to six letters, no
    /// ta marbuta, no nisba ي, no plural ending, not a verbal noun's or a participle's pattern (مفعل، تفعيل، افتعال، فعيل، فعول،
    /// فعال), not listed in <c>subject-acts.tsv</c> (with a feminine ت or an object pronoun seen through), and no passive vowel
    /// (a damma written on its first letter).
    /// </summary>
    private static bool VerbShaped(DocumentIndex index, int i)
    {
        var t = index.Tokens[i];
        if (t.Kind != TokenKind.Arabic || (t.Clitics & ~(Proclitics.Wa | Proclitics.Fa)) != 0)
        {
            return false;
        }

        var w = t.Base;
        var raw = index.Document.Source[t.Span];
        var last = raw.Length > 0 ? raw[^1] : ' ';
        if (w.Length is < 3 or > 6 || last is 'ة' or 'ي' || raw.Contains('\u064F', StringComparison.Ordinal) && PassiveVowel(raw, t.PrefixLength))
        {
            return false;
        }

        if (w.EndsWith("ون", StringComparison.Ordinal) || w.EndsWith("ين", StringComparison.Ordinal) || w.EndsWith("ات", StringComparison.Ordinal)
            || (w.Length >= 5 && w.EndsWith("ان", StringComparison.Ordinal)) || w.EndsWith("نا", StringComparison.Ordinal))
        {
            return false;
        }

        if ((w[0] == 'م' && w.Length >= 4) || (w[0] == 'ت' && w.Length >= 5 && w[^2] == 'ي') || (w[0] == 'ا' && w.Length >= 5 && w[^2] == 'ا')
            || (w.Length == 4 && w[2] is 'ي' or 'و' or 'ا'))
        {
            return false;
        }

        foreach (var stem in Stems(w))
        {
            if (SubjectActWords.ContainsKey(stem))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] StemSuffixes = ["تهم", "تها", "ته", "هم", "ها", "ه", "ت"];

    /// <summary>The word and the word without a feminine ت or an object pronoun (ه، ها، هم، ته، تها): the stems looked up.</summary>
    private static IEnumerable<string> Stems(string w)
    {
        yield return w;
        foreach (var suffix in StemSuffixes)
        {
            if (w.Length - suffix.Length >= 2 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return w[..^suffix.Length];
            }
        }
    }

    /// <summary>True when the first letter after the proclitics carries a damma (ضمة): the passive written ("دُفن"، "كُرّم").</summary>
    private static bool PassiveVowel(string raw, int prefixLength)
    {
        var letters = 0;
        for (var k = 0; k < raw.Length; k++)
        {
            var ch = raw[k];
            if (ch is >= '\u064B' and <= '\u0652')
            {
                if (letters == prefixLength + 1)
                {
                    return ch == '\u064F';
                }

                continue;
            }

            letters++;
            if (letters > prefixLength + 1)
            {
                return false;
            }
        }

        return false;
    }
}
