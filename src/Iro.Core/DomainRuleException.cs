namespace Iro.Core;

/// <summary>A rule of the domain was broken; the message is safe to show to the user.</summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message) : base(message) { }
    public DomainRuleException() { }
    public DomainRuleException(string message, Exception inner) : base(message, inner) { }
}
