namespace PublishingPortal.Web.Importing;

/// <summary>Outcome of one Word import: the new draft, or a Vietnamese message and nothing created.</summary>
/// <param name="ArticleId">The draft's id, or 0 when refused.</param>
/// <param name="Images">Photos added to the library and placed as figures.</param>
/// <param name="Error">Why it was refused, or null.</param>
public sealed record WordImportResult(int ArticleId, int Images, string? Error)
{
    /// <summary>True when the draft was created.</summary>
    public bool Succeeded => Error is null;

    /// <summary>A refusal.</summary>
    /// <param name="message">Vietnamese message.</param>
    /// <returns>The result.</returns>
    public static WordImportResult Refused(string message) => new(0, 0, message);
}
