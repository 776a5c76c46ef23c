using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Iro.Core.Audit;
using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Data;
using Iro.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Iro.Core.Ssda903;

public sealed record Ssda903ImportReport(
    int ChildrenAdded, int ChildrenUpdated, int ChildrenUnchanged, int EpisodesAdded, int EpisodesUpdated, int EpisodesRemoved,
    int ReviewsAdded, int OtherRowsWritten, IReadOnlyList<Ssda903InputProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    /// <summary>What the import did, in one sentence, for the CLI and the web page alike.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{ChildrenAdded} children added, {ChildrenUpdated} updated, {ChildrenUnchanged} unchanged; {EpisodesAdded} episodes added, {EpisodesUpdated} updated, {EpisodesRemoved} removed; {ReviewsAdded} reviews added; {OtherRowsWritten} rows of other tables written.");
}

/// <summary>An extract checked for import (<see cref="Ssda903Import.Parse"/>): each child's facts and the other
/// tables' rows, or the problems that stop it being imported.</summary>
public sealed class Ssda903ImportInput
{
    internal Ssda903ImportInput(CollectionYear year, Dictionary<string, Ssda903Import.ChildFacts> facts,
        Dictionary<Ssda903Table, List<(string Child, string Values)>> otherRows, IReadOnlyList<Ssda903InputProblem> problems)
    {
        Year = year;
        Facts = facts;
        OtherRows = otherRows;
        Problems = problems;
    }

    public CollectionYear Year { get; }
    public IReadOnlyList<Ssda903InputProblem> Problems { get; }
    internal Dictionary<string, Ssda903Import.ChildFacts> Facts { get; }
    internal Dictionary<Ssda903Table, List<(string Child, string Values)>> OtherRows { get; }

    /// <summary>An import applies the input once and lets go of each child's facts as it goes.</summary>
    internal void Consume()
    {
        if (_consumed)
        {
            throw new InvalidOperationException("This extract has already been imported; parse it again to import it again.");
        }
        _consumed = true;
        Facts.Clear();
    }

    private bool _consumed;
}

/// <summary>Brings a council's 903 extract into Iro beside its main case system. All or nothing: any problem in
/// the input and nothing is written. Idempotent: the same extract twice changes nothing. What people entered in
/// Iro is never lost: names, allocations, triggers and reviews recorded in Iro stay; the extract is
/// authoritative only for the episodes it covers and, for its collection year, for the rows of the other tables
/// it contains (<see cref="Ssda903Record"/>).</summary>
public static class Ssda903Import
{
    /// <summary>The tables a first import fills (<see cref="BulkInsert.SetAsideChecksWhileEmptyAsync"/>).</summary>
    public static IReadOnlyList<Type> ImportedTables { get; } =
        [typeof(Child), typeof(PeriodOfCare), typeof(Episode), typeof(Review), typeof(ReviewTrigger), typeof(Ssda903Record)];

    private static readonly Ssda903Table[] ChildTables = [Ssda903Table.Header, Ssda903Table.Episodes, Ssda903Table.Reviews];

    public static Task<Ssda903ImportReport> ImportAsync(IroDbContext db, CouncilId councilId, Ssda903Return data,
        IWorkingDayCalendar calendar, CancellationToken ct) =>
        ImportAsync(db, councilId, Parse(data), calendar, ct);

    /// <summary>Checks an extract and keeps only what the import applies, so that the tables as read can be let go
    /// before the import starts: at national scale they are a fifth of its memory.</summary>
    public static Ssda903ImportInput Parse(Ssda903ReadResult read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return read.Problems.Count > 0 ? new Ssda903ImportInput(read.Return.Year, [], [], read.Problems) : Parse(read.Return);
    }

    public static Ssda903ImportInput Parse(Ssda903Return data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var problems = new List<Ssda903InputProblem>();
        var header = Require(data, Ssda903Table.Header, problems);
        var episodes = Require(data, Ssda903Table.Episodes, problems);
        var reviews = data[Ssda903Table.Reviews];
        if (header is null || episodes is null)
        {
            return new Ssda903ImportInput(data.Year, [], [], problems);
        }

        var facts = ParseHeader(header, problems);
        ParseEpisodes(episodes, facts, problems);
        if (reviews is not null)
        {
            ParseReviews(reviews, facts, problems);
        }
        var otherRows = data.Tables.Values.Where(t => !ChildTables.Contains(t.Table))
            .ToDictionary(t => t.Table, t => ParseOtherRows(t, facts, problems));
        return new Ssda903ImportInput(data.Year, facts, otherRows, problems);
    }

    public static async Task<Ssda903ImportReport> ImportAsync(IroDbContext db, CouncilId councilId, Ssda903ImportInput input,
        IWorkingDayCalendar calendar, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Problems.Count > 0)
        {
            return Failed([.. input.Problems]);
        }
        var (facts, otherRows) = (input.Facts, input.OtherRows);

        // A stored digest of each child's facts tells which children the extract changes, so that a re-import
        // loads only those: reading every child of a council as a tracked aggregate costs far more than the rest
        // of the import together.
        var stored = new Dictionary<string, (ChildId Id, string? Fingerprint)>(StringComparer.Ordinal);
        foreach (var c in await db.Children.AsNoTracking().Where(c => c.CouncilId == councilId)
                     .Select(c => new { c.Id, c.ChildNumber, c.Ssda903Fingerprint }).ToListAsync(ct))
        {
            stored[c.ChildNumber] = (c.Id, c.Ssda903Fingerprint);
        }
        var changed = new List<ChildId>();
        var unchanged = 0;
        foreach (var (number, fact) in facts)
        {
            if (stored.TryGetValue(number, out var known))
            {
                if (known.Fingerprint == fact.Fingerprint)
                {
                    unchanged++;
                }
                else
                {
                    changed.Add(known.Id);
                }
            }
        }
        var existing = new Dictionary<string, Child>(StringComparer.Ordinal);
        foreach (var chunk in changed.Chunk(500))
        {
            foreach (var child in await db.Children.AsSplitQuery()
                         .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
                         .Include(c => c.Reviews).Include(c => c.Triggers)
                         .Where(c => chunk.Contains(c.Id))
                         .ToListAsync(ct))
            {
                existing[child.ChildNumber] = child;
            }
        }

        var updates = new List<(ChildFacts Fact, Child Child)>(existing.Count);
        var additions = new List<(ChildFacts Fact, Child Child)>();
        foreach (var (number, fact) in facts)
        {
            if (existing.TryGetValue(number, out var child))
            {
                updates.Add((fact, child));
            }
            else if (!stored.ContainsKey(number))
            {
                child = new Child
                {
                    CouncilId = councilId, ChildNumber = number, GivenName = "", FamilyName = $"Child {number}",
                    Sex = fact.Sex, DateOfBirth = fact.DateOfBirth, Ethnicity = fact.Ethnicity,
                };
                additions.Add((fact, child));
                stored[number] = (child.Id, null);
            }
        }
        // From here each child's facts are reached only through its batch, so a batch can be let go once inserted:
        // a national first import would otherwise hold every child, its facts and its rows to the end.
        input.Consume();
        var createdIds = additions.Select(a => a.Child.Id).ToList();
        var batches = additions.Chunk(NewChildrenPerBatch).ToList();
        additions.Clear();

        // Each child is its own aggregate, so the children are brought up to date in parallel. Children Iro already
        // holds go through EF Core; new children (most of a first import) are applied in batches, each batch on a
        // worker thread while the batch before it is inserted, so the import's work and the database's overlap.
        var counts = new ApplyCounts();
        ApplyAll(updates, isNew: false, calendar, counts);

        var otherRowsWritten = 0;
        await using (var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null)
        await using (await BulkInsert.LargeCacheAsync(db, ct))
        {
            await db.SaveChangesAsync(ct);
            var checks = batches.Count > 0
                ? await BulkInsert.SetAsideChecksWhileEmptyAsync(db, ImportedTables, ct)
                : BulkInsert.ChecksSetAside.None;
            var replaced = new List<List<Ssda903Record>>();
            foreach (var (table, rows) in otherRows)
            {
                if (await ClearOtherRowsUnlessSameAsync(db, councilId, input.Year, table, rows, stored, ct) is { } records)
                {
                    replaced.Add(records);
                    otherRowsWritten += records.Count;
                }
            }
            // Bulk inserts bypass change tracking, so the import leaves its own audit entries (issue 4, §4), chained
            // and hashed while the last rows go in: by then every batch has been applied and the counts are final.
            var chain = await AuditTrail.ReserveChainAsync(db, councilId, ct);
            await BulkInsert.InsertInTurnAsync(db, [
                .. batches.Select(batch => (Func<IReadOnlyList<PreparedRows>>)(() => ApplyAndPrepare(db, batch, calendar, counts))),
                .. replaced.Select(records => (Func<IReadOnlyList<PreparedRows>>)(() => [BulkInsert.Prepare(db, records)])),
                () => [chain(AuditTrail.ImportDrafts(councilId, $"SSDA903 import {input.Year}", Report().Describe(),
                    createdIds, updates.Select(w => w.Child.Id)))],
            ], ct);
            await checks.RestoreAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }
        return Report();

        Ssda903ImportReport Report() => new(createdIds.Count, counts.Updated, unchanged, counts.EpisodesAdded,
            counts.EpisodesUpdated, counts.EpisodesRemoved, counts.ReviewsAdded, otherRowsWritten, []);
    }

    private static void Apply(ChildFacts fact, Child child, bool isNew, IWorkingDayCalendar calendar, ApplyCounts counts)
    {
        var headerChanged = child.Sex != fact.Sex || child.DateOfBirth != fact.DateOfBirth || child.Ethnicity != fact.Ethnicity
            || child.Upn != fact.Upn || child.IsMother != fact.IsMother || child.MotherChildDateOfBirth != fact.MotherChildDob;
        child.Sex = fact.Sex;
        child.DateOfBirth = fact.DateOfBirth;
        child.Ethnicity = fact.Ethnicity;
        child.Upn = fact.Upn;
        child.IsMother = fact.IsMother;
        child.MotherChildDateOfBirth = fact.MotherChildDob;
        child.Ssda903Fingerprint = fact.Fingerprint;

        var changes = child.ApplyEpisodesFromExtract(fact.Episodes.Select(e => e.Episode).ToList());
        counts.EpisodesAdded += changes.Added;
        counts.EpisodesUpdated += changes.Updated;
        counts.EpisodesRemoved += changes.Removed;
        var reviewsAdded = 0;
        foreach (var (heldOn, code) in fact.Reviews)
        {
            if (child.AddReviewFromExtract(heldOn, code))
            {
                reviewsAdded++;
            }
        }
        counts.ReviewsAdded += reviewsAdded;
        if (!isNew && (headerChanged || changes != default || reviewsAdded > 0))
        {
            counts.Updated++;
        }
        child.RecomputeReviewSchedule(calendar);
    }

    private sealed class ApplyCounts
    {
        public int Updated;
        public int EpisodesAdded;
        public int EpisodesUpdated;
        public int EpisodesRemoved;
        public int ReviewsAdded;

        public void Add(ApplyCounts other)
        {
            Interlocked.Add(ref Updated, other.Updated);
            Interlocked.Add(ref EpisodesAdded, other.EpisodesAdded);
            Interlocked.Add(ref EpisodesUpdated, other.EpisodesUpdated);
            Interlocked.Add(ref EpisodesRemoved, other.EpisodesRemoved);
            Interlocked.Add(ref ReviewsAdded, other.ReviewsAdded);
        }
    }

    /// <summary>The year's rows of one table as the extract has them, with the rows held before deleted; null, and
    /// nothing deleted, when the rows held already match the extract.</summary>
    private static async Task<List<Ssda903Record>?> ClearOtherRowsUnlessSameAsync(IroDbContext db, CouncilId councilId,
        CollectionYear year, Ssda903Table table, List<(string Child, string Values)> rows,
        Dictionary<string, (ChildId Id, string? Fingerprint)> children, CancellationToken ct)
    {
        var yearText = year.ToString();
        var current = db.Ssda903Records.Where(r => r.CouncilId == councilId && r.CollectionYear == yearText && r.Table == table);
        var held = await current.AsNoTracking().OrderBy(r => r.Row).Select(r => new { r.ChildId, r.Values }).ToListAsync(ct);
        if (held.Count == rows.Count && held.Zip(rows).All(p => p.First.ChildId == children[p.Second.Child].Id && p.First.Values == p.Second.Values))
        {
            return null;
        }
        await current.ExecuteDeleteAsync(ct);
        return [.. rows.Select((r, i) => new Ssda903Record
        {
            CouncilId = councilId, ChildId = children[r.Child].Id, CollectionYear = yearText, Table = table, Row = i, Values = r.Values,
        })];
    }

    private static List<(string Child, string Values)> ParseOtherRows(Ssda903TableData table, Dictionary<string, ChildFacts> facts,
        List<Ssda903InputProblem> problems)
    {
        var rows = new List<(string, string)>(table.Count);
        var reader = new RowReader(table, problems);
        var columns = Ssda903Layout.Columns(table.Table);
        var values = new string[columns.Count];
        for (var row = 0; row < table.Count; row++)
        {
            reader.Row = row;
            var child = reader.Required("CHILD", 10);
            for (var c = 0; c < columns.Count; c++)
            {
                values[c] = reader.Optional(columns[c]);
            }
            if (child is null)
            {
                continue;
            }
            if (!facts.ContainsKey(child))
            {
                reader.Problem<object?>("CHILD", child, "is not in the header table");
                continue;
            }
            rows.Add((child, JsonSerializer.Serialize(values)));
        }
        return rows;
    }

    private static void ApplyAll(IReadOnlyList<(ChildFacts Fact, Child Child)> work, bool isNew, IWorkingDayCalendar calendar, ApplyCounts counts)
    {
        if (work.Count == 0)
        {
            return;
        }
        Parallel.ForEach(Partitioner.Create(0, work.Count, 1000), range =>
        {
            var local = new ApplyCounts();
            for (var i = range.Item1; i < range.Item2; i++)
            {
                Apply(work[i].Fact, work[i].Child, isNew, calendar, local);
            }
            counts.Add(local);
        });
    }

    /// <summary>New children per batch: a first national import is about four batches, so all but the first
    /// batch's work is hidden behind the database's.</summary>
    private const int NewChildrenPerBatch = 20_000;

    /// <summary>Applies a batch of new children's facts and prepares their rows, parents before children.</summary>
    private static IReadOnlyList<PreparedRows> ApplyAndPrepare(IroDbContext db, (ChildFacts Fact, Child Child)[] batch,
        IWorkingDayCalendar calendar, ApplyCounts counts)
    {
        ApplyAll(batch, isNew: true, calendar, counts);
        var children = batch.Select(w => w.Child).ToList();
        Array.Clear(batch);
        var periods = children.SelectMany(c => c.PeriodsOfCare).ToList();
        return
        [
            BulkInsert.Prepare(db, children),
            BulkInsert.Prepare(db, periods),
            BulkInsert.Prepare(db, periods.SelectMany(p => p.Episodes).ToList()),
            BulkInsert.Prepare(db, children.SelectMany(c => c.Reviews).ToList()),
            BulkInsert.Prepare(db, children.SelectMany(c => c.Triggers).ToList()),
        ];
    }

    private static Ssda903ImportReport Failed(List<Ssda903InputProblem> problems) => new(0, 0, 0, 0, 0, 0, 0, 0, problems);

    private static Ssda903TableData? Require(Ssda903Return data, Ssda903Table table, List<Ssda903InputProblem> problems)
    {
        var found = data[table];
        if (found is null)
        {
            problems.Add(new Ssda903InputProblem(Ssda903Layout.FileName(table), 0, null, null, $"The {table} table is missing from the extract."));
        }
        return found;
    }

    internal sealed class ChildFacts
    {
        public required string Sex { get; init; }
        public DateOnly DateOfBirth { get; init; }
        public required string Ethnicity { get; init; }
        public string? Upn { get; init; }
        public bool? IsMother { get; init; }
        public DateOnly? MotherChildDob { get; init; }
        public List<(ExtractEpisode Episode, int Line)> Episodes { get; } = [];
        public List<(DateOnly HeldOn, ParticipationCode? Code)> Reviews { get; } = [];

        /// <summary>A digest of everything the import applies to the child. Its first part names the way facts are
        /// applied: change it when <see cref="Apply"/> changes, so that the next import applies every child again.</summary>
        public string Fingerprint => _fingerprint ??= ComputeFingerprint();

        private string? _fingerprint;

        private string ComputeFingerprint()
        {
            var text = new StringBuilder("903v1", 512);
            void Add(string? value) => text.Append('\u001f').Append(value);
            void AddDate(DateOnly? value) => text.Append('\u001f').Append(CultureInfo.InvariantCulture, $"{value?.DayNumber}");
            Add(Sex);
            AddDate(DateOfBirth);
            Add(Ethnicity);
            Add(Upn);
            Add(IsMother switch { null => null, true => "1", false => "0" });
            AddDate(MotherChildDob);
            foreach (var (e, _) in Episodes)
            {
                text.Append('\u001e');
                AddDate(e.StartedOn);
                AddDate(e.EndedOn);
                foreach (var value in (ReadOnlySpan<string?>)[e.ReasonForNewEpisode, e.LegalStatus, e.CategoryOfNeed, e.Placement,
                             e.PlacementProvider, e.ReasonEnded, e.ReasonPlaceChange, e.HomePostcode, e.PlacementPostcode, e.Urn])
                {
                    Add(value);
                }
            }
            foreach (var (heldOn, code) in Reviews)
            {
                text.Append('\u001e');
                AddDate(heldOn);
                Add(code?.ToString());
            }
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }
    }

    private static Dictionary<string, ChildFacts> ParseHeader(Ssda903TableData table, List<Ssda903InputProblem> problems)
    {
        var facts = new Dictionary<string, ChildFacts>(StringComparer.Ordinal);
        var reader = new RowReader(table, problems);
        for (var row = 0; row < table.Count; row++)
        {
            reader.Row = row;
            var child = reader.Required("CHILD", 10);
            var dob = reader.Date("DOB", required: true);
            var mother = reader.Optional("MOTHER");
            bool? isMother = mother switch
            {
                "" => null,
                "1" => true,
                "0" => false,
                _ => reader.Problem<bool?>("MOTHER", mother, "must be 1, 0 or blank"),
            };
            var mcDob = reader.Date("MC_DOB", required: false);
            if (child is null || dob is null)
            {
                continue;
            }
            if (facts.ContainsKey(child))
            {
                reader.Problem<object?>("CHILD", child, "appears more than once in the header");
                continue;
            }
            facts[child] = new ChildFacts
            {
                Sex = reader.Required("SEX", 1) ?? "",
                DateOfBirth = dob.Value,
                Ethnicity = reader.Required("ETHNIC", 4) ?? "",
                Upn = NullIfBlank(reader.Optional("UPN", 13)),
                IsMother = isMother,
                MotherChildDob = mcDob,
            };
        }
        return facts;
    }

    private static void ParseEpisodes(Ssda903TableData table, Dictionary<string, ChildFacts> facts, List<Ssda903InputProblem> problems)
    {
        var reader = new RowReader(table, problems);
        for (var row = 0; row < table.Count; row++)
        {
            reader.Row = row;
            var child = reader.Required("CHILD", 10);
            var start = reader.Date("DECOM", required: true);
            var end = reader.Date("DEC", required: false);
            var episode = new ExtractEpisode(
                start ?? default, end,
                reader.Required("RNE", 1) ?? "", reader.Required("LS", 2) ?? "", reader.Required("CIN", 2) ?? "",
                reader.Required("PLACE", 3) ?? "", NullIfBlank(reader.Optional("PLACE_PROVIDER", 3)),
                NullIfBlank(reader.Optional("REC", 3)), NullIfBlank(reader.Optional("REASON_PLACE_CHANGE", 6)),
                NullIfBlank(reader.Optional("HOME_POST", 8)), NullIfBlank(reader.Optional("PL_POST", 8)),
                NullIfBlank(reader.Optional("URN", 8)));
            if (child is null || start is null)
            {
                continue;
            }
            if (end is { } e && e < start)
            {
                reader.Problem<object?>("DEC", table.Value(row, "DEC"), "is before DECOM");
                continue;
            }
            if (!facts.TryGetValue(child, out var fact))
            {
                reader.Problem<object?>("CHILD", child, "is not in the header table");
                continue;
            }
            fact.Episodes.Add((episode, table.Line(row)));
        }
        foreach (var (number, fact) in facts)
        {
            fact.Episodes.Sort((a, b) => a.Episode.StartedOn.CompareTo(b.Episode.StartedOn));
            for (var i = 1; i < fact.Episodes.Count; i++)
            {
                if (fact.Episodes[i].Episode.StartedOn == fact.Episodes[i - 1].Episode.StartedOn)
                {
                    problems.Add(new Ssda903InputProblem(table.SourceFile, fact.Episodes[i].Line, "DECOM",
                        Ssda903DateText.Format(fact.Episodes[i].Episode.StartedOn), $"child {number} has two episodes starting on the same day"));
                }
            }
        }
    }

    private static void ParseReviews(Ssda903TableData table, Dictionary<string, ChildFacts> facts, List<Ssda903InputProblem> problems)
    {
        var reader = new RowReader(table, problems);
        for (var row = 0; row < table.Count; row++)
        {
            reader.Row = row;
            var child = reader.Required("CHILD", 10);
            var held = reader.Date("REVIEW", required: true);
            var codeText = reader.Optional("REVIEW_CODE");
            ParticipationCode? code = null;
            if (codeText.Length > 0)
            {
                if (Enum.TryParse<ParticipationCode>(codeText, ignoreCase: false, out var parsed) && codeText.StartsWith("PN", StringComparison.Ordinal))
                {
                    code = parsed;
                }
                else
                {
                    reader.Problem<object?>("REVIEW_CODE", codeText, "is not PN0 to PN7");
                }
            }
            if (child is null || held is null)
            {
                continue;
            }
            if (!facts.TryGetValue(child, out var fact))
            {
                reader.Problem<object?>("CHILD", child, "is not in the header table");
                continue;
            }
            fact.Reviews.Add((held.Value, code));
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Reads typed values from one row, recording a problem (file, line, column, value, reason) for each
    /// that cannot be used, so that the report lists every error in the input, not just the first.</summary>
    private sealed class RowReader(Ssda903TableData table, List<Ssda903InputProblem> problems)
    {
        public int Row { get; set; }

        public string? Required(string column, int maxLength = 100)
        {
            var value = Optional(column, maxLength);
            return value.Length == 0 ? Problem<string?>(column, value, "is required") : value;
        }

        public string Optional(string column, int maxLength = 100)
        {
            if (!table.HasColumn(column))
            {
                return "";
            }
            var value = table.Value(Row, column);
            if (value.Length > maxLength)
            {
                Problem<object?>(column, value, $"is longer than {maxLength} characters");
                return "";
            }
            return value;
        }

        public DateOnly? Date(string column, bool required)
        {
            var text = table.HasColumn(column) ? table.Value(Row, column) : "";
            if (text.Length == 0)
            {
                return required ? Problem<DateOnly?>(column, text, "is required") : null;
            }
            return Ssda903DateText.TryParse(text, out var date) ? date : Problem<DateOnly?>(column, text, "is not a date in the form dd/mm/yyyy");
        }

        public T Problem<T>(string column, string value, string reason)
        {
            problems.Add(new Ssda903InputProblem(table.SourceFile, table.Line(Row), column, value, reason));
            return default!;
        }
    }
}
