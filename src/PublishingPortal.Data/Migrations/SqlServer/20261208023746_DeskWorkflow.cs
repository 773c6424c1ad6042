using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PublishingPortal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DeskWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PendingRevisionNumber",
                table: "Articles",
                type: "int",
                nullable: true);

            // Issue 11: a piece sent back used to become a Draft with its reason; it is now Returned ("Bị trả lại").
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"Status\" = 'Returned' WHERE \"Status\" = 'Draft' AND \"ReturnReason\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Before issue 11 there was no Returned state (nor Submitted): both read back as what they were then.
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"Status\" = 'Draft' WHERE \"Status\" = 'Returned'");
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"Status\" = 'InReview' WHERE \"Status\" = 'Submitted'");

            migrationBuilder.DropColumn(
                name: "PendingRevisionNumber",
                table: "Articles");
        }
    }
}
