namespace PublishingPortal.Core.Importing;

/// <summary>
/// A legacy portal article export, parsed (see <c>docs/import-format.md</c>). All text is NFC.
/// </summary>
/// <param name="Title">Headline from the toolbar block.</param>
/// <param name="Lead">Standfirst from the toolbar block; empty if the export has none.</param>
/// <param name="Date">Publication date as printed (site time zone), or null when the export has none.</param>
/// <param name="Time">Publication time of day if printed beside the date.</param>
/// <param name="Blocks">Body paragraphs, sub-headings and captions in file order.</param>
/// <param name="Byline">Author name without label or trailing period, or null.</param>
/// <param name="Source">Source ("Nguồn: …") without its label, or null.</param>
/// <param name="ContentHash">SHA-256 (lower-case hex) of the normalised text; equal for the same export whatever its BOM, line ends or normalisation form.</param>
public sealed record LegacyArticle(
    string Title,
    string Lead,
    DateOnly? Date,
    TimeOnly? Time,
    IReadOnlyList<LegacyBlock> Blocks,
    string? Byline,
    string? Source,
    string ContentHash);
