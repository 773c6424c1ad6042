namespace PublishingPortal.Web.ViewComponents;

/// <summary>What the toolbar view shows.</summary>
/// <param name="Date">Publication date, dd/MM/yyyy in the site time zone.</param>
/// <param name="DateIso">The same instant, ISO 8601 with offset.</param>
/// <param name="ReturnPath">Local path the font-size links return to: the article's page.</param>
/// <param name="FilePath">The article as a downloadable HTML file ("Lưu bài").</param>
/// <param name="AbsoluteUrl">The article's absolute URL, for sharing.</param>
/// <param name="Title">Headline, for share subjects.</param>
public sealed record ToolbarModel(string Date, string DateIso, string ReturnPath, string FilePath, string AbsoluteUrl, string Title);
