using Tarikh.Core.Checks;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 23 (23k1), both ways, on sentences written for the tests against data/kb/dev23t23k1.json
/// (tools/kb/make_dev23t23k1_kb.py, invented persons in real cities): an interview's answer after a prompt or question about
/// the interviewee's father is the father's (compared with the KB's father, never with the interviewee); a sentence opened by a
/// linked name ("ووديع الصباغ هذا ولد …، ومات …") gives its life verbs that person; a kinship noun in apposition to the
/// subject's own name ("رامز العطار، الأخ الأكبر،") and an apposition pronoun ("وهو المولود … والمتوفى …") do not make the
/// subject's death a relative's; a dash-led list is no dialogue.
/// </summary>
public sealed class Round23PersonsTests
{
    private static readonly KbPipeline Fixture = new("dev23t23k1.json");

    private static List<Flag> KbFlags(string text, string property)
        => [.. KbPipeline.KbFlags(Fixture.Run(text)).Where(f => f.Evidence.TryGetValue("kb_property", out var p) && p == property)];

    [Theory]
    [InlineData("P570", "Q90078309", "حوار مع المهندس نادر الحلبي.\n— من أين جاءك حب العمارة؟\n— من البيت.\n— حدثنا عن والدك.\n— ولد في حمص عام 1910، وتوفي في اللاذقية عام 1985، وكان معلمي الأول.")]
    [InlineData("P570", "Q90078309", "لقاء مع نادر الحلبي.\nس: متى توفي والدك؟\nج: توفي عام 1987 في اللاذقية.")]
    [InlineData("P19", "Q90078311", "كتب فؤاد الخوري عن أستاذه. ووديع الصباغ هذا ولد في دمشق سنة 1890، ومات في بيروت سنة 1950.")]
    [InlineData("P20", "Q90078311", "كتب فؤاد الخوري عن أستاذه. ووديع الصباغ هذا ولد في دمشق سنة 1890، ومات في بيروت سنة 1950.")]
    [InlineData("P20", "Q90078311", "ولد فؤاد الخوري في بيروت سنة 1920، وتتلمذ على شاعر كبير. فوديع الصباغ توفي في بيروت سنة 1950، بعد أن علّمه الشعر.")]
    [InlineData("P570", "Q90078312", "أسس الأخوان التجارة في دمشق. كان رامز العطار، الأخ الأكبر، مولودا سنة 1860، وقد تولى التجارة حتى وفاته سنة 1920.")]
    [InlineData("P570", "Q90078313", "تأسس النادي في حلب سنة 1920. وترأس حليم القاسم أول جمعية للنادي، وهو المولود في حلب سنة 1870 والمتوفى في حمص سنة 1935.")]
    [InlineData("P20", "Q90078308", "مسيرة نادر الحلبي:\n- 1950: ولد نادر الحلبي في حلب، وعمل مع والده.\n- 2015: توفي في دمشق.")]
    public void A_wrong_value_of_the_person_the_text_means_is_flagged_on_that_person(string property, string item, string text)
    {
        var flag = Assert.Single(KbFlags(text, property));
        Assert.Equal(item, flag.Evidence["item"]);
    }

    [Theory]
    [InlineData("حوار مع المهندس نادر الحلبي.\n— من أين جاءك حب العمارة؟\n— من البيت.\n— حدثنا عن والدك.\n— ولد في حمص عام 1910، وتوفي في اللاذقية عام 1990، وكان معلمي الأول.")]
    [InlineData("لقاء مع نادر الحلبي.\nس: متى توفي والدك؟\nج: توفي عام 1990 في اللاذقية.")]
    [InlineData("كتب فؤاد الخوري عن أستاذه. ووديع الصباغ هذا ولد في بيروت سنة 1890، ومات في دمشق سنة 1950.")]
    [InlineData("ولد فؤاد الخوري في بيروت سنة 1920، وتتلمذ على شاعر كبير. فوديع الصباغ توفي في دمشق سنة 1950، بعد أن علّمه الشعر.")]
    [InlineData("أسس الأخوان التجارة في دمشق. كان رامز العطار، الأخ الأكبر، مولودا سنة 1860، وقد تولى التجارة حتى وفاته سنة 1915.")]
    [InlineData("تأسس النادي في حلب سنة 1920. وترأس حليم القاسم أول جمعية للنادي، وهو المولود في حلب سنة 1870 والمتوفى في حمص سنة 1930.")]
    public void The_right_value_stays_silent(string text)
        => Assert.Empty(KbPipeline.KbFlags(Fixture.Run(text)));
}
