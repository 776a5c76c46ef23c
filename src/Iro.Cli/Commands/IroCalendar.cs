using Iro.Core.Calendar;
using Iro.Web.Hosting;

namespace Iro.Cli.Commands;

/// <summary>The calendar the CLI uses: the standing rules plus any one-off changes in configuration.</summary>
internal static class IroCalendar
{
    private static readonly Lazy<EnglandBankHolidays> BankHolidays =
        new(() => IroConfiguration.BankHolidays(IroConfiguration.Load([])));

    private static readonly Lazy<WorkingDayCalendar> Calendar = new(() => new WorkingDayCalendar(BankHolidays.Value));

    public static EnglandBankHolidays Holidays => BankHolidays.Value;

    public static WorkingDayCalendar WorkingDays => Calendar.Value;
}
