using CsCheck;
using Tarikh.Core.Claims;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>The document index agrees with a direct (quadratic) reading of the layers, on random documents.</summary>
public class DocumentIndexPropertyTests
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()));

    private static readonly string[] Fragments =
    [
        "ولد سليم الخوري عام 1870 في حلب",
        "وتوفي في بيروت عام 1931",
        "كانت شقيقته الكبرى هند، المولودة عام 1866، معلمة",
        "ابن خلدون (732 هـ / 1332 م – 808 هـ / 1406 م) مؤرخ",
        "تزوج من ليلى في 3 أيار 1899",
        "وفي عام 1900 سافر إلى القاهرة",
        "عمل في جريدة الأهرام",
        "ابنته فاطمة (1901–1980) كانت كاتبة",
        "توفي عن عمر ناهز 61 عاماً",
        "قيل إنه ولد في دمشق",
        "؛ ثم عاد",
        "(1905)",
        "- آنا من مواليد 1864",
    ];

    private static readonly Gen<string> Texts =
        Gen.Int[0, Fragments.Length - 1].Array[1, 6].Select(ix => string.Join(Gen.Bool.Single() ? "، " : ". ", ix.Select(i => Fragments[i])) + ".");

    [Fact]
    public void IndexAgreesWithTheLayers()
    {
        Texts.Sample(text =>
        {
            var doc = Pipeline.Value.Run(new SourceText(text, "prop"));
            var ix = DocumentIndex.Build(doc);
            var tokens = doc.Tokens;

            // Clauses: every token lies in its clause; a clause stays in one sentence and holds no break inside.
            for (var t = 0; t < tokens.Length; t++)
            {
                var (cs, ce) = ix.ClauseOf(t);
                Assert.True(cs <= t && t < ce, $"token {t} outside its clause [{cs},{ce})");
                Assert.All(Enumerable.Range(cs, ce - cs), k => Assert.Equal(tokens[t].Sentence, tokens[k].Sentence));
                if (ce - cs > 1)
                {
                    Assert.All(Enumerable.Range(cs, ce - cs), k => Assert.False(ix.IsClauseBreak(k)));
                }
            }

            // Token ↔ mention: a token maps to the mention covering it, and only then.
            for (var t = 0; t < tokens.Length; t++)
            {
                var direct = -1;
                for (var m = 0; m < doc.Entities.Length; m++)
                {
                    if (doc.Entities[m].Span.Overlaps(tokens[t].Span))
                    {
                        direct = m;
                    }
                }

                Assert.Equal(direct, ix.MentionAtToken(t));
            }

            // Cluster → mentions, and mentions per sentence.
            foreach (var c in doc.Clusters)
            {
                Assert.Equal(Enumerable.Range(0, doc.Entities.Length).Where(m => doc.Entities[m].Cluster == c.Id).ToArray(), ix.MentionsOf(c.Id).ToArray());
            }

            for (var s = 0; s < doc.Sentences.Length; s++)
            {
                var direct = Enumerable.Range(0, doc.Entities.Length).Where(m => doc.Sentences[s].Span.Contains(doc.Entities[m].Span)).ToArray();
                Assert.Equal(direct, ix.MentionsInSentence(s).ToArray());
            }

            // Every timex is in exactly one sentence list, in order.
            var listed = Enumerable.Range(0, doc.Sentences.Length).SelectMany(ix.TimexesInSentence).ToList();
            Assert.Equal(Enumerable.Range(0, doc.Timexes.Length).Where(i => doc.SentenceAt(doc.Timexes[i].Span.Start) >= 0), listed);

            // Appositions follow their mention; kinship links name existing clusters.
            foreach (var a in ix.Appositions)
            {
                Assert.True(a.FirstToken >= ix.EndTokenOf(doc.Entities[a.Mention].Span));
                Assert.True(a.EndToken <= tokens.Length && a.FirstToken < a.EndToken);
            }

            Assert.All(ix.Kinship, k => Assert.NotNull(ix.Cluster(k.Relative)));
            if (ix.Subject is { } subject)
            {
                Assert.Equal(Core.Entities.EntityLabels.Person, ix.LabelOf(subject.Cluster));
                Assert.InRange(subject.Confidence, 0.0, 1.0);
            }

            // Claims: spans ordered, ids are indexes, a lifespan claim's subject is the name the parenthesis follows.
            foreach (var c in doc.Claims.Where(c => c.Source == ClaimSources.Lifespan))
            {
                Assert.Contains(doc.Entities, e => e.Cluster == c.Subject && c.Spans.Contains(e.Span));
            }
        }, iter: 40);
    }
}
