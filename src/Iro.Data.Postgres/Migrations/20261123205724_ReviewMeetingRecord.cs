using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iro.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReviewMeetingRecord : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_SignedOffById",
                table: "Reviews",
                column: "SignedOffById");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDecisions_ContestedById",
                table: "ReviewDecisions",
                column: "ContestedById");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAttendees_ReviewId",
                table: "ReviewAttendees",
                column: "ReviewId");

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
                name: "ReviewAttendees");

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
