using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace PublishingPortal.Core.Articles;

/// <summary>
/// Compares two texts line by line (typically <see cref="ArticleRevision.ToComparableText"/> of two
/// revisions) with DiffPlex's <see cref="SideBySideDiffBuilder"/> and <see cref="InlineDiffBuilder"/>
/// (Myers' algorithm), and turns the result into view-ready rows that do not expose DiffPlex types.
/// Whitespace and case count: in Markdown both can change what readers see.
/// </summary>
public static class RevisionDiff
{
    /// <summary>Side-by-side comparison: every row holds the older line beside the newer one.</summary>
    /// <param name="oldText">The older text ("\n" or "\r\n" line breaks).</param>
    /// <param name="newText">The newer text.</param>
    /// <returns>Rows in document order; both sides have the same number of rows (fillers pad the shorter side).</returns>
    public static IReadOnlyList<RevisionDiffRow> SideBySide(string oldText, string newText)
    {
        var model = SideBySideDiffBuilder.Diff(Normalize(oldText), Normalize(newText), ignoreWhiteSpace: false, ignoreCase: false);
        var rows = new List<RevisionDiffRow>(Math.Max(model.OldText.Lines.Count, model.NewText.Lines.Count));
        for (var i = 0; i < Math.Max(model.OldText.Lines.Count, model.NewText.Lines.Count); i++)
        {
            rows.Add(new RevisionDiffRow(LineAt(model.OldText, i, RevisionDiffChange.Deleted), LineAt(model.NewText, i, RevisionDiffChange.Inserted)));
        }

        return rows;
    }

    /// <summary>Inline (unified) comparison: unchanged lines once, deleted lines followed by the lines inserted in their place.</summary>
    /// <param name="oldText">The older text.</param>
    /// <param name="newText">The newer text.</param>
    /// <returns>
    /// Lines in document order, each <see cref="RevisionDiffChange.Unchanged"/>, <see cref="RevisionDiffChange.Deleted"/>
    /// or <see cref="RevisionDiffChange.Inserted"/>; <see cref="RevisionDiffLine.Number"/> counts lines of the newer text
    /// (null for deleted lines).
    /// </returns>
    public static IReadOnlyList<RevisionDiffLine> Inline(string oldText, string newText)
    {
        var model = InlineDiffBuilder.Diff(Normalize(oldText), Normalize(newText), ignoreWhiteSpace: false, ignoreCase: false);
        return model.Lines.Select(l => Convert(l, RevisionDiffChange.Inserted)).ToList();
    }

    /// <summary>Whether two texts differ at all, by the same rules as the comparisons.</summary>
    /// <param name="oldText">The older text.</param>
    /// <param name="newText">The newer text.</param>
    /// <returns>True when some line differs.</returns>
    public static bool Differs(string oldText, string newText)
    {
        return !string.Equals(Normalize(oldText), Normalize(newText), StringComparison.Ordinal);
    }

    // DiffPlex splits on '\n' and '\r' alike; one convention keeps "\r\n" from counting as two line breaks.
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static RevisionDiffLine LineAt(DiffPaneModel pane, int index, RevisionDiffChange side) =>
        index < pane.Lines.Count ? Convert(pane.Lines[index], side) : new RevisionDiffLine(RevisionDiffChange.Imaginary, null, "", []);

    // side: what a changed word is on this pane (Deleted on the older side, Inserted on the newer one).
    private static RevisionDiffLine Convert(DiffPiece piece, RevisionDiffChange side)
    {
        var change = Map(piece.Type);
        IReadOnlyList<RevisionDiffPiece> pieces = change == RevisionDiffChange.Modified
            ? piece.SubPieces
                .Where(p => p.Type != ChangeType.Imaginary && p.Text is not null)
                .Select(p => new RevisionDiffPiece(p.Type == ChangeType.Unchanged ? RevisionDiffChange.Unchanged : side, p.Text))
                .ToList()
            : [];
        return new RevisionDiffLine(change, piece.Position, piece.Text ?? "", pieces);
    }

    private static RevisionDiffChange Map(ChangeType type) => type switch
    {
        ChangeType.Inserted => RevisionDiffChange.Inserted,
        ChangeType.Deleted => RevisionDiffChange.Deleted,
        ChangeType.Modified => RevisionDiffChange.Modified,
        ChangeType.Imaginary => RevisionDiffChange.Imaginary,
        _ => RevisionDiffChange.Unchanged,
    };
}
