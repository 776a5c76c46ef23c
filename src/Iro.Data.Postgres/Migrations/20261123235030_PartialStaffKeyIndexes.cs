using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iro.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PartialStaffKeyIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reviews_ChairId",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_Reviews_SignedOffById",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_Children_AllocatedIroId",
                table: "Children");

            migrationBuilder.DropIndex(
                name: "IX_Children_SocialWorkerId",
                table: "Children");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_ChairId",
                table: "Reviews",
                column: "ChairId",
                filter: "\"ChairId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_SignedOffById",
                table: "Reviews",
                column: "SignedOffById",
                filter: "\"SignedOffById\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Children_AllocatedIroId",
                table: "Children",
                column: "AllocatedIroId",
                filter: "\"AllocatedIroId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Children_SocialWorkerId",
                table: "Children",
                column: "SocialWorkerId",
                filter: "\"SocialWorkerId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reviews_ChairId",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_Reviews_SignedOffById",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_Children_AllocatedIroId",
                table: "Children");

            migrationBuilder.DropIndex(
                name: "IX_Children_SocialWorkerId",
                table: "Children");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_ChairId",
                table: "Reviews",
                column: "ChairId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_SignedOffById",
                table: "Reviews",
                column: "SignedOffById");

            migrationBuilder.CreateIndex(
                name: "IX_Children_AllocatedIroId",
                table: "Children",
                column: "AllocatedIroId");

            migrationBuilder.CreateIndex(
                name: "IX_Children_SocialWorkerId",
                table: "Children",
                column: "SocialWorkerId");
        }
    }
}
