using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Iro.Web.Govuk;

/// <summary>The day, month and year boxes of a GOV.UK date input, bound from <c>Prop.Day</c>,
/// <c>Prop.Month</c> and <c>Prop.Year</c> by <see cref="DateInputModelBinder"/>.</summary>
/// <remarks>Text that is not a whole number leaves its part <see langword="null"/> and makes
/// <see cref="TryGetDate"/> fail, so the page can say the date "must be a real date". A year must have
/// 4 digits, as the GOV.UK date input pattern asks.</remarks>
[ModelBinder(typeof(DateInputModelBinder))]
public sealed class DateInputModel
{
    public int? Day { get; set; }

    public int? Month { get; set; }

    public int? Year { get; set; }

    /// <summary>True when a box held text that is not a whole number, such as "3rd".</summary>
    public bool HasUnreadablePart { get; internal set; }

    /// <summary>True when all three boxes were left empty.</summary>
    public bool IsEmpty => Day is null && Month is null && Year is null && !HasUnreadablePart;

    public static DateInputModel From(DateOnly date) => new() { Day = date.Day, Month = date.Month, Year = date.Year };

    public static DateInputModel? From(DateOnly? date) => date is { } d ? From(d) : null;

    /// <summary>The date, or an error on <paramref name="key"/> in GOV.UK's words for a missing or impossible
    /// date ("Enter the date the review was held", "The date the review was held must be a real date").</summary>
    /// <param name="what">The date's name as the error messages use it, for example "the date the review was held".</param>
    public static DateOnly? Required(DateInputModel? input, ModelStateDictionary modelState, string key, string what)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (input is null || input.IsEmpty)
        {
            modelState.AddModelError(key, $"Enter {what}");
            return null;
        }
        if (!input.TryGetDate(out var date))
        {
            modelState.AddModelError(key, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be a real date");
            return null;
        }
        return date;
    }

    public bool TryGetDate(out DateOnly date)
    {
        date = default;
        if (HasUnreadablePart || Day is not { } day || Month is not { } month || Year is not { } year)
        {
            return false;
        }

        if (year is < 1000 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
