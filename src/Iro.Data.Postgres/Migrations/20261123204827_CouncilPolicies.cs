using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iro.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CouncilPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DisputeResolution",
                table: "Councils",
                type: "text",
                nullable: false,
                defaultValue: "{\"Stages\":[{\"Name\":\"Team manager\",\"ResponseWithin\":5},{\"Name\":\"Service manager\",\"ResponseWithin\":5},{\"Name\":\"Head of service\",\"ResponseWithin\":5},{\"Name\":\"Director of children\\u0027s services\",\"ResponseWithin\":5}],\"WholeProcessWithin\":20}");

            migrationBuilder.AddColumn<string>(
                name: "ReviewCycle",
                table: "Councils",
                type: "text",
                nullable: false,
                defaultValue: "{\"IroAllocatedWithin\":5,\"ConsultationSentBefore\":20,\"SocialWorkerReportBefore\":3,\"DecisionsIssuedWithin\":5,\"RecordIssuedWithin\":20,\"ContestWithin\":5,\"ReconveneWithin\":20,\"DueSoonWithin\":2}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DisputeResolution",
                table: "Councils");

            migrationBuilder.DropColumn(
                name: "ReviewCycle",
                table: "Councils");
        }
    }
}
