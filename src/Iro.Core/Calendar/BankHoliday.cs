namespace Iro.Core.Calendar;

/// <summary>A bank holiday in England and Wales.</summary>
/// <remarks>Banking and Financial Dealings Act 1971 Sch 1, royal proclamations, and the common-law holidays
/// (Christmas Day and Good Friday); domain reference §3.2.</remarks>
public sealed record BankHoliday(DateOnly Date, string Name);

/// <summary>A one-off change to the standing rules: adds a holiday (<see cref="Name"/> required) or, when
/// <see cref="Removed"/> is true, removes a date the rules would otherwise produce. A moved holiday is a
/// Remove of the original date plus an Add of the new one.</summary>
/// <remarks>Domain reference §3.3: one-off changes are made by royal proclamation and are not predictable, so
/// they come from a table (built in, plus configuration) rather than from rules.</remarks>
public sealed record BankHolidayChange(DateOnly Date, string Name, bool Removed = false);
