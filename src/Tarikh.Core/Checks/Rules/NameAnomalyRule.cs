using System.Globalization;
using Tarikh.Core.Entities;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// name-anomaly: a name that shares the subject's given name but carries another known person's
/// family name ("فلاديمير بوتين" in a sentence about Lenin's exams in 1890). "Known" means a person
/// of the well-known-people table (<c>famous-persons.tsv</c>, with life years) or another person the
/// text itself names. Flagged only in a sentence about the subject (the subject named in it or in
/// the sentence before), for a name the text uses at most twice; for a table person, only when the
/// sentence's date falls outside that person's life (or the sentence has no date and names the subject).
/// </summary>
public sealed partial class NameAnomalyRule : ICheckRule
{
    /// <inheritdoc />
    public string Id => "name-anomaly";

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
    {
        // The subject's given name with another's family name, then a famous given name with another famous person's family
        // name (a warning from the second replaces an info note of the first on the same name).
        // A name beside a known work of its author's (round 7) comes first: it names the evidence.
        var works = WorkSlips(ctx).ToList();
        works.AddRange(OtherGivenSlips(ctx, works.Select(w => w.Spans[0].Start).ToHashSet()));
        // A known work given whole to another known person (round 23).
        works.AddRange(OtherAuthorSlips(ctx).Where(f => !works.Any(w => w.Spans[0].Overlaps(f.Spans[0]) || w.Spans[^1].Overlaps(f.Spans[^1]))).ToList());
        var slips = SubjectSlips(ctx).Where(f => !works.Any(w => w.Spans[0].Overlaps(f.Spans[0]))).ToList();
        var chimeras = FamousChimeras(ctx).Where(f => !works.Any(w => w.Spans[0].Overlaps(f.Spans[0]))).ToList();
        // Two famous members of one field in one name, beside a deed of the field (round 18).
        chimeras.AddRange(FieldChimeras(ctx).Where(f => !works.Any(w => w.Spans[0].Overlaps(f.Spans[0])) && !chimeras.Any(c => c.Spans[0].Overlaps(f.Spans[0]))).ToList());
        foreach (var w in works)
        {
            yield return w;
        }

        foreach (var f in slips)
        {
            if (f.Severity != Severity.Info || !chimeras.Any(c => c.Spans[0].Overlaps(f.Spans[0])))
            {
                yield return f;
            }
        }

        foreach (var c in chimeras)
        {
            if (!slips.Any(f => f.Severity != Severity.Info && f.Spans[0].Overlaps(c.Spans[0])))
            {
                yield return c;
            }
        }
    }

    /// <summary>The subject's given name followed by another known person's family name.</summary>
    private IEnumerable<Flag> SubjectSlips(CheckContext ctx)
    {
        var doc = ctx.Document;
        var forms = ctx.SubjectNames;
        // The given name is the first word of the subject's names once a title before it is set aside ("أمير الشعراء أحمد
        // شوقي"، "الشاعر بدر شاكر السياب" → أحمد، بدر).
        var named = forms.Select(WithoutTitle).Where(f => f.Length > 0).ToList();
        var given = named.Where(f => f.Length >= 2).GroupBy(f => f[0]).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault()
            ?? (named.Count > 0 && named.All(f => f.Length == 1 && f[0] == named[0][0]) ? named[0][0] : null);

        // The subject's own middle names ("بدر شاكر السياب" → شاكر): a family name swapped after them ("بدر شاكر الرصافي") is
        // the same slip as one right after the given name.
        var middle = named.Where(f => f.Length >= 3 && f[0] == given).OrderByDescending(f => f.Length).Select(f => f[1..^1]).FirstOrDefault() ?? [];
        if (given is null || ctx.SubjectDisplayName is not { } subjectName || IsNameParticle(given))
        {
            // A compound given name (عبد الرحمن، أبو بكر) or a nasab (ابن تيمية) does not make "given name +
            // family name": its second word is part of the name, shared by thousands of other men.
            yield break;
        }

        var norm = ArabicNormalizer.Default;
        var subjectTokens = new HashSet<string>(forms.SelectMany(f => f), StringComparer.Ordinal);
        var subjectId = ctx.SubjectId ?? -1;

        // The subject's own full names: the cluster's fullest name, the title's name, the first mention.
        var ownNames = new HashSet<string>(StringComparer.Ordinal) { norm.NormalizeString(subjectName) };
        if (ctx.Subject is { } sc && sc.Mentions.Length > 0 && sc.Mentions.Min() is var first && first >= 0 && first < doc.Entities.Length)
        {
            ownNames.Add(norm.NormalizeString(doc.Entities[first].Text));
        }

        foreach (var f in forms.Where(f => f.Length >= 2 && ctx.Tokens.Length > 0))
        {
            var joined = string.Join(' ', f);
            if (ctx.Document.Sentences.Length > 0 && ctx.SubjectNamedIn(0, default) is { } t0 && norm.NormalizeString(ctx.Text(t0)) == joined)
            {
                ownNames.Add(joined);
            }
        }

        // The titles the text gives the subject: a definite word right before its mentions, and the title words of its names.
        var subjectTitles = new HashSet<string>(StringComparer.Ordinal);
        if (ctx.Subject is { } sct)
        {
            foreach (var m in sct.Mentions)
            {
                if (m < 0 || m >= doc.Entities.Length)
                {
                    continue;
                }

                var before = ctx.FirstToken(doc.Entities[m].Span) - 1;
                if (before >= 0 && ctx.Tokens[before].Kind == TokenKind.Arabic && ctx.Tokens[before].Norm.StartsWith("ال", StringComparison.Ordinal)
                    && ctx.Tokens[before].Sentence == ctx.Tokens[before + 1].Sentence)
                {
                    subjectTitles.Add(ctx.Tokens[before].Norm);
                }
            }
        }

        foreach (var f in forms)
        {
            var bare = WithoutTitle(f);
            foreach (var w in f.Take(f.Length - bare.Length).Where(w => w.StartsWith("ال", StringComparison.Ordinal)))
            {
                subjectTitles.Add(w);
            }
        }

        // Family names of the other persons the text names.
        var otherFamilies = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in doc.Clusters)
        {
            if (c.Id == subjectId || c.Label != EntityLabels.Person)
            {
                continue;
            }

            var parts = norm.NormalizeString(c.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && parts[0] != given && !subjectTokens.Contains(parts[^1]))
            {
                if (!otherFamilies.TryAdd(parts[^1], c.Name))
                {
                    shared.Add(parts[^1]);
                }
            }
        }

        // A family name two people of the text share is a family's name; one the subject's given name
        // carries in a full name (given, father's name, family) is the subject's own.
        foreach (var e in doc.Entities)
        {
            var parts = norm.NormalizeString(e.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (e.Label == EntityLabels.Person && parts.Length >= 3 && parts[0] == given)
            {
                shared.Add(parts[^1]);
            }
        }

        foreach (var f in shared)
        {
            otherFamilies.Remove(f);
        }

        var tokens = ctx.Tokens;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Arabic || !CheckContext.TokenIs(tokens[i], given) || !ctx.IsContent(tokens[i].Sentence)
                // A preposition written with alef maksura ("فاز على بغداديس") folds to the given name علي: not a name.
                || Entities.Gazetteers.FunctionWords.IsProtected(ctx.Text(tokens[i].Span), tokens[i].Norm, tokens[i].PrefixLength))
            {
                continue;
            }

            var sentence = tokens[i].Sentence;
            FamousPerson? famous = null;
            var famLen = 0;
            foreach (var fp in ctx.Lexicon.Famous)
            {
                if (ctx.MatchPhrase(i + 1, fp.Family, out var n) && !fp.Family.Any(t => forms.Any(f => f.Contains(t) && !(f.Length == fp.Family.Length + 1 && f[0] == given && f.Skip(1).SequenceEqual(fp.Family)))))
                {
                    famous = fp;
                    famLen = n;
                    break;
                }
            }

            // With a knowledge base: the name is a mention of another person the document links, whose life the knowledge base
            // gives (P569/P570): that person's life years stand in for the table's (round 10).
            string? kbItem = null;
            if (famous is null && KbPersonAt(ctx, i, subjectId, given, subjectTokens) is { } linked)
            {
                (famous, famLen, kbItem) = linked;
            }

            // A known person of the gazetteer (no life years): the family name after the subject's given name. A
            // namesake (the written name is itself another known person's full name: "نجيب الريحاني" for "نجيب
            // محفوظ") is preferred to a family name alone.
            FamousPerson? knownPerson = null;
            var knownLen = 0;
            var namesake = false;
            var fam = i + 1;
            for (var m = middle.Length; m > 0; m--)
            {
                // The longest run of the subject's middle names ("جميل صدقي …"; "إيليا ضاهر …" of "إيليا ضاهر أبو ماضي").
                if (ctx.MatchPhrase(i + 1, [.. middle[..m]], out var middleLen) && i + 1 + middleLen < tokens.Length)
                {
                    fam = i + 1 + middleLen;
                    break;
                }
            }

            if (tokens[fam].Sentence == sentence && tokens[fam].Kind == TokenKind.Arabic
                && !Entities.Gazetteers.FunctionWords.IsProtected(ctx.Text(tokens[fam].Span), tokens[fam].Norm, tokens[fam].PrefixLength)
                && IsPersonMention(doc, new TextSpan(tokens[i].Span.Start, tokens[fam].Span.End))
                && ctx.Lexicon.KnownByFamily.TryGetValue(tokens[fam].Norm, out var candidates)
                && !NamesAnotherPerson(ctx, i, subjectId))
            {
                foreach (var kp in candidates)
                {
                    if (ctx.MatchPhrase(fam, kp.Family, out var n) && !kp.Family.Any(subjectTokens.Contains) && (knownPerson is null || (kp.Given == given && !namesake)))
                    {
                        knownPerson = kp;
                        knownLen = n + fam - i - 1;
                        namesake = kp.Given == given;
                    }
                }
            }

            string? otherName = null;
            if (famous is null && knownPerson is null && tokens[i + 1].Sentence == sentence && otherFamilies.TryGetValue(tokens[i + 1].Norm, out var on))
            {
                otherName = on;
                famLen = 1;
            }

            if (famous is null && knownPerson is null && otherName is null)
            {
                continue;
            }

            // The sentence's date, if any.
            Time.Timex? when = null;
            foreach (var ti in ctx.TimexesInSentence(sentence))
            {
                if (ctx.Usable(ctx.Timexes[ti]) && CheckContext.HasWrittenYear(ctx.Timexes[ti]))
                {
                    when = ctx.Timexes[ti];
                    break;
                }
            }

            // 1. A well-known person of the table with life years: conclusive when the sentence's date falls outside
            //    that life, or (undated) when the sentence names the subject.
            // A date outside the person's life makes each mention a slip on its own: the name may then be written more than
            // once (the same slip copied) and form a cluster of its own (round 10).
            var lifeOutside = famous is not null && when is not null && famous.Born is { } born0
                && (when.Gregorian!.Value.End.Year < born0 || famous.Died is { } died0 && when.Gregorian!.Value.Start.Year > died0);
            if (famous is not null && Candidate(famLen, strict: true, relaxed: lifeOutside) is { } fc)
            {
                var (span, written, subjectHere) = fc;
                var outside = when is not null && famous.Born is { } born && (when.Gregorian!.Value.End.Year < born || famous.Died is { } died && when.Gregorian!.Value.Start.Year > died);
                if (when is not null && !outside && famous.Born is not null && famous.Given == given)
                {
                    continue; // the well-known person himself acting in his own time ("في عام 2017 قال فلاديمير بوتين")
                }

                if ((when is not null && outside) || (when is null && subjectHere is not null))
                {
                    var spans = Spans(span, subjectHere);
                    if (when is not null)
                    {
                        spans.Add(when.Span);
                    }

                    var familyText = ctx.Text(new TextSpan(tokens[i + 1].Span.Start, span.End));
                    var life = famous.Born is { } b ? (famous.Died is { } d ? $"{b}–{d}" : $"b. {b}") : "";
                    var lifeAr = famous.Born is { } b2 ? (famous.Died is { } d2 ? $"{b2}–{d2}" : $"مواليد {b2}") : "";
                    var dateEn = when is null ? "" : $" dated {DateText.IntervalEn(when.Gregorian!.Value)}";
                    var dateAr = when is null ? "" : $" مؤرخة بـ{DateText.IntervalAr(when.Gregorian!.Value)}";
                    if (kbItem is not null)
                    {
                        // The life comes from the knowledge base, not from the text: a warning, and the flag says so.
                        yield return CheckContext.MakeFlag(Id, Severity.Warning, spans,
                            $"«{written}» في جملة عن {subjectName}{dateAr}: الاسم الأول «{ctx.Text(tokens[i].Span)}» هو اسم {subjectName}، لكن «{written}» مربوط في قاعدة المعرفة بشخص آخر ({famous.NameEn}، {kbItem}، {lifeAr} بحسب P569/P570)؛ الأرجح أن المقصود {subjectName}.",
                            $"“{written}” appears in a sentence about {subjectName}{dateEn}: the given name “{ctx.Text(tokens[i].Span)}” is {subjectName}'s, but “{written}” is linked to another person in the knowledge base ({famous.NameEn}, {kbItem}, {life} by P569/P570); {subjectName} is probably meant.",
                            ("written", written), ("subject", subjectName), ("other_person", famous.NameEn), ("other_life", life),
                            ("sentence_date", when is null ? "" : DateText.Iso(when.Gregorian!.Value)), ("source", "knowledge-base"), ("item", kbItem));
                        continue;
                    }

                    yield return CheckContext.MakeFlag(Id, when is null ? Severity.Warning : Severity.Error, spans,
                        $"«{written}» في جملة عن {subjectName}{dateAr}: الاسم الأول «{ctx.Text(tokens[i].Span)}» هو اسم {subjectName}، لكن اسم العائلة «{familyText}» لشخص معروف آخر ({written}، {lifeAr})؛ الأرجح أن المقصود {subjectName}.",
                        $"“{written}” appears in a sentence about {subjectName}{dateEn}: the given name “{ctx.Text(tokens[i].Span)}” is {subjectName}'s, but the family name “{familyText}” belongs to another well-known person ({famous.NameEn}, {life}); {subjectName} is probably meant.",
                        ("written", written), ("subject", subjectName), ("other_person", famous.NameEn), ("other_life", life),
                        ("sentence_date", when is null ? "" : DateText.Iso(when.Gregorian!.Value)));
                    continue;
                }
            }

            // 2. A known person of the gazetteer. No life years to prove it: a warning when the slip is the classic
            //    one and the context is the subject's — the family name is no given name of anyone known ("عرابي", not
            //    "حسين"), or the written name is another known person's own name and the given name is not one thousands
            //    carry; the subject is named in one of the three sentences before and not in this one (where the two
            //    would be set side by side), and no other person of the text carries the given name. Otherwise only information, in a sentence naming the subject.
            if (knownPerson is not null && (Candidate(knownLen, strict: true) ?? Candidate(knownLen, strict: true, near: false)) is { } kc)
            {
                var (span, written, subjectHere) = kc;
                // The subject named in one of the three sentences before, or, for a name in the document's lead
                // (its first two sentences, where the subject is introduced), in one of the three after.
                var nearBefore = false;
                for (var s2 = sentence - 1; s2 >= Math.Max(0, sentence - 3) && !nearBefore; s2--)
                {
                    nearBefore = ctx.SubjectNamedIn(s2, span) is not null;
                }

                for (var s2 = sentence + 1; sentence < 2 && s2 <= sentence + 3 && s2 < doc.Sentences.Length && !nearBefore; s2++)
                {
                    nearBefore = ctx.SubjectNamedIn(s2, span) is not null;
                }

                var strong = subjectHere is null && nearBefore
                    && (RarelyGiven(ctx, tokens[fam].Norm) || (namesake && ctx.Lexicon.KnownGivenCount(given) <= MaxGivenNameCount))
                    && (SubjectTitled(i) || !OtherPersonWithGiven(ctx, given, subjectId, span));

                // The document's own context (round 10): the subject is written elsewhere with the same given name (and the same
                // middle names, when they are matched here) and its own family name, and this name, written once, is another
                // known person's. Conclusive when the given name and the subject's middle names are matched (two men sharing
                // a given and a father's name under two family names is a copy slip), or when the given name is not one
                // thousands carry; never when another person of the text has that given name (and middle names).
                var prefix = tokens.Skip(i).Take(fam - i).Where(t => t.Kind == TokenKind.Arabic).Select(t => t.Norm).ToArray();
                var middleMatched = prefix.Length >= 2;
                var byContext = !strong && subjectHere is null && ctx.Subject is { Mentions.Length: >= 2 }
                    && Occurrences(ctx, norm.NormalizeString(written)) == 1
                    && (middleMatched || (ctx.Lexicon.KnownGivenCount(given) <= MaxGivenNameCount && (namesake || RarelyGiven(ctx, tokens[fam].Norm))))
                    && !OtherPersonWithPrefix(ctx, prefix, subjectId, span);
                if (byContext)
                {
                    var givenText = ctx.Text(new TextSpan(tokens[i].Span.Start, tokens[fam - 1].Span.End));
                    yield return CheckContext.MakeFlag(Id, Severity.Warning, [span],
                        $"«{written}» في نص عن {subjectName}: النص يكتب {subjectName} في مواضع أخرى بالاسم الأول نفسه «{givenText}» واسم عائلته، و«{written}» اسم شخص معروف آخر لا يذكره النص إلا هنا؛ تحقق من الاسم.",
                        $"“{written}” appears in a text about {subjectName}: elsewhere the text writes {subjectName} with the same given name “{givenText}” and his own family name, and “{written}”, named only here, is another well-known person; check the name.",
                        ("written", written), ("subject", subjectName), ("other_person", knownPerson.NameEn), ("source", "gazetteer"),
                        ("namesake", namesake ? "yes" : "no"), ("context", middleMatched ? "given-and-middle-names" : "given-name"));
                    continue;
                }

                if (strong || subjectHere is not null)
                {
                    yield return CheckContext.MakeFlag(Id, strong ? Severity.Warning : Severity.Info, Spans(span, subjectHere),
                        $"«{written}» في جملة عن {subjectName}: الاسم الأول «{ctx.Text(tokens[i].Span)}» هو اسم {subjectName}، لكن «{written}» اسم شخص معروف آخر؛ تحقق من الاسم.",
                        $"“{written}” appears in a sentence about {subjectName}: the given name “{ctx.Text(tokens[i].Span)}” is {subjectName}'s, but “{written}” is the name of another well-known person; check the name.",
                        ("written", written), ("subject", subjectName), ("other_person", knownPerson.NameEn), ("source", "gazetteer"),
                        ("namesake", namesake ? "yes" : "no"));
                }

                continue;
            }

            // 3. Another person the text itself names: the family name of that person after the subject's given name.
            if (otherName is not null && Candidate(1, strict: false) is { SubjectHere: { } here } oc)
            {
                var familyText = ctx.Text(new TextSpan(tokens[i + 1].Span.Start, oc.Span.End));
                yield return CheckContext.MakeFlag(Id, Severity.Warning, Spans(oc.Span, here),
                    $"«{oc.Written}» في جملة عن {subjectName}: الاسم الأول «{ctx.Text(tokens[i].Span)}» هو اسم {subjectName}، لكن اسم العائلة «{familyText}» لـ{otherName} المذكور في النص؛ تحقق من الاسم.",
                    $"“{oc.Written}” appears in a sentence about {subjectName}: the given name “{ctx.Text(tokens[i].Span)}” is {subjectName}'s, but the family name “{familyText}” is that of {otherName}, named elsewhere in the text; check the name.",
                    ("written", oc.Written), ("subject", subjectName), ("other_person", otherName));
            }

            // The title the text gives the subject stands before the name ("السلطان محمد …" where the subject is "السلطان
            // محمد الفاتح"): the subject's title, not a description introducing another man.
            bool SubjectTitled(int at) => at > 0 && tokens[at - 1].Sentence == tokens[at].Sentence && tokens[at - 1].Kind == TokenKind.Arabic
                && subjectTitles.Contains(tokens[at - 1].Norm);

            // The name given name + family of <paramref name="len"/> words, when it can be a slip: not the subject's
            // own name, written once (twice at most for another name of the text), not introduced as a person of its
            // own (a title, a description, a kinship word, a list: "الأديب المصري طه حسين"، "ابنه جمال"), and in a
            // sentence about the subject (named in it or in the sentence before, for the table and the text's names).
            // A date outside a known life (relaxed) lets the name be written up to three times and form its own cluster; a
            // candidate read from the document's context (near: false) needs no mention of the subject close by.
            (TextSpan Span, string Written, TextSpan? SubjectHere)? Candidate(int len, bool strict, bool relaxed = false, bool near = true)
            {
                var span = new TextSpan(tokens[i].Span.Start, tokens[i + len].Span.End);
                var written = ctx.Text(span);
                var nameNorm = norm.NormalizeString(written);
                if (ownNames.Contains(nameNorm))
                {
                    return null; // the subject's own name (the subject may be the well-known person)
                }

                var occurrences = Occurrences(ctx, nameNorm);
                if (occurrences > (relaxed ? 3 : 2)
                    || (strict && ((occurrences > 1 && !relaxed) || (Introduced(ctx, i) && !SubjectTitled(i)) || (!relaxed && WrittenAsOwnPerson(ctx, nameNorm)))))
                {
                    return null;
                }

                var subjectHere = ctx.SubjectNamedIn(sentence, span);
                if (!near)
                {
                    return (span, written, subjectHere);
                }

                var subjectBefore = false;
                for (var s2 = sentence - 1; s2 >= Math.Max(0, sentence - (strict ? 3 : 1)) && !subjectBefore; s2--)
                {
                    subjectBefore = ctx.SubjectNamedIn(s2, span) is not null;
                }

                for (var s2 = sentence + 1; strict && sentence < 2 && s2 <= sentence + 3 && s2 < doc.Sentences.Length && !subjectBefore; s2++)
                {
                    subjectBefore = ctx.SubjectNamedIn(s2, span) is not null;
                }

                return subjectHere is null && !subjectBefore ? null : (span, written, subjectHere);
            }
        }
    }

    /// <summary>
    /// The person of the knowledge base the name at token <paramref name="i"/> is linked to, as a well-known person with life
    /// years: the mention starts at the token with the subject's given name, its cluster is another person's (not the
    /// subject's) and is linked to an item with a birth or death year, and its family part is none of the subject's words.
    /// </summary>
    private static (FamousPerson Person, int FamilyTokens, string Item)? KbPersonAt(CheckContext ctx, int i, int subjectId, string given, HashSet<string> subjectTokens)
    {
        if (ctx.Knowledge is not { } knowledge || ctx.MentionAtToken(i) is not (var m and >= 0))
        {
            return null;
        }

        var mention = ctx.Document.Entities[m];
        if (mention.Label != EntityLabels.Person || ctx.FirstToken(mention.Span) != i || mention.Cluster == subjectId || ctx.Index.PersonKey(mention.Cluster) == subjectId
            || knowledge.PersonOf(mention.Cluster) is not { } person)
        {
            return null;
        }

        var last = i;
        while (last + 1 < ctx.Tokens.Length && ctx.Tokens[last + 1].Span.End <= mention.Span.End)
        {
            last++;
        }

        var family = new List<string>();
        for (var k = i + 1; k <= last; k++)
        {
            if (ctx.Tokens[k].Kind == TokenKind.Arabic)
            {
                family.Add(ctx.Tokens[k].Norm);
            }
        }

        return family.Count == 0 || family.Any(subjectTokens.Contains) ? null
            : (new FamousPerson(given, [.. family], person.Label, person.Born, person.Died), last - i, person.Item);
    }

    /// <summary>
    /// True when a known family name is no known person's given name, or far more often a family name than a given one
    /// ("شعراوي": one man of the list has it as a given name, several as a family name). A word many carry as a given
    /// name ("حسين") after the subject's given name is more likely the father's name than a slip.
    /// </summary>
    private static bool RarelyGiven(CheckContext ctx, string familyWord)
    {
        var asGiven = ctx.Lexicon.KnownGivenCount(familyWord);
        var asFamily = ctx.Lexicon.KnownByFamily.TryGetValue(familyWord, out var list) ? list.Length : 0;
        return asGiven == 0 || (asGiven <= 2 && asFamily > asGiven);
    }

    /// <summary>
    /// A name's words without the title before it: definite words ("الشاعر"، "الدكتور") and a title in construct state
    /// ("أمير الشعراء"، "شيخ الأزهر"), as long as two words of the name remain; a compound given name ("نور الدين"، "عبد الله")
    /// is no title.
    /// </summary>
    private static string[] WithoutTitle(string[] form)
    {
        var k = 0;
        while (form.Length - k > 2)
        {
            if (form[k].StartsWith("ال", StringComparison.Ordinal) && form[k].Length > 3)
            {
                k++;
            }
            else if (form.Length - k > 3 && form[k + 1].StartsWith("ال", StringComparison.Ordinal) && !IsNameParticle(form[k])
                && form[k + 1] is not ("الدين" or "الله" or "الرحمن" or "الملك" or "العزيز"))
            {
                k += 2;
            }
            else
            {
                break;
            }
        }

        return k == 0 ? form : form[k..];
    }

    private static List<TextSpan> Spans(TextSpan span, TextSpan? subjectHere)
    {
        var spans = new List<TextSpan> { span };
        if (subjectHere is { } sh)
        {
            spans.Add(sh);
        }

        return spans;
    }

    /// <summary>True when the name at token <paramref name="i"/> is a mention of another person cluster the text names more than once (a real reference to that person).</summary>
    private static bool NamesAnotherPerson(CheckContext ctx, int i, int subjectId)
    {
        var m = ctx.MentionAtToken(i);
        if (m < 0)
        {
            return false;
        }

        var c = ctx.Document.Entities[m].Cluster;
        return c != subjectId && ctx.Index.PersonKey(c) != subjectId && ctx.Index.MentionsOf(c).Length > 1;
    }

    /// <summary>
    /// Given names carried by more known persons than this (محمد، أحمد، علي…) are too common for a bare
    /// namesake to be evidence of a slip.
    /// </summary>
    private const int MaxGivenNameCount = 40;

    /// <summary>
    /// True when the name at token <paramref name="i"/> is introduced as a person of its own: a title, a
    /// description or a kinship word before it ("الأديب المصري طه حسين"، "ابنه جمال"، "الرئيس أنور"), or a
    /// list with a person before it ("نجيب محفوظ ونجيب الريحاني").
    /// </summary>
    private static bool Introduced(CheckContext ctx, int i)
    {
        if (i == 0 || ctx.Tokens[i - 1].Sentence != ctx.Tokens[i].Sentence)
        {
            return false;
        }

        var prev = ctx.Tokens[i - 1];
        if (prev.Kind != TokenKind.Arabic)
        {
            return prev.Kind == TokenKind.Punctuation && ctx.Text(prev.Span) is "،" or "," && i >= 2 && ctx.MentionAtToken(i - 2) >= 0;
        }

        if ((ctx.Tokens[i].Clitics & Proclitics.Wa) != 0 && ctx.MentionAtToken(i - 1) >= 0 && ctx.MentionAtToken(i - 1) != ctx.MentionAtToken(i))
        {
            return true;
        }

        // A definite noun or adjective before the name is a title or a description; a kinship word is a relative.
        return (prev.Clitics & Proclitics.Al) != 0
            || ctx.MatchCue(i - 1, "kin", out _) is not null || ctx.MatchCue(i - 1, "relative", out _) is not null;
    }

    /// <summary>True when the name is a mention of a person cluster the text names more than once (the person is referred to again).</summary>
    private static bool WrittenAsOwnPerson(CheckContext ctx, string nameNorm)
    {
        foreach (var c in ctx.Document.Clusters)
        {
            if (c.Label == EntityLabels.Person && c.Mentions.Length > 1 && c.Mentions.Any(m => m >= 0 && m < ctx.Document.Entities.Length
                && ArabicNormalizer.Default.NormalizeString(ctx.Document.Entities[m].Text) == nameNorm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when another person cluster of the text (outside the span) has the same given name: two namesakes the text names.</summary>
    private static bool OtherPersonWithGiven(CheckContext ctx, string given, int subjectId, TextSpan except)
    {
        foreach (var e in ctx.Document.Entities)
        {
            if (e.Label != EntityLabels.Person || e.Cluster == subjectId || e.Span.Overlaps(except) || ctx.Index.PersonKey(e.Cluster) == subjectId)
            {
                continue;
            }

            var first = ArabicNormalizer.Default.NormalizeString(e.Text).Split(' ', 2)[0];
            if (first == given)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when another person of the text (outside the span, not the subject) starts with the same given name and middle names.</summary>
    private static bool OtherPersonWithPrefix(CheckContext ctx, string[] prefix, int subjectId, TextSpan except)
    {
        foreach (var e in ctx.Document.Entities)
        {
            if (e.Label != EntityLabels.Person || e.Cluster == subjectId || e.Span.Overlaps(except) || ctx.Index.PersonKey(e.Cluster) == subjectId)
            {
                continue;
            }

            var words = ArabicNormalizer.Default.NormalizeString(e.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= prefix.Length && words.Take(prefix.Length).SequenceEqual(prefix))
            {
                return true;
            }
        }

        return false;
    }

    private static int Occurrences(CheckContext ctx, string nameNorm)
    {
        var text = ctx.Document.Normalized?.Text ?? ArabicNormalizer.Default.NormalizeString(ctx.Document.Source.Text);
        var count = 0;
        for (var at = text.IndexOf(nameNorm, StringComparison.Ordinal); at >= 0; at = text.IndexOf(nameNorm, at + nameNorm.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The first word of a compound given name or a nasab: عبد، أبو، أم، ابن، بن، بنت.</summary>
    private static bool IsNameParticle(string normalizedWord) =>
        normalizedWord is "عبد" or "ابو" or "ابي" or "ابا" or "ام" or "ابن" or "بن" or "بنت";

    /// <summary>
    /// True when the entity layer tagged the two words as (part of) one person's name. Without life years,
    /// a gazetteer name is only evidence when the text writes it as a name — not a given name followed by a
    /// preposition, a verb or a common word that happens to be someone's family name ("منير كان").
    /// </summary>
    private static bool IsPersonMention(AnalyzedDocument doc, TextSpan span)
    {
        var mentions = doc.Entities;
        int lo = 0, hi = mentions.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.End <= span.Start)
            {
                lo = mid + 1;
            }
            else if (mentions[mid].Span.Start > span.Start)
            {
                hi = mid - 1;
            }
            else
            {
                return mentions[mid].Label == EntityLabels.Person && mentions[mid].Span.Contains(span);
            }
        }

        return false;
    }
}
