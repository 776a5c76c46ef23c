namespace Iro.Core.Calendar;

/// <summary>A day that is not a working day, with the reason in plain English: "Saturday", "Sunday", or the
/// bank holiday's name (for example "Christmas Day").</summary>
public sealed record NonWorkingDay(DateOnly Date, string Reason);
