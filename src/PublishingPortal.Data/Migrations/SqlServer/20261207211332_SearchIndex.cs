using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PublishingPortal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleSearchInfo",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleSearchInfo", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "ArticleSearchTerms",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "int", nullable: false),
                    Field = table.Column<short>(type: "smallint", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Term = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Latin1_General_100_BIN2"),
                    ExactTerm = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Latin1_General_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleSearchTerms", x => new { x.ArticleId, x.Field, x.Position });
                    table.ForeignKey(
                        name: "FK_ArticleSearchTerms_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleSearchTerms_Term_ArticleId_Field_Position",
                table: "ArticleSearchTerms",
                columns: new[] { "Term", "ArticleId", "Field", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleSearchInfo");

            migrationBuilder.DropTable(
                name: "ArticleSearchTerms");
        }
    }
}
