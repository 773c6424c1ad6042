using PublishingPortal.Core.Site;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Site;

/// <summary>A site page as readers see it, with its other-language version for the switch and hreflang links.</summary>
/// <param name="Page">The page.</param>
/// <param name="Other">The English version of a Vietnamese page or the Vietnamese page of an English one; null when none.</param>
public sealed record SitePageView(SitePage Page, SitePage? Other)
{
    /// <summary>The page's path.</summary>
    public string Path => ReaderUrls.SitePage(Page.Slug, Page.Language);

    /// <summary>The other version's path, or null.</summary>
    public string? OtherPath => Other is null ? null : ReaderUrls.SitePage(Other.Slug, Other.Language);
}
