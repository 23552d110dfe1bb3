using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Short forms of person names the entity stage left untagged: after "سامي عبد الرحيم النجار" an article names him
/// "النجار" alone ("ومات النجار عام 1978"), and a classical chain "أبو بكر محمد بن الوليد الطرطوشي" by its nisba
/// ("الطرطوشي"). Family names that are also common words (النجار: the carpenter, العطار، الطويل) are what the tagger
/// misses; the claims read them here as the person, so that two statements about one man meet.
/// </summary>
public sealed partial class DocumentIndex
{
    private readonly int[] _shortFormAtToken;

    /// <summary>Last words of a compound given name or title, never a family name alone ("نور الدين"، "عبد الله").</summary>
    private static readonly FrozenWords CompoundEnds = new("الدين", "الله", "الدولة", "الإسلام", "الملك", "الرحمن", "الرحيم", "الكريم", "العزيز");

    /// <summary>
    /// The person cluster whose short form (the last word of its multi-word name: a family name or a nisba) stands untagged at a
    /// token, or -1. A short form counts only when it names exactly one person of the document (a father and a son share the
    /// family name: neither), only after that person's first full mention, outside every tagged mention, and not right after an
    /// untagged definite word it could qualify as an adjective ("الحكم الطويل").
    /// </summary>
    public int ShortFormAt(int token)
    {
        return token >= 0 && token < _shortFormAtToken.Length ? _shortFormAtToken[token] : -1;
    }

    /// <summary>True when the person (any cluster of the same <see cref="PersonKey"/>) is named in the token range [start, end), by a tagged mention or a short form.</summary>
    public bool PersonNamedIn(int cluster, int start, int end)
    {
        var key = PersonKey(cluster);
        for (var k = Math.Max(0, start); k < Math.Min(end, Tokens.Length); k++)
        {
            var c = ClusterAtToken(k);
            if (c >= 0 && PersonKey(c) == key)
            {
                return true;
            }

            var s = ShortFormAt(k);
            if (s >= 0 && PersonKey(s) == key)
            {
                return true;
            }
        }

        return false;
    }

    private int[] FindShortForms()
    {
        var tokens = Tokens;
        var map = new int[tokens.Length];
        Array.Fill(map, -1);
        var norm = Normalization.ArabicNormalizer.Default;

        // form → (person key, cluster, first token of the first full mention); a form of two persons is dropped.
        var forms = new Dictionary<string, (int Key, int Cluster, int First)>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var wordsOf = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var c in Document.Clusters)
        {
            if (c.Label != EntityLabels.Person)
            {
                continue;
            }

            foreach (var m in MentionsOf(c.Id))
            {
                var text = Document.Entities[m].Text;
                if (!wordsOf.TryGetValue(text, out var words))
                {
                    wordsOf[text] = words = NameWords(text); // a name's mentions repeat its text: normalized once
                }

                if (words.Length < 2)
                {
                    continue;
                }

                var first = FirstTokenOf(Document.Entities[m].Span);
                var key = PersonKey(c.Id);

                // "الخطيب البغدادي": a laqab before a nisba names the man alone too ("وكانت وفاة الخطيب").
                if (words.Length == 2 && words[0].StartsWith("ال", StringComparison.Ordinal) && words[0].Length >= 5
                    && words[1].StartsWith("ال", StringComparison.Ordinal) && words[1].EndsWith('ي'))
                {
                    AddForm(forms, ambiguous, words[0], key, c.Id, first);
                }

                // "تقي الدين ابن الزجاج": "ابن الزجاج" alone, two words, is his short form (read at its "ابن").
                if (words.Length >= 3 && words[^2] is "ابن" && words[^1].Length >= 3)
                {
                    AddForm(forms, ambiguous, "ابن " + words[^1], key, c.Id, first);
                }

                // "أبو تمام حبيب بن أوس" … "إن أبا تمام مات": a kunya is declined by case (أبو، أبا، أبي), and the tagger knows the
                // nominative best; each case form of the kunya's two words names the man (read at its first word).
                if (words[0] is "ابو" && words[1].Length >= 3)
                {
                    foreach (var kunya in KunyaCases)
                    {
                        AddForm(forms, ambiguous, kunya + " " + words[1], key, c.Id, first);
                    }
                }

                var form = words[^1];
                if (form.Length < 3 || CompoundEnds.Contains(form) || words[^2] is "عبد" or "ابو" or "أبو" or "ابن" or "بن" or "ام" or "أم")
                {
                    continue;
                }

                if (forms.TryGetValue(form, out var seen))
                {
                    if (seen.Key != key)
                    {
                        ambiguous.Add(form);
                    }
                    else if (first < seen.First)
                    {
                        forms[form] = (key, c.Id, first);
                    }
                }
                else
                {
                    forms[form] = (key, c.Id, first);
                }
            }
        }

        foreach (var a in ambiguous)
        {
            forms.Remove(a);
        }

        if (forms.Count == 0)
        {
            return map;
        }

        // A one-word person of another key whose word is the form (another "الشامي" tagged alone and clustered apart) makes it ambiguous too.
        foreach (var c in Document.Clusters)
        {
            if (c.Label == EntityLabels.Person && forms.TryGetValue(norm.NormalizeString(c.Name), out var f) && PersonKey(c.Id) != f.Key)
            {
                forms.Remove(norm.NormalizeString(c.Name));
            }
        }

        // "ال" + base looked up without building the string for every token (round 18, issue 18).
        var bySpan = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> withAl = stackalloc char[64];
        for (var k = 0; k < tokens.Length; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Arabic || MentionAtToken(k) >= 0 || !IsContent(t.Sentence))
            {
                continue;
            }

            // "ابن الزجاج": both words name him.
            if (t.Base == "ابن" && k + 1 < tokens.Length && tokens[k + 1].Sentence == t.Sentence && MentionAtToken(k + 1) < 0
                && forms.TryGetValue("ابن " + tokens[k + 1].Norm, out var ibn) && k > ibn.First)
            {
                map[k] = map[k + 1] = ibn.Cluster;
                k++;
                continue;
            }

            // "أبا تمام": a case form of a kunya, both words.
            if (KunyaCases.Contains(t.Base) && k + 1 < tokens.Length && tokens[k + 1].Sentence == t.Sentence && MentionAtToken(k + 1) < 0
                && forms.TryGetValue(t.Base + " " + tokens[k + 1].Norm, out var kunyaForm) && k > kunyaForm.First)
            {
                map[k] = map[k + 1] = kunyaForm.Cluster;
                k++;
                continue;
            }

            if (!forms.TryGetValue(t.Base, out var f) && !forms.TryGetValue(t.Norm, out f) && !((t.Clitics & Proclitics.Al) != 0 && TryWithArticle(bySpan, withAl, t.Base, out f)))
            {
                continue;
            }

            if (k <= f.First)
            {
                continue;
            }

            // "الحكم الطويل": a definite form right after an untagged definite word is read as its adjective.
            if (k > 0 && tokens[k - 1].Sentence == t.Sentence && tokens[k - 1].Kind == TokenKind.Arabic && MentionAtToken(k - 1) < 0
                && Definite(t) && Definite(tokens[k - 1]))
            {
                continue;
            }

            map[k] = f.Cluster;
        }

        return map;
    }

    /// <summary>The three case forms of "أبو" in a kunya (nominative, accusative, genitive), normalized.</summary>
    private static readonly string[] KunyaCases = ["ابو", "ابا", "ابي"];

    private static void AddForm(Dictionary<string, (int Key, int Cluster, int First)> forms, HashSet<string> ambiguous, string form, int key, int cluster, int first)
    {
        if (forms.TryGetValue(form, out var seen))
        {
            if (seen.Key != key)
            {
                ambiguous.Add(form);
            }
            else if (first < seen.First)
            {
                forms[form] = (key, cluster, first);
            }
        }
        else
        {
            forms[form] = (key, cluster, first);
        }
    }

    /// <summary>The form "ال" + <paramref name="word"/>, looked up in a buffer (a longer word builds the string, as before).</summary>
    private static bool TryWithArticle(Dictionary<string, (int Key, int Cluster, int First)>.AlternateLookup<ReadOnlySpan<char>> forms, Span<char> buffer, string word,
        out (int Key, int Cluster, int First) form)
    {
        if (word.Length + 2 > buffer.Length)
        {
            return forms.Dictionary.TryGetValue("ال" + word, out form);
        }

        buffer[0] = 'ا';
        buffer[1] = 'ل';
        word.AsSpan().CopyTo(buffer[2..]);
        return forms.TryGetValue(buffer[..(word.Length + 2)], out form);
    }

    private static bool Definite(Token t) => (t.Clitics & Proclitics.Al) != 0;

    /// <summary>
    /// Joins the two halves of a compound name the tagger split at its hyphen ("نيقولاي ريمسكي-كورساكوف" read as "نيقولاي ريمسكي"
    /// and "كورساكوف"; issue 12b, round 17): a hyphen written tight between two person mentions binds one name, as in Russian and
    /// French double names. Only a cluster every mention of which stands right after the hyphen joins the cluster before it, so a
    /// family name that also names someone else on its own stays apart.
    /// </summary>
    private static void JoinHyphenSplitNames(AnalyzedDocument doc, Dictionary<int, int> key)
    {
        var text = doc.Source.Text;
        var persons = doc.Entities.Where(e => e.Label == EntityLabels.Person).OrderBy(e => e.Span.Start).ToList();
        var joined = new Dictionary<int, int>();
        var loose = new HashSet<int>();
        for (var i = 0; i < persons.Count; i++)
        {
            var e = persons[i];
            var before = i > 0 ? persons[i - 1] : null;
            if (before is not null && before.Cluster != e.Cluster && e.Span.Start == before.Span.End + 1 && text[before.Span.End] is '-' or '\u2011')
            {
                var root = key.TryGetValue(before.Cluster, out var r) ? r : before.Cluster;
                if (joined.TryGetValue(e.Cluster, out var prior) && prior != root)
                {
                    loose.Add(e.Cluster);
                }

                joined[e.Cluster] = root;
            }
            else
            {
                loose.Add(e.Cluster);
            }
        }

        foreach (var (cluster, root) in joined)
        {
            if (loose.Contains(cluster) || cluster == root)
            {
                continue;
            }

            key[cluster] = root;
            foreach (var other in key.Where(kv => kv.Value == cluster).Select(kv => kv.Key).ToList())
            {
                key[other] = root;
            }
        }
    }
}
