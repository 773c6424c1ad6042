namespace PublishingPortal.Web.Importing;

/// <summary>Outcome of importing one export.</summary>
/// <param name="Slug">The article's slug (new, or the existing one for a duplicate).</param>
/// <param name="Created">False when the same export had been imported before and nothing changed.</param>
/// <param name="FigureCount">Number of figures (captions) in the article.</param>
public sealed record ImportResult(string Slug, bool Created, int FigureCount);
