using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iro.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BetweenReviewsAndDisputes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DisputeIssues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewDecisionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RaisedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    InformalOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InformalWith = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InformalOutcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
                name: "SignificantEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChangeOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HasHappened = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSignificantCarePlanChange = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewTriggerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcknowledgedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "CafcassReferrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisputeIssueId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReferredById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisputeIssueId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Addressee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResponseWithin = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_CafcassReferrals_ChildId",
                table: "CafcassReferrals",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_CafcassReferrals_DisputeIssueId",
                table: "CafcassReferrals",
                column: "DisputeIssueId");

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
                name: "IX_SignificantEvents_ChildId_ChangeOn",
                table: "SignificantEvents",
                columns: new[] { "ChildId", "ChangeOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SignificantEvents_ReviewTriggerId",
                table: "SignificantEvents",
                column: "ReviewTriggerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CafcassReferrals");

            migrationBuilder.DropTable(
                name: "DisputeStagesRaised");

            migrationBuilder.DropTable(
                name: "MonitoringContacts");

            migrationBuilder.DropTable(
                name: "SignificantEvents");

            migrationBuilder.DropTable(
                name: "DisputeIssues");
        }
    }
}
