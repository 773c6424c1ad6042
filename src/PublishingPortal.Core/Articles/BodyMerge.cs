namespace PublishingPortal.Core.Articles;

/// <summary>Outcome of <see cref="ArticleMerge.Body"/>.</summary>
/// <param name="Text">The merged Markdown; null on conflict.</param>
/// <param name="Conflicts">Number of paragraph groups both sides changed differently.</param>
/// <param name="TakenFromTheirs">Number of stored-side changes applied.</param>
public sealed record BodyMerge(string? Text, int Conflicts, int TakenFromTheirs)
{
    /// <summary>
    /// The merge with every conflicting group resolved to the posted side ("Giữ bản của tôi"); equal to
    /// <see cref="Text"/> when nothing conflicts.
    /// </summary>
    public string PreferMine { get; init; } = "";

    /// <summary>The merge with every conflicting group resolved to the stored side ("Lấy bản đang lưu").</summary>
    public string PreferTheirs { get; init; } = "";

    /// <summary>
    /// 1-based positions, in <see cref="PreferMine"/>, of the paragraphs that come from a change of the stored side
    /// only (for "đoạn 3 của nội dung"); a stored-side deletion has no position.
    /// </summary>
    public IReadOnlyList<int> TheirParagraphs { get; init; } = [];

    /// <summary>The conflicting groups, in body order (<see cref="Conflicts"/> of them).</summary>
    public IReadOnlyList<BodyConflict> ConflictGroups { get; init; } = [];
}
