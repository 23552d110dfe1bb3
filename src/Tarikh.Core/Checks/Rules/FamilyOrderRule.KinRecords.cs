using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>The records of the kin-noun reading of <see cref="FamilyOrderRule"/> (moved out of FamilyOrderRule.KinNouns.cs in round 20, unchanged but for the round-20 fields).</summary>
public sealed partial class FamilyOrderRule
{
    /// <summary>How a kin noun relates its referent to the person it speaks of.</summary>
    private enum KinRole
    {
        Parent,
        Child,
        Sibling,

        /// <summary>A grandparent ("جدي"، "ستي"، round 20): two generations above the possessor.</summary>
        Grandparent,

        /// <summary>An uncle or aunt ("عمي"، "خالتي"، round 20): a collateral of the parents, ranked only by a stated comparison.</summary>
        Uncle,
    }

    /// <summary>
    /// A kin noun of the lexicon. <paramref name="Person"/>: 1 for a first-person possessive ("أمي")، 3 for a third-person one ("أبوه")،
    /// 0 for the definite noun ("الأب")، -1 for a superlative over the children ("أكبرهم"، "بكرها"). <paramref name="OwnerFemale"/> is the
    /// possessor's gender when the suffix shows it. <paramref name="Rank"/>: 1 the elder, 100 the younger, 0 none stated.
    /// </summary>
    private sealed record KinWord(KinRole Role, int Person, bool? OwnerFemale, bool Female, int Rank, string En)
    {
        /// <summary>A noun in construct with the relative's name ("نجل الحاج محمود"): the named one is the parent of the person.</summary>
        public bool Construct { get; init; }
    }

    /// <summary>A kin noun found in the text: the word, its tokens (with a following rank word), and whether it stands in construct with a "ل" phrase ("الأخ الأكبر للشاعر …").</summary>
    private sealed record KinAt(KinWord Word, int Token, int End, int Rank, bool Inverted, string Phrase)
    {
        /// <summary>A bare rank label ("الكبرى سعاد"، "والأصغر حسن"), not a kin noun: it ranks within the set it labels only.</summary>
        public bool Bare { get; init; }

        /// <summary>A superlative set beside a name by "وهو"/"وهي" ("محمد وهو أكبر أولاده"، "(مواليد 1975) وهو أكبرهم", round 19): the eldest of a list.</summary>
        public bool Apposed { get; init; }

        /// <summary>
        /// Round 20: a first-person kin noun with a child noun in apposition after it ("وأبوي محمد ولده البكر"، "وأمي بنتها الكبيرة"): the
        /// relative is the child of the one the apposition's pronoun names (the relative dated before it).
        /// </summary>
        public bool ChildOfOther { get; init; }

        /// <summary>Round 20: a comparison stated after the kin noun ("وأبوي أصغر منه"): 1 older, 100 younger than the other dated birth; 0 none.</summary>
        public int Compared { get; init; }
    }

    /// <summary>A dated birth: its trigger (or the kin noun of an elided "والابن سنة …")، the timex, whose it is, and the verb's gender when it shows.</summary>
    private sealed record DatedBirth(int Anchor, int Timex, GregorianInterval Date, KinAt? Kin, bool FirstPerson, bool? Female, int Sentence)
    {
        /// <summary>True when a pronoun names the one born ("وكان هو قد ولد"، "وأنا ولدت"، "وسالم نفسه ولد").</summary>
        public bool Self { get; init; }

        /// <summary>True for the first year of a lifespan in parentheses.</summary>
        public bool Lifespan { get; init; }

        /// <summary>True for a child's birth told from the parent ("ولد له ابنه …"، "رزق … بابنته …"): the pronoun or the verb's subject is the parent.</summary>
        public bool ToParent { get; init; }

        /// <summary>The one-word name after "أما" ("أما يوسف فولد …"), normalized, or null.</summary>
        public string? Named { get; init; }

        /// <summary>The name the birth is told of when no kin noun or pronoun names it (a member of a list), for the messages; or null.</summary>
        public string? Who { get; init; }

        /// <summary>True when "أنت" names the one born ("وأنت ولدت سنة …", round 19): the possessor of a second-person kin noun.</summary>
        public bool Addressee { get; init; }

        /// <summary>Round 20: the birth word is the nominal "مواليد" ("من مواليد 1930"), which shows no gender.</summary>
        public bool Nominal { get; init; }
    }
}
