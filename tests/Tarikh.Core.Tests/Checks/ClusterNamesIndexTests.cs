using System.Collections.Immutable;
using Tarikh.Core.Checks;
using Tarikh.Core.Entities;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 15 (issue-18): <see cref="CheckContext.ClusterNamedAt"/> reads a first word's written forms through an index by
/// second word (<see cref="ClusterNames"/>). The index leaves out only forms that cannot match (checked against the phrase
/// matcher on every token of a text full of proclitics), and the forms tried per token no longer grow with the number of
/// names that share a first word.
/// </summary>
public class ClusterNamesIndexTests
{
    private static readonly Tarikh.Core.Pipeline.AnalysisPipeline Foundation =
        Tarikh.Core.Pipeline.TarikhPipeline.CreateFoundation(Tarikh.Core.Pipeline.TarikhResources.LoadDefault());

    [Fact]
    public void TheIndexKeepsEveryFormThatMatches()
    {
        const string text = "درس الشيخ في جامعة القاهرة ثم انتقل إلى بالقاهرة وللقاهرة والمدينة، وكتب لجامعة الأزهر وبجامعة الأزهر "
            + "رسالة إلى المكتبة وفالمكتبة وكالمدرسة، وعاد بعدها إلى دار الكتب ولدار الكتب وبالكتب.";
        var doc = Foundation.Run(new Tarikh.Core.Text.SourceText(text, "test"));
        var tokens = doc.Tokens;
        var index = Tarikh.Core.Claims.DocumentIndex.For(doc);

        // Every second word a token could be read as, and some it could not.
        var vocabulary = new HashSet<string>(StringComparer.Ordinal) { "القاهره", "الازهر", "الكتب", "المكتبه", "الكتاب", "قاهره" };
        foreach (var t in tokens)
        {
            vocabulary.Add(t.Norm);
            for (var k = 1; k <= t.CliticCount; k++)
            {
                vocabulary.Add(t.BaseCandidate(k).ToString());
            }

            for (var p = 1; p <= 4 && p <= t.Norm.Length; p++)
            {
                vocabulary.Add("ال" + t.Norm[p..]);
            }
        }

        var matched = 0;
        for (var k = 0; k + 1 < tokens.Length; k++)
        {
            var forms = vocabulary.Order(StringComparer.Ordinal)
                .Select(w => (Form: ImmutableArray.Create(tokens[k].Norm, w), Cluster: 0, Label: EntityLabels.Organization)).ToList();
            forms.Add((ImmutableArray.Create(tokens[k].Norm), 1, EntityLabels.Organization));
            var entry = new ClusterNames.Entry(forms);
            var candidates = entry.Candidates(tokens[k + 1]);
            Assert.NotNull(candidates);
            Assert.True(candidates.SequenceEqual(candidates.Order()), "positions in the list's order");
            for (var i = 0; i < forms.Count; i++)
            {
                if (index.MatchPhrase(k, forms[i].Form, out _))
                {
                    matched++;
                    Assert.True(candidates.Contains(i), $"'{string.Join(' ', forms[i].Form)}' matches at token {k} ('{tokens[k].Norm} {tokens[k + 1].Norm}') but was left out");
                }
            }

            Assert.True(candidates.Count <= 10, $"token {k}: {candidates.Count} of {forms.Count} forms tried");
        }

        Assert.True(matched > tokens.Length, $"only {matched} matches: the check would say nothing");
    }

    [Fact]
    public void FormsTriedPerTokenDoNotGrowWithNamesSharingAFirstWord()
    {
        var small = FormsTriedPerToken(20);
        var large = FormsTriedPerToken(160);
        Assert.True(large <= 1.5 * small + 0.05, $"forms tried per token: {small:F2} with 20 names → {large:F2} with 160");
    }

    // 'n' men named محمد with distinct family names, each tagged once and named again untagged (so the written forms are
    // tried there); the forms ClusterNamedAt tries per token over the whole document (the index's probes).
    private static double FormsTriedPerToken(int n)
    {
        var families = Families().Take(n).ToList();
        Assert.Equal(n, families.Count);
        var text = new System.Text.StringBuilder();
        foreach (var f in families)
        {
            text.Append($"وصل محمد {f} إلى بغداد في الربيع. ثم كتب محمد {f} رسالة طويلة إلى أخيه، وسافر محمد بعدها بالقطار. ");
        }

        var built = new CheckDoc(text.ToString());
        for (var i = 0; i < families.Count; i++)
        {
            built.Person($"محمد {families[i]}", "p" + i);
        }

        var doc = built.Build();
        var ctx = new CheckContext(doc, ConsistencyChecker.Default.Lexicon, ConsistencyChecker.Default.Options);
        // (Some family names normalize to the same text; a form two clusters share is dropped.)
        Assert.True(ctx.Names.Entries.Max(e => e.Forms.Count) >= n / 2, "the names share one first word");
        var before = ctx.Index.Probes;
        var named = 0;
        for (var k = 0; k < ctx.Tokens.Length; k++)
        {
            named += ctx.ClusterNamedAt(k, out _) >= 0 ? 1 : 0;
        }

        Assert.True(named >= 2 * n, $"{named} tokens named a cluster");
        return (ctx.Index.Probes - before) / (double)ctx.Tokens.Length;
    }

    // Family names (the second word of two-word person names in the entity stage's list), none the start of another.
    private static IEnumerable<string> Families()
    {
        var all = new List<string>();
        foreach (var line in File.ReadLines(SharedData.Repo("src", "Tarikh.Core", "Entities", "Data", "persons.tsv")))
        {
            var cols = line.Split('\t');
            var name = cols[0].Split(' ');
            if (!line.StartsWith('#') && cols.Length >= 2 && cols[1] == "person" && name.Length == 2 && name[1].Length >= 4 && name[1].All(char.IsLetter))
            {
                all.Add(name[1]);
            }
        }

        var distinct = all.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Where(f => !distinct.Any(g => g != f && g.StartsWith(f, StringComparison.Ordinal)));
    }
}
