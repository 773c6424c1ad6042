namespace PublishingPortal.Core.Articles;

/// <summary>Outcome of <see cref="ArticleMerge.Merge"/>.</summary>
/// <param name="Merged">The merged fields; null when any field conflicts.</param>
/// <param name="TakenFromTheirs">Labels of the fields whose stored change was kept (for "Đã gộp với thay đổi của …").</param>
/// <param name="Conflicts">Labels of the fields both sides changed differently; empty when merged.</param>
public sealed record ArticleMergeResult(ArticleFields? Merged, IReadOnlyList<string> TakenFromTheirs, IReadOnlyList<string> Conflicts)
{
    /// <summary>
    /// Every field merged, each conflicting one resolved to the posted side (the body: only its conflicting
    /// paragraphs); equal to <see cref="Merged"/> when nothing conflicts. The conflict page's "Giữ bản của tôi".
    /// </summary>
    public ArticleFields? PreferMine { get; init; }

    /// <summary>Every field merged, each conflicting one resolved to the stored side ("Lấy bản đang lưu").</summary>
    public ArticleFields? PreferTheirs { get; init; }

    /// <summary>The body's merge in detail: paragraphs taken from the stored side, conflicting groups.</summary>
    public BodyMerge? Body { get; init; }
}
