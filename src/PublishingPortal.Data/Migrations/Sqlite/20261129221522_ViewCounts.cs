using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PublishingPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ViewCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleViewCounts",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Views = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleViewCounts", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_ArticleViewCounts_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleViewCounts_Views",
                table: "ArticleViewCounts",
                column: "Views");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleViewCounts");
        }
    }
}
