using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iro.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Ssda903OtherTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Ssda903Fingerprint",
                table: "Children",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Ssda903Records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    CollectionYear = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Table = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Row = table.Column<int>(type: "integer", nullable: false),
                    Values = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ssda903Records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ssda903Records_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Ssda903Records_ChildId",
                table: "Ssda903Records",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_Ssda903Records_CouncilId_CollectionYear_Table_Row",
                table: "Ssda903Records",
                columns: new[] { "CouncilId", "CollectionYear", "Table", "Row" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Ssda903Records");

            migrationBuilder.DropColumn(
                name: "Ssda903Fingerprint",
                table: "Children");
        }
    }
}
