using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Iro.Web.Govuk;

/// <summary>Binds a <see cref="DateInputModel"/> from its three boxes without adding framework error
/// messages; the page decides what to tell the user. Typed text stays in model state so it is shown again.</summary>
public sealed class DateInputModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);

        var model = new DateInputModel();
        var found = false;

        model.Day = Read(nameof(DateInputModel.Day));
        model.Month = Read(nameof(DateInputModel.Month));
        model.Year = Read(nameof(DateInputModel.Year));

        bindingContext.Result = found ? ModelBindingResult.Success(model) : ModelBindingResult.Failed();
        return Task.CompletedTask;

        int? Read(string part)
        {
            var key = ModelNames.CreatePropertyModelName(bindingContext.ModelName, part);
            var result = bindingContext.ValueProvider.GetValue(key);
            if (result == ValueProviderResult.None)
            {
                return null;
            }

            found = true;
            bindingContext.ModelState.SetModelValue(key, result);
            var text = result.FirstValue?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            model.HasUnreadablePart = true;
            return null;
        }
    }
}
