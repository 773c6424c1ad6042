using PublishingPortal.Core.Site;
using PublishingPortal.Web.Site;

namespace PublishingPortal.Web.Areas.Admin.Models.Site;

/// <summary>The site-page form's view model.</summary>
/// <param name="Form">Posted or stored values.</param>
/// <param name="Page">The page being edited, or null when creating.</param>
/// <param name="Vietnamese">For an English version (new or edited): the Vietnamese page it translates.</param>
/// <param name="English">For a Vietnamese page being edited: its English version, or null.</param>
public sealed record SitePageFormPage(SitePageForm Form, SitePage? Page, SitePage? Vietnamese, SitePage? English)
{
    /// <summary>True for an English version.</summary>
    public bool IsEnglish => Vietnamese is not null;
}
