using Iro.Core.Calendar;
using Iro.Core.Ssda903;
using Microsoft.AspNetCore.Http;

namespace Iro.Web.Features.Ssda903;

/// <summary>What the 903 pages share: the collection years offered and reading the uploaded files.</summary>
public static class Ssda903Form
{
    /// <summary>Uploads up to a national-scale extract (about 40 MB of CSV).</summary>
    public const long MaxUploadBytes = 200L * 1024 * 1024;

    public static IReadOnlyList<CollectionYear> Years { get; } =
        Enumerable.Range(CollectionYear.Earliest.StartYear, CollectionYear.Latest.StartYear - CollectionYear.Earliest.StartYear + 1)
            .Select(y => new CollectionYear(y)).ToList();

    /// <summary>The year being worked on: this collection year, within the years Iro has rules for.</summary>
    public static CollectionYear DefaultYear(TimeProvider clock)
    {
        var year = CollectionYear.Containing(clock.TodayInEngland());
        return year > CollectionYear.Latest ? CollectionYear.Latest : year < CollectionYear.Earliest ? CollectionYear.Earliest : year;
    }

    public static Ssda903ReadResult ReadUploads(IReadOnlyList<IFormFile> files, CollectionYear year)
    {
        var streams = files.Select(f => (f.FileName, f.OpenReadStream())).ToList();
        try
        {
            return Ssda903Uploads.Read(streams, year);
        }
        finally
        {
            foreach (var (_, stream) in streams)
            {
                stream.Dispose();
            }
        }
    }
}
