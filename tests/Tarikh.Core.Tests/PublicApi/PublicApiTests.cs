using System.Reflection;
using System.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.PublicApi;

/// <summary>
/// The public API of the Tarikh.Core package against a generated baseline (Tarikh.Core.api.txt): a change
/// to what users of the package compile against must be deliberate. The baseline is generated, never
/// edited by hand; to accept a change, regenerate it with the command in <see cref="RegenerateCommand"/>.
/// </summary>
public class PublicApiTests
{
    /// <summary>The one-line command that rewrites the baseline from the current build.</summary>
    public const string RegenerateCommand =
        "TARIKH_UPDATE_API=1 dotnet test tests/Tarikh.Core.Tests -c Release --filter FullyQualifiedName~PublicApiTests";

    private static string BaselinePath => SharedData.Repo("tests", "Tarikh.Core.Tests", "PublicApi", "Tarikh.Core.api.txt");

    [Fact]
    public void ThePublicApiMatchesTheBaseline()
    {
        var current = Describe(typeof(Tarikh.Core.Text.SourceText).Assembly);
        if (Environment.GetEnvironmentVariable("TARIKH_UPDATE_API") == "1")
        {
            File.WriteAllText(BaselinePath, current);
            return;
        }

        Assert.True(File.Exists(BaselinePath), $"No baseline at {BaselinePath}: generate it with\n  {RegenerateCommand}");
        var baseline = File.ReadAllText(BaselinePath).ReplaceLineEndings("\n");
        if (baseline == current)
        {
            return;
        }

        var was = baseline.Split('\n').ToHashSet(StringComparer.Ordinal);
        var now = current.Split('\n').ToHashSet(StringComparer.Ordinal);
        var added = now.Except(was).Order(StringComparer.Ordinal).Take(20).ToList();
        var removed = was.Except(now).Order(StringComparer.Ordinal).Take(20).ToList();
        Assert.Fail(
            "The public API of Tarikh.Core differs from tests/Tarikh.Core.Tests/PublicApi/Tarikh.Core.api.txt.\n"
            + $"If the change is intended, regenerate the baseline (one line, from the repository root):\n  {RegenerateCommand}\n"
            + $"added ({now.Except(was).Count()}):\n  " + string.Join("\n  ", added)
            + $"\nremoved ({was.Except(now).Count()}):\n  " + string.Join("\n  ", removed));
    }

    [Fact]
    public void TheDescriptionSeesPublicMembersAndNotInternalOnes()
    {
        var api = Describe(typeof(Tarikh.Core.Text.SourceText).Assembly);
        Assert.Contains("Tarikh.Core.Input.HtmlTextExtractor : sealed class", api, StringComparison.Ordinal);
        Assert.Contains("TryExtract(System.String, System.Threading.CancellationToken = default)", api, StringComparison.Ordinal);
        Assert.DoesNotContain("HtmlNesting", api, StringComparison.Ordinal); // internal
    }

    /// <summary>One line per public type and per public or protected member, sorted: stable across builds.</summary>
    internal static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var name = TypeName(type);
            lines.Add($"{name} : {Kind(type)}{Bases(type)}");
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var m in type.GetMembers(flags))
            {
                if (Member(m) is { } member)
                {
                    lines.Add($"{name}::{member}");
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var l in lines)
        {
            text.Append(l).Append('\n');
        }

        return text.ToString();
    }

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : typeof(Delegate).IsAssignableFrom(t) ? "delegate"
        : t.IsAbstract && t.IsSealed ? "static class" : t.IsSealed ? "sealed class" : t.IsAbstract ? "abstract class" : "class";

    private static string Bases(Type t)
    {
        var bases = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) && !typeof(Delegate).IsAssignableFrom(t))
        {
            bases.Add(TypeName(b));
        }

        bases.AddRange(t.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(TypeName).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? string.Empty : " extends " + string.Join(", ", bases);
    }

    private static bool Visible(MethodBase? m) => m is not null && (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly);

    private static string? Member(MemberInfo m) => m switch
    {
        ConstructorInfo c when Visible(c) => $"ctor({Parameters(c)})",
        MethodInfo mi when Visible(mi) && !mi.IsSpecialName => $"{(mi.IsStatic ? "static " : string.Empty)}{TypeName(mi.ReturnType)} {mi.Name}{Generic(mi)}({Parameters(mi)})",
        PropertyInfo p when Visible(p.GetMethod) || Visible(p.SetMethod) =>
            $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{TypeName(p.PropertyType)} {p.Name}{Indexer(p)} {{{(Visible(p.GetMethod) ? " get;" : string.Empty)}{(Visible(p.SetMethod) ? (p.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Any(x => x.Name == "IsExternalInit") ? " init;" : " set;") : string.Empty)} }}",
        FieldInfo f when (f.IsPublic || f.IsFamily) && !f.IsSpecialName => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{TypeName(f.FieldType)} {f.Name}",
        EventInfo e when Visible(e.AddMethod) => $"event {TypeName(e.EventHandlerType!)} {e.Name}",
        _ => null,
    };

    private static string Indexer(PropertyInfo p) => p.GetIndexParameters() is { Length: > 0 } ps ? "[" + string.Join(", ", ps.Select(x => TypeName(x.ParameterType))) + "]" : string.Empty;

    private static string Generic(MethodInfo m) => m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Parameters(MethodBase m) =>
        string.Join(", ", m.GetParameters().Select(p => (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty) + TypeName(p.ParameterType) + (p.HasDefaultValue ? " = " + (p.DefaultValue is null ? "default" : Convert.ToString(p.DefaultValue, System.Globalization.CultureInfo.InvariantCulture)) : string.Empty)));

    private static string TypeName(Type t)
    {
        if (t.IsByRef)
        {
            return TypeName(t.GetElementType()!);
        }

        if (t.IsArray)
        {
            return TypeName(t.GetElementType()!) + "[" + new string(',', t.GetArrayRank() - 1) + "]";
        }

        if (t.IsGenericParameter)
        {
            return t.Name;
        }

        var name = t.IsNested ? TypeName(t.DeclaringType!) + "." + t.Name : (t.Namespace is null ? t.Name : t.Namespace + "." + t.Name);
        if (!t.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        return name + "<" + string.Join(", ", t.GetGenericArguments().Select(TypeName)) + ">";
    }
}
