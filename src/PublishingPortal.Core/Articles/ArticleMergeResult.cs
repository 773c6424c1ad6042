namespace PublishingPortal.Core.Articles;

/// <summary>Outcome of <see cref="ArticleMerge.Merge"/>.</summary>
/// <param name="Merged">The merged fields; null when any field conflicts.</param>
/// <param name="TakenFromTheirs">Labels of the fields whose stored change was kept (for "Đã gộp với thay đổi của …").</param>
/// <param name="Conflicts">Labels of the fields both sides changed differently; empty when merged.</param>
public sealed record ArticleMergeResult(ArticleFields? Merged, IReadOnlyList<string> TakenFromTheirs, IReadOnlyList<string> Conflicts);
