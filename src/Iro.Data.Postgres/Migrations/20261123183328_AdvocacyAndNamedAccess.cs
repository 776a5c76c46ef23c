using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iro.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AdvocacyAndNamedAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdvocacyReferrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    AdvocateId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvocacyReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdvocacyReferrals_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AdvocacyReferrals_StaffMembers_AdvocateId",
                        column: x => x.AdvocateId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NamedAccess",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    NamedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NamedAccess", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NamedAccess_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NamedAccess_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyReferrals_AdvocateId",
                table: "AdvocacyReferrals",
                column: "AdvocateId");

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyReferrals_ChildId",
                table: "AdvocacyReferrals",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyReferrals_CouncilId_AdvocateId_EndedOn",
                table: "AdvocacyReferrals",
                columns: new[] { "CouncilId", "AdvocateId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_NamedAccess_ChildId_UserId",
                table: "NamedAccess",
                columns: new[] { "ChildId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NamedAccess_UserId",
                table: "NamedAccess",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdvocacyReferrals");

            migrationBuilder.DropTable(
                name: "NamedAccess");
        }
    }
}
