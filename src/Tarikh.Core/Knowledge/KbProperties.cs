using System.Collections.Frozen;

namespace Tarikh.Core.Knowledge;

/// <summary>Names of the properties verification reports, in Arabic and English.</summary>
public static class KbProperties
{
    private static readonly FrozenDictionary<string, (string Ar, string En)> Names = new Dictionary<string, (string, string)>
    {
        ["P569"] = ("تاريخ الميلاد", "date of birth"),
        ["P570"] = ("تاريخ الوفاة", "date of death"),
        ["P19"] = ("مكان الولادة", "place of birth"),
        ["P20"] = ("مكان الوفاة", "place of death"),
        ["P26"] = ("الزوج/الزوجة", "spouse"),
        ["P22"] = ("الأب", "father"),
        ["P25"] = ("الأم", "mother"),
        ["P3373"] = ("الأخ/الأخت", "sibling"),
        ["P40"] = ("الابن/الابنة", "child"),
        ["P39"] = ("المنصب", "position held"),
        ["P69"] = ("مكان الدراسة", "educated at"),
        ["P108"] = ("جهة العمل", "employer"),
        ["P463"] = ("العضوية", "member of"),
        ["P102"] = ("العضوية في حزب", "member of political party"),
        ["P106"] = ("المهنة", "occupation"),
        ["P571"] = ("تاريخ التأسيس", "inception"),
        ["P576"] = ("تاريخ الحل أو الانتهاء", "dissolved or abolished"),
        ["P585"] = ("التاريخ", "point in time"),
        ["P580"] = ("تاريخ البداية", "start time"),
        ["P582"] = ("تاريخ النهاية", "end time"),
        ["P276"] = ("المكان", "location"),
        ["P800"] = ("أبرز الأعمال", "notable work"),
        ["P166"] = ("الجوائز", "award received"),
        ["P512"] = ("الدرجة العلمية", "academic degree"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The Arabic name of a property, or its id.</summary>
    public static string Arabic(string property) => Names.TryGetValue(property, out var n) ? n.Ar : property;

    /// <summary>The English name of a property, or its id.</summary>
    public static string English(string property) => Names.TryGetValue(property, out var n) ? n.En : property;
}
