using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iro.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ManagerOversight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QualityAudits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IroId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuditorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SampledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChildsVoice = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ChildsVoiceFeedback = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PlanQuality = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PlanQualityFeedback = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecisionsClarity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DecisionsClarityFeedback = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DriftChallenge = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DriftChallengeFeedback = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OverallFeedback = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IroResponse = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "Supervisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IroId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
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
                name: "SupervisionActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupervisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QualityAudits");

            migrationBuilder.DropTable(
                name: "SupervisionActions");

            migrationBuilder.DropTable(
                name: "Supervisions");
        }
    }
}
