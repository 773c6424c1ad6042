using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PublishingPortal.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ArticleSectionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_CategoryId",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_CategoryId_Status_PublishedAt",
                table: "Articles",
                columns: new[] { "CategoryId", "Status", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_CategoryId_Status_PublishedAt",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_CategoryId",
                table: "Articles",
                column: "CategoryId");
        }
    }
}
