using System.Collections.Immutable;
using System.Globalization;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>Results: verifications with their KB evidence, flags with messages in Arabic and English, notes, merged duplicate flags.</summary>
public sealed partial class ClaimVerifier
{
    // The same error stated twice (a heading and the sentence under it) is one flag with the spans of both.
    private static ImmutableArray<Flag> MergeSameError(ImmutableArray<Flag>.Builder flags)
    {
        var result = new List<Flag>();
        var byKey = new Dictionary<(string, string, string, string), int>();
        foreach (var f in flags)
        {
            var key = (f.Evidence.GetValueOrDefault("item", ""), f.Evidence.GetValueOrDefault("kb_property", ""),
                f.Evidence.GetValueOrDefault("kb_value", ""), KbNames.Default.Key(f.Evidence.GetValueOrDefault("text_value", "")));
            if (byKey.TryGetValue(key, out var at))
            {
                var first = result[at];
                result[at] = first with { Spans = [.. first.Spans.Concat(f.Spans).Distinct().OrderBy(s => s.Start).ThenBy(s => s.End)] };
                continue;
            }

            byKey[key] = result.Count;
            result.Add(f);
        }

        return [.. result];
    }

    /// <summary>The preposition لـ joined to a name: "للمؤتمر" before the article, "لـفلاديمير" otherwise.</summary>
    private static string Li(string name) => name.StartsWith("ال", StringComparison.Ordinal) && name.Length > 2 ? "لل" + name[2..] : "لـ" + name;

    /// <summary>The Arabic of a note the verifier writes as a code.</summary>
    private static string? ArabicNote(string? note) => note switch
    {
        null => null,
        "julian-reading" => "يوم النص هو يوم قاعدة المعرفة بالتقويم اليولياني (النمط القديم)",
        "incomplete-year" => "السنة مكتوبة في النص ناقصة",
        "unlinked-place" => "المكان غير موجود في القاعدة: قد يقع داخل مكانها فلا يُحكم بالتناقض",
        "another-city" => "مدينة النص غير مدينة القاعدة، ولا تقع مدينة داخل مدينة أخرى",
        "another-polity" => "تاريخ بعيد عن كل تواريخ القاعدة: دولة أخرى بالاسم نفسه على الأرجح",
        "born-after-the-text's-date" => "وُلد بعد التاريخ الذي يضعه فيه النص: الاسم أو التاريخ خطأ",
        "position-by-words" => "المنصب معروف بكلمات اسمه في النص",
        "another-subject" => "النص يسند الفعل إلى شخص آخر غير المرتبط بالعنصر",
        "kin-of-the-named-relative" => "القيمة في القاعدة قريب للقريب المذكور في الجملة (صهر أو ربيب أو حفيد): علاقة أخرى",
        "another-person-agrees" => "القيمة صحيحة في القاعدة لشخص آخر مذكور في الجملة: الإسناد ملتبس",
        "organization-kind" => "الاسم في النص لمؤسسة من نوع آخر غير العنصر",
        "relative-named-in-full" => "القريب من النوع المذكور معروف باسمه كاملاً في الجملة",
        "sub-organization" => "التاريخ لجزء من المنظمة (شبيبتها أو فرعها) لا للمنظمة نفسها",
        "spouse-named-in-sentence" => "الزوج معروف باسمه في الجملة",
        "named-in-sentence" => "القيمة معروفة باسمها في الجملة",
        "return-to-office" => "العودة إلى المنصب توافق بداية ولاية لاحقة في القاعدة",
        "one-day-apart" => "يختلف عن يوم القاعدة بيوم واحد: فرق التوقيت بين المصادر، لا خطأ",
        "relation-word" => "كلمة القرابة في النص تسمي علاقة أخرى غير علاقة الادعاء",
        "not-a-name" => "القيمة كلمة بضمير لا اسم علم",
        "in-law-of-a-marriage" => "القيمة في القاعدة زوج القريب المذكور، في جملة زواج: قرابة مصاهرة لا تناقض",
        "teaching" => "فعل التدريس (درّس) وظيفة لا دراسة",
        "degree-statement" => "الدرجة العلمية نفسها مسجلة في القاعدة لمؤسسة أخرى",
        "child-borne" => "فعل الولادة متبوع بـ«له»: ولادة الابن لا ولادة الأم",
        "namesake" => "الاسم المختصر يصلح لاثنين من الأسرة يحملان الاسم نفسه: لا يُعرف أيهما",
        "untagged-subject" => "فاعل الفعل اسم شخص آخر لا يعرفه النص موسوماً: ليس للشخص المرتبط",
        "after-death" => "الفعل مؤرخ بعد وفاة الشخص المرتبط في القاعدة: ليس فعله",
        "named-with-head-noun" => "الدولة معروفة باسمها كاملاً في النص",
        _ when note.Length > 5 && note[0] == 'P' && note.IndexOf(": ", StringComparison.Ordinal) is var colon && colon > 1
            => $"{KbProperties.Arabic(note[..colon])} ({note[..colon]}) في القاعدة: {note[(colon + 2)..]}",
        _ when note.StartsWith('P') => note,
        _ => null,
    };

    private static string Label(IKnowledgeBase kb, string id) => kb.Get(id)?.LabelIn("en", "ar") ?? id;

    // ---- results -----------------------------------------------------------------------------------

    private static Verification Supported(Claim claim, KbEntity subject, KbStatement s, string? note, IKnowledgeBase? kb = null)
        => new(claim.Id, Verdicts.Supported, Evidence(subject, s, kb), note);

    private static KbEvidence Evidence(KbEntity subject, KbStatement s, IKnowledgeBase? kb)
    {
        var v = s.MainSnak.Value;
        if (v.Time is { } t)
        {
            return new KbEvidence(subject.Id, s.Property, s.Id, t.Display().Replace(" (Julian)", "", StringComparison.Ordinal), null,
                KbTimeConverter.CalendarName(t.Calendar), KbPrecision.Name(t.Precision));
        }

        var label = v.Item is { } id ? kb?.Get(id)?.LabelIn("ar", "en") : null;
        return new KbEvidence(subject.Id, s.Property, s.Id, v.Item ?? v.Text, label, null, null);
    }

    private Flag ToFlag(AnalyzedDocument document, ImmutableArray<TextSpan> claimSpans, string property, string textValue, int? claimId,
        Verification v, KbLink link, bool confident, IKnowledgeBase kb)
    {
        var kbEvidence = v.Kb!;
        confident = confident && link.Confidence >= Options.ConfidentLink;
        var item = kb.Get(link.Item);
        var labelAr = item?.LabelIn("ar", "en") ?? link.Label;
        var labelEn = item?.LabelIn("en", "ar") ?? link.Label;
        var kbValueAr = kbEvidence.ValueLabel is { } vl ? $"{vl} ({kbEvidence.Value})" : kbEvidence.Value + (kbEvidence.Calendar == "julian" ? " (يولياني)" : "");
        var kbValueEn = kbEvidence.ValueLabel is not null && kbEvidence.Value is { } qid ? $"{Label(kb, qid)} ({qid})" : kbEvidence.Value + (kbEvidence.Calendar == "julian" ? " (Julian)" : "");
        var propAr = KbProperties.Arabic(kbEvidence.Property);
        var propEn = KbProperties.English(kbEvidence.Property);
        var noteEn = v.Note is null ? "" : $" ({v.Note})";
        var noteAr = (v.NoteAr ?? ArabicNote(v.Note)) is { } na ? $" ({na})" : "";
        var messageAr = $"يخالف النصُّ قاعدةَ المعرفة: {propAr} {Li(labelAr)} ({link.Item}) فيها {kbValueAr}، والنص يذكر «{textValue}»{noteAr}.";
        var ofEn = propEn.EndsWith(" of", StringComparison.Ordinal) ? $"\"{propEn}\" of" : $"{propEn} of";
        var messageEn = $"The knowledge base contradicts the text: {ofEn} {labelEn} ({link.Item}) is {kbValueEn} there; the text says \"{textValue}\"{noteEn}.";
        var evidence = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (claimId is { } id)
        {
            evidence["claim"] = id.ToString(CultureInfo.InvariantCulture);
        }

        evidence["item"] = link.Item;
        evidence["item_label"] = labelAr;
        evidence["property"] = property;
        evidence["kb_property"] = kbEvidence.Property;
        evidence["kb_value"] = kbEvidence.Value ?? "";
        if (kbEvidence.ValueLabel is not null)
        {
            evidence["kb_value_label"] = kbEvidence.ValueLabel;
        }

        if (kbEvidence.Calendar is not null)
        {
            evidence["kb_calendar"] = kbEvidence.Calendar;
            evidence["kb_precision"] = kbEvidence.Precision ?? "";
        }

        if (kbEvidence.Statement is not null)
        {
            evidence["statement"] = kbEvidence.Statement;
        }

        evidence["text_value"] = textValue;
        evidence["link_confidence"] = link.Confidence.ToString("0.###", CultureInfo.InvariantCulture);
        if (v.Note is not null)
        {
            evidence["note"] = v.Note;
            if ((v.NoteAr ?? ArabicNote(v.Note)) is { } arabicNote)
            {
                evidence["note_ar"] = arabicNote;
            }
        }

        var spans = claimSpans.IsDefaultOrEmpty ? ImmutableArray<TextSpan>.Empty : [.. claimSpans.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End)];
        if (AlternativeOf(document, spans) is { } alternative)
        {
            evidence[AlternativeKey] = alternative; // round 21 (xe): the text's hedged, reported or rejected alternative (Gate)
        }

        return new Flag("kb-contradiction", confident ? Severity.Error : Severity.Warning, spans, messageAr, messageEn, evidence.ToImmutable());
    }

    // The value of a dated relation as the text gives it: the value's name (or the act's words) and the date.
    private static string QualifierTextValue(AnalyzedDocument document, Claim claim)
    {
        var date = (claim.Time ?? claim.Start ?? claim.End)?.Text;
        var name = claim.Value.Kind == ClaimValueKind.Entity || claim.Property != ClaimProperties.PositionHeld ? TextValue(document, claim) : "";
        return name.Length == 0 ? date ?? "" : date is null ? name : $"{name} … {date}";
    }

    private static string TextValue(AnalyzedDocument document, Claim claim)
    {
        if (claim.Value.Text is { Length: > 0 } t)
        {
            return t;
        }

        if (claim.Value.Cluster is { } c && c >= 0 && c < document.Clusters.Length)
        {
            return document.Clusters[c].Name;
        }

        return claim.Value.Date?.ToString() ?? "";
    }
}
