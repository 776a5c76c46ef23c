using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iro.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReviewCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AdjournedOn",
                table: "Reviews",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdjournmentReason",
                table: "Reviews",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvocateName",
                table: "Reviews",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecisionsIssuedOn",
                table: "Reviews",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Mode",
                table: "Reviews",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlanView",
                table: "Reviews",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlanViewReason",
                table: "Reviews",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecordIssuedOn",
                table: "Reviews",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SignedOffById",
                table: "Reviews",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedOffByName",
                table: "Reviews",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SignedOffOn",
                table: "Reviews",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SpokenForBy",
                table: "Reviews",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Venue",
                table: "Reviews",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WishesAndFeelings",
                table: "Reviews",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContestReason",
                table: "ReviewDecisions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ContestedById",
                table: "ReviewDecisions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContestedByName",
                table: "ReviewDecisions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ContestedOn",
                table: "ReviewDecisions",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    Party = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultations_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisputeIssues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewDecisionId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: true),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RaisedById = table.Column<Guid>(type: "uuid", nullable: true),
                    InformalOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InformalWith = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    InformalOutcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisputeIssues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisputeIssues_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DisputeIssues_ReviewDecisions_ReviewDecisionId",
                        column: x => x.ReviewDecisionId,
                        principalTable: "ReviewDecisions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_DisputeIssues_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "MonitoringContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ById = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringContacts_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QualityAudits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    IroId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuditorId = table.Column<Guid>(type: "uuid", nullable: false),
                    SampledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ChildsVoice = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ChildsVoiceFeedback = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PlanQuality = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PlanQualityFeedback = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecisionsClarity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DecisionsClarityFeedback = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DriftChallenge = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DriftChallengeFeedback = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OverallFeedback = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IroResponse = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityAudits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualityAudits_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QualityAudits_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QualityAudits_StaffMembers_AuditorId",
                        column: x => x.AuditorId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityAudits_StaffMembers_IroId",
                        column: x => x.IroId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewAttendees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PartAttended = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewAttendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewAttendees_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewPreparations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    Invitees = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Venue = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MeetingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HeldInParts = table.Column<bool>(type: "boolean", nullable: true),
                    Parts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PrivateConversation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PrivateConversationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PrivateConversationReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ToldAboutAdvocacyOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AdvocateOfferedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AdvocateAccepted = table.Column<bool>(type: "boolean", nullable: true),
                    RightsExplained = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewPreparations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewPreparations_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignificantEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChangeOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HasHappened = table.Column<bool>(type: "boolean", nullable: false),
                    IsSignificantCarePlanChange = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewTriggerId = table.Column<Guid>(type: "uuid", nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcknowledgedById = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignificantEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignificantEvents_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SignificantEvents_ReviewTriggers_ReviewTriggerId",
                        column: x => x.ReviewTriggerId,
                        principalTable: "ReviewTriggers",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Supervisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    IroId = table.Column<Guid>(type: "uuid", nullable: false),
                    ManagerId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Supervisions_StaffMembers_IroId",
                        column: x => x.IroId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Supervisions_StaffMembers_ManagerId",
                        column: x => x.ManagerId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CafcassReferrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    DisputeIssueId = table.Column<Guid>(type: "uuid", nullable: true),
                    Grounds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReferredById = table.Column<Guid>(type: "uuid", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CafcassReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CafcassReferrals_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CafcassReferrals_DisputeIssues_DisputeIssueId",
                        column: x => x.DisputeIssueId,
                        principalTable: "DisputeIssues",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "DisputeStagesRaised",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    DisputeIssueId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Addressee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ResponseWithin = table.Column<int>(type: "integer", nullable: false),
                    ResponseDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Response = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisputeStagesRaised", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisputeStagesRaised_DisputeIssues_DisputeIssueId",
                        column: x => x.DisputeIssueId,
                        principalTable: "DisputeIssues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupervisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionActions_Supervisions_SupervisionId",
                        column: x => x.SupervisionId,
                        principalTable: "Supervisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_SignedOffById",
                table: "Reviews",
                column: "SignedOffById");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDecisions_ContestedById",
                table: "ReviewDecisions",
                column: "ContestedById");

            migrationBuilder.CreateIndex(
                name: "IX_CafcassReferrals_ChildId",
                table: "CafcassReferrals",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_CafcassReferrals_DisputeIssueId",
                table: "CafcassReferrals",
                column: "DisputeIssueId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_ChildId",
                table: "Consultations",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_ReviewId",
                table: "Consultations",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_DisputeIssues_ChildId",
                table: "DisputeIssues",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_DisputeIssues_CouncilId_ResolvedOn",
                table: "DisputeIssues",
                columns: new[] { "CouncilId", "ResolvedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DisputeIssues_ReviewDecisionId",
                table: "DisputeIssues",
                column: "ReviewDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_DisputeIssues_ReviewId",
                table: "DisputeIssues",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_DisputeStagesRaised_DisputeIssueId_Sequence",
                table: "DisputeStagesRaised",
                columns: new[] { "DisputeIssueId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringContacts_ChildId_On",
                table: "MonitoringContacts",
                columns: new[] { "ChildId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityAudits_AuditorId",
                table: "QualityAudits",
                column: "AuditorId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityAudits_ChildId",
                table: "QualityAudits",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityAudits_CouncilId_IroId_Status",
                table: "QualityAudits",
                columns: new[] { "CouncilId", "IroId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityAudits_IroId",
                table: "QualityAudits",
                column: "IroId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityAudits_ReviewId",
                table: "QualityAudits",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAttendees_ReviewId",
                table: "ReviewAttendees",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewPreparations_ChildId",
                table: "ReviewPreparations",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewPreparations_ReviewId",
                table: "ReviewPreparations",
                column: "ReviewId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignificantEvents_ChildId_ChangeOn",
                table: "SignificantEvents",
                columns: new[] { "ChildId", "ChangeOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SignificantEvents_ReviewTriggerId",
                table: "SignificantEvents",
                column: "ReviewTriggerId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionActions_SupervisionId",
                table: "SupervisionActions",
                column: "SupervisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Supervisions_CouncilId_IroId_HeldOn",
                table: "Supervisions",
                columns: new[] { "CouncilId", "IroId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervisions_IroId",
                table: "Supervisions",
                column: "IroId");

            migrationBuilder.CreateIndex(
                name: "IX_Supervisions_ManagerId",
                table: "Supervisions",
                column: "ManagerId");

            migrationBuilder.AddForeignKey(
                name: "FK_ReviewDecisions_StaffMembers_ContestedById",
                table: "ReviewDecisions",
                column: "ContestedById",
                principalTable: "StaffMembers",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Reviews_StaffMembers_SignedOffById",
                table: "Reviews",
                column: "SignedOffById",
                principalTable: "StaffMembers",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ReviewDecisions_StaffMembers_ContestedById",
                table: "ReviewDecisions");

            migrationBuilder.DropForeignKey(
                name: "FK_Reviews_StaffMembers_SignedOffById",
                table: "Reviews");

            migrationBuilder.DropTable(
                name: "CafcassReferrals");

            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "DisputeStagesRaised");

            migrationBuilder.DropTable(
                name: "MonitoringContacts");

            migrationBuilder.DropTable(
                name: "QualityAudits");

            migrationBuilder.DropTable(
                name: "ReviewAttendees");

            migrationBuilder.DropTable(
                name: "ReviewPreparations");

            migrationBuilder.DropTable(
                name: "SignificantEvents");

            migrationBuilder.DropTable(
                name: "SupervisionActions");

            migrationBuilder.DropTable(
                name: "DisputeIssues");

            migrationBuilder.DropTable(
                name: "Supervisions");

            migrationBuilder.DropIndex(
                name: "IX_Reviews_SignedOffById",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_ReviewDecisions_ContestedById",
                table: "ReviewDecisions");

            migrationBuilder.DropColumn(
                name: "AdjournedOn",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "AdjournmentReason",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "AdvocateName",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "DecisionsIssuedOn",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Mode",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PlanView",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PlanViewReason",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "RecordIssuedOn",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "SignedOffById",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "SignedOffByName",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "SignedOffOn",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "SpokenForBy",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Venue",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "WishesAndFeelings",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "ContestReason",
                table: "ReviewDecisions");

            migrationBuilder.DropColumn(
                name: "ContestedById",
                table: "ReviewDecisions");

            migrationBuilder.DropColumn(
                name: "ContestedByName",
                table: "ReviewDecisions");

            migrationBuilder.DropColumn(
                name: "ContestedOn",
                table: "ReviewDecisions");
        }
    }
}
