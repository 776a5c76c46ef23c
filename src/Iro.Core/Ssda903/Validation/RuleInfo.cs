namespace Iro.Core.Ssda903;

/// <summary>A validation rule as shown to people: the DfE code, its message, a plain-English explanation of
/// exactly what Iro checks, and the tables whose rows it can flag.</summary>
public sealed record RuleInfo(string Code, string Message, string Explanation, IReadOnlyList<Ssda903Table> Tables);
