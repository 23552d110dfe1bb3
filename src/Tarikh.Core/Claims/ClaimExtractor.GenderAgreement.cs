namespace Tarikh.Core.Claims;

/// <summary>Who takes a birth or death whose named person's gender the verb contradicts: another agreeing person named before it.</summary>
public sealed partial class ClaimExtractor
{
    /// <summary>
    /// True when a person other than <paramref name="main"/> and <paramref name="topic"/>, whose gender agrees with the verb or is
    /// unknown, is named before the trigger in its sentence ("… فهزم بايزيدُ أخاه جماً، ففرّ جم … ومات في كابوا"): a birth or a
    /// death whose named person disagrees with its verb could then be that person's or an untagged one's, not the topic's.
    /// </summary>
    private static bool OtherAgreeingPersonBefore(DocumentIndex index, int sentence, int trigger, int main, int topic)
    {
        var (ss, _) = index.SentenceTokens(sentence);
        for (var k = trigger - 1; k >= ss; k--)
        {
            var c = index.ClusterAtToken(k);
            if (c >= 0 && IsPerson(index, c) && index.PersonKey(c) != index.PersonKey(main) && index.PersonKey(c) != index.PersonKey(topic)
                && (index.PersonGender(c) is null || index.GenderAgrees(c, trigger)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest person named before the trigger in its sentence whose known gender agrees with the trigger's, never <paramref name="main"/>.</summary>
    private static int? AgreeingPersonBefore(DocumentIndex index, int sentence, int trigger, int main)
    {
        var (ss, _) = index.SentenceTokens(sentence);
        for (var k = trigger - 1; k >= ss; k--)
        {
            var c = index.ClusterAtToken(k);
            if (c < 0 || !IsPerson(index, c) || index.PersonKey(c) == index.PersonKey(main))
            {
                continue;
            }

            if (index.PersonGender(c) is not null && index.GenderAgrees(c, trigger))
            {
                return c;
            }
        }

        return null;
    }
}
