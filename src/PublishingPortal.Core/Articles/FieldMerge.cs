namespace PublishingPortal.Core.Articles;

/// <summary>Outcome of <see cref="ArticleMerge.Value"/>.</summary>
/// <param name="Value">The merged value; null on conflict (or when the merged value is null).</param>
/// <param name="Conflict">True when both sides changed the value differently.</param>
/// <param name="FromTheirs">True when only the stored side changed it, so the stored value was taken.</param>
public sealed record FieldMerge(string? Value, bool Conflict, bool FromTheirs);
