using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iro.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReviewPreparation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "ReviewPreparations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Invitees = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HeldInParts = table.Column<bool>(type: "INTEGER", nullable: true),
                    Parts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PrivateConversation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PrivateConversationOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PrivateConversationReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ToldAboutAdvocacyOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AdvocateOfferedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AdvocateAccepted = table.Column<bool>(type: "INTEGER", nullable: true),
                    RightsExplained = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_ChildId",
                table: "Consultations",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_ReviewId",
                table: "Consultations",
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "ReviewPreparations");
        }
    }
}
