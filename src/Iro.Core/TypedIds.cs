using System.Diagnostics.CodeAnalysis;

namespace Iro.Core;

// Strongly typed ids (architecture guide, convention 4): IParsable so routes bind; stored as Guid.
public readonly record struct CouncilId(Guid Value) : IParsable<CouncilId>
{
    public static CouncilId New() => new(Guid.CreateVersion7());
    public static CouncilId Parse(string s, IFormatProvider? provider) => new(Guid.Parse(s, provider));
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CouncilId result)
    {
        var ok = Guid.TryParse(s, provider, out var g);
        result = new(g);
        return ok;
    }
    public override string ToString() => Value.ToString();
}

public readonly record struct ChildId(Guid Value) : IParsable<ChildId>
{
    public static ChildId New() => new(Guid.CreateVersion7());
    public static ChildId Parse(string s, IFormatProvider? provider) => new(Guid.Parse(s, provider));
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ChildId result)
    {
        var ok = Guid.TryParse(s, provider, out var g);
        result = new(g);
        return ok;
    }
    public override string ToString() => Value.ToString();
}

public readonly record struct StaffMemberId(Guid Value) : IParsable<StaffMemberId>
{
    public static StaffMemberId New() => new(Guid.CreateVersion7());
    public static StaffMemberId Parse(string s, IFormatProvider? provider) => new(Guid.Parse(s, provider));
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out StaffMemberId result)
    {
        var ok = Guid.TryParse(s, provider, out var g);
        result = new(g);
        return ok;
    }
    public override string ToString() => Value.ToString();
}
