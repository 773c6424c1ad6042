namespace PublishingPortal.Core.Articles;

/// <summary>Outcome of <see cref="ArticleMerge.Body"/>.</summary>
/// <param name="Text">The merged Markdown; null on conflict.</param>
/// <param name="Conflicts">Number of paragraph groups both sides changed differently.</param>
/// <param name="TakenFromTheirs">Number of stored-side changes applied.</param>
public sealed record BodyMerge(string? Text, int Conflicts, int TakenFromTheirs);
