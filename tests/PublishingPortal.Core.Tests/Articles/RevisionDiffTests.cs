using PublishingPortal.Core.Articles;

namespace PublishingPortal.Core.Tests.Articles;

public class RevisionDiffTests
{
    private const string Old = "Tiêu đề: Lũ về\nSapo: Nước dâng\n\nĐoạn một.\nĐoạn hai bị xoá.\nĐoạn ba.";
    private const string New = "Tiêu đề: Lũ về sớm\nSapo: Nước dâng\n\nĐoạn một.\nĐoạn ba.\nĐoạn bốn mới.";

    [Fact]
    public void SideBySide_ChangedText_MarksInsertedDeletedModifiedAndPadsWithFillers()
    {
        var rows = RevisionDiff.SideBySide(Old, New);

        var title = rows[0];
        Assert.Equal(RevisionDiffChange.Modified, title.Old.Change);
        Assert.Equal(RevisionDiffChange.Modified, title.New.Change);
        Assert.Contains(title.New.Pieces, p => p.Change == RevisionDiffChange.Inserted && p.Text == "sớm");
        Assert.DoesNotContain(title.Old.Pieces, p => p.Change == RevisionDiffChange.Inserted);

        var deleted = Assert.Single(rows, r => r.Old.Change == RevisionDiffChange.Deleted);
        Assert.Equal("Đoạn hai bị xoá.", deleted.Old.Text);
        Assert.Equal(RevisionDiffChange.Imaginary, deleted.New.Change);
        Assert.Null(deleted.New.Number);

        var inserted = Assert.Single(rows, r => r.New.Change == RevisionDiffChange.Inserted);
        Assert.Equal("Đoạn bốn mới.", inserted.New.Text);
        Assert.Equal(RevisionDiffChange.Imaginary, inserted.Old.Change);

        Assert.Contains(rows, r => !r.IsChanged && r.Old.Text == "Sapo: Nước dâng" && r.Old.Number == 2 && r.New.Number == 2);
    }

    [Fact]
    public void Inline_ChangedText_ListsDeletedThenInsertedLinesOnce()
    {
        var lines = RevisionDiff.Inline(Old, New);

        Assert.Equal(
            [
                (RevisionDiffChange.Deleted, "Tiêu đề: Lũ về"),
                (RevisionDiffChange.Inserted, "Tiêu đề: Lũ về sớm"),
                (RevisionDiffChange.Unchanged, "Sapo: Nước dâng"),
                (RevisionDiffChange.Unchanged, ""),
                (RevisionDiffChange.Unchanged, "Đoạn một."),
                (RevisionDiffChange.Deleted, "Đoạn hai bị xoá."),
                (RevisionDiffChange.Unchanged, "Đoạn ba."),
                (RevisionDiffChange.Inserted, "Đoạn bốn mới."),
            ],
            lines.Select(l => (l.Change, l.Text)).ToList());
    }

    [Fact]
    public void SideBySide_SameTextWithWindowsLineBreaks_HasNoChange()
    {
        var rows = RevisionDiff.SideBySide(Old, Old.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(6, rows.Count);
        Assert.DoesNotContain(rows, r => r.IsChanged);
        Assert.False(RevisionDiff.Differs(Old, Old.Replace("\n", "\r\n", StringComparison.Ordinal)));
        Assert.True(RevisionDiff.Differs(Old, New));
    }

    [Fact]
    public void SideBySide_WhitespaceOnlyChange_Counts()
    {
        var rows = RevisionDiff.SideBySide("dòng một\ndòng hai", "dòng một  \ndòng hai");

        Assert.True(rows[0].IsChanged);
        Assert.False(rows[1].IsChanged);
    }

    [Fact]
    public void Compare_RevisionsComparableText_ShowsBodyChange()
    {
        var first = new ArticleRevision { Title = "Cầu treo", Slug = "cau-treo", BodyMarkdown = "Khánh thành cầu." };
        var second = new ArticleRevision { Title = "Cầu treo", Slug = "cau-treo", BodyMarkdown = "Khánh thành cầu treo mới." };

        var lines = RevisionDiff.Inline(first.ToComparableText(), second.ToComparableText());

        Assert.Contains(lines, l => l.Change == RevisionDiffChange.Deleted && l.Text == "Khánh thành cầu.");
        Assert.Contains(lines, l => l.Change == RevisionDiffChange.Inserted && l.Text == "Khánh thành cầu treo mới.");
        Assert.Contains(lines, l => l.Change == RevisionDiffChange.Unchanged && l.Text == "Tiêu đề: Cầu treo");
    }
}
