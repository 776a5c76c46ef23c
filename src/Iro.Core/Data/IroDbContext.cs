using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Iro.Core.Audit;
using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.DisputeResolution;
using Iro.Core.Monitoring;
using Iro.Core.Oversight;
using Iro.Core.ReviewCycle;
using Iro.Core.Reviews;
using Iro.Core.Reviews.Preparation;
using Iro.Core.Ssda903;
using Iro.Core.Users;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Iro.Core.Data;

public sealed class IroDbContext(DbContextOptions<IroDbContext> options, CouncilScope scope, ChangeContext? changes = null)
    : IdentityUserContext<IroUser, Guid>(options)
{
    /// <summary>Who, when and why for the changes this context saves; the audit trail records it with each one.</summary>
    public ChangeContext Changes { get; } = changes ?? ChangeContext.ProcessDefault;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Council> Councils => Set<Council>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<IroProfile> IroProfiles => Set<IroProfile>();
    public DbSet<Child> Children => Set<Child>();
    public DbSet<PeriodOfCare> PeriodsOfCare => Set<PeriodOfCare>();
    public DbSet<Episode> Episodes => Set<Episode>();
    public DbSet<IroAllocation> IroAllocations => Set<IroAllocation>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ReviewTrigger> ReviewTriggers => Set<ReviewTrigger>();
    public DbSet<Ssda903Record> Ssda903Records => Set<Ssda903Record>();
    public DbSet<AdvocacyReferral> AdvocacyReferrals => Set<AdvocacyReferral>();
    public DbSet<ReviewDecision> ReviewDecisions => Set<ReviewDecision>();
    public DbSet<ReviewPreparation> ReviewPreparations => Set<ReviewPreparation>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<ReviewAttendee> ReviewAttendees => Set<ReviewAttendee>();
    public DbSet<MonitoringContact> MonitoringContacts => Set<MonitoringContact>();
    public DbSet<SignificantEvent> SignificantEvents => Set<SignificantEvent>();
    public DbSet<DisputeIssue> DisputeIssues => Set<DisputeIssue>();
    public DbSet<DisputeStageRaised> DisputeStagesRaised => Set<DisputeStageRaised>();
    public DbSet<CafcassReferral> CafcassReferrals => Set<CafcassReferral>();
    public DbSet<QualityAudit> QualityAudits => Set<QualityAudit>();
    public DbSet<Supervision> Supervisions => Set<Supervision>();
    public DbSet<SupervisionAction> SupervisionActions => Set<SupervisionAction>();

    // Read by the global query filter; EF Core parameterises context members per instance.
    internal CouncilScope Scope => scope;

    private CouncilId? ScopedCouncilId => scope.CouncilId;
    private bool ScopeAllCouncils => scope.AllCouncils;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<CouncilId>().HaveConversion<CouncilIdConverter>();
        configurationBuilder.Properties<ChildId>().HaveConversion<ChildIdConverter>();
        configurationBuilder.Properties<StaffMemberId>().HaveConversion<StaffMemberIdConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<IroUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.Role).HasMaxLength(40);
            e.HasOne<Council>().WithMany().HasForeignKey(u => u.CouncilId);
            e.HasOne<StaffMember>().WithMany().HasForeignKey(u => u.StaffMemberId);
        });

        builder.Entity<Council>(e =>
        {
            e.Property(c => c.Code).HasMaxLength(3);
            e.Property(c => c.Name).HasMaxLength(200);
            e.HasIndex(c => c.Code).IsUnique();
            // A council's policies are read whole and changed whole, so each is one JSON column.
            // Councils that existed before the policies were stored start with the defaults.
            e.Property(c => c.ReviewCycle).HasConversion(new JsonConverter<ReviewCyclePolicy>(), new JsonComparer<ReviewCyclePolicy>())
                .HasDefaultValue(ReviewCyclePolicy.Default);
            e.Property(c => c.DisputeResolution)
                .HasConversion(new JsonConverter<DisputeResolutionPolicy>(), new JsonComparer<DisputeResolutionPolicy>())
                .HasDefaultValue(DisputeResolutionPolicy.Default);
        });
        builder.Entity<Team>(e =>
        {
            e.Property(t => t.Name).HasMaxLength(200);
            e.HasOne<Council>().WithMany().HasForeignKey(t => t.CouncilId);
        });
        builder.Entity<StaffMember>(e =>
        {
            e.Property(s => s.GivenName).HasMaxLength(100);
            e.Property(s => s.FamilyName).HasMaxLength(100);
            e.Property(s => s.JobTitle).HasMaxLength(200);
            e.Property(s => s.Email).HasMaxLength(256);
            e.HasOne<Council>().WithMany().HasForeignKey(s => s.CouncilId);
            e.HasOne(s => s.Team).WithMany().HasForeignKey(s => s.TeamId);
            e.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.LineManagerId);
            e.HasOne(s => s.IroProfile).WithOne().HasForeignKey<IroProfile>(p => p.StaffMemberId);
        });
        builder.Entity<IroProfile>(e =>
        {
            e.HasKey(p => p.StaffMemberId);
            e.Property(p => p.Fte).HasPrecision(3, 2);
            e.Property(p => p.SweRegistrationNumber).HasMaxLength(20);
        });
        builder.Entity<Child>(e =>
        {
            e.Property(c => c.ChildNumber).HasMaxLength(10);
            e.Property(c => c.GivenName).HasMaxLength(100);
            e.Property(c => c.FamilyName).HasMaxLength(100);
            e.Property(c => c.FamilyNameKey).HasMaxLength(100);
            e.Property(c => c.Sex).HasMaxLength(1);
            e.Property(c => c.Ethnicity).HasMaxLength(4);
            e.Property(c => c.Upn).HasMaxLength(13);
            e.Property(c => c.Ssda903Fingerprint).HasMaxLength(64);
            e.HasIndex(c => new { c.CouncilId, c.ChildNumber }).IsUnique();
            e.HasIndex(c => new { c.CouncilId, c.FamilyNameKey });
            e.HasIndex(c => new { c.CouncilId, c.AllocatedIroId });
            // Indexes for the staff foreign keys leave out the rows with none: a 903 import adds tens of thousands of
            // children without a social worker or a reviewed allocation, and each NULL entry costs an index write
            // while no query looks a child up by a missing key.
            e.HasIndex(c => c.AllocatedIroId).HasFilter(NotNull(nameof(Child.AllocatedIroId)));
            e.HasIndex(c => c.SocialWorkerId).HasFilter(NotNull(nameof(Child.SocialWorkerId)));
            e.HasOne<Council>().WithMany().HasForeignKey(c => c.CouncilId);
            e.HasOne(c => c.AllocatedIro).WithMany().HasForeignKey(c => c.AllocatedIroId);
            e.HasOne(c => c.SocialWorker).WithMany().HasForeignKey(c => c.SocialWorkerId);
            e.HasMany(c => c.PeriodsOfCare).WithOne().HasForeignKey(p => p.ChildId);
            e.HasMany(c => c.Reviews).WithOne().HasForeignKey(r => r.ChildId);
            e.HasMany(c => c.Allocations).WithOne().HasForeignKey(a => a.ChildId);
            e.HasMany(c => c.Triggers).WithOne().HasForeignKey(t => t.ChildId);
            e.Navigation(c => c.PeriodsOfCare).UsePropertyAccessMode(PropertyAccessMode.Field);
            e.Navigation(c => c.Reviews).UsePropertyAccessMode(PropertyAccessMode.Field);
            e.Navigation(c => c.Allocations).UsePropertyAccessMode(PropertyAccessMode.Field);
            e.Navigation(c => c.Triggers).UsePropertyAccessMode(PropertyAccessMode.Field);
            // Who may see the child depends on these two short lists, so they come with every child loaded.
            e.HasMany(c => c.AdvocacyReferrals).WithOne().HasForeignKey(r => r.ChildId);
            e.HasMany(c => c.NamedAccess).WithOne().HasForeignKey(a => a.ChildId);
            e.HasMany(c => c.Decisions).WithOne().HasForeignKey(d => d.ChildId);
            e.Navigation(c => c.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
            e.Navigation(c => c.AdvocacyReferrals).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
            e.Navigation(c => c.NamedAccess).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        });
        builder.Entity<PeriodOfCare>(e =>
        {
            e.HasMany(p => p.Episodes).WithOne().HasForeignKey(x => x.PeriodOfCareId);
            e.Navigation(p => p.Episodes).UsePropertyAccessMode(PropertyAccessMode.Field);
            e.HasIndex(p => new { p.ChildId, p.StartedOn }).IsUnique();
        });
        builder.Entity<Episode>(e =>
        {
            e.Property(x => x.ReasonForNewEpisode).HasMaxLength(1);
            e.Property(x => x.LegalStatus).HasMaxLength(2);
            e.Property(x => x.CategoryOfNeed).HasMaxLength(2);
            e.Property(x => x.Placement).HasMaxLength(3);
            e.Property(x => x.PlacementProvider).HasMaxLength(3);
            e.Property(x => x.ReasonEnded).HasMaxLength(3);
            e.Property(x => x.ReasonPlaceChange).HasMaxLength(6);
            e.Property(x => x.HomePostcode).HasMaxLength(8);
            e.Property(x => x.PlacementPostcode).HasMaxLength(8);
            e.Property(x => x.Urn).HasMaxLength(8);
            e.HasIndex(x => new { x.ChildId, x.StartedOn });
        });
        builder.Entity<IroAllocation>(e =>
        {
            e.Property(a => a.Reason).HasMaxLength(500);
            e.HasOne(a => a.Iro).WithMany().HasForeignKey(a => a.IroId);
            e.HasIndex(a => new { a.ChildId, a.From });
        });
        builder.Entity<Review>(e =>
        {
            e.HasOne(r => r.Chair).WithMany().HasForeignKey(r => r.ChairId);
            // As for children's staff keys: reviews from a 903 extract have no chair or sign-off recorded in Iro.
            e.HasIndex(r => r.ChairId).HasFilter(NotNull(nameof(Review.ChairId)));
            e.HasIndex(r => r.SignedOffById).HasFilter(NotNull(nameof(Review.SignedOffById)));
            e.HasIndex(r => new { r.CouncilId, r.HeldOn, r.DueOn });
            e.HasIndex(r => new { r.ChildId, r.PeriodOfCareId, r.Number });
        });
        builder.Entity<ReviewTrigger>(e =>
        {
            e.Property(t => t.Note).HasMaxLength(2000);
            e.HasIndex(t => new { t.ChildId, t.RaisedOn });
        });
        builder.Entity<AuditEntry>(e =>
        {
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.ActorRole).HasMaxLength(40);
            e.Property(x => x.EntityType).HasMaxLength(60);
            e.Property(x => x.EntityId).HasMaxLength(100);
            e.Property(x => x.Properties).HasMaxLength(2000);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.Detail).HasMaxLength(1000);
            e.Property(x => x.CorrelationId).HasMaxLength(100);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasIndex(x => new { x.CouncilId, x.Sequence }).IsUnique();
            e.HasIndex(x => new { x.CouncilId, x.ChildId, x.Sequence });
        });
        builder.Entity<ReviewDecision>(e =>
        {
            e.Property(d => d.Text).HasMaxLength(1000);
            e.Property(d => d.OwnerName).HasMaxLength(200);
            e.Property(d => d.Evidence).HasMaxLength(2000);
            e.HasOne<Review>().WithMany().HasForeignKey(d => d.ReviewId);
            e.HasIndex(d => new { d.CouncilId, d.Status, d.DueOn });
            e.HasIndex(d => d.ChildId);
        });
        builder.Entity<AdvocacyReferral>(e =>
        {
            e.HasOne(r => r.Advocate).WithMany().HasForeignKey(r => r.AdvocateId);
            e.HasIndex(r => new { r.CouncilId, r.AdvocateId, r.EndedOn });
        });
        builder.Entity<NamedAccess>(e =>
        {
            e.HasOne<IroUser>().WithMany().HasForeignKey(a => a.UserId);
            e.HasIndex(a => new { a.ChildId, a.UserId }).IsUnique();
        });
        builder.Entity<Ssda903Record>(e =>
        {
            e.Property(r => r.CollectionYear).HasMaxLength(7);
            e.Property(r => r.Values).HasMaxLength(4000);
            e.HasOne<Child>().WithMany().HasForeignKey(r => r.ChildId);
            e.HasIndex(r => new { r.CouncilId, r.CollectionYear, r.Table, r.Row });
            e.HasIndex(r => r.ChildId);
        });

        // Review preparation (issue 5 §2)
        builder.Entity<ReviewPreparation>(e =>
        {
            e.Property(p => p.Invitees).HasMaxLength(ReviewPreparation.MaxTextLength);
            e.Property(p => p.Venue).HasMaxLength(ReviewPreparation.MaxTextLength);
            e.Property(p => p.Parts).HasMaxLength(ReviewPreparation.MaxTextLength);
            e.Property(p => p.PrivateConversationReason).HasMaxLength(ReviewPreparation.MaxTextLength);
            // The rights checklist is read and changed whole: one JSON column of right → date explained.
            e.Property(p => p.RightsExplained)
                .HasConversion(new JsonConverter<Dictionary<ChildRight, DateOnly>>(), new JsonComparer<Dictionary<ChildRight, DateOnly>>())
                .HasMaxLength(1000);
            e.HasOne<Review>().WithMany().HasForeignKey(p => p.ReviewId);
            e.HasIndex(p => p.ReviewId).IsUnique();
            e.HasIndex(p => p.ChildId);
        });
        builder.Entity<Consultation>(e =>
        {
            e.Property(c => c.Name).HasMaxLength(Consultation.MaxNameLength);
            e.Property(c => c.Note).HasMaxLength(Consultation.MaxNoteLength);
            e.HasOne<Review>().WithMany().HasForeignKey(c => c.ReviewId);
            e.HasIndex(c => c.ReviewId);
            e.HasIndex(c => c.ChildId);
        });

        // Issue 5 §3: the review meeting's record, its issue and sign-off, and contested decisions.
        builder.Entity<Review>(e =>
        {
            e.Property(r => r.AdjournmentReason).HasMaxLength(ReviewMeetingRules.MaxReason);
            e.Property(r => r.Venue).HasMaxLength(ReviewMeetingRules.MaxVenue);
            e.Property(r => r.WishesAndFeelings).HasMaxLength(ReviewMeetingRules.MaxWishesAndFeelings);
            e.Property(r => r.PlanViewReason).HasMaxLength(ReviewMeetingRules.MaxReason);
            e.Property(r => r.AdvocateName).HasMaxLength(ReviewMeetingRules.MaxName);
            e.Property(r => r.SignedOffByName).HasMaxLength(ReviewMeetingRules.MaxName);
            e.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.SignedOffById);
            e.HasMany(r => r.Attendees).WithOne().HasForeignKey(a => a.ReviewId);
            e.Navigation(r => r.Attendees).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Entity<ReviewAttendee>(e =>
        {
            e.Property(a => a.Name).HasMaxLength(ReviewMeetingRules.MaxName);
            e.Property(a => a.Role).HasMaxLength(ReviewMeetingRules.MaxName);
            e.Property(a => a.PartAttended).HasMaxLength(ReviewMeetingRules.MaxName);
        });
        builder.Entity<ReviewDecision>(e =>
        {
            e.Property(d => d.ContestedByName).HasMaxLength(ReviewMeetingRules.MaxName);
            e.Property(d => d.ContestReason).HasMaxLength(ReviewMeetingRules.MaxReason);
            e.HasOne<StaffMember>().WithMany().HasForeignKey(d => d.ContestedById);
        });

        // Between reviews (monitoring) and dispute resolution (issue 5 §4, §5).
        builder.Entity<MonitoringContact>(e =>
        {
            e.Property(m => m.Note).HasMaxLength(2000);
            e.HasOne<Child>().WithMany().HasForeignKey(m => m.ChildId);
            e.HasIndex(m => new { m.ChildId, m.On });
        });
        builder.Entity<SignificantEvent>(e =>
        {
            e.Property(m => m.Note).HasMaxLength(2000);
            e.HasOne<Child>().WithMany().HasForeignKey(m => m.ChildId);
            e.HasOne<ReviewTrigger>().WithMany().HasForeignKey(m => m.ReviewTriggerId);
            e.HasIndex(m => new { m.ChildId, m.ChangeOn });
        });
        builder.Entity<DisputeIssue>(e =>
        {
            e.Property(d => d.Summary).HasMaxLength(2000);
            e.Property(d => d.InformalWith).HasMaxLength(200);
            e.Property(d => d.InformalOutcome).HasMaxLength(2000);
            e.Property(d => d.Resolution).HasMaxLength(2000);
            e.HasOne<Child>().WithMany().HasForeignKey(d => d.ChildId);
            e.HasOne<ReviewDecision>().WithMany().HasForeignKey(d => d.ReviewDecisionId);
            e.HasOne<Review>().WithMany().HasForeignKey(d => d.ReviewId);
            e.HasMany(d => d.Stages).WithOne().HasForeignKey(s => s.DisputeIssueId);
            e.Navigation(d => d.Stages).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
            e.HasIndex(d => new { d.CouncilId, d.ResolvedOn });
            e.HasIndex(d => d.ChildId);
        });
        builder.Entity<DisputeStageRaised>(e =>
        {
            e.Property(s => s.Stage).HasMaxLength(100);
            e.Property(s => s.Addressee).HasMaxLength(200);
            e.Property(s => s.Response).HasMaxLength(2000);
            e.HasIndex(s => new { s.DisputeIssueId, s.Sequence }).IsUnique();
        });
        builder.Entity<CafcassReferral>(e =>
        {
            e.Property(c => c.Grounds).HasMaxLength(2000);
            e.Property(c => c.Outcome).HasMaxLength(2000);
            e.HasOne<Child>().WithMany().HasForeignKey(c => c.ChildId);
            e.HasOne<DisputeIssue>().WithMany().HasForeignKey(c => c.DisputeIssueId);
            e.HasIndex(c => c.ChildId);
        });

        // Manager oversight of IROs (issue 5 §7)
        builder.Entity<QualityAudit>(e =>
        {
            e.Property(a => a.ChildsVoiceFeedback).HasMaxLength(QualityAudit.FeedbackMaxLength);
            e.Property(a => a.PlanQualityFeedback).HasMaxLength(QualityAudit.FeedbackMaxLength);
            e.Property(a => a.DecisionsClarityFeedback).HasMaxLength(QualityAudit.FeedbackMaxLength);
            e.Property(a => a.DriftChallengeFeedback).HasMaxLength(QualityAudit.FeedbackMaxLength);
            e.Property(a => a.OverallFeedback).HasMaxLength(QualityAudit.FeedbackMaxLength);
            e.Property(a => a.IroResponse).HasMaxLength(QualityAudit.FeedbackMaxLength);
            e.HasOne<Child>().WithMany().HasForeignKey(a => a.ChildId);
            e.HasOne<Review>().WithMany().HasForeignKey(a => a.ReviewId);
            e.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.IroId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.AuditorId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => new { a.CouncilId, a.IroId, a.Status });
            e.HasIndex(a => a.ReviewId);
        });
        builder.Entity<Supervision>(e =>
        {
            e.Property(x => x.Notes).HasMaxLength(Supervision.NotesMaxLength);
            e.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.IroId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.ManagerId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Actions).WithOne().HasForeignKey(a => a.SupervisionId);
            e.Navigation(x => x.Actions).HasField("_actions");
            e.HasIndex(x => new { x.CouncilId, x.IroId, x.HeldOn });
        });
        builder.Entity<SupervisionAction>(e => e.Property(a => a.Text).HasMaxLength(Supervision.ActionMaxLength));

        // Keys are assigned in C# (version 7 Guids) when an entity is created, so a new episode or review
        // added to a tracked child must be inserted, not taken for an existing row to update.
        foreach (var key in builder.Model.GetEntityTypes().Where(t => typeof(ICouncilOwned).IsAssignableFrom(t.ClrType) || t.ClrType == typeof(Council))
                     .Select(t => t.FindPrimaryKey()!).Where(k => k.Properties.Count == 1))
        {
            key.Properties[0].ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
        }

        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(ICouncilOwned).IsAssignableFrom(t.ClrType)))
        {
            ApplyCouncilFilter(builder, entity.ClrType);
        }
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    private void ApplyCouncilFilter(ModelBuilder b, Type type)
    {
        // e => ScopeAllCouncils || e.CouncilId == ScopedCouncilId
        var e = Expression.Parameter(type, "e");
        var self = Expression.Constant(this);
        var all = Expression.Property(self, typeof(IroDbContext).GetProperty(nameof(ScopeAllCouncils), BindingFlags.NonPublic | BindingFlags.Instance)!);
        var councilId = Expression.Convert(Expression.Property(e, nameof(ICouncilOwned.CouncilId)), typeof(CouncilId?));
        var scoped = Expression.Property(self, typeof(IroDbContext).GetProperty(nameof(ScopedCouncilId), BindingFlags.NonPublic | BindingFlags.Instance)!);
        var body = Expression.OrElse(all, Expression.Equal(councilId, scoped));
        b.Entity(type).HasQueryFilter(Expression.Lambda(body, e));
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampBeforeSave();
        var audit = AuditTrail.Describe(ChangeTracker);
        if (audit.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        // The changes and their audit entries commit together or not at all.
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await AuditTrail.AppendAsync(this, audit, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>A partial-index filter that both SQLite and PostgreSQL read the same way.</summary>
    private static string NotNull(string column) => $"\"{column}\" IS NOT NULL";

    /// <summary>Refuses a write to a council outside this context's scope, on every path that writes.</summary>
    internal void EnsureWritable(CouncilId councilId)
    {
        if (!ScopeAllCouncils && councilId != ScopedCouncilId)
        {
            throw new InvalidOperationException("A change to another council's record was refused.");
        }
    }

    private void StampBeforeSave()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }
            Stamp(entry.Entity);
        }
    }

    /// <summary>What every added or changed row gets, whether it is saved through change tracking or inserted in
    /// bulk: the council check, the child's search key and a new version.</summary>
    internal void Stamp(object entity)
    {
        if (entity is ICouncilOwned owned)
        {
            EnsureWritable(owned.CouncilId);
        }
        if (entity is Child child)
        {
            child.NormaliseKeys();
        }
        if (entity is IVersioned versioned)
        {
            versioned.Version = Guid.NewGuid();
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class JsonConverter<T>() : ValueConverter<T, string>(
        v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
        v => JsonSerializer.Deserialize<T>(v, JsonSerializerOptions.Default)!);

    /// <summary>Two policies are the same when they serialise the same (a list inside a record compares by
    /// reference otherwise, and a change to it would go unsaved).</summary>
    private sealed class JsonComparer<T>() : ValueComparer<T>(
        (a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Default) == JsonSerializer.Serialize(b, JsonSerializerOptions.Default),
        v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default).GetHashCode(StringComparison.Ordinal),
        v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, JsonSerializerOptions.Default), JsonSerializerOptions.Default)!);

    private sealed class CouncilIdConverter() : ValueConverter<CouncilId, Guid>(v => v.Value, v => new CouncilId(v));

    private sealed class ChildIdConverter() : ValueConverter<ChildId, Guid>(v => v.Value, v => new ChildId(v));

    private sealed class StaffMemberIdConverter() : ValueConverter<StaffMemberId, Guid>(v => v.Value, v => new StaffMemberId(v));
}
